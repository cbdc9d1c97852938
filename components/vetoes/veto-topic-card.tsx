import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getVetoesByTopicCached } from "@/lib/queries/cached";
import { Link } from "@/i18n/navigation";
import { SERIES_COLOURS, type SeriesKey } from "@/lib/council/seats";
import { localized, localizedLabel } from "@/lib/i18n-names";
import { filtersToSearch } from "@/lib/validations/filters";
import type { VetoFilterOptions, VetoFilters } from "@/lib/queries/vetoes";
import { ShowAsTable } from "@/components/ui/show-as-table";
import { Swatch } from "@/components/ui/swatch";
import type { TopicChartSeries } from "@/components/charts/veto-topic-chart";
import { LazyVetoTopicChart } from "@/components/charts/lazy";

export const TOPIC_CARD_HEIGHT = "min-h-[42rem]";
const SERIES_ORDER = ["SUN", "RUS", "USA", "GBR", "FRA", "CHN"] as const;

/** The topics with the most vetoed drafts under the current filters, split by member. */
export async function VetoTopicCard({ filters, members }: { filters: VetoFilters; members: VetoFilterOptions["members"] }) {
  const [topics, t, format, locale] = await Promise.all([getVetoesByTopicCached(filters), getTranslations("vetoes.byTopic"), getFormatter(), getLocale()]);
  const used = new Set(topics.flatMap((x) => Object.keys(x.counts)));
  const series: TopicChartSeries[] = SERIES_ORDER.filter((code) => used.has(code)).map((code) => {
    const m = members.find((x) => x.code === code);
    return { key: code, name: m ? localized(m, locale) : code, colour: SERIES_COLOURS[code as SeriesKey] };
  });
  const rows = topics.map((x) => ({
    label: localizedLabel(x, locale),
    href: `/vetoes${filtersToSearch(filters, { topic: x.slug, page: undefined })}`,
    counts: x.counts,
    total: x.vetoes,
    drafts: x.drafts,
  }));
  return (
    <section aria-labelledby="veto-topics-title" className={`${TOPIC_CARD_HEIGHT} rounded-lg border border-slate-200 p-4 dark:border-slate-800`}>
      <h2 id="veto-topics-title" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("description")}</p>
      {rows.length === 0 ? (
        <p className="mt-4 text-slate-600 dark:text-slate-400">{t("empty")}</p>
      ) : (
        <>
          <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {series.map((s) => (
              <li key={s.key} className="flex items-center">
                <Swatch colour={s.colour} />
                {s.name}
              </li>
            ))}
          </ul>
          <LazyVetoTopicChart name={t("chartName", { count: rows.length })} rows={rows} series={series} totalLabel={t("total")} />
          <ShowAsTable summary={t("showTable")}>
            <table className="w-full text-sm">
              <caption className="sr-only">{t("tableCaption")}</caption>
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="col" className="py-1 pr-2 text-left font-medium">
                    {t("topic")}
                  </th>
                  <th scope="col" className="px-2 py-1 text-right font-medium">
                    {t("drafts")}
                  </th>
                  {series.map((s) => (
                    <th key={s.key} scope="col" className="px-2 py-1 text-right font-medium">
                      {s.name}
                    </th>
                  ))}
                  <th scope="col" className="py-1 pl-2 text-right font-medium">
                    {t("total")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.href} className="border-b border-slate-100 dark:border-slate-800">
                    <th scope="row" className="py-1 pr-2 text-left font-normal">
                      <Link href={r.href} className="underline underline-offset-2">
                        {r.label}
                      </Link>
                    </th>
                    <td className="px-2 py-1 text-right tabular-nums">{format.number(r.drafts)}</td>
                    {series.map((s) => (
                      <td key={s.key} className="px-2 py-1 text-right tabular-nums">
                        {format.number(r.counts[s.key] ?? 0)}
                      </td>
                    ))}
                    <td className="py-1 pl-2 text-right font-semibold tabular-nums">{format.number(r.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ShowAsTable>
        </>
      )}
    </section>
  );
}
