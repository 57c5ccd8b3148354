-- The strategy with its challenges and reviews, the yearly action plan, project ideas, projects
-- with their participants, budget, funding, milestones and outcomes, and the service catalogue
-- with its deliveries.

CREATE TABLE strategies (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    title TEXT NOT NULL,
    first_year BIGINT NOT NULL,
    last_year BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id)
);

CREATE TABLE strategic_challenges (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    strategy_id BLOB NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    -- The year by which the challenge should be met.
    horizon BIGINT,
    owner TEXT NOT NULL,
    -- Value-chain segments (taxonomy terms of the network), comma-separated ids.
    segment_ids TEXT NOT NULL,
    retired_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, strategy_id) REFERENCES strategies (cluster_id, id)
);
CREATE INDEX strategic_challenges_strategy ON strategic_challenges (cluster_id, strategy_id);

-- A review of the strategy: when, by whom, what changed, and its challenges as they then stood.
CREATE TABLE strategy_reviews (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    strategy_id BLOB NOT NULL,
    reviewed_on DATE NOT NULL,
    reviewed_by TEXT NOT NULL,
    changes TEXT NOT NULL,
    challenges_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, strategy_id) REFERENCES strategies (cluster_id, id)
);
CREATE INDEX strategy_reviews_strategy ON strategy_reviews (cluster_id, strategy_id);

CREATE TABLE action_lines (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    year BIGINT NOT NULL,
    objective TEXT NOT NULL,
    actions TEXT NOT NULL,
    owner TEXT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    challenge_id BLOB,
    -- not_started, on_track, at_risk or done; late is derived from the dates.
    status TEXT NOT NULL,
    -- The indicator the line aims at, named until the monitoring system links it.
    indicator TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, challenge_id) REFERENCES strategic_challenges (cluster_id, id)
);
CREATE INDEX action_lines_year ON action_lines (cluster_id, year);
CREATE INDEX action_lines_challenge ON action_lines (cluster_id, challenge_id);

-- How much each criterion weighs in an idea's score.
CREATE TABLE idea_score_weights (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    alignment BIGINT NOT NULL,
    interest BIGINT NOT NULL,
    feasibility BIGINT NOT NULL,
    funding_fit BIGINT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id)
);

CREATE TABLE projects (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    -- collective or individual_use.
    scope TEXT NOT NULL,
    area TEXT NOT NULL,
    stage TEXT NOT NULL,
    starts_on DATE,
    ends_on DATE,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id)
);
CREATE INDEX projects_stage ON projects (cluster_id, stage);

CREATE TABLE project_ideas (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    organisation_id BLOB,
    challenge_id BLOB,
    -- member, interview, interaction, working_group or workshop.
    source TEXT NOT NULL,
    interaction_id BLOB,
    working_group_id BLOB,
    source_note TEXT NOT NULL,
    -- Each from 0 to 5, or not scored yet.
    alignment BIGINT,
    interest BIGINT,
    feasibility BIGINT,
    funding_fit BIGINT,
    project_id BLOB,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, organisation_id) REFERENCES organisations (cluster_id, id),
    FOREIGN KEY (cluster_id, challenge_id) REFERENCES strategic_challenges (cluster_id, id),
    FOREIGN KEY (cluster_id, interaction_id) REFERENCES interactions (cluster_id, id),
    FOREIGN KEY (cluster_id, working_group_id) REFERENCES working_groups (cluster_id, id),
    FOREIGN KEY (cluster_id, project_id) REFERENCES projects (cluster_id, id)
);
CREATE INDEX project_ideas_organisation ON project_ideas (cluster_id, organisation_id);
CREATE INDEX project_ideas_challenge ON project_ideas (cluster_id, challenge_id);
CREATE INDEX project_ideas_interaction ON project_ideas (cluster_id, interaction_id);
CREATE INDEX project_ideas_working_group ON project_ideas (cluster_id, working_group_id);
CREATE UNIQUE INDEX project_ideas_project ON project_ideas (cluster_id, project_id);

CREATE TABLE project_challenges (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    project_id BLOB NOT NULL,
    challenge_id BLOB NOT NULL,
    PRIMARY KEY (cluster_id, project_id, challenge_id),
    FOREIGN KEY (cluster_id, project_id) REFERENCES projects (cluster_id, id),
    FOREIGN KEY (cluster_id, challenge_id) REFERENCES strategic_challenges (cluster_id, id)
);
CREATE INDEX project_challenges_challenge ON project_challenges (cluster_id, challenge_id);

-- Every move of a project from one stage to another.
CREATE TABLE project_stage_changes (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    project_id BLOB NOT NULL,
    from_stage TEXT,
    to_stage TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, project_id) REFERENCES projects (cluster_id, id)
);
CREATE INDEX project_stage_changes_project ON project_stage_changes (cluster_id, project_id);

-- A participant is one of the cluster's organisations, a partner cluster of the network, or an
-- outside organisation by name and country.
CREATE TABLE project_participants (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    project_id BLOB NOT NULL,
    organisation_id BLOB,
    partner_cluster_id BLOB REFERENCES clusters (id),
    outside_name TEXT,
    outside_country TEXT,
    -- leader, partner, subcontractor or observer.
    role TEXT NOT NULL,
    money_minor BIGINT NOT NULL,
    in_kind_minor BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, project_id) REFERENCES projects (cluster_id, id),
    FOREIGN KEY (cluster_id, organisation_id) REFERENCES organisations (cluster_id, id)
);
CREATE INDEX project_participants_project ON project_participants (cluster_id, project_id);
CREATE INDEX project_participants_organisation ON project_participants (cluster_id, organisation_id);

CREATE TABLE project_budget_lines (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    project_id BLOB NOT NULL,
    -- staff, equipment, subcontracting, travel or other.
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, project_id) REFERENCES projects (cluster_id, id)
);
CREATE INDEX project_budget_lines_project ON project_budget_lines (cluster_id, project_id);

CREATE TABLE project_funding (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    project_id BLOB NOT NULL,
    programme TEXT NOT NULL,
    public BOOLEAN NOT NULL,
    amount_minor BIGINT NOT NULL,
    -- The share of the eligible costs the source pays, in basis points.
    rate_basis_points BIGINT,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, project_id) REFERENCES projects (cluster_id, id)
);
CREATE INDEX project_funding_project ON project_funding (cluster_id, project_id);

CREATE TABLE project_milestones (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    project_id BLOB NOT NULL,
    title TEXT NOT NULL,
    due_on DATE NOT NULL,
    done_on DATE,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, project_id) REFERENCES projects (cluster_id, id)
);
CREATE INDEX project_milestones_project ON project_milestones (cluster_id, project_id);

CREATE TABLE project_outcomes (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    project_id BLOB NOT NULL,
    description TEXT NOT NULL,
    recorded_on DATE NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, project_id) REFERENCES projects (cluster_id, id)
);
CREATE INDEX project_outcomes_project ON project_outcomes (cluster_id, project_id);

CREATE TABLE services (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    name TEXT NOT NULL,
    -- One of the standard kinds' codes, or the cluster's own kind as written.
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    member_price_minor BIGINT NOT NULL,
    non_member_price_minor BIGINT NOT NULL,
    unit TEXT NOT NULL,
    tax_rate_basis_points BIGINT NOT NULL,
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id)
);

CREATE TABLE service_deliveries (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    service_id BLOB NOT NULL,
    organisation_id BLOB NOT NULL,
    delivered_on DATE NOT NULL,
    quantity BIGINT NOT NULL,
    unit_price_minor BIGINT NOT NULL,
    -- The service's tax rate on the day, which the delivery's invoice applies.
    tax_rate_basis_points BIGINT NOT NULL,
    -- Whether the organisation was a member on the day, which set the price.
    member_price BOOLEAN NOT NULL,
    -- From 1 to 5, once asked.
    satisfaction BIGINT,
    note TEXT NOT NULL,
    invoice_id BLOB,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, service_id) REFERENCES services (cluster_id, id),
    FOREIGN KEY (cluster_id, organisation_id) REFERENCES organisations (cluster_id, id),
    FOREIGN KEY (cluster_id, invoice_id) REFERENCES invoices (cluster_id, id)
);
CREATE INDEX service_deliveries_service ON service_deliveries (cluster_id, service_id, delivered_on);
CREATE INDEX service_deliveries_organisation ON service_deliveries (cluster_id, organisation_id);
CREATE INDEX service_deliveries_invoice ON service_deliveries (cluster_id, invoice_id);
