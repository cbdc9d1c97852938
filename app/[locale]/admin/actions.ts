"use server";

import { headers } from "next/headers";
import { redirect } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { getAuth } from "@/lib/auth/auth";

/** Ends the session in the database and clears the cookie; works as a plain form post. */
export async function signOutAction(fd: FormData): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  const requested = fd.get("locale");
  const locale = typeof requested === "string" && (routing.locales as readonly string[]).includes(requested) ? requested : routing.defaultLocale;
  redirect({ href: { pathname: "/admin/login", query: { signedOut: "1" } }, locale });
}
