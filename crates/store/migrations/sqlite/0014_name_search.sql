-- Substring search on organisation names stays fast as a cluster grows: an index of the names'
-- trigrams. The two backends build it their own way; the rest of the schema is shared.
-- backend-specific: organisation_name_search
-- SQLite: an FTS5 trigram index over the folded names, kept by triggers, its rows the
-- organisations' rowids (external content: the names are not stored twice).
CREATE VIRTUAL TABLE organisation_name_search USING fts5(
    name_folded, content = 'organisations', content_rowid = 'rowid', tokenize = 'trigram'
);
INSERT INTO organisation_name_search (organisation_name_search) VALUES ('rebuild');
CREATE TRIGGER organisation_name_search_insert AFTER INSERT ON organisations BEGIN
    INSERT INTO organisation_name_search (rowid, name_folded) VALUES (new.rowid, new.name_folded);
END;
CREATE TRIGGER organisation_name_search_delete AFTER DELETE ON organisations BEGIN
    INSERT INTO organisation_name_search (organisation_name_search, rowid, name_folded)
    VALUES ('delete', old.rowid, old.name_folded);
END;
CREATE TRIGGER organisation_name_search_update AFTER UPDATE OF name_folded ON organisations BEGIN
    INSERT INTO organisation_name_search (organisation_name_search, rowid, name_folded)
    VALUES ('delete', old.rowid, old.name_folded);
    INSERT INTO organisation_name_search (rowid, name_folded) VALUES (new.rowid, new.name_folded);
END;
-- end backend-specific
