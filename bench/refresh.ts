// Cost of refreshSummaries() (lib/db/summaries.ts) at each scale: what every write pays.
import pg from "pg";
import { SUMMARY_VIEWS } from "../lib/db/summaries";
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
  } finally {
    await c.end();
  }
  return out;
}
