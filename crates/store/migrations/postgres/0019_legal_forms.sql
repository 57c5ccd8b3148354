-- Names are matched without the legal forms of every EU member state, before or after the name:
-- the stored keys are made again, from the names, when the server starts.
UPDATE organisations SET name_key = NULL;
