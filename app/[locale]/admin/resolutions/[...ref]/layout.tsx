import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { draftExists } from "@/lib/admin/queries";
import { requireUser } from "@/lib/auth/guard";
import { parseAdminDraftPath } from "./resolve";

// Before the loading boundary, so the answers keep their HTTP status: no session → redirect to
// sign-in with this path as `next`; unknown draft or view → 404.
export default async function Gate({ children, params }: { children: ReactNode; params: Promise<{ locale: string; ref: string[] }> }) {
  const { locale, ref: segments } = await params;
  await requireUser("editor", { path: `/admin/resolutions/${segments.join("/")}`, locale });
  const target = parseAdminDraftPath(segments);
  if (!target || !(await draftExists(target.ref))) notFound();
  return children;
}
