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

/// Anonymises a person in one transaction, with every record merged into theirs: the contacts
/// keep their ids, organisation and everything that counts them (interactions, tasks,
/// registrations), but no name, email, phone, position or role. Removed or emptied with them:
/// consents; requests sent from public pages (found by email and by registration); the import
/// records of their former values and the uploads kept between import steps; the outbox and
/// sent log's messages to them (recipients, subject and text); the reminder log's address; their
/// feedback comments; and their name and email where the team wrote them into the interactions,
/// interview answers and tasks about them. The erasure is recorded. False when the cluster has no
/// such contact.
pub async fn erase(db: &Db, scope: &ClusterScope, contact_id: Uuid, by: &str) -> Result<bool, StoreError> {
    let at = now();
    let cluster = scope.cluster_id();
    let mut unit = db.begin().await?;
    let done = within!(&mut unit, tx => {
        // The person and every contact merged into them, however many merges deep.
        let mut people: Vec<Uuid> = vec![contact_id];
        let mut frontier = vec![contact_id];
        while let Some(next) = frontier.pop() {
            let merged: Vec<(Uuid,)> = sqlx::query_as("SELECT id FROM contacts WHERE cluster_id = $1 AND merged_into = $2")
                .bind(cluster).bind(next).fetch_all(&mut *tx).await?;
            for (id,) in merged {
                if !people.contains(&id) {
                    people.push(id);
                    frontier.push(id);
                }
            }
        }
        let mut known: Vec<(String, String, Option<String>)> = Vec::new();
        for id in &people {
            let row: Option<(String, String, Option<String>)> = sqlx::query_as(
                "SELECT first_name, last_name, email FROM contacts WHERE cluster_id = $1 AND id = $2")
                .bind(cluster).bind(*id).fetch_optional(&mut *tx).await?;
            known.extend(row);
        }
        if known.is_empty() {
            false
        } else {
            let emails: Vec<String> = known.iter().filter_map(|k| k.2.as_ref().map(|e| e.to_lowercase())).collect();
            // What the team may have written of them: full names, surnames, addresses.
            let mut words: Vec<String> = known
                .iter()
                .flat_map(|(first, last, email)| [format!("{first} {last}"), last.clone()].into_iter().chain(email.clone()))
                .filter(|w| w.chars().count() >= 3)
                .collect();
            words.sort_by_key(|w| std::cmp::Reverse(w.len()));
            words.dedup();
            for email in &emails {
                sqlx::query("DELETE FROM registration_requests WHERE cluster_id = $1 AND email_key = $2")
                    .bind(cluster).bind(email).execute(&mut *tx).await?;
                sqlx::query("UPDATE invoice_reminders SET sent_to = 'erased' WHERE cluster_id = $1 AND LOWER(sent_to) = $2")
                    .bind(cluster).bind(email).execute(&mut *tx).await?;
            }
            let messages: Vec<(Uuid, String, String)> =
                sqlx::query_as("SELECT id, recipients, state FROM outbox WHERE cluster_id = $1")
                    .bind(cluster).fetch_all(&mut *tx).await?;
            for (message, recipients, state) in messages {
                let (theirs, others): (Vec<&str>, Vec<&str>) =
                    recipients.lines().partition(|r| emails.contains(&r.trim().to_lowercase()));
                if theirs.is_empty() {
                    continue;
                }
                if others.is_empty() {
                    // A message to them alone: nothing of it stays, and it is never sent.
                    let state = if state == "pending" { "failed" } else { state.as_str() };
                    sqlx::query("UPDATE outbox SET recipients = 'erased', subject = 'Erased', body = '', reply_to = NULL, \
                                 last_error = NULL, state = $3 WHERE cluster_id = $1 AND id = $2")
                        .bind(cluster).bind(message).bind(state).execute(&mut *tx).await?;
                    sqlx::query("DELETE FROM outbox_attachments WHERE cluster_id = $1 AND message_id = $2")
                        .bind(cluster).bind(message).execute(&mut *tx).await?;
                } else {
                    // A message to several (a reminder to an organisation): the others keep it.
                    sqlx::query("UPDATE outbox SET recipients = $3, last_error = NULL WHERE cluster_id = $1 AND id = $2")
                        .bind(cluster).bind(message).bind(others.join("\n")).execute(&mut *tx).await?;
                }
            }
            // Free text about them: every way of writing their name or address, in any case.
            let mut texts: Vec<(&str, &str, &str, Uuid, String)> = Vec::new();
            for id in &people {
                for (table, column, key) in [("interactions", "subject", "id"), ("interactions", "notes", "id"), ("tasks", "title", "id")] {
                    let rows: Vec<(Uuid, Option<String>)> = sqlx::query_as(&format!(
                        "SELECT {key}, {column} FROM {table} WHERE cluster_id = $1 AND contact_id = $2"))
                        .bind(cluster).bind(*id).fetch_all(&mut *tx).await?;
                    texts.extend(rows.into_iter().filter_map(|(k, t)| t.map(|t| (table, column, key, k, t))));
                }
                // Ideas raised in an interview with them.
                for column in ["title", "description", "source_note"] {
                    let rows: Vec<(Uuid, String)> = sqlx::query_as(&format!(
                        "SELECT d.id, d.{column} FROM project_ideas d JOIN interactions i ON i.cluster_id = d.cluster_id \
                         AND i.id = d.interaction_id WHERE d.cluster_id = $1 AND i.contact_id = $2"))
                        .bind(cluster).bind(*id).fetch_all(&mut *tx).await?;
                    texts.extend(rows.into_iter().map(|(k, t)| ("project_ideas", column, "id", k, t)));
                }
                let answers: Vec<(Uuid, i64, String)> = sqlx::query_as(
                    "SELECT a.interaction_id, CAST(a.position AS BIGINT), a.answer FROM interview_answers a JOIN interactions i \
                     ON i.cluster_id = a.cluster_id AND i.id = a.interaction_id WHERE a.cluster_id = $1 AND i.contact_id = $2")
                    .bind(cluster).bind(*id).fetch_all(&mut *tx).await?;
                for (interaction, position, answer) in answers {
                    let cleaned = redact(&answer, &words);
                    if cleaned != answer {
                        sqlx::query("UPDATE interview_answers SET answer = $4 WHERE cluster_id = $1 AND interaction_id = $2 \
                                     AND position = $3")
                            .bind(cluster).bind(interaction).bind(position).bind(cleaned).execute(&mut *tx).await?;
                    }
                }
            }
            for (table, column, key, id, text) in texts {
                let cleaned = redact(&text, &words);
                if cleaned != text {
                    sqlx::query(&format!("UPDATE {table} SET {column} = $3 WHERE cluster_id = $1 AND {key} = $2"))
                        .bind(cluster).bind(id).bind(cleaned).execute(&mut *tx).await?;
                }
            }
            for id in &people {
                sqlx::query("DELETE FROM registration_requests WHERE cluster_id = $1 AND registration_id IN \
                             (SELECT id FROM registrations WHERE cluster_id = $1 AND contact_id = $2)")
                    .bind(cluster).bind(*id).execute(&mut *tx).await?;
                sqlx::query("UPDATE event_feedback SET comment = '' WHERE cluster_id = $1 AND registration_id IN \
                             (SELECT id FROM registrations WHERE cluster_id = $1 AND contact_id = $2)")
                    .bind(cluster).bind(*id).execute(&mut *tx).await?;
                sqlx::query(
                    "UPDATE contacts SET first_name = 'Erased', last_name = 'person', search_folded = '', email = NULL, \
                     email_key = NULL, phone = NULL, position = NULL, cluster_roles = NULL, billing_contact = FALSE, \
                     archived_at = COALESCE(archived_at, $3), updated_at = $3, name_sort_key = $4 \
                     WHERE cluster_id = $1 AND id = $2")
                    .bind(cluster).bind(*id).bind(at).bind(crate::contact::name_sort_key(scope, "Erased", "person"))
                    .execute(&mut *tx).await?;
                sqlx::query("DELETE FROM consents WHERE cluster_id = $1 AND contact_id = $2")
                    .bind(cluster).bind(*id).execute(&mut *tx).await?;
                sqlx::query("UPDATE import_changes SET before_json = NULL WHERE cluster_id = $1 AND record_id = $2")
                    .bind(cluster).bind(*id).execute(&mut *tx).await?;
                // Their survey answers stay in the results, joined to no one, their names taken
                // out of what they wrote; their invitations (and links, and saved drafts) go.
                let answered: Vec<(Uuid, String)> = sqlx::query_as(
                    "SELECT r.id, r.answers FROM survey_responses r JOIN survey_invitations i ON i.cluster_id = r.cluster_id \
                     AND i.id = r.invitation_id WHERE r.cluster_id = $1 AND i.contact_id = $2")
                    .bind(cluster).bind(*id).fetch_all(&mut *tx).await?;
                for (response, json) in answered {
                    let mut answers: domain::survey::Answers = serde_json::from_str(&json).map_err(StoreError::corrupt)?;
                    for answer in answers.values_mut() {
                        if let domain::survey::Answer::Text(text) = answer {
                            *text = redact(text, &words);
                        }
                    }
                    let json = serde_json::to_string(&answers).map_err(StoreError::corrupt)?;
                    sqlx::query("UPDATE survey_responses SET invitation_id = NULL, answers = $3 WHERE cluster_id = $1 AND id = $2")
                        .bind(cluster).bind(response).bind(json).execute(&mut *tx).await?;
                }
                sqlx::query("DELETE FROM survey_invitations WHERE cluster_id = $1 AND contact_id = $2")
                    .bind(cluster).bind(*id).execute(&mut *tx).await?;
            }
            // Uploads kept between import steps may name the person; they are only transient.
            sqlx::query("DELETE FROM import_uploads WHERE cluster_id = $1").bind(cluster).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO privacy_events (cluster_id, id, contact_id, kind, done_by, created_at) \
                         VALUES ($1, $2, $3, 'erasure', $4, $5)")
                .bind(cluster).bind(new_id()).bind(contact_id).bind(by).bind(at).execute(&mut *tx).await?;
            true
        }
    });
    unit.commit().await?;
    Ok(done)
}

/// `text` with every one of `words` (longest first) replaced by "erased person", whatever the
/// case it was written in.
fn redact(text: &str, words: &[String]) -> String {
    let mut out = text.to_string();
    for word in words {
        let needle: Vec<char> = word.to_lowercase().chars().collect();
        let mut result = String::with_capacity(out.len());
        let chars: Vec<char> = out.chars().collect();
        let lower: Vec<char> = chars.iter().map(|c| c.to_lowercase().next().unwrap_or(*c)).collect();
        let mut i = 0;
        while i < chars.len() {
            if !needle.is_empty() && lower[i..].starts_with(&needle) {
                result.push_str("erased person");
                i += needle.len();
            } else {
                result.push(chars[i]);
                i += 1;
            }
        }
        out = result;
    }
    out
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
