import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/guard";

// Before the loading boundary: a real redirect to sign-in (or a real 403).
export default async function Gate({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  await requireUser("editor", { path: "/admin/import", locale: (await params).locale });
  return children;
}
