import { getTranslations } from "next-intl/server";
import { OutcomeBadge } from "@/components/outcome-badge";
import { Pagination } from "@/components/ui/pagination";
import { pageCount } from "@/lib/pagination";
import { getDraftsVotedAgainst } from "@/lib/queries/countries";
import { DraftLink } from "./draft-label";
import { FormattedDate } from "./formatted-date";
import { CAPTION, TABLE, TABLE_WRAP, TD, TH_ROW, THEAD, TR } from "./table-styles";

const PAGE_SIZE = 25;

export async function VotedAgainstSection({ code, page, hrefFor }: { code: string; page: number; hrefFor: (page: number) => string }) {
  const [t, tv, { total, rows }] = await Promise.all([
    getTranslations("countries.detail.against"),
    getTranslations("countries.detail.vetoes"),
    getDraftsVotedAgainst(code, { page, pageSize: PAGE_SIZE }),
  ]);
  return (
    <>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t("summary", { count: total })}</p>
      {rows.length > 0 && (
        <div className={`mt-3 ${TABLE_WRAP}`}>
          <table className={TABLE}>
            <caption className={CAPTION}>{t("caption")}</caption>
            <thead className={THEAD}>
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-semibold">{tv("date")}</th>
                <th scope="col" className="px-3 py-2 text-left font-semibold">{tv("draft")}</th>
                <th scope="col" className="px-3 py-2 text-left font-semibold">{tv("subject")}</th>
                <th scope="col" className="px-3 py-2 text-left font-semibold">{t("outcome")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.ref} className={TR}>
                  <td className={`${TD} whitespace-nowrap`}>
                    <FormattedDate iso={d.votedOn} year={d.year} />
                  </td>
                  <th scope="row" className={TH_ROW}>
                    <DraftLink draft={d} />
                  </th>
                  <td className={`${TD} max-w-xl whitespace-normal`}>{d.title ?? "—"}</td>
                  <td className={`${TD} whitespace-nowrap`}>
                    <OutcomeBadge outcome={d.outcome} />
                    {d.veto && <span className="ml-2 text-xs font-semibold uppercase">({t("veto")})</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} totalPages={pageCount(total, PAGE_SIZE)} hrefFor={hrefFor} label={t("pagination")} />
    </>
  );
}
