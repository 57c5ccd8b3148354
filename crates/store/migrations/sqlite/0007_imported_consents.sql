-- The import that recorded a consent (from a contacts file with consent columns), so that
-- reverting the import removes it.
ALTER TABLE consents ADD COLUMN import_id BLOB;
