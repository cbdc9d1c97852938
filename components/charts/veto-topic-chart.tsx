"use client";

import { useFormatter } from "next-intl";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { useRouter } from "@/i18n/navigation";

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
  const format = useFormatter();
  const data = rows.map((r) => ({ label: r.label, ...Object.fromEntries(series.map((s) => [s.key, r.counts[s.key] ?? 0])) }));
  return (
    <figure className="mt-3">
      <figcaption className="sr-only">{name}</figcaption>
      <div className="w-full text-slate-600 dark:text-slate-300" style={{ height: 48 + rows.length * 34 }}>
        <BarChart responsive layout="vertical" data={data} style={{ width: "100%", height: "100%" }} margin={{ top: 4, right: 12, bottom: 4, left: 4 }} title={name}>
          <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: "currentColor", fontSize: 12 }} tickLine={false} />
          <YAxis type="category" dataKey="label" width={132} tick={{ fill: "currentColor", fontSize: 12 }} tickLine={false} axisLine={false} interval={0} />
          <Tooltip
            cursor={{ fill: "currentColor", fillOpacity: 0.08 }}
            content={({ active, payload, label }) => {
              if (!active || !payload?.length) return null;
              const shown = payload.filter((p) => Number(p.value ?? 0) > 0);
              const total = shown.reduce((sum, p) => sum + Number(p.value ?? 0), 0);
              return (
                <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-900 shadow-md dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
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
            }}
          />
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
