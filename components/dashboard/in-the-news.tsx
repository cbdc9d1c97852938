import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getInTheNewsCached } from "@/lib/queries/cached";
import type { YearRange } from "@/lib/queries/dashboard";
import { draftPath } from "@/lib/validations/draft-ref";
import { Link } from "@/i18n/navigation";
import { OutcomeBadge } from "@/components/outcome-badge";
import { isoToDate, membersInSentence } from "@/components/resolutions/names";
import { Card } from "./card";

// The vote the seed article reports (S/2024/255), with the article's title and outlet in the
// reader's language, and a link to the vote's page with the UN record.
// With a period that leaves the vote out, the card is not shown (every card obeys the period).
export async function InTheNews({ period }: { period: YearRange }) {
  const locale = await getLocale();
  const [item, t, format] = await Promise.all([getInTheNewsCached(locale, period), getTranslations("dashboard.news"), getFormatter()]);
  if (!item && (period.from !== undefined || period.to !== undefined)) return null;
  if (!item) {
    return (
      <Card id="news" title={t("heading")} size="news">
        <p className="mt-3 text-slate-600 dark:text-slate-400">{t("missing")}</p>
      </Card>
    );
  }
  const values = {
    date: item.date ? format.dateTime(isoToDate(item.date), { dateStyle: "long" }) : "—",
    members: membersInSentence(item.vetoedBy, locale),
    symbol: item.symbol ?? item.ref,
    meeting: item.meeting ?? "",
    yes: item.yes ?? "—",
    no: item.no ?? "—",
    abstain: item.abstain ?? "—",
  };
  return (
    <Card id="news" title={t("heading")} size="news" className="border-l-4 border-l-red-700 dark:border-l-red-400">
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <OutcomeBadge outcome={item.outcome} />
        <span className="font-mono text-sm">{item.symbol ?? item.ref}</span>
      </div>
      {item.article && (
        <blockquote lang={item.article.language} className="mt-3 border-l-2 border-slate-300 pl-3 text-base font-medium dark:border-slate-600">
          <p>
            {item.article.url ? (
              <a href={item.article.url} className="underline underline-offset-2" rel="noopener noreferrer">
                {item.article.title}
              </a>
            ) : (
              item.article.title
            )}
          </p>
          {item.article.outlet && (
            <footer className="mt-1 text-sm font-normal text-slate-600 dark:text-slate-400">— {t("reportedBy", { outlet: item.article.outlet })}</footer>
          )}
        </blockquote>
      )}
      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">{item.meeting ? t("summary", values) : t("summaryNoMeeting", values)}</p>
      <p className="mt-3 text-sm">
        <Link href={draftPath(item.ref)} className="font-medium text-sky-900 underline underline-offset-2 dark:text-sky-200">
          {t("open")} <span aria-hidden="true">→</span>
        </Link>
      </p>
    </Card>
  );
}
