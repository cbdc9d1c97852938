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
import {
  councilSize,
  decideOutcome,
  decideOutcomeFromTally,
  isPermanentMember,
  tallyVotes,
  validateVotes,
  type Outcome,
  type Tally,
  type VoteCast,
} from "../council/rules";
import type { TallyCheck, VoteModality, VoteObject } from "../generated/prisma/enums";
import { col, parseCsv } from "./csv";
import { SOURCE_FILES, type SeedInputs, type SourceFileName } from "./inputs";
import { PERMANENT_SEAT_HOLDERS, PERMANENT_SEATS, memberNameIndex, nameKey, parseMemberStates, type SeedMemberState } from "./reference";
import { deriveSeats, sittingIndex, type MembershipObservation } from "./seats";
import { articleSources, fileSource, fileSourceKey, splitUrls, urlSource, type SeedSource } from "./sources";
import {
  isWellFormedResolutionLabel,
  normalizeDraftSymbol,
  normalizeMeeting,
  parseResolutionNumber,
  resolutionSymbol,
} from "./symbols";
import { classifyUrl } from "./source-kinds";
import { readCompiledVotes, readNotAdopted } from "./readers/compiled-votes";
import { readDhlMeetingTables } from "./readers/dhl-merge";
import { TOPICS, classifyText, classifyVetoListRow, parseRecentTopic } from "./topics";
import type { SeedDataset, SeedDraft, SeedIssue, SeedMeeting, SeedTally, SeedVote } from "./types";

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

/**
 * Files we compiled from the pages each row cites: they confirm nothing by themselves, so an item
 * that rests on them and on pages of unknown reliability only is unconfirmed.
 */
const SELF_COMPILED: ReadonlySet<string> = new Set([F.recentVetoes, F.recentVetoVotes, F.votes2026, F.amendments, F.annotations].map((f) => `file:${f}`));

/** Issue kinds that record how a fact was read rather than a doubt about it: they do not flag the draft. */
export const INFORMATIONAL_ISSUE_KINDS: ReadonlySet<string> = new Set(["non-participation", "derived-grid", "source-excluded", "no-meeting-record", "no-stated-tally"]);
export const priority = (f: SourceFileName) => FILE_PRIORITY.indexOf(f);

type FactField = "votedOn" | "meeting" | "symbol";

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

function emptyTally(): SeedTally {
  return { yes: null, no: null, abstain: null, nonVoting: null };
}

function tallyOf(votes: readonly SeedVote[]): Tally {
  return tallyVotes(votes);
}

/** Whether a grid's counts agree with a stated tally on every count the statement gives. */
function tallyAgrees(grid: Tally, stated: SeedTally): boolean {
  return (
    (stated.yes === null || stated.yes === grid.yes) &&
    (stated.no === null || stated.no === grid.no) &&
    (stated.abstain === null || stated.abstain === grid.abstain) &&
    (stated.nonVoting === null || stated.nonVoting === grid.nonVoting)
  );
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
        ref: null, year: d.year, sourceFile: file ?? F.annotations, sourceRow: `${d.ref} ${url}`, kind: "source-excluded",
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
        ref: d.ref, year: d.year, sourceFile: file, sourceRow: rowId, kind: "wrong-permanent-flag",
        reason: `The source marks ${wrong.map((w) => `${w.code} as ${w.permanent ? "permanent" : "elected"}`).join(", ")}; on ${date} that is wrong. The vote is kept; the flag is ignored.`,
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
        ref: d.ref, year, sourceFile: file, sourceRow: rowId, kind: "description-mismatch",
        reason: `The description names ${named ? `resolution ${named[1]}${named[2] ? ` (${named[2]})` : " with no year"}` : "no resolution"}, not resolution ${n} (${year}); kept as written.`,
        evidence: { description },
      });
      return;
    }
    const wellFormed = /^Security Council resolution \d+ \(\d{4}\) \[[^[\]<>]*(\])?$/.exec(body);
    if (!wellFormed || (!truncated && !wellFormed[1]))
      this.issue({
        ref: d.ref, year, sourceFile: file, sourceRow: rowId, kind: "malformed-value",
        reason: `The description is not of the form "Security Council resolution ${n} (${year}) [...]" (brackets or spacing); kept as written.`,
        evidence: { description },
      });
  }

  // ---- sc-votes-adopted.csv: resolutions 1-2617 -------------------------------------------

  readAdopted(text: string): void {
    const file = F.adopted;
    const rows = parseCsv(text, ["resolution", "date", "description", "member_iso3", "member_name", "permanent", "vote", "undl_id"], file);
    for (const [label, group] of groupBy(rows, (r) => col(r, "resolution"))) {
      const first = group[0]!;
      const n = parseResolutionNumber(label);
      const date = col(first, "date");
      const year = Number(date.slice(0, 4));
      if (n === null) throw new Error(`${file} line ${first.line}: bad resolution "${label}"`);
      const d = this.draft(resolutionSymbol(n, Number(/\((\d{4})\)/.exec(label)?.[1] ?? year)), { year, resolutionNumber: n });
      this.row(d, file, label);
      this.fact(d, "votedOn", file, date);
      d.title ??= col(first, "description") || null;
      d.undlId ??= col(first, "undl_id") || null;
      d.topicTexts.push(col(first, "description"));
      d.recordedOutcome.push({ outcome: "ADOPTED", file, row: label });
      const votes: SeedVote[] = group.map((r) => {
        const v = col(r, "vote") as VoteCast;
        if (!VOTE_CAST.has(v)) throw new Error(`${file} line ${r.line}: bad vote "${v}"`);
        const member = this.code(col(r, "member_iso3"), file, `line ${r.line}`);
        this.observe(member, date, year, col(r, "member_name"), file);
        return { member, vote: v, nameAtTime: col(r, "member_name") || null };
      });
      this.checkPermanentFlag(d, file, label, votes.map((v, i) => ({ code: v.member, permanent: col(group[i]!, "permanent") === "true" })), date);
      this.checkResolutionDescription(d, file, label, col(first, "description"), n, year);
      if (votes.every((v) => v.vote === "X")) {
        d.explicitModality = { modality: "NO_ROLL_CALL", file, why: "all members X" };
        this.issue({
          ref: d.ref, year, sourceFile: file, sourceRow: label, kind: "no-roll-call",
          reason: `All ${votes.length} members are X (totals 0-0-0-${votes.length}): the source has no roll call for this resolution. Stored as adopted with modality NO_ROLL_CALL and no member votes, not as ${votes.length} absences. Many such resolutions were adopted without a vote; some (e.g. 726 and 728 (1992)) were unanimous recorded votes.`,
          evidence: { undlId: col(first, "undl_id"), votes: Object.fromEntries(votes.map((v) => [v.member, v.vote])) },
        });
      } else d.grids.push({ file, row: label, votes, partial: false });
      if (date.endsWith("-01-01"))
        this.issue({
          ref: d.ref, year, sourceFile: file, sourceRow: label, kind: "date-placeholder",
          reason: `Dated ${date}: the Council does not meet on 1 January; the date is a placeholder${n === 726 ? " (resolution 726 (1992) was adopted on 6 January 1992)" : ""}. Kept as recorded.`,
          evidence: { date },
        });
    }
  }

  // ---- sc-votes-adopted-2022-2026.csv: UN DHL v6, resolutions 2618-2815 ----------------------

  readDhl(text: string): void {
    const file = F.adoptedDhl;
    const rows = parseCsv(
      text,
      ["undl_id", "ms_code", "ms_name", "permanent_member", "ms_vote", "date", "resolution", "draft", "meeting", "description", "agenda", "subjects", "vote_note", "total_yes", "total_no", "total_abstentions", "total_non_voting", "total_ms", "modality"],
      file,
    );
    for (const [label, group] of groupBy(rows, (r) => col(r, "resolution"))) {
      const first = group[0]!;
      const n = parseResolutionNumber(label);
      if (n === null) throw new Error(`${file} line ${first.line}: bad resolution "${label}"`);
      const date = col(first, "date");
      const year = Number(/\((\d{4})\)/.exec(label)?.[1] ?? date.slice(0, 4));
      const d = this.draft(resolutionSymbol(n, year), { year, resolutionNumber: n });
      const note = col(first, "vote_note");
      this.row(d, file, label, note ? `note: ${note}` : undefined);
      this.fact(d, "votedOn", file, date);
      this.fact(d, "symbol", file, col(first, "draft"));
      const meeting = normalizeMeeting(col(first, "meeting"));
      if (meeting.record) this.fact(d, "meeting", file, meeting.record);
      if (meeting.changed)
        this.issue({
          ref: d.ref, year, sourceFile: file, sourceRow: label, kind: "meeting-symbol-normalized",
          reason: `Meeting record written "${col(first, "meeting")}" (no dot); stored as ${meeting.record}.`,
          evidence: { source: col(first, "meeting"), stored: meeting.record },
        });
      d.title ??= col(first, "description") || null;
      d.agendaItem ??= col(first, "agenda") || null;
      d.undlId ??= col(first, "undl_id") || null;
      d.topicTexts.push(col(first, "agenda"), col(first, "description"), col(first, "subjects").replace(/\|/g, "; "));
      d.recordedOutcome.push({ outcome: "ADOPTED", file, row: label });
      this.checkResolutionDescription(d, file, label, col(first, "description"), n, year);
      const votes: SeedVote[] = group.map((r) => {
        const v = col(r, "ms_vote") as VoteCast;
        if (!VOTE_CAST.has(v)) throw new Error(`${file} line ${r.line}: bad vote "${v}"`);
        const member = this.code(col(r, "ms_code"), file, `line ${r.line}`);
        this.observe(member, date, year, col(r, "ms_name"), file);
        return { member, vote: v, nameAtTime: col(r, "ms_name") || null };
      });
      this.checkPermanentFlag(d, file, label, votes.map((v, i) => ({ code: v.member, permanent: col(group[i]!, "permanent_member") === "True" })), date);
      d.stated.push({
        file, row: label, un: true, from: fileSourceKey(file),
        tally: { yes: num(col(first, "total_yes")), no: num(col(first, "total_no")), abstain: num(col(first, "total_abstentions")), nonVoting: num(col(first, "total_non_voting")) },
      });
      if (col(first, "modality") === "Without Vote") {
        d.explicitModality = { modality: "WITHOUT_VOTE", file, why: col(first, "vote_note") || "Without Vote" };
        d.stated.pop(); // 0-0-0-15 describes no vote, not fifteen absences
      } else d.grids.push({ file, row: label, votes, partial: false });
    }
  }

  // ---- sc-votes-1992-2026-tail.csv: every draft put to the vote, 2022-2026 -------------------

  readTail(text: string): void {
    const file = F.tail;
    const rows = parseCsv(text, ["item_id", "date", "resolution", "draft", "outcome", "agenda_item", "category", "region", "member", "vote"], file);
    for (const [itemId, group] of groupBy(rows, (r) => col(r, "item_id"))) {
      const first = group[0]!;
      const rowId = `item_id ${itemId}`;
      const date = col(first, "date");
      const year = Number(date.slice(0, 4));
      const label = col(first, "resolution").trim();
      const symbol = col(first, "draft").trim();
      const outcome = col(first, "outcome");
      let d: DraftBuild;
      if (label) {
        const n = parseResolutionNumber(label);
        if (n === null) throw new Error(`${file} line ${first.line}: bad resolution "${label}"`);
        const labelYear = Number(/\((\d{4})/.exec(label)?.[1] ?? year);
        d = this.draft(resolutionSymbol(n, labelYear), { year, resolutionNumber: n });
        d.recordedOutcome.push({ outcome: "ADOPTED", file, row: rowId });
        if (!isWellFormedResolutionLabel(label))
          this.issue({
            ref: d.ref, year, sourceFile: file, sourceRow: rowId, kind: "malformed-value",
            reason: `Resolution written "${label}"; read as resolution ${n} (${labelYear}).`,
            evidence: { resolution: label },
          });
      } else {
        if (!symbol) throw new Error(`${file} line ${first.line}: a draft that was not adopted has no symbol`);
        d = this.draft(symbol, { year });
        d.recordedOutcome.push({ outcome: /veto/i.test(outcome) ? "VETOED" : "FAILED", file, row: rowId });
      }
      this.row(d, file, rowId, `outcome: ${outcome}`);
      this.fact(d, "votedOn", file, date);
      this.fact(d, "symbol", file, symbol);
      d.agendaItem ??= col(first, "agenda_item") || null;
      d.topicTexts.push(col(first, "agenda_item"));
      const votes: SeedVote[] = group.map((r) => {
        const v = TAIL_VOTE[col(r, "vote")];
        if (!v) throw new Error(`${file} line ${r.line}: bad vote "${col(r, "vote")}"`);
        const member = this.codeFromName(col(r, "member"), file, `line ${r.line}`);
        this.observe(member, date, year, col(r, "member"), file);
        return { member, vote: v, nameAtTime: col(r, "member") };
      });
      d.grids.push({ file, row: rowId, votes, partial: false });
    }
  }

  // ---- sc-vetoes.csv: the UN Library veto list to 8 July 2022 --------------------------------

  readVetoList(text: string): void {
    const file = F.vetoes;
    const rows = parseCsv(text, ["veto_id", "draft", "date", "meeting", "agenda", "crisis_topic", "region", "member_iso3", "member_name", "permanent", "vote"], file);
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
        ref = this.meetingRef(meeting.record);
      }
      const d = this.draft(ref, { year, objectOfVote });
      // Meeting records named in the draft column (the record holding the draft's text).
      for (const m of rawDraft.matchAll(/S\/PV\.?(\d+)/g)) {
        const n = Number(m[1]);
        if (meeting.number !== null && n !== meeting.number) {
          const typo = String(n).startsWith(String(meeting.number)) && n > meeting.number * 9;
          if (typo)
            this.issue({
              ref, year, sourceFile: file, sourceRow: rowId, kind: "draft-column-typo",
              reason: `The draft column reads "${rawDraft}" but the vote was at ${meeting.record} on ${date}; "${m[0]}" is probably a typo for ${meeting.record}. The row is kept; the vote is identified by ${meeting.record}.`,
              evidence: { draft: rawDraft, meeting: meetingRaw, date },
            });
          else {
            this.extraMeetings.add(`S/PV.${n}`);
            notes.push(`draft text in S/PV.${n}`);
          }
        }
      }
      if (sym.changed)
        this.issue({
          ref, year, sourceFile: file, sourceRow: rowId, kind: "symbol-normalized",
          reason: `The draft column reads "${rawDraft}"; the draft symbol is taken as ${sym.symbol}.`,
          evidence: { draft: rawDraft, symbol: sym.symbol },
        });
      if (!meeting.record && meetingRaw) notes.push(`no meeting: ${meetingRaw} (written procedure)`);
      // Written procedure (2020): the letters recording the vote stand in for the meeting record.
      const letters = !meeting.record ? [...meetingRaw.matchAll(/S\/\d{4}\/\d+/g)].map((x) => x[0]) : [];
      this.row(d, file, rowId, notes.join("; ") || undefined);
      this.fact(d, "votedOn", file, date);
      this.fact(d, "symbol", file, sym.symbol);
      if (meeting.record) this.fact(d, "meeting", file, meeting.record);
      d.agendaItem ??= agenda || null;
      for (const t of classifyVetoListRow(col(first, "crisis_topic"), agenda)) d.topics.add(t);
      d.recordedOutcome.push({ outcome: "VETOED", file, row: rowId });
      for (const letter of letters) this.linkUrl(d, `https://undocs.org/${letter}`, "letter recording the vote by written procedure", file);
      const members = group
        .map((r) => {
          if (col(r, "vote") !== "N" || col(r, "permanent") !== "true")
            throw new Error(`${file} line ${r.line}: a veto row must be a permanent member's N`);
          return this.code(col(r, "member_iso3"), file, `line ${r.line}`);
        })
        .sort();
      d.declaredVetoes.push({ file, row: rowId, members });
    }
  }

  // ---- recent-vetoes.csv and recent-veto-votes.csv: 30 Sep 2022 - Sep 2025 -------------------

  private adoptedOn(date: string): DraftBuild[] {
    return [...this.drafts.values()].filter(
      (d) => d.resolutionNumber !== null && [...d.facts.votedOn.values()].includes(date),
    );
  }

  readRecentVetoes(text: string, votesText: string): void {
    const file = F.recentVetoes;
    const rows = parseCsv(text, ["date", "draft_symbol", "meeting_record", "agenda_item", "topic", "vetoing_members", "yes", "no", "abstain", "non_voting", "penholders", "source_url", "verified"], file);
    const gridKeyToRef = new Map<string, string>();
    const amendmentsPerParent = new Map<string, number>();
    for (const r of rows) {
      const rowId = `line ${r.line}`;
      const date = col(r, "date");
      const year = Number(date.slice(0, 4));
      const symbol = col(r, "draft_symbol").trim();
      const topic = parseRecentTopic(col(r, "topic"));
      const vetoing = col(r, "vetoing_members").split(";").map((c) => this.code(c, file, rowId)).sort();
      const meeting = normalizeMeeting(col(r, "meeting_record"));
      let d: DraftBuild;
      if (topic.amendment) {
        // Votes on amendments: the parent is the draft adopted that day on the same topic.
        const parents = this.adoptedOn(date).filter((p) =>
          topic.slugs.some((s) => classifyText(p.topicTexts, p.year).includes(s) || p.topics.has(s)),
        );
        const parent = parents.length === 1 ? parents[0]! : null;
        const parentSymbol = parent ? [...parent.facts.symbol.entries()].sort((a, b) => priority(a[0]) - priority(b[0]))[0]?.[1] : undefined;
        const base = parent ? (parentSymbol ?? parent.ref) : (meeting.record ?? date);
        const k = (amendmentsPerParent.get(base) ?? 0) + 1;
        amendmentsPerParent.set(base, k);
        d = this.draft(`${base}:amendment-${k}`, { year, objectOfVote: "AMENDMENT" });
        d.parentRef = parent?.ref ?? null;
        // Only the vetoing member and a partial tally are known here: with no member record from
        // another file the vote is stored as having no roll call.
        if (!parent)
          this.issue({
            ref: d.ref, year, sourceFile: file, sourceRow: rowId, kind: "parent-draft-unknown",
            reason: `Vote on an amendment (${col(r, "topic")}) on ${date}: ${parents.length} adopted drafts that day match the topic, so the amended draft is not identified.`,
            evidence: { candidates: parents.map((p) => p.ref) },
          });
        const detail = /\(amendment:\s*([^)]*)\)/i.exec(col(r, "topic"))?.[1]?.trim();
        if (detail) d.title ??= `Amendment: ${detail}`;
      } else if (symbol) {
        d = this.draft(symbol, { year });
        gridKeyToRef.set(symbol, d.ref);
      } else {
        // No symbol: the draft vetoed that day by these members in the full record.
        const candidates = [...this.drafts.values()].filter((c) => {
          if (c.resolutionNumber !== null || !c.facts.votedOn.get(F.tail)) return false;
          if (c.facts.votedOn.get(F.tail) !== date) return false;
          const grid = c.grids.find((g) => g.file === F.tail);
          const negatives = (grid?.votes ?? []).filter((v) => v.vote === "N" && isPermanentMember(v.member, date)).map((v) => v.member).sort();
          return negatives.join() === vetoing.join();
        });
        if (candidates.length === 1) d = candidates[0]!;
        else {
          d = this.draft(meeting.record ? this.meetingRef(meeting.record) : `veto:${date}:${vetoing.join("-")}`, { year });
          this.issue({
            ref: d.ref, year, sourceFile: file, sourceRow: rowId, kind: "symbol-unknown",
            reason: `No draft symbol, and ${candidates.length} drafts in ${F.tail} match the date and vetoing members.`,
            evidence: { date, vetoing, candidates: candidates.map((c) => c.ref) },
          });
        }
        gridKeyToRef.set(`date:${date}`, d.ref);
      }
      this.row(d, file, rowId, `verified: ${col(r, "verified")}`);
      this.fact(d, "votedOn", file, date);
      this.fact(d, "symbol", file, symbol || null);
      if (meeting.record) this.fact(d, "meeting", file, meeting.record);
      d.agendaItem ??= col(r, "agenda_item") || null;
      d.topicTexts.push(col(r, "agenda_item"));
      for (const s of topic.slugs) d.topics.add(s);
      d.recordedOutcome.push({ outcome: "VETOED", file, row: rowId });
      d.declaredVetoes.push({ file, row: rowId, members: vetoing });
      const tally: SeedTally = { yes: num(col(r, "yes")), no: num(col(r, "no")), abstain: num(col(r, "abstain")), nonVoting: num(col(r, "non_voting")) };
      // The tally rests on the UN's record when the row cites a UN page (a press release).
      const unPage = splitUrls(col(r, "source_url")).find((u) => classifyUrl(u) === "UN_RECORD");
      if (Object.values(tally).some((v) => v !== null)) d.stated.push({ file, row: rowId, tally, un: Boolean(unPage), from: unPage ?? fileSourceKey(file) });
      for (const p of col(r, "penholders").split(";").filter(Boolean)) d.penholders.add(this.code(p, file, rowId));
      for (const url of splitUrls(col(r, "source_url"))) this.linkUrl(d, url, `cited by ${file} ${rowId}`, file);
    }
    this.readRecentVetoVotes(votesText, gridKeyToRef);
  }

  private readRecentVetoVotes(text: string, gridKeyToRef: Map<string, string>): void {
    const file = F.recentVetoVotes;
    const rows = parseCsv(text, ["draft_symbol", "member", "vote", "source_url"], file);
    for (const [key, group] of groupBy(rows, (r) => col(r, "draft_symbol"))) {
      const ref = gridKeyToRef.get(key) ?? (this.drafts.has(key) ? key : undefined);
      const rowId = `draft_symbol ${key}`;
      if (!ref) {
        this.issue({
          ref: null, year: null, sourceFile: file, sourceRow: rowId, kind: "unmatched-row",
          reason: `No vetoed draft matches "${key}"; its ${group.length} votes are not stored.`,
          evidence: { lines: group.map((r) => r.line) },
        });
        continue;
      }
      const d = this.drafts.get(ref)!;
      const date = d.facts.votedOn.get(F.recentVetoes) ?? [...d.facts.votedOn.values()][0] ?? null;
      this.row(d, file, rowId);
      const votes: SeedVote[] = group.map((r) => {
        const v = col(r, "vote") as VoteCast;
        if (!VOTE_CAST.has(v)) throw new Error(`${file} line ${r.line}: bad vote "${v}"`);
        const member = this.code(col(r, "member"), file, `line ${r.line}`);
        if (date) this.observe(member, date, Number(date.slice(0, 4)), this.members.find((m) => m.code === member)!.nameEn, file);
        return { member, vote: v, nameAtTime: null };
      });
      d.grids.push({ file, row: rowId, votes, partial: false });
      for (const url of new Set(group.flatMap((r) => splitUrls(col(r, "source_url"))))) this.linkUrl(d, url, `cited by ${file}`, file);
    }
  }

  // ---- sc-votes-failed-drafts.csv: 53 failed votes, 1947-2022 --------------------------------

  readFailed(text: string): void {
    const file = F.failed;
    const rows = parseCsv(
      text,
      ["draft", "date", "meeting", "agenda", "member_iso3", "member_name", "permanent", "vote", "vote_id", "year", "vote_on", "source_tally_for_abstain_against", "source_note", "date_source", "normalizer_note"],
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
      if (symbol) ref = paragraph ? `${symbol}:${part.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}` : symbol;
      else {
        if (!meeting.record) throw new Error(`${file} line ${first.line}: no symbol and no meeting`);
        ref = this.meetingRef(meeting.record);
      }
      const d = this.draft(ref, { year, objectOfVote });
      d.procedural ||= procedural;
      const sourceNote = col(first, "source_note");
      this.row(d, file, rowId, [`vote on: ${voteOn}`, sourceNote && `source note: ${sourceNote}`, col(first, "date_source") && `date from ${col(first, "date_source")}`].filter(Boolean).join("; "));
      this.fact(d, "votedOn", file, date);
      this.fact(d, "symbol", file, symbol);
      if (meeting.record) this.fact(d, "meeting", file, meeting.record);
      d.agendaItem ??= col(first, "agenda") || null;
      d.topicTexts.push(col(first, "agenda"));
      if (procedural)
        this.issue({
          ref, year, sourceFile: file, sourceRow: rowId, kind: "mislabelled-row",
          reason: `The source labels this vote "${voteOn}", but it is the procedural vote at ${meeting.record} (${normalizerNote}). Stored as a procedural motion without a symbol.`,
          evidence: { voteOn, tally: col(first, "source_tally_for_abstain_against"), note: normalizerNote },
        });
      if (/typo/i.test(normalizerNote) && symbol)
        this.issue({
          ref, year, sourceFile: file, sourceRow: rowId, kind: "symbol-probable-typo",
          reason: `Symbol ${symbol} kept as in the source: ${normalizerNote}.`,
          evidence: { symbol, voteOn, note: normalizerNote },
        });
      const t = /\((\d+),\s*(\d+),\s*(\d+)\)/.exec(col(first, "source_tally_for_abstain_against"));
      const stated: SeedTally | null = t ? { yes: Number(t[1]), abstain: Number(t[2]), no: Number(t[3]), nonVoting: null } : null;
      let votes: SeedVote[] = group.map((r) => {
        const v = col(r, "vote") as VoteCast;
        if (!VOTE_CAST.has(v)) throw new Error(`${file} line ${r.line}: bad vote "${v}"`);
        const member = this.code(col(r, "member_iso3"), file, `line ${r.line}`);
        this.observe(member, date, year, col(r, "member_name"), file);
        return { member, vote: v, nameAtTime: col(r, "member_name") || null };
      });
      // X means "in none of the three lists". When the stated tally already accounts for every
      // seat, an X is a gap in the record (a member left out), not a non-participation.
      let partial = false;
      const size = councilSize(date ?? `${year}-06-30`);
      if (stated && stated.yes! + stated.abstain! + stated.no! === size && votes.some((v) => v.vote === "X")) {
        const gaps = votes.filter((v) => v.vote === "X");
        votes = votes.filter((v) => v.vote !== "X");
        partial = true;
        this.issue({
          ref, year, sourceFile: file, sourceRow: rowId, kind: "missing-member",
          reason: `The source tally (${stated.yes} in favour, ${stated.no} against, ${stated.abstain} abstaining) accounts for all ${size} seats, but ${gaps.map((g) => g.member).join(", ")} appears in none of the vote lists: a gap in the record. The member's vote is not stored; the stated tally is kept.`,
          evidence: { tally: col(first, "source_tally_for_abstain_against"), missing: gaps.map((g) => g.member), note: normalizerNote },
        });
      }
      d.grids.push({ file, row: rowId, votes, partial });
      if (stated) d.stated.push({ file, row: rowId, tally: stated });
    }
  }

  // ---- annotations.csv: our titles, procedural flags and source links -----------------------

  readAnnotations(text: string, knownSourceKeys: Set<string>): void {
    const file = F.annotations;
    for (const r of parseCsv(text, ["ref", "field", "value", "source", "note"], file)) {
      const d = this.drafts.get(col(r, "ref"));
      if (!d) throw new Error(`${file} line ${r.line}: unknown draft ${col(r, "ref")}`);
      const rowId = `line ${r.line}`;
      const value = col(r, "value");
      const source = col(r, "source");
      switch (col(r, "field")) {
        case "title":
          d.title = value;
          break;
        case "procedural":
          d.procedural = value === "true";
          break;
        case "source":
          if (!knownSourceKeys.has(value) && !/^https?:/.test(value)) throw new Error(`${file} line ${r.line}: unknown source ${value}`);
          if (/^https?:/.test(value)) this.linkUrl(d, value, col(r, "note") || undefined);
          else this.sourceNote(d, value, col(r, "note") || undefined);
          break;
        default:
          throw new Error(`${file} line ${r.line}: unknown field ${col(r, "field")}`);
      }
      this.row(d, file, rowId, col(r, "field"));
      if (source && /^https?:/.test(source)) this.linkUrl(d, source, `annotation (${col(r, "field")})`);
    }
  }

  // ---- cross-file checks before the drafts are finalized -------------------------------------

  /** A symbol that one file gives to two resolutions is wrong for one of them: prefer the other file. */
  checkDuplicateSymbols(file: SourceFileName): void {
    const bySymbol = groupBy(
      [...this.drafts.values()].filter((d) => d.resolutionNumber !== null && d.facts.symbol.has(file)),
      (d) => d.facts.symbol.get(file)!,
    );
    for (const [symbol, ds] of bySymbol) {
      if (ds.length < 2) continue;
      for (const d of ds) {
        const others = [...d.facts.symbol.entries()].filter(([f, v]) => f !== file && v !== symbol);
        if (others.length === 0) continue;
        const [otherFile, otherSymbol] = others.sort((a, b) => priority(a[0]) - priority(b[0]))[0]!;
        const currentWinner = [...d.facts.symbol.keys()].sort((a, b) => priority(a) - priority(b))[0];
        if (currentWinner === file) d.preferred.symbol = otherFile;
        this.issue({
          ref: d.ref, year: d.year, sourceFile: file, sourceRow: d.rows.get(file)?.[0] ?? d.ref, kind: "duplicate-symbol",
          reason: `${file} gives draft symbol ${symbol} to ${ds.map((x) => x.ref).join(" and ")}; ${otherFile} gives ${d.ref} the symbol ${otherSymbol}, which is kept.`,
          evidence: { symbol, sharedWith: ds.map((x) => x.ref), [otherFile]: otherSymbol },
        });
      }
    }
  }

  /** Meeting numbers grow with time: a date out of meeting order is suspect (longest ordered run). */
  checkDateOrder(file: SourceFileName): void {
    const items = [...this.drafts.values()]
      .filter((d) => d.facts.votedOn.has(file) && d.facts.meeting.has(file))
      .map((d) => ({ d, m: normalizeMeeting(d.facts.meeting.get(file)!).number!, date: d.facts.votedOn.get(file)! }))
      .sort((a, b) => a.m - b.m || a.date.localeCompare(b.date));
    // Longest non-decreasing subsequence of dates (O(n^2) is fine for a few hundred rows).
    const len = items.map(() => 1);
    const prev = items.map(() => -1);
    for (let i = 0; i < items.length; i++)
      for (let j = 0; j < i; j++)
        if (items[j]!.date <= items[i]!.date && len[j]! + 1 > len[i]!) [len[i], prev[i]] = [len[j]! + 1, j];
    let best = len.indexOf(Math.max(...len));
    const inOrder = new Set<number>();
    for (; best >= 0; best = prev[best]!) inOrder.add(best);
    items.forEach((it, i) => {
      if (inOrder.has(i)) return;
      const before = items.slice(0, i).filter((_, j) => inOrder.has(j)).at(-1);
      const after = items.slice(i + 1).find((_, j) => inOrder.has(i + 1 + j));
      const alternatives = [...it.d.facts.votedOn.entries()].filter(([f, v]) => f !== file && v !== it.date);
      const fitting = alternatives.find(([, v]) => (!before || before.date <= v) && (!after || v <= after.date));
      if (fitting) it.d.preferred.votedOn = fitting[0];
      this.issue({
        ref: it.d.ref, year: it.d.year, sourceFile: file, sourceRow: it.d.rows.get(file)?.[0] ?? it.d.ref, kind: "date-out-of-order",
        reason: `Dated ${it.date} at meeting S/PV.${it.m}, but ${before ? `S/PV.${before.m} was on ${before.date}` : ""}${before && after ? " and " : ""}${after ? `S/PV.${after.m} on ${after.date}` : ""}.${fitting ? ` ${fitting[0]} gives ${fitting[1]}, which fits the meeting order and is kept.` : " Kept as recorded."}`,
        evidence: { date: it.date, meeting: `S/PV.${it.m}`, before: before && { meeting: `S/PV.${before.m}`, date: before.date }, after: after && { meeting: `S/PV.${after.m}`, date: after.date }, alternatives: Object.fromEntries(alternatives) },
      });
    });
  }
}

// ---- finalizing one draft ------------------------------------------------------------------------

interface Disagreement {
  fields: Record<string, { kept: string; keptFrom: string; other: string }>;
  votes?: unknown;
}

function resolveFact(d: DraftBuild, field: FactField): { value: string | null; file: SourceFileName | null } {
  const entries = [...d.facts[field].entries()].sort((a, b) => priority(a[0]) - priority(b[0]));
  const preferred = d.preferred[field];
  const chosen = (preferred && entries.find(([f]) => f === preferred)) || entries[0];
  return chosen ? { value: chosen[1], file: chosen[0] } : { value: null, file: null };
}

function compareGrids(primary: readonly SeedVote[], other: readonly SeedVote[]): Record<string, { kept: string; other: string }> {
  const a = new Map(primary.map((v) => [v.member, v.vote]));
  const b = new Map(other.map((v) => [v.member, v.vote]));
  const out: Record<string, { kept: string; other: string }> = {};
  for (const m of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(m) ?? "absent";
    const y = b.get(m) ?? "absent";
    // A member missing from one list and X (not participating) in the other agree.
    if (x === y || (x === "X" && y === "absent") || (x === "absent" && y === "X")) continue;
    out[m] = { kept: x, other: y };
  }
  return out;
}

function finalizeDraft(d: DraftBuild, sittingOn: (date: string) => string[], issue: (i: SeedIssue) => void): SeedDraft {
  const votedOn = resolveFact(d, "votedOn");
  const meeting = resolveFact(d, "meeting");
  const symbol = resolveFact(d, "symbol");
  const year = votedOn.value ? Number(votedOn.value.slice(0, 4)) : d.year;
  const ruleDate = votedOn.value ?? `${year}-06-30`;
  const disagreements = new Map<SourceFileName, Disagreement>();
  const disagree = (file: SourceFileName) => {
    let x = disagreements.get(file);
    if (!x) disagreements.set(file, (x = { fields: {} }));
    return x;
  };
  for (const [field, chosen] of [["votedOn", votedOn], ["meeting", meeting], ["symbol", symbol]] as const)
    for (const [file, value] of d.facts[field])
      if (value !== chosen.value) disagree(file).fields[field] = { kept: chosen.value!, keptFrom: chosen.file!, other: value };

  // ---- the vote grid ----
  const official = [...d.stated].sort((a, b) => priority(a.file) - priority(b.file))[0] ?? null;
  let modality: VoteModality = d.explicitModality?.modality ?? "RECORDED_VOTE";
  let primary: Grid | null = null;
  if (d.explicitModality) {
    for (const g of d.grids)
      disagree(g.file).votes = {
        kept: `${d.explicitModality.modality} (${d.explicitModality.file}: ${d.explicitModality.why})`,
        other: Object.fromEntries(g.votes.map((v) => [v.member, v.vote])),
      };
  } else if (d.grids.length > 0) {
    const ordered = [...d.grids].sort((a, b) => priority(a.file) - priority(b.file));
    // The most official grid, unless it contradicts the most official stated totals and another grid agrees with them.
    primary = (official && ordered.find((g) => !g.partial && tallyAgrees(tallyOf(g.votes), official.tally))) || ordered[0]!;
    for (const g of ordered) {
      if (g === primary) continue;
      const diff = compareGrids(primary.votes, g.votes);
      if (Object.keys(diff).length) disagree(g.file).votes = diff;
    }
  } else modality = "NO_ROLL_CALL";

  // Stated tallies that contradict the file's own grid.
  for (const s of d.stated) {
    const own = d.grids.find((g) => g.file === s.file && !g.partial);
    if (!own && s.un) continue; // the UN's statements are checked against the grid below
    if (own && !tallyAgrees(tallyOf(own.votes), s.tally))
      issue({
        ref: d.ref, year, sourceFile: s.file, sourceRow: s.row, kind: "tally-mismatch",
        reason: `The stated tally (${s.tally.yes ?? "?"}-${s.tally.no ?? "?"}-${s.tally.abstain ?? "?"}, ${s.tally.nonVoting ?? "?"} not voting) disagrees with the member votes in the same record (${fmt(tallyOf(own.votes))}).${primary && primary !== own ? ` The votes from ${primary.file}, which match the stated tally, are kept.` : ""}`,
        evidence: { stated: s.tally, rows: tallyOf(own.votes), votes: Object.fromEntries(own.votes.map((v) => [v.member, v.vote])) },
      });
    else if (!own && primary && !primary.partial && !tallyAgrees(tallyOf(primary.votes), s.tally))
      issue({
        ref: d.ref, year, sourceFile: s.file, sourceRow: s.row, kind: "tally-mismatch",
        reason: `The stated tally disagrees with the member votes from ${primary.file} (${fmt(tallyOf(primary.votes))}).`,
        evidence: { stated: s.tally, grid: tallyOf(primary.votes), gridFrom: primary.file },
      });
  }

  let votes = primary?.votes ?? [];
  const sitting = sittingOn(ruleDate);
  const fullSize = primary !== null && !primary.partial && votes.length === councilSize(ruleDate);
  const gridProblems = fullSize ? validateVotes({ date: ruleDate, votes, sitting, complete: true }) : [];
  let complete = fullSize && gridProblems.length === 0;
  if (fullSize && !complete)
    issue({
      ref: d.ref, year, sourceFile: primary!.file, sourceRow: primary!.row, kind: "grid-not-sitting",
      reason: `The member votes do not match the members sitting on ${ruleDate}: ${gridProblems
        .map((p) => ("member" in p ? `${p.code} ${p.member}` : p.code))
        .join(", ")}. The votes are kept as recorded; the grid is not counted as complete.`,
      evidence: { problems: gridProblems, sitting },
    });

  // ---- the UN's stated tally against the member record ----
  const unStated = [...d.stated].filter((s) => s.un && s.tally.yes !== null && s.tally.no !== null && s.tally.abstain !== null)
    .sort((a, b) => priority(a.file) - priority(b.file))[0] ?? null;
  const declaredVetoes = [...new Set(d.declaredVetoes.flatMap((v) => v.members))].sort();
  let tallyCheck: TallyCheck | null = null;
  let votesDerived = false;
  if (unStated && complete) {
    const check = checkAgainstStated(votes, unStated.tally);
    tallyCheck = check.result;
    const statedFrom = unStated.from ?? fileSourceKey(unStated.file);
    const gridFrom = fileSourceKey(primary!.file);
    if (check.result === "NON_PARTICIPATION") {
      votes = check.votes;
      issue({
        ref: d.ref, year, sourceFile: unStated.file, sourceRow: unStated.row, kind: "non-participation",
        reason: `${primary!.file} records ${check.members.join(", ")} as abstaining, but the UN's stated tally (${fmtStated(unStated.tally)}) does not count ${check.members.length === 1 ? "it" : "them"}: stored as not participating (X), with the recorded abstention kept as evidence.`,
        evidence: { stated: unStated.tally, statedFrom, gridFrom, members: check.members },
      });
    } else if (check.result === "DISAGREES")
      issue({
        ref: d.ref, year, sourceFile: unStated.file, sourceRow: unStated.row, kind: "tally-disagrees",
        reason: `The UN's stated tally (${fmtStated(unStated.tally)}, ${statedFrom}) disagrees with the member votes from ${primary!.file} (${fmt(tallyOf(votes))}). Both are kept; the UN's figure is shown.${check.ambiguous ? " More members abstain in the record than in the stated tally, but not all abstentions can be read as non-participation: which members did not take part is not known." : ""}`,
        evidence: { stated: unStated.tally, grid: tallyOf(votes), statedFrom, gridFrom },
      });
  }
  // A stated tally that leaves one possible vote for every member fixes the grid: derive it, marked.
  const forDerivation = unStated ?? [...d.stated].filter((s) => s.tally.yes !== null && s.tally.no !== null && s.tally.abstain !== null)
    .sort((a, b) => priority(a.file) - priority(b.file))[0] ?? null;
  if (!complete && forDerivation && votedOn.value && modality !== "WITHOUT_VOTE") {
    const known = primary?.votes ?? [];
    const derivation = deriveGrid({ sitting, size: councilSize(ruleDate), known, vetoing: declaredVetoes, stated: forDerivation.tally });
    if (derivation) {
      votes = derivation.votes;
      complete = validateVotes({ date: ruleDate, votes, sitting, complete: true }).length === 0;
      if (complete) {
        votesDerived = true;
        modality = "RECORDED_VOTE";
        issue({
          ref: d.ref, year, sourceFile: forDerivation.file, sourceRow: forDerivation.row, kind: "derived-grid",
          reason: `Derived from the stated tally (${fmtStated(forDerivation.tally)}, ${forDerivation.from ?? fileSourceKey(forDerivation.file)}): ${derivation.reason}`,
          evidence: { stated: forDerivation.tally, known: Object.fromEntries(known.map((v) => [v.member, v.vote])), vetoing: declaredVetoes, derived: derivation.derived },
        });
      } else votes = primary?.votes ?? [];
    }
  }

  votesDerived ||= votes.some((v) => v.derived);

  // ---- outcome and vetoes ----
  const recorded = [...d.recordedOutcome].sort((a, b) => priority(a.file) - priority(b.file));
  for (const r of recorded)
    if (r.outcome !== recorded[0]!.outcome)
      disagree(r.file).fields.outcome = { kept: recorded[0]!.outcome, keptFrom: recorded[0]!.file, other: r.outcome };
  const declared = declaredVetoes;
  for (const v of d.declaredVetoes)
    if (v.members.join() !== declared.join())
      disagree(v.file).fields.vetoes = { kept: declared.join(", "), keptFrom: "veto lists (union)", other: v.members.join(", ") };
  let outcome: Outcome;
  const tally: SeedTally = complete ? { ...tallyOf(votes) } : official ? { ...official.tally } : emptyTally();
  if (complete) {
    const decision = decideOutcome({ date: ruleDate, procedural: d.procedural, votes });
    outcome = recorded[0]?.outcome ?? decision.outcome;
    const src = recorded[0] ?? { file: primary!.file, row: primary!.row };
    if (recorded[0] && decision.outcome !== recorded[0].outcome) {
      const kind =
        recorded[0].outcome === "ADOPTED"
          ? decision.outcome === "VETOED"
            ? "adopted-despite-permanent-no"
            : "adopted-without-majority"
          : recorded[0].outcome === "VETOED"
            ? "veto-disagrees-with-grid"
            : "outcome-disagrees-with-grid";
      issue({
        ref: d.ref, year, sourceFile: src.file, sourceRow: src.row, kind,
        reason:
          kind === "adopted-despite-permanent-no"
            ? `Recorded as adopted, but the vote grid shows ${decision.vetoedBy.join(" and ")} (permanent) voting against with ${decision.tally.yes} in favour: by the rules that is a veto. Kept as adopted (the recorded fact); probably a procedural vote, which the source does not say.`
            : `Recorded as ${recorded[0].outcome.toLowerCase()}, but the vote grid (${fmt(decision.tally)}) gives ${decision.outcome.toLowerCase()}. Kept as recorded.`,
        evidence: { recorded: recorded[0].outcome, computed: decision.outcome, tally: decision.tally, permanentAgainst: decision.vetoedBy, votes: Object.fromEntries(votes.map((v) => [v.member, v.vote])), gridFrom: primary!.file },
      });
    }
    if (!d.procedural && (declared.length > 0 || decision.vetoedBy.length > 0)) {
      const problems = validateVotes({ date: ruleDate, votes, complete: true, sitting, declaredVetoes: declared }).filter((p) =>
        p.code.startsWith("veto"),
      );
      if (problems.length && recorded[0]?.outcome !== "ADOPTED")
        issue({
          ref: d.ref, year, sourceFile: declared.length ? d.declaredVetoes[0]!.file : primary!.file, sourceRow: declared.length ? d.declaredVetoes[0]!.row : primary!.row,
          kind: declared.length ? "veto-disagrees-with-grid" : "veto-not-in-veto-list",
          reason: declared.length
            ? `The veto list names ${declared.join(", ")}; the vote grid gives ${decision.vetoedBy.join(", ") || "no veto"}. The veto list is kept.`
            : `The vote grid shows a veto by ${decision.vetoedBy.join(", ")}, but no veto list records it; no veto is stored.`,
          evidence: { declared, computed: decision.vetoedBy, problems, tally: decision.tally },
        });
    }
  } else if (tally.yes !== null) {
    const decision = decideOutcomeFromTally({ date: ruleDate, procedural: d.procedural, yes: tally.yes, negativePermanentMembers: declared });
    outcome = recorded[0]?.outcome ?? decision.outcome;
  } else outcome = recorded[0]?.outcome ?? "FAILED";
  if (d.procedural && declared.length > 0) throw new Error(`${d.ref}: a procedural vote cannot carry a veto`);

  // ---- one issue per draft for all disagreements between sources ----
  if (disagreements.size > 0) {
    const keptFile = votedOn.file ?? primary?.file ?? recorded[0]?.file ?? [...d.rows.keys()][0]!;
    const others = [...disagreements.entries()].filter(([, x]) => Object.keys(x.fields).length || x.votes);
    if (others.length)
      issue({
        ref: d.ref, year, sourceFile: keptFile, sourceRow: d.rows.get(keptFile)?.[0] ?? d.ref, kind: "sources-disagree",
        reason: `Sources disagree on ${d.ref}: ${others
          .map(([f, x]) => `${f} (${[...Object.keys(x.fields), ...(x.votes ? ["member votes"] : [])].join(", ")})`)
          .join("; ")}. Kept: ${primary ? `votes from ${primary.file}` : modality}${votedOn.file ? `, date from ${votedOn.file}` : ""}${symbol.file ? `, symbol from ${symbol.file}` : ""}.`,
        evidence: {
          kept: { votedOn: votedOn.value, meeting: meeting.value, symbol: symbol.value, votesFrom: primary?.file ?? null, modality },
          ...Object.fromEntries(others.map(([f, x]) => [f, { row: d.rows.get(f) ?? null, ...x }])),
        },
      });
  }

  if (votedOn.value === null) {
    const [file, rowIds] = [...d.rows.entries()][0]!;
    issue({
      ref: d.ref, year, sourceFile: file, sourceRow: rowIds[0]!, kind: "missing-date",
      reason: `No source gives the date of this vote; only the year (${year}) is known.`,
      evidence: { year, meeting: meeting.value },
    });
  }

  const topics = new Set(d.topics);
  for (const t of classifyText([d.agendaItem, ...d.topicTexts, d.title], year)) topics.add(t);

  const sources = new Map<string, string[]>();
  for (const [file, rowIds] of d.rows) sources.set(fileSourceKey(file), [rowIds.join(", ")]);
  for (const [key, notes] of d.sources) sources.set(key, [...(sources.get(key) ?? []), ...notes]);

  return {
    ref: d.ref,
    symbol: symbol.value,
    votedOn: votedOn.value,
    year,
    meeting: meeting.value,
    title: d.title,
    agendaItem: d.agendaItem,
    objectOfVote: d.objectOfVote,
    parentRef: d.parentRef,
    procedural: d.procedural,
    modality,
    outcome,
    resolutionNumber: d.resolutionNumber,
    tally,
    stated: unStated ? { yes: unStated.tally.yes!, no: unStated.tally.no!, abstain: unStated.tally.abstain!, from: unStated.from ?? fileSourceKey(unStated.file) } : null,
    tallyCheck,
    votesDerived,
    unconfirmed: false, // set once every source's kind is known
    votesComplete: complete,
    undlId: d.undlId,
    votes,
    vetoes: declared,
    topics: [...topics].sort(),
    penholders: [...d.penholders].sort(),
    sources: [...sources.entries()].map(([key, notes]) => ({ key, note: notes.filter(Boolean).join("; ") || null })),
    flagged: false, // set once all issues are known
  };
}

function fmtStated(t: SeedTally): string {
  return `${t.yes}-${t.no}-${t.abstain}`;
}

/**
 * Compares a complete grid with the UN's stated tally (yes-no-abstain). Abstentions in the grid that
 * the statement does not count are read as non-participation only when that is unambiguous: the
 * statement counts no abstention at all, so every abstainer in the grid did not take part.
 */
export function checkAgainstStated(
  votes: readonly SeedVote[],
  stated: SeedTally,
): { result: TallyCheck; votes: SeedVote[]; members: string[]; ambiguous: boolean } {
  const g = tallyOf(votes);
  if (g.yes === stated.yes && g.no === stated.no && g.abstain === stated.abstain && (stated.nonVoting === null || stated.nonVoting === g.nonVoting))
    return { result: "AGREES", votes: [...votes], members: [], ambiguous: false };
  const onlyExtraAbstentions = g.yes === stated.yes && g.no === stated.no && g.abstain > stated.abstain!;
  if (onlyExtraAbstentions && stated.abstain === 0) {
    const members = votes.filter((v) => v.vote === "A").map((v) => v.member).sort();
    return { result: "NON_PARTICIPATION", votes: votes.map((v) => (v.vote === "A" ? { ...v, vote: "X", recordedAs: "A" } : v)), members, ambiguous: false };
  }
  return { result: "DISAGREES", votes: [...votes], members: [], ambiguous: onlyExtraAbstentions };
}

/**
 * The member votes a stated tally fixes: after the known votes (a partial record, the vetoing
 * members' "no"), the remaining members must all have cast the same vote. Never guesses beyond that.
 */
export function deriveGrid(input: {
  sitting: readonly string[];
  size: number;
  known: readonly SeedVote[];
  vetoing: readonly string[];
  stated: SeedTally;
}): { votes: SeedVote[]; derived: string[]; reason: string } | null {
  const { sitting, size, stated } = input;
  if (sitting.length !== size || stated.yes === null || stated.no === null || stated.abstain === null) return null;
  const known = new Map(input.known.map((v) => [v.member, v]));
  if ([...known.keys()].some((m) => !sitting.includes(m))) return null;
  for (const m of input.vetoing) {
    const k = known.get(m);
    if (k && k.vote !== "N") return null;
    if (!k) known.set(m, { member: m, vote: "N", nameAtTime: null });
  }
  const count = (c: VoteCast) => [...known.values()].filter((v) => v.vote === c).length;
  const remaining: [VoteCast, number][] = [
    ["Y", stated.yes - count("Y")],
    ["N", stated.no - count("N")],
    ["A", stated.abstain - count("A")],
    ["X", size - stated.yes - stated.no - stated.abstain - count("X")],
  ];
  if (remaining.some(([, n]) => n < 0)) return null;
  const unknown = sitting.filter((m) => !known.has(m));
  const left = remaining.filter(([, n]) => n > 0);
  if (unknown.length === 0 || left.length !== 1 || left[0]![1] !== unknown.length) return null;
  const cast = left[0]![0];
  const words: Record<VoteCast, string> = { Y: "voted in favour", N: "voted against", A: "abstained", X: "did not participate" };
  const derived = [...unknown].sort();
  return {
    votes: [...known.values(), ...derived.map((member) => ({ member, vote: cast, nameAtTime: null, derived: true }))],
    derived,
    reason: `with ${[...known.values()].map((v) => `${v.member} ${v.vote}`).join(", ") || "no member's vote"} known, the other ${unknown.length} sitting members ${words[cast]}.`,
  };
}

function fmt(t: Tally): string {
  return `${t.yes}-${t.no}-${t.abstain}${t.nonVoting ? `, ${t.nonVoting} not voting` : ""}`;
}

// ---- the whole dataset -----------------------------------------------------------------------------

export function buildDataset(inputs: SeedInputs): SeedDataset {
  const m = new Merger(inputs.memberStates);
  m.readDhl(inputs.adoptedDhl);
  m.readAdopted(inputs.adopted);
  m.readTail(inputs.tail);
  m.readVetoList(inputs.vetoes);
  readNotAdopted(m, inputs.notAdopted);
  m.readRecentVetoes(inputs.recentVetoes, inputs.recentVetoVotes);
  m.readFailed(inputs.failed);
  readCompiledVotes(m, F.amendments, inputs.amendments);
  readCompiledVotes(m, F.votes2026, inputs.votes2026);
  // Last: the Library's tables attach to the drafts the other files hold, and add the ones they lack.
  readDhlMeetingTables(m, inputs.dhlMeetings);

  const article = articleSources(inputs.article);
  const files = new Set<SourceFileName>(Object.values(F));
  const knownKeys = new Set([...article.map((a) => a.key), ...[...files].map(fileSourceKey)]);
  m.readAnnotations(inputs.annotations, knownKeys);

  m.checkDuplicateSymbols(F.adoptedDhl);
  m.checkDuplicateSymbols(F.tail);
  m.checkDateOrder(F.adoptedDhl);

  // Seats first: a grid is complete when it covers the members sitting that day.
  const { seats, issues: seatIssues } = deriveSeats({ observations: m.observations, members: m.members, councilMembersCsv: inputs.councilMembers, firstYear: 1946, preferNamesFrom: F.failed });
  m.usedFiles.add(F.councilMembers);
  m.usedFiles.add(F.memberStates);
  for (const i of seatIssues) m.issue(i);

  const sitting = sittingIndex(seats);
  const drafts = [...m.drafts.values()].map((d) => finalizeDraft(d, sitting, (i) => m.issue(i)));
  const byRef = new Map(drafts.map((d) => [d.ref, d]));
  for (const d of drafts) if (d.parentRef && !byRef.has(d.parentRef)) throw new Error(`${d.ref}: parent ${d.parentRef} unknown`);
  // The tail file claims every draft put to the vote in its period; a veto it lacks rests on the
  // recent-veto files alone (votes on amendments are known to be absent from it).
  const tailEnd = [...m.drafts.values()].flatMap((d) => [...(d.facts.votedOn.get(F.tail) ? [d.facts.votedOn.get(F.tail)!] : [])]).sort().at(-1) ?? "";
  for (const d of drafts)
    if (d.objectOfVote === "DRAFT" && d.vetoes.length && d.votedOn && d.votedOn >= "2022-01-27" && d.votedOn <= tailEnd && !d.sources.some((s) => s.key === fileSourceKey(F.tail)))
      m.issue({
        ref: d.ref, year: d.year, sourceFile: F.tail, sourceRow: d.ref, kind: "missing-from-source",
        reason: `${F.tail} lists every draft put to the vote from 27 Jan 2022 to ${tailEnd}, but not this vetoed draft (${d.votedOn}); it rests on ${d.sources.filter((s) => s.key.startsWith("file:")).map((s) => s.key.slice(5)).join(" and ")}.`,
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
        ref: late.ref, year: Number(sorted[0]!.slice(0, 4)), sourceFile: lateFile, sourceRow: record, kind: "meeting-date-conflict",
        reason: `Votes at ${record} carry ${sorted.length} different dates (${sorted.join(", ")}); the meeting is dated ${sorted[0]} (a meeting may run past midnight or resume).`,
        evidence: Object.fromEntries(atMeeting.map((d) => [d.ref, d.votedOn])),
      });
    }
    meetings.push({ record, date: sorted[0] ?? null, pressRelease: pressReleaseOf(record) });
  }
  for (const record of m.extraMeetings) if (!meetingDates.has(record)) meetings.push({ record, date: null, pressRelease: pressReleaseOf(record) });
  // Flags last: every issue, including the meeting checks above, is known.
  const flaggedRefs = new Set(m.issues.filter((i) => !INFORMATIONAL_ISSUE_KINDS.has(i.kind)).map((i) => i.ref).filter((r): r is string => r !== null));
  for (const d of drafts) d.flagged = flaggedRefs.has(d.ref);
  meetings.sort((a, b) => (normalizeMeeting(a.record).number ?? 0) - (normalizeMeeting(b.record).number ?? 0) || a.record.localeCompare(b.record));

  const sources: SeedSource[] = [
    ...[...files].filter((f) => m.usedFiles.has(f) && f !== F.article).map(fileSource),
    ...article,
    ...m.urlSources.values(),
  ];
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

