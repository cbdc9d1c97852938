"use server";

// "Change your password" (/admin/password), for any signed-in user.

import { cookies, headers } from "next/headers";
import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-data";
import { refusalState } from "@/lib/forms/action-state";
import { changeOwnPassword } from "@/lib/admin/password";
import { getAuth } from "@/lib/auth/auth";
import { clientAddress, trustedProxyHops } from "@/lib/auth/client-address";
import { DEVICE_COOKIE, deviceHash } from "@/lib/auth/device";

export type PasswordFormState = ActionState<Record<string, never>>;

export async function changePasswordAction(_prev: PasswordFormState, fd: FormData): Promise<PasswordFormState> {
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return { status: "unauthorized", message: { code: "signInRequired" } };
  const { id, email, role } = session.user;
  const result = await changeOwnPassword(formFields(fd, ["currentPassword", "newPassword", "confirmPassword"]), {
    actor: { id, email, role: role === "admin" ? "admin" : "editor" },
    sessionId: session.session.id,
    client: { address: clientAddress(requestHeaders, trustedProxyHops()), device: deviceHash((await cookies()).get(DEVICE_COOKIE)?.value) },
  });
  // Passwords are never sent back to the form.
  if (result.ok) return { status: "ok", message: { code: "passwordChanged", values: { sessions: result.sessionsEnded } } };
  if (result.status === "throttled") return { status: "error", message: result.message };
  return refusalState(result);
}
