import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { CountryVetoTimeline } from "@/components/charts/country-veto-timeline";
import { getCountryVetoes, getCountryVetoTimeline } from "@/lib/queries/countries";
import { ChartFigure } from "./chart-figure";
import { DraftLink } from "./draft-label";
import { FormattedDate } from "./formatted-date";
import { CAPTION, LINK, TABLE, TABLE_WRAP, TD, TD_NUM, TH_ROW, THEAD, TR } from "./table-styles";

// The vetoes a permanent member cast: a per-year chart (with its table) and the list. Two queries
// in parallel.
export async function VetoesSection({ code, name }: { code: string; name: string }) {
  const [t, vetoes, timeline] = await Promise.all([
    getTranslations("countries.detail.vetoes"),
    getCountryVetoes(code),
    getCountryVetoTimeline(code),
  ]);
  const holderLabel = (id: string | null) => (id && t.has(`holders.${id}`) ? t(`holders.${id}`) : (id ?? "—"));
  const holders = timeline.holders.map((key) => ({ key, label: holderLabel(key) }));
  const showHolder = holders.length > 1;
  const first = timeline.years[0]?.year;
  const last = timeline.years[timeline.years.length - 1]?.year;
  return (
    <>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {t("summary", { count: vetoes.length })}{" "}
        {vetoes.length > 0 && (
          <Link href={`/vetoes?vetoedBy=${code}`} className={LINK}>
            {t("listAll")}
          </Link>
        )}
      </p>
      {first !== undefined && last !== undefined && (
        <div className="mt-4">
          <ChartFigure
            title={t("chartTitle")}
            description={t("chartDescription", { name, first: String(first), last: String(last), total: vetoes.length })}
            showTableLabel={t("showTable")}
            chart={<CountryVetoTimeline years={timeline.years} holders={holders} />}
            table={
              <div className={`max-h-80 overflow-y-auto ${TABLE_WRAP}`}>
                <table className={TABLE}>
                  <caption className={CAPTION}>{t("chartTitle")}</caption>
                  <thead className={THEAD}>
                    <tr>
                      <th scope="col" className="px-3 py-2 text-left font-semibold">{t("year")}</th>
                      {holders.map((h) => (
                        <th key={h.key} scope="col" className="px-3 py-2 text-right font-semibold">{h.label}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {timeline.years
                      .filter((y) => Object.keys(y.counts).length > 0)
                      .map((y) => (
                        <tr key={y.year} className={TR}>
                          <th scope="row" className={`${TH_ROW} tabular-nums`}>{y.year}</th>
                          {holders.map((h) => (
                            <td key={h.key} className={TD_NUM}>{y.counts[h.key] ?? 0}</td>
                          ))}
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            }
          />
        </div>
      )}
      {vetoes.length > 0 && (
        <div className={`mt-4 ${TABLE_WRAP}`}>
          <table className={TABLE}>
            <caption className={CAPTION}>{t("caption")}</caption>
            <thead className={THEAD}>
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-semibold">{t("date")}</th>
                <th scope="col" className="px-3 py-2 text-left font-semibold">{t("draft")}</th>
                <th scope="col" className="px-3 py-2 text-left font-semibold">{t("subject")}</th>
                {showHolder && <th scope="col" className="px-3 py-2 text-left font-semibold">{t("holder")}</th>}
              </tr>
            </thead>
            <tbody>
              {vetoes.map((v) => (
                <tr key={v.ref} className={TR}>
                  <td className={`${TD} whitespace-nowrap`}>
                    <FormattedDate iso={v.votedOn} year={v.year} />
                  </td>
                  <th scope="row" className={TH_ROW}>
                    <DraftLink draft={v} />
                    {v.objectOfVote !== "DRAFT" && (
                      <span className="ml-1 block text-xs font-normal text-slate-600 dark:text-slate-400">{t(`object.${v.objectOfVote}`)}</span>
                    )}
                  </th>
                  <td className={`${TD} max-w-xl whitespace-normal`}>{v.title ?? "—"}</td>
                  {showHolder && <td className={TD}>{holderLabel(v.holder)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
