// Reads during writes at full strength (issue 5): the production build of bench/http.ts, on a
// throw-away copy of the 1x benchmark database (unsc_bench_rdw, made from unsc_bench_1x and
// dropped afterwards, so the other steps keep measuring the same data), autocannon on the five
// public routes with BENCH_RDW_CONNECTIONS (default 10) connections each — 50 in all — for at least
// BENCH_DURATION (30) s, while Chromium, driven by Playwright as in tests/e2e/load.spec.ts, signs in
// as an admin, imports 1,000 drafts through /admin/import (check, then import; one file, the
// import's row limit being 1,000) and corrects drafts through the edit form. Reports requests,
// errors and non-2xx per route, the import and edit durations, and whether a reader saw every
// write at once. The same writes run first with no readers, as the reference (BENCH_RDW_BASELINE=0
// skips it; BENCH_RDW_CONNECTIONS=0 runs only that).
// Run alone: npx tsx -C react-server bench/reads-during-writes.ts
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { chromium } from "@playwright/test";
import { adminQuery, ensureBenchDb, migrateAndSeed, serverUrl } from "./scale-db";
import { prepareApp, startApp } from "./http";
import { readsDuringWrites, type ReadsDuringWritesResult } from "../tests/e2e/support/reads-during-writes";

/** The writes alone first (no readers, same app and database: the reference), then under load. */
export type ReadsDuringWritesBench = ReadsDuringWritesResult & {
  database: string;
  loadAvg1m: number;
  baseline: Pick<ReadsDuringWritesResult, "imports" | "importSeconds" | "edits" | "writesSeconds" | "writeError"> | null;
};

const COPY = "unsc_bench_rdw";

export async function benchReadsDuringWrites(
  opts: { port?: number; connections?: number; duration?: number; dir?: string; build?: boolean } = {},
  log = console.log,
): Promise<ReadsDuringWritesBench> {
  const port = opts.port ?? Number(process.env.BENCH_PORT ?? 3917);
  const connections = opts.connections ?? Number(process.env.BENCH_RDW_CONNECTIONS ?? 10);
  const duration = opts.duration ?? Number(process.env.BENCH_DURATION ?? 30);
  const dir = opts.dir ?? process.env.BENCH_APP_DIR ?? "/tmp/unsc-bench-app";
  const source = await ensureBenchDb(1, log);
  if (opts.build ?? true) prepareApp(dir, source, log);

  // A fresh copy of the 1x database for the writes. CREATE DATABASE … TEMPLATE needs no other
  // session on the source; if one stays (another benchmark), migrate and seed the copy instead
  // (the 1x database is exactly the seeded data).
  const url = new URL(serverUrl());
  url.pathname = `/${COPY}`;
  const dbUrl = url.toString();
  await adminQuery(`DROP DATABASE IF EXISTS "${COPY}" WITH (FORCE)`);
  let copied = false;
  for (let i = 0; i < 5 && !copied; i++) {
    copied = await adminQuery(`CREATE DATABASE "${COPY}" TEMPLATE "unsc_bench_1x"`).then(
      () => true,
      () => false,
    );
    if (!copied) await new Promise((r) => setTimeout(r, 2000));
  }
  if (!copied) {
    log(`${COPY}: unsc_bench_1x is in use, seeding the copy instead`);
    await adminQuery(`CREATE DATABASE "${COPY}"`);
    await migrateAndSeed(dbUrl);
  }
  const admin = { email: "bench-admin@example.org", password: `bench-${randomBytes(12).toString("base64url")}` };
  execFileSync("node_modules/.bin/tsx", ["tests/e2e/support/create-account.ts", "admin", admin.email, admin.password], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: dbUrl, BETTER_AUTH_SECRET: randomBytes(24).toString("hex") },
  });

  const app = await startApp(dir, dbUrl, port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const base = `http://localhost:${port}`;
  const newPage = async () => {
    const page = await (await browser.newContext({ baseURL: base })).newPage();
    page.setDefaultTimeout(400_000); // the admin pages load slowly while 50 connections read
    page.setDefaultNavigationTimeout(400_000);
    return page;
  };
  try {
    let baseline: ReadsDuringWritesBench["baseline"] = null;
    if (connections > 0 && process.env.BENCH_RDW_BASELINE !== "0") {
      log("writes alone (the reference) …");
      const b = await readsDuringWrites({ base, page: await newPage(), admin, drafts: 1000, connectionsPerRoute: 0, warmSeconds: 0, tailSeconds: 0, log });
      baseline = { imports: b.imports, importSeconds: b.importSeconds, edits: b.edits, writesSeconds: b.writesSeconds, writeError: b.writeError };
    }
    log(`writes under ${connections} connections per route …`);
    const result = await readsDuringWrites({
      base,
      page: await newPage(),
      admin,
      drafts: 1000,
      connectionsPerRoute: connections,
      minSeconds: duration,
      warmSeconds: 3,
      tailSeconds: 3,
      log,
    });
    log(
      `reads during writes: ${result.totals.requests} requests in ${result.loadSeconds} s, ${result.totals.errors} errors, ${result.totals.non2xx} non-2xx; ` +
        `1,000 drafts imported in ${result.importSeconds} s${result.writeError ? `; WRITE FAILED: ${result.writeError}` : ""}`,
    );
    return { ...result, database: `${COPY} (copy of unsc_bench_1x)`, loadAvg1m: Math.round(loadavg()[0]! * 100) / 100, baseline };
  } finally {
    await browser.close();
    app.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    await adminQuery(`DROP DATABASE IF EXISTS "${COPY}" WITH (FORCE)`).catch((e) => log(`could not drop ${COPY}: ${e}`));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchReadsDuringWrites();
  await mkdir("bench/results", { recursive: true });
  await writeFile("bench/results/reads-during-writes.json", JSON.stringify(result, null, 2) + "\n");
  process.exit(0);
}
