import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { OutcomeBadge, TallyText } from "@/components/outcome-badge";
import { localized } from "@/lib/i18n-names";
import { draftPath } from "@/lib/validations/draft-ref";
import type { DraftListRow } from "@/lib/queries/drafts";
import { isoToDate } from "./names";

const TH = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";
const TD = "px-3 py-2 align-top";

export function DraftTable({ rows, caption }: { rows: DraftListRow[]; caption: string }) {
  const t = useTranslations("resolutions.list");
  const format = useFormatter();
  const locale = useLocale();
  return (
    // Focusable so keyboard users can scroll the table sideways on narrow screens.
    <div role="region" aria-label={t("tableRegion")} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 dark:bg-slate-900">
          <tr>
            <th scope="col" className={TH}>{t("columns.date")}</th>
            <th scope="col" className={TH}>{t("columns.symbol")}</th>
            <th scope="col" className={TH}>{t("columns.resolution")}</th>
            <th scope="col" className={`${TH} min-w-64`}>{t("columns.title")}</th>
            <th scope="col" className={TH}>{t("columns.outcome")}</th>
            <th scope="col" className={TH}>{t("columns.tally")}</th>
            <th scope="col" className={TH}>{t("columns.vetoedBy")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {rows.map((r) => (
            <tr key={r.ref} className="hover:bg-slate-50 dark:hover:bg-slate-900/60">
              <td className={`${TD} whitespace-nowrap tabular-nums`}>
                {r.date ? (
                  <time dateTime={r.date}>{format.dateTime(isoToDate(r.date), { dateStyle: "medium" })}</time>
                ) : (
                  t("undated", { year: r.year })
                )}
              </td>
              <th scope="row" className={`${TD} whitespace-nowrap text-left font-medium`}>
                <Link href={draftPath(r.ref)} className="text-sky-900 underline underline-offset-2 hover:no-underline dark:text-sky-200">
                  {r.symbol ?? r.ref}
                </Link>
              </th>
              <td className={`${TD} whitespace-nowrap tabular-nums`}>
                {r.resolutionNumber !== null ? t("resolutionNumber", { number: r.resolutionNumber }) : <span className="text-slate-500">—</span>}
              </td>
              <td className={TD}>
                <span className="line-clamp-3">{r.title ?? r.agendaItem ?? <span className="italic text-slate-500">{t("untitled")}</span>}</span>
              </td>
              <td className={`${TD} whitespace-nowrap`}>
                <OutcomeBadge outcome={r.outcome} />
              </td>
              <td className={`${TD} whitespace-nowrap`}>
                {r.tally ? (
                  <span title={t("tallyLabel", { yes: r.tally.yes, no: r.tally.no, abstain: r.tally.abstain })}>
                    <span aria-hidden="true">
                      <TallyText yes={r.tally.yes} no={r.tally.no} abstain={r.tally.abstain} />
                    </span>
                    <span className="sr-only">{t("tallyLabel", { yes: r.tally.yes, no: r.tally.no, abstain: r.tally.abstain })}</span>
                  </span>
                ) : (
                  <span className="text-slate-500">
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">{t("noTally")}</span>
                  </span>
                )}
              </td>
              <td className={TD}>{r.vetoes.map((v) => localized(v, locale)).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
