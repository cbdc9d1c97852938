import { getLocale, getTranslations } from "next-intl/server";
import { messageOr } from "@/i18n/runtime-keys";
import { Link } from "@/i18n/navigation";
import { LazyCountryVetoTimeline } from "@/components/charts/lazy";
import { Pagination } from "@/components/ui/pagination";
import { ExportLinks } from "@/components/ui/export-links";
import { pageCount } from "@/lib/pagination";
import { countryFigureHref } from "@/lib/country-links";
import { COUNTRY_VETOES_PAGE_SIZE, getCountryVetoes, getCountryVetoTimeline } from "@/lib/queries/countries";
import { ChartFigure } from "./chart-figure";
import { VetoCountNote } from "@/components/vetoes/veto-count";
import { DraftCells, DraftHeaders } from "./draft-cells";
import { ColHeader, DataTable } from "./data-table";
import { LINK, TD, TD_NUM, THEAD, TH_ROW, TR } from "./table-styles";
import { displayYear } from "@/lib/years";

// The vetoes a permanent member cast: a per-year chart (with its table) and the list, one page at
// a time (`vpage` in the URL). Two queries in parallel.
export async function VetoesSection({ code, name, page, hrefFor }: { code: string; name: string; page: number; hrefFor: (page: number) => string }) {
  const [t, { total, rows: vetoes }, timeline, locale] = await Promise.all([
    getTranslations("countries.detail.vetoes"),
    getCountryVetoes(code, { page, pageSize: COUNTRY_VETOES_PAGE_SIZE }),
    getCountryVetoTimeline(code),
    getLocale(),
  ]);
  const holderLabel = (id: string | null) => (id ? messageOr(t, `holders.${id}`, id) : (id ?? "—"));
  const holders = timeline.holders.map((key) => ({ key, label: holderLabel(key) }));
  const showHolder = holders.length > 1;
  const first = timeline.years[0]?.year;
  const last = timeline.years[timeline.years.length - 1]?.year;
  return (
    <>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {t("summary", { count: total })}{" "}
        {total > 0 && (
          <Link href={countryFigureHref(code, "vetoes")} className={LINK}>
            {t("listAll")}
          </Link>
        )}
      </p>
      {total > 0 && <ExportLinks list="vetoes" filters={{ vetoedBy: code }} className="mt-1" />}
      <VetoCountNote className="mt-1" />
      {first !== undefined && last !== undefined && (
        <div className="mt-4">
          <ChartFigure
            title={t("chartTitle")}
            description={t("chartDescription", { name, first: displayYear(first, locale), last: displayYear(last, locale), total })}
            showTableLabel={t("showTable")}
            chart={<LazyCountryVetoTimeline years={timeline.years.map((y) => ({ ...y, label: displayYear(y.year, locale) }))} holders={holders} />}
            table={
              <DataTable caption={t("chartTitle")} className="max-h-80 overflow-y-auto">
                <thead className={THEAD}>
                  <tr>
                    <ColHeader>{t("year")}</ColHeader>
                    {holders.map((h) => (
                      <ColHeader key={h.key} align="right">
                        {h.label}
                      </ColHeader>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {timeline.years
                    .filter((y) => Object.keys(y.counts).length > 0)
                    .map((y) => (
                      <tr key={y.year} className={TR}>
                        <th scope="row" className={`${TH_ROW} tabular-nums`}>
                          {displayYear(y.year, locale)}
                        </th>
                        {holders.map((h) => (
                          <td key={h.key} className={TD_NUM}>
                            {y.counts[h.key] ?? 0}
                          </td>
                        ))}
                      </tr>
                    ))}
                </tbody>
              </DataTable>
            }
          />
        </div>
      )}
      {vetoes.length > 0 && (
        <DataTable caption={t("caption")} className="mt-4">
          <thead className={THEAD}>
            <tr>
              <DraftHeaders />
              {showHolder && <ColHeader>{t("holder")}</ColHeader>}
            </tr>
          </thead>
          <tbody>
            {vetoes.map((v) => (
              <tr key={v.ref} className={TR}>
                <DraftCells draft={v} note={v.objectOfVote !== "DRAFT" && t(`object.${v.objectOfVote}`)} />
                {showHolder && <td className={TD}>{holderLabel(v.holder)}</td>}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination page={page} totalPages={pageCount(total, COUNTRY_VETOES_PAGE_SIZE)} hrefFor={hrefFor} label={t("pagination")} />
    </>
  );
}
