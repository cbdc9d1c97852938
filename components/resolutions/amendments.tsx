import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { OutcomeBadge } from "@/components/outcome-badge";
import { draftPath } from "@/lib/validations/draft-ref";
import type { DraftAmendment } from "@/lib/queries/draft-detail";
import { isoToDate, membersInSentence } from "./names";

/** The votes on a draft's amendments and separately voted parts, each with its outcome and tally. */
export function Amendments({ amendments }: { amendments: DraftAmendment[] }) {
  const t = useTranslations("resolutions.detail");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {amendments.map((a) => (
        <li key={a.ref} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
          <Link href={draftPath(a.ref)} className="font-medium text-sky-900 underline underline-offset-2 dark:text-sky-200">
            {a.symbol ?? a.ref}
          </Link>
          <span className="text-slate-700 dark:text-slate-300">{t(`objects.${a.objectOfVote}`)}</span>
          <OutcomeBadge outcome={a.outcome} />
          <span className="text-sm text-slate-700 dark:text-slate-300">
            {[
              a.date ? format.dateTime(isoToDate(a.date), { dateStyle: "medium" }) : null,
              a.tally ? t("amendmentTally", { ...a.tally }) : t("amendmentNoTally"),
              a.vetoes.length > 0 ? t("amendmentVetoedBy", { members: membersInSentence(a.vetoes, locale) }) : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </span>
        </li>
      ))}
    </ul>
  );
}
