-- A cluster's own reporting regimes (the shipped ones live in the code as data): each set maps
-- the regime's indicators, line by line, to indicators of the catalogue by key, with a threshold
-- (scaled by the indicator's unit) where the regime has one, and the kinds of evidence that back
-- the line, as a comma-separated list of codes.

CREATE TABLE indicator_sets (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, id)
);

CREATE TABLE indicator_set_lines (
    cluster_id UUID NOT NULL,
    id UUID NOT NULL,
    set_id UUID NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    indicator_key TEXT NOT NULL,
    comparison TEXT,
    threshold BIGINT,
    evidence_kinds TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, set_id) REFERENCES indicator_sets (cluster_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX indicator_set_lines_code ON indicator_set_lines (cluster_id, set_id, code);
