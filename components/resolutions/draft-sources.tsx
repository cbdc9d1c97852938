import { useLocale, useTranslations } from "next-intl";
import type { DraftSourceView } from "@/lib/queries/draft-detail";

const LINK = "text-sky-900 underline underline-offset-2 hover:no-underline dark:text-sky-200";

function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

function ArticleBody({ source }: { source: DraftSourceView }) {
  return (
    <article lang={source.language} className="mt-3 space-y-3 leading-relaxed">
      <h4 className="text-base font-semibold">{source.title}</h4>
      {source.outlet && <p className="text-sm text-slate-600 dark:text-slate-400">{source.outlet}</p>}
      {source.text!.split(/\n\s*\n/).map((para, i) => (
        <p key={i} className="whitespace-pre-line">
          {para}
        </p>
      ))}
    </article>
  );
}

/**
 * The sources (kind, title, outlet, link, language) in the order a reader should weigh them (UN
 * records first, unknown reliability last: the query's order) and, for those we may reproduce, the
 * text: the reader's language first, the other languages one click away (<details>, no JavaScript
 * needed). Working notes (DraftSource.note: rows, "verified: partial") are never shown here.
 */
export function DraftSources({ sources }: { sources: DraftSourceView[] }) {
  const t = useTranslations("resolutions.detail");
  const locale = useLocale();
  const texts = sources.filter((s) => s.text).sort((a, b) => Number(b.language.startsWith(locale)) - Number(a.language.startsWith(locale)));
  const [first, ...others] = texts;
  return (
    <div className="space-y-6">
      {sources.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">{t("noSources")}</p>
      ) : (
        <div className="space-y-2">
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("sourcesIntro")}</p>
          <ul className="space-y-3">
            {sources.map((s) => (
              <li key={s.key} className="text-sm">
                <span
                  className={
                    "mr-2 inline-block rounded border border-slate-400 px-1.5 text-[0.7rem] font-semibold uppercase tracking-wide text-slate-700 " +
                    "dark:border-slate-500 dark:text-slate-300"
                  }
                >
                  <span className="sr-only">{t("sourceKind")} </span>
                  {t(`sourceKinds.${s.kind}`)}
                </span>
                <span className="font-medium" lang={s.language}>
                  {s.url ? (
                    <a href={s.url} className={LINK} hrefLang={s.language} rel="noopener noreferrer">
                      {s.title}
                    </a>
                  ) : (
                    s.title
                  )}
                </span>
                <span className="block text-slate-600 dark:text-slate-400">
                  {[s.outlet, t("sourceLanguage", { language: languageName(s.language, locale) })].filter(Boolean).join(" · ")}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {first && (
        <section aria-labelledby="article-heading" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <h3 id="article-heading" className="text-lg font-semibold">
            {t("article")}
          </h3>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("articleIntro")}</p>
          <ArticleBody source={first} />
          {others.map((s) => (
            <details key={s.key} className="mt-4 border-t border-slate-200 pt-3 dark:border-slate-800">
              <summary className="cursor-pointer font-medium text-sky-900 dark:text-sky-200">
                {t("otherLanguage", { language: languageName(s.language, locale) })}
              </summary>
              <ArticleBody source={s} />
            </details>
          ))}
        </section>
      )}
    </div>
  );
}
