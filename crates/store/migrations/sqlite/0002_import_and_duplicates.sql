-- Natural keys for upserts and duplicate scans, merges, and recorded imports that can be reverted.

ALTER TABLE organisations ADD COLUMN name_key TEXT;
ALTER TABLE organisations ADD COLUMN merged_into BLOB;
CREATE INDEX organisations_name_key ON organisations (cluster_id, name_key);
CREATE INDEX organisations_vat_id ON organisations (cluster_id, vat_id);

ALTER TABLE contacts ADD COLUMN email_key TEXT;
ALTER TABLE contacts ADD COLUMN merged_into BLOB;
CREATE INDEX contacts_email_key ON contacts (cluster_id, email_key);

CREATE TABLE import_uploads (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    file_name TEXT NOT NULL,
    content BLOB NOT NULL,
    uploaded_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id)
);

CREATE TABLE imports (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    target TEXT NOT NULL,
    file_name TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    created_count BIGINT NOT NULL,
    updated_count BIGINT NOT NULL,
    unchanged_count BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    reverted_at TEXT,
    reverted_by TEXT,
    PRIMARY KEY (cluster_id, id)
);

CREATE TABLE import_changes (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    import_id BLOB NOT NULL,
    record_id BLOB NOT NULL,
    action TEXT NOT NULL,
    before_json TEXT,
    PRIMARY KEY (cluster_id, import_id, record_id)
);

CREATE TABLE merges (
    cluster_id BLOB NOT NULL REFERENCES clusters (id),
    id BLOB NOT NULL,
    target TEXT NOT NULL,
    survivor_id BLOB NOT NULL,
    merged_id BLOB NOT NULL,
    reason TEXT NOT NULL,
    moved_json TEXT NOT NULL,
    merged_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (cluster_id, id)
);
