//! Writes of many rows on SQLite: one prepared statement, executed row after row on the raw
//! handle of the sqlx connection, inside its transaction. Through sqlx, a multi-row INSERT copies
//! every value into owned arguments, then again into SQLite, and spends as long on that as SQLite
//! spends on the rows; here each value is bound straight from the record.

use chrono::{DateTime, SecondsFormat, Utc};
use sqlx::SqliteConnection;

use crate::StoreError;

/// Runs `work` on the connection's raw handle. The calls are blocking: on a multi-threaded
/// runtime the worker thread is handed over for their duration, so other requests go on.
pub(crate) async fn on_raw_handle<T>(
    connection: &mut SqliteConnection,
    work: impl FnOnce(&rusqlite::Connection) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    let mut locked = connection.lock_handle().await?;
    let raw = locked.as_raw_handle();
    let run = || {
        // SAFETY: while `locked` lives, sqlx's worker makes no call on this handle or its
        // statements; the rusqlite connection never closes the handle (`from_handle`) and is
        // dropped, with the statements it prepared, before `locked` is.
        let connection = unsafe { rusqlite::Connection::from_handle(raw.as_ptr()) }?;
        work(&connection)
    };
    let multi_threaded = tokio::runtime::Handle::try_current()
        .is_ok_and(|h| h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread);
    let result = if multi_threaded { tokio::task::block_in_place(run) } else { run() };
    drop(locked);
    result
}

/// A time as sqlx writes it into SQLite, so that both read it back alike and it sorts the same.
pub(crate) fn sqlite_time(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}

/// A time as SQLite holds it: RFC 3339 as sqlx writes it, or `YYYY-MM-DD HH:MM:SS[.f]` in UTC as
/// SQLite's own functions do.
pub(crate) fn parse_sqlite_time(raw: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(raw)
        .map(|t| t.with_timezone(&Utc))
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(raw, "%F %T%.f").map(|t| t.and_utc()))
        .map_err(|_| StoreError::Corrupt(format!("'{raw}' is not a time")))
}

/// A UUID as SQLite holds it: 16 bytes.
pub(crate) fn parse_sqlite_uuid(raw: &[u8]) -> Result<domain::id::Uuid, StoreError> {
    domain::id::Uuid::from_slice(raw).map_err(|_| StoreError::Corrupt("an id is not 16 bytes".into()))
}
