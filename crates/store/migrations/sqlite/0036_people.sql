-- People in the pages: an invitation or a password reset travels as a one-time link by mail,
-- stored by the hash of its secret; the requests for resets are counted per address; a user
-- lists their sessions (by an id that is not their secret) and ends them; sessions opened before
-- have no id and are not listed (they end within the idle time).
CREATE TABLE account_links (
    id_hash TEXT PRIMARY KEY,
    user_id BLOB NOT NULL REFERENCES users (id),
    -- invitation or reset
    purpose TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX account_links_user ON account_links (user_id, purpose, created_at);

CREATE TABLE reset_requests (
    id BLOB PRIMARY KEY,
    address TEXT NOT NULL,
    requested_at TEXT NOT NULL
);
CREATE INDEX reset_requests_address ON reset_requests (address, requested_at);

ALTER TABLE sessions ADD COLUMN id BLOB;
ALTER TABLE sessions ADD COLUMN user_agent TEXT;
ALTER TABLE sessions ADD COLUMN address TEXT;
CREATE UNIQUE INDEX sessions_id ON sessions (id);
