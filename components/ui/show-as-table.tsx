import type { ReactNode } from "react";

// The table behind a chart, for screen readers and copy-paste. A <details> element, so it opens
// without JavaScript.
export function ShowAsTable({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="mt-4">
      <summary className="cursor-pointer text-sm font-medium text-sky-900 underline-offset-2 hover:underline dark:text-sky-200">{summary}</summary>
      <div className="mt-2 max-h-96 overflow-auto">{children}</div>
    </details>
  );
}
