import { useFormatter, useTranslations } from "next-intl";
import { isoToDate, recordedName } from "@/components/resolutions/names";
import { localized } from "@/lib/i18n-names";
import type { SeatTerm } from "@/lib/queries/countries";
import { SeatStatus } from "./seat-status";
import { ColHeader, DataTable } from "./data-table";
import { TD, TD_NUM, THEAD, TH_ROW, TR } from "./table-styles";
import { displayYear, displayYearRange } from "@/lib/years";

// Names as recorded (often in capitals, from several sources): one entry per distinct name, today's
// name in the reader's language when the state sat under it, the historical name otherwise.
function displayNames(names: string[], member: { nameEn: string; nameTh: string }, locale: string): string[] {
  return [...new Set(names.map((n) => recordedName(n, member.nameEn) ?? localized(member, locale)))];
}

export function SeatTerms({ terms, member, locale }: { terms: SeatTerm[]; member: { nameEn: string; nameTh: string }; locale: string }) {
  const t = useTranslations("countries.detail");
  const format = useFormatter();
  if (terms.length === 0) return <p className="mt-2">{t("neverSat")}</p>;
  const day = (iso: string) => format.dateTime(isoToDate(iso), { dateStyle: "medium" });
  const years = terms.reduce((n, term) => n + term.years, 0);
  return (
    <>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {t("seats.summary", { years, first: displayYear(terms[0]!.firstYear, locale), last: displayYear(terms[terms.length - 1]!.lastYear, locale) })}
      </p>
      <DataTable caption={t("seats.caption")} className="mt-3">
        <thead className={THEAD}>
          <tr>
            <ColHeader>{t("seats.term")}</ColHeader>
            <ColHeader>{t("seats.status")}</ColHeader>
            <ColHeader align="right">{t("seats.years")}</ColHeader>
            <ColHeader>{t("seats.names")}</ColHeader>
          </tr>
        </thead>
        <tbody>
          {terms.map((term) => (
            <tr key={term.firstYear} className={TR}>
              <th scope="row" className={`${TH_ROW} tabular-nums whitespace-nowrap`}>
                {displayYearRange(term.firstYear, term.lastYear, locale)}
                {/* Successions within a year (USSR → Russian Federation on 24 Dec 1991). */}
                {!term.startsOn.endsWith("-01-01") && (
                  <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">{t("seats.from", { date: day(term.startsOn) })}</span>
                )}
                {!term.endsOn.endsWith("-12-31") && (
                  <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">{t("seats.until", { date: day(term.endsOn) })}</span>
                )}
              </th>
              <td className={TD}>
                <SeatStatus permanent={term.permanent} />
              </td>
              <td className={TD_NUM}>{term.years}</td>
              <td className={TD}>{displayNames(term.names, member, locale).join(" · ")}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
