// What the Library's cells name, read from their text: permanent members, dates, draft symbols,
// meeting records and letters.
import { isoDate } from "../../../council/rules";

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
export const memberOnDate = (date: string | null) => `the member's name on ${date} (USSR before, Russian Federation from ${RUSSIA_FROM})`;

export function readMembers(text: string, date: string | null): { codes: string[]; unknown: string[]; misdated: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  const misdated: string[] = [];
  for (const part of text.split(/\s*(?:,|;|&|\n|\band\b)\s*/i)) {
    const name = part
      .trim()
      .replace(/^the\s+/i, "")
      .replace(/\s+/g, " ");
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
// Dates

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return null;
  const i = MONTHS.findIndex((m) => m === w || (m.startsWith(w) && (w.length === 3 || w === "sept")));
  return i < 0 ? null : i + 1;
}

/** "15 December", "15 Sep.", "14-15 October", "22/23 November", "29 + 30 March", "3-4 December 1960". */
const DATE = /^(\d{1,2})(?:\s*(?:-|\/|\+|and)\s*(\d{1,2}))?\s+([A-Za-z]+\.?)(?:\s+(\d+))?$/;

export function readDate(text: string, fileYear: number | null): { date: string | null; endDate?: string; expected?: string } {
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

export const MEETING_RECORD = /S\s*\/\s*PV\s*\.?\s*(\d+)/gi;
/** A draft symbol (S/10931/Rev.1, S/2018/520) or a meeting record naming a draft (S/PV.57). */
const DOCUMENT = /S\s*\/\s*(?:PV\s*\.\s*(\d+)|(\d{4}\s*\/\s*\d+|\d+)((?:\s*\/\s*(?:Rev|Add|Corr)\s*\.\s*\d+)*))/gi;
export const LETTER = /S\s*\/\s*\d{4}\s*\/\s*\d+/gi;

export const compact = (s: string) => s.replace(/\s+/g, "");

interface DraftNames {
  symbol: string | null;
  record?: string;
  otherSymbols: string[];
}

/** The draft a text names: its first symbol, or the record it was moved in; symbols in parentheses
 * after the first (amendments, documents cited) are not further drafts. */
export function readDraftNames(text: string): DraftNames {
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
