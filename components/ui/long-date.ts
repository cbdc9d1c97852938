import { isoToDate } from "@/components/resolutions/names";

/**
 * A calendar date in words, as the site's prose writes it: "29 September 2026" in English (day
 * first, as the UN writes dates), "29 กันยายน 2569" in Thai (Buddhist era, as the rest of the Thai UI).
 */
export function longDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === "th" ? "th" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(isoToDate(iso));
}
