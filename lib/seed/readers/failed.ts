// sc-votes-failed-drafts.csv: 53 failed votes, 1947-2022, hand-keyed from the meeting records (the
// vote lists as the records give them, with the tally they state).
import { councilSize } from "../../council/rules";
import type { VoteObject } from "../../generated/prisma/enums";
import { col, parseCsv } from "../csv";
import { SOURCE_FILES } from "../inputs";
import { groupBy, type Merger } from "../merger";
import { normalizeMeeting } from "../symbols";
import type { SeedTally } from "../types";

const F = SOURCE_FILES;

export function readFailed(m: Merger, text: string): void {
  const file = F.failed;
  const rows = parseCsv(
    text,
    [
      "draft",
      "date",
      "meeting",
      "agenda",
      "member_iso3",
      "member_name",
      "permanent",
      "vote",
      "vote_id",
      "year",
      "vote_on",
      "source_tally_for_abstain_against",
      "source_note",
      "date_source",
      "normalizer_note",
    ],
    file,
  );
  for (const [voteId, group] of groupBy(rows, (r) => col(r, "vote_id"))) {
    const first = group[0]!;
    const rowId = `vote_id ${voteId}`;
    const symbol = col(first, "draft").trim() || null;
    const date = col(first, "date") || null;
    const year = Number(col(first, "year"));
    const voteOn = col(first, "vote_on");
    const normalizerNote = col(first, "normalizer_note");
    const meeting = normalizeMeeting(col(first, "meeting"));
    const procedural = /procedural/i.test(normalizerNote);
    const part = symbol ? voteOn.slice(voteOn.indexOf(symbol) >= 0 ? voteOn.indexOf(symbol) + symbol.length : 0).trim() : "";
    const paragraph = /paragraph/i.test(part);
    const objectOfVote: VoteObject = procedural ? "PROCEDURAL_MOTION" : paragraph ? "PARAGRAPH" : "DRAFT";
    let ref: string;
    if (symbol)
      ref = paragraph
        ? `${symbol}:${part
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, "-")
            .replace(/^-|-$/g, "")}`
        : symbol;
    else {
      if (!meeting.record) throw new Error(`${file} line ${first.line}: no symbol and no meeting`);
      ref = m.meetingRef(meeting.record);
    }
    const d = m.draft(ref, { year, objectOfVote });
    d.procedural ||= procedural;
    const sourceNote = col(first, "source_note");
    m.row(
      d,
      file,
      rowId,
      [`vote on: ${voteOn}`, sourceNote && `source note: ${sourceNote}`, col(first, "date_source") && `date from ${col(first, "date_source")}`]
        .filter(Boolean)
        .join("; "),
    );
    m.fact(d, "votedOn", file, date);
    m.fact(d, "symbol", file, symbol);
    if (meeting.record) m.fact(d, "meeting", file, meeting.record);
    d.agendaItem ??= col(first, "agenda") || null;
    d.topicTexts.push(col(first, "agenda"));
    if (procedural)
      m.issue({
        ref,
        year,
        sourceFile: file,
        sourceRow: rowId,
        kind: "mislabelled-row",
        reason:
          `The source labels this vote "${voteOn}", but it is the procedural vote at ${meeting.record} (${normalizerNote}). ` +
          "Stored as a procedural motion without a symbol.",
        evidence: { voteOn, tally: col(first, "source_tally_for_abstain_against"), note: normalizerNote },
      });
    if (/typo/i.test(normalizerNote) && symbol)
      m.issue({
        ref,
        year,
        sourceFile: file,
        sourceRow: rowId,
        kind: "symbol-probable-typo",
        reason: `Symbol ${symbol} kept as in the source: ${normalizerNote}.`,
        evidence: { symbol, voteOn, note: normalizerNote },
      });
    const t = /\((\d+),\s*(\d+),\s*(\d+)\)/.exec(col(first, "source_tally_for_abstain_against"));
    const stated: SeedTally | null = t ? { yes: Number(t[1]), abstain: Number(t[2]), no: Number(t[3]), nonVoting: null } : null;
    let votes = m.codedVotes(file, group, { vote: "vote", code: "member_iso3", name: "member_name" }, date, year);
    // X means "in none of the three lists". When the stated tally already accounts for every
    // seat, an X is a gap in the record (a member left out), not a non-participation.
    let partial = false;
    const size = councilSize(date ?? `${year}-06-30`);
    if (stated && stated.yes! + stated.abstain! + stated.no! === size && votes.some((v) => v.vote === "X")) {
      const gaps = votes.filter((v) => v.vote === "X");
      votes = votes.filter((v) => v.vote !== "X");
      partial = true;
      m.issue({
        ref,
        year,
        sourceFile: file,
        sourceRow: rowId,
        kind: "missing-member",
        reason:
          `The source tally (${stated.yes} in favour, ${stated.no} against, ${stated.abstain} abstaining) accounts for all ${size} seats, ` +
          `but ${gaps.map((g) => g.member).join(", ")} appears in none of the vote lists: a gap in the record. ` +
          "The member's vote is not stored; the stated tally is kept.",
        evidence: { tally: col(first, "source_tally_for_abstain_against"), missing: gaps.map((g) => g.member), note: normalizerNote },
      });
    }
    d.grids.push({ file, row: rowId, votes, partial });
    if (stated) d.stated.push({ file, row: rowId, tally: stated });
  }
}
