import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { WriteRefusal } from "../forms/action-state";

export type Tx = Prisma.TransactionClient;

/** Thrown inside a transaction to roll it back and hand a refusal to the caller. */
export class Refusal extends Error {
  constructor(readonly result: WriteRefusal) {
    super(result.status);
  }
}

/**
 * Runs one admin write in one transaction. A refusal (returned or thrown as Refusal) rolls back
 * everything the work wrote; `onDatabaseError` may turn a constraint violation into a refusal.
 */
export async function runWrite<T extends { ok: true }>(
  work: (tx: Tx) => Promise<T | WriteRefusal>,
  { onDatabaseError, timeout }: { onDatabaseError?: (error: unknown) => WriteRefusal | null; timeout?: number } = {},
): Promise<T | WriteRefusal> {
  try {
    return await db.$transaction(
      async (tx) => {
        const result = await work(tx);
        if (!result.ok) throw new Refusal(result);
        return result;
      },
      { timeout: timeout ?? 30_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    const refusal = onDatabaseError?.(error);
    if (refusal) return refusal;
    throw error;
  }
}

export function isUniqueViolation(error: unknown): error is Prisma.PrismaClientKnownRequestError {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** The transaction ran past its timeout and was rolled back (Prisma's P2028), not a database down. */
export function isTransactionTimeout(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2028";
}
