// The merge: parse every source file and combine them into one normalized dataset plus the list
// of defective rows and disagreements (DataIssue). Pure: strings in, plain data out; no database.
//
// Identity of a draft (`ref`, stable, used in URLs):
//   - an adopted resolution:            "S/RES/1718(2006)"   (symbol = its draft symbol when known)
//   - a draft that was not adopted:     its symbol, "S/2024/255"
//   - a part of a draft:                "S/1076:paragraph-5", "S/552:preliminary-question",
//                                       "S/2025/112:amendment-1" (amendment to that draft)
//   - a vote known only by its meeting: "S/PV.57:2" (2nd such vote in that meeting record, in source
//                                       order) — no symbol is ever invented.
// When sources state one fact differently, the most official wins (FILE_PRIORITY) unless the
// official record contradicts itself (totals vs rows, a symbol used twice, a date out of meeting
// order); every disagreement becomes a DataIssue with both sources' evidence and flags the draft.
//
// The pieces: one reader per source file (lib/seed/readers/), the working state they share
// (merger.ts), the cross-file checks (cross-checks.ts), the finalizing of each draft with the
// stated-tally rules (finalize.ts, stated-tally.ts); this module reads the files in order and assembles the dataset.
import { checkDateOrder, checkDuplicateSymbols } from "./cross-checks";
import { finalizeDraft } from "./finalize";
import { SOURCE_FILES, type SeedInputs, type SourceFileName } from "./inputs";
import { Merger } from "./merger";
import { readAdopted } from "./readers/adopted";
import { readDhlVotingData } from "./readers/adopted-dhl";
import { readAnnotations } from "./readers/annotations";
import { readCompiledVotes, readNotAdopted } from "./readers/compiled-votes";
import { readDhlMeetingTables } from "./readers/dhl-merge";
import { readFailed } from "./readers/failed";
import { readRecentVetoes } from "./readers/recent-vetoes";
import { readTail } from "./readers/tail";
import { readVetoList } from "./readers/veto-list";
import { PERMANENT_SEAT_HOLDERS, PERMANENT_SEATS } from "./reference";
import { deriveSeats, sittingIndex } from "./seats";
import { articleSources, fileSource, fileSourceKey, type SeedSource } from "./sources";
import { normalizeMeeting } from "./symbols";
import { TOPICS } from "./topics";
import type { SeedDataset, SeedMeeting } from "./types";

// The stated-tally rules, importable from here as before the merge was split (the tests use them).
export { checkAgainstStated, deriveGrid } from "./stated-tally";

const F = SOURCE_FILES;

/**
 * Files we compiled from the pages each row cites: they confirm nothing by themselves, so an item
 * that rests on them and on pages of unknown reliability only is unconfirmed.
 */
const SELF_COMPILED: ReadonlySet<string> = new Set([F.recentVetoes, F.recentVetoVotes, F.votes2026, F.amendments, F.annotations].map((f) => `file:${f}`));

/** Issue kinds that record how a fact was read rather than a doubt about it: they do not flag the draft. */
export const INFORMATIONAL_ISSUE_KINDS: ReadonlySet<string> = new Set([
  "non-participation",
  "derived-grid",
  "source-excluded",
  "no-meeting-record",
  "no-stated-tally",
]);

// ---- the whole dataset -----------------------------------------------------------------------------

export function buildDataset(inputs: SeedInputs): SeedDataset {
  const m = new Merger(inputs.memberStates);
  readDhlVotingData(m, inputs.adoptedDhl);
  readAdopted(m, inputs.adopted);
  readTail(m, inputs.tail);
  readVetoList(m, inputs.vetoes);
  readNotAdopted(m, inputs.notAdopted);
  readRecentVetoes(m, inputs.recentVetoes, inputs.recentVetoVotes);
  readFailed(m, inputs.failed);
  readCompiledVotes(m, F.amendments, inputs.amendments);
  readCompiledVotes(m, F.votes2026, inputs.votes2026);
  // Last: the Library's tables attach to the drafts the other files hold, and add the ones they lack.
  readDhlMeetingTables(m, inputs.dhlMeetings);

  const article = articleSources(inputs.article);
  const files = new Set<SourceFileName>(Object.values(F));
  const knownKeys = new Set([...article.map((a) => a.key), ...[...files].map(fileSourceKey)]);
  readAnnotations(m, inputs.annotations, knownKeys);

  checkDuplicateSymbols(m, F.adoptedDhl);
  checkDuplicateSymbols(m, F.tail);
  checkDateOrder(m, F.adoptedDhl);

  // Seats first: a grid is complete when it covers the members sitting that day.
  const { seats, issues: seatIssues } = deriveSeats({
    observations: m.observations,
    members: m.members,
    councilMembersCsv: inputs.councilMembers,
    firstYear: 1946,
    preferNamesFrom: F.failed,
  });
  m.usedFiles.add(F.councilMembers);
  m.usedFiles.add(F.memberStates);
  for (const i of seatIssues) m.issue(i);

  const sitting = sittingIndex(seats);
  const drafts = [...m.drafts.values()].map((d) => finalizeDraft(d, sitting, (i) => m.issue(i)));
  const byRef = new Map(drafts.map((d) => [d.ref, d]));
  for (const d of drafts) if (d.parentRef && !byRef.has(d.parentRef)) throw new Error(`${d.ref}: parent ${d.parentRef} unknown`);
  // The tail file claims every draft put to the vote in its period; a veto it lacks rests on the
  // recent-veto files alone (votes on amendments are known to be absent from it).
  const tailEnd =
    [...m.drafts.values()]
      .flatMap((d) => [...(d.facts.votedOn.get(F.tail) ? [d.facts.votedOn.get(F.tail)!] : [])])
      .sort()
      .at(-1) ?? "";
  for (const d of drafts)
    if (
      d.objectOfVote === "DRAFT" &&
      d.vetoes.length &&
      d.votedOn &&
      d.votedOn >= "2022-01-27" &&
      d.votedOn <= tailEnd &&
      !d.sources.some((s) => s.key === fileSourceKey(F.tail))
    )
      m.issue({
        ref: d.ref,
        year: d.year,
        sourceFile: F.tail,
        sourceRow: d.ref,
        kind: "missing-from-source",
        reason: `${F.tail} lists every draft put to the vote from 27 Jan 2022 to ${tailEnd}, but not this vetoed draft (${d.votedOn}); it rests on ${d.sources
          .filter((s) => s.key.startsWith("file:"))
          .map((s) => s.key.slice(5))
          .join(" and ")}.`,
        evidence: { votedOn: d.votedOn, vetoes: d.vetoes, tally: d.tally },
      });

  // Meetings: every S/PV record a draft was voted at, plus records named as holding a draft's text.
  const pressReleaseOf = (record: string) => {
    const set = m.pressReleases.get(record);
    return set && set.size ? [...set].join(", ") : null;
  };
  const meetingDates = new Map<string, Set<string>>();
  for (const d of drafts) {
    if (!d.meeting) continue;
    const set = meetingDates.get(d.meeting) ?? new Set();
    if (d.votedOn) set.add(d.votedOn);
    meetingDates.set(d.meeting, set);
  }
  const meetings: SeedMeeting[] = [];
  for (const [record, dates] of meetingDates) {
    const sorted = [...dates].sort();
    if (sorted.length > 1) {
      const atMeeting = drafts.filter((d) => d.meeting === record);
      // Blame the file that put a later-dated vote at this meeting.
      const late = atMeeting.find((d) => d.votedOn !== sorted[0])!;
      const lateFile = [...m.drafts.get(late.ref)!.facts.meeting.entries()].find(([, v]) => v === record)![0];
      m.issue({
        ref: late.ref,
        year: Number(sorted[0]!.slice(0, 4)),
        sourceFile: lateFile,
        sourceRow: record,
        kind: "meeting-date-conflict",
        reason:
          `Votes at ${record} carry ${sorted.length} different dates (${sorted.join(", ")}); ` +
          `the meeting is dated ${sorted[0]} (a meeting may run past midnight or resume).`,
        evidence: Object.fromEntries(atMeeting.map((d) => [d.ref, d.votedOn])),
      });
    }
    meetings.push({ record, date: sorted[0] ?? null, pressRelease: pressReleaseOf(record) });
  }
  for (const record of m.extraMeetings) if (!meetingDates.has(record)) meetings.push({ record, date: null, pressRelease: pressReleaseOf(record) });
  // Flags last: every issue, including the meeting checks above, is known.
  const flaggedRefs = new Set(
    m.issues
      .filter((i) => !INFORMATIONAL_ISSUE_KINDS.has(i.kind))
      .map((i) => i.ref)
      .filter((r): r is string => r !== null),
  );
  for (const d of drafts) d.flagged = flaggedRefs.has(d.ref);
  meetings.sort((a, b) => (normalizeMeeting(a.record).number ?? 0) - (normalizeMeeting(b.record).number ?? 0) || a.record.localeCompare(b.record));

  const sources: SeedSource[] = [...[...files].filter((f) => m.usedFiles.has(f) && f !== F.article).map(fileSource), ...article, ...m.urlSources.values()];
  const sourceKeys = new Set(sources.map((s) => s.key));
  // Unconfirmed: no source but our own compilations and pages of unknown reliability.
  const kindOf = new Map(sources.map((s) => [s.key, s.kind]));
  for (const d of drafts) d.unconfirmed = !d.sources.some((s) => !SELF_COMPILED.has(s.key) && (kindOf.get(s.key) ?? "UNKNOWN") !== "UNKNOWN");
  for (const d of drafts) for (const s of d.sources) if (!sourceKeys.has(s.key)) throw new Error(`${d.ref}: unknown source ${s.key}`);

  return {
    members: m.members,
    permanentSeats: [...PERMANENT_SEATS],
    seatHolders: [...PERMANENT_SEAT_HOLDERS],
    topics: [...TOPICS],
    sources,
    meetings,
    drafts,
    seats,
    issues: m.issues,
  };
}
