import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import type { Role } from "../generated/prisma/enums";
import { getAuth } from "./auth";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** The signed-in user for this request, checked against the session table (no cookie cache). */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role: role === "admin" ? "admin" : "editor" };
});
