-- The cluster's IANA time zone when it is not its country's (NULL: the country's capital's).
ALTER TABLE clusters ADD COLUMN time_zone TEXT;
