-- Imports and the duplicate scan match organisations in memory, and a revert finds what an import
-- created by scanning its cluster's rows; these indexes only slowed every insert down.
DROP INDEX organisations_vat_id;
DROP INDEX organisations_name_key;
DROP INDEX organisations_import;
