// Errors of the public API (/api/v1) as RFC 9457 problem details: `application/problem+json` with
// type, title, status, detail and, for a bad query, `errors` naming each parameter. The older routes
// (/api/resolutions, /api/vetoes) keep their `{ error: { message } }` shape (lib/api/errors.ts).
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { DATABASE_UNAVAILABLE_MESSAGE, INTERNAL_ERROR_MESSAGE } from "@/lib/api/errors";
import { databaseAvailable, isDatabaseUnavailableError, markDatabaseUnavailable } from "@/lib/db/health";
import { PROBLEM_CONTENT_TYPE, problemBody, type InvalidParameter, type ProblemKind } from "./problem-types";

export { PROBLEMS, PROBLEM_CONTENT_TYPE, problemBody, problemType, type InvalidParameter, type Problem, type ProblemKind } from "./problem-types";

/** A problem response, never cached, readable from any origin (as every API answer is). */
export function problemResponse(kind: ProblemKind, detail: string, opts: { errors?: InvalidParameter[]; headers?: Record<string, string> } = {}): Response {
  const body = problemBody(kind, detail, opts.errors);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*", ...opts.headers },
  });
}

/** The zod issues of a query as problem `errors`, one per parameter and message. */
export function invalidParameters(error: z.ZodError): InvalidParameter[] {
  return error.issues.map((i) => ({ name: i.path.map(String).join(".") || "query", reason: i.message }));
}

export function invalidParametersResponse(error: z.ZodError): Response {
  const errors = invalidParameters(error);
  return problemResponse("invalid-parameters", errors.map((e) => `${e.name}: ${e.reason}`).join("; "), { errors });
}

export const databaseDownProblem = () => problemResponse("database-unavailable", DATABASE_UNAVAILABLE_MESSAGE, { headers: { "Retry-After": "5" } });

/** A 503 problem when the database does not answer (the proxy's cached probe), else null. */
export async function databaseDownProblemResponse(): Promise<Response | null> {
  return (await databaseAvailable()) ? null : databaseDownProblem();
}

/** Whatever a handler throws becomes a logged 503 (database unreachable) or 500 problem. */
export function withProblems<Args extends unknown[]>(route: string, handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args: Args) => {
    try {
      return await handler(...args);
    } catch (error) {
      unstable_rethrow(error);
      if (isDatabaseUnavailableError(error)) {
        console.error(`${route}: the database is unavailable`, error);
        markDatabaseUnavailable();
        return databaseDownProblem();
      }
      console.error(`${route} failed`, error);
      return problemResponse("server-error", INTERNAL_ERROR_MESSAGE);
    }
  };
}
