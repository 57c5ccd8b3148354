-- The network's rate table: how many units of a currency one euro buys, in millionths (4.265 zloty
-- is 4265000), so that the network compares its clusters' money in euro. Kept by the network's
-- administrators; the installation is one network, so the currency is the key.

CREATE TABLE exchange_rates (
    currency TEXT PRIMARY KEY,
    per_euro_millionths BIGINT NOT NULL,
    set_by TEXT NOT NULL,
    set_at TIMESTAMPTZ NOT NULL
);
