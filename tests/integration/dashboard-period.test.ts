import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getHeadlineFigures, getInTheNews, getLatestVetoes, getLatestVotes, getMostVetoedTopics } from "@/lib/queries/dashboard";
import { getVetoHistory } from "@/lib/queries/vetoes";

// Every card on `/` obeys the chosen period (issue 13): each card's query, given 2020–2024, shows
// only those years, and its figures equal a direct SQL count over the same years.
const PERIOD = { from: 2020, to: 2024 };
const within = (year: number) => year >= PERIOD.from && year <= PERIOD.to;

describe("dashboard cards obey the period", () => {
  it("key figures: drafts in the period equal a direct count", async () => {
    const h = await getHeadlineFigures(PERIOD);
    const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM draft WHERE year BETWEEN 2020 AND 2024`;
    expect(h.inPeriod!.voted).toBe(row!.n);
  });

  it("veto history: only the period's years", async () => {
    const h = await getVetoHistory(PERIOD);
    expect(h.rows.length).toBe(5);
    expect(h.rows.every((r) => within(r.period))).toBe(true);
  });

  it("latest votes: the newest of the period, not of all time (January 2026 was listed for 2020–2024)", async () => {
    const all = await getLatestVotes(8);
    expect(all[0]!.year).toBeGreaterThan(2024);
    const latest = await getLatestVotes(8, PERIOD);
    expect(latest).toHaveLength(8);
    expect(latest.every((v) => within(v.year))).toBe(true);
    const expected = await db.draft.findMany({
      where: { year: { gte: 2020, lte: 2024 } },
      orderBy: [{ year: "desc" }, { votedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: 8,
      select: { ref: true },
    });
    expect(latest.map((v) => v.ref)).toEqual(expected.map((d) => d.ref));
    expect(await getLatestVotes(8, { from: 2090 })).toHaveLength(0);
  });

  it("latest vetoes: the newest veto (7 April 2026) first; with a period, only its years", async () => {
    const all = await getLatestVetoes(5);
    expect(all[0]).toMatchObject({ date: "2026-04-07" });
    expect(all[0]!.vetoedBy.length).toBeGreaterThan(0);
    const dates = all.map((v) => v.date ?? "");
    expect([...dates].sort().reverse()).toEqual(dates);
    const inPeriod = await getLatestVetoes(50, PERIOD);
    expect(inPeriod.every((v) => within(v.year))).toBe(true);
    const [row] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM draft d
      WHERE d.year BETWEEN 2020 AND 2024 AND d.object_of_vote <> 'PARAGRAPH' AND EXISTS (SELECT 1 FROM veto v WHERE v.draft_id = d.id)`;
    expect(inPeriod).toHaveLength(row!.n);
    // Counting whole drafts only leaves out vetoed amendments.
    const drafts = await getLatestVetoes(50, { ...PERIOD, count: "drafts" });
    expect(drafts.every((v) => v.objectOfVote === "DRAFT")).toBe(true);
  });

  it("most-vetoed topics: counts of the period's vetoed drafts only", async () => {
    const topics = await getMostVetoedTopics(3, PERIOD);
    for (const t of topics) {
      const [row] = await db.$queryRaw<{ n: number }[]>`
        SELECT count(DISTINCT d.id)::int AS n FROM draft d JOIN draft_topic dt ON dt.draft_id = d.id
        WHERE dt.topic_slug = ${t.slug} AND d.year BETWEEN 2020 AND 2024 AND d.object_of_vote <> 'PARAGRAPH' AND EXISTS (SELECT 1 FROM veto v WHERE v.draft_id = d.id)`;
      expect(t.drafts, t.slug).toBe(row!.n);
    }
  });

  it("the vote in the news (2024) shows within 2020–2024 and not for 1990–2000", async () => {
    expect(await getInTheNews("en", PERIOD)).toMatchObject({ symbol: "S/2024/255" });
    expect(await getInTheNews("en", { from: 1990, to: 2000 })).toBeNull();
    expect(await getInTheNews("en", { from: 2025 })).toBeNull();
  });
});
