//! Databases for tests: every test body runs on SQLite, and on PostgreSQL as well when
//! `CLUSTERDESK_TEST_POSTGRES_URL` names a server. Each database is new and migrated.

use std::str::FromStr;
use std::sync::Once;

use sqlx::Connection;
use sqlx::postgres::{PgConnectOptions, PgConnection};

use crate::{Db, StoreError};

pub const POSTGRES_URL_VAR: &str = "CLUSTERDESK_TEST_POSTGRES_URL";

static SKIP_NOTICE: Once = Once::new();

/// A new, migrated SQLite database in a file of its own under the system's temporary folder.
pub async fn sqlite() -> Db {
    let dir = std::env::temp_dir().join("clusterdesk-tests");
    std::fs::create_dir_all(&dir).expect("temporary folder for test databases");
    remove_stale(&dir);
    let path = dir.join(format!("{}.db", domain::id::new_id()));
    let db = Db::connect(path.to_str().expect("utf-8 temp path")).await.expect("open test SQLite");
    db.migrate().await.expect("migrate test SQLite");
    db
}

/// Removes the databases that earlier runs left behind (a test's pool lives until its process
/// ends, so files older than an hour belong to runs that are over).
fn remove_stale(dir: &std::path::Path) {
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let stale = entry.metadata().and_then(|m| m.modified()).is_ok_and(|modified| modified < an_hour_ago);
        if stale {
            // Another run may be removing the same file: that is as good.
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// A new, migrated PostgreSQL schema of its own, when the test server is configured.
pub async fn postgres() -> Option<Db> {
    let Ok(url) = std::env::var(POSTGRES_URL_VAR) else {
        // Written to the handle itself, not through eprintln!, so that the test harness does not
        // swallow it: a skipped backend must be visible.
        SKIP_NOTICE.call_once(|| {
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "note: the PostgreSQL runs of these tests are skipped: {POSTGRES_URL_VAR} is not set \
                 (.ci/run sets it; see README)"
            );
        });
        return None;
    };
    Some(postgres_at(&url).await.expect("connect to the PostgreSQL test server"))
}

async fn postgres_at(url: &str) -> Result<Db, StoreError> {
    let schema = format!("test_{}", domain::id::new_id().simple());
    let options = PgConnectOptions::from_str(url)?;
    let mut admin = PgConnection::connect_with(&options).await?;
    sqlx::query(&format!("CREATE SCHEMA {schema}")).execute(&mut admin).await?;
    // An extension lives in one schema of the database: the migrations' extensions are made
    // once in `public`, which every test's search path ends with, one test at a time.
    sqlx::query("SELECT pg_advisory_lock(7243)").execute(&mut admin).await?;
    for extension in ["pg_trgm", "btree_gin"] {
        sqlx::query(&format!("CREATE EXTENSION IF NOT EXISTS {extension} WITH SCHEMA public"))
            .execute(&mut admin)
            .await?;
        // Made by an older test run inside its own schema: moved where every test sees it.
        sqlx::query(&format!("ALTER EXTENSION {extension} SET SCHEMA public")).execute(&mut admin).await?;
    }
    sqlx::query("SELECT pg_advisory_unlock(7243)").execute(&mut admin).await?;
    admin.close().await?;
    let search_path = format!("{schema},public");
    let db = Db::connect_postgres(options.options([("search_path", search_path.as_str())])).await?;
    db.migrate().await?;
    Ok(db)
}

/// SQLite, and PostgreSQL when configured: run the same test body on each.
pub async fn databases() -> Vec<Db> {
    let mut all = vec![sqlite().await];
    all.extend(postgres().await);
    all
}

/// A cluster `slug` in `country` as tests make it: named "Cluster {slug}", euro, calendar year.
pub fn new_cluster(slug: &str, country: &str) -> crate::cluster::NewCluster {
    crate::cluster::NewCluster {
        slug: slug.into(),
        name: format!("Cluster {slug}"),
        country: country.into(),
        region_code: None,
        region_name: None,
        base_currency: domain::money::Currency::EUR,
        domains: vec![],
        fiscal_year_start_month: 1,
        maturity: "emerging".into(),
    }
}

/// Writes an organisation in a unit of work of its own, for a test that needs one.
pub async fn organisation(
    db: &Db,
    scope: &crate::ClusterScope,
    fields: &domain::organisation::OrganisationFields,
) -> Result<domain::id::Uuid, StoreError> {
    let mut tx = db.begin().await?;
    let id = crate::organisation::insert(&mut tx, scope, fields).await?;
    tx.commit().await?;
    Ok(id)
}

/// Writes a contact at an organisation in a unit of work of its own, for a test that needs one.
/// `None` when the organisation is not the cluster's.
pub async fn contact(
    db: &Db,
    scope: &crate::ClusterScope,
    organisation_id: domain::id::Uuid,
    fields: &domain::contact::ContactFields,
) -> Result<Option<domain::id::Uuid>, StoreError> {
    let mut tx = db.begin().await?;
    let id = crate::contact::insert(&mut tx, scope, organisation_id, fields).await?;
    tx.commit().await?;
    Ok(id)
}

/// Sets when a session was last used, for a test of how long an unused one lives.
pub async fn set_session_last_seen(
    db: &Db,
    id_hash: &str,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    crate::access::touch_session(db, id_hash, at).await
}

/// When a session was last used, as recorded.
pub async fn session_last_seen(db: &Db, id_hash: &str) -> Result<Option<chrono::DateTime<chrono::Utc>>, StoreError> {
    let row: Option<(Option<chrono::DateTime<chrono::Utc>>,)> = crate::db::dispatch!(db, pool =>
        sqlx::query_as("SELECT last_seen_at FROM sessions WHERE id_hash = $1").bind(id_hash).fetch_optional(pool).await)?;
    Ok(row.and_then(|(at,)| at))
}

/// Every column of every table whose text holds `needle` (compared in lower case), with how many
/// rows hold it: (table, column, rows). For a test that nothing of an erased person remains.
pub async fn columns_holding(db: &Db, needle: &str) -> Result<Vec<(String, String, i64)>, StoreError> {
    let pattern = format!("%{}%", needle.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
    let mut found = Vec::new();
    for (table, columns) in crate::schema::columns(db).await? {
        for column in columns {
            let sql = format!("SELECT COUNT(*) FROM {table} WHERE LOWER(CAST({column} AS TEXT)) LIKE $1 ESCAPE '\\'");
            let (n,): (i64,) =
                crate::db::dispatch!(db, pool => sqlx::query_as(&sql).bind(&pattern).fetch_one(pool).await)?;
            if n > 0 {
                found.push((table.clone(), column, n));
            }
        }
    }
    Ok(found)
}
