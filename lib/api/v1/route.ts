import "server-only";
import { createHash } from "node:crypto";
import type { z } from "zod";
import { unstable_cache } from "next/cache";
import { VOTE_DATA_TAG } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { toCsv } from "@/lib/exports/csv";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http-cache";
import { databaseDownProblemResponse, invalidParametersResponse, problemResponse, withProblems } from "./problem";
import { rateLimitHeaders, takeRateLimit } from "./rate-limit";

// What every /api/v1 route shares: the rate limit, CORS, conditional GET and the choice of JSON or
// CSV. A handler returns its data (typed by its zod response schema) or a Response (a problem).

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "ETag, Last-Modified, Content-Disposition, Link, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After",
} as const;

/** The answer to a CORS preflight (and to a plain OPTIONS): any origin may GET, with the conditional headers. */
export function preflightResponse(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      Allow: "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": request.headers.get("access-control-request-headers") ?? "Accept, If-None-Match, If-Modified-Since",
      "Access-Control-Max-Age": "86400",
      "Cache-Control": "public, max-age=86400",
      Vary: "Access-Control-Request-Headers",
    },
  });
}

/**
 * When the data last changed: the latest draft written (seed, import, edit) or audit entry (an
 * edit or deletion of anything). Cached until the next write in a Next server (VOTE_DATA_TAG).
 */
async function getDataVersion(): Promise<string | null> {
  const rows = await db.$queryRaw<{ at: Date | null }[]>`
    SELECT greatest((SELECT max(updated_at) FROM draft), (SELECT max(at) FROM audit_entry)) AS at`;
  return rows[0]?.at ? rows[0].at.toISOString() : null;
}
const dataVersion = process.env.NEXT_RUNTIME ? unstable_cache(getDataVersion, ["api-v1-data-version"], { tags: [VOTE_DATA_TAG] }) : getDataVersion;

/** A weak ETag of the body: equal bodies, equal tags, whatever produced them. */
export function weakEtag(body: string): string {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}

function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === bare); // weak comparison (RFC 9110 13.1.2)
}

/** The body answered 200, or 304 when the client's copy is current (If-None-Match first, else If-Modified-Since). */
async function conditional(request: Request, body: string, headers: Record<string, string>): Promise<Response> {
  const etag = weakEtag(body);
  const version = await dataVersion();
  const lastModified = version ? new Date(version) : null;
  const all: Record<string, string> = { ...headers, ETag: etag, "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: "Accept", ...CORS_HEADERS };
  if (lastModified) all["Last-Modified"] = lastModified.toUTCString();
  const ifNoneMatch = request.headers.get("if-none-match");
  let notModified = etagMatches(ifNoneMatch, etag);
  if (!ifNoneMatch && lastModified) {
    const since = Date.parse(request.headers.get("if-modified-since") ?? "");
    notModified = !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  if (notModified) {
    const { "Content-Type": _, "Content-Disposition": __, ...kept } = all;
    return new Response(null, { status: 304, headers: kept });
  }
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers: all });
}

export interface CsvTable<Row> {
  filename: string;
  columns: readonly string[];
  rows: (data: Row) => readonly Record<string, unknown>[];
}

/** CSV when ?format=csv, or when the client accepts text/csv and not JSON first; else JSON. */
export function wantsCsv(request: Request, format: string | undefined): boolean {
  if (format) return format === "csv";
  const accept = request.headers.get("accept") ?? "";
  const csv = accept.indexOf("text/csv");
  const json = accept.indexOf("application/json");
  return csv !== -1 && (json === -1 || csv < json);
}

/** The query string as an object; an empty parameter (?from=) means "not given", as in the page URLs. */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
}

export type ParsedQuery<S extends z.ZodType> = { ok: true; query: z.output<S> } | { ok: false; response: Response };

export function parseQuery<S extends z.ZodType>(schema: S, request: Request): ParsedQuery<S> {
  const parsed = schema.safeParse(queryOf(request));
  return parsed.success ? { ok: true, query: parsed.data } : { ok: false, response: invalidParametersResponse(parsed.error) };
}

/**
 * A GET handler of /api/v1: rate limit (429 problem), then the handler, whose data is validated
 * against nothing at run time (its type is the response schema's) and answered as JSON, or CSV
 * when `csv` is given and asked for, with ETag/Last-Modified, CORS and RateLimit-* headers.
 */
export function apiGet<Ctx, Data>(
  route: string,
  opts: { schema: z.ZodType<Data>; csv?: CsvTable<Data>; link?: (data: Data, request: Request) => string | null },
  handler: (request: Request, ctx: Ctx) => Promise<Data | Response>,
): (request: Request, ctx: Ctx) => Promise<Response> {
  const wrapped = withProblems(route, async (request: Request, ctx: Ctx) => {
    // The database first: the rate limit counts in it when there is no Redis, and a database that
    // is down must answer 503 at once (the proxy's cached probe), not after a connection timeout.
    const down = await databaseDownProblemResponse();
    if (down) return down;
    const limit = await takeRateLimit(request.headers);
    const limitHeaders = rateLimitHeaders(limit);
    if (!limit.allowed)
      return problemResponse("rate-limited", `At most ${limit.limit} requests per ${limit.windowSeconds} s from one address. Try again in ${limit.reset} s.`, {
        headers: { ...limitHeaders, ...CORS_HEADERS },
      });
    const data = await handler(request, ctx);
    if (data instanceof Response) return withHeaders(data, limitHeaders);
    const link = opts.link?.(data, request);
    if (link) limitHeaders.Link = link;
    if (opts.csv && wantsCsv(request, new URL(request.url).searchParams.get("format") || undefined)) {
      const body = toCsv(opts.csv.columns, opts.csv.rows(data));
      return conditional(request, body, {
        ...limitHeaders,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${opts.csv.filename}"`,
      });
    }
    return conditional(request, JSON.stringify(data), { ...limitHeaders, "Content-Type": "application/json" });
  });
  return wrapped;
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}
