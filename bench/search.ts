// Search (`q=`, issue 13) at a scale: the list of drafts and the veto list with a search, through
// the app's query functions (lib/queries/drafts.ts, lib/queries/vetoes.ts), median of N runs per
// query after a warm-up; target under 50 ms median at 100x. "before" replays the search the app had
// until then (ILIKE '%q%' on ref, title, agenda item: count and first page) on the same database.
// Run with: npx tsx -C react-server bench/search.ts [scales]   (npm run bench -- search)
import { mkdir, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import pg from "pg";
import { ensureBenchDb } from "./scale-db";
import { stats, type Stats } from "./stats";
import { createPrismaClient } from "../lib/db";
import { writeSynonyms } from "../lib/seed/synonyms";
import { DEFAULT_DATA_DIR } from "../lib/seed/inputs";

export const SEARCHES = [
  "North Korea",
  "Gaza",
  "Burma",
  "Ukraine",
  "Syria chemical",
  "sanctions",
  "S/2024/255",
  "2024/255",
  "RES 2719",
  "S/PV.9591",
  "เกาหลีเหนือ",
  "the",
] as const;

export interface SearchResult {
  scale: number;
  q: string;
  drafts: number; // matches in the list of drafts
  list: Stats; // listDrafts({ q }): count, page, vetoes of the page
  vetoes: Stats; // listVetoes({ q })
  before: Stats; // the ILIKE search it replaces (count + page)
  beforeDrafts: number;
  loadAvg1m: number;
}

async function time(fn: () => Promise<unknown>, iterations: number): Promise<Stats> {
  for (let i = 0; i < 2; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return stats(ms);
}

export async function benchSearch(scale: number, iterations: number, log = console.log): Promise<SearchResult[]> {
  const url = await ensureBenchDb(scale, log); // applies the search migration to a database built before it
  process.env.DATABASE_URL = url;
  const seed = createPrismaClient(url);
  try {
    await writeSynonyms(seed, DEFAULT_DATA_DIR); // the bench database keeps the seed it was built with
  } finally {
    await seed.$disconnect();
  }
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // The search migration rewrote every draft (its search_vector); autovacuum would do this on a live server.
  await pool.query("VACUUM ANALYZE draft");
  const { listDrafts } = await import("../lib/queries/drafts");
  const { listVetoes } = await import("../lib/queries/vetoes");
  const results: SearchResult[] = [];
  try {
    for (const q of SEARCHES) {
      const like = `%${q}%`;
      const before = () =>
        Promise.all([
          pool.query("SELECT count(*)::int AS n FROM draft d WHERE d.ref ILIKE $1 OR d.title ILIKE $1 OR d.agenda_item ILIKE $1", [like]),
          pool.query(
            `SELECT d.id FROM draft d WHERE d.ref ILIKE $1 OR d.title ILIKE $1 OR d.agenda_item ILIKE $1
             ORDER BY d.year DESC, d.voted_on DESC NULLS LAST, d.id DESC LIMIT 50`,
            [like],
          ),
        ]);
      const r: SearchResult = {
        scale,
        q,
        drafts: (await listDrafts({ q })).total,
        list: await time(() => listDrafts({ q }), iterations),
        vetoes: await time(() => listVetoes({ q }), iterations),
        before: await time(before, iterations),
        beforeDrafts: (await before())[0].rows[0].n as number,
        loadAvg1m: Math.round(loadavg()[0]! * 10) / 10,
      };
      log(
        `${scale}x q=${JSON.stringify(q).padEnd(16)} ${String(r.drafts).padStart(6)} drafts (before ${r.beforeDrafts}): ` +
          `list ${r.list.median.toFixed(1)} ms (p95 ${r.list.p95.toFixed(1)}), vetoes ${r.vetoes.median.toFixed(1)} ms, before ${r.before.median.toFixed(1)} ms`,
      );
      results.push(r);
    }
  } finally {
    await pool.end();
  }
  return results;
}

export function searchMarkdown(results: SearchResult[]): string {
  const lines = [
    "# Search (`q=`) — median of the runs, milliseconds",
    "",
    "| scale | q | drafts found (before) | list of drafts | p95 | veto list | before: ILIKE count + page | load |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...results.map(
      (r) =>
        `| ${r.scale}x | ${r.q} | ${r.drafts} (${r.beforeDrafts}) | ${r.list.median} | ${r.list.p95} | ${r.vetoes.median} | ${r.before.median} | ${r.loadAvg1m} |`,
    ),
  ];
  for (const scale of [...new Set(results.map((r) => r.scale))]) {
    const at = results.filter((r) => r.scale === scale);
    lines.push(
      "",
      `${scale}x: median over the searches of the list's median ${stats(at.map((r) => r.list.median)).median} ms, veto list ${stats(at.map((r) => r.vetoes.median)).median} ms.`,
    );
  }
  return lines.join("\n") + "\n";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scales = (process.argv[2] ?? "100").split(",").map(Number);
  const all: SearchResult[] = [];
  for (const s of scales) all.push(...(await benchSearch(s, Number(process.env.BENCH_ITERATIONS ?? 20))));
  await mkdir("bench/results", { recursive: true });
  await writeFile("bench/results/search.json", JSON.stringify(all, null, 2) + "\n");
  await writeFile("bench/results/search.md", searchMarkdown(all));
  process.exit(0);
}
