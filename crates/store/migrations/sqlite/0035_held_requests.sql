-- The registration requests a cluster's team has to decide on (held), oldest first: what the
-- list of what needs attention reads.
CREATE INDEX registration_requests_state ON registration_requests (cluster_id, state, created_at);
