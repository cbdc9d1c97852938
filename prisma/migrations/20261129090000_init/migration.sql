-- UNSC Vote Tracker: initial schema. Written by hand (Prisma's schema engine cannot be downloaded
-- where this was made); tests/integration/schema-drift.test.ts proves it matches schema.prisma.

-- CreateEnum
CREATE TYPE "VoteCast" AS ENUM ('Y', 'N', 'A', 'X');
CREATE TYPE "Outcome" AS ENUM ('ADOPTED', 'VETOED', 'FAILED');
CREATE TYPE "VoteObject" AS ENUM ('DRAFT', 'AMENDMENT', 'PARAGRAPH', 'PRELIMINARY_QUESTION', 'PROCEDURAL_MOTION');
CREATE TYPE "VoteModality" AS ENUM ('RECORDED_VOTE', 'WITHOUT_VOTE', 'NO_ROLL_CALL');
CREATE TYPE "Role" AS ENUM ('admin', 'editor');

-- CreateTable
CREATE TABLE "member_state" (
    "code" VARCHAR(3) NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_th" TEXT NOT NULL,
    "region" TEXT,
    "dissolved" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "member_state_pkey" PRIMARY KEY ("code"),
    CONSTRAINT "member_state_code_check" CHECK ("code" ~ '^[A-Z]{3}$')
);

CREATE TABLE "permanent_seat" (
    "id" VARCHAR(3) NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_th" TEXT NOT NULL,
    CONSTRAINT "permanent_seat_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "permanent_seat_holder" (
    "id" VARCHAR(8) NOT NULL,
    "seat_id" VARCHAR(3) NOT NULL,
    "member_code" VARCHAR(3) NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_th" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    CONSTRAINT "permanent_seat_holder_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "permanent_seat_holder_period_check" CHECK ("ends_on" IS NULL OR "ends_on" > "starts_on")
);

CREATE TABLE "council_seat" (
    "id" SERIAL NOT NULL,
    "member_code" VARCHAR(3) NOT NULL,
    "year" INTEGER NOT NULL,
    "permanent" BOOLEAN NOT NULL,
    "name_at_time" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "derived_from" TEXT NOT NULL,
    CONSTRAINT "council_seat_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "council_seat_year_check" CHECK ("year" BETWEEN 1946 AND 2200),
    CONSTRAINT "council_seat_period_check" CHECK ("ends_on" >= "starts_on"
        AND EXTRACT(YEAR FROM "starts_on") = "year" AND EXTRACT(YEAR FROM "ends_on") = "year")
);

CREATE TABLE "meeting" (
    "id" SERIAL NOT NULL,
    "record" TEXT NOT NULL,
    "date" DATE,
    CONSTRAINT "meeting_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "draft" (
    "id" SERIAL NOT NULL,
    "ref" TEXT NOT NULL,
    "symbol" TEXT,
    "voted_on" DATE,
    "year" INTEGER NOT NULL,
    "meeting_id" INTEGER,
    "title" TEXT,
    "agenda_item" TEXT,
    "object_of_vote" "VoteObject" NOT NULL DEFAULT 'DRAFT',
    "parent_draft_id" INTEGER,
    "procedural" BOOLEAN NOT NULL DEFAULT false,
    "modality" "VoteModality" NOT NULL DEFAULT 'RECORDED_VOTE',
    "outcome" "Outcome" NOT NULL,
    "resolution_number" INTEGER,
    "yes_count" INTEGER,
    "no_count" INTEGER,
    "abstain_count" INTEGER,
    "non_voting_count" INTEGER,
    "votes_complete" BOOLEAN NOT NULL DEFAULT false,
    "undl_id" TEXT,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by" TEXT,
    CONSTRAINT "draft_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "draft_year_check" CHECK ("year" BETWEEN 1946 AND 2200
        AND ("voted_on" IS NULL OR EXTRACT(YEAR FROM "voted_on") = "year")),
    -- Only an adopted draft becomes a numbered resolution; a procedural vote cannot be vetoed.
    CONSTRAINT "draft_resolution_check" CHECK ("resolution_number" IS NULL OR ("outcome" = 'ADOPTED' AND "resolution_number" > 0)),
    CONSTRAINT "draft_procedural_veto_check" CHECK (NOT ("procedural" AND "outcome" = 'VETOED')),
    CONSTRAINT "draft_tally_check" CHECK (
        COALESCE("yes_count", 0) >= 0 AND COALESCE("no_count", 0) >= 0
        AND COALESCE("abstain_count", 0) >= 0 AND COALESCE("non_voting_count", 0) >= 0
        AND COALESCE("yes_count", 0) + COALESCE("no_count", 0) + COALESCE("abstain_count", 0) + COALESCE("non_voting_count", 0) <= 15),
    CONSTRAINT "draft_version_check" CHECK ("version" >= 1),
    CONSTRAINT "draft_not_self_parent_check" CHECK ("parent_draft_id" IS NULL OR "parent_draft_id" <> "id")
);

CREATE TABLE "vote" (
    "draft_id" INTEGER NOT NULL,
    "member_code" VARCHAR(3) NOT NULL,
    "vote" "VoteCast" NOT NULL,
    "name_at_time" TEXT,
    CONSTRAINT "vote_pkey" PRIMARY KEY ("draft_id","member_code")
);

CREATE TABLE "veto" (
    "draft_id" INTEGER NOT NULL,
    "member_code" VARCHAR(3) NOT NULL,
    "voted_on" DATE,
    "year" INTEGER NOT NULL,
    CONSTRAINT "veto_pkey" PRIMARY KEY ("draft_id","member_code"),
    -- Only the permanent members' states can veto (ROC and PRC are both coded CHN in the records).
    CONSTRAINT "veto_permanent_member_check" CHECK ("member_code" IN ('CHN', 'FRA', 'GBR', 'RUS', 'SUN', 'USA'))
);

CREATE TABLE "topic" (
    "slug" TEXT NOT NULL,
    "label_en" TEXT NOT NULL,
    "label_th" TEXT NOT NULL,
    CONSTRAINT "topic_pkey" PRIMARY KEY ("slug"),
    CONSTRAINT "topic_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

CREATE TABLE "draft_topic" (
    "draft_id" INTEGER NOT NULL,
    "topic_slug" TEXT NOT NULL,
    CONSTRAINT "draft_topic_pkey" PRIMARY KEY ("draft_id","topic_slug")
);

CREATE TABLE "penholder" (
    "draft_id" INTEGER NOT NULL,
    "member_code" VARCHAR(3) NOT NULL,
    CONSTRAINT "penholder_pkey" PRIMARY KEY ("draft_id","member_code")
);

CREATE TABLE "source" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "text" TEXT,
    "retrieved_on" DATE,
    "licence" TEXT,
    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "draft_source" (
    "draft_id" INTEGER NOT NULL,
    "source_id" INTEGER NOT NULL,
    "note" TEXT,
    CONSTRAINT "draft_source_pkey" PRIMARY KEY ("draft_id","source_id")
);

CREATE TABLE "data_issue" (
    "id" SERIAL NOT NULL,
    "draft_id" INTEGER,
    "year" INTEGER,
    "source_file" TEXT NOT NULL,
    "source_row" TEXT,
    "kind" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "evidence" JSONB,
    CONSTRAINT "data_issue_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "app_user" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'editor',
    "password_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "audit_entry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_key" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "permanent_seat_holder_member_code_starts_on_idx" ON "permanent_seat_holder"("member_code", "starts_on");
CREATE UNIQUE INDEX "council_seat_member_code_year_key" ON "council_seat"("member_code", "year");
CREATE INDEX "council_seat_year_idx" ON "council_seat"("year");
CREATE UNIQUE INDEX "meeting_record_key" ON "meeting"("record");
CREATE UNIQUE INDEX "draft_ref_key" ON "draft"("ref");
CREATE UNIQUE INDEX "draft_resolution_number_key" ON "draft"("resolution_number");
CREATE INDEX "draft_voted_on_idx" ON "draft"("voted_on");
CREATE INDEX "draft_year_outcome_idx" ON "draft"("year", "outcome");
CREATE INDEX "draft_outcome_voted_on_idx" ON "draft"("outcome", "voted_on");
CREATE INDEX "draft_symbol_idx" ON "draft"("symbol");
CREATE INDEX "vote_member_code_vote_idx" ON "vote"("member_code", "vote");
CREATE INDEX "veto_member_code_year_idx" ON "veto"("member_code", "year");
CREATE INDEX "veto_year_idx" ON "veto"("year");
CREATE INDEX "draft_topic_topic_slug_idx" ON "draft_topic"("topic_slug");
CREATE UNIQUE INDEX "source_key_key" ON "source"("key");
CREATE INDEX "data_issue_draft_id_idx" ON "data_issue"("draft_id");
CREATE UNIQUE INDEX "data_issue_source_file_kind_source_row_key" ON "data_issue"("source_file", "kind", "source_row");
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");
CREATE INDEX "session_user_id_idx" ON "session"("user_id");
CREATE INDEX "audit_entry_entity_entity_key_idx" ON "audit_entry"("entity", "entity_key");
CREATE INDEX "audit_entry_actor_at_idx" ON "audit_entry"("actor", "at");

-- AddForeignKey
ALTER TABLE "permanent_seat_holder" ADD CONSTRAINT "permanent_seat_holder_seat_id_fkey" FOREIGN KEY ("seat_id") REFERENCES "permanent_seat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "permanent_seat_holder" ADD CONSTRAINT "permanent_seat_holder_member_code_fkey" FOREIGN KEY ("member_code") REFERENCES "member_state"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "council_seat" ADD CONSTRAINT "council_seat_member_code_fkey" FOREIGN KEY ("member_code") REFERENCES "member_state"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "draft" ADD CONSTRAINT "draft_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "draft" ADD CONSTRAINT "draft_parent_draft_id_fkey" FOREIGN KEY ("parent_draft_id") REFERENCES "draft"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "vote" ADD CONSTRAINT "vote_draft_id_fkey" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "vote" ADD CONSTRAINT "vote_member_code_fkey" FOREIGN KEY ("member_code") REFERENCES "member_state"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "veto" ADD CONSTRAINT "veto_draft_id_fkey" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "veto" ADD CONSTRAINT "veto_member_code_fkey" FOREIGN KEY ("member_code") REFERENCES "member_state"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "draft_topic" ADD CONSTRAINT "draft_topic_draft_id_fkey" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "draft_topic" ADD CONSTRAINT "draft_topic_topic_slug_fkey" FOREIGN KEY ("topic_slug") REFERENCES "topic"("slug") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "penholder" ADD CONSTRAINT "penholder_draft_id_fkey" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "penholder" ADD CONSTRAINT "penholder_member_code_fkey" FOREIGN KEY ("member_code") REFERENCES "member_state"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "draft_source" ADD CONSTRAINT "draft_source_draft_id_fkey" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "draft_source" ADD CONSTRAINT "draft_source_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "data_issue" ADD CONSTRAINT "data_issue_draft_id_fkey" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
