-- A saved segment is picked by its name (for a mailing, a survey): two segments whose names
-- differ only in case, accents or spacing would be told apart by nobody. name_key is the folded
-- name; segments saved before it are keyed, and renamed "… (2)" where they collide, when the
-- server starts.
ALTER TABLE segments ADD COLUMN name_key TEXT;
CREATE UNIQUE INDEX segments_name ON segments (cluster_id, name_key);
