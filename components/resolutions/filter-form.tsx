import { useLocale, useTranslations } from "next-intl";
import { localized, localizedLabel } from "@/lib/i18n-names";
import { SORTS, type DraftFilters } from "@/lib/validations/filters";
import type { MemberOption, TopicOption } from "@/lib/queries/options";
import { KINDS_OF_VOTE, VOTE_CASTS } from "@/lib/council/rules";
import { FIELD, INPUT, LABEL, SearchField, YearRangeFields } from "@/components/ui/filter-fields";

const HINT = "text-xs text-slate-600 dark:text-slate-400";
const OUTCOMES = ["adopted", "vetoed", "failed"] as const;

/** A labelled select (with an optional hint wired to aria-describedby); "" is the "any" option. */
function SelectField({
  name,
  label,
  hint,
  value,
  options,
}: {
  name: string;
  label: string;
  hint?: string;
  value: string | undefined;
  options: readonly (readonly [string, string])[];
}) {
  const id = `f-${name}`;
  return (
    <div className={FIELD}>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} aria-describedby={hint ? `${id}-hint` : undefined} className={INPUT}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className={HINT}>
          {hint}
        </p>
      )}
    </div>
  );
}

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
    <form
      method="get"
      action={action}
      role="search"
      aria-labelledby="draft-filter-legend"
      className="rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="draft-filter-legend" className="mb-3 text-base font-semibold">
        {t("legend")}
      </h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SearchField idPrefix="f" value={filters.q} label={t("q")} hint={t("qHint")} />
        <SelectField
          name="country"
          label={t("country")}
          value={filters.country}
          options={[["", t("anyCountry")], ...byName.map((m) => [m.code, localized(m, locale)] as const)]}
        />
        <SelectField
          name="vote"
          label={t("vote")}
          hint={t("voteHint")}
          value={filters.vote}
          options={[["", t("anyVote")], ...VOTE_CASTS.map((v) => [v, tc(`vote.${v}`)] as const)]}
        />
        <SelectField
          name="vetoedBy"
          label={t("vetoedBy")}
          value={filters.vetoedBy}
          options={[["", t("anyVetoer")], ...vetoers.map((m) => [m.code, localized(m, locale)] as const)]}
        />
        <SelectField
          name="topic"
          label={t("topic")}
          value={filters.topic}
          options={[["", t("anyTopic")], ...sortedTopics.map((x) => [x.slug, localizedLabel(x, locale)] as const)]}
        />
        <SelectField
          name="outcome"
          label={t("outcome")}
          value={filters.outcome}
          options={[["", t("anyOutcome")], ...OUTCOMES.map((o) => [o, tc(`outcome.${o.toUpperCase() as Uppercase<typeof o>}`)] as const)]}
        />
        <SelectField
          name="kind"
          label={t("kind")}
          value={filters.kind}
          options={[["", t("anyKind")], ...KINDS_OF_VOTE.map((k) => [k, tc(`kindOfVote.${k}`)] as const)]}
        />
        <YearRangeFields idPrefix="f" from={filters.from} to={filters.to} labels={{ from: t("from"), to: t("to") }} />
        <SelectField name="sort" label={t("sort")} value={filters.sort ?? "relevance"} options={SORTS.map((x) => [x, t(`sortOptions.${x}`)] as const)} />
      </div>
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
