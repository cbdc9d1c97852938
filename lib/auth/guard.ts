import "server-only";
import { forbidden } from "next/navigation";
import type { Role } from "../generated/prisma/enums";
import { redirect } from "@/i18n/navigation";
import type { ActionState } from "../forms/action-state";
import { hasRole } from "./roles";
import { getSessionUser, type SessionUser } from "./session";

/**
 * For admin pages: the signed-in user with at least `role`. Not signed in → /admin/login?next=<path>;
 * signed in with too small a role → the 403 page (forbidden()).
 */
export async function requireUser(role: Role, { path, locale }: { path: string; locale: string }): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) return redirect({ href: { pathname: "/admin/login", query: { next: path } }, locale });
  if (!hasRole(user, role)) forbidden();
  return user;
}

export type ActionPermission = { ok: true; user: SessionUser } | { ok: false; state: ActionState<never> };

/**
 * For server actions, before anything else: a refusal the caller returns as is. A request without
 * a session (curl, an expired tab) writes nothing and is told why.
 */
export async function assertActionAllowed(role: Role): Promise<ActionPermission> {
  const user = await getSessionUser();
  if (!user) return { ok: false, state: { status: "unauthorized", message: { code: "signInRequired" } } };
  if (!hasRole(user, role)) return { ok: false, state: { status: "forbidden", message: { code: "roleRequired", values: { role } } } };
  return { ok: true, user };
}
