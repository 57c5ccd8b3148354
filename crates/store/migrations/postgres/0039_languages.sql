-- The language a user reads clusterdesk in (NULL: the one the browser asks for), and the one a cluster
-- writes its documents in (NULL: its country's). Codes are ISO 639-1 (domain::language).
ALTER TABLE users ADD COLUMN language TEXT
    CHECK (language IN ('en', 'bg', 'fr', 'de', 'it', 'pl', 'ro', 'es', 'uk'));
ALTER TABLE clusters ADD COLUMN language TEXT
    CHECK (language IN ('en', 'bg', 'fr', 'de', 'it', 'pl', 'ro', 'es', 'uk'));
