import { z } from "zod";
import { KINDS_OF_VOTE, VETO_COUNTS } from "@/lib/council/rules";
import { commonEraYear } from "@/lib/years";

// Filters shared by /resolutions, /vetoes, the dashboard links and /api/vetoes. Every filter lives
// in the query string; an invalid value is dropped and reported as a notice, never a crash.

export const MIN_YEAR = 1946;
export const maxYear = () => new Date().getUTCFullYear();

const iso3 = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/);
// Either era (lib/years.ts); the proxy also rewrites a BE year in a page URL to the CE one.
const year = z.coerce.number().int().transform(commonEraYear).pipe(z.number().min(MIN_YEAR).max(2100));

export const FILTER_FIELDS = {
  country: iso3,
  vote: z.enum(["Y", "N", "A", "X"]),
  vetoedBy: iso3,
  topic: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(60),
  from: year,
  to: year,
  outcome: z.enum(["adopted", "vetoed", "failed"]),
  kind: z.enum(KINDS_OF_VOTE),
  // Which vetoes the veto views count (lib/council/rules.ts); absent: the UN Library's rule.
  count: z.enum(VETO_COUNTS),
  q: z.string().trim().min(1).max(200),
  // relevance: the best match first with a search (newest first among equals); without one, newest first.
  sort: z.enum(["relevance", "date-desc", "date-asc", "symbol"]),
  page: z.coerce.number().int().min(1).max(100_000),
} as const;

export type FilterName = keyof typeof FILTER_FIELDS;
export const SORTS = ["relevance", "date-desc", "date-asc", "symbol"] as const;
export type ListSort = (typeof SORTS)[number];

/** The order a list is shown in: by relevance only with a search (the default then), else newest first by default. */
export function effectiveSort(f: { q?: string; sort?: ListSort }): ListSort {
  if (f.q) return f.sort ?? "relevance";
  return !f.sort || f.sort === "relevance" ? "date-desc" : f.sort;
}
/** The filters of the list of drafts: every one but `count`, which only the veto views read. */
export const LIST_FILTER_NAMES = (Object.keys(FILTER_FIELDS) as FilterName[]).filter((n) => n !== "count");
export type DraftFilters = { [K in FilterName]?: z.output<(typeof FILTER_FIELDS)[K]> };

export interface FilterNotice {
  param: string;
  value: string;
  reason: "invalid" | "range" | "needs-country";
}

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function firstValue(params: RawParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

/** Parses the query string into typed filters plus notices for what was ignored. */
export function parseDraftFilters(
  params: RawParams,
  allowed: readonly FilterName[] = LIST_FILTER_NAMES,
): {
  filters: DraftFilters;
  notices: FilterNotice[];
} {
  const filters: Record<string, unknown> = {};
  const notices: FilterNotice[] = [];
  for (const name of allowed) {
    const raw = firstValue(params, name);
    if (raw === undefined || raw === "") continue;
    const parsed = FILTER_FIELDS[name].safeParse(raw);
    if (parsed.success) filters[name] = parsed.data;
    else notices.push({ param: name, value: raw.slice(0, 80), reason: "invalid" });
  }
  const f = filters as DraftFilters;
  if (f.from !== undefined && f.to !== undefined && f.from > f.to) {
    notices.push({ param: "to", value: String(f.to), reason: "range" });
    delete f.to;
  }
  if (f.vote && !f.country) {
    notices.push({ param: "vote", value: f.vote, reason: "needs-country" });
    delete f.vote;
  }
  return { filters: f, notices };
}

/** Serializes filters back to a query string (for links, pagination, the back button). */
export function filtersToSearch(filters: DraftFilters, overrides: Partial<Record<FilterName, string | number | undefined>> = {}): string {
  const merged: Record<string, unknown> = { ...filters, ...overrides };
  const sp = new URLSearchParams();
  for (const name of Object.keys(FILTER_FIELDS)) {
    const v = merged[name];
    if (v !== undefined && v !== null && v !== "") sp.set(name, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : "";
}
