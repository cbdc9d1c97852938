import { useTranslations } from "next-intl";

// Skeleton of /resolutions: heading, the filter form and a page of table rows, at their real sizes.
// The list lives in the (list) route group so that this Suspense boundary does not wrap
// /resolutions/<ref>, which must answer unknown symbols with a real 404 (see [...ref]/layout.tsx).
export default function Loading() {
  const t = useTranslations("common");
  const bar = "animate-pulse rounded bg-slate-200 dark:bg-slate-800";
  return (
    <div className="space-y-6" aria-busy="true">
      <p className="sr-only" role="status">
        {t("loading")}
      </p>
      <div>
        <div className={`${bar} h-8 w-72`} />
        <div className={`${bar} mt-3 h-4 w-full max-w-3xl`} />
        <div className={`${bar} mt-2 h-4 w-2/3 max-w-2xl`} />
      </div>
      <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <div className={`${bar} h-5 w-40`} />
        <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className={`${bar} h-14`} />
          ))}
        </div>
        <div className={`${bar} mt-4 h-9 w-36`} />
      </div>
      <div className={`${bar} h-6 w-48`} />
      <div className="overflow-hidden rounded-lg border border-slate-200 dark:border-slate-800">
        <div className="h-9 bg-slate-100 dark:bg-slate-900" />
        {Array.from({ length: 12 }, (_, i) => (
          <div key={i} className="flex gap-4 border-t border-slate-200 px-3 py-3 dark:border-slate-800">
            <div className={`${bar} h-4 w-24`} />
            <div className={`${bar} h-4 w-24`} />
            <div className={`${bar} h-4 flex-1`} />
            <div className={`${bar} h-4 w-20`} />
          </div>
        ))}
      </div>
    </div>
  );
}
