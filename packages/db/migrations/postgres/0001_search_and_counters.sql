-- The data version every API instance compares its caches with (see postgres/handle.ts).
INSERT INTO meta (key, value) VALUES ('data_version', 0) ON CONFLICT (key) DO NOTHING;
--> statement-breakpoint
-- Candidate search (src/candidate-search.ts): Norwegian full-text search for whole and
-- prefixed words, trigrams for parts of words, over the talents' and goals' own columns.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX talents_name_search_idx ON talents USING gin (to_tsvector('norwegian', name));
--> statement-breakpoint
CREATE INDEX talents_name_trigram_idx ON talents USING gin (lower(name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX goals_text_search_idx ON goals USING gin (to_tsvector('norwegian', text));
--> statement-breakpoint
CREATE INDEX goals_text_trigram_idx ON goals USING gin (lower(text) gin_trgm_ops);
