-- Votes on which a member stood alone or nearly alone (issue 14): one row per (member, vote) where
-- the member's Y, N or A was cast by no other member (partner NULL) or by exactly one (partner: its
-- code). Only votes whose member-by-member record is complete and recorded: a recorded vote
-- (modality RECORDED_VOTE) with votes_complete, not derived from the stated tally (votes_derived),
-- and not contradicted by it (tally_check DISAGREES). Non-participation (X) is no position: a member
-- that did not take part stands nowhere, and does not count as sharing anyone's vote.
-- A read summary kept by the write path like member_against (lib/db/summaries.ts): a write replaces
-- its drafts' rows. Read straight from the vote table, the country page's list took 155 ms for USA at 1x
-- (a self-join of all its votes), about 100 times that at 100x; a page is now an index range.
CREATE TABLE "member_alone" (
    "member_code" VARCHAR(3) NOT NULL,
    "draft_id" INTEGER NOT NULL,
    "vote" "VoteCast" NOT NULL,
    "partner" VARCHAR(3),
    "voted_on" DATE,
    "year" INTEGER NOT NULL,
    "ref" TEXT NOT NULL,
    CONSTRAINT "member_alone_pkey" PRIMARY KEY ("member_code", "draft_id")
);
-- Each vote's number of members casting the same, and the lowest and highest of their codes: with
-- two, the other is the partner. One pass over the votes (window), not a self-join (2.4 s at 1x).
INSERT INTO "member_alone"
    SELECT s."member_code", d."id", s."vote",
           CASE WHEN s."n" = 2 THEN CASE WHEN s."lo" = s."member_code" THEN s."hi" ELSE s."lo" END END,
           d."voted_on", d."year", d."ref"
    FROM (SELECT "draft_id", "member_code", "vote",
                 count(*) OVER w AS "n", min("member_code") OVER w AS "lo", max("member_code") OVER w AS "hi"
          FROM "vote" WHERE "vote" IN ('Y', 'N', 'A')
          WINDOW w AS (PARTITION BY "draft_id", "vote")) s
    JOIN "draft" d ON d."id" = s."draft_id" AND d."modality" = 'RECORDED_VOTE' AND d."votes_complete"
        AND NOT d."votes_derived" AND d."tally_check" IS DISTINCT FROM 'DISAGREES'
    WHERE s."n" <= 2;
-- getMemberAlone: ORDER BY voted_on DESC NULLS LAST, year DESC, ref, with a year range.
CREATE INDEX "member_alone_order_idx" ON "member_alone" ("member_code", "voted_on" DESC NULLS LAST, "year" DESC, "ref")
    INCLUDE ("draft_id", "vote", "partner");
CREATE INDEX "member_alone_draft_id_idx" ON "member_alone" ("draft_id");
