// Agreement over time and /compare (issue 14) at a scale: the query functions the pages call
// (lib/queries/agreement.ts), median and p95 of N runs after a warm-up; target under 100 ms median
// at 100x. "before" replays, on the same database, the plain queries the summaries replace (the
// self-join of `vote` per year; the differing drafts found from the members' votes), fewer runs.
// Run with: npx tsx -C react-server bench/agreement.ts [scales]   (npm run bench -- agreement)
import { mkdir, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import pg from "pg";
import { ensureBenchDb } from "./scale-db";
import { stats, type Stats } from "./stats";
import { disconnectDb } from "../lib/db";

export interface AgreementBenchRow {
  scale: number;
  name: string;
  /** Rows behind it: points (pair-years) or differing drafts in total. */
  size: number;
  app: Stats;
  before: Stats | null;
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

// The plain per-year agreement of one member with the given others (what member_agreement_year replaces).
const BEFORE_YEARS = `
  SELECT o.member_code, d.year, count(*) AS shared, count(*) FILTER (WHERE o.vote = s.vote) AS same
  FROM vote s JOIN vote o ON o.draft_id = s.draft_id AND o.member_code = ANY($2::text[]) AND o.vote IN ('Y', 'N', 'A')
  JOIN draft d ON d.id = s.draft_id
  WHERE s.member_code = $1 AND s.vote IN ('Y', 'N', 'A') GROUP BY 1, 2`;
// The plain list of differing drafts (what pair_difference replaces): count and first page.
const BEFORE_DIFFERING = `
  SELECT v.draft_id, count(*) OVER () AS total FROM vote v JOIN draft d ON d.id = v.draft_id
  WHERE v.member_code = ANY($1::text[]) AND v.vote IN ('Y', 'N', 'A')
  GROUP BY v.draft_id, d.year, d.voted_on HAVING count(DISTINCT v.vote) > 1
  ORDER BY d.year DESC, d.voted_on DESC NULLS LAST, v.draft_id DESC LIMIT 50`;

export async function benchAgreement(scale: number, iterations: number, log = console.log): Promise<AgreementBenchRow[]> {
  const url = await ensureBenchDb(scale, log); // applies the agreement migration to a database built before it
  await disconnectDb(); // a client of another scale's database
  process.env.DATABASE_URL = url;
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // The migration filled the summaries in one statement; autovacuum would analyze them on a live server.
  await pool.query("VACUUM ANALYZE member_agreement_year");
  await pool.query("VACUUM ANALYZE pair_difference");
  const { getAgreementByYear, getAgreementWithPermanentSeats, getDifferingDrafts } = await import("../lib/queries/agreement");
  const { memberPairs } = await import("../lib/agreement");
  const beforeIterations = Math.max(3, Math.round(iterations / (scale >= 100 ? 10 : 2)));
  const results: AgreementBenchRow[] = [];
  const row = async (name: string, size: number, app: () => Promise<unknown>, before: (() => Promise<unknown>) | null) => {
    const r: AgreementBenchRow = {
      scale,
      name,
      size,
      app: await time(app, iterations),
      before: before ? await time(before, beforeIterations) : null,
      loadAvg1m: Math.round(loadavg()[0]! * 10) / 10,
    };
    log(
      `${scale}x ${name.padEnd(46)} ${String(size).padStart(7)}: ${r.app.median.toFixed(1)} ms (p95 ${r.app.p95.toFixed(1)})` +
        (r.before ? `, before ${r.before.median.toFixed(1)} ms` : "") +
        `, load ${r.loadAvg1m}`,
    );
    results.push(r);
  };
  // What each page asks for: the country page's chart, and /compare's chart and first page of the list in parallel.
  const country = (code: string, contested: boolean) => () => getAgreementWithPermanentSeats(code, { contested });
  const compare =
    (members: string[], f: Parameters<typeof getDifferingDrafts>[1] = {}, page = 1, contested = false) =>
    () =>
      Promise.all([getAgreementByYear(memberPairs([...members].sort()), { contested, from: f.from, to: f.to }), getDifferingDrafts(members, f, { page })]);
  const others = (code: string) => ["CHN", "FRA", "GBR", "RUS", "SUN", "USA"].filter((c) => c !== code);
  try {
    for (const [code, contested] of [
      ["RUS", false],
      ["USA", true],
      ["JPN", false],
    ] as const) {
      const size = (await getAgreementWithPermanentSeats(code, { contested })).length;
      await row(`country ${code}${contested ? " contested" : ""}: agreement per year`, size, country(code, contested), () =>
        pool.query(BEFORE_YEARS, [code, others(code)]),
      );
    }
    const cases: [string, string[], Parameters<typeof getDifferingDrafts>[1], number][] = [
      ["compare RUS,USA", ["RUS", "USA"], {}, 1],
      ["compare RUS,USA page 200", ["RUS", "USA"], {}, 200],
      ["compare CHN,RUS,USA", ["CHN", "RUS", "USA"], {}, 1],
      ["compare FRA,GBR,RUS,USA from 2000", ["FRA", "GBR", "RUS", "USA"], { from: 2000 }, 1],
      ["compare CHN,USA topic syria", ["CHN", "USA"], { topic: "syria" }, 1],
      ["compare JPN,RUS outcome vetoed", ["JPN", "RUS"], { outcome: "vetoed" }, 1],
    ];
    for (const [name, members, f, page] of cases) {
      const { total } = await getDifferingDrafts(members, f);
      const plain = Object.keys(f ?? {}).length === 0 && page === 1;
      await row(`${name}: chart + differing drafts`, total, compare(members, f, page), plain ? () => pool.query(BEFORE_DIFFERING, [members]) : null);
    }
  } finally {
    await pool.end();
    await disconnectDb();
  }
  return results;
}

export function agreementMarkdown(results: AgreementBenchRow[]): string {
  return (
    [
      "# Agreement over time and /compare — milliseconds (median of the runs, p95)",
      "",
      "| scale | query | rows behind it | median | p95 | before (plain query) | load |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      ...results.map((r) => `| ${r.scale}x | ${r.name} | ${r.size} | ${r.app.median} | ${r.app.p95} | ${r.before ? r.before.median : "—"} | ${r.loadAvg1m} |`),
    ].join("\n") + "\n"
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scales = (process.argv[2] ?? "1,100").split(",").map(Number);
  const all: AgreementBenchRow[] = [];
  for (const s of scales) all.push(...(await benchAgreement(s, Number(process.env.BENCH_ITERATIONS ?? 30))));
  await mkdir("bench/results", { recursive: true });
  await writeFile("bench/results/agreement.json", JSON.stringify(all, null, 2) + "\n");
  await writeFile("bench/results/agreement.md", agreementMarkdown(all));
  process.exit(0);
}
