import { useLocale, useTranslations } from "next-intl";
import { localized, localizedLabel } from "@/lib/i18n-names";
import type { VetoFilterOptions, VetoFilters } from "@/lib/queries/vetoes";
import { SORTS } from "@/lib/validations/filters";
import { FIELD, INPUT, LABEL, SearchField, YearRangeFields } from "@/components/ui/filter-fields";

// A plain GET form (works without JavaScript); submitting starts again at page 1.
export function VetoFilterForm({ action, filters, options }: { action: string; filters: VetoFilters; options: VetoFilterOptions }) {
  const t = useTranslations("vetoes.form");
  const locale = useLocale();
  const collator = new Intl.Collator(locale);
  const members = [...options.members].sort((a, b) => collator.compare(localized(a, locale), localized(b, locale)));
  const topics = [...options.topics].sort((a, b) => collator.compare(localizedLabel(a, locale), localizedLabel(b, locale)));
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-labelledby="veto-filter-legend"
      className="rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="veto-filter-legend" className="mb-3 text-base font-semibold">
        {t("legend")}
      </h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-6">
        <SearchField idPrefix="v" value={filters.q} label={t("q")} hint={t("qHint")} />
        <div className={FIELD}>
          <label htmlFor="v-vetoedBy" className={LABEL}>
            {t("vetoedBy")}
          </label>
          <select id="v-vetoedBy" name="vetoedBy" defaultValue={filters.vetoedBy ?? ""} className={INPUT}>
            <option value="">{t("anyMember")}</option>
            {members.map((m) => (
              <option key={m.code} value={m.code}>
                {localized(m, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className={FIELD}>
          <label htmlFor="v-topic" className={LABEL}>
            {t("topic")}
          </label>
          <select id="v-topic" name="topic" defaultValue={filters.topic ?? ""} className={INPUT}>
            <option value="">{t("anyTopic")}</option>
            {topics.map((topic) => (
              <option key={topic.slug} value={topic.slug}>
                {localizedLabel(topic, locale)}
              </option>
            ))}
          </select>
        </div>
        <YearRangeFields idPrefix="v" from={filters.from} to={filters.to} labels={{ from: t("from"), to: t("to") }} />
        <div className={FIELD}>
          <label htmlFor="v-sort" className={LABEL}>
            {t("sort")}
          </label>
          <select id="v-sort" name="sort" defaultValue={filters.sort ?? "relevance"} className={INPUT}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sortOptions.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {/* The way of counting is chosen with the switch below the form; filtering keeps it. */}
      {filters.count && filters.count !== "library" && <input type="hidden" name="count" value={filters.count} />}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className={
            "rounded-md bg-sky-800 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-900 " + "dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200"
          }
        >
          {t("submit")}
        </button>
        <a href={action} className="text-sm text-sky-900 underline underline-offset-2 dark:text-sky-200">
          {t("reset")}
        </a>
      </div>
    </form>
  );
}
