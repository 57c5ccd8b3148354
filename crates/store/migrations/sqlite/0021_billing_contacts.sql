-- Invoices and payment reminders of an organisation go to its billing contacts.
ALTER TABLE contacts ADD COLUMN billing_contact BOOLEAN NOT NULL DEFAULT FALSE;
