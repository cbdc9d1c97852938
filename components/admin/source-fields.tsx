"use client";

import { useState } from "react";
import { messageOr } from "@/i18n/runtime-keys";
import { useTranslations } from "next-intl";
import { EMPTY_SOURCE, LIMITS, type SourceValues } from "@/lib/validations/draft-form";
import type { FieldErrors } from "@/lib/forms/action-state";
import { ErrorText, errorsAt, Field, secondaryButtonClass } from "./field";

const LANGUAGES = ["en", "fr", "es", "ru", "zh", "ar", "th"] as const;

/** The draft's sources (URL, title, outlet, language, optional text), plus one blank row to add another. */
export function SourceFields({ sources, errors, hydrated }: { sources: SourceValues[]; errors: FieldErrors | undefined; hydrated: boolean }) {
  const t = useTranslations("admin.draftForm");
  const [extra, setExtra] = useState(1);
  const rows = [...sources, ...Array.from({ length: extra }, () => EMPTY_SOURCE)].slice(0, LIMITS.sources);
  return (
    <fieldset className="min-w-0 space-y-4">
      <legend className="mb-2 text-lg font-semibold">{t("sourcesSection")}</legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("sourcesHint")}</p>
      <ErrorText id="f-sources-error" errors={errorsAt(errors, "sources")} />
      {rows.map((s, i) => (
        <fieldset key={i} className="min-w-0 grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2 dark:border-slate-700">
          <legend className="px-1 text-sm font-medium">{t("sourceN", { n: i + 1 })}</legend>
          <Field name={`sources.${i}.url`} label={t("sourceUrl")} errors={errorsAt(errors, `sources.${i}.url`)}>
            {(p) => <input {...p} type="url" defaultValue={s.url} maxLength={LIMITS.url} spellCheck={false} />}
          </Field>
          <Field name={`sources.${i}.title`} label={t("sourceTitle")} errors={errorsAt(errors, `sources.${i}.title`)}>
            {(p) => <input {...p} defaultValue={s.title} maxLength={LIMITS.sourceTitle * 2} />}
          </Field>
          <Field name={`sources.${i}.outlet`} label={t("sourceOutlet")} errors={errorsAt(errors, `sources.${i}.outlet`)}>
            {(p) => <input {...p} defaultValue={s.outlet} maxLength={LIMITS.outlet * 2} />}
          </Field>
          <Field name={`sources.${i}.language`} label={t("sourceLanguage")} errors={errorsAt(errors, `sources.${i}.language`)}>
            {(p) => (
              <select {...p} defaultValue={s.language || "en"}>
                {[...new Set([...LANGUAGES, s.language || "en"])].map((l) => (
                  <option key={l} value={l}>
                    {messageOr(t, `languages.${l}`, l)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="sm:col-span-2">
            <Field name={`sources.${i}.text`} label={t("sourceText")} hint={t("sourceTextHint")} errors={errorsAt(errors, `sources.${i}.text`)}>
              {(p) => <textarea {...p} rows={3} defaultValue={s.text} maxLength={LIMITS.sourceText} />}
            </Field>
          </div>
        </fieldset>
      ))}
      {hydrated && rows.length < LIMITS.sources && (
        <button type="button" onClick={() => setExtra((n) => n + 1)} className={`text-sm ${secondaryButtonClass}`}>
          {t("addSource")}
        </button>
      )}
    </fieldset>
  );
}
