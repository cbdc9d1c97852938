import { LIST_FILTER_NAMES, parseDraftFilters, type FilterName } from "@/lib/validations/filters";
import { parseHistoryView, VETO_FILTER_NAMES } from "@/lib/validations/vetoes";
import { STATIC_ROUTES } from "@/lib/static-routes";

export { publicPathOf } from "@/lib/static-routes";

// The busiest public pages are served from statically rendered copies: readers arrive in waves
// when a veto makes the news, and rendering a large page per request caps a 2-core server at a few
// dozen requests a second. The proxy rewrites a public URL to its copy, the copy is rendered on the
// first request and kept, and every write expires all copies (revalidatePath("/", "layout") in
// lib/admin/revalidate.ts), so nobody sees stale figures after an edit.
//
// A query string is part of the copy's path (/static-resolutions/country=RUS&from=2000), but only
// when it is canonical and every value is valid: one copy per distinct filter set, never one per
// spelling, and hostile or free-text queries (q=) render per request, with their notices.

interface StaticPage {
  /** The internal route under app/[locale]/ that renders the copies. */
  internal: string;
  /** Parameters a copy may carry; any other parameter means "render per request". */
  params: readonly string[];
  /** True when every parameter in the query is valid for this page (no notice would be shown). */
  valid: (query: URLSearchParams) => boolean;
}

const noFilterNotices = (names: readonly FilterName[]) => (query: URLSearchParams) => parseDraftFilters(query, names).notices.length === 0;
// Free text is the one filter not worth a copy per value.
const cacheableFilters = (names: readonly FilterName[]) => names.filter((n) => n !== "q");

const LIST_FILTERS = cacheableFilters(LIST_FILTER_NAMES);
const VETO_FILTERS = cacheableFilters(VETO_FILTER_NAMES);

export const STATIC_PAGES: Record<string, StaticPage> = {
  "/": {
    internal: STATIC_ROUTES["/"],
    params: ["from", "to", "view", "by", "count"],
    valid: (query) => noFilterNotices(["from", "to", "count"])(query) && parseHistoryView(Object.fromEntries(query)).notices.length === 0,
  },
  "/vetoes": { internal: STATIC_ROUTES["/vetoes"], params: VETO_FILTERS, valid: noFilterNotices(VETO_FILTERS) },
  "/resolutions": { internal: STATIC_ROUTES["/resolutions"], params: LIST_FILTERS, valid: noFilterNotices(LIST_FILTERS) },
};

const MAX_QUERY_LENGTH = 200;

/**
 * The internal path serving `publicPath?search` from a static copy, or null when the request must
 * be rendered per request (not a static page, unknown or repeated or invalid parameters).
 */
export function staticPathFor(publicPath: string, search: string): string | null {
  const page = STATIC_PAGES[publicPath];
  if (!page) return null;
  if (search === "" || search === "?") return page.internal;
  if (search.length > MAX_QUERY_LENGTH) return null;
  const query = new URLSearchParams(search);
  const keys = [...query.keys()];
  if (new Set(keys).size !== keys.length) return null;
  if (keys.some((k) => !page.params.includes(k) || query.get(k) === "")) return null;
  if (!page.valid(query)) return null;
  // Canonical: parameters in the page's order, values as given (validated: letters, digits, '-').
  const canonical = new URLSearchParams(page.params.filter((k) => query.has(k)).map((k) => [k, query.get(k)!]));
  const segment = canonical.toString();
  return /^[A-Za-z0-9=&_.-]+$/.test(segment) ? `${page.internal}/${segment}` : null;
}

/**
 * The query a static copy renders, from its path segment; null when the segment is not what
 * staticPathFor would have produced (the internal routes are reachable directly too, and must not
 * become a way to store arbitrary copies).
 */
export function queryOfStaticCopy(publicPath: string, segments: string[] | undefined): Record<string, string> | null {
  if (!segments || segments.length === 0) return {};
  const page = STATIC_PAGES[publicPath];
  if (segments.length !== 1 || !page) return null;
  let segment: string;
  try {
    segment = decodeURIComponent(segments[0]!);
  } catch {
    return null;
  }
  if (staticPathFor(publicPath, `?${segment}`) !== `${page.internal}/${segment}`) return null;
  return Object.fromEntries(new URLSearchParams(segment));
}
