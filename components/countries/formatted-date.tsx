import { useFormatter, useTranslations } from "next-intl";
import { isoToDate } from "@/components/resolutions/names";

// A calendar date stored as "YYYY-MM-DD", shown in the reader's language (UTC, so never shifted);
// the year alone when the source gives no day.
export function FormattedDate({ iso, year }: { iso: string | null; year: number }) {
  const format = useFormatter();
  const t = useTranslations("countries.detail.vetoes");
  if (!iso) return <>{t("undated", { year: String(year) })}</>;
  return <time dateTime={iso}>{format.dateTime(isoToDate(iso), { dateStyle: "medium" })}</time>;
}
