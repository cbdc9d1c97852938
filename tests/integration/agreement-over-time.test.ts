import { beforeAll, describe, expect, it } from "vitest";
import { db, Prisma } from "@/lib/db";
import { createDraft, deleteDraft, updateDraft } from "@/lib/admin/drafts";
import { getAgreementByYear, getAgreementWithPermanentSeats, getDifferingDrafts } from "@/lib/queries/agreement";
import { createTestUser, realVoteValues, type TestUser } from "../support/factories";

// Issue 14: agreement per year (all votes and contested only), against each permanent seat, and
// the drafts on which compared members differed, each equal to a plain computation from the roll
// calls, on the real record and after writes through the admin path.

/** Yearly counts of a pair, from `vote` alone (contested: some member did not vote yes). */
async function direct(code: string, other: string, contested: boolean) {
  return db.$queryRaw<{ code: string; other: string; year: number; shared: number; same: number }[]>(Prisma.sql`
    SELECT s.member_code AS code, o.member_code AS other, d.year, count(*)::int AS shared, (count(*) FILTER (WHERE o.vote = s.vote))::int AS same
    FROM vote s
    JOIN vote o ON o.draft_id = s.draft_id AND o.member_code = ${other} AND o.vote IN ('Y', 'N', 'A')
    JOIN draft d ON d.id = s.draft_id
    WHERE s.member_code = ${code} AND s.vote IN ('Y', 'N', 'A')
      ${contested ? Prisma.sql`AND EXISTS (SELECT 1 FROM vote c WHERE c.draft_id = s.draft_id AND c.vote <> 'Y')` : Prisma.empty}
    GROUP BY 1, 2, 3
    ORDER BY 3`);
}

/** The drafts on which some two of `members` cast different votes among Y, N and A, newest first. */
async function directDiffering(members: string[], f: { from?: number; to?: number; outcome?: "adopted" | "vetoed" | "failed"; topic?: string } = {}) {
  const rows = await db.$queryRaw<{ ref: string }[]>(Prisma.sql`
    SELECT d.ref FROM draft d
    WHERE d.id IN (SELECT draft_id FROM vote WHERE member_code = ANY(${members}::text[]) AND vote IN ('Y', 'N', 'A')
                   GROUP BY draft_id HAVING count(DISTINCT vote) > 1)
      ${f.from === undefined ? Prisma.empty : Prisma.sql`AND d.year >= ${f.from}`}
      ${f.to === undefined ? Prisma.empty : Prisma.sql`AND d.year <= ${f.to}`}
      ${f.outcome === undefined ? Prisma.empty : Prisma.sql`AND d.outcome::text = ${f.outcome.toUpperCase()}`}
      ${f.topic === undefined ? Prisma.empty : Prisma.sql`AND EXISTS (SELECT 1 FROM draft_topic t WHERE t.draft_id = d.id AND t.topic_slug = ${f.topic})`}
    ORDER BY d.year DESC, d.voted_on DESC NULLS LAST, d.id DESC`);
  return rows.map((r) => r.ref);
}

const PAIRS: [string, string][] = [
  ["RUS", "USA"],
  ["USA", "RUS"],
  ["CHN", "FRA"],
  ["GBR", "JPN"],
  ["SUN", "USA"],
  ["BRA", "IND"],
];

async function expectYearsMatch() {
  for (const contested of [false, true]) {
    const shown = await getAgreementByYear(PAIRS, { contested });
    for (const [code, other] of PAIRS) {
      const mine = shown.filter((r) => r.code === code && r.other === other);
      expect(mine, `${code}–${other} ${contested ? "contested" : "all"}`).toEqual(await direct(code, other, contested));
    }
  }
}

describe("agreement per year equals a direct computation from the votes", () => {
  it("on the real record, several pairs, all votes and contested only", async () => {
    await expectYearsMatch();
    const rusUsa = await direct("RUS", "USA", false);
    expect(rusUsa.length).toBeGreaterThan(25); // 1992 onwards
  });

  it("a year range keeps only those years", async () => {
    const rows = await getAgreementByYear([["RUS", "USA"]], { from: 2010, to: 2015 });
    expect(rows.map((r) => r.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015]);
  });

  it("against each permanent seat: the Soviet and Russian votes together, the member's own seat left out", async () => {
    const rows = await getAgreementWithPermanentSeats("FRA");
    expect([...new Set(rows.map((r) => r.seat))].sort()).toEqual(["CHN", "GBR", "RUS", "USA"]);
    const sun = await direct("FRA", "SUN", false);
    const rus = await direct("FRA", "RUS", false);
    for (const year of [1960, 1985, 2000, 2022]) {
      const expected = [...sun, ...rus].filter((r) => r.year === year);
      const row = rows.find((r) => r.seat === "RUS" && r.year === year);
      expect(row && { seat: row.seat, year: row.year, shared: row.shared, same: row.same }, String(year)).toEqual({
        seat: "RUS",
        year,
        shared: expected.reduce((n, r) => n + r.shared, 0),
        same: expected.reduce((n, r) => n + r.same, 0),
      });
    }
    const contested = await getAgreementWithPermanentSeats("JPN", { contested: true });
    const usa = await direct("JPN", "USA", true);
    expect(contested.filter((r) => r.seat === "USA").map(({ year, shared, same }) => ({ year, shared, same }))).toEqual(
      usa.map(({ year, shared, same }) => ({ year, shared, same })),
    );
  });
});

describe("drafts on which compared members differed", () => {
  it("two, three and four members, with filters, every page", async () => {
    const cases: [string[], Parameters<typeof directDiffering>[1]][] = [
      [["RUS", "USA"], {}],
      [["CHN", "RUS", "USA"], { from: 2011, to: 2024 }],
      [["FRA", "GBR", "RUS", "USA"], { outcome: "vetoed" }],
      [["CHN", "USA"], { topic: "syria" }],
      [["JPN", "RUS"], { outcome: "adopted", from: 2000 }],
    ];
    for (const [members, f] of cases) {
      const expected = await directDiffering(members, f);
      expect(expected.length, members.join()).toBeGreaterThan(0);
      const got: string[] = [];
      for (let page = 1; got.length < expected.length; page++) {
        const { total, rows } = await getDifferingDrafts(members, f, { page, pageSize: 40 });
        expect(total).toBe(expected.length);
        expect(rows.length).toBeGreaterThan(0);
        got.push(...rows.map((r) => r.ref));
      }
      expect(got, members.join()).toEqual(expected);
    }
  });

  it("each row carries the members' votes, and they differ", async () => {
    const { rows } = await getDifferingDrafts(["RUS", "USA", "CHN"], { from: 2024, to: 2024 }, { pageSize: 50 });
    for (const r of rows) {
      const cast = Object.values(r.votes).filter((v) => v === "Y" || v === "N" || v === "A");
      expect(new Set(cast).size, r.ref).toBeGreaterThan(1);
    }
    expect(rows.find((r) => r.ref === "S/2024/255")?.votes).toEqual({ RUS: "N", USA: "Y", CHN: "A" });
  });

  it("a page past the end is empty and still has the total", async () => {
    const { total } = await getDifferingDrafts(["RUS", "USA"]);
    expect(await getDifferingDrafts(["RUS", "USA"], {}, { page: 10_000 })).toEqual({ total, rows: [] });
  });
});

describe("after writes, the per-year figures still equal the votes", () => {
  let editor: TestUser;
  beforeAll(async () => {
    editor = await createTestUser("editor");
  });

  it("create, correct and delete a draft", async () => {
    const values = await realVoteValues("S/2025/353", { topics: ["israel-palestine"] }); // vetoed by the United States
    const year = Number(values.votedOn.slice(0, 4));
    const differed = async () => (await getDifferingDrafts(["USA", "GBR"], { from: year, to: year }, { pageSize: 1000 })).rows;
    expect((await createDraft(values, editor)).ok).toBe(true);
    await expectYearsMatch();
    expect((await differed()).some((r) => r.ref === values.symbol)).toBe(true);

    // The United States votes yes instead, as the United Kingdom did: no longer a difference between them.
    expect((await updateDraft(values.symbol, { ...values, votes: { ...values.votes, USA: values.votes.GBR! }, vetoedBy: [], version: "1" }, editor)).ok).toBe(
      true,
    );
    await expectYearsMatch();
    expect((await differed()).some((r) => r.ref === values.symbol)).toBe(false);

    expect((await deleteDraft(values.symbol, "2", editor)).ok).toBe(true);
    await expectYearsMatch();
  });
});
