import { z } from "zod";
import { commonEraYear } from "@/lib/years";
import { FILTER_FIELDS, type FilterNotice } from "./filters";

// Query-string choices that shape a view but do not filter drafts (table sort order, chart
// granularity). Same contract as the draft filters: an invalid value is ignored with a notice.

type RawParams = Record<string, string | string[] | undefined>;

export type SortOrder = "asc" | "desc";

function first(params: RawParams, key: string): string | undefined {
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

/** Reads one enumerated param; falls back (with a notice when it was present but invalid). */
export function parseChoice<T extends string>(params: RawParams, name: string, choices: readonly [T, ...T[]], fallback: T, notices: FilterNotice[]): T {
  const raw = first(params, name);
  if (raw === undefined || raw === "") return fallback;
  const parsed = z.enum(choices).safeParse(raw.trim().toLowerCase());
  if (parsed.success) return parsed.data;
  notices.push({ param: name, value: raw.slice(0, 80), reason: "invalid" });
  return fallback;
}

/**
 * A sortable table's `sort` and `order` params. Each key has a natural direction (names A→Z,
 * counts largest first) used when `order` is absent.
 */
export function parseTableSort<K extends string>(
  params: RawParams,
  defaults: Readonly<Record<K, SortOrder>>,
  fallback: K,
  names: { sort: string; order: string } = { sort: "sort", order: "order" },
): { sort: K; order: SortOrder; notices: FilterNotice[] } {
  const notices: FilterNotice[] = [];
  const keys = Object.keys(defaults) as [K, ...K[]];
  const sort = parseChoice(params, names.sort, keys, fallback, notices);
  const order = parseChoice<SortOrder>(params, names.order, ["asc", "desc"], defaults[sort], notices);
  return { sort, order, notices };
}

/** Reads an optional year param (1946 to 2100, either era: lib/years.ts). */
export function parseYearParam(params: RawParams, name: string, notices: FilterNotice[]): number | undefined {
  const raw = first(params, name);
  if (raw === undefined || raw === "") return undefined;
  const parsed = z.coerce.number().int().transform(commonEraYear).pipe(z.number().min(1946).max(2100)).safeParse(raw.trim());
  if (parsed.success) return parsed.data;
  notices.push({ param: name, value: raw.slice(0, 80), reason: "invalid" });
  return undefined;
}

/** Reads an optional page number param other than the lists' `page` (e.g. `vpage`), with the same bounds. */
export function parsePageParam(params: RawParams, name: string, notices: FilterNotice[]): number | undefined {
  const raw = first(params, name);
  if (raw === undefined || raw === "") return undefined;
  const parsed = FILTER_FIELDS.page.safeParse(raw.trim());
  if (parsed.success) return parsed.data;
  notices.push({ param: name, value: raw.slice(0, 80), reason: "invalid" });
  return undefined;
}

/** Compares two values for a table sort: names by the reader's collation, numbers numerically. */
export function compareValues(a: string | number | null, b: string | number | null, collator: Intl.Collator): number {
  if (a === b) return 0;
  if (a === null) return 1; // missing values last, whichever the order
  if (b === null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

/** Sorts rows by one key in the given order, nulls last, ties broken by `tieBreak` ascending. */
export function sortRows<R>(
  rows: readonly R[],
  value: (row: R) => string | number | null,
  order: SortOrder,
  locale: string,
  tieBreak: (row: R) => string,
): R[] {
  const collator = new Intl.Collator(locale === "th" ? "th" : "en", { sensitivity: "base", numeric: true });
  const dir = order === "asc" ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = value(x);
    const b = value(y);
    if (a === null || b === null) {
      const c = compareValues(a, b, collator);
      if (c !== 0) return c;
    } else {
      const c = compareValues(a, b, collator) * dir;
      if (c !== 0) return c;
    }
    return collator.compare(tieBreak(x), tieBreak(y));
  });
}
