import { LIST_HEIGHT } from "./veto-list";
import { TOPIC_CARD_HEIGHT } from "./veto-topic-card";
import { TOTALS_HEIGHT } from "./veto-totals";

// Placeholders the size of the /vetoes sections, shown while each streams in.
const BAR = "rounded bg-slate-200 dark:bg-slate-800";

export function TotalsSkeleton() {
  return (
    <div aria-hidden="true" className={`${TOTALS_HEIGHT} animate-pulse`}>
      <div className={`h-6 w-1/3 ${BAR}`} />
      <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
        {Array.from({ length: 7 }, (_, i) => (
          <div key={i} className="h-[4.75rem] rounded-md bg-slate-100 dark:bg-slate-800/70" />
        ))}
      </div>
    </div>
  );
}

export function TopicCardSkeleton() {
  return (
    <div aria-hidden="true" className={`${TOPIC_CARD_HEIGHT} animate-pulse rounded-lg border border-slate-200 p-4 dark:border-slate-800`}>
      <div className={`h-6 w-1/4 ${BAR}`} />
      <div className="mt-6 space-y-3">
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="h-5 rounded bg-slate-100 dark:bg-slate-800/70" style={{ width: `${95 - i * 7}%` }} />
        ))}
      </div>
    </div>
  );
}

export function ListSkeleton() {
  return (
    <div aria-hidden="true" className={`${LIST_HEIGHT} animate-pulse`}>
      <div className={`h-6 w-1/4 ${BAR}`} />
      <div className="mt-4 space-y-2">
        {Array.from({ length: 12 }, (_, i) => (
          <div key={i} className="h-9 rounded bg-slate-100 dark:bg-slate-800/70" />
        ))}
      </div>
    </div>
  );
}
