import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getLatestVoteDateCached, getVetoHistoryCached } from "@/lib/queries/cached";
import { longDate } from "@/components/ui/long-date";
import { EmbedCode } from "@/components/embed/embed-code";
import { localePath } from "@/lib/feeds/paths";
import { siteUrl } from "@/lib/share";
import { Link } from "@/i18n/navigation";
import { SERIES_COLOURS } from "@/lib/council/seats";
import { localized } from "@/lib/i18n-names";
import type { YearRange } from "@/lib/queries/dashboard";
import type { HistoryBucket, HistoryView } from "@/lib/validations/vetoes";
import type { VetoCount } from "@/lib/council/rules";
import { VetoCountNote } from "@/components/vetoes/veto-count";
import type { HistoryChartSeries } from "@/components/charts/veto-history-chart";
import { LazyVetoHistoryChart } from "@/components/charts/lazy";
import { Card } from "./card";
import { ShowAsTable } from "@/components/ui/show-as-table";
import { Swatch } from "@/components/ui/swatch";
import { dashboardQuery, legendLinks, segmentHref } from "./veto-history-links";
import { RowLink } from "@/components/ui/row-link";
import { displayDecade, displayYear } from "@/lib/years";

type HistoryState = Parameters<typeof dashboardQuery>[0];

const toggleClass = (active: boolean) =>
  `rounded px-2.5 py-1 text-sm ring-1 ring-inset ${
    active
      ? "bg-sky-800 font-semibold text-white ring-sky-800 dark:bg-sky-300 dark:text-slate-950 dark:ring-sky-300"
      : "text-sky-900 ring-slate-300 hover:bg-slate-100 dark:text-sky-200 dark:ring-slate-700 dark:hover:bg-slate-800"
  }`;

/** One view or bucket toggle: a link to the dashboard with that choice changed and the rest kept. */
function Toggle({ current, next, label, active }: { current: HistoryState; next: Pick<HistoryState, "view" | "by">; label: string; active: boolean }) {
  return (
    <Link
      href={{ pathname: "/", query: dashboardQuery({ ...current, ...next }) }}
      scroll={false}
      aria-current={active ? "true" : undefined}
      className={toggleClass(active)}
    >
      {active && <span aria-hidden="true">✓ </span>}
      {label}
    </Link>
  );
}

/**
 * What the veto-history chart draws for a period, view and bucket: the figures, the localized
 * series and rows, the chart's accessible name and its download files' name and caption. Shared by
 * the dashboard's card and the embed (app/embed/[locale]/veto-history).
 */
export async function loadVetoHistoryChart({ period, view, by, count }: { period: YearRange; view: HistoryView; by: HistoryBucket; count?: VetoCount }) {
  const [history, t, tc, format, locale, latest] = await Promise.all([
    getVetoHistoryCached({ ...period, view, by, count }),
    getTranslations("dashboard.history"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
    getLatestVoteDateCached().catch(() => null),
  ]);

  const series: HistoryChartSeries[] = history.series.map((s) => ({ key: s.key, name: localized(s, locale), colour: SERIES_COLOURS[s.key] }));
  const periodLabel = (p: number) => (by === "decade" ? t("decade", { decade: displayDecade(p, locale) }) : displayYear(p, locale));
  const rows = history.rows.map((r) => ({
    period: r.period,
    label: periodLabel(r.period),
    counts: r.counts,
    total: r.total,
    hrefs: Object.fromEntries(
      history.series.flatMap((s) => {
        const codes = r.codes[s.key];
        return codes ? [[s.key, segmentHref({ holders: s.holders, codes, period: r.period, by, count })]] : [];
      }),
    ),
  }));
  const first = history.rows[0]?.period;
  const last = history.rows[history.rows.length - 1]?.period;
  const chartName = t("chartName", {
    by,
    view,
    first: first !== undefined ? periodLabel(first) : "",
    last: last !== undefined ? periodLabel(last) : "",
    total: format.number(history.total),
  });
  // The files name what they show and where the figures come from (svg-export.ts writes these lines under the chart).
  const downloads = {
    filename: `unsc-vetoes-by-${by}-${view}${first !== undefined ? `-${first}-${last}` : ""}`,
    caption: [chartName, `${tc("embed.sourceLabel")} ${tc("footer.sources")}`, ...(latest ? [tc("footer.dataTo", { date: longDate(latest, locale) })] : [])],
  };
  return { history, series, rows, chartName, downloads, latest };
}

/** The embed of this chart with the card's settings (app/embed/[locale]/veto-history), at the site's public address. */
function embedSrc(state: HistoryState, locale: string): string {
  const query = new URLSearchParams(dashboardQuery(state)).toString();
  return new URL(`${localePath("/embed/veto-history", locale)}${query ? `?${query}` : ""}`, siteUrl()).href;
}

/**
 * Vetoes per year or decade, stacked by member. The toggles and the legend are links (they work
 * without JavaScript and can be shared); the chart is a client island; the same numbers sit in a
 * table behind "show as table".
 */
export async function VetoHistoryCard({ period, view, by, count }: { period: YearRange; view: HistoryView; by: HistoryBucket; count?: VetoCount }) {
  const [{ history, series, rows, chartName, downloads }, t, format, locale] = await Promise.all([
    loadVetoHistoryChart({ period, view, by, count }),
    getTranslations("dashboard.history"),
    getFormatter(),
    getLocale(),
  ]);
  const allHolders = history.series.flatMap((s) => s.holders);

  const current = { ...period, view, by, count };

  return (
    <Card id="veto-history" title={t("heading")} size="history">
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("description", { by, view })}</p>
      <VetoCountNote count={count} className="mt-1" />
      <div className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        <div role="group" aria-labelledby="history-view-label" className="flex flex-wrap items-center gap-1.5">
          <span id="history-view-label" className="mr-1 text-sm font-medium">
            {t("viewLabel")}:
          </span>
          <Toggle current={current} next={{ view: "state" }} label={t("viewStateShort")} active={view === "state"} />
          <Toggle current={current} next={{ view: "seat" }} label={t("viewSeat")} active={view === "seat"} />
        </div>
        <div role="group" aria-labelledby="history-by-label" className="flex flex-wrap items-center gap-1.5">
          <span id="history-by-label" className="mr-1 text-sm font-medium">
            {t("byLabel")}:
          </span>
          <Toggle current={current} next={{ by: "year" }} label={t("byYear")} active={by === "year"} />
          <Toggle current={current} next={{ by: "decade" }} label={t("byDecade")} active={by === "decade"} />
        </div>
      </div>

      <nav aria-label={t("legendLabel")} className="mt-4">
        <ul className="flex flex-wrap gap-x-4 gap-y-1.5 text-sm">
          {history.series.map((s) => {
            const links = legendLinks(s.holders, allHolders, { ...period, count });
            const total = history.totals[s.key] ?? 0;
            return (
              <li key={s.key} className="flex items-center">
                <Swatch colour={SERIES_COLOURS[s.key]} />
                {links.length === 1 ? (
                  <Link href={links[0]!.href} className="underline-offset-2 hover:underline">
                    {localized(s, locale)}
                  </Link>
                ) : (
                  <span>
                    {localized(s, locale)}
                    {links.length > 0 && " ("}
                    {links.map((l, i) => (
                      <span key={l.href}>
                        {i > 0 && " · "}
                        <Link href={l.href} className="underline underline-offset-2">
                          {localized(l.label, locale)}
                        </Link>
                      </span>
                    ))}
                    {links.length > 0 && ")"}
                  </span>
                )}
                <span className="ml-1 text-slate-600 tabular-nums dark:text-slate-400">{format.number(total)}</span>
              </li>
            );
          })}
        </ul>
      </nav>

      {history.total === 0 ? (
        <p className="mt-6 text-slate-600 dark:text-slate-400">{t("empty")}</p>
      ) : (
        <LazyVetoHistoryChart name={chartName} rows={rows} series={series} totalLabel={t("total")} downloads={downloads} />
      )}

      <EmbedCode src={embedSrc(current, locale)} title={t("heading")} height={560} />

      <ShowAsTable summary={t("showTable")}>
        {/* Cell styles are set once on the table: this table has up to 80 rows of 8 cells, and a
            class list per cell made up a third of the dashboard's HTML and RSC payload. */}
        <table
          className={
            "w-full text-sm [&_a]:underline [&_a]:underline-offset-2 " +
            "[&_tbody_td]:px-2 [&_tbody_td]:py-1 [&_tbody_td]:text-right [&_tbody_td]:tabular-nums " +
            "[&_tbody_td:last-child]:pl-2 [&_tbody_td:last-child]:font-semibold " +
            "[&_tbody_td[data-zero]]:text-slate-400 dark:[&_tbody_td[data-zero]]:text-slate-600 " +
            "[&_tbody_th]:py-1 [&_tbody_th]:pr-2 [&_tbody_th]:text-left [&_tbody_th]:font-normal [&_tbody_th]:tabular-nums " +
            "[&_tbody_tr]:border-b [&_tbody_tr]:border-slate-100 dark:[&_tbody_tr]:border-slate-800"
          }
        >
          <caption className="sr-only">{t("tableCaption", { by, view })}</caption>
          <thead className="sticky top-0 bg-white dark:bg-slate-900">
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="py-1 pr-2 text-left font-medium">
                {t("period", { by })}
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
              <tr key={r.period}>
                <th scope="row">{r.label}</th>
                {series.map((s) => {
                  const count = r.counts[s.key] ?? 0;
                  const href = r.hrefs[s.key];
                  return count > 0 && href ? (
                    <td key={s.key}>
                      {/* The link's purpose comes from its cell's row and column headers (WCAG 2.4.4, in
                          context); a per-link label was a sixth of the dashboard's weight. */}
                      <RowLink href={href}>{format.number(count)}</RowLink>
                    </td>
                  ) : (
                    <td key={s.key} data-zero="">
                      0
                    </td>
                  );
                })}
                <td>{format.number(r.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t border-slate-300 dark:border-slate-600">
              <th scope="row" className="py-1 pr-2 text-left font-semibold">
                {t("total")}
              </th>
              {series.map((s) => (
                <td key={s.key} className="px-2 py-1 text-right font-semibold tabular-nums">
                  {format.number(history.totals[s.key] ?? 0)}
                </td>
              ))}
              <td className="py-1 pl-2 text-right font-semibold tabular-nums">{format.number(history.total)}</td>
            </tr>
          </tfoot>
        </table>
      </ShowAsTable>
    </Card>
  );
}
