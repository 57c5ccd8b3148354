use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, SubsecRound, Utc};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};

/// What can go wrong below the use cases.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// From the bulk writes and reads on SQLite's raw handle (see `bulk` and `many`).
    #[error("database error: {0}")]
    Bulk(#[from] rusqlite::Error),
    #[error("database migration failed: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("'{0}' is not a database URL: use a SQLite file path, sqlite://FILE or postgres://...")]
    BadUrl(String),
    #[error("stored data is not readable: {0}")]
    Corrupt(String),
}

impl StoreError {
    /// Stored data that does not read as what it should be, and why.
    pub fn corrupt(why: impl std::fmt::Display) -> StoreError {
        StoreError::Corrupt(why.to_string())
    }
}

impl StoreError {
    pub fn is_unique_violation(&self) -> bool {
        match self {
            StoreError::Database(sqlx::Error::Database(e)) => e.is_unique_violation(),
            StoreError::Bulk(rusqlite::Error::SqliteFailure(e, _)) => matches!(
                e.extended_code,
                rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE | rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
            ),
            _ => false,
        }
    }

    /// The columns whose values a unique violation found taken, when the database names them,
    /// `cluster_id` left out: SQLite says `UNIQUE constraint failed: users.email`, PostgreSQL
    /// `Key (cluster_id, name_key)=(…) already exists.`
    pub fn unique_columns(&self) -> Option<Vec<String>> {
        if !self.is_unique_violation() {
            return None;
        }
        let text = match self {
            StoreError::Database(sqlx::Error::Database(e)) => e
                .try_downcast_ref::<sqlx::postgres::PgDatabaseError>()
                .and_then(|pg| pg.detail().map(str::to_string))
                .unwrap_or_else(|| e.message().to_string()),
            other => other.to_string(),
        };
        let columns: Vec<String> = if let Some(listed) = text.split("constraint failed:").nth(1) {
            listed.split(',').filter_map(|c| c.trim().rsplit('.').next().map(str::to_string)).collect()
        } else {
            let inside = text.split_once("Key (").and_then(|(_, rest)| rest.split_once(")="))?.0;
            inside.split(',').map(|c| c.trim().to_string()).collect()
        };
        Some(columns.into_iter().filter(|c| !c.is_empty() && c != "cluster_id").collect())
    }
}

/// Which database a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The database: an embedded SQLite file or a PostgreSQL server. sqlx's `Any` driver cannot carry
/// UUIDs and timestamps, so the two concrete pools sit behind this enum and each query is written
/// once and run on whichever is there (see `dispatch!`).
#[derive(Debug, Clone)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs `$body` with `$pool` bound to the concrete pool. The body is compiled once per backend,
/// so one SQL text (with `$1` placeholders, which both accept) serves both.
macro_rules! dispatch {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite($pool) => $body,
            $crate::db::Db::Postgres($pool) => $body,
        }
    };
}

/// One unit of work: a write transaction that a use case opens with [`Db::begin`], hands to
/// as many store functions as it needs, and commits once with [`Tx::commit`]. Dropped without a
/// commit (an early `?`, a guard that refuses), it rolls back, so nothing is half-written. On
/// SQLite it begins `IMMEDIATE`, taking the write lock at once: a read inside it then sees what
/// no other writer can change before the commit, and a later write never fails busy. On
/// PostgreSQL the functions that check a guard lock the rows they check first.
#[derive(Debug)]
pub enum Tx {
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

impl Tx {
    /// Makes the unit's writes durable and visible.
    pub async fn commit(self) -> Result<(), StoreError> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        match self {
            Tx::Sqlite(_) => Backend::Sqlite,
            Tx::Postgres(_) => Backend::Postgres,
        }
    }
}

/// Runs `$body` on the connection of the transaction `$tx` (a `&mut Tx`), bound to `$c` as
/// `&mut SqliteConnection` or `&mut PgConnection`. Like `dispatch!`, the body is compiled once
/// per backend; `Dialect` names the backend's sqlx type inside it.
macro_rules! within {
    ($tx:expr, $c:ident => $body:expr) => {
        match $tx {
            $crate::db::Tx::Sqlite(t) => {
                #[allow(dead_code)]
                type Dialect = sqlx::Sqlite;
                let $c: &mut sqlx::SqliteConnection = &mut **t;
                $body
            }
            $crate::db::Tx::Postgres(t) => {
                #[allow(dead_code)]
                type Dialect = sqlx::Postgres;
                let $c: &mut sqlx::PgConnection = &mut **t;
                $body
            }
        }
    };
}

/// Where a read runs: on the pool (a snapshot of its own), or inside a unit of work, where it
/// sees the unit's own writes and, on SQLite, what no other writer can change before the commit.
/// A read function takes `impl Into<Source>`, so a use case passes `&db` or `&mut tx` alike.
#[derive(Debug)]
pub enum Source<'a> {
    Pool(&'a Db),
    Unit(&'a mut Tx),
}

impl Source<'_> {
    /// The same source for one more read.
    pub fn again(&mut self) -> Source<'_> {
        match self {
            Source::Pool(db) => Source::Pool(db),
            Source::Unit(tx) => Source::Unit(tx),
        }
    }
}

impl<'a> From<&'a Db> for Source<'a> {
    fn from(db: &'a Db) -> Self {
        Source::Pool(db)
    }
}

impl<'a> From<&'a mut Tx> for Source<'a> {
    fn from(tx: &'a mut Tx) -> Self {
        Source::Unit(tx)
    }
}

/// Runs `$body` with `$c` bound to an executor of the [`Source`] `$source`: the pool or the
/// unit's connection, of either backend (see `dispatch!`).
macro_rules! reading {
    ($source:expr, $c:ident => $body:expr) => {
        match $source {
            $crate::db::Source::Pool($crate::db::Db::Sqlite($c)) => $body,
            $crate::db::Source::Pool($crate::db::Db::Postgres($c)) => $body,
            $crate::db::Source::Unit($crate::db::Tx::Sqlite(t)) => {
                let $c: &mut sqlx::SqliteConnection = &mut **t;
                $body
            }
            $crate::db::Source::Unit($crate::db::Tx::Postgres(t)) => {
                let $c: &mut sqlx::PgConnection = &mut **t;
                $body
            }
        }
    };
}

/// Declares the row a query selects for a read model of `domain`, and maps it to the model: each
/// column to the field of the same name, and a stored code through the `parse` named after `as`
/// (an `Option<String>` column to an `Option` of the type). A code no `parse` knows is
/// [`StoreError::Corrupt`]. The row type is the only place a code is read as text.
macro_rules! read_model {
    ($row:ident => $model:ty { $($field:ident: $ty:ty $(as $parse:path)?),* $(,)? }) => {
        #[derive(sqlx::FromRow)]
        pub(crate) struct $row {
            $($field: $ty),*
        }

        impl TryFrom<$row> for $model {
            type Error = $crate::StoreError;

            fn try_from(r: $row) -> Result<Self, $crate::StoreError> {
                Ok(Self { $($field: $crate::db::read_model!(@take r.$field $(, $parse)?)),* })
            }
        }
    };
    // `raw` also reads the row on SQLite's raw handle, for `many::fetch_all`.
    (raw $row:ident => $model:ty { $($field:ident: $ty:ty $(as $parse:path)?),* $(,)? }) => {
        $crate::db::read_model!($row => $model { $($field: $ty $(as $parse)?),* });

        impl $crate::many::SqliteRow for $row {
            fn columns(statement: &rusqlite::Statement<'_>) -> Result<Vec<usize>, $crate::StoreError> {
                $crate::many::column_positions(statement, &[$(stringify!($field)),*])
            }

            fn read(row: &rusqlite::Row<'_>, at: &[usize]) -> Result<Self, $crate::StoreError> {
                let mut at = at.iter().copied();
                Ok(Self {
                    $($field: $crate::many::SqliteColumn::column(row, at.next().unwrap_or(usize::MAX))?),*
                })
            }
        }
    };
    (@take $value:expr) => { $value };
    (@take $value:expr, $parse:path) => { $crate::db::Code::decode($value, $parse)? };
}

pub(crate) use {dispatch, read_model, reading, within};

/// What a `parse` of a stored code gives: the value, or why not.
pub(crate) trait Parsed<T> {
    fn into_result(self) -> Result<T, String>;
}

impl<T> Parsed<T> for Option<T> {
    fn into_result(self) -> Result<T, String> {
        self.ok_or_else(|| "it is not a known code".to_string())
    }
}

impl<T, E: std::fmt::Display> Parsed<T> for Result<T, E> {
    fn into_result(self) -> Result<T, String> {
        self.map_err(|e| e.to_string())
    }
}

/// A stored code (or an optional one) read into its type.
pub(crate) trait Code<T> {
    type Out;
    fn decode<P: Parsed<T>>(self, parse: impl Fn(&str) -> P) -> Result<Self::Out, StoreError>;
}

impl<T> Code<T> for String {
    type Out = T;
    fn decode<P: Parsed<T>>(self, parse: impl Fn(&str) -> P) -> Result<T, StoreError> {
        parse(&self).into_result().map_err(|why| StoreError::Corrupt(format!("stored code '{self}': {why}")))
    }
}

impl<T> Code<T> for Option<String> {
    type Out = Option<T>;
    fn decode<P: Parsed<T>>(self, parse: impl Fn(&str) -> P) -> Result<Option<T>, StoreError> {
        self.map(|code| code.decode(parse)).transpose()
    }
}

/// Maps every row a query gave to its read model.
pub(crate) fn models<R, M: TryFrom<R, Error = StoreError>>(rows: Vec<R>) -> Result<Vec<M>, StoreError> {
    rows.into_iter().map(M::try_from).collect()
}

/// The current time at the precision both databases keep (microseconds).
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

impl Db {
    /// Opens the database at `url`: a SQLite file path (created if missing), `sqlite://FILE`,
    /// or `postgres://...`.
    pub async fn connect(url: &str) -> Result<Db, StoreError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let options = PgConnectOptions::from_str(url).map_err(|_| StoreError::BadUrl(url.to_string()))?;
            return Self::connect_postgres(options).await;
        }
        let options = if url.starts_with("sqlite:") {
            SqliteConnectOptions::from_str(url).map_err(|_| StoreError::BadUrl(url.to_string()))?
        } else if url.contains("://") {
            return Err(StoreError::BadUrl(url.to_string()));
        } else {
            SqliteConnectOptions::new().filename(url)
        };
        let options = options
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            // A 64 MiB page cache (the default is 2 MiB) keeps the indexes of a large import in
            // memory while it is written.
            .pragma("cache_size", "-65536")
            .pragma("temp_store", "memory");
        let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options).await?;
        Ok(Db::Sqlite(pool))
    }

    pub async fn connect_postgres(options: PgConnectOptions) -> Result<Db, StoreError> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await?;
        Ok(Db::Postgres(pool))
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Opens a unit of work (see [`Tx`]).
    pub async fn begin(&self) -> Result<Tx, StoreError> {
        Ok(match self {
            Db::Sqlite(pool) => Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// Brings the schema up to date; safe to run on every start.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match self {
            Db::Sqlite(pool) => sqlx::migrate!("./migrations/sqlite").run(pool).await?,
            Db::Postgres(pool) => sqlx::migrate!("./migrations/postgres").run(pool).await?,
        }
        crate::organisation::backfill_name_keys(self).await?;
        crate::organisation::sort_names_where_needed(self).await?;
        crate::contact::backfill_email_keys(self).await?;
        crate::tag::backfill_segment_keys(self).await?;
        Ok(())
    }

    /// Answers whether the database takes queries.
    pub async fn ping(&self) -> Result<(), StoreError> {
        dispatch!(self, pool => sqlx::query("SELECT 1").execute(pool).await.map(|_| ()))?;
        Ok(())
    }

    pub async fn close(&self) {
        dispatch!(self, pool => pool.close().await)
    }
}

/// The column a page query adds so that the page and the count of everything that matches come
/// back in one statement: `from_where` is the query's own `FROM … WHERE …`, with the same
/// parameters. Both databases count it once, not once a row; a window function
/// (`COUNT(*) OVER ()`) would sort every matching row instead of reading the first page from
/// an index, three times slower on SQLite at a cluster of 125 organisations.
pub(crate) fn total_column(from_where: &str) -> String {
    format!("(SELECT COUNT(*) FROM {from_where}) AS total_matching")
}

/// The column that counts what matches for a page query that sorts every matching row anyway
/// (an order no index gives): the window counts in the same pass, where [`total_column`] would
/// find the rows a second time (on PostgreSQL, a trigram search then reads the matching rows
/// once, not twice).
pub(crate) const TOTAL_OVER_SORTED_ROWS: &str = "COUNT(*) OVER () AS total_matching";

/// The rows of a page query that selects [`total_column`] or [`TOTAL_OVER_SORTED_ROWS`], as `T`, with the count they carry
/// (`None` when the page is empty: past the last page, or nothing matches).
pub(crate) fn counted_rows<R, T>(rows: Vec<R>) -> Result<(Option<i64>, Vec<T>), StoreError>
where
    R: sqlx::Row,
    T: for<'r> sqlx::FromRow<'r, R>,
    for<'r> i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'a> &'a str: sqlx::ColumnIndex<R>,
{
    let total = rows.first().map(|r| r.try_get::<i64, _>("total_matching")).transpose()?;
    let items = rows.iter().map(T::from_row).collect::<Result<_, _>>()?;
    Ok((total, items))
}

/// Rows read one by one, as an export writes them: never all in memory at once.
pub type RowStream<T> = futures_util::stream::BoxStream<'static, Result<T, StoreError>>;

/// How many rows a [`RowStream`] reads ahead of its consumer.
const ROWS_AHEAD: usize = 256;

/// A [`RowStream`] fed by `read`, which runs in a task of its own (it owns its pool and its SQL)
/// and sends each row as the database hands it over; an error ends the stream with it. When the
/// consumer goes away (a download cut off), the next send fails and the reading stops.
pub(crate) fn spawn_rows<T, F, Fut>(read: F) -> RowStream<T>
where
    T: Send + 'static,
    F: FnOnce(tokio::sync::mpsc::Sender<Result<T, StoreError>>) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = Result<(), StoreError>> + Send + 'static,
{
    let (sender, receiver) = tokio::sync::mpsc::channel(ROWS_AHEAD);
    let errors = sender.clone();
    let reader = tokio::spawn(read(sender));
    // A reader that fails, or panics, ends the rows with an error: never a short export that
    // looks whole.
    tokio::spawn(async move {
        let failure = match reader.await {
            Ok(Ok(())) => return,
            Ok(Err(e)) => e,
            Err(e) => StoreError::Corrupt(format!("the reading of the rows stopped: {e}")),
        };
        let _ = errors.send(Err(failure)).await;
    });
    Box::pin(futures_util::stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|row| (row, receiver))
    }))
}

/// How long a reader waits for its consumer to take a row before it gives up: a download that
/// stalls does not hold a connection of the pool (and SQLite's read snapshot) for ever.
const CONSUMER_PATIENCE: std::time::Duration = std::time::Duration::from_secs(60);

/// Sends each row of `rows`, mapped by `model`, until the rows end, or the consumer is gone or
/// has taken nothing for [`CONSUMER_PATIENCE`].
pub(crate) async fn send_rows<R, T>(
    mut rows: futures_util::stream::BoxStream<'_, Result<R, sqlx::Error>>,
    sender: &tokio::sync::mpsc::Sender<Result<T, StoreError>>,
    model: impl Fn(R) -> Result<T, StoreError>,
) -> Result<(), StoreError> {
    use futures_util::TryStreamExt;
    while let Some(row) = rows.try_next().await? {
        if sender.send_timeout(model(row), CONSUMER_PATIENCE).await.is_err() {
            break;
        }
    }
    Ok(())
}

/// `$first, $first+1, ...`: `count` numbered parameters for an `IN (...)` list, as both
/// databases number them.
pub(crate) fn placeholders(first: usize, count: usize) -> String {
    (first..first + count).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ")
}
