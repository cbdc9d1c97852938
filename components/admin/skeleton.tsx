// Loading placeholders for the admin routes, the size of what they stand in for.
export function AdminPageSkeleton({ label, rows = 6, form = false }: { label: string; rows?: number; form?: boolean }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">{label}</span>
      <div className="h-8 w-64 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-4 w-96 max-w-full rounded bg-slate-200 dark:bg-slate-800" />
      <div className={form ? "grid gap-4 sm:grid-cols-2" : "space-y-2"}>
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className={form ? "h-16 rounded bg-slate-100 dark:bg-slate-900" : "h-10 rounded bg-slate-100 dark:bg-slate-900"} />
        ))}
      </div>
    </div>
  );
}
