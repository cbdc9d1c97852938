import type { ReactNode } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { localized, localizedLabel } from "@/lib/i18n-names";
import type { DraftDetail } from "@/lib/queries/draft-detail";
import { isoToDate, undocsUrl } from "./names";
import { displayYear } from "@/lib/years";

const LINK = "text-sky-900 underline underline-offset-2 hover:no-underline dark:text-sky-200";

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-1 py-2 sm:grid-cols-3 sm:gap-4">
      <dt className="font-medium text-slate-700 dark:text-slate-300">{term}</dt>
      <dd className="sm:col-span-2">{children}</dd>
    </div>
  );
}

/** Date, meeting and its press releases, symbols, object of the vote, procedural or not, topics, penholders, UN documents. */
export function DraftFacts({ draft }: { draft: DraftDetail }) {
  const t = useTranslations("resolutions.detail");
  const format = useFormatter();
  const locale = useLocale();
  const none = <span className="text-slate-600 dark:text-slate-400">{t("none")}</span>;
  const docs: { href: string; label: string }[] = [];
  if (draft.symbol) docs.push({ href: undocsUrl(draft.symbol), label: t("docDraft", { symbol: draft.symbol }) });
  if (draft.meeting) docs.push({ href: undocsUrl(draft.meeting.record), label: t("docMeeting", { record: draft.meeting.record }) });
  if (draft.resolutionSymbol) docs.push({ href: undocsUrl(draft.resolutionSymbol), label: t("docResolution", { symbol: draft.resolutionSymbol }) });
  if (draft.undlId) docs.push({ href: `https://digitallibrary.un.org/record/${encodeURIComponent(draft.undlId)}`, label: t("docVotingRecord") });

  return (
    <dl className="divide-y divide-slate-200 dark:divide-slate-800">
      <Row term={t("date")}>
        {draft.date ? (
          <time dateTime={draft.date}>{format.dateTime(isoToDate(draft.date), { dateStyle: "full" })}</time>
        ) : (
          t("dateUnknown", { year: displayYear(draft.year, locale) })
        )}
      </Row>
      <Row term={t("meeting")}>
        {draft.meeting ? (
          <>
            <a href={undocsUrl(draft.meeting.record)} className={LINK}>
              {draft.meeting.record}
            </a>
            {draft.meeting.date && draft.meeting.date !== draft.date && (
              <>
                {" "}
                · <time dateTime={draft.meeting.date}>{format.dateTime(isoToDate(draft.meeting.date), { dateStyle: "medium" })}</time>
              </>
            )}
          </>
        ) : (
          t("noMeeting")
        )}
      </Row>
      {draft.meeting && draft.meeting.pressReleases.length > 0 && (
        <Row term={t("pressRelease")}>
          {draft.meeting.pressReleases.map((p, i) => (
            <span key={p.symbol}>
              {i > 0 && ", "}
              {p.url ? (
                <a href={p.url} className={LINK}>
                  {p.symbol}
                </a>
              ) : (
                p.symbol
              )}
            </span>
          ))}
        </Row>
      )}
      <Row term={t("draftSymbol")}>
        {draft.symbol ?? (
          <span className="text-slate-700 dark:text-slate-300">
            {draft.ref === draft.resolutionSymbol ? t("noSymbolResolution") : t("noSymbol", { ref: draft.ref })}
          </span>
        )}
      </Row>
      {draft.resolutionSymbol && <Row term={t("resolution")}>{draft.resolutionSymbol}</Row>}
      <Row term={t("objectOfVote")}>{t(`objects.${draft.objectOfVote}`)}</Row>
      <Row term={t("procedural")}>{draft.procedural ? t("proceduralYes") : t("proceduralNo")}</Row>
      {draft.agendaItem && (
        <Row term={t("agendaItem")}>
          <span lang="en">{draft.agendaItem}</span>
        </Row>
      )}
      <Row term={t("topics")}>
        {draft.topics.length === 0 ? (
          none
        ) : (
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {draft.topics.map((topic) => (
              <li key={topic.slug}>
                <Link href={`/topics/${topic.slug}`} className={LINK}>
                  {localizedLabel(topic, locale)}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Row>
      <Row term={t("penholders")}>{draft.penholders.length === 0 ? none : draft.penholders.map((p) => localized(p, locale)).join(", ")}</Row>
      <Row term={t("documents")}>
        {docs.length === 0 ? (
          none
        ) : (
          <ul className="space-y-1">
            {docs.map((d) => (
              <li key={d.href}>
                <a href={d.href} className={LINK}>
                  {d.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </Row>
    </dl>
  );
}
