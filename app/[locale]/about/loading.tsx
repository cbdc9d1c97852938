import { SectionSkeleton } from "@/components/countries/skeletons";

export default function Loading() {
  return (
    <div aria-busy="true" className="animate-pulse">
      <div className="h-9 w-64 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-3 h-16 w-full max-w-3xl rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-6 h-32 w-full rounded bg-slate-100 dark:bg-slate-900" />
      <SectionSkeleton rows={6} />
      <SectionSkeleton rows={8} />
    </div>
  );
}
