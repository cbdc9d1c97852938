import { getTranslations } from "next-intl/server";
import type { FeedKind } from "@/lib/queries/feeds";
import { feedPath, localePath } from "./paths";

/**
 * Next metadata `alternates.types` announcing a page's Atom feed (<link rel="alternate"
 * type="application/atom+xml">), titled as the feed is; `name` is the member's or topic's.
 */
export async function feedAlternate(kind: FeedKind, locale: string, name = "") {
  const t = await getTranslations({ locale, namespace: "resolutions.feeds" });
  const title = kind.kind === "member" ? t("member", { member: name }) : kind.kind === "topic" ? t("topic", { topic: name }) : t(kind.kind);
  return { "application/atom+xml": [{ url: localePath(feedPath(kind), locale), title }] };
}
