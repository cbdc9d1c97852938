import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getMemberForEdit } from "@/lib/admin/queries";
import { requireUser } from "@/lib/auth/guard";

// Before the loading boundary: sign-in redirect with this path, and a real 404 for unknown codes.
export default async function Gate({ children, params }: { children: ReactNode; params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params;
  await requireUser("editor", { path: `/admin/members/${encodeURIComponent(code)}`, locale });
  if (!(await getMemberForEdit(code))) notFound();
  return children;
}
