// The shared cache of several instances (cache-handler.mjs, lib/cache/): what one instance stores
// another finds, with its lifetime; Redis going away costs renders, never errors, and expiries made
// meanwhile are replayed when it returns; writes made by the scripts expire every copy and cached
// query (docs/decisions/010-shared-cache.md). Against the machine's Redis, under a prefix of its own.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "redis";
import { expireCachesAfterWrite } from "@/lib/cache/expire-after-write";
import { createSharedHandler, keyPrefixFor } from "@/lib/cache/shared-cache.mjs";
import { dropKeys, redisRelay, TEST_REDIS_URL, testKeyPrefix } from "../support/redis";

const prefix = testKeyPrefix();
const env = { ...process.env, REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix };
const page = (tags: string) =>
  ({
    kind: "APP_PAGE",
    html: "<p>copy</p>",
    rscData: Buffer.from("rsc"),
    headers: { "x-next-cache-tags": tags },
    status: 200,
    postponed: undefined,
    segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  }) as never;
const fetchEntry = { kind: "FETCH", data: { headers: {}, body: '"rows"', status: 200, url: "" }, revalidate: false };
const entry = (tags: string[], value: unknown) => ({ lastModified: Date.now(), lifespan: null, tags, value }) as never;

let client: ReturnType<typeof createClient>;
beforeAll(async () => {
  client = createClient({ url: TEST_REDIS_URL });
  await client.connect();
});
afterAll(async () => {
  await dropKeys(prefix);
  await client.quit();
});

/** Copies as two builds' instances store them: a page, a cached query, an entry no write touches. */
async function storeCopies() {
  const handlers = ["build-a", "build-b"].map((b) => createSharedHandler(client as never, keyPrefixFor(b, env)));
  for (const h of handlers) {
    await h.set("/route-cache/APP_PAGE/x/$/en/resolutions/S/2024/255", entry(["_N_T_/layout", "_N_T_/en/layout"], page("_N_T_/layout,_N_T_/en/layout")));
    await h.set("query-key", entry(["vote-data"], fetchEntry));
    await h.set("unrelated", entry(["something-else"], fetchEntry));
  }
  return handlers;
}
const found = async (h: ReturnType<typeof createSharedHandler>, key: string) => (await h.get(key, { implicitTags: [] })) !== null;

describe("writes made outside the app", () => {
  it("expire every page copy and cached query of every build in Redis, and nothing else", async () => {
    const handlers = await storeCopies();
    for (const h of handlers) expect(await found(h, "query-key")).toBe(true);
    const log: string[] = [];
    expect(await expireCachesAfterWrite((m) => log.push(m), env)).toBe(true);
    expect(log.join()).toMatch(/expired the shared cache in Redis \(2 builds\)/);
    for (const h of handlers) {
      expect(await found(h, "/route-cache/APP_PAGE/x/$/en/resolutions/S/2024/255")).toBe(false);
      expect(await found(h, "query-key")).toBe(false);
      expect(await found(h, "unrelated")).toBe(true);
    }
  });

  it("npm run db:seed expires the shared cache", async () => {
    const [h] = await storeCopies();
    const output = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn("npx", ["tsx", "prisma/seed.ts"], {
        env: { ...env, ADMIN_EMAIL: "", ADMIN_PASSWORD: "", BETTER_AUTH_SECRET: "test-secret-of-32-characters-at-least!" },
      });
      let out = "";
      child.stdout.on("data", (b) => (out += b));
      child.stderr.on("data", (b) => (out += b));
      child.on("exit", (code) => resolve({ code, out }));
    });
    expect(output.out).toMatch(/expired the shared cache in Redis/);
    expect(output.code).toBe(0);
    expect(await found(h!, "/route-cache/APP_PAGE/x/$/en/resolutions/S/2024/255")).toBe(false);
    expect(await found(h!, "query-key")).toBe(false);
  }, 180_000);

  it("report failure when Redis cannot be reached, and do nothing without REDIS_URL", async () => {
    const log: string[] = [];
    expect(await expireCachesAfterWrite((m) => log.push(m), { ...env, REDIS_URL: "redis://127.0.0.1:1" })).toBe(false);
    expect(log.join()).toMatch(/could not reach Redis/);
    expect(await expireCachesAfterWrite((m) => log.push(m), { ...env, REDIS_URL: "" })).toBe(true);
    expect(log.at(-1)).toMatch(/restart a running server/);
  });
});

describe("Next's cache handler (cache-handler.mjs)", () => {
  it("shares copies with their lifetime, serves renders while Redis is down, and replays expiries when it is back", async () => {
    const relay = await redisRelay();
    const distDir = mkdtempSync(path.join(os.tmpdir(), "unsc-cache-"));
    mkdirSync(path.join(distDir, "server"));
    writeFileSync(path.join(distDir, "BUILD_ID"), "handler-test");
    process.env.REDIS_URL = relay.url;
    process.env.REDIS_KEY_PREFIX = prefix;
    // @ts-expect-error -- plain JavaScript loaded by Next itself; its shape is Forte's CacheHandler
    const { default: Handler } = (await import("../../cache-handler.mjs")) as { default: typeof import("@fortedigital/nextjs-cache-handler").CacheHandler };
    const handler = new Handler({ serverDistDir: path.join(distDir, "server"), dev: false } as never);
    const key = "/route-cache/APP_PAGE/y/$/en/static-resolutions";
    const ctx = { softTags: ["_N_T_/layout", "_N_T_/en/layout"] };

    await handler.set(key, page("_N_T_/layout,_N_T_/en/layout"), { cacheControl: { revalidate: false }, tags: [] } as never);
    const hit = await handler.get(key, ctx as never);
    expect(hit?.value?.kind).toBe("APP_PAGE");
    // Another instance must not take the copy for stale (Next's default lifetime is one second).
    expect(hit?.cacheControl).toEqual({ revalidate: false });
    expect((hit?.value as { unscCacheControl?: unknown }).unscCacheControl).toBeUndefined();

    await relay.cut();
    await new Promise((r) => setTimeout(r, 200));
    const started = performance.now();
    expect(await handler.get(key, ctx as never)).toBeNull(); // a miss: Next renders the page
    await handler.set(key, page("_N_T_/layout"), { cacheControl: { revalidate: false } } as never);
    await handler.revalidateTag(["_N_T_/layout"]); // a write while Redis is down
    expect(performance.now() - started).toBeLessThan(1_500);

    // Redis keeps the old copy; once back, this instance replays the expiry before trusting it.
    expect(await client.exists(`${keyPrefixFor("handler-test", env)}${key}`)).toBe(1);
    await relay.restore();
    await expect
      .poll(async () => (await handler.get(key, ctx as never)) === null && (await client.exists(`${keyPrefixFor("handler-test", env)}${key}`)), {
        timeout: 10_000,
      })
      .toBe(0);
    await handler.set(key, page("_N_T_/layout"), { cacheControl: { revalidate: false } } as never);
    expect((await handler.get(key, ctx as never))?.value?.kind).toBe("APP_PAGE");
    await relay.cut();
  });
});
