import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { localized } from "@/lib/i18n-names";
import { COUNTRY_SORTS, type CountrySort, type CouncilMemberRow } from "@/lib/queries/countries";
import type { SortOrder } from "@/lib/validations/view-params";
import { SortableHeader } from "./sortable-header";
import { RegionLabel } from "./region-label";
import { SeatStatus } from "./seat-status";
import { CAPTION, LINK, TABLE, TABLE_WRAP, TD, TD_NUM, TH_ROW, THEAD, TR } from "./table-styles";

export function CountriesTable({
  rows,
  locale,
  sort,
  order,
  hrefFor,
}: {
  rows: CouncilMemberRow[];
  locale: string;
  sort: CountrySort;
  order: SortOrder;
  hrefFor: (sort: CountrySort, order: SortOrder) => string;
}) {
  const t = useTranslations("countries");
  const header = (column: CountrySort, align: "left" | "right" = "left") => (
    <SortableHeader
      column={column}
      label={t(`columns.${column}`)}
      sort={sort}
      order={order}
      defaultOrder={COUNTRY_SORTS[column]}
      hrefFor={hrefFor}
      align={align}
    />
  );
  return (
    <div className={TABLE_WRAP}>
      <table className={`${TABLE} min-w-[44rem]`}>
        <caption className={CAPTION}>{t("caption")}</caption>
        <thead className={THEAD}>
          <tr>
            {header("name")}
            {header("region")}
            <th scope="col" className="px-3 py-2 text-left font-semibold">
              {t("columns.status")}
            </th>
            {header("years", "right")}
            {header("first", "right")}
            {header("last", "right")}
            {header("vetoes", "right")}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} className={TR}>
              <th scope="row" className={TH_ROW}>
                <Link href={`/countries/${r.code}`} className={LINK}>
                  {localized(r, locale)}
                </Link>{" "}
                <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{r.code}</span>
                {r.dissolved && <span className="ml-1 text-xs text-slate-600 italic dark:text-slate-400">({t("former")})</span>}
              </th>
              <td className={TD}>
                <RegionLabel region={r.region} />
              </td>
              <td className={TD}>
                <SeatStatus permanent={r.permanent} />
              </td>
              <td className={TD_NUM}>{r.years}</td>
              <td className={TD_NUM}>{r.firstYear}</td>
              <td className={TD_NUM}>{r.lastYear}</td>
              <td className={TD_NUM}>{r.permanent ? r.vetoes : t("none")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
