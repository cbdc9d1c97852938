"use client";

import dynamic from "next/dynamic";

// Recharts is most of the pages' JavaScript. The charts load after the page is interactive; the
// figures they draw are already on the page as a table and links, so nothing waits for them.
const placeholder = (height: string) =>
  function ChartPlaceholder() {
    return <div aria-hidden="true" className={`mt-4 w-full rounded bg-slate-100/60 dark:bg-slate-800/40 ${height}`} />;
  };

export const LazyVetoHistoryChart = dynamic(() => import("./veto-history-chart").then((m) => m.VetoHistoryChart), {
  ssr: false,
  loading: placeholder("h-80"),
});

export const LazyVetoTopicChart = dynamic(() => import("./veto-topic-chart").then((m) => m.VetoTopicChart), {
  ssr: false,
  loading: placeholder("h-96"),
});

export const LazyCountryVetoTimeline = dynamic(() => import("./country-veto-timeline").then((m) => m.CountryVetoTimeline), {
  ssr: false,
  loading: placeholder("h-64"),
});

export const LazyTopicOutcomeChart = dynamic(() => import("./topic-outcome-chart").then((m) => m.TopicOutcomeChart), {
  ssr: false,
  loading: placeholder("h-64"),
});
