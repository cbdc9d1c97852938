// Next's incremental cache (rendered page copies, unstable_cache results, their tags) shared by
// every instance through Redis, used only when REDIS_URL is set (next.config.js); without it Next
// keeps its own in-memory cache as before. docs/decisions/010-shared-cache.md.
//
// Redis is a cache, never a dependency of a page: while it is down, lookups miss (Next renders the
// page), stores are dropped, and expiries are kept in memory and replayed when it answers again
// (until then this instance trusts nothing it reads from Redis).
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import { connectRedis, createSharedHandler, keyPrefixFor } from "./lib/cache/shared-cache.mjs";

const state = (globalThis.__unscSharedCache ??= { pendingTags: new Set(), client: null, lastError: 0 });

function logError(error) {
  // One line a minute at most: a Redis outage must not flood the log of every request.
  if (Date.now() - state.lastError < 60_000) return;
  state.lastError = Date.now();
  console.warn(`[shared cache] Redis unavailable, rendering without it: ${error?.message ?? error}`);
}

/** Wraps the Redis handler so that its failures cost a render, never a stale page or an error. */
function resilient(redis, client) {
  async function replayPending() {
    for (const tag of [...state.pendingTags]) {
      await redis.revalidateTag(tag);
      state.pendingTags.delete(tag);
    }
  }
  client.on("ready", () => replayPending().catch(logError));
  return {
    name: "redis-resilient",
    async get(key, meta) {
      try {
        if (state.pendingTags.size > 0) await replayPending();
        return await redis.get(key, meta);
      } catch (error) {
        logError(error);
        return null;
      }
    },
    async set(key, value, ctx) {
      try {
        if (state.pendingTags.size === 0) await redis.set(key, value, ctx);
      } catch (error) {
        logError(error);
      }
    },
    async revalidateTag(tag) {
      try {
        await redis.revalidateTag(tag);
      } catch (error) {
        state.pendingTags.add(tag);
        logError(error);
      }
    },
    async delete(key) {
      await redis.delete?.(key).catch(logError);
    },
  };
}

CacheHandler.onCreation(async ({ buildId }) => {
  // `next build` prerenders nothing worth sharing (no copies are made at build time).
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) return { handlers: [] };
  state.client ??= await connectRedis(process.env.REDIS_URL, { onError: logError });
  return { handlers: [resilient(createSharedHandler(state.client, keyPrefixFor(buildId)), state.client)] };
});

// Next keeps a copy's lifetime (`revalidate: false` for ours) in the memory of the instance that
// rendered it; another instance finding the copy in Redis would take it for stale after a second
// and render it again in the background on every request. Next 16.4 reads the lifetime from the
// entry when it is there, so it travels with the copy.
class SharedCacheHandler extends CacheHandler {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    const cacheControl = entry?.value?.unscCacheControl;
    if (!cacheControl) return entry;
    const { unscCacheControl: _, ...value } = entry.value;
    return { ...entry, value, cacheControl };
  }

  async set(key, value, ctx) {
    return super.set(key, value && ctx?.cacheControl ? { ...value, unscCacheControl: ctx.cacheControl } : value, ctx);
  }
}

export default SharedCacheHandler;
