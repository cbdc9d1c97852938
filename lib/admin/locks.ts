// Transaction-level advisory locks for the rules a row-level check cannot hold alone under READ
// COMMITTED: "at least one admin" and "no more elected seats than the Council had" are counts over
// many rows, so two transactions could each count before the other commits. Each such write takes
// its lock first; the lock is held to commit, and the count that follows (a new snapshot per
// statement) then sees every write that held it before. Two-int keys: a space of their own,
// apart from the one-bigint keys (the migrator's).
import type { Tx } from "./transaction";

const ADMINS = 1946_01;
const ELECTED_SEATS = 1946_02;

/** Serializes every write that can change the number of admins. */
export async function lockAdmins(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMINS}::int, 0)`;
}

/** Serializes writes of elected seats per year; years in ascending order, so two terms never deadlock. */
export async function lockSeatYears(tx: Tx, years: readonly number[]): Promise<void> {
  for (const year of [...new Set(years)].sort((a, b) => a - b)) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ELECTED_SEATS}::int, ${year}::int)`;
}
