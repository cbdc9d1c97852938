// "Change your password" for a signed-in user: the current password is checked through the same
// reserved attempts as sign-in (lib/auth/throttle.ts), the new one through the password rule; the
// hash, the other sessions' removal and the audit entry are one transaction. The audit records that
// the password changed, never a password.
import { db } from "../db";
import { getAuth } from "../auth/auth";
import { recordSignInSuccess, reserveSignInAttempt, type SignInKeys } from "../auth/throttle";
import { issuesToFieldErrors } from "../forms/zod-errors";
import type { Msg, WriteRefusal } from "../forms/action-state";
import { changePasswordSchema } from "../validations/password";
import { writeAudit, type Actor } from "./audit";

export type PasswordChangeResult = { ok: true; sessionsEnded: number } | WriteRefusal | { ok: false; status: "throttled"; message: Msg };

export interface PasswordChangeContext {
  actor: Actor;
  /** The session making the change: it stays, every other session of the account ends. */
  sessionId: string;
  /** The client, as for sign-in (address through the trusted hops, device cookie). */
  client: Omit<SignInKeys, "email">;
}

export async function changeOwnPassword(raw: unknown, { actor, sessionId, client }: PasswordChangeContext): Promise<PasswordChangeResult> {
  const parsed = changePasswordSchema(actor.email).safeParse(raw);
  if (!parsed.success) return { ok: false, status: "invalid", fieldErrors: issuesToFieldErrors(parsed.error.issues) };
  const { currentPassword, newPassword } = parsed.data;

  const keys: SignInKeys = { ...client, email: actor.email };
  const reservation = await reserveSignInAttempt(db, keys);
  if (!reservation.allowed) {
    const minutes = Math.max(1, Math.ceil(reservation.retryAfterSeconds / 60));
    return { ok: false, status: "throttled", message: { code: "throttled", values: { minutes, scope: reservation.scope } } };
  }
  const ctx = await getAuth().$context;
  const credential = await db.account.findFirst({ where: { userId: actor.id, providerId: "credential" }, select: { id: true, password: true } });
  const right = !!credential?.password && (await ctx.password.verify({ hash: credential.password, password: currentPassword }));
  // A wrong current password keeps its reserved attempt, exactly like a failed sign-in.
  if (!credential || !right) return { ok: false, status: "invalid", fieldErrors: { currentPassword: [{ code: "currentPasswordWrong" }] } };
  await recordSignInSuccess(db, keys, reservation.buckets);

  const hash = await ctx.password.hash(newPassword);
  const sessionsEnded = await db.$transaction(async (tx) => {
    await tx.account.update({ where: { id: credential.id }, data: { password: hash } });
    const { count } = await tx.session.deleteMany({ where: { userId: actor.id, id: { not: sessionId } } });
    await writeAudit(tx, { actor, action: "update", entity: "user", key: actor.email, before: null, after: { password: "changed", sessionsEnded: count } });
    return count;
  });
  return { ok: true, sessionsEnded };
}
