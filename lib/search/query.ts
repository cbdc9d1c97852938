// The free-text search (`q=`) as a plan of safe pieces: a to_tsquery string built only from word
// tokens (never the raw input), a LIKE pattern for symbols, a resolution number, a meeting record.
// Pure; the SQL that runs the plan is lib/queries/search.ts.

/** At most this many words are searched (a 500-character paste stays one small query). */
export const MAX_SEARCH_WORDS = 8;
const MAX_WORD_LENGTH = 60;

/**
 * The words of a text as PostgreSQL's `simple` configuration reads them: runs of letters, marks
 * and digits, lower-cased. Marks keep Thai words whole (their vowels and tone marks are marks).
 * A word holds no tsquery operator (& | ! ( ) : * < > ' \), so it is safe inside to_tsquery.
 */
export function searchTokens(text: string): string[] {
  return (
    text
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{Nd}]+/gu) ?? []
  ).filter((w) => w.length <= MAX_WORD_LENGTH);
}

/** A synonym group: every term (as its words) of one subject, e.g. [["north","korea"],["dprk"]]. */
export type SynonymGroup = readonly (readonly string[])[];

export interface SearchPlan {
  /** For to_tsquery('simple', …): words AND-ed, the last as a prefix, synonyms OR-ed; null when no word. */
  tsquery: string | null;
  /** The same, matching only the symbol and title (weights A and B): these drafts rank first. */
  tsqueryTitle: string | null;
  /** ILIKE pattern (backslash-escaped) for ref, symbol and meeting record; null unless the input looks like a symbol. */
  like: string | null;
  /** The input as a symbol, upper-case, for exact matches first. */
  symbol: string | null;
  /** S/RES/2719, RES 2719, resolution 2719 (2024), 2719. */
  resolution: number | null;
  /** The input looks like a meeting record (S/PV.9591, PV 9591): match meeting.record too. */
  meeting: boolean;
  /** ILIKE pattern for Thai input: Thai is written without spaces, so names are matched inside words too. */
  thai: string | null;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
// A name's words are AND-ed, not a phrase (<->): a phrase needs the positions, which the GIN index
// does not hold, so every match would be read again from the table (a third slower at 100x).
const term = (words: readonly string[], w: string) => (words.length > 1 ? `(${words.map((x) => x + w).join(" & ")})` : words[0]! + w);

/** Index of synonym terms by first word, longest first, for a greedy longest match. */
function termIndex(groups: readonly SynonymGroup[]) {
  const byFirst = new Map<string, { words: readonly string[]; group: number }[]>();
  groups.forEach((terms, group) => {
    for (const words of terms) {
      if (!words.length) continue;
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, group });
      byFirst.set(words[0]!, list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

/**
 * The tsquery text for these words: a known name becomes (name | synonym | …), the last plain word
 * a prefix. `weights` (e.g. "AB") restricts every word to those parts of the document.
 */
export function buildTsQuery(words: readonly string[], groups: readonly SynonymGroup[] = [], weights = ""): string | null {
  const w = weights ? `:${weights}` : "";
  const index = termIndex(groups);
  const clauses: string[] = [];
  for (let i = 0; i < words.length;) {
    const match = index.get(words[i]!)?.find((t) => t.words.every((w, k) => words[i + k] === w));
    if (match) {
      clauses.push(`(${groups[match.group]!.map((t) => term(t, w)).join(" | ")})`);
      i += match.words.length;
    } else {
      clauses.push(i === words.length - 1 ? `${words[i]}:*${weights}` : words[i]! + w);
      i += 1;
    }
  }
  const unique = [...new Set(clauses)];
  return unique.length ? unique.join(" & ") : null;
}

const RESOLUTION = /^(?:s\s*\/\s*)?res(?:olution)?\s*[/.]?\s*(\d{1,5})\s*(?:\(\s*\d{4}\s*\))?$/i;
const MEETING = /^(?:s\s*\/\s*)?pv\s*[.\s]\s*(\d{1,5})/i;

export function planSearch(input: string, groups: readonly SynonymGroup[] = []): SearchPlan {
  const raw = input.trim().slice(0, 200);
  const words = searchTokens(raw).slice(0, MAX_SEARCH_WORDS);
  // Symbols are written with slashes and dots, sometimes with spaces around them ("S / 2024 / 255").
  const compact = raw.replace(/\s*([/.])\s*/g, "$1");
  const symbolLike = /\d/.test(compact) && /^[a-z0-9/.\-()]{2,40}$/i.test(compact);
  const resolution = RESOLUTION.exec(raw)?.[1] ?? (/^\d{1,5}$/.test(raw) ? raw : null);
  const meeting = MEETING.exec(raw);
  // "PV 9591" and "S/PV 9591" are the record S/PV.9591.
  const symbol = meeting ? `S/PV.${meeting[1]}` : symbolLike ? compact.toUpperCase() : null;
  return {
    tsquery: buildTsQuery(words, groups),
    tsqueryTitle: buildTsQuery(words, groups, "AB"),
    like: symbol ? `%${escapeLike(symbol)}%` : null,
    symbol,
    resolution: resolution === null ? null : Number(resolution),
    meeting: meeting !== null,
    thai: /\p{Script=Thai}/u.test(raw) ? `%${escapeLike(raw)}%` : null,
  };
}
