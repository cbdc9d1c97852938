// sc-votes-adopted-2022-2026.csv: the UN DHL Security Council Voting Data (v6), resolutions
// 2618-2815, one row per member's vote with the totals the UN states.
import { col, parseCsv } from "../csv";
import { SOURCE_FILES } from "../inputs";
import { groupBy, num, type Merger } from "../merger";
import { fileSourceKey } from "../sources";
import { normalizeMeeting, parseResolutionNumber, resolutionSymbol } from "../symbols";

const F = SOURCE_FILES;

/** The columns of the Library's "Security Council Voting Data" CSV (the admin import reads the same format). */
export const DHL_VOTING_COLUMNS = [
  "undl_id",
  "ms_code",
  "ms_name",
  "permanent_member",
  "ms_vote",
  "date",
  "resolution",
  "draft",
  "meeting",
  "description",
  "agenda",
  "subjects",
  "vote_note",
  "total_yes",
  "total_no",
  "total_abstentions",
  "total_non_voting",
  "total_ms",
  "modality",
] as const;

export function readDhlVotingData(m: Merger, text: string): void {
  const file = F.adoptedDhl;
  const rows = parseCsv(text, DHL_VOTING_COLUMNS, file);
  for (const [label, group] of groupBy(rows, (r) => col(r, "resolution"))) {
    const first = group[0]!;
    const n = parseResolutionNumber(label);
    if (n === null) throw new Error(`${file} line ${first.line}: bad resolution "${label}"`);
    const date = col(first, "date");
    const year = Number(/\((\d{4})\)/.exec(label)?.[1] ?? date.slice(0, 4));
    const d = m.draft(resolutionSymbol(n, year), { year, resolutionNumber: n });
    const note = col(first, "vote_note");
    m.row(d, file, label, note ? `note: ${note}` : undefined);
    m.fact(d, "votedOn", file, date);
    m.fact(d, "symbol", file, col(first, "draft"));
    const meeting = normalizeMeeting(col(first, "meeting"));
    if (meeting.record) m.fact(d, "meeting", file, meeting.record);
    if (meeting.changed)
      m.issue({
        ref: d.ref,
        year,
        sourceFile: file,
        sourceRow: label,
        kind: "meeting-symbol-normalized",
        reason: `Meeting record written "${col(first, "meeting")}" (no dot); stored as ${meeting.record}.`,
        evidence: { source: col(first, "meeting"), stored: meeting.record },
      });
    d.title ??= col(first, "description") || null;
    d.agendaItem ??= col(first, "agenda") || null;
    d.undlId ??= col(first, "undl_id") || null;
    d.topicTexts.push(col(first, "agenda"), col(first, "description"), col(first, "subjects").replace(/\|/g, "; "));
    d.recordedOutcome.push({ outcome: "ADOPTED", file, row: label });
    m.checkResolutionDescription(d, file, label, col(first, "description"), n, year);
    const votes = m.codedVotes(file, group, { vote: "ms_vote", code: "ms_code", name: "ms_name" }, date, year);
    m.checkPermanentFlag(
      d,
      file,
      label,
      votes.map((v, i) => ({ code: v.member, permanent: col(group[i]!, "permanent_member") === "True" })),
      date,
    );
    d.stated.push({
      file,
      row: label,
      un: true,
      from: fileSourceKey(file),
      tally: {
        yes: num(col(first, "total_yes")),
        no: num(col(first, "total_no")),
        abstain: num(col(first, "total_abstentions")),
        nonVoting: num(col(first, "total_non_voting")),
      },
    });
    if (col(first, "modality") === "Without Vote") {
      d.explicitModality = { modality: "WITHOUT_VOTE", file, why: col(first, "vote_note") || "Without Vote" };
      d.stated.pop(); // 0-0-0-15 describes no vote, not fifteen absences
    } else d.grids.push({ file, row: label, votes, partial: false });
  }
}
