import { describe, expect, it } from "vitest";
import { db, Prisma } from "@/lib/db";
import { MIN_SHARED_VOTES } from "@/lib/agreement";
import { getVotingAgreement } from "@/lib/queries/countries";

// Issue 13: the agreement table's figures, on all votes and on contested votes only, equal a
// direct computation from the roll calls; pairs with few shared votes no longer top the list.

/** The pairs of `code` computed from `vote` alone (contested: some member did not vote yes). */
async function direct(code: string, contested: boolean) {
  return db.$queryRaw<{ code: string; shared: number; same: number; agreement: number }[]>(Prisma.sql`
    SELECT o.member_code AS code, count(*)::int AS shared, (count(*) FILTER (WHERE o.vote = s.vote))::int AS same,
           round(100.0 * count(*) FILTER (WHERE o.vote = s.vote) / count(*), 1)::float8 AS agreement
    FROM vote s
    JOIN vote o ON o.draft_id = s.draft_id AND o.member_code <> s.member_code AND o.vote IN ('Y', 'N', 'A')
    WHERE s.member_code = ${code} AND s.vote IN ('Y', 'N', 'A')
      ${contested ? Prisma.sql`AND EXISTS (SELECT 1 FROM vote c WHERE c.draft_id = s.draft_id AND c.vote <> 'Y')` : Prisma.empty}
    GROUP BY o.member_code
    ORDER BY o.member_code`);
}

const byCode = <T extends { code: string }>(rows: T[]) => [...rows].sort((a, b) => a.code.localeCompare(b.code));

describe("agreement figures equal a direct computation from the votes", () => {
  for (const code of ["USA", "RUS", "JPN"]) {
    for (const contested of [false, true]) {
      it(`${code}, ${contested ? "contested votes only" : "all votes"}`, async () => {
        const shown = await getVotingAgreement(code, { contested });
        const expected = await direct(code, contested);
        expect(byCode(shown.map(({ code, shared, same, agreement }) => ({ code, shared, same, agreement })))).toEqual(expected);
      });
    }
  }

  it("Russia–United States: far lower on contested votes than on all votes (unanimous renewals left out)", async () => {
    const all = (await getVotingAgreement("USA")).find((r) => r.code === "RUS")!;
    const contested = (await getVotingAgreement("USA", { contested: true })).find((r) => r.code === "RUS")!;
    expect(all.agreement).toBeGreaterThan(80);
    expect(contested.agreement).toBeLessThan(50);
    expect(contested.shared).toBeLessThan(all.shared);
  });

  it("by agreement, pairs with fewer shared votes than the minimum come last", async () => {
    const rows = await getVotingAgreement("USA");
    const firstFew = rows.findIndex((r) => r.shared < MIN_SHARED_VOTES);
    expect(firstFew).toBeGreaterThan(0);
    expect(rows.slice(firstFew).every((r) => r.shared < MIN_SHARED_VOTES)).toBe(true);
    const enough = rows.slice(0, firstFew).map((r) => r.agreement);
    expect(enough).toEqual([...enough].sort((a, b) => b - a));
  });
});
