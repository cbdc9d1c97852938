import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { draftWhere } from "@/lib/queries/draft-where";
import { listDrafts } from "@/lib/queries/drafts";
import { getHeadlineFigures, getInTheNews, getLatestVotes, getMostVetoedTopics } from "@/lib/queries/dashboard";
import { getVetoesByTopic, getVetoHistory, getVetoTotals, listVetoCasts, listVetoes, VETO_PAGE_SIZE } from "@/lib/queries/vetoes";
import { CHINA_SUCCESSION_DATE } from "@/lib/council/rules";
import { readCsv, vetoCastsInSources } from "../support/veto-sources";

// Runs against the seeded database (tests/support/per-file-database.ts gives this file its own copy).
// Expected numbers come from the sources, not from the code under test:
//   - the Dag Hammarskjöld Library veto list to 8 July 2022 (data/sc-vetoes.csv): USSR 90,
//     Russian Federation 31, United States 82, United Kingdom 29, China 17, France 16;
//   - plus every vetoing member named in data/recent-vetoes.csv (30 Sep 2022 onwards) and in
//     data/sc-votes-2026.csv (tests/support/veto-sources.ts).

const HISTORIC = readCsv("data/sc-vetoes.csv");
const recentCasts = vetoCastsInSources()
  .filter((c) => c.file !== "sc-vetoes.csv")
  .map((c) => ({ member: c.member, year: Number(c.date.slice(0, 4)) }));

const SOURCE_TO_2022 = { SUN: 90, RUS: 31, USA: 82, GBR: 29, CHN: 17, FRA: 16 } as const;
type Code = keyof typeof SOURCE_TO_2022;
const CODES = Object.keys(SOURCE_TO_2022) as Code[];
const recentBy = (code: string, years?: [number, number]) =>
  recentCasts.filter((c) => c.member === code && (!years || (c.year >= years[0] && c.year <= years[1]))).length;
const expected = (code: Code) => SOURCE_TO_2022[code] + recentBy(code);
// The Republic of China's vetoes are the CHN vetoes before GA resolution 2758 (none since 2022).
const rocExpected = HISTORIC.filter((r) => r.member_iso3 === "CHN" && r.date! < CHINA_SUCCESSION_DATE).length;

describe("the sources agree with the totals quoted in the brief", () => {
  it.each(CODES)("%s in data/sc-vetoes.csv", (code) => {
    expect(HISTORIC.filter((r) => r.member_iso3 === code)).toHaveLength(SOURCE_TO_2022[code]);
  });
});

describe("getVetoHistory", () => {
  it("state view: each state's total equals the sources (USSR and Russia apart, ROC and PRC apart)", async () => {
    const h = await getVetoHistory({ view: "state", by: "year" });
    for (const code of ["SUN", "RUS", "USA", "GBR", "FRA"] as const) expect(h.totals[code] ?? 0, code).toBe(expected(code));
    expect(h.totals.ROC ?? 0).toBe(rocExpected);
    expect(h.totals.PRC ?? 0).toBe(expected("CHN") - rocExpected);
    expect(h.total).toBe(CODES.reduce((s, c) => s + expected(c), 0));
    expect(h.series.map((s) => s.key)).toEqual(["SUN", "RUS", "USA", "GBR", "FRA", "ROC", "PRC"]);
  });

  it("seat view: the Soviet/Russian seat is SUN + RUS, China's seat is ROC + PRC", async () => {
    const h = await getVetoHistory({ view: "seat", by: "year" });
    expect(h.totals.RUS).toBe(expected("SUN") + expected("RUS"));
    expect(h.totals.CHN).toBe(expected("CHN"));
    for (const code of ["USA", "GBR", "FRA"] as const) expect(h.totals[code]).toBe(expected(code));
    expect(h.series.map((s) => s.key)).toEqual(["RUS", "USA", "GBR", "FRA", "CHN"]);
  });

  it("rows add up to the totals, years are contiguous, and decades hold the same vetoes", async () => {
    const years = await getVetoHistory({ view: "state", by: "year" });
    const decades = await getVetoHistory({ view: "state", by: "decade" });
    expect(years.rows.reduce((s, r) => s + r.total, 0)).toBe(years.total);
    expect(years.rows.map((r) => r.period)).toEqual(years.rows.map((_, i) => years.rows[0]!.period + i));
    expect(years.rows[0]!.period).toBe(1946);
    expect(decades.totals).toEqual(years.totals);
    expect(decades.rows.every((r) => r.period % 10 === 0)).toBe(true);
    for (const r of years.rows) expect(Object.values(r.counts).reduce<number>((s, n) => s + (n ?? 0), 0)).toBe(r.total);
  });

  it("the year filter keeps exactly the vetoes of those years", async () => {
    const h = await getVetoHistory({ from: 2023, to: 2025, view: "state", by: "year" });
    expect(h.rows.map((r) => r.period)).toEqual([2023, 2024, 2025]);
    for (const code of ["RUS", "USA"] as const) expect(h.totals[code] ?? 0, code).toBe(recentBy(code, [2023, 2025]));
    // 2024: S/2024/255 among them; its Russian veto is in the year's RUS segment.
    const y2024 = h.rows.find((r) => r.period === 2024)!;
    expect(y2024.counts.RUS).toBe(recentBy("RUS", [2024, 2024]));
    expect(y2024.codes.RUS).toEqual(["RUS"]);
  });

  it("records the record code behind each segment (CHN for both Chinas, SUN before 1992)", async () => {
    const h = await getVetoHistory({ view: "seat", by: "decade" });
    const d1980 = h.rows.find((r) => r.period === 1980)!;
    expect(d1980.codes.RUS).toEqual(["SUN"]);
    expect(h.rows.find((r) => r.period === 2010)!.codes.CHN).toEqual(["CHN"]);
  });
});

describe("getVetoTotals and getHeadlineFigures", () => {
  it("totals per holder equal the sources", async () => {
    const totals = Object.fromEntries((await getVetoTotals({})).map((t) => [t.holder, t.count]));
    for (const code of ["SUN", "RUS", "USA", "GBR", "FRA"] as const) expect(totals[code] ?? 0, code).toBe(expected(code));
    expect((totals.ROC ?? 0) + (totals.PRC ?? 0)).toBe(expected("CHN"));
  });

  it("headline figures: vetoes per member all time and in a period; drafts by outcome match plain counts", async () => {
    const f = await getHeadlineFigures({ from: 2024, to: 2024 });
    const per = Object.fromEntries(f.vetoes.map((v) => [v.holder, v]));
    expect(per.RUS!.allTime).toBe(expected("RUS"));
    expect(per.SUN!.allTime).toBe(expected("SUN"));
    expect(per.RUS!.inPeriod).toBe(recentBy("RUS", [2024, 2024]));
    expect(per.SUN!.inPeriod).toBe(0);
    expect(f.allTime.vetoed).toBe(await db.draft.count({ where: { outcome: "VETOED" } }));
    expect(f.allTime.adopted).toBe(await db.draft.count({ where: { outcome: "ADOPTED" } }));
    expect(f.allTime.voted).toBe(await db.draft.count());
    expect(f.inPeriod!.vetoed).toBe(await db.draft.count({ where: { outcome: "VETOED", year: 2024 } }));
    expect((await getHeadlineFigures()).inPeriod).toBeNull();
  });
});

describe("listVetoes: filters combine", () => {
  /** Independent count through the shared Prisma translation of the URL filters. */
  const countVetoed = (f: Parameters<typeof draftWhere>[0]) => db.draft.count({ where: { AND: [draftWhere(f), { vetoes: { some: {} } }] } });

  it("without filters lists every vetoed draft, newest first, a page at a time", async () => {
    const list = await listVetoes({});
    expect(list.total).toBe(await countVetoed({}));
    expect(list.items).toHaveLength(Math.min(VETO_PAGE_SIZE, list.total));
    const keys = list.items.map((i) => i.date ?? `${i.year}`);
    expect([...keys].sort().reverse()).toEqual(keys);
  });

  it("vetoedBy + topic + years: every row matches all three, and the total agrees with draftWhere", async () => {
    const [top] = await getVetoesByTopic({ vetoedBy: "RUS" }, 1);
    expect(top).toBeDefined();
    const filters = { vetoedBy: "RUS", topic: top!.slug, from: 2011, to: 2020 };
    const list = await listVetoes(filters, 500);
    expect(list.total).toBeGreaterThan(0);
    expect(list.total).toBe(await countVetoed(filters));
    for (const item of list.items) {
      expect(item.members.map((m) => m.code)).toContain("RUS");
      expect(item.topics.map((t) => t.slug)).toContain(top!.slug);
      expect(item.year).toBeGreaterThanOrEqual(2011);
      expect(item.year).toBeLessThanOrEqual(2020);
    }
    // Loosening any one filter never gives fewer drafts.
    for (const drop of ["vetoedBy", "topic", "from", "to"] as const) {
      const { [drop]: _, ...looser } = filters;
      expect((await listVetoes(looser, 1)).total).toBeGreaterThanOrEqual(list.total);
    }
    // The totals on the same filters count RUS once per listed draft (plus co-vetoes by others).
    const totals = await getVetoTotals(filters);
    expect(totals.find((t) => t.holder === "RUS")!.count).toBe(list.total);
  });

  it("vetoedBy agrees with draftWhere; the free-text search with the list of drafts' search", async () => {
    expect((await listVetoes({ vetoedBy: "SUN", to: 1960 }, 1)).total).toBe(await countVetoed({ vetoedBy: "SUN", to: 1960 }));
    for (const f of [{ q: "Syria" }, { q: "S/2024/255" }, { vetoedBy: "USA", q: "Middle East" }]) {
      // The veto list counts vetoes as the UN Library does: none on separate votes on parts of drafts.
      const drafts = (await listDrafts(f, 5000)).rows.filter(
        (r) => r.objectOfVote !== "PARAGRAPH" && r.vetoes.some((v) => !("vetoedBy" in f) || v.member === f.vetoedBy),
      );
      expect((await listVetoes(f, 1)).total, JSON.stringify(f)).toBe(drafts.length);
      expect(drafts.length, JSON.stringify(f)).toBeGreaterThan(0);
    }
  });

  it("pages past the end are empty and sorts are stable", async () => {
    const all = await listVetoes({}, 10);
    const beyond = await listVetoes({ page: Math.ceil(all.total / 10) + 1 }, 10);
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(all.total);
    const asc = await listVetoes({ sort: "date-asc" }, 3);
    expect(asc.items[0]!.year).toBe(1946);
  });
});

describe("getVetoesByTopic", () => {
  it("per-member counts add up; a topic filter narrows to that topic with the list's draft count", async () => {
    const topics = await getVetoesByTopic({}, 50);
    for (const t of topics) expect(Object.values(t.counts).reduce<number>((s, n) => s + (n ?? 0), 0)).toBe(t.vetoes);
    const first = topics[0]!;
    const only = await getVetoesByTopic({ topic: first.slug });
    expect(only.find((t) => t.slug === first.slug)!.drafts).toBe((await listVetoes({ topic: first.slug }, 1)).total);
  });
});

describe("listVetoCasts (the API rows)", () => {
  it("one row per veto cast; member and holder filters", async () => {
    const all = await listVetoCasts();
    expect(all).toHaveLength(CODES.reduce((s, c) => s + expected(c), 0));
    expect(await listVetoCasts({ member: "RUS" })).toHaveLength(expected("RUS"));
    expect(await listVetoCasts({ member: "ROC" })).toHaveLength(rocExpected);
    expect(await listVetoCasts({ member: "PRC" })).toHaveLength(expected("CHN") - rocExpected);
    expect(await listVetoCasts({ member: "USA", from: 2023, to: 2025 })).toHaveLength(recentBy("USA", [2023, 2025]));
  });
});

describe("dashboard cards", () => {
  it("the vote in the news is S/2024/255, vetoed by the Russian Federation, with the article in the reader's language", async () => {
    const en = await getInTheNews("en");
    expect(en).toMatchObject({ symbol: "S/2024/255", date: "2024-03-28", outcome: "VETOED", yes: 13, no: 1, abstain: 1 });
    expect(en!.vetoedBy.map((v) => v.code)).toEqual(["RUS"]);
    expect(en!.article?.language).toBe("en");
    const th = await getInTheNews("th");
    expect(th!.article?.language).toBe("th");
    expect(th!.article?.title).not.toBe(en!.article?.title);
  });

  it("latest votes come newest first; most-vetoed topics are ordered and respect the period", async () => {
    const latest = await getLatestVotes(5);
    expect(latest).toHaveLength(5);
    const dates = latest.map((v) => v.date ?? "");
    expect([...dates].sort().reverse()).toEqual(dates);
    const topics = await getMostVetoedTopics(5);
    expect(topics.map((t) => t.drafts)).toEqual([...topics.map((t) => t.drafts)].sort((a, b) => b - a));
    const recent = await getMostVetoedTopics(50, { from: 2023, to: 2025 });
    expect(recent.reduce((s, t) => s + t.vetoes, 0)).toBeGreaterThanOrEqual(recentBy("RUS", [2023, 2025]));
  });
});

describe("getVetoHistory edge cases", () => {
  it("a `to` far in the future stops at the current year; a period without vetoes has no rows", async () => {
    const h = await getVetoHistory({ from: 2020, to: 2100 });
    expect(h.rows.at(-1)!.period).toBe(Math.max(new Date().getUTCFullYear(), 2025));
    const empty = await getVetoHistory({ from: 2090, to: 2100 });
    expect(empty.total).toBe(0);
  });
});
