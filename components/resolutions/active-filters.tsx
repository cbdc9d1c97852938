import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { localized, localizedLabel } from "@/lib/i18n-names";
import { filtersToSearch, type DraftFilters, type FilterName } from "@/lib/validations/filters";
import type { MemberOption, TopicOption } from "@/lib/queries/options";

const CHIP_FILTERS = ["q", "country", "vote", "vetoedBy", "topic", "from", "to", "outcome", "kind"] as const satisfies readonly FilterName[];
type ChipFilter = (typeof CHIP_FILTERS)[number];

/** The link that drops one filter (and the vote with its country, which it needs); back to page 1. */
export function hrefWithout(path: string, filters: DraftFilters, name: ChipFilter): string {
  const overrides: Partial<Record<FilterName, undefined>> = { [name]: undefined, page: undefined };
  if (name === "country") overrides.vote = undefined;
  return `${path}${filtersToSearch(filters, overrides)}`;
}

export function hasChipFilters(filters: DraftFilters): boolean {
  return CHIP_FILTERS.some((n) => filters[n] !== undefined);
}

// Active filters as removable chips: shown above the results and, when nothing matches, as the
// list of filters to loosen.
export function ActiveFilters({
  path,
  filters,
  members,
  topics,
  heading,
}: {
  path: string;
  filters: DraftFilters;
  members: MemberOption[];
  topics: TopicOption[];
  heading: string;
}) {
  const t = useTranslations("resolutions.list");
  const tc = useTranslations("common");
  const locale = useLocale();
  const memberName = (code: string) => {
    const m = members.find((x) => x.code === code);
    return m ? localized(m, locale) : code;
  };
  const valueOf = (name: ChipFilter): string => {
    const v = filters[name];
    switch (name) {
      case "country":
      case "vetoedBy":
        return memberName(String(v));
      case "vote":
        return tc(`vote.${filters.vote!}`);
      case "topic": {
        const topic = topics.find((x) => x.slug === v);
        return topic ? localizedLabel(topic, locale) : String(v);
      }
      case "outcome":
        return tc(`outcome.${filters.outcome!.toUpperCase() as "ADOPTED" | "VETOED" | "FAILED"}`);
      case "kind":
        return tc(`kindOfVote.${filters.kind!}`);
      default:
        return String(v);
    }
  };
  const active = CHIP_FILTERS.filter((n) => filters[n] !== undefined);
  if (active.length === 0) return null;
  return (
    <div>
      <p id="active-filters-heading" className="text-sm font-medium">
        {heading}
      </p>
      <ul aria-labelledby="active-filters-heading" className="mt-2 flex flex-wrap gap-2">
        {active.map((name) => {
          const label = t(`chip.${name}`, { value: valueOf(name) });
          return (
            <li key={name}>
              <Link
                href={hrefWithout(path, filters, name)}
                aria-label={t("remove", { filter: label })}
                className={
                  "inline-flex items-center gap-1.5 rounded-full bg-sky-100 px-3 py-1 text-sm text-sky-950 " +
                  "ring-1 ring-inset ring-sky-700/30 hover:bg-sky-200 " +
                  "dark:bg-sky-950 dark:text-sky-100 dark:hover:bg-sky-900"
                }
              >
                {label}
                <span aria-hidden="true" className="font-bold">
                  ×
                </span>
              </Link>
            </li>
          );
        })}
        {active.length > 1 && (
          <li>
            {/* The veto views' way of counting is a setting, not a filter: clearing keeps it. */}
            <Link
              href={`${path}${filtersToSearch({ count: filters.count })}`}
              className="inline-flex items-center rounded-full px-3 py-1 text-sm text-sky-900 underline underline-offset-2 dark:text-sky-200"
            >
              {t("clearAll")}
            </Link>
          </li>
        )}
      </ul>
    </div>
  );
}
