-- An organisation's yearly company figures, with their source (a survey, typed, imported), and
-- the figures a company-performance survey brought that differ from those known, until the team
-- reviews them.

CREATE TABLE company_figures (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    organisation_id BLOB NOT NULL,
    year INTEGER NOT NULL,
    employees BIGINT,
    turnover_minor BIGINT,
    exports_minor BIGINT,
    rd_spending_minor BIGINT,
    new_products BIGINT,
    new_foreign_markets BIGINT,
    -- From 1 (paper and e-mail) to 5 (fully digital).
    digital_maturity BIGINT,
    -- survey, entry or import.
    source TEXT NOT NULL,
    -- The campaign the figures came from, for a survey's.
    campaign_id BLOB,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, organisation_id, year),
    FOREIGN KEY (cluster_id, organisation_id) REFERENCES organisations (cluster_id, id)
);

CREATE TABLE figure_reviews (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    organisation_id BLOB NOT NULL,
    year INTEGER NOT NULL,
    -- The figures the answers give, as JSON (`domain::figures::CompanyFigures`).
    proposed TEXT NOT NULL,
    campaign_id BLOB NOT NULL,
    created_at TEXT NOT NULL,
    -- accepted or rejected, once the team has decided.
    decision TEXT,
    decided_by TEXT,
    decided_at TEXT,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, organisation_id) REFERENCES organisations (cluster_id, id)
);
CREATE INDEX figure_reviews_organisation ON figure_reviews (cluster_id, organisation_id);
