-- Scenarios of the structure's economics: assumptions saved under a name, to compare.

CREATE TABLE economic_scenarios (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    name TEXT NOT NULL,
    -- The assumptions, as JSON.
    assumptions TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, id)
);
