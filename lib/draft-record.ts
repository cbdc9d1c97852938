// How each fact of a draft's record is known, as pure functions shared by the draft's page and its
// API: the UN's stated tally beside the member-by-member record, votes derived from that tally,
// sources in the order readers should trust them, press release links, and the reader's version of
// the data issues (the full reasons, with file names and rows, stay in the API and the admin view).
import type { SourceKind, VoteCast } from "@/lib/generated/prisma/enums";
import { tallyVotes } from "@/lib/council/rules";

export type { SourceKind, TallyCheck } from "@/lib/generated/prisma/enums";

/** Yes-no-abstain as the UN states a tally (a member not participating is in none of the three). */
export interface StatedTally {
  yes: number;
  no: number;
  abstain: number;
}

export interface GridTally extends StatedTally {
  nonVoting: number;
}

/** "13–1–1", the way the UN's press releases and the Library's tables write a tally. */
export const tallyText = (t: StatedTally) => `${t.yes}–${t.no}–${t.abstain}`;

/** What the member-by-member record adds up to (X counts as not voting). */
export function gridTally(votes: readonly { vote: VoteCast }[]): GridTally {
  return tallyVotes(votes);
}

// ---------------------------------------------------------------------------------------------
// Sources

/** The order a reader should weigh sources in: the UN's own records first, unknown reliability last. */
export const SOURCE_KIND_ORDER = ["UN_RECORD", "RESEARCH", "COMPILATION", "NEWS", "UNKNOWN"] as const satisfies readonly SourceKind[];

export interface SourceRef {
  key: string;
  title: string;
  url: string | null;
}

/**
 * The source a key names. Evidence written by the seed names a source by its key or, for the
 * data files, by the bare file name ("sc-votes-adopted.csv" for the key "file:sc-votes-adopted.csv").
 */
export function findSource<T extends SourceRef>(sources: readonly T[], ref: unknown): T | null {
  if (typeof ref !== "string" || ref === "") return null;
  return sources.find((s) => s.key === ref) ?? sources.find((s) => s.key === `file:${ref}`) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Press releases

export interface PressRelease {
  symbol: string;
  /** press.un.org's address for it; null for a symbol not of the usual form (then only named). */
  url: string | null;
}

/**
 * "SC/12189, SC/12190" (as the Library's tables give a meeting's press releases) → links to
 * https://press.un.org/en/<year>/sc12189.doc.htm, the year being the meeting's.
 */
export function pressReleases(value: string | null, year: number): PressRelease[] {
  if (!value) return [];
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((symbol) => ({
      symbol,
      url: /^[A-Z]{2,4}\/\d{3,6}$/i.test(symbol) ? `https://press.un.org/en/${year}/${symbol.replace("/", "").toLowerCase()}.doc.htm` : null,
    }));
}

// ---------------------------------------------------------------------------------------------
// Derived votes

export interface DerivedGroup {
  vote: VoteCast;
  count: number;
}

export interface DerivedVotes {
  /** Members whose vote is derived from the stated tally. */
  members: Set<string>;
  /** Derived votes by cast, in Y N A X order. */
  groups: DerivedGroup[];
  /** "all": every vote is derived; "others": the rest of the grid is named by the sources. */
  scope: "all" | "others";
}

/**
 * Which votes are derived from the stated tally: those flagged one by one, or (when the draft says
 * its grid is derived and no vote is flagged) the whole grid. Null when none is.
 */
export function derivedVotes(votes: readonly { member: string; vote: VoteCast; derived: boolean }[], votesDerived: boolean): DerivedVotes | null {
  const flagged = votes.filter((v) => v.derived);
  const derived = flagged.length > 0 ? flagged : votesDerived ? votes : [];
  if (derived.length === 0) return null;
  const groups = (["Y", "N", "A", "X"] as const).map((vote) => ({ vote, count: derived.filter((v) => v.vote === vote).length })).filter((g) => g.count > 0);
  return { members: new Set(derived.map((v) => v.member)), groups, scope: derived.length === votes.length ? "all" : "others" };
}

// ---------------------------------------------------------------------------------------------
// Data issues, in the reader's words

export interface IssueView {
  kind: string;
  evidence: unknown;
}

/** A data issue as the public page words it: a message key under resolutions.detail.readerNotes and its values. */
export type ReaderNote =
  | { key: "sourcesDisagree"; field: "date" | "symbol" | "meeting" | "votes" | "other"; source: string | null }
  | { key: "missingMember"; count: number }
  | { key: "mislabelled"; label: string | null }
  | {
      key:
        | "dateOutOfOrder"
        | "meetingDateConflict"
        | "missingDate"
        | "datePlaceholder"
        | "tallyMismatch"
        | "gridNotSitting"
        | "adoptedDespitePermanentNo"
        | "missingFromSource"
        | "symbolProbableTypo"
        | "draftColumnTypo"
        | "vetoDisagreesWithGrid"
        | "vetoNotInVetoList"
        | "parentDraftUnknown"
        | "noStatedTally"
        | "tallyUnassigned"
        | "modalityDisagrees"
        | "outcomeDisagreesWithTables"
        | "vetoDisagreesWithTables"
        | "noMeetingRecord"
        | "other";
    };

// Cleaning steps that leave nothing uncertain for a reader (a symbol written without its dot, a
// description naming a neighbouring resolution, a wrong permanent flag ignored), issues another
// part of the page already tells (no roll call, no symbol, the stated tally disagreeing with the
// grid), and year-level notes about seats. The API and the admin view keep them all.
const NOT_FOR_READERS = new Set([
  "no-roll-call",
  "malformed-value",
  "description-mismatch",
  "symbol-normalized",
  "meeting-symbol-normalized",
  "wrong-permanent-flag",
  "seat-change-within-year",
  "unmatched-row",
  "symbol-unknown",
  "tally-disagrees",
  // How a fact was read, said elsewhere on the page (derived votes, non-participation), or a link dropped.
  "derived-grid",
  "non-participation",
  "source-excluded",
  "unreadable-cell",
  "unknown-member",
]);

const SIMPLE: Record<string, Exclude<ReaderNote, { key: "sourcesDisagree" | "missingMember" | "mislabelled" }>["key"]> = {
  "date-out-of-order": "dateOutOfOrder",
  "meeting-date-conflict": "meetingDateConflict",
  "missing-date": "missingDate",
  "date-placeholder": "datePlaceholder",
  "tally-mismatch": "tallyMismatch",
  "grid-not-sitting": "gridNotSitting",
  "adopted-despite-permanent-no": "adoptedDespitePermanentNo",
  "missing-from-source": "missingFromSource",
  "symbol-probable-typo": "symbolProbableTypo",
  "draft-column-typo": "draftColumnTypo",
  "veto-disagrees-with-grid": "vetoDisagreesWithGrid",
  "veto-not-in-veto-list": "vetoNotInVetoList",
  "parent-draft-unknown": "parentDraftUnknown",
  "no-stated-tally": "noStatedTally",
  "tally-unassigned": "tallyUnassigned",
  "modality-disagrees": "modalityDisagrees",
  "outcome-disagrees-with-tables": "outcomeDisagreesWithTables",
  "veto-disagrees-with-tables": "vetoDisagreesWithTables",
  "no-meeting-record": "noMeetingRecord",
};

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

const FIELD_OF: Record<string, "date" | "symbol" | "meeting" | "votes"> = { votedOn: "date", symbol: "symbol", meeting: "meeting", modality: "votes" };

/**
 * What a "sources-disagree" issue disagrees on, and which source the kept value came from. Its
 * evidence reads { kept: {..., votesFrom}, "<file>": { row, fields: { votedOn: { kept, other, keptFrom } }, votes? } }.
 */
function disagreements(evidence: unknown, sources: readonly SourceRef[]): ReaderNote[] {
  const notes: ReaderNote[] = [];
  if (isRecord(evidence)) {
    const kept = isRecord(evidence.kept) ? evidence.kept : {};
    for (const [file, side] of Object.entries(evidence)) {
      if (file === "kept" || !isRecord(side)) continue;
      for (const [name, field] of Object.entries(isRecord(side.fields) ? side.fields : {})) {
        const keptFrom = isRecord(field) ? field.keptFrom : null;
        notes.push({ key: "sourcesDisagree", field: FIELD_OF[name] ?? "other", source: findSource(sources, keptFrom)?.title ?? null });
      }
      if (side.votes !== undefined) notes.push({ key: "sourcesDisagree", field: "votes", source: findSource(sources, kept.votesFrom)?.title ?? null });
    }
  }
  return notes.length > 0 ? notes : [{ key: "sourcesDisagree", field: "other", source: null }];
}

/**
 * The data issues a reader should know about, in reader's words (no file names, rows or working
 * notes), without repeats. `sources` names the sources that evidence may refer to.
 */
export function readerNotes(issues: readonly IssueView[], sources: readonly SourceRef[]): ReaderNote[] {
  const notes: ReaderNote[] = [];
  for (const issue of issues) {
    if (NOT_FOR_READERS.has(issue.kind)) continue;
    const evidence = isRecord(issue.evidence) ? issue.evidence : {};
    if (issue.kind === "sources-disagree") notes.push(...disagreements(issue.evidence, sources));
    else if (issue.kind === "duplicate-symbol") notes.push({ key: "sourcesDisagree", field: "symbol", source: null });
    else if (issue.kind === "missing-member")
      notes.push({ key: "missingMember", count: Array.isArray(evidence.missing) && evidence.missing.length > 0 ? evidence.missing.length : 1 });
    else if (issue.kind === "mislabelled-row") notes.push({ key: "mislabelled", label: typeof evidence.voteOn === "string" ? evidence.voteOn : null });
    else notes.push({ key: SIMPLE[issue.kind] ?? "other" });
  }
  const seen = new Set<string>();
  return notes.filter((n) => {
    const id = JSON.stringify(n);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// The stated tally against the member-by-member record

export interface TallyDisagreement {
  /** The UN's figure (shown as the vote's tally). */
  stated: StatedTally;
  /** What the member votes add up to, as the compilation records them. */
  grid: GridTally;
  statedFrom: SourceRef | null;
  gridFrom: SourceRef | null;
}

function tallyIn(x: unknown): GridTally | null {
  if (!isRecord(x)) return null;
  const n = (k: string) => (typeof x[k] === "number" && Number.isInteger(x[k]) && (x[k] as number) >= 0 ? (x[k] as number) : null);
  const [yes, no, abstain] = [n("yes"), n("no"), n("abstain")];
  if (yes === null || no === null || abstain === null) return null;
  return { yes, no, abstain, nonVoting: n("nonVoting") ?? 0 };
}

/** The source the member votes come from, where the draft's data issues name it (evidence.gridFrom). */
export function gridSourceOf(issues: readonly IssueView[], sources: readonly SourceRef[]): SourceRef | null {
  const ordered = [...issues].sort((a, b) => Number(b.kind === "tally-disagrees") - Number(a.kind === "tally-disagrees"));
  for (const i of ordered) {
    const found = isRecord(i.evidence) ? findSource(sources, i.evidence.gridFrom) : null;
    if (found) return found;
  }
  return null;
}

/**
 * Both figures of a draft whose stated tally and member votes disagree (tallyCheck DISAGREES):
 * from its "tally-disagrees" issue ({ stated, grid, statedFrom, gridFrom }), or else from the
 * draft's stated tally and its member votes. Null for any other draft.
 */
export function tallyDisagreement(
  d: {
    tallyCheck: string | null;
    statedTally: StatedTally | null;
    statedTallyFrom: string | null;
    votes: readonly { vote: VoteCast }[];
    counts: GridTally | null;
    issues: readonly IssueView[];
  },
  sources: readonly SourceRef[],
): TallyDisagreement | null {
  if (d.tallyCheck !== "DISAGREES") return null;
  const issue = d.issues.find((i) => i.kind === "tally-disagrees");
  const e = issue && isRecord(issue.evidence) ? issue.evidence : {};
  const stated = tallyIn(e.stated) ?? d.statedTally;
  const grid = tallyIn(e.grid) ?? (d.votes.length > 0 ? gridTally(d.votes) : d.counts);
  if (!stated || !grid) return null;
  return {
    stated: { yes: stated.yes, no: stated.no, abstain: stated.abstain },
    grid,
    statedFrom: findSource(sources, e.statedFrom) ?? findSource(sources, d.statedTallyFrom),
    gridFrom: findSource(sources, e.gridFrom) ?? gridSourceOf(d.issues, sources),
  };
}
