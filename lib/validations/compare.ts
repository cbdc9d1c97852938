import { z } from "zod";
import { parseDraftFilters, type DraftFilters, type FilterNotice } from "./filters";

// The query string of /compare: members=RUS,USA,CHN (2 to 4; the form sends one `members` field per
// choice, the links one comma-separated value, both are read), the years, topic and outcome of the
// drafts, `contested` (agreement on contested votes only) and `page` (drafts on which they differed).

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;
export const COMPARE_FILTERS = ["from", "to", "topic", "outcome", "page"] as const;

const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/);

export interface CompareParams {
  /** Distinct member codes in the order given, at most MAX_COMPARED (fewer than MIN_COMPARED: nothing to compare). */
  members: string[];
  filters: Pick<DraftFilters, (typeof COMPARE_FILTERS)[number]>;
  contested: boolean;
  notices: FilterNotice[];
}

type RawParams = Record<string, string | string[] | undefined>;

export function parseCompareParams(params: RawParams): CompareParams {
  const raw = params.members;
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((v) => v.split(",")).filter((v) => v.trim() !== "");
  const notices: FilterNotice[] = [];
  const members: string[] = [];
  for (const v of values) {
    const parsed = code.safeParse(v);
    if (!parsed.success) notices.push({ param: "members", value: v.slice(0, 80), reason: "invalid" });
    else if (!members.includes(parsed.data)) members.push(parsed.data);
  }
  if (members.length > MAX_COMPARED) notices.push({ param: "members", value: members.splice(MAX_COMPARED).join(","), reason: "invalid" });
  const { filters, notices: more } = parseDraftFilters(params, COMPARE_FILTERS);
  return { members, filters, contested: params.contested === "1" || params.contested === "true", notices: [...notices, ...more] };
}

/** The canonical query string of a comparison (links, pagination); `page` 1 is left out. */
export function compareSearch(p: Pick<CompareParams, "members" | "filters" | "contested">, overrides: { page?: number; contested?: boolean } = {}): string {
  const sp = new URLSearchParams();
  if (p.members.length > 0) sp.set("members", p.members.join(","));
  const f = { ...p.filters, page: overrides.page ?? p.filters.page };
  for (const name of COMPARE_FILTERS) {
    const v = f[name];
    if (v !== undefined && !(name === "page" && v === 1)) sp.set(name, String(v));
  }
  if (overrides.contested ?? p.contested) sp.set("contested", "1");
  const s = sp.toString();
  return s ? `?${s}` : "";
}
