import type { ReactNode } from "react";
import { useId } from "react";

// A chart with its accessible name and description, and the same figures as a table in a
// disclosure (works without JavaScript; screen readers get the table as well as the summary).
export function ChartFigure({
  title,
  description,
  showTableLabel,
  chart,
  table,
}: {
  title: string;
  description: string;
  showTableLabel: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  const id = useId();
  return (
    <figure className="rounded-lg border border-slate-200 p-4 dark:border-slate-800" aria-labelledby={`${id}-t`}>
      <figcaption>
        <span id={`${id}-t`} className="font-semibold">
          {title}
        </span>
        <span id={`${id}-d`} className="mt-1 block text-sm text-slate-600 dark:text-slate-400">
          {description}
        </span>
      </figcaption>
      <div role="img" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} className="mt-3">
        {chart}
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">{showTableLabel}</summary>
        <div className="mt-2">{table}</div>
      </details>
    </figure>
  );
}
