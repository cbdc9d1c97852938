"use client";

import { useTranslations } from "next-intl";

// Unexpected failures (typically the database being down) land here: say so, offer a retry.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div
      role="alert"
      className="mx-auto max-w-xl rounded-lg border border-amber-300 bg-amber-50 p-6 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
      <button type="button" onClick={() => reset()} className="mt-4 rounded bg-amber-800 px-4 py-2 font-medium text-white hover:bg-amber-900">
        {t("retry")}
      </button>
    </div>
  );
}
