import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CoverageSection, StaticListSection } from "@/components/about/about-sections";
import { CiteThis } from "@/components/cite/cite-this";
import { PageSection } from "@/components/countries/page-section";
import { LINK } from "@/components/countries/table-styles";
import { DatasetFiles } from "@/components/data/dataset-files";
import { isoToDate } from "@/components/resolutions/names";
import { Link } from "@/i18n/navigation";
import { getDataTotals, getSourceCoverage } from "@/lib/queries/about";
import { getDatasetSummaryCached } from "@/lib/queries/cached";

// The open dataset: its files (made on demand, kept until the next write: app/api/data), version,
// sources and licences, and how to cite it. Per request, as /about; the file list is cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "data" });
  return { title: t("title"), description: t("description") };
}

export default async function DataPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, summary, totals, sources] = await Promise.all([
    getTranslations("data"),
    getFormatter(),
    getDatasetSummaryCached(),
    getDataTotals(),
    getSourceCoverage(),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <p className="mt-3 max-w-3xl font-medium" data-testid="dataset-version">
        {summary.version
          ? t("version", { version: `${summary.version} (${format.dateTime(isoToDate(summary.version), { dateStyle: "long" })})` })
          : t("noVersion")}
      </p>
      <PageSection id="files" title={t("files.heading")}>
        <DatasetFiles summary={summary} />
      </PageSection>
      <PageSection id="formats" title={t("formats.heading")}>
        <ul className="mt-3 max-w-3xl list-disc space-y-2 pl-5 text-slate-800 dark:text-slate-200">
          {(t.raw("formats.items") as string[]).map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </PageSection>
      <PageSection id="sources" title={t("sources.heading")}>
        <p className="mt-3 max-w-3xl">{t("sources.intro")}</p>
        <p className="mt-3 max-w-3xl font-medium">{t("sources.licence")}</p>
        <CoverageSection totals={totals} sources={sources} />
        <StaticListSection namespace="about.licences" />
        <p className="mt-3">
          <Link href="/about" className={LINK}>
            {t("sources.more")}
          </Link>
        </p>
      </PageSection>
      <CiteThis target={{ kind: "dataset" }} locale={locale} heading={t("cite.datasetHeading")} />
    </>
  );
}
