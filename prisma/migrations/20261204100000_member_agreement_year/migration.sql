-- Agreement over time (issue 14): member_agreement per year of the vote, so that the country pages
-- and /compare draw agreement per year without the self-join of "vote" (every pair of votes of a
-- member, ≈1 s at 100x). Same rule as member_agreement: a draft counts for a pair when both cast
-- Y, N or A; contested = at least one member did not vote yes (N, A or X in the roll call). Kept by
-- each write for the drafts it touches (lib/db/summaries.ts); summed over the years it equals
-- member_agreement.
CREATE TABLE "member_agreement_year" (
    "code" VARCHAR(3) NOT NULL,
    "other" VARCHAR(3) NOT NULL,
    "year" INTEGER NOT NULL,
    "shared" INTEGER NOT NULL,
    "same" INTEGER NOT NULL,
    "contested_shared" INTEGER NOT NULL,
    "contested_same" INTEGER NOT NULL,

    CONSTRAINT "member_agreement_year_pkey" PRIMARY KEY ("code", "other", "year")
);

INSERT INTO "member_agreement_year" ("code", "other", "year", "shared", "same", "contested_shared", "contested_same")
SELECT s."member_code", o."member_code", d."year",
       count(*)::int, (count(*) FILTER (WHERE o."vote" = s."vote"))::int,
       (count(*) FILTER (WHERE c."draft_id" IS NOT NULL))::int,
       (count(*) FILTER (WHERE c."draft_id" IS NOT NULL AND o."vote" = s."vote"))::int
FROM "vote" s
JOIN "vote" o ON o."draft_id" = s."draft_id" AND o."member_code" <> s."member_code" AND o."vote" IN ('Y', 'N', 'A')
JOIN "draft" d ON d."id" = s."draft_id"
LEFT JOIN (SELECT DISTINCT "draft_id" FROM "vote" WHERE "vote" <> 'Y') c ON c."draft_id" = s."draft_id"
WHERE s."vote" IN ('Y', 'N', 'A')
GROUP BY 1, 2, 3;

-- The drafts on which two members voted differently (/compare lists them for 2 to 4 members, a page
-- at a time with the total): one row per pair (code < other) and draft on which both cast Y, N or A
-- and not the same, with the draft's sort keys and outcome copied as member_against does. Found from
-- the votes, the same list costs a look at every N or A vote of the members and their other votes on
-- each of those drafts (≈1 s at 100x for three permanent members); here it is an index range per pair.
CREATE TABLE "pair_difference" (
    "code" VARCHAR(3) NOT NULL,
    "other" VARCHAR(3) NOT NULL,
    "draft_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "voted_on" DATE,
    "outcome" "Outcome" NOT NULL,

    CONSTRAINT "pair_difference_pkey" PRIMARY KEY ("code", "other", "draft_id")
);

INSERT INTO "pair_difference" ("code", "other", "draft_id", "year", "voted_on", "outcome")
SELECT s."member_code", o."member_code", d."id", d."year", d."voted_on", d."outcome"
FROM "vote" s
JOIN "vote" o ON o."draft_id" = s."draft_id" AND o."member_code" > s."member_code" AND o."vote" IN ('Y', 'N', 'A') AND o."vote" <> s."vote"
JOIN "draft" d ON d."id" = s."draft_id"
WHERE s."vote" IN ('Y', 'N', 'A');

-- The list's order (newest first) within a pair; outcome for its filter without a visit to draft.
CREATE INDEX "pair_difference_order_idx" ON "pair_difference" ("code", "other", "year" DESC, "voted_on" DESC NULLS LAST, "draft_id" DESC) INCLUDE ("outcome");
-- A write replaces its drafts' rows.
CREATE INDEX "pair_difference_draft_id_idx" ON "pair_difference" ("draft_id");
