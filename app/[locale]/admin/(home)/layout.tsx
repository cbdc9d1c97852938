import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/guard";

// Before the loading boundary: a visitor without a session gets a real redirect to sign-in.
export default async function Gate({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  await requireUser("editor", { path: "/admin", locale: (await params).locale });
  return children;
}
