import { FILTER_FIELDS } from "./filters";

// The keys in /countries/<ISO3> and /topics/<slug>: malformed keys are a 404; keys in another
// case name the same page and are redirected to the canonical one.

export type RouteKey = { key: string; canonical: boolean } | null;

/** A path segment, percent-decoded; null when its escapes are malformed. */
function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** "RUS" → canonical; "rus" → RUS, not canonical; "RUSSIA" or "R1S" → null. */
export function parseCountryCode(raw: string): RouteKey {
  const decoded = decodeSegment(raw);
  if (decoded === null || !/^[A-Za-z]{3}$/.test(decoded)) return null;
  const key = decoded.toUpperCase();
  return { key, canonical: key === raw };
}

/** "dprk" → canonical; "DPRK" → dprk, not canonical; "no such/slug" → null. */
export function parseTopicSlug(raw: string): RouteKey {
  const decoded = decodeSegment(raw);
  if (decoded === null) return null;
  const parsed = FILTER_FIELDS.topic.safeParse(decoded);
  if (!parsed.success || parsed.data !== decoded.trim().toLowerCase()) return null;
  return { key: parsed.data, canonical: parsed.data === raw };
}
