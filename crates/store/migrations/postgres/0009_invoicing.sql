-- Tax on membership fees, invoice drafts and their voiding, credit notes found from the invoice
-- they correct, reminders sent, and what a cluster prints on its invoices.

ALTER TABLE membership_types ADD COLUMN tax_rate_basis_points BIGINT NOT NULL DEFAULT 0;

-- A draft has no number yet (it holds 'draft-' and its id): it takes the next number when issued.
ALTER TABLE invoices ADD COLUMN draft BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE invoices ADD COLUMN void_reason TEXT;
CREATE INDEX invoices_credited ON invoices (cluster_id, credited_invoice_id);

CREATE TABLE invoice_reminders (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    invoice_id UUID NOT NULL,
    sent_to TEXT NOT NULL,
    sent_by TEXT NOT NULL,
    sent_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, invoice_id) REFERENCES invoices (cluster_id, id)
);
CREATE INDEX invoice_reminders_invoice ON invoice_reminders (cluster_id, invoice_id);

-- The issuer's details printed on invoices.
ALTER TABLE clusters ADD COLUMN legal_name TEXT;
ALTER TABLE clusters ADD COLUMN address TEXT;
ALTER TABLE clusters ADD COLUMN vat_id TEXT;
ALTER TABLE clusters ADD COLUMN iban TEXT;
ALTER TABLE clusters ADD COLUMN billing_email TEXT;
