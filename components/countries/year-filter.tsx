import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { SortOrder } from "@/lib/validations/view-params";
import { LINK } from "./table-styles";
import { yearInputProps } from "@/lib/years";

// A GET form: the year lands in the query string (?year=2024), keeping the current sort.
export function YearFilter({ action, year, sort, order }: { action: string; year?: number; sort: string; order: SortOrder }) {
  const t = useTranslations("countries.yearFilter");
  const locale = useLocale();
  return (
    <form action={action} method="get" className="my-4 flex flex-wrap items-end gap-2">
      <input type="hidden" name="sort" value={sort} />
      <input type="hidden" name="order" value={order} />
      <label className="flex flex-col text-sm font-medium">
        {t("label")}
        <input
          type="number"
          name="year"
          {...yearInputProps(year, locale, { min: 1946, max: 2100 })}
          inputMode="numeric"
          className="mt-1 w-28 rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
        />
      </label>
      <button
        type="submit"
        className="rounded bg-sky-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-900 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200"
      >
        {t("submit")}
      </button>
      {year !== undefined && (
        <Link href={`/countries?sort=${sort}&order=${order}`} className={`${LINK} py-1.5 text-sm`}>
          {t("clear")}
        </Link>
      )}
    </form>
  );
}
