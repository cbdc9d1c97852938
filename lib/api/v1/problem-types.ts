// The problem types of /api/v1 (RFC 9457), free of server imports: the proxy answers some of them
// (a 405 for an unserved method) before any route runs.

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** The problems the API answers, each documented at /api/v1/docs#problem-<kind>. */
export const PROBLEMS = {
  "invalid-parameters": { status: 400, title: "Invalid parameters" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  "rate-limited": { status: 429, title: "Too many requests" },
  "server-error": { status: 500, title: "Server error" },
  "database-unavailable": { status: 503, title: "Database unavailable" },
} as const;
export type ProblemKind = keyof typeof PROBLEMS;

export interface InvalidParameter {
  /** The query parameter or path segment at fault (`query` when the query as a whole is). */
  name: string;
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: InvalidParameter[];
}

export const problemType = (kind: ProblemKind) => `/api/v1/docs#problem-${kind}`;

export function problemBody(kind: ProblemKind, detail: string, errors?: InvalidParameter[]): Problem {
  const { status, title } = PROBLEMS[kind];
  return { type: problemType(kind), title, status, detail, ...(errors ? { errors } : {}) };
}
