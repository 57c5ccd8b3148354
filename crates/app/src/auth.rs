//! Accounts: passwords, sessions, API tokens, throttling of failed logins, and the check of an
//! actor's role in a cluster.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use chrono::{DateTime, Duration, Utc};
use domain::access::{Permission, Role};
use domain::contact::parse_email;
use sha2::{Digest, Sha256};
use store::access;

use crate::access_cache::Credential;
pub use crate::access_cache::{ACCESS_CACHE_ENTRIES, ACCESS_CACHE_SECONDS};
use crate::{Actor, App, ClusterScope, Error, PasswordCost};

/// How long a login lasts.
pub const SESSION_DAYS: i64 = 7;

/// Minutes a session lasts without use: after them it ends, as after [`SESSION_DAYS`] in any case
/// (OWASP ASVS 4.0.3, 3.3.2 at level 2: "30 minutes of inactivity").
pub const SESSION_IDLE_MINUTES: i64 = 30;

/// How seldom a session's last use is written: at most once in this many minutes, so that a
/// busy session costs no write a request.
const SESSION_TOUCH_MINUTES: i64 = 5;

fn session_idle() -> Duration {
    Duration::minutes(SESSION_IDLE_MINUTES)
}

/// Notes the session's use when its last note is older than [`SESSION_TOUCH_MINUTES`] (its end,
/// `ends`, then comes sooner than the idle time allows).
async fn touch_if_due(app: &App, hash: &str, ends: DateTime<Utc>) -> Result<(), Error> {
    let now = store::now();
    if ends < now + session_idle() - Duration::minutes(SESSION_TOUCH_MINUTES) {
        access::touch_session(&app.db, hash, now).await?;
    }
    Ok(())
}
/// Failed logins of one account from one address that are free: after them, each further try
/// from that address waits twice as long as the one before (2 s, 4 s, 8 s ... up to the window).
pub const FREE_FAILURES_PER_PAIR: i64 = 3;
/// Failed logins of one account from all addresses, within the window, after which only an
/// address the account has signed in from before may try (its owner, most likely).
pub const ACCOUNT_CEILING: i64 = 20;
/// Login attempts from one address for any accounts, within the window, that stop further tries.
pub const MAX_FAILURES_PER_ADDRESS: i64 = 30;
/// How long failed logins are remembered.
pub const FAILURE_WINDOW_MINUTES: i64 = 15;

fn argon(cost: PasswordCost) -> Argon2<'static> {
    let params = match cost {
        PasswordCost::Standard => Params::new(19 * 1024, 2, 1, None),
        #[cfg(any(test, feature = "testing"))]
        PasswordCost::Fast => Params::new(8, 1, 1, None),
    }
    .expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a password with Argon2id off the async threads.
pub async fn hash_password(cost: PasswordCost, password: String) -> Result<String, Error> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon(cost)
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| Error::Internal(format!("password hashing failed: {e}")))
    })
    .await
    .map_err(|e| Error::Internal(e.to_string()))?
}

pub(crate) async fn verify_password(password: String, hash: String) -> bool {
    tokio::task::spawn_blocking(move || {
        // The parameters travel in the hash, so any cost verifies.
        PasswordHash::new(&hash)
            .is_ok_and(|parsed| argon(PasswordCost::Standard).verify_password(password.as_bytes(), &parsed).is_ok())
    })
    .await
    .unwrap_or(false)
}

/// `n` random bytes as lower-case hex.
pub fn random_hex(n: usize) -> String {
    let mut bytes = vec![0u8; n];
    getrandom::fill(&mut bytes).expect("the system's random source");
    hex(&bytes)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The scope of the operator at the command line (a user of the machine that holds the
/// database) in the cluster `slug`, as its manager. A slug that names no cluster is not found,
/// with the slugs there are in the message.
pub async fn operator_scope(app: &App, slug: &str) -> Result<ClusterScope, Error> {
    if let Some(scope) = access::operator_scope(&app.db, slug).await? {
        return Ok(scope);
    }
    let slugs: Vec<String> = store::cluster::all(&app.db).await?.into_iter().map(|c| c.slug).collect();
    Err(Error::BadRequest(if slugs.is_empty() {
        i18n::said_with("invalid-auth-no-cluster-yet", &[("slug", slug.to_string())])
    } else {
        i18n::said_with("invalid-auth-unknown-cluster", &[("slug", slug.to_string()), ("clusters", slugs.join(", "))])
    }))
}

/// A visitor without an account on a cluster's public pages: an event's page and its
/// registration form, a personal link, the calendar feed. It reaches only the use cases made
/// for visitors, which take a `&Visitor` and check their own secrets; every other use case
/// needs a staff member's [`ClusterScope`], so a visitor's handler cannot call one:
///
/// ```compile_fail,E0277
/// async fn public_page(app: &app::App, visitor: &app::auth::Visitor) {
///     // A visitor's scope is not a staff member's: this does not compile.
///     let _ = app::organisation::get(app, visitor, domain::id::new_id()).await;
/// }
/// ```
///
/// while the public use cases take it:
///
/// ```no_run
/// async fn public_page(app: &app::App, visitor: &app::auth::Visitor, id: domain::id::Uuid) {
///     let _ = app::event::for_visitors(app, visitor, id).await;
/// }
/// ```
#[derive(Debug, Clone)]
pub struct Visitor {
    scope: ClusterScope,
}

impl Visitor {
    pub fn cluster(&self) -> &domain::cluster::Cluster {
        self.scope.cluster()
    }

    /// The cluster's rows, for the visitors' use cases only.
    pub(crate) fn scope(&self) -> &ClusterScope {
        &self.scope
    }
}

/// The scope of a visitor on the public pages of the cluster `slug`.
pub async fn visitor_scope(app: &App, slug: &str) -> Result<Visitor, Error> {
    let scope = access::visitor_scope(&app.db, slug).await?.ok_or(Error::NotFound("cluster"))?;
    Ok(Visitor { scope })
}

/// What a use case needs of a staff member's role.
pub trait Need {
    const PERMISSION: Permission;
}

/// To read the cluster's records (every role).
pub enum Read {}
/// To change records (staff and cluster managers).
pub enum Edit {}
/// To manage the cluster: fees, voids, credits, settings (cluster managers).
pub enum Manage {}

impl Need for Read {
    const PERMISSION: Permission = Permission::Read;
}
impl Need for Edit {
    const PERMISSION: Permission = Permission::Edit;
}
impl Need for Manage {
    const PERMISSION: Permission = Permission::Manage;
}

/// A scope a use case that needs `N` accepts: a staff member's [`ClusterScope`], whose role is
/// checked when the use case begins. A [`Visitor`] allows nothing.
pub trait Allows<N: Need> {
    /// The scope, when its role allows `N`; forbidden otherwise.
    fn checked(&self) -> Result<&ClusterScope, Error>;
}

impl<N: Need> Allows<N> for ClusterScope {
    fn checked(&self) -> Result<&ClusterScope, Error> {
        require(self, N::PERMISSION)?;
        Ok(self)
    }
}

/// What has a cluster: a staff member's scope or a visitor's, for what both may ask (the
/// cluster's time zone, its public addresses).
pub trait InCluster {
    fn cluster(&self) -> &domain::cluster::Cluster;
}

impl InCluster for ClusterScope {
    fn cluster(&self) -> &domain::cluster::Cluster {
        ClusterScope::cluster(self)
    }
}

impl InCluster for Visitor {
    fn cluster(&self) -> &domain::cluster::Cluster {
        Visitor::cluster(self)
    }
}

impl<T: InCluster + ?Sized> InCluster for std::sync::Arc<T> {
    fn cluster(&self) -> &domain::cluster::Cluster {
        T::cluster(self)
    }
}

/// Compares secrets in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The SHA-256 of a secret, as stored: a stolen database yields no usable session or token.
pub fn secret_hash(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

fn normalise_email(raw: &str) -> String {
    raw.trim().to_lowercase()
}

/// A new login: the secret for the session cookie and the session's CSRF token.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub actor: Actor,
    pub secret: String,
    pub csrf_token: String,
}

/// Checks a password and opens a session. Every attempt is recorded and counted before the
/// password is checked, so that many at once pass no limit, and is refused:
/// - from an address with more than [`MAX_FAILURES_PER_ADDRESS`] attempts in the window;
/// - for an account and address with more than [`FREE_FAILURES_PER_PAIR`] failures, until twice
///   the previous wait has passed since the last (an attacker slows down, the owner elsewhere
///   does not);
/// - for an account with more than [`ACCOUNT_CEILING`] failures from anywhere, unless the address
///   is one the account has signed in from before.
///
/// An unknown email costs a password check as a known one does, so the time of the answer does not
/// tell which emails have accounts. Refusals and failures are logged with the address.
pub async fn login(app: &App, email: &str, password: &str, address: &str) -> Result<NewSession, Error> {
    login_from(app, email, password, &Client { address: address.to_string(), user_agent: None }).await
}

/// Where a session is opened from: the client's address and browser.
pub use store::access::Client;

/// [`login`] from a browser, whose `User-Agent` the user's list of sessions shows.
pub async fn login_from(app: &App, email: &str, password: &str, client: &Client) -> Result<NewSession, Error> {
    let address = client.address.as_str();
    let email = normalise_email(email);
    let now = store::now();
    let window_start = now - Duration::minutes(FAILURE_WINDOW_MINUTES);
    let attempt = access::record_login_attempt(&app.db, &email, address, window_start).await?;
    let seen = access::login_attempts(&app.db, attempt, &email, address, window_start).await?;
    let refuse = |retry_after_seconds: i64, why: &str| {
        tracing::warn!(email = %email, address = %address, why, "login refused");
        Err(Error::TooManyAttempts { retry_after_minutes: (retry_after_seconds.max(1) + 59) / 60 })
    };
    if seen.address > MAX_FAILURES_PER_ADDRESS {
        return refuse(FAILURE_WINDOW_MINUTES * 60, "too many attempts from this address");
    }
    if seen.pair_before >= FREE_FAILURES_PER_PAIR
        && let Some(last) = seen.last_pair_before
    {
        let doublings = (seen.pair_before - FREE_FAILURES_PER_PAIR + 1).min(20) as u32;
        let wait = Duration::seconds((1i64 << doublings).min(FAILURE_WINDOW_MINUTES * 60));
        if now < last + wait {
            return refuse((last + wait - now).num_seconds(), "too many failures of this account from this address");
        }
    }
    if seen.account > ACCOUNT_CEILING && !access::is_known_address(&app.db, &email, address).await? {
        return refuse(FAILURE_WINDOW_MINUTES * 60, "too many failures of this account from unknown addresses");
    }
    let password = password.to_string();
    let checked = password.clone();
    let actor = access::actor_by_password(&app.db, &email, async |hash| verify_password(checked, hash).await).await?;
    let Some(actor) = actor else {
        if !access::has_account(&app.db, &email).await? {
            // As long as a wrong password for an account takes.
            let _ = verify_password(password, dummy_hash(app.password_cost).await?).await;
        }
        tracing::warn!(email = %email, address = %address, "login failed");
        return Err(Error::BadCredentials);
    };
    access::forget_login_failures(&app.db, attempt, &actor, address).await?;
    let secret = random_hex(32);
    let csrf_token = random_hex(32);
    access::insert_session(
        &app.db,
        &secret_hash(&secret),
        &actor,
        &csrf_token,
        now + Duration::days(SESSION_DAYS),
        client,
    )
    .await?;
    tracing::info!(email = %email, address = %address, "logged in");
    Ok(NewSession { actor, secret, csrf_token })
}

/// A hash of no one's password, made with the cost of real ones, to check an unknown email's
/// password against.
async fn dummy_hash(cost: PasswordCost) -> Result<String, Error> {
    static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    DUMMY.get_or_try_init(|| hash_password(cost, random_hex(16))).await.cloned()
}

/// The actor and CSRF token behind a session cookie's secret.
/// Costs no lookup while this server remembers the session (see [`ACCESS_CACHE_SECONDS`]).
pub async fn session(app: &App, secret: &str) -> Result<Option<(Actor, String)>, Error> {
    let hash = secret_hash(secret);
    if let Some(Credential { actor, csrf: Some(csrf), .. }) = app.access.credential(&hash, store::now()) {
        return Ok(Some((actor, csrf)));
    }
    let start = app.access.lookup_start();
    let Some((actor, csrf, expires_at)) = access::actor_by_session(&app.db, &hash, session_idle()).await? else {
        return Ok(None);
    };
    touch_if_due(app, &hash, expires_at).await?;
    let credential = Credential { actor: actor.clone(), csrf: Some(csrf.clone()), expires_at: Some(expires_at) };
    app.access.remember_credential(hash, credential, start);
    Ok(Some((actor, csrf)))
}

/// The actor and CSRF token behind a session cookie's secret and, in the same lookup, their
/// scope in the cluster `slug`, when their role there allows `permission`: `None` without a live
/// session; a cluster out of reach is not found, a role that falls short is forbidden. Costs no
/// lookup while this server remembers both (see [`ACCESS_CACHE_SECONDS`]), one otherwise.
pub async fn session_scope(
    app: &App,
    secret: &str,
    slug: &str,
    permission: Permission,
) -> Result<Option<(Actor, String, ClusterScope)>, Error> {
    let hash = secret_hash(secret);
    if let Some(Credential { actor, csrf: Some(csrf), .. }) = app.access.credential(&hash, store::now()) {
        let scope = scope(app, &actor, slug, permission).await?;
        return Ok(Some((actor, csrf, scope)));
    }
    let start = app.access.lookup_start();
    let Some((actor, csrf, expires_at, scope)) = access::session_access(&app.db, &hash, slug, session_idle()).await?
    else {
        return Ok(None);
    };
    touch_if_due(app, &hash, expires_at).await?;
    let credential = Credential { actor: actor.clone(), csrf: Some(csrf.clone()), expires_at: Some(expires_at) };
    app.access.remember_credential(hash, credential, start);
    let scope = scope.ok_or(Error::NotFound("cluster"))?;
    app.access.remember_scope(actor.user_id(), slug.to_string(), scope.clone(), start);
    require(&scope, permission)?;
    Ok(Some((actor, csrf, scope)))
}

/// Ends the session; this server forgets it at once.
pub async fn logout(app: &App, secret: &str) -> Result<(), Error> {
    let hash = secret_hash(secret);
    access::delete_session(&app.db, &hash).await?;
    app.access.forget_all();
    Ok(())
}

/// Prefix of API tokens, so that a leaked one is recognisable in logs and scanners.
pub const TOKEN_PREFIX: &str = "cdt_";

/// Makes an API token for the user with this email; the token is shown once and stored hashed.
pub async fn create_token(app: &App, email: &str, name: &str) -> Result<String, Error> {
    let actor = access::operator_actor(&app.db, &normalise_email(email)).await?.ok_or(Error::NotFound("user"))?;
    let token = format!("{TOKEN_PREFIX}{}", random_hex(24));
    access::insert_token(&app.db, &actor, name, &secret_hash(&token)).await?;
    Ok(token)
}

/// The actor of a bearer token.
/// Costs no lookup while this server remembers the token (see [`ACCESS_CACHE_SECONDS`]).
pub async fn token_actor(app: &App, token: &str) -> Result<Option<Actor>, Error> {
    if !token.starts_with(TOKEN_PREFIX) {
        return Ok(None);
    }
    let hash = secret_hash(token);
    if let Some(credential) = app.access.credential(&hash, store::now()) {
        return Ok(Some(credential.actor));
    }
    let start = app.access.lookup_start();
    let actor = access::actor_by_token(&app.db, &hash).await?;
    if let Some(actor) = &actor {
        app.access.remember_credential(hash, Credential { actor: actor.clone(), csrf: None, expires_at: None }, start);
    }
    Ok(actor)
}

/// The actor of a bearer token and their scope in the cluster `slug`, when their role there
/// allows `permission`: `None` for a token that is unknown or revoked, not found for a cluster
/// out of their reach, forbidden for a role that falls short. Costs no lookup while this server
/// remembers both, one indexed statement otherwise.
pub async fn token_scope(
    app: &App,
    token: &str,
    slug: &str,
    permission: Permission,
) -> Result<Option<(Actor, ClusterScope)>, Error> {
    if !token.starts_with(TOKEN_PREFIX) {
        return Ok(None);
    }
    let hash = secret_hash(token);
    if let Some(credential) = app.access.credential(&hash, store::now()) {
        let scope = scope(app, &credential.actor, slug, permission).await?;
        return Ok(Some((credential.actor, scope)));
    }
    let start = app.access.lookup_start();
    let Some((actor, scope)) = access::token_access(&app.db, &hash, slug).await? else {
        return Ok(None);
    };
    let credential = Credential { actor: actor.clone(), csrf: None, expires_at: None };
    app.access.remember_credential(hash, credential, start);
    let scope = scope.ok_or(Error::NotFound("cluster"))?;
    app.access.remember_scope(actor.user_id(), slug.to_string(), scope.clone(), start);
    require(&scope, permission)?;
    Ok(Some((actor, scope)))
}

/// Revokes the user's API tokens named `name`, and answers how many there were; this server
/// stops taking them at once, another within [`ACCESS_CACHE_SECONDS`]. None of that name is not
/// found.
pub async fn revoke_token(app: &App, email: &str, name: &str) -> Result<u64, Error> {
    let actor = access::operator_actor(&app.db, &normalise_email(email)).await?.ok_or(Error::NotFound("user"))?;
    let revoked = access::revoke_tokens(&app.db, &actor, name, app.now()).await?;
    app.access.forget_all();
    if revoked == 0 {
        return Err(Error::NotFound("API token"));
    }
    Ok(revoked)
}

/// An API token as its owner sees it (never its secret).
pub use store::access::TokenRecord;

/// The actor's own API tokens, the newest first, revoked ones too.
pub async fn tokens(app: &App, actor: &Actor) -> Result<Vec<TokenRecord>, Error> {
    Ok(access::tokens_of(&app.db, actor).await?)
}

/// Makes an API token named `name` for the actor, shown once.
///
/// # Errors
/// [`Error::Invalid`] on `name` when it is empty or longer than 100 characters.
pub async fn create_own_token(app: &App, actor: &Actor, name: &str) -> Result<String, Error> {
    let name = domain::validation::required_text(Some(name), 100).map_err(|m| domain::Invalid::one("name", m))?;
    create_token(app, actor.email(), &name).await
}

/// The account with this email, for the operator at the command line.
pub async fn operator_actor(app: &App, email: &str) -> Result<Actor, Error> {
    access::operator_actor(&app.db, &normalise_email(email)).await?.ok_or(Error::NotFound("user"))
}

/// Revokes one of the actor's own API tokens; this server stops taking it at once, another within
/// [`ACCESS_CACHE_SECONDS`]. Another's token, or one revoked already, is not found.
pub async fn revoke_own_token(app: &App, actor: &Actor, id: domain::id::Uuid) -> Result<(), Error> {
    if !access::revoke_token_by_id(&app.db, actor, id, app.now()).await? {
        return Err(Error::NotFound("API token"));
    }
    app.access.forget_all();
    Ok(())
}

/// Deactivates the account with this email (or, with `active`, lets it sign in again): it signs
/// in no more, its sessions end and its API tokens stop working, on this server at once and on
/// another within [`ACCESS_CACHE_SECONDS`]; its history stays.
pub async fn set_active(app: &App, email: &str, active: bool) -> Result<(), Error> {
    if !access::set_active(&app.db, &normalise_email(email), active).await? {
        return Err(Error::NotFound("user"));
    }
    app.access.forget_all();
    Ok(())
}

/// Takes the account's role in the cluster `slug` away.
pub async fn remove_role(app: &App, email: &str, slug: &str) -> Result<(), Error> {
    let actor = access::operator_actor(&app.db, &normalise_email(email)).await?.ok_or(Error::NotFound("user"))?;
    let scope = access::operator_scope(&app.db, slug).await?.ok_or(Error::NotFound("cluster"))?;
    if !access::remove_role(&app.db, actor.user_id(), scope.cluster_id()).await? {
        return Err(Error::NotFound("role in that cluster"));
    }
    app.access.forget_all();
    Ok(())
}

/// Takes network administration away from the account.
pub async fn remove_network_admin(app: &App, email: &str) -> Result<(), Error> {
    let actor = access::operator_actor(&app.db, &normalise_email(email)).await?.ok_or(Error::NotFound("user"))?;
    if !access::remove_network_admin(&app.db, actor.user_id()).await? {
        return Err(Error::BadRequest(i18n::said_with(
            "invalid-auth-not-network-admin",
            &[("email", actor.email().to_string())],
        )));
    }
    app.access.forget_all();
    Ok(())
}

/// The actor's scope in the cluster `slug`, if the actor's role there allows `permission`. A
/// cluster the actor holds no role in is "not found", so its existence is not given away.
/// Costs no lookup while this server remembers the scope (see [`ACCESS_CACHE_SECONDS`]), one
/// otherwise.
pub async fn scope(app: &App, actor: &Actor, slug: &str, permission: Permission) -> Result<ClusterScope, Error> {
    let scope = match app.access.scope(actor.user_id(), slug) {
        Some(scope) => scope,
        None => {
            let start = app.access.lookup_start();
            let scope = access::scope_for(&app.db, actor, slug).await?.ok_or(Error::NotFound("cluster"))?;
            app.access.remember_scope(actor.user_id(), slug.to_string(), scope.clone(), start);
            scope
        }
    };
    require(&scope, permission)?;
    Ok(scope)
}

/// Fails unless the scope's role allows `permission`.
pub(crate) fn require(scope: &ClusterScope, permission: Permission) -> Result<(), Error> {
    if scope.role().allows(permission) {
        Ok(())
    } else {
        Err(Error::Forbidden(match permission {
            Permission::Read => "reading",
            Permission::Edit => "changing records needs the staff or cluster-manager role",
            Permission::Manage => "this needs the cluster-manager role",
        }))
    }
}

/// The clusters an actor may enter, with the role in each, by name.
pub async fn clusters(app: &App, actor: &Actor) -> Result<Vec<(store::cluster::Cluster, Role)>, Error> {
    Ok(access::clusters_of(&app.db, actor, i64::MAX).await?)
}

/// How many clusters the switcher of every page lists; past that it links to the full list.
pub const SWITCHER_CLUSTERS: usize = 25;

/// The first clusters an actor may enter, for the switcher, and whether there are more.
pub async fn switcher_clusters(
    app: &App,
    actor: &Actor,
) -> Result<(Vec<(store::cluster::Cluster, Role)>, bool), Error> {
    let mut clusters = access::clusters_of(&app.db, actor, SWITCHER_CLUSTERS as i64 + 1).await?;
    let more = clusters.len() > SWITCHER_CLUSTERS;
    clusters.truncate(SWITCHER_CLUSTERS);
    Ok((clusters, more))
}

/// The role a user is given from the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserRole {
    NetworkAdmin,
    Cluster(Role),
}

impl UserRole {
    pub fn parse(raw: &str) -> Result<Self, String> {
        if raw.trim() == "network-admin" {
            return Ok(Self::NetworkAdmin);
        }
        Role::parse(raw)
            .map(Self::Cluster)
            .map_err(|_| i18n::said_with("invalid-auth-unknown-role", &[("value", raw.trim().to_string())]))
    }
}

/// What `add_user` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddedUser {
    pub email: String,
    /// The password made for a new account when none was given; shown once.
    pub generated_password: Option<String>,
    /// Sessions ended because the password changed.
    pub sessions_ended: u64,
    /// The names of the account's API tokens, still valid, when its password changed.
    pub tokens: Vec<String>,
}

/// Minimum length of a password.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// Creates a user or gives an existing one a role (and a new password, when one is given).
pub async fn add_user(
    app: &App,
    email: &str,
    role: UserRole,
    cluster_slug: Option<&str>,
    password: Option<String>,
) -> Result<AddedUser, Error> {
    let email = parse_email(&normalise_email(email)).map_err(|m| Error::Invalid(domain::Invalid::one("email", m)))?;
    if let Some(p) = &password {
        check_password(p, &email).map_err(|m| Error::Invalid(domain::Invalid::one("password", m)))?;
    }
    let cluster = match (role, cluster_slug) {
        (UserRole::Cluster(_), None) => {
            return Err(Error::BadRequest(i18n::said("invalid-auth-role-needs-cluster")));
        }
        (UserRole::NetworkAdmin, Some(_)) => {
            return Err(Error::BadRequest(i18n::said("invalid-auth-network-admin-no-cluster")));
        }
        (_, Some(slug)) => Some(access::operator_scope(&app.db, slug).await?.ok_or(Error::NotFound("cluster"))?),
        (_, None) => None,
    };
    let existing = access::operator_actor(&app.db, &email).await?;
    let exists = existing.is_some();
    let generated_password = (!exists && password.is_none()).then(|| random_hex(12));
    let hash = match password.as_ref().or(generated_password.as_ref()) {
        Some(p) => Some(hash_password(app.password_cost, p.clone()).await?),
        None => None,
    };
    let display_name = email.split('@').next().unwrap_or(&email).to_string();
    let user_id =
        access::upsert_user(&app.db, &email, &display_name, hash.as_deref(), role == UserRole::NetworkAdmin).await?;
    if let (UserRole::Cluster(role), Some(scope)) = (role, cluster) {
        access::grant_role(&app.db, user_id, scope.cluster_id(), role).await?;
    }
    // A new password ends every session opened with the old one; the API tokens are said, for
    // the operator to revoke those that should go too.
    let (sessions_ended, tokens) = match (&existing, &password) {
        (Some(actor), Some(_)) => {
            (access::end_sessions(&app.db, actor).await?, access::token_names(&app.db, actor).await?)
        }
        _ => (0, Vec::new()),
    };
    app.access.forget_all();
    Ok(AddedUser { email, generated_password, sessions_ended, tokens })
}

/// Whether `password` may be an account's password: at least [`MIN_PASSWORD_CHARS`] characters,
/// and not guessable: zxcvbn (the `zxcvbn` crate, after Dropbox's estimator) must find it needs
/// more than 10^8 guesses (score 3 of 4), counting the common passwords, names and words it knows
/// and the account's own email; stored with Argon2id, that is years of guessing offline. The error
/// says what to change.
pub fn check_password(password: &str, email: &str) -> Result<(), String> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(i18n::said_with("invalid-auth-password-too-short", &[("min", MIN_PASSWORD_CHARS.to_string())]));
    }
    let local = email.split('@').next().unwrap_or_default();
    let words: Vec<&str> = [email, local].into_iter().chain(local.split(['.', '-', '_', '+'])).collect();
    let estimate = zxcvbn::zxcvbn(password, &words);
    if estimate.score() >= zxcvbn::Score::Three {
        return Ok(());
    }
    match estimate.feedback().and_then(|f| f.warning()) {
        Some(warning) => {
            Err(i18n::said_with("invalid-auth-password-guessable-because", &[("why", password_warning(warning))]))
        }
        None => Err(i18n::said("invalid-auth-password-guessable")),
    }
}

/// What zxcvbn finds guessable in a password, as the reader reads it.
fn password_warning(warning: zxcvbn::feedback::Warning) -> String {
    use zxcvbn::feedback::Warning;
    match warning {
        Warning::StraightRowsOfKeysAreEasyToGuess => i18n::said("invalid-auth-password-straight-rows"),
        Warning::ShortKeyboardPatternsAreEasyToGuess => i18n::said("invalid-auth-password-keyboard-patterns"),
        Warning::RepeatsLikeAaaAreEasyToGuess => i18n::said("invalid-auth-password-repeats"),
        Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => i18n::said("invalid-auth-password-repeated-groups"),
        Warning::ThisIsATop10Password => i18n::said("invalid-auth-password-top-10"),
        Warning::ThisIsATop100Password => i18n::said("invalid-auth-password-top-100"),
        Warning::ThisIsACommonPassword => i18n::said("invalid-auth-password-very-common"),
        Warning::ThisIsSimilarToACommonlyUsedPassword => i18n::said("invalid-auth-password-like-common"),
        Warning::SequencesLikeAbcAreEasyToGuess => i18n::said("invalid-auth-password-sequences"),
        Warning::RecentYearsAreEasyToGuess => i18n::said("invalid-auth-password-recent-years"),
        Warning::AWordByItselfIsEasyToGuess => i18n::said("invalid-auth-password-single-word"),
        Warning::DatesAreOftenEasyToGuess => i18n::said("invalid-auth-password-dates"),
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess => i18n::said("invalid-auth-password-names-alone"),
        Warning::CommonNamesAndSurnamesAreEasyToGuess => i18n::said("invalid-auth-password-common-names"),
    }
}
