import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { AgreementOverTime } from "@/components/agreement/agreement-over-time";
import { CompareForm } from "@/components/compare/compare-form";
import { DifferingDrafts } from "@/components/compare/differing-drafts";
import { PageSection } from "@/components/countries/page-section";
import { SectionSkeleton } from "@/components/countries/skeletons";
import { FilterNotices } from "@/components/ui/filter-notices";
import { PageHeader } from "@/components/ui/page-header";
import { memberPairs } from "@/lib/agreement";
import { localized } from "@/lib/i18n-names";
import { getAgreementByYear } from "@/lib/queries/agreement";
import { listMemberOptions, listTopicOptions } from "@/lib/queries/options";
import { compareSearch, MIN_COMPARED, parseCompareParams, type CompareParams } from "@/lib/validations/compare";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Colour-blind-safe (Okabe–Ito), one per pair: up to six pairs for four members.
const PAIR_COLOURS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "countries.compare" });
  return {
    title: t("title"),
    description: t("metaDescription"),
    alternates: {
      canonical: getPathname({ locale, href: "/compare" }),
      languages: Object.fromEntries(routing.locales.map((l) => [l, getPathname({ locale: l, href: "/compare" })])),
    },
  };
}

async function PairsOverTime({ members, params, locale }: { members: { code: string; name: string }[]; params: CompareParams; locale: string }) {
  const t = await getTranslations("countries.compare.chart");
  const pairs = memberPairs(members);
  const rows = await getAgreementByYear(
    pairs.map(([a, b]) => [a.code, b.code] as const),
    { contested: params.contested, from: params.filters.from, to: params.filters.to },
  );
  const lines = pairs.map(([a, b], i) => ({
    key: `${a.code}-${b.code}`,
    name: `${a.name} – ${b.name}`,
    colour: PAIR_COLOURS[i % PAIR_COLOURS.length]!,
    rows: rows.filter((r) => r.code === a.code && r.other === b.code),
  }));
  return (
    <>
      {(params.filters.topic || params.filters.outcome) && <p className="mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t("filtersNote")}</p>}
      <AgreementOverTime lines={lines} title={params.contested ? t("titleContested") : t("title")} description={t("description")} locale={locale} />
    </>
  );
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const parsed = parseCompareParams(await searchParams);
  const [t, options, topics] = await Promise.all([getTranslations("countries.compare"), listMemberOptions(), listTopicOptions()]);
  const known = new Map(options.map((m) => [m.code, m]));
  const unknown = parsed.members.filter((c) => !known.has(c));
  const members = parsed.members.filter((c) => known.has(c)).map((code) => ({ code, name: localized(known.get(code)!, locale) }));
  const shown = { ...parsed, members: members.map((m) => m.code) };
  return (
    <>
      <PageHeader heading={t("title")} intro={t("intro")} />
      <FilterNotices notices={parsed.notices} />
      {unknown.length > 0 && (
        <p role="status" className="mt-4 text-sm text-amber-900 dark:text-amber-200">
          {t("unknown", { codes: unknown.join(", ") })}
        </p>
      )}
      <CompareForm action={getPathname({ locale, href: "/compare" })} params={shown} members={options} topics={topics} />
      <p className="mt-4 max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t("rule")}</p>
      {members.length < MIN_COMPARED ? (
        <p className="mt-6 font-medium">{t("needTwo")}</p>
      ) : (
        <>
          <PageSection id="over-time" title={shown.contested ? t("chart.titleContested") : t("chart.title")}>
            <Suspense fallback={<SectionSkeleton heading={false} chart rows={0} />}>
              <PairsOverTime members={members} params={shown} locale={locale} />
            </Suspense>
          </PageSection>
          <PageSection id="differ" title={t("differ.heading")}>
            <Suspense fallback={<SectionSkeleton heading={false} rows={10} />}>
              <DifferingDrafts members={members} filters={shown.filters} hrefFor={(p) => `/compare${compareSearch(shown, { page: p })}#differ`} />
            </Suspense>
          </PageSection>
        </>
      )}
    </>
  );
}
