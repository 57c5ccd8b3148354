-- Substring search on organisation names stays fast as a cluster grows: an index of the names'
-- trigrams. The two backends build it their own way; the rest of the schema is shared.
-- backend-specific: organisation_name_search
-- SQLite: an FTS5 trigram index of the folded names (already lower case, hence case_sensitive),
-- its rows the organisations' rowids; contentless, so the names are not stored twice. A name
-- costs FTS5 about 25 µs to index, which would slow a large import fourfold, so a new or renamed
-- name waits in the backlog, which search reads directly, until the server's indexer moves it
-- into the index after the commit (`store::organisation::index_names`).
CREATE VIRTUAL TABLE organisation_name_search USING fts5(
    name_folded, content = '', contentless_delete = 1, tokenize = 'trigram case_sensitive 1'
);
CREATE TABLE organisation_name_search_backlog (organisation_rowid INTEGER PRIMARY KEY);
INSERT INTO organisation_name_search_backlog (organisation_rowid) SELECT rowid FROM organisations;
CREATE TRIGGER organisation_name_search_insert AFTER INSERT ON organisations BEGIN
    INSERT OR IGNORE INTO organisation_name_search_backlog (organisation_rowid) VALUES (new.rowid);
END;
CREATE TRIGGER organisation_name_search_update AFTER UPDATE OF name_folded ON organisations BEGIN
    DELETE FROM organisation_name_search WHERE rowid = old.rowid;
    INSERT OR IGNORE INTO organisation_name_search_backlog (organisation_rowid) VALUES (new.rowid);
END;
CREATE TRIGGER organisation_name_search_delete AFTER DELETE ON organisations BEGIN
    DELETE FROM organisation_name_search WHERE rowid = old.rowid;
    DELETE FROM organisation_name_search_backlog WHERE organisation_rowid = old.rowid;
END;
-- end backend-specific
