-- Agreement on contested votes only (issue 13): on drafts adopted unanimously every member voted
-- yes, so pairs agree there whatever they think, and Russia and the United States showed close to
-- 90 %. For each pair, the shared votes and same votes again, counting only drafts on which at
-- least one member did not vote yes (N, A or X in the roll call). Kept by each write as the
-- other two columns are (lib/db/summaries.ts): a draft's contested state depends only on its own votes.
ALTER TABLE "member_agreement"
    ADD COLUMN "contested_shared" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "contested_same" INTEGER NOT NULL DEFAULT 0;

UPDATE "member_agreement" a
SET "contested_shared" = p."contested_shared", "contested_same" = p."contested_same"
FROM (
    SELECT s."member_code" AS "code", o."member_code" AS "other",
           count(*)::int AS "contested_shared", (count(*) FILTER (WHERE o."vote" = s."vote"))::int AS "contested_same"
    FROM "vote" s
    JOIN "vote" o ON o."draft_id" = s."draft_id" AND o."member_code" <> s."member_code" AND o."vote" IN ('Y', 'N', 'A')
    WHERE s."vote" IN ('Y', 'N', 'A') AND EXISTS (SELECT 1 FROM "vote" c WHERE c."draft_id" = s."draft_id" AND c."vote" <> 'Y')
    GROUP BY s."member_code", o."member_code"
) p
WHERE a."code" = p."code" AND a."other" = p."other";
