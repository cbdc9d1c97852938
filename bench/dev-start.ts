// Embedded start: from a fresh clone after `npm install`, seconds until `npm run dev` (embedded
// PostgreSQL, migrate + seed on first start, Turbopack compile of the first page) serves its first
// page. Run with: npx tsx bench/dev-start.ts [clone dir] — the clone is made (and npm install run,
// timed separately) when the directory does not exist.
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";

export interface DevStartResult {
  installSeconds: number | null;
  firstPageSeconds: number;
  status: number;
  port: number;
}

export async function measureDevStart(dir: string, port: number): Promise<DevStartResult> {
  let installSeconds: number | null = null;
  if (!existsSync(dir)) {
    execFileSync("git", ["clone", "-q", process.cwd(), dir]);
    const t = performance.now();
    execFileSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: dir, stdio: "inherit" });
    installSeconds = Math.round((performance.now() - t) / 100) / 10;
  }
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
  delete env.DATABASE_URL; // the embedded database, as a new contributor gets it
  const t0 = performance.now();
  const child = spawn("npm", ["run", "dev", "--", "-p", String(port)], { cwd: dir, env, stdio: ["ignore", "inherit", "inherit"], detached: true });
  try {
    for (;;) {
      if (performance.now() - t0 > 300_000) throw new Error("npm run dev served nothing in 300 s");
      try {
        const r = await fetch(`http://localhost:${port}/`, { signal: AbortSignal.timeout(120_000) });
        await r.arrayBuffer();
        if (r.status < 500) return { installSeconds, firstPageSeconds: Math.round((performance.now() - t0) / 100) / 10, status: r.status, port };
      } catch {}
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    process.kill(-child.pid!, "SIGTERM"); // the whole group: npm, tsx, next and its workers
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await measureDevStart(process.argv[2] ?? "/tmp/unsc-fresh", Number(process.env.BENCH_DEV_PORT ?? 3918));
  console.log(JSON.stringify(r));
  const { mkdir, writeFile } = await import("node:fs/promises");
  await mkdir("bench/results", { recursive: true });
  await writeFile("bench/results/dev-start.json", JSON.stringify(r, null, 2));
}
