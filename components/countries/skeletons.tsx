import { useTranslations } from "next-intl";

// Placeholders of the same size as the content they stand for, so nothing jumps when data arrives.

export function LoadingLabel() {
  const t = useTranslations("common");
  return <span className="sr-only">{t("loading")}</span>;
}

export function TableSkeleton({ rows }: { rows: number }) {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 dark:border-slate-800">
      <LoadingLabel />
      <div className="h-10 bg-slate-100 dark:bg-slate-900" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="h-10 border-t border-slate-200 dark:border-slate-800">
          <div className="mx-3 mt-3 h-4 w-2/3 rounded bg-slate-200 dark:bg-slate-800" />
        </div>
      ))}
    </div>
  );
}

export function ChartSkeleton({ height = 260 }: { height?: number }) {
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <LoadingLabel />
      <div className="h-5 w-48 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-4 rounded bg-slate-100 dark:bg-slate-900" style={{ height }} />
    </div>
  );
}

export function SectionSkeleton({ rows = 6, chart = false }: { rows?: number; chart?: boolean }) {
  return (
    <div aria-busy="true" className="mt-10 animate-pulse">
      <div className="mb-3 h-7 w-56 rounded bg-slate-200 dark:bg-slate-800" />
      {chart && <ChartSkeleton />}
      <div className={chart ? "mt-4" : ""}>
        <TableSkeleton rows={rows} />
      </div>
    </div>
  );
}
