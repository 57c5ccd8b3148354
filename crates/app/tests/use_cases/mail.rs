//! The outbox: mail is queued in the unit of work that causes it, and delivered by workers that
//! lease each message in the database, with retries and a sent log; on every backend.

use crate::common;

use std::sync::{Arc, Mutex};
use std::time::Duration as StdDuration;

use app::mail::{Delivery, Mail, Mailer, OutgoingMail, Sending};
use app::{App, ClusterScope};
use chrono::{Duration, NaiveDate};
use common::build;
use domain::event::{EventFields, EventFormat, EventKind};
use domain::id::Uuid;

/// A mail server that keeps what it takes, takes a moment over each message (so that two
/// workers overlap), and refuses everything while `refusing` is set.
#[derive(Default)]
struct Recorder {
    taken: Mutex<Vec<String>>,
    refusing: Mutex<bool>,
}

impl Mailer for Recorder {
    fn send<'a>(&'a self, mail: &'a OutgoingMail) -> Sending<'a> {
        Box::pin(async move {
            tokio::time::sleep(StdDuration::from_millis(2)).await;
            if *self.refusing.lock().unwrap() {
                return Err("451 try again later".into());
            }
            self.taken.lock().unwrap().push(mail.to.join(","));
            Ok(())
        })
    }
}

fn with_recorder(app: &App) -> (App, Arc<Recorder>) {
    let recorder = Arc::new(Recorder::default());
    let mail = Mail { mailer: recorder.clone(), from: "events@cluster.example".into() };
    (app.clone().with_mail(mail), recorder)
}

fn open_event() -> EventFields {
    let day = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
    EventFields {
        title: "Port night".into(),
        kind: EventKind::Networking,
        format: EventFormat::InPerson,
        place: Some("Bilbao".into()),
        link: None,
        capacity: None,
        member_price: 0,
        non_member_price: 0,
        tax_rate_basis_points: 0,
        starts_at: day.and_hms_opt(18, 0, 0).unwrap(),
        ends_at: day.and_hms_opt(21, 0, 0).unwrap(),
        description: String::new(),
        agenda: Vec::new(),
    }
}

/// Registers `count` people for a new event of the cluster `slug`, whose team accepts each
/// registration: each acceptance queues one confirmation.
async fn registrations(app: &App, slug: &str, count: usize) -> (ClusterScope, Uuid) {
    let manager = common::own_cluster(app, slug).await;
    app::registration::set_public_registration(app, &manager, domain::event::RegistrationCheck::Review, "")
        .await
        .unwrap();
    let manager = app::auth::operator_scope(app, slug).await.unwrap();
    let event = app::event::create(app, &manager, &open_event(), None).await.unwrap();
    let visitor = app::auth::visitor_scope(app, slug).await.unwrap();
    for n in 0..count {
        let input = app::registration::RegistrationInput {
            first_name: Some(format!("Person{n}")),
            last_name: Some("Test".into()),
            email: Some(format!("person{n}@visitors.example")),
            organisation: Some(format!("Company {n}")),
            wants_news: None,
            language: None,
        };
        let outcome = build::registration(app, &visitor, event, &input).await.unwrap();
        assert!(outcome.mailed);
    }
    (manager, event)
}

async fn two_workers_on_one_database_send_each_message_once(app: App) {
    let (app, recorder) = with_recorder(&app);
    let (manager, _) = registrations(&app, "two-workers", 45).await;
    assert!(recorder.taken.lock().unwrap().is_empty(), "nothing leaves inside the request");
    let (one, other) = tokio::join!(app::mail::deliver_pending(&app, "one"), app::mail::deliver_pending(&app, "two"));
    let (one, other) = (one.unwrap(), other.unwrap());
    assert_eq!(one.sent + other.sent, 45, "{one:?} {other:?}");
    let mut taken = recorder.taken.lock().unwrap().clone();
    assert_eq!(taken.len(), 45);
    taken.sort();
    taken.dedup();
    assert_eq!(taken.len(), 45, "no message went twice");
    let log = app::mail::sent_log(&app, &manager).await.unwrap();
    assert_eq!(log.len(), 45);
    assert!(
        log.iter()
            .all(|m| m.state == domain::mail::MessageState::Sent && m.attempts == 1 && m.purpose == "registration")
    );
    // Nothing is left to send.
    assert_eq!(app::mail::deliver_pending(&app, "one").await.unwrap(), Delivery::default());
}

async fn leases_taken_at_once_never_share_a_message(app: App) {
    let (app, _) = with_recorder(&app);
    let (manager, _) = registrations(&app, "leases", 30).await;
    let (now, until) = (app.now(), app.now() + Duration::minutes(5));
    let cluster = manager.cluster_id();
    let (a, b) = tokio::join!(
        store::outbox::lease(app.db(), cluster, "a", now, until, 20),
        store::outbox::lease(app.db(), cluster, "b", now, until, 20)
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.len() + b.len(), 30, "20 to one worker, the other 10 to the other");
    assert!(a.iter().all(|m| b.iter().all(|n| n.id != m.id)));
    // A worker that stops holding a lease (a server that died) leaves the message to others
    // once the lease runs out, not before.
    let soon = store::outbox::lease(app.db(), cluster, "c", now + Duration::minutes(4), until, 50).await.unwrap();
    assert!(soon.is_empty());
    let later =
        store::outbox::lease(app.db(), cluster, "c", until + Duration::seconds(1), until + Duration::minutes(5), 50)
            .await
            .unwrap();
    assert_eq!(later.len(), 30);
}

async fn refused_mail_is_tried_again_later_and_given_up_after_the_last_attempt(app: App) {
    let (app, recorder) = with_recorder(&app);
    let (manager, _) = registrations(&app, "retries", 1).await;
    *recorder.refusing.lock().unwrap() = true;
    let start = app.now();
    let first = app::mail::deliver_pending(&app, "w").await.unwrap();
    assert_eq!(first, Delivery { sent: 0, deferred: 1, failed: 0 });
    let log = app::mail::sent_log(&app, &manager).await.unwrap();
    let m = &log[0];
    assert_eq!((m.state, m.attempts), (domain::mail::MessageState::Pending, 1));
    assert_eq!(m.error.as_deref(), Some("451 try again later"));
    assert_eq!(m.next_attempt_at, Some(start + Duration::minutes(1)));
    // Not before its time.
    let early = app::mail::deliver_pending(&app.at(start + Duration::seconds(30)), "w").await.unwrap();
    assert_eq!(early, Delivery::default());
    // Waits of 1, 5, 30, 120 and 360 minutes, then it is given up.
    let mut at = start;
    for wait in [1, 5, 30, 120] {
        at += Duration::minutes(wait);
        let run = app::mail::deliver_pending(&app.at(at), "w").await.unwrap();
        assert_eq!(run, Delivery { sent: 0, deferred: 1, failed: 0 }, "after {wait} minutes");
    }
    at += Duration::minutes(360);
    let last = app::mail::deliver_pending(&app.at(at), "w").await.unwrap();
    assert_eq!(last, Delivery { sent: 0, deferred: 0, failed: 1 });
    let log = app::mail::sent_log(&app, &manager).await.unwrap();
    assert_eq!((log[0].state, log[0].attempts, log[0].next_attempt_at), (domain::mail::MessageState::Failed, 6, None));
    *recorder.refusing.lock().unwrap() = false;
    let after = app::mail::deliver_pending(&app.at(at + Duration::days(1)), "w").await.unwrap();
    assert_eq!(after, Delivery::default(), "a message given up stays given up");
}

async fn a_registration_that_fails_queues_no_mail(app: App) {
    let (app, recorder) = with_recorder(&app);
    let (manager, event) = registrations(&app, "no-mail", 0).await;
    app::event::cancel(&app, &manager, event, "manager").await.unwrap();
    let visitor = app::auth::visitor_scope(&app, "no-mail").await.unwrap();
    let input = app::registration::RegistrationInput {
        first_name: Some("Ane".into()),
        last_name: Some("Late".into()),
        email: Some("ane@late.example".into()),
        organisation: Some("Late S.L.".into()),
        wants_news: None,
        language: None,
    };
    assert!(build::registration(&app, &visitor, event, &input).await.is_err());
    assert!(app::mail::sent_log(&app, &manager).await.unwrap().is_empty());
    assert_eq!(app::mail::deliver_pending(&app, "w").await.unwrap(), Delivery::default());
    assert!(recorder.taken.lock().unwrap().is_empty());
}

async fn the_sent_log_is_the_teams_and_each_clusters_own(app: App) {
    let (app, _) = with_recorder(&app);
    let (ours, _) = registrations(&app, "ours", 2).await;
    let (theirs, _) = registrations(&app, "theirs", 3).await;
    assert_eq!(app::mail::sent_log(&app, &ours).await.unwrap().len(), 2);
    assert_eq!(app::mail::sent_log(&app, &theirs).await.unwrap().len(), 3);
    // The board reads the cluster's records, not the team's mail; a visitor's scope cannot
    // even be passed (see `app::auth::Visitor`).
    use app::auth::UserRole;
    use domain::access::Role;
    let role = UserRole::Cluster(Role::Board);
    app::auth::add_user(&app, "board@ours.example", role, Some("ours"), Some("a long password".into())).await.unwrap();
    let board = app::auth::login(&app, "board@ours.example", "a long password", "127.0.0.1").await.unwrap();
    let scope = app::auth::scope(&app, &board.actor, "ours", domain::access::Permission::Read).await.unwrap();
    assert!(matches!(app::mail::sent_log(&app, &scope).await, Err(app::Error::Forbidden(_))));
}

on_each_backend!(empty: two_workers_on_one_database_send_each_message_once, leases_taken_at_once_never_share_a_message, refused_mail_is_tried_again_later_and_given_up_after_the_last_attempt, a_registration_that_fails_queues_no_mail, the_sent_log_is_the_teams_and_each_clusters_own);
