import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getVetoTotalsCached } from "@/lib/queries/cached";
import { Link } from "@/i18n/navigation";
import { HOLDER_KEYS, SERIES_COLOURS, type SeriesKey } from "@/lib/council/seats";
import { localized } from "@/lib/i18n-names";
import { filtersToSearch } from "@/lib/validations/filters";
import type { VetoFilters } from "@/lib/queries/vetoes";
import { Swatch } from "@/components/ui/swatch";
import { hasChipFilters } from "@/components/resolutions/active-filters";

export const TOTALS_HEIGHT = "min-h-[23rem] sm:min-h-[15rem] lg:min-h-[10rem]";

/** Vetoes per member (holder) on the drafts matching the filters; each links to that member's vetoes. */
export async function VetoTotals({ filters }: { filters: VetoFilters }) {
  const [totals, t, format, locale] = await Promise.all([getVetoTotalsCached(filters), getTranslations("vetoes.totals"), getFormatter(), getLocale()]);
  const ordered = [...totals].sort((a, b) => HOLDER_KEYS.indexOf(a.holder as never) - HOLDER_KEYS.indexOf(b.holder as never));
  return (
    <section aria-labelledby="veto-totals-title" className={TOTALS_HEIGHT}>
      <h2 id="veto-totals-title" className="text-lg font-semibold">
        {hasChipFilters(filters) ? t("headingFiltered") : t("heading")}
      </h2>
      {ordered.length === 0 ? (
        <p className="mt-2 text-slate-600 dark:text-slate-400">{t("none")}</p>
      ) : (
        <ul className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
          {ordered.map((m) => (
            <li key={m.holder}>
              <Link
                href={`/vetoes${filtersToSearch(filters, { vetoedBy: m.code, page: undefined })}`}
                aria-label={`${localized(m, locale)}: ${format.number(m.count)}. ${t("filterBy", { name: localized(m, locale) })}`}
                aria-current={filters.vetoedBy === m.code ? "true" : undefined}
                className={
                  "block h-full rounded-md border border-slate-200 p-2.5 hover:border-sky-700 hover:bg-sky-50 " +
                  "aria-[current]:border-sky-800 aria-[current]:bg-sky-50 " +
                  "dark:border-slate-700 dark:hover:bg-slate-800 dark:aria-[current]:bg-slate-800"
                }
              >
                <span className="flex items-center text-sm">
                  <Swatch colour={SERIES_COLOURS[m.holder as SeriesKey]} />
                  {localized(m, locale)}
                </span>
                <span className="mt-1 block text-2xl font-bold tabular-nums">{format.number(m.count)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {hasChipFilters(filters) && <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t("note")}</p>}
    </section>
  );
}
