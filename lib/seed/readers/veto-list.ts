// sc-vetoes.csv: the UN Library veto list to 8 July 2022 (World Politics Data Lab), one row per
// vetoing member. Its vetoes are the ones counted (docs/decisions/007-veto-counting.md).
import type { VoteObject } from "../../generated/prisma/enums";
import { col, parseCsv } from "../csv";
import { SOURCE_FILES } from "../inputs";
import { groupBy, type Merger } from "../merger";
import { normalizeDraftSymbol, normalizeMeeting } from "../symbols";
import { classifyVetoListRow } from "../topics";

const F = SOURCE_FILES;

export function readVetoList(m: Merger, text: string): void {
  const file = F.vetoes;
  const rows = parseCsv(
    text,
    ["veto_id", "draft", "date", "meeting", "agenda", "crisis_topic", "region", "member_iso3", "member_name", "permanent", "vote"],
    file,
  );
  for (const [vetoId, group] of groupBy(rows, (r) => col(r, "veto_id"))) {
    const first = group[0]!;
    const rowId = `veto_id ${vetoId}`;
    const date = col(first, "date");
    const year = Number(date.slice(0, 4));
    const rawDraft = col(first, "draft");
    const agenda = col(first, "agenda");
    const meetingRaw = col(first, "meeting");
    const meeting = normalizeMeeting(meetingRaw);
    const sym = normalizeDraftSymbol(rawDraft);
    const objectOfVote: VoteObject = /preliminary question/i.test(agenda) ? "PRELIMINARY_QUESTION" : "DRAFT";
    let ref: string;
    const notes: string[] = [];
    if (sym.symbol) ref = objectOfVote === "PRELIMINARY_QUESTION" ? `${sym.symbol}:preliminary-question` : sym.symbol;
    else {
      // 1946-48: the veto list identifies the vote by a meeting record only.
      if (!meeting.record) throw new Error(`${file} line ${first.line}: no symbol and no meeting`);
      ref = m.meetingRef(meeting.record);
    }
    const d = m.draft(ref, { year, objectOfVote });
    // Meeting records named in the draft column (the record holding the draft's text).
    for (const pv of rawDraft.matchAll(/S\/PV\.?(\d+)/g)) {
      const n = Number(pv[1]);
      if (meeting.number !== null && n !== meeting.number) {
        const typo = String(n).startsWith(String(meeting.number)) && n > meeting.number * 9;
        if (typo)
          m.issue({
            ref,
            year,
            sourceFile: file,
            sourceRow: rowId,
            kind: "draft-column-typo",
            reason:
              `The draft column reads "${rawDraft}" but the vote was at ${meeting.record} on ${date}; ` +
              `"${pv[0]}" is probably a typo for ${meeting.record}. The row is kept; the vote is identified by ${meeting.record}.`,
            evidence: { draft: rawDraft, meeting: meetingRaw, date },
          });
        else {
          m.extraMeetings.add(`S/PV.${n}`);
          notes.push(`draft text in S/PV.${n}`);
        }
      }
    }
    if (sym.changed)
      m.issue({
        ref,
        year,
        sourceFile: file,
        sourceRow: rowId,
        kind: "symbol-normalized",
        reason: `The draft column reads "${rawDraft}"; the draft symbol is taken as ${sym.symbol}.`,
        evidence: { draft: rawDraft, symbol: sym.symbol },
      });
    if (!meeting.record && meetingRaw) notes.push(`no meeting: ${meetingRaw} (written procedure)`);
    // Written procedure (2020): the letters recording the vote stand in for the meeting record.
    const letters = !meeting.record ? [...meetingRaw.matchAll(/S\/\d{4}\/\d+/g)].map((x) => x[0]) : [];
    m.row(d, file, rowId, notes.join("; ") || undefined);
    m.fact(d, "votedOn", file, date);
    m.fact(d, "symbol", file, sym.symbol);
    if (meeting.record) m.fact(d, "meeting", file, meeting.record);
    d.agendaItem ??= agenda || null;
    for (const t of classifyVetoListRow(col(first, "crisis_topic"), agenda)) d.topics.add(t);
    d.recordedOutcome.push({ outcome: "VETOED", file, row: rowId });
    for (const letter of letters) m.linkUrl(d, `https://undocs.org/${letter}`, "letter recording the vote by written procedure", file);
    const members = group
      .map((r) => {
        if (col(r, "vote") !== "N" || col(r, "permanent") !== "true") throw new Error(`${file} line ${r.line}: a veto row must be a permanent member's N`);
        return m.code(col(r, "member_iso3"), file, `line ${r.line}`);
      })
      .sort();
    d.declaredVetoes.push({ file, row: rowId, members });
  }
}
