// Query floor ratio: each page's query functions (lib/queries/*) against the same SQL run directly
// through `pg` in the same run. The SQL is the SQL the app sends: a Prisma client with query
// events records every statement (text and parameters) of one call of the page's functions; the
// floor replays those statements on a plain pg.Pool, in the same stages (statements the app ran
// concurrently run concurrently), so the ratio is the app's overhead (Prisma, mapping, JS) over
// the database's own time. Run with: npx tsx -C react-server bench/queries.ts [scales]
import { mkdir, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { ensureBenchDb } from "./scale-db";
import { stats, type Stats } from "./stats";

interface Captured {
  query: string;
  params: unknown[];
  start: number;
  end: number;
}

type PageRun = () => Promise<unknown>;

async function pages(): Promise<Record<string, PageRun>> {
  const dash = await import("../lib/queries/dashboard");
  const vet = await import("../lib/queries/vetoes");
  const dr = await import("../lib/queries/drafts");
  const detail = await import("../lib/queries/draft-detail");
  const options = await import("../lib/queries/options");
  const co = await import("../lib/queries/countries");
  const country = (code: string) => () =>
    Promise.all([
      co.getCountryProfile(code),
      co.getVotingAgreement(code, { sort: "agreement", order: "desc", locale: "en" }),
      co.getCountryVetoes(code, { page: 1, pageSize: co.COUNTRY_VETOES_PAGE_SIZE }),
      co.getCountryVetoTimeline(code),
      co.getDraftsVotedAgainst(code, { page: 1, pageSize: 25 }),
    ]);
  return {
    dashboard: () =>
      Promise.all([dash.getHeadlineFigures({}), dash.getLatestVotes(), dash.getMostVetoedTopics(), dash.getInTheNews("en"), vet.getVetoHistory({})]),
    "veto-history": () => vet.getVetoHistory({ view: "state", by: "year" }),
    "vetoes-page": () => Promise.all([vet.getVetoFilterOptions(), vet.getVetoTotals({}), vet.listVetoes({}), vet.getVetoesByTopic({}), vet.getVetoHistory({})]),
    "filtered-list": () => Promise.all([dr.listDrafts({ country: "RUS", from: 2000 }), options.listMemberOptions(), options.listTopicOptions()]),
    "resolution-S/2024/255": () => Promise.all([detail.hasDraft("S/2024/255"), detail.getDraftByRef("S/2024/255")]),
    "country-agreement-RUS": () => co.getVotingAgreement("RUS", { sort: "agreement", order: "desc", locale: "en" }),
    "country-agreement-USA": () => co.getVotingAgreement("USA", { sort: "agreement", order: "desc", locale: "en" }),
    "country-page-RUS": country("RUS"),
    "country-page-USA": country("USA"),
  };
}

/** Groups statements into stages: a statement starting before the first of the stage ended is concurrent with it. */
function stagesOf(qs: Captured[]): Captured[][] {
  const sorted = [...qs].sort((a, b) => a.start - b.start);
  const out: Captured[][] = [];
  let stageEnd = -Infinity;
  for (const q of sorted) {
    if (out.length && q.start < stageEnd) {
      out.at(-1)!.push(q);
      stageEnd = Math.min(stageEnd, q.end);
    } else {
      out.push([q]);
      stageEnd = q.end;
    }
  }
  return out;
}

// Prisma reports dates/bigints in params as strings already; arrays come as JSON arrays.
function pgParams(params: unknown[]): unknown[] {
  return params;
}

export interface QueryResult {
  scale: number;
  page: string;
  statements: number;
  stages: number;
  app: Stats;
  floor: Stats;
  ratio: number;
  /** 1-minute load average when the page was measured (the machine is shared; 2 cores). */
  loadAvg1m: number;
}

export async function benchQueries(scale: number, iterations: number, log = console.log): Promise<QueryResult[]> {
  const url = await ensureBenchDb(scale, log);
  process.env.DATABASE_URL = url;
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 10 }),
    log: [{ emit: "event", level: "query" }],
  });
  let capture: Captured[] | null = null;
  prisma.$on("query", (e) => {
    if (!capture) return;
    const end = performance.now();
    capture.push({ query: e.query, params: JSON.parse(e.params) as unknown[], start: end - Number(e.duration), end });
  });
  (globalThis as unknown as { prisma: PrismaClient }).prisma = prisma; // lib/db.ts uses this client
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const results: QueryResult[] = [];
  try {
    for (const [name, run] of Object.entries(await pages())) {
      capture = [];
      await run();
      const captured = capture;
      capture = null;
      const stages = stagesOf(captured);
      const floor = async () => {
        for (const stage of stages) await Promise.all(stage.map((q) => pool.query(q.query, pgParams(q.params))));
      };
      // Warm both paths (plans, buffers, connections), then alternate so drift hits both equally.
      for (let i = 0; i < 3; i++) {
        await run();
        await floor();
      }
      const appMs: number[] = [];
      const floorMs: number[] = [];
      for (let i = 0; i < iterations; i++) {
        let t = performance.now();
        await run();
        appMs.push(performance.now() - t);
        t = performance.now();
        await floor();
        floorMs.push(performance.now() - t);
      }
      const app = stats(appMs);
      const fl = stats(floorMs);
      const r = {
        scale,
        page: name,
        loadAvg1m: Math.round(loadavg()[0]! * 10) / 10,
        statements: captured.length,
        stages: stages.length,
        app,
        floor: fl,
        ratio: app.median / fl.median,
      };
      log(
        `${scale}x ${name.padEnd(24)} app ${app.median.toFixed(1)} ms (p95 ${app.p95.toFixed(1)}), ` +
          `floor ${fl.median.toFixed(1)} ms (p95 ${fl.p95.toFixed(1)}), ` +
          `ratio ${r.ratio.toFixed(2)}, ${captured.length} statements in ${stages.length} stages`,
      );
      results.push(r);
    }
  } finally {
    await pool.end();
    await prisma.$disconnect();
  }
  return results;
}

export async function saveQueryPlans(scale: number, dir: string) {
  // EXPLAIN (ANALYZE, BUFFERS) of every statement of every page at this scale.
  const url = await ensureBenchDb(scale, () => {});
  process.env.DATABASE_URL = url;
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }), log: [{ emit: "event", level: "query" }] });
  let capture: Captured[] | null = null;
  prisma.$on("query", (e) => capture?.push({ query: e.query, params: JSON.parse(e.params) as unknown[], start: 0, end: 0 }));
  (globalThis as unknown as { prisma: PrismaClient }).prisma = prisma;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await mkdir(dir, { recursive: true });
  try {
    for (const [name, run] of Object.entries(await pages())) {
      capture = [];
      await run();
      const qs = capture;
      capture = null;
      let text = `# ${name} at ${scale}x — ${qs.length} statements\n`;
      for (const q of qs) {
        if (/^\s*(BEGIN|COMMIT|SELECT 1)\s*$/i.test(q.query)) continue;
        const r = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.query}`, q.params);
        text += `\n-- ${q.query.replace(/\s+/g, " ").slice(0, 400)}\n-- params ${JSON.stringify(q.params)}\n${r.rows.map((x) => x["QUERY PLAN"]).join("\n")}\n`;
      }
      await writeFile(`${dir}/${name.replace(/\//g, "_")}-${scale}x.txt`, text);
    }
  } finally {
    await client.end();
    await prisma.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scales = (process.argv[2] ?? "1,10,100").split(",").map(Number);
  const iterations = Number(process.env.BENCH_ITERATIONS ?? 30);
  const all: QueryResult[] = [];
  for (const s of scales) all.push(...(await benchQueries(s, iterations)));
  await mkdir("bench/results", { recursive: true });
  await writeFile(`bench/results/queries${process.env.BENCH_TAG ? `-${process.env.BENCH_TAG}` : ""}.json`, JSON.stringify(all, null, 2));
  if (process.env.BENCH_PLANS) for (const s of scales) await saveQueryPlans(s, "bench/results/plans");
}
