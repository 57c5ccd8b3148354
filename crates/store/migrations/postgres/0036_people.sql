-- People in the pages: an invitation or a password reset travels as a one-time link by mail,
-- stored by the hash of its secret; the requests for resets are counted per address; a user
-- lists their sessions (by an id that is not their secret) and ends them; sessions opened before
-- have no id and are not listed (they end within the idle time).
CREATE TABLE account_links (
    id_hash TEXT PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES users (id),
    -- invitation or reset
    purpose TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ
);
CREATE INDEX account_links_user ON account_links (user_id, purpose, created_at);

CREATE TABLE reset_requests (
    id UUID PRIMARY KEY,
    address TEXT NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX reset_requests_address ON reset_requests (address, requested_at);

ALTER TABLE sessions ADD COLUMN id UUID;
ALTER TABLE sessions ADD COLUMN user_agent TEXT;
ALTER TABLE sessions ADD COLUMN address TEXT;
CREATE UNIQUE INDEX sessions_id ON sessions (id);
