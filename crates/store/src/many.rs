//! Reads of many rows. Through sqlx, SQLite hands each row from its worker thread to the caller
//! over a channel, one allocation and one wake-up a row: for tens of thousands of rows that costs
//! many times what SQLite spends finding them. [`fetch_all`] reads them on the connection's raw
//! handle instead (see `bulk::on_raw_handle`), each column straight into the row a
//! `read_model!(raw …)` declares; on PostgreSQL it is sqlx's `fetch_all`.

use chrono::{DateTime, NaiveDate, Utc};
use domain::id::Uuid;
use rusqlite::types::ValueRef;

use crate::StoreError;
use crate::bulk::{on_raw_handle, parse_sqlite_time, parse_sqlite_uuid, sqlite_time};
use crate::db::{Db, Source, Tx};

/// A value bound to a statement's `$1`, `$2`, …, written as sqlx writes the same type.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Param<'a> {
    Uuid(Uuid),
    Date(NaiveDate),
    Time(DateTime<Utc>),
    Int(i64),
    Text(&'a str),
}

impl From<Uuid> for Param<'_> {
    fn from(v: Uuid) -> Self {
        Param::Uuid(v)
    }
}

impl From<NaiveDate> for Param<'_> {
    fn from(v: NaiveDate) -> Self {
        Param::Date(v)
    }
}

impl From<DateTime<Utc>> for Param<'_> {
    fn from(v: DateTime<Utc>) -> Self {
        Param::Time(v)
    }
}

impl From<i64> for Param<'_> {
    fn from(v: i64) -> Self {
        Param::Int(v)
    }
}

impl<'a> From<&'a str> for Param<'a> {
    fn from(v: &'a str) -> Self {
        Param::Text(v)
    }
}

/// A row read from SQLite's raw handle: its columns found by name once a statement, then each
/// row read by position. `read_model!(raw …)` implements it.
pub(crate) trait SqliteRow: Sized {
    /// The position of each field's column in the statement's result, in the order of the fields.
    fn columns(statement: &rusqlite::Statement<'_>) -> Result<Vec<usize>, StoreError>;
    fn read(row: &rusqlite::Row<'_>, at: &[usize]) -> Result<Self, StoreError>;
}

/// A column's value as sqlx stores it on SQLite: ids as 16 bytes, days as `YYYY-MM-DD`, times as
/// RFC 3339 text, flags as 0 or 1.
pub(crate) trait SqliteColumn: Sized {
    fn column(row: &rusqlite::Row<'_>, at: usize) -> Result<Self, StoreError>;
}

impl SqliteColumn for Uuid {
    fn column(row: &rusqlite::Row<'_>, at: usize) -> Result<Self, StoreError> {
        match row.get_ref(at)? {
            ValueRef::Blob(bytes) => parse_sqlite_uuid(bytes),
            _ => Err(StoreError::corrupt("an id is not 16 bytes")),
        }
    }
}

impl SqliteColumn for NaiveDate {
    fn column(row: &rusqlite::Row<'_>, at: usize) -> Result<Self, StoreError> {
        let text = text_of(row, at)?;
        day(text).ok_or_else(|| StoreError::Corrupt(format!("'{text}' is not a day")))
    }
}

impl SqliteColumn for DateTime<Utc> {
    fn column(row: &rusqlite::Row<'_>, at: usize) -> Result<Self, StoreError> {
        parse_sqlite_time(text_of(row, at)?)
    }
}

/// `YYYY-MM-DD`, read without chrono's general format parser, which costs more than the rest of
/// a row.
fn day(text: &str) -> Option<NaiveDate> {
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit()).then(|| part.parse::<u32>().ok()).flatten();
    let (year, rest) = text.split_at_checked(4)?;
    let (month, day) = rest.strip_prefix('-')?.split_once('-')?;
    if month.len() != 2 || day.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(digits(year)?).ok()?, digits(month)?, digits(day)?)
}

fn text_of<'r>(row: &'r rusqlite::Row<'_>, at: usize) -> Result<&'r str, StoreError> {
    row.get_ref(at)?.as_str().map_err(|e| StoreError::Corrupt(format!("column {at}: {e}")))
}

impl SqliteColumn for String {
    fn column(row: &rusqlite::Row<'_>, at: usize) -> Result<Self, StoreError> {
        Ok(row.get(at)?)
    }
}

impl SqliteColumn for i64 {
    fn column(row: &rusqlite::Row<'_>, at: usize) -> Result<Self, StoreError> {
        Ok(row.get(at)?)
    }
}

impl SqliteColumn for i32 {
    fn column(row: &rusqlite::Row<'_>, at: usize) -> Result<Self, StoreError> {
        Ok(row.get(at)?)
    }
}

impl SqliteColumn for bool {
    fn column(row: &rusqlite::Row<'_>, at: usize) -> Result<Self, StoreError> {
        Ok(row.get(at)?)
    }
}

impl<T: SqliteColumn> SqliteColumn for Option<T> {
    fn column(row: &rusqlite::Row<'_>, at: usize) -> Result<Self, StoreError> {
        match row.get_ref(at)? {
            ValueRef::Null => Ok(None),
            _ => T::column(row, at).map(Some),
        }
    }
}

/// The positions of `names` in the statement's result.
pub(crate) fn column_positions(statement: &rusqlite::Statement<'_>, names: &[&str]) -> Result<Vec<usize>, StoreError> {
    names.iter().map(|name| Ok(statement.column_index(name)?)).collect()
}

/// Every row `sql` selects with `params` bound to `$1`, `$2`, …: on SQLite read on the raw
/// handle, on PostgreSQL through sqlx.
///
/// # Errors
/// The database's; [`StoreError::Corrupt`] for a value that does not read as its field's type.
pub(crate) async fn fetch_all<R>(source: Source<'_>, sql: &str, params: &[Param<'_>]) -> Result<Vec<R>, StoreError>
where
    R: SqliteRow + for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow> + Send + Unpin,
{
    let read = |c: &rusqlite::Connection| {
        let mut statement = c.prepare(sql)?;
        bind(&mut statement, params)?;
        let at = R::columns(&statement)?;
        let mut rows = statement.raw_query();
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(R::read(row, &at)?);
        }
        Ok(out)
    };
    match source {
        Source::Pool(Db::Sqlite(pool)) => {
            let mut connection = pool.acquire().await?;
            on_raw_handle(&mut connection, read).await
        }
        Source::Unit(Tx::Sqlite(t)) => on_raw_handle(t, read).await,
        Source::Pool(Db::Postgres(pool)) => Ok(postgres_query(sql, params).fetch_all(pool).await?),
        Source::Unit(Tx::Postgres(t)) => Ok(postgres_query(sql, params).fetch_all(&mut **t).await?),
    }
}

fn postgres_query<'q, R>(
    sql: &'q str,
    params: &[Param<'q>],
) -> sqlx::query::QueryAs<'q, sqlx::Postgres, R, sqlx::postgres::PgArguments>
where
    R: for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow>,
{
    params.iter().fold(sqlx::query_as(sql), |query, param| match *param {
        Param::Uuid(v) => query.bind(v),
        Param::Date(v) => query.bind(v),
        Param::Time(v) => query.bind(v),
        Param::Int(v) => query.bind(v),
        Param::Text(v) => query.bind(v),
    })
}

/// Binds `params` to the statement's `$N` parameters by their number, as sqlx does.
fn bind(statement: &mut rusqlite::Statement<'_>, params: &[Param<'_>]) -> Result<(), StoreError> {
    for index in 1..=statement.parameter_count() {
        let number = statement
            .parameter_name(index)
            .and_then(|name| name.strip_prefix('$'))
            .and_then(|n| n.parse::<usize>().ok())
            .ok_or_else(|| StoreError::corrupt("a statement's parameters are named $1, $2, …"))?;
        let param = number
            .checked_sub(1)
            .and_then(|i| params.get(i))
            .ok_or_else(|| StoreError::Corrupt(format!("no value for the statement's ${number}")))?;
        match *param {
            Param::Uuid(v) => statement.raw_bind_parameter(index, &v.as_bytes()[..])?,
            Param::Date(v) => statement.raw_bind_parameter(index, v.format("%F").to_string())?,
            Param::Time(v) => statement.raw_bind_parameter(index, sqlite_time(v))?,
            Param::Int(v) => statement.raw_bind_parameter(index, v)?,
            Param::Text(v) => statement.raw_bind_parameter(index, v)?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::day;
    use chrono::NaiveDate;

    #[test]
    fn days_are_read_as_sqlx_writes_them_and_nothing_else() {
        assert_eq!(day("2026-02-28"), NaiveDate::from_ymd_opt(2026, 2, 28));
        assert_eq!(day("0999-01-01"), NaiveDate::from_ymd_opt(999, 1, 1));
        for wrong in [
            "2026-02-30",
            "2026-2-28",
            "2026-02-28T00:00",
            "+026-02-28",
            "2026/02/28",
            "",
            "2026-0é-01",
            "２０２６-01-01",
        ] {
            assert_eq!(day(wrong), None, "{wrong}");
        }
    }
}
