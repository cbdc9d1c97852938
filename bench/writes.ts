// Draft saves at a scale (issue 12, "writes off the critical path"): the admin write path
// (lib/admin/drafts.ts updateDraft, as the edit form calls it) saving one real draft again and again
// on the scale database, alternating an elected member's vote between Y and A (the summaries of
// votes, outcomes and agreement all change) and the title. Each save is one transaction: checks,
// draft, votes, vetoes, links, audit entry and the read summaries. Median and p95 over the saves.
import { loadavg } from "node:os";
import { ensureBenchDb } from "./scale-db";
import { stats } from "./stats";

export interface WritesResult {
  scale: number;
  ref: string;
  saves: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  ms: number[];
  loadAvg1m: number;
}

export async function benchWrites(scale: number, saves = Number(process.env.BENCH_SAVES ?? 30), log = console.log): Promise<WritesResult> {
  const url = await ensureBenchDb(scale, log);
  process.env.DATABASE_URL = url; // lib/db connects on first use
  const { updateDraft } = await import("../lib/admin/drafts");
  const { getDraftForEdit } = await import("../lib/admin/queries");
  const { disconnectDb } = await import("../lib/db");
  const ref = "S/2024/255"; // vetoed by the Russian Federation, 13-1-1
  const actor = { id: "bench", email: "bench-editor@example.org", role: "editor" as const };
  const ms: number[] = [];
  try {
    for (let i = 0; i < saves + 2; i++) {
      const d = await getDraftForEdit(ref, actor);
      if (!d) throw new Error(`${ref} not found`);
      const elected = Object.keys(d.values.votes).find((m) => !["CHN", "FRA", "GBR", "RUS", "USA"].includes(m))!;
      const votes = { ...d.values.votes, [elected]: d.values.votes[elected] === "Y" ? "A" : "Y" };
      const title = d.values.title.replace(/ \(bench \d+\)$/, "") + ` (bench ${i})`;
      const t = performance.now();
      const r = await updateDraft(ref, { ...d.values, votes, title }, actor);
      const took = performance.now() - t;
      if (!r.ok) throw new Error(`save ${i} refused: ${JSON.stringify(r)}`);
      if (i >= 2) ms.push(Math.round(took * 10) / 10); // two warm-up saves (connections, plans)
      log(`${scale}x save ${i}: ${took.toFixed(1)} ms`);
    }
  } finally {
    await disconnectDb();
  }
  const s = stats(ms);
  return {
    scale,
    ref,
    saves: s.n,
    medianMs: s.median,
    p95Ms: s.p95,
    minMs: s.min,
    maxMs: s.max,
    ms,
    loadAvg1m: Math.round(loadavg()[0]! * 100) / 100,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchWrites(Number(process.argv[2] ?? 100));
  console.log(JSON.stringify({ ...r, ms: undefined }));
  process.exit(0);
}
