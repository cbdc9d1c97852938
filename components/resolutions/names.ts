import { localized } from "@/lib/i18n-names";

// Member names in running text. English puts "the" before some state names ("vetoed by the
// Russian Federation", "the United States", "the Congo"); Thai does not use articles.
const TAKES_THE = new RegExp(
  "^(United |Russian Federation|Republic of |Democratic |Federal |Union of |USSR|Netherlands|Philippines|Czech Republic|Dominican Republic|" +
    "Syrian Arab Republic|Central African Republic|Lao People|Islamic Republic|Plurinational|Bolivarian|Holy See|" +
    "Gambia|Bahamas|Comoros|Maldives|Seychelles|Congo|Sudan|Niger$|Ukrainian SSR|Byelorussian SSR)",
);

export function nameInSentence(member: { nameEn: string; nameTh: string }, locale: string): string {
  if (locale === "th") return localized(member, locale);
  return TAKES_THE.test(member.nameEn) ? `the ${member.nameEn}` : member.nameEn;
}

/** "the Russian Federation and China" / "สหพันธรัฐรัสเซียและจีน". */
export function membersInSentence(members: readonly { nameEn: string; nameTh: string }[], locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(members.map((m) => nameInSentence(m, locale)));
}

const ACRONYMS = new Set(["USSR", "SSR", "UAR", "USA", "UK", "DPRK", "GDR", "FRG"]);
const SMALL_WORDS = new Set(["of", "the", "and", "da", "de", "del", "d'"]);

/**
 * The name a vote was recorded under (USSR, Zaire, Byelorussian SSR), or null when it is just
 * today's name. Some sources write names in capitals; those are put in title case.
 */
export function recordedName(nameAtTime: string | null, nameEn: string): string | null {
  if (!nameAtTime || nameAtTime.toLowerCase() === nameEn.toLowerCase()) return null;
  if (nameAtTime !== nameAtTime.toUpperCase()) return nameAtTime;
  return nameAtTime
    .split(/(\s+|-)/)
    .map((word, i) => {
      if (/^\s+$|^-$/.test(word) || ACRONYMS.has(word)) return word;
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join("");
}

/** ISO calendar date → Date at UTC midnight, for next-intl's formatter (configured with timeZone UTC). */
export const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** https://undocs.org/<symbol>: the UN's resolver for official document symbols. */
export const undocsUrl = (symbol: string) => `https://undocs.org/${symbol}`;
