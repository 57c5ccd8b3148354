-- Consent and privacy records, tags and saved segments, and the network's value-chain taxonomy
-- with each organisation's segments, offers and needs.

CREATE TABLE consents (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    contact_id BLOB NOT NULL,
    channel TEXT NOT NULL,
    purpose TEXT NOT NULL,
    given_at TEXT NOT NULL,
    source TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    withdrawn_at TEXT,
    withdrawn_by TEXT,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, contact_id) REFERENCES contacts (cluster_id, id)
);
CREATE INDEX consents_contact ON consents (cluster_id, contact_id);

CREATE TABLE privacy_events (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    contact_id BLOB NOT NULL,
    kind TEXT NOT NULL,
    done_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id)
);

CREATE TABLE tags (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id)
);
CREATE UNIQUE INDEX tags_name ON tags (cluster_id, name_key);

CREATE TABLE organisation_tags (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    organisation_id BLOB NOT NULL,
    tag_id BLOB NOT NULL,
    PRIMARY KEY (cluster_id, organisation_id, tag_id),
    FOREIGN KEY (cluster_id, organisation_id) REFERENCES organisations (cluster_id, id),
    FOREIGN KEY (cluster_id, tag_id) REFERENCES tags (cluster_id, id)
);
CREATE INDEX organisation_tags_tag ON organisation_tags (cluster_id, tag_id);

CREATE TABLE segments (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    name TEXT NOT NULL,
    filter_json TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id)
);

CREATE TABLE taxonomy_terms (
    network_id BLOB NOT NULL REFERENCES networks (id),
    id BLOB NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (network_id, id)
);

CREATE TABLE organisation_terms (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    organisation_id BLOB NOT NULL,
    term_id BLOB NOT NULL,
    PRIMARY KEY (cluster_id, organisation_id, term_id),
    FOREIGN KEY (cluster_id, organisation_id) REFERENCES organisations (cluster_id, id)
);
CREATE INDEX organisation_terms_term ON organisation_terms (cluster_id, term_id);

CREATE TABLE offers_needs (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    organisation_id BLOB NOT NULL,
    direction TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT,
    term_id BLOB,
    created_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, organisation_id) REFERENCES organisations (cluster_id, id)
);
CREATE INDEX offers_needs_organisation ON offers_needs (cluster_id, organisation_id);
