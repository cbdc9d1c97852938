"use server";

import { headers } from "next/headers";
import { isAPIError } from "better-auth/api";
import { redirect } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import type { ActionState } from "@/lib/forms/action-state";
import { getAuth, THROTTLED_CODE } from "@/lib/auth/auth";
import { safeNextPath } from "@/lib/auth/roles";

export type SignInState = ActionState<{ email: string }>;

function field(fd: FormData, name: string): string {
  const v = fd.get(name);
  return typeof v === "string" ? v : "";
}

/** Email + password through better-auth (which sets the session cookie via nextCookies). */
export async function signInAction(_prev: SignInState, fd: FormData): Promise<SignInState> {
  const email = field(fd, "email").trim().slice(0, 320);
  const password = field(fd, "password").slice(0, 1024);
  const requested = field(fd, "locale");
  const locale = (routing.locales as readonly string[]).includes(requested) ? requested : routing.defaultLocale;
  if (!email || !password) {
    return {
      status: "invalid",
      values: { email },
      fieldErrors: { ...(!email ? { email: [{ code: "required" }] } : {}), ...(!password ? { password: [{ code: "required" }] } : {}) },
    };
  }
  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers: await headers() });
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
  redirect({ href: safeNextPath(field(fd, "next")), locale });
  return { status: "ok" };
}
