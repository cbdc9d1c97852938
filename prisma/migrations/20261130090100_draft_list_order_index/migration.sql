-- /resolutions?country=… (lib/queries/drafts.ts, countryPage): the list's order is
-- year, voted_on (undated first), id; read backwards it is the default "newest first" order
-- (year DESC, voted_on DESC NULLS LAST, id DESC). Walking it, each draft costs one probe of the
-- member's vote (vote_pkey), so the first page of RUS from 2000 reads about 50 drafts instead of
-- hashing RUS's 210k votes first. NULLS FIRST is not expressible in schema.prisma, which declares
-- @@index([year, votedOn, id]); the drift test compares columns, not their order.
CREATE INDEX "draft_year_voted_on_id_idx" ON "draft"("year", "voted_on" NULLS FIRST, "id");
