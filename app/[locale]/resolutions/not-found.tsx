"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

// Unknown or malformed draft symbols and resolution numbers (a real 404 status).
// A client component on purpose: React renders this boundary before the draft page sets the
// request locale, and the draft pages are static copies (no locale header to fall back on), so a
// server-side getTranslations() here would fix the whole page's locale to English. The texts come
// from the layout's client messages (common.draftNotFound).
export default function DraftNotFound() {
  const t = useTranslations("common.draftNotFound");
  return (
    <div className="mx-auto max-w-2xl py-12">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t("body")}</p>
      <Link href="/resolutions" className="mt-6 inline-block text-sky-900 underline underline-offset-2 dark:text-sky-200">
        {t("back")}
      </Link>
    </div>
  );
}
