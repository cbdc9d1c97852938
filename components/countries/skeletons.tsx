import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

// Placeholders of the same size as the content they stand for, so nothing jumps when data arrives.

function LoadingLabel() {
  const t = useTranslations("common");
  return <span className="sr-only">{t("loading")}</span>;
}

/** A grey bar; `className` gives its size and spacing. */
export function Bar({ className }: { className: string }) {
  return <div className={`rounded bg-slate-200 dark:bg-slate-800 ${className}`} />;
}

/** A page's skeleton: optional back link, the heading, an intro of `introHeight`, then the sections. */
export function PageSkeleton({ back = false, introHeight = "h-5", children }: { back?: boolean; introHeight?: string; children: ReactNode }) {
  return (
    <div aria-busy="true" className="animate-pulse">
      <LoadingLabel />
      {back && <Bar className="mb-3 h-4 w-28" />}
      <Bar className="h-9 w-72 max-w-full" />
      <Bar className={`mt-3 w-full max-w-3xl ${introHeight}`} />
      {children}
    </div>
  );
}

export function TableSkeleton({ rows }: { rows: number }) {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 dark:border-slate-800">
      <div className="h-10 bg-slate-100 dark:bg-slate-900" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="h-10 border-t border-slate-200 dark:border-slate-800">
          <Bar className="mx-3 mt-3 h-4 w-2/3" />
        </div>
      ))}
    </div>
  );
}

function ChartSkeleton({ height = 260 }: { height?: number }) {
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <Bar className="h-5 w-48" />
      <div className="mt-4 rounded bg-slate-100 dark:bg-slate-900" style={{ height }} />
    </div>
  );
}

/** A section's skeleton (heading, optional chart, table); also the Suspense fallback of a streamed section. */
export function SectionSkeleton({ rows = 6, chart = false, heading = true }: { rows?: number; chart?: boolean; heading?: boolean }) {
  return (
    <div aria-busy="true" className={`animate-pulse ${heading ? "mt-10" : "mt-3"}`}>
      {heading && <Bar className="mb-3 h-7 w-56" />}
      {chart && <ChartSkeleton />}
      <div className={chart ? "mt-4" : ""}>
        <TableSkeleton rows={rows} />
      </div>
    </div>
  );
}
