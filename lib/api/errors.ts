// Error answers of the JSON route handlers under app/api (not better-auth's): one shape,
// { error: { message, ... } }, never cached. A handler wrapped in withApiErrors answers a database
// that cannot be reached with a 503 (try again shortly) and any other failure — a bug, a broken
// query — with a 500 whose message gives nothing away; both are logged.
import { unstable_rethrow } from "next/navigation";
import { databaseAvailable, isDatabaseUnavailableError, markDatabaseUnavailable } from "../db/health";

export const DATABASE_UNAVAILABLE_MESSAGE = "The database did not answer. Try again shortly.";
export const INTERNAL_ERROR_MESSAGE = "Something went wrong on the server. The error has been logged.";

/** A JSON error: `{ error: { message, ...details } }` with `Cache-Control: no-store`. */
export function errorJson(status: number, message: string, details: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { message, ...details } }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/**
 * For a handler that may answer from Next's cache: a 503 when the database is down (the proxy's
 * probe), as every API answers then, rather than data it could not confirm. Null when it is up.
 */
export async function databaseDownResponse(): Promise<Response | null> {
  return (await databaseAvailable()) ? null : errorJson(503, DATABASE_UNAVAILABLE_MESSAGE, {}, { "Retry-After": "5" });
}

/** The answer to an error a route handler did not expect: 503 when the database is unreachable, else 500. */
export function unexpectedErrorResponse(route: string, error: unknown): Response {
  if (isDatabaseUnavailableError(error)) {
    console.error(`${route}: the database is unavailable`, error);
    markDatabaseUnavailable(); // pages probe again at once instead of trusting the last good probe
    return errorJson(503, DATABASE_UNAVAILABLE_MESSAGE, {}, { "Retry-After": "5" });
  }
  console.error(`${route} failed`, error);
  return errorJson(500, INTERNAL_ERROR_MESSAGE);
}

/**
 * Wraps a route handler so that whatever it throws becomes a JSON 503 or 500
 * (unexpectedErrorResponse). Next's own control-flow errors are passed through.
 */
export function withApiErrors<Args extends unknown[]>(route: string, handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args: Args) => {
    try {
      return await handler(...args);
    } catch (error) {
      unstable_rethrow(error);
      return unexpectedErrorResponse(route, error);
    }
  };
}
