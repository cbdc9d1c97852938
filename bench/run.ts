// npm run bench [-- steps]: the benchmarks of issue 5 ("Prove it fast"). Steps (default: all):
//   db       build or reuse unsc_bench_1x/10x/100x (bench/scale-db.ts)
//   queries  query floor ratio at each scale, EXPLAIN plans at 100x (bench/queries.ts)
//   http     production build + autocannon against the 1x database (bench/http.ts)
//   browser  first-load JS and Lighthouse on the production build (bench/browser.ts)
//   writes   reads during writes: autocannon on the public routes while an admin imports 1,000
//            drafts and edits drafts in Chromium, on a copy of the 1x database (bench/reads-during-writes.ts)
//   writes100x      draft saves through the admin write path on the 100x database: median/p95 (bench/writes.ts)
//   edits-under-load  edits through the form in Chromium while autocannon keeps 50 connections on the
//            public pages, on a copy of the 1x database (bench/edits-under-load.ts)
//   search   `q=` on the list of drafts and the veto list at each scale, before and after (bench/search.ts)
//   agreement  agreement over time and /compare at each scale, before and after (bench/agreement.ts)
//   seed     migrate + seed a fresh PostgreSQL database, then seed it again (bench/seed.ts)
//   instances two servers against one behind HAProxy with the shared cache in Redis, and an
//            edit's time to show on the other server (bench/instances.ts)
//   dev      fresh clone + npm install + first page of `npm run dev` (bench/dev-start.ts)
//   summary  bench/results/SUMMARY.md from the JSON results (bench/summary.ts)
// Environment: BENCH_DATABASE_URL (server for the bench databases), BENCH_SCALES (1,10,100),
// BENCH_ITERATIONS (30), BENCH_DURATION (30 s per route), BENCH_PORT (3917), BENCH_APP_DIR.
import { mkdir, writeFile } from "node:fs/promises";
import { ensureBenchDb } from "./scale-db";
import { benchQueries, saveQueryPlans } from "./queries";
import { benchHttp, startApp, prepareApp } from "./http";
import { firstLoadJs, lighthouse, JS_PAGES, LIGHTHOUSE_PAGES } from "./browser";
import { measureDevStart } from "./dev-start";
import { writeSummary } from "./summary";
import { benchRefresh } from "./refresh";
import { benchReadsDuringWrites } from "./reads-during-writes";
import { benchSeed } from "./seed";
import { benchWrites } from "./writes";
import { benchEditsUnderLoad } from "./edits-under-load";
import { benchInstances } from "./instances";
import { benchSearch, searchMarkdown, type SearchResult } from "./search";
import { agreementMarkdown, benchAgreement, type AgreementBenchRow } from "./agreement";

const steps = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["db", "queries", "http", "browser", "writes", "writes100x", "edits-under-load", "search", "agreement", "seed", "instances", "dev", "summary"];
const scales = (process.env.BENCH_SCALES ?? "1,10,100").split(",").map(Number);
const out = "bench/results";
await mkdir(`${out}/plans`, { recursive: true });
const save = (name: string, data: unknown) => writeFile(`${out}/${name}.json`, JSON.stringify(data, null, 2) + "\n");

if (steps.includes("db")) for (const s of scales) await ensureBenchDb(s);
if (steps.includes("queries")) {
  const all = [];
  for (const s of scales) all.push(...(await benchQueries(s, Number(process.env.BENCH_ITERATIONS ?? 30))));
  await save("queries", all);
  await saveQueryPlans(Math.max(...scales), `${out}/plans`);
  const refresh = [];
  for (const s of scales) refresh.push(...(await benchRefresh(s)));
  await save("refresh", refresh);
}
if (steps.includes("http")) await save("http", await benchHttp());
if (steps.includes("browser")) {
  const dir = process.env.BENCH_APP_DIR ?? "/tmp/unsc-bench-app";
  const port = Number(process.env.BENCH_PORT ?? 3917);
  const url = await ensureBenchDb(1);
  if (!steps.includes("http")) prepareApp(dir, url);
  const app = await startApp(dir, url, port);
  try {
    const base = `http://localhost:${port}`;
    const js = [];
    for (const p of JS_PAGES) js.push(await firstLoadJs(base, p));
    const lh = LIGHTHOUSE_PAGES.map((p) => lighthouse(base, p));
    await save("browser", { firstLoadJs: js, lighthouse: lh });
  } finally {
    app.kill("SIGTERM");
  }
}
if (steps.includes("writes")) await save("reads-during-writes", await benchReadsDuringWrites({ build: !steps.includes("http") && !steps.includes("browser") }));
if (steps.includes("writes100x")) await save("writes100x", await benchWrites(100));
if (steps.includes("edits-under-load"))
  await save("edits-under-load", await benchEditsUnderLoad({ build: !["http", "browser", "writes"].some((s) => steps.includes(s)) }));
if (steps.includes("search")) {
  const all: SearchResult[] = [];
  for (const s of scales) all.push(...(await benchSearch(s, Number(process.env.BENCH_ITERATIONS ?? 20))));
  await save("search", all);
  await writeFile(`${out}/search.md`, searchMarkdown(all));
}
if (steps.includes("agreement")) {
  const all: AgreementBenchRow[] = [];
  for (const s of scales) all.push(...(await benchAgreement(s, Number(process.env.BENCH_ITERATIONS ?? 30))));
  await save("agreement", all);
  await writeFile(`${out}/agreement.md`, agreementMarkdown(all));
}
if (steps.includes("seed")) await save("seed", await benchSeed());
if (steps.includes("instances")) await save("instances", await benchInstances());
if (steps.includes("dev"))
  await save("dev-start", await measureDevStart(process.env.BENCH_FRESH_DIR ?? "/tmp/unsc-fresh", Number(process.env.BENCH_DEV_PORT ?? 3918)));
if (steps.includes("summary")) {
  const { existsSync, readFileSync } = await import("node:fs");
  await writeSummary(out, existsSync("bench/NOTES.md") ? readFileSync("bench/NOTES.md", "utf8") : "");
}
process.exit(0);
