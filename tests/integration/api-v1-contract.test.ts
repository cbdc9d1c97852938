import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { GET as draftsGet } from "@/app/api/v1/drafts/route";
import { GET as draftGet } from "@/app/api/v1/drafts/[...ref]/route";
import { GET as membersGet } from "@/app/api/v1/members/route";
import { GET as memberGet } from "@/app/api/v1/members/[code]/route";
import { GET as vetoesGet } from "@/app/api/v1/vetoes/route";
import { GET as topicsGet } from "@/app/api/v1/topics/route";
import { GET as summaryGet } from "@/app/api/v1/summary/route";
import { GET as openApiGet } from "@/app/api/v1/openapi.json/route";
import { openApiDocument } from "@/lib/api/v1/openapi";

// The contract: every path of /api/v1/openapi.json is called with examples (against this file's
// seeded database), and each answer's status, content type and body must be ones the document
// declares for that path — the body checked with Ajv against the document's own schema. A path
// the document lists but no example calls fails the last test.

type Handler = (request: Request, ctx: never) => Promise<Response>;
const ROUTES: Record<string, { handler: Handler; ctx: (path: string) => unknown }> = {
  "/api/v1/drafts": { handler: draftsGet as Handler, ctx: () => ({}) },
  "/api/v1/drafts/{ref}": { handler: draftGet as Handler, ctx: (p) => ({ params: Promise.resolve({ ref: p.slice("/api/v1/drafts/".length).split("/") }) }) },
  "/api/v1/members": { handler: membersGet as Handler, ctx: () => ({}) },
  "/api/v1/members/{code}": { handler: memberGet as Handler, ctx: (p) => ({ params: Promise.resolve({ code: p.slice("/api/v1/members/".length) }) }) },
  "/api/v1/vetoes": { handler: vetoesGet as Handler, ctx: () => ({}) },
  "/api/v1/topics": { handler: topicsGet as Handler, ctx: () => ({}) },
  "/api/v1/summary": { handler: summaryGet as Handler, ctx: () => ({}) },
};

// Examples per documented path: [address, expected status, Accept header?].
const EXAMPLES: Record<string, [string, number, string?][]> = {
  "/api/v1/drafts": [
    ["/api/v1/drafts", 200],
    ["/api/v1/drafts?country=RUS&vote=N&from=2000&limit=5", 200],
    ["/api/v1/drafts?q=Syria&limit=3", 200],
    ["/api/v1/drafts?sort=symbol&limit=2&outcome=vetoed", 200],
    ["/api/v1/drafts?sort=date-asc&kind=amendment&limit=2", 200],
    ["/api/v1/drafts?vetoedBy=USA&topic=israel-palestine", 200],
    ["/api/v1/drafts?limit=3", 200, "text/csv"],
    ["/api/v1/drafts?limit=3&format=csv", 200],
    ["/api/v1/drafts?limit=501", 400],
    ["/api/v1/drafts?from=2020&to=2000&outcome=maybe", 400],
    ["/api/v1/drafts?cursor=not-a-cursor", 400],
  ],
  "/api/v1/drafts/{ref}": [
    ["/api/v1/drafts/S/2024/255", 200],
    ["/api/v1/drafts/1718", 200],
    ["/api/v1/drafts/S/1999/99999", 404],
    ["/api/v1/drafts/not-a-symbol", 400],
  ],
  "/api/v1/members": [
    ["/api/v1/members", 200],
    ["/api/v1/members?year=1990&sort=vetoes", 200],
    ["/api/v1/members?format=csv", 200],
    ["/api/v1/members?year=1800", 400],
  ],
  "/api/v1/members/{code}": [
    ["/api/v1/members/RUS", 200],
    ["/api/v1/members/sun", 200],
    ["/api/v1/members/XYZ", 404],
    ["/api/v1/members/R1", 400],
  ],
  "/api/v1/vetoes": [
    ["/api/v1/vetoes", 200],
    ["/api/v1/vetoes?member=PRC&count=drafts", 200],
    ["/api/v1/vetoes?member=USA", 200, "text/csv"],
    ["/api/v1/vetoes?member=DEU", 400],
  ],
  "/api/v1/topics": [
    ["/api/v1/topics", 200],
    ["/api/v1/topics?format=csv", 200],
    ["/api/v1/topics?format=xml", 400],
  ],
  "/api/v1/summary": [
    ["/api/v1/summary", 200],
    ["/api/v1/summary?from=1990&to=1999&count=drafts", 200],
    ["/api/v1/summary?from=abc", 400],
  ],
};

const doc = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
const exercised = new Set<string>();

interface DocResponse {
  content?: Record<string, { schema: object }>;
  headers?: Record<string, unknown>;
}

async function check(path: string, address: string, status: number, accept?: string, headers: Record<string, string> = {}) {
  const route = ROUTES[path];
  if (!route) throw new Error(`no handler wired for ${path}`);
  const request = new Request(`http://localhost${address}`, { headers: { ...(accept ? { accept } : {}), ...headers } });
  const res = await route.handler(request, route.ctx(new URL(request.url).pathname) as never);
  expect(res.status, address).toBe(status);
  const declared = (doc.paths as unknown as Record<string, { get: { responses: Record<string, DocResponse> } }>)[path]!.get.responses[String(status)];
  expect(declared, `${address}: ${status} is not documented for ${path}`).toBeDefined();
  exercised.add(`${path} ${status}`);
  if (status === 304) {
    expect(declared!.content, "a 304 has no body").toBeUndefined();
    expect(await res.text()).toBe("");
    return;
  }
  const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const media = declared!.content?.[type];
  expect(media, `${address}: ${type} is not documented for ${status}`).toBeDefined();
  const text = await res.text();
  if (type === "text/csv") expect(text.split("\r\n")[0]).toMatch(/^[a-z_]+(,[a-z_]+)+$/);
  else {
    const validate = ajv.compile(media!.schema);
    const ok = validate(JSON.parse(text));
    expect(ok, `${address}: ${JSON.stringify(validate.errors?.slice(0, 5))}`).toBe(true);
  }
  for (const name of Object.keys(declared!.headers ?? {})) expect(res.headers.has(name), `${address}: header ${name}`).toBe(true);
}

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document whose schemas compile under JSON Schema 2020-12", async () => {
    const res = await openApiGet();
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const served = (await res.json()) as typeof doc;
    expect(served.openapi).toBe("3.1.0");
    expect(served).toEqual(JSON.parse(JSON.stringify(doc)));
    for (const item of Object.values(served.paths))
      for (const r of Object.values(item.get.responses) as DocResponse[]) for (const m of Object.values(r.content ?? {})) ajv.compile(m.schema);
  });
});

describe("every documented endpoint answers as documented", () => {
  for (const [path, examples] of Object.entries(EXAMPLES))
    for (const [address, status, accept] of examples)
      it(`${address}${accept ? ` (Accept: ${accept})` : ""} → ${status}`, async () => {
        await check(path, address, status, accept);
      });
});

describe("conditional and refused requests answer as documented", () => {
  it("a current copy → 304 without a body", async () => {
    const etag = (await topicsGet(new Request("http://localhost/api/v1/topics"), {} as never)).headers.get("etag")!;
    await check("/api/v1/topics", "/api/v1/topics", 304, undefined, { "if-none-match": etag });
  });

  it("over the rate limit → 429 problem with RateLimit-* and Retry-After", async () => {
    const saved = { limit: process.env.API_RATE_LIMIT, hops: process.env.TRUSTED_PROXY_HOPS };
    process.env.API_RATE_LIMIT = "1";
    process.env.TRUSTED_PROXY_HOPS = "1";
    try {
      const client = { "x-forwarded-for": "192.0.2.77" };
      await check("/api/v1/summary", "/api/v1/summary", 200, undefined, client);
      await check("/api/v1/summary", "/api/v1/summary", 429, undefined, client);
    } finally {
      for (const [k, v] of [
        ["API_RATE_LIMIT", saved.limit],
        ["TRUSTED_PROXY_HOPS", saved.hops],
      ] as const)
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
  });
});

// Last in the file: vitest runs a file's tests in order.
it("exercised every documented path: 200, 400 and any documented 404", () => {
  const missing = Object.keys(doc.paths).filter((p) => !["200", "400"].every((s) => exercised.has(`${p} ${s}`)));
  const missingNotFound = Object.entries(doc.paths)
    .filter(([, item]) => "404" in item.get.responses)
    .map(([p]) => p)
    .filter((p) => !exercised.has(`${p} 404`));
  expect(missing, "documented paths not exercised (200 and 400)").toEqual([]);
  expect(missingNotFound, "documented 404s not exercised").toEqual([]);
});
