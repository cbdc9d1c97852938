// /admin/users (admins only): create accounts, change roles, remove accounts. Passwords go through
// better-auth's hashing (lib/auth/users.ts); the audit records who changed which account, never a password.
import { z } from "zod";
import { db } from "../db";
import { getAuth } from "../auth/auth";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../auth/auth";
import { hasRole } from "../auth/roles";
import { createAccount, deleteAccount } from "../auth/users";
import { issuesToFieldErrors } from "../forms/zod-errors";
import { storableText } from "../validations/text-input";
import type { WriteRefusal } from "../forms/action-state";
import { writeAudit, type Actor } from "./audit";

export type UserWriteResult = { ok: true; key: string } | WriteRefusal;

const FORBIDDEN: WriteRefusal = { ok: false, status: "forbidden", message: { code: "roleRequired", values: { role: "admin" } } };

const newUser = z.object({
  email: z
    .string({ error: "required" })
    .trim()
    .toLowerCase()
    .max(254, { error: "tooLong" })
    .pipe(z.email({ error: "email" })),
  name: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120, { error: "tooLong" }),
  role: z.enum(["admin", "editor"], { error: "invalid" }),
  password: z.string({ error: "required" }).min(MIN_PASSWORD_LENGTH, { error: "passwordTooShort" }).max(MAX_PASSWORD_LENGTH, { error: "tooLong" }),
});

// Unstorable text (NUL, undecodable bytes) in any field is refused first (text-input.ts).
export const NewUserSchema = storableText(newUser);
const RoleChangeSchema = storableText(z.object({ id: z.string().min(1).max(64), role: z.enum(["admin", "editor"], { error: "invalid" }) }));
const UserIdSchema = storableText(z.object({ id: z.string().min(1).max(64) }));

export async function createUser(raw: unknown, actor: Actor): Promise<UserWriteResult> {
  if (!hasRole(actor, "admin")) return FORBIDDEN;
  const parsed = NewUserSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, status: "invalid", fieldErrors: issuesToFieldErrors(parsed.error.issues) };
  const { email, name, role, password } = parsed.data;
  if (await db.user.findUnique({ where: { email }, select: { id: true } }))
    return { ok: false, status: "invalid", fieldErrors: { email: [{ code: "emailTaken" }] } };
  // better-auth writes the user and its credential; the audit entry follows (the account exists either way).
  const user = await createAccount(getAuth(), { email, name, role, password });
  await db.$transaction((tx) => writeAudit(tx, { actor, action: "create", entity: "user", key: email, after: { email, name, role } }));
  return { ok: true, key: user.id };
}

export async function changeUserRole(raw: unknown, actor: Actor): Promise<UserWriteResult> {
  if (!hasRole(actor, "admin")) return FORBIDDEN;
  const parsed = RoleChangeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, status: "invalid", fieldErrors: issuesToFieldErrors(parsed.error.issues) };
  const { id, role } = parsed.data;
  return db.$transaction(async (tx): Promise<UserWriteResult> => {
    const user = await tx.user.findUnique({ where: { id }, select: { email: true, role: true } });
    if (!user) return { ok: false, status: "not-found", message: { code: "userNotFound" } };
    if (user.role === "admin" && role !== "admin" && (await tx.user.count({ where: { role: "admin" } })) <= 1)
      return { ok: false, status: "invalid", fieldErrors: { role: [{ code: "lastAdmin" }] } };
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
  const user = await db.user.findUnique({ where: { id }, select: { email: true, name: true, role: true } });
  if (!user) return { ok: false, status: "not-found", message: { code: "userNotFound" } };
  await deleteAccount(getAuth(), id); // sessions and credentials go with it
  await db.$transaction((tx) => writeAudit(tx, { actor, action: "delete", entity: "user", key: user.email, before: user, after: null }));
  return { ok: true, key: id };
}
