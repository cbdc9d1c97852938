"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { SeriesKey } from "@/lib/council/seats";
import { useRouter } from "@/i18n/navigation";
import { StackTooltip } from "./veto-chart-tooltip";

export interface HistoryChartSeries {
  key: SeriesKey;
  name: string;
  colour: string;
}
export interface HistoryChartRow {
  period: number;
  label: string;
  counts: Partial<Record<string, number>>;
  total: number;
  /** Filtered list behind each bar segment, by series key. */
  hrefs: Partial<Record<string, string>>;
}

// Stacked bars of vetoes per period, one colour per member. A click on a segment opens the drafts
// it counts; the same links are in the table and the legend for keyboard and screen-reader users.
export function VetoHistoryChart({
  name,
  rows,
  series,
  totalLabel,
}: {
  name: string;
  rows: HistoryChartRow[];
  series: HistoryChartSeries[];
  totalLabel: string;
}) {
  const router = useRouter();
  const data = rows.map((r) => ({ label: r.label, total: r.total, ...Object.fromEntries(series.map((s) => [s.key, r.counts[s.key] ?? 0])) }));
  return (
    <figure className="mt-4">
      <figcaption className="sr-only">{name}</figcaption>
      <div className="h-80 w-full text-slate-600 dark:text-slate-300">
        <BarChart responsive data={data} style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} title={name}>
          <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="label" tick={{ fill: "currentColor", fontSize: 12 }} tickLine={false} interval="preserveStartEnd" minTickGap={12} />
          <YAxis allowDecimals={false} tick={{ fill: "currentColor", fontSize: 12 }} tickLine={false} axisLine={false} />
          <Tooltip cursor={{ fill: "currentColor", fillOpacity: 0.08 }} content={(props) => <StackTooltip {...props} totalLabel={totalLabel} />} />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stackId="vetoes"
              fill={s.colour}
              stroke="var(--color-white, #fff)"
              strokeWidth={0.5}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(_, index) => {
                const href = rows[index]?.hrefs[s.key];
                if (href) router.push(href);
              }}
            />
          ))}
        </BarChart>
      </div>
    </figure>
  );
}
