// The password rule, for every way a password is set: an admin creating an account, the first admin
// from ADMIN_PASSWORD, and a user changing their own. Long enough, not a common password, not the
// account's email. Error codes are keys of admin.errors (messages/*/admin.json).
import { z } from "zod";
import { isCommonPassword } from "../auth/common-passwords";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export type PasswordProblem = "passwordTooShort" | "tooLong" | "passwordCommon" | "passwordIsEmail";

export function passwordProblem(password: string, email: string): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "passwordTooShort";
  if (password.length > MAX_PASSWORD_LENGTH) return "tooLong";
  const lower = password.trim().toLowerCase();
  const mail = email.trim().toLowerCase();
  if (mail && (lower === mail || lower === mail.split("@")[0])) return "passwordIsEmail";
  if (isCommonPassword(password)) return "passwordCommon";
  return null;
}

/** Adds the password's problem (if any) as an issue on `path`, for a zod superRefine (the field's own .max() reports length). */
export function checkPassword(ctx: z.RefinementCtx, password: string, email: string, path: string): void {
  const problem = passwordProblem(password, email);
  if (problem && problem !== "tooLong") ctx.addIssue({ code: "custom", message: problem, path: [path] });
}

/** The "change your password" form; `email` is the signed-in account's. */
export function changePasswordSchema(email: string) {
  return z
    .object({
      currentPassword: z.string({ error: "required" }).min(1, { error: "required" }).max(1024, { error: "tooLong" }),
      newPassword: z.string({ error: "required" }).min(1, { error: "required" }).max(MAX_PASSWORD_LENGTH, { error: "tooLong" }),
      confirmPassword: z.string({ error: "required" }),
    })
    .superRefine((v, ctx) => {
      checkPassword(ctx, v.newPassword, email, "newPassword");
      if (v.newPassword === v.currentPassword) ctx.addIssue({ code: "custom", message: "passwordUnchanged", path: ["newPassword"] });
      if (v.confirmPassword !== v.newPassword) ctx.addIssue({ code: "custom", message: "passwordMismatch", path: ["confirmPassword"] });
    });
}
