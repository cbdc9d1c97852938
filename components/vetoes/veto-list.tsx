import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { SERIES_COLOURS, type SeriesKey } from "@/lib/council/seats";
import { localized, localizedLabel } from "@/lib/i18n-names";
import { pageCount } from "@/lib/pagination";
import { filtersToSearch } from "@/lib/validations/filters";
import { listVetoes, type VetoFilterOptions, type VetoFilters } from "@/lib/queries/vetoes";
import { Pagination } from "@/components/ui/pagination";
import { Swatch } from "@/components/ui/swatch";
import { VoteDate } from "@/components/ui/vote-date";
import { ActiveFilters, hasChipFilters } from "@/components/resolutions/active-filters";

export const LIST_HEIGHT = "min-h-[40rem]";

/** The veto list: one row per vetoed draft, with its vetoing members; paginated by links. */
export async function VetoList({ filters, options }: { filters: VetoFilters; options: VetoFilterOptions }) {
  const [list, t, te, locale] = await Promise.all([listVetoes(filters), getTranslations("vetoes.list"), getTranslations("vetoes"), getLocale()]);
  const pages = pageCount(list.total, list.pageSize);
  const csvQuery = new URLSearchParams({ format: "csv" });
  if (filters.vetoedBy) csvQuery.set("member", filters.vetoedBy);
  if (filters.from !== undefined) csvQuery.set("from", String(filters.from));
  if (filters.to !== undefined) csvQuery.set("to", String(filters.to));
  if (filters.topic) csvQuery.set("topic", filters.topic);

  if (list.total === 0) {
    return (
      <section aria-labelledby="veto-list-title" className={LIST_HEIGHT}>
        <h2 id="veto-list-title" className="text-lg font-semibold">{t("heading")}</h2>
        <div role="status" className="mt-3 rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
          {hasChipFilters(filters) ? (
            <>
              <p className="font-semibold">{te("empty.title")}</p>
              <div className="mt-3">
                <ActiveFilters path="/vetoes" filters={filters} members={options.members} topics={options.topics} heading={te("empty.loosen")} />
              </div>
            </>
          ) : (
            <p>{te("empty.none")}</p>
          )}
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby="veto-list-title" className={LIST_HEIGHT}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="veto-list-title" className="text-lg font-semibold">
          {t("heading")} <span className="font-normal text-slate-600 dark:text-slate-400">· {t("count", { count: list.total })}</span>
        </h2>
        <p className="text-sm">
          <a href={`/api/vetoes?${csvQuery}`} download className="text-sky-900 underline underline-offset-2 dark:text-sky-200">{t("csv")}</a>{" "}
          <span className="text-xs text-slate-600 dark:text-slate-400">{t("csvNote")}</span>
        </p>
      </div>
      {list.page > pages ? (
        <p role="status" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          <Link href={`/vetoes${filtersToSearch(filters, { page: pages })}`} className="underline">
            {t("pageOutOfRange", { page: list.page, last: pages })}
          </Link>
        </p>
      ) : (
        <div role="region" aria-label={t("tableRegion")} tabIndex={0} className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[48rem] text-sm">
            <caption className="sr-only">{t("caption", { sort: t(`sortCaption.${filters.sort ?? "date-desc"}`) })}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left dark:border-slate-600">
                <th scope="col" className="py-2 pr-3 font-medium">{t("date")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("draft")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("meeting")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("agenda")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("topics")}</th>
                <th scope="col" className="py-2 font-medium">{t("members")}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((v) => (
                <tr key={v.ref} className="border-b border-slate-100 align-top dark:border-slate-800">
                  <td className="py-2 pr-3">
                    <VoteDate date={v.date} year={v.year} />
                  </td>
                  <td className="py-2 pr-3">
                    <Link href={`/resolutions/${v.ref}`} className="font-medium whitespace-nowrap text-sky-900 underline underline-offset-2 dark:text-sky-200">
                      {v.symbol ?? v.ref}
                    </Link>
                    {!v.symbol && <span className="block text-xs text-slate-600 dark:text-slate-400">{t("noSymbol")}</span>}
                    {v.objectOfVote !== "DRAFT" && (
                      <span className="block text-xs text-slate-600 dark:text-slate-400">{t(`object.${v.objectOfVote as "AMENDMENT"}`)}</span>
                    )}
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap">{v.meeting ?? "—"}</td>
                  <td className="py-2 pr-3">
                    <span className="line-clamp-3">{v.agendaItem ?? v.title ?? "—"}</span>
                  </td>
                  <td className="py-2 pr-3">
                    {v.topics.length === 0
                      ? "—"
                      : v.topics.map((topic, i) => (
                          <span key={topic.slug}>
                            {i > 0 && ", "}
                            <Link href={`/vetoes${filtersToSearch(filters, { topic: topic.slug, page: undefined })}`} className="underline-offset-2 hover:underline">
                              {localizedLabel(topic, locale)}
                            </Link>
                          </span>
                        ))}
                  </td>
                  <td className="py-2">
                    <ul>
                      {v.members.map((m) => (
                        <li key={m.code} className="flex items-center whitespace-nowrap">
                          <Swatch colour={SERIES_COLOURS[m.holder as SeriesKey]} />
                          {localized(m, locale)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={list.page} totalPages={pages} label={t("pagination")} hrefFor={(p) => `/vetoes${filtersToSearch(filters, { page: p === 1 ? undefined : p })}`} />
    </section>
  );
}
