import { TableSkeleton } from "@/components/countries/skeletons";

export default function Loading() {
  return (
    <div aria-busy="true" className="animate-pulse">
      <div className="h-8 w-72 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-3 h-5 w-full max-w-2xl rounded bg-slate-200 dark:bg-slate-800" />
      <div className="my-4 h-14 w-64 rounded bg-slate-200 dark:bg-slate-800" />
      <TableSkeleton rows={20} />
    </div>
  );
}
