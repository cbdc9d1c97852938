// A cheap, cached "is the database answering?" probe used by the proxy, so that pages answer
// 503 with an explanatory page within a second when the database is down, and recover on their
// own as soon as it is back (no restart).
import pg from "pg";

const HEALTHY_FOR_MS = 1_000; // trust a good probe this long; a failed one is retried on every request
const PROBE_TIMEOUT_MS = 1_500;

const state = globalThis as unknown as { __unscHealth?: { pool: pg.Pool | null; okUntil: number } };
const health = (state.__unscHealth ??= { pool: null, okUntil: 0 });

function pool(): pg.Pool | null {
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  if (!health.pool) {
    health.pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: PROBE_TIMEOUT_MS, idleTimeoutMillis: 10_000 });
    // A server shutdown kills idle connections; that must never crash the process.
    health.pool.on("error", () => {});
  }
  return health.pool;
}

type ProbeStage = "connecting" | "querying";
const probeState = globalThis as unknown as { __unscProbe?: { inflight: Promise<boolean> | null; stage: ProbeStage } };
const probe = (probeState.__unscProbe ??= { inflight: null, stage: "connecting" });

/** One probe at a time: true when SELECT 1 answered, false when no connection could be made or it broke. */
async function runProbe(p: pg.Pool): Promise<boolean> {
  probe.stage = "connecting";
  let client: pg.PoolClient;
  try {
    client = await p.connect();
  } catch {
    return false;
  }
  probe.stage = "querying";
  try {
    await client.query("SELECT 1");
    client.release();
    return true;
  } catch (error) {
    client.release(error instanceof Error ? error : true);
    return !isDatabaseUnavailableError(error);
  }
}

export async function databaseAvailable(now = Date.now()): Promise<boolean> {
  if (now < health.okUntil) return true;
  const p = pool();
  if (!p) return true; // nothing to probe (build time); the page's own query will tell
  const inflight = (probe.inflight ??= runProbe(p).finally(() => {
    probe.inflight = null;
  }));
  const answer = await Promise.race([inflight, new Promise<"slow">((resolve) => setTimeout(() => resolve("slow"), PROBE_TIMEOUT_MS))]);
  if (answer === true) {
    health.okUntil = now + HEALTHY_FOR_MS;
    return true;
  }
  // A database that took the connection but is slow to answer is busy, not down: a long write
  // (a 1,000-draft import holds the embedded database's only connection for its whole
  // transaction) must not turn every reader's page into a 503. Static copies need no query at all.
  if (answer === "slow" && probe.stage === "querying") return true;
  health.okUntil = 0;
  return false;
}

export function markDatabaseUnavailable(): void {
  health.okUntil = 0;
}

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08006",
  "P1001",
  "P1002",
  "P1017",
]);

/** True for errors that mean "the database is unreachable", as opposed to a bug or bad input. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++) {
    const err = e as { code?: unknown; message?: unknown; cause?: unknown; kind?: unknown };
    if (typeof err.code === "string" && CONNECTION_CODES.has(err.code)) return true;
    if (
      typeof err.message === "string" &&
      (/Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(err.message) ||
        /Can't reach database server|database system is (shutting down|starting up)/i.test(err.message))
    )
      return true;
    if (err.kind === "DatabaseNotReachable" || err.kind === "ConnectionClosed" || err.kind === "SocketTimeout") return true;
    e = err.cause;
  }
  return false;
}
