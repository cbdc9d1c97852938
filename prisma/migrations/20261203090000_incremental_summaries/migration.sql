-- The five remaining read summaries become tables kept by each write, as member_agreement already
-- is (20261130100000): lib/db/summaries.ts reads what the drafts a write touches contribute before
-- the write and after it, and adds the difference, in the same transaction. Refreshing the
-- materialized views inside every write cost 4.1 s a save at 100x the data, held writers behind one
-- another, and lost writes: the later of two concurrent refreshes ran on a snapshot taken before the
-- other write committed (docs/decisions/008-incremental-summaries.md). Same columns, same contents.
DROP MATERIALIZED VIEW "draft_year_outcome";
DROP MATERIALIZED VIEW "veto_holder_year";
DROP MATERIALIZED VIEW "veto_topic_year";
DROP MATERIALIZED VIEW "member_year_drafts";
DROP MATERIALIZED VIEW "member_against";

-- Drafts per year and outcome (headline figures, all time and in a period).
CREATE TABLE "draft_year_outcome" (
    "year" INTEGER NOT NULL,
    "outcome" "Outcome" NOT NULL,
    "n" INTEGER NOT NULL,
    CONSTRAINT "draft_year_outcome_pkey" PRIMARY KEY ("year", "outcome")
);
INSERT INTO "draft_year_outcome" SELECT "year", "outcome", count(*)::int FROM "draft" GROUP BY 1, 2;

-- Vetoes per year, object of vote, seat holder at the date of the veto and record code (veto
-- history, headline totals). Undated vetoes are placed mid-year to find the holder.
CREATE TABLE "veto_holder_year" (
    "year" INTEGER NOT NULL,
    "object_of_vote" "VoteObject" NOT NULL,
    "holder" VARCHAR(8) NOT NULL,
    "seat_id" VARCHAR(3) NOT NULL,
    "member_code" VARCHAR(3) NOT NULL,
    "n" INTEGER NOT NULL,
    CONSTRAINT "veto_holder_year_pkey" PRIMARY KEY ("year", "object_of_vote", "holder", "member_code")
);
INSERT INTO "veto_holder_year"
    SELECT v."year", d."object_of_vote", h."id", h."seat_id", v."member_code", count(*)::int
    FROM "veto" v
    JOIN "draft" d ON d."id" = v."draft_id"
    JOIN "permanent_seat_holder" h ON h."member_code" = v."member_code"
        AND COALESCE(v."voted_on", make_date(v."year", 7, 1)) >= h."starts_on"
        AND (h."ends_on" IS NULL OR COALESCE(v."voted_on", make_date(v."year", 7, 1)) < h."ends_on")
    GROUP BY 1, 2, 3, 4, 5;

-- Vetoed drafts and vetoes cast per year, object of vote and topic (most-vetoed topics).
CREATE TABLE "veto_topic_year" (
    "year" INTEGER NOT NULL,
    "object_of_vote" "VoteObject" NOT NULL,
    "topic_slug" TEXT NOT NULL,
    "drafts" INTEGER NOT NULL,
    "vetoes" INTEGER NOT NULL,
    CONSTRAINT "veto_topic_year_pkey" PRIMARY KEY ("year", "object_of_vote", "topic_slug")
);
INSERT INTO "veto_topic_year"
    SELECT v."year", d."object_of_vote", dt."topic_slug", count(DISTINCT v."draft_id")::int, count(*)::int
    FROM "veto" v
    JOIN "draft" d ON d."id" = v."draft_id"
    JOIN "draft_topic" dt ON dt."draft_id" = v."draft_id"
    GROUP BY 1, 2, 3;

-- Drafts per member, year, outcome, the member's vote ('-' when it has no vote row) and whether it
-- vetoed (the total of /resolutions?country=…).
CREATE TABLE "member_year_drafts" (
    "member_code" VARCHAR(3) NOT NULL,
    "year" INTEGER NOT NULL,
    "outcome" "Outcome" NOT NULL,
    "vote" TEXT NOT NULL,
    "vetoed" BOOLEAN NOT NULL,
    "n" INTEGER NOT NULL,
    CONSTRAINT "member_year_drafts_pkey" PRIMARY KEY ("member_code", "year", "outcome", "vote", "vetoed")
);
INSERT INTO "member_year_drafts"
    SELECT COALESCE(v."member_code", x."member_code"), d."year", d."outcome", COALESCE(v."vote"::text, '-'), (x."draft_id" IS NOT NULL), count(*)::int
    FROM "vote" v
    FULL JOIN "veto" x ON x."draft_id" = v."draft_id" AND x."member_code" = v."member_code"
    JOIN "draft" d ON d."id" = COALESCE(v."draft_id", x."draft_id")
    GROUP BY 1, 2, 3, 4, 5;

-- The drafts each member voted against (N votes, and vetoes known only from the veto lists), with
-- the draft's sort keys and the veto list's date copied: one page of a country's lists is an index
-- range. A write replaces its drafts' rows (the index on draft_id).
CREATE TABLE "member_against" (
    "member_code" VARCHAR(3) NOT NULL,
    "draft_id" INTEGER NOT NULL,
    "voted_on" DATE,
    "year" INTEGER NOT NULL,
    "ref" TEXT NOT NULL,
    "vetoed" BOOLEAN NOT NULL,
    "veto_date" DATE,
    CONSTRAINT "member_against_pkey" PRIMARY KEY ("member_code", "draft_id")
);
INSERT INTO "member_against"
    SELECT COALESCE(v."member_code", x."member_code"), d."id", d."voted_on", d."year", d."ref", (x."draft_id" IS NOT NULL),
           COALESCE(x."voted_on", make_date(x."year", 7, 1))
    FROM (SELECT "draft_id", "member_code" FROM "vote" WHERE "vote" = 'N') v
    FULL JOIN "veto" x ON x."draft_id" = v."draft_id" AND x."member_code" = v."member_code"
    JOIN "draft" d ON d."id" = COALESCE(v."draft_id", x."draft_id");
-- getDraftsVotedAgainst: ORDER BY voted_on DESC NULLS LAST, year DESC, ref.
CREATE INDEX "member_against_order_idx" ON "member_against" ("member_code", "voted_on" DESC NULLS LAST, "year" DESC, "ref")
    INCLUDE ("draft_id", "vetoed");
-- getCountryVetoes: ORDER BY veto_date DESC, ref, vetoes only.
CREATE INDEX "member_against_veto_order_idx" ON "member_against" ("member_code", "veto_date" DESC, "ref")
    INCLUDE ("draft_id") WHERE "vetoed";
CREATE INDEX "member_against_draft_id_idx" ON "member_against" ("draft_id");
