import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

// The dashboard's card frame. Cards and their skeletons share `minHeight` so that streaming
// a card in does not move the page.
export const CARD_HEIGHTS = {
  // Measured with the seeded data at 360, 800 and 1280 px.
  headline: "min-h-[50rem] md:min-h-[39rem] lg:min-h-[33rem]",
  // With the chart's download buttons and the embed code (issue 14): measured at 360, 800 and 1280 px.
  history: "min-h-[56rem] md:min-h-[43.5rem] lg:min-h-[41rem]",
  news: "min-h-[22rem] md:min-h-[16.5rem] lg:min-h-[14rem]",
  latest: "min-h-[45.25rem]", // with the feed link (issue 14)
  topics: "min-h-[44rem] md:min-h-[30rem]",
  // Five rows of two lines each.
  vetoes: "min-h-[24rem]",
} as const;

const FRAME = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-800 dark:bg-slate-900";

export function Card({
  id,
  title,
  size,
  children,
  className = "",
}: {
  id: string;
  title: ReactNode;
  size: keyof typeof CARD_HEIGHTS;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className={`${FRAME} ${CARD_HEIGHTS[size]} ${className}`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold tracking-tight">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Same frame and height as the card, with placeholder bars; hidden from assistive technology. */
export function CardSkeleton({ size, lines = 6, className = "" }: { size: keyof typeof CARD_HEIGHTS; lines?: number; className?: string }) {
  return (
    <div aria-hidden="true" className={`${FRAME} ${CARD_HEIGHTS[size]} ${className} animate-pulse`}>
      <div className="h-6 w-1/2 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-5 space-y-3">
        {Array.from({ length: lines }, (_, i) => (
          <div key={i} className="h-4 rounded bg-slate-100 dark:bg-slate-800/70" style={{ width: `${90 - ((i * 17) % 40)}%` }} />
        ))}
      </div>
    </div>
  );
}

/** The query of a card's "all" link: the period (and any other defined parameters), so "all" means all of those years. */
export function periodQuery(params: { [key: string]: string | number | undefined } | object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params as Record<string, string | number | undefined>).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
  );
}

/** The link under a card's list to the whole list it samples. */
export function SeeAllLink({ pathname, query, children }: { pathname: "/resolutions" | "/vetoes"; query: Record<string, string>; children: ReactNode }) {
  return (
    <Link href={{ pathname, query }} className="text-sky-900 underline underline-offset-2 dark:text-sky-200">
      {children} <span aria-hidden="true">→</span>
    </Link>
  );
}
