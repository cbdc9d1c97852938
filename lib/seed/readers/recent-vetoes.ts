// recent-vetoes.csv and recent-veto-votes.csv: our compilation of the vetoes from 30 Sep 2022 (the
// UN Library's list ends in July 2022), with the member votes where a page gives them.
import { isPermanentMember, type VoteCast } from "../../council/rules";
import { col, parseCsv } from "../csv";
import { SOURCE_FILES } from "../inputs";
import { groupBy, num, priority, VOTE_CAST, type DraftBuild, type Merger } from "../merger";
import { classifyUrl } from "../source-kinds";
import { fileSourceKey, splitUrls } from "../sources";
import { normalizeMeeting } from "../symbols";
import { classifyText, parseRecentTopic } from "../topics";
import type { SeedTally, SeedVote } from "../types";

const F = SOURCE_FILES;

/** The resolutions adopted on a day. */
function adoptedOn(m: Merger, date: string): DraftBuild[] {
  return [...m.drafts.values()].filter((d) => d.resolutionNumber !== null && [...d.facts.votedOn.values()].includes(date));
}

export function readRecentVetoes(m: Merger, text: string, votesText: string): void {
  const file = F.recentVetoes;
  const rows = parseCsv(
    text,
    [
      "date",
      "draft_symbol",
      "meeting_record",
      "agenda_item",
      "topic",
      "vetoing_members",
      "yes",
      "no",
      "abstain",
      "non_voting",
      "penholders",
      "source_url",
      "verified",
    ],
    file,
  );
  const gridKeyToRef = new Map<string, string>();
  for (const r of rows) {
    const rowId = `line ${r.line}`;
    const date = col(r, "date");
    const year = Number(date.slice(0, 4));
    const symbol = col(r, "draft_symbol").trim();
    const topic = parseRecentTopic(col(r, "topic"));
    const vetoing = col(r, "vetoing_members")
      .split(";")
      .map((c) => m.code(c, file, rowId))
      .sort();
    const meeting = normalizeMeeting(col(r, "meeting_record"));
    let d: DraftBuild;
    if (topic.amendment) {
      // Votes on amendments: the parent is the draft adopted that day on the same topic.
      const parents = adoptedOn(m, date).filter((p) => topic.slugs.some((s) => classifyText(p.topicTexts, p.year).includes(s) || p.topics.has(s)));
      const parent = parents.length === 1 ? parents[0]! : null;
      const parentSymbol = parent ? [...parent.facts.symbol.entries()].sort((a, b) => priority(a[0]) - priority(b[0]))[0]?.[1] : undefined;
      const base = parent ? (parentSymbol ?? parent.ref) : (meeting.record ?? date);
      d = m.draft(m.nextAmendmentRef(base), { year, objectOfVote: "AMENDMENT" });
      d.parentRef = parent?.ref ?? null;
      // Only the vetoing member and a partial tally are known here: with no member record from
      // another file the vote is stored as having no roll call.
      if (!parent)
        m.issue({
          ref: d.ref,
          year,
          sourceFile: file,
          sourceRow: rowId,
          kind: "parent-draft-unknown",
          reason:
            `Vote on an amendment (${col(r, "topic")}) on ${date}: ${parents.length} adopted drafts that day match the topic, ` +
            "so the amended draft is not identified.",
          evidence: { candidates: parents.map((p) => p.ref) },
        });
      const detail = /\(amendment:\s*([^)]*)\)/i.exec(col(r, "topic"))?.[1]?.trim();
      if (detail) d.title ??= `Amendment: ${detail}`;
    } else if (symbol) {
      d = m.draft(symbol, { year });
      gridKeyToRef.set(symbol, d.ref);
    } else {
      // No symbol: the draft vetoed that day by these members in the full record.
      const candidates = [...m.drafts.values()].filter((c) => {
        if (c.resolutionNumber !== null || !c.facts.votedOn.get(F.tail)) return false;
        if (c.facts.votedOn.get(F.tail) !== date) return false;
        const grid = c.grids.find((g) => g.file === F.tail);
        const negatives = (grid?.votes ?? [])
          .filter((v) => v.vote === "N" && isPermanentMember(v.member, date))
          .map((v) => v.member)
          .sort();
        return negatives.join() === vetoing.join();
      });
      if (candidates.length === 1) d = candidates[0]!;
      else {
        d = m.draft(meeting.record ? m.meetingRef(meeting.record) : `veto:${date}:${vetoing.join("-")}`, { year });
        m.issue({
          ref: d.ref,
          year,
          sourceFile: file,
          sourceRow: rowId,
          kind: "symbol-unknown",
          reason: `No draft symbol, and ${candidates.length} drafts in ${F.tail} match the date and vetoing members.`,
          evidence: { date, vetoing, candidates: candidates.map((c) => c.ref) },
        });
      }
      gridKeyToRef.set(`date:${date}`, d.ref);
    }
    m.row(d, file, rowId, `verified: ${col(r, "verified")}`);
    m.fact(d, "votedOn", file, date);
    m.fact(d, "symbol", file, symbol || null);
    if (meeting.record) m.fact(d, "meeting", file, meeting.record);
    d.agendaItem ??= col(r, "agenda_item") || null;
    d.topicTexts.push(col(r, "agenda_item"));
    for (const s of topic.slugs) d.topics.add(s);
    d.recordedOutcome.push({ outcome: "VETOED", file, row: rowId });
    d.declaredVetoes.push({ file, row: rowId, members: vetoing });
    const tally: SeedTally = { yes: num(col(r, "yes")), no: num(col(r, "no")), abstain: num(col(r, "abstain")), nonVoting: num(col(r, "non_voting")) };
    // The tally rests on the UN's record when the row cites a UN page (a press release).
    const unPage = splitUrls(col(r, "source_url")).find((u) => classifyUrl(u) === "UN_RECORD");
    if (Object.values(tally).some((v) => v !== null)) d.stated.push({ file, row: rowId, tally, un: Boolean(unPage), from: unPage ?? fileSourceKey(file) });
    for (const p of col(r, "penholders").split(";").filter(Boolean)) d.penholders.add(m.code(p, file, rowId));
    for (const url of splitUrls(col(r, "source_url"))) m.linkUrl(d, url, `cited by ${file} ${rowId}`, file);
  }
  readRecentVetoVotes(m, votesText, gridKeyToRef);
}

function readRecentVetoVotes(m: Merger, text: string, gridKeyToRef: Map<string, string>): void {
  const file = F.recentVetoVotes;
  const rows = parseCsv(text, ["draft_symbol", "member", "vote", "source_url"], file);
  for (const [key, group] of groupBy(rows, (r) => col(r, "draft_symbol"))) {
    const ref = gridKeyToRef.get(key) ?? (m.drafts.has(key) ? key : undefined);
    const rowId = `draft_symbol ${key}`;
    if (!ref) {
      m.issue({
        ref: null,
        year: null,
        sourceFile: file,
        sourceRow: rowId,
        kind: "unmatched-row",
        reason: `No vetoed draft matches "${key}"; its ${group.length} votes are not stored.`,
        evidence: { lines: group.map((r) => r.line) },
      });
      continue;
    }
    const d = m.drafts.get(ref)!;
    const date = d.facts.votedOn.get(F.recentVetoes) ?? [...d.facts.votedOn.values()][0] ?? null;
    m.row(d, file, rowId);
    // Not m.codedVotes: no member names here, and no date of its own (the draft's, when known).
    const votes: SeedVote[] = group.map((r) => {
      const v = col(r, "vote") as VoteCast;
      if (!VOTE_CAST.has(v)) throw new Error(`${file} line ${r.line}: bad vote "${v}"`);
      const member = m.code(col(r, "member"), file, `line ${r.line}`);
      if (date) m.observe(member, date, Number(date.slice(0, 4)), m.members.find((x) => x.code === member)!.nameEn, file);
      return { member, vote: v, nameAtTime: null };
    });
    d.grids.push({ file, row: rowId, votes, partial: false });
    for (const url of new Set(group.flatMap((r) => splitUrls(col(r, "source_url"))))) m.linkUrl(d, url, `cited by ${file}`, file);
  }
}
