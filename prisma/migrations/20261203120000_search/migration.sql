-- Full-text search over drafts (issue 13): a weighted tsvector per draft kept current by triggers,
-- trigram indexes for symbols, and the synonyms people use for the Council's subjects.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Names people use for a subject (North Korea / DPRK, Gaza / Palestine, ...). Loaded by the seed
-- from data/search-synonyms.csv; a search for any term also looks for every term of its group.
CREATE TABLE "search_synonym" (
    "term" TEXT NOT NULL,
    "group_key" TEXT NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'en',
    "source" TEXT NOT NULL,
    CONSTRAINT "search_synonym_pkey" PRIMARY KEY ("term")
);
CREATE INDEX "search_synonym_group_key_idx" ON "search_synonym"("group_key");

-- The 'simple' configuration: no stemming and no stop words, so symbols, names and Thai words
-- (which the English stemmer would leave alone anyway) are indexed as written, lower-cased.
-- Weights: A symbol and ref, B title, C agenda item and English topic names, D Thai topic names.
-- Slashes in titles and agenda items are spaced ("Non-proliferation/Democratic People's Republic
-- of Korea"), or the parser reads "proliferation/Democratic" as one file-path token.
CREATE FUNCTION draft_search_text(p_ref TEXT, p_symbol TEXT, p_title TEXT, p_agenda TEXT) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('simple', concat_ws(' ', p_ref, p_symbol)), 'A')
      || setweight(to_tsvector('simple', replace(coalesce(p_title, ''), '/', ' / ')), 'B')
      || setweight(to_tsvector('simple', replace(coalesce(p_agenda, ''), '/', ' / ')), 'C')
$$;
CREATE FUNCTION draft_search_document(p_id INTEGER, p_ref TEXT, p_symbol TEXT, p_title TEXT, p_agenda TEXT) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT draft_search_text(p_ref, p_symbol, p_title, p_agenda)
      || setweight(to_tsvector('simple', coalesce((SELECT string_agg(t.label_en, ' ' ORDER BY t.slug)
                                                    FROM draft_topic dt JOIN topic t ON t.slug = dt.topic_slug
                                                    WHERE dt.draft_id = p_id), '')), 'C')
      || setweight(to_tsvector('simple', coalesce((SELECT string_agg(t.label_th, ' ' ORDER BY t.slug)
                                                    FROM draft_topic dt JOIN topic t ON t.slug = dt.topic_slug
                                                    WHERE dt.draft_id = p_id), '')), 'D')
$$;

ALTER TABLE "draft" ADD COLUMN "search_vector" tsvector;

-- The draft's own text: on insert and when a searched column changes.
CREATE FUNCTION draft_search_vector_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- A new draft has no topics yet (draft_topic references it): its own text only, three times
    -- cheaper, and the seed tries every draft again on each run (ON CONFLICT DO NOTHING).
    NEW.search_vector := draft_search_text(NEW.ref, NEW.symbol, NEW.title, NEW.agenda_item);
  ELSE
    NEW.search_vector := draft_search_document(NEW.id, NEW.ref, NEW.symbol, NEW.title, NEW.agenda_item);
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER draft_search_vector_row BEFORE INSERT OR UPDATE OF ref, symbol, title, agenda_item ON "draft"
  FOR EACH ROW EXECUTE FUNCTION draft_search_vector_row();

-- Topics are linked after the draft is written (seed, imports, the admin forms): once per
-- statement over the changed links, so a bulk insert of links costs one UPDATE.
CREATE FUNCTION draft_search_vector_refresh(ids INTEGER[]) RETURNS void LANGUAGE sql AS $$
  UPDATE draft d SET search_vector = draft_search_document(d.id, d.ref, d.symbol, d.title, d.agenda_item)
  WHERE d.id = ANY(ids)
$$;
CREATE FUNCTION draft_topic_search_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM draft_search_vector_refresh(ARRAY(SELECT DISTINCT draft_id FROM new_links));
  RETURN NULL;
END $$;
CREATE FUNCTION draft_topic_search_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM draft_search_vector_refresh(ARRAY(SELECT DISTINCT draft_id FROM old_links));
  RETURN NULL;
END $$;
CREATE FUNCTION draft_topic_search_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM draft_search_vector_refresh(ARRAY(SELECT draft_id FROM old_links UNION SELECT draft_id FROM new_links));
  RETURN NULL;
END $$;
CREATE TRIGGER draft_topic_search_inserted AFTER INSERT ON "draft_topic"
  REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION draft_topic_search_inserted();
CREATE TRIGGER draft_topic_search_deleted AFTER DELETE ON "draft_topic"
  REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION draft_topic_search_deleted();
CREATE TRIGGER draft_topic_search_updated AFTER UPDATE ON "draft_topic"
  REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION draft_topic_search_updated();

-- A renamed topic renames it in every linked draft's document.
CREATE FUNCTION topic_search_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM draft_search_vector_refresh(ARRAY(SELECT dt.draft_id FROM draft_topic dt WHERE dt.topic_slug = NEW.slug));
  RETURN NULL;
END $$;
CREATE TRIGGER topic_search_updated AFTER UPDATE OF label_en, label_th ON "topic"
  FOR EACH ROW EXECUTE FUNCTION topic_search_updated();

UPDATE "draft" d SET "search_vector" = draft_search_document(d.id, d.ref, d.symbol, d.title, d.agenda_item);

CREATE INDEX "draft_search_vector_idx" ON "draft" USING GIN ("search_vector");
-- Fragments of symbols ("2024/255", "S/RES/2719"): ILIKE '%…%' through trigrams.
CREATE INDEX "draft_ref_trgm_idx" ON "draft" USING GIN ("ref" gin_trgm_ops);
CREATE INDEX "draft_symbol_trgm_idx" ON "draft" USING GIN ("symbol" gin_trgm_ops);
-- A meeting record (S/PV.9591) finds its drafts: without this index the search's OR reads every draft.
CREATE INDEX "draft_meeting_id_idx" ON "draft"("meeting_id");
