-- The agreement summary becomes a table kept up to date by each write (lib/db/summaries.ts,
-- adjustAgreement: a draft's member pairs are subtracted before its votes change and added after)
-- instead of a materialized view recomputed on every write: the recomputation self-joins every
-- vote and was most of what an edit cost (241 ms at 1x, 6.5 s at 100x; bench/results/refresh.json).
DROP MATERIALIZED VIEW "member_agreement";

-- For each ordered pair of members: drafts on which both cast Y, N or A, and of those the drafts
-- on which they voted the same way (the agreement table on a country's page).
CREATE TABLE "member_agreement" (
    "code" VARCHAR(3) NOT NULL,
    "other" VARCHAR(3) NOT NULL,
    "shared" INTEGER NOT NULL,
    "same" INTEGER NOT NULL,
    CONSTRAINT "member_agreement_pkey" PRIMARY KEY ("code", "other")
);

INSERT INTO "member_agreement" ("code", "other", "shared", "same")
    SELECT s."member_code", o."member_code", count(*)::int, count(*) FILTER (WHERE o."vote" = s."vote")::int
    FROM "vote" s
    JOIN "vote" o ON o."draft_id" = s."draft_id" AND o."member_code" <> s."member_code" AND o."vote" IN ('Y', 'N', 'A')
    WHERE s."vote" IN ('Y', 'N', 'A')
    GROUP BY s."member_code", o."member_code";
