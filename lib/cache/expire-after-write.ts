import { expireSharedCache } from "@/lib/cache/shared-cache.mjs";

// Writes made outside the app (npm run db:seed, db:import, data:import --apply) reach readers
// without a restart: with REDIS_URL set (several instances sharing their copies, cache-handler.mjs)
// the script expires every copy and cached query there, as a write through the app does. Without
// it the one server keeps its copies in memory, and only a restart drops them (README "Production").

/** True when there was nothing to expire or it was expired; false (with a message) when Redis could not be reached. */
export async function expireCachesAfterWrite(log: (message: string) => void = console.log, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const url = env.REDIS_URL;
  if (!url) {
    log("cache: REDIS_URL is not set; restart a running server so that it shows this data.");
    return true;
  }
  try {
    const builds = await expireSharedCache(url, env);
    log(`cache: expired the shared cache in Redis (${builds} build${builds === 1 ? "" : "s"}); running servers show this data now.`);
    return true;
  } catch (error) {
    log(
      `cache: could not reach Redis at REDIS_URL (${error instanceof Error ? error.message : String(error)}); the data is written, but servers may show old pages until Redis is flushed or they restart.`,
    );
    return false;
  }
}
