import "server-only";
import { db } from "@/lib/db";
import { clientAddress, trustedProxyHops } from "@/lib/auth/client-address";
import { basePrefix, connectRedis } from "@/lib/cache/shared-cache.mjs";

// The public API's anonymous rate limit (docs/decisions/013-api-v1.md): API_RATE_LIMIT requests
// (default 600) per client address per fixed window of API_RATE_WINDOW seconds (default 60),
// counted where every instance sees the same count: Redis when REDIS_URL is set (INCR + EXPIRE
// in one MULTI), else PostgreSQL (one upsert on api_rate_limit). The count is the store's; each
// window starts on a multiple of its length in the store's clock (the database's, or this
// instance's for Redis), so all instances agree on when it resets.

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  reset: number;
  windowSeconds: number;
  allowed: boolean;
}

export function rateLimitSettings(env: Record<string, string | undefined> = process.env): { limit: number; windowSeconds: number } {
  const limit = Number(env.API_RATE_LIMIT ?? 600);
  const windowSeconds = Number(env.API_RATE_WINDOW ?? 60);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`API_RATE_LIMIT must be a whole number of requests, 1 or more (got "${env.API_RATE_LIMIT}").`);
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1 || windowSeconds > 86_400)
    throw new Error(`API_RATE_WINDOW must be a whole number of seconds from 1 to 86400 (got "${env.API_RATE_WINDOW}").`);
  return { limit, windowSeconds };
}

/**
 * Whose requests count together. Behind TRUSTED_PROXY_HOPS proxies, the address they saw
 * (lib/auth/client-address.ts). Without trusted proxies no header proves an address: the
 * rightmost X-Forwarded-For entry (the peer's, as Next writes it) is used, which a client that
 * writes its own header can change — set TRUSTED_PROXY_HOPS in production.
 */
export function rateLimitKey(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  const hops = trustedProxyHops(env);
  const trusted = hops > 0 ? clientAddress(headers, hops) : null;
  if (trusted) return trusted;
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim());
  const last = entries[entries.length - 1];
  return (hops === 0 && last && clientAddress(new Headers({ "x-forwarded-for": last }), 1)) || "unknown";
}

type RedisClient = Awaited<ReturnType<typeof connectRedis>>;
const redisState = ((globalThis as unknown as { __unscRateRedis?: { url: string | null; client: Promise<RedisClient> | null } }).__unscRateRedis ??= {
  url: null,
  client: null,
});

async function redisClient(url: string): Promise<RedisClient | null> {
  if (redisState.url !== url) {
    redisState.client?.then((c) => c.destroy()).catch(() => {});
    redisState.client = connectRedis(url);
    redisState.url = url;
  }
  const client = await redisState.client!;
  return client.isReady ? client : null;
}

async function countInRedis(client: RedisClient, key: string, windowSeconds: number): Promise<{ count: number; reset: number }> {
  const now = Date.now() / 1000;
  const window = Math.floor(now / windowSeconds);
  const redisKey = `${basePrefix()}api-rate:${window}:${key}`;
  const [count] = (await client
    .multi()
    .incr(redisKey)
    .expire(redisKey, windowSeconds + 1)
    .exec()) as unknown as [number, number];
  return { count: Number(count), reset: Math.max(1, Math.ceil((window + 1) * windowSeconds - now)) };
}

async function countInDatabase(key: string, windowSeconds: number): Promise<{ count: number; reset: number }> {
  const rows = await db.$queryRaw<{ count: number; reset: number }[]>`
    WITH w AS (SELECT (floor(extract(epoch FROM clock_timestamp()) / ${windowSeconds}) * ${windowSeconds})::bigint AS start,
                      extract(epoch FROM clock_timestamp()) AS now)
    INSERT INTO api_rate_limit AS r (key, window_start, count)
    SELECT ${key}, w.start, 1 FROM w
    ON CONFLICT (key) DO UPDATE
      SET count = CASE WHEN r.window_start = EXCLUDED.window_start THEN r.count + 1 ELSE 1 END,
          window_start = EXCLUDED.window_start
    RETURNING count, greatest(1, ceil((SELECT start FROM w) + ${windowSeconds} - (SELECT now FROM w)))::int AS reset`;
  // One row per client ever seen: now and then, forget those not seen for a day.
  if (Math.random() < 0.001) await db.$executeRaw`DELETE FROM api_rate_limit WHERE window_start < extract(epoch FROM now())::bigint - 86400`.catch(() => 0);
  return rows[0]!;
}

/** Counts one request of this client and says whether it may be served. */
export async function takeRateLimit(headers: Headers, env: Record<string, string | undefined> = process.env): Promise<RateLimitState> {
  const { limit, windowSeconds } = rateLimitSettings(env);
  const key = rateLimitKey(headers, env);
  let counted: { count: number; reset: number } | null = null;
  if (env.REDIS_URL) {
    // Redis down: count in PostgreSQL meanwhile rather than refuse or stop limiting.
    const client = await redisClient(env.REDIS_URL).catch(() => null);
    if (client) counted = await countInRedis(client, key, windowSeconds).catch(() => null);
  }
  counted ??= await countInDatabase(key, windowSeconds);
  return {
    limit,
    windowSeconds,
    remaining: Math.max(0, limit - counted.count),
    reset: counted.reset,
    allowed: counted.count <= limit,
  };
}

/** The IETF draft's RateLimit-* headers (and Retry-After when refused). */
export function rateLimitHeaders(s: RateLimitState): Record<string, string> {
  return {
    "RateLimit-Limit": String(s.limit),
    "RateLimit-Remaining": String(s.remaining),
    "RateLimit-Reset": String(s.reset),
    "RateLimit-Policy": `${s.limit};w=${s.windowSeconds}`,
    ...(s.allowed ? {} : { "Retry-After": String(s.reset) }),
  };
}
