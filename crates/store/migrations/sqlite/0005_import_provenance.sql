-- The import that created a record, so that a revert finds what it created by index.
ALTER TABLE organisations ADD COLUMN import_id BLOB;
ALTER TABLE contacts ADD COLUMN import_id BLOB;
CREATE INDEX organisations_import ON organisations (cluster_id, import_id);
CREATE INDEX contacts_import ON contacts (cluster_id, import_id);
