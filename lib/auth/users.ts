// Accounts are created here (the seed's first admin, the admin's user page, test factories), always
// through better-auth's own hashing and internal adapter: the password is hashed (scrypt) before it
// reaches the database and is never logged.
import { randomBytes } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import type { Auth } from "./auth";

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export interface AccountSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export async function createAccount(auth: Auth, input: NewAccount): Promise<AccountSummary> {
  const ctx = await auth.$context;
  const hash = await ctx.password.hash(input.password);
  const user = await ctx.internalAdapter.createUser(
    {
      email: input.email.trim().toLowerCase(),
      name: input.name.trim(),
      role: input.role,
      emailVerified: true,
    },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: hash });
  return { id: user.id, email: user.email, name: user.name, role: input.role };
}

/** better-auth's hash of a password (scrypt), for createAccountIn: hashed before a transaction opens, not inside it. */
export async function hashPassword(auth: Auth, password: string): Promise<string> {
  const ctx = await auth.$context;
  return ctx.password.hash(password);
}

/**
 * The same account from an already hashed password, written with the caller's transaction (tx) so
 * that the caller's audit entry commits or rolls back with it. The ids have the shape of generateId's.
 */
export async function createAccountIn(tx: Prisma.TransactionClient, input: Omit<NewAccount, "password"> & { passwordHash: string }): Promise<AccountSummary> {
  const id = randomBytes(18).toString("base64url");
  const user = await tx.user.create({
    data: { id, email: input.email.trim().toLowerCase(), name: input.name.trim(), role: input.role, emailVerified: true },
    select: { id: true, email: true, name: true, role: true },
  });
  await tx.account.create({
    data: { id: randomBytes(18).toString("base64url"), userId: id, providerId: "credential", accountId: id, password: input.passwordHash },
  });
  return user;
}

export async function setAccountPassword(auth: Auth, userId: string, password: string): Promise<void> {
  const ctx = await auth.$context;
  await ctx.internalAdapter.updatePassword(userId, await ctx.password.hash(password));
}

/** Removes the user with their sessions and credentials (cascade). */
export async function deleteAccount(auth: Auth, userId: string): Promise<void> {
  const ctx = await auth.$context;
  await ctx.internalAdapter.deleteUser(userId);
}
