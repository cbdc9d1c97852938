// UN document symbols as the sources write them, and their normalized forms. Normalizing never
// hides anything: callers record a DataIssue whenever the normalized value differs from the source.

/** A draft-resolution symbol: S/2024/255, S/23372, S/7951/Rev.2, S/3188/Corr.1. */
const DRAFT_SYMBOL = /S\/(?:\d{4}\/\d+|\d+)(?:\/(?:Rev|Add|Corr)\.\d+)*/;
const MEETING = /^S\/PV\.?\s*(\d+)(.*)$/;

export interface NormalizedSymbol {
  /** The first draft symbol found, or null when the value names only a meeting record. */
  symbol: string | null;
  /** True when the source value holds more than the symbol (e.g. "S/3710 (as amended)"). */
  changed: boolean;
}

export function normalizeDraftSymbol(raw: string): NormalizedSymbol {
  const value = raw.trim();
  if (value === "" || /^S\/PV/.test(value)) return { symbol: null, changed: false };
  const m = DRAFT_SYMBOL.exec(value);
  if (!m) return { symbol: null, changed: value !== "" };
  return { symbol: m[0], changed: m[0] !== value };
}

export interface NormalizedMeeting {
  record: string | null;
  number: number | null;
  /** True when the source value is a meeting record written differently (e.g. "S/PV9261"). */
  changed: boolean;
}

/** "S/PV.9591" stays; "S/PV9261" → "S/PV.9261"; letters (written procedure) → null. */
export function normalizeMeeting(raw: string): NormalizedMeeting {
  const value = raw.trim();
  const m = MEETING.exec(value);
  if (!m) return { record: null, number: null, changed: false };
  const record = `S/PV.${m[1]}${m[2] ?? ""}`;
  return { record, number: Number(m[1]), changed: record !== value };
}

/** "S/RES/1718(2006)" for resolution 1718 adopted in 2006. */
export function resolutionSymbol(n: number, year: number): string {
  return `S/RES/${n}(${year})`;
}

/** Resolution number from "S/RES/1718(2006)", "2618 (2022)", "2747(2024)" or "2785 (2025". */
export function parseResolutionNumber(raw: string): number | null {
  const m = /(?:S\/RES\/)?\s*(\d+)\s*(?:\(\s*\d{4}\s*\)?)?/.exec(raw.trim());
  return m ? Number(m[1]) : null;
}

/** A resolution label in the source's canonical form? ("S/RES/n(yyyy)" or "n (yyyy)"). */
export function isWellFormedResolutionLabel(raw: string): boolean {
  return /^S\/RES\/\d+\(\d{4}\)$/.test(raw) || /^\d+ \(\d{4}\)$/.test(raw);
}

export function undocsUrl(symbol: string): string {
  return `https://undocs.org/${symbol}`;
}
