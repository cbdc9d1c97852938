import { useLocale, useTranslations } from "next-intl";
import { localized, localizedLabel } from "@/lib/i18n-names";
import { MAX_COMPARED, type CompareParams } from "@/lib/validations/compare";
import type { MemberOption, TopicOption } from "@/lib/queries/options";
import { FIELD, INPUT, LABEL, YearRangeFields } from "@/components/ui/filter-fields";

const OUTCOMES = ["adopted", "vetoed", "failed"] as const;

// A plain GET form (works without JavaScript): one `members` field per choice, which the page reads
// together with the comma-separated `members=RUS,USA` of links. Submitting starts again at page 1.
export function CompareForm({
  action,
  params,
  members,
  topics,
}: {
  /** /compare in the reader's language (getPathname). */
  action: string;
  params: CompareParams;
  members: MemberOption[];
  topics: TopicOption[];
}) {
  const t = useTranslations("countries.compare.form");
  const tc = useTranslations("common");
  const locale = useLocale();
  const collator = new Intl.Collator(locale);
  const byName = [...members].sort((a, b) => collator.compare(localized(a, locale), localized(b, locale)));
  const sortedTopics = [...topics].sort((a, b) => collator.compare(localizedLabel(a, locale), localizedLabel(b, locale)));
  const select = (id: string, name: string, label: string, value: string | undefined, options: readonly (readonly [string, string])[]) => (
    <div key={id} className={FIELD}>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={INPUT}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  const memberOptions = [["", t("noMember")] as const, ...byName.map((m) => [m.code, localized(m, locale)] as const)];
  return (
    <form
      method="get"
      action={action}
      aria-labelledby="compare-form-legend"
      className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="compare-form-legend" className="mb-3 text-base font-semibold">
        {t("legend")}
      </h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {Array.from({ length: MAX_COMPARED }, (_, i) => select(`c-member-${i + 1}`, "members", t("member", { n: i + 1 }), params.members[i], memberOptions))}
        <YearRangeFields idPrefix="c" from={params.filters.from} to={params.filters.to} labels={{ from: t("from"), to: t("to") }} />
        {select("c-topic", "topic", t("topic"), params.filters.topic, [
          ["", t("anyTopic")],
          ...sortedTopics.map((x) => [x.slug, localizedLabel(x, locale)] as const),
        ])}
        {select("c-outcome", "outcome", t("outcome"), params.filters.outcome, [
          ["", t("anyOutcome")],
          ...OUTCOMES.map((o) => [o, tc(`outcome.${o.toUpperCase() as Uppercase<typeof o>}`)] as const),
        ])}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="contested" value="1" defaultChecked={params.contested} className="size-4" />
          {t("contested")}
        </label>
        <button
          type="submit"
          className="rounded-md bg-sky-800 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-900 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200"
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
