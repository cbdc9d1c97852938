import type { ReactNode } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { getPathname } from "@/i18n/navigation";
import { getTopicSummary } from "@/lib/queries/topics";
import { parseTopicSlug } from "@/lib/validations/route-keys";

// Checked before the loading.tsx boundary streams, so an unknown slug is a real 404 and /topics/DPRK
// a real 308 to /topics/dprk. The lookup is cached and reused by the page.
export default async function TopicLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const parsed = parseTopicSlug(slug);
  if (!parsed) notFound();
  if (!parsed.canonical) permanentRedirect(getPathname({ href: `/topics/${parsed.key}`, locale }));
  if (!(await getTopicSummary(parsed.key))) notFound();
  return children;
}
