import { getLocale, getTranslations } from "next-intl/server";
import { getLatestVetoesCached } from "@/lib/queries/cached";
import type { YearRange } from "@/lib/queries/dashboard";
import type { VetoCount } from "@/lib/council/rules";
import { draftPath } from "@/lib/validations/draft-ref";
import { TallyText } from "@/components/outcome-badge";
import { membersInSentence } from "@/components/resolutions/names";
import { VoteDate } from "@/components/ui/vote-date";
import { RowLink } from "@/components/ui/row-link";
import { Card, periodQuery, SeeAllLink } from "./card";

// The latest vetoed drafts in the period, each linking to its page; the veto list has the rest.
export async function LatestVetoes({ period, count, limit = 5 }: { period: YearRange; count?: VetoCount; limit?: number }) {
  const [vetoes, t, locale] = await Promise.all([getLatestVetoesCached(limit, { ...period, count }), getTranslations("dashboard.vetoes"), getLocale()]);
  const hasPeriod = period.from !== undefined || period.to !== undefined;
  const query = periodQuery({ ...period, count: count === "drafts" ? count : undefined });
  return (
    <Card id="vetoes" title={hasPeriod ? t("headingPeriod", { from: period.from ?? "", to: period.to ?? "" }) : t("heading")} size="vetoes">
      {vetoes.length === 0 ? (
        <p className="mt-3 text-slate-600 dark:text-slate-400">{t("empty")}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {vetoes.map((v) => (
            <li key={v.ref} className="text-sm">
              <span className="flex items-baseline justify-between gap-3">
                <RowLink href={draftPath(v.ref)} className="font-medium text-sky-900 underline underline-offset-2 dark:text-sky-200">
                  {v.symbol ?? v.ref}
                </RowLink>
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  <VoteDate date={v.date} year={v.year} />
                </span>
              </span>
              <span className="block text-slate-700 dark:text-slate-300">
                {t("by", { members: membersInSentence(v.vetoedBy, locale) })} · <TallyText yes={v.yes} no={v.no} abstain={v.abstain} />
              </span>
              {v.title && (
                <span lang="en" className="line-clamp-1 block text-xs text-slate-600 dark:text-slate-400">
                  {v.title}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="mt-4 text-sm">
        <SeeAllLink pathname="/vetoes" query={query}>
          {t("all")}
        </SeeAllLink>
      </p>
    </Card>
  );
}
