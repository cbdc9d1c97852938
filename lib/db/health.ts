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

// Errors that mean "the database cannot serve us now" (503, try again), not a bug or bad input:
// - network errors from the driver (ECONNREFUSED, ...), Prisma's "cannot reach" codes, and
//   P2037 (too many connections; Prisma's own code for 53300);
// - SQLSTATE class 08 (connection exception), 53300 too_many_connections, 57P01–57P03 (admin
//   shutdown, crash shutdown, "the database system is starting up / shutting down / in recovery");
// - 55000 object_not_in_prerequisite_state only as a connection is refused ("database … is not
//   currently accepting connections", ALLOW_CONNECTIONS false, FATAL): elsewhere it is a bug.
// The driver's error sits on the error itself (pg), in its cause chain, or, through Prisma's
// driver adapter, in meta.driverAdapterError.cause ({ originalCode, kind, severity }).
const DRIVER_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "P1001", "P1002", "P1017", "P2037"]);
const SQLSTATES = new Set(["53300", "57P01", "57P02", "57P03"]);
const NOT_ACCEPTING = /is not (currently )?accepting connections/i;
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Can't reach database server|database system is (shutting down|starting up|in recovery mode)|too many (database )?connections|is not currently accepting connections/i;

type ErrorLike = {
  code?: unknown;
  originalCode?: unknown;
  message?: unknown;
  originalMessage?: unknown;
  severity?: unknown;
  kind?: unknown;
  cause?: unknown;
  meta?: unknown;
};

function unavailable(err: ErrorLike): boolean {
  for (const code of [err.code, err.originalCode]) {
    if (typeof code !== "string") continue;
    if (DRIVER_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
    const message = String(err.originalMessage ?? err.message ?? "");
    if (code === "55000" && (err.severity === "FATAL" || NOT_ACCEPTING.test(message))) return true;
  }
  if (typeof err.kind === "string" && UNAVAILABLE_KINDS.has(err.kind)) return true;
  return typeof err.message === "string" && UNAVAILABLE_MESSAGE.test(err.message);
}

/** True for errors that mean "the database is unavailable", as opposed to a bug or bad input. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 12) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const err = e as ErrorLike;
    if (unavailable(err)) return true;
    const adapter = (err.meta as { driverAdapterError?: ErrorLike } | undefined)?.driverAdapterError;
    queue.push(err.cause, adapter, adapter?.cause);
  }
  return false;
}
