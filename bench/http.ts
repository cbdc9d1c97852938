// HTTP load: a production build (next build && next start) against the 1x benchmark database,
// autocannon for 30 s at 50 connections per route, and a static route of the same app as the
// floor. The build runs in a clone of this repository (BENCH_APP_DIR, default /tmp/unsc-bench-app)
// so the working tree's .next is never touched. Run with: npx tsx bench/http.ts
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import { ensureBenchDb } from "./scale-db";

export const ROUTES = ["/api/health", "/", "/vetoes", "/resolutions?country=RUS&from=2000", "/resolutions/S/2024/255", "/api/vetoes"] as const;
export const FLOOR_ROUTE = "/api/health";

export interface HttpResult {
  route: string;
  requestsPerSec: number;
  latencyP50: number;
  latencyP99: number;
  errors: number;
  non2xx: number;
  requests: number;
  ratioToFloor: number;
}

/** Clones HEAD of this repository into dir (hard-linking node_modules) and builds it. */
export function prepareApp(dir: string, dbUrl: string, log = console.log): void {
  const repo = process.cwd();
  if (!existsSync(dir)) {
    execFileSync("git", ["clone", "-q", repo, dir]);
    execFileSync("cp", ["-al", `${repo}/node_modules`, `${dir}/`]);
  } else {
    execFileSync("git", ["-C", dir, "fetch", "-q", repo, "HEAD"]);
    execFileSync("git", ["-C", dir, "checkout", "-q", "-f", "FETCH_HEAD"]);
  }
  // The Prisma client is generated (not committed): regenerate it for this checkout's schema, or a
  // reused folder builds against the client of an older schema.
  execFileSync("node", ["scripts/prisma-generate.mjs"], { cwd: dir, stdio: "ignore" });
  if (process.env.BENCH_SKIP_BUILD) return;
  log(`building in ${dir} ...`);
  const t = performance.now();
  execFileSync("node_modules/.bin/next", ["build"], {
    cwd: dir,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: dbUrl, BETTER_AUTH_SECRET: randomBytes(24).toString("hex") },
  });
  log(`built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
}

export async function startApp(dir: string, dbUrl: string, port: number): Promise<ChildProcess> {
  // No -H: Next 16.4 turns next-intl rewrites into 307 loops when bound to 127.0.0.1.
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    cwd: dir,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: dbUrl, BETTER_AUTH_SECRET: randomBytes(24).toString("hex") },
  });
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`http://localhost:${port}${FLOOR_ROUTE}`);
      if (r.ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error("next start did not answer in 60 s");
}

export async function loadRoute(base: string, route: string, duration: number, connections: number) {
  // Warm up (compile caches, connection pool, unstable_cache entries), then measure.
  for (let i = 0; i < 5; i++) await fetch(base + route).then((r) => r.arrayBuffer());
  const r = await autocannon({ url: base + route, connections, duration, headers: { "accept-encoding": "gzip" } });
  return r;
}

export async function benchHttp(opts: { port?: number; duration?: number; connections?: number; dir?: string } = {}, log = console.log): Promise<HttpResult[]> {
  const port = opts.port ?? Number(process.env.BENCH_PORT ?? 3917);
  const duration = opts.duration ?? Number(process.env.BENCH_DURATION ?? 30);
  const connections = opts.connections ?? 50;
  const dir = opts.dir ?? process.env.BENCH_APP_DIR ?? "/tmp/unsc-bench-app";
  const dbUrl = await ensureBenchDb(1, log);
  prepareApp(dir, dbUrl, log);
  const app = await startApp(dir, dbUrl, port);
  const base = `http://localhost:${port}`;
  const results: HttpResult[] = [];
  try {
    let floor = 0;
    for (const route of ROUTES) {
      const r = await loadRoute(base, route, duration, connections);
      if (route === FLOOR_ROUTE) floor = r.requests.average;
      const res: HttpResult = {
        route,
        requestsPerSec: r.requests.average,
        latencyP50: r.latency.p50,
        latencyP99: r.latency.p99,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
        requests: r.requests.total,
        ratioToFloor: Math.round((r.requests.average / floor) * 1000) / 1000,
      };
      log(
        `${route.padEnd(38)} ${res.requestsPerSec.toFixed(0)} req/s, p50 ${res.latencyP50} ms, p99 ${res.latencyP99} ms, ` +
          `errors ${res.errors}, non-2xx ${res.non2xx}, ${(res.ratioToFloor * 100).toFixed(0)}% of floor`,
      );
      results.push(res);
    }
  } finally {
    app.kill("SIGTERM");
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchHttp();
  await mkdir("bench/results", { recursive: true });
  await writeFile(`bench/results/http${process.env.BENCH_TAG ? `-${process.env.BENCH_TAG}` : ""}.json`, JSON.stringify(results, null, 2));
}
