import { useFormatter, useLocale } from "next-intl";
import { isoToDate } from "@/components/resolutions/names";
import { displayYear } from "@/lib/years";

// A vote's calendar date in the reader's language ("28 Mar 2024", "28 มี.ค. 2567"); a year alone
// when the sources give only the year.
export function VoteDate({ date, year }: { date: string | null; year?: number }) {
  const format = useFormatter();
  const locale = useLocale();
  if (!date) return year ? <span className="tabular-nums">{displayYear(year, locale)}</span> : <span className="text-slate-500">—</span>;
  return (
    <time dateTime={date} className="whitespace-nowrap tabular-nums">
      {format.dateTime(isoToDate(date), { dateStyle: "medium" })}
    </time>
  );
}
