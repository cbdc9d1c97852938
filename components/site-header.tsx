import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LanguageSwitch } from "./language-switch";

const NAV = [
  ["/", "dashboard"],
  ["/resolutions", "resolutions"],
  ["/vetoes", "vetoes"],
  ["/countries", "countries"],
  ["/compare", "compare"],
  ["/topics", "topics"],
  ["/about", "about"],
] as const;

export async function SiteHeader() {
  const t = await getTranslations("common");
  const languageLabels = { label: t("language.label"), en: t("language.en"), th: t("language.th") };
  return (
    <header className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex w-full max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6 lg:px-8">
        <Link href="/" className="text-lg font-bold tracking-tight text-sky-900 dark:text-sky-200">
          {t("siteName")}
        </Link>
        {/* On a phone the links fold onto a second line rather than hiding past the screen's edge. */}
        <nav aria-label={t("nav.main")} className="order-3 w-full sm:order-2 sm:w-auto">
          <ul className="flex flex-wrap gap-1 text-sm whitespace-nowrap sm:flex-nowrap">
            {NAV.map(([href, key]) => (
              <li key={key}>
                <Link
                  href={href}
                  className={
                    "block rounded px-2 py-1.5 text-slate-700 hover:bg-slate-200 hover:text-slate-950 " +
                    "dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
                  }
                >
                  {t(`nav.${key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="order-2 sm:order-3">
          {/* useSearchParams needs a boundary, or statically prerendered routes fail the production build. */}
          <Suspense fallback={<LanguageSwitch labels={languageLabels} keepQuery={false} />}>
            <LanguageSwitch labels={languageLabels} />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
