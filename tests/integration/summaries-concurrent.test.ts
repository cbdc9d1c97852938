// Issue 12: every read summary must equal its base query after concurrent writes of different
// drafts, one of them with no member votes (adopted without a vote). When the summaries were
// materialized views refreshed inside each write's transaction, the later refresh ran on a snapshot
// taken before the other write committed, and the summaries lost that write for good.
// Meaningful on PostgreSQL (TEST_DATABASE_URL); the embedded database runs one transaction at a time.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraft, deleteDraft, updateDraft } from "@/lib/admin/drafts";
import { createTestUser, realVoteValues, type TestUser } from "../support/factories";
import type { DraftFormValues } from "@/lib/validations/draft-form";

// The summaries' definitions, written out from the base tables (the oracle: not the code under test).
const BASE: Record<string, { columns: string; sql: string }> = {
  draft_year_outcome: { columns: `"year", "outcome", "n"`, sql: `SELECT "year", "outcome", count(*)::int AS "n" FROM "draft" GROUP BY 1, 2` },
  veto_holder_year: {
    columns: `"year", "object_of_vote", "holder", "seat_id", "member_code", "n"`,
    sql: `SELECT v."year", d."object_of_vote", h."id", h."seat_id", v."member_code", count(*)::int
          FROM "veto" v JOIN "draft" d ON d."id" = v."draft_id"
          JOIN "permanent_seat_holder" h ON h."member_code" = v."member_code"
            AND COALESCE(v."voted_on", make_date(v."year", 7, 1)) >= h."starts_on"
            AND (h."ends_on" IS NULL OR COALESCE(v."voted_on", make_date(v."year", 7, 1)) < h."ends_on")
          GROUP BY 1, 2, 3, 4, 5`,
  },
  veto_topic_year: {
    columns: `"year", "object_of_vote", "topic_slug", "drafts", "vetoes"`,
    sql: `SELECT v."year", d."object_of_vote", dt."topic_slug", count(DISTINCT v."draft_id")::int, count(*)::int
          FROM "veto" v JOIN "draft" d ON d."id" = v."draft_id" JOIN "draft_topic" dt ON dt."draft_id" = v."draft_id"
          GROUP BY 1, 2, 3`,
  },
  member_year_drafts: {
    columns: `"member_code", "year", "outcome", "vote", "vetoed", "n"`,
    sql: `SELECT COALESCE(v."member_code", x."member_code"), d."year", d."outcome", COALESCE(v."vote"::text, '-'), (x."draft_id" IS NOT NULL), count(*)::int
          FROM "vote" v FULL JOIN "veto" x ON x."draft_id" = v."draft_id" AND x."member_code" = v."member_code"
          JOIN "draft" d ON d."id" = COALESCE(v."draft_id", x."draft_id")
          GROUP BY 1, 2, 3, 4, 5`,
  },
  member_against: {
    columns: `"member_code", "draft_id", "voted_on", "year", "ref", "vetoed", "veto_date"`,
    sql: `SELECT COALESCE(v."member_code", x."member_code"), d."id", d."voted_on", d."year", d."ref", (x."draft_id" IS NOT NULL),
                 COALESCE(x."voted_on", make_date(x."year", 7, 1))
          FROM (SELECT "draft_id", "member_code" FROM "vote" WHERE "vote" = 'N') v
          FULL JOIN "veto" x ON x."draft_id" = v."draft_id" AND x."member_code" = v."member_code"
          JOIN "draft" d ON d."id" = COALESCE(v."draft_id", x."draft_id")`,
  },
  // Each member's Y, N or A cast by at most one other member, on complete recorded grids (issue 14).
  member_alone: {
    columns: `"member_code", "draft_id", "vote", "partner", "voted_on", "year", "ref"`,
    sql: `SELECT s."member_code", s."draft_id", s."vote", min(o."member_code"), d."voted_on", d."year", d."ref"
          FROM "vote" s
          JOIN "draft" d ON d."id" = s."draft_id" AND d."modality" = 'RECORDED_VOTE' AND d."votes_complete" AND NOT d."votes_derived"
            AND d."tally_check" IS DISTINCT FROM 'DISAGREES'
          LEFT JOIN "vote" o ON o."draft_id" = s."draft_id" AND o."vote" = s."vote" AND o."member_code" <> s."member_code"
          WHERE s."vote" <> 'X'
          GROUP BY 1, 2, 3, 5, 6, 7
          HAVING count(o."member_code") <= 1`,
  },
  member_agreement: {
    columns: `"code", "other", "shared", "same"`,
    sql: `SELECT s."member_code", o."member_code", count(*)::int, (count(*) FILTER (WHERE o."vote" = s."vote"))::int
          FROM "vote" s JOIN "vote" o ON o."draft_id" = s."draft_id" AND o."member_code" <> s."member_code" AND o."vote" IN ('Y', 'N', 'A')
          WHERE s."vote" IN ('Y', 'N', 'A') GROUP BY 1, 2`,
  },
  member_agreement_year: {
    columns: `"code", "other", "year", "shared", "same", "contested_shared", "contested_same"`,
    sql: `SELECT s."member_code", o."member_code", d."year", count(*)::int, (count(*) FILTER (WHERE o."vote" = s."vote"))::int,
                 (count(*) FILTER (WHERE x.contested))::int, (count(*) FILTER (WHERE x.contested AND o."vote" = s."vote"))::int
          FROM "vote" s JOIN "vote" o ON o."draft_id" = s."draft_id" AND o."member_code" <> s."member_code" AND o."vote" IN ('Y', 'N', 'A')
          JOIN "draft" d ON d."id" = s."draft_id"
          CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM "vote" c WHERE c."draft_id" = s."draft_id" AND c."vote" <> 'Y') AS contested) x
          WHERE s."vote" IN ('Y', 'N', 'A') GROUP BY 1, 2, 3`,
  },
  pair_difference: {
    columns: `"code", "other", "draft_id", "year", "voted_on", "outcome"`,
    sql: `SELECT a."member_code", b."member_code", d."id", d."year", d."voted_on", d."outcome"
          FROM "vote" a JOIN "vote" b ON b."draft_id" = a."draft_id" AND a."member_code" < b."member_code"
          JOIN "draft" d ON d."id" = a."draft_id"
          WHERE a."vote" IN ('Y', 'N', 'A') AND b."vote" IN ('Y', 'N', 'A') AND a."vote" <> b."vote"`,
  },
};

/** Each summary's rows that differ from its base query (either way, duplicates counted), by summary. */
async function drift(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [table, { columns, sql }] of Object.entries(BASE)) {
    const rows = await db.$queryRawUnsafe<unknown[]>(`
      (SELECT 'missing' AS why, * FROM (${sql}) b EXCEPT ALL SELECT 'missing', ${columns} FROM "${table}")
      UNION ALL
      (SELECT 'extra', ${columns} FROM "${table}" EXCEPT ALL SELECT 'extra', * FROM (${sql}) b)
      LIMIT 5`);
    if (rows.length > 0) out[table] = rows;
  }
  return out;
}

let editors: TestUser[];
beforeAll(async () => {
  editors = [await createTestUser("editor"), await createTestUser("editor")];
});

const ok = (r: { ok: boolean }) => expect(r, JSON.stringify(r)).toMatchObject({ ok: true });

/** A draft adopted without a vote: no member votes, no vetoes (as S/RES/2638(2022)). */
async function withoutVote(topic: string): Promise<DraftFormValues> {
  const v = await realVoteValues("S/2025/353", { topics: [topic] });
  return { ...v, modality: "WITHOUT_VOTE", votes: {}, vetoedBy: [], title: "Adopted without a vote (test)" };
}

describe("summaries under concurrent writes of different drafts", () => {
  it("match their base queries after the seed", async () => {
    expect(await drift()).toEqual({});
  });

  it("match after creates, corrections and deletes sent at once, one draft of each pair without votes", async () => {
    for (let round = 0; round < 4; round++) {
      const [a, b] = editors as [TestUser, TestUser];
      const vetoed = await realVoteValues("S/2025/353", { topics: ["israel-palestine"] }); // vetoed by the United States
      const plain = await withoutVote("middle-east");
      // Two creates at once.
      (await Promise.all([createDraft(vetoed, a), createDraft(plain, b)])).forEach(ok);
      expect(await drift(), `round ${round}: creates`).toEqual({});

      // A correction (the veto goes: the United States abstains) beside a correction of the other.
      (
        await Promise.all([
          updateDraft(vetoed.symbol, { ...vetoed, votes: { ...vetoed.votes, USA: "A" }, version: "1" }, a),
          updateDraft(plain.symbol, { ...plain, title: "Corrected", topics: ["israel-palestine"], version: "1" }, b),
        ])
      ).forEach(ok);
      expect(await drift(), `round ${round}: corrections`).toEqual({});

      // A correction back to the veto beside a delete of the draft without votes, and a new one.
      const next = await withoutVote("syria");
      (await Promise.all([updateDraft(vetoed.symbol, { ...vetoed, version: "2" }, a), deleteDraft(plain.symbol, "2", b), createDraft(next, b)])).forEach(ok);
      expect(await drift(), `round ${round}: correction, delete and create`).toEqual({});

      // Both deleted at once.
      (await Promise.all([deleteDraft(vetoed.symbol, "3", a), deleteDraft(next.symbol, "1", b)])).forEach(ok);
      expect(await drift(), `round ${round}: deletes`).toEqual({});
    }
  }, 240_000);
});
