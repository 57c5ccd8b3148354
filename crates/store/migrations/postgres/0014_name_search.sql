-- Substring search on organisation names stays fast as a cluster grows: an index of the names'
-- trigrams. The two backends build it their own way; the rest of the schema is shared.
-- backend-specific: organisation_name_search
-- PostgreSQL: a GIN index of the folded names' trigrams (pg_trgm), led by the cluster (btree_gin),
-- which answers `name_folded LIKE '%…%'`. Both extensions are trusted: a database owner may
-- create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX organisation_name_search ON organisations USING gin (cluster_id, name_folded gin_trgm_ops);
-- end backend-specific
