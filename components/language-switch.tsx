"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { publicPathOf } from "@/lib/static-routes";

/** The switch's texts, translated on the server: no message formatting is shipped to the browser for it. */
export type LanguageSwitchLabels = { label: string } & Record<Locale, string>;

// Links (not a select) so the switch works without JavaScript and keeps the filters in the query.
// Reading the query needs a Suspense boundary on statically rendered pages; the boundary's
// fallback is the same switch without the query (the static pages have none).
export function LanguageSwitch({ labels, keepQuery = true }: { labels: LanguageSwitchLabels; keepQuery?: boolean }) {
  return keepQuery ? <SwitchWithQuery labels={labels} /> : <Switch labels={labels} query={{}} />;
}

function SwitchWithQuery({ labels }: { labels: LanguageSwitchLabels }) {
  const search = useSearchParams();
  return <Switch labels={labels} query={Object.fromEntries(search.entries())} />;
}

function Switch({ labels, query }: { labels: LanguageSwitchLabels; query: Record<string, string> }) {
  const locale = useLocale();
  const internal = usePathname();
  // Static copies are served at their public paths (proxy rewrite): link to those.
  const pathname = publicPathOf(internal);
  return (
    <nav aria-label={labels.label} className="flex items-center gap-1 text-sm">
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
          {labels[l]}
        </Link>
      ))}
    </nav>
  );
}
