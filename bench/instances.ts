// Step "instances" (issue 12): throughput through HAProxy with two production servers against one,
// both sharing Redis and one PostgreSQL database (tests/e2e/support/instances.ts), and how long an
// edit saved through one server takes to show on the other's draft page. Uses the build in .next
// (made first if missing). BENCH_DURATION seconds per route (default 20), 50 connections.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { loadRoute } from "./http";
import { startInstances } from "../tests/e2e/support/instances";

const ROUTES = ["/", "/resolutions?country=RUS&from=2000", "/resolutions/S/2024/255", "/api/vetoes"];
const REF = "S/RES/2829(2026)";
const PORTS = [3316, 3317];
const BALANCER = 3315;

export interface InstancesBench {
  cpus: number;
  durationSeconds: number;
  connections: number;
  throughput: { route: string; oneServer: number; twoServers: number; p99One: number; p99Two: number; errors: number; non2xx: number }[];
  editToVisible: { samples: number[]; medianMs: number; maxMs: number };
}

async function throughput(servers: number, duration: number, connections: number, log: (m: string) => void) {
  const cluster = await startInstances({ ports: PORTS.slice(0, servers), balancerPort: BALANCER, redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379" });
  try {
    const rows = [];
    for (const route of ROUTES) {
      const r = await loadRoute(cluster.balancer, route, duration, connections);
      log(`  ${servers} server(s) ${route}: ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms, errors ${r.errors}, non-2xx ${r.non2xx}`);
      rows.push({ route, rps: Math.round(r.requests.average), p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx });
    }
    return rows;
  } finally {
    await cluster.stop();
  }
}

async function editToVisible(log: (m: string) => void): Promise<number[]> {
  const cluster = await startInstances({ ports: PORTS, balancerPort: BALANCER, redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379" });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const [a, b] = cluster.servers as [string, string];
    const page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(180_000); // admin pages load slowly on a busy machine
    page.setDefaultNavigationTimeout(180_000);
    await page.goto(`${a}/admin/login`);
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Email").fill(cluster.admin.email);
    await page.getByLabel("Password").fill(cluster.admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/admin$/);
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      await fetch(`${b}/resolutions/${REF}`).then((r) => r.text()); // the other server holds a copy
      const title = `Bench edit ${Date.now().toString(36)}`;
      await page.goto(`${a}/admin/resolutions/${REF}/edit`);
      await page.waitForLoadState("networkidle");
      await page.getByLabel("Title of the draft").fill(title);
      await page.getByRole("button", { name: "Save the changes" }).click();
      await page.getByText(/Your changes to .+ were saved\./).waitFor();
      // From the editor's confirmation to the first answer of the other server that shows it.
      const saved = performance.now();
      while (!(await fetch(`${b}/resolutions/${REF}`).then((r) => r.text())).includes(title)) {
        if (performance.now() - saved > 60_000) throw new Error("the edit did not show on the other server in 60 s");
      }
      samples.push(Math.round(performance.now() - saved));
      log(`  edit ${i + 1}: visible on the other server ${samples.at(-1)} ms after the save`);
    }
    return samples;
  } finally {
    await browser.close();
    await cluster.stop();
  }
}

export async function benchInstances(log = console.log): Promise<InstancesBench> {
  if (!existsSync(".next/BUILD_ID")) execFileSync("npx", ["tsx", "scripts/with-database.ts", "next", "build"], { stdio: "inherit" });
  const duration = Number(process.env.BENCH_DURATION ?? 20);
  const connections = 50;
  log("instances: one server behind HAProxy …");
  const one = await throughput(1, duration, connections, log);
  log("instances: two servers behind HAProxy …");
  const two = await throughput(2, duration, connections, log);
  log("instances: edit on one server, visible on the other …");
  const samples = await editToVisible(log);
  const sorted = [...samples].sort((x, y) => x - y);
  const { cpus } = await import("node:os");
  return {
    cpus: cpus().length,
    durationSeconds: duration,
    connections,
    throughput: ROUTES.map((route, i) => ({
      route,
      oneServer: one[i]!.rps,
      twoServers: two[i]!.rps,
      p99One: one[i]!.p99,
      p99Two: two[i]!.p99,
      errors: one[i]!.errors + two[i]!.errors,
      non2xx: one[i]!.non2xx + two[i]!.non2xx,
    })),
    editToVisible: { samples, medianMs: sorted[Math.floor(sorted.length / 2)]!, maxMs: sorted.at(-1)! },
  };
}
