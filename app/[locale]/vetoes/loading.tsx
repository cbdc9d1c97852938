import { useTranslations } from "next-intl";
import { ListSkeleton, TopicCardSkeleton, TotalsSkeleton } from "@/components/vetoes/skeletons";

export default function VetoesLoading() {
  const t = useTranslations("common");
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" className="sr-only">{t("loading")}</p>
      <div aria-hidden="true" className="animate-pulse space-y-3">
        <div className="h-9 w-1/3 rounded bg-slate-200 dark:bg-slate-800" />
        <div className="h-5 w-full max-w-3xl rounded bg-slate-100 dark:bg-slate-800/70" />
      </div>
      <div aria-hidden="true" className="h-[14rem] animate-pulse rounded-lg border border-slate-200 bg-slate-50 sm:h-[10.5rem] dark:border-slate-800 dark:bg-slate-900" />
      <TotalsSkeleton />
      <TopicCardSkeleton />
      <ListSkeleton />
    </div>
  );
}
