-- The veto summaries keep what was put to the vote (draft, amendment, paragraph, preliminary
-- question, procedural motion), so that the veto figures can count by the UN Library's rule or
-- drafts only (docs/decisions/007) from the summaries instead of joining every veto to its draft:
-- the join cost 150–210 ms a dashboard query at 100x the data, the summaries a few ms.
DROP MATERIALIZED VIEW "veto_holder_year";
CREATE MATERIALIZED VIEW "veto_holder_year" AS
    SELECT v."year", d."object_of_vote", h."id" AS "holder", h."seat_id", v."member_code", count(*)::int AS "n"
    FROM "veto" v
    JOIN "draft" d ON d."id" = v."draft_id"
    JOIN "permanent_seat_holder" h ON h."member_code" = v."member_code"
        AND COALESCE(v."voted_on", make_date(v."year", 7, 1)) >= h."starts_on"
        AND (h."ends_on" IS NULL OR COALESCE(v."voted_on", make_date(v."year", 7, 1)) < h."ends_on")
    GROUP BY v."year", d."object_of_vote", h."id", h."seat_id", v."member_code";
CREATE UNIQUE INDEX "veto_holder_year_key" ON "veto_holder_year" ("year", "object_of_vote", "holder", "member_code");

-- A draft has one object of vote, so summing "drafts" over years and objects counts each draft once.
DROP MATERIALIZED VIEW "veto_topic_year";
CREATE MATERIALIZED VIEW "veto_topic_year" AS
    SELECT v."year", d."object_of_vote", dt."topic_slug", count(DISTINCT v."draft_id")::int AS "drafts", count(*)::int AS "vetoes"
    FROM "veto" v
    JOIN "draft" d ON d."id" = v."draft_id"
    JOIN "draft_topic" dt ON dt."draft_id" = v."draft_id"
    GROUP BY v."year", d."object_of_vote", dt."topic_slug";
CREATE UNIQUE INDEX "veto_topic_year_key" ON "veto_topic_year" ("year", "object_of_vote", "topic_slug");
