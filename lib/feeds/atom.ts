import { Feed as AtomFeed } from "feed";
import { createTranslator } from "use-intl/core";
import commonEn from "@/messages/en/common.json";
import commonTh from "@/messages/th/common.json";
import resolutionsEn from "@/messages/en/resolutions.json";
import resolutionsTh from "@/messages/th/resolutions.json";
import { localized } from "@/lib/i18n-names";
import { displayYear } from "@/lib/years";
import { draftPath } from "@/lib/validations/draft-ref";
import type { Feed, FeedEntry, FeedKind } from "@/lib/queries/feeds";
import { feedPagePath, feedPath, localePath } from "./paths";

// An Atom 1.0 document (RFC 4287) for one feed, written by the `feed` library. Entry ids are tag:
// URIs (RFC 4151) of the site's host and the draft's ref: the same vote keeps its id in every feed
// and on every fetch, whatever its page's address becomes. Each language has its own ids, as its
// entries are other texts.

const MESSAGES = {
  en: { common: commonEn, resolutions: resolutionsEn },
  th: { common: commonTh, resolutions: resolutionsTh },
} as const;

// The year in a tag: URI dates the owner's claim on the host name; it must never change.
const TAG_DATE = "2026";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function atomId(site: URL, locale: string, name: string): string {
  return `tag:${site.hostname},${TAG_DATE}:${locale}/${name}`;
}

/** How the pages write dates and names in prose (components/ui/long-date.ts, components/resolutions/names.ts). */
export interface ProseFormat {
  longDate: (iso: string, locale: string) => string;
  nameInSentence: (member: { nameEn: string; nameTh: string }, locale: string) => string;
  membersInSentence: (members: readonly { nameEn: string; nameTh: string }[], locale: string) => string;
}

export function buildAtomFeed(feed: Feed, kind: FeedKind, locale: "en" | "th", site: URL, prose: ProseFormat): string {
  const messages = MESSAGES[locale];
  const t = createTranslator({ locale, messages, namespace: "resolutions" });
  const tc = createTranslator({ locale, messages, namespace: "common" });
  const subject = feed.subject ? localized(feed.subject, locale) : "";
  const title =
    kind.kind === "member" && feed.subject
      ? t("feeds.member", { member: prose.nameInSentence(feed.subject, locale) })
      : kind.kind === "topic"
        ? t("feeds.topic", { topic: subject })
        : t(`feeds.${kind.kind}`);
  const absolute = (path: string) => new URL(localePath(path, locale), site).href;
  // A feed changes when one of its drafts does; an empty feed has a fixed date rather than "now",
  // so that two fetches of it are the same document.
  const updated = feed.entries.reduce((max, e) => (e.updatedAt > max ? e.updatedAt : max), "1970-01-01T00:00:00.000Z");
  const atom = new AtomFeed({
    id: atomId(site, locale, feedPath(kind).slice(1)),
    title,
    description: t("feeds.subtitle", { count: feed.entries.length }),
    link: absolute(feedPagePath(kind)),
    feed: absolute(feedPath(kind)),
    updated: new Date(updated),
    author: { name: tc("siteName"), link: absolute("/") },
    copyright: tc("footer.sources"),
    language: locale,
    generator: false,
  });
  for (const e of feed.entries) {
    atom.addItem({
      id: atomId(site, locale, `drafts/${e.ref}`),
      title: escapeHtml(entryTitle(e, t, locale, prose)),
      link: absolute(draftPath(e.ref)),
      date: new Date(e.updatedAt),
      ...(e.date ? { published: new Date(`${e.date}T00:00:00Z`) } : {}),
      description: escapeHtml(entrySummary(e, kind, feed, t, tc, locale, prose)),
    });
  }
  return atom.atom1();
}

type Translate = ReturnType<typeof createTranslator<(typeof MESSAGES)["en"], "resolutions">>;
type TranslateCommon = ReturnType<typeof createTranslator<(typeof MESSAGES)["en"], "common">>;

/** As the draft's page title says it: "S/2024/255 — vetoed by the Russian Federation". */
function entryTitle(e: FeedEntry, t: Translate, locale: string, prose: ProseFormat): string {
  const ref = e.symbol ?? e.ref;
  if (e.outcome === "VETOED") {
    return e.vetoes.length > 0
      ? t("detail.metaTitle.VETOED", { ref, members: prose.membersInSentence(e.vetoes, locale) })
      : t("detail.metaTitle.VETOED_UNKNOWN", { ref });
  }
  if (e.outcome === "ADOPTED" && e.resolutionNumber !== null) {
    return e.symbol
      ? t("detail.metaTitle.ADOPTED_NUMBER", { ref, number: e.resolutionNumber, year: e.year })
      : t("detail.metaTitle.ADOPTED_RESOLUTION", { number: e.resolutionNumber, year: e.year });
  }
  return t(`detail.metaTitle.${e.outcome}`, { ref });
}

/** As the page's description says it, plus the member's own vote in a member's feed. */
function entrySummary(e: FeedEntry, kind: FeedKind, feed: Feed, t: Translate, tc: TranslateCommon, locale: string, prose: ProseFormat): string {
  const subject = e.title ?? e.agendaItem ?? e.symbol ?? e.ref;
  const sentence = /[.!?]$/.test(subject) ? subject : `${subject}.`;
  const date = e.date ? prose.longDate(e.date, locale) : displayYear(e.year, locale);
  const text = e.tally
    ? t("detail.metaDescription", { title: sentence, date, tally: t("detail.metaTally", e.tally) })
    : t("detail.metaDescriptionNoTally", { title: sentence, date });
  if (kind.kind !== "member" || !feed.subject || !e.memberVote) return text;
  return `${text} ${t("feeds.memberVote", { member: localized(feed.subject, locale), vote: tc(`vote.${e.memberVote}`) })}`;
}
