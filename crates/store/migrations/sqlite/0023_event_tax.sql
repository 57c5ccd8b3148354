-- The tax rate of an event's registration invoices, in basis points.
ALTER TABLE events ADD COLUMN tax_rate_basis_points BIGINT NOT NULL DEFAULT 0;
