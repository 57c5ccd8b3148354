-- Account tables (users, user_roles, sessions, api_tokens, login_failures) are shared by the
-- whole installation; every other table belongs to one cluster, carries cluster_id first in its
-- primary key and in every index.

CREATE TABLE networks (
    id UUID PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE clusters (
    id UUID PRIMARY KEY,
    network_id UUID NOT NULL REFERENCES networks (id),
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    region_code TEXT,
    region_name TEXT,
    base_currency TEXT NOT NULL,
    domains TEXT NOT NULL,
    fiscal_year_start_month INTEGER NOT NULL,
    maturity TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE users (
    id UUID PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    is_network_admin BOOLEAN NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE user_roles (
    user_id UUID NOT NULL REFERENCES users (id),
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    role TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, cluster_id)
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES users (id),
    csrf_token TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
    id UUID PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);

CREATE TABLE login_failures (
    id UUID PRIMARY KEY,
    email TEXT NOT NULL,
    address TEXT NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_failures_email ON login_failures (email, attempted_at);
CREATE INDEX login_failures_address ON login_failures (address, attempted_at);

CREATE TABLE organisations (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    kind TEXT NOT NULL,
    nace_code TEXT,
    employees BIGINT,
    turnover_minor BIGINT,
    balance_sheet_minor BIGINT,
    size_class TEXT,
    country TEXT,
    region TEXT,
    vat_id TEXT,
    website TEXT,
    archived_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, id)
);
CREATE INDEX organisations_name ON organisations (cluster_id, name_folded);
CREATE INDEX organisations_country ON organisations (cluster_id, country);

CREATE TABLE contacts (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    organisation_id UUID NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    search_folded TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    position TEXT,
    cluster_roles TEXT,
    archived_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, organisation_id) REFERENCES organisations (cluster_id, id)
);
CREATE INDEX contacts_organisation ON contacts (cluster_id, organisation_id);
CREATE INDEX contacts_name ON contacts (cluster_id, last_name, first_name);
