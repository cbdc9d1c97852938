// The country pages' "Alone or nearly alone" list (issue 14): the member_alone summary against a
// direct SQL count written out from the vote table (a self-join, not the summary's window), against
// the pure rule (lib/council/alone.ts) on every counted grid, through the list's query, and after
// corrections through the admin write path.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraft, deleteDraft, updateDraft } from "@/lib/admin/drafts";
import { gridCounts, standingAlone } from "@/lib/council/alone";
import type { VoteCast } from "@/lib/council/rules";
import { getMemberAlone } from "@/lib/queries/countries";
import { createTestUser, realVoteValues, type TestUser } from "../support/factories";

// The oracle: for each member's Y, N or A on a complete recorded grid, the other members casting the same.
const DIRECT = `
  SELECT s.member_code, s.draft_id, s.vote::text AS vote, min(o.member_code) AS partner, d.voted_on, d.year, d.ref
  FROM vote s
  JOIN draft d ON d.id = s.draft_id AND d.modality = 'RECORDED_VOTE' AND d.votes_complete AND NOT d.votes_derived
    AND (d.tally_check IS NULL OR d.tally_check <> 'DISAGREES')
  LEFT JOIN vote o ON o.draft_id = s.draft_id AND o.vote = s.vote AND o.member_code <> s.member_code
  WHERE s.vote <> 'X'
  GROUP BY s.member_code, s.draft_id, s.vote, d.voted_on, d.year, d.ref
  HAVING count(o.member_code) <= 1`;

/** Rows of the summary and of the direct query that differ, either way. */
async function drift() {
  return db.$queryRawUnsafe<unknown[]>(`
    (SELECT 'missing' AS why, * FROM (${DIRECT}) b
       EXCEPT ALL SELECT 'missing', member_code, draft_id, vote::text, partner, voted_on, year, ref FROM member_alone)
    UNION ALL
    (SELECT 'extra', member_code, draft_id, vote::text, partner, voted_on, year, ref FROM member_alone
       EXCEPT ALL SELECT 'extra', * FROM (${DIRECT}) b)
    LIMIT 5`);
}

async function directCount(code: string, from?: number, to?: number) {
  const [row] = await db.$queryRawUnsafe<{ total: number; alone: number }[]>(
    `SELECT count(*)::int AS total, (count(*) FILTER (WHERE partner IS NULL))::int AS alone FROM (${DIRECT}) x
     WHERE member_code = $1 AND ($2::int IS NULL OR year >= $2) AND ($3::int IS NULL OR year <= $3)`,
    code,
    from ?? null,
    to ?? null,
  );
  return row!;
}

describe("member_alone after the seed", () => {
  it("equals the direct count over the vote table", async () => {
    expect(await drift()).toEqual([]);
    const [{ n }] = await db.$queryRawUnsafe<[{ n: number }]>(`SELECT count(*)::int AS n FROM member_alone`);
    expect(n).toBeGreaterThan(100);
  });

  it("agrees with the pure rule on every counted grid", async () => {
    const drafts = await db.draft.findMany({
      select: { id: true, modality: true, votesComplete: true, votesDerived: true, tallyCheck: true, votes: { select: { memberCode: true, vote: true } } },
    });
    const expected = drafts
      .filter(gridCounts)
      .flatMap((d) =>
        standingAlone(d.votes.map((v) => ({ member: v.memberCode, vote: v.vote as VoteCast }))).map((s) => `${d.id}:${s.member}:${s.vote}:${s.partner}`),
      )
      .sort();
    const rows = await db.memberAlone.findMany({ select: { draftId: true, memberCode: true, vote: true, partner: true } });
    expect(rows.map((r) => `${r.draftId}:${r.memberCode}:${r.vote}:${r.partner}`).sort()).toEqual(expected);
  });
});

describe("getMemberAlone", () => {
  it.each([{ code: "RUS" }, { code: "USA" }, { code: "CHN", from: 1971, to: 1990 }, { code: "SUN", to: 1960 }, { code: "GBR", from: 2000 }, { code: "DZA" }])(
    "counts as the direct query: $code $from–$to",
    async ({ code, from, to }) => {
      const { total, alone } = await getMemberAlone(code, { from, to });
      expect({ total, alone }).toEqual(await directCount(code, from, to));
    },
  );

  it("lists every row once, newest first, with the partner named", async () => {
    const pageSize = 10;
    const first = await getMemberAlone("RUS", { pageSize });
    expect(first.total).toBeGreaterThan(pageSize);
    const all = [...first.rows];
    for (let p = 2; (p - 1) * pageSize < first.total; p++) all.push(...(await getMemberAlone("RUS", { page: p, pageSize })).rows);
    const direct = await db.$queryRawUnsafe<{ ref: string; partner: string | null; vote: string }[]>(
      `SELECT ref, partner, vote FROM (${DIRECT}) x WHERE member_code = 'RUS' ORDER BY voted_on DESC NULLS LAST, year DESC, ref`,
    );
    expect(all.map((r) => [r.ref, r.partner?.code ?? null, r.vote])).toEqual(direct.map((r) => [r.ref, r.partner, r.vote]));
    const withPartner = all.find((r) => r.partner);
    expect(withPartner?.partner?.nameEn).toBeTruthy();
    // S/2024/255 (28 March 2024): the Russian Federation alone against.
    expect(all.find((r) => r.ref === "S/2024/255")).toMatchObject({ vote: "N", partner: null, outcome: "VETOED" });
  });

  it("answers a page past the end with the count and no rows", async () => {
    const { total } = await getMemberAlone("RUS");
    expect(await getMemberAlone("RUS", { page: 1000 })).toEqual({ total, alone: expect.any(Number), rows: [] });
    expect(await getMemberAlone("RUS", { from: 2100 })).toEqual({ total: 0, alone: 0, rows: [] });
  });
});

describe("member_alone through the admin write path", () => {
  let editor: TestUser;
  beforeAll(async () => {
    editor = await createTestUser("editor");
  });

  const rowsOf = async (symbol: string) =>
    (await db.memberAlone.findMany({ where: { ref: symbol }, select: { memberCode: true, vote: true, partner: true }, orderBy: { memberCode: "asc" } })).map(
      (r) => `${r.memberCode}:${r.vote}:${r.partner ?? "-"}`,
    );

  it("follows a new draft's corrections and its deletion", async () => {
    // S/2025/353: fourteen in favour, the United States alone against (a veto).
    const values = await realVoteValues("S/2025/353");
    expect((await createDraft(values, editor)).ok).toBe(true);
    expect(await rowsOf(values.symbol)).toEqual(["USA:N:-"]);

    // Corrected: Algeria (DZA) against too, Guyana abstaining alone.
    expect((await updateDraft(values.symbol, { ...values, votes: { ...values.votes, DZA: "N", GUY: "A" }, vetoedBy: [], version: "1" }, editor)).ok).toBe(true);
    expect(await rowsOf(values.symbol)).toEqual(["DZA:N:USA", "GUY:A:-", "USA:N:DZA"]);

    // Adopted without a vote: no grid, nobody listed.
    expect((await updateDraft(values.symbol, { ...values, modality: "WITHOUT_VOTE", votes: {}, vetoedBy: [], version: "2" }, editor)).ok).toBe(true);
    expect(await rowsOf(values.symbol)).toEqual([]);

    expect((await updateDraft(values.symbol, { ...values, version: "3" }, editor)).ok).toBe(true);
    expect(await rowsOf(values.symbol)).toEqual(["USA:N:-"]);
    expect((await deleteDraft(values.symbol, "4", editor)).ok).toBe(true);
    expect(await rowsOf(values.symbol)).toEqual([]);
    expect(await drift()).toEqual([]);
  });
});
