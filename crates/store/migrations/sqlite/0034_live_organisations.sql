-- A cluster's organisations that were not merged into another, in the order they were stored:
-- reading them all (the membership figures, the member list) walks the table in order rather
-- than jumping about it by country.
CREATE INDEX organisations_live ON organisations (cluster_id, merged_into);
