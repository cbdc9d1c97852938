import { PageHeaderSkeleton } from "@/components/ui/page-header-skeleton";
import { CardSkeleton } from "@/components/dashboard/card";

// The dashboard's shape while its first data arrives: title, period form, then the cards.
export default function DashboardLoading() {
  return (
    <div className="space-y-6" aria-busy="true">
      <PageHeaderSkeleton />
      <div aria-hidden="true" className="h-[4.75rem] animate-pulse rounded-lg border border-slate-200 dark:border-slate-800" />
      <CardSkeleton size="headline" lines={9} />
      <CardSkeleton size="news" lines={5} />
      <CardSkeleton size="history" lines={4} />
      <div className="grid gap-6 lg:grid-cols-3">
        <CardSkeleton size="latest" lines={8} className="lg:col-span-2" />
        <CardSkeleton size="topics" lines={8} />
      </div>
    </div>
  );
}
