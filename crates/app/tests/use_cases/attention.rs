//! What needs attention today, on hand-made records of every kind, on every backend.

use crate::common;

use app::App;
use app::attention::{Concern, Subject};
use chrono::NaiveDate;
use common::build;
use domain::access::{Permission, Role};
use domain::project::{ProjectInput, ProjectStage};
use domain::strategy::ActionLineInput;
use domain::task::{TaskInput, TaskLinks};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const TODAY: fn() -> NaiveDate = || d(2026, 11, 30);

fn task(title: &str, due: &str, assignee: Option<domain::id::Uuid>) -> (TaskInput, TaskLinks) {
    (
        TaskInput { title: Some(title.into()), due_on: Some(due.into()) },
        TaskLinks { assignee_id: assignee, ..Default::default() },
    )
}

/// Titles of the entries of one kind, in the order shown.
fn titles(attention: &app::attention::Attention, concern: Concern) -> Vec<String> {
    attention
        .parts
        .iter()
        .find(|p| p.concern == concern)
        .map(|p| p.entries.iter().map(|e| e.title.clone()).collect())
        .unwrap_or_default()
}

async fn the_home_lists_what_needs_attention_and_says_when_all_is_done(app: App) {
    let manager = common::own_cluster(&app, "ours").await;
    build::user(&app, "iker@ours.example", Role::Staff, "ours").await;
    build::user(&app, "ane@ours.example", Role::Staff, "ours").await;
    let (iker, scope) = build::signed_in(&app, "iker@ours.example", "ours", Permission::Edit).await;
    let (ane, _) = build::signed_in(&app, "ane@ours.example", "ours", Permission::Edit).await;
    let app = app.on(TODAY());

    let refused = app::attention::network(&app, &iker).await;
    assert!(matches!(refused, Err(app::Error::Forbidden(_))), "the network is for its administrators: {refused:?}");
    let nothing = app::attention::today(&app, &scope, &iker).await.unwrap();
    assert!(nothing.all_done(), "{nothing:?}");
    assert_eq!(nothing.counts(), (0, 0));

    // Tasks: overdue or due within the week, mine first; not those done or far off.
    for (title, due, whose) in [
        ("Call Zubi back", "2026-12-03", Some(ane.user_id())),
        ("Send the offer", "2026-11-20", Some(iker.user_id())),
        ("Book the room", "2026-12-02", None),
        ("Plan next year", "2026-12-30", Some(iker.user_id())),
        ("Sent already", "2026-11-25", Some(iker.user_id())),
    ] {
        let (input, links) = task(title, due, whose);
        let made = app::task::create(&app, &scope, &iker, &input, links).await.unwrap();
        if title == "Sent already" {
            app::task::set_done(&app, &scope, made.id, true).await.unwrap();
        }
    }

    // Events: those of the next two weeks with their seats, not a later one nor a cancelled one.
    let soon = build::event_with_seats(&app, &scope, "Lean workshop", d(2026, 12, 4), 20).await;
    build::event(&app, &scope, "Spring forum", d(2027, 3, 4)).await;
    let called_off = build::event(&app, &scope, "Port night", d(2026, 12, 2)).await;
    app::event::cancel(&app, &scope, called_off, "manager").await.unwrap();
    let zubi = build::organisation(&app, &scope, "Zubi Logística S.L.").await;
    let ane_at_zubi = build::contact(&app, &scope, zubi.id, "Ane", "Etxeberria", Some("ane@zubi.example")).await;
    build::registration(&app, &scope, soon, &build::typed(&ane_at_zubi)).await.unwrap();

    // Applications not accepted yet, oldest first; an accepted one is not waiting.
    let full = build::full_member_type(&app, &manager).await;
    let later = build::organisation(&app, &scope, "Aldaba Robotics S.L.").await;
    let earlier = build::organisation(&app, &scope, "Bidasoa Composites S.A.").await;
    app::membership::add(&app, &scope, later.id, full, d(2026, 11, 10), None, "manager").await.unwrap();
    let application =
        app::membership::add(&app, &scope, earlier.id, full, d(2026, 10, 1), None, "manager").await.unwrap();
    build::member(&app, &scope, zubi.id, full, d(2026, 1, 15)).await;

    // Money: a payment that names no invoice, and an invoice past its due day.
    build::billing_details(&app, &manager).await;
    build::unmatched_transfer(&app, &scope, "TRANSFER FROM SOMEONE", "120.00").await;
    let (_, overdue_number) = build::issued_invoice(&app, &scope, later.id, "300.00", d(2026, 9, 1)).await;
    build::issued_invoice(&app, &scope, earlier.id, "80.00", d(2026, 11, 25)).await;

    // A milestone past its day and one within the week; not one done, nor one far off.
    let project_input = ProjectInput {
        title: Some("Green corridor".into()),
        summary: Some("Rail freight from the port".into()),
        scope: Some("collective".into()),
        area: Some("innovation".into()),
        starts_on: Some("2026-01-01".into()),
        ends_on: Some("2027-12-31".into()),
    };
    let project = app::project::create(&app, &scope, &project_input, ProjectStage::Running, &[], "s").await.unwrap();
    app::project::add_milestone(&app, &scope, project, "Feasibility study", "2026-11-15").await.unwrap();
    app::project::add_milestone(&app, &scope, project, "Partners signed", "2026-12-05").await.unwrap();
    app::project::add_milestone(&app, &scope, project, "First train", "2027-06-01").await.unwrap();
    let done = app::project::add_milestone(&app, &scope, project, "Kick-off", "2026-02-01").await.unwrap();
    app::project::milestone_done(&app, &scope, project, done, true).await.unwrap();

    // Action-plan lines: one late, one at risk; not one on track ending after the week, nor one done.
    for (objective, ends_on, status) in [
        ("Grow the membership", "2026-10-31", "on_track"),
        ("Open a Brussels office", "2026-12-31", "at_risk"),
        ("Run the forum", "2026-12-31", "on_track"),
        ("Publish the strategy", "2026-06-30", "done"),
    ] {
        let input = ActionLineInput {
            objective: Some(objective.into()),
            actions: Some("Steps".into()),
            owner: Some("Iker".into()),
            starts_on: Some("2026-01-01".into()),
            ends_on: Some(ends_on.into()),
            status: Some(status.into()),
            indicator: None,
        };
        app::strategy::add_line(&app, &scope, 2026, &input, None).await.unwrap();
    }

    // Another cluster's overdue invoice is not ours to see.
    let theirs = common::own_cluster(&app, "theirs").await;
    let stranger = build::organisation(&app, &theirs, "Elsewhere S.L.").await;
    build::billing_details(&app, &theirs).await;
    build::issued_invoice(&app, &theirs, stranger.id, "999.00", d(2026, 8, 1)).await;

    let attention = app::attention::today(&app, &scope, &iker).await.unwrap();
    assert!(!attention.all_done());
    assert_eq!(
        titles(&attention, Concern::Tasks),
        ["Send the offer", "Book the room", "Call Zubi back"],
        "mine first, then by day"
    );
    let tasks = &attention.parts[0];
    assert_eq!(tasks.concern, Concern::Tasks);
    assert!(tasks.entries[0].mine && tasks.entries[0].urgent);
    assert_eq!(tasks.entries[0].detail, "overdue since 20 Nov 2026");
    assert_eq!(tasks.entries[1].detail, "due on 2 Dec 2026, not assigned");
    assert_eq!(tasks.entries[2].detail, "due on 3 Dec 2026, for ane");

    assert_eq!(titles(&attention, Concern::Events), ["Lean workshop"]);
    let events = attention.parts.iter().find(|p| p.concern == Concern::Events).unwrap();
    assert_eq!(events.entries[0].detail, "4 Dec 2026, 09:00; 1 of 20 seats taken");
    assert_eq!(events.entries[0].subject, Subject::Event(soon));

    assert_eq!(titles(&attention, Concern::Applications), ["Bidasoa Composites S.A.", "Aldaba Robotics S.L."]);
    let applications = attention.parts.iter().find(|p| p.concern == Concern::Applications).unwrap();
    assert_eq!(applications.entries[0].subject, Subject::Membership(application), "where it is accepted");
    assert!(applications.entries[0].urgent, "60 days waiting");
    assert!(!applications.entries[1].urgent, "20 days waiting");

    assert_eq!(titles(&attention, Concern::UnmatchedPayments), ["120.00 EUR"]);
    assert_eq!(titles(&attention, Concern::OverdueInvoices), [format!("{overdue_number} · Aldaba Robotics S.L.")]);
    let overdue = attention.parts.iter().find(|p| p.concern == Concern::OverdueInvoices).unwrap();
    assert!(overdue.entries[0].detail.starts_with("owes 300.00 EUR, "), "{}", overdue.entries[0].detail);

    assert_eq!(
        titles(&attention, Concern::MembersAtRisk),
        ["Zubi Logística S.L."],
        "a member who took part in nothing"
    );
    assert_eq!(titles(&attention, Concern::Milestones), ["Feasibility study", "Partners signed"]);
    let milestones = attention.parts.iter().find(|p| p.concern == Concern::Milestones).unwrap();
    assert_eq!(milestones.entries[0].detail, "Green corridor: overdue since 15 Nov 2026");
    assert_eq!(milestones.entries[0].subject, Subject::Project(project));

    assert_eq!(titles(&attention, Concern::ActionLines), ["Grow the membership", "Open a Brussels office"]);
    let lines = attention.parts.iter().find(|p| p.concern == Concern::ActionLines).unwrap();
    assert_eq!(lines.entries[0].subject, Subject::ActionPlan(2026));
    assert!(attention.parts.iter().all(|p| p.total == p.entries.len()));
    // Urgent: the overdue task, the application waiting 60 days, the invoice 60 days overdue,
    // the milestone past its day and the late line.
    assert_eq!(attention.counts(), (13, 5));

    // Another member of the team sees the same list, their own tasks first.
    let for_ane = app::attention::today(&app, &scope, &ane).await.unwrap();
    assert_eq!(titles(&for_ane, Concern::Tasks), ["Call Zubi back", "Send the offer", "Book the room"]);

    // At most eight a kind are listed; all are counted, the urgent ones too.
    for n in 0..10 {
        let (input, links) = task(&format!("Overdue {n}"), "2026-11-01", Some(iker.user_id()));
        app::task::create(&app, &scope, &iker, &input, links).await.unwrap();
    }
    let many = app::attention::today(&app, &scope, &iker).await.unwrap();
    let tasks = many.parts.iter().find(|p| p.concern == Concern::Tasks).unwrap();
    assert_eq!((tasks.entries.len(), tasks.total, tasks.urgent), (app::attention::LISTED, 13, 11));
    assert_eq!(many.counts(), (23, 15));
}

/// Registration requests the team accepts or declines wait on the home page, oldest first, with
/// their event; once decided they are gone.
async fn held_registration_requests_wait_for_the_team(app: App) {
    use domain::event::RegistrationCheck;
    let manager = common::own_cluster(&app, "held").await;
    app::registration::set_public_registration(&app, &manager, RegistrationCheck::Review, "https://held.example/p")
        .await
        .unwrap();
    build::user(&app, "iker@held.example", Role::Staff, "held").await;
    let (iker, scope) = build::signed_in(&app, "iker@held.example", "held", Permission::Edit).await;
    let id = build::event(&app, &scope, "Port night", d(2026, 12, 20)).await;
    let visitor = app::auth::visitor_scope(&app, "held").await.unwrap();
    let app = app.on(TODAY());
    let mut ids = Vec::new();
    for (first, email) in [("Miren", "miren@visitors.example"), ("Jon", "jon@visitors.example")] {
        let input = app::registration::RegistrationInput {
            first_name: Some(first.into()),
            last_name: Some("Test".into()),
            email: Some(email.into()),
            organisation: Some("Visitors S.L.".into()),
            wants_news: None,
            language: None,
        };
        ids.push(app::registration::request(&app, &visitor, id, &input, "x").await.unwrap().request_id);
    }
    let attention = app::attention::today(&app, &scope, &iker).await.unwrap();
    assert_eq!(titles(&attention, Concern::RegistrationRequests), ["Miren Test", "Jon Test"]);
    let part = attention.parts.iter().find(|p| p.concern == Concern::RegistrationRequests).unwrap();
    assert!(part.entries[0].detail.starts_with("for Port night, sent on "), "{}", part.entries[0].detail);
    assert_eq!(part.entries[0].subject, Subject::Event(id));
    app::registration::decline(&app, &scope, ids[0], "iker").await.unwrap();
    let after = app::attention::today(&app, &scope, &iker).await.unwrap();
    assert_eq!(titles(&after, Concern::RegistrationRequests), ["Jon Test"]);
}

on_each_backend!(empty: the_home_lists_what_needs_attention_and_says_when_all_is_done, held_registration_requests_wait_for_the_team);
