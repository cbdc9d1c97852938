import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LazyTopicOutcomeChart } from "@/components/charts/lazy";
import { ChartFigure } from "@/components/countries/chart-figure";
import { ColHeader, DataTable } from "@/components/countries/data-table";
import { TD_NUM, THEAD, TH_ROW, TR } from "@/components/countries/table-styles";
import { getTopicTimeline, type TopicPeriod } from "@/lib/queries/topics";
import { displayDecade, displayYear } from "@/lib/years";

const COLUMNS = ["adopted", "vetoed", "failed", "vetoes"] as const;

export async function TopicTimelineSection({ slug, label, period }: { slug: string; label: string; period: TopicPeriod }) {
  const [t, tc, rows, locale] = await Promise.all([
    getTranslations("topics.detail.timeline"),
    getTranslations("topics.columns"),
    getTopicTimeline(slug, period),
    getLocale(),
  ]);
  const periodLabel = (p: number) => (period === "decade" ? t("decadeLabel", { decade: displayDecade(p, locale) }) : displayYear(p, locale));
  const data = rows.map((r) => ({ label: periodLabel(r.period), adopted: r.adopted, vetoed: r.vetoed, failed: r.failed }));
  return (
    <>
      <nav aria-label={t("byLabel")} className="mt-2 flex items-center gap-2 text-sm">
        <span className="text-slate-700 dark:text-slate-300">{t("byLabel")}:</span>
        {(["year", "decade"] as const).map((p) => (
          <Link
            key={p}
            href={`/topics/${slug}?by=${p}#timeline`}
            aria-current={p === period ? "true" : undefined}
            className={
              p === period
                ? "rounded bg-sky-800 px-2 py-1 font-semibold text-white dark:bg-sky-300 dark:text-slate-950"
                : "rounded px-2 py-1 text-sky-900 underline underline-offset-2 dark:text-sky-200"
            }
          >
            {t(p)}
          </Link>
        ))}
      </nav>
      {rows.length > 0 && (
        <div className="mt-3">
          <ChartFigure
            title={t("chartTitle", { period })}
            description={t("chartDescription", { label, period })}
            showTableLabel={t("showTable")}
            chart={<LazyTopicOutcomeChart data={data} labels={{ adopted: tc("adopted"), vetoed: tc("vetoed"), failed: tc("failed") }} />}
            table={
              <DataTable caption={t("caption")} className="max-h-96 overflow-y-auto">
                <thead className={THEAD}>
                  <tr>
                    <ColHeader>{t(period)}</ColHeader>
                    {COLUMNS.map((c) => (
                      <ColHeader key={c} align="right">
                        {tc(c)}
                      </ColHeader>
                    ))}
                    <ColHeader align="right">{t("total")}</ColHeader>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.period} className={TR}>
                      <th scope="row" className={`${TH_ROW} tabular-nums`}>
                        {periodLabel(r.period)}
                      </th>
                      {COLUMNS.map((c) => (
                        <td key={c} className={TD_NUM}>
                          {r[c]}
                        </td>
                      ))}
                      <td className={TD_NUM}>{r.adopted + r.vetoed + r.failed}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            }
          />
        </div>
      )}
    </>
  );
}
