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

/// What a merge does with the rows of a table that refer to the merged record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Follow {
    /// The rows move to the survivor.
    Move,
    /// The table is a set keyed by this column (tags, value-chain terms): the survivor gains the
    /// members it lacks, and the merged record's rows go.
    Set(&'static str),
    /// One row per value of this column (a year's company figures): the merged record's rows
    /// move where the survivor has none of that value; where it has, the survivor's stay.
    Keyed(&'static str),
}

/// Every column that refers to an organisation, with what a merge does with its rows: (table,
/// column, what). A schema test reads every reference to `organisations` from the live schema
/// and fails on one that is not here, so that a table added later cannot be forgotten.
pub const ORGANISATION_REFERENCES: &[(&str, &str, Follow)] = &[
    ("contacts", "organisation_id", Follow::Move),
    ("interactions", "organisation_id", Follow::Move),
    ("tasks", "organisation_id", Follow::Move),
    ("offers_needs", "organisation_id", Follow::Move),
    ("memberships", "organisation_id", Follow::Move),
    ("invoices", "organisation_id", Follow::Move),
    ("customer_credits", "organisation_id", Follow::Move),
    ("registrations", "organisation_id", Follow::Move),
    ("project_ideas", "organisation_id", Follow::Move),
    ("project_participants", "organisation_id", Follow::Move),
    ("service_deliveries", "organisation_id", Follow::Move),
    ("survey_invitations", "organisation_id", Follow::Move),
    ("figure_reviews", "organisation_id", Follow::Move),
    ("company_figures", "organisation_id", Follow::Keyed("year")),
    ("organisation_tags", "organisation_id", Follow::Set("tag_id")),
    ("organisation_terms", "organisation_id", Follow::Set("term_id")),
];

/// Every column that refers to a contact, with what a merge does with its rows (see
/// [`ORGANISATION_REFERENCES`]).
pub const CONTACT_REFERENCES: &[(&str, &str, Follow)] = &[
    ("interactions", "contact_id", Follow::Move),
    ("tasks", "contact_id", Follow::Move),
    ("consents", "contact_id", Follow::Move),
    ("registrations", "contact_id", Follow::Move),
    ("working_group_members", "contact_id", Follow::Move),
    ("privacy_events", "contact_id", Follow::Move),
    ("survey_invitations", "contact_id", Follow::Move),
];

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
        Survivor::Organisation(_) => ("organisations", ORGANISATION_REFERENCES),
        Survivor::Contact(..) => ("contacts", CONTACT_REFERENCES),
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
    for (child, column, _) in follow.iter().filter(|f| f.2 == Follow::Move) {
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
        for (table, column, follow) in follow {
            match follow {
                Follow::Move => {
                    sqlx::query(&format!("UPDATE {table} SET {column} = $3 WHERE cluster_id = $1 AND {column} = $2"))
                        .bind(scope.cluster_id()).bind(merged).bind(survivor).execute(&mut *c).await?;
                }
                Follow::Keyed(key) => {
                    sqlx::query(&format!(
                        "UPDATE {table} SET {column} = $3 WHERE cluster_id = $1 AND {column} = $2 \
                         AND NOT EXISTS (SELECT 1 FROM {table} s WHERE s.cluster_id = $1 AND s.{column} = $3 \
                         AND s.{key} = {table}.{key})"))
                        .bind(scope.cluster_id()).bind(merged).bind(survivor).execute(&mut *c).await?;
                    sqlx::query(&format!("DELETE FROM {table} WHERE cluster_id = $1 AND {column} = $2"))
                        .bind(scope.cluster_id()).bind(merged).execute(&mut *c).await?;
                }
                Follow::Set(key) => {
                    sqlx::query(&format!(
                        "INSERT INTO {table} (cluster_id, {column}, {key}) \
                         SELECT m.cluster_id, $3, m.{key} FROM {table} m WHERE m.cluster_id = $1 AND m.{column} = $2 \
                         AND NOT EXISTS (SELECT 1 FROM {table} s WHERE s.cluster_id = $1 AND s.{column} = $3 \
                         AND s.{key} = m.{key})"))
                        .bind(scope.cluster_id()).bind(merged).bind(survivor).execute(&mut *c).await?;
                    sqlx::query(&format!("DELETE FROM {table} WHERE cluster_id = $1 AND {column} = $2"))
                        .bind(scope.cluster_id()).bind(merged).execute(&mut *c).await?;
                }
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
