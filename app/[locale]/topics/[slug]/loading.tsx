import { SectionSkeleton } from "@/components/countries/skeletons";

export default function Loading() {
  return (
    <div aria-busy="true" className="animate-pulse">
      <div className="h-4 w-28 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-3 h-9 w-72 max-w-full rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-3 h-12 w-full max-w-3xl rounded bg-slate-200 dark:bg-slate-800" />
      <SectionSkeleton chart rows={4} />
      <SectionSkeleton rows={10} />
    </div>
  );
}
