// The embedded database (lib/db/embedded.ts) serves one PGlite session to many connections. Under
// concurrent parameterised queries and transactions, each query must get its own answer: before
// pinProtocolCycles, 683 of these 1,600 failed ("bind message supplies 1 parameters, but prepared
// statement "" requires 3", "portal "" does not exist") or came back empty.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedServer, type EmbeddedServer } from "@/lib/db/embedded";
import { createPrismaClient, type PrismaClient } from "@/lib/db";

let server: EmbeddedServer;
let db: PrismaClient;

beforeAll(async () => {
  server = await startEmbeddedServer({});
  db = createPrismaClient(server.url);
});

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
});

describe("the embedded database under concurrent queries", () => {
  it("answers 16 workers × 100 mixed queries and transactions, each with its own rows", async () => {
    const problems: string[] = [];
    let answered = 0;
    await Promise.all(
      Array.from({ length: 16 }, async (_, w) => {
        for (let i = 0; i < 100; i++) {
          try {
            if (w % 3 === 0) {
              const r = await db.$queryRaw<{ s: number; t: string }[]>`SELECT ${i}::int + ${w}::int AS s, ${`w${w}`}::text AS t`;
              if (r[0]?.s !== i + w || r[0]?.t !== `w${w}`) problems.push(`worker ${w}: ${JSON.stringify(r)}`);
            } else if (w % 3 === 1) {
              const r = await db.$queryRaw<{ t: string }[]>`SELECT ${`w${w}-${i}`}::text AS t`;
              if (r[0]?.t !== `w${w}-${i}`) problems.push(`worker ${w}: ${JSON.stringify(r)}`);
            } else {
              await db.$transaction(async (tx) => {
                const r = await tx.$queryRaw<{ a: number; d: number }[]>`SELECT ${1}::int a, ${2}::int b, ${3}::int c, ${w}::int d`;
                if (r[0]?.d !== w) problems.push(`worker ${w} (transaction): ${JSON.stringify(r)}`);
              });
            }
            answered++;
          } catch (error) {
            problems.push(`worker ${w}: ${String(error).replace(/\s+/g, " ").slice(-160)}`);
          }
        }
      }),
    );
    expect(problems.slice(0, 5)).toEqual([]);
    expect(answered).toBe(1600);
  }, 120_000);

  it("a query that fails leaves the connections usable", async () => {
    await expect(db.$queryRaw`SELECT ${1}::int / ${0}::int`).rejects.toThrow(/division by zero/);
    const [row] = await db.$queryRaw<{ n: number }[]>`SELECT ${41}::int + 1 AS n`;
    expect(row?.n).toBe(42);
  });
});
