import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { draftPath } from "@/lib/validations/draft-ref";
import type { StatedTally } from "@/lib/draft-record";
import type { MemberName } from "@/lib/queries/drafts";
import type { DraftDetail } from "@/lib/queries/draft-detail";
import { membersInSentence } from "./names";

/** Who vetoed: the veto rows, or (when a grid exists but no veto row) the permanent members voting against. */
export function vetoingMembers(d: Pick<DraftDetail, "vetoes" | "votes" | "outcome">): MemberName[] {
  if (d.vetoes.length > 0 || d.outcome !== "VETOED") return d.vetoes;
  return d.votes.filter((v) => v.permanent && v.vote === "N");
}

/**
 * The tally a draft's page leads with: the UN's stated tally where there is one (when it and the
 * member votes disagree, the UN's figure is the one shown), else the recorded counts.
 */
export function headlineTally(d: Pick<DraftDetail, "statedTally" | "tally">): StatedTally | null {
  return d.statedTally ?? d.tally;
}

/** The outcome in words: "Not adopted: 13 in favour, 9 needed, but vetoed by the Russian Federation." */
export function OutcomeSummary({ draft }: { draft: DraftDetail }) {
  const tc = useTranslations("common");
  const t = useTranslations("resolutions.detail");
  const locale = useLocale();
  const vetoers = vetoingMembers(draft);
  const members = membersInSentence(vetoers, locale);
  const tally = headlineTally(draft);
  let sentence: string;
  if (tally && (draft.outcome !== "VETOED" || vetoers.length > 0)) {
    sentence = tc(`outcomeLong.${draft.outcome}`, { yes: tally.yes, required: draft.required, members });
  } else if (draft.outcome === "VETOED" && vetoers.length === 0) {
    sentence = t("outcomeNoTally.VETOED_UNKNOWN");
  } else {
    sentence = t(`outcomeNoTally.${draft.outcome}`, { members });
  }
  return (
    <div className="space-y-1">
      <p className="text-lg font-medium">{sentence}</p>
      {draft.procedural && (
        <p className="text-slate-700 dark:text-slate-300">
          {t("outcomeProcedural", { required: draft.required, era: draft.required === 7 ? "before1966" : "from1966" })}
        </p>
      )}
      {draft.parent && (
        <p className="text-slate-700 dark:text-slate-300">
          {t.rich("amendmentOf", {
            object: draft.objectOfVote,
            ref: draft.parent.symbol ?? draft.parent.ref,
            link: (chunks) => (
              <Link href={draftPath(draft.parent!.ref)} className="text-sky-900 underline underline-offset-2 dark:text-sky-200">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </div>
  );
}
