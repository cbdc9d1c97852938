import type { ReactNode } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { isoToDate } from "@/components/resolutions/names";
import type { DraftSummary } from "@/lib/queries/countries";
import { draftPath } from "@/lib/validations/draft-ref";
import { ColHeader } from "./data-table";
import { LINK, TD, TH_ROW } from "./table-styles";
import { displayYear } from "@/lib/years";

// The first three columns of every list of drafts on these pages: date, draft (linked, the row's
// header) and subject. Titles are the UN's English record text, hence lang="en".

/** A calendar date stored as "YYYY-MM-DD" in the reader's language; the year alone when the day is unknown. */
export function FormattedDate({ iso, year }: { iso: string | null; year: number }) {
  const format = useFormatter();
  const locale = useLocale();
  const t = useTranslations("countries.detail.vetoes");
  if (!iso) return <>{t("undated", { year: displayYear(year, locale) })}</>;
  return <time dateTime={iso}>{format.dateTime(isoToDate(iso), { dateStyle: "medium" })}</time>;
}

export function DraftHeaders() {
  const t = useTranslations("countries.detail.vetoes");
  return (
    <>
      <ColHeader>{t("date")}</ColHeader>
      <ColHeader>{t("draft")}</ColHeader>
      <ColHeader>{t("subject")}</ColHeader>
    </>
  );
}

/** `note` goes under the symbol (resolution number, "amendment"...). */
export function DraftCells({ draft, note }: { draft: DraftSummary; note?: ReactNode }) {
  const t = useTranslations("countries.detail.vetoes");
  return (
    <>
      <td className={`${TD} whitespace-nowrap`}>
        <FormattedDate iso={draft.votedOn} year={draft.year} />
      </td>
      <th scope="row" className={TH_ROW}>
        <Link href={draftPath(draft.ref)} className={`${LINK} font-mono whitespace-nowrap`}>
          {draft.symbol ?? draft.ref}
          {!draft.symbol && <span className="sr-only"> ({t("noSymbol")})</span>}
        </Link>
        {note && <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">{note}</span>}
      </th>
      <td className={`${TD} max-w-xl whitespace-normal`} lang="en">
        {draft.title ?? "—"}
      </td>
    </>
  );
}
