// Issue 12: PostgreSQL refusing connections — a database with ALLOW_CONNECTIONS false (55000 "is not
// currently accepting connections"), a connection limit reached (53300 "too many connections") — is
// "database unavailable", a 503 with Retry-After, as an unreachable server is (api-errors.test.ts);
// it was a 500. Provoked on the real server (a role and two databases of this file's own), so it
// runs against PostgreSQL only (TEST_DATABASE_URL); PGlite has no roles or connection limits.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db";
import { GET as getVetoes } from "@/app/api/vetoes/route";
import { GET as getResolution } from "@/app/api/resolutions/[...ref]/route";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/api/errors";
import { databaseAvailable, isDatabaseUnavailableError } from "@/lib/db/health";
import { adminQuery, withDatabase } from "../support/databases";

const server = process.env.TEST_SERVER_URL;
const state = globalThis as unknown as { prisma?: PrismaClient };
const suffix = `${process.pid}_${randomBytes(3).toString("hex")}`;
const CLOSED = `unsc_closed_${suffix}`;
const FULL = `unsc_full_${suffix}`;
const ROLE = `unsc_limited_${suffix}`;

function urlFor(database: string, user?: string): string {
  const u = new URL(withDatabase(server!, database));
  if (user) u.username = user;
  return u.toString();
}

const CASES = {
  "ALLOW_CONNECTIONS false (55000)": { url: () => urlFor(CLOSED), code: "55000" },
  "CONNECTION LIMIT 0 (53300)": { url: () => urlFor(FULL, ROLE), code: "53300" },
};

describe.skipIf(!server)("PostgreSQL not accepting connections", () => {
  beforeAll(async () => {
    await adminQuery(server!, `CREATE DATABASE ${CLOSED}`);
    await adminQuery(server!, `ALTER DATABASE ${CLOSED} ALLOW_CONNECTIONS false`);
    await adminQuery(server!, `CREATE DATABASE ${FULL} CONNECTION LIMIT 0`);
    // Superusers are exempt from connection limits: connect as a plain role.
    await adminQuery(server!, `CREATE ROLE ${ROLE} LOGIN`);
  });
  afterAll(async () => {
    await adminQuery(server!, `DROP DATABASE IF EXISTS ${CLOSED}`);
    await adminQuery(server!, `DROP DATABASE IF EXISTS ${FULL}`);
    await adminQuery(server!, `DROP ROLE IF EXISTS ${ROLE}`);
  });

  it.each(Object.entries(CASES))("%s: the server's own error is recognised, from pg and through Prisma", async (_name, { url, code }) => {
    const client = new pg.Client({ connectionString: url() });
    const error = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as { code?: string }).code).toBe(code);
    expect(isDatabaseUnavailableError(error)).toBe(true);
    const prisma = createPrismaClient(url());
    try {
      const viaPrisma = await prisma.draft.count().then(
        () => null,
        (e: unknown) => e,
      );
      expect(JSON.stringify((viaPrisma as { meta?: unknown }).meta)).toContain(code);
      expect(isDatabaseUnavailableError(viaPrisma)).toBe(true);
    } finally {
      await prisma.$disconnect().catch(() => {});
    }
  });

  it.each(Object.entries(CASES))("%s: the API answers 503 JSON with Retry-After", async (_name, { url }) => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const working = state.prisma;
    const refusing = createPrismaClient(url());
    state.prisma = refusing;
    try {
      for (const call of [
        () => getVetoes(new Request("http://localhost/api/vetoes?member=USA&from=2023&to=2023")),
        () => getResolution(new Request("http://localhost/api/resolutions/S/2024/255"), { params: Promise.resolve({ ref: ["S", "2024", "255"] }) }),
      ]) {
        const res = await call();
        expect(res.status).toBe(503);
        expect(res.headers.get("retry-after")).toBe("5");
        expect(((await res.json()) as { error: { message: string } }).error.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
      }
    } finally {
      state.prisma = working;
      await refusing.$disconnect().catch(() => {});
      logged.mockRestore();
    }
  });

  it.each(Object.entries(CASES))("%s: the pages' probe says down", async (_name, { url }) => {
    const original = process.env.DATABASE_URL;
    const health = (globalThis as unknown as { __unscHealth?: { pool: { end(): Promise<void> } | null; okUntil: number } }).__unscHealth;
    const reset = async () => {
      await health?.pool?.end().catch(() => {});
      if (health) Object.assign(health, { pool: null, okUntil: 0 });
    };
    process.env.DATABASE_URL = url();
    await reset();
    try {
      expect(await databaseAvailable(Date.now())).toBe(false);
    } finally {
      process.env.DATABASE_URL = original;
      await reset();
    }
  });
});
