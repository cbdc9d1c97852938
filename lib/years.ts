// Years as the reader's calendar writes them. The Thai interface shows every year in the Buddhist
// era (BE = CE + 543), as Intl already does for Thai full dates ("24 ธ.ค. 2534"); the database, the
// API and every URL stay in the Common Era, so a shared link means the same in both languages.

export const BUDDHIST_ERA_OFFSET = 543;
/**
 * Input rule: a year of 2400 or more is a Buddhist-era year (CE 1857 and later in BE run from 2400;
 * no Council year in the Common Era comes near it), anything lower is Common Era. Either era is
 * accepted in every language.
 */
export const BUDDHIST_ERA_FROM = 2400;

/** The year params of page URLs: the period (from, to) and the countries' council year. */
export const YEAR_PARAMS = ["from", "to", "year"] as const;

const buddhist = (locale: string) => locale === "th";

/** A Common Era year as shown to the reader: 1991 in English, 2534 in Thai. */
export function displayYear(year: number, locale: string): string {
  return String(buddhist(locale) ? year + BUDDHIST_ERA_OFFSET : year);
}

/** "1991–2024" / "2534–2567"; one year alone when both ends are the same. */
export function displayYearRange(first: number, last: number, locale: string): string {
  return first === last ? displayYear(first, locale) : `${displayYear(first, locale)}–${displayYear(last, locale)}`;
}

/** A decade bucket (1990 = 1990–1999): "1990" for English's "{decade}s", "2533–2542" in Thai (BE decades do not line up with CE ones). */
export function displayDecade(decade: number, locale: string): string {
  return buddhist(locale) ? displayYearRange(decade, decade + 9, locale) : String(decade);
}

/** The Common Era year of a typed year in either era (see BUDDHIST_ERA_FROM). */
export function commonEraYear(year: number): number {
  return year >= BUDDHIST_ERA_FROM ? year - BUDDHIST_ERA_OFFSET : year;
}

/**
 * The same query with Buddhist-era years (from=2563) written in the Common Era (from=2020), or
 * null when there is nothing to change: URLs always carry CE years.
 */
export function commonEraYearParams(search: URLSearchParams): URLSearchParams | null {
  let changed = false;
  const out = new URLSearchParams(search);
  for (const key of YEAR_PARAMS) {
    const raw = search.get(key)?.trim();
    if (!raw || !/^\d{4}$/.test(raw)) continue;
    const ce = commonEraYear(Number(raw));
    if (ce !== Number(raw)) {
      out.set(key, String(ce));
      changed = true;
    }
  }
  return changed ? out : null;
}

/**
 * The bounds and shown value of a year input: in Thai the year shows in BE and either era may be
 * typed (min is the earliest CE year, max the latest BE one); the server reads both (commonEraYear).
 */
export function yearInputProps(
  value: number | undefined,
  locale: string,
  bounds: { min: number; max: number },
): { min: number; max: number; defaultValue: string } {
  return {
    min: bounds.min,
    max: buddhist(locale) ? bounds.max + BUDDHIST_ERA_OFFSET : bounds.max,
    defaultValue: value === undefined ? "" : displayYear(value, locale),
  };
}
