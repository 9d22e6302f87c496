-- Full-text search over participants' talents and goals (SQLite FTS5), kept in step by
-- triggers so every write and erase, from any code path, updates it in the same transaction.
-- candidate_search_docs holds one row per talent or goal under a stable integer key; the FTS
-- index is an external-content index over it. See src/candidate-search.ts.
CREATE TABLE `candidate_search_docs` (
	`rowid` integer PRIMARY KEY,
	`source_id` text NOT NULL UNIQUE,
	`person_id` text NOT NULL,
	`body` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `candidate_search_docs_person_idx` ON `candidate_search_docs` (`person_id`);
--> statement-breakpoint
CREATE VIRTUAL TABLE `candidate_search` USING fts5(
	body,
	content = 'candidate_search_docs',
	content_rowid = 'rowid',
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `candidate_search_docs_ai` AFTER INSERT ON `candidate_search_docs` BEGIN
	INSERT INTO candidate_search (rowid, body) VALUES (new.rowid, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_search_docs_ad` AFTER DELETE ON `candidate_search_docs` BEGIN
	INSERT INTO candidate_search (candidate_search, rowid, body) VALUES ('delete', old.rowid, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_search_docs_au` AFTER UPDATE ON `candidate_search_docs` BEGIN
	INSERT INTO candidate_search (candidate_search, rowid, body) VALUES ('delete', old.rowid, old.body);
	INSERT INTO candidate_search (rowid, body) VALUES (new.rowid, new.body);
END;
--> statement-breakpoint
INSERT INTO candidate_search_docs (source_id, person_id, body) SELECT id, person_id, name FROM talents;
--> statement-breakpoint
INSERT INTO candidate_search_docs (source_id, person_id, body) SELECT id, person_id, text FROM goals;
--> statement-breakpoint
CREATE TRIGGER `talents_search_ai` AFTER INSERT ON `talents` BEGIN
	INSERT INTO candidate_search_docs (source_id, person_id, body) VALUES (new.id, new.person_id, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER `talents_search_ad` AFTER DELETE ON `talents` BEGIN
	DELETE FROM candidate_search_docs WHERE source_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `talents_search_au` AFTER UPDATE OF id, person_id, name ON `talents` BEGIN
	UPDATE candidate_search_docs SET source_id = new.id, person_id = new.person_id, body = new.name WHERE source_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `goals_search_ai` AFTER INSERT ON `goals` BEGIN
	INSERT INTO candidate_search_docs (source_id, person_id, body) VALUES (new.id, new.person_id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `goals_search_ad` AFTER DELETE ON `goals` BEGIN
	DELETE FROM candidate_search_docs WHERE source_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `goals_search_au` AFTER UPDATE OF id, person_id, text ON `goals` BEGIN
	UPDATE candidate_search_docs SET source_id = new.id, person_id = new.person_id, body = new.text WHERE source_id = old.id;
END;
