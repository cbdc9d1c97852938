import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { longDate } from "@/components/ui/long-date";
import { getLatestVoteDateCached } from "@/lib/queries/cached";

const LINK = "text-sky-900 underline underline-offset-2 dark:text-sky-200";

/**
 * An embed's frame: its heading, then what it shows, then where the figures come from, the date of
 * the latest vote on record and a link to the full page on the site (in a new tab).
 */
export async function EmbedFrame({ heading, fullPage, source, children }: { heading: ReactNode; fullPage: string; source: ReactNode; children: ReactNode }) {
  const [t, locale, latest] = await Promise.all([getTranslations("common"), getLocale(), getLatestVoteDateCached().catch(() => null)]);
  return (
    <article className="space-y-3">
      <h1 className="text-base font-semibold sm:text-lg">{heading}</h1>
      {children}
      <footer className="space-y-1 border-t border-slate-200 pt-2 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
        <p data-embed-source>
          {t("embed.sourceLabel")} {source}
        </p>
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          {latest && <span data-embed-data-to>{t("footer.dataTo", { date: longDate(latest, locale) })}</span>}
          <a href={fullPage} target="_blank" rel="noopener" className={`${LINK} font-medium`} data-embed-full-page>
            {t("embed.fullPage")} <span aria-hidden="true">↗</span>
          </a>
        </p>
      </footer>
    </article>
  );
}
