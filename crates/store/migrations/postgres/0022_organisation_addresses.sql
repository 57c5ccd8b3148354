-- An organisation's postal address (printed on its invoices) and its general email and phone.
ALTER TABLE organisations ADD COLUMN street TEXT;
ALTER TABLE organisations ADD COLUMN postcode TEXT;
ALTER TABLE organisations ADD COLUMN city TEXT;
ALTER TABLE organisations ADD COLUMN email TEXT;
ALTER TABLE organisations ADD COLUMN phone TEXT;
