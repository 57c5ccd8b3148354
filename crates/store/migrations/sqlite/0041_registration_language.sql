-- The language a registration was asked for in (a visitor's request), which mail about it (a seat
-- freed, a feedback request) keeps to; NULL for one made by the team: the person's language.
ALTER TABLE registrations ADD COLUMN language TEXT
    CHECK (language IN ('en', 'bg', 'fr', 'de', 'it', 'pl', 'ro', 'es', 'uk'));
