import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleSection, CoverageSection, GapsSection, StaticListSection, SuccessionsSection, VetoCountingSection } from "@/components/about/about-sections";
import { PageSection } from "@/components/countries/page-section";
import { LINK } from "@/components/countries/table-styles";
import { getDataIssueSummary, getDataTotals, getSourceCoverage, getVerbatimSources } from "@/lib/queries/about";
import { CiteThis } from "@/components/cite/cite-this";

// The figures change with every import or edit: render per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "about" });
  return { title: t("title"), description: t("description") };
}

const SECTIONS = [
  ["coverage", "coverage.heading"],
  ["licences", "licences.heading"],
  ["vetoes", "vetoes.heading"],
  ["search", "search.heading"],
  ["successions", "successions.heading"],
  ["gaps", "gaps.heading"],
  ["article", "article.heading"],
] as const;

export default async function AboutPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Four independent queries, in parallel.
  const [t, totals, sources, issues, articles] = await Promise.all([
    getTranslations("about"),
    getDataTotals(),
    getSourceCoverage(),
    getDataIssueSummary(3),
    getVerbatimSources(locale),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <nav aria-labelledby="toc-h" className="mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h2 id="toc-h" className="text-sm font-semibold">
          {t("toc")}
        </h2>
        <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`} className={LINK}>
                {t(key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <PageSection id="coverage" title={t("coverage.heading")}>
        <CoverageSection totals={totals} sources={sources} />
      </PageSection>
      <PageSection id="licences" title={t("licences.heading")}>
        <StaticListSection namespace="about.licences" />
      </PageSection>
      <PageSection id="vetoes" title={t("vetoes.heading")}>
        <VetoCountingSection />
      </PageSection>
      <PageSection id="search" title={t("search.heading")}>
        <StaticListSection namespace="about.search" />
      </PageSection>
      <PageSection id="successions" title={t("successions.heading")}>
        <SuccessionsSection />
      </PageSection>
      <PageSection id="gaps" title={t("gaps.heading")}>
        <GapsSection issues={issues} />
      </PageSection>
      <PageSection id="article" title={t("article.heading")}>
        <ArticleSection articles={articles} />
      </PageSection>
      <CiteThis target={{ kind: "dataset" }} locale={locale} heading={t("datasetCite")} />
    </>
  );
}
