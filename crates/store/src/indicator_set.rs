//! The cluster's own indicator sets (migration 0032): reporting regimes kept as data, each line
//! mapping one of the regime's indicators to one of the catalogue by key. The shipped sets are not
//! stored (`domain::indicator_set::shipped`).

use chrono::{DateTime, Utc};
use domain::id::{Uuid, new_id};
use domain::indicator_set::{Comparison, SetFields, SetLine, Threshold};
use domain::monitoring::EvidenceKind;

use crate::db::{dispatch, within};
use crate::{ClusterScope, Db, StoreError, now};

/// A line of one of the cluster's sets, with its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnLine {
    pub id: Uuid,
    pub line: SetLine,
}

/// One of the cluster's own sets with its lines, by code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnSet {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub lines: Vec<OwnLine>,
}

#[derive(sqlx::FromRow)]
struct SetRow {
    id: Uuid,
    name: String,
    description: String,
    created_by: String,
    created_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct LineRow {
    id: Uuid,
    set_id: Uuid,
    code: String,
    name: String,
    indicator_key: String,
    comparison: Option<String>,
    threshold: Option<i64>,
    evidence_kinds: String,
}

impl LineRow {
    fn into_line(self) -> Result<(Uuid, OwnLine), StoreError> {
        let threshold = match (self.comparison, self.threshold) {
            (Some(c), Some(value)) => {
                Some(Threshold { comparison: Comparison::parse(&c).map_err(StoreError::corrupt)?, value })
            }
            _ => None,
        };
        let evidence_kinds = self
            .evidence_kinds
            .split(',')
            .filter(|k| !k.is_empty())
            .map(EvidenceKind::parse)
            .collect::<Result<Vec<_>, _>>()
            .map_err(StoreError::corrupt)?;
        Ok((
            self.set_id,
            OwnLine {
                id: self.id,
                line: SetLine {
                    code: self.code,
                    name: self.name,
                    indicator: self.indicator_key,
                    threshold,
                    evidence_kinds,
                },
            },
        ))
    }
}

fn kinds_text(kinds: &[EvidenceKind]) -> String {
    kinds.iter().map(|k| k.code()).collect::<Vec<_>>().join(",")
}

/// The cluster's own sets by name, each with its lines by code: two queries.
pub async fn sets(db: &Db, scope: &ClusterScope) -> Result<Vec<OwnSet>, StoreError> {
    let rows: Vec<SetRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, name, description, created_by, created_at FROM indicator_sets WHERE cluster_id = $1 \
         ORDER BY name, id")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    let lines: Vec<LineRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, set_id, code, name, indicator_key, comparison, threshold, evidence_kinds \
         FROM indicator_set_lines WHERE cluster_id = $1 ORDER BY code, id")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    let mut sets: Vec<OwnSet> = rows
        .into_iter()
        .map(|r| OwnSet {
            id: r.id,
            name: r.name,
            description: r.description,
            created_by: r.created_by,
            created_at: r.created_at,
            lines: Vec::new(),
        })
        .collect();
    for row in lines {
        let (set_id, line) = row.into_line()?;
        if let Some(set) = sets.iter_mut().find(|s| s.id == set_id) {
            set.lines.push(line);
        }
    }
    Ok(crate::by_name(scope, sets, |s: &OwnSet| &s.name))
}

/// Adds a set with its lines, in one unit; a line code twice is a unique violation.
pub async fn insert_set(
    db: &Db,
    scope: &ClusterScope,
    fields: &SetFields,
    lines: &[SetLine],
    by: &str,
) -> Result<Uuid, StoreError> {
    let id = new_id();
    let mut tx = db.begin().await?;
    within!(&mut tx, c => sqlx::query(
        "INSERT INTO indicator_sets (cluster_id, id, name, description, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(scope.cluster_id()).bind(id).bind(&fields.name).bind(&fields.description).bind(by).bind(now())
        .execute(&mut *c).await.map(|_| ()))?;
    insert_lines(&mut tx, scope, id, lines).await?;
    tx.commit().await?;
    Ok(id)
}

async fn insert_lines(
    tx: &mut crate::Tx,
    scope: &ClusterScope,
    set_id: Uuid,
    lines: &[SetLine],
) -> Result<(), StoreError> {
    within!(tx, c => {
        for l in lines {
            sqlx::query(
                "INSERT INTO indicator_set_lines (cluster_id, id, set_id, code, name, indicator_key, comparison, \
                 threshold, evidence_kinds) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
                .bind(scope.cluster_id()).bind(new_id()).bind(set_id).bind(&l.code).bind(&l.name)
                .bind(&l.indicator).bind(l.threshold.map(|t| t.comparison.code())).bind(l.threshold.map(|t| t.value))
                .bind(kinds_text(&l.evidence_kinds))
                .execute(&mut *c).await?;
        }
    });
    Ok(())
}

/// Changes a set's name and description and, when `lines` is given, puts them in place of its
/// lines, in one unit; false when there is no such set.
pub async fn update_set(
    db: &Db,
    scope: &ClusterScope,
    id: Uuid,
    fields: &SetFields,
    lines: Option<&[SetLine]>,
) -> Result<bool, StoreError> {
    let mut tx = db.begin().await?;
    let n = within!(&mut tx, c => sqlx::query(
        "UPDATE indicator_sets SET name = $3, description = $4 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(&fields.name).bind(&fields.description)
        .execute(&mut *c).await.map(|r| r.rows_affected()))?;
    if n != 1 {
        return Ok(false);
    }
    if let Some(lines) = lines {
        within!(&mut tx, c => sqlx::query("DELETE FROM indicator_set_lines WHERE cluster_id = $1 AND set_id = $2")
            .bind(scope.cluster_id()).bind(id).execute(&mut *c).await.map(|_| ()))?;
        insert_lines(&mut tx, scope, id, lines).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Removes a set with its lines; false when there is none.
pub async fn remove_set(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<bool, StoreError> {
    let mut tx = db.begin().await?;
    let n = within!(&mut tx, c => {
        sqlx::query("DELETE FROM indicator_set_lines WHERE cluster_id = $1 AND set_id = $2")
            .bind(scope.cluster_id()).bind(id).execute(&mut *c).await?;
        sqlx::query("DELETE FROM indicator_sets WHERE cluster_id = $1 AND id = $2")
            .bind(scope.cluster_id()).bind(id).execute(&mut *c).await.map(|r| r.rows_affected())
    })?;
    tx.commit().await?;
    Ok(n == 1)
}

/// What became of a line to add.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineAdded {
    Added(Uuid),
    NoSet,
    /// The set holds `max` lines already.
    Full,
}

/// Adds a line to a set that holds fewer than `max`, in one statement so that two at once cannot
/// pass the limit together; a code the set has is a unique violation.
pub async fn insert_line(
    db: &Db,
    scope: &ClusterScope,
    set_id: Uuid,
    line: &SetLine,
    max: usize,
) -> Result<LineAdded, StoreError> {
    let id = new_id();
    let n = dispatch!(db, pool => sqlx::query(
        "INSERT INTO indicator_set_lines (cluster_id, id, set_id, code, name, indicator_key, comparison, threshold, \
         evidence_kinds) SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9 \
         WHERE EXISTS (SELECT 1 FROM indicator_sets WHERE cluster_id = $1 AND id = $3) \
         AND (SELECT COUNT(*) FROM indicator_set_lines WHERE cluster_id = $1 AND set_id = $3) < $10")
        .bind(scope.cluster_id()).bind(id).bind(set_id).bind(&line.code).bind(&line.name).bind(&line.indicator)
        .bind(line.threshold.map(|t| t.comparison.code())).bind(line.threshold.map(|t| t.value))
        .bind(kinds_text(&line.evidence_kinds)).bind(max as i64)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    if n == 1 {
        return Ok(LineAdded::Added(id));
    }
    let exists: Option<(Uuid,)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id FROM indicator_sets WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(set_id).fetch_optional(pool).await)?;
    Ok(if exists.is_some() { LineAdded::Full } else { LineAdded::NoSet })
}

/// Removes a line of a set; false when there is none.
pub async fn remove_line(db: &Db, scope: &ClusterScope, set_id: Uuid, line_id: Uuid) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "DELETE FROM indicator_set_lines WHERE cluster_id = $1 AND set_id = $2 AND id = $3")
        .bind(scope.cluster_id()).bind(set_id).bind(line_id).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}
