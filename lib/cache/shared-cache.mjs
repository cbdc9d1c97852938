// The shared cache of several app instances (docs/decisions/010-shared-cache.md): Redis at
// REDIS_URL, written by @fortedigital/nextjs-cache-handler's "redis-strings" handler. Plain
// JavaScript because Next loads cache-handler.mjs with Node's own import, outside the bundle; the
// scripts that write outside the app (seed, imports) use the same key layout to expire it.
import { createClient } from "redis";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";

/** Every committed write expires these: the root layout's implicit tag (every page) and the query cache (lib/cache-tags.ts). */
export const WRITE_TAGS = ["_N_T_/layout", "vote-data"];

const SHARED_TAGS_KEY = "__sharedTags__";
const CONNECT_TIMEOUT_MS = 1_000;
/** A command slower than this counts as "Redis is down": the page is rendered instead of waiting. */
export const COMMAND_TIMEOUT_MS = 2_000;

/** Keys start with REDIS_KEY_PREFIX (default "unsc:"), then the build's id: a new build never serves an old build's copies. */
export function basePrefix(env = process.env) {
  return env.REDIS_KEY_PREFIX || "unsc:";
}

export function keyPrefixFor(buildId, env = process.env) {
  return `${basePrefix(env)}${(buildId ?? "dev").trim()}:`;
}

/**
 * A node-redis client that never throws on connection problems: it reconnects in the background
 * (every 100–1,000 ms) and `isReady` says whether it can be used. Resolves once connected, or
 * after CONNECT_TIMEOUT_MS with a client that is still trying.
 */
export async function connectRedis(url, { onError = () => {} } = {}) {
  const client = createClient({
    url,
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(100 * (retries + 1), 1_000) },
    // Fail commands at once while disconnected instead of queueing them until Redis returns.
    disableOfflineQueue: true,
  });
  client.on("error", onError);
  const connecting = client.connect().catch(() => {});
  await Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, CONNECT_TIMEOUT_MS).unref())]);
  return client;
}

export function createSharedHandler(client, keyPrefix) {
  return createRedisHandler({ client, keyPrefix, timeoutMs: COMMAND_TIMEOUT_MS });
}

/**
 * Expires every page copy and cached query in the shared cache, for every build that wrote to it
 * (the scripts do not know which build the servers run). Returns the number of builds found.
 */
export async function expireSharedCache(url, env = process.env) {
  const client = createClient({ url, socket: { connectTimeout: 5_000, reconnectStrategy: false } });
  client.on("error", () => {});
  await client.connect();
  try {
    const base = basePrefix(env);
    const prefixes = new Set();
    for await (const keys of client.scanIterator({ MATCH: `${base}*${SHARED_TAGS_KEY}`, COUNT: 1000 })) {
      for (const key of [keys].flat()) prefixes.add(key.slice(0, -SHARED_TAGS_KEY.length));
    }
    for (const prefix of prefixes) {
      const handler = createSharedHandler(client, prefix);
      for (const tag of WRITE_TAGS) await handler.revalidateTag(tag);
    }
    return prefixes.size;
  } finally {
    await client.quit().catch(() => {});
  }
}
