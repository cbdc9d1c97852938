import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getHeadlineFiguresCached } from "@/lib/queries/cached";
import { Link } from "@/i18n/navigation";
import { HOLDER_KEYS, SERIES_COLOURS, type SeriesKey } from "@/lib/council/seats";
import { localized } from "@/lib/i18n-names";
import type { DraftCounts, YearRange } from "@/lib/queries/dashboard";
import type { VetoCount } from "@/lib/council/rules";
import { VetoCountNote } from "@/components/vetoes/veto-count";
import { Card } from "./card";
import { legendLinks } from "./veto-history-links";
import { Swatch } from "@/components/ui/swatch";
import { displayYear } from "@/lib/years";

const DRAFT_FIGURES: { key: keyof DraftCounts; outcome?: string }[] = [
  { key: "voted" },
  { key: "adopted", outcome: "adopted" },
  { key: "vetoed", outcome: "vetoed" },
  { key: "failed", outcome: "failed" },
];

/** Drafts voted, adopted, vetoed, failed, and vetoes per permanent member: all time and in the period. */
export async function HeadlineFigures({ period, count }: { period: YearRange; count?: VetoCount }) {
  const [figures, t, format, locale] = await Promise.all([
    getHeadlineFiguresCached({ ...period, count }),
    getTranslations("dashboard.headline"),
    getFormatter(),
    getLocale(),
  ]);
  const year = (y: number | null | undefined) => (y === null || y === undefined ? "" : displayYear(y, locale));
  const range = { from: year(period.from ?? figures.firstYear), to: year(period.to ?? figures.lastYear) };
  const n = (v: number) => format.number(v);
  const holders = [...figures.vetoes].sort((a, b) => HOLDER_KEYS.indexOf(a.holder as never) - HOLDER_KEYS.indexOf(b.holder as never));
  const spans = holders.map((h) => ({ id: h.holder, code: h.code, nameEn: h.nameEn, nameTh: h.nameTh, fromYear: h.fromYear, toYear: h.toYear }));

  return (
    <Card id="headline" title={t("heading")} size="headline">
      <dl className="mt-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {DRAFT_FIGURES.map(({ key, outcome }) => (
          <div key={key} className="rounded-md bg-slate-50 p-3 dark:bg-slate-800/60">
            <dt className="text-sm text-slate-600 dark:text-slate-300">{t(key)}</dt>
            <dd className="mt-1 text-2xl font-bold tabular-nums">
              <Link href={{ pathname: "/resolutions", query: outcome ? { outcome } : {} }} className="hover:underline">
                {n(figures.allTime[key])}
              </Link>
              <span className="sr-only"> ({t("allTime")})</span>
            </dd>
            {figures.inPeriod && (
              <dd className="mt-1 text-sm text-slate-700 tabular-nums dark:text-slate-300">
                {t("inPeriod", range)}:{" "}
                <Link
                  href={{ pathname: "/resolutions", query: { ...(outcome ? { outcome } : {}), ...yearQuery(period) } }}
                  className="font-semibold underline-offset-2 hover:underline"
                >
                  {n(figures.inPeriod[key])}
                </Link>
              </dd>
            )}
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t("votedNote")}</p>

      <h3 className="mt-5 font-semibold">{t("vetoesHeading")}</h3>
      <table className="mt-2 w-full text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left dark:border-slate-700">
            <th scope="col" className="py-1.5 pr-2 font-medium">
              {t("member")}
            </th>
            <th scope="col" className="py-1.5 pr-2 text-right font-medium">
              {t("vetoesAllTime")}
            </th>
            {figures.inPeriod && (
              <th scope="col" className="py-1.5 text-right font-medium">
                {t("vetoesInPeriod", range)}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {holders.map((h, i) => {
            const [link] = legendLinks([spans[i]!], spans, { count });
            return (
              <tr key={h.holder} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                  <Swatch colour={SERIES_COLOURS[h.holder as SeriesKey]} />
                  {link ? (
                    <Link href={link.href} className="underline-offset-2 hover:underline" aria-label={t("listLink", { name: localized(h, locale) })}>
                      {localized(h, locale)}
                    </Link>
                  ) : (
                    localized(h, locale)
                  )}
                </th>
                <td className="py-1.5 pr-2 text-right font-semibold tabular-nums">{n(h.allTime)}</td>
                {figures.inPeriod && <td className="py-1.5 text-right tabular-nums">{n(h.inPeriod)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t("vetoesNote")}</p>
      <VetoCountNote count={count} className="mt-1" />
    </Card>
  );
}

function yearQuery(p: YearRange): Record<string, string> {
  const q: Record<string, string> = {};
  if (p.from !== undefined) q.from = String(p.from);
  if (p.to !== undefined) q.to = String(p.to);
  return q;
}
