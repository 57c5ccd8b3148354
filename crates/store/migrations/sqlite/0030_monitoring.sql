-- The monitoring system's own data. Built-in indicators live in the code and are computed from
-- the records when read; a cluster adds its own (entered by hand, a formula over others, or a
-- survey question's mean), enters values of those entered by hand, and sets targets per period
-- for any indicator. Indicators are named by their key, which never changes.

CREATE TABLE indicators (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    code TEXT NOT NULL,
    key TEXT NOT NULL,
    group_code TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    unit TEXT NOT NULL,
    direction TEXT NOT NULL,
    -- hand, formula or survey.
    source TEXT NOT NULL,
    periodicity TEXT NOT NULL,
    formula TEXT,
    question TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id)
);
CREATE UNIQUE INDEX indicators_key ON indicators (cluster_id, key);
CREATE UNIQUE INDEX indicators_code ON indicators (cluster_id, code);

-- Documents and links that back an indicator's value for a period: strategy papers, board
-- minutes, survey results, press clippings, success stories. A file is kept here, served only to
-- the cluster's users.
CREATE TABLE evidence (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    url TEXT,
    file_name TEXT,
    content_type TEXT,
    content BLOB,
    size_bytes BIGINT NOT NULL,
    dated_on DATE NOT NULL,
    -- The indicator and period it backs, when it backs one.
    indicator_key TEXT,
    period TEXT,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id)
);
CREATE INDEX evidence_indicator ON evidence (cluster_id, indicator_key, period);

-- A value of an indicator entered by hand: one a period, with its note and evidence.
CREATE TABLE indicator_values (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    indicator_key TEXT NOT NULL,
    -- 2025 or 2025-Q3.
    period TEXT NOT NULL,
    -- Scaled by the indicator's unit (`domain::monitoring::Unit::scale`).
    value BIGINT NOT NULL,
    note TEXT NOT NULL,
    evidence_id BLOB,
    entered_by TEXT NOT NULL,
    entered_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, indicator_key, period),
    FOREIGN KEY (cluster_id, evidence_id) REFERENCES evidence (cluster_id, id)
);

CREATE TABLE indicator_targets (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    indicator_key TEXT NOT NULL,
    period TEXT NOT NULL,
    target BIGINT NOT NULL,
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, indicator_key, period)
);
