import type { ReactNode } from "react";
import { TABLE, TABLE_WRAP } from "./table-styles";

// A data table in a scroll container: on narrow screens the table scrolls sideways inside a
// focusable, named region (keyboard users can scroll it too); the caption names the table.
export function DataTable({
  caption,
  minWidth = "",
  className = "",
  children,
}: {
  caption: string;
  /** A Tailwind min-width class for tables that should scroll rather than squeeze (e.g. "min-w-[40rem]"). */
  minWidth?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className={`${TABLE_WRAP} ${className}`}>
      <table className={`${TABLE} ${minWidth}`}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** A column heading. */
export function ColHeader({ children, align = "left" }: { children: ReactNode; align?: "left" | "right" }) {
  return (
    <th scope="col" className={`px-3 py-2 font-semibold ${align === "right" ? "text-right" : "text-left"}`}>
      {children}
    </th>
  );
}
