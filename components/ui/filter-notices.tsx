import { useTranslations } from "next-intl";
import type { FilterNotice } from "@/lib/validations/filters";

// Invalid query-string filters are dropped, never fatal; this says which ones and why.
export function FilterNotices({ notices }: { notices: readonly FilterNotice[] }) {
  const t = useTranslations("common.filterNotice");
  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">{t("title")}</p>
      <ul className="mt-1 list-disc pl-5">
        {notices.map((n) => (
          <li key={`${n.param}-${n.reason}`}>{t(n.reason, { param: n.param, value: n.value })}</li>
        ))}
      </ul>
    </div>
  );
}
