import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { databaseAvailable } from "./lib/db/health";
import { isDatasetFileName } from "./lib/data/files";
import { databaseDownResponse, errorJson } from "./lib/api/errors";
import { refusedRequestResponse } from "./lib/request-guard";
import { PUBLIC_CACHE_CONTROL } from "./lib/http-cache";
import { staticPathFor } from "./lib/static-pages";
import { commonEraYearParams } from "./lib/years";

const intl = createMiddleware(routing);

const UNAVAILABLE = {
  en: {
    title: "The data could not be loaded",
    body: "The database is not answering. This is usually temporary; please try again in a moment.",
    retry: "Try again",
  },
  th: { title: "ไม่สามารถโหลดข้อมูลได้", body: "ฐานข้อมูลไม่ตอบสนอง ปกติเป็นปัญหาชั่วคราว โปรดลองอีกครั้งในอีกสักครู่", retry: "ลองอีกครั้ง" },
} as const;

function unavailablePage(locale: "en" | "th"): NextResponse {
  const t = UNAVAILABLE[locale];
  const html =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${t.title}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5">
<main role="alert"><h1>${t.title}</h1><p>${t.body}</p><p><a href="">${t.retry}</a></p></main></body></html>`;
  return new NextResponse(html, { status: 503, headers: { "content-type": "text/html; charset=utf-8", "retry-after": "5", "cache-control": "no-store" } });
}

export default async function proxy(request: NextRequest) {
  // Unserved methods, unreadable paths and query strings, oversized or cross-origin posts: a 4xx
  // before any routing (lib/request-guard.ts); then API routes go on (they answer 503 JSON themselves).
  const refused = await refusedRequestResponse(request);
  if (refused) return refused;
  if (request.nextUrl.pathname.startsWith("/api/data/")) return datasetDownloadGuard(request);
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  // URLs carry Common Era years: a Thai reader may type the Buddhist-era year (from=2563) into a
  // period form (a plain GET form), which lands here; one redirect gives the address to share.
  const ceYears = request.method === "GET" ? commonEraYearParams(request.nextUrl.searchParams) : null;
  if (ceYears) {
    const url = request.nextUrl.clone();
    url.search = ceYears.toString();
    return NextResponse.redirect(url, 308);
  }
  // Pages read the database; when it is down, answer 503 at once rather than a 500 after a timeout.
  if (!(await databaseAvailable())) {
    const locale = request.nextUrl.pathname === "/th" || request.nextUrl.pathname.startsWith("/th/") ? "th" : "en";
    return unavailablePage(locale);
  }
  return toStaticPage(request, intl(request));
}

// The open dataset's files are static copies (app/api/data/[file]): Next would keep any answer,
// so a name it does not serve and a down database are answered here, never by the route.
async function datasetDownloadGuard(request: NextRequest): Promise<Response> {
  const name = request.nextUrl.pathname.slice("/api/data/".length);
  if (!isDatasetFileName(name)) return errorJson(404, `No file "${name}": see /data for the files offered`);
  return (await databaseDownResponse()) ?? NextResponse.next();
}

// The busiest pages (the dashboard, the veto list, the list of drafts, with or without valid filters,
// in both languages) are served from statically rendered copies (lib/static-pages.ts) instead of
// being rendered per request. Locale negotiation, cookies and redirects stay next-intl's.
function toStaticPage(request: NextRequest, response: NextResponse): NextResponse {
  if (request.method !== "GET" && request.method !== "HEAD") return response;
  const rewrite = response.headers.get("x-middleware-rewrite");
  if (!rewrite && response.status !== 200) return response; // a redirect
  const target = rewrite ? new URL(rewrite) : request.nextUrl.clone();
  const match = /^\/(en|th)(\/.*)?$/.exec(target.pathname);
  // Embeds have their own root layout in app/embed/[locale] (no site header or footer): /embed/x
  // (English, which next-intl rewrote to /en/embed/x) and /th/embed/x are served from /embed/<locale>/x.
  if (match?.[2]?.startsWith("/embed/")) {
    target.pathname = `/embed/${match[1]}${match[2].slice("/embed".length)}`;
    const embed = NextResponse.rewrite(target, { headers: { "cache-control": PUBLIC_CACHE_CONTROL } });
    response.headers.forEach((value, key) => {
      if (key !== "x-middleware-next" && key !== "x-middleware-rewrite") embed.headers.set(key, value);
    });
    return embed;
  }
  if (request.method !== "GET") return response;
  // Draft pages are copies too (force-static): Next would let a CDN keep them a year.
  if (match?.[2]?.startsWith("/resolutions/")) response.headers.set("cache-control", PUBLIC_CACHE_CONTROL);
  const internal = match && staticPathFor(match[2]?.replace(/\/$/, "") || "/", request.nextUrl.search);
  if (!internal) return response;
  target.pathname = `/${match[1]}${internal}`;
  target.search = "";
  // Next sends `s-maxage=31536000` for a copy; set first, this header is kept (lib/http-cache.ts).
  const rewritten = NextResponse.rewrite(target, { headers: { "cache-control": PUBLIC_CACHE_CONTROL } });
  response.headers.forEach((value, key) => {
    if (key !== "x-middleware-next" && key !== "x-middleware-rewrite") rewritten.headers.set(key, value);
  });
  return rewritten;
}

export const config = {
  // Pages and API routes; not Next internals or static files (a malformed escape in those still
  // reaches Next's router: vercel/next.js#94278). Paths with dots are kept because meeting records
  // (S/PV.9591) appear in URLs.
  matcher: ["/api/:path*", "/((?!api|_next|_vercel|favicon\\.ico|robots\\.txt|.*\\.(?:png|svg|ico|css|js|map|txt|woff2?|webmanifest)$).*)"],
};
