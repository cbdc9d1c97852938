-- The complete record (issue 10): the UN's stated tally beside the member record, derived grids,
-- non-participation read from the stated tally, press releases per meeting, source kinds.
CREATE TYPE "TallyCheck" AS ENUM ('AGREES', 'NON_PARTICIPATION', 'DISAGREES');
CREATE TYPE "SourceKind" AS ENUM ('UN_RECORD', 'COMPILATION', 'RESEARCH', 'NEWS', 'UNKNOWN');

ALTER TABLE "meeting" ADD COLUMN "press_release" TEXT;

ALTER TABLE "draft"
    ADD COLUMN "stated_yes" INTEGER,
    ADD COLUMN "stated_no" INTEGER,
    ADD COLUMN "stated_abstain" INTEGER,
    ADD COLUMN "stated_tally_from" TEXT,
    ADD COLUMN "tally_check" "TallyCheck",
    ADD COLUMN "votes_derived" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "unconfirmed" BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX "draft_tally_check_idx" ON "draft"("tally_check");

ALTER TABLE "vote"
    ADD COLUMN "derived" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "recorded_as" "VoteCast";

ALTER TABLE "source" ADD COLUMN "kind" "SourceKind" NOT NULL DEFAULT 'COMPILATION';
