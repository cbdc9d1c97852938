"use client";

import { useSyncExternalStore } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { useRouter } from "@/i18n/navigation";
import { StackTooltip } from "./veto-chart-tooltip";

export interface TopicChartRow {
  label: string;
  href: string;
  counts: Partial<Record<string, number>>;
  total: number;
}
export interface TopicChartSeries {
  key: string; // record code
  name: string;
  colour: string;
}

// Horizontal stacked bars: vetoes per topic, split by the member that cast them. A click on a bar
// lists that topic's vetoes; the table behind "show as table" carries the same links.
export function VetoTopicChart({ name, rows, series, totalLabel }: { name: string; rows: TopicChartRow[]; series: TopicChartSeries[]; totalLabel: string }) {
  const router = useRouter();
  const wide = useWideScreen();
  const tickChars = wide ? 25 : 14;
  const data = rows.map((r) => ({ label: r.label, ...Object.fromEntries(series.map((s) => [s.key, r.counts[s.key] ?? 0])) }));
  return (
    <figure className="mt-3">
      <figcaption className="sr-only">{name}</figcaption>
      <div className="w-full text-slate-600 dark:text-slate-300" style={{ height: 48 + rows.length * 38 }}>
        <BarChart
          responsive
          layout="vertical"
          data={data}
          style={{ width: "100%", height: "100%" }}
          margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
          title={name}
        >
          <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: "currentColor", fontSize: 12 }} tickLine={false} />
          <YAxis
            type="category"
            dataKey="label"
            width={wide ? 196 : 112}
            tick={<TopicTick chars={tickChars} />}
            tickLine={false}
            axisLine={false}
            interval={0}
          />
          <Tooltip cursor={{ fill: "currentColor", fillOpacity: 0.08 }} content={(props) => <StackTooltip {...props} totalLabel={totalLabel} />} />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stackId="vetoes"
              fill={s.colour}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(_, index) => {
                const href = rows[index]?.href;
                if (href) router.push(href);
              }}
            />
          ))}
        </BarChart>
      </div>
    </figure>
  );
}

// Narrow screens give the bars more room and the topic names less.
const WIDE = "(min-width: 640px)";
function useWideScreen(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const mq = window.matchMedia(WIDE);
      mq.addEventListener("change", onChange);
      return () => mq.removeEventListener("change", onChange);
    },
    () => window.matchMedia(WIDE).matches,
    () => true,
  );
}

/** A topic name on one line, shortened with an ellipsis (the full name is in the tooltip and the table). */
function TopicTick({ x, y, payload, chars }: { x?: number | string; y?: number | string; payload?: { value?: unknown }; chars: number }) {
  const label = String(payload?.value ?? "");
  const short = label.length > chars ? `${label.slice(0, chars - 1).trimEnd()}…` : label;
  return (
    <text x={Number(x ?? 0)} y={Number(y ?? 0)} dx={-6} dy={4} textAnchor="end" fill="currentColor" fontSize={12}>
      <title>{label}</title>
      {short}
    </text>
  );
}
