-- Interactions (with structured interviews) and follow-up tasks.

CREATE TABLE interview_templates (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    name TEXT NOT NULL,
    questions_json TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    archived_at TIMESTAMPTZ,
    PRIMARY KEY (cluster_id, id)
);

CREATE TABLE interactions (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    organisation_id UUID NOT NULL,
    contact_id UUID,
    kind TEXT NOT NULL,
    occurred_on DATE NOT NULL,
    staff_user_id UUID REFERENCES users (id),
    subject TEXT NOT NULL,
    notes TEXT,
    template_id UUID,
    created_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, organisation_id) REFERENCES organisations (cluster_id, id),
    FOREIGN KEY (cluster_id, contact_id) REFERENCES contacts (cluster_id, id)
);
CREATE INDEX interactions_organisation ON interactions (cluster_id, organisation_id, occurred_on);
CREATE INDEX interactions_contact ON interactions (cluster_id, contact_id);

CREATE TABLE interview_answers (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    interaction_id UUID NOT NULL,
    position INTEGER NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    PRIMARY KEY (cluster_id, interaction_id, position),
    FOREIGN KEY (cluster_id, interaction_id) REFERENCES interactions (cluster_id, id)
);

CREATE TABLE tasks (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    title TEXT NOT NULL,
    assignee_id UUID REFERENCES users (id),
    due_on DATE,
    organisation_id UUID,
    contact_id UUID,
    interaction_id UUID,
    done_at TIMESTAMPTZ,
    created_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, organisation_id) REFERENCES organisations (cluster_id, id),
    FOREIGN KEY (cluster_id, contact_id) REFERENCES contacts (cluster_id, id),
    FOREIGN KEY (cluster_id, interaction_id) REFERENCES interactions (cluster_id, id)
);
CREATE INDEX tasks_assignee ON tasks (cluster_id, assignee_id, done_at, due_on);
CREATE INDEX tasks_organisation ON tasks (cluster_id, organisation_id);
CREATE INDEX tasks_contact ON tasks (cluster_id, contact_id);
CREATE INDEX tasks_interaction ON tasks (cluster_id, interaction_id);
