//! The monitoring system's own data (migration 0030): the cluster's indicators, values entered by
//! hand, targets per period, and the evidence store. Built-in indicators are not stored: they are
//! computed when read.

use chrono::{DateTime, NaiveDate, Utc};
use domain::id::{Uuid, new_id};
use domain::monitoring::{Definition, Group, IndicatorDirection, Periodicity, Source, Unit};

use crate::db::{dispatch, within};
use crate::{ClusterScope, Db, StoreError, now};

/// One of the cluster's own indicators.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Custom {
    pub id: Uuid,
    pub definition: Definition,
    pub created_by: String,
    pub updated_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct CustomRow {
    id: Uuid,
    code: String,
    key: String,
    group_code: String,
    name: String,
    description: String,
    unit: String,
    direction: String,
    source: String,
    periodicity: String,
    formula: Option<String>,
    question: Option<String>,
    created_by: String,
    updated_at: DateTime<Utc>,
}

impl TryFrom<CustomRow> for Custom {
    type Error = StoreError;

    fn try_from(r: CustomRow) -> Result<Self, StoreError> {
        Ok(Custom {
            id: r.id,
            definition: Definition {
                code: r.code,
                key: r.key,
                group: Group::parse(&r.group_code).map_err(StoreError::corrupt)?,
                name: r.name,
                description: r.description,
                unit: Unit::parse(&r.unit).map_err(StoreError::corrupt)?,
                direction: IndicatorDirection::parse(&r.direction).map_err(StoreError::corrupt)?,
                source: Source::parse(&r.source).map_err(StoreError::corrupt)?,
                periodicity: Periodicity::parse(&r.periodicity).map_err(StoreError::corrupt)?,
                formula: r.formula,
                question: r.question,
            },
            created_by: r.created_by,
            updated_at: r.updated_at,
        })
    }
}

const CUSTOM_SELECT: &str = "SELECT id, code, key, group_code, name, description, unit, direction, source, \
     periodicity, formula, question, created_by, updated_at FROM indicators";

/// The cluster's own indicators, by code.
pub async fn indicators(db: &Db, scope: &ClusterScope) -> Result<Vec<Custom>, StoreError> {
    let sql = format!("{CUSTOM_SELECT} WHERE cluster_id = $1 ORDER BY code");
    let rows: Vec<CustomRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(pool).await)?;
    rows.into_iter().map(Custom::try_from).collect()
}

/// Adds an indicator; a key or code taken is a unique violation (see
/// [`StoreError::unique_columns`]).
pub async fn insert_indicator(db: &Db, scope: &ClusterScope, d: &Definition, by: &str) -> Result<Uuid, StoreError> {
    let id = new_id();
    let at = now();
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO indicators (cluster_id, id, code, key, group_code, name, description, unit, direction, source, \
         periodicity, formula, question, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)")
        .bind(scope.cluster_id()).bind(id).bind(&d.code).bind(&d.key).bind(d.group.code()).bind(&d.name)
        .bind(&d.description).bind(d.unit.code()).bind(d.direction.code()).bind(d.source.code())
        .bind(d.periodicity.code()).bind(&d.formula).bind(&d.question).bind(by).bind(at)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(id)
}

/// Changes an indicator's name, description, direction, formula or question (its key, code, unit,
/// source and periodicity stay); false when there is none.
pub async fn update_indicator(db: &Db, scope: &ClusterScope, id: Uuid, d: &Definition) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE indicators SET name = $3, description = $4, direction = $5, formula = $6, question = $7, \
         updated_at = $8 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(&d.name).bind(&d.description).bind(d.direction.code())
        .bind(&d.formula).bind(&d.question).bind(now())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Removes an indicator with its values and targets, in one unit; false when there is none.
pub async fn remove_indicator(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<bool, StoreError> {
    let mut tx = db.begin().await?;
    let key: Option<(String,)> = within!(&mut tx, c => sqlx::query_as(
        "DELETE FROM indicators WHERE cluster_id = $1 AND id = $2 RETURNING key")
        .bind(scope.cluster_id()).bind(id).fetch_optional(&mut *c).await)?;
    let Some((key,)) = key else { return Ok(false) };
    within!(&mut tx, c => {
        for table in ["indicator_values", "indicator_targets"] {
            let sql = format!("DELETE FROM {table} WHERE cluster_id = $1 AND indicator_key = $2");
            sqlx::query(&sql).bind(scope.cluster_id()).bind(&key).execute(&mut *c).await?;
        }
    });
    tx.commit().await?;
    Ok(true)
}

/// A value entered by hand.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct HandValue {
    pub indicator_key: String,
    pub period: String,
    pub value: i64,
    pub note: String,
    pub evidence_id: Option<Uuid>,
    pub entered_by: String,
    pub entered_at: DateTime<Utc>,
}

/// Every value entered by hand in the cluster.
pub async fn values(db: &Db, scope: &ClusterScope) -> Result<Vec<HandValue>, StoreError> {
    Ok(dispatch!(db, pool => sqlx::query_as(
        "SELECT indicator_key, period, value, note, evidence_id, entered_by, entered_at FROM indicator_values \
         WHERE cluster_id = $1 ORDER BY indicator_key, period")
        .bind(scope.cluster_id()).fetch_all(pool).await)?)
}

/// Enters (or replaces) the value of `key` in `period`.
pub async fn set_value(db: &Db, scope: &ClusterScope, v: &HandValue) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO indicator_values (cluster_id, indicator_key, period, value, note, evidence_id, entered_by, \
         entered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (cluster_id, indicator_key, period) DO UPDATE SET value = excluded.value, note = excluded.note, \
         evidence_id = excluded.evidence_id, entered_by = excluded.entered_by, entered_at = excluded.entered_at")
        .bind(scope.cluster_id()).bind(&v.indicator_key).bind(&v.period).bind(v.value).bind(&v.note)
        .bind(v.evidence_id).bind(&v.entered_by).bind(v.entered_at)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Removes the value of `key` in `period`; false when there was none.
pub async fn remove_value(db: &Db, scope: &ClusterScope, key: &str, period: &str) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "DELETE FROM indicator_values WHERE cluster_id = $1 AND indicator_key = $2 AND period = $3")
        .bind(scope.cluster_id()).bind(key).bind(period).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// A target of an indicator for a period.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Target {
    pub indicator_key: String,
    pub period: String,
    pub target: i64,
    pub set_by: String,
    pub set_at: DateTime<Utc>,
}

/// Every target of the cluster.
pub async fn targets(db: &Db, scope: &ClusterScope) -> Result<Vec<Target>, StoreError> {
    Ok(dispatch!(db, pool => sqlx::query_as(
        "SELECT indicator_key, period, target, set_by, set_at FROM indicator_targets WHERE cluster_id = $1 \
         ORDER BY indicator_key, period")
        .bind(scope.cluster_id()).fetch_all(pool).await)?)
}

/// Sets (or replaces) the target of `key` in `period`.
pub async fn set_target(
    db: &Db,
    scope: &ClusterScope,
    key: &str,
    period: &str,
    target: i64,
    by: &str,
) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO indicator_targets (cluster_id, indicator_key, period, target, set_by, set_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (cluster_id, indicator_key, period) \
         DO UPDATE SET target = excluded.target, set_by = excluded.set_by, set_at = excluded.set_at")
        .bind(scope.cluster_id()).bind(key).bind(period).bind(target).bind(by).bind(now())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Removes the target of `key` in `period`; false when there was none.
pub async fn remove_target(db: &Db, scope: &ClusterScope, key: &str, period: &str) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "DELETE FROM indicator_targets WHERE cluster_id = $1 AND indicator_key = $2 AND period = $3")
        .bind(scope.cluster_id()).bind(key).bind(period).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// An item of the evidence store, without its file's bytes.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Evidence {
    pub id: Uuid,
    pub kind: String,
    pub title: String,
    pub url: Option<String>,
    pub file_name: Option<String>,
    pub content_type: Option<String>,
    pub size_bytes: i64,
    pub dated_on: NaiveDate,
    pub indicator_key: Option<String>,
    pub period: Option<String>,
    pub added_by: String,
    pub added_at: DateTime<Utc>,
}

/// An item to add: a link, or a file with its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvidence {
    pub kind: String,
    pub title: String,
    pub url: Option<String>,
    /// The file's name, content type and bytes.
    pub file: Option<(String, String, Vec<u8>)>,
    pub dated_on: NaiveDate,
    pub indicator_key: Option<String>,
    pub period: Option<String>,
}

const EVIDENCE_SELECT: &str = "SELECT id, kind, title, url, file_name, content_type, size_bytes, dated_on, \
     indicator_key, period, added_by, added_at FROM evidence";

/// The evidence store, newest first.
pub async fn evidence(db: &Db, scope: &ClusterScope) -> Result<Vec<Evidence>, StoreError> {
    let sql = format!("{EVIDENCE_SELECT} WHERE cluster_id = $1 ORDER BY dated_on DESC, added_at DESC");
    Ok(dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(pool).await)?)
}

/// Adds an item, unless the cluster's files would then pass `quota_bytes` together: `None`,
/// writing nothing. The sum is read inside the unit that writes, so two uploads at once cannot
/// both pass it.
pub async fn insert_evidence(
    db: &Db,
    scope: &ClusterScope,
    e: &NewEvidence,
    by: &str,
    quota_bytes: i64,
) -> Result<Option<Uuid>, StoreError> {
    let id = new_id();
    let size = e.file.as_ref().map_or(0, |(_, _, b)| b.len() as i64);
    let mut tx = db.begin().await?;
    crate::cluster::take_turn(&mut tx, scope).await?;
    let (held,): (Option<i64>,) = within!(&mut tx, c => sqlx::query_as(
        "SELECT CAST(SUM(size_bytes) AS BIGINT) FROM evidence WHERE cluster_id = $1")
        .bind(scope.cluster_id()).fetch_one(&mut *c).await)?;
    if held.unwrap_or(0).saturating_add(size) > quota_bytes {
        return Ok(None);
    }
    let (file_name, content_type, content) = match &e.file {
        Some((n, t, b)) => (Some(n.as_str()), Some(t.as_str()), Some(b.as_slice())),
        None => (None, None, None),
    };
    within!(&mut tx, c => sqlx::query(
        "INSERT INTO evidence (cluster_id, id, kind, title, url, file_name, content_type, content, size_bytes, \
         dated_on, indicator_key, period, added_by, added_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)")
        .bind(scope.cluster_id()).bind(id).bind(&e.kind).bind(&e.title).bind(&e.url).bind(file_name)
        .bind(content_type).bind(content).bind(size).bind(e.dated_on).bind(&e.indicator_key).bind(&e.period)
        .bind(by).bind(now())
        .execute(&mut *c).await.map(|_| ()))?;
    tx.commit().await?;
    Ok(Some(id))
}

/// A file's name, content type and bytes as stored (none of them for a link).
type FileRow = (Option<String>, Option<String>, Option<Vec<u8>>);

/// An item's file: its name, content type and bytes; none for a link or an unknown id.
pub async fn evidence_file(
    db: &Db,
    scope: &ClusterScope,
    id: Uuid,
) -> Result<Option<(String, String, Vec<u8>)>, StoreError> {
    let row: Option<FileRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT file_name, content_type, content FROM evidence WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    Ok(row.and_then(|(n, t, b)| Some((n?, t?, b?))))
}

/// Removes an item; a value that cited it keeps its note and loses the citation, in the same
/// unit. False when there was none.
pub async fn remove_evidence(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<bool, StoreError> {
    let mut tx = db.begin().await?;
    let n = within!(&mut tx, c => {
        sqlx::query("UPDATE indicator_values SET evidence_id = NULL WHERE cluster_id = $1 AND evidence_id = $2")
            .bind(scope.cluster_id()).bind(id).execute(&mut *c).await?;
        sqlx::query("DELETE FROM evidence WHERE cluster_id = $1 AND id = $2")
            .bind(scope.cluster_id()).bind(id).execute(&mut *c).await?.rows_affected()
    });
    tx.commit().await?;
    Ok(n == 1)
}

/// An event of a period as the indicators count it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct EventFacts {
    pub id: Uuid,
    pub title: String,
    pub kind: String,
    pub starts_at: chrono::NaiveDateTime,
    /// Registrations checked in as attended.
    pub attended: i64,
    /// The working group whose meeting it is.
    pub working_group_id: Option<Uuid>,
}

/// The events not cancelled that start from `from` to before `until` (the cluster's local time),
/// each with its attendances, in one query.
pub async fn events_between(
    db: &Db,
    scope: &ClusterScope,
    from: chrono::NaiveDateTime,
    until: chrono::NaiveDateTime,
) -> Result<Vec<EventFacts>, StoreError> {
    Ok(dispatch!(db, pool => sqlx::query_as(
        "SELECT e.id, e.title, e.kind, e.starts_at, \
         (SELECT COUNT(*) FROM registrations r WHERE r.cluster_id = e.cluster_id AND r.event_id = e.id \
          AND r.attendance = 'attended') AS attended, e.working_group_id \
         FROM events e WHERE e.cluster_id = $1 AND e.cancelled_at IS NULL AND e.starts_at >= $2 AND e.starts_at < $3 \
         ORDER BY e.starts_at, e.id")
        .bind(scope.cluster_id()).bind(from).bind(until).fetch_all(pool).await)?)
}

/// How many interactions of each kind happened from `first` to `last`, both included.
pub async fn interactions_between(
    db: &Db,
    scope: &ClusterScope,
    first: NaiveDate,
    last: NaiveDate,
) -> Result<Vec<(String, i64)>, StoreError> {
    Ok(dispatch!(db, pool => sqlx::query_as(
        "SELECT kind, COUNT(*) FROM interactions WHERE cluster_id = $1 AND occurred_on >= $2 AND occurred_on <= $3 \
         GROUP BY kind ORDER BY kind")
        .bind(scope.cluster_id()).bind(first).bind(last).fetch_all(pool).await)?)
}
