// Edits under load (issue 12): an editor corrects drafts through the edit form in Chromium (the
// app's own Server Action: checks, write, summaries, cache expiry) while autocannon keeps 50
// connections on the public pages (10 on each route of tests/e2e/support/reads-during-writes.ts),
// on the 1x data. Each edit is timed from the click on "Save the changes" to the confirmation. The
// same edits with no readers first, as the reference. Two topologies (BENCH_EDITS_TOPOLOGY, default
// both):
//   one    one `next start`: readers and the editor share its single event loop, so each of the
//          edit's ~60 sequential steps (queries, renders) waits behind the readers' queued work.
//   queued one server behind HAProxy, which lets it take BENCH_MAXCONN (4) requests at a time and
//          queues the rest, the admin area's first (README "Production").
//   split  HAProxy sends the admin area to a server kept for editors and the readers to another,
//          both on one PostgreSQL and one Redis (the shared cache makes the edit visible to the
//          readers' server at once; tests/e2e/instances.spec.ts).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { chromium } from "@playwright/test";
import { editTitle, signIn, startReaders, type RouteLoad } from "../tests/e2e/support/reads-during-writes";
import { startInstances } from "../tests/e2e/support/instances";
import { prepareApp, startApp } from "./http";
import { adminQuery, benchDbPrefix, ensureBenchDb, serverUrl } from "./scale-db";
import { stats, type Stats } from "./stats";

export interface EditsUnderLoadResult {
  topology: Topology;
  database: string;
  connections: number;
  /** Edits with no readers (ms). */
  alone: number[];
  aloneStats: Stats;
  /** Edits while the readers read (ms). */
  underLoad: number[];
  underLoadStats: Stats;
  routes: RouteLoad[];
  totals: { requests: number; errors: number; non2xx: number };
  loadSeconds: number;
  loadAvg1m: number;
}

type Topology = "one" | "queued" | "split";

const REFS = ["S/2024/255", "S/2025/353", "S/RES/2829(2026)"];

type Measured = Omit<EditsUnderLoadResult, "topology" | "database">;

/** Signs in at `base`, edits alone, then under `perRoute` × 5 reader connections on `readersBase`. */
async function measureEdits(
  base: string,
  readersBase: string,
  admin: { email: string; password: string },
  perRoute: number,
  edits: number,
  log: (m: string) => void,
): Promise<Measured> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const page = await (await browser.newContext({ baseURL: base })).newPage();
    page.setDefaultTimeout(120_000);
    await signIn(page, admin);
    let n = 0;
    const edit = async () => {
      const ref = REFS[n % REFS.length]!;
      n += 1;
      const e = await editTitle(page, ref, (old) => `${old.replace(/ \(edit \d+\)$/, "")} (edit ${n})`);
      log(`  edit ${n} of ${ref}: ${e.ms} ms`);
      return e.ms;
    };
    log("edits alone …");
    const alone: number[] = [];
    for (let i = 0; i < Math.min(edits, 6); i++) alone.push(await edit());
    log(`edits under ${perRoute * 5} connections of readers …`);
    const readers = startReaders(readersBase, perRoute);
    await new Promise((r) => setTimeout(r, 5000));
    const underLoad: number[] = [];
    for (let i = 0; i < edits; i++) underLoad.push(await edit());
    const loadSeconds = Math.round(readers.seconds());
    const routes = await readers.stop();
    return {
      connections: perRoute * routes.length,
      alone,
      aloneStats: stats(alone.slice(1)), // the first edit compiles and warms the edit page
      underLoad,
      underLoadStats: stats(underLoad),
      routes,
      totals: {
        requests: routes.reduce((a, r) => a + r.requests, 0),
        errors: routes.reduce((a, r) => a + r.errors, 0),
        non2xx: routes.reduce((a, r) => a + r.non2xx, 0),
      },
      loadSeconds,
      loadAvg1m: Math.round(loadavg()[0]! * 100) / 100,
    };
  } finally {
    await browser.close();
  }
}

async function oneServer(dir: string, port: number, perRoute: number, edits: number, log: (m: string) => void): Promise<EditsUnderLoadResult> {
  const copy = `${benchDbPrefix()}_edits`;
  await adminQuery(`DROP DATABASE IF EXISTS "${copy}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE "${copy}" TEMPLATE "${benchDbPrefix()}_1x"`);
  const url = new URL(serverUrl());
  url.pathname = `/${copy}`;
  const dbUrl = url.toString();
  const admin = { email: "bench-editor@example.org", password: `bench-${randomBytes(12).toString("base64url")}` };
  execFileSync("node_modules/.bin/tsx", ["tests/e2e/support/create-account.ts", "editor", admin.email, admin.password], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: dbUrl, BETTER_AUTH_SECRET: randomBytes(24).toString("hex") },
  });
  const app = await startApp(dir, dbUrl, port);
  const base = `http://localhost:${port}`;
  try {
    return { topology: "one", database: `${copy} (copy of ${benchDbPrefix()}_1x)`, ...(await measureEdits(base, base, admin, perRoute, edits, log)) };
  } finally {
    app.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    await adminQuery(`DROP DATABASE IF EXISTS "${copy}" WITH (FORCE)`).catch((e) => log(`could not drop ${copy}: ${e}`));
  }
}

/** Behind HAProxy, on a fresh migrate + seed of PostgreSQL and Redis: "queued" (one server) or "split". */
async function behindBalancer(
  topology: "queued" | "split",
  dir: string,
  port: number,
  perRoute: number,
  edits: number,
  log: (m: string) => void,
): Promise<EditsUnderLoadResult> {
  const maxConn = Number(process.env.BENCH_MAXCONN ?? 4);
  const cluster = await startInstances({
    ports: [port + 1],
    editorPorts: topology === "split" ? [port + 2] : [],
    serverMaxConn: topology === "queued" ? maxConn : undefined,
    balancerPort: port,
    redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    postgresUrl: serverUrl(),
    cwd: dir,
  });
  try {
    const measured = await measureEdits(cluster.balancer, cluster.balancer, cluster.admin, perRoute, edits, log);
    const database =
      topology === "split"
        ? "a fresh migrate + seed (1x); a readers' server and an editors' server behind HAProxy, Redis"
        : `a fresh migrate + seed (1x); one server behind HAProxy, maxconn ${maxConn}, the admin area first in its queue, Redis`;
    return { topology, database, ...measured };
  } finally {
    await cluster.stop();
  }
}

export async function benchEditsUnderLoad(
  opts: { port?: number; connectionsPerRoute?: number; edits?: number; dir?: string; build?: boolean } = {},
  log = console.log,
): Promise<EditsUnderLoadResult[]> {
  const port = opts.port ?? Number(process.env.BENCH_PORT ?? 3917);
  const perRoute = opts.connectionsPerRoute ?? 10;
  const edits = opts.edits ?? Number(process.env.BENCH_EDITS ?? 9);
  const dir = opts.dir ?? process.env.BENCH_APP_DIR ?? "/tmp/unsc-bench-app";
  const topologies = (process.env.BENCH_EDITS_TOPOLOGY ?? "one,queued,split").split(",");
  const source = await ensureBenchDb(1, log);
  if (opts.build ?? true) prepareApp(dir, source, log);
  const results: EditsUnderLoadResult[] = [];
  if (topologies.includes("one")) {
    log("one server …");
    results.push(await oneServer(dir, port, perRoute, edits, log));
  }
  if (topologies.includes("queued")) {
    log("one server behind HAProxy, the admin area first in its queue …");
    results.push(await behindBalancer("queued", dir, port + 10, perRoute, edits, log));
  }
  if (topologies.includes("split")) {
    log("readers' and editors' servers behind HAProxy …");
    results.push(await behindBalancer("split", dir, port + 10, perRoute, edits, log));
  }
  return results;
}
