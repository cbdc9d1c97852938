import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { longDate } from "@/components/ui/long-date";
import { getLatestVoteDateCached } from "@/lib/queries/cached";

/** The API's reference (app/api/v1/docs): a route handler outside the locale routes, so a plain link. */
const API_REFERENCE = "/api/v1/docs";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="mt-12 border-t border-slate-200 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8">
        <p>{t("footer.sources")}</p>
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
          <Suspense fallback={<CoverageLink label={t("footer.coverage")} />}>
            <DataTo fallback={t("footer.coverage")} />
          </Suspense>
          <Link href="/about" className="underline">
            {t("footer.about")}
          </Link>
          <Link href="/data" className="underline">
            {t("footer.data")}
          </Link>
          <a href={API_REFERENCE} className="underline">
            {t("footer.api")}
          </a>
        </p>
      </div>
    </footer>
  );
}

function CoverageLink({ label }: { label: string }) {
  return (
    <Link href="/coverage" className="font-medium underline">
      {label}
    </Link>
  );
}

/**
 * "Data to <date of the latest vote on record>", linking to /coverage. Cached with the other read
 * queries (every write expires it). The footer is on every page, error pages included: if the
 * database cannot answer, the link says "What the record covers" rather than failing the page.
 */
async function DataTo({ fallback }: { fallback: string }) {
  const [t, locale, date] = await Promise.all([getTranslations("common.footer"), getLocale(), getLatestVoteDateCached().catch(() => null)]);
  return <CoverageLink label={date ? t("dataTo", { date: longDate(date, locale) }) : fallback} />;
}
