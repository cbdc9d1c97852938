// The proxy's "is the database answering?" probe (lib/db/health.ts), against real sockets:
// a database that cannot be reached is down (pages answer 503 at once); one that took the
// connection but is slow to answer is busy, not down (a long import must not 503 every reader).
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { databaseAvailable } from "@/lib/db/health";
import { freePort } from "../support/databases";

type HealthState = { pool: { end(): Promise<void> } | null; okUntil: number };
const state = () => (globalThis as unknown as { __unscHealth: HealthState }).__unscHealth;
const originalUrl = process.env.DATABASE_URL;

async function usePool(url: string) {
  process.env.DATABASE_URL = url;
  await databaseAvailable(0).catch(() => false); // creates the state on first use
  await state().pool?.end();
  state().pool = null;
  state().okUntil = 0;
}

/** A TCP proxy to `target` that can stop passing the server's answers on (a busy database). */
async function stallingProxy(target: URL) {
  let stalled = false;
  const held: Array<() => void> = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    client.on("data", (b) => upstream.write(b));
    upstream.on("data", (b) => (stalled ? held.push(() => client.write(b)) : client.write(b)));
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  const url = new URL(target.toString());
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return {
    url: url.toString(),
    stall: () => (stalled = true),
    release: () => {
      stalled = false;
      held.splice(0).forEach((f) => f());
    },
    // Open connections would keep server.close() waiting for ever (a failed expectation left one).
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        for (const s of sockets) s.destroy();
      }),
  };
}

afterEach(async () => {
  await state()
    ?.pool?.end()
    .catch(() => {});
  if (state()) state().pool = null;
  process.env.DATABASE_URL = originalUrl;
});

describe("database probe", () => {
  it("a closed port is down, at once", async () => {
    const port = await freePort();
    await usePool(`postgresql://postgres@127.0.0.1:${port}/postgres`);
    const t = performance.now();
    expect(await databaseAvailable(Date.now())).toBe(false);
    expect(performance.now() - t).toBeLessThan(3_000);
  });

  it("a server that never completes the connection is down within 3 s", async () => {
    const silent = net.createServer(() => {});
    const port = await freePort();
    await new Promise<void>((r) => silent.listen(port, "127.0.0.1", r));
    try {
      await usePool(`postgresql://postgres@127.0.0.1:${port}/postgres`);
      const t = performance.now();
      expect(await databaseAvailable(Date.now())).toBe(false);
      expect(performance.now() - t).toBeLessThan(3_000);
    } finally {
      silent.close();
    }
  });

  // This file's own database, set up per file (on the PostgreSQL server at TEST_DATABASE_URL, which
  // names only the server, or on the embedded one).
  const url = originalUrl;
  it.skipIf(!url)("a database that took the connection but answers slowly is busy, not down", async () => {
    const proxy = await stallingProxy(new URL(url!));
    try {
      await usePool(proxy.url);
      expect(await databaseAvailable(Date.now())).toBe(true); // connects; the connection stays in the pool
      proxy.stall();
      const t = performance.now();
      // Past the cached "healthy" second: a new probe runs on the pooled connection and gets no answer.
      expect(await databaseAvailable(Date.now() + 60_000)).toBe(true);
      expect(performance.now() - t).toBeGreaterThan(1_000);
      proxy.release();
    } finally {
      await state()
        .pool?.end()
        .catch(() => {});
      state().pool = null;
      await proxy.close();
    }
  });
});
