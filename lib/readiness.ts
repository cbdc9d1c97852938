import pg from "pg";
import { connectRedis } from "@/lib/cache/shared-cache.mjs";

// Readiness (GET /api/ready): can this instance serve its pages now? Unlike /api/health (liveness:
// the process answers), each configured dependency is asked: PostgreSQL at DATABASE_URL and, when
// REDIS_URL is set, the shared cache. A load balancer sends no readers to an instance that is not
// ready; pages still work without Redis (they are rendered), but its copies are no longer shared.

const TIMEOUT_MS = 1_500;

export type Check = { ok: boolean; ms: number; error?: string } | { ok: true; configured: false };
export type Readiness = { ok: boolean; checks: { database: Check; redis: Check } };

async function timed(probe: () => Promise<void>): Promise<Check> {
  const start = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS))),
    ]);
    return { ok: true, ms: Math.round(performance.now() - start) };
  } catch (error) {
    return { ok: false, ms: Math.round(performance.now() - start), error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

async function probeDatabase(url: string): Promise<void> {
  // A connection of its own: a pool's idle connection would not show a server that stopped accepting new ones.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: TIMEOUT_MS });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } finally {
    client.end().catch(() => {});
  }
}

type RedisState = { client: Promise<Awaited<ReturnType<typeof connectRedis>>> | null; url: string | null };
const redisState = ((globalThis as unknown as { __unscReadyRedis?: RedisState }).__unscReadyRedis ??= { client: null, url: null });

async function probeRedis(url: string): Promise<void> {
  if (redisState.url !== url) {
    redisState.client?.then((c) => c.destroy()).catch(() => {});
    redisState.client = connectRedis(url);
    redisState.url = url;
  }
  const client = await redisState.client!;
  if (!client.isReady) throw new Error("not connected");
  await client.ping();
}

export async function checkReadiness(env: NodeJS.ProcessEnv = process.env): Promise<Readiness> {
  const databaseUrl = env.DATABASE_URL;
  const redisUrl = env.REDIS_URL;
  const [database, redis] = await Promise.all([
    databaseUrl ? timed(() => probeDatabase(databaseUrl)) : Promise.resolve<Check>({ ok: false, ms: 0, error: "DATABASE_URL is not set" }),
    redisUrl ? timed(() => probeRedis(redisUrl)) : Promise.resolve<Check>({ ok: true, configured: false }),
  ]);
  return { ok: database.ok && redis.ok, checks: { database, redis } };
}
