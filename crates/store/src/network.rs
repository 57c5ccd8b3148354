//! What the network keeps for all its clusters (migration 0033): the rate table through which it
//! compares their money in euro.

use chrono::{DateTime, Utc};

use crate::db::dispatch;
use crate::{Db, StoreError, now};

/// A rate of the table: how many units of `currency` one euro buys, in millionths.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ExchangeRate {
    pub currency: String,
    pub per_euro_millionths: i64,
    pub set_by: String,
    pub set_at: DateTime<Utc>,
}

/// Every rate, by currency.
pub async fn rates(db: &Db) -> Result<Vec<ExchangeRate>, StoreError> {
    Ok(dispatch!(db, pool => sqlx::query_as(
        "SELECT currency, per_euro_millionths, set_by, set_at FROM exchange_rates ORDER BY currency")
        .fetch_all(pool).await)?)
}

/// Sets (or replaces) the rate of `currency`.
pub async fn set_rate(db: &Db, currency: &str, per_euro_millionths: i64, by: &str) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO exchange_rates (currency, per_euro_millionths, set_by, set_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (currency) DO UPDATE SET per_euro_millionths = excluded.per_euro_millionths, \
         set_by = excluded.set_by, set_at = excluded.set_at")
        .bind(currency).bind(per_euro_millionths).bind(by).bind(now())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}
