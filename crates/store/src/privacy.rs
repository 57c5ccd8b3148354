//! Personal data: consents, and the records of exports and erasures of a person's data.

use chrono::{DateTime, NaiveDate, Utc};
use domain::consent::ConsentFields;
use domain::id::{Uuid, new_id};

use crate::db::{dispatch, models, read_model, within};
use crate::{ClusterScope, Db, StoreError, Tx, now};

use domain::consent::Channel;
pub use domain::consent::{Consent, PrivacyAction, PrivacyEvent};

read_model!(ConsentRow => Consent {
    id: Uuid,
    contact_id: Uuid,
    channel: String as Channel::parse,
    purpose: String,
    given_at: DateTime<Utc>,
    source: String,
    recorded_by: String,
    withdrawn_at: Option<DateTime<Utc>>,
    withdrawn_by: Option<String>,
});

pub(crate) fn day_start(day: NaiveDate) -> DateTime<Utc> {
    day.and_hms_opt(0, 0, 0).expect("midnight").and_utc()
}

/// Records a consent inside the unit of work; the contact must be the cluster's (the caller
/// checked it in the same unit).
pub async fn insert_consent(
    tx: &mut Tx,
    scope: &ClusterScope,
    contact_id: Uuid,
    f: &ConsentFields,
    by: &str,
) -> Result<Uuid, StoreError> {
    let id = new_id();
    within!(tx, c => sqlx::query(
        "INSERT INTO consents (cluster_id, id, contact_id, channel, purpose, given_at, source, recorded_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
        .bind(scope.cluster_id()).bind(id).bind(contact_id).bind(f.channel.code()).bind(&f.purpose)
        .bind(day_start(f.given_on)).bind(&f.source).bind(by)
        .execute(&mut *c).await.map(|_| ()))?;
    Ok(id)
}

/// The consents of the cluster that stand (not withdrawn): contact, channel and purpose.
pub async fn standing_consents(db: &Db, scope: &ClusterScope) -> Result<Vec<(Uuid, String, String)>, StoreError> {
    let rows = dispatch!(db, pool => sqlx::query_as(
        "SELECT contact_id, channel, purpose FROM consents WHERE cluster_id = $1 AND withdrawn_at IS NULL")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(rows)
}

const CONSENT_COLUMNS: &str =
    "id, contact_id, channel, purpose, given_at, source, recorded_by, withdrawn_at, withdrawn_by";

/// A contact's consents, newest first.
pub async fn consents_of(db: &Db, scope: &ClusterScope, contact_id: Uuid) -> Result<Vec<Consent>, StoreError> {
    let sql = format!(
        "SELECT {CONSENT_COLUMNS} FROM consents WHERE cluster_id = $1 AND contact_id = $2 ORDER BY given_at DESC, id DESC"
    );
    let rows: Vec<ConsentRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(contact_id).fetch_all(pool).await)?;
    models(rows)
}

/// Marks a consent withdrawn (it stays as proof); the contact it belonged to, or `None` when
/// there is no such current consent.
pub async fn withdraw(db: &Db, scope: &ClusterScope, id: Uuid, by: &str) -> Result<Option<Uuid>, StoreError> {
    let row: Option<(Uuid,)> = dispatch!(db, pool => sqlx::query_as(
        "UPDATE consents SET withdrawn_at = $3, withdrawn_by = $4 WHERE cluster_id = $1 AND id = $2 AND withdrawn_at IS NULL \
         RETURNING contact_id")
        .bind(scope.cluster_id()).bind(id).bind(now()).bind(by).fetch_optional(pool).await)?;
    Ok(row.map(|(c,)| c))
}

read_model!(PrivacyEventRow => PrivacyEvent {
    kind: String as PrivacyAction::parse,
    done_by: String,
    created_at: DateTime<Utc>,
});

/// Records that a person's data was exported.
pub async fn record_export(db: &Db, scope: &ClusterScope, contact_id: Uuid, by: &str) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO privacy_events (cluster_id, id, contact_id, kind, done_by, created_at) VALUES ($1, $2, $3, 'export', $4, $5)")
        .bind(scope.cluster_id()).bind(new_id()).bind(contact_id).bind(by).bind(now()).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn events_of(db: &Db, scope: &ClusterScope, contact_id: Uuid) -> Result<Vec<PrivacyEvent>, StoreError> {
    let rows: Vec<PrivacyEventRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT kind, done_by, created_at FROM privacy_events WHERE cluster_id = $1 AND contact_id = $2 ORDER BY created_at DESC")
        .bind(scope.cluster_id()).bind(contact_id).fetch_all(pool).await)?;
    models(rows)
}

/// Anonymises a person in one transaction: the contact keeps its id, its organisation and
/// everything that counts it (interactions, tasks), but no name, email, phone, position or
/// role; consents, requests sent from public pages with their email, and the import records
/// holding the former values are removed; the erasure
/// is recorded. False when the cluster has no such contact.
pub async fn erase(db: &Db, scope: &ClusterScope, contact_id: Uuid, by: &str) -> Result<bool, StoreError> {
    let at = now();
    let erased = {
        let mut unit = db.begin().await?;
        let done = within!(&mut unit, tx => {
            // The person's requests from public pages, found by the email before it is erased.
            sqlx::query("DELETE FROM registration_requests WHERE cluster_id = $1 AND email_key IN \
                         (SELECT email_key FROM contacts WHERE cluster_id = $1 AND id = $2 AND email_key IS NOT NULL)")
                .bind(scope.cluster_id()).bind(contact_id).execute(&mut *tx).await?;
            let n = sqlx::query(
                "UPDATE contacts SET first_name = 'Erased', last_name = 'person', search_folded = '', email = NULL, \
                 email_key = NULL, phone = NULL, position = NULL, cluster_roles = NULL, billing_contact = FALSE, \
                 archived_at = COALESCE(archived_at, $3), updated_at = $3 WHERE cluster_id = $1 AND id = $2")
                .bind(scope.cluster_id()).bind(contact_id).bind(at).execute(&mut *tx).await?.rows_affected();
            if n == 1 {
                sqlx::query("DELETE FROM consents WHERE cluster_id = $1 AND contact_id = $2")
                    .bind(scope.cluster_id()).bind(contact_id).execute(&mut *tx).await?;
                sqlx::query("UPDATE import_changes SET before_json = NULL WHERE cluster_id = $1 AND record_id = $2")
                    .bind(scope.cluster_id()).bind(contact_id).execute(&mut *tx).await?;
                // Uploads kept between import steps may name the person; they are only transient.
                sqlx::query("DELETE FROM import_uploads WHERE cluster_id = $1").bind(scope.cluster_id()).execute(&mut *tx).await?;
                sqlx::query("INSERT INTO privacy_events (cluster_id, id, contact_id, kind, done_by, created_at) \
                             VALUES ($1, $2, $3, 'erasure', $4, $5)")
                    .bind(scope.cluster_id()).bind(new_id()).bind(contact_id).bind(by).bind(at).execute(&mut *tx).await?;
            }
            n == 1
        });
        unit.commit().await?;
        done
    };
    Ok(erased)
}

/// Records many consents in one transaction (demo data, imports).
pub async fn insert_consents_many(
    db: &Db,
    scope: &ClusterScope,
    all: &[(Uuid, ConsentFields)],
    by: &str,
) -> Result<(), StoreError> {
    let mut unit = db.begin().await?;
    within!(&mut unit, tx => {
        for chunk in all.chunks(3000) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO consents (cluster_id, id, contact_id, channel, purpose, given_at, source, recorded_by) ");
            qb.push_values(chunk, |mut b, (contact, f)| {
                b.push_bind(scope.cluster_id()).push_bind(new_id()).push_bind(*contact).push_bind(f.channel.code())
                    .push_bind(f.purpose.clone()).push_bind(day_start(f.given_on)).push_bind(f.source.clone()).push_bind(by);
            });
            qb.build().execute(&mut *tx).await?;
        }
    });
    unit.commit().await?;
    Ok(())
}
