import type { Role } from "../generated/prisma/enums";

// admin: everything, including users. editor: drafts, votes, sources, topics, members, import.
const RANK: Record<Role, number> = { editor: 1, admin: 2 };

export function hasRole(user: { role: Role } | null | undefined, required: Role): boolean {
  return !!user && RANK[user.role] >= RANK[required];
}

/** Where to go after signing in: only paths inside the admin area of this site (no open redirect). */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string") return "/admin";
  return /^\/(?:th\/)?admin(?:[/?#]|$)/.test(next) && !next.includes("//") && !next.includes("\\") ? next.replace(/^\/th(?=\/)/, "") : "/admin";
}
