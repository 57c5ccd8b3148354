-- Memberships and open invoices brought over from another system, with the payments made on them
-- before: the import that created them, so that a revert finds what it created by index.
ALTER TABLE memberships ADD COLUMN import_id BLOB;
ALTER TABLE invoices ADD COLUMN import_id BLOB;
ALTER TABLE payments ADD COLUMN import_id BLOB;
CREATE INDEX memberships_import ON memberships (cluster_id, import_id);
CREATE INDEX invoices_import ON invoices (cluster_id, import_id);
CREATE INDEX payments_import ON payments (cluster_id, import_id);
