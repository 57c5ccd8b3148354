//! People and their accounts: invitations and resets through a real SMTP listener, roles,
//! deactivation, one's own password and sessions, on every backend.

use crate::common;

use app::App;
use app::mail::testing::SmtpListener;
use common::build;
use domain::access::{Permission, Role};

const BASE: &str = "https://desk.example";

async fn with_mail(app: App) -> (App, SmtpListener) {
    let listener = SmtpListener::start().await;
    let mailer = app::mail::SmtpMailer::from_url(&listener.url).unwrap();
    let app =
        app.with_mail(app::mail::Mail { mailer: std::sync::Arc::new(mailer), from: "desk@cluster.example".into() });
    (app, listener)
}

/// Sends what the outbox holds and answers every message sent to `to` so far.
async fn mail_to(app: &App, listener: &SmtpListener, to: &str) -> Vec<String> {
    app::mail::deliver_pending(app, "worker").await.unwrap();
    listener.received().into_iter().filter(|m| m.to == [to]).map(|m| m.text()).collect()
}

/// The secret of the last one-time link in a message.
fn secret_in(text: &str) -> String {
    let (_, after) = text.rsplit_once("/password/").expect("a link");
    after.chars().take_while(char::is_ascii_hexdigit).collect()
}

fn invalid_on(e: app::Error) -> Vec<String> {
    match e {
        app::Error::Invalid(i) => i.0.into_iter().map(|e| e.field).collect(),
        other => panic!("expected invalid fields, got {other:?}"),
    }
}

async fn a_person_is_invited_sets_a_password_once_and_works_in_the_role(app: App) {
    let (app, listener) = with_mail(app).await;
    common::own_cluster(&app, "ours").await;
    build::user(&app, "ane@ours.example", Role::ClusterManager, "ours").await;
    let (ane, scope) = build::signed_in(&app, "ane@ours.example", "ours", Permission::Manage).await;

    for (email, role, field) in [
        ("not an email", "staff", "email"),
        ("nora@errota.example", "admin", "role"),
        ("ane@ours.example", "staff", "email"),
    ] {
        let refused = app::account::invite(&app, &scope, &ane, email, "", role, BASE).await.unwrap_err();
        assert_eq!(invalid_on(refused), [field], "{email} {role}");
    }
    let invited =
        app::account::invite(&app, &scope, &ane, " Nora@Errota.example ", "Nora Errota", "staff", BASE).await.unwrap();
    assert_eq!((invited.email.as_str(), invited.new_account, invited.link), ("nora@errota.example", true, None));
    let people = app::account::people(&app, &scope).await.unwrap();
    let nora = people.iter().find(|p| p.email == "nora@errota.example").unwrap();
    assert_eq!((nora.display_name.as_str(), nora.role, nora.has_password), ("Nora Errota", Role::Staff, false));
    // Invited, without a password yet, nobody signs in as her.
    assert!(matches!(app::auth::login(&app, "nora@errota.example", "!", "x").await, Err(app::Error::BadCredentials)));

    let mail = mail_to(&app, &listener, "nora@errota.example").await;
    assert_eq!(mail.len(), 1);
    // Someone new is invited in the cluster's language, its country's.
    assert!(
        mail[0].contains("ane le invita a unirse a Cluster ours en clusterdesk, con el rol «equipo»"),
        "{}",
        mail[0]
    );
    assert!(mail[0].contains(&format!("{BASE}/password/")), "{}", mail[0]);
    let secret = secret_in(&mail[0]);
    assert_eq!(secret.len(), 64);
    let link = app::account::link(&app, &secret).await.unwrap();
    assert_eq!((link.email.as_str(), link.purpose), ("nora@errota.example", app::account::LinkPurpose::Invitation));

    let weak = app::account::set_password_by_link(&app, &secret, "password12", "password12").await.unwrap_err();
    assert_eq!(invalid_on(weak), ["new_password"]);
    let typo = app::account::set_password_by_link(&app, &secret, "harbour crane lantern", "harbour crane lantrn")
        .await
        .unwrap_err();
    assert_eq!(invalid_on(typo), ["repeat_password"]);
    // Followed twice at once, the link sets one password.
    let phrase = "harbour crane lantern";
    let (first, second) = tokio::join!(
        app::account::set_password_by_link(&app, &secret, phrase, phrase),
        app::account::set_password_by_link(&app, &secret, "other quiet meadow", "other quiet meadow"),
    );
    assert_eq!(first.is_ok() as u8 + second.is_ok() as u8, 1, "{first:?} {second:?}");
    let chosen = if first.is_ok() { phrase } else { "other quiet meadow" };
    assert!(matches!(app::account::link(&app, &secret).await, Err(app::Error::BadRequest(_))));
    let session = app::auth::login(&app, "nora@errota.example", chosen, "x").await.unwrap();
    app::auth::scope(&app, &session.actor, "ours", Permission::Edit).await.unwrap();

    // An account that exists already is given the role and told; no link to set a password.
    common::own_cluster(&app, "theirs").await;
    build::user(&app, "iker@theirs.example", Role::Staff, "theirs").await;
    let invited = app::account::invite(&app, &scope, &ane, "iker@theirs.example", "", "board", BASE).await.unwrap();
    assert!(!invited.new_account);
    let told = mail_to(&app, &listener, "iker@theirs.example").await;
    assert_eq!(told.len(), 1);
    assert!(told[0].contains(&format!("{BASE}/clusters/ours")) && !told[0].contains("/password/"), "{}", told[0]);
    let (iker, _) = build::signed_in(&app, "iker@theirs.example", "ours", Permission::Read).await;
    assert!(matches!(app::auth::scope(&app, &iker, "ours", Permission::Edit).await, Err(app::Error::Forbidden(_))));

    // Without mail set up, the manager gets the link to pass on.
    let quiet = App::for_tests(app.db().clone());
    let invited = app::account::invite(&quiet, &scope, &ane, "leire@ours.example", "", "staff", BASE).await.unwrap();
    assert!(invited.link.as_deref().is_some_and(|l| l.starts_with(&format!("{BASE}/password/"))), "{invited:?}");

    // Staff do not manage people.
    let staff_scope = app::auth::scope(&app, &session.actor, "ours", Permission::Edit).await.unwrap();
    let refused = app::account::invite(&app, &staff_scope, &ane, "x@ours.example", "", "staff", BASE).await;
    assert!(matches!(refused, Err(app::Error::Forbidden(_))));
    assert!(matches!(app::account::people(&app, &staff_scope).await, Err(app::Error::Forbidden(_))));
}

async fn roles_change_and_accounts_are_deactivated_within_the_managers_reach(app: App) {
    common::own_cluster(&app, "ours").await;
    common::own_cluster(&app, "theirs").await;
    build::user(&app, "ane@ours.example", Role::ClusterManager, "ours").await;
    build::user(&app, "jon@ours.example", Role::Staff, "ours").await;
    build::user(&app, "iker@ours.example", Role::Staff, "ours").await;
    build::user(&app, "iker@ours.example", Role::Board, "theirs").await;
    build::user(&app, "mikel@theirs.example", Role::Staff, "theirs").await;
    let (ane, scope) = build::signed_in(&app, "ane@ours.example", "ours", Permission::Manage).await;
    let id = |email: &'static str| {
        let app = app.clone();
        async move { app::auth::operator_actor(&app, email).await.unwrap().user_id() }
    };
    let (jon, iker, mikel) =
        (id("jon@ours.example").await, id("iker@ours.example").await, id("mikel@theirs.example").await);
    let (jon_actor, _) = build::signed_in(&app, "jon@ours.example", "ours", Permission::Edit).await;

    let changed = app::account::set_role(&app, &scope, &ane, jon, "board").await.unwrap();
    assert_eq!(changed.role, Role::Board);
    assert!(matches!(
        app::auth::scope(&app, &jon_actor, "ours", Permission::Edit).await,
        Err(app::Error::Forbidden(_))
    ));
    assert!(matches!(app::account::set_role(&app, &scope, &ane, jon, "owner").await, Err(app::Error::Invalid(_))));
    // Nobody changes their own role or account here, nor reaches someone of another cluster.
    assert!(matches!(
        app::account::set_role(&app, &scope, &ane, ane.user_id(), "staff").await,
        Err(app::Error::BadRequest(_))
    ));
    assert!(matches!(
        app::account::set_active(&app, &scope, &ane, ane.user_id(), false).await,
        Err(app::Error::BadRequest(_))
    ));
    assert!(matches!(app::account::set_role(&app, &scope, &ane, mikel, "staff").await, Err(app::Error::NotFound(_))));
    assert!(matches!(app::account::remove(&app, &scope, &ane, mikel).await, Err(app::Error::NotFound(_))));
    assert!(matches!(app::account::set_active(&app, &scope, &ane, mikel, false).await, Err(app::Error::NotFound(_))));

    // Someone who works in another cluster too is taken out of this one, not deactivated by
    // this cluster's manager; a network administrator may deactivate them.
    let elsewhere = app::account::set_active(&app, &scope, &ane, iker, false).await.unwrap_err();
    assert!(elsewhere.to_string().contains("1 other cluster"), "{elsewhere}");
    build::network_admin(&app, "root@network.example").await;
    let (root, root_scope) = build::signed_in(&app, "root@network.example", "ours", Permission::Manage).await;
    app::account::set_active(&app, &root_scope, &root, iker, false).await.unwrap();
    assert!(app::auth::login(&app, "iker@ours.example", build::PASSWORD, "x").await.is_err());
    app::account::set_active(&app, &root_scope, &root, iker, true).await.unwrap();
    app::auth::login(&app, "iker@ours.example", build::PASSWORD, "x").await.unwrap();

    // Deactivated: signed out everywhere at once, and no longer signs in; history stays.
    let session = app::auth::login(&app, "jon@ours.example", build::PASSWORD, "x").await.unwrap();
    app::account::set_active(&app, &scope, &ane, jon, false).await.unwrap();
    assert!(app::auth::session(&app, &session.secret).await.unwrap().is_none());
    assert!(app::auth::login(&app, "jon@ours.example", build::PASSWORD, "x").await.is_err());
    let people = app::account::people(&app, &scope).await.unwrap();
    assert!(people.iter().any(|p| p.email == "jon@ours.example" && !p.active));

    let removed = app::account::remove(&app, &scope, &ane, iker).await.unwrap();
    assert_eq!(removed.email, "iker@ours.example");
    assert!(!app::account::people(&app, &scope).await.unwrap().iter().any(|p| p.user_id == iker));
    let (iker_actor, _) = build::signed_in(&app, "iker@ours.example", "theirs", Permission::Read).await;
    assert!(matches!(
        app::auth::scope(&app, &iker_actor, "ours", Permission::Read).await,
        Err(app::Error::NotFound(_))
    ));
}

async fn a_forgotten_password_is_reset_by_link_with_the_same_answer_for_everyone(app: App) {
    let (app, listener) = with_mail(app).await;
    common::own_cluster(&app, "ours").await;
    build::user(&app, "ane@ours.example", Role::ClusterManager, "ours").await;
    let before = app::auth::login(&app, "ane@ours.example", build::PASSWORD, "x").await.unwrap();

    // Known, unknown and deactivated addresses get the same answer; only the known is sent a link.
    app::account::request_reset(&app, "ANE@ours.example", "10.0.0.1", BASE).await.unwrap();
    app::account::request_reset(&app, "nobody@ours.example", "10.0.0.1", BASE).await.unwrap();
    let mail = mail_to(&app, &listener, "ane@ours.example").await;
    assert_eq!(mail.len(), 1);
    assert_eq!(listener.received().len(), 1, "nothing went to an address without an account");
    // Ane has not chosen a language: her cluster's.
    assert!(mail[0].contains("válido una sola vez durante 60 minutos"), "{}", mail[0]);
    let secret = secret_in(&mail[0]);
    assert_eq!(app::account::link(&app, &secret).await.unwrap().purpose, app::account::LinkPurpose::Reset);

    // The link ends after its hour.
    let late = app.on(chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap());
    assert!(matches!(app::account::link(&late, &secret).await, Err(app::Error::BadRequest(_))));

    app::account::set_password_by_link(&app, &secret, "winter orchard ferry", "winter orchard ferry").await.unwrap();
    assert!(app::auth::session(&app, &before.secret).await.unwrap().is_none(), "every session ended");
    app::auth::login(&app, "ane@ours.example", "winter orchard ferry", "x").await.unwrap();
    assert!(app::auth::login(&app, "ane@ours.example", build::PASSWORD, "x").await.is_err());

    // At most three links an hour to one account, whoever asks; the answer stays the same.
    for address in ["10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5"] {
        app::account::request_reset(&app, "ane@ours.example", address, BASE).await.unwrap();
    }
    assert_eq!(
        mail_to(&app, &listener, "ane@ours.example").await.len(),
        app::account::RESETS_PER_ACCOUNT_PER_HOUR as usize
    );
    // One address asking for many accounts is stopped after ten requests in the hour.
    for n in 0..8 {
        app::account::request_reset(&app, &format!("guess{n}@ours.example"), "10.0.0.1", BASE).await.unwrap();
    }
    let refused = app::account::request_reset(&app, "guess9@ours.example", "10.0.0.1", BASE).await;
    assert!(matches!(refused, Err(app::Error::RateLimited { .. })), "{refused:?}");
    let malformed = app::account::request_reset(&app, "no address", "10.0.0.9", BASE).await.unwrap_err();
    assert_eq!(invalid_on(malformed), ["email"]);
}

async fn one_changes_their_password_and_ends_their_own_sessions(app: App) {
    common::own_cluster(&app, "ours").await;
    build::user(&app, "ane@ours.example", Role::Staff, "ours").await;
    build::user(&app, "jon@ours.example", Role::Staff, "ours").await;
    let client = |agent: &str| app::auth::Client { address: "10.0.0.7".into(), user_agent: Some(agent.into()) };
    let here = app::auth::login_from(&app, "ane@ours.example", build::PASSWORD, &client("Firefox/140 (X11; Linux)"))
        .await
        .unwrap();
    let phone = app::auth::login_from(&app, "ane@ours.example", build::PASSWORD, &client("Mobile Safari/605 iPhone"))
        .await
        .unwrap();
    let laptop = app::auth::login(&app, "ane@ours.example", build::PASSWORD, "10.0.0.8").await.unwrap();
    let jon = app::auth::login(&app, "jon@ours.example", build::PASSWORD, "10.0.0.9").await.unwrap();

    let sessions = app::account::sessions(&app, &here.actor, &here.secret).await.unwrap();
    assert_eq!(sessions.len(), 3, "{sessions:?}");
    assert_eq!(sessions.iter().filter(|s| s.current).count(), 1);
    let current = sessions.iter().find(|s| s.current).unwrap();
    assert_eq!(current.user_agent.as_deref(), Some("Firefox/140 (X11; Linux)"));
    assert_eq!(current.address.as_deref(), Some("10.0.0.7"));
    // Another's session is not found, and stays.
    let jons = app::account::sessions(&app, &jon.actor, &jon.secret).await.unwrap()[0].id;
    assert!(matches!(app::account::end_session(&app, &here.actor, jons).await, Err(app::Error::NotFound(_))));
    assert!(app::auth::session(&app, &jon.secret).await.unwrap().is_some());
    let phone_id = app::account::sessions(&app, &phone.actor, &phone.secret)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.current)
        .unwrap()
        .id;
    app::account::end_session(&app, &here.actor, phone_id).await.unwrap();
    assert!(app::auth::session(&app, &phone.secret).await.unwrap().is_none());
    assert!(app::auth::session(&app, &here.secret).await.unwrap().is_some());

    let wrong =
        app::account::change_password(&app, &here.actor, Some(&here.secret), "guess", "a b c d e f", "a b c d e f")
            .await
            .unwrap_err();
    assert_eq!(invalid_on(wrong), ["current_password"]);
    let weak =
        app::account::change_password(&app, &here.actor, Some(&here.secret), build::PASSWORD, "ane@ours", "ane@ours")
            .await
            .unwrap_err();
    assert_eq!(invalid_on(weak), ["new_password"]);
    let phrase = "violet tram under bridges";
    let ended = app::account::change_password(&app, &here.actor, Some(&here.secret), build::PASSWORD, phrase, phrase)
        .await
        .unwrap();
    assert_eq!(ended, 1, "the laptop's session ended; this one stays");
    assert!(app::auth::session(&app, &laptop.secret).await.unwrap().is_none());
    assert!(app::auth::session(&app, &here.secret).await.unwrap().is_some());
    assert!(app::auth::session(&app, &jon.secret).await.unwrap().is_some());
    app::auth::login(&app, "ane@ours.example", phrase, "x").await.unwrap();
}

on_each_backend!(empty: a_person_is_invited_sets_a_password_once_and_works_in_the_role,
    roles_change_and_accounts_are_deactivated_within_the_managers_reach,
    a_forgotten_password_is_reset_by_link_with_the_same_answer_for_everyone,
    one_changes_their_password_and_ends_their_own_sessions);
