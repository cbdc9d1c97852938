"use client";

import { SERIES_COLOURS, type SeriesKey } from "@/lib/council/seats";
import { StackedBarChart } from "@/components/countries/stacked-bar-chart";

// Vetoes per year for one state, one stacked series per seat holder (ROC and PRC for China),
// in the holders' standard colours.
export function CountryVetoTimeline({
  years,
  holders,
}: {
  /** `label`: the year as the reader's calendar writes it (lib/years.ts). */
  years: { year: number; label: string; counts: Record<string, number> }[];
  holders: { key: string; label: string }[];
}) {
  const data = years.map((y) => ({ year: y.label, ...y.counts }));
  const series = holders.map((h) => ({ ...h, colour: SERIES_COLOURS[h.key as SeriesKey] ?? "#64748b" }));
  return <StackedBarChart data={data} categoryKey="year" series={series} />;
}
