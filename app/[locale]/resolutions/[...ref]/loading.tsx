import { useTranslations } from "next-intl";

// Skeleton of a draft's page: heading and outcome, the 15-member vote grid, the facts list.
export default function Loading() {
  const t = useTranslations("common");
  const bar = "animate-pulse rounded bg-slate-200 dark:bg-slate-800";
  return (
    <div className="space-y-8" aria-busy="true">
      <p className="sr-only" role="status">{t("loading")}</p>
      <div className={`${bar} h-4 w-40`} />
      <div className="space-y-3">
        <div className={`${bar} h-8 w-80 max-w-full`} />
        <div className={`${bar} h-4 w-full max-w-4xl`} />
        <div className={`${bar} h-6 w-2/3`} />
      </div>
      <div className="space-y-3">
        <div className={`${bar} h-6 w-56`} />
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {[8, 2, 2, 1].map((n, i) => (
            <div key={i} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
              <div className={`${bar} h-5 w-32`} />
              <div className="mt-2 grid grid-cols-1 gap-1.5 min-[420px]:grid-cols-2">
                {Array.from({ length: n }, (_, j) => (
                  <div key={j} className={`${bar} h-8`} />
                ))}
              </div>
            </div>
          ))}
        </div>
      </div>
      <div className="space-y-2">
        <div className={`${bar} h-6 w-48`} />
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className={`${bar} h-5 w-full`} />
        ))}
      </div>
    </div>
  );
}
