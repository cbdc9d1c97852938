import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TopicsTable } from "@/components/topics/topics-table";
import { getTopicSummaries } from "@/lib/queries/topics";

// Counts change whenever an editor records a vote: render per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "topics" });
  return { title: t("title"), description: t("description") };
}

export default async function TopicsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, rows] = await Promise.all([getTranslations("topics"), getTopicSummaries()]);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <TopicsTable rows={rows} locale={locale} />
    </>
  );
}
