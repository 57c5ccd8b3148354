//! Tags on organisations, and segments: organisation filters saved under a name.

use chrono::{DateTime, Utc};
use domain::id::{Uuid, new_id};

use crate::db::{Tx, dispatch, models, read_model, within};
use crate::{ClusterScope, Db, StoreError, now};

pub use domain::segment::Tag;

read_model!(TagRow => Tag {
    id: Uuid,
    name: String,
    organisations: i64,
});

/// Puts the tag named `name` on an organisation inside the unit of work, creating the tag when
/// it is new. `None` when the cluster has no such organisation (checked first, so that the unit
/// stays usable on PostgreSQL).
pub async fn attach(
    tx: &mut Tx,
    scope: &ClusterScope,
    organisation_id: Uuid,
    name: &str,
) -> Result<Option<Uuid>, StoreError> {
    let key = domain::text::fold(name);
    let at = now();
    let tag_id = within!(tx, c => {
        let found: Option<(i32,)> = sqlx::query_as("SELECT 1 FROM organisations WHERE cluster_id = $1 AND id = $2")
            .bind(scope.cluster_id()).bind(organisation_id).fetch_optional(&mut *c).await?;
        if found.is_none() {
            return Ok(None);
        }
        // A tag made at the same moment by another request (two registrations that both create
        // an organisation to review) is taken as it is.
        sqlx::query("INSERT INTO tags (cluster_id, id, name, name_key, created_at) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (cluster_id, name_key) DO NOTHING")
            .bind(scope.cluster_id()).bind(new_id()).bind(name).bind(&key).bind(at).execute(&mut *c).await?;
        let (tag_id,): (Uuid,) = sqlx::query_as("SELECT id FROM tags WHERE cluster_id = $1 AND name_key = $2")
            .bind(scope.cluster_id()).bind(&key).fetch_one(&mut *c).await?;
        // The same tag put on at the same moment by another request stands once.
        sqlx::query("INSERT INTO organisation_tags (cluster_id, organisation_id, tag_id) VALUES ($1, $2, $3) \
                     ON CONFLICT (cluster_id, organisation_id, tag_id) DO NOTHING")
            .bind(scope.cluster_id()).bind(organisation_id).bind(tag_id).execute(&mut *c).await?;
        tag_id
    });
    Ok(Some(tag_id))
}

/// Takes the tag named `name` off every organisation of the cluster, inside the unit of work;
/// the tag itself stays.
pub async fn clear(tx: &mut Tx, scope: &ClusterScope, name: &str) -> Result<(), StoreError> {
    let key = domain::text::fold(name);
    within!(tx, c => sqlx::query(
        "DELETE FROM organisation_tags WHERE cluster_id = $1 AND tag_id IN \
         (SELECT id FROM tags WHERE cluster_id = $1 AND name_key = $2)")
        .bind(scope.cluster_id()).bind(&key).execute(c).await.map(|_| ()))?;
    Ok(())
}

pub async fn detach(db: &Db, scope: &ClusterScope, organisation_id: Uuid, tag_id: Uuid) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "DELETE FROM organisation_tags WHERE cluster_id = $1 AND organisation_id = $2 AND tag_id = $3")
        .bind(scope.cluster_id()).bind(organisation_id).bind(tag_id).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// An organisation's tags, by name.
pub async fn of_organisation(
    db: &Db,
    scope: &ClusterScope,
    organisation_id: Uuid,
) -> Result<Vec<(Uuid, String)>, StoreError> {
    let rows = dispatch!(db, pool => sqlx::query_as(
        "SELECT t.id, t.name FROM organisation_tags ot JOIN tags t ON t.cluster_id = ot.cluster_id AND t.id = ot.tag_id \
         WHERE ot.cluster_id = $1 AND ot.organisation_id = $2 ORDER BY t.name_key")
        .bind(scope.cluster_id()).bind(organisation_id).fetch_all(pool).await)?;
    Ok(crate::by_name(scope, rows, |(_, name): &(Uuid, String)| name))
}

/// The cluster's tags with their use, by name.
pub async fn all(db: &Db, scope: &ClusterScope) -> Result<Vec<Tag>, StoreError> {
    let rows: Vec<TagRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT t.id, t.name, (SELECT COUNT(*) FROM organisation_tags ot JOIN organisations o \
           ON o.cluster_id = ot.cluster_id AND o.id = ot.organisation_id \
           WHERE ot.cluster_id = t.cluster_id AND ot.tag_id = t.id AND o.archived_at IS NULL) AS organisations \
         FROM tags t WHERE t.cluster_id = $1 ORDER BY t.name_key")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(crate::by_name(scope, models(rows)?, |t: &Tag| &t.name))
}

pub use domain::segment::Segment;

read_model!(SegmentRow => Segment {
    id: Uuid,
    name: String,
    filter_json: String,
    created_by: String,
    created_at: DateTime<Utc>,
});

pub async fn insert_segment(
    db: &Db,
    scope: &ClusterScope,
    name: &str,
    filter_json: &str,
    by: &str,
) -> Result<Uuid, StoreError> {
    let id = new_id();
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO segments (cluster_id, id, name, name_key, filter_json, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(scope.cluster_id()).bind(id).bind(name).bind(domain::text::fold(name)).bind(filter_json).bind(by)
        .bind(now()).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(id)
}

/// Keys the segments saved before names were unique (see migration 0016), oldest first; a later
/// one whose folded name is taken is renamed `name (2)`, `name (3)`, ….
pub(crate) async fn backfill_segment_keys(db: &Db) -> Result<(), StoreError> {
    let rows: Vec<(Uuid, Uuid, String)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT cluster_id, id, name FROM segments WHERE name_key IS NULL ORDER BY created_at, id").fetch_all(pool).await)?;
    if rows.is_empty() {
        return Ok(());
    }
    let mut unit = db.begin().await?;
    within!(&mut unit, tx => {
        let keyed: Vec<(Uuid, String)> = sqlx::query_as(
            "SELECT cluster_id, name_key FROM segments WHERE name_key IS NOT NULL").fetch_all(&mut *tx).await?;
        let mut taken: std::collections::HashSet<(Uuid, String)> = keyed.into_iter().collect();
        for (cluster_id, id, name) in &rows {
            let mut renamed = name.clone();
            let mut n = 1;
            while !taken.insert((*cluster_id, domain::text::fold(&renamed))) {
                n += 1;
                renamed = format!("{name} ({n})");
            }
            sqlx::query("UPDATE segments SET name = $3, name_key = $4 WHERE cluster_id = $1 AND id = $2")
                .bind(cluster_id).bind(id).bind(&renamed).bind(domain::text::fold(&renamed)).execute(&mut *tx).await?;
        }
    });
    unit.commit().await?;
    Ok(())
}

pub async fn segments(db: &Db, scope: &ClusterScope) -> Result<Vec<Segment>, StoreError> {
    let rows: Vec<SegmentRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, name, filter_json, created_by, created_at FROM segments WHERE cluster_id = $1 ORDER BY name")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(crate::by_name(scope, models(rows)?, |s: &Segment| &s.name))
}

pub async fn segment(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<Segment>, StoreError> {
    let row: Option<SegmentRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, name, filter_json, created_by, created_at FROM segments WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    row.map(Segment::try_from).transpose()
}

/// Deletes a saved segment (only the saved filter; no organisation is touched).
pub async fn delete_segment(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query("DELETE FROM segments WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}
