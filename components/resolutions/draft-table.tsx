import { useFormatter, useLocale, useTranslations } from "next-intl";
import { OutcomeBadge, TallyText } from "@/components/outcome-badge";
import { localized } from "@/lib/i18n-names";
import { draftPath } from "@/lib/validations/draft-ref";
import type { DraftListRow } from "@/lib/queries/drafts";
import { isoToDate } from "./names";
import { RowLink } from "@/components/ui/row-link";

const TH = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";

function DateCell({ row }: { row: DraftListRow }) {
  const t = useTranslations("resolutions.list");
  const format = useFormatter();
  return row.date ? (
    <time dateTime={row.date}>{format.dateTime(isoToDate(row.date), { dateStyle: "medium" })}</time>
  ) : (
    <>{t("undated", { year: row.year })}</>
  );
}

function Tally({ row }: { row: DraftListRow }) {
  const t = useTranslations("resolutions.list");
  if (!row.tally) {
    return (
      <span className="text-slate-500">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t("noTally")}</span>
      </span>
    );
  }
  const label = t("tallyLabel", { yes: row.tally.yes, no: row.tally.no, abstain: row.tally.abstain });
  return (
    <span title={label}>
      <span aria-hidden="true">
        <TallyText yes={row.tally.yes} no={row.tally.no} abstain={row.tally.abstain} />
      </span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/** The page of drafts: a table on wide screens, a list of cards below 1024 px (no sideways scrolling). */
export function DraftTable({ rows, caption }: { rows: DraftListRow[]; caption: string }) {
  return (
    <>
      <DraftCards rows={rows} caption={caption} />
      <DraftRowsTable rows={rows} caption={caption} />
    </>
  );
}

function DraftCards({ rows, caption }: { rows: DraftListRow[]; caption: string }) {
  const t = useTranslations("resolutions.list");
  const locale = useLocale();
  return (
    <ol aria-label={caption} className="space-y-3 lg:hidden">
      {rows.map((r) => (
        <li key={r.ref} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <RowLink href={draftPath(r.ref)} className="font-semibold text-sky-900 underline underline-offset-2 dark:text-sky-200">
              {r.symbol ?? r.ref}
            </RowLink>
            <OutcomeBadge outcome={r.outcome} />
          </div>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            <DateCell row={r} />
            {r.resolutionNumber !== null && <> · {t("resolutionNumber", { number: r.resolutionNumber })}</>}
          </p>
          <p lang="en" className="mt-1 line-clamp-3 text-sm">{r.title ?? r.agendaItem ?? <span lang={locale} className="italic text-slate-500">{t("untitled")}</span>}</p>
          <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <div className="flex gap-1">
              <dt className="text-slate-600 dark:text-slate-400">{t("columns.tally")}:</dt>
              <dd><Tally row={r} /></dd>
            </div>
            {r.vetoes.length > 0 && (
              <div className="flex gap-1">
                <dt className="text-slate-600 dark:text-slate-400">{t("columns.vetoedBy")}:</dt>
                <dd>{r.vetoes.map((v) => localized(v, locale)).join(", ")}</dd>
              </div>
            )}
          </dl>
        </li>
      ))}
    </ol>
  );
}

function DraftRowsTable({ rows, caption }: { rows: DraftListRow[]; caption: string }) {
  const t = useTranslations("resolutions.list");
  const locale = useLocale();
  return (
    // Focusable so keyboard users can scroll the table sideways if it ever overflows.
    <div role="region" aria-label={t("tableRegion")} tabIndex={0} className="hidden overflow-x-auto rounded-lg border border-slate-200 lg:block dark:border-slate-800">
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800 [&_tbody_td]:px-3 [&_tbody_td]:py-2 [&_tbody_td]:align-top [&_tbody_th]:px-3 [&_tbody_th]:py-2 [&_tbody_th]:align-top">
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
              <td className="whitespace-nowrap tabular-nums">
                <DateCell row={r} />
              </td>
              <th scope="row" className="whitespace-nowrap text-left font-medium">
                <RowLink href={draftPath(r.ref)} className="text-sky-900 underline underline-offset-2 hover:no-underline dark:text-sky-200">
                  {r.symbol ?? r.ref}
                </RowLink>
              </th>
              <td className="whitespace-nowrap tabular-nums">
                {r.resolutionNumber !== null ? t("resolutionNumber", { number: r.resolutionNumber }) : <span className="text-slate-500">—</span>}
              </td>
              <td>
                {/* Titles come from the UN's English records. */}
                <span lang="en" className="line-clamp-3">{r.title ?? r.agendaItem ?? <span lang={locale} className="italic text-slate-500">{t("untitled")}</span>}</span>
              </td>
              <td className="whitespace-nowrap">
                <OutcomeBadge outcome={r.outcome} />
              </td>
              <td className="whitespace-nowrap">
                <Tally row={r} />
              </td>
              <td>{r.vetoes.map((v) => localized(v, locale)).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
