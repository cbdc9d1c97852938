import { useLocale, useTranslations } from "next-intl";
import type { MemberName } from "@/lib/queries/drafts";
import type { DraftDetail } from "@/lib/queries/draft-detail";
import { membersInSentence } from "./names";

/** Said plainly when there is no member-by-member grid, with what the sources do tell us. */
export function NoRollCall({ draft, vetoers }: { draft: DraftDetail; vetoers: MemberName[] }) {
  const t = useTranslations("resolutions.detail.noRollCall");
  const locale = useLocale();
  const reason = draft.modality === "RECORDED_VOTE" ? "MISSING" : draft.modality;
  const known: string[] = [];
  if (vetoers.length > 0) known.push(t("vetoedBy", { members: membersInSentence(vetoers, locale) }));
  // The UN's stated tally is told above the grid (HowVotesAreKnown), with its source.
  if (draft.tally && !draft.statedTally) known.push(t("statedTally", { yes: draft.tally.yes, no: draft.tally.no, abstain: draft.tally.abstain }));
  return (
    <div className="rounded-lg border border-slate-300 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900">
      <p className="font-semibold">{t("title")}</p>
      <p className="mt-1">{t(reason)}</p>
      {known.length > 0 && (
        <>
          <p className="mt-3 font-medium">{t("known")}</p>
          <ul className="mt-1 list-disc pl-5">
            {known.map((k) => (
              <li key={k}>{k}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
