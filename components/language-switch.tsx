"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

// Links (not a select) so the switch works without JavaScript and keeps the filters in the query.
export function LanguageSwitch() {
  const t = useTranslations("common.language");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const query = Object.fromEntries(search.entries());
  return (
    <nav aria-label={t("label")} className="flex items-center gap-1 text-sm">
      {routing.locales.map((l) => (
        <Link
          key={l}
          href={{ pathname, query }}
          locale={l}
          lang={l}
          hrefLang={l}
          aria-current={l === locale ? "true" : undefined}
          className={
            l === locale
              ? "rounded bg-sky-800 px-2 py-1 font-semibold text-white dark:bg-sky-300 dark:text-slate-950"
              : "rounded px-2 py-1 text-sky-900 underline-offset-2 hover:underline dark:text-sky-200"
          }
        >
          {t(l)}
        </Link>
      ))}
    </nav>
  );
}
