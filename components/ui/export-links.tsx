import { useLocale, useTranslations } from "next-intl";
import { exportHref, type ExportList } from "@/lib/exports/links";
import type { DraftFilters } from "@/lib/validations/filters";

// "Download: CSV · JSON" for a list and its filters: every row the list shows, all pages
// (lib/exports/lists.ts). Plain links: the files come from a route handler, not a page.
export function ExportLinks({ list, filters, className = "" }: { list: ExportList; filters: DraftFilters; className?: string }) {
  const t = useTranslations("common.export");
  const locale = useLocale();
  const link = "text-sky-900 underline underline-offset-2 dark:text-sky-200";
  return (
    <p className={`text-sm ${className}`} data-export={list}>
      {t("label")}{" "}
      <a href={exportHref(list, filters, "csv", locale)} download className={link} data-format="csv">
        CSV
        <span className="sr-only"> ({t("what")})</span>
      </a>
      {" · "}
      <a href={exportHref(list, filters, "json", locale)} download className={link} data-format="json">
        JSON
        <span className="sr-only"> ({t("what")})</span>
      </a>
    </p>
  );
}
