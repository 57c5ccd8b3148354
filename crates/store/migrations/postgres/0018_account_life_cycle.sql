-- An account that may no longer sign in keeps its history: it is deactivated, not deleted.
ALTER TABLE users ADD COLUMN deactivated_at TIMESTAMPTZ;
-- When a session was last used: it ends after a while without use (see app::auth).
ALTER TABLE sessions ADD COLUMN last_seen_at TIMESTAMPTZ;
CREATE INDEX api_tokens_user ON api_tokens (user_id);
