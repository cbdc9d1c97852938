import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localized } from "@/lib/i18n-names";
import { AGREEMENT_SORTS, getVotingAgreement, type AgreementSort } from "@/lib/queries/countries";
import type { SortOrder } from "@/lib/validations/view-params";
import { SortableHeader } from "./sortable-header";
import { CAPTION, LINK, TABLE, TABLE_WRAP, TD_NUM, TH_ROW, THEAD, TR } from "./table-styles";

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
        <div className={`mt-3 max-h-[36rem] overflow-y-auto ${TABLE_WRAP}`}>
          <table className={TABLE}>
            <caption className={CAPTION}>{t("caption")}</caption>
            <thead className={`sticky top-0 ${THEAD}`}>
              <tr>
                {header("name", t("member"), "left")}
                {header("shared", t("shared"), "right")}
                <th scope="col" className="px-3 py-2 text-right font-semibold">{t("same")}</th>
                {header("agreement", t("agreement"), "right")}
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
                  </th>
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
          </table>
        </div>
      )}
    </>
  );
}
