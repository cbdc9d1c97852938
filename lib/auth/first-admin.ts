// The first admin, created at seed time (prisma/seed.ts calls this after the data seed).
// ADMIN_EMAIL + ADMIN_PASSWORD name it. Without them, development gets an admin with a random
// password printed once (only its hash is stored); production creates nothing and says how to.
// There is no default password anywhere.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { passwordProblem } from "../validations/password";
import { createAuth, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./auth";
import { createAccount, setAccountPassword } from "./users";

export const DEV_ADMIN_EMAIL = "admin@example.org";

export type FirstAdminOutcome =
  | { action: "created"; email: string; generatedPassword?: string }
  | { action: "updated"; email: string }
  | { action: "exists"; email: string }
  | { action: "skipped" };

export async function ensureFirstAdmin(
  prisma: PrismaClient,
  { env = process.env, log = console.log }: { env?: Record<string, string | undefined>; log?: (message: string) => void } = {},
): Promise<FirstAdminOutcome> {
  const email = env.ADMIN_EMAIL?.trim().toLowerCase();
  const password = env.ADMIN_PASSWORD;
  if (Boolean(email) !== Boolean(password)) throw new Error("Set both ADMIN_EMAIL and ADMIN_PASSWORD (or neither) to create the first admin.");
  const auth = createAuth(prisma, { quiet: true });

  if (email && password) {
    const problem = passwordProblem(password, email);
    if (problem === "passwordTooShort" || problem === "tooLong")
      throw new Error(`ADMIN_PASSWORD must have ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`);
    if (problem === "passwordCommon") throw new Error("ADMIN_PASSWORD is one of the most common passwords; choose another.");
    if (problem === "passwordIsEmail") throw new Error("ADMIN_PASSWORD must not be the email address; choose another.");
    const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) {
      // The environment is the source of truth for this account: re-seeding keeps it usable.
      await prisma.user.update({ where: { id: existing.id }, data: { role: "admin" } });
      await setAccountPassword(auth, existing.id, password);
      log(`Admin ${email}: role and password set from ADMIN_EMAIL / ADMIN_PASSWORD.`);
      return { action: "updated", email };
    }
    await createAccount(auth, { email, name: "Administrator", role: "admin", password });
    log(`Admin ${email} created from ADMIN_EMAIL / ADMIN_PASSWORD.`);
    return { action: "created", email };
  }

  const admin = await prisma.user.findFirst({ where: { role: "admin" }, select: { email: true } });
  if (admin) {
    log(`An admin exists (${admin.email}); no account created.`);
    return { action: "exists", email: admin.email };
  }
  if (env.NODE_ENV === "production") {
    log("No admin account exists. Run the seed again with ADMIN_EMAIL and ADMIN_PASSWORD set (at least 12 characters) to create one.");
    return { action: "skipped" };
  }
  const generatedPassword = randomBytes(18).toString("base64url");
  await createAccount(auth, { email: DEV_ADMIN_EMAIL, name: "Administrator", role: "admin", password: generatedPassword });
  log(
    [
      "",
      "  Development admin created (shown only this once; only its hash is stored):",
      `    email:    ${DEV_ADMIN_EMAIL}`,
      `    password: ${generatedPassword}`,
      "  Sign in at /admin/login. Set ADMIN_EMAIL / ADMIN_PASSWORD to choose your own.",
      "",
    ].join("\n"),
  );
  return { action: "created", email: DEV_ADMIN_EMAIL, generatedPassword };
}
