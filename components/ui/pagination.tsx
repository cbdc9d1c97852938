import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { pageWindow } from "@/lib/pagination";

// Plain links (no client state) so paging works without JavaScript and every page has a URL.
// `hrefFor` builds the link for a page, e.g. (p) => `/vetoes${filtersToSearch(filters, { page: p })}`.
export function Pagination({
  page,
  totalPages,
  hrefFor,
  label,
}: {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
  /** Accessible name of the navigation landmark; defaults to "Pagination". */
  label?: string;
}) {
  const t = useTranslations("common.pagination");
  if (totalPages <= 1) return null;
  const current = Math.min(Math.max(1, page), totalPages);
  const pages = pageWindow(current, totalPages);
  const base = "inline-flex min-w-9 items-center justify-center rounded px-2.5 py-1.5 text-sm tabular-nums";
  const idle = `${base} text-sky-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-100 dark:text-sky-200 dark:ring-slate-700 dark:hover:bg-slate-800`;
  const off = `${base} text-slate-400 ring-1 ring-inset ring-slate-200 dark:text-slate-600 dark:ring-slate-800`;
  return (
    <nav aria-label={label ?? t("label")} className="mt-6 flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("status", { page: current, total: totalPages })}</p>
      <ul className="flex flex-wrap items-center gap-1">
        <li>
          {current > 1 ? (
            <Link href={hrefFor(current - 1)} rel="prev" className={idle}>
              <span aria-hidden="true">←&nbsp;</span>
              {t("previous")}
            </Link>
          ) : (
            <span className={off} aria-disabled="true">
              <span aria-hidden="true">←&nbsp;</span>
              {t("previous")}
            </span>
          )}
        </li>
        {pages.map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={p} className="hidden sm:block">
              {p === current ? (
                <span aria-current="page" className={`${base} bg-sky-800 font-semibold text-white dark:bg-sky-300 dark:text-slate-950`}>
                  <span className="sr-only">{t("page")} </span>
                  {p}
                </span>
              ) : (
                <Link href={hrefFor(p)} className={idle}>
                  <span className="sr-only">{t("page")} </span>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        <li>
          {current < totalPages ? (
            <Link href={hrefFor(current + 1)} rel="next" className={idle}>
              {t("next")}
              <span aria-hidden="true">&nbsp;→</span>
            </Link>
          ) : (
            <span className={off} aria-disabled="true">
              {t("next")}
              <span aria-hidden="true">&nbsp;→</span>
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
