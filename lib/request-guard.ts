// Requests an attacker shapes, answered with the right 4xx in the proxy before any routing (each was
// a 500 from Next's own handling, or worse):
//
// - A method the site does not serve (PROPFIND, PUT on a page): 405 with an Allow header. Next
//   rendered pages for PUT, DELETE and PATCH. (TRACE never gets this far: lib/request-methods.ts.)
// - A request path or query string that cannot be read (lib/request-path.ts): 400 or 404.
// - A body larger than its route takes: 413. Next refuses a server action over
//   serverActions.bodySizeLimit by throwing, a 500. A body without a declared length (chunked)
//   cannot be checked before it is read; no browser sends one, so it is a 411.
// - A server action posted from another origin (Origin not matching Host): 403. Next refuses it
//   by throwing "Invalid Server Actions request", a 500. Like Next, a request without an Origin
//   header (not a browser's) is let through to Next's own checks.
// - A JSON body under /api (better-auth's sign-in) that is not UTF-8 or holds a NUL: 400 (the NUL
//   reached PostgreSQL in the account look-up: a 500). Page forms are checked by their zod schemas
//   instead, which name the field (lib/validations/text-input.ts).
import { NextResponse, type NextRequest } from "next/server";
import { PROBLEM_CONTENT_TYPE, problemBody, type ProblemKind } from "./api/v1/problem-types";
import { allowedMethods } from "./request-methods";
import { refusedPathResponse, refuseQuery } from "./request-path";
import { unstorableTextPaths } from "./validations/text-input";

/** serverActions.bodySizeLimit in next.config.js ("5mb"): the CSV import is the largest post. */
export const MAX_ACTION_BODY_BYTES = 5 * 1024 * 1024;
/** better-auth's JSON (an email and a password) is the only body the API takes. */
export const MAX_API_BODY_BYTES = 64 * 1024;

type Reason = "method" | "badQuery" | "tooLarge" | "lengthRequired" | "crossOrigin" | "badBody";

const STATUS: Record<Reason, number> = { method: 405, badQuery: 400, tooLarge: 413, lengthRequired: 411, crossOrigin: 403, badBody: 400 };

const MESSAGES: Record<"en" | "th", Record<Reason, string>> = {
  en: {
    method: "This address does not accept this kind of request.",
    badQuery: "The address is not valid: its query string has a malformed %-escape, bytes that are not UTF-8, or a NUL.",
    tooLarge: "The request is too large.",
    lengthRequired: "The request must state its length (Content-Length).",
    crossOrigin: "This form was sent from another site and has been refused.",
    badBody: "The request body is not valid UTF-8 text or contains a NUL byte.",
  },
  th: {
    method: "ที่อยู่นี้ไม่รับคำขอประเภทนี้",
    badQuery: "ที่อยู่ไม่ถูกต้อง: ส่วนคำค้นมี %-escape ที่ผิดรูปแบบ ไบต์ที่ไม่ใช่ UTF-8 หรือไบต์ NUL",
    tooLarge: "คำขอมีขนาดใหญ่เกินไป",
    lengthRequired: "คำขอต้องระบุความยาว (Content-Length)",
    crossOrigin: "แบบฟอร์มนี้ถูกส่งมาจากเว็บไซต์อื่นจึงถูกปฏิเสธ",
    badBody: "เนื้อหาคำขอไม่ใช่ข้อความ UTF-8 ที่ถูกต้องหรือมีไบต์ NUL",
  },
};

const TITLES = { en: "Request refused", th: "คำขอถูกปฏิเสธ" } as const;

const isApi = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

function refusal(request: NextRequest, reason: Reason, headers: Record<string, string> = {}): NextResponse {
  const { pathname } = request.nextUrl;
  const status = STATUS[reason];
  const all = { "cache-control": "no-store", ...headers };
  // The public API answers RFC 9457 problem details (lib/api/v1/problem.ts).
  if (pathname === "/api/v1" || pathname.startsWith("/api/v1/")) {
    const kind: ProblemKind = reason === "method" ? "method-not-allowed" : "invalid-parameters";
    const body = { ...problemBody(kind, MESSAGES.en[reason]), status, ...(reason === "method" || reason === "badQuery" ? {} : { title: "Request refused" }) };
    return new NextResponse(JSON.stringify(body), { status, headers: { ...all, "content-type": PROBLEM_CONTENT_TYPE, "access-control-allow-origin": "*" } });
  }
  if (isApi(pathname)) return NextResponse.json({ error: { message: MESSAGES.en[reason] } }, { status, headers: all });
  const locale = pathname === "/th" || pathname.startsWith("/th/") ? "th" : "en";
  const html =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${TITLES[locale]}</title></head>` +
    '<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem">' +
    `<h1>${TITLES[locale]}</h1><p>${MESSAGES[locale][reason]}</p><p><a href="${locale === "th" ? "/th" : "/"}">UNSC Vote Tracker</a></p></body></html>`;
  return new NextResponse(request.method === "HEAD" ? null : html, { status, headers: { ...all, "content-type": "text/html; charset=utf-8" } });
}

/** The host a server action must come from: Next compares the Origin with X-Forwarded-Host, else Host. */
function expectedHost(request: NextRequest): string | null {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("host");
}

function sameOrigin(origin: string, host: string | null): boolean {
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false; // "null" (a sandboxed frame, a file: page) or garbage
  }
}

/** True when the body is UTF-8 and, read as JSON, holds no NUL (or unreadable text) anywhere. */
async function readableJsonBody(request: NextRequest): Promise<boolean> {
  const bytes = await request.clone().arrayBuffer();
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  if (text.includes("\u0000")) return false;
  try {
    return unstorableTextPaths(JSON.parse(text)).length === 0;
  } catch {
    return true; // not JSON: the route answers that itself
  }
}

/** The answer to a request that must not be routed, or null to go on. */
export async function refusedRequestResponse(request: NextRequest): Promise<NextResponse | null> {
  const { pathname, search } = request.nextUrl;
  const allow = allowedMethods(pathname);
  if (!allow.includes(request.method)) return refusal(request, "method", { allow: allow.join(", ") });
  const badPath = refusedPathResponse(request);
  if (badPath) return badPath;
  if (refuseQuery(search)) return refusal(request, "badQuery");
  if (request.method !== "POST") return null;

  const declared = request.headers.get("content-length");
  if (declared === null) {
    if (request.headers.has("transfer-encoding")) return refusal(request, "lengthRequired");
  } else if (Number(declared) > (isApi(pathname) ? MAX_API_BODY_BYTES : MAX_ACTION_BODY_BYTES)) {
    return refusal(request, "tooLarge");
  }
  if (isApi(pathname)) {
    const json = request.headers.get("content-type")?.includes("json") ?? false;
    if (json && declared !== null && !(await readableJsonBody(request))) return refusal(request, "badBody");
    return null;
  }
  const origin = request.headers.get("origin");
  if (origin !== null && !sameOrigin(origin, expectedHost(request))) return refusal(request, "crossOrigin");
  return null;
}
