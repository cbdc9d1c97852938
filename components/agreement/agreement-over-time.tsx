import { getFormatter, getTranslations } from "next-intl/server";
import { LazyAgreementChart } from "@/components/charts/lazy";
import { ChartFigure } from "@/components/countries/chart-figure";
import { ColHeader, DataTable } from "@/components/countries/data-table";
import { TD_NUM, THEAD, TH_ROW, TR } from "@/components/countries/table-styles";
import { agreementPoints, MIN_SHARED_VOTES } from "@/lib/agreement";
import { displayYear } from "@/lib/years";

export interface AgreementLine {
  key: string;
  name: string;
  colour: string;
  /** Years in which the pair shared votes (from the summary); other years are gaps. */
  rows: { year: number; shared: number; same: number }[];
}

// Agreement per year for a few pairs: the chart (drawn near the viewport) and the same figures as a
// table. Each point carries its number of shared votes; thin years are marked, not hidden.
export async function AgreementOverTime({ lines, title, description, locale }: { lines: AgreementLine[]; title: string; description: string; locale: string }) {
  const [t, format] = await Promise.all([getTranslations("countries.agreementOverTime"), getFormatter()]);
  const years = lines.flatMap((l) => l.rows.map((r) => r.year));
  if (years.length === 0) return <p className="mt-3">{t("none")}</p>;
  const range = { from: Math.min(...years), to: Math.max(...years) };
  const series = lines.map((l) => ({ key: l.key, name: l.name, colour: l.colour, points: agreementPoints(l.rows, range) }));
  const labels = Array.from({ length: range.to - range.from + 1 }, (_, i) => displayYear(range.from + i, locale));
  const percent = (n: number) => format.number(n / 100, { style: "percent", maximumFractionDigits: 1 });
  return (
    <div className="mt-4">
      <ChartFigure
        title={title}
        description={`${description} ${t("thin", { min: MIN_SHARED_VOTES })}`}
        showTableLabel={t("showTable")}
        chart={<LazyAgreementChart years={labels} series={series} labels={{ votes: t.raw("votes") as string, few: t("few") }} />}
        table={
          <DataTable caption={title} className="max-h-96 overflow-y-auto">
            <thead className={`sticky top-0 ${THEAD}`}>
              <tr>
                <ColHeader>{t("year")}</ColHeader>
                {series.map((s) => (
                  <ColHeader key={s.key} align="right">
                    {s.name}
                  </ColHeader>
                ))}
              </tr>
            </thead>
            <tbody>
              {labels.map((label, i) =>
                series.every((s) => s.points[i]!.shared === 0) ? null : (
                  <tr key={label} className={TR}>
                    <th scope="row" className={`${TH_ROW} tabular-nums`}>
                      {label}
                    </th>
                    {series.map((s) => {
                      const p = s.points[i]!;
                      return (
                        <td
                          key={s.key}
                          className={`${TD_NUM} ${p.thin ? "text-slate-500 dark:text-slate-500" : ""}`}
                          data-thin={(p.thin && p.shared > 0) || undefined}
                        >
                          {p.agreement === null ? (
                            "—"
                          ) : (
                            <>
                              {percent(p.agreement)}
                              <span className="block text-xs">
                                {t("votes", { same: format.number(p.same), shared: format.number(p.shared) })}
                                {p.thin && `, ${t("few")}`}
                              </span>
                            </>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ),
              )}
            </tbody>
          </DataTable>
        }
      />
    </div>
  );
}
