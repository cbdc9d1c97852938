"use server";

// Signing in and out of /admin.

import { headers } from "next/headers";
import { redirect } from "@/i18n/navigation";
import { isAPIError } from "better-auth/api";
import type { ActionState } from "@/lib/forms/action-state";
import { formText } from "@/lib/forms/form-data";
import { getAuth, THROTTLED_CODE } from "@/lib/auth/auth";
import { trustedProxyHops, withClientAddress } from "@/lib/auth/client-address";
import { safeNextPath } from "@/lib/auth/roles";
import { UNSTORABLE_TEXT, UNSTORABLE_TEXT_CODE } from "@/lib/validations/text-input";
import { formLocale } from "./form-locale";

/** Ends the session in the database and clears the cookie; works as a plain form post. */
export async function signOutAction(fd: FormData): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect({ href: { pathname: "/admin/login", query: { signedOut: "1" } }, locale: formLocale(fd) });
}

export type SignInState = ActionState<{ email: string }>;

/** Email + password through better-auth (which sets the session cookie via nextCookies). */
export async function signInAction(_prev: SignInState, fd: FormData): Promise<SignInState> {
  const email = formText(fd, "email").trim().slice(0, 320);
  const password = formText(fd, "password").slice(0, 1024);
  if (!email || !password) {
    return {
      status: "invalid",
      values: { email },
      fieldErrors: { ...(!email ? { email: [{ code: "required" }] } : {}), ...(!password ? { password: [{ code: "required" }] } : {}) },
    };
  }
  // A NUL would reach PostgreSQL in the account and throttle look-ups (22021, a 500).
  const unreadable = (["email", "password"] as const).filter((f) => UNSTORABLE_TEXT.test(f === "email" ? email : password));
  if (unreadable.length > 0)
    return { status: "invalid", values: { email }, fieldErrors: Object.fromEntries(unreadable.map((f) => [f, [{ code: UNSTORABLE_TEXT_CODE }]])) };
  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers: withClientAddress(await headers(), trustedProxyHops()) });
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const body = (error.body ?? {}) as { code?: string; retryAfterSeconds?: number; scope?: string };
    if (error.statusCode === 429 || body.code === THROTTLED_CODE) {
      const minutes = Math.max(1, Math.ceil((body.retryAfterSeconds ?? 900) / 60));
      return { status: "error", values: { email }, message: { code: "throttled", values: { minutes, scope: body.scope ?? "account" } } };
    }
    // Same message whether the account exists or not.
    return { status: "invalid", values: { email }, message: { code: "badCredentials" } };
  }
  redirect({ href: safeNextPath(formText(fd, "next")), locale: formLocale(fd) });
  return { status: "ok" };
}
