import { describe, expect, it } from "vitest";
import { db, Prisma } from "@/lib/db";
import { CHINA_SUCCESSION_DATE, RUSSIA_SUCCESSION_DATE } from "@/lib/council/rules";
import {
  COUNTRY_VETOES_PAGE_SIZE,
  getCouncilMembers,
  getCountryProfile,
  getCountryVetoes,
  getCountryVetoTimeline,
  getDraftsVotedAgainst,
  getVotingAgreement,
} from "@/lib/queries/countries";
import { vetoesInSources } from "../support/veto-sources";
import { MIN_SHARED_VOTES } from "@/lib/agreement";

// Runs against the seeded database (its own copy per file). Expected veto counts are read from the
// source files, not from the code under test: the UN Library veto list to 8 July 2022
// (data/sc-vetoes.csv, one row per veto) plus the vetoing members in data/recent-vetoes.csv and
// data/sc-votes-2026.csv (tests/support/veto-sources.ts).

describe("getCountryProfile", () => {
  it("RUS: every seat is permanent, every year from 1992 on (and from 24 Dec 1991, the succession)", async () => {
    const rus = await getCountryProfile("RUS");
    expect(rus!.terms).toHaveLength(1);
    const [term] = rus!.terms;
    expect(term).toMatchObject({ permanent: true, firstYear: 1991, startsOn: RUSSIA_SUCCESSION_DATE });
    const seats = await db.councilSeat.findMany({ where: { memberCode: "RUS", year: { gte: 1992 } }, select: { year: true, permanent: true } });
    expect(seats.every((s) => s.permanent)).toBe(true);
    expect(seats).toHaveLength(term!.lastYear - 1992 + 1);
    const sun = await getCountryProfile("SUN");
    expect(sun!.terms.at(-1)).toMatchObject({ permanent: true, lastYear: 1991, endsOn: "1991-12-23" });
  });

  it("votes by kind sum to the recorded votes plus the vetoes known only from the veto lists", async () => {
    for (const code of ["RUS", "USA", "JPN", "SUN"]) {
      const profile = await getCountryProfile(code);
      const count = await db.vote.count({ where: { memberCode: code } });
      const vetoOnly = await db.veto.count({ where: { memberCode: code, draft: { votes: { none: { memberCode: code } } } } });
      expect(profile!.vetoOnly, code).toBe(vetoOnly);
      expect(profile!.totalVotes, code).toBe(count + vetoOnly);
      expect(
        Object.values(profile!.votes).reduce((a, b) => a + b, 0),
        code,
      ).toBe(count + vetoOnly);
      expect(Object.keys(profile!.votes).sort(), code).toEqual(["A", "N", "X", "Y"]);
    }
  });

  it("JPN: elected terms of two years, the latest 2023–2024", async () => {
    const jpn = await getCountryProfile("JPN");
    expect(jpn!.terms.every((t) => !t.permanent)).toBe(true);
    expect(jpn!.terms.find((t) => t.firstYear === 2023)).toMatchObject({ lastYear: 2024, years: 2, permanent: false });
  });

  it("terms add up to the seats on record", async () => {
    const egy = await getCountryProfile("EGY");
    const seats = await db.councilSeat.count({ where: { memberCode: "EGY" } });
    expect(egy!.terms.reduce((n, t) => n + t.years, 0)).toBe(seats);
  });

  it("unknown code: null", async () => {
    expect(await getCountryProfile("XYZ")).toBeNull();
  });
});

describe("getCouncilMembers", () => {
  it("2024: fifteen members, JPN elected, the five permanent members permanent", async () => {
    const rows = await getCouncilMembers({ year: 2024 });
    expect(rows).toHaveLength(15);
    expect(rows.find((r) => r.code === "JPN")).toMatchObject({ permanent: false });
    expect(
      rows
        .filter((r) => r.permanent)
        .map((r) => r.code)
        .sort(),
    ).toEqual(["CHN", "FRA", "GBR", "RUS", "USA"]);
  });

  it("every state with a seat appears once, with consistent years", async () => {
    const rows = await getCouncilMembers();
    const states = await db.councilSeat.findMany({ distinct: ["memberCode"], select: { memberCode: true } });
    expect(rows).toHaveLength(states.length);
    for (const r of rows) expect(r.lastYear - r.firstYear + 1, r.code).toBeGreaterThanOrEqual(r.years);
    expect(rows.find((r) => r.code === "SUN")).toMatchObject({ permanent: true, lastYear: 1991, dissolved: true });
  });

  it("sorts by the requested column and order", async () => {
    const byYears = await getCouncilMembers({ sort: "years", order: "desc" });
    for (let i = 1; i < byYears.length; i++) expect(byYears[i - 1]!.years).toBeGreaterThanOrEqual(byYears[i]!.years);
    const byFirst = await getCouncilMembers({ sort: "first", order: "asc" });
    for (let i = 1; i < byFirst.length; i++) expect(byFirst[i - 1]!.firstYear).toBeLessThanOrEqual(byFirst[i]!.firstYear);
  });
});

/** Every veto of a code on one page (the section shows pages of COUNTRY_VETOES_PAGE_SIZE). */
const allVetoes = async (code: string) => (await getCountryVetoes(code, { pageSize: 100_000 })).rows;

// The unpaginated queries as they were before the lists were paged from the member_against
// summary (lib/db/summaries.ts): every page put together must give exactly these rows, in order.
const HOLDER_JOIN = Prisma.sql`
  LEFT JOIN permanent_seat_holder h ON h.member_code = v.member_code
    AND coalesce(v.voted_on, make_date(v.year, 7, 1)) >= h.starts_on
    AND (h.ends_on IS NULL OR coalesce(v.voted_on, make_date(v.year, 7, 1)) < h.ends_on)`;
const vetoesUnpaginated = (code: string) =>
  db.$queryRaw<Awaited<ReturnType<typeof allVetoes>>>(Prisma.sql`
    SELECT d.ref, d.symbol, to_char(v.voted_on, 'YYYY-MM-DD') AS "votedOn", v.year, coalesce(d.title, d.agenda_item) AS title,
           d.object_of_vote::text AS "objectOfVote", h.id AS holder
    FROM veto v JOIN draft d ON d.id = v.draft_id ${HOLDER_JOIN}
    WHERE v.member_code = ${code}
    ORDER BY coalesce(v.voted_on, make_date(v.year, 7, 1)) DESC, d.ref`);
const againstUnpaginated = (code: string) =>
  db.$queryRaw<Awaited<ReturnType<typeof getDraftsVotedAgainst>>["rows"]>(Prisma.sql`
    WITH against AS (
      SELECT draft_id FROM vote WHERE member_code = ${code} AND vote = 'N'
      UNION
      SELECT draft_id FROM veto WHERE member_code = ${code}
    )
    SELECT d.ref, d.symbol, to_char(d.voted_on, 'YYYY-MM-DD') AS "votedOn", d.year, coalesce(d.title, d.agenda_item) AS title,
           d.outcome::text AS outcome, (ve.draft_id IS NOT NULL) AS veto
    FROM against a
    JOIN draft d ON d.id = a.draft_id
    LEFT JOIN veto ve ON ve.draft_id = a.draft_id AND ve.member_code = ${code}
    ORDER BY d.voted_on DESC NULLS LAST, d.year DESC, d.ref`);

/** Walks every page of a paged list; checks each page's total and size on the way. */
async function everyPage<R>(fetch: (page: number) => Promise<{ total: number; rows: R[] }>, pageSize: number) {
  const first = await fetch(1);
  const pages = Math.max(1, Math.ceil(first.total / pageSize));
  const rows = [...first.rows];
  for (let page = 2; page <= pages; page++) {
    const next = await fetch(page);
    expect(next.total, `page ${page}`).toBe(first.total);
    expect(next.rows.length, `page ${page}`).toBe(page < pages ? pageSize : first.total - (pages - 1) * pageSize);
    rows.push(...next.rows);
  }
  const past = await fetch(pages + 1);
  expect(past, "page past the end").toEqual({ total: first.total, rows: [] });
  return { total: first.total, rows };
}

describe("vetoes", () => {
  it.each(["RUS", "SUN", "USA", "GBR", "FRA", "CHN"])("%s: the count equals the sources'", async (code) => {
    const [vetoes, members] = await Promise.all([getCountryVetoes(code), getCouncilMembers()]);
    const expected = vetoesInSources(code);
    expect(vetoes.total).toBe(expected);
    expect(vetoes.rows).toHaveLength(Math.min(expected, COUNTRY_VETOES_PAGE_SIZE));
    expect(members.find((m) => m.code === code)!.vetoes).toBe(expected);
  });

  it.each(["RUS", "SUN", "USA", "GBR", "FRA", "CHN", "JPN"])(
    "%s: the pages give every veto exactly once, in the unpaginated order, and the total is its length",
    async (code) => {
      const expected = await vetoesUnpaginated(code);
      for (const pageSize of [7, COUNTRY_VETOES_PAGE_SIZE]) {
        const paged = await everyPage((page) => getCountryVetoes(code, { page, pageSize }), pageSize);
        expect(paged.total, `${code} by ${pageSize}`).toBe(expected.length);
        expect(paged.rows, `${code} by ${pageSize}`).toEqual(expected);
        expect(new Set(paged.rows.map((r) => r.ref)).size).toBe(expected.length);
      }
    },
  );

  it("the timeline sums to the list, with every year from the first veto to the last", async () => {
    for (const code of ["RUS", "CHN", "USA"]) {
      const [list, timeline] = await Promise.all([allVetoes(code), getCountryVetoTimeline(code)]);
      const sum = timeline.years.reduce((n, y) => n + Object.values(y.counts).reduce((a, b) => a + b, 0), 0);
      expect(sum, code).toBe(list.length);
      const years = timeline.years.map((y) => y.year);
      expect(years[years.length - 1]! - years[0]! + 1, code).toBe(years.length);
    }
  });

  it("USSR and Russia are apart: SUN before 24 Dec 1991, RUS after", async () => {
    const [sun, rus] = await Promise.all([allVetoes("SUN"), allVetoes("RUS")]);
    expect(sun.every((v) => v.holder === "SUN" && (v.votedOn ?? `${v.year}`) < RUSSIA_SUCCESSION_DATE)).toBe(true);
    expect(rus.every((v) => v.holder === "RUS" && v.votedOn! >= RUSSIA_SUCCESSION_DATE)).toBe(true);
    expect(rus.some((v) => v.ref === "S/2024/255")).toBe(true);
  });

  it("CHN: the Republic of China before 25 Oct 1971, the People's Republic after", async () => {
    const chn = await allVetoes("CHN");
    for (const v of chn) expect(v.holder, v.ref).toBe((v.votedOn ?? `${v.year}-07-01`) < CHINA_SUCCESSION_DATE ? "ROC" : "PRC");
    const timeline = await getCountryVetoTimeline("CHN");
    expect(timeline.holders.every((h) => h === "ROC" || h === "PRC")).toBe(true);
  });
});

describe("getDraftsVotedAgainst", () => {
  it("RUS: its negative votes and its vetoes, newest first, paged", async () => {
    const first = await getDraftsVotedAgainst("RUS", { page: 1, pageSize: 10 });
    const negative = await db.vote.findMany({ where: { memberCode: "RUS", vote: "N" }, select: { draftId: true } });
    const vetoed = await db.veto.findMany({ where: { memberCode: "RUS" }, select: { draftId: true } });
    expect(first.total).toBe(new Set([...negative, ...vetoed].map((r) => r.draftId)).size);
    expect(first.rows).toHaveLength(Math.min(10, first.total));
    const dates = first.rows.map((r) => r.votedOn ?? "");
    expect([...dates].sort().reverse()).toEqual(dates);
    const all = await getDraftsVotedAgainst("RUS", { page: 1, pageSize: 1000 });
    expect(all.rows.find((r) => r.ref === "S/2024/255")).toMatchObject({ outcome: "VETOED", veto: true });
    const past = await getDraftsVotedAgainst("RUS", { page: 999, pageSize: 10 });
    expect(past).toEqual({ total: first.total, rows: [] });
  });

  it.each(["RUS", "SUN", "USA", "GBR", "FRA", "CHN", "JPN", "IND"])(
    "%s: the pages give every draft exactly once, in the unpaginated order, and the total is its length",
    async (code) => {
      const expected = await againstUnpaginated(code);
      for (const pageSize of [10, 25]) {
        const paged = await everyPage((page) => getDraftsVotedAgainst(code, { page, pageSize }), pageSize);
        expect(paged.total, `${code} by ${pageSize}`).toBe(expected.length);
        expect(paged.rows, `${code} by ${pageSize}`).toEqual(expected);
        expect(new Set(paged.rows.map((r) => r.ref)).size).toBe(expected.length);
      }
    },
  );
});

describe("getVotingAgreement", () => {
  it("RUS vs CHN: between 0 and 100 %, and symmetric with CHN vs RUS", async () => {
    const [rus, chn] = await Promise.all([getVotingAgreement("RUS"), getVotingAgreement("CHN")]);
    const rusChn = rus.find((r) => r.code === "CHN")!;
    const chnRus = chn.find((r) => r.code === "RUS")!;
    expect(rusChn.shared).toBeGreaterThan(0);
    expect(rusChn.agreement).toBeGreaterThanOrEqual(0);
    expect(rusChn.agreement).toBeLessThanOrEqual(100);
    expect({ shared: chnRus.shared, same: chnRus.same, agreement: chnRus.agreement }).toEqual({
      shared: rusChn.shared,
      same: rusChn.same,
      agreement: rusChn.agreement,
    });
  });

  it("counts only drafts where both cast Y, N or A (X excluded)", async () => {
    const rows = await getVotingAgreement("RUS");
    const usa = rows.find((r) => r.code === "USA")!;
    const [direct] = await db.$queryRaw<{ shared: number; same: number }[]>`
      SELECT count(*)::int AS shared, count(*) FILTER (WHERE a.vote = b.vote)::int AS same
      FROM vote a JOIN vote b ON b.draft_id = a.draft_id
      WHERE a.member_code = 'RUS' AND b.member_code = 'USA' AND a.vote <> 'X' AND b.vote <> 'X'`;
    expect({ shared: usa.shared, same: usa.same }).toEqual(direct);
    expect(rows.some((r) => r.code === "RUS")).toBe(false);
  });

  it("sorts by agreement, name or shared votes", async () => {
    const byShared = await getVotingAgreement("FRA", { sort: "shared", order: "desc" });
    for (let i = 1; i < byShared.length; i++) expect(byShared[i - 1]!.shared).toBeGreaterThanOrEqual(byShared[i]!.shared);
    // By agreement, pairs with too few shared votes come after the others (lib/agreement.ts), each group in order.
    const byAgreement = await getVotingAgreement("FRA", { sort: "agreement", order: "asc" });
    const enough = byAgreement.filter((r) => r.shared >= MIN_SHARED_VOTES);
    expect(byAgreement.slice(0, enough.length)).toEqual(enough);
    for (const group of [enough, byAgreement.slice(enough.length)])
      for (let i = 1; i < group.length; i++) expect(group[i - 1]!.agreement).toBeLessThanOrEqual(group[i]!.agreement);
    const byName = await getVotingAgreement("FRA", { sort: "name", order: "asc", locale: "en" });
    const names = byName.map((r) => r.nameEn);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base", numeric: true })));
  });
});
