// Failed sign-ins, counted per account and per client address: after MAX_FAILURES failures within
// WINDOW_MS the key is refused until the window (which starts at the first failure) has passed.
// better-auth's own limiter counts every request per address and path; it cannot key by account.
import type { PrismaClient } from "../generated/prisma/client";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export interface SignInKeys {
  email: string;
  /** Client address as better-auth resolves it (x-forwarded-for...), or null when unknown. */
  address: string | null;
}

export type SignInVerdict = { allowed: true } | { allowed: false; scope: "account" | "address"; retryAfterSeconds: number };

type Db = Pick<PrismaClient, "$executeRaw" | "signInThrottle">;

function keysOf({ email, address }: SignInKeys): { key: string; scope: "account" | "address" }[] {
  const keys: { key: string; scope: "account" | "address" }[] = [];
  if (email) keys.push({ key: `account:${email}`, scope: "account" });
  if (address) keys.push({ key: `address:${address}`, scope: "address" });
  return keys;
}

export async function checkSignIn(db: Db, keys: SignInKeys, now: Date = new Date()): Promise<SignInVerdict> {
  const wanted = keysOf(keys);
  if (wanted.length === 0) return { allowed: true };
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: wanted.map((k) => k.key) }, windowStart: { gt: new Date(now.getTime() - WINDOW_MS) } },
    select: { key: true, failures: true, windowStart: true },
  });
  for (const { key, scope } of wanted) {
    const row = rows.find((r) => r.key === key);
    if (row && row.failures >= MAX_FAILURES) {
      const retryAfterSeconds = Math.max(1, Math.ceil((row.windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000));
      return { allowed: false, scope, retryAfterSeconds };
    }
  }
  return { allowed: true };
}

/** One more failure for the account and the address; a window older than WINDOW_MS starts over. */
export async function recordSignInFailure(db: Db, keys: SignInKeys, now: Date = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - WINDOW_MS);
  for (const { key } of keysOf(keys)) {
    await db.$executeRaw`
      INSERT INTO "sign_in_throttle" ("key", "failures", "window_start") VALUES (${key}, 1, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "sign_in_throttle"."window_start" <= ${cutoff} THEN 1 ELSE "sign_in_throttle"."failures" + 1 END,
        "window_start" = CASE WHEN "sign_in_throttle"."window_start" <= ${cutoff} THEN ${now} ELSE "sign_in_throttle"."window_start" END`;
  }
  // Old windows are useless; dropping them here keeps the table small without a scheduler.
  await db.$executeRaw`DELETE FROM "sign_in_throttle" WHERE "window_start" <= ${cutoff}`;
}

/** A successful sign-in clears the account's count (never the address's: one good account must not unlock an address). */
export async function clearAccountFailures(db: Db, email: string): Promise<void> {
  if (!email) return;
  await db.signInThrottle.deleteMany({ where: { key: `account:${email}` } });
}
