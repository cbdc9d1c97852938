import { useTranslations } from "next-intl";
import { COUNTRY_SORTS, type CountrySort, type CouncilMemberRow } from "@/lib/queries/countries";
import type { SortOrder } from "@/lib/validations/view-params";
import { MemberCell } from "./member-cell";
import { SortableHeader } from "./sortable-header";
import { RegionLabel } from "./region-label";
import { SeatStatus } from "./seat-status";
import { ColHeader, DataTable } from "./data-table";
import { TD, TD_NUM, THEAD, TR } from "./table-styles";
import { displayYear } from "@/lib/years";

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
    <DataTable caption={t("caption")} minWidth="min-w-[44rem]">
      <thead className={THEAD}>
        <tr>
          {header("name")}
          {header("region")}
          <ColHeader>{t("columns.status")}</ColHeader>
          {header("years", "right")}
          {header("first", "right")}
          {header("last", "right")}
          {header("vetoes", "right")}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.code} className={TR}>
            <MemberCell member={r} locale={locale} />
            <td className={TD}>
              <RegionLabel region={r.region} />
            </td>
            <td className={TD}>
              <SeatStatus permanent={r.permanent} />
            </td>
            <td className={TD_NUM}>{r.years}</td>
            <td className={TD_NUM}>{displayYear(r.firstYear, locale)}</td>
            <td className={TD_NUM}>{displayYear(r.lastYear, locale)}</td>
            <td className={TD_NUM}>{r.permanent ? r.vetoes : t("none")}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
