import { getTranslations } from "next-intl/server";
import { DataTable, ColHeader } from "@/components/countries/data-table";
import { DraftCells, DraftHeaders } from "@/components/countries/draft-cells";
import { TD, THEAD, TR } from "@/components/countries/table-styles";
import { OutcomeBadge } from "@/components/outcome-badge";
import { Pagination } from "@/components/ui/pagination";
import { pageCount } from "@/lib/pagination";
import { DIFFERING_PAGE_SIZE, getDifferingDrafts } from "@/lib/queries/agreement";
import type { CompareParams } from "@/lib/validations/compare";

const VOTE_STYLE: Record<string, string> = {
  Y: "text-emerald-800 dark:text-emerald-300",
  N: "font-semibold text-red-800 dark:text-red-300",
  A: "text-amber-800 dark:text-amber-300",
  X: "text-slate-500",
};

// The drafts on which the compared members voted differently, newest first, each member's vote in
// its own column; one page at a time (filtered and paged in SQL).
export async function DifferingDrafts({
  members,
  filters,
  hrefFor,
}: {
  members: { code: string; name: string }[];
  filters: CompareParams["filters"];
  hrefFor: (page: number) => string;
}) {
  const page = filters.page ?? 1;
  const [t, tc, { total, rows }] = await Promise.all([
    getTranslations("countries.compare.differ"),
    getTranslations("common"),
    getDifferingDrafts(
      members.map((m) => m.code),
      filters,
      { page },
    ),
  ]);
  return (
    <>
      <p className="mt-2">{t("summary", { count: total })}</p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("note")}</p>
      {rows.length > 0 && (
        <DataTable caption={t("caption")} className="mt-4" minWidth="min-w-[48rem]">
          <thead className={THEAD}>
            <tr>
              <DraftHeaders />
              <ColHeader>{t("outcome")}</ColHeader>
              {members.map((m) => (
                <ColHeader key={m.code}>{m.name}</ColHeader>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.ref} className={TR}>
                <DraftCells draft={r} />
                <td className={TD}>
                  <OutcomeBadge outcome={r.outcome} />
                </td>
                {members.map((m) => {
                  const v = r.votes[m.code];
                  return (
                    <td key={m.code} className={`${TD} whitespace-nowrap ${v ? VOTE_STYLE[v] : "text-slate-500"}`} data-member={m.code} data-vote={v ?? ""}>
                      {v ? tc(`vote.${v}`) : t("noVote")}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination page={page} totalPages={pageCount(total, DIFFERING_PAGE_SIZE)} hrefFor={hrefFor} label={t("pagination")} />
    </>
  );
}
