-- A payment is never deleted: it is reversed with a reason, and stays in the history.
ALTER TABLE payments ADD COLUMN reversed_at TIMESTAMPTZ;
ALTER TABLE payments ADD COLUMN reversed_by TEXT;
ALTER TABLE payments ADD COLUMN reversal_reason TEXT;
-- The part of a payment above what its invoice still owed, kept as the customer's credit.
ALTER TABLE payments ADD COLUMN kept_as_credit_minor BIGINT NOT NULL DEFAULT 0;

-- The customer's credit as a ledger: an overpayment kept adds to it; using it on an invoice,
-- refunding it or reversing the overpayment takes from it. The balance is the sum.
CREATE TABLE customer_credits (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    organisation_id UUID NOT NULL,
    amount_minor BIGINT NOT NULL,
    -- overpayment, applied, refund or reversal.
    kind TEXT NOT NULL,
    payment_id UUID,
    note TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, organisation_id) REFERENCES organisations (cluster_id, id),
    FOREIGN KEY (cluster_id, payment_id) REFERENCES payments (cluster_id, id)
);
CREATE INDEX customer_credits_organisation ON customer_credits (cluster_id, organisation_id);
CREATE INDEX customer_credits_payment ON customer_credits (cluster_id, payment_id);
