import type { FeedKind } from "@/lib/queries/feeds";

// The feeds' public addresses, under each language's prefix like the pages they follow:
// /feeds/votes.atom, /feeds/vetoes.atom, /feeds/members/RUS.atom, /feeds/topics/dprk.atom
// (English) and /th/feeds/... (Thai).

const MEMBER = /^[A-Za-z]{3}$/;
const TOPIC = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The feed a path under /feeds names (its segments), or null for none. A member's code is upper-cased. */
export function parseFeedPath(segments: readonly string[]): FeedKind | null {
  const last = segments[segments.length - 1];
  if (!last?.endsWith(".atom")) return null;
  const name = last.slice(0, -".atom".length);
  if (segments.length === 1) return name === "votes" ? { kind: "votes" } : name === "vetoes" ? { kind: "vetoes" } : null;
  if (segments.length !== 2) return null;
  if (segments[0] === "members" && MEMBER.test(name)) return { kind: "member", code: name.toUpperCase() };
  if (segments[0] === "topics" && TOPIC.test(name) && name.length <= 60) return { kind: "topic", slug: name };
  return null;
}

/** The path of a feed, without the language prefix (as next-intl's Link and getPathname take it). */
export function feedPath(feed: FeedKind): string {
  switch (feed.kind) {
    case "votes":
      return "/feeds/votes.atom";
    case "vetoes":
      return "/feeds/vetoes.atom";
    case "member":
      return `/feeds/members/${feed.code}.atom`;
    case "topic":
      return `/feeds/topics/${feed.slug}.atom`;
  }
}

/** The page a feed follows: the list of drafts, the veto list, a member's or a topic's page. */
export function feedPagePath(feed: FeedKind): string {
  switch (feed.kind) {
    case "votes":
      return "/resolutions";
    case "vetoes":
      return "/vetoes";
    case "member":
      return `/countries/${feed.code}`;
    case "topic":
      return `/topics/${feed.slug}`;
  }
}

/** A path in the given language: English unprefixed, Thai under /th (i18n/routing.ts). */
export function localePath(path: string, locale: string): string {
  return locale === "en" ? path : `/${locale}${path === "/" ? "" : path}`;
}
