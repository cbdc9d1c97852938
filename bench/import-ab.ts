// Issue 12's target, "a 1,000-row import unchanged or faster", measured A/B: the same 1,000-draft
// CSV imported through the import's Server Action (check, then import) in the version before
// issue 12's write-path change (read summaries as materialized views refreshed in each write) and in
// this one (summaries kept up to date inside each write's transaction), on PostgreSQL at 1x.
//
//   IMPORT_AB_BEFORE=/work/wt/before12 npx tsx bench/import-ab.ts
//
// IMPORT_AB_BEFORE: a worktree of the earlier version (its node_modules and lib/generated ready).
// IMPORT_AB_RUNS: runs per version (default 4). IMPORT_AB_SERVER: the PostgreSQL server
// (default postgresql://postgres@127.0.0.1:5432/postgres). IMPORT_AB_RESEED=1 rebuilds the templates.
//
// Each version gets a template database (h_imp_before, h_imp_after) migrated and seeded by its own
// scripts (scripts/migrate.ts, prisma/seed.ts). Each run copies the template (CREATE DATABASE …
// TEMPLATE), spawns bench/import-ab-run.ts in that version's worktree against the copy, and drops
// the copy. Versions alternate, and the order flips each round (before-after, after-before, …), so
// the shared machine's changing load falls on both alike; the 1-minute load average is kept with
// each run. Results: bench/results/import-ab.json.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { draftsCsv, TEMPLATE_REF } from "../tests/e2e/support/reads-during-writes";
import { stats } from "./stats";

type Version = "before" | "after";

interface Run {
  round: number;
  version: Version;
  checkMs: number;
  applyMs: number;
  totalMs: number;
  loadAvg1mBefore: number;
  loadAvg1mAfter: number;
}

const SERVER = process.env.IMPORT_AB_SERVER ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const RUNS = Number(process.env.IMPORT_AB_RUNS ?? 4);
const BEFORE_DIR = process.env.IMPORT_AB_BEFORE;
if (!BEFORE_DIR) throw new Error("IMPORT_AB_BEFORE: the worktree of the version before issue 12 (e.g. /work/wt/before12)");
const HERE = process.cwd();
const DIRS: Record<Version, string> = { before: path.resolve(BEFORE_DIR), after: HERE };
const DRAFTS = 1000;
/** Symbols no draft has (the UN's S/ series stays below ~1,300 a year). */
const FIRST = 5000;

function dbUrl(name: string): string {
  const u = new URL(SERVER);
  u.pathname = `/${name}`;
  return u.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, values)).rows;
  } finally {
    await c.end();
  }
}

/** Runs a command in a worktree; resolves with its stdout, rejects with its stderr's tail. */
function run(cwd: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(" ")} in ${cwd}: exit ${code}\n${err.slice(-2000)}`))));
  });
}

/** h_imp_<version>: migrated and seeded by that version's own scripts, then marked as a template. */
async function ensureTemplate(version: Version): Promise<string> {
  const name = `h_imp_${version}`;
  const exists = (await query(SERVER, "SELECT 1 FROM pg_database WHERE datname = $1", [name])).length > 0;
  if (exists && process.env.IMPORT_AB_RESEED !== "1") return name;
  if (exists) await query(SERVER, `ALTER DATABASE ${name} IS_TEMPLATE false`);
  await query(SERVER, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await query(SERVER, `CREATE DATABASE ${name}`);
  const env = { DATABASE_URL: dbUrl(name) };
  await run(DIRS[version], ["tsx", "scripts/migrate.ts"], env);
  await run(DIRS[version], ["tsx", "prisma/seed.ts"], env);
  await query(SERVER, `ALTER DATABASE ${name} IS_TEMPLATE true`);
  console.log(`${name}: migrated and seeded in ${DIRS[version]}`);
  return name;
}

/** The file: DRAFTS new drafts voted on the template vote's date by its fifteen members (tests/e2e/support/reads-during-writes.ts). */
async function buildCsv(template: string): Promise<{ csv: string; symbols: string; date: string }> {
  const [t] = await query<{ date: string; members: string }>(
    dbUrl(template),
    `SELECT to_char(d.voted_on, 'YYYY-MM-DD') AS date, string_agg(v.member_code, ';' ORDER BY v.member_code) AS members
     FROM draft d JOIN vote v ON v.draft_id = d.id WHERE d.ref = $1 GROUP BY d.voted_on`,
    [TEMPLATE_REF],
  );
  if (!t) throw new Error(`${TEMPLATE_REF} is not in ${template}`);
  const year = Number(t.date.slice(0, 4));
  const rows = Array.from({ length: DRAFTS }, (_, i) => ({
    symbol: `S/${year}/${FIRST + i}`,
    title: `Synthetic draft ${i + 1} of ${DRAFTS} for the import A/B benchmark`,
  }));
  const taken = await query<{ n: number }>(dbUrl(template), "SELECT count(*)::int AS n FROM draft WHERE ref = ANY($1)", [rows.map((r) => r.symbol)]);
  if (taken[0]!.n > 0) throw new Error(`${taken[0]!.n} of the symbols S/${year}/${FIRST}… are taken`);
  return { csv: draftsCsv(rows, t.date, t.members.split(";")), symbols: `S/${year}/${FIRST}–${FIRST + DRAFTS - 1}`, date: t.date };
}

const load1m = () => Math.round(loadavg()[0]! * 100) / 100;

async function timedRun(version: Version, template: string, round: number, csvPath: string): Promise<Run> {
  const copy = `h_imp_${version}_r${round}`;
  await query(SERVER, `DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
  await query(SERVER, `CREATE DATABASE ${copy} TEMPLATE ${template}`);
  try {
    const loadAvg1mBefore = load1m();
    const out = await run(DIRS[version], ["tsx", "-C", "react-server", "bench/import-ab-run.ts"], {
      DATABASE_URL: dbUrl(copy),
      IMPORT_AB_CSV: csvPath,
      IMPORT_AB_ROWS: String(DRAFTS),
      NODE_ENV: "test",
    });
    const r = JSON.parse(out.trim().split("\n").at(-1)!) as { checkMs: number; applyMs: number; totalMs: number };
    const result = { round, version, checkMs: r.checkMs, applyMs: r.applyMs, totalMs: r.totalMs, loadAvg1mBefore, loadAvg1mAfter: load1m() };
    console.log(`round ${round} ${version}: check ${r.checkMs} ms, import ${r.applyMs} ms (load ${loadAvg1mBefore} → ${result.loadAvg1mAfter})`);
    return result;
  } finally {
    await query(SERVER, `DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
  }
}

const templates = { before: await ensureTemplate("before"), after: await ensureTemplate("after") };
const file = await buildCsv(templates.after);
const work = mkdtempSync(path.join(tmpdir(), "import-ab-"));
const csvPath = path.join(work, "import-ab-1000.csv");
writeFileSync(csvPath, file.csv);
// The runner must load each version's own modules: a copy of it in the earlier worktree (not committed there).
copyFileSync(path.join(HERE, "bench/import-ab-run.ts"), path.join(DIRS.before, "bench/import-ab-run.ts"));

const commits = {
  before: (await run(DIRS.before, ["git", "rev-parse", "--short", "HEAD"], {})).trim(),
  after: (await run(DIRS.after, ["git", "rev-parse", "--short", "HEAD"], {})).trim(),
};
const runs: Run[] = [];
const startedAt = new Date().toISOString();
for (let round = 1; round <= RUNS; round++) {
  const order: Version[] = round % 2 ? ["before", "after"] : ["after", "before"];
  for (const version of order) runs.push(await timedRun(version, templates[version], round, csvPath));
}

const summary = (version: Version) => {
  const mine = runs.filter((r) => r.version === version);
  return {
    commit: commits[version],
    runs: mine.length,
    check: stats(mine.map((r) => r.checkMs)),
    apply: stats(mine.map((r) => r.applyMs)),
    total: stats(mine.map((r) => r.totalMs)),
    loadAvg1m: stats(mine.map((r) => r.loadAvg1mBefore)),
  };
};
/** Per round: after's total ÷ before's total. */
function pairedRatios() {
  const byRound = Array.from({ length: RUNS }, (_, i) => {
    const pick = (v: Version) => runs.find((r) => r.round === i + 1 && r.version === v)!.totalMs;
    return Math.round((pick("after") / pick("before")) * 100) / 100;
  });
  return { median: stats(byRound).median, byRound };
}
const before = summary("before");
const after = summary("after");
const result = {
  startedAt,
  finishedAt: new Date().toISOString(),
  server: new URL(SERVER).host,
  scale: "1x (the real seed)",
  path: "lib/actions/import.ts importAction: check (file upload), then import (checked text carried back)",
  file: {
    drafts: DRAFTS,
    bytes: Buffer.byteLength(file.csv),
    sha256: createHash("sha256").update(file.csv).digest("hex"),
    symbols: file.symbols,
    date: file.date,
    builtBy: "tests/e2e/support/reads-during-writes.ts draftsCsv",
  },
  before,
  after,
  /** after ÷ before, medians: below 1 is faster. */
  ratio: {
    check: Math.round((after.check.median / before.check.median) * 100) / 100,
    apply: Math.round((after.apply.median / before.apply.median) * 100) / 100,
    total: Math.round((after.total.median / before.total.median) * 100) / 100,
  },
  /** after ÷ before within each round (the two runs minutes apart at most), and their median: the load shared more closely. */
  pairedRatio: pairedRatios(),
  runs,
};
writeFileSync(path.join(HERE, "bench/results/import-ab.json"), JSON.stringify(result, null, 2) + "\n");
console.log(JSON.stringify({ before: before.total, after: after.total, ratio: result.ratio, paired: result.pairedRatio }));
