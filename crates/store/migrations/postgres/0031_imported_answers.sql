-- What an imported answer's row of its file held (a SHA-256 of its cells, without those naming the
-- respondent in an anonymous campaign): the same row imported again is recognised, whatever the
-- day and whoever else gave the same answers.
ALTER TABLE survey_responses ADD COLUMN import_key TEXT;
