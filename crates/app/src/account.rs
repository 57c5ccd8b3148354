//! People and their accounts in the pages: a cluster's managers invite people by email, change
//! their roles, take them out of the cluster and deactivate them; everyone changes their own
//! password and ends their own sessions; a forgotten password is reset through a one-time link
//! sent by mail. Links are stored by the hash of their secret, work once, and end after a while.

use chrono::Duration;
use domain::access::Role;
use domain::contact::parse_email;
use domain::id::Uuid;
use domain::language::Language;
use domain::written::DateStyle;
use store::account as accounts;

use crate::auth::{Allows, Manage, check_password, hash_password, random_hex, secret_hash};
use crate::{Actor, App, ClusterScope, Error};

pub use store::account::{LinkPurpose, LiveLink, Person, SessionRecord};

/// How long an invitation's link works.
pub const INVITATION_DAYS: i64 = 7;
/// How long a password reset's link works.
pub const RESET_MINUTES: i64 = 60;
/// Reset links sent to one account in an hour; further requests send nothing (and answer the
/// same), so that nobody floods someone's mailbox.
pub const RESETS_PER_ACCOUNT_PER_HOUR: i64 = 3;
/// Requests for a reset from one address in an hour, whatever the emails, after which the
/// address is refused for the hour.
pub const RESET_REQUESTS_PER_ADDRESS_PER_HOUR: i64 = 10;

fn invalid(field: &str, message: impl Into<String>) -> Error {
    Error::Invalid(domain::Invalid::one(field, message))
}

fn normalised_email(raw: &str) -> Result<String, Error> {
    parse_email(&raw.trim().to_lowercase()).map_err(|m| invalid("email", m))
}

/// The people with a role in the cluster, by name: their role, whether they may sign in, whether
/// they have set a password yet.
pub async fn people(app: &App, scope: &impl Allows<Manage>) -> Result<Vec<Person>, Error> {
    let scope = scope.checked()?;
    Ok(accounts::people(&app.db, scope).await?)
}

/// What an invitation did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invited {
    pub email: String,
    /// Whether the account is new (else an existing account was given a role here).
    pub new_account: bool,
    /// The link to set a password, when mail is not set up and nothing could be sent: for the
    /// inviting manager to pass on.
    pub link: Option<String>,
}

/// Invites `email` into the cluster with `role` (a [`Role`] code): a new account gets a link to
/// set its password, valid [`INVITATION_DAYS`] days, by mail through the cluster's outbox; an
/// existing account is given the role and told by mail. `name` is how the person is shown (the
/// email's local part when empty). `link_base` is the site's public address, such as
/// `https://desk.cluster.example`.
///
/// # Errors
/// [`Error::Invalid`] on `email` (malformed, already working here, a network administrator's,
/// deactivated), `name` (longer than 100 characters) or `role` (not a role).
pub async fn invite(
    app: &App,
    scope: &impl Allows<Manage>,
    actor: &Actor,
    email: &str,
    name: &str,
    role: &str,
    link_base: &str,
) -> Result<Invited, Error> {
    let scope = scope.checked()?;
    let mut errors = domain::validation::Collector::new();
    let email = errors.take("email", parse_email(&email.trim().to_lowercase()));
    let name = errors.take("name", domain::validation::optional_text(Some(name), 100));
    let role = errors.take("role", Role::parse(role));
    let (email, name, role) = errors.finish(|| (email, name.flatten(), role))?;
    let (Some(email), Some(role)) = (email, role) else {
        return Err(Error::Internal("a parsed invitation lost a field".into()));
    };
    let now = app.now();
    let mut tx = app.begin().await?;
    let existing = accounts::account_by_email(&mut tx, &email).await?;
    if let Some(account) = &existing {
        if account.deactivated_at.is_some() {
            return Err(invalid("email", i18n::said("invalid-account-email-deactivated")));
        }
        if let Some(person) = accounts::person(&mut tx, scope, account.id).await? {
            return Err(invalid(
                "email",
                i18n::said_with("invalid-account-email-works-here", &[("role", role_label(person.role))]),
            ));
        }
        if account.is_network_admin {
            return Err(invalid("email", i18n::said("invalid-account-email-network-admin")));
        }
    }
    let (user_id, new_account) = match &existing {
        Some(account) => (account.id, false),
        None => {
            let shown = name.clone().unwrap_or_else(|| email.split('@').next().unwrap_or(&email).to_string());
            (accounts::insert_account(&mut tx, &email, &shown, now).await?, true)
        }
    };
    accounts::put_role(&mut tx, scope, user_id, role, now).await?;
    let cluster = scope.cluster();
    let base = link_base.trim_end_matches('/');
    let set_password = existing.as_ref().is_none_or(|a| !a.has_password());
    // In the person's own language once they chose one, else the cluster's.
    let words = i18n::In(existing.as_ref().and_then(|a| a.language()).unwrap_or_else(|| cluster.language()));
    let (subject, text, link) = if set_password {
        let secret = random_hex(32);
        let expires = now + Duration::days(INVITATION_DAYS);
        accounts::insert_link(&mut tx, user_id, &secret_hash(&secret), LinkPurpose::Invitation, now, expires).await?;
        let link = format!("{base}/password/{secret}");
        let who = [
            ("who", actor.display_name().to_string()),
            ("cluster", cluster.name.clone()),
            ("role", role_in_sentence(words, role)),
        ];
        (
            words.t_args("mail-invitation-subject", &who[1..2]),
            crate::registration::paragraphs(&[
                words.t("mail-hello"),
                words.t_args("mail-invitation-text", &who),
                format!("{}\n{link}", words.t_args("mail-invitation-link", &[("count", INVITATION_DAYS.to_string())])),
                words.t("mail-invitation-ignore"),
            ]),
            Some(link),
        )
    } else {
        let who = [
            ("who", actor.display_name().to_string()),
            ("cluster", cluster.name.clone()),
            ("role", role_in_sentence(words, role)),
        ];
        (
            words.t_args("mail-new-role-subject", &who[1..2]),
            crate::registration::paragraphs(&[
                words.t("mail-hello"),
                format!("{}\n{base}/clusters/{}", words.t_args("mail-new-role-text", &who), cluster.slug),
            ]),
            None,
        )
    };
    let mailed = match &app.mail {
        Some(mail) => {
            crate::mail::queue(app, &mut tx, scope, crate::mail::Purpose::Account, &mail.to_one(&email, subject, text))
                .await?;
            true
        }
        None => false,
    };
    tx.commit().await?;
    app.mail_queued();
    app.access.forget_all();
    tracing::info!(email = %email, by = %actor.email(), cluster = %cluster.slug, role = role.code(), "invited");
    Ok(Invited { email, new_account, link: link.filter(|_| !mailed) })
}

/// The person `user_id` of the cluster, whom `actor` may change: not the actor themselves
/// (`yourself` says why not).
async fn other_person(
    tx: &mut store::Tx,
    scope: &ClusterScope,
    actor: &Actor,
    user_id: Uuid,
    yourself: fn() -> String,
) -> Result<Person, Error> {
    let person = accounts::person(tx, scope, user_id).await?.ok_or(Error::NotFound("person"))?;
    if person.user_id == actor.user_id() {
        return Err(Error::BadRequest(yourself()));
    }
    Ok(person)
}

/// A role as the list of people names it ("Cluster manager"), in the reader's language.
fn role_label(role: Role) -> String {
    match role {
        Role::ClusterManager => i18n::said("workplace-role-cluster-manager"),
        Role::Staff => i18n::said("workplace-role-staff"),
        Role::Board => i18n::said("workplace-role-board"),
    }
}

/// Gives the person `user_id` the role `role` (a [`Role`] code) in the cluster, in place of the
/// one they hold; it takes effect at their next request.
///
/// # Errors
/// Not found for someone without a role here; [`Error::Invalid`] on `role`; a bad request for
/// one's own role.
pub async fn set_role(
    app: &App,
    scope: &impl Allows<Manage>,
    actor: &Actor,
    user_id: Uuid,
    role: &str,
) -> Result<Person, Error> {
    let scope = scope.checked()?;
    let mut tx = app.begin().await?;
    let person = other_person(&mut tx, scope, actor, user_id, || i18n::said("invalid-account-own-role")).await?;
    let role = Role::parse(role).map_err(|m| invalid("role", m))?;
    accounts::put_role(&mut tx, scope, user_id, role, app.now()).await?;
    tx.commit().await?;
    app.access.forget_all();
    Ok(Person { role, ..person })
}

/// Takes the person `user_id` out of the cluster: their role here goes, their account and their
/// roles elsewhere stay, and the records they made keep their name.
pub async fn remove(app: &App, scope: &impl Allows<Manage>, actor: &Actor, user_id: Uuid) -> Result<Person, Error> {
    let scope = scope.checked()?;
    let mut tx = app.begin().await?;
    let person = other_person(&mut tx, scope, actor, user_id, || i18n::said("invalid-account-remove-yourself")).await?;
    accounts::take_role(&mut tx, scope, user_id).await?;
    tx.commit().await?;
    app.access.forget_all();
    Ok(person)
}

/// Deactivates the account of the person `user_id` (it signs in no more, its sessions end and its
/// API tokens stop working; its history stays), or with `active` lets it sign in again. A
/// cluster manager does so for people who work in this cluster only; a network administrator for
/// anyone.
///
/// # Errors
/// Not found for someone without a role here; a bad request for oneself, for someone who works
/// in other clusters too (unless a network administrator asks), or for a network administrator.
pub async fn set_active(
    app: &App,
    scope: &impl Allows<Manage>,
    actor: &Actor,
    user_id: Uuid,
    active: bool,
) -> Result<Person, Error> {
    let scope = scope.checked()?;
    let mut tx = app.begin().await?;
    let yourself: fn() -> String = if active {
        || i18n::said("invalid-account-reactivate-yourself")
    } else {
        || i18n::said("invalid-account-deactivate-yourself")
    };
    let person = other_person(&mut tx, scope, actor, user_id, yourself).await?;
    if !actor.is_network_admin() {
        if person.is_network_admin {
            let email = [("email", person.email.clone())];
            return Err(Error::BadRequest(if active {
                i18n::said_with("invalid-account-reactivate-network-admin", &email)
            } else {
                i18n::said_with("invalid-account-deactivate-network-admin", &email)
            }));
        }
        if person.other_clusters > 0 {
            let args = [("email", person.email.clone()), ("clusters", person.other_clusters.to_string())];
            return Err(Error::BadRequest(if active {
                i18n::said_with("invalid-account-reactivate-other-clusters", &args)
            } else {
                i18n::said_with("invalid-account-deactivate-other-clusters", &args)
            }));
        }
    }
    accounts::set_deactivated(&mut tx, user_id, (!active).then(|| app.now())).await?;
    tx.commit().await?;
    app.access.forget_all();
    tracing::info!(email = %person.email, by = %actor.email(), active, "account activity changed");
    Ok(Person { active, ..person })
}

/// Changes the actor's password after checking the current one, and ends their other sessions
/// (the one of `session_secret`, where they change it, stays); answers how many ended.
///
/// # Errors
/// [`Error::Invalid`] on `current_password` (wrong), `new_password` (too short or too easy to
/// guess, see [`check_password`]) or `repeat_password` (not the same).
pub async fn change_password(
    app: &App,
    actor: &Actor,
    session_secret: Option<&str>,
    current: &str,
    new: &str,
    repeat: &str,
) -> Result<u64, Error> {
    let stored = accounts::password_hash(&app.db, actor.user_id()).await?.ok_or(Error::NotFound("user"))?;
    if !crate::auth::verify_password(current.to_string(), stored).await {
        tracing::warn!(email = %actor.email(), "password change refused: wrong current password");
        return Err(invalid("current_password", i18n::said("invalid-account-wrong-current-password")));
    }
    check_password(new, actor.email()).map_err(|m| invalid("new_password", m))?;
    if new != repeat {
        return Err(invalid("repeat_password", i18n::said("invalid-account-passwords-differ")));
    }
    let hash = hash_password(app.password_cost, new.to_string()).await?;
    let keep = session_secret.map(secret_hash);
    let mut tx = app.begin().await?;
    let ended = accounts::set_password(&mut tx, actor.user_id(), &hash, keep.as_deref()).await?;
    tx.commit().await?;
    app.access.forget_all();
    Ok(ended)
}

/// Sets how the actor wants days written on the pages, from a [`DateStyle`] code. Errors:
/// `Invalid` on `date_style` for an unknown code.
pub async fn set_date_style(app: &App, actor: &Actor, code: &str) -> Result<DateStyle, Error> {
    let style = DateStyle::parse(code).map_err(|m| invalid("date_style", m))?;
    let mut tx = app.begin().await?;
    accounts::set_date_style(&mut tx, actor.user_id(), style.code()).await?;
    tx.commit().await?;
    app.access.forget_all();
    Ok(style)
}

/// Sets the language the actor reads clusterdesk in, from an ISO 639-1 code; an empty code
/// for the one their browser asks for. Errors: `Invalid` on `language` for a language clusterdesk is not written
/// in.
pub async fn set_language(app: &App, actor: &Actor, code: &str) -> Result<Option<Language>, Error> {
    let language = match code.trim() {
        "" => None,
        code => Some(Language::parse(code).map_err(|m| invalid("language", m))?),
    };
    let mut tx = app.begin().await?;
    accounts::set_language(&mut tx, actor.user_id(), language.map(Language::code)).await?;
    tx.commit().await?;
    app.access.forget_all();
    Ok(language)
}

/// The actor's live sessions, the most recently used first, the one of `session_secret` marked
/// as the current one.
pub async fn sessions(app: &App, actor: &Actor, session_secret: &str) -> Result<Vec<SessionRecord>, Error> {
    let idle = Duration::minutes(crate::auth::SESSION_IDLE_MINUTES);
    Ok(accounts::sessions_of(&app.db, actor, &secret_hash(session_secret), store::now(), idle).await?)
}

/// Ends one of the actor's sessions: the browser that holds it is signed out at its next request
/// (on this server at once, on another within [`crate::auth::ACCESS_CACHE_SECONDS`]). Another's
/// session, or one ended already, is not found.
pub async fn end_session(app: &App, actor: &Actor, id: Uuid) -> Result<(), Error> {
    if !accounts::end_session(&app.db, actor, id).await? {
        return Err(Error::NotFound("session"));
    }
    app.access.forget_all();
    Ok(())
}

/// Sends a link to reset the password of the account with `email`, if there is one that is
/// active, valid [`RESET_MINUTES`] minutes; at most [`RESETS_PER_ACCOUNT_PER_HOUR`] an hour. The
/// answer is the same whether or not an account has the email, so that nobody learns who has
/// one.
///
/// # Errors
/// [`Error::Invalid`] on a malformed `email`; [`Error::RateLimited`] after
/// [`RESET_REQUESTS_PER_ADDRESS_PER_HOUR`] requests from `address` in the hour.
pub async fn request_reset(app: &App, email: &str, address: &str, link_base: &str) -> Result<(), Error> {
    let now = app.now();
    let hour = Duration::hours(1);
    let from_address = accounts::record_reset_request(&app.db, address, now, now - hour).await?;
    if from_address > RESET_REQUESTS_PER_ADDRESS_PER_HOUR {
        tracing::warn!(address = %address, "password reset refused: too many requests from this address");
        return Err(Error::RateLimited { retry_after_seconds: 3600 });
    }
    let email = normalised_email(email)?;
    let mut tx = app.begin().await?;
    let Some(account) = accounts::account_by_email(&mut tx, &email).await?.filter(|a| a.deactivated_at.is_none())
    else {
        tracing::info!(email = %email, address = %address, "password reset asked for an unknown or inactive account");
        return Ok(());
    };
    if accounts::links_since(&mut tx, account.id, LinkPurpose::Reset, now - hour).await? >= RESETS_PER_ACCOUNT_PER_HOUR
    {
        tracing::warn!(email = %email, address = %address, "password reset not sent: enough were sent this hour");
        return Ok(());
    }
    let (Some(mail), Some(scope)) = (&app.mail, outbox_scope(app, &email).await?) else {
        tracing::warn!(email = %email, "password reset not sent: mail is not set up, or there is no cluster yet");
        return Ok(());
    };
    let secret = random_hex(32);
    let expires = now + Duration::minutes(RESET_MINUTES);
    accounts::insert_link(&mut tx, account.id, &secret_hash(&secret), LinkPurpose::Reset, now, expires).await?;
    let link = format!("{}/password/{secret}", link_base.trim_end_matches('/'));
    // In the person's own language once they chose one, else their first cluster's.
    let words = i18n::In(account.language().unwrap_or_else(|| scope.cluster().language()));
    let text = crate::registration::paragraphs(&[
        words.t("mail-hello"),
        format!(
            "{}\n{link}",
            words.t_args("mail-reset-text", &[("email", email.clone()), ("count", RESET_MINUTES.to_string())])
        ),
        words.t("mail-reset-ignore"),
    ]);
    let message = mail.to_one(&email, words.t("mail-reset-subject"), text);
    crate::mail::queue(app, &mut tx, &scope, crate::mail::Purpose::Account, &message).await?;
    tx.commit().await?;
    app.mail_queued();
    tracing::info!(email = %email, address = %address, "password reset sent");
    Ok(())
}

/// The cluster whose outbox carries mail about the account with `email`: the first it works in
/// (for a network administrator, the first of all).
async fn outbox_scope(app: &App, email: &str) -> Result<Option<ClusterScope>, Error> {
    let Some(actor) = store::access::operator_actor(&app.db, email).await? else {
        return Ok(None);
    };
    let Some((cluster, _)) = store::access::clusters_of(&app.db, &actor, 1).await?.into_iter().next() else {
        return Ok(None);
    };
    Ok(store::access::operator_scope(&app.db, &cluster.slug).await?)
}

fn dead_link() -> Error {
    Error::BadRequest(i18n::said("invalid-account-dead-link"))
}

/// The account a one-time link (an invitation or a reset) is for, while the link works.
///
/// # Errors
/// A bad request, saying to ask for a new link, for a link that was used, has expired, is
/// unknown, or whose account was deactivated.
pub async fn link(app: &App, secret: &str) -> Result<LiveLink, Error> {
    accounts::live_link(&app.db, &secret_hash(secret), app.now()).await?.ok_or_else(dead_link)
}

/// Sets the password of a one-time link's account: the link and any other unused one of the
/// account stop working, and every session of the account ends. Answers the account's email,
/// to sign in with.
///
/// # Errors
/// As [`link`]; [`Error::Invalid`] on `new_password` or `repeat_password` as in
/// [`change_password`].
pub async fn set_password_by_link(app: &App, secret: &str, new: &str, repeat: &str) -> Result<String, Error> {
    let found = link(app, secret).await?;
    check_password(new, &found.email).map_err(|m| invalid("new_password", m))?;
    if new != repeat {
        return Err(invalid("repeat_password", i18n::said("invalid-account-passwords-differ")));
    }
    let hash = hash_password(app.password_cost, new.to_string()).await?;
    let mut tx = app.begin().await?;
    // Used inside the unit, so that of a link followed twice at once one sets the password.
    accounts::use_link(&mut tx, &secret_hash(secret), app.now()).await?.ok_or_else(dead_link)?;
    accounts::set_password(&mut tx, found.user_id, &hash, None).await?;
    tx.commit().await?;
    app.access.forget_all();
    tracing::info!(email = %found.email, purpose = found.purpose.code(), "password set through a link");
    Ok(found.email)
}

/// A role as a sentence names it ("as cluster manager"), in `words`' language.
fn role_in_sentence(words: i18n::In, role: Role) -> String {
    words.t(match role {
        Role::ClusterManager => "mail-role-manager",
        Role::Staff => "mail-role-staff",
        Role::Board => "mail-role-board",
    })
}
