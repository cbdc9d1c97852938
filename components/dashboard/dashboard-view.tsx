import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { parseDraftFilters } from "@/lib/validations/filters";
import { parseHistoryView } from "@/lib/validations/vetoes";
import { FilterNotices } from "@/components/ui/filter-notices";
import { CardSkeleton } from "@/components/dashboard/card";
import { HeadlineFigures } from "@/components/dashboard/headline-figures";
import { VetoHistoryCard } from "@/components/dashboard/veto-history-card";
import { LatestVotes } from "@/components/dashboard/latest-votes";
import { LatestVetoes } from "@/components/dashboard/latest-vetoes";
import { MostVetoedTopics } from "@/components/dashboard/most-vetoed-topics";
import { InTheNews } from "@/components/dashboard/in-the-news";
import { PeriodForm } from "@/components/dashboard/period-form";
import { PageHeader } from "@/components/ui/page-header";
import { VetoCountSwitch } from "@/components/vetoes/veto-count";
import { dashboardQuery } from "@/components/dashboard/veto-history-links";

/** The dashboard for a set of query parameters (empty: the default view, rendered statically). */
export async function DashboardView({ locale, searchParams }: { locale: string; searchParams: Record<string, string | string[] | undefined> }) {
  const sp = searchParams;
  const {
    filters: { count, ...period },
    notices,
  } = parseDraftFilters(sp, ["from", "to", "count"]);
  const { view, by, notices: viewNotices } = parseHistoryView(sp);
  const t = await getTranslations("dashboard");
  // Cards re-suspend when the settings they depend on change.
  const periodKey = `${period.from ?? ""}-${period.to ?? ""}-${count ?? ""}`;

  return (
    <div className="space-y-6">
      <PageHeader heading={t("heading")} intro={t("intro")} />
      <FilterNotices notices={[...notices, ...viewNotices]} />
      <PeriodForm from={period.from} to={period.to} view={view} by={by} count={count} action={getPathname({ href: "/", locale })} />
      <VetoCountSwitch count={count} hrefFor={(c) => ({ pathname: "/", query: dashboardQuery({ ...period, view, by, count: c }) })} note={false} />

      <Suspense key={`headline-${periodKey}`} fallback={<CardSkeleton size="headline" lines={9} />}>
        <HeadlineFigures period={period} count={count} />
      </Suspense>

      <Suspense key={`news-${periodKey}`} fallback={<CardSkeleton size="news" lines={5} />}>
        <InTheNews period={period} />
      </Suspense>

      <Suspense key={`history-${periodKey}-${view}-${by}`} fallback={<CardSkeleton size="history" lines={4} />}>
        <VetoHistoryCard period={period} view={view} by={by} count={count} />
      </Suspense>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Suspense key={`latest-${periodKey}`} fallback={<CardSkeleton size="latest" lines={8} />}>
            <LatestVotes period={period} />
          </Suspense>
        </div>
        <div className="space-y-6">
          <Suspense key={`vetoes-${periodKey}`} fallback={<CardSkeleton size="vetoes" lines={5} />}>
            <LatestVetoes period={period} count={count} />
          </Suspense>
          <Suspense key={`topics-${periodKey}`} fallback={<CardSkeleton size="topics" lines={8} />}>
            <MostVetoedTopics period={period} count={count} />
          </Suspense>
        </div>
      </div>
    </div>
  );
}
