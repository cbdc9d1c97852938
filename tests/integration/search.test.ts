// The free-text search (`q=`, issue 13) on the seeded data, on PostgreSQL and on PGlite: the
// weighted document (draft.search_vector), synonyms, symbols by trigram, ranking, hostile input.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listDrafts } from "@/lib/queries/drafts";
import { listVetoes } from "@/lib/queries/vetoes";
import { parseDraftFilters } from "@/lib/validations/filters";

const filtersOf = (query: string) => parseDraftFilters(new URLSearchParams(query)).filters;
const allRefs = async (query: string) => (await listDrafts(filtersOf(query), 5000)).rows.map((r) => r.ref);

describe("search by the names people use", () => {
  it("the seed loaded every synonym of data/search-synonyms.csv", async () => {
    const rows = readFileSync("data/search-synonyms.csv", "utf8").trim().split("\n").length - 1;
    expect(await db.searchSynonym.count()).toBe(rows);
  });

  it("'North Korea' finds every draft on the DPRK topic (the topic is named 'DPRK (North Korea)', titles say DPRK)", async () => {
    const dprk = (await db.draftTopic.findMany({ where: { topicSlug: "dprk" }, select: { draft: { select: { ref: true } } } })).map((t) => t.draft.ref);
    expect(dprk.length).toBeGreaterThanOrEqual(27);
    for (const q of ["North Korea", "north korea", "DPRK", "Democratic People's Republic of Korea", "เกาหลีเหนือ"]) {
      const refs = await allRefs(`q=${encodeURIComponent(q)}`);
      expect(refs, q).toEqual(expect.arrayContaining(dprk));
    }
  });

  it("'Gaza' among the United States' vetoes since 2000 finds the 20 vetoes on Israel–Palestine, and nothing else", async () => {
    const all = await listVetoes({ vetoedBy: "USA", from: 2000 }, 500);
    const onPalestine = await db.draft.findMany({
      where: { year: { gte: 2000 }, vetoes: { some: { memberCode: "USA" } }, topics: { some: { topicSlug: "israel-palestine" } } },
      select: { ref: true },
    });
    expect(onPalestine).toHaveLength(20); // of the 22 vetoed drafts; the other two: Bosnia (2002), terrorism (2020)
    expect(all.total).toBe(22);
    for (const q of ["Gaza", "gaza", "Palestine", "Palestinian", "กาซา"]) {
      const found = await listVetoes({ vetoedBy: "USA", from: 2000, q }, 500);
      expect(found.total, q).toBe(20);
      expect(found.items.map((i) => i.ref).sort(), q).toEqual(onPalestine.map((d) => d.ref).sort());
    }
  });

  it("finds Burma as Myanmar, Ivory Coast as Côte d'Ivoire, Syria by its official name", async () => {
    const sorted = async (query: string) => (await allRefs(query)).sort();
    expect(await sorted("q=Burma")).toEqual(await sorted("q=Myanmar"));
    const ivory = await allRefs("q=Ivory+Coast");
    expect(ivory.length).toBeGreaterThan(0);
    expect(ivory.sort()).toEqual(await sorted(`q=${encodeURIComponent("Côte d'Ivoire")}`));
    expect(await sorted("q=Syrian+Arab+Republic")).toEqual(await sorted("q=Syria"));
  });

  it("matches the last word as a prefix, and all the words", async () => {
    const prefix = await allRefs("q=Ukrai");
    expect(prefix.length).toBeGreaterThan(0);
    expect([...prefix].sort()).toEqual((await allRefs("q=Ukraine")).sort());
    const both = await allRefs("q=Ukraine+letter");
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(prefix.length);
    expect(prefix).toEqual(expect.arrayContaining(both));
  });
});

describe("search by symbol, resolution or meeting: that draft first", () => {
  it.each([
    ["S/2024/255", "S/2024/255"],
    ["s/2024/255", "S/2024/255"],
    ["2024/255", "S/2024/255"],
    ["S/RES/2719", null],
    ["RES 2719", null],
    ["resolution 2719 (2024)", null],
  ])("%s", async (q, ref) => {
    const list = await listDrafts({ q });
    expect(list.total).toBeGreaterThan(0);
    const first = list.rows[0]!;
    if (ref) expect(first.ref).toBe(ref);
    else expect(first.resolutionNumber).toBe(2719);
  });

  it("a meeting record finds the drafts voted at that meeting", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ where: { record: "S/PV.9591" }, select: { drafts: { select: { ref: true } } } });
    expect(meeting.drafts.length).toBeGreaterThan(0);
    for (const q of ["S/PV.9591", "PV 9591"]) {
      const refs = (await listDrafts({ q })).rows.map((r) => r.ref);
      expect(refs, q).toEqual(expect.arrayContaining(meeting.drafts.map((d) => d.ref)));
    }
  });
});

describe("ranking", () => {
  it("with a search and no order asked, the best match first and the newest first among equals; other orders still apply", async () => {
    const ranked = (await listDrafts({ q: "Ukraine" }, 5000)).rows;
    // A draft naming Ukraine in its title outranks one filed under the topic only.
    expect(ranked[0]!.title ?? "").toMatch(/ukrain/i);
    expect((await listDrafts({ q: "Ukraine", sort: "relevance" }, 5000)).rows).toEqual(ranked);
    const byDate = (await listDrafts({ q: "Ukraine", sort: "date-asc" }, 5000)).rows;
    expect(byDate.map((r) => r.ref).sort()).toEqual(ranked.map((r) => r.ref).sort());
    const keys = byDate.map((r) => `${r.year}-${r.date ?? ""}`);
    expect(keys).toEqual([...keys].sort());
    const bySymbol = (await listDrafts({ q: "Ukraine", sort: "symbol" }, 5000)).rows.map((r) => r.ref);
    expect(bySymbol).toEqual([...bySymbol].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // Relevance without a search is newest first.
    expect((await listDrafts({ sort: "relevance" })).rows).toEqual((await listDrafts({})).rows);
  });

  it("equal ranks come newest first (a symbol search matching many drafts equally)", async () => {
    const rows = (await listDrafts({ q: "Synthetic-never-matches Ukraine" })).rows;
    expect(rows).toEqual([]);
    const vetoes = (await listVetoes({ vetoedBy: "USA", from: 2000, q: "Palestinian" }, 500)).items;
    expect(vetoes.length).toBeGreaterThan(0);
  });

  it("pages through a search with a total that agrees with the rows", async () => {
    const all = await listDrafts({ q: "Middle East" }, 5000);
    const pages: string[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 50); page++) pages.push(...(await listDrafts({ q: "Middle East", page })).rows.map((r) => r.ref));
    expect(pages).toEqual(all.rows.map((r) => r.ref));
    expect(new Set(pages).size).toBe(all.total);
  });

  it("combines with the other filters (country, outcome, years) on both list queries", async () => {
    const withCountry = await listDrafts(filtersOf("q=Syria&country=RUS&vote=N"), 5000);
    const plain = await listDrafts(filtersOf("q=Syria"), 5000);
    expect(withCountry.total).toBeGreaterThan(0);
    expect(withCountry.total).toBeLessThan(plain.total);
    expect(plain.rows.map((r) => r.ref)).toEqual(expect.arrayContaining(withCountry.rows.map((r) => r.ref)));
    const vetoed = await listDrafts(filtersOf("q=Syria&outcome=vetoed&from=2011&to=2020"), 5000);
    expect(vetoed.rows.every((r) => r.outcome === "VETOED" && r.year >= 2011 && r.year <= 2020)).toBe(true);
  });
});

describe("the search document stays current", () => {
  it("follows a new title, a topic linked or unlinked, and a renamed topic", async () => {
    const draft = await db.draft.findUniqueOrThrow({ where: { ref: "S/2024/255" }, select: { id: true } });
    const found = async (q: string) => (await listDrafts({ q }, 5000)).rows.some((r) => r.ref === "S/2024/255");
    expect(await found("Zanzibarquux")).toBe(false);
    await db.draft.update({ where: { id: draft.id }, data: { title: "Zanzibarquux panel" } });
    expect(await found("Zanzibarquux")).toBe(true);

    expect(await found("Haiti")).toBe(false);
    await db.draftTopic.create({ data: { draftId: draft.id, topicSlug: "haiti" } });
    expect(await found("Haiti")).toBe(true);
    await db.draftTopic.delete({ where: { draftId_topicSlug: { draftId: draft.id, topicSlug: "haiti" } } });
    expect(await found("Haiti")).toBe(false);

    await db.topic.update({ where: { slug: "dprk" }, data: { labelEn: "Quuxland" } });
    expect(await found("Quuxland")).toBe(true);
  });
});

describe("hostile input never errors", () => {
  const HOSTILE = [
    "'",
    '"',
    "a & b",
    "a | b",
    "!a",
    "a:*",
    ":*",
    "&|!():*<->",
    "\\",
    "\\\\'",
    "'; DROP TABLE draft; --",
    "%_%",
    "S/20_4",
    "x".repeat(200),
    "ก".repeat(200),
    "ความมั่นคง เกาหลี",
    "(((((",
    "<-> <2> <->",
    "NULL",
    "​﻿", // zero-width space and BOM
    "🙂 Gaza 🙂",
  ];

  it.each(HOSTILE)("%j on the list of drafts and the veto list", async (q) => {
    await expect(listDrafts({ q })).resolves.toBeDefined();
    await expect(listDrafts({ q, country: "USA" })).resolves.toBeDefined();
    await expect(listVetoes({ q })).resolves.toBeDefined();
  });

  it("a 500-character paste is refused as a filter (max 200) and searched in part when called directly", async () => {
    const long = "Gaza ".repeat(100);
    const parsed = parseDraftFilters(new URLSearchParams({ q: long }));
    expect(parsed.filters.q).toBeUndefined();
    expect(parsed.notices).toEqual([expect.objectContaining({ param: "q", reason: "invalid" })]);
    await expect(listDrafts({ q: long })).resolves.toBeDefined();
  });
});
