import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CoverageTable, GapKinds } from "@/components/coverage/coverage-table";
import { PageSection } from "@/components/countries/page-section";
import { PageHeader } from "@/components/ui/page-header";
import { longDate } from "@/components/ui/long-date";
import { getCoverageCached, getLatestVoteDateCached } from "@/lib/queries/cached";

// The figures change with every import or edit: render per request (from the cached queries,
// which every write expires), never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "coverage.meta" });
  return { title: t("title"), description: t("description") };
}

export default async function CoveragePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, coverage, lastVote] = await Promise.all([
    getTranslations("coverage"),
    getCoverageCached(),
    getLatestVoteDateCached(),
  ]);
  return (
    <>
      <PageHeader heading={t("heading")} intro={t("intro")} />
      <p className="mt-3 font-medium">
        {lastVote ? t("dataTo", { date: longDate(lastVote, locale) }) : t("noDate")}
      </p>
      <div className="mt-3 max-w-4xl space-y-1 text-sm text-slate-700 dark:text-slate-300">
        {(t.raw("counting") as string[]).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <CoverageTable coverage={coverage} />
      <PageSection id="gaps" title={t("gapsHeading")}>
        <GapKinds coverage={coverage} />
      </PageSection>
    </>
  );
}
