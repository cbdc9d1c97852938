import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { CountriesTable } from "@/components/countries/countries-table";
import { YearFilter } from "@/components/countries/year-filter";
import { FilterNotices } from "@/components/ui/filter-notices";
import { VetoCountNote } from "@/components/vetoes/veto-count";
import { COUNTRY_SORTS, getCouncilMembers, type CountrySort } from "@/lib/queries/countries";
import { parseTableSort, parseYearParam, type SortOrder } from "@/lib/validations/view-params";
import { displayYear } from "@/lib/years";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "countries" });
  return { title: t("title"), description: t("description") };
}

export default async function CountriesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const { sort, order, notices } = parseTableSort(query, COUNTRY_SORTS, "name");
  const year = parseYearParam(query, "year", notices);
  const [t, rows] = await Promise.all([getTranslations("countries"), getCouncilMembers({ year, sort, order, locale })]);
  const hrefFor = (s: CountrySort, o: SortOrder) => {
    const sp = new URLSearchParams({ sort: s, order: o });
    if (year !== undefined) sp.set("year", String(year));
    return `/countries?${sp}`;
  };
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
      <FilterNotices notices={notices} />
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        {year === undefined ? t("intro", { count: rows.length }) : t("yearIntro", { count: rows.length, year: displayYear(year, locale) })}
      </p>
      <YearFilter action={getPathname({ href: "/countries", locale })} year={year} sort={sort} order={order} />
      <CountriesTable rows={rows} locale={locale} sort={sort} order={order} hrefFor={hrefFor} />
      <VetoCountNote className="mt-2" />
    </>
  );
}
