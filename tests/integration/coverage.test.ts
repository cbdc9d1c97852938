import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCoverage, getLatestVoteDate, type CoverageCounts } from "@/lib/queries/coverage";
import { KINDS_OF_VOTE } from "@/lib/council/rules";

// /coverage's figures against plain SQL on this file's own copy of the seeded database (the last
// block changes a few drafts to see them move between columns).

const count = async (where: string): Promise<number> =>
  Number((await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM draft d WHERE ${where}`))[0]!.n);

const FIELDS = ["votes", "adopted", "vetoed", "failed", "statedTally", "recorded", "derived", "meeting", "flagged", "unconfirmed"] as const;

function sumOver(rows: CoverageCounts[], pick: (c: CoverageCounts) => number): number {
  return rows.reduce((s, r) => s + pick(r), 0);
}

describe("getCoverage on the seeded record", () => {
  it("totals equal plain counts of the draft table", async () => {
    const { total } = await getCoverage();
    expect(total.votes).toBe(await db.draft.count());
    expect(total.adopted).toBe(await count(`d.outcome = 'ADOPTED'`));
    expect(total.vetoed).toBe(await count(`d.outcome = 'VETOED'`));
    expect(total.failed).toBe(await count(`d.outcome = 'FAILED'`));
    expect(total.statedTally).toBe(await count(`d.stated_yes IS NOT NULL OR d.votes_complete`));
    expect(total.recorded).toBe(await count(`d.votes_complete AND NOT d.votes_derived`));
    expect(total.derived).toBe(await count(`d.votes_derived`));
    expect(total.meeting).toBe(await count(`d.meeting_id IS NOT NULL`));
    expect(total.flagged).toBe(await count(`d.flagged`));
    expect(total.unconfirmed).toBe(await count(`d.unconfirmed`));
    // The seeded kinds: 12 amendments, 5 parts of drafts, 3 preliminary questions, 14 procedural votes.
    expect(total.kinds).toMatchObject({ amendment: 12, paragraph: 5, preliminary: 3, procedural: 14 });
    expect(total.kinds.draft).toBe(total.votes - 34);
  });

  it("the years add up to the totals, kinds and outcomes add up to the votes, newest year first", async () => {
    const { total, years } = await getCoverage();
    for (const f of FIELDS)
      expect(
        sumOver(years, (y) => y[f]),
        f,
      ).toBe(total[f]);
    for (const k of KINDS_OF_VOTE)
      expect(
        sumOver(years, (y) => y.kinds[k]),
        k,
      ).toBe(total.kinds[k]);
    for (const y of [total, ...years]) {
      expect(KINDS_OF_VOTE.reduce((s, k) => s + y.kinds[k], 0)).toBe(y.votes);
      expect(y.adopted + y.vetoed + y.failed).toBe(y.votes);
    }
    expect(years.map((y) => y.year)).toEqual([...years.map((y) => y.year)].sort((a, b) => b - a));
    const [range] = await db.$queryRaw<
      { first: number; last: number; n: bigint }[]
    >`SELECT min(year) AS first, max(year) AS last, count(DISTINCT year) AS n FROM draft`;
    expect(years[0]!.year).toBe(range!.last);
    expect(years.at(-1)!.year).toBe(range!.first);
    expect(years.filter((y) => y.votes > 0)).toHaveLength(Number(range!.n));
    // A year's row matches a plain count of that year.
    const y2024 = years.find((y) => y.year === 2024)!;
    expect(y2024.votes).toBe(await count(`d.year = 2024`));
    expect(y2024.vetoed).toBe(await count(`d.year = 2024 AND d.outcome = 'VETOED'`));
  });

  it("known gaps: by kind as data_issue holds them, per year as the draft's year (or the issue's own)", async () => {
    const { total, years, issueKinds } = await getCoverage();
    const byKind = await db.$queryRaw<{ kind: string; n: bigint }[]>`SELECT kind, count(*) AS n FROM data_issue GROUP BY 1`;
    expect(total.issues).toEqual(Object.fromEntries(byKind.map((r) => [r.kind, Number(r.n)])));
    expect(issueKinds.map((k) => k.count)).toEqual([...issueKinds.map((k) => k.count)].sort((a, b) => b - a));
    expect(total.issues["no-roll-call"]).toBeGreaterThan(0);
    const perYear = await db.$queryRaw<{ year: number; kind: string; n: bigint }[]>`
      SELECT COALESCE(d.year, i.year) AS year, i.kind, count(*) AS n FROM data_issue i LEFT JOIN draft d ON d.id = i.draft_id
      WHERE COALESCE(d.year, i.year) IS NOT NULL GROUP BY 1, 2`;
    for (const r of perYear) expect(years.find((y) => y.year === r.year)?.issues[r.kind], `${r.year} ${r.kind}`).toBe(Number(r.n));
    const listed = years.reduce((s, y) => s + Object.values(y.issues).reduce((a, b) => a + b, 0), 0);
    expect(listed).toBe(perYear.reduce((s, r) => s + Number(r.n), 0));
  });

  it("the latest vote on record is the latest voted_on", async () => {
    const [row] = await db.$queryRaw<{ d: Date }[]>`SELECT max(voted_on) AS d FROM draft`;
    expect(await getLatestVoteDate()).toBe(row!.d.toISOString().slice(0, 10));
  });
});

describe("getCoverage follows the record", () => {
  it("a draft whose grid becomes derived moves from recorded to derived; a stated tally and an unconfirmed draft count", async () => {
    const draft = await db.draft.findFirstOrThrow({ where: { ref: "S/2024/255" }, select: { id: true, year: true, votesComplete: true, votesDerived: true } });
    expect(draft).toMatchObject({ votesComplete: true, votesDerived: false });
    // A vote known only from the veto list: no grid, no stated tally yet.
    const noGrid = await db.draft.findFirstOrThrow({
      where: { votesComplete: false, statedYes: null, modality: "NO_ROLL_CALL" },
      select: { id: true, year: true },
    });
    const before = await getCoverage();
    const row = (c: typeof before, year: number) => c.years.find((y) => y.year === year)!;

    await db.draft.update({ where: { id: draft.id }, data: { votesDerived: true, statedYes: 13, statedNo: 1, statedAbstain: 1, unconfirmed: true } });
    await db.draft.update({ where: { id: noGrid.id }, data: { statedYes: 9, statedNo: 1, statedAbstain: 1 } });
    const after = await getCoverage();

    for (const [b, a] of [
      [before.total, after.total],
      [row(before, draft.year), row(after, draft.year)],
    ] as const) {
      expect(a.recorded).toBe(b.recorded - 1);
      expect(a.derived).toBe(b.derived + 1);
      expect(a.unconfirmed).toBe(b.unconfirmed + 1);
      expect(a.votes).toBe(b.votes);
    }
    // S/2024/255 already had a stated tally (its complete grid); the vote without one gains it.
    expect(after.total.statedTally).toBe(before.total.statedTally + 1);
    expect(row(after, noGrid.year).statedTally).toBe(row(before, noGrid.year).statedTally + 1);
  });
});
