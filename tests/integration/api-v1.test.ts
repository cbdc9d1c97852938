import { NextRequest } from "next/server";
import { createClient } from "redis";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { GET as draftsGet, OPTIONS as draftsOptions } from "@/app/api/v1/drafts/route";
import { GET as draftGet } from "@/app/api/v1/drafts/[...ref]/route";
import { GET as topicsGet } from "@/app/api/v1/topics/route";
import { GET as unknownGet } from "@/app/api/v1/[...rest]/route";
import { GET as docsGet } from "@/app/api/v1/docs/route";
import { db } from "@/lib/db";
import { listDrafts } from "@/lib/queries/drafts";
import { refusedRequestResponse } from "@/lib/request-guard";
import { parseDraftFilters } from "@/lib/validations/filters";
import { dropKeys, TEST_REDIS_URL, testKeyPrefix } from "../support/redis";

// The behaviour of /api/v1 beyond its contract (api-v1-contract.test.ts): cursor pages, 304s,
// the rate limit (PostgreSQL and Redis), CORS and problem details. Handlers are called directly
// with Requests, against this file's seeded database copy.

const SAVED_ENV = { ...process.env };
afterEach(() => {
  for (const k of ["API_RATE_LIMIT", "API_RATE_WINDOW", "TRUSTED_PROXY_HOPS", "REDIS_URL", "REDIS_KEY_PREFIX"]) {
    if (SAVED_ENV[k] === undefined) delete process.env[k];
    else process.env[k] = SAVED_ENV[k];
  }
});

const req = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });
const drafts = (query: string, headers: Record<string, string> = {}) => draftsGet(req(`/api/v1/drafts${query}`, headers), {} as never);

interface Page {
  total: number;
  next: string | null;
  drafts: { ref: string }[];
}

/** Every page of a query, following `next`. */
async function walk(query: string, limit: number, between?: (page: number) => Promise<void>): Promise<{ refs: string[]; totals: number[]; pages: number }> {
  const refs: string[] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = query ? "&" : "?";
    const res = await drafts(`${query}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Page;
    refs.push(...body.drafts.map((d) => d.ref));
    totals.push(body.total);
    cursor = body.next;
    pages += 1;
    if (cursor) expect(res.headers.get("link")).toContain('rel="next"');
    await between?.(pages);
  } while (cursor && pages < 1000);
  return { refs, totals, pages };
}

describe("cursor pages of GET /api/v1/drafts", () => {
  // Each walk must give exactly the site's list for the same filters and order.
  const queries = [
    "",
    "?sort=date-asc",
    "?sort=symbol",
    "?country=RUS&from=1990",
    "?q=Syria",
    "?q=Syria&sort=date-asc",
    "?vetoedBy=USA&kind=draft",
    "?topic=dprk&outcome=adopted",
  ];
  for (const query of queries)
    it(`walks every page of ${query || "the whole list"} once, in the list's order`, async () => {
      const expected = (await listDrafts(parseDraftFilters(new URLSearchParams(query)).filters, 50_000)).rows.map((r) => r.ref);
      const limit = Math.max(7, Math.ceil(expected.length / 20));
      const { refs, totals } = await walk(query, limit);
      expect(new Set(refs).size).toBe(refs.length);
      expect(refs).toEqual(expected);
      expect(new Set(totals)).toEqual(new Set([expected.length]));
    });

  it("is stable while drafts are added: no draft twice, none of the others skipped", async () => {
    const before = (await listDrafts({}, 50_000)).rows.map((r) => r.ref);
    const added: string[] = [];
    const { refs } = await walk("", 500, async (page) => {
      // A newer draft (before the cursor) and one of the same year as the first page's drafts.
      const ref = `S/2099/${900 + page}`;
      await db.draft.create({ data: { ref, symbol: ref, year: page === 1 ? 2099 : 1946, votedOn: null, outcome: "ADOPTED", title: "test" } });
      added.push(ref);
    });
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs.filter((r) => !added.includes(r))).toEqual(before);
    await db.draft.deleteMany({ where: { ref: { in: added } } });
  });

  it("refuses a cursor of another order, and one it never gave, as problem details", async () => {
    const first = (await (await drafts("?sort=symbol&limit=2")).json()) as Page;
    const res = await drafts(`?sort=date-asc&cursor=${first.next}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const body = (await res.json()) as { errors: { name: string }[] };
    expect(body.errors[0]!.name).toBe("cursor");
    expect((await drafts("?cursor=eyJ4IjoxfQ")).status).toBe(400);
  });
});

describe("conditional GET", () => {
  it("answers 304 to If-None-Match with the ETag, and to If-Modified-Since at or after Last-Modified", async () => {
    const first = await drafts("?limit=3");
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(new Date(lastModified).getTime()).not.toBeNaN();
    expect(first.headers.get("cache-control")).toMatch(/public/);

    const byTag = await drafts("?limit=3", { "if-none-match": etag });
    expect(byTag.status).toBe(304);
    expect(byTag.headers.get("etag")).toBe(etag);
    expect(await byTag.text()).toBe("");
    expect((await drafts("?limit=4", { "if-none-match": etag })).status).toBe(200);

    expect((await drafts("?limit=3", { "if-modified-since": lastModified })).status).toBe(304);
    const earlier = new Date(new Date(lastModified).getTime() - 60_000).toUTCString();
    expect((await drafts("?limit=3", { "if-modified-since": earlier })).status).toBe(200);
    // If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2).
    expect((await drafts("?limit=3", { "if-none-match": 'W/"other"', "if-modified-since": lastModified })).status).toBe(200);
  });

  it("moves Last-Modified and the ETag when a draft is edited", async () => {
    const before = await draftGet(req("/api/v1/drafts/S/2024/255"), { params: Promise.resolve({ ref: ["S", "2024", "255"] }) } as never);
    await new Promise((r) => setTimeout(r, 1100));
    await db.draft.update({ where: { ref: "S/2024/255" }, data: { title: "Edited for the test" } });
    const after = await draftGet(req("/api/v1/drafts/S/2024/255", { "if-none-match": before.headers.get("etag")! }), {
      params: Promise.resolve({ ref: ["S", "2024", "255"] }),
    } as never);
    expect(after.status).toBe(200);
    expect(new Date(after.headers.get("last-modified")!).getTime()).toBeGreaterThan(new Date(before.headers.get("last-modified")!).getTime());
  });
});

describe("rate limit", () => {
  const client = (ip: string) => ({ "x-forwarded-for": ip });

  async function exhaust(limit: number, ip: string) {
    for (let i = 1; i <= limit; i++) {
      const res = await topicsGet(req("/api/v1/topics", client(ip)), {} as never);
      expect(res.status).toBe(200);
      expect(res.headers.get("ratelimit-limit")).toBe(String(limit));
      expect(res.headers.get("ratelimit-remaining")).toBe(String(limit - i));
      expect(Number(res.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    }
    const refused = await topicsGet(req("/api/v1/topics", client(ip)), {} as never);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect(((await refused.json()) as { status: number }).status).toBe(429);
  }

  it("counts per client address in PostgreSQL and answers 429 with RateLimit-* and Retry-After", async () => {
    process.env.API_RATE_LIMIT = "3";
    process.env.API_RATE_WINDOW = "600";
    process.env.TRUSTED_PROXY_HOPS = "1";
    await exhaust(3, "198.51.100.1");
    // Another address has its own window.
    expect((await topicsGet(req("/api/v1/topics", client("198.51.100.2")), {} as never)).status).toBe(200);
    const rows = await db.$queryRaw<{ key: string; count: number }[]>`SELECT key, count FROM api_rate_limit WHERE key = '198.51.100.1'`;
    expect(rows[0]!.count).toBe(4);
  });

  it("counts in Redis when REDIS_URL is set, so that every instance shares the count", async () => {
    const prefix = testKeyPrefix();
    process.env.REDIS_URL = TEST_REDIS_URL;
    process.env.REDIS_KEY_PREFIX = prefix;
    process.env.API_RATE_LIMIT = "2";
    process.env.API_RATE_WINDOW = "600";
    process.env.TRUSTED_PROXY_HOPS = "1";
    try {
      await exhaust(2, "198.51.100.9");
      const redis = createClient({ url: TEST_REDIS_URL });
      await redis.connect();
      const keys: string[] = [];
      for await (const batch of redis.scanIterator({ MATCH: `${prefix}api-rate:*`, COUNT: 100 })) keys.push(...[batch].flat());
      expect(keys.length).toBe(1);
      expect(Number(await redis.get(keys[0]!))).toBe(3);
      await redis.quit();
      const inDatabase = await db.$queryRaw<unknown[]>`SELECT 1 FROM api_rate_limit WHERE key = '198.51.100.9'`;
      expect(inDatabase).toHaveLength(0);
    } finally {
      await dropKeys(prefix);
    }
  });
});

describe("CORS and problem details", () => {
  it("lets any origin read answers and answers preflights", async () => {
    const res = await drafts("?limit=1", { origin: "https://example.org" });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toContain("ETag");
    const preflight = draftsOptions(
      new Request("http://localhost/api/v1/drafts", {
        method: "OPTIONS",
        headers: { origin: "https://example.org", "access-control-request-method": "GET", "access-control-request-headers": "if-none-match" },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("if-none-match");
  });

  it("lets OPTIONS through the proxy's guard, and refuses POST with a 405 problem", async () => {
    expect(await refusedRequestResponse(new NextRequest("http://localhost/api/v1/drafts", { method: "OPTIONS" }))).toBeNull();
    const refused = (await refusedRequestResponse(new NextRequest("http://localhost/api/v1/drafts", { method: "POST", body: "{}" })))!;
    expect(refused.status).toBe(405);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.headers.get("allow")).toContain("GET");
    expect(await refused.json()).toMatchObject({ status: 405, title: "Method not allowed", type: "/api/v1/docs#problem-method-not-allowed" });
  });

  it("answers 400 naming each bad parameter, and 404 for unknown drafts and paths", async () => {
    const bad = await drafts("?limit=0&outcome=maybe&from=2020&to=2000");
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { type: string; title: string; detail: string; errors: { name: string; reason: string }[] };
    expect(body.type).toBe("/api/v1/docs#problem-invalid-parameters");
    expect(body.errors.map((e) => e.name).sort()).toEqual(["limit", "outcome"]);
    expect(bad.headers.get("cache-control")).toBe("no-store");

    const missing = await draftGet(req("/api/v1/drafts/S/1999/99999"), { params: Promise.resolve({ ref: ["S", "1999", "99999"] }) } as never);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
    const unknown = unknownGet(req("/api/v1/nothing-here"));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { detail: string }).detail).toContain("/api/v1/docs");
  });

  it("serves the reference page without scripts or other origins", async () => {
    const res = docsGet();
    const html = await res.text();
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="https?:/);
    for (const path of ["/api/v1/drafts", "/api/v1/drafts/{ref}", "/api/v1/members/{code}", "/api/v1/summary"]) expect(html).toContain(path);
    expect(html).toContain('id="problem-rate-limited"');
  });
});

afterAll(async () => {
  await db.$executeRaw`DELETE FROM api_rate_limit`;
});
