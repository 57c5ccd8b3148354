-- Working groups with their members and meetings, feedback on events, and each cluster's rule for
-- an active member.

CREATE TABLE working_groups (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, id)
);

-- One row a membership spell: a contact who leaves and joins again has two.
CREATE TABLE working_group_members (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    group_id UUID NOT NULL,
    contact_id UUID NOT NULL,
    joined_on DATE NOT NULL,
    left_on DATE,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, group_id) REFERENCES working_groups (cluster_id, id),
    FOREIGN KEY (cluster_id, contact_id) REFERENCES contacts (cluster_id, id)
);
CREATE INDEX working_group_members_group ON working_group_members (cluster_id, group_id);
CREATE INDEX working_group_members_contact ON working_group_members (cluster_id, contact_id);

-- A meeting of a working group is an event linked to it.
ALTER TABLE events ADD COLUMN working_group_id UUID;
CREATE INDEX events_working_group ON events (cluster_id, working_group_id);

CREATE TABLE event_feedback (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    registration_id UUID NOT NULL,
    rating BIGINT NOT NULL,
    comment TEXT NOT NULL,
    given_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, registration_id),
    FOREIGN KEY (cluster_id, registration_id) REFERENCES registrations (cluster_id, id)
);

-- An active member takes part in at least this many activities, or this many projects, a year.
ALTER TABLE clusters ADD COLUMN active_min_activities BIGINT NOT NULL DEFAULT 2;
ALTER TABLE clusters ADD COLUMN active_min_projects BIGINT NOT NULL DEFAULT 1;
