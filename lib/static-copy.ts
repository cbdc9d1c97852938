import "server-only";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { queryOfStaticCopy } from "@/lib/static-pages";

// Shared by the static-copy routes (app/[locale]/static-*/[[...query]]): each copy is rendered on
// its first request and kept (in memory) until the next write. None is made at build time: a copy
// from the build would come back on every restart, older than the database.

export type StaticCopyProps = { params: Promise<{ locale: string; query?: string[] }> };

export function noCopiesAtBuild(): { query: string[] }[] {
  return [];
}

/** The locale and query a static copy renders; 404 for a path staticPathFor would never produce. */
export async function openStaticCopy({ params }: StaticCopyProps, publicPath: string) {
  const { locale, query } = await params;
  const searchParams = queryOfStaticCopy(publicPath, query);
  if (!searchParams) notFound();
  setRequestLocale(locale);
  return { locale, searchParams };
}
