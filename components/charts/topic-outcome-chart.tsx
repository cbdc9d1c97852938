"use client";

import { StackedBarChart } from "@/components/countries/stacked-bar-chart";

// Okabe–Ito colours, in the order of the outcome badges: adopted (green), vetoed (vermillion),
// not adopted (grey). The legend and the table carry the meaning; colour is not the only signal.
const OUTCOME_COLOURS = { adopted: "#009e73", vetoed: "#d55e00", failed: "#8c8c8c" } as const;

export function TopicOutcomeChart({
  data,
  labels,
}: {
  data: { label: string; adopted: number; vetoed: number; failed: number }[];
  labels: Record<keyof typeof OUTCOME_COLOURS, string>;
}) {
  const series = (Object.keys(OUTCOME_COLOURS) as (keyof typeof OUTCOME_COLOURS)[]).map((key) => ({
    key,
    label: labels[key],
    colour: OUTCOME_COLOURS[key],
  }));
  return <StackedBarChart data={data} categoryKey="label" series={series} />;
}
