// Cost of the read summaries (lib/db/summaries.ts) at each scale. What a write pays: one draft's
// change (summariesBefore, then applySummaries), rolled back. For reference, what a write paid
// until issue 12: every summary from scratch (the rebuild a bulk load still does), also rolled back.
import pg from "pg";
import { createPrismaClient } from "../lib/db";
import { REBUILD_SUMMARIES_SQL, applySummaries, summariesBefore } from "../lib/db/summaries";
import { ensureBenchDb } from "./scale-db";

export interface RefreshResult {
  scale: number;
  view: string;
  ms: number;
}

class Rollback extends Error {}

export async function benchRefresh(scale: number, log = console.log): Promise<RefreshResult[]> {
  const url = await ensureBenchDb(scale, log);
  const out: RefreshResult[] = [];
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ id: number }>(`SELECT draft_id AS id FROM veto ORDER BY draft_id DESC LIMIT 1`);
    await c.query("BEGIN");
    const t = performance.now();
    for (const sql of REBUILD_SUMMARIES_SQL) await c.query(sql);
    out.push({ scale, view: "every summary from scratch (bulk loads; each write until issue 12)", ms: Math.round(performance.now() - t) });
    await c.query("ROLLBACK");
    log(`${scale}x rebuild: ${out.at(-1)!.ms} ms`);

    const prisma = createPrismaClient(url);
    try {
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        await prisma
          .$transaction(async (tx) => {
            await summariesBefore(tx, [{ id: rows[0]!.id }]);
            await tx.$executeRawUnsafe(`UPDATE "vote" SET "vote" = 'A' WHERE "draft_id" = $1 AND "vote" = 'N'`, rows[0]!.id);
            await applySummaries(tx);
            throw new Rollback();
          })
          .catch((e) => {
            if (!(e instanceof Rollback)) throw e;
          });
        if (i === 4) out.push({ scale, view: "one vetoed draft's votes corrected (summariesBefore + applySummaries)", ms: Math.round(performance.now() - t0) });
      }
    } finally {
      await prisma.$disconnect();
    }
    log(`${scale}x one draft: ${out.at(-1)!.ms} ms`);
  } finally {
    await c.end();
  }
  return out;
}
