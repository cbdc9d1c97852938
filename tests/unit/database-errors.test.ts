// isDatabaseUnavailableError (lib/db/health.ts): which failures are "database unavailable" (503,
// try again) and which are bugs or bad input (500 or a field error). The shapes are those pg and
// Prisma's driver adapter produce (tests/integration/database-unavailable.test.ts provokes them).
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailableError } from "@/lib/db/health";

const pgError = (code: string, message: string, severity = "FATAL") => Object.assign(new Error(message), { code, severity });
const viaPrisma = (cause: Record<string, unknown>, code = "P2010") =>
  Object.assign(new Error(`Raw query failed. Code: \`${String(cause.originalCode)}\`.`), {
    code,
    meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
  });

describe("isDatabaseUnavailableError", () => {
  it.each([
    ["55000 as a connection is refused", pgError("55000", 'database "x" is not currently accepting connections')],
    ["53300 too many connections", pgError("53300", 'too many connections for database "x"')],
    ["57P03 starting up", pgError("57P03", "the database system is starting up")],
    ["57P03 shutting down", pgError("57P03", "the database system is shutting down")],
    ["57P01 admin shutdown", pgError("57P01", "terminating connection due to administrator command")],
    ["08006 connection failure", pgError("08006", "connection failure")],
    ["08P01 protocol violation", pgError("08P01", "protocol violation")],
    ["ECONNREFUSED", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" })],
    [
      "through Prisma: 55000",
      viaPrisma({ originalCode: "55000", kind: "postgres", code: "55000", severity: "FATAL", message: "is not currently accepting connections" }, "P2039"),
    ],
    ["through Prisma: 53300", viaPrisma({ originalCode: "53300", kind: "TooManyConnections" }, "P2037")],
    [
      "through Prisma: 57P03",
      viaPrisma({ originalCode: "57P03", kind: "postgres", code: "57P03", severity: "FATAL", message: "the database system is starting up" }),
    ],
    ["in a cause chain", new Error("query failed", { cause: pgError("57P03", "the database system is in recovery mode") })],
  ])("%s: unavailable", (_name, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(true);
  });

  it.each([
    ["22021 a NUL in text", pgError("22021", 'invalid byte sequence for encoding "UTF8": 0x00', "ERROR")],
    ["42P01 a missing table", pgError("42P01", 'relation "veto" does not exist', "ERROR")],
    ["23505 a unique violation", pgError("23505", "duplicate key value violates unique constraint", "ERROR")],
    ["55000 that is not about connections", pgError("55000", "cannot refresh materialized view concurrently", "ERROR")],
    ["55P03 a lock not available", pgError("55P03", "could not obtain lock on row", "ERROR")],
    ["through Prisma: 22021", viaPrisma({ originalCode: "22021", kind: "postgres", code: "22021", severity: "ERROR", message: "invalid byte sequence" })],
    ["a plain bug", new TypeError("x is undefined")],
    ["not an error", "ECONNREFUSED"],
    [
      "a cycle",
      (() => {
        const e = new Error("loop") as Error & { cause?: unknown };
        e.cause = e;
        return e;
      })(),
    ],
  ])("%s: not unavailable", (_name, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });
});
