-- A cluster's organisations that were not merged into another: what the membership figures, the
-- member list and engagement read as a whole.
CREATE INDEX organisations_live ON organisations (cluster_id, merged_into);
