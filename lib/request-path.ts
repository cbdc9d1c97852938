// Request paths that cannot name anything on this site, refused before any routing (proxy.ts):
//
// - A malformed percent-escape (/countries/%E0%A4%A, /%ZZ, a lone %): Next's router fails to
//   decode the dynamic segment and, in an app-router-only build, answers "500 Internal Server
//   Error" instead of a 400 (vercel/next.js#94278) — for pages and API routes alike. → 400.
// - A control character (%00–%1F, %7F) anywhere, or a space at the very end: next-intl decodes the
//   path before rewriting it to /en/…, and the WHATWG URL parser then drops leading and trailing
//   C0 controls and spaces (and tabs and newlines anywhere). /countries/%00 was therefore served
//   as /countries (the list, 200), /resolutions/S/2024/255%00 as that draft's page, and
//   /countries/R%09US as Russia's. No address of this site contains such characters. → 404.
//
// - A path longer than MAX_PATH_LENGTH: next-intl repeats the path in its Link header (three
//   times) and in x-middleware-rewrite, so a 3,000-character path gave 12 KB of response headers —
//   more than Node's fetch (16 KB with a 10,000-character path) and common reverse proxies
//   (nginx: 4–8 KB, a 502) accept. The longest real address is under 250 characters. → 404.
//
// Query strings (refuseQuery) are refused with a 400 for a malformed escape, invalid UTF-8 (%FF,
// %C3%28, an encoded surrogate) or a NUL (%00): URLSearchParams turns invalid UTF-8 into U+FFFD and
// passes NUL on, which PostgreSQL refuses (22021) — /admin?q=%00 was a 500 and /resolutions?q=%00
// the "database did not answer" page. Next hands the proxy the query already re-encoded, with each
// invalid byte as U+FFFD (%EF%BF%BD), so that character is refused too: no address of this site
// needs it. Other values are left to each page's own filters.
//
// Everything else is left to the routes, which validate their own segments (route-keys.ts,
// draft-ref.ts) and answer unknown or malformed keys with a real 404 from their layouts.
import { NextResponse, type NextRequest } from "next/server";

export type PathRefusal = { status: 400; reason: "malformedEscape" } | { status: 404; reason: "controlCharacter" | "tooLong" };

export const MAX_PATH_LENGTH = 512;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why `pathname` (as requested, still percent-encoded) must not be routed, or null when it may be. */
export function refusePath(pathname: string): PathRefusal | null {
  if (pathname.length > MAX_PATH_LENGTH) return { status: 404, reason: "tooLong" };
  let decoded: string;
  try {
    // Segment by segment, as Next decodes them; an encoded slash (%2F) stays inside its segment.
    decoded = pathname
      .split("/")
      .map((segment) => decodeURIComponent(segment))
      .join("/");
  } catch {
    return { status: 400, reason: "malformedEscape" };
  }
  if (CONTROL.test(decoded) || decoded.endsWith(" ")) return { status: 404, reason: "controlCharacter" };
  return null;
}

export type QueryRefusal = { status: 400; reason: "malformedEscape" | "invalidUtf8" | "nulByte" };

/** Why the query string `search` ("?a=1&b=2", still percent-encoded) must be refused, or null. */
export function refuseQuery(search: string): QueryRefusal | null {
  if (search.length <= 1) return null;
  for (const pair of search.replace(/^\?/, "").split("&")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pair.replace(/\+/g, " "));
    } catch {
      // A malformed escape, or bytes that are not UTF-8 (decodeURIComponent throws on both).
      return { status: 400, reason: /%[0-9a-f]{2}/i.test(pair) && !/%(?![0-9a-f]{2})/i.test(pair) ? "invalidUtf8" : "malformedEscape" };
    }
    if (decoded.includes("\u0000")) return { status: 400, reason: "nulByte" };
    if (decoded.includes("\uFFFD")) return { status: 400, reason: "invalidUtf8" };
  }
  return null;
}

const MESSAGES = {
  malformedEscape: "The address is not a valid URL (a malformed %-escape).",
  controlCharacter: "No page has this address.",
  tooLong: "No page has this address.",
} as const;

/**
 * The answer to a refused path, or null to go on: JSON `{ error: { message } }` under /api (as the
 * route handlers answer), otherwise a 400 page, or the site's own not-found page (a rewrite to a
 * path only the catch-all route matches, so the status is a real 404).
 */
export function refusedPathResponse(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  const refusal = refusePath(pathname);
  if (!refusal) return null;
  const headers = { "cache-control": "no-store" };
  if (pathname === "/api" || pathname.startsWith("/api/"))
    return NextResponse.json({ error: { message: MESSAGES[refusal.reason] } }, { status: refusal.status, headers });
  const locale = pathname === "/th" || pathname.startsWith("/th/") ? "th" : "en";
  if (refusal.status === 404) return NextResponse.rewrite(new URL(`/${locale}/_refused-path`, request.url), { headers });
  return new NextResponse(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad request</title></head>' +
      '<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem">' +
      `<h1>Bad request</h1><p>${MESSAGES[refusal.reason]}</p><p><a href="/">UNSC Vote Tracker</a></p></body></html>`,
    { status: 400, headers: { ...headers, "content-type": "text/html; charset=utf-8" } },
  );
}
