import { getFormatter, getTranslations } from "next-intl/server";
import { AGREEMENT_SORTS, getVotingAgreement, type AgreementSort } from "@/lib/queries/countries";
import type { SortOrder } from "@/lib/validations/view-params";
import { MemberCell } from "./member-cell";
import { SortableHeader } from "./sortable-header";
import { ColHeader, DataTable } from "./data-table";
import { TD_NUM, THEAD, TR } from "./table-styles";

export async function AgreementSection({
  code,
  locale,
  sort,
  order,
  hrefFor,
}: {
  code: string;
  locale: string;
  sort: AgreementSort;
  order: SortOrder;
  hrefFor: (sort: AgreementSort, order: SortOrder) => string;
}) {
  const [t, format, rows] = await Promise.all([
    getTranslations("countries.detail.agreement"),
    getFormatter(),
    getVotingAgreement(code, { sort, order, locale }),
  ]);
  const header = (column: AgreementSort, label: string, align: "left" | "right") => (
    <SortableHeader column={column} label={label} sort={sort} order={order} defaultOrder={AGREEMENT_SORTS[column]} hrefFor={hrefFor} align={align} />
  );
  return (
    <>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t("explain")}</p>
      {rows.length === 0 ? (
        <p className="mt-3">{t("none")}</p>
      ) : (
        <DataTable caption={t("caption")} className="mt-3 max-h-[36rem] overflow-y-auto">
          <thead className={`sticky top-0 ${THEAD}`}>
            <tr>
              {header("name", t("member"), "left")}
              {header("shared", t("shared"), "right")}
              <ColHeader align="right">{t("same")}</ColHeader>
              {header("agreement", t("agreement"), "right")}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} className={TR}>
                <MemberCell member={r} locale={locale} />
                <td className={TD_NUM}>{format.number(r.shared)}</td>
                <td className={TD_NUM}>{format.number(r.same)}</td>
                <td className={TD_NUM}>
                  <span className="inline-flex items-center justify-end gap-2">
                    {/* A bar for scanning; the number carries the value. */}
                    <span aria-hidden="true" className="hidden h-2 w-20 overflow-hidden rounded bg-slate-200 sm:inline-block dark:bg-slate-800">
                      <span className="block h-full bg-sky-700 dark:bg-sky-400" style={{ width: `${r.agreement}%` }} />
                    </span>
                    {format.number(r.agreement / 100, { style: "percent", maximumFractionDigits: 1 })}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </>
  );
}
