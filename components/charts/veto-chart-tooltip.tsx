"use client";

import { useFormatter } from "next-intl";

type Entry = { dataKey?: unknown; name?: unknown; value?: unknown; color?: unknown };

/** Tooltip of the stacked veto charts: exact count per member (top of the stack first) and the total. */
export function StackTooltip({ active, payload, label, totalLabel }: { active?: boolean; payload?: readonly Entry[]; label?: unknown; totalLabel: string }) {
  const format = useFormatter();
  if (!active || !payload?.length) return null;
  const shown = payload.filter((p) => Number(p.value ?? 0) > 0).reverse();
  const total = shown.reduce((sum, p) => sum + Number(p.value ?? 0), 0);
  return (
    <div
      className={
        "rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-900 shadow-md " +
        "dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      }
    >
      <p className="font-semibold">{String(label ?? "")}</p>
      <ul className="mt-1 space-y-0.5">
        {shown.map((p) => (
          <li key={String(p.dataKey)} className="flex items-center justify-between gap-4">
            <span className="flex items-center">
              <span aria-hidden="true" className="mr-2 inline-block size-2.5 rounded-sm" style={{ backgroundColor: String(p.color) }} />
              {String(p.name)}
            </span>
            <span className="font-semibold tabular-nums">{format.number(Number(p.value))}</span>
          </li>
        ))}
      </ul>
      <p className="mt-1 flex justify-between gap-4 border-t border-slate-200 pt-1 dark:border-slate-700">
        <span>{totalLabel}</span>
        <span className="font-semibold tabular-nums">{format.number(total)}</span>
      </p>
    </div>
  );
}
