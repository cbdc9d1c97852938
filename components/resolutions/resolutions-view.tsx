import { getTranslations } from "next-intl/server";
import { getPathname, Link } from "@/i18n/navigation";
import { FilterNotices } from "@/components/ui/filter-notices";
import { Pagination } from "@/components/ui/pagination";
import { ActiveFilters, hasChipFilters } from "@/components/resolutions/active-filters";
import { DraftFilterForm } from "@/components/resolutions/filter-form";
import { DraftTable } from "@/components/resolutions/draft-table";
import { listDrafts } from "@/lib/queries/drafts";
import { listMemberOptions, listTopicOptions } from "@/lib/queries/options";
import { pageCount } from "@/lib/pagination";
import { effectiveSort, filtersToSearch, parseDraftFilters } from "@/lib/validations/filters";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/components/ui/export-links";
import { FeedLink } from "@/components/ui/feed-link";

const PATH = "/resolutions";

/** The list of drafts for a set of query parameters (rendered per request, or as a static copy). */
export async function ResolutionsView({ locale, searchParams }: { locale: string; searchParams: Record<string, string | string[] | undefined> }) {
  const { filters, notices } = parseDraftFilters(searchParams);
  const [t, list, members, topics] = await Promise.all([getTranslations("resolutions.list"), listDrafts(filters), listMemberOptions(), listTopicOptions()]);
  const totalPages = pageCount(list.total, list.pageSize);
  const filtered = hasChipFilters(filters);
  const chipProps = { path: PATH, filters, members, topics };

  return (
    <div className="space-y-6">
      <PageHeader heading={t("title")} intro={t("intro")} />

      <FilterNotices notices={notices} />
      <DraftFilterForm action={getPathname({ locale, href: PATH })} filters={filters} members={members} topics={topics} />

      <section aria-labelledby="results-count" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="results-count" className="text-lg font-semibold" aria-live="polite">
            {filtered ? t("count", { count: list.total }) : t("countAll", { count: list.total })}
          </h2>
          <div className="flex flex-wrap gap-x-4">
            {list.total > 0 && <ExportLinks list="resolutions" filters={filters} />}
            <FeedLink kind={{ kind: "votes" }} />
          </div>
        </div>

        {list.total === 0 ? (
          <div className="rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
            {filtered ? (
              <>
                <p className="font-medium">{t("empty.title")}</p>
                <div className="mt-3">
                  <ActiveFilters {...chipProps} heading={t("empty.loosen")} />
                </div>
              </>
            ) : (
              <p>{t("empty.none")}</p>
            )}
          </div>
        ) : (
          <>
            {filtered && <ActiveFilters {...chipProps} heading={t("activeFilters")} />}
            {list.rows.length === 0 ? (
              <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
                <Link href={`${PATH}${filtersToSearch(filters, { page: totalPages })}`} className="underline">
                  {t("pageOutOfRange", { page: list.page, last: totalPages })}
                </Link>
              </p>
            ) : (
              <DraftTable rows={list.rows} caption={t("tableCaption", { sort: t(`sortCaption.${effectiveSort(filters)}`) })} />
            )}
            <Pagination
              page={list.page}
              totalPages={totalPages}
              label={t("pagination")}
              hrefFor={(p) => `${PATH}${filtersToSearch(filters, { page: p === 1 ? undefined : p })}`}
            />
          </>
        )}
      </section>
    </div>
  );
}
