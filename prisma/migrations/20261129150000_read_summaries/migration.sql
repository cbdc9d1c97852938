-- Read summaries for the dashboard, the veto history and the agreement tables. At 100x the real
-- volume (300k drafts, 4M votes) the plain aggregates cost 50 ms to seconds per page (see
-- bench/results/plans/); these keep them in the low milliseconds. They are MATERIALIZED VIEWs
-- (not compared by the schema-drift test, no Prisma model): every write that changes drafts,
-- votes, vetoes or topics must call refreshSummaries() from lib/db/summaries.ts (the seed does).
-- Each has a unique index so REFRESH … CONCURRENTLY keeps them readable while refreshing.

-- Drafts per year and outcome (headline figures, all time and in a period).
CREATE MATERIALIZED VIEW "draft_year_outcome" AS
    SELECT "year", "outcome", count(*)::int AS "n"
    FROM "draft"
    GROUP BY "year", "outcome";
CREATE UNIQUE INDEX "draft_year_outcome_key" ON "draft_year_outcome" ("year", "outcome");

-- Vetoes per year, seat holder at the date of the veto and record code (veto history, headline
-- totals). Undated vetoes are placed mid-year to find the holder, as in lib/queries/vetoes.ts.
CREATE MATERIALIZED VIEW "veto_holder_year" AS
    SELECT v."year", h."id" AS "holder", h."seat_id", v."member_code", count(*)::int AS "n"
    FROM "veto" v
    JOIN "permanent_seat_holder" h ON h."member_code" = v."member_code"
        AND COALESCE(v."voted_on", make_date(v."year", 7, 1)) >= h."starts_on"
        AND (h."ends_on" IS NULL OR COALESCE(v."voted_on", make_date(v."year", 7, 1)) < h."ends_on")
    GROUP BY v."year", h."id", h."seat_id", v."member_code";
CREATE UNIQUE INDEX "veto_holder_year_key" ON "veto_holder_year" ("year", "holder", "member_code");

-- Vetoed drafts and vetoes cast per year and topic (most-vetoed topics). A draft's vetoes all
-- carry its year, so summing "drafts" over years counts each draft once.
CREATE MATERIALIZED VIEW "veto_topic_year" AS
    SELECT v."year", dt."topic_slug", count(DISTINCT v."draft_id")::int AS "drafts", count(*)::int AS "vetoes"
    FROM "veto" v
    JOIN "draft_topic" dt ON dt."draft_id" = v."draft_id"
    GROUP BY v."year", dt."topic_slug";
CREATE UNIQUE INDEX "veto_topic_year_key" ON "veto_topic_year" ("year", "topic_slug");

-- For each ordered pair of members: drafts on which both cast Y, N or A, and of those the drafts
-- on which they voted the same way (the agreement table on a country's page).
CREATE MATERIALIZED VIEW "member_agreement" AS
    SELECT s."member_code" AS "code", o."member_code" AS "other", count(*)::int AS "shared",
           count(*) FILTER (WHERE o."vote" = s."vote")::int AS "same"
    FROM "vote" s
    JOIN "vote" o ON o."draft_id" = s."draft_id" AND o."member_code" <> s."member_code" AND o."vote" IN ('Y', 'N', 'A')
    WHERE s."vote" IN ('Y', 'N', 'A')
    GROUP BY s."member_code", o."member_code";
CREATE UNIQUE INDEX "member_agreement_key" ON "member_agreement" ("code", "other");
