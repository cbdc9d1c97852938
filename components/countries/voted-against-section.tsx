import { getTranslations } from "next-intl/server";
import { OutcomeBadge } from "@/components/outcome-badge";
import { Pagination } from "@/components/ui/pagination";
import { pageCount } from "@/lib/pagination";
import { countryFigureHref } from "@/lib/country-links";
import { Link } from "@/i18n/navigation";
import { ExportLinks } from "@/components/ui/export-links";
import { getDraftsVotedAgainst } from "@/lib/queries/countries";
import { DraftCells, DraftHeaders } from "./draft-cells";
import { ColHeader, DataTable } from "./data-table";
import { LINK, TD, THEAD, TR } from "./table-styles";

const PAGE_SIZE = 25;

export async function VotedAgainstSection({ code, page, hrefFor }: { code: string; page: number; hrefFor: (page: number) => string }) {
  const [t, { total, rows }] = await Promise.all([getTranslations("countries.detail.against"), getDraftsVotedAgainst(code, { page, pageSize: PAGE_SIZE })]);
  return (
    <>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        {t("summary", { count: total })}{" "}
        {total > 0 && (
          <Link href={countryFigureHref(code, "N")} className={LINK}>
            {t("listAll")}
          </Link>
        )}
      </p>
      {total > 0 && <ExportLinks list="resolutions" filters={{ country: code, vote: "N" }} className="mt-1" />}
      {rows.length > 0 && (
        <DataTable caption={t("caption")} className="mt-3">
          <thead className={THEAD}>
            <tr>
              <DraftHeaders />
              <ColHeader>{t("outcome")}</ColHeader>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.ref} className={TR}>
                <DraftCells draft={d} />
                <td className={`${TD} whitespace-nowrap`}>
                  <OutcomeBadge outcome={d.outcome} />
                  {d.veto && <span className="ml-2 text-xs font-semibold uppercase">({t("veto")})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination page={page} totalPages={pageCount(total, PAGE_SIZE)} hrefFor={hrefFor} label={t("pagination")} />
    </>
  );
}
