import { useTranslations } from "next-intl";

// Permanent or elected, told apart by a symbol as well as colour.
export function SeatStatus({ permanent }: { permanent: boolean }) {
  const t = useTranslations("common");
  return permanent ? (
    <span
      className={
        "inline-flex items-center gap-1 whitespace-nowrap rounded-full bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-950 " +
        "dark:bg-sky-950 dark:text-sky-100"
      }
    >
      <span aria-hidden="true">★</span>
      {t("permanent")}
    </span>
  ) : (
    <span
      className={
        "inline-flex items-center gap-1 whitespace-nowrap rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-800 " +
        "dark:bg-slate-800 dark:text-slate-200"
      }
    >
      <span aria-hidden="true">○</span>
      {t("elected")}
    </span>
  );
}
