-- Drafts per member, year, outcome, the member's vote ('-' when it has no vote row) and whether it
-- vetoed: the total of /resolutions?country=… (with vote, from, to, outcome) without counting
-- 160k drafts one by one at 100x (bench/results/plans/filtered-list-100x.txt). One row per
-- (member, draft) pair before grouping: a vote row, a veto row, or both (FULL JOIN).
-- Refreshed with the other read summaries by refreshSummaries() (lib/db/summaries.ts).
CREATE MATERIALIZED VIEW "member_year_drafts" AS
    SELECT COALESCE(v."member_code", x."member_code") AS "member_code", d."year", d."outcome",
           COALESCE(v."vote"::text, '-') AS "vote", (x."draft_id" IS NOT NULL) AS "vetoed", count(*)::int AS "n"
    FROM "vote" v
    FULL JOIN "veto" x ON x."draft_id" = v."draft_id" AND x."member_code" = v."member_code"
    JOIN "draft" d ON d."id" = COALESCE(v."draft_id", x."draft_id")
    GROUP BY 1, 2, 3, 4, 5;
CREATE UNIQUE INDEX "member_year_drafts_key" ON "member_year_drafts" ("member_code", "year", "outcome", "vote", "vetoed");
