//! Who is asking, and which cluster they may act in: accounts, roles, sessions, API tokens and
//! the throttling of failed logins. This module is the only maker of [`Actor`] and
//! [`ClusterScope`] values.

use chrono::{DateTime, Utc};
use domain::access::Role;
use domain::id::{Uuid, new_id};
use domain::language::Language;
use domain::written::DateStyle;

use crate::cluster::{CLUSTER_COLUMNS, Cluster, ClusterRow};
use crate::db::{dispatch, models, read_model, within};
use crate::{Db, StoreError, now};

/// An authenticated user: made only by checking a password, a session or an API token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    user_id: Uuid,
    email: String,
    display_name: String,
    is_network_admin: bool,
    date_style: DateStyle,
    language: Option<Language>,
}

impl Actor {
    pub fn user_id(&self) -> Uuid {
        self.user_id
    }
    pub fn email(&self) -> &str {
        &self.email
    }
    pub fn display_name(&self) -> &str {
        &self.display_name
    }
    pub fn is_network_admin(&self) -> bool {
        self.is_network_admin
    }
    /// How the user wants days written on the pages.
    pub fn date_style(&self) -> DateStyle {
        self.date_style
    }
    /// The language the user reads clusterdesk in; `None` for the one their browser asks for.
    pub fn language(&self) -> Option<Language> {
        self.language
    }
}

/// Permission to touch one cluster's rows, with the role it is held in. Store functions on
/// cluster-owned rows demand one, so no query can reach a tenant's data without it.
#[derive(Debug, Clone)]
pub struct ClusterScope {
    cluster: Cluster,
    role: Role,
}

impl ClusterScope {
    pub fn cluster_id(&self) -> Uuid {
        self.cluster.id
    }
    pub fn cluster(&self) -> &Cluster {
        &self.cluster
    }
    pub fn role(&self) -> Role {
        self.role
    }
}

#[derive(sqlx::FromRow)]
struct ActorRow {
    id: Uuid,
    email: String,
    display_name: String,
    is_network_admin: bool,
    date_style: String,
    language: Option<String>,
}

impl From<ActorRow> for Actor {
    fn from(r: ActorRow) -> Self {
        Actor {
            user_id: r.id,
            email: r.email,
            display_name: r.display_name,
            is_network_admin: r.is_network_admin,
            date_style: stored_date_style(&r.date_style),
            language: stored_language(r.language.as_deref()),
        }
    }
}

/// The column's CHECK admits only known codes; a row written by a newer version reads as the
/// default rather than locking its user out.
fn stored_date_style(code: &str) -> DateStyle {
    DateStyle::parse(code).unwrap_or_default()
}

/// As [`stored_date_style`]: an unknown code reads as no choice.
fn stored_language(code: Option<&str>) -> Option<Language> {
    code.and_then(|c| Language::parse(c).ok())
}

/// The scope of `actor` in the cluster `slug`, or `None` when the actor holds no role there
/// (or the cluster does not exist: callers answer both with "not found"). One statement: the
/// cluster by its unique slug, and the role by its primary key.
pub async fn scope_for(db: &Db, actor: &Actor, slug: &str) -> Result<Option<ClusterScope>, StoreError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        cluster: ClusterRow,
        role: Option<String>,
    }
    let sql = format!(
        "SELECT {CLUSTER_COLUMNS}, r.role FROM clusters c \
         LEFT JOIN user_roles r ON r.user_id = $1 AND r.cluster_id = c.id WHERE c.slug = $2"
    );
    let row: Option<Row> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(actor.user_id).bind(slug).fetch_optional(pool).await)?;
    let Some(row) = row else {
        return Ok(None);
    };
    let role = match (actor.is_network_admin, row.role) {
        (true, _) => Role::ClusterManager,
        (false, Some(role)) => Role::parse(&role).map_err(StoreError::Corrupt)?,
        (false, None) => return Ok(None),
    };
    Ok(Some(ClusterScope { cluster: Cluster::try_from(row.cluster)?, role }))
}

/// Full rights in a cluster for the operator at the command line, who holds the database
/// itself. Never reachable from a network request.
pub async fn operator_scope(db: &Db, slug: &str) -> Result<Option<ClusterScope>, StoreError> {
    Ok(crate::cluster::by_slug(db, slug).await?.map(|cluster| ClusterScope { cluster, role: Role::ClusterManager }))
}

/// The scope of a visitor without an account on a cluster's public pages (an event page and its
/// registration form, a personal link): it reads, and writes only through the use cases made for
/// visitors, which check their own secrets.
pub async fn visitor_scope(db: &Db, slug: &str) -> Result<Option<ClusterScope>, StoreError> {
    Ok(crate::cluster::by_slug(db, slug).await?.map(|cluster| ClusterScope { cluster, role: Role::Board }))
}

/// The clusters `actor` may enter, with the role held in each, by name; at most `limit`.
pub async fn clusters_of(db: &Db, actor: &Actor, limit: i64) -> Result<Vec<(Cluster, Role)>, StoreError> {
    if actor.is_network_admin {
        let sql = format!("SELECT {CLUSTER_COLUMNS} FROM clusters c ORDER BY c.name, c.id LIMIT $1");
        let rows: Vec<ClusterRow> = dispatch!(db, pool => sqlx::query_as(&sql).bind(limit).fetch_all(pool).await)?;
        return rows.into_iter().map(|r| Ok((Cluster::try_from(r)?, Role::ClusterManager))).collect();
    }
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        cluster: ClusterRow,
        role: String,
    }
    let sql = format!(
        "SELECT {CLUSTER_COLUMNS}, r.role FROM user_roles r JOIN clusters c ON c.id = r.cluster_id \
         WHERE r.user_id = $1 ORDER BY c.name, c.id LIMIT $2"
    );
    let rows: Vec<Row> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(actor.user_id).bind(limit).fetch_all(pool).await)?;
    rows.into_iter()
        .map(|r| Ok((Cluster::try_from(r.cluster)?, Role::parse(&r.role).map_err(StoreError::Corrupt)?)))
        .collect()
}

/// Creates the user, or updates the existing one with this email: a new password hash when one
/// is given, and network administration when asked (never taken away here).
pub async fn upsert_user(
    db: &Db,
    email: &str,
    display_name: &str,
    password_hash: Option<&str>,
    network_admin: bool,
) -> Result<Uuid, StoreError> {
    Ok({
        let mut unit = db.begin().await?;
        let done = within!(&mut unit, tx => {
            let existing: Option<(Uuid,)> = sqlx::query_as("SELECT id FROM users WHERE email = $1")
                .bind(email).fetch_optional(&mut *tx).await?;
            match existing {
                Some((id,)) => {
                    if let Some(hash) = password_hash {
                        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2").bind(hash).bind(id).execute(&mut *tx).await?;
                    }
                    if network_admin {
                        sqlx::query("UPDATE users SET is_network_admin = $1 WHERE id = $2").bind(true).bind(id).execute(&mut *tx).await?;
                    }
                    id
                }
                None => {
                    let id = new_id();
                    sqlx::query("INSERT INTO users (id, email, display_name, password_hash, is_network_admin, created_at) \
                                 VALUES ($1, $2, $3, $4, $5, $6)")
                        .bind(id).bind(email).bind(display_name)
                        // An account made without a password cannot log in until one is set.
                        .bind(password_hash.unwrap_or("!"))
                        .bind(network_admin).bind(now())
                        .execute(&mut *tx).await?;
                    id
                }
            }
        });
        unit.commit().await?;
        done
    })
}

/// Gives `user_id` the role in the cluster, replacing any role held there before.
pub async fn grant_role(db: &Db, user_id: Uuid, cluster_id: Uuid, role: Role) -> Result<(), StoreError> {
    let mut unit = db.begin().await?;
    within!(&mut unit, tx => {
        sqlx::query("DELETE FROM user_roles WHERE user_id = $1 AND cluster_id = $2")
            .bind(user_id).bind(cluster_id).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO user_roles (user_id, cluster_id, role, created_at) VALUES ($1, $2, $3, $4)")
            .bind(user_id).bind(cluster_id).bind(role.code()).bind(now()).execute(&mut *tx).await?;
    });
    unit.commit().await?;
    Ok(())
}

/// The actor whose password `verify` accepts, or `None`. `verify` gets the stored hash.
pub async fn actor_by_password(
    db: &Db,
    email: &str,
    verify: impl AsyncFnOnce(String) -> bool,
) -> Result<Option<Actor>, StoreError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        actor: ActorRow,
        password_hash: String,
    }
    let row: Option<Row> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, email, display_name, is_network_admin, date_style, language, password_hash FROM users \
         WHERE email = $1 AND deactivated_at IS NULL")
        .bind(email).fetch_optional(pool).await)?;
    match row {
        Some(row) => Ok(verify(row.password_hash).await.then(|| row.actor.into())),
        None => Ok(None),
    }
}

/// Ends every session of the actor; returns how many there were.
pub async fn end_sessions(db: &Db, actor: &Actor) -> Result<u64, StoreError> {
    let ended = dispatch!(db, pool => sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(actor.user_id).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(ended)
}

/// The names of the actor's API tokens that have not been revoked.
pub async fn token_names(db: &Db, actor: &Actor) -> Result<Vec<String>, StoreError> {
    let rows: Vec<(String,)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT name FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL ORDER BY name")
        .bind(actor.user_id).fetch_all(pool).await)?;
    Ok(rows.into_iter().map(|(name,)| name).collect())
}

/// Whether an account has this email.
pub async fn has_account(db: &Db, email: &str) -> Result<bool, StoreError> {
    let (found,): (i64,) = dispatch!(db, pool =>
        sqlx::query_as("SELECT COUNT(*) FROM users WHERE email = $1").bind(email).fetch_one(pool).await)?;
    Ok(found > 0)
}

/// The actor with this email, for the operator at the command line.
pub async fn operator_actor(db: &Db, email: &str) -> Result<Option<Actor>, StoreError> {
    let row: Option<ActorRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, email, display_name, is_network_admin, date_style, language FROM users WHERE email = $1")
        .bind(email).fetch_optional(pool).await)?;
    Ok(row.map(Actor::from))
}

/// Where a session was opened from, as its owner's list of sessions shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Client {
    /// The client's IP address, or "unknown".
    pub address: String,
    /// The browser's `User-Agent`, cut to 300 characters.
    pub user_agent: Option<String>,
}

/// Records a session; the caller keeps the secret and gives its hash.
pub async fn insert_session(
    db: &Db,
    id_hash: &str,
    actor: &Actor,
    csrf_token: &str,
    expires_at: DateTime<Utc>,
    client: &Client,
) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at, id, address, user_agent) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
        .bind(id_hash).bind(actor.user_id).bind(csrf_token).bind(now()).bind(expires_at)
        .bind(new_id()).bind(&client.address).bind(client.user_agent.as_deref())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The actor, CSRF token and end of a session (its end, or `idle` after it was last used, whichever
/// comes first); `None` once either has passed.
pub async fn actor_by_session(
    db: &Db,
    id_hash: &str,
    idle: chrono::Duration,
) -> Result<Option<(Actor, String, DateTime<Utc>)>, StoreError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        actor: ActorRow,
        csrf_token: String,
        expires_at: DateTime<Utc>,
        last_seen_at: DateTime<Utc>,
    }
    let row: Option<Row> = dispatch!(db, pool => sqlx::query_as(
        "SELECT u.id, u.email, u.display_name, u.is_network_admin, u.date_style, u.language, s.csrf_token, s.expires_at, \
         COALESCE(s.last_seen_at, s.created_at) AS last_seen_at \
         FROM sessions s JOIN users u ON u.id = s.user_id \
         WHERE s.id_hash = $1 AND s.expires_at > $2 AND COALESCE(s.last_seen_at, s.created_at) > $3 \
         AND u.deactivated_at IS NULL")
        .bind(id_hash).bind(now()).bind(now() - idle).fetch_optional(pool).await)?;
    Ok(row.map(|r| (r.actor.into(), r.csrf_token, r.expires_at.min(r.last_seen_at + idle))))
}

/// Ends a session, and with it every expired one.
pub async fn delete_session(db: &Db, id_hash: &str) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query("DELETE FROM sessions WHERE id_hash = $1 OR expires_at <= $2")
        .bind(id_hash).bind(now()).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Notes that a session was used at `at`.
pub async fn touch_session(db: &Db, id_hash: &str, at: DateTime<Utc>) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1")
        .bind(id_hash).bind(at).execute(pool).await.map(|_| ()))?;
    Ok(())
}

/// An API token as its owner sees it: never its secret.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TokenRecord {
    pub id: Uuid,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// The actor's API tokens, the newest first, revoked ones too.
pub async fn tokens_of(db: &Db, actor: &Actor) -> Result<Vec<TokenRecord>, StoreError> {
    Ok(dispatch!(db, pool => sqlx::query_as(
        "SELECT id, name, created_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC, id DESC")
        .bind(actor.user_id).fetch_all(pool).await)?)
}

/// Revokes the actor's token with this id if it is not revoked yet; answers whether it was.
pub async fn revoke_token_by_id(db: &Db, actor: &Actor, id: Uuid, at: DateTime<Utc>) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE api_tokens SET revoked_at = $3 WHERE user_id = $1 AND id = $2 AND revoked_at IS NULL")
        .bind(actor.user_id).bind(id).bind(at).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Deactivates (or, with `active`, reactivates) the account; a deactivated one signs in no more
/// and its sessions end. Answers whether there is such an account.
pub async fn set_active(db: &Db, email: &str, active: bool) -> Result<bool, StoreError> {
    let mut unit = db.begin().await?;
    let found = within!(&mut unit, tx => {
        let at = (!active).then(now);
        let n = sqlx::query("UPDATE users SET deactivated_at = $2 WHERE email = $1")
            .bind(email).bind(at).execute(&mut *tx).await?.rows_affected();
        if !active {
            sqlx::query("DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE email = $1)")
                .bind(email).execute(&mut *tx).await?;
        }
        n == 1
    });
    unit.commit().await?;
    Ok(found)
}

/// Takes the account's role in the cluster away; answers whether it held one.
pub async fn remove_role(db: &Db, user_id: Uuid, cluster_id: Uuid) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query("DELETE FROM user_roles WHERE user_id = $1 AND cluster_id = $2")
        .bind(user_id).bind(cluster_id).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Takes network administration away from the account; answers whether it held it.
pub async fn remove_network_admin(db: &Db, user_id: Uuid) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE users SET is_network_admin = $2 WHERE id = $1 AND is_network_admin = $3")
        .bind(user_id).bind(false).bind(true).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Records an API token by its hash.
pub async fn insert_token(db: &Db, actor: &Actor, name: &str, token_hash: &str) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO api_tokens (id, user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(new_id()).bind(actor.user_id).bind(name).bind(token_hash).bind(now()).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Revokes the actor's tokens named `name` that are not revoked yet; answers how many.
pub async fn revoke_tokens(db: &Db, actor: &Actor, name: &str, at: DateTime<Utc>) -> Result<u64, StoreError> {
    Ok(dispatch!(db, pool => sqlx::query(
        "UPDATE api_tokens SET revoked_at = $3 WHERE user_id = $1 AND name = $2 AND revoked_at IS NULL")
        .bind(actor.user_id).bind(name).bind(at).execute(pool).await.map(|r| r.rows_affected()))?)
}

/// What a credential's one lookup reads: the user, and their role in the cluster the request
/// names, with that cluster.
#[derive(sqlx::FromRow)]
struct AccessRow {
    user_id: Uuid,
    email: String,
    display_name: String,
    is_network_admin: bool,
    date_style: String,
    user_language: Option<String>,
    role: Option<String>,
    #[sqlx(flatten)]
    cluster: crate::cluster::MaybeClusterRow,
}

/// The columns of [`AccessRow`], and the joins that find the role in the cluster `$2`, for a
/// statement whose credential table joins `users u`.
fn access_columns() -> String {
    format!(
        "u.id AS user_id, u.email, u.display_name, u.is_network_admin, u.date_style, u.language AS user_language, r.role, {CLUSTER_COLUMNS}"
    )
}

const ACCESS_JOINS: &str =
    "LEFT JOIN clusters c ON c.slug = $2 LEFT JOIN user_roles r ON r.user_id = u.id AND r.cluster_id = c.id";

impl AccessRow {
    /// The actor and, when they hold a role in the cluster (a network administrator manages
    /// every cluster), their scope there.
    fn into_access(self) -> Result<(Actor, Option<ClusterScope>), StoreError> {
        let actor = Actor {
            user_id: self.user_id,
            email: self.email,
            display_name: self.display_name,
            is_network_admin: self.is_network_admin,
            date_style: stored_date_style(&self.date_style),
            language: stored_language(self.user_language.as_deref()),
        };
        let role = match (actor.is_network_admin, self.role) {
            (true, _) => Some(Role::ClusterManager),
            (false, Some(role)) => Some(Role::parse(&role).map_err(StoreError::Corrupt)?),
            (false, None) => None,
        };
        let scope = match (self.cluster.into_cluster()?, role) {
            (Some(cluster), Some(role)) => Some(ClusterScope { cluster, role }),
            _ => None,
        };
        Ok((actor, scope))
    }
}

/// The actor of an API token that has not been revoked and, in the same statement, their scope
/// in the cluster `slug` (`None` when they hold no role there or there is no such cluster): a
/// request's whole authentication in one indexed lookup.
pub async fn token_access(
    db: &Db,
    token_hash: &str,
    slug: &str,
) -> Result<Option<(Actor, Option<ClusterScope>)>, StoreError> {
    let sql = format!(
        "SELECT {} FROM api_tokens t JOIN users u ON u.id = t.user_id {ACCESS_JOINS} \
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.deactivated_at IS NULL",
        access_columns()
    );
    let row: Option<AccessRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(token_hash).bind(slug).fetch_optional(pool).await)?;
    row.map(AccessRow::into_access).transpose()
}

/// A session that has not expired, found by the hash of its secret: its actor, its CSRF token and
/// when it ends (its end, or `idle` after it was last used, whichever comes first; `None`
/// once either has passed), and in the same statement the actor's scope in the cluster `slug` (as
/// [`token_access`]): a page request's whole authentication in one indexed lookup.
#[allow(clippy::type_complexity)]
pub async fn session_access(
    db: &Db,
    id_hash: &str,
    slug: &str,
    idle: chrono::Duration,
) -> Result<Option<(Actor, String, DateTime<Utc>, Option<ClusterScope>)>, StoreError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        access: AccessRow,
        csrf_token: String,
        expires_at: DateTime<Utc>,
        last_seen_at: DateTime<Utc>,
    }
    let sql = format!(
        "SELECT {}, s.csrf_token, s.expires_at, COALESCE(s.last_seen_at, s.created_at) AS last_seen_at \
         FROM sessions s JOIN users u ON u.id = s.user_id {ACCESS_JOINS} \
         WHERE s.id_hash = $1 AND s.expires_at > $3 AND COALESCE(s.last_seen_at, s.created_at) > $4 \
         AND u.deactivated_at IS NULL",
        access_columns()
    );
    let row: Option<Row> = dispatch!(db, pool =>
        sqlx::query_as(&sql).bind(id_hash).bind(slug).bind(now()).bind(now() - idle).fetch_optional(pool).await)?;
    let Some(row) = row else {
        return Ok(None);
    };
    let (actor, scope) = row.access.into_access()?;
    Ok(Some((actor, row.csrf_token, row.expires_at.min(row.last_seen_at + idle), scope)))
}

/// The actor of an API token that has not been revoked.
pub async fn actor_by_token(db: &Db, token_hash: &str) -> Result<Option<Actor>, StoreError> {
    let row: Option<ActorRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT u.id, u.email, u.display_name, u.is_network_admin, u.date_style, u.language \
         FROM api_tokens t JOIN users u ON u.id = t.user_id \
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.deactivated_at IS NULL")
        .bind(token_hash).fetch_optional(pool).await)?;
    Ok(row.map(Actor::from))
}

/// What the login attempts recorded so far say of one attempt: for its account and address, and
/// for each alone, within the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct LoginAttempts {
    /// Attempts of this account from this address before this one.
    pub pair_before: i64,
    /// When the latest of them was made.
    pub last_pair_before: Option<DateTime<Utc>>,
    /// Attempts of this account from any address, this one included.
    pub account: i64,
    /// Attempts from this address for any account, this one included.
    pub address: i64,
}

/// Records an attempt to log in before its password is checked, committed at once, and forgets
/// attempts older than `forget_before`. Returns its id, which orders it among the others (ids
/// rise with time): an attempt that fails stays recorded as a failure, one that succeeds is
/// forgotten ([`forget_login_failures`]).
pub async fn record_login_attempt(
    db: &Db,
    email: &str,
    address: &str,
    forget_before: DateTime<Utc>,
) -> Result<Uuid, StoreError> {
    let id = new_id();
    let mut unit = db.begin().await?;
    within!(&mut unit, tx => {
        sqlx::query("DELETE FROM login_failures WHERE attempted_at < $1").bind(forget_before).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO login_failures (id, email, address, attempted_at) VALUES ($1, $2, $3, $4)")
            .bind(id).bind(email).bind(address).bind(now()).execute(&mut *tx).await?;
    });
    unit.commit().await?;
    Ok(id)
}

/// The attempts recorded since `since` as they stand for the attempt `attempt`. Each attempt is
/// committed before it is counted, so of many made at once, the n-th counts at least n: none
/// passes a limit that the attempts before it reached.
pub async fn login_attempts(
    db: &Db,
    attempt: Uuid,
    email: &str,
    address: &str,
    since: DateTime<Utc>,
) -> Result<LoginAttempts, StoreError> {
    let counts: LoginAttempts = dispatch!(db, pool => sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM login_failures WHERE email = $2 AND address = $3 AND attempted_at > $4 AND id < $1) \
                    AS pair_before, \
                (SELECT MAX(attempted_at) FROM login_failures WHERE email = $2 AND address = $3 AND attempted_at > $4 \
                    AND id < $1) AS last_pair_before, \
                (SELECT COUNT(*) FROM login_failures WHERE email = $2 AND attempted_at > $4) AS account, \
                (SELECT COUNT(*) FROM login_failures WHERE address = $3 AND attempted_at > $4) AS address")
        .bind(attempt).bind(email).bind(address).bind(since).fetch_one(pool).await)?;
    Ok(counts)
}

/// After a login from `address`: forgets the attempt and the account's failures from that
/// address, and remembers the address as one the account signs in from.
pub async fn forget_login_failures(db: &Db, attempt: Uuid, actor: &Actor, address: &str) -> Result<(), StoreError> {
    let mut unit = db.begin().await?;
    within!(&mut unit, tx => {
        sqlx::query("DELETE FROM login_failures WHERE id = $1 OR (email = $2 AND address = $3)")
            .bind(attempt).bind(&actor.email).bind(address).execute(&mut *tx).await?;
        sqlx::query(
            "INSERT INTO known_addresses (user_id, address, last_login_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id, address) DO UPDATE SET last_login_at = excluded.last_login_at")
            .bind(actor.user_id).bind(address).bind(now()).execute(&mut *tx).await?;
    });
    unit.commit().await?;
    Ok(())
}

/// Whether the account with this email has signed in from `address` before.
pub async fn is_known_address(db: &Db, email: &str, address: &str) -> Result<bool, StoreError> {
    let (found,): (i64,) = dispatch!(db, pool => sqlx::query_as(
        "SELECT COUNT(*) FROM known_addresses k JOIN users u ON u.id = k.user_id WHERE u.email = $1 AND k.address = $2")
        .bind(email).bind(address).fetch_one(pool).await)?;
    Ok(found > 0)
}

pub use domain::access::Member;

read_model!(MemberRow => Member {
    id: Uuid,
    display_name: String,
    email: String,
});

/// The cluster's team who may complete a task: staff and cluster managers whose account is
/// active (a board member reads only; a deactivated account signs in no more), by name.
pub async fn task_assignees(db: &Db, scope: &ClusterScope) -> Result<Vec<Member>, StoreError> {
    let rows: Vec<MemberRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT u.id, u.display_name, u.email FROM user_roles r JOIN users u ON u.id = r.user_id \
         WHERE r.cluster_id = $1 AND r.role IN ('staff', 'cluster-manager') AND u.deactivated_at IS NULL \
         ORDER BY u.display_name, u.email")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(crate::by_name(scope, models(rows)?, |m: &Member| &m.display_name))
}

/// The users with a role in the scope's cluster, by name.
pub async fn cluster_members(db: &Db, scope: &ClusterScope) -> Result<Vec<Member>, StoreError> {
    let rows: Vec<MemberRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT u.id, u.display_name, u.email FROM user_roles r JOIN users u ON u.id = r.user_id \
         WHERE r.cluster_id = $1 ORDER BY u.display_name, u.email")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(crate::by_name(scope, models(rows)?, |m: &Member| &m.display_name))
}
