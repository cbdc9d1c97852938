import { getTranslations } from "next-intl/server";
import { getLatestVotesCached } from "@/lib/queries/cached";
import type { YearRange } from "@/lib/queries/dashboard";
import { draftPath } from "@/lib/validations/draft-ref";
import { OutcomeBadge, TallyText } from "@/components/outcome-badge";
import { VoteDate } from "@/components/ui/vote-date";
import { Card, periodQuery, SeeAllLink } from "./card";
import { RowLink } from "@/components/ui/row-link";
import { FeedLink } from "@/components/ui/feed-link";

export async function LatestVotes({ period, count = 8 }: { period: YearRange; count?: number }) {
  const [votes, t] = await Promise.all([getLatestVotesCached(count, period), getTranslations("dashboard.latest")]);
  const hasPeriod = period.from !== undefined || period.to !== undefined;
  return (
    <Card id="latest" title={hasPeriod ? t("headingPeriod", { from: period.from ?? "", to: period.to ?? "" }) : t("heading")} size="latest">
      {votes.length === 0 ? (
        <p className="mt-3 text-slate-600 dark:text-slate-400">{hasPeriod ? t("emptyPeriod") : t("empty")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-left dark:border-slate-700">
                <th scope="col" className="hidden py-1.5 pr-3 font-medium sm:table-cell">
                  {t("date")}
                </th>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  {t("draft")}
                </th>
                <th scope="col" className="hidden py-1.5 pr-3 font-medium md:table-cell">
                  {t("title")}
                </th>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  {t("outcome")}
                </th>
                <th scope="col" className="py-1.5 text-right font-medium">
                  {t("tally")}
                  <span className="sr-only"> ({t("tallyHint")})</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {votes.map((v) => (
                <tr key={v.ref} className="border-b border-slate-100 align-top dark:border-slate-800">
                  <td className="hidden py-2 pr-3 sm:table-cell">
                    <VoteDate date={v.date} year={v.year} />
                  </td>
                  <td className="py-2 pr-3">
                    <RowLink href={draftPath(v.ref)} className="font-medium text-sky-900 underline underline-offset-2 dark:text-sky-200">
                      {v.symbol ?? v.ref}
                    </RowLink>
                    <span className="block text-xs text-slate-600 sm:hidden dark:text-slate-400">
                      <VoteDate date={v.date} year={v.year} />
                    </span>
                    {v.resolutionNumber !== null && (
                      <span className="block text-xs text-slate-600 dark:text-slate-400">{t("resolution", { number: v.resolutionNumber })}</span>
                    )}
                  </td>
                  <td className="hidden py-2 pr-3 md:table-cell">
                    <span lang="en" className="line-clamp-2">
                      {v.title ?? "—"}
                    </span>
                  </td>
                  <td className="whitespace-nowrap py-2 pr-3">
                    <OutcomeBadge outcome={v.outcome} />
                  </td>
                  <td className="whitespace-nowrap py-2 text-right" title={t("tallyHint")}>
                    <TallyText yes={v.yes} no={v.no} abstain={v.abstain} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-3 text-sm">
        <SeeAllLink pathname="/resolutions" query={periodQuery(period)}>
          {t("all")}
        </SeeAllLink>
      </p>
      <FeedLink kind={{ kind: "votes" }} className="mt-1" />
    </Card>
  );
}
