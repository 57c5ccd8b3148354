-- Organisations' and contacts' names in the order of the cluster's language (ICU4X collation
-- with CLDR's tailorings): the name's sort key (a contact's: surname, then first name), compared
-- byte by byte, and what the cluster's keys were made as (language and collator version), so
-- that keys are made again when either changes. Keys are written by the store with each name;
-- the store makes the missing ones when it starts.
ALTER TABLE organisations ADD COLUMN name_sort_key BYTEA;
ALTER TABLE contacts ADD COLUMN name_sort_key BYTEA;
ALTER TABLE clusters ADD COLUMN names_sorted_as TEXT;
DROP INDEX organisations_name;
CREATE INDEX organisations_name_sorted ON organisations (cluster_id, name_sort_key);
DROP INDEX contacts_name;
CREATE INDEX contacts_name_sorted ON contacts (cluster_id, name_sort_key);
