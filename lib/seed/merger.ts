// The merge's working state: one Merger collects what every reader (lib/seed/readers/) finds — the
// drafts under construction (DraftBuild), member observations for the seats, cited pages, and the
// DataIssues — and offers the helpers the readers share. Finalizing is in finalize.ts, the whole
// dataset in merge.ts.
import { isPermanentMember, type Outcome, type VoteCast } from "../council/rules";
import type { VoteModality, VoteObject } from "../generated/prisma/enums";
import { col, type CsvRow } from "./csv";
import { SOURCE_FILES, type SourceFileName } from "./inputs";
import { memberNameIndex, nameKey, parseMemberStates, type SeedMemberState } from "./reference";
import type { MembershipObservation } from "./seats";
import { fileSourceKey, urlSource, type SeedSource } from "./sources";
import { classifyUrl } from "./source-kinds";
import type { SeedIssue, SeedTally, SeedVote } from "./types";

const F = SOURCE_FILES;

/** When two files state the same fact differently, the earlier file in this list wins. */
export const FILE_PRIORITY: readonly SourceFileName[] = [
  F.dhlMeetings, // UN DHL Meetings & Outcomes tables: the UN's own record of each meeting's votes
  F.adoptedDhl, // UN DHL Security Council Voting Data v6: the official bulk file
  F.adopted, // UN Digital Library records (scrape)
  F.tail, // UN Digital Library records (oliverunv)
  F.notAdopted, // the same source, 1992-2021 drafts not adopted
  F.vetoes, // UN Library veto list (World Politics Data Lab)
  F.recentVetoes,
  F.recentVetoVotes,
  F.votes2026, // compiled from the resolutions' texts, press releases and news
  F.amendments,
  F.failed, // hand-keyed from meeting records
  F.annotations,
];

export const priority = (f: SourceFileName) => FILE_PRIORITY.indexOf(f);

export type FactField = "votedOn" | "meeting" | "symbol";

export interface Grid {
  file: SourceFileName;
  row: string;
  votes: SeedVote[];
  /** Known gaps (a sitting member missing from the record): never a complete grid. */
  partial: boolean;
}

export interface DraftBuild {
  ref: string;
  resolutionNumber: number | null;
  year: number;
  objectOfVote: VoteObject;
  procedural: boolean;
  explicitModality: { modality: VoteModality; file: SourceFileName; why: string } | null;
  facts: Record<FactField, Map<SourceFileName, string>>;
  preferred: Partial<Record<FactField, SourceFileName>>;
  title: string | null;
  agendaItem: string | null;
  undlId: string | null;
  recordedOutcome: { outcome: Outcome; file: SourceFileName; row: string }[];
  grids: Grid[];
  /** Tallies as a source states them; `un` when the statement is the UN's own record, `from` its source key. */
  stated: { file: SourceFileName; row: string; tally: SeedTally; un?: boolean; from?: string }[];
  declaredVetoes: { file: SourceFileName; row: string; members: string[] }[];
  topics: Set<string>;
  topicTexts: string[];
  penholders: Set<string>;
  sources: Map<string, string[]>;
  rows: Map<SourceFileName, string[]>;
  parentRef: string | null;
}

export const VOTE_CAST = new Set<VoteCast>(["Y", "N", "A", "X"]);
export const TAIL_VOTE: Record<string, VoteCast> = { Yes: "Y", No: "N", Abstain: "A" };

export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export const num = (s: string): number | null => (s.trim() === "" ? null : Number(s));

export class Merger {
  readonly members: SeedMemberState[];
  private readonly nameIndex: Map<string, string>;
  private readonly codes: Set<string>;
  readonly drafts = new Map<string, DraftBuild>();
  private readonly resolutionRefs = new Map<number, string>();
  readonly issues: SeedIssue[] = [];
  private readonly issueKeys = new Map<string, SeedIssue>();
  readonly observations: MembershipObservation[] = [];
  readonly extraMeetings = new Set<string>();
  readonly urlSources = new Map<string, SeedSource>();
  private readonly meetingOrdinals = new Map<string, number>();
  readonly usedFiles = new Set<SourceFileName>();
  /** Press releases per meeting record (the Library's tables). */
  readonly pressReleases = new Map<string, Set<string>>();
  private readonly excludedLinks = new Set<string>();

  constructor(memberStatesCsv: string) {
    this.members = parseMemberStates(memberStatesCsv);
    this.nameIndex = memberNameIndex(this.members);
    this.codes = new Set(this.members.map((m) => m.code));
  }

  // ---- helpers -------------------------------------------------------------------------------

  issue(i: SeedIssue): void {
    const key = `${i.sourceFile}\u0000${i.kind}\u0000${i.sourceRow}`;
    const prior = this.issueKeys.get(key);
    if (prior) {
      // One row, one kind, one issue: fold a second finding into the first.
      prior.reason += ` Also: ${i.reason}`;
      prior.evidence = [prior.evidence, i.evidence];
      return;
    }
    this.issueKeys.set(key, i);
    this.issues.push(i);
  }

  code(raw: string, file: string, where: string): string {
    const c = raw.trim().toUpperCase();
    if (this.codes.has(c)) return c;
    throw new Error(`${file} ${where}: unknown member code "${raw}" (add it to data/member-states.csv)`);
  }

  /** The ref of resolution n, whatever year a source writes beside it. */
  refForResolution(n: number): string | null {
    return this.resolutionRefs.get(n) ?? null;
  }

  /** A member code from a name, or null when the name is unknown (the caller reports it). */
  memberCodeOrNull(name: string): string | null {
    return this.nameIndex.get(nameKey(name)) ?? null;
  }

  /** A known member code (upper-cased), or null. */
  knownCode(raw: string): string | null {
    const c = raw.trim().toUpperCase();
    return this.codes.has(c) ? c : null;
  }

  /** The draft a symbol names: a draft not adopted has it as its ref, a resolution as its draft symbol. */
  refForSymbol(symbol: string): string | null {
    if (this.drafts.has(symbol)) return symbol;
    const holders = [...this.drafts.values()].filter((d) => d.objectOfVote === "DRAFT" && [...d.facts.symbol.values()].includes(symbol));
    return holders.length === 1 ? holders[0]!.ref : null;
  }

  /** "S/2023/773:amendment-3" after the amendments of that draft already read. */
  nextAmendmentRef(base: string): string {
    let k = 1;
    while (this.drafts.has(`${base}:amendment-${k}`)) k++;
    return `${base}:amendment-${k}`;
  }

  codeFromName(name: string, file: string, where: string): string {
    const c = this.nameIndex.get(nameKey(name));
    if (!c) throw new Error(`${file} ${where}: unknown member name "${name}" (add it as an alias in data/member-states.csv)`);
    return c;
  }

  draft(ref: string, init: { year: number; resolutionNumber?: number | null; objectOfVote?: VoteObject }): DraftBuild {
    let d = this.drafts.get(ref);
    if (!d) {
      d = {
        ref,
        resolutionNumber: init.resolutionNumber ?? null,
        year: init.year,
        objectOfVote: init.objectOfVote ?? "DRAFT",
        procedural: false,
        explicitModality: null,
        facts: { votedOn: new Map(), meeting: new Map(), symbol: new Map() },
        preferred: {},
        title: null,
        agendaItem: null,
        undlId: null,
        recordedOutcome: [],
        grids: [],
        stated: [],
        declaredVetoes: [],
        topics: new Set(),
        topicTexts: [],
        penholders: new Set(),
        sources: new Map(),
        rows: new Map(),
        parentRef: null,
      };
      this.drafts.set(ref, d);
      if (d.resolutionNumber !== null) this.resolutionRefs.set(d.resolutionNumber, ref);
    }
    return d;
  }

  fact(d: DraftBuild, field: FactField, file: SourceFileName, value: string | null | undefined): void {
    if (value === null || value === undefined || value.trim() === "") return;
    if (!d.facts[field].has(file)) d.facts[field].set(file, value.trim());
  }

  row(d: DraftBuild, file: SourceFileName, rowId: string, note?: string): void {
    this.usedFiles.add(file);
    const list = d.rows.get(file) ?? [];
    if (!list.includes(rowId)) list.push(rowId);
    d.rows.set(file, list);
    if (note) this.sourceNote(d, fileSourceKey(file), note);
  }

  sourceNote(d: DraftBuild, key: string, note?: string): void {
    const notes = d.sources.get(key) ?? [];
    if (note && !notes.includes(note)) notes.push(note);
    d.sources.set(key, notes);
  }

  /** Cites a page for a draft; a state-propaganda outlet is never cited (kept as admin evidence). */
  linkUrl(d: DraftBuild, url: string, note?: string, file?: SourceFileName): void {
    if (classifyUrl(url) === "excluded") {
      const key = `${file}\u0000${d.ref}\u0000${url}`;
      if (this.excludedLinks.has(key)) return;
      this.excludedLinks.add(key);
      this.issue({
        ref: null,
        year: d.year,
        sourceFile: file ?? F.annotations,
        sourceRow: `${d.ref} ${url}`,
        kind: "source-excluded",
        reason: `${url} is a state-propaganda outlet: not cited for ${d.ref}.`,
        evidence: { ref: d.ref, url, note: note ?? null },
      });
      return;
    }
    if (!this.urlSources.has(url)) this.urlSources.set(url, urlSource(url));
    this.sourceNote(d, url, note);
  }

  observe(member: string, date: string | null, year: number, name: string, file: string): void {
    this.observations.push({ member, date, year, name, file });
  }

  /**
   * A grid whose rows give an ISO3 code and Y/N/A/X (sc-votes-adopted*.csv, the failed drafts): bad
   * input stops the seed, and each member is observed sitting that day (for the seats).
   */
  codedVotes(
    file: SourceFileName,
    rows: readonly CsvRow[],
    columns: { vote: string; code: string; name: string },
    date: string | null,
    year: number,
  ): SeedVote[] {
    return rows.map((r) => {
      const v = col(r, columns.vote) as VoteCast;
      if (!VOTE_CAST.has(v)) throw new Error(`${file} line ${r.line}: bad vote "${v}"`);
      const member = this.code(col(r, columns.code), file, `line ${r.line}`);
      this.observe(member, date, year, col(r, columns.name), file);
      return { member, vote: v, nameAtTime: col(r, columns.name) || null };
    });
  }

  /** "S/PV.57" → "S/PV.57:1", "S/PV.57:2"… in the order the votes are read. */
  meetingRef(meeting: string): string {
    const n = (this.meetingOrdinals.get(meeting) ?? 0) + 1;
    this.meetingOrdinals.set(meeting, n);
    return `${meeting}:${n}`;
  }

  checkPermanentFlag(d: DraftBuild, file: SourceFileName, rowId: string, rows: { code: string; permanent: boolean }[], date: string): void {
    // A predecessor state coded after its succession (SUN after 24 Dec 1991) is reported by the
    // grid check ("grid-not-sitting"), not here: its flag is right, its code is late.
    const wrong = rows.filter((r) => r.permanent !== isPermanentMember(r.code, date) && !(r.code === "SUN" && r.permanent));
    if (wrong.length)
      this.issue({
        ref: d.ref,
        year: d.year,
        sourceFile: file,
        sourceRow: rowId,
        kind: "wrong-permanent-flag",
        reason:
          `The source marks ${wrong.map((w) => `${w.code} as ${w.permanent ? "permanent" : "elected"}`).join(", ")}; ` +
          `on ${date} that is wrong. The vote is kept; the flag is ignored.`,
        evidence: { date, rows: wrong },
      });
  }

  /**
   * Descriptions read "Security Council resolution N (YYYY) [on …]". Many in sc-votes-adopted.csv
   * are cut off with "[...]" by the scraper: that alone is not flagged (see data/SOURCES.md).
   */
  checkResolutionDescription(d: DraftBuild, file: SourceFileName, rowId: string, description: string, n: number, year: number): void {
    if (!description) return;
    const truncated = description.endsWith("[...]");
    const body = truncated ? description.slice(0, -"[...]".length) : description;
    const named = /resolution\s+(\d+)\s*(?:[([]\s*(\d{4}))?/i.exec(body);
    if (!named || Number(named[1]) !== n || (named[2] !== undefined && Number(named[2]) !== year) || named[2] === undefined) {
      this.issue({
        ref: d.ref,
        year,
        sourceFile: file,
        sourceRow: rowId,
        kind: "description-mismatch",
        reason:
          `The description names ${named ? `resolution ${named[1]}${named[2] ? ` (${named[2]})` : " with no year"}` : "no resolution"}, ` +
          `not resolution ${n} (${year}); kept as written.`,
        evidence: { description },
      });
      return;
    }
    const wellFormed = /^Security Council resolution \d+ \(\d{4}\) \[[^[\]<>]*(\])?$/.exec(body);
    if (!wellFormed || (!truncated && !wellFormed[1]))
      this.issue({
        ref: d.ref,
        year,
        sourceFile: file,
        sourceRow: rowId,
        kind: "malformed-value",
        reason: `The description is not of the form "Security Council resolution ${n} (${year}) [...]" (brackets or spacing); kept as written.`,
        evidence: { description },
      });
  }
}
