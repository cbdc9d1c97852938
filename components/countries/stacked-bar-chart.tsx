"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

export interface BarSeries {
  key: string;
  label: string;
  colour: string;
}

// A stacked bar chart over a category axis (years, decades). Plain data in, no fetching; the
// caller wraps it in a ChartFigure that names it and offers the table alternative.
export function StackedBarChart({
  data,
  categoryKey,
  series,
  height = 260,
}: {
  data: Record<string, number | string>[];
  categoryKey: string;
  series: BarSeries[];
  height?: number;
}) {
  return (
    <BarChart responsive data={data} style={{ width: "100%", height }} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.15} />
      <XAxis dataKey={categoryKey} tick={{ fontSize: 12, fill: "currentColor" }} minTickGap={12} />
      <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "currentColor" }} />
      <Tooltip contentStyle={{ color: "#0f172a" }} cursor={{ fillOpacity: 0.1 }} />
      {/* Legend text in the page's text colour (series colours can be too light for text). */}
      <Legend
        wrapperStyle={{ fontSize: 13 }}
        itemSorter={null}
        formatter={(value: string) => <span className="text-slate-800 dark:text-slate-200">{value}</span>}
      />
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} stackId="all" fill={s.colour} stroke="#ffffff" strokeWidth={0.5} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
