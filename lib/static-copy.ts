import "server-only";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { queryOfStaticCopy } from "@/lib/static-pages";

// Shared by the static-copy routes (app/[locale]/static-*/[[...query]]): the bare page is rendered
// at build time, each valid filter set on its first request; all are kept until the next write.

export type StaticCopyProps = { params: Promise<{ locale: string; query?: string[] }> };

export function generateBareCopy(): { query: string[] }[] {
  return [{ query: [] }];
}

/** The locale and query a static copy renders; 404 for a path staticPathFor would never produce. */
export async function openStaticCopy({ params }: StaticCopyProps, publicPath: string) {
  const { locale, query } = await params;
  const searchParams = queryOfStaticCopy(publicPath, query);
  if (!searchParams) notFound();
  setRequestLocale(locale);
  return { locale, searchParams };
}
