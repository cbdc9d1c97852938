import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DRAFTS_PAGE_SIZE, listDrafts } from "@/lib/queries/drafts";
import { getDraftByRef, getDraftByResolutionNumber, getRefByResolutionNumber, hasDraft } from "@/lib/queries/draft-detail";
import { listMemberOptions, listTopicOptions } from "@/lib/queries/options";
import { draftWhere } from "@/lib/queries/draft-where";
import { parseDraftFilters, type DraftFilters } from "@/lib/validations/filters";
import { KINDS_OF_VOTE, kindOfVote } from "@/lib/council/rules";

// Runs against the seeded database (tests/support/per-file-database.ts gives this file its own copy).

const filtersOf = (query: string) => parseDraftFilters(new URLSearchParams(query)).filters;

/** Independent count straight from SQL, to check listDrafts' totals against. */
async function countSql(sql: TemplateStringsArray, ...values: unknown[]): Promise<number> {
  const rows = await db.$queryRaw<{ n: bigint }[]>(sql, ...values);
  return Number(rows[0]!.n);
}

describe("getDraftByRef", () => {
  it("loads the seed vote S/2024/255: 15 votes, 13–1–1, vetoed by the Russian Federation, China abstaining", async () => {
    const d = await getDraftByRef("S/2024/255");
    expect(d).not.toBeNull();
    expect(d!.date).toBe("2024-03-28");
    expect(d!.outcome).toBe("VETOED");
    expect(d!.required).toBe(9);
    expect(d!.meeting?.record).toBe("S/PV.9591");
    expect(d!.votes).toHaveLength(15);
    const by = (cast: string) =>
      d!.votes
        .filter((v) => v.vote === cast)
        .map((v) => v.member)
        .sort();
    expect(by("Y")).toHaveLength(13);
    expect(by("N")).toEqual(["RUS"]);
    expect(by("A")).toEqual(["CHN"]);
    expect(by("X")).toEqual([]);
    expect(d!.tally).toMatchObject({ yes: 13, no: 1, abstain: 1 });
    expect(d!.vetoes.map((v) => v.member)).toEqual(["RUS"]);
    // The five permanent members are marked and listed first.
    expect(
      d!.votes
        .filter((v) => v.permanent)
        .map((v) => v.member)
        .sort(),
    ).toEqual(["CHN", "FRA", "GBR", "RUS", "USA"]);
    expect(d!.votes.slice(0, 5).every((v) => v.permanent)).toBe(true);
    expect(d!.topics.map((t) => t.slug)).toContain("dprk");
    expect(d!.resolutionNumber).toBeNull();
    expect(d!.resolutionSymbol).toBeNull();
  });

  it("carries the seed article as a source with its text", async () => {
    const d = await getDraftByRef("S/2024/255");
    const withText = d!.sources.filter((s) => s.text);
    expect(withText.length).toBeGreaterThanOrEqual(1);
    expect(withText.map((s) => s.language)).toContain("en");
  });

  it("returns null for an unknown ref", async () => {
    expect(await getDraftByRef("S/1900/1")).toBeNull();
    expect(await hasDraft("S/1900/1")).toBe(false);
    expect(await hasDraft("S/2024/255")).toBe(true);
  });

  it("agrees with the vote rows for every vetoed draft that has a complete grid (no veto without a negative permanent vote)", async () => {
    const bad = await countSql`
      SELECT count(*) AS n FROM veto v JOIN draft d ON d.id = v.draft_id
      WHERE d.votes_complete AND NOT EXISTS (
        SELECT 1 FROM vote x WHERE x.draft_id = v.draft_id AND x.member_code = v.member_code AND x.vote = 'N')`;
    expect(bad).toBe(0);
  });
});

describe("resolution numbers", () => {
  it("resolves resolution 1718 to the draft adopted as it", async () => {
    const found = await getRefByResolutionNumber(1718);
    expect(found).not.toBeNull();
    expect(found!.year).toBe(2006);
    const d = await getDraftByResolutionNumber(1718);
    expect(d!.ref).toBe(found!.ref);
    expect(d!.outcome).toBe("ADOPTED");
    expect(d!.resolutionSymbol).toBe("S/RES/1718(2006)");
  });

  it("returns null for a number never adopted", async () => {
    expect(await getRefByResolutionNumber(99_999)).toBeNull();
    expect(await getDraftByResolutionNumber(99_999)).toBeNull();
  });
});

describe("listDrafts filters", () => {
  it("country=RUS&vote=N&outcome=vetoed: drafts the Russian Federation vetoed by voting against", async () => {
    const list = await listDrafts(filtersOf("country=RUS&vote=N&outcome=vetoed"));
    // Vetoes known only from veto lists (no vote grid) count as votes against.
    const expected = await countSql`
      SELECT count(*) AS n FROM draft d
      WHERE d.outcome = 'VETOED' AND (
        EXISTS (SELECT 1 FROM vote v WHERE v.draft_id = d.id AND v.member_code = 'RUS' AND v.vote = 'N')
        OR EXISTS (SELECT 1 FROM veto v WHERE v.draft_id = d.id AND v.member_code = 'RUS'))`;
    expect(list.total).toBe(expected);
    expect(list.total).toBe(await countSql`SELECT count(DISTINCT draft_id) AS n FROM veto WHERE member_code = 'RUS'`);
    expect(list.rows.map((r) => r.ref)).toContain("S/2024/255");
    for (const r of list.rows) expect(r.outcome).toBe("VETOED");
    // A permanent member voting against a vetoed draft is one of its vetoers.
    for (const r of list.rows) expect(r.vetoes.map((v) => v.member)).toContain("RUS");
  });

  it("vetoedBy=USA&topic=israel-palestine&from=2023: combined with AND", async () => {
    const list = await listDrafts(filtersOf("vetoedBy=USA&topic=israel-palestine&from=2023"));
    const expected = await countSql`
      SELECT count(*) AS n FROM draft d
      WHERE d.year >= 2023
        AND EXISTS (SELECT 1 FROM veto v WHERE v.draft_id = d.id AND v.member_code = 'USA')
        AND EXISTS (SELECT 1 FROM draft_topic t WHERE t.draft_id = d.id AND t.topic_slug = 'israel-palestine')`;
    expect(expected).toBeGreaterThan(0); // the US vetoes on Gaza (October 2023 onwards)
    expect(list.total).toBe(expected);
    for (const r of list.rows) {
      expect(r.year).toBeGreaterThanOrEqual(2023);
      expect(r.vetoes.map((v) => v.member)).toContain("USA");
    }
    // Each extra filter can only narrow the result.
    const wider = await listDrafts(filtersOf("vetoedBy=USA&topic=israel-palestine"));
    expect(wider.total).toBeGreaterThanOrEqual(list.total);
  });

  it("country=RUS&vote=A lists only recorded abstentions (no veto rows)", async () => {
    const list = await listDrafts(filtersOf("country=RUS&vote=A"));
    expect(list.total).toBe(await countSql`SELECT count(*) AS n FROM vote WHERE member_code = 'RUS' AND vote = 'A'`);
  });

  it("q=S/2024/255 finds the draft by its symbol; a bare number finds the resolution", async () => {
    const bySymbol = await listDrafts(filtersOf("q=S/2024/255"));
    expect(bySymbol.rows.map((r) => r.ref)).toContain("S/2024/255");
    expect(bySymbol.total).toBeLessThanOrEqual(3);
    const byNumber = await listDrafts(filtersOf("q=1718"));
    expect(byNumber.rows.some((r) => r.resolutionNumber === 1718)).toBe(true);
  });

  it("outcome filters partition the drafts", async () => {
    const [all, adopted, vetoed, failed] = await Promise.all(["", "outcome=adopted", "outcome=vetoed", "outcome=failed"].map((q) => listDrafts(filtersOf(q))));
    expect(adopted!.total + vetoed!.total + failed!.total).toBe(all!.total);
  });

  it("kind filters partition the drafts, each as kindOfVote classifies the rows", async () => {
    const rows = await db.draft.findMany({ select: { ref: true, objectOfVote: true, procedural: true } });
    const lists = await Promise.all(KINDS_OF_VOTE.map((kind) => listDrafts(filtersOf(`kind=${kind}`), 10_000)));
    KINDS_OF_VOTE.forEach((kind, i) => {
      const expected = rows
        .filter((r) => kindOfVote(r.objectOfVote, r.procedural) === kind)
        .map((r) => r.ref)
        .sort();
      expect(lists[i]!.total, kind).toBe(expected.length);
      expect(lists[i]!.rows.map((r) => r.ref).sort(), kind).toEqual(expected);
    });
    expect(lists.reduce((sum, l) => sum + l.total, 0)).toBe(rows.length);
    // The seeded record has every kind: 3 amendments, 5 parts of drafts, 3 preliminary questions,
    // and 2 procedural votes (a procedural motion and the procedural draft resolution 2623 (2022)).
    expect(Object.fromEntries(KINDS_OF_VOTE.map((k, i) => [k, lists[i]!.total]))).toMatchObject({
      amendment: 12,
      paragraph: 5,
      preliminary: 3,
      procedural: 14,
    });
    expect(lists[KINDS_OF_VOTE.indexOf("procedural")]!.rows.map((r) => r.ref)).toContain("S/RES/2623(2022)");
  });

  it("kind combines with the other filters (AND) and an unknown kind is ignored with a notice", async () => {
    const amendmentsVetoedByRus = await listDrafts(filtersOf("kind=amendment&vetoedBy=RUS"));
    expect(amendmentsVetoedByRus.total).toBe(
      await countSql`SELECT count(*) AS n FROM draft d WHERE d.object_of_vote = 'AMENDMENT' AND NOT d.procedural
                     AND EXISTS (SELECT 1 FROM veto v WHERE v.draft_id = d.id AND v.member_code = 'RUS')`,
    );
    expect(amendmentsVetoedByRus.total).toBeGreaterThan(0);
    const parsed = parseDraftFilters(new URLSearchParams("kind=resolution&from=2000"));
    expect(parsed.filters).toEqual({ from: 2000 });
    expect(parsed.notices).toEqual([{ param: "kind", value: "resolution", reason: "invalid" }]);
  });

  it("years are inclusive and an impossible combination yields an empty page, not an error", async () => {
    const in2024 = await listDrafts(filtersOf("from=2024&to=2024"));
    expect(in2024.total).toBe(await countSql`SELECT count(*) AS n FROM draft WHERE year = 2024`);
    const none = await listDrafts(filtersOf("vetoedBy=FRA&from=2020"));
    expect(none.total).toBe(0);
    expect(none.rows).toEqual([]);
  });

  it("sorts newest first by default, oldest first on request", async () => {
    const desc = await listDrafts({});
    const asc = await listDrafts({ sort: "date-asc" });
    const dated = (rows: typeof desc.rows) => rows.map((r) => r.date).filter((d): d is string => d !== null);
    expect(dated(desc.rows)).toEqual([...dated(desc.rows)].sort().reverse());
    expect(dated(asc.rows)).toEqual([...dated(asc.rows)].sort());
  });
});

describe("listDrafts pagination", () => {
  it("reports the full total with pages of 50, and the pages do not overlap", async () => {
    const total = await countSql`SELECT count(*) AS n FROM draft`;
    const p1 = await listDrafts({});
    expect(p1.total).toBe(total);
    expect(p1.pageSize).toBe(DRAFTS_PAGE_SIZE);
    expect(p1.rows).toHaveLength(Math.min(50, total));
    if (total > 50) {
      const p2 = await listDrafts({ page: 2 });
      expect(p2.total).toBe(total);
      expect(p2.rows).toHaveLength(Math.min(50, total - 50));
      const first = new Set(p1.rows.map((r) => r.ref));
      expect(p2.rows.some((r) => first.has(r.ref))).toBe(false);
    }
    const last = Math.max(1, Math.ceil(total / 50));
    const beyond = await listDrafts({ page: last + 1 });
    expect(beyond.rows).toEqual([]);
    expect(beyond.total).toBe(total);
  });

  it("pages through a filtered list with a small page size and finds every row once", async () => {
    const filters = filtersOf("outcome=vetoed");
    const first = await listDrafts(filters, 7);
    const pages = Math.ceil(first.total / 7);
    const seen: string[] = [];
    for (let page = 1; page <= Math.min(pages, 6); page++) seen.push(...(await listDrafts({ ...filters, page }, 7)).rows.map((r) => r.ref));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(Math.min(first.total, 42));
  });
});

// The list's page query before the country filter got its own SQL (countryPage in
// lib/queries/drafts.ts): Prisma's findMany with draftWhere() and the list's order. Kept here as
// the reference the SQL page must reproduce row for row.
async function prismaList(filters: DraftFilters) {
  const orderBy =
    filters.sort === "date-asc"
      ? [{ year: "asc" as const }, { votedOn: { sort: "asc" as const, nulls: "first" as const } }, { id: "asc" as const }]
      : filters.sort === "symbol"
        ? [{ ref: "asc" as const }]
        : [{ year: "desc" as const }, { votedOn: { sort: "desc" as const, nulls: "last" as const } }, { id: "desc" as const }];
  const where = draftWhere(filters);
  const [total, rows] = await Promise.all([db.draft.count({ where }), db.draft.findMany({ where, orderBy })]);
  return {
    total,
    rows: rows.map((d) => ({
      ref: d.ref,
      symbol: d.symbol,
      date: d.votedOn ? d.votedOn.toISOString().slice(0, 10) : null,
      year: d.year,
      title: d.title,
      agendaItem: d.agendaItem,
      objectOfVote: d.objectOfVote,
      modality: d.modality,
      outcome: d.outcome,
      resolutionNumber: d.resolutionNumber,
      tally: d.yesCount === null ? null : { yes: d.yesCount, no: d.noCount ?? 0, abstain: d.abstainCount ?? 0, nonVoting: d.nonVotingCount },
    })),
  };
}

// (A search, q=, is not among these: Prisma cannot say it; tests/integration/search.test.ts.)
describe("listDrafts with a country: the SQL page query returns Prisma's rows in Prisma's order", () => {
  it.each([
    "country=RUS",
    "country=RUS&from=2000",
    "country=RUS&from=2000&sort=date-asc",
    "country=RUS&sort=symbol",
    "country=USA&vote=N",
    "country=USA&vote=Y&from=1990&to=2000",
    "country=CHN&vote=A&outcome=adopted",
    "country=SUN&vote=X",
    "country=RUS&vote=N&outcome=vetoed",
    "country=JPN",
    "country=JPN&sort=date-asc",
    "country=IND&sort=date-asc",
    "country=FRA&vetoedBy=USA",
    "country=GBR&topic=israel-palestine&sort=date-asc",
    "country=USA&vetoedBy=USA&from=1970&to=1990&sort=symbol",
    "country=XYZ",
    "country=RUS&kind=amendment",
    "country=USA&kind=paragraph&sort=date-asc",
    "country=SUN&vote=N&kind=preliminary",
    "country=USA&kind=procedural",
    "country=GBR&kind=draft&from=2020",
  ])("%s", async (query) => {
    const filters = filtersOf(query);
    expect(filters.country).toBeDefined();
    const expected = await prismaList(filters);
    const pageSize = 37;
    const pages = Math.max(1, Math.ceil(expected.total / pageSize));
    const rows: unknown[] = [];
    for (let page = 1; page <= pages + 1; page++) {
      const list = await listDrafts({ ...filters, page }, pageSize);
      expect(list.total, `${query} page ${page}`).toBe(expected.total);
      rows.push(...list.rows.map(({ vetoes: _, ...r }) => r));
    }
    expect(rows).toEqual(expected.rows);
    // The default page size, as the page shows it.
    const first = await listDrafts(filters);
    expect(first.rows.map((r) => r.ref)).toEqual(expected.rows.slice(0, DRAFTS_PAGE_SIZE).map((r) => r.ref));
  });
});

describe("filter options", () => {
  it("lists every member that ever sat, the permanent ones flagged", async () => {
    const members = await listMemberOptions();
    const codes = members.map((m) => m.code);
    for (const c of ["RUS", "SUN", "USA", "CHN", "FRA", "GBR"]) expect(codes).toContain(c);
    expect(
      members
        .filter((m) => m.permanent)
        .map((m) => m.code)
        .sort(),
    ).toEqual(["CHN", "FRA", "GBR", "RUS", "SUN", "USA"]);
    expect(members.every((m) => m.nameEn && m.nameTh)).toBe(true);
  });

  it("lists the topics in both languages", async () => {
    const topics = await listTopicOptions();
    expect(topics.map((t) => t.slug)).toContain("israel-palestine");
    expect(topics.every((t) => t.labelEn && t.labelTh)).toBe(true);
  });
});

describe("resolveDraftRef (the /resolutions/<ref> route's 404 and redirect decision)", async () => {
  const { resolveDraftRef } = await import("@/lib/queries/resolve-draft-ref");
  const split = (path: string) => path.split("/");

  it.each([
    ["S/2024/255", { ref: "S/2024/255", canonical: true }],
    ["s/2024/255", { ref: "S/2024/255", canonical: false }],
    ["S/PV.57:2", { ref: "S/PV.57:2", canonical: true }],
  ])("%s", async (path, expected) => {
    expect(await resolveDraftRef(split(path))).toEqual(expected);
  });

  it("sends a resolution number to its draft's URL, and never redirects a resolution's own ref to itself", async () => {
    const found = await getRefByResolutionNumber(1718);
    const byNumber = await resolveDraftRef(["1718"]);
    expect(byNumber).toEqual({ ref: found!.ref, canonical: false });
    const own = await resolveDraftRef(split(found!.ref));
    expect(own).toEqual({ ref: found!.ref, canonical: true });
  });

  it.each(["S/1900/1", "99999", "S/RES/1718(2007)", "S/2024/<x>", "nonsense"])("%s → 404", async (path) => {
    expect(await resolveDraftRef(split(path))).toBeNull();
  });
});
