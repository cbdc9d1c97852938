import { useFormatter, useLocale, useTranslations } from "next-intl";
import { OutcomeBadge, TallyText } from "@/components/outcome-badge";
import { localized } from "@/lib/i18n-names";
import { draftPath } from "@/lib/validations/draft-ref";
import type { DraftListRow } from "@/lib/queries/drafts";
import { isoToDate } from "./names";
import { RowLink } from "@/components/ui/row-link";
import { CARD_BODY, CARD_HEAD, CARD_ROW, CARD_TABLE } from "@/components/ui/card-table";

const TH = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";
// A card per row below 1024 px (components/ui/card-table.ts): the symbol (column 2) and the outcome
// (column 5) on top, then one line per cell. Set once here by column, not on each of the page's
// 350 cells (pages are served gzipped from copies, and their weight is most of a request's cost).
const TABLE = [
  CARD_TABLE,
  "min-w-full text-sm lg:divide-y lg:divide-slate-200 lg:dark:divide-slate-800",
  "lg:[&_tbody_tr>*]:px-3 lg:[&_tbody_tr>*]:py-2 lg:[&_tbody_tr>*]:align-top",
  "[&_tr>:is(:nth-child(-n+3),:nth-child(5),:nth-child(6))]:whitespace-nowrap [&_td:nth-child(-n+3)]:tabular-nums",
  "max-lg:[&_tbody_tr>*]:col-span-2 max-lg:[&_tbody_tr>:is(:nth-child(2),:nth-child(5))]:col-span-1",
  "max-lg:[&_tbody_tr>:is(:nth-child(2),:nth-child(5))]:row-start-1",
  "max-lg:[&_tbody_tr>:nth-child(5)]:col-start-2 max-lg:[&_tbody_tr>:nth-child(5)]:justify-self-end",
  "[&_th_a]:text-sky-900 [&_th_a]:underline [&_th_a]:underline-offset-2 [&_th_a]:hover:no-underline dark:[&_th_a]:text-sky-200",
].join(" ");
const TBODY = `${CARD_BODY} lg:divide-y lg:divide-slate-200 lg:dark:divide-slate-800`;
const TR = `${CARD_ROW} max-lg:items-center max-lg:gap-x-2 lg:hover:bg-slate-50 lg:dark:hover:bg-slate-900/60`;

function DateCell({ row }: { row: DraftListRow }) {
  const t = useTranslations("resolutions.list");
  const format = useFormatter();
  return row.date ? <time dateTime={row.date}>{format.dateTime(isoToDate(row.date), { dateStyle: "medium" })}</time> : <>{t("undated", { year: row.year })}</>;
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

/**
 * The page of drafts: one table, laid out as a table from 1024 px and as a card per draft below
 * (no sideways scrolling). One markup for both halves the page's weight: every row used to be
 * sent twice, as a card and as a table row. Explicit ARIA roles keep the table's semantics when
 * CSS changes its display; below 1024 px each cell shows its column's name (data-label).
 */
export function DraftTable({ rows, caption }: { rows: DraftListRow[]; caption: string }) {
  const t = useTranslations("resolutions.list");
  const locale = useLocale();
  const label = (key: "date" | "tally" | "vetoedBy") => t(`columns.${key}`);
  return (
    // Focusable so keyboard users can scroll the table sideways if it ever overflows.
    <div
      role="region"
      aria-label={t("tableRegion")}
      tabIndex={0}
      className="lg:overflow-x-auto lg:rounded-lg lg:border lg:border-slate-200 lg:dark:border-slate-800"
    >
      <table role="table" className={TABLE}>
        <caption className="sr-only">{caption}</caption>
        <thead role="rowgroup" className={`${CARD_HEAD} bg-slate-50 dark:bg-slate-900`}>
          <tr role="row">
            <th role="columnheader" scope="col" className={TH}>
              {t("columns.date")}
            </th>
            <th role="columnheader" scope="col" className={TH}>
              {t("columns.symbol")}
            </th>
            <th role="columnheader" scope="col" className={TH}>
              {t("columns.resolution")}
            </th>
            <th role="columnheader" scope="col" className={`${TH} min-w-64`}>
              {t("columns.title")}
            </th>
            <th role="columnheader" scope="col" className={TH}>
              {t("columns.outcome")}
            </th>
            <th role="columnheader" scope="col" className={TH}>
              {t("columns.tally")}
            </th>
            <th role="columnheader" scope="col" className={TH}>
              {t("columns.vetoedBy")}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup" className={TBODY}>
          {rows.map((r) => (
            <tr role="row" key={r.ref} className={TR}>
              <td role="cell" data-label={label("date")}>
                <DateCell row={r} />
              </td>
              <th role="rowheader" scope="row" className="text-left font-medium max-lg:font-semibold">
                <RowLink href={draftPath(r.ref)}>{r.symbol ?? r.ref}</RowLink>
              </th>
              <td role="cell" data-empty={r.resolutionNumber === null ? "" : undefined}>
                {r.resolutionNumber !== null ? t("resolutionNumber", { number: r.resolutionNumber }) : <span className="text-slate-500">—</span>}
              </td>
              <td role="cell">
                {/* Titles come from the UN's English records. */}
                <span lang="en" className="line-clamp-3">
                  {r.title ?? r.agendaItem ?? (
                    <span lang={locale} className="italic text-slate-500">
                      {t("untitled")}
                    </span>
                  )}
                </span>
              </td>
              <td role="cell">
                <OutcomeBadge outcome={r.outcome} />
              </td>
              <td role="cell" data-label={label("tally")}>
                <Tally row={r} />
              </td>
              <td role="cell" data-label={label("vetoedBy")} data-empty={r.vetoes.length === 0 ? "" : undefined}>
                {r.vetoes.map((v) => localized(v, locale)).join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
