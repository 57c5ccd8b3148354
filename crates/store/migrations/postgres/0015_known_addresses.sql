-- The addresses an account has signed in from: a correct password from one of them passes the
-- ceiling of failed logins that others may have caused for the account.
CREATE TABLE known_addresses (
    user_id UUID NOT NULL REFERENCES users (id),
    address TEXT NOT NULL,
    last_login_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, address)
);
