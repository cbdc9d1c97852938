"use client";

import { useRef, useState, type CSSProperties, type KeyboardEvent } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { SeriesKey } from "@/lib/council/seats";
import { useLocale } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { localePath } from "@/lib/feeds/paths";
import { StackTooltip } from "./veto-chart-tooltip";
import { ChartDownloads } from "./chart-downloads";

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

type SegmentProps = { x?: number; y?: number; width?: number; height?: number; fill?: string; index?: number; value?: unknown };

// A touch target is at least 24 px wide (WCAG 2.5.8): on a phone the chart scrolls sideways rather
// than squeezing 80 years into 390 px.
const MIN_BAR_PX = 34;

// Stacked bars of vetoes per period, one colour per member. A click on a segment opens the drafts
// it counts; a focused segment opens them with Enter; on a touch screen the first tap shows the
// figures (tooltip) and a second tap on the same segment opens them. The same links are in the
// table and the legend.
export function VetoHistoryChart({
  name,
  rows,
  series,
  totalLabel,
  downloads,
  openInNewTab = false,
}: {
  name: string;
  rows: HistoryChartRow[];
  series: HistoryChartSeries[];
  totalLabel: string;
  /** SVG and PNG download buttons: the file's name (without extension) and the lines written under the chart. */
  downloads?: { filename: string; caption: string[] };
  /** In an embed, a segment opens its drafts on the site in a new tab rather than inside the frame. */
  openInNewTab?: boolean;
}) {
  const router = useRouter();
  const locale = useLocale();
  const chart = useRef<HTMLDivElement>(null);
  const lastPointer = useRef<string>("mouse");
  const [armed, setArmed] = useState<string | null>(null);
  const data = rows.map((r) => ({ label: r.label, total: r.total, ...Object.fromEntries(series.map((s) => [s.key, r.counts[s.key] ?? 0])) }));
  const open = (key: string, index: number | undefined) => {
    const href = index === undefined ? undefined : rows[index]?.hrefs[key];
    if (!href) return;
    if (openInNewTab) window.open(localePath(href, locale), "_blank", "noopener");
    else router.push(href);
  };
  const minWidth = { "--chart-min-w": `${rows.length * MIN_BAR_PX}px` } as CSSProperties;
  return (
    <figure className="mt-4">
      <figcaption className="sr-only">{name}</figcaption>
      <div ref={chart} className="overflow-x-auto max-sm:border-r-4 max-sm:border-dotted max-sm:border-slate-300" data-chart-scroll>
        <div
          className="h-80 w-full text-slate-600 max-sm:min-w-(--chart-min-w) print:h-72 dark:text-slate-300"
          style={minWidth}
          onPointerDown={(e) => (lastPointer.current = e.pointerType)}
        >
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
                shape={(props: SegmentProps) => {
                  const { x = 0, y = 0, width = 0, height = 0, fill, index } = props;
                  const count = index === undefined ? 0 : (rows[index]?.counts[s.key] ?? 0);
                  if (count === 0 || height <= 0) return <g />;
                  const id = `${s.key}:${index}`;
                  return (
                    <rect
                      x={x}
                      y={y}
                      width={width}
                      height={height}
                      fill={fill}
                      stroke="#fff"
                      strokeWidth={0.5}
                      className="recharts-rectangle outline-offset-1 focus-visible:outline-2 focus-visible:outline-sky-700"
                      tabIndex={0}
                      role="link"
                      aria-label={`${s.name}, ${index === undefined ? "" : rows[index]?.label}: ${count}`}
                      data-armed={armed === id ? "true" : undefined}
                      onKeyDown={(e: KeyboardEvent<SVGRectElement>) => {
                        if (e.key === "Enter") {
                          e.preventDefault();
                          open(s.key, index);
                        }
                      }}
                      onClick={() => {
                        // A tap has no hover: the first one shows the figures, the second opens the list.
                        if (lastPointer.current === "touch" && armed !== id) return setArmed(id);
                        open(s.key, index);
                      }}
                    />
                  );
                }}
              />
            ))}
          </BarChart>
        </div>
      </div>
      {downloads && <ChartDownloads container={chart} filename={downloads.filename} caption={downloads.caption} />}
    </figure>
  );
}
