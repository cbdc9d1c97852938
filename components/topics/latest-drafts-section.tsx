import { getTranslations } from "next-intl/server";
import { OutcomeBadge, TallyText } from "@/components/outcome-badge";
import { DraftLink } from "@/components/countries/draft-label";
import { FormattedDate } from "@/components/countries/formatted-date";
import { CAPTION, TABLE, TABLE_WRAP, TD, TH_ROW, THEAD, TR } from "@/components/countries/table-styles";
import { localized } from "@/lib/i18n-names";
import { getLatestTopicDrafts } from "@/lib/queries/topics";

export async function LatestDraftsSection({ slug, locale }: { slug: string; locale: string }) {
  const [t, rows] = await Promise.all([getTranslations("topics.detail.latest"), getLatestTopicDrafts(slug, 10)]);
  if (rows.length === 0) return null;
  return (
    <div className={`mt-3 ${TABLE_WRAP}`}>
      <table className={`${TABLE} min-w-[40rem]`}>
        <caption className={CAPTION}>{t("caption")}</caption>
        <thead className={THEAD}>
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-semibold">{t("date")}</th>
            <th scope="col" className="px-3 py-2 text-left font-semibold">{t("draft")}</th>
            <th scope="col" className="px-3 py-2 text-left font-semibold">{t("subject")}</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">{t("tally")}</th>
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
                {d.resolutionNumber !== null && (
                  <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">{t("resolution", { number: d.resolutionNumber })}</span>
                )}
              </th>
              <td className={`${TD} max-w-md whitespace-normal`}>{d.title ?? "—"}</td>
              <td className={`${TD} text-right`}>
                <TallyText yes={d.yes} no={d.no} abstain={d.abstain} />
              </td>
              <td className={TD}>
                <OutcomeBadge outcome={d.outcome} />
                {d.vetoedBy.length > 0 && (
                  <span className="mt-1 block text-xs">{t("vetoedBy", { members: d.vetoedBy.map((m) => localized(m, locale)).join(", ") })}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
