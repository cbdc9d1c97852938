// Reader for the UN Dag Hammarskjöld Library's "Meetings & Outcomes" tables (data/dhl-meetings/,
// see data/SOURCES.md). Pure: HTML text in, rows and problems out; no database, no file system.
//
// The markup differs from year to year (4, 5 or 7 columns; rowspans; `</br>`; links around
// paragraphs; continuation rows with empty cells), so columns are found by their header text (or,
// failing that, by what the cells hold), and each outcome cell is read as running text rather than by
// its line breaks. Whatever cannot be read is returned as a DhlProblem, never dropped.

import { load, type CheerioAPI } from "cheerio";
import type { Element } from "domhandler";

// ---------------------------------------------------------------------------------------------
// The exported API

/** Yes-no-abstain as the Library states it (a member not participating is in none of the three). */
export interface DhlTally {
  yes: number;
  no: number;
  abstain: number;
}

export type DhlOutcome =
  | {
      kind: "resolution";
      number: number;
      year: number;
      tally: DhlTally | null;
      withoutVote: boolean;
      raw: string;
      /** The Library's wording when it gives no tally: "adopted unanimously" / "adopted by consensus". */
      adoptedAs?: "unanimously" | "by consensus";
      /** A parenthesized remark after the tally, e.g. "(1 absent)". */
      note?: string;
    }
  | {
      kind: "vetoed";
      symbol: string | null;
      /** Member codes: USA, GBR, FRA, CHN, SUN, RUS. */
      vetoedBy: string[];
      tally: DhlTally | null;
      raw: string;
      /** The meeting record the Library names instead of a symbol (early drafts had none): "S/PV.57". */
      record?: string;
      /** Further drafts named in the same outcome ("S/1076 and S/1077 not adopted"). */
      otherSymbols?: string[];
      /** The draft was put to the vote as amended ("(as amended)", "incorporating amendment …"). */
      amended?: boolean;
      /** The vote was on an amendment ("Amendment S/… not adopted"), not on a draft resolution. */
      amendment?: boolean;
      note?: string;
    }
  | {
      kind: "not-adopted";
      symbol: string | null;
      tally: DhlTally | null;
      raw: string;
      record?: string;
      otherSymbols?: string[];
      amended?: boolean;
      amendment?: boolean;
      note?: string;
    }
  | { kind: "other"; raw: string };

export interface DhlMeetingRow {
  /** File name, e.g. "scact1973_table_en.html". */
  file: string;
  /** 1-based index of the data row within the file (stable: used as the evidence row id). */
  row: number;
  /** "S/PV.1760" (no "(OR)", no spaces); null if the cell has none. */
  meeting: string | null;
  /** What the meeting cell says besides the record: "(Resumption 1)", "(closed)", "+Corr.1". */
  meetingNote: string | null;
  /** A decision taken without a meeting (2020–2021 tables with letter columns, no S/PV record). */
  writtenProcedure: boolean;
  /** Letter symbols (S/2020/…) in the letter columns, procedure letter first; [] elsewhere. */
  letters: string[];
  /** ISO yyyy-mm-dd; the year is the file's unless the cell gives one. First day of "14-15 October". */
  date: string | null;
  /** ["SC/12189"], upper case; [] when none. */
  pressReleases: string[];
  /** The topic cell's text, whitespace collapsed. */
  agenda: string;
  /** One per outcome in the cell, in order; [] for "--". */
  outcomes: DhlOutcome[];
  /** The topic cell split at its line breaks (a cell may list several agenda items). */
  agendaItems?: string[];
  /** Last day when the date cell spans days ("14-15 October", "22/23 November"). */
  endDate?: string;
  /** The row shares the meeting of the row above (a rowspan, or empty meeting and date cells). */
  continued?: boolean;
  /** "Letter with Vote Procedure / Briefings" column. */
  procedureLetters?: string[];
  /** "Letter with Vote Outcome" column. */
  outcomeLetters?: string[];
}

export interface DhlProblem {
  file: string;
  /** Data row (as in DhlMeetingRow.row / DhlVetoRow.row); 0 for the file as a whole. */
  row: number;
  cell: string;
  value: string;
  expected: string;
}

export interface DhlVetoRow {
  file: string;
  row: number;
  date: string | null;
  /** Draft symbol, "and Corr.1" and "(as amended)" left out; null when the Library names a record. */
  draft: string | null;
  meeting: string | null;
  agenda: string;
  /** Member codes, in the Library's order. */
  members: string[];
  /** The members cell as written, one line per line break. */
  rawMembers: string;
  endDate?: string;
  /** The meeting record named in the draft column for drafts without a symbol ("S/PV.45"). */
  draftRecord?: string;
  amended?: boolean;
  /** Letters in the written-record column (2020 written procedure) instead of a meeting record. */
  letters?: string[];
}

/** Year tables: scact1946_table_en.html … scact2022_table_en.html and scact2020_covid_table_en.html. */
export function isDhlYearTable(fileName: string): boolean {
  return YEAR_FILE.test(baseName(fileName));
}

// ---------------------------------------------------------------------------------------------
// Members

/** Names the Library uses for the permanent members, lower case, "the" left off. */
const MEMBER_NAMES: Record<string, string> = {
  usa: "USA",
  us: "USA",
  "u.s.": "USA",
  "united states": "USA",
  "united states of america": "USA",
  uk: "GBR",
  "u.k.": "GBR",
  "united kingdom": "GBR",
  "united kingdom of great britain and northern ireland": "GBR",
  france: "FRA",
  china: "CHN",
  "republic of china": "CHN",
  "people's republic of china": "CHN",
  ussr: "SUN",
  "soviet union": "SUN",
  "union of soviet socialist republics": "SUN",
  "russian federation": "RUS",
  russia: "RUS",
};

/** The Russian Federation took the USSR's seat on 24 December 1991. */
const RUSSIA_FROM = "1991-12-24";
const memberOnDate = (date: string | null) =>
  `the member's name on ${date} (USSR before, Russian Federation from ${RUSSIA_FROM})`;

function readMembers(
  text: string,
  date: string | null,
): { codes: string[]; unknown: string[]; misdated: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  const misdated: string[] = [];
  for (const part of text.split(/\s*(?:,|;|&|\n|\band\b)\s*/i)) {
    const name = part.trim().replace(/^the\s+/i, "").replace(/\s+/g, " ");
    if (name === "") continue;
    const code = MEMBER_NAMES[name.toLowerCase()];
    if (!code) {
      unknown.push(part.trim());
      continue;
    }
    if (date && ((code === "SUN" && date >= RUSSIA_FROM) || (code === "RUS" && date < RUSSIA_FROM))) {
      misdated.push(name);
    }
    if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown, misdated };
}

// ---------------------------------------------------------------------------------------------
// Cells and layout

const YEAR_FILE = /^scact(\d{4})(?:_covid)?_table_en\.html?$/i;
const BREAK = "\u0001";

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

/** A cell's text split at its line breaks (<br>, `</br>`, paragraphs), each line whitespace-collapsed. */
function cellLines($: CheerioAPI, el: Element | undefined): string[] {
  if (!el) return [];
  const c = $(el).clone();
  c.find("br").replaceWith(BREAK);
  c.find("p, div, li").prepend(BREAK).append(BREAK);
  return c
    .text()
    .split(BREAK)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s !== "");
}

interface GridRow {
  cells: (Element | undefined)[];
  /** Per column: the cell comes from a rowspan above. */
  spanned: boolean[];
  /** Cells written in this <tr> (not spanned). */
  own: Element[];
}

/** The table's rows with rowspans and colspans laid out, so column n is column n in every row. */
function readGrid($: CheerioAPI, table: Element): GridRow[] {
  const rows: GridRow[] = [];
  let pending: { el: Element; left: number }[] = []; // by column
  const trs = $(table)
    .find("tr")
    .toArray()
    .filter((tr) => $(tr).closest("table").get(0) === table);
  for (const tr of trs) {
    const own = $(tr).children("td, th").toArray();
    const cells: (Element | undefined)[] = [];
    const spanned: boolean[] = [];
    const next: { el: Element; left: number }[] = [];
    let col = 0;
    const takeSpanned = () => {
      for (let p = pending[col]; p && p.left > 0; p = pending[col]) {
        cells[col] = p.el;
        spanned[col] = true;
        if (p.left > 1) next[col] = { el: p.el, left: p.left - 1 };
        col++;
      }
    };
    for (const el of own) {
      takeSpanned();
      const colspan = Math.max(1, Number($(el).attr("colspan")) || 1);
      const rowspan = Math.max(1, Number($(el).attr("rowspan")) || 1);
      for (let k = 0; k < colspan; k++) {
        cells[col] = el;
        spanned[col] = false;
        if (rowspan > 1) next[col] = { el, left: rowspan - 1 };
        col++;
      }
    }
    // Spanned cells after the last written one (only when the <tr> has any cells of its own).
    if (own.length > 0) while (col < pending.length) if (pending[col]) takeSpanned(); else col++;
    pending = own.length > 0 ? next : pending;
    rows.push({ cells, spanned, own });
  }
  return rows;
}

interface Layout<R extends string> {
  columns: Partial<Record<R, number>>;
  /** Index in the grid of the first data row. */
  firstData: number;
  byContent: boolean;
}

/** Columns from the header row: the first row whose cells name the required columns. */
function layoutFromHeader<R extends string>(
  $: CheerioAPI,
  grid: GridRow[],
  headers: [R, RegExp][],
  required: R[],
): Layout<R> | null {
  for (let i = 0; i < grid.length; i++) {
    const row = grid[i]!;
    const columns: Partial<Record<R, number>> = {};
    row.cells.forEach((el, col) => {
      if (!el || row.spanned[col]) return;
      const text = cellLines($, el).join(" ");
      const role = headers.find(([r, re]) => columns[r] === undefined && re.test(text))?.[0];
      if (role !== undefined) columns[role] = col;
    });
    if (required.every((r) => columns[r] !== undefined)) return { columns, firstData: i + 1, byContent: false };
  }
  return null;
}

/**
 * Columns from what the cells hold, for a table without header text: a column is the meeting
 * column when most of its cells look like meeting records, and so on; the remaining column with the
 * most text is the topic.
 */
function layoutFromContent<R extends string>(
  $: CheerioAPI,
  grid: GridRow[],
  byContent: [R, RegExp][],
  required: R[],
  longText: R,
): Layout<R> | null {
  const width = Math.max(0, ...grid.map((r) => r.cells.length));
  const data = grid.filter((r) => r.own.length >= Math.min(3, width));
  if (data.length === 0) return null;
  const text = (r: GridRow, col: number) => cellLines($, r.cells[col]).join(" ");
  const columns: Partial<Record<R, number>> = {};
  const taken = new Set<number>();
  const take = (role: R, col: number) => {
    columns[role] = col;
    taken.add(col);
  };
  for (const [role, re] of byContent) {
    let best = -1;
    let bestShare = 0.5;
    for (let col = 0; col < width; col++) {
      if (taken.has(col)) continue;
      const share = data.filter((r) => re.test(text(r, col))).length / data.length;
      if (share > bestShare) [best, bestShare] = [col, share];
    }
    if (best >= 0) take(role, best);
  }
  let best = -1;
  let bestLength = 0;
  for (let col = 0; col < width; col++) {
    if (taken.has(col)) continue;
    const length = data.reduce((n, r) => n + text(r, col).length, 0);
    if (length > bestLength) [best, bestLength] = [col, length];
  }
  if (best >= 0) take(longText, best);
  return required.every((r) => columns[r] !== undefined) ? { columns, firstData: 0, byContent: true } : null;
}

/** Rows that hold data: not empty, not a note spanning the table ("Document links will work …"). */
function isDataRow($: CheerioAPI, row: GridRow, width: number): boolean {
  if (row.own.length === 0) return false;
  if (row.own.length === 1 && (Number($(row.own[0]).attr("colspan")) || 1) >= Math.max(2, width - 1)) return false;
  return true;
}

/** The table whose header names the columns, else the largest table, its columns found by content. */
function findTable<R extends string>(
  $: CheerioAPI,
  headers: [R, RegExp][],
  required: R[],
  byContent: [R, RegExp][],
  longText: R,
): { grid: GridRow[]; layout: Layout<R> } | null {
  const grids = $("table")
    .toArray()
    .map((t) => readGrid($, t));
  for (const grid of grids) {
    const layout = layoutFromHeader($, grid, headers, required);
    if (layout) return { grid, layout };
  }
  const largest = grids.reduce<GridRow[] | null>((a, g) => (a === null || g.length > a.length ? g : a), null);
  const layout = largest && layoutFromContent($, largest, byContent, required, longText);
  return largest && layout ? { grid: largest, layout } : null;
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return null;
  const i = MONTHS.findIndex((m) => m === w || (m.startsWith(w) && (w.length === 3 || w === "sept")));
  return i < 0 ? null : i + 1;
}

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "15 December", "15 Sep.", "14-15 October", "22/23 November", "29 + 30 March", "3-4 December 1960". */
const DATE = /^(\d{1,2})(?:\s*(?:-|\/|\+|and)\s*(\d{1,2}))?\s+([A-Za-z]+\.?)(?:\s+(\d+))?$/;

function readDate(
  text: string,
  fileYear: number | null,
): { date: string | null; endDate?: string; expected?: string } {
  const m = DATE.exec(text);
  const expected = fileYear === null ? "a date such as 15 December 1973" : "a date such as 15 December";
  if (!m) return { date: null, expected };
  const month = monthNumber(m[3]!);
  if (month === null) return { date: null, expected: "an English month name" };
  if (m[4] !== undefined && m[4].length !== 4) return { date: null, expected: "a four-digit year" };
  const year = m[4] !== undefined ? Number(m[4]) : fileYear;
  if (year === null) return { date: null, expected };
  const date = isoDate(year, month, Number(m[1]));
  if (date === null) return { date: null, expected: "a day that exists in that month" };
  if (m[2] === undefined) return { date };
  const endDate = isoDate(year, month, Number(m[2]));
  if (endDate === null || endDate <= date) return { date, expected: "a later day that exists in that month" };
  return { date, endDate };
}

// ---------------------------------------------------------------------------------------------
// Symbols

const MEETING_RECORD = /S\s*\/\s*PV\s*\.?\s*(\d+)/gi;
/** A draft symbol (S/10931/Rev.1, S/2018/520) or a meeting record naming a draft (S/PV.57). */
const DOCUMENT = /S\s*\/\s*(?:PV\s*\.\s*(\d+)|(\d{4}\s*\/\s*\d+|\d+)((?:\s*\/\s*(?:Rev|Add|Corr)\s*\.\s*\d+)*))/gi;
const LETTER = /S\s*\/\s*\d{4}\s*\/\s*\d+/gi;

const compact = (s: string) => s.replace(/\s+/g, "");

interface DraftNames {
  symbol: string | null;
  record?: string;
  otherSymbols: string[];
}

/** The draft a text names: its first symbol, or the record it was moved in; symbols in parentheses
 * after the first (amendments, documents cited) are not further drafts. */
function readDraftNames(text: string): DraftNames {
  let symbol: string | null = null;
  let record: string | undefined;
  const otherSymbols: string[] = [];
  for (const m of text.matchAll(DOCUMENT)) {
    if (m[1] !== undefined) {
      record ??= `S/PV.${m[1]}`;
      continue;
    }
    const s = `S/${compact(m[2]!)}${compact(m[3] ?? "")}`;
    const before = text.slice(0, m.index);
    const depth = (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
    if (symbol === null) symbol = s;
    else if (depth <= 0 && s !== symbol && !otherSymbols.includes(s)) otherSymbols.push(s);
  }
  return { symbol, ...(symbol === null && record ? { record } : {}), otherSymbols };
}

// ---------------------------------------------------------------------------------------------
// Outcome cells

/**
 * What an outcome cell says, found in its running text (line breaks are not reliable separators:
 * "Draft resolution S/9696 and<br>Corr.1 and<br>Corr.2 vetoed by UK and USA", "15-0-0S/PRST/2002/37").
 * A tally or the words "without vote" belong to the resolution or draft just before them.
 */
const ANCHOR = new RegExp(
  [
    String.raw`(?<res>S\s*\/\s*RES\s*\/\s*(?<resNumber>\d+)\s*\(\s*(?<resYear>\d{4})\s*\))`,
    // "vetoed by" takes the names up to the tally, the next symbol or draft, or the end.
    String.raw`(?<verdict>not\s+adopted|vetoed\s+by\s+(?<by>[A-Za-z'.,&\s]+?)` +
      String.raw`(?=\s*(?:\d|S\s*\/|Draft\b|Power\b|[^A-Za-z'.,&\s]|$)))`,
    // S/PRST/1994/82; before 1994 a statement had a document symbol: "S/11229 (PRST)", "S/PV.1603 (PRST)".
    String.raw`(?<prst>S\s*\/\s*PRST\s*\/\s*\d{4}\s*\/\s*\d+` +
      String.raw`|S\s*\/\s*(?:PV\s*\.\s*)?\d+\s*\(\s*PRST\s*\)(?:\s*and\s+Corr\.\s*\d+)?|\bPRST\b(?:\s+unnumbered)?)`,
    String.raw`(?<tally>(?<![\d/.\-])\d{1,2}\s*-\s*\d{1,2}\s*-\s*\d{1,2}(?![\d\-]))`,
    String.raw`(?<wording>without\s+(?:a\s+)?vote|adopted\s+unanimously|adopted\s+by\s+consensus)`,
  ].join("|"),
  "gi",
);
/** Where a draft's own text starts within the text before its verdict. */
const DRAFT_START = /(?:Power\s+Four\s+)?draft\s+resolutions?|amendments?\b|S\s*\/\s*(?:PV\s*\.\s*)?\d|\(\s*S\s*\//i;
/** Text between outcomes that joins them and says nothing itself. */
const CONNECTOR = /^(?:\s|\+|&|,|;|\band\b|--|–)*$/i;
/** Words that show a text is about a vote, so it must not pass as an "other" outcome unremarked. */
const VOTE_WORDS = /\bvot|\bveto|\badopt|\d+\s*-\s*\d+/i;

type Built = DhlOutcome & { start: number; end: number };
/** An outcome a tally, "without vote" or a note can belong to. */
type VoteItem = Exclude<Built, { kind: "other" }>;

interface CellIssue {
  value: string;
  expected: string;
}

function councilSize(year: number): number {
  return year >= 1966 ? 15 : 11; // enlarged from 11 to 15 members on 1 January 1966
}

function readOutcomeCell(text: string, date: string | null, year: number | null): {
  outcomes: DhlOutcome[];
  issues: CellIssue[];
} {
  const items: Built[] = [];
  const issues: CellIssue[] = [];
  let cursor = 0;
  /** The resolution or draft a following tally / wording / note belongs to. */
  let last: VoteItem | null = null;

  const other = (start: number, end: number) => {
    const raw = text.slice(start, end).trim();
    items.push({ kind: "other", raw, start, end });
    last = null;
    if (VOTE_WORDS.test(raw)) {
      issues.push({ value: raw, expected: "a resolution, a vetoed or not adopted draft, or a tally" });
    }
  };
  /** Text between two anchors: a joiner, a note on the outcome before it, or an outcome of its own. */
  const gap = (start: number, end: number) => {
    const g = text.slice(start, end);
    if (CONNECTOR.test(g)) return;
    const trimmed = g.replace(/^(?:\s|\+|&|,|;|\band\b|--)+|(?:\s|\+|&|,|;|\band\b|--)+$/gi, "");
    const s = start + g.indexOf(trimmed);
    const target: VoteItem | null = last;
    if (target && /^\([^()]*\)$/.test(trimmed)) {
      target.end = s + trimmed.length;
      target.note = trimmed;
      return;
    }
    other(s, s + trimmed.length);
  };

  for (const m of text.matchAll(ANCHOR)) {
    const at = m.index;
    const g = m.groups!;
    const end = at + m[0].length;
    if (g.res !== undefined) {
      gap(cursor, at);
      const item: Built = {
        kind: "resolution",
        number: Number(g.resNumber),
        year: Number(g.resYear),
        tally: null,
        withoutVote: false,
        raw: "",
        start: at,
        end,
      };
      items.push(item);
      last = item;
    } else if (g.verdict !== undefined) {
      const before = text.slice(cursor, at);
      const startIn = before.search(DRAFT_START);
      const draftStart = cursor + (startIn < 0 ? 0 : startIn);
      if (startIn > 0) gap(cursor, draftStart);
      const draftText = text.slice(draftStart, at);
      const names = readDraftNames(draftText);
      const extra = {
        ...(names.record ? { record: names.record } : {}),
        ...(names.otherSymbols.length ? { otherSymbols: names.otherSymbols } : {}),
        ...(/^amendment/i.test(draftText) ? { amendment: true } : /amend/i.test(draftText) ? { amended: true } : {}),
      };
      if (names.symbol === null && !names.record) {
        issues.push({ value: text.slice(draftStart, end).trim(), expected: "a draft symbol (S/…) or meeting record" });
      }
      let item: VoteItem;
      if (g.by !== undefined) {
        const { codes, unknown, misdated } = readMembers(g.by, date);
        for (const u of unknown) issues.push({ value: u, expected: "a permanent member's name (vetoed by …)" });
        for (const u of misdated) issues.push({ value: u, expected: memberOnDate(date) });
        item = { kind: "vetoed", symbol: names.symbol, vetoedBy: codes, tally: null, raw: "", ...extra, start: draftStart, end };
      } else {
        item = { kind: "not-adopted", symbol: names.symbol, tally: null, raw: "", ...extra, start: draftStart, end };
      }
      items.push(item);
      last = item;
    } else if (g.prst !== undefined) {
      gap(cursor, at);
      items.push({ kind: "other", raw: "", start: at, end });
      last = null;
    } else if (g.tally !== undefined) {
      const between = text.slice(cursor, at);
      const [yes, no, abstain] = m[0].split("-").map((n) => Number(n.trim())) as [number, number, number];
      const target: VoteItem | null = last;
      const open =
        target !== null &&
        target.tally === null &&
        !(target.kind === "resolution" && (target.withoutVote || target.adoptedAs !== undefined));
      if (target && open && /^\s*$/.test(between)) {
        target.tally = { yes, no, abstain };
        target.end = end;
      } else {
        gap(cursor, at);
        items.push({ kind: "other", raw: "", start: at, end });
        last = null;
        issues.push({ value: m[0], expected: "a tally right after the resolution or draft it belongs to" });
      }
    } else if (g.wording !== undefined) {
      const target: VoteItem | null = last;
      const wording = m[0].toLowerCase().replace(/\s+/g, " ");
      const open =
        target?.kind === "resolution" && target.tally === null && !target.withoutVote && target.adoptedAs === undefined;
      if (target?.kind === "resolution" && open && /^\s*$/.test(text.slice(cursor, at))) {
        if (wording.startsWith("without")) target.withoutVote = true;
        else target.adoptedAs = wording.endsWith("consensus") ? "by consensus" : "unanimously";
        target.end = end;
      } else {
        gap(cursor, at);
        items.push({ kind: "other", raw: "", start: at, end });
        last = null;
        issues.push({ value: m[0], expected: `"${m[0]}" right after the resolution it describes` });
      }
    }
    cursor = end;
  }
  gap(cursor, text.length);

  const outcomes = items.map(({ start, end, ...o }) => ({ ...o, raw: text.slice(start, end).trim() }) as DhlOutcome);
  if (year !== null) for (const o of outcomes) issues.push(...checkOutcome(o, year));
  return { outcomes, issues };
}

/** Tallies that cannot be what the Library meant (they are reported, and kept as stated). */
function checkOutcome(o: DhlOutcome, year: number): CellIssue[] {
  if (o.kind === "other") return [];
  const issues: CellIssue[] = [];
  const size = councilSize(year);
  const majority = size === 15 ? 9 : 7;
  if (o.kind === "resolution" && o.year !== year) {
    issues.push({ value: o.raw, expected: `a resolution of ${year}, the year of the meeting` });
  }
  const t = o.tally;
  if (!t) return issues;
  const tally = `${t.yes}-${t.no}-${t.abstain}`;
  if (t.yes + t.no + t.abstain > size) {
    issues.push({ value: o.raw, expected: `a tally of at most ${size} votes (${tally} has ${t.yes + t.no + t.abstain})` });
  } else if (o.kind === "resolution" && t.yes < majority) {
    issues.push({ value: o.raw, expected: `at least ${majority} votes in favour of an adopted resolution (${tally})` });
  } else if (o.kind === "vetoed" && t.no < o.vetoedBy.length) {
    const by = o.vetoedBy.join(", ");
    issues.push({ value: o.raw, expected: `at least ${o.vetoedBy.length} negative vote(s) for a veto by ${by} (${tally})` });
  } else if (o.kind === "vetoed" && t.yes < majority) {
    // Without the votes to pass, a permanent member's "no" is not a veto (S/10768, 1972: 3-3-9).
    issues.push({ value: o.raw, expected: `at least ${majority} votes in favour for a veto to decide the vote (${tally})` });
  } else if (o.kind === "not-adopted" && t.yes >= majority && t.no === 0) {
    // Enough votes and no negative one: the draft should have passed.
    issues.push({ value: o.raw, expected: `fewer than ${majority} in favour, or a negative vote, for a draft not adopted (${tally})` });
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Year tables

type YearColumn =
  | "meeting"
  | "date"
  | "press"
  | "recording"
  | "agenda"
  | "procedureLetters"
  | "outcomeLetters"
  | "outcome";

const YEAR_HEADERS: [YearColumn, RegExp][] = [
  ["procedureLetters", /letter.*procedure/i],
  ["outcomeLetters", /letter.*outcome/i],
  ["recording", /recording|webcast/i],
  ["meeting", /meeting|record/i],
  ["date", /^date/i],
  ["press", /press/i],
  ["agenda", /topic|agenda|subject/i],
  ["outcome", /outcome|vote|action/i],
];
const YEAR_CONTENT: [YearColumn, RegExp][] = [
  ["meeting", /^(?:S\s*\/\s*PV|--$)/i],
  ["date", /^\d{1,2}(?:\s*[-/+]\s*\d{1,2})?\s+[A-Za-z]{3}/],
  ["press", /^(?:SC\s*\/|None issued)/i],
  ["outcome", /^(?:--$|S\s*\/\s*RES|S\s*\/\s*PRST|Draft resolution|Communiqu)/i],
];

/** Press release cells: "SC/12189", "SC/6303+Corr.1", "SG/2030-SC/6292", "None issued", "--". */
function readPressReleases(text: string): string[] | null {
  const found = [...text.matchAll(/\b([A-Z]{2,3})\s*\/\s*(\d+)((?:\s*\/\s*Rev\.\s*\d+)?)/gi)].map(
    (m) => `${m[1]!.toUpperCase()}/${m[2]}${compact(m[3] ?? "")}`,
  );
  if (found.length > 0) return [...new Set(found)];
  return text === "" || /^(?:--|none issued|none)$/i.test(text) ? [] : null;
}

function readLetters(text: string): string[] | null {
  const found = [...text.matchAll(LETTER)].map((m) => compact(m[0]));
  if (found.length > 0) return found;
  return text === "" || text === "--" ? [] : null;
}

function fileYear(file: string): number | null {
  const m = YEAR_FILE.exec(baseName(file));
  return m ? Number(m[1]) : null;
}

export function readDhlYearTable(file: string, html: string): { rows: DhlMeetingRow[]; problems: DhlProblem[] } {
  const rows: DhlMeetingRow[] = [];
  const problems: DhlProblem[] = [];
  const problem = (row: number, cell: string, value: string, expected: string) =>
    problems.push({ file, row, cell, value, expected });

  const year = fileYear(file);
  if (year === null) problem(0, "file", file, "a file name such as scact1973_table_en.html (it gives the year)");

  const $ = load(html);
  const found = findTable($, YEAR_HEADERS, ["date", "outcome"], YEAR_CONTENT, "agenda");
  if (!found) {
    problem(0, "table", "", "a table with meeting, date, topic and outcome columns");
    return { rows, problems };
  }
  const { grid, layout } = found;
  const col = layout.columns;
  if (layout.byContent) {
    problem(0, "header", "", "a header row naming the columns (columns were found by their content)");
  }
  const hasLetters = col.procedureLetters !== undefined || col.outcomeLetters !== undefined;
  const width = Math.max(...Object.values(col).map((c) => (c as number) + 1));

  let n = 0;
  let previous: DhlMeetingRow | null = null;
  for (const g of grid.slice(layout.firstData)) {
    if (!isDataRow($, g, width)) continue;
    const row = ++n;
    const lines = (c: YearColumn) => (col[c] === undefined ? [] : cellLines($, g.cells[col[c]!]));
    const text = (c: YearColumn) => lines(c).join(" ");
    const present = (c: YearColumn) => col[c] !== undefined && g.cells[col[c]!] !== undefined;

    for (const c of ["meeting", "date", "agenda", "outcome"] as const) {
      if (col[c] !== undefined && !present(c)) {
        problem(row, c, "", `the ${c} cell (the row has ${g.own.length} cells for ${width} columns)`);
      }
    }
    // Cells beyond the header's columns (1964: an extra "--" after the outcome).
    for (const el of g.own) {
      if (g.cells.indexOf(el) >= width) problem(row, "row", cellLines($, el).join(" "), `at most ${width} cells`);
    }

    // Meeting and date; empty meeting and date cells continue the meeting above (1948).
    const meetingText = text("meeting");
    const dateText = text("date");
    const spanned = col.meeting !== undefined && g.spanned[col.meeting] === true;
    const continued = spanned || (previous !== null && meetingText === "" && dateText === "" && present("meeting"));

    let meeting: string | null = null;
    let meetingNote: string | null = null;
    let date: string | null = null;
    let endDate: string | undefined;
    if (continued && !spanned && previous) {
      ({ meeting, meetingNote, date, endDate } = previous);
    } else {
      const records = [...meetingText.matchAll(MEETING_RECORD)];
      if (records.length > 0) {
        const first = records[0]!;
        meeting = `S/PV.${first[1]}`;
        const rest = (meetingText.slice(0, first.index) + meetingText.slice(first.index + first[0].length))
          .replace(/\s+/g, " ")
          .trim();
        meetingNote = rest === "" ? null : rest;
        const numbers = new Set(records.map((r) => r[1]));
        if (numbers.size > 1) problem(row, "meeting", meetingText, "one meeting record");
      } else if (meetingText !== "--") {
        problem(row, "meeting", meetingText, 'a meeting record (S/PV.n) or "--"');
      }
      const d = readDate(dateText, year);
      date = d.date;
      endDate = d.endDate;
      if (d.expected) problem(row, "date", dateText, d.expected);
    }

    const pressText = text("press");
    let pressReleases: string[] = [];
    if (col.press !== undefined) {
      if (continued && !spanned && pressText === "" && previous) pressReleases = previous.pressReleases;
      else {
        const p = readPressReleases(pressText);
        if (p === null) problem(row, "pressRelease", pressText, 'a press release symbol (SC/n) or "None issued"');
        pressReleases = p ?? [];
      }
    }

    const letterColumn = (c: "procedureLetters" | "outcomeLetters") => {
      if (col[c] === undefined) return [];
      const t = text(c);
      const l = readLetters(t);
      if (l === null) problem(row, c, t, 'letter symbols (S/yyyy/n) or "--"');
      return l ?? [];
    };
    const procedureLetters = letterColumn("procedureLetters");
    const outcomeLetters = letterColumn("outcomeLetters");

    const agendaItems = lines("agenda");
    const agenda = agendaItems.join(" ");
    if (present("agenda") && agenda === "") problem(row, "agenda", "", "the topic of the meeting");

    const outcomeText = text("outcome");
    let outcomes: DhlOutcome[] = [];
    if (outcomeText !== "--" && outcomeText !== "") {
      const dateYear = date ? Number(date.slice(0, 4)) : year;
      const read = readOutcomeCell(outcomeText, date, dateYear);
      outcomes = read.outcomes;
      for (const i of read.issues) problem(row, "outcome", i.value, i.expected);
    } else if (outcomeText === "" && present("outcome")) {
      problem(row, "outcome", "", 'an outcome, or "--" when there was none');
    }

    const out: DhlMeetingRow = {
      file,
      row,
      meeting,
      meetingNote,
      writtenProcedure: hasLetters && meeting === null,
      letters: [...procedureLetters, ...outcomeLetters],
      date,
      pressReleases,
      agenda,
      outcomes,
      agendaItems,
      ...(endDate ? { endDate } : {}),
      ...(continued ? { continued: true } : {}),
      ...(hasLetters ? { procedureLetters, outcomeLetters } : {}),
    };
    rows.push(out);
    previous = out;
  }
  problems.push(...repeatedVotes(file, rows));
  problems.sort((a, b) => a.row - b.row);
  return { rows, problems };
}

/**
 * A resolution or a draft's vote listed in two rows of one table: a repeated row (S/RES/1996 (2011)),
 * a wrong number (S/RES/663 (1990) twice, one of them 666), or a draft copied into another meeting
 * (S/11400, 1974). Both rows are reported: the table does not say which one is right. A draft listed
 * twice with different tallies was put to the vote twice (S/4733/Rev.1, 1961), which is no problem.
 */
function repeatedVotes(file: string, rows: DhlMeetingRow[]): DhlProblem[] {
  const seen = new Map<string, { row: number; tally: string }[]>();
  for (const r of rows) {
    for (const o of r.outcomes) {
      if (o.kind === "other") continue;
      const key = o.kind === "resolution" ? `S/RES/${o.number} (${o.year})` : o.symbol;
      if (key === null) continue;
      const tally = o.tally ? `${o.tally.yes}-${o.tally.no}-${o.tally.abstain}` : "";
      seen.set(key, [...(seen.get(key) ?? []), { row: r.row, tally }]);
    }
  }
  const problems: DhlProblem[] = [];
  for (const [key, at] of seen) {
    if (at.length < 2) continue;
    const tallies = new Set(at.map((a) => a.tally).filter((t) => t !== ""));
    if (!key.startsWith("S/RES/") && tallies.size > 1) continue;
    for (const { row } of at) {
      const others = [...new Set(at.map((a) => a.row).filter((x) => x !== row))].join(", ");
      const expected = `one row for this vote (it is also in row ${others})`;
      problems.push({ file, row, cell: "outcome", value: key, expected });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The veto list

type VetoColumn = "date" | "draft" | "meeting" | "agenda" | "members";

const VETO_HEADERS: [VetoColumn, RegExp][] = [
  ["members", /negative|permanent|member/i],
  ["date", /^date/i],
  ["draft", /^draft/i],
  ["meeting", /record|meeting/i],
  ["agenda", /agenda|topic|subject/i],
];
const VETO_CONTENT: [VetoColumn, RegExp][] = [
  ["date", /^\d{1,2}(?:\s*[-/+]\s*\d{1,2})?\s+[A-Za-z]{3}[a-z]*\.?\s+\d{2,4}$/],
  ["members", /^(?:USA|UK|France|China|USSR|Russian Federation|United States|United Kingdom)\b/i],
  ["meeting", /^(?:S\s*\/\s*PV|S\s*\/\s*\d{4}\s*\/)/i],
  ["draft", /^S\s*\//i],
];

export function readDhlVetoTable(file: string, html: string): { rows: DhlVetoRow[]; problems: DhlProblem[] } {
  const rows: DhlVetoRow[] = [];
  const problems: DhlProblem[] = [];
  const problem = (row: number, cell: string, value: string, expected: string) =>
    problems.push({ file, row, cell, value, expected });

  const $ = load(html);
  const found = findTable($, VETO_HEADERS, ["date", "draft", "members"], VETO_CONTENT, "agenda");
  if (!found) {
    problem(0, "table", "", "a table with date, draft, record, agenda item and member columns");
    return { rows, problems };
  }
  const { grid, layout } = found;
  const col = layout.columns;
  if (layout.byContent) {
    problem(0, "header", "", "a header row naming the columns (columns were found by their content)");
  }
  const width = Math.max(...Object.values(col).map((c) => (c as number) + 1));

  let n = 0;
  for (const g of grid.slice(layout.firstData)) {
    if (!isDataRow($, g, width)) continue;
    const row = ++n;
    const lines = (c: VetoColumn) => (col[c] === undefined ? [] : cellLines($, g.cells[col[c]!]));
    const text = (c: VetoColumn) => lines(c).join(" ");

    const dateText = text("date");
    const d = readDate(dateText, null);
    if (d.expected) problem(row, "date", dateText, d.expected);

    const draftText = text("draft");
    const names = readDraftNames(draftText);
    if (names.symbol === null && !names.record) problem(row, "draft", draftText, "a draft symbol (S/…) or meeting record");

    const recordText = text("meeting");
    const records = [...recordText.matchAll(MEETING_RECORD)];
    const letters = [...recordText.matchAll(LETTER)].map((m) => compact(m[0]));
    const meeting = records[0] ? `S/PV.${records[0][1]}` : null;
    if (!meeting && letters.length === 0) {
      problem(row, "meeting", recordText, "a meeting record (S/PV.n) or letters (S/yyyy/n)");
    }
    if (new Set(records.map((r) => r[1])).size > 1) problem(row, "meeting", recordText, "one meeting record");

    const memberLines = lines("members");
    const { codes, unknown, misdated } = readMembers(memberLines.join("\n"), d.date);
    for (const u of unknown) problem(row, "members", u, "a permanent member's name");
    for (const u of misdated) problem(row, "members", u, memberOnDate(d.date));
    if (memberLines.length === 0) problem(row, "members", "", "the member(s) casting the negative vote");

    rows.push({
      file,
      row,
      date: d.date,
      draft: names.symbol,
      meeting,
      agenda: text("agenda"),
      members: codes,
      rawMembers: memberLines.join("\n"),
      ...(d.endDate ? { endDate: d.endDate } : {}),
      ...(names.record ? { draftRecord: names.record } : {}),
      ...(/amend/i.test(draftText) ? { amended: true } : {}),
      ...(letters.length > 0 && !meeting ? { letters } : {}),
    });
  }
  return { rows, problems };
}
