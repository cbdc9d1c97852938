import type { ReactNode } from "react";

// The admin lists' table: scrolls sideways inside its own box on narrow screens (relative, so
// screen-reader-only text in cells stays inside it), column headers with scope.

export interface AdminColumn {
  label: ReactNode;
  align?: "right";
  /** A header read by screen readers only (an actions column). */
  hidden?: boolean;
}

export const adminRowClass = "border-b border-slate-200 align-top dark:border-slate-800";

export function AdminTable({
  columns,
  caption,
  minWidth = "36rem",
  children,
}: {
  columns: AdminColumn[];
  caption?: ReactNode;
  minWidth?: string;
  children: ReactNode;
}) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm" style={{ minWidth }}>
        {caption && <caption className="mb-2 text-left font-semibold">{caption}</caption>}
        <thead className="border-b border-slate-300 dark:border-slate-700">
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={`py-2 pr-3 ${c.align === "right" ? "text-right" : ""}`}>
                {c.hidden ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
