import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { localizedLabel } from "@/lib/i18n-names";
import type { TopicSummary } from "@/lib/queries/topics";
import { ColHeader, DataTable } from "@/components/countries/data-table";
import { LINK, TD, TD_NUM, THEAD, TH_ROW, TR } from "@/components/countries/table-styles";
import { displayYearRange } from "@/lib/years";

const NUMERIC = ["drafts", "adopted", "vetoed", "failed", "vetoes"] as const;

export function TopicsTable({ rows, locale }: { rows: TopicSummary[]; locale: string }) {
  const t = useTranslations("topics");
  const format = useFormatter();
  if (rows.length === 0) return <p className="mt-4">{t("empty")}</p>;
  return (
    <DataTable caption={t("caption")} className="mt-4" minWidth="min-w-[40rem]">
      <thead className={THEAD}>
        <tr>
          <ColHeader>{t("columns.topic")}</ColHeader>
          {NUMERIC.map((c) => (
            <ColHeader key={c} align="right">
              {t(`columns.${c}`)}
            </ColHeader>
          ))}
          <ColHeader align="right">{t("columns.period")}</ColHeader>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.slug} className={TR}>
            <th scope="row" className={TH_ROW}>
              <Link href={`/topics/${r.slug}`} className={LINK}>
                {localizedLabel(r, locale)}
              </Link>
            </th>
            {NUMERIC.map((c) => (
              <td key={c} className={TD_NUM}>
                {format.number(r[c])}
              </td>
            ))}
            <td className={`${TD} text-right tabular-nums whitespace-nowrap`}>
              {r.firstYear === null ? t("none") : displayYearRange(r.firstYear, r.lastYear ?? r.firstYear, locale)}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
