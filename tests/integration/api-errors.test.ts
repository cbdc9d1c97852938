// What the JSON route handlers answer when a query fails (lib/api/errors.ts): an unreachable
// database is a 503 with Retry-After; any other failure (here a table renamed away under the
// query, in this file's own database copy) is a logged 500 whose body names nothing internal.
// Both against real servers: the file's database, and a port where nothing listens.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, db, type PrismaClient } from "@/lib/db";
import { GET as getVetoes } from "@/app/api/vetoes/route";
import { GET as getResolution } from "@/app/api/resolutions/[...ref]/route";
import { GET as getExport } from "@/app/api/exports/[list]/route";
import { DATABASE_UNAVAILABLE_MESSAGE, INTERNAL_ERROR_MESSAGE } from "@/lib/api/errors";
import { freePort } from "../support/databases";

const state = globalThis as unknown as { prisma?: PrismaClient };

const CALLS = {
  "GET /api/vetoes": () => getVetoes(new Request("http://localhost/api/vetoes?member=RUS&from=2024&to=2024")),
  "GET /api/vetoes?format=csv": () => getVetoes(new Request("http://localhost/api/vetoes?format=csv")),
  "GET /api/resolutions/S/2024/255": () =>
    getResolution(new Request("http://localhost/api/resolutions/S/2024/255"), { params: Promise.resolve({ ref: ["S", "2024", "255"] }) }),
  "GET /api/exports/vetoes?q=Gaza": () =>
    getExport(new Request("http://localhost/api/exports/vetoes?q=Gaza&format=json"), { params: Promise.resolve({ list: "vetoes" }) }),
  "GET /api/resolutions/1718": () => getResolution(new Request("http://localhost/api/resolutions/1718"), { params: Promise.resolve({ ref: ["1718"] }) }),
};

async function errorBody(res: Response): Promise<{ message: string }> {
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  expect(res.headers.get("cache-control")).toBe("no-store");
  return ((await res.json()) as { error: { message: string } }).error;
}

let logged: ReturnType<typeof vi.spyOn>;
beforeAll(async () => {
  // Every call answers 200 while the database is fine.
  for (const [name, call] of Object.entries(CALLS)) expect((await call()).status, name).toBe(200);
});
afterEach(() => {
  logged?.mockRestore();
});

describe("a failing query that is not a connection problem", () => {
  it.each(Object.keys(CALLS))("%s answers a logged 500 with a generic JSON message", async (name) => {
    logged = vi.spyOn(console, "error").mockImplementation(() => {});
    // Both handlers read the veto table; without it PostgreSQL refuses the query (42P01).
    await db.$executeRawUnsafe(`ALTER TABLE veto RENAME TO veto_hidden_by_test`);
    try {
      const res = await CALLS[name as keyof typeof CALLS]();
      expect(res.status).toBe(500);
      const error = await errorBody(res);
      expect(error.message).toBe(INTERNAL_ERROR_MESSAGE);
      expect(JSON.stringify(error)).not.toMatch(/veto_hidden_by_test|relation|42P01/);
      expect(String(logged.mock.calls[0]![0])).toMatch(/^GET \/api\/(vetoes|resolutions|exports) failed$/);
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE veto_hidden_by_test RENAME TO veto`);
    }
  });
});

describe("an unreachable database", () => {
  it.each(Object.keys(CALLS))("%s answers 503 JSON with Retry-After", async (name) => {
    logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const working = state.prisma;
    const unreachable = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${await freePort()}/nowhere`);
    state.prisma = unreachable;
    try {
      const res = await CALLS[name as keyof typeof CALLS]();
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect((await errorBody(res)).message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
      expect(String(logged.mock.calls[0]![0])).toMatch(/^GET \/api\/(vetoes|resolutions|exports): the database is unavailable$/);
    } finally {
      state.prisma = working;
      await unreachable.$disconnect().catch(() => {});
    }
  });

  it("the handlers answer 200 again once the database is back", async () => {
    for (const [name, call] of Object.entries(CALLS)) expect((await call()).status, name).toBe(200);
  });
});
