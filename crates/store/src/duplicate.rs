//! Likely duplicates among a cluster's organisations and contacts, and merges that fold one
//! record into another.

use domain::contact::ContactFields;
use domain::id::{Uuid, new_id};
use domain::organisation::OrganisationFields;

use crate::db::{Tx, dispatch, models, read_model, within};
use crate::{ClusterScope, Db, StoreError, now};
use domain::import::ImportTarget;

/// Pairs of current contacts (`a` < `b`) with the same email, ignoring case.
pub async fn contact_pairs(db: &Db, scope: &ClusterScope) -> Result<Vec<(Uuid, Uuid)>, StoreError> {
    let sql = "SELECT a.id, b.id FROM contacts a JOIN contacts b ON b.cluster_id = a.cluster_id AND a.id <> b.id \
               AND b.email_key = a.email_key \
               WHERE a.cluster_id = $1 AND a.email_key IS NOT NULL AND a.archived_at IS NULL AND b.archived_at IS NULL";
    let rows: Vec<(Uuid, Uuid)> =
        dispatch!(db, pool => sqlx::query_as(sql).bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(rows.into_iter().filter(|(a, b)| a < b).collect())
}

/// Tables whose rows follow an organisation when it is merged into another: (table, column).
const FOLLOW_ORGANISATION: &[(&str, &str)] = &[
    ("contacts", "organisation_id"),
    ("interactions", "organisation_id"),
    ("tasks", "organisation_id"),
    ("offers_needs", "organisation_id"),
];
/// Tables whose rows follow a contact when it is merged into another.
const FOLLOW_CONTACT: &[(&str, &str)] = &[("interactions", "contact_id"), ("tasks", "contact_id")];

pub use domain::import::Moved;

/// The survivor's fields after a merge, with the fields filled in from the merged record.
#[derive(Debug, Clone)]
pub enum Survivor {
    Organisation(OrganisationFields),
    /// Organisation id and fields.
    Contact(Uuid, ContactFields),
}

/// Folds `merged` into `survivor` inside the unit of work: the survivor's fields are saved, the
/// rows that refer to `merged` move to `survivor`, `merged` is archived and marked as merged, and
/// the merge is recorded. Both records are locked first and must be current (neither archived
/// nor merged): `None` when one is not, and nothing is written.
#[allow(clippy::too_many_arguments)]
pub async fn merge(
    tx: &mut Tx,
    scope: &ClusterScope,
    survivor: Uuid,
    fields: &Survivor,
    merged: Uuid,
    reason: &str,
    by: &str,
    filled: Vec<String>,
) -> Result<Option<Moved>, StoreError> {
    let (target, follow) = match fields {
        Survivor::Organisation(_) => ("organisations", FOLLOW_ORGANISATION),
        Survivor::Contact(..) => ("contacts", FOLLOW_CONTACT),
    };
    let table = target;
    let current: Vec<(Uuid,)> = within!(tx, c => sqlx::query_as(&format!(
        "UPDATE {table} SET updated_at = updated_at WHERE cluster_id = $1 AND id IN ($2, $3) \
         AND archived_at IS NULL AND merged_into IS NULL RETURNING id"))
        .bind(scope.cluster_id()).bind(survivor).bind(merged).fetch_all(&mut *c).await)?;
    if current.len() != 2 || survivor == merged {
        return Ok(None);
    }
    let mut moved = Moved { filled, ..Moved::default() };
    for (child, column) in follow {
        let ids: Vec<(Uuid,)> = within!(tx, c => sqlx::query_as(&format!(
            "SELECT id FROM {child} WHERE cluster_id = $1 AND {column} = $2"))
            .bind(scope.cluster_id()).bind(merged).fetch_all(&mut *c).await)?;
        moved.rows.insert(child.to_string(), ids.into_iter().map(|(id,)| id).collect());
    }
    let at = now();
    let record = serde_json::to_string(&moved).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    match fields {
        Survivor::Organisation(f) => crate::organisation::write_fields(tx, scope, survivor, f, at).await?,
        Survivor::Contact(organisation, f) => {
            crate::contact::write_fields(tx, scope, survivor, *organisation, f, at).await?
        }
    };
    within!(tx, c => {
        for (child, column) in follow {
            sqlx::query(&format!("UPDATE {child} SET {column} = $3 WHERE cluster_id = $1 AND {column} = $2"))
                .bind(scope.cluster_id()).bind(merged).bind(survivor).execute(&mut *c).await?;
        }
        if target == "organisations" {
            // Tags and value-chain terms are sets: the survivor gains those it lacks.
            for (table, column) in [("organisation_tags", "tag_id"), ("organisation_terms", "term_id")] {
                sqlx::query(&format!(
                    "INSERT INTO {table} (cluster_id, organisation_id, {column}) \
                     SELECT m.cluster_id, $3, m.{column} FROM {table} m WHERE m.cluster_id = $1 AND m.organisation_id = $2 \
                     AND NOT EXISTS (SELECT 1 FROM {table} s WHERE s.cluster_id = $1 AND s.organisation_id = $3 \
                     AND s.{column} = m.{column})"))
                    .bind(scope.cluster_id()).bind(merged).bind(survivor).execute(&mut *c).await?;
                sqlx::query(&format!("DELETE FROM {table} WHERE cluster_id = $1 AND organisation_id = $2"))
                    .bind(scope.cluster_id()).bind(merged).execute(&mut *c).await?;
            }
        }
        sqlx::query(&format!(
            "UPDATE {table} SET merged_into = $3, archived_at = $4, updated_at = $4 WHERE cluster_id = $1 AND id = $2"))
            .bind(scope.cluster_id()).bind(merged).bind(survivor).bind(at).execute(&mut *c).await?;
        sqlx::query("INSERT INTO merges (cluster_id, id, target, survivor_id, merged_id, reason, moved_json, merged_by, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
            .bind(scope.cluster_id()).bind(new_id()).bind(target).bind(survivor).bind(merged).bind(reason)
            .bind(&record).bind(by).bind(at).execute(&mut *c).await?;
    });
    Ok(Some(moved))
}

pub use domain::import::MergeRecord;

read_model!(MergeRecordRow => MergeRecord {
    id: Uuid,
    target: String as ImportTarget::parse,
    survivor_id: Uuid,
    merged_id: Uuid,
    reason: String,
    moved_json: String,
    merged_by: String,
    created_at: chrono::DateTime<chrono::Utc>,
});

/// The merges into or of a record, newest first.
pub async fn merges_of(db: &Db, scope: &ClusterScope, record: Uuid) -> Result<Vec<MergeRecord>, StoreError> {
    let rows: Vec<MergeRecordRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, target, survivor_id, merged_id, reason, moved_json, merged_by, created_at FROM merges \
         WHERE cluster_id = $1 AND (survivor_id = $2 OR merged_id = $2) ORDER BY created_at DESC")
        .bind(scope.cluster_id()).bind(record).fetch_all(pool).await)?;
    models(rows)
}
