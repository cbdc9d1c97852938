// The UN Dag Hammarskjöld Library's "Security Council Voting Data" (one row per member per
// resolution) read; import-official-diff.ts compares it with the record. Pure: no database here.
// lib/admin/import-official-db.ts reads what is stored, checks each change with the write path's
// rules and applies it.
// Known defects of the published file (data/SOURCES.md): rows that contradict their own total_*
// columns (2812), wrong permanent_member flags (ignored: the seat records decide), meeting symbols
// without the dot ("S/PV9261"), dates and symbols the record keeps from another source.
import { VOTE_CASTS, type VoteCast } from "../council/rules";
import { parseCsvRecords } from "../seed/csv";
import { normalizeDraftSymbol, normalizeMeeting, resolutionSymbol } from "../seed/symbols";
import type { Msg } from "../forms/action-state";
import { isCalendarDate } from "../council/rules";
import { DHL_VOTING_COLUMNS } from "../seed/readers/adopted-dhl";

/** The columns that identify the format (any order; others, such as undl_link, are tolerated). */
export const OFFICIAL_COLUMNS = DHL_VOTING_COLUMNS;
type OfficialColumn = (typeof OFFICIAL_COLUMNS)[number] | "undl_link";

/** Columns only the Library's file has: a header with some of them is that format, damaged. */
const OFFICIAL_ONLY = ["undl_id", "ms_code", "ms_vote", "total_yes", "total_ms", "modality"];

/**
 * The published file is 1.1 MB for four years (2,820 rows); a form upload allows about twice that.
 * The CLI (npm run data:import) reads any size.
 */
export const MAX_OFFICIAL_IMPORT_BYTES = 2 * 1024 * 1024;

export type ImportFormat = { format: "official" } | { format: "project" } | { format: "unknown"; error: OfficialIssue };

export interface OfficialIssue extends Msg {
  /** Line in the file (the header is line 1); 0 for the file as a whole. */
  line: number;
  column: string | null;
  /** The resolution as the file names it (S/RES/2812(2026)), when the problem is one resolution's. */
  resolution: string | null;
}

const fileIssue = (code: string, values?: Msg["values"], line = 0, column: string | null = null): OfficialIssue => ({
  line,
  column,
  resolution: null,
  code,
  ...(values ? { values } : {}),
});

/** The header row's cells, lower-cased (the file's first line). */
export function readHeader(text: string): string[] | null {
  const end = text.indexOf("\n");
  try {
    const first = parseCsvRecords(end < 0 ? text : text.slice(0, end))[0];
    return first ? first.fields.map((h) => h.trim().toLowerCase()) : null;
  } catch {
    return null;
  }
}

/**
 * Which format a CSV is in, from its header: the Library's (every one of its columns, in any
 * order), the project's own (any of `projectColumns`, IMPORT_COLUMNS in lib/admin/import.ts; its
 * parser then reports its own unknown and missing columns, as before), or neither.
 */
export function detectImportFormat(header: readonly string[] | null, projectColumns: readonly string[] = []): ImportFormat {
  if (!header || header.every((h) => h === "")) return { format: "unknown", error: fileIssue("csvEmpty", undefined, 1) };
  const has = new Set(header);
  const missing = OFFICIAL_COLUMNS.filter((c) => !has.has(c));
  if (missing.length === 0) return { format: "official" };
  if (OFFICIAL_ONLY.some((c) => has.has(c))) return { format: "unknown", error: fileIssue("officialMissingColumns", { columns: missing.join(", ") }, 1) };
  if (projectColumns.some((c) => has.has(c))) return { format: "project" };
  return { format: "unknown", error: fileIssue("unknownFormat", { found: header.slice(0, 6).join(", ") }, 1) };
}

// ---------------------------------------------------------------------------------------------
// Reading

export type OfficialModality = "RECORDED_VOTE" | "WITHOUT_VOTE" | "NO_ROLL_CALL";

export interface StatedTally {
  yes: number;
  no: number;
  abstain: number;
  nonVoting: number;
  members: number;
}

/** One resolution (or, without a resolution number, one draft) as the file states it. */
export interface OfficialResolution {
  /** Grouping key: "res:2618", or "draft:S/2024/255" for a row without a resolution. */
  key: string;
  /** The draft's ref as the seed names it: S/RES/2618(2022), or the draft symbol. */
  ref: string;
  /** As the file writes it (S/RES/2618(2022)). */
  label: string;
  resolutionNumber: number | null;
  /** The lines of its rows, first and last. */
  firstLine: number;
  lastLine: number;
  votedOn: string;
  symbol: string | null;
  meetingRecord: string | null;
  /** "Vote" with every member X is no roll call: the file gives no member votes. */
  modality: OfficialModality;
  /** Member → vote, for a recorded vote. */
  votes: Record<string, VoteCast>;
  /** Member → its row's line. */
  memberLines: Record<string, number>;
  stated: StatedTally | null;
  title: string;
  agendaItem: string;
  subjects: string;
  undlId: string | null;
  undlLink: string | null;
  /** Source defects: any one keeps the resolution from being written. */
  defects: OfficialIssue[];
}

export interface ParsedOfficialFile {
  rows: number;
  resolutions: OfficialResolution[];
  /** Values read as something else (a meeting symbol without its dot): reported, not defects. */
  notes: OfficialIssue[];
  /** The file cannot be read as a whole (header, syntax, a row naming no resolution): nothing is written. */
  fileErrors: OfficialIssue[];
}

const RESOLUTION_LABEL = /^(?:S\/RES\/)?\s*(\d{1,5})\s*\(\s*(\d{4})\s*\)$/i;
const MEMBER_CODE = /^[A-Z]{3}$/;
const CASTS = new Set<string>(VOTE_CASTS);

export function formatTally(t: { yes: number; no: number; abstain: number; nonVoting?: number }): string {
  return `${t.yes}-${t.no}-${t.abstain}${t.nonVoting ? ` (${t.nonVoting} not voting)` : ""}`;
}

/** Y/N/A/X counts of a grid. */
export function countVotes(votes: Record<string, VoteCast>): { yes: number; no: number; abstain: number; nonVoting: number } {
  const t = { yes: 0, no: 0, abstain: 0, nonVoting: 0 };
  for (const v of Object.values(votes)) {
    if (v === "Y") t.yes++;
    else if (v === "N") t.no++;
    else if (v === "A") t.abstain++;
    else t.nonVoting++;
  }
  return t;
}

type Cells = Record<OfficialColumn, string>;
interface Row {
  line: number;
  cells: Cells;
}

/** Reads the file; every problem comes back with its line. Throws nothing. */
export function parseOfficialCsv(text: string, { maxBytes = MAX_OFFICIAL_IMPORT_BYTES }: { maxBytes?: number } = {}): ParsedOfficialFile {
  const empty = (fileErrors: OfficialIssue[]): ParsedOfficialFile => ({ rows: 0, resolutions: [], notes: [], fileErrors });
  if (Buffer.byteLength(text, "utf8") > maxBytes) return empty([fileIssue("fileTooLarge", { max: Math.round(maxBytes / 1024) })]);
  // The seed's reader: a tenth of csv-parse's time on this file, and each row keeps the line it starts on.
  let records: { line: number; fields: string[] }[];
  try {
    records = parseCsvRecords(text);
  } catch (error) {
    const detail = String((error as Error).message);
    return empty([fileIssue("csvSyntax", { detail: detail.slice(0, 200) }, Number(/line (\d+)/.exec(detail)?.[1] ?? 0))]);
  }
  const header = records[0]?.fields.map((h) => h.trim().toLowerCase()) ?? null;
  const format = detectImportFormat(header);
  if (format.format !== "official") return empty([format.format === "unknown" ? format.error : fileIssue("unknownFormat", { found: "" }, 1)]);
  const body = records.slice(1);
  if (body.length === 0) return empty([fileIssue("csvEmpty", undefined, 2)]);

  const index = new Map(header!.map((h, i) => [h, i]));
  const fileErrors: OfficialIssue[] = [];
  const notes: OfficialIssue[] = [];
  const groups = new Map<string, { label: string; number: number | null; year: number | null; rows: Row[]; defects: OfficialIssue[] }>();
  for (const { fields: record, line } of body) {
    const cell = (c: OfficialColumn) => (record[index.get(c) ?? -1] ?? "").trim();
    const cells = Object.fromEntries([...OFFICIAL_COLUMNS, "undl_link"].map((c) => [c, cell(c as OfficialColumn)])) as Cells;
    // A row that names no resolution (nor, for a draft not adopted, a symbol) belongs to nothing we
    // could check or skip on its own: the file is refused.
    const label = cells.resolution;
    const m = RESOLUTION_LABEL.exec(label);
    let key: string;
    if (m) key = `res:${Number(m[1])}`;
    else if (label === "" && normalizeDraftSymbol(cells.draft).symbol) key = `draft:${normalizeDraftSymbol(cells.draft).symbol}`;
    else {
      fileErrors.push(fileIssue(label === "" ? "officialNoResolution" : "officialBadResolution", { value: label }, line, "resolution"));
      continue;
    }
    let group = groups.get(key);
    if (!group) {
      group = {
        label: m ? label : normalizeDraftSymbol(cells.draft).symbol!,
        number: m ? Number(m[1]) : null,
        year: m ? Number(m[2]) : null,
        rows: [],
        defects: [],
      };
      groups.set(key, group);
    }
    if (record.length !== header!.length)
      group.defects.push({ line, column: null, resolution: group.label, code: "columnCount", values: { expected: header!.length, found: record.length } });
    group.rows.push({ line, cells });
  }
  const resolutions = [...groups.entries()].map(([key, g]) => readResolution(key, g, notes));
  return { rows: body.length, resolutions, notes, fileErrors };
}

/** The columns every row of one resolution must repeat alike. */
const SHARED: readonly OfficialColumn[] = [
  "date",
  "draft",
  "meeting",
  "modality",
  "total_yes",
  "total_no",
  "total_abstentions",
  "total_non_voting",
  "total_ms",
];
const TOTALS = { yes: "total_yes", no: "total_no", abstain: "total_abstentions", nonVoting: "total_non_voting", members: "total_ms" } as const;

function readResolution(
  key: string,
  g: { label: string; number: number | null; year: number | null; rows: Row[]; defects: OfficialIssue[] },
  notes: OfficialIssue[],
): OfficialResolution {
  const defects = [...g.defects];
  const first = g.rows[0]!;
  const c = first.cells;
  const defect = (line: number, column: OfficialColumn | null, code: string, values?: Msg["values"]) =>
    defects.push({ line, column, resolution: g.label, code, ...(values ? { values } : {}) });

  for (const row of g.rows.slice(1))
    for (const col of SHARED)
      if (row.cells[col] !== c[col]) defect(row.line, col, "officialInconsistent", { value: row.cells[col], expected: c[col], line: first.line });

  const votedOn = c.date;
  if (!isCalendarDate(votedOn)) defect(first.line, "date", "officialBadDate", { value: votedOn });
  else if (g.year !== null && Number(votedOn.slice(0, 4)) !== g.year)
    defect(first.line, "date", "officialResolutionYear", { value: votedOn, resolution: g.label });

  const symbol = normalizeDraftSymbol(c.draft);
  if (c.draft !== "" && !symbol.symbol) defect(first.line, "draft", "officialBadSymbol", { value: c.draft });
  else if (symbol.changed)
    notes.push({
      line: first.line,
      column: "draft",
      resolution: g.label,
      code: "officialSymbolNormalized",
      values: { value: c.draft, stored: symbol.symbol! },
    });

  const meeting = normalizeMeeting(c.meeting);
  if (c.meeting !== "" && !meeting.record) defect(first.line, "meeting", "officialBadMeeting", { value: c.meeting });
  else if (meeting.changed)
    notes.push({
      line: first.line,
      column: "meeting",
      resolution: g.label,
      code: "officialMeetingNormalized",
      values: { value: c.meeting, stored: meeting.record! },
    });

  const withoutVote = /^without vote$/i.test(c.modality);
  if (!withoutVote && !/^vote$/i.test(c.modality)) defect(first.line, "modality", "officialBadModality", { value: c.modality });

  let stated: StatedTally | null = {} as StatedTally;
  for (const [k, col] of Object.entries(TOTALS) as [keyof StatedTally, OfficialColumn][]) {
    const v = c[col];
    if (!/^\d{1,2}$/.test(v)) {
      defect(first.line, col, "officialBadNumber", { value: v });
      stated = null;
    } else if (stated) stated[k] = Number(v);
  }

  const votes: Record<string, VoteCast> = {};
  const memberLines: Record<string, number> = {};
  for (const row of g.rows) {
    const code = row.cells.ms_code.toUpperCase();
    const vote = row.cells.ms_vote.toUpperCase();
    // permanent_member is not read: the seat records decide who is permanent (the file has wrong flags).
    if (!MEMBER_CODE.test(code)) defect(row.line, "ms_code", "officialBadMember", { value: row.cells.ms_code });
    else if (code in votes) defect(row.line, "ms_code", "officialDuplicateMember", { member: code, line: memberLines[code]! });
    if (!CASTS.has(vote)) defect(row.line, "ms_vote", "officialBadVote", { value: row.cells.ms_vote });
    if (MEMBER_CODE.test(code) && !(code in votes) && CASTS.has(vote)) {
      votes[code] = vote as VoteCast;
      memberLines[code] = row.line;
    }
  }

  // The rows must give the file's own totals; where they do not (2812), neither can be trusted.
  const rows = countVotes(votes);
  const sound = defects.length === 0;
  if (sound && stated) {
    const members = g.rows.length;
    const agree =
      rows.yes === stated.yes && rows.no === stated.no && rows.abstain === stated.abstain && rows.nonVoting === stated.nonVoting && members === stated.members;
    if (!agree)
      defect(first.line, "total_yes", "officialTotalsDisagree", {
        rows: formatTally(rows) + (members === stated.members ? "" : `, ${members} rows`),
        stated: formatTally(stated) + (members === stated.members ? "" : `, ${stated.members} members`),
      });
  }
  if (withoutVote && rows.yes + rows.no + rows.abstain > 0) defect(first.line, "ms_vote", "officialWithoutVoteVotes");

  const noRollCall = !withoutVote && g.rows.length > 0 && rows.nonVoting === g.rows.length;
  const year = g.year ?? Number(votedOn.slice(0, 4));
  return {
    key,
    ref: g.number !== null ? resolutionSymbol(g.number, year) : g.label,
    label: g.label,
    resolutionNumber: g.number,
    firstLine: first.line,
    lastLine: g.rows.at(-1)!.line,
    votedOn,
    symbol: symbol.symbol,
    meetingRecord: meeting.record,
    modality: withoutVote ? "WITHOUT_VOTE" : noRollCall ? "NO_ROLL_CALL" : "RECORDED_VOTE",
    votes: withoutVote || noRollCall ? {} : votes,
    memberLines,
    // "Without Vote" rows give 0-0-0 and every member not voting: that describes no vote, not fifteen absences.
    stated: withoutVote ? null : stated,
    title: c.description,
    agendaItem: c.agenda,
    subjects: c.subjects,
    undlId: c.undl_id || null,
    undlLink: /^https?:\/\//.test(c.undl_link) ? c.undl_link : null,
    defects,
  };
}
