import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { databaseDownResponse, withApiErrors } from "@/lib/api/errors";
import { buildAtomFeed } from "@/lib/feeds/atom";
import { parseFeedPath } from "@/lib/feeds/paths";
import { getFeedCached } from "@/lib/queries/cached";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http-cache";
import { siteUrl } from "@/lib/share";
import { longDate } from "@/components/ui/long-date";
import { membersInSentence, nameInSentence } from "@/components/resolutions/names";

// GET /feeds/votes.atom, /feeds/vetoes.atom, /feeds/members/<CODE>.atom, /feeds/topics/<slug>.atom
// (and /th/feeds/... in Thai): the latest votes as Atom (lib/feeds/atom.ts), from the cached
// query that every write expires.

type Context = { params: Promise<{ locale: string; path: string[] }> };

const notFound = () => new Response("No such feed.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export const GET = withApiErrors("GET /feeds", async (_request: Request, { params }: Context) => {
  const { locale, path } = await params;
  const kind = parseFeedPath(path);
  if (!hasLocale(routing.locales, locale) || !kind) return notFound();
  const down = await databaseDownResponse();
  if (down) return down;
  const feed = await getFeedCached(kind);
  if (!feed) return notFound();
  return new Response(buildAtomFeed(feed, kind, locale, siteUrl(), { longDate, membersInSentence, nameInSentence }), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
});
