import { getVetoFilterOptionsCached } from "@/lib/queries/cached";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { filtersToSearch, parseDraftFilters } from "@/lib/validations/filters";
import { VETO_FILTER_NAMES, type VetoFilters } from "@/lib/queries/vetoes";
import { FilterNotices } from "@/components/ui/filter-notices";
import { VetoFilterForm } from "@/components/vetoes/veto-filter-form";
import { ActiveFilters } from "@/components/resolutions/active-filters";
import { VetoTotals } from "@/components/vetoes/veto-totals";
import { VetoTopicCard } from "@/components/vetoes/veto-topic-card";
import { VetoList } from "@/components/vetoes/veto-list";
import { ListSkeleton, TopicCardSkeleton, TotalsSkeleton } from "@/components/vetoes/skeletons";
import { PageHeader } from "@/components/ui/page-header";
import { VetoCountSwitch } from "@/components/vetoes/veto-count";

/** The veto page for a set of query parameters (empty: the default view, rendered statically). */
export async function VetoesView({ locale, searchParams }: { locale: string; searchParams: Record<string, string | string[] | undefined> }) {
  const { filters, notices } = parseDraftFilters(searchParams, VETO_FILTER_NAMES);
  const vetoFilters = filters as VetoFilters;
  const [t, options] = await Promise.all([getTranslations("vetoes"), getVetoFilterOptionsCached()]);
  const key = JSON.stringify(vetoFilters);

  return (
    <div className="space-y-6">
      <PageHeader heading={t("heading")} intro={t("intro")} />
      <FilterNotices notices={notices} />
      <VetoFilterForm action={getPathname({ href: "/vetoes", locale })} filters={vetoFilters} options={options} />
      <ActiveFilters path="/vetoes" filters={vetoFilters} members={options.members} topics={options.topics} heading={t("active")} />
      {/* The other way of counting, with every other filter kept (back to page 1). */}
      <VetoCountSwitch
        count={vetoFilters.count}
        hrefFor={(c) => `/vetoes${filtersToSearch(vetoFilters, { count: c === "library" ? undefined : c, page: undefined })}`}
      />

      <Suspense key={`totals-${key}`} fallback={<TotalsSkeleton />}>
        <VetoTotals filters={vetoFilters} />
      </Suspense>
      <Suspense key={`topics-${key}`} fallback={<TopicCardSkeleton />}>
        <VetoTopicCard filters={vetoFilters} members={options.members} />
      </Suspense>
      <Suspense key={`list-${key}`} fallback={<ListSkeleton />}>
        <VetoList filters={vetoFilters} options={options} />
      </Suspense>
    </div>
  );
}
