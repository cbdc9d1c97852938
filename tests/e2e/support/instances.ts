// Several production servers (`next start` on the build in .next) on one PostgreSQL database and
// one Redis, behind HAProxy from Debian: what an operator runs when one process is not enough
// (README "Production"). Used by tests/e2e/instances.spec.ts and bench/instances.ts. Everything it
// starts (database, Redis keys, servers, balancer) is its own and removed by stop().
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createClient } from "redis";

export interface InstancesOptions {
  /** Ports of the servers; one server per port. */
  ports: number[];
  /**
   * Ports of servers kept for editors: the balancer sends the admin area (/admin, /th/admin) and
   * sign-in (/api/auth) there, so a crowd of readers never queues ahead of a correction (README
   * "Production"). None by default: every server takes every request.
   */
  editorPorts?: number[];
  /**
   * At most this many requests at once on each server; the balancer queues the rest and lets the
   * admin area's requests pass first (README "Production"). Default: no limit.
   */
  serverMaxConn?: number;
  /** The checkout whose build (.next) the servers run; default this one. */
  cwd?: string;
  balancerPort: number;
  /** Redis for the shared cache; "" runs the servers without it (each keeps its own copies). */
  redisUrl: string;
  /** The PostgreSQL server the database is created on. */
  postgresUrl?: string;
}

export interface Instances {
  balancer: string;
  servers: string[];
  admin: { email: string; password: string };
  keyPrefix: string;
  logs: () => string;
  stop: () => Promise<void>;
}

const dbUrl = (server: string, name: string) => Object.assign(new URL(server), { pathname: `/${name}` }).toString();

async function admin(server: string, sql: string) {
  const client = new pg.Client({ connectionString: dbUrl(server, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function waitFor(what: string, check: () => Promise<boolean>, ms = 90_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not come up in ${ms / 1000} s`);
}

const answers = (url: string) => fetch(url, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status === 200);

export async function startInstances(options: InstancesOptions): Promise<Instances> {
  const postgres = options.postgresUrl ?? process.env.E2E_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const tag = randomBytes(4).toString("hex");
  const database = `unsc_instances_${tag}`;
  const keyPrefix = `unsc-test-${tag}:`;
  const adminAccount = { email: `instances-${tag}@example.org`, password: `Instances-${randomBytes(12).toString("base64url")}` };
  const secret = randomBytes(32).toString("base64url");
  const tmp = mkdtempSync(path.join(os.tmpdir(), "unsc-instances-"));
  const children: ChildProcess[] = [];
  let log = "";
  const DATABASE_URL = dbUrl(postgres, database);
  const env = {
    ...process.env,
    DATABASE_URL,
    BETTER_AUTH_SECRET: secret,
    NEXT_TELEMETRY_DISABLED: "1",
    REDIS_URL: options.redisUrl,
    REDIS_KEY_PREFIX: keyPrefix,
  };

  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
    await admin(postgres, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => {});
    if (options.redisUrl) {
      const client = createClient({ url: options.redisUrl });
      await client.connect();
      for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 1000 })) if ([keys].flat().length) await client.unlink([keys].flat());
      await client.quit();
    }
    rmSync(tmp, { recursive: true, force: true });
  };

  try {
    await admin(postgres, `CREATE DATABASE ${database}`);
    const tsx = (script: string, extra: Record<string, string> = {}) =>
      execFileSync(process.execPath, ["--import", "tsx", script], { env: { ...env, ...extra }, stdio: ["ignore", "ignore", "inherit"] });
    tsx("scripts/migrate.ts");
    tsx("prisma/seed.ts", { ADMIN_EMAIL: adminAccount.email, ADMIN_PASSWORD: adminAccount.password });

    const editorPorts = options.editorPorts ?? [];
    const allPorts = [...options.ports, ...editorPorts];
    const servers = allPorts.map((port) => `http://127.0.0.1:${port}`);
    for (const [i, port] of allPorts.entries()) {
      const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
        cwd: options.cwd,
        env: { ...env, BETTER_AUTH_URL: servers[i] },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout!.on("data", (b: Buffer) => (log += `[${port}] ${b}`));
      child.stderr!.on("data", (b: Buffer) => (log += `[${port}] ${b}`));
      children.push(child);
    }
    for (const server of servers) await waitFor(`next start at ${server}`, () => answers(`${server}/api/ready`));

    const maxconn = options.serverMaxConn ? ` maxconn ${options.serverMaxConn}` : "";
    // HAProxy sends readers round-robin to the servers that /api/ready calls ready.
    const config = path.join(tmp, "haproxy.cfg");
    writeFileSync(
      config,
      [
        "global",
        "  maxconn 1024",
        "defaults",
        "  mode http",
        "  timeout connect 2s",
        "  timeout client 60s",
        "  timeout server 60s",
        // A server busy with a crowd answers /api/ready late, not never: taking it out of the pool
        // would turn the crowd's requests into 503s (a busy server is still the best one to ask).
        "  timeout check 10s",
        // How long a request may wait in the balancer's queue for a server (serverMaxConn).
        "  timeout queue 60s",
        // A request whose connection to a server failed goes to another (a reader must never see it).
        "  retries 2",
        "  option redispatch",
        "  retry-on conn-failure empty-response response-timeout",
        "frontend readers",
        `  bind 127.0.0.1:${options.balancerPort}`,
        "  acl editing path_beg /admin /th/admin /en/admin /api/auth",
        // Queued requests (serverMaxConn) leave in priority order: an editor's before the crowd's.
        "  http-request set-priority-class int(-10) if editing",
        ...(editorPorts.length ? ["  use_backend editors if editing"] : []),
        "  default_backend app",
        "backend app",
        "  balance roundrobin",
        "  option httpchk GET /api/ready",
        ...options.ports.map((port, i) => `  server app${i} 127.0.0.1:${port} check inter 2s fall 3 rise 1${maxconn}`),
        ...(editorPorts.length
          ? [
              "backend editors",
              "  balance roundrobin",
              "  option httpchk GET /api/ready",
              ...editorPorts.map((port, i) => `  server editor${i} 127.0.0.1:${port} check inter 2s fall 3 rise 1`),
            ]
          : []),
        "",
      ].join("\n"),
    );
    const balancer = spawn("haproxy", ["-db", "-f", config], { stdio: ["ignore", "pipe", "pipe"] });
    balancer.stdout!.on("data", (b: Buffer) => (log += `[haproxy] ${b}`));
    balancer.stderr!.on("data", (b: Buffer) => (log += `[haproxy] ${b}`));
    children.push(balancer);
    const base = `http://127.0.0.1:${options.balancerPort}`;
    await waitFor("HAProxy", () => answers(`${base}/api/health`), 30_000);
    return { balancer: base, servers, admin: adminAccount, keyPrefix, logs: () => log, stop };
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${log}`);
  }
}

/** Readers through the balancer until stop(): every answer that is not a 200 (or fails) is counted. */
export function keepReading(base: string, paths: readonly string[], connections = 4) {
  let running = true;
  const result = { requests: 0, failures: [] as string[] };
  const reader = async (offset: number) => {
    for (let i = offset; running; i++) {
      const p = paths[i % paths.length]!;
      try {
        const response = await fetch(`${base}${p}`, { signal: AbortSignal.timeout(15_000) });
        await response.arrayBuffer();
        result.requests++;
        if (response.status !== 200) result.failures.push(`${response.status} ${p}`);
      } catch (error) {
        const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
        result.failures.push(`${error instanceof Error ? error.message : String(error)}${cause} ${p}`);
      }
    }
  };
  const loops = Array.from({ length: connections }, (_, i) => reader(i));
  return {
    result,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return result;
    },
  };
}
