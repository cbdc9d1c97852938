import { getLocale, getTranslations } from "next-intl/server";
import { OutcomeBadge } from "@/components/outcome-badge";
import { Pagination } from "@/components/ui/pagination";
import { Link } from "@/i18n/navigation";
import { kindOfVote } from "@/lib/council/rules";
import { localized } from "@/lib/i18n-names";
import { pageCount } from "@/lib/pagination";
import { ALONE_PAGE_SIZE, getMemberAlone } from "@/lib/queries/countries";
import { MIN_YEAR, maxYear } from "@/lib/validations/filters";
import { displayYear, yearInputProps } from "@/lib/years";
import { DraftCells, DraftHeaders } from "./draft-cells";
import { ColHeader, DataTable } from "./data-table";
import { LINK, TD, THEAD, TR } from "./table-styles";

/**
 * The votes on which this member stood alone or with one other member (named), newest first, in a
 * year range chosen with a plain GET form; the rule is stated above the list (lib/db/summaries.ts).
 */
export async function AloneSection({
  code,
  name,
  page,
  from,
  to,
  action,
  keep,
  clearHref,
  hrefFor,
}: {
  code: string;
  /** The member's name as it reads in a sentence. */
  name: string;
  page: number;
  from?: number;
  to?: number;
  /** The page's path (with its locale) and the section's anchor, for the form. */
  action: string;
  /** The page's other query parameters, kept when the period changes. */
  keep: Record<string, string>;
  /** The page without a period. */
  clearHref: string;
  hrefFor: (page: number) => string;
}) {
  const [t, tc, locale, { total, alone, rows }] = await Promise.all([
    getTranslations("countries.detail.alone"),
    getTranslations("common"),
    getLocale(),
    getMemberAlone(code, { page, from, to }),
  ]);
  const period = from === undefined && to === undefined ? "all" : from !== undefined && to !== undefined ? "range" : from !== undefined ? "from" : "to";
  const input = "mt-1 block w-28 rounded border border-slate-400 bg-white px-2 py-1.5 tabular-nums dark:border-slate-600 dark:bg-slate-900";
  return (
    <>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t("rule", { name })}</p>
      <form method="get" action={action} className="mt-3 flex flex-wrap items-end gap-3">
        {Object.entries(keep).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <fieldset className="flex flex-wrap items-end gap-3">
          <legend className="sr-only">{t("period")}</legend>
          <label className="text-sm font-medium">
            {t("from")}
            <input type="number" name="from" {...yearInputProps(from, locale, { min: MIN_YEAR, max: maxYear() })} inputMode="numeric" className={input} />
          </label>
          <label className="text-sm font-medium">
            {t("to")}
            <input type="number" name="to" {...yearInputProps(to, locale, { min: MIN_YEAR, max: maxYear() })} inputMode="numeric" className={input} />
          </label>
        </fieldset>
        <button
          type="submit"
          className="rounded bg-sky-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-900 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200"
        >
          {t("apply")}
        </button>
        {period !== "all" && (
          <Link href={clearHref} className={`${LINK} py-1.5 text-sm`}>
            {t("clear")}
          </Link>
        )}
      </form>
      <p className="mt-3 max-w-3xl font-medium" role="status">
        {t("summary", {
          count: total,
          alone,
          withOne: total - alone,
          period,
          from: from === undefined ? "" : displayYear(from, locale),
          to: to === undefined ? "" : displayYear(to, locale),
        })}
      </p>
      {rows.length > 0 && (
        <DataTable caption={t("caption", { name })} className="mt-3" minWidth="min-w-[44rem]">
          <thead className={THEAD}>
            <tr>
              <DraftHeaders />
              <ColHeader>{t("vote")}</ColHeader>
              <ColHeader>{t("with")}</ColHeader>
              <ColHeader>{t("outcome")}</ColHeader>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => {
              const kind = kindOfVote(d.objectOfVote, d.procedural);
              return (
                <tr key={d.ref} className={TR}>
                  <DraftCells draft={d} note={kind === "draft" ? undefined : t(`kind.${kind}`)} />
                  <td className={`${TD} whitespace-nowrap`}>{tc(`vote.${d.vote}`)}</td>
                  <td className={TD}>
                    {d.partner ? (
                      <Link href={`/countries/${d.partner.code}`} className={LINK}>
                        {localized(d.partner, locale)}
                      </Link>
                    ) : (
                      <span className="font-semibold">{t("aloneCell")}</span>
                    )}
                  </td>
                  <td className={`${TD} whitespace-nowrap`}>
                    <OutcomeBadge outcome={d.outcome} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      <Pagination page={page} totalPages={pageCount(total, ALONE_PAGE_SIZE)} hrefFor={hrefFor} label={t("pagination")} />
    </>
  );
}
