import { TableSkeleton } from "@/components/countries/skeletons";

export default function Loading() {
  return (
    <div aria-busy="true" className="animate-pulse">
      <div className="h-8 w-40 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-3 h-12 w-full max-w-3xl rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-4">
        <TableSkeleton rows={12} />
      </div>
    </div>
  );
}
