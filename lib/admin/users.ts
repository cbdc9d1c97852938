// /admin/users (admins only): create accounts, change roles, remove accounts. Passwords go through
// better-auth's hashing (lib/auth/users.ts); the audit records who changed which account, never a password.
import { z } from "zod";
import { getAuth } from "../auth/auth";
import { checkPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../validations/password";
import { hasRole } from "../auth/roles";
import { createAccountIn, hashPassword } from "../auth/users";
import { issuesToFieldErrors } from "../forms/zod-errors";
import { storableText } from "../validations/text-input";
import type { WriteRefusal } from "../forms/action-state";
import { writeAudit, type Actor } from "./audit";
import { lockAdmins } from "./locks";
import { isUniqueViolation, runWrite, type Tx } from "./transaction";

export type UserWriteResult = { ok: true; key: string } | WriteRefusal;

const FORBIDDEN: WriteRefusal = { ok: false, status: "forbidden", message: { code: "roleRequired", values: { role: "admin" } } };

const newUser = z
  .object({
    email: z
      .string({ error: "required" })
      .trim()
      .toLowerCase()
      .max(254, { error: "tooLong" })
      .pipe(z.email({ error: "email" })),
    name: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120, { error: "tooLong" }),
    role: z.enum(["admin", "editor"], { error: "invalid" }),
    password: z.string({ error: "required" }).min(MIN_PASSWORD_LENGTH, { error: "passwordTooShort" }).max(MAX_PASSWORD_LENGTH, { error: "tooLong" }),
  })
  .superRefine((v, ctx) => checkPassword(ctx, v.password, v.email, "password"));

// Unstorable text (NUL, undecodable bytes) in any field is refused first (text-input.ts).
export const NewUserSchema = storableText(newUser);
const RoleChangeSchema = storableText(z.object({ id: z.string().min(1).max(64), role: z.enum(["admin", "editor"], { error: "invalid" }) }));
const UserIdSchema = storableText(z.object({ id: z.string().min(1).max(64) }));

const emailTaken = (): WriteRefusal => ({ ok: false, status: "invalid", fieldErrors: { email: [{ code: "emailTaken" }] } });
const USER_NOT_FOUND: WriteRefusal = { ok: false, status: "not-found", message: { code: "userNotFound" } };

export async function createUser(raw: unknown, actor: Actor): Promise<UserWriteResult> {
  if (!hasRole(actor, "admin")) return FORBIDDEN;
  const parsed = NewUserSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, status: "invalid", fieldErrors: issuesToFieldErrors(parsed.error.issues) };
  const { email, name, role, password } = parsed.data;
  // Hashed first (scrypt takes a while): a transaction holds a pooled connection only to write.
  const passwordHash = await hashPassword(getAuth(), password);
  // The account, its credential and the audit entry commit together or not at all.
  return runWrite(
    async (tx): Promise<UserWriteResult> => {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) return emailTaken();
      const user = await createAccountIn(tx, { email, name, role, passwordHash });
      await writeAudit(tx, { actor, action: "create", entity: "user", key: email, after: { email, name, role } });
      return { ok: true, key: user.id };
    },
    { onDatabaseError: (e) => (isUniqueViolation(e) ? emailTaken() : null) },
  );
}

/**
 * A demotion or removal of `id`, inside the admins' lock (locks.ts), so that two admins acting at
 * once are taken one after the other: the acting admin must still be one (the other may have just
 * demoted or removed them), and at least one admin must remain.
 */
async function loadAdminChange(tx: Tx, actor: Actor, id: string, { leavesAdmin, field }: { leavesAdmin: boolean; field: "role" | "id" }) {
  await lockAdmins(tx);
  const [self, user] = await Promise.all([
    tx.user.findUnique({ where: { id: actor.id }, select: { role: true } }),
    tx.user.findUnique({ where: { id }, select: { email: true, name: true, role: true } }),
  ]);
  if (self?.role !== "admin") return FORBIDDEN;
  if (!user) return USER_NOT_FOUND;
  if (user.role === "admin" && !leavesAdmin && (await tx.user.count({ where: { role: "admin" } })) <= 1)
    return { ok: false, status: "invalid", fieldErrors: { [field]: [{ code: "lastAdmin" }] } } satisfies WriteRefusal;
  return user;
}

export async function changeUserRole(raw: unknown, actor: Actor): Promise<UserWriteResult> {
  if (!hasRole(actor, "admin")) return FORBIDDEN;
  const parsed = RoleChangeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, status: "invalid", fieldErrors: issuesToFieldErrors(parsed.error.issues) };
  const { id, role } = parsed.data;
  return runWrite(async (tx): Promise<UserWriteResult> => {
    const user = await loadAdminChange(tx, actor, id, { leavesAdmin: role === "admin", field: "role" });
    if ("ok" in user) return user;
    await tx.user.update({ where: { id }, data: { role } });
    await writeAudit(tx, { actor, action: "update", entity: "user", key: user.email, before: { role: user.role }, after: { role } });
    return { ok: true, key: id };
  });
}

export async function removeUser(raw: unknown, actor: Actor): Promise<UserWriteResult> {
  if (!hasRole(actor, "admin")) return FORBIDDEN;
  const parsed = UserIdSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, status: "invalid", fieldErrors: issuesToFieldErrors(parsed.error.issues) };
  const { id } = parsed.data;
  if (id === actor.id) return { ok: false, status: "invalid", fieldErrors: { id: [{ code: "cannotRemoveSelf" }] } };
  return runWrite(async (tx): Promise<UserWriteResult> => {
    const user = await loadAdminChange(tx, actor, id, { leavesAdmin: false, field: "id" });
    if ("ok" in user) return user;
    // Sessions and credentials go with the user (ON DELETE CASCADE), in this transaction with its audit entry.
    await tx.user.delete({ where: { id } });
    await writeAudit(tx, { actor, action: "delete", entity: "user", key: user.email, before: user, after: null });
    return { ok: true, key: id };
  });
}
