-- The languages mail and documents are written in, by ISO 639-1 code (domain::language): an
-- organisation's invoices, credit notes and reminders, a person's mail (NULL: their organisation's,
-- else the cluster's), and the language a visitor asked to register in, which their confirmation
-- and, for a new person, their later mail are written in.
ALTER TABLE organisations ADD COLUMN language TEXT
    CHECK (language IN ('en', 'bg', 'fr', 'de', 'it', 'pl', 'ro', 'es', 'uk'));
ALTER TABLE contacts ADD COLUMN language TEXT
    CHECK (language IN ('en', 'bg', 'fr', 'de', 'it', 'pl', 'ro', 'es', 'uk'));
ALTER TABLE registration_requests ADD COLUMN language TEXT
    CHECK (language IN ('en', 'bg', 'fr', 'de', 'it', 'pl', 'ro', 'es', 'uk'));
