"use client";

import { useFormatter } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

export interface AgreementSeries {
  key: string;
  name: string;
  colour: string;
  /** One point per year of the chart, in order (lib/agreement.ts agreementPoints). */
  points: { agreement: number | null; shared: number; same: number; thin: boolean }[];
}

type DotProps = { cx?: number; cy?: number; index?: number; value?: unknown };
type Entry = { dataKey?: unknown; name?: unknown; value?: unknown; color?: unknown; payload?: Record<string, unknown> };

// Agreement per year, one line per pair (0–100 %). A year with few shared votes is a hollow dot and
// says so in the tooltip with its count; a year without shared votes is a gap in the line. The
// same figures are in the table beside the chart.
export function AgreementChart({
  years,
  series,
  labels,
}: {
  /** The years as the reader's calendar writes them (lib/years.ts). */
  years: string[];
  series: AgreementSeries[];
  labels: { votes: string; few: string };
}) {
  const format = useFormatter();
  const data = years.map((label, i) => ({
    label,
    ...Object.fromEntries(
      series.flatMap((s) => [
        [s.key, s.points[i]?.agreement ?? null],
        [`${s.key}:point`, s.points[i]],
      ]),
    ),
  }));
  return (
    <LineChart responsive data={data} style={{ width: "100%", height: 280 }} margin={{ top: 8, right: 12, bottom: 0, left: -12 }}>
      <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
      <XAxis dataKey="label" tick={{ fill: "currentColor", fontSize: 12 }} tickLine={false} interval="preserveStartEnd" minTickGap={16} />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={{ fill: "currentColor", fontSize: 12 }} tickLine={false} axisLine={false} />
      <Tooltip
        content={({ active, payload, label }: { active?: boolean; payload?: readonly Entry[]; label?: unknown }) => {
          if (!active || !payload?.length) return null;
          return (
            <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-900 shadow-md dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
              <p className="font-semibold">{String(label ?? "")}</p>
              <ul className="mt-1 space-y-0.5">
                {payload
                  .filter((p) => p.value !== null && p.value !== undefined)
                  .map((p) => {
                    const point = p.payload?.[`${String(p.dataKey)}:point`] as AgreementSeries["points"][number] | undefined;
                    return (
                      <li key={String(p.dataKey)} className="flex items-center justify-between gap-4">
                        <span className="flex items-center">
                          <span aria-hidden="true" className="mr-2 inline-block size-2.5 rounded-full" style={{ backgroundColor: String(p.color) }} />
                          {String(p.name)}
                        </span>
                        <span className="tabular-nums">
                          <span className="font-semibold">{format.number(Number(p.value) / 100, { style: "percent", maximumFractionDigits: 1 })}</span>{" "}
                          <span className={point?.thin ? "text-amber-700 dark:text-amber-300" : "text-slate-600 dark:text-slate-400"}>
                            ({labels.votes.replace("{same}", format.number(point?.same ?? 0)).replace("{shared}", format.number(point?.shared ?? 0))}
                            {point?.thin ? `, ${labels.few}` : ""})
                          </span>
                        </span>
                      </li>
                    );
                  })}
              </ul>
            </div>
          );
        }}
      />
      <Legend wrapperStyle={{ fontSize: 13 }} formatter={(value: string) => <span className="text-slate-800 dark:text-slate-200">{value}</span>} />
      {series.map((s) => (
        <Line
          key={s.key}
          type="linear"
          dataKey={s.key}
          name={s.name}
          stroke={s.colour}
          strokeWidth={2}
          connectNulls={false}
          isAnimationActive={false}
          dot={(props: DotProps) => {
            const { cx, cy, index } = props;
            const point = index === undefined ? undefined : s.points[index];
            if (cx === undefined || cy === undefined || !point || point.agreement === null) return <g key={`${s.key}-${index}`} />;
            // Few shared votes: hollow, so a swing on three votes does not read like one on thirty.
            return point.thin ? (
              <circle key={`${s.key}-${index}`} cx={cx} cy={cy} r={3} fill="#ffffff" stroke={s.colour} strokeWidth={1.5} strokeOpacity={0.6} data-thin="true" />
            ) : (
              <circle key={`${s.key}-${index}`} cx={cx} cy={cy} r={2.5} fill={s.colour} stroke={s.colour} />
            );
          }}
          activeDot={{ r: 4 }}
        />
      ))}
    </LineChart>
  );
}
