-- Mail leaves through an outbox: a use case writes its messages here in the same transaction as
-- the change that causes them, and a worker in every server delivers them, holding a lease on
-- each message while it sends it.

CREATE TABLE outbox (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    -- What the message is about: registration, reminder, feedback.
    purpose TEXT NOT NULL,
    from_address TEXT NOT NULL,
    reply_to TEXT,
    -- The recipients, one address a line.
    recipients TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    -- pending, sent or failed (given up after the last attempt).
    state TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    leased_by TEXT,
    leased_until TIMESTAMPTZ,
    last_error TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    sent_at TIMESTAMPTZ,
    PRIMARY KEY (cluster_id, id)
);
CREATE INDEX outbox_due ON outbox (cluster_id, state, next_attempt_at);
CREATE INDEX outbox_created ON outbox (cluster_id, created_at);

CREATE TABLE outbox_attachments (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    message_id UUID NOT NULL,
    position BIGINT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes BYTEA NOT NULL,
    PRIMARY KEY (cluster_id, message_id, position),
    FOREIGN KEY (cluster_id, message_id) REFERENCES outbox (cluster_id, id)
);
