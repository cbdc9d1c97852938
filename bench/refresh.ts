// Cost of the read summaries (lib/db/summaries.ts) at each scale, what every write pays: each
// view's refresh, and the agreement table's adjustment for one draft (subtract, then add back).
import pg from "pg";
import { ADJUST_AGREEMENT_SQL, SUMMARY_VIEWS } from "../lib/db/summaries";
import { ensureBenchDb } from "./scale-db";

export interface RefreshResult {
  scale: number;
  view: string;
  ms: number;
}

export async function benchRefresh(scale: number, log = console.log): Promise<RefreshResult[]> {
  const c = new pg.Client({ connectionString: await ensureBenchDb(scale, log) });
  await c.connect();
  const out: RefreshResult[] = [];
  try {
    for (const view of SUMMARY_VIEWS) {
      const t = performance.now();
      await c.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY "${view}"`);
      out.push({ scale, view, ms: Math.round(performance.now() - t) });
      log(`${scale}x refresh ${view}: ${out.at(-1)!.ms} ms`);
    }
    // One draft's votes corrected: its pairs out, then in again (rolled back).
    const { rows } = await c.query<{ id: number }>(`SELECT draft_id AS id FROM vote GROUP BY draft_id HAVING count(*) = 15 ORDER BY draft_id DESC LIMIT 1`);
    await c.query("BEGIN");
    const t = performance.now();
    await c.query(ADJUST_AGREEMENT_SQL, [[rows[0]!.id], -1]);
    await c.query(`DELETE FROM "member_agreement" WHERE "shared" = 0`);
    await c.query(ADJUST_AGREEMENT_SQL, [[rows[0]!.id], 1]);
    out.push({ scale, view: "member_agreement (adjusted for one draft)", ms: Math.round(performance.now() - t) });
    await c.query("ROLLBACK");
    log(`${scale}x adjust member_agreement: ${out.at(-1)!.ms} ms`);
  } finally {
    await c.end();
  }
  return out;
}
