//! People with accounts as a cluster's managers see them, and what changes their accounts inside
//! one unit of work: invitations, roles, deactivation, passwords set through a one-time link, and
//! the sessions a user lists and ends. Accounts are shared by the installation; a list of people
//! is always one cluster's, through its [`ClusterScope`].

use chrono::{DateTime, Duration, Utc};
use domain::access::Role;
use domain::id::{Uuid, new_id};

use crate::access::{Actor, ClusterScope};
use crate::db::{Source, Tx, dispatch, reading, within};
use crate::{Db, StoreError};

/// Someone with a role in a cluster, as its managers see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub user_id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// Whether the account may sign in (it has not been deactivated).
    pub active: bool,
    /// Whether a password was ever set: an invited person who has not followed their link has none.
    pub has_password: bool,
    pub is_network_admin: bool,
    /// How many other clusters the person holds a role in.
    pub other_clusters: i64,
}

#[derive(sqlx::FromRow)]
struct PersonRow {
    user_id: Uuid,
    email: String,
    display_name: String,
    role: String,
    deactivated_at: Option<DateTime<Utc>>,
    password_hash: String,
    is_network_admin: bool,
    other_clusters: i64,
}

impl TryFrom<PersonRow> for Person {
    type Error = StoreError;

    fn try_from(r: PersonRow) -> Result<Self, StoreError> {
        Ok(Person {
            user_id: r.user_id,
            email: r.email,
            display_name: r.display_name,
            role: Role::parse(&r.role).map_err(StoreError::Corrupt)?,
            active: r.deactivated_at.is_none(),
            has_password: r.password_hash != NO_PASSWORD,
            is_network_admin: r.is_network_admin,
            other_clusters: r.other_clusters,
        })
    }
}

/// The stored "hash" of an account without a password: no password verifies against it.
pub const NO_PASSWORD: &str = "!";

const PERSON_SELECT: &str = "SELECT u.id AS user_id, u.email, u.display_name, r.role, u.deactivated_at, \
     u.password_hash, u.is_network_admin, \
     (SELECT COUNT(*) FROM user_roles o WHERE o.user_id = u.id AND o.cluster_id <> r.cluster_id) AS other_clusters \
     FROM user_roles r JOIN users u ON u.id = r.user_id WHERE r.cluster_id = $1";

/// The people with a role in the scope's cluster, by name and email.
pub async fn people(db: &Db, scope: &ClusterScope) -> Result<Vec<Person>, StoreError> {
    let sql = format!("{PERSON_SELECT} ORDER BY LOWER(u.display_name), u.email");
    let rows: Vec<PersonRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(pool).await)?;
    let people = rows.into_iter().map(Person::try_from).collect::<Result<_, _>>()?;
    Ok(crate::by_name(scope, people, |p: &Person| &p.display_name))
}

/// The person `user_id` if they hold a role in the scope's cluster.
pub async fn person<'a>(
    source: impl Into<Source<'a>>,
    scope: &ClusterScope,
    user_id: Uuid,
) -> Result<Option<Person>, StoreError> {
    let sql = format!("{PERSON_SELECT} AND u.id = $2");
    let row: Option<PersonRow> = reading!(source.into(), c =>
        sqlx::query_as(&sql).bind(scope.cluster_id()).bind(user_id).fetch_optional(c).await)?;
    row.map(Person::try_from).transpose()
}

/// An account found by its email, whatever its roles.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Account {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub is_network_admin: bool,
    pub deactivated_at: Option<DateTime<Utc>>,
    /// The ISO 639-1 code of the language the person chose (mail to them is written in it).
    pub language: Option<String>,
}

impl Account {
    /// The language the person chose, if any.
    pub fn language(&self) -> Option<domain::language::Language> {
        self.language.as_deref().and_then(|code| domain::language::Language::parse(code).ok())
    }

    pub fn has_password(&self) -> bool {
        self.password_hash != NO_PASSWORD
    }
}

/// The account with this (normalised) email.
pub async fn account_by_email(tx: &mut Tx, email: &str) -> Result<Option<Account>, StoreError> {
    Ok(within!(tx, c => sqlx::query_as(
        "SELECT id, email, display_name, password_hash, is_network_admin, deactivated_at, language FROM users \
         WHERE email = $1")
        .bind(email).fetch_optional(c).await)?)
}

/// Makes an account without a password (it cannot sign in until one is set through a link).
pub async fn insert_account(
    tx: &mut Tx,
    email: &str,
    display_name: &str,
    at: DateTime<Utc>,
) -> Result<Uuid, StoreError> {
    let id = new_id();
    within!(tx, c => sqlx::query(
        "INSERT INTO users (id, email, display_name, password_hash, is_network_admin, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(id).bind(email).bind(display_name).bind(NO_PASSWORD).bind(false).bind(at)
        .execute(c).await.map(|_| ()))?;
    Ok(id)
}

/// Gives `user_id` the role in the scope's cluster, replacing the role held there before.
pub async fn put_role(
    tx: &mut Tx,
    scope: &ClusterScope,
    user_id: Uuid,
    role: Role,
    at: DateTime<Utc>,
) -> Result<(), StoreError> {
    within!(tx, c => {
        sqlx::query("DELETE FROM user_roles WHERE user_id = $1 AND cluster_id = $2")
            .bind(user_id).bind(scope.cluster_id()).execute(&mut *c).await?;
        sqlx::query("INSERT INTO user_roles (user_id, cluster_id, role, created_at) VALUES ($1, $2, $3, $4)")
            .bind(user_id).bind(scope.cluster_id()).bind(role.code()).bind(at).execute(&mut *c).await?;
    });
    Ok(())
}

/// Takes away the role `user_id` holds in the scope's cluster; answers whether there was one.
pub async fn take_role(tx: &mut Tx, scope: &ClusterScope, user_id: Uuid) -> Result<bool, StoreError> {
    let n = within!(tx, c => sqlx::query("DELETE FROM user_roles WHERE user_id = $1 AND cluster_id = $2")
        .bind(user_id).bind(scope.cluster_id()).execute(c).await?.rows_affected());
    Ok(n == 1)
}

/// Deactivates the account at `at` (its sessions end) or, with `None`, lets it sign in again.
pub async fn set_deactivated(tx: &mut Tx, user_id: Uuid, at: Option<DateTime<Utc>>) -> Result<(), StoreError> {
    within!(tx, c => {
        sqlx::query("UPDATE users SET deactivated_at = $2 WHERE id = $1")
            .bind(user_id).bind(at).execute(&mut *c).await?;
        if at.is_some() {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *c).await?;
        }
    });
    Ok(())
}

/// The password hash of an active account, to check a password against before it changes.
pub async fn password_hash(db: &Db, user_id: Uuid) -> Result<Option<String>, StoreError> {
    let row: Option<(String,)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT password_hash FROM users WHERE id = $1 AND deactivated_at IS NULL")
        .bind(user_id).fetch_optional(pool).await)?;
    Ok(row.map(|(hash,)| hash))
}

/// Sets the account's password hash and ends its sessions, all but the one whose secret hashes
/// to `keep` (the session of the person who changes it); answers how many ended.
pub async fn set_password(tx: &mut Tx, user_id: Uuid, hash: &str, keep: Option<&str>) -> Result<u64, StoreError> {
    Ok(within!(tx, c => {
        sqlx::query("UPDATE users SET password_hash = $2 WHERE id = $1").bind(user_id).bind(hash).execute(&mut *c).await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2")
            .bind(user_id).bind(keep.unwrap_or("")).execute(&mut *c).await?.rows_affected()
    }))
}

/// Sets how the account wants days written (a [`domain::written::DateStyle`] code).
pub async fn set_date_style(tx: &mut Tx, user_id: Uuid, code: &str) -> Result<(), StoreError> {
    within!(tx, c => {
        sqlx::query("UPDATE users SET date_style = $2 WHERE id = $1").bind(user_id).bind(code).execute(&mut *c).await?;
    });
    Ok(())
}

/// Sets the language the account reads clusterdesk in (an ISO 639-1 code); `None` for the
/// one the browser asks for.
pub async fn set_language(tx: &mut Tx, user_id: Uuid, code: Option<&str>) -> Result<(), StoreError> {
    within!(tx, c => {
        sqlx::query("UPDATE users SET language = $2 WHERE id = $1").bind(user_id).bind(code).execute(&mut *c).await?;
    });
    Ok(())
}

/// What a one-time link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPurpose {
    /// A new account's first password.
    Invitation,
    /// A forgotten password.
    Reset,
}

impl LinkPurpose {
    pub fn code(self) -> &'static str {
        match self {
            Self::Invitation => "invitation",
            Self::Reset => "reset",
        }
    }

    fn parse(raw: &str) -> Result<Self, String> {
        match raw {
            "invitation" => Ok(Self::Invitation),
            "reset" => Ok(Self::Reset),
            other => Err(format!("unknown account link purpose '{other}'")),
        }
    }
}

/// Records a one-time link by the hash of its secret.
pub async fn insert_link(
    tx: &mut Tx,
    user_id: Uuid,
    id_hash: &str,
    purpose: LinkPurpose,
    at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<(), StoreError> {
    within!(tx, c => sqlx::query(
        "INSERT INTO account_links (id_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(id_hash).bind(user_id).bind(purpose.code()).bind(at).bind(expires_at).execute(c).await.map(|_| ()))?;
    Ok(())
}

/// How many links of `purpose` the account was sent since `since`.
pub async fn links_since(
    tx: &mut Tx,
    user_id: Uuid,
    purpose: LinkPurpose,
    since: DateTime<Utc>,
) -> Result<i64, StoreError> {
    let (n,): (i64,) = within!(tx, c => sqlx::query_as(
        "SELECT COUNT(*) FROM account_links WHERE user_id = $1 AND purpose = $2 AND created_at > $3")
        .bind(user_id).bind(purpose.code()).bind(since).fetch_one(c).await)?;
    Ok(n)
}

/// A one-time link that may still be followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveLink {
    pub user_id: Uuid,
    pub email: String,
    pub display_name: String,
    pub purpose: LinkPurpose,
}

/// The link whose secret hashes to `id_hash`, if it is unused, unexpired at `at` and its account
/// active.
pub async fn live_link<'a>(
    source: impl Into<Source<'a>>,
    id_hash: &str,
    at: DateTime<Utc>,
) -> Result<Option<LiveLink>, StoreError> {
    let row: Option<(Uuid, String, String, String)> = reading!(source.into(), c => sqlx::query_as(
        "SELECT u.id, u.email, u.display_name, l.purpose FROM account_links l JOIN users u ON u.id = l.user_id \
         WHERE l.id_hash = $1 AND l.used_at IS NULL AND l.expires_at > $2 AND u.deactivated_at IS NULL")
        .bind(id_hash).bind(at).fetch_optional(c).await)?;
    row.map(|(user_id, email, display_name, purpose)| {
        Ok(LiveLink {
            user_id,
            email,
            display_name,
            purpose: LinkPurpose::parse(&purpose).map_err(StoreError::Corrupt)?,
        })
    })
    .transpose()
}

/// Uses the link whose secret hashes to `id_hash` at `at`, if it is unused and unexpired, and
/// with it every other unused link of its account (an older one still in a mailbox); answers the
/// account, or `None` when the link no longer works. Of two units that use one link at once, one
/// gets the account (PostgreSQL re-reads the row the first one changed).
pub async fn use_link(tx: &mut Tx, id_hash: &str, at: DateTime<Utc>) -> Result<Option<Uuid>, StoreError> {
    Ok(within!(tx, c => {
        let used: Option<(Uuid,)> = sqlx::query_as(
            "UPDATE account_links SET used_at = $2 WHERE id_hash = $1 AND used_at IS NULL AND expires_at > $2 \
             RETURNING user_id")
            .bind(id_hash).bind(at).fetch_optional(&mut *c).await?;
        if let Some((user_id,)) = used {
            sqlx::query("UPDATE account_links SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL")
                .bind(user_id).bind(at).execute(&mut *c).await?;
        }
        used.map(|(user_id,)| user_id)
    }))
}

/// Records a request for a password reset from `address`, forgets those older than a day, and
/// answers how many came from that address since `since` (this one included).
pub async fn record_reset_request(
    db: &Db,
    address: &str,
    at: DateTime<Utc>,
    since: DateTime<Utc>,
) -> Result<i64, StoreError> {
    let mut unit = db.begin().await?;
    let n = within!(&mut unit, c => {
        sqlx::query("DELETE FROM reset_requests WHERE requested_at < $1")
            .bind(at - Duration::days(1)).execute(&mut *c).await?;
        sqlx::query("INSERT INTO reset_requests (id, address, requested_at) VALUES ($1, $2, $3)")
            .bind(new_id()).bind(address).bind(at).execute(&mut *c).await?;
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM reset_requests WHERE address = $1 AND requested_at > $2")
            .bind(address).bind(since).fetch_one(&mut *c).await?;
        n
    });
    unit.commit().await?;
    Ok(n)
}

/// A session as its owner sees it: never its secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub user_agent: Option<String>,
    pub address: Option<String>,
    /// Whether this is the session the list is asked for in.
    pub current: bool,
}

/// The actor's live sessions (neither past their end nor idle for `idle` at `at`), the most
/// recently used first; `current` is the hash of the asking session's secret.
pub async fn sessions_of(
    db: &Db,
    actor: &Actor,
    current: &str,
    at: DateTime<Utc>,
    idle: Duration,
) -> Result<Vec<SessionRecord>, StoreError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: Uuid,
        id_hash: String,
        created_at: DateTime<Utc>,
        last_seen_at: DateTime<Utc>,
        user_agent: Option<String>,
        address: Option<String>,
    }
    let rows: Vec<Row> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, id_hash, created_at, COALESCE(last_seen_at, created_at) AS last_seen_at, user_agent, address \
         FROM sessions WHERE user_id = $1 AND id IS NOT NULL AND expires_at > $2 \
         AND COALESCE(last_seen_at, created_at) > $3 ORDER BY last_seen_at DESC, id")
        .bind(actor.user_id()).bind(at).bind(at - idle).fetch_all(pool).await)?;
    Ok(rows
        .into_iter()
        .map(|r| SessionRecord {
            id: r.id,
            current: r.id_hash == current,
            created_at: r.created_at,
            last_seen_at: r.last_seen_at,
            user_agent: r.user_agent,
            address: r.address,
        })
        .collect())
}

/// Ends the actor's session `id`; answers whether there was one.
pub async fn end_session(db: &Db, actor: &Actor, id: Uuid) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id = $2")
        .bind(actor.user_id()).bind(id).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}
