//! Passwords, sessions, tokens and the throttling of failed logins, on every backend.

use crate::common;

use app::{App, Error};
use common::build::{self, PASSWORD};
use domain::access::Role;

/// The cluster "ours" with a manager, a staff member and a board member, each signing in as
/// `<role>@ours.example`, and the cluster "theirs" beside it, where none of them holds a role.
async fn two_clusters_and_a_team(app: &App) {
    common::own_cluster(app, "ours").await;
    common::own_cluster(app, "theirs").await;
    for role in [Role::ClusterManager, Role::Staff, Role::Board] {
        build::user(app, &format!("{}@ours.example", role.code()), role, "ours").await;
    }
}

async fn a_session_lives_until_logout(app: App) {
    two_clusters_and_a_team(&app).await;
    let s = app::auth::login(&app, " Cluster-Manager@Ours.example ", PASSWORD, "10.0.0.1").await.unwrap();
    let (actor, csrf) = app::auth::session(&app, &s.secret).await.unwrap().unwrap();
    assert_eq!(actor.email(), "cluster-manager@ours.example");
    assert_eq!(csrf, s.csrf_token);
    assert!(app::auth::session(&app, "not-a-session").await.unwrap().is_none());
    app::auth::logout(&app, &s.secret).await.unwrap();
    assert!(app::auth::session(&app, &s.secret).await.unwrap().is_none());
}

/// A page request's session and scope, looked up together, and then remembered: the same
/// answers either way.
async fn a_session_and_its_scope_are_learnt_together(app: App) {
    use domain::access::Permission::{Edit, Read};
    two_clusters_and_a_team(&app).await;
    let board = app::auth::login(&app, "board@ours.example", PASSWORD, "10.0.0.9").await.unwrap();
    for remembered in [false, true] {
        if !remembered {
            app.age_access_memory(3600);
        }
        let (actor, csrf, scope) = app::auth::session_scope(&app, &board.secret, "ours", Read).await.unwrap().unwrap();
        assert_eq!((actor.email(), csrf.as_str()), ("board@ours.example", board.csrf_token.as_str()));
        assert_eq!((scope.cluster().slug.as_str(), scope.role()), ("ours", Role::Board));
        if !remembered {
            app.age_access_memory(3600);
        }
        let edit = app::auth::session_scope(&app, &board.secret, "ours", Edit).await;
        assert!(matches!(edit, Err(Error::Forbidden(_))), "the board may not edit: {edit:?}");
        for out_of_reach in ["theirs", "no-such-cluster"] {
            if !remembered {
                app.age_access_memory(3600);
            }
            let other = app::auth::session_scope(&app, &board.secret, out_of_reach, Read).await;
            assert!(matches!(other, Err(Error::NotFound("cluster"))), "{out_of_reach}: {other:?}");
        }
    }
    assert!(app::auth::session_scope(&app, "not-a-session", "ours", Read).await.unwrap().is_none());
    app::auth::logout(&app, &board.secret).await.unwrap();
    assert!(app::auth::session_scope(&app, &board.secret, "ours", Read).await.unwrap().is_none());
}

/// Failures slow down the account and address they came from, doubling the wait after the free
/// ones; the owner at another address signs in, and so does another account at the same address.
async fn repeated_failures_slow_down_their_address_not_the_owner(app: App) {
    two_clusters_and_a_team(&app).await;
    for _ in 0..app::auth::FREE_FAILURES_PER_PAIR {
        let r = app::auth::login(&app, "staff@ours.example", "wrong password", "10.0.0.2").await;
        assert!(matches!(r, Err(Error::BadCredentials)), "{r:?}");
    }
    let waits = app::auth::login(&app, "staff@ours.example", PASSWORD, "10.0.0.2").await;
    assert!(
        matches!(waits, Err(Error::TooManyAttempts { retry_after_minutes: 1 })),
        "even the right password waits here, a short while at first: {waits:?}"
    );
    let owner = app::auth::login(&app, "staff@ours.example", PASSWORD, "10.0.0.3").await;
    assert!(owner.is_ok(), "the owner elsewhere is not locked out: {owner:?}");
    let other = app::auth::login(&app, "board@ours.example", PASSWORD, "10.0.0.2").await;
    assert!(other.is_ok(), "another account from the same address is not slowed: {other:?}");
}

/// Forty wrong passwords sent at once against one account are counted before any is checked: at
/// most the free ones reach the password check.
async fn many_wrong_passwords_at_once_are_counted_before_they_are_checked(app: App) {
    two_clusters_and_a_team(&app).await;
    let app = std::sync::Arc::new(app);
    let mut runs = Vec::new();
    for _ in 0..40 {
        let app = app.clone();
        runs.push(tokio::spawn(async move {
            app::auth::login(&app, "staff@ours.example", "wrong password", "10.0.0.4").await
        }));
    }
    let (mut checked, mut refused) = (0, 0);
    for run in runs {
        match run.await.unwrap() {
            Err(Error::BadCredentials) => checked += 1,
            Err(Error::TooManyAttempts { .. }) => refused += 1,
            other => panic!("{other:?}"),
        }
    }
    assert!(checked <= app::auth::FREE_FAILURES_PER_PAIR, "{checked} passwords were checked");
    assert_eq!(checked + refused, 40);
}

/// Failures from many addresses raise the account's ceiling: then only an address the account has
/// signed in from before may try, with the right password.
async fn an_account_under_attack_from_everywhere_still_opens_from_a_known_address(app: App) {
    two_clusters_and_a_team(&app).await;
    app::auth::login(&app, "staff@ours.example", PASSWORD, "10.1.0.1").await.unwrap();
    for n in 0..app::auth::ACCOUNT_CEILING {
        let address = format!("192.0.2.{n}");
        let r = app::auth::login(&app, "staff@ours.example", "guess", &address).await;
        assert!(matches!(r, Err(Error::BadCredentials)), "{r:?}");
    }
    let stranger = app::auth::login(&app, "staff@ours.example", PASSWORD, "198.51.100.7").await;
    assert!(matches!(stranger, Err(Error::TooManyAttempts { .. })), "an unknown address waits: {stranger:?}");
    let owner = app::auth::login(&app, "staff@ours.example", PASSWORD, "10.1.0.1").await;
    assert!(owner.is_ok(), "the owner's known address passes with the right password: {owner:?}");
    let guess = app::auth::login(&app, "staff@ours.example", "guess", "10.1.0.1").await;
    assert!(matches!(guess, Err(Error::BadCredentials)), "a wrong password stays wrong: {guess:?}");
    let nobody = app::auth::login(&app, "nobody@ours.example", PASSWORD, "10.1.0.1").await;
    assert!(matches!(nobody, Err(Error::BadCredentials)), "an unknown email is a wrong password: {nobody:?}");
}

/// A password must be long and hard to guess, not the account's own email; a new password ends
/// the account's sessions and names the API tokens that still work.
async fn passwords_are_checked_and_a_new_one_ends_the_old_sessions(app: App) {
    use app::auth::{UserRole, add_user};
    two_clusters_and_a_team(&app).await;
    for weak in ["short", "password1234", "qwertyuiopas", "Summer2026!", "staffstaffstaff", "staff@ours.example"] {
        let refused =
            add_user(&app, "staff@ours.example", UserRole::Cluster(Role::Staff), Some("ours"), Some(weak.into())).await;
        let Err(Error::Invalid(invalid)) = refused else { panic!("{weak}: {refused:?}") };
        assert!(invalid.message_for("password").is_some(), "{weak}: {invalid}");
    }
    let session = app::auth::login(&app, "staff@ours.example", PASSWORD, "::1").await.unwrap();
    app::auth::create_token(&app, "staff@ours.example", "laptop").await.unwrap();
    let changed = add_user(
        &app,
        "staff@ours.example",
        UserRole::Cluster(Role::Staff),
        Some("ours"),
        Some("correct horse battery staple".into()),
    )
    .await
    .unwrap();
    assert_eq!((changed.sessions_ended, changed.tokens.as_slice()), (1, ["laptop".to_string()].as_slice()));
    assert!(app::auth::session(&app, &session.secret).await.unwrap().is_none(), "the old session has ended");
    assert!(app::auth::login(&app, "staff@ours.example", "correct horse battery staple", "::1").await.is_ok());
}

async fn tokens_are_shown_once_and_stored_hashed(app: App) {
    two_clusters_and_a_team(&app).await;
    let token = app::auth::create_token(&app, "staff@ours.example", "test").await.unwrap();
    assert!(token.starts_with(app::auth::TOKEN_PREFIX));
    let actor = app::auth::token_actor(&app, &token).await.unwrap().unwrap();
    assert_eq!(actor.email(), "staff@ours.example");
    assert!(app::auth::token_actor(&app, "cdt_0000").await.unwrap().is_none());
    assert!(app::auth::token_actor(&app, &app::auth::secret_hash(&token)).await.unwrap().is_none());
    assert!(matches!(app::auth::create_token(&app, "nobody@example.org", "x").await, Err(Error::NotFound("user"))));
}

async fn users_are_added_with_roles_and_checked_input(app: App) {
    use app::auth::{UserRole, add_user};
    common::own_cluster(&app, "energy").await;
    common::own_cluster(&app, "smart-city").await;
    let added =
        add_user(&app, "Ewa@Bursztyn.example", UserRole::Cluster(Role::Staff), Some("energy"), None).await.unwrap();
    assert_eq!(added.email, "ewa@bursztyn.example");
    let password = added.generated_password.expect("a new user without a password gets one");
    let s = app::auth::login(&app, "ewa@bursztyn.example", &password, "::1").await.unwrap();
    let clusters = app::auth::clusters(&app, &s.actor).await.unwrap();
    assert_eq!(clusters.iter().map(|(c, r)| (c.slug.as_str(), *r)).collect::<Vec<_>>(), [("energy", Role::Staff)]);

    let again =
        add_user(&app, "ewa@bursztyn.example", UserRole::Cluster(Role::Board), Some("smart-city"), None).await.unwrap();
    assert!(again.generated_password.is_none(), "an existing user keeps the password");
    assert_eq!(app::auth::clusters(&app, &s.actor).await.unwrap().len(), 2);

    assert!(matches!(
        add_user(&app, "x@y.example", UserRole::Cluster(Role::Staff), None, None).await,
        Err(Error::BadRequest(_))
    ));
    assert!(matches!(
        add_user(&app, "x@y.example", UserRole::Cluster(Role::Staff), Some("nowhere"), None).await,
        Err(Error::NotFound("cluster"))
    ));
    assert!(matches!(add_user(&app, "not an email", UserRole::NetworkAdmin, None, None).await, Err(Error::Invalid(_))));
    assert!(matches!(
        add_user(&app, "short@y.example", UserRole::NetworkAdmin, None, Some("short".into())).await,
        Err(Error::Invalid(_))
    ));
}

async fn a_network_admin_of_many_clusters_gets_a_short_switcher(app: App) {
    for n in 0..app::auth::SWITCHER_CLUSTERS + 2 {
        common::own_cluster(&app, &format!("cluster-{n:02}")).await;
    }
    build::network_admin(&app, "admin@network.example").await;
    let admin = app::auth::login(&app, "admin@network.example", PASSWORD, "::1").await.unwrap();
    let (listed, more) = app::auth::switcher_clusters(&app, &admin.actor).await.unwrap();
    assert_eq!((listed.len(), more), (app::auth::SWITCHER_CLUSTERS, true));
    let all = app::auth::clusters(&app, &admin.actor).await.unwrap();
    assert_eq!(all.len(), app::auth::SWITCHER_CLUSTERS + 2);
    for (cluster, _) in &all {
        app::auth::scope(&app, &admin.actor, &cluster.slug, domain::access::Permission::Read).await.unwrap();
    }
}

/// Two operators add the same new account at once: one makes it, the other finds it made or is
/// told the email is taken, a conflict on that field, never a server fault.
async fn the_same_account_added_twice_at_once(app: App) {
    for n in 0..8 {
        let email = format!("twice{n}@example.org");
        let role = app::auth::UserRole::NetworkAdmin;
        let (a, b) = tokio::join!(
            app::auth::add_user(&app, &email, role, None, Some("a long enough password".into())),
            app::auth::add_user(&app, &email, role, None, Some("a long enough password".into()))
        );
        for outcome in [a, b] {
            match outcome {
                Ok(added) => assert_eq!(added.email, email),
                Err(Error::Conflict(conflict)) => {
                    let message = conflict.message_for("email").expect("the conflict names the email");
                    assert!(message.contains("email"), "{message}");
                }
                Err(other) => panic!("{other:?}"),
            }
        }
        app::auth::login(&app, &email, "a long enough password", "::1").await.unwrap();
    }
}

/// What this server is told (a revoked token, a changed role, a logout) holds at once; another
/// server on the same database, which remembers the credential, follows within
/// `ACCESS_CACHE_SECONDS` of its clock.
async fn revoked_access_ends_at_once_here_and_within_seconds_on_another_server(app: App) {
    use app::auth::{UserRole, add_user};
    use domain::access::Permission;
    common::own_cluster(&app, "ours").await;
    let email = "staff@ours.example";
    add_user(&app, email, UserRole::Cluster(Role::Staff), Some("ours"), Some("a long enough password".into()))
        .await
        .unwrap();
    let other = App::for_tests(app.db().clone());
    let token = app::auth::create_token(&app, email, "laptop").await.unwrap();
    let session = app::auth::login(&app, email, "a long enough password", "::1").await.unwrap();
    // A cold server learns token and scope in one statement, then answers from memory.
    let third = App::for_tests(app.db().clone());
    for _ in 0..2 {
        let (actor, scope) = app::auth::token_scope(&third, &token, "ours", Permission::Edit).await.unwrap().unwrap();
        assert_eq!((actor.email(), scope.role()), (email, Role::Staff));
    }
    let elsewhere = App::for_tests(app.db().clone());
    let nowhere = app::auth::token_scope(&elsewhere, &token, "nowhere", Permission::Read).await;
    assert!(matches!(nowhere, Err(Error::NotFound("cluster"))), "{nowhere:?}");
    let short = app::auth::token_scope(&third, &token, "ours", Permission::Manage).await;
    assert!(matches!(short, Err(Error::Forbidden(_))), "{short:?}");
    assert!(app::auth::token_scope(&third, "cdt_unknown", "ours", Permission::Read).await.unwrap().is_none());
    for server in [&app, &other] {
        assert!(app::auth::token_actor(server, &token).await.unwrap().is_some());
        assert!(app::auth::session(server, &session.secret).await.unwrap().is_some());
        app::auth::scope(server, &session.actor, "ours", Permission::Edit).await.unwrap();
    }

    assert_eq!(app::auth::revoke_token(&app, email, "laptop").await.unwrap(), 1);
    add_user(&app, email, UserRole::Cluster(Role::Board), Some("ours"), None).await.unwrap();
    app::auth::logout(&app, &session.secret).await.unwrap();
    assert!(app::auth::token_actor(&app, &token).await.unwrap().is_none(), "revoked here: at once");
    assert!(app::auth::session(&app, &session.secret).await.unwrap().is_none());
    let here = app::auth::scope(&app, &session.actor, "ours", Permission::Edit).await;
    assert!(matches!(here, Err(Error::Forbidden(_))), "{here:?}");

    assert!(app::auth::token_actor(&other, &token).await.unwrap().is_some(), "remembered for a few seconds");
    other.age_access_memory(app::auth::ACCESS_CACHE_SECONDS as u64);
    assert!(app::auth::token_actor(&other, &token).await.unwrap().is_none());
    assert!(app::auth::session(&other, &session.secret).await.unwrap().is_none());
    let there = app::auth::scope(&other, &session.actor, "ours", Permission::Edit).await;
    assert!(matches!(there, Err(Error::Forbidden(_))), "{there:?}");

    assert!(matches!(app::auth::revoke_token(&app, email, "laptop").await, Err(Error::NotFound(_))));
}

/// An account's life: its owner lists and revokes their own tokens (never another's); the
/// operator deactivates it (no sign-in, no session, no token, here at once), lets it in again,
/// takes a role or network administration away.
async fn accounts_are_deactivated_their_roles_removed_and_their_tokens_listed_and_revoked(app: App) {
    use domain::access::Permission;
    two_clusters_and_a_team(&app).await;
    let email = "staff@ours.example";
    let actor = app::auth::operator_actor(&app, email).await.unwrap();
    let laptop = app::auth::create_own_token(&app, &actor, "laptop").await.unwrap();
    let script = app::auth::create_own_token(&app, &actor, "script").await.unwrap();
    assert!(matches!(app::auth::create_own_token(&app, &actor, "  ").await, Err(Error::Invalid(_))));
    let listed = app::auth::tokens(&app, &actor).await.unwrap();
    assert_eq!(listed.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["script", "laptop"]);
    let manager = app::auth::operator_actor(&app, "cluster-manager@ours.example").await.unwrap();
    let someone_elses = app::auth::revoke_own_token(&app, &manager, listed[1].id).await;
    assert!(matches!(someone_elses, Err(Error::NotFound(_))), "{someone_elses:?}");
    app::auth::revoke_own_token(&app, &actor, listed[1].id).await.unwrap();
    assert!(app::auth::token_actor(&app, &laptop).await.unwrap().is_none());
    assert!(app::auth::token_actor(&app, &script).await.unwrap().is_some());
    assert!(app::auth::tokens(&app, &actor).await.unwrap()[1].revoked_at.is_some());

    let session = app::auth::login(&app, email, PASSWORD, "::1").await.unwrap();
    app::auth::set_active(&app, email, false).await.unwrap();
    assert!(matches!(app::auth::login(&app, email, PASSWORD, "::1").await, Err(Error::BadCredentials)));
    assert!(app::auth::session(&app, &session.secret).await.unwrap().is_none());
    assert!(app::auth::token_actor(&app, &script).await.unwrap().is_none());
    assert!(app::auth::token_scope(&app, &script, "ours", Permission::Read).await.unwrap().is_none());
    assert!(matches!(app::auth::set_active(&app, "nobody@ours.example", false).await, Err(Error::NotFound(_))));
    app::auth::set_active(&app, email, true).await.unwrap();
    let again = app::auth::login(&app, email, PASSWORD, "::1").await.unwrap();
    assert!(app::auth::token_actor(&app, &script).await.unwrap().is_some());

    app::auth::remove_role(&app, email, "ours").await.unwrap();
    let gone = app::auth::scope(&app, &again.actor, "ours", Permission::Read).await;
    assert!(matches!(gone, Err(Error::NotFound(_))), "{gone:?}");
    assert!(matches!(app::auth::remove_role(&app, email, "ours").await, Err(Error::NotFound(_))));
    assert!(matches!(app::auth::remove_role(&app, email, "nowhere").await, Err(Error::NotFound("cluster"))));

    build::network_admin(&app, "admin@network.example").await;
    let admin = app::auth::login(&app, "admin@network.example", PASSWORD, "::1").await.unwrap();
    app::auth::scope(&app, &admin.actor, "theirs", Permission::Manage).await.unwrap();
    app::auth::remove_network_admin(&app, "admin@network.example").await.unwrap();
    let (admin_now, _) = app::auth::session(&app, &admin.secret).await.unwrap().unwrap();
    let theirs = app::auth::scope(&app, &admin_now, "theirs", Permission::Read).await;
    assert!(matches!(theirs, Err(Error::NotFound(_))), "{theirs:?}");
    assert!(matches!(app::auth::remove_network_admin(&app, "admin@network.example").await, Err(Error::BadRequest(_))));
}

/// A session ends after [`app::auth::SESSION_IDLE_MINUTES`] without use; one in use lives on,
/// its last use noted at most every few minutes.
async fn a_session_ends_after_half_an_hour_without_use(app: App) {
    two_clusters_and_a_team(&app).await;
    let idle = app::auth::login(&app, "staff@ours.example", PASSWORD, "::1").await.unwrap();
    let busy = app::auth::login(&app, "board@ours.example", PASSWORD, "::1").await.unwrap();
    let minutes_ago = |m: i64| store::now() - chrono::Duration::minutes(m);
    let (idle_hash, busy_hash) = (app::auth::secret_hash(&idle.secret), app::auth::secret_hash(&busy.secret));
    let long_ago = minutes_ago(app::auth::SESSION_IDLE_MINUTES + 1);
    store::testing::set_session_last_seen(app.db(), &idle_hash, long_ago).await.unwrap();
    let lately = minutes_ago(app::auth::SESSION_IDLE_MINUTES - 2);
    store::testing::set_session_last_seen(app.db(), &busy_hash, lately).await.unwrap();
    app.age_access_memory(app::auth::ACCESS_CACHE_SECONDS as u64);
    assert!(app::auth::session(&app, &idle.secret).await.unwrap().is_none(), "idle too long");
    assert!(app::auth::session(&app, &busy.secret).await.unwrap().is_some(), "used lately");
    let noted = store::testing::session_last_seen(app.db(), &busy_hash).await.unwrap().unwrap();
    assert!(noted > minutes_ago(1), "its use is noted: a full half hour again ({noted})");
    // Used again within minutes, it is not written again.
    app.age_access_memory(app::auth::ACCESS_CACHE_SECONDS as u64);
    app::auth::session(&app, &busy.secret).await.unwrap().unwrap();
    assert_eq!(store::testing::session_last_seen(app.db(), &busy_hash).await.unwrap(), Some(noted));
}

on_each_backend!(empty: revoked_access_ends_at_once_here_and_within_seconds_on_another_server);

on_each_backend!(empty: accounts_are_deactivated_their_roles_removed_and_their_tokens_listed_and_revoked, a_session_ends_after_half_an_hour_without_use);

on_each_backend!(empty: a_session_lives_until_logout, a_session_and_its_scope_are_learnt_together, repeated_failures_slow_down_their_address_not_the_owner, many_wrong_passwords_at_once_are_counted_before_they_are_checked, an_account_under_attack_from_everywhere_still_opens_from_a_known_address, passwords_are_checked_and_a_new_one_ends_the_old_sessions, tokens_are_shown_once_and_stored_hashed);

on_each_backend!(empty: the_same_account_added_twice_at_once, users_are_added_with_roles_and_checked_input, a_network_admin_of_many_clusters_gets_a_short_switcher);
