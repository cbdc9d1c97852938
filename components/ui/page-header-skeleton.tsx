import { useTranslations } from "next-intl";

/** Top of a route's loading.tsx: a "Loading…" status for screen readers and the title's placeholder. */
export function PageHeaderSkeleton() {
  const t = useTranslations("common");
  return (
    <>
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <div aria-hidden="true" className="animate-pulse space-y-3">
        <div className="h-9 w-2/3 max-w-md rounded bg-slate-200 dark:bg-slate-800" />
        <div className="h-5 w-full max-w-3xl rounded bg-slate-100 dark:bg-slate-800/70" />
      </div>
    </>
  );
}
