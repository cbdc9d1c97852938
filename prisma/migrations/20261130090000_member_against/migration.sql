-- The drafts each member voted against: its N votes, plus vetoes known only from the veto lists
-- (FULL JOIN: one row per (member, draft)), with the draft's sort keys copied so that one page of
-- a country's "drafts voted against" list (newest first) and of its veto list is an index range,
-- whatever the page: the plain queries joined all of a member's rows to their drafts and sorted them
-- for every page, 80–110 ms for USA or RUS at 100x (bench/results/plans/before-list-pages/).
-- veto_date is the veto list's date (the veto's own date, or 1 July of its year when undated),
-- null when the member did not veto. Refreshed with the other read summaries by
-- refreshSummaries() (lib/db/summaries.ts); it adds about 1.4 s per write at 100x (the scan of
-- `vote` for N votes and the join to `draft`), tens of ms at the real volume (bench/results/refresh.json).
CREATE MATERIALIZED VIEW "member_against" AS
    SELECT COALESCE(v."member_code", x."member_code") AS "member_code", d."id" AS "draft_id",
           d."voted_on", d."year", d."ref", (x."draft_id" IS NOT NULL) AS "vetoed",
           COALESCE(x."voted_on", make_date(x."year", 7, 1)) AS "veto_date"
    FROM (SELECT "draft_id", "member_code" FROM "vote" WHERE "vote" = 'N') v
    FULL JOIN "veto" x ON x."draft_id" = v."draft_id" AND x."member_code" = v."member_code"
    JOIN "draft" d ON d."id" = COALESCE(v."draft_id", x."draft_id");
CREATE UNIQUE INDEX "member_against_key" ON "member_against" ("member_code", "draft_id");
-- getDraftsVotedAgainst: ORDER BY voted_on DESC NULLS LAST, year DESC, ref.
CREATE INDEX "member_against_order_idx" ON "member_against" ("member_code", "voted_on" DESC NULLS LAST, "year" DESC, "ref")
    INCLUDE ("draft_id", "vetoed");
-- getCountryVetoes: ORDER BY veto_date DESC, ref, vetoes only.
CREATE INDEX "member_against_veto_order_idx" ON "member_against" ("member_code", "veto_date" DESC, "ref")
    INCLUDE ("draft_id") WHERE "vetoed";
