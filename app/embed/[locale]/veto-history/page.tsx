import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { parseDraftFilters } from "@/lib/validations/filters";
import { parseHistoryView } from "@/lib/validations/vetoes";
import { localePath } from "@/lib/feeds/paths";
import { LazyVetoHistoryChart } from "@/components/charts/lazy";
import { loadVetoHistoryChart } from "@/components/dashboard/veto-history-card";
import { dashboardQuery } from "@/components/dashboard/veto-history-links";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { Swatch } from "@/components/ui/swatch";
import { displayYearRange } from "@/lib/years";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "dashboard.history" });
  return { title: t("heading") };
}

// The dashboard's veto-history chart for another site's iframe, with the dashboard's settings
// (from, to, view, by, count); invalid ones are dropped as the dashboard drops them.
export default async function EmbedVetoHistoryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const {
    filters: { count, ...period },
  } = parseDraftFilters(sp, ["from", "to", "count"]);
  const { view, by } = parseHistoryView(sp);
  const [{ history, series, rows, chartName, downloads }, t, tc, format] = await Promise.all([
    loadVetoHistoryChart({ period, view, by, count }),
    getTranslations("dashboard.history"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const query = new URLSearchParams(dashboardQuery({ ...period, view, by, count })).toString();
  const fullPage = `${localePath("/", locale)}${query ? `?${query}` : ""}#veto-history`;
  const years =
    period.from !== undefined || period.to !== undefined ? displayYearRange(period.from ?? 1946, period.to ?? new Date().getUTCFullYear(), locale) : null;
  return (
    <EmbedFrame heading={years ? `${t("heading")}, ${years}` : t("heading")} fullPage={fullPage} source={tc("footer.sources")}>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("description", { by, view })}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={tc("embed.legend")}>
        {/* Members with no veto in the chosen years are left out of the key (the dashboard lists them all). */}
        {series
          .filter((s) => (history.totals[s.key] ?? 0) > 0)
          .map((s) => (
            <li key={s.key} className="flex items-center">
              <Swatch colour={s.colour} />
              {s.name}
              <span className="ml-1 text-slate-600 tabular-nums dark:text-slate-400">{format.number(history.totals[s.key] ?? 0)}</span>
            </li>
          ))}
      </ul>
      {history.total === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">{t("empty")}</p>
      ) : (
        <LazyVetoHistoryChart name={chartName} rows={rows} series={series} totalLabel={t("total")} downloads={downloads} openInNewTab />
      )}
    </EmbedFrame>
  );
}
