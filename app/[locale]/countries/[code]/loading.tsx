import { SectionSkeleton } from "@/components/countries/skeletons";

export default function Loading() {
  return (
    <div aria-busy="true" className="animate-pulse">
      <div className="h-4 w-28 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-3 h-9 w-80 max-w-full rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-3 h-5 w-64 rounded bg-slate-200 dark:bg-slate-800" />
      <SectionSkeleton rows={3} />
      <SectionSkeleton rows={4} />
      <SectionSkeleton chart rows={5} />
    </div>
  );
}
