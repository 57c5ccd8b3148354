-- The economics of the cluster organisation: its ledger of income and costs per year, budgeted
-- and actual (fee, service and event income and project grants are read from the invoices and
-- projects, never entered here), its reserves, and its team.

CREATE TABLE ledger_entries (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    year INTEGER NOT NULL,
    -- budget or actual.
    basis TEXT NOT NULL,
    -- An income stream's code for income, else NULL.
    stream TEXT,
    -- A cost kind's code for a cost, else NULL.
    cost_kind TEXT,
    public BOOLEAN NOT NULL,
    recurring BOOLEAN NOT NULL,
    project_id BLOB,
    amount_minor BIGINT NOT NULL,
    -- A contribution in kind: whole hours and what an hour is worth.
    hours BIGINT,
    hourly_rate_minor BIGINT,
    description TEXT NOT NULL,
    import_id BLOB,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, project_id) REFERENCES projects (cluster_id, id),
    CHECK ((stream IS NULL) <> (cost_kind IS NULL))
);
CREATE INDEX ledger_entries_year ON ledger_entries (cluster_id, year);
CREATE INDEX ledger_entries_import ON ledger_entries (cluster_id, import_id);

-- What the organisation holds in reserve at the end of a year.
CREATE TABLE economic_years (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    year INTEGER NOT NULL,
    reserves_minor BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, year)
);

CREATE TABLE staff_members (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    -- Full-time equivalent times 100.
    fte_hundredths BIGINT NOT NULL,
    yearly_cost_minor BIGINT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE,
    qualifications TEXT NOT NULL,
    -- The project the person's cost goes to; the structure's staff costs when NULL.
    project_id BLOB,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, project_id) REFERENCES projects (cluster_id, id)
);
