import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { redirect } from "@/i18n/navigation";
import { draftPath } from "@/lib/validations/draft-ref";
import { resolveDraftRef } from "@/lib/queries/resolve-draft-ref";

// Runs before the page renders (the route has no loading.tsx: its pages are static copies), so an unknown symbol gets a
// real 404 status and /resolutions/1718 a real HTTP redirect (inside a streamed page both would
// degrade to a 200 with a noindex tag or a client-side redirect). One indexed lookup.
export default async function DraftLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; ref: string[] }> }) {
  const { locale, ref: segments } = await params;
  const resolved = await resolveDraftRef(segments);
  if (!resolved) notFound();
  if (!resolved.canonical) redirect({ href: draftPath(resolved.ref), locale });
  return children;
}
