import { PageHeaderSkeleton } from "@/components/ui/page-header-skeleton";
import { ListSkeleton, TopicCardSkeleton, TotalsSkeleton } from "@/components/vetoes/skeletons";

export default function VetoesLoading() {
  return (
    <div className="space-y-6" aria-busy="true">
      <PageHeaderSkeleton />
      <div
        aria-hidden="true"
        className="h-[14rem] animate-pulse rounded-lg border border-slate-200 bg-slate-50 sm:h-[10.5rem] dark:border-slate-800 dark:bg-slate-900"
      />
      <TotalsSkeleton />
      <TopicCardSkeleton />
      <ListSkeleton />
    </div>
  );
}
