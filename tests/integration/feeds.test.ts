import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET } from "@/app/[locale]/feeds/[...path]/route";

// The Atom feeds, called as Next would call the route handler, against this file's seeded database
// copy. Each document is checked against RFC 4287's rules for what a reader needs: a feed id, title,
// updated and author; entries each with an id, title, updated and a link; ids stable; newest first.

async function call(locale: string, path: string) {
  const res = await GET(new Request(`http://localhost/${locale}/feeds/${path}`), { params: Promise.resolve({ locale, path: path.split("/") }) });
  return { res, text: await res.text() };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "author"].includes(name) });

type Link = { "@href": string; "@rel"?: string };
type Text = string | { "#text": string; "@type"?: string };
interface Entry {
  id: string;
  title: Text;
  updated: string;
  published?: string;
  link: Link[];
  summary?: Text;
}
interface AtomFeed {
  "@xmlns": string;
  id: string;
  title: Text;
  updated: string;
  link: Link[];
  author: { name: string }[];
  entry?: Entry[];
}

const text = (t: Text | undefined) => (typeof t === "object" ? t["#text"] : t);
// RFC 3339 date-time, as Atom requires for updated and published.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const isIri = (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s);

/** Parses and checks one feed against the Atom rules; returns it. */
function validAtom(xml: string): AtomFeed {
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = (parser.parse(xml) as { feed: AtomFeed }).feed;
  expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect(isIri(feed.id)).toBe(true);
  expect(text(feed.title)).toBeTruthy();
  expect(feed.updated).toMatch(RFC3339);
  expect(feed.author[0]?.name).toBeTruthy(); // required unless every entry has one
  expect(feed.link.find((l) => l["@rel"] === "self")?.["@href"]).toMatch(/\.atom$/);
  expect(feed.link.find((l) => l["@rel"] === "alternate")?.["@href"]).toMatch(/^https?:\/\//);
  const entries = feed.entry ?? [];
  for (const e of entries) {
    expect(isIri(e.id)).toBe(true);
    expect(text(e.title)).toBeTruthy();
    expect(e.updated).toMatch(RFC3339);
    if (e.published) expect(e.published).toMatch(RFC3339);
    expect(e.link[0]?.["@href"]).toMatch(/^https?:\/\/[^/]+(\/th)?\/resolutions\//);
    // An entry without content must have a summary (and an alternate link, above).
    expect(text(e.summary)).toBeTruthy();
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  // The feed's updated is its newest entry's.
  if (entries.length) expect(Date.parse(feed.updated)).toBe(Math.max(...entries.map((e) => Date.parse(e.updated))));
  return feed;
}

/** The vote dates of the entries' drafts, in feed order (from the database, by the entry's link). */
async function voteDates(feed: AtomFeed): Promise<(string | null)[]> {
  const refs = (feed.entry ?? []).map((e) => decodeURIComponent(new URL(e.link[0]!["@href"]).pathname.replace(/^(\/th)?\/resolutions\//, "")));
  const drafts = await db.draft.findMany({ where: { ref: { in: refs } }, select: { ref: true, votedOn: true, year: true } });
  const byRef = new Map(drafts.map((d) => [d.ref, d]));
  expect(byRef.size).toBe(refs.length);
  return refs.map((r) => byRef.get(r)!.votedOn?.toISOString().slice(0, 10) ?? `${byRef.get(r)!.year}`);
}

describe("Atom feeds", () => {
  it("every vote: valid Atom with 50 entries, newest vote first, served as application/atom+xml with public caching", async () => {
    const { res, text: xml } = await call("en", "votes.atom");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(res.headers.get("cache-control")).toMatch(/^public, .*s-maxage=\d+/);
    const feed = validAtom(xml);
    expect(feed.entry).toHaveLength(50);
    const dates = await voteDates(feed);
    expect([...dates].sort().reverse()).toEqual(dates);
    const latest = await db.draft.findFirst({
      orderBy: [{ year: "desc" }, { votedOn: { sort: "desc", nulls: "last" } }, { ref: "desc" }],
      select: { ref: true },
    });
    expect(feed.entry![0]!.link[0]!["@href"]).toMatch(new RegExp(`/resolutions/${latest!.ref.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  });

  it("entry and feed ids are the same on a second fetch", async () => {
    const first = validAtom((await call("en", "vetoes.atom")).text);
    const second = validAtom((await call("en", "vetoes.atom")).text);
    expect(second.id).toBe(first.id);
    expect(second.entry!.map((e) => e.id)).toEqual(first.entry!.map((e) => e.id));
    expect(first.entry![0]!.id).toMatch(/^tag:[^,]+,2026:en\/drafts\//);
  });

  it("vetoes: only vetoed drafts, each titled with who vetoed it", async () => {
    const feed = validAtom((await call("en", "vetoes.atom")).text);
    expect(feed.entry!.length).toBeGreaterThan(10);
    for (const e of feed.entry!) expect(text(e.title)).toMatch(/— vetoed/);
    const seed = feed.entry!.find((e) => e.link[0]!["@href"].endsWith("/resolutions/S/2024/255"));
    if (seed) {
      expect(text(seed.title)).toBe("S/2024/255 — vetoed by the Russian Federation");
      expect(text(seed.summary)).toMatch(/Put to the vote on 28 March 2024\. 13 in favour, 1 against, 1 abstaining\./);
    }
  });

  it("a member's feed gives the member's own vote; a topic's feed only its drafts", async () => {
    const rus = validAtom((await call("en", "members/rus.atom")).text);
    expect(text(rus.title)).toBe("How the Russian Federation voted in the UN Security Council");
    expect(rus.entry!.length).toBeGreaterThan(0);
    for (const e of rus.entry!) expect(text(e.summary)).toMatch(/Russian Federation: (In favour|Against|Abstention|Did not vote|[^.]+)\.$/);
    const dprk = validAtom((await call("en", "topics/dprk.atom")).text);
    const refs = (dprk.entry ?? []).map((e) => decodeURIComponent(new URL(e.link[0]!["@href"]).pathname.replace(/^\/resolutions\//, "")));
    expect(refs.length).toBeGreaterThan(0);
    const tagged = await db.draftTopic.count({ where: { topicSlug: "dprk", draft: { ref: { in: refs } } } });
    expect(tagged).toBe(refs.length);
    expect(refs).toContain("S/2024/255");
  });

  it("Thai feeds are in Thai, with their own ids and /th links", async () => {
    const th = validAtom((await call("th", "votes.atom")).text);
    const en = validAtom((await call("en", "votes.atom")).text);
    expect(text(th.title)).toMatch(/คณะมนตรีความมั่นคง/);
    expect(th.id).not.toBe(en.id);
    expect(th.entry![0]!.link[0]!["@href"]).toMatch(/\/th\/resolutions\//);
  });

  it("answers 404 for an unknown member, topic or feed name", async () => {
    for (const path of ["members/XXX.atom", "topics/no-such-topic.atom", "everything.atom", "votes.rss", "members/RUSS.atom"]) {
      expect((await call("en", path)).res.status, path).toBe(404);
    }
    expect((await call("fr", "votes.atom")).res.status).toBe(404);
  });
});
