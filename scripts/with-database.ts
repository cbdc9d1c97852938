// Runs a command (next dev / build / start) with a database.
// - DATABASE_URL set: run the command against that PostgreSQL server, unchanged.
// - Otherwise: serve the embedded PostgreSQL (PGlite, folder .data/pglite) from THIS process over
//   the Postgres protocol, migrate and seed it on first start, and give the command its
//   DATABASE_URL. Only one process may open a PGlite folder; a second `with-database` reuses the
//   running server (found through .data/embedded.json) instead of opening the folder again.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: tsx scripts/with-database.ts <command> [args...]");
  process.exit(2);
}

const dataRoot = path.resolve(process.env.EMBEDDED_DB_DIR ?? ".data");
const stateFile = path.join(dataRoot, "embedded.json");

function run(env: NodeJS.ProcessEnv, onExit: (code: number) => Promise<void> | void = () => {}) {
  const child = spawn(command!, args, { stdio: "inherit", env, shell: process.platform === "win32" });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", async (code, signal) => {
    await onExit(code ?? (signal ? 1 : 0));
    process.exit(code ?? (signal ? 1 : 0));
  });
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function main() {
  if (process.env.DATABASE_URL) return run(process.env);

  mkdirSync(dataRoot, { recursive: true });
  if (existsSync(stateFile)) {
    const state = JSON.parse(readFileSync(stateFile, "utf8")) as { pid: number; url: string };
    if (alive(state.pid) && (await reachable(state.url))) {
      console.log(`[db] using the embedded database already served by process ${state.pid}`);
      return run({ ...process.env, DATABASE_URL: state.url, BETTER_AUTH_SECRET: localAuthSecret() });
    }
    rmSync(stateFile, { force: true }); // stale: its process is gone
  }

  const started = Date.now();
  const { startEmbeddedServer } = await import("../lib/db/embedded");
  const { migrate } = await import("../lib/db/migrate");
  const server = await startEmbeddedServer({ dataDir: path.join(dataRoot, "pglite"), port: Number(process.env.EMBEDDED_DB_PORT ?? 54329) });
  writeFileSync(stateFile, JSON.stringify({ pid: process.pid, url: server.url }));
  const stop = async () => {
    rmSync(stateFile, { force: true });
    await server.stop().catch(() => {});
  };

  try {
    const applied = await migrate(server.url, { log: (m) => console.log(`[db] ${m}`) });
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "draft"`);
    await client.end();
    if (rows[0]!.n === 0) {
      console.log("[db] first start: seeding the embedded database from data/ …");
      const { createPrismaClient } = await import("../lib/db");
      const { seedDatabase } = await import("../lib/seed");
      const prisma = createPrismaClient(server.url);
      const report = await seedDatabase(prisma, { log: (m) => console.log(`[db] ${m}`) });
      // The first admin: from ADMIN_EMAIL / ADMIN_PASSWORD, or (development) a random password printed once.
      const { ensureFirstAdmin } = await import("../lib/auth/first-admin");
      await ensureFirstAdmin(prisma, { log: (m) => console.log(`[db] ${m}`) });
      await prisma.$disconnect();
      console.log(`[db] seeded ${report.drafts} drafts, ${report.votes} votes, ${report.vetoes} vetoes`);
    }
    console.log(
      `[db] embedded PostgreSQL ready at ${server.url} in ${((Date.now() - started) / 1000).toFixed(1)} s` +
        `${applied.length ? ` (applied ${applied.length} migration(s))` : ""}`,
    );
  } catch (error) {
    console.error("[db] could not prepare the embedded database:", error);
    await stop();
    process.exit(1);
  }

  run({ ...process.env, DATABASE_URL: server.url, BETTER_AUTH_SECRET: localAuthSecret() }, stop);
}

// The embedded database is for one machine; so is its session-signing secret: made once, kept
// beside the data (git-ignored). A deployment with DATABASE_URL must set BETTER_AUTH_SECRET itself.
function localAuthSecret(): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = path.join(dataRoot, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

await main();
