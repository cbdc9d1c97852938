// member_agreement is kept by each write (lib/db/summaries.ts, summariesBefore/applySummaries) instead of being
// recomputed: after every kind of write it must equal the full aggregate over all votes.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraft, deleteDraft, updateDraft } from "@/lib/admin/drafts";
import { importDrafts } from "@/lib/admin/import";
import { IMPORT_COLUMNS } from "@/lib/admin/import";
import { createTestUser, realVoteValues, type TestUser } from "../support/factories";

let editor: TestUser;
beforeAll(async () => {
  editor = await createTestUser("editor");
});

/** Rows of member_agreement that differ from the aggregate over all votes (either way), contested columns included. */
async function drift(): Promise<unknown[]> {
  return db.$queryRawUnsafe(`
    WITH full_aggregate AS (
      SELECT s.member_code AS code, o.member_code AS other, count(*)::int AS shared, (count(*) FILTER (WHERE o.vote = s.vote))::int AS same,
             (count(*) FILTER (WHERE x.contested))::int AS contested_shared, (count(*) FILTER (WHERE x.contested AND o.vote = s.vote))::int AS contested_same
      FROM vote s JOIN vote o ON o.draft_id = s.draft_id AND o.member_code <> s.member_code AND o.vote IN ('Y', 'N', 'A')
      -- contested: at least one member did not vote yes
      CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM vote c WHERE c.draft_id = s.draft_id AND c.vote <> 'Y') AS contested) x
      WHERE s.vote IN ('Y', 'N', 'A') GROUP BY 1, 2)
    (SELECT 'missing' AS why, * FROM full_aggregate EXCEPT SELECT 'missing', * FROM member_agreement)
    UNION ALL
    (SELECT 'extra', * FROM member_agreement EXCEPT SELECT 'extra', * FROM full_aggregate)
    LIMIT 5`);
}

const pair = (code: string, other: string) => db.memberAgreement.findUnique({ where: { code_other: { code, other } }, select: { shared: true, same: true } });

describe("the agreement summary follows every write", () => {
  it("matches the full aggregate after the seed", async () => {
    expect(await drift()).toEqual([]);
    expect(await db.memberAgreement.count()).toBeGreaterThan(1000);
  });

  it("after a create, a correction of the votes, a delete and an import", async () => {
    const before = await pair("RUS", "USA");
    const values = await realVoteValues("S/2025/353"); // 14-1-0, USA against
    const created = await createDraft(values, editor);
    expect(created.ok).toBe(true);
    expect(await drift()).toEqual([]);
    expect(await pair("RUS", "USA")).toEqual({ shared: before!.shared + 1, same: before!.same });

    // The correction makes the USA vote with Russia: one more "same" for the pair, not one more draft.
    const corrected = await updateDraft(values.symbol, { ...values, votes: { ...values.votes, USA: "Y" }, version: "1" }, editor);
    expect(corrected).toMatchObject({ ok: true, outcome: "ADOPTED" });
    expect(await drift()).toEqual([]);
    expect(await pair("RUS", "USA")).toEqual({ shared: before!.shared + 1, same: before!.same + 1 });

    expect(await deleteDraft(values.symbol, "2", editor)).toMatchObject({ ok: true });
    expect(await drift()).toEqual([]);
    expect(await pair("RUS", "USA")).toEqual(before);

    const row = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, ""])) as Record<(typeof IMPORT_COLUMNS)[number], string>;
    const grouped = (cast: string) =>
      Object.entries(values.votes)
        .filter(([, v]) => v === cast)
        .map(([m]) => m)
        .join(";");
    const csvRow = {
      ...row,
      symbol: "S/2025/9990",
      date: values.votedOn,
      title: "Agreement test",
      yes: grouped("Y"),
      no: grouped("N"),
      abstain: grouped("A"),
      not_participating: grouped("X"),
    };
    const csv = `${IMPORT_COLUMNS.join(",")}\n${IMPORT_COLUMNS.map((c) => csvRow[c]).join(",")}\n`;
    expect(await importDrafts(csv, { actor: editor, apply: true })).toMatchObject({ ok: true, applied: true });
    expect(await drift()).toEqual([]);
    expect(await pair("RUS", "USA")).toEqual({ shared: before!.shared + 1, same: before!.same });
  });

  it("a refused write leaves it as it was", async () => {
    const values = await realVoteValues("S/2025/353");
    const created = await createDraft(values, editor);
    expect(created.ok).toBe(true);
    const snapshot = await db.memberAgreement.findMany({ orderBy: [{ code: "asc" }, { other: "asc" }] });
    // A stale version: refused after nothing was written.
    expect(await updateDraft(values.symbol, { ...values, votes: { ...values.votes, USA: "Y" }, version: "7" }, editor)).toMatchObject({
      ok: false,
      status: "conflict",
    });
    expect(await db.memberAgreement.findMany({ orderBy: [{ code: "asc" }, { other: "asc" }] })).toEqual(snapshot);
    expect(await drift()).toEqual([]);
  });
});
