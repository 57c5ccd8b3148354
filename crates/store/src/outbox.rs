//! The outbox: mail written in the unit of work that causes it, and delivered afterwards by a
//! worker that leases each message in the database, so that two servers on one database never
//! send the same message twice.

use chrono::{DateTime, Utc};
use domain::id::{Uuid, new_id};

use crate::db::{Tx, dispatch, within};
use crate::{ClusterScope, Db, StoreError};

/// A message to write to the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMessage {
    /// What it is about: `registration`, `reminder`, `feedback`.
    pub purpose: String,
    pub from: String,
    pub reply_to: Option<String>,
    pub to: Vec<String>,
    pub subject: String,
    pub body: String,
    pub attachments: Vec<Attachment>,
}

/// A file sent with a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub file_name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

pub use domain::mail::MessageState;

/// Writes a message to the outbox inside the unit of work that causes it, due at `at`.
pub async fn enqueue(tx: &mut Tx, scope: &ClusterScope, m: &NewMessage, at: DateTime<Utc>) -> Result<Uuid, StoreError> {
    let id = new_id();
    within!(tx, c => {
        sqlx::query(
            "INSERT INTO outbox (cluster_id, id, purpose, from_address, reply_to, recipients, subject, body, state, \
             attempts, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', 0, $9, $9)")
            .bind(scope.cluster_id()).bind(id).bind(&m.purpose).bind(&m.from).bind(&m.reply_to)
            .bind(m.to.join("\n")).bind(&m.subject).bind(&m.body).bind(at)
            .execute(&mut *c).await?;
        for (position, a) in m.attachments.iter().enumerate() {
            sqlx::query(
                "INSERT INTO outbox_attachments (cluster_id, message_id, position, file_name, content_type, bytes) \
                 VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(scope.cluster_id()).bind(id).bind(position as i64).bind(&a.file_name).bind(&a.content_type)
                .bind(&a.bytes).execute(&mut *c).await?;
        }
    });
    Ok(id)
}

/// A message a worker holds the lease of, to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leased {
    pub cluster_id: Uuid,
    pub id: Uuid,
    pub attempts: i64,
    pub message: NewMessage,
}

#[derive(sqlx::FromRow)]
struct LeasedRow {
    cluster_id: Uuid,
    id: Uuid,
    attempts: i64,
    purpose: String,
    from_address: String,
    reply_to: Option<String>,
    recipients: String,
    subject: String,
    body: String,
}

/// Takes the lease of up to `limit` messages of the cluster `cluster_id` that are due at `now`
/// and that no worker holds (or whose lease ran out), for `worker` until `until`. Of two workers
/// claiming at once each message goes to one: on PostgreSQL the second passes over the rows the
/// first has locked (`SKIP LOCKED`) and takes others, and the update checks the lease again on
/// the row it writes; SQLite writes one after the other.
pub async fn lease(
    db: &Db,
    cluster_id: Uuid,
    worker: &str,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<Leased>, StoreError> {
    const FREE: &str = "state = 'pending' AND next_attempt_at <= $3 AND (leased_until IS NULL OR leased_until < $3)";
    let skip_locked = match db.backend() {
        crate::Backend::Postgres => " FOR UPDATE SKIP LOCKED",
        crate::Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE outbox SET leased_by = $2, leased_until = $4 WHERE cluster_id = $1 AND {FREE} AND id IN \
         (SELECT id FROM outbox WHERE cluster_id = $1 AND {FREE} ORDER BY next_attempt_at, id LIMIT $5{skip_locked}) \
         RETURNING cluster_id, id, attempts, purpose, from_address, reply_to, recipients, subject, body"
    );
    let mut tx = db.begin().await?;
    let rows: Vec<LeasedRow> = within!(&mut tx, c => sqlx::query_as(&sql)
        .bind(cluster_id).bind(worker).bind(now).bind(until).bind(limit).fetch_all(&mut *c).await)?;
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let mut attachments: Vec<(Uuid, i64, String, String, Vec<u8>)> = Vec::new();
    for chunk in ids.chunks(500) {
        if chunk.is_empty() {
            continue;
        }
        let marks: Vec<String> = (0..chunk.len()).map(|n| format!("${}", n + 2)).collect();
        let sql = format!(
            "SELECT message_id, position, file_name, content_type, bytes FROM outbox_attachments \
             WHERE cluster_id = $1 AND message_id IN ({}) ORDER BY message_id, position",
            marks.join(", ")
        );
        let found: Vec<(Uuid, i64, String, String, Vec<u8>)> = within!(&mut tx, c => {
            let mut q = sqlx::query_as(&sql).bind(cluster_id);
            for id in chunk {
                q = q.bind(id);
            }
            q.fetch_all(&mut *c).await
        })?;
        attachments.extend(found);
    }
    tx.commit().await?;
    Ok(rows
        .into_iter()
        .map(|r| Leased {
            cluster_id: r.cluster_id,
            id: r.id,
            attempts: r.attempts,
            message: NewMessage {
                purpose: r.purpose,
                from: r.from_address,
                reply_to: r.reply_to,
                to: r.recipients.lines().map(str::to_string).collect(),
                subject: r.subject,
                body: r.body,
                attachments: attachments
                    .iter()
                    .filter(|a| a.0 == r.id)
                    .map(|(_, _, file_name, content_type, bytes)| Attachment {
                        file_name: file_name.clone(),
                        content_type: content_type.clone(),
                        bytes: bytes.clone(),
                    })
                    .collect(),
            },
        })
        .collect())
}

/// What became of one attempt to send a leased message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    Sent,
    /// Not sent; tried again at `retry_at`, or never again when `None`.
    Refused {
        error: String,
        retry_at: Option<DateTime<Utc>>,
    },
}

/// Records an attempt by the worker that holds the message's lease, and gives the lease up.
/// False when the worker no longer held it (it ran out and another worker took the message).
pub async fn record_attempt(
    db: &Db,
    leased: &Leased,
    worker: &str,
    at: DateTime<Utc>,
    attempt: &Attempt,
) -> Result<bool, StoreError> {
    let (state, error, next) = match attempt {
        Attempt::Sent => (MessageState::Sent, None, None),
        Attempt::Refused { error, retry_at: Some(next) } => (MessageState::Pending, Some(error.as_str()), Some(*next)),
        Attempt::Refused { error, retry_at: None } => (MessageState::Failed, Some(error.as_str()), None),
    };
    let sent_at = (state == MessageState::Sent).then_some(at);
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE outbox SET state = $4, attempts = attempts + 1, last_error = $5, \
         next_attempt_at = COALESCE($6, next_attempt_at), sent_at = $7, leased_by = NULL, leased_until = NULL \
         WHERE cluster_id = $1 AND id = $2 AND leased_by = $3")
        .bind(leased.cluster_id).bind(leased.id).bind(worker).bind(state.code()).bind(error).bind(next).bind(sent_at)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// One message as the sent log shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logged {
    pub id: Uuid,
    pub purpose: String,
    pub to: Vec<String>,
    pub subject: String,
    pub state: MessageState,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub next_attempt_at: DateTime<Utc>,
}

type LoggedRow =
    (Uuid, String, String, String, String, i64, Option<String>, DateTime<Utc>, Option<DateTime<Utc>>, DateTime<Utc>);

/// The cluster's latest `limit` messages, newest first.
pub async fn log(db: &Db, scope: &ClusterScope, limit: i64) -> Result<Vec<Logged>, StoreError> {
    let rows: Vec<LoggedRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, purpose, recipients, subject, state, attempts, last_error, created_at, sent_at, next_attempt_at \
         FROM outbox WHERE cluster_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2")
        .bind(scope.cluster_id()).bind(limit).fetch_all(pool).await)?;
    rows.into_iter()
        .map(|(id, purpose, to, subject, state, attempts, last_error, created_at, sent_at, next_attempt_at)| {
            Ok(Logged {
                id,
                purpose,
                to: to.lines().map(str::to_string).collect(),
                subject,
                state: MessageState::parse(&state)
                    .ok_or_else(|| StoreError::Corrupt(format!("'{state}' is not a state of a message")))?,
                attempts,
                last_error,
                created_at,
                sent_at,
                next_attempt_at,
            })
        })
        .collect()
}

/// The clusters that have messages waiting to be sent.
pub async fn clusters_waiting(db: &Db) -> Result<Vec<Uuid>, StoreError> {
    let rows: Vec<(Uuid,)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT c.id FROM clusters c WHERE EXISTS \
         (SELECT 1 FROM outbox o WHERE o.cluster_id = c.id AND o.state = 'pending') ORDER BY c.id")
        .fetch_all(pool).await)?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}
