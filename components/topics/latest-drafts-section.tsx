import { getTranslations } from "next-intl/server";
import { OutcomeBadge, TallyText } from "@/components/outcome-badge";
import { DraftCells, DraftHeaders } from "@/components/countries/draft-cells";
import { membersInSentence } from "@/components/resolutions/names";
import { ColHeader, DataTable } from "@/components/countries/data-table";
import { TD, THEAD, TR } from "@/components/countries/table-styles";
import { getLatestTopicDrafts } from "@/lib/queries/topics";

export async function LatestDraftsSection({ slug, locale }: { slug: string; locale: string }) {
  const [t, rows] = await Promise.all([getTranslations("topics.detail.latest"), getLatestTopicDrafts(slug, 10)]);
  if (rows.length === 0) return null;
  return (
    <DataTable caption={t("caption")} className="mt-3" minWidth="min-w-[40rem]">
      <thead className={THEAD}>
        <tr>
          <DraftHeaders />
          <ColHeader align="right">{t("tally")}</ColHeader>
          <ColHeader>{t("outcome")}</ColHeader>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.ref} className={TR}>
            <DraftCells draft={d} note={d.resolutionNumber !== null && t("resolution", { number: d.resolutionNumber })} />
            <td className={`${TD} text-right`}>
              <TallyText yes={d.yes} no={d.no} abstain={d.abstain} />
            </td>
            <td className={TD}>
              <OutcomeBadge outcome={d.outcome} />
              {d.vetoedBy.length > 0 && <span className="mt-1 block text-xs">{t("vetoedBy", { members: membersInSentence(d.vetoedBy, locale) })}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
