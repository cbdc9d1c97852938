import { VETO_FILTER_NAMES } from "@/lib/validations/vetoes";
import { LIST_FILTER_NAMES, parseDraftFilters, type DraftFilters, type FilterName, type FilterNotice } from "@/lib/validations/filters";

// The downloads of the filtered lists: which lists, which formats, their addresses and file names
// (pure; the rows come from lib/exports/lists.ts).

export const EXPORT_LISTS = ["resolutions", "vetoes"] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];
export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** More rows than the record holds at 10x; a list this long is a whole-database export's job. */
export const EXPORT_MAX_ROWS = 50_000;

const FILTERS: Record<ExportList, readonly FilterName[]> = {
  resolutions: LIST_FILTER_NAMES.filter((n) => n !== "page"),
  vetoes: VETO_FILTER_NAMES.filter((n) => n !== "page"),
};

/** The list's filters from a query string, as the list's page reads them (the page number is ignored: all pages). */
export function parseExportFilters(list: ExportList, params: URLSearchParams): { filters: DraftFilters; notices: FilterNotice[] } {
  return parseDraftFilters(params, FILTERS[list]);
}

/** "unsc-vetoes_q-gaza_vetoedBy-USA.csv": the list and its filters (alphabetical), so a saved file says what it holds. */
export function exportFilename(list: ExportList, filters: DraftFilters, format: ExportFormat): string {
  const parts = (Object.keys(filters) as FilterName[])
    .filter((k) => k !== "page" && filters[k] !== undefined)
    .sort()
    .map((k) => `${k}-${String(filters[k])}`);
  const slug = [`unsc-${list}`, ...parts]
    .join("_")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/-+/g, "-")
    .slice(0, 150);
  return `${slug}.${format}`;
}

/** The download's address for a list and its filters (the page number dropped). */
export function exportHref(list: ExportList, filters: DraftFilters, format: ExportFormat, locale = "en"): string {
  const sp = new URLSearchParams();
  for (const name of FILTERS[list]) {
    const v = filters[name];
    if (v !== undefined) sp.set(name, String(v));
  }
  sp.set("format", format);
  if (locale !== "en") sp.set("locale", locale);
  return `/api/exports/${list}?${sp}`;
}
