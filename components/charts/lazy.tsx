"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ComponentType } from "react";

// Recharts is most of the pages' JavaScript, and drawing a chart of 80 years × 7 members is the
// page's longest task (≈350 ms on a phone-class CPU). The charts load and draw when they come near
// the viewport; the figures they show are already on the page as a table and links, so nothing
// waits for them, and a reader who never scrolls to a chart never pays for it.
const placeholderClass = (height: string) => `mt-4 w-full rounded bg-slate-100/60 dark:bg-slate-800/40 ${height}`;

/**
 * `loader`'s chart, loaded and drawn once its placeholder is within 300 px of the viewport, before
 * printing, or (`eager`) as soon as the page is idle: a full-page screenshot or a print never scrolls,
 * so a chart that waits for the viewport would be a grey box there.
 */
function lazyChart<P extends object>(loader: () => Promise<ComponentType<P>>, height: string, eager = false): ComponentType<P> {
  const Chart = dynamic(loader, {
    ssr: false,
    loading: () => <div aria-hidden="true" className={placeholderClass(height)} />,
  });
  return function NearViewport(props: P) {
    const ref = useRef<HTMLDivElement>(null);
    const [near, setNear] = useState(false);
    useEffect(() => {
      const element = ref.current;
      if (!element || typeof IntersectionObserver === "undefined") return setNear(true);
      const show = () => setNear(true);
      window.addEventListener("beforeprint", show);
      const idle = eager ? window.setTimeout(show, 0) : undefined;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            setNear(true);
            observer.disconnect();
          }
        },
        { rootMargin: "300px" },
      );
      observer.observe(element);
      return () => {
        observer.disconnect();
        window.removeEventListener("beforeprint", show);
        window.clearTimeout(idle);
      };
    }, []);
    return near ? <Chart {...props} /> : <div ref={ref} aria-hidden="true" className={placeholderClass(height)} />;
  };
}

export const LazyVetoHistoryChart = lazyChart(() => import("./veto-history-chart").then((m) => m.VetoHistoryChart), "h-80", true);
export const LazyVetoTopicChart = lazyChart(() => import("./veto-topic-chart").then((m) => m.VetoTopicChart), "h-96");
export const LazyCountryVetoTimeline = lazyChart(() => import("./country-veto-timeline").then((m) => m.CountryVetoTimeline), "h-64");
export const LazyTopicOutcomeChart = lazyChart(() => import("./topic-outcome-chart").then((m) => m.TopicOutcomeChart), "h-64");
export const LazyAgreementChart = lazyChart(() => import("./agreement-chart").then((m) => m.AgreementChart), "h-72");
