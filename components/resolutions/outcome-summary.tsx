import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { draftPath } from "@/lib/validations/draft-ref";
import type { DraftDetail } from "@/lib/queries/draft-detail";
import { explainDraft, explanationSentences } from "./explanation";

export { headlineTally, vetoingMembers } from "./explanation";

/** The outcome in words: "Not adopted: 13 in favour, 9 needed, but vetoed by the Russian Federation." and why. */
export function OutcomeSummary({ draft }: { draft: DraftDetail }) {
  const tc = useTranslations("common");
  const t = useTranslations("resolutions.detail");
  const locale = useLocale();
  const { headline, notes } = explanationSentences(explainDraft(draft), tc, locale);
  return (
    <div className="space-y-1">
      <p className="text-lg font-medium">{headline}</p>
      {notes.map((note) => (
        <p key={note} className="text-slate-700 dark:text-slate-300">
          {note}
        </p>
      ))}
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
