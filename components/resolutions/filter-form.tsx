import { useLocale, useTranslations } from "next-intl";
import { localized, localizedLabel } from "@/lib/i18n-names";
import { maxYear, MIN_YEAR, type DraftFilters } from "@/lib/validations/filters";
import type { MemberOption, TopicOption } from "@/lib/queries/drafts";
import { VOTE_CASTS } from "@/lib/council/rules";

const FIELD = "flex flex-col gap-1 text-sm";
const LABEL = "font-medium text-slate-800 dark:text-slate-200";
const INPUT =
  "w-full rounded-md border border-slate-300 bg-white px-2.5 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";
const HINT = "text-xs text-slate-600 dark:text-slate-400";

// A plain GET form: the filters land in the query string, so it works without JavaScript and
// every result has a shareable address. Submitting starts again at page 1.
export function DraftFilterForm({
  action,
  filters,
  members,
  topics,
}: {
  action: string;
  filters: DraftFilters;
  members: MemberOption[];
  topics: TopicOption[];
}) {
  const t = useTranslations("resolutions.form");
  const tc = useTranslations("common");
  const locale = useLocale();
  const collator = new Intl.Collator(locale);
  const byName = [...members].sort((a, b) => collator.compare(localized(a, locale), localized(b, locale)));
  const vetoers = byName.filter((m) => m.permanent);
  const sortedTopics = [...topics].sort((a, b) => collator.compare(localizedLabel(a, locale), localizedLabel(b, locale)));

  return (
    <form method="get" action={action} role="search" aria-labelledby="draft-filter-legend"
      className="rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="draft-filter-legend" className="mb-3 text-base font-semibold">{t("legend")}</h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className={`${FIELD} sm:col-span-2`}>
          <label htmlFor="f-q" className={LABEL}>{t("q")}</label>
          <input id="f-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={200} aria-describedby="f-q-hint" className={INPUT} />
          <p id="f-q-hint" className={HINT}>{t("qHint")}</p>
        </div>
        <div className={FIELD}>
          <label htmlFor="f-country" className={LABEL}>{t("country")}</label>
          <select id="f-country" name="country" defaultValue={filters.country ?? ""} className={INPUT}>
            <option value="">{t("anyCountry")}</option>
            {byName.map((m) => (
              <option key={m.code} value={m.code}>{localized(m, locale)}</option>
            ))}
          </select>
        </div>
        <div className={FIELD}>
          <label htmlFor="f-vote" className={LABEL}>{t("vote")}</label>
          <select id="f-vote" name="vote" defaultValue={filters.vote ?? ""} aria-describedby="f-vote-hint" className={INPUT}>
            <option value="">{t("anyVote")}</option>
            {VOTE_CASTS.map((v) => (
              <option key={v} value={v}>{tc(`vote.${v}`)}</option>
            ))}
          </select>
          <p id="f-vote-hint" className={HINT}>{t("voteHint")}</p>
        </div>
        <div className={FIELD}>
          <label htmlFor="f-vetoedBy" className={LABEL}>{t("vetoedBy")}</label>
          <select id="f-vetoedBy" name="vetoedBy" defaultValue={filters.vetoedBy ?? ""} className={INPUT}>
            <option value="">{t("anyVetoer")}</option>
            {vetoers.map((m) => (
              <option key={m.code} value={m.code}>{localized(m, locale)}</option>
            ))}
          </select>
        </div>
        <div className={FIELD}>
          <label htmlFor="f-topic" className={LABEL}>{t("topic")}</label>
          <select id="f-topic" name="topic" defaultValue={filters.topic ?? ""} className={INPUT}>
            <option value="">{t("anyTopic")}</option>
            {sortedTopics.map((topic) => (
              <option key={topic.slug} value={topic.slug}>{localizedLabel(topic, locale)}</option>
            ))}
          </select>
        </div>
        <div className={FIELD}>
          <label htmlFor="f-outcome" className={LABEL}>{t("outcome")}</label>
          <select id="f-outcome" name="outcome" defaultValue={filters.outcome ?? ""} className={INPUT}>
            <option value="">{t("anyOutcome")}</option>
            {(["adopted", "vetoed", "failed"] as const).map((o) => (
              <option key={o} value={o}>{tc(`outcome.${o.toUpperCase() as "ADOPTED" | "VETOED" | "FAILED"}`)}</option>
            ))}
          </select>
        </div>
        <div className="grid grid-cols-2 gap-3">
          <div className={FIELD}>
            <label htmlFor="f-from" className={LABEL}>{t("from")}</label>
            <input id="f-from" name="from" type="number" inputMode="numeric" min={MIN_YEAR} max={maxYear()} defaultValue={filters.from ?? ""} className={INPUT} />
          </div>
          <div className={FIELD}>
            <label htmlFor="f-to" className={LABEL}>{t("to")}</label>
            <input id="f-to" name="to" type="number" inputMode="numeric" min={MIN_YEAR} max={maxYear()} defaultValue={filters.to ?? ""} className={INPUT} />
          </div>
        </div>
        <div className={FIELD}>
          <label htmlFor="f-sort" className={LABEL}>{t("sort")}</label>
          <select id="f-sort" name="sort" defaultValue={filters.sort ?? "date-desc"} className={INPUT}>
            {(["date-desc", "date-asc", "symbol"] as const).map((s) => (
              <option key={s} value={s}>{t(`sortOptions.${s}`)}</option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-md bg-sky-800 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-900 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200">
          {t("submit")}
        </button>
        <a href={action} className="text-sm text-sky-900 underline underline-offset-2 dark:text-sky-200">{t("reset")}</a>
      </div>
    </form>
  );
}
