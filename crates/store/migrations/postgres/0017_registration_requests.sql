-- How a cluster checks visitors' registrations before they take a seat or raise an invoice:
-- 'mail' (the visitor confirms with a link mailed to the address given: double opt-in) or
-- 'review' (the team accepts them); and where its privacy notice is, which public forms link.
ALTER TABLE clusters ADD COLUMN registration_check TEXT NOT NULL DEFAULT 'mail';
ALTER TABLE clusters ADD COLUMN privacy_notice_url TEXT;

-- A visitor's registration as typed, until the visitor confirms it or the team accepts it (it
-- then points to the registration it became) or declines it. Nothing in it is matched to the
-- cluster's organisations or contacts before that.
CREATE TABLE registration_requests (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    event_id UUID NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    organisation TEXT NOT NULL,
    -- The optional box "tell me of future events", ticked: a consent once confirmed.
    wants_news BOOLEAN NOT NULL,
    -- Why the data is kept: 'contract', the registration the visitor asks for (GDPR Art. 6(1)(b)).
    legal_basis TEXT NOT NULL,
    -- The privacy notice the form linked when it was sent.
    privacy_notice_url TEXT,
    -- awaiting_confirmation, held, confirmed, accepted or declined.
    state TEXT NOT NULL,
    -- SHA-256 of the secret of the link that confirms the request or shows where it stands.
    token_hash TEXT NOT NULL,
    registration_id UUID,
    created_at TIMESTAMPTZ NOT NULL,
    decided_at TIMESTAMPTZ,
    decided_by TEXT,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, event_id) REFERENCES events (cluster_id, id),
    FOREIGN KEY (cluster_id, registration_id) REFERENCES registrations (cluster_id, id)
);
CREATE INDEX registration_requests_event ON registration_requests (cluster_id, event_id, state);
CREATE INDEX registration_requests_email ON registration_requests (cluster_id, email_key);
CREATE INDEX registration_requests_registration ON registration_requests (cluster_id, registration_id);
CREATE UNIQUE INDEX registration_requests_token ON registration_requests (cluster_id, token_hash);
