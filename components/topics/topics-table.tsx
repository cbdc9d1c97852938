import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { localizedLabel } from "@/lib/i18n-names";
import type { TopicSummary } from "@/lib/queries/topics";
import { CAPTION, LINK, TABLE, TABLE_WRAP, TD, TD_NUM, TH_ROW, THEAD, TR } from "@/components/countries/table-styles";

const NUMERIC = ["drafts", "adopted", "vetoed", "failed", "vetoes"] as const;

export function TopicsTable({ rows, locale }: { rows: TopicSummary[]; locale: string }) {
  const t = useTranslations("topics");
  const format = useFormatter();
  if (rows.length === 0) return <p className="mt-4">{t("empty")}</p>;
  return (
    <div className={`mt-4 ${TABLE_WRAP}`}>
      <table className={`${TABLE} min-w-[40rem]`}>
        <caption className={CAPTION}>{t("caption")}</caption>
        <thead className={THEAD}>
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-semibold">{t("columns.topic")}</th>
            {NUMERIC.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 text-right font-semibold">{t(`columns.${c}`)}</th>
            ))}
            <th scope="col" className="px-3 py-2 text-right font-semibold">{t("columns.period")}</th>
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
                <td key={c} className={TD_NUM}>{format.number(r[c])}</td>
              ))}
              <td className={`${TD} text-right tabular-nums whitespace-nowrap`}>
                {r.firstYear === null ? t("none") : r.firstYear === r.lastYear ? r.firstYear : `${r.firstYear}–${r.lastYear}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
