import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { MIN_YEAR, maxYear } from "@/lib/validations/filters";
import type { HistoryBucket, HistoryView } from "@/lib/validations/vetoes";
import type { VetoCount } from "@/lib/council/rules";
import { dashboardQuery } from "./veto-history-links";
import { yearInputProps } from "@/lib/years";

// A plain GET form: the period goes into the query string and works without JavaScript. The
// chart's view settings and the veto count ride along in hidden fields so choosing a period does not reset them.
export async function PeriodForm({
  from,
  to,
  view,
  by,
  count,
  action,
}: {
  from?: number;
  to?: number;
  view: HistoryView;
  by: HistoryBucket;
  count?: VetoCount;
  action: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("dashboard.period"), getLocale()]);
  const input = "mt-1 block w-28 rounded border border-slate-300 bg-white px-2 py-1.5 tabular-nums dark:border-slate-600 dark:bg-slate-900";
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="sr-only">{t("legend")}</legend>
        <label className="text-sm font-medium">
          {t("from")}
          <input type="number" name="from" {...yearInputProps(from, locale, { min: MIN_YEAR, max: maxYear() })} inputMode="numeric" className={input} />
        </label>
        <label className="text-sm font-medium">
          {t("to")}
          <input type="number" name="to" {...yearInputProps(to, locale, { min: MIN_YEAR, max: maxYear() })} inputMode="numeric" className={input} />
        </label>
      </fieldset>
      {view !== "state" && <input type="hidden" name="view" value={view} />}
      {by !== "year" && <input type="hidden" name="by" value={by} />}
      {count && count !== "library" && <input type="hidden" name="count" value={count} />}
      <button
        type="submit"
        className="rounded bg-sky-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-900 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200"
      >
        {t("apply")}
      </button>
      {(from !== undefined || to !== undefined) && (
        <Link
          href={{ pathname: "/", query: dashboardQuery({ view, by, count }) }}
          className="py-1.5 text-sm text-sky-900 underline underline-offset-2 dark:text-sky-200"
        >
          {t("clear")}
        </Link>
      )}
    </form>
  );
}
