-- Events with their agenda, grouped in series; registrations without an account, with a waiting
-- list and attendance; the secret of each cluster's calendar feed.

CREATE TABLE event_series (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id)
);

CREATE TABLE events (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    series_id BLOB,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    format TEXT NOT NULL,
    place TEXT,
    link TEXT,
    capacity BIGINT,
    member_price_minor BIGINT NOT NULL,
    non_member_price_minor BIGINT NOT NULL,
    -- Local time of the cluster (its time zone goes with the calendar).
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    description TEXT NOT NULL,
    -- domain::event::AgendaItem list as JSON.
    agenda TEXT NOT NULL,
    -- Raised on every change, for calendar programs (iCalendar SEQUENCE).
    sequence BIGINT NOT NULL,
    cancelled_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, series_id) REFERENCES event_series (cluster_id, id)
);
CREATE INDEX events_starts ON events (cluster_id, starts_at);
CREATE INDEX events_series ON events (cluster_id, series_id);

CREATE TABLE registrations (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    event_id BLOB NOT NULL,
    contact_id BLOB NOT NULL,
    organisation_id BLOB NOT NULL,
    -- registered, waitlisted or cancelled.
    status TEXT NOT NULL,
    -- attended or no_show, once the check-in says so.
    attendance TEXT,
    -- SHA-256 of the personal link's secret (cancel, feedback).
    token_hash TEXT NOT NULL,
    -- A person or organisation created by this registration, for the team to review.
    needs_review BOOLEAN NOT NULL,
    invoice_id BLOB,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, event_id) REFERENCES events (cluster_id, id),
    FOREIGN KEY (cluster_id, contact_id) REFERENCES contacts (cluster_id, id),
    FOREIGN KEY (cluster_id, organisation_id) REFERENCES organisations (cluster_id, id)
);
CREATE INDEX registrations_event ON registrations (cluster_id, event_id, status);
CREATE INDEX registrations_contact ON registrations (cluster_id, contact_id);
CREATE INDEX registrations_organisation ON registrations (cluster_id, organisation_id);
-- A personal link names its cluster and carries the secret that finds the registration.
CREATE UNIQUE INDEX registrations_token ON registrations (cluster_id, token_hash);

ALTER TABLE clusters ADD COLUMN calendar_token TEXT;
