// Sign-in attempts, reserved before the password is checked (docs/decisions/009-sign-in-throttle.md).
// An attempt takes one unit from each of its buckets in ONE upsert that refuses a bucket already at
// its limit, so a parallel burst cannot pass more than the limit; a refused attempt gives its units
// back, a wrong password keeps them, a right one gives them back and makes its client "known".
// Buckets, each over WINDOW_MS from its first attempt:
//   pair:<email>|<client>  MAX_FAILURES          the account from one client (address, or "unknown")
//   account:<email>        ACCOUNT_MAX_FAILURES  the account from all unknown clients (slower)
//   address:<address>      ADDRESS_MAX_FAILURES  one address across accounts (password spraying)
// A client that signed in to the account within KNOWN_CLIENT_MS (its address, or its device cookie)
// uses only its own pair bucket, so an attacker who locks the account does not lock its owner out.
import { Prisma, type PrismaClient } from "../generated/prisma/client";

export const MAX_FAILURES = 5;
export const ACCOUNT_MAX_FAILURES = 20;
export const ADDRESS_MAX_FAILURES = 30;
export const WINDOW_MS = 15 * 60 * 1000;
export const KNOWN_CLIENT_MS = 30 * 24 * 60 * 60 * 1000;

export interface SignInKeys {
  email: string;
  /** Client address resolved through the trusted proxy hops (lib/auth/client-address.ts), or null. */
  address: string | null;
  /** SHA-256 of the device cookie a past sign-in set, or null. */
  device?: string | null;
}

export type ThrottleScope = "account" | "address";
export type SignInReservation = { allowed: true; buckets: string[] } | { allowed: false; scope: ThrottleScope; retryAfterSeconds: number };

type Db = Pick<PrismaClient, "$executeRaw" | "$queryRaw" | "signInKnownClient">;

interface Bucket {
  key: string;
  max: number;
  scope: ThrottleScope;
}

function clientsOf({ address, device }: SignInKeys): string[] {
  return [...(device ? [`device:${device}`] : []), ...(address ? [`address:${address}`] : [])];
}

/** The buckets of this sign-in (the same before and after the password check: known clients change only on success). */
export async function signInBuckets(db: Db, keys: SignInKeys, now: Date = new Date()): Promise<string[]> {
  return keys.email ? (await bucketsFor(db, keys, now)).map((b) => b.key) : [];
}

/** The client this attempt counts as: one that signed in to the account lately, or else its address (or "unknown"). */
async function bucketsFor(db: Db, keys: SignInKeys, now: Date): Promise<Bucket[]> {
  const { email, address } = keys;
  const candidates = clientsOf(keys);
  const known = candidates.length
    ? await db.signInKnownClient.findMany({
        where: { email, client: { in: candidates }, lastSuccessAt: { gt: new Date(now.getTime() - KNOWN_CLIENT_MS) } },
        select: { client: true },
      })
    : [];
  const knownClient = candidates.find((c) => known.some((k) => k.client === c));
  if (knownClient) return [{ key: `pair:${email}|${knownClient}`, max: MAX_FAILURES, scope: "account" }];
  return [
    { key: `pair:${email}|${address ? `address:${address}` : "unknown"}`, max: MAX_FAILURES, scope: "account" },
    { key: `account:${email}`, max: ACCOUNT_MAX_FAILURES, scope: "account" },
    ...(address ? [{ key: `address:${address}`, max: ADDRESS_MAX_FAILURES, scope: "address" as const }] : []),
  ];
}

/**
 * Takes one attempt from every bucket of this sign-in, or refuses it. The upsert increments a bucket
 * only while it is under its limit (or its window has passed) and returns the buckets it took from:
 * a bucket missing from the answer was full.
 */
export async function reserveSignInAttempt(db: Db, keys: SignInKeys, now: Date = new Date()): Promise<SignInReservation> {
  if (!keys.email) return { allowed: true, buckets: [] }; // better-auth refuses it before any password check
  const buckets = await bucketsFor(db, keys, now);
  const cutoff = new Date(now.getTime() - WINDOW_MS);
  const rows = Prisma.join(buckets.map((b) => Prisma.sql`(${b.key}, 1, ${now}, ${b.max})`));
  const taken = await db.$queryRaw<{ key: string }[]>`
    INSERT INTO "sign_in_throttle" AS t ("key", "failures", "window_start", "max_failures") VALUES ${rows}
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN t."window_start" <= ${cutoff} THEN 1 ELSE t."failures" + 1 END,
      "window_start" = CASE WHEN t."window_start" <= ${cutoff} THEN ${now} ELSE t."window_start" END,
      "max_failures" = EXCLUDED."max_failures"
    WHERE t."window_start" <= ${cutoff} OR t."failures" < EXCLUDED."max_failures"
    RETURNING t."key"`;
  const takenKeys = new Set(taken.map((r) => r.key));
  const full = buckets.filter((b) => !takenKeys.has(b.key));
  if (full.length === 0) return { allowed: true, buckets: buckets.map((b) => b.key) };
  await releaseSignInAttempt(db, [...takenKeys]);
  const windows = await db.$queryRaw<{ key: string; window_start: Date }[]>`
    SELECT "key", "window_start" FROM "sign_in_throttle" WHERE "key" IN (${Prisma.join(full.map((b) => b.key))})`;
  const ends = windows.map((w) => w.window_start.getTime() + WINDOW_MS);
  const retryAfterSeconds = Math.max(1, Math.ceil((Math.max(now.getTime() + 1000, ...ends) - now.getTime()) / 1000));
  return { allowed: false, scope: full[0]!.scope, retryAfterSeconds };
}

/** Gives back one attempt per bucket (a refused attempt, or one that never reached the password check). */
export async function releaseSignInAttempt(db: Db, buckets: string[]): Promise<void> {
  if (buckets.length === 0) return;
  await db.$executeRaw`UPDATE "sign_in_throttle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" IN (${Prisma.join(buckets)})`;
}

/**
 * A right password: its attempt is given back, its client's own bucket emptied, and its address and
 * device remembered as known clients of the account. Expired rows of both tables go here too.
 */
export async function recordSignInSuccess(db: Db, keys: SignInKeys, buckets: string[], now: Date = new Date()): Promise<void> {
  await releaseSignInAttempt(
    db,
    buckets.filter((b) => !b.startsWith("pair:")),
  );
  const own = buckets.filter((b) => b.startsWith("pair:"));
  if (own.length) await db.$executeRaw`DELETE FROM "sign_in_throttle" WHERE "key" IN (${Prisma.join(own)})`;
  for (const client of clientsOf(keys))
    await db.$executeRaw`
      INSERT INTO "sign_in_known_client" ("email", "client", "last_success_at") VALUES (${keys.email}, ${client}, ${now})
      ON CONFLICT ("email", "client") DO UPDATE SET "last_success_at" = EXCLUDED."last_success_at"`;
  await db.$executeRaw`DELETE FROM "sign_in_known_client" WHERE "last_success_at" <= ${new Date(now.getTime() - KNOWN_CLIENT_MS)}`;
  await pruneSignInThrottle(db, now);
}

/** Windows that have passed are useless; dropping them after each sign-in keeps the table small without a scheduler. */
export async function pruneSignInThrottle(db: Db, now: Date = new Date()): Promise<void> {
  await db.$executeRaw`DELETE FROM "sign_in_throttle" WHERE "window_start" <= ${new Date(now.getTime() - WINDOW_MS)}`;
}
