import type { HistoryBucket, HistoryView } from "@/lib/validations/vetoes";
import type { VetoCount } from "@/lib/council/rules";

// Where a click on the veto-history chart leads: a bar segment opens the vetoed drafts of that
// member in that year or decade; a legend entry opens the member's veto list. ROC and PRC share
// the record code CHN, so their links carry the years of their tenure instead.

export interface HolderSpan {
  id: string;
  code: string;
  nameEn: string;
  nameTh: string;
  fromYear: number;
  toYear: number | null;
}

export interface YearSpan {
  from?: number;
  to?: number;
  /** Which vetoes the dashboard counts; links carry it on (drafts only: the drafts of kind "draft"). */
  count?: VetoCount;
}

const countParam = (count: VetoCount | undefined) => (count && count !== "library" ? count : undefined);

function query(params: Record<string, string | number | undefined>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : "";
}

/** The part of a holder's tenure inside [from, to] (open ends allowed), or null if none. */
export function overlap(h: Pick<HolderSpan, "fromYear" | "toYear">, span: YearSpan): { from: number; to: number | undefined } | null {
  const from = Math.max(h.fromYear, span.from ?? h.fromYear);
  const ends = [h.toYear, span.to].filter((y): y is number => y !== null && y !== undefined);
  const to = ends.length ? Math.min(...ends) : undefined;
  if (to !== undefined && to < from) return null;
  return { from, to };
}

/** Whether the holder's years need to be spelled out (another holder shares its record code). */
function sharesCode(h: HolderSpan, all: readonly HolderSpan[]): boolean {
  return all.some((o) => o.id !== h.id && o.code === h.code);
}

/**
 * /resolutions link for one bar segment: the drafts vetoed by the series' state in the period.
 * `codes` are the record codes that cast the segment's vetoes (from the query). Years are the
 * period clipped to the holder's tenure, so a PRC segment in the 1970s starts in 1971.
 */
export function segmentHref(input: { holders: readonly HolderSpan[]; codes: readonly string[]; period: number; by: HistoryBucket; count?: VetoCount }): string {
  const span = { from: input.period, to: input.by === "decade" ? input.period + 9 : input.period };
  const kind = input.count === "drafts" ? "draft" : undefined;
  const codes = [...new Set(input.codes)];
  if (codes.length !== 1) return `/resolutions${query({ outcome: "vetoed", ...span, kind })}`;
  const [code] = codes;
  let from: number | undefined;
  let to: number | undefined;
  for (const h of input.holders.filter((x) => x.code === code)) {
    const o = overlap(h, span);
    if (!o) continue;
    from = from === undefined ? o.from : Math.min(from, o.from);
    to = Math.max(to ?? 0, o.to ?? span.to);
  }
  return `/resolutions${query({ vetoedBy: code, outcome: "vetoed", from: from ?? span.from, to: to ?? span.to, kind })}`;
}

export interface LegendLink {
  label: { nameEn: string; nameTh: string };
  href: string;
}

/**
 * /vetoes links for a legend entry: one per record code in the series (the Soviet/Russian seat
 * has two, SUN and RUS), limited to the selected years; a holder that shares its code (ROC,
 * PRC) gets its tenure as the year range.
 */
export function legendLinks(holders: readonly HolderSpan[], allHolders: readonly HolderSpan[], period: YearSpan): LegendLink[] {
  const byCode = new Map<string, HolderSpan[]>();
  for (const h of holders) byCode.set(h.code, [...(byCode.get(h.code) ?? []), h]);
  const links: LegendLink[] = [];
  for (const [code, hs] of byCode) {
    const first = hs[0]!;
    const tenure = {
      fromYear: Math.min(...hs.map((x) => x.fromYear)),
      toYear: hs.some((x) => x.toYear === null) ? null : Math.max(...hs.map((x) => x.toYear ?? 0)),
    };
    const inPeriod = overlap(tenure, period);
    if (!inPeriod) continue; // no seat in the selected years
    const span = hs.length === 1 && sharesCode(first, allHolders) ? inPeriod : period;
    links.push({ label: first, href: `/vetoes${query({ vetoedBy: code, from: span.from, to: span.to, count: countParam(period.count) })}` });
  }
  return links;
}

/** Query for a dashboard link that keeps the period and the chart's view (defaults left out). */
export function dashboardQuery(state: YearSpan & { view?: HistoryView; by?: HistoryBucket }): Record<string, string> {
  const q: Record<string, string> = {};
  if (state.from !== undefined) q.from = String(state.from);
  if (state.to !== undefined) q.to = String(state.to);
  if (state.view && state.view !== "state") q.view = state.view;
  if (state.by && state.by !== "year") q.by = state.by;
  const count = countParam(state.count);
  if (count) q.count = count;
  return q;
}
