-- Membership types and memberships with their history; invoices (fee, service, event, credit
-- note) with lines, gapless numbers per cluster and year, and payments.

CREATE TABLE membership_types (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    name TEXT NOT NULL,
    -- Organisation kinds that may hold it, comma-separated codes; empty for every kind.
    eligible_kinds TEXT NOT NULL,
    voting_rights BOOLEAN NOT NULL,
    benefits TEXT NOT NULL,
    -- fixed (the cluster's year) or rolling (months from the join date).
    period_kind TEXT NOT NULL,
    rollover_month INTEGER,
    rollover_day INTEGER,
    rolling_months INTEGER,
    -- domain::fee::FeeRule as JSON.
    fee_rule TEXT NOT NULL,
    pro_rata BOOLEAN NOT NULL,
    archived_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, id)
);

CREATE TABLE memberships (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    organisation_id UUID NOT NULL,
    type_id UUID NOT NULL,
    applied_on DATE NOT NULL,
    starts_on DATE,
    suspended_on DATE,
    terminated_on DATE,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, organisation_id) REFERENCES organisations (cluster_id, id),
    FOREIGN KEY (cluster_id, type_id) REFERENCES membership_types (cluster_id, id)
);
CREATE INDEX memberships_organisation ON memberships (cluster_id, organisation_id);
CREATE INDEX memberships_type ON memberships (cluster_id, type_id);

-- Every change of a membership, in words, with who and when.
CREATE TABLE membership_events (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    membership_id UUID NOT NULL,
    change TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, membership_id) REFERENCES memberships (cluster_id, id)
);
CREATE INDEX membership_events_membership ON membership_events (cluster_id, membership_id);

-- The last invoice number given in a cluster and year: taken in the transaction that issues the
-- invoice, so numbers have no gaps.
CREATE TABLE invoice_sequences (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    year INTEGER NOT NULL,
    last_number BIGINT NOT NULL,
    PRIMARY KEY (cluster_id, year)
);

CREATE TABLE invoices (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    -- fee, service, event or credit_note.
    kind TEXT NOT NULL,
    number TEXT NOT NULL,
    organisation_id UUID NOT NULL,
    membership_id UUID,
    -- For a fee invoice: the first day of the period it pays for.
    period_start DATE,
    issued_on DATE NOT NULL,
    due_on DATE NOT NULL,
    currency TEXT NOT NULL,
    tax_rate_basis_points BIGINT NOT NULL,
    net_minor BIGINT NOT NULL,
    tax_minor BIGINT NOT NULL,
    gross_minor BIGINT NOT NULL,
    -- What the fee's figures were and why, for the person who reads the invoice.
    explanation TEXT NOT NULL,
    credited_invoice_id UUID,
    voided_at TIMESTAMPTZ,
    voided_by TEXT,
    created_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, organisation_id) REFERENCES organisations (cluster_id, id),
    FOREIGN KEY (cluster_id, membership_id) REFERENCES memberships (cluster_id, id)
);
CREATE UNIQUE INDEX invoices_number ON invoices (cluster_id, number);
-- One fee invoice a membership and period: what makes a renewal run safe to run twice.
CREATE UNIQUE INDEX invoices_fee_period ON invoices (cluster_id, membership_id, period_start) WHERE kind = 'fee';
CREATE INDEX invoices_organisation ON invoices (cluster_id, organisation_id);

CREATE TABLE invoice_lines (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    invoice_id UUID NOT NULL,
    position BIGINT NOT NULL,
    description TEXT NOT NULL,
    quantity BIGINT NOT NULL,
    unit_price_minor BIGINT NOT NULL,
    net_minor BIGINT NOT NULL,
    PRIMARY KEY (cluster_id, invoice_id, position),
    FOREIGN KEY (cluster_id, invoice_id) REFERENCES invoices (cluster_id, id)
);

CREATE TABLE payments (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    invoice_id UUID,
    paid_on DATE NOT NULL,
    amount_minor BIGINT NOT NULL,
    reference TEXT NOT NULL,
    -- manual or bank.
    source TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, invoice_id) REFERENCES invoices (cluster_id, id)
);
CREATE INDEX payments_invoice ON payments (cluster_id, invoice_id);
