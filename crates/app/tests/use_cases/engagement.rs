//! Working groups, feedback on events, and engagement against the cluster's rule for an active
//! member; on every backend.

use crate::common;

use app::{App, ClusterScope, Error};
use chrono::{NaiveDate, NaiveDateTime};
use common::build;
use domain::event::{Attendance, EventFields, EventFormat, EventKind};
use domain::id::Uuid;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn at(day: NaiveDate, h: u32) -> NaiveDateTime {
    day.and_hms_opt(h, 0, 0).unwrap()
}

fn meeting(title: &str, day: NaiveDate) -> EventFields {
    EventFields {
        title: title.into(),
        kind: EventKind::WorkingGroupMeeting,
        format: EventFormat::Online,
        place: None,
        link: Some("https://meet.example/wg".into()),
        capacity: None,
        member_price: 0,
        non_member_price: 0,
        tax_rate_basis_points: 0,
        starts_at: at(day, 10),
        ends_at: at(day, 12),
        description: String::new(),
        agenda: Vec::new(),
    }
}

async fn organisation(app: &App, scope: &ClusterScope, name: &str) -> (Uuid, Uuid) {
    let fields = domain::organisation::OrganisationFields {
        name: name.into(),
        kind: domain::organisation::OrganisationKind::Company,
        nace_code: None,
        employees: Some(5),
        turnover: None,
        balance_sheet_total: None,
        country: None,
        region: None,
        vat_id: None,
        website: None,
        street: None,
        postcode: None,
        city: None,
        email: None,
        phone: None,
    };
    let o = store::testing::organisation(app.db(), scope, &fields).await.unwrap();
    let person = domain::contact::ContactFields {
        first_name: "Someone".into(),
        last_name: name.into(),
        email: Some(format!("{}@members.example", name.to_lowercase().replace(' ', "."))),
        phone: None,
        position: None,
        cluster_roles: None,
        billing_contact: false,
    };
    let c = store::testing::contact(app.db(), scope, o, &person).await.unwrap().unwrap();
    (o, c)
}

async fn groups_meetings_feedback_and_who_is_active_or_at_risk(app: App) {
    let scope = common::own_cluster(&app, "engaged").await;
    let visitor = app::auth::visitor_scope(&app, "engaged").await.unwrap();
    let flat = domain::membership::MembershipTypeFields {
        name: "Member".into(),
        eligible_kinds: vec![],
        voting_rights: true,
        benefits: String::new(),
        period: domain::period::PeriodRule::Fixed { start_month: 1, rollover: None },
        fee_rule: domain::fee::FeeRule::InKind { hours: 1, rate: 0 },
        pro_rata: false,
        tax_rate_basis_points: 0,
    };
    let kind = app::membership::create_type(&app, &scope, &flat).await.unwrap();
    let (busy, busy_person) = organisation(&app, &scope, "Busy Robotics").await;
    let (quiet, quiet_person) = organisation(&app, &scope, "Quiet Foundry").await;
    let (_, guest_person) = organisation(&app, &scope, "Guest Studio").await;
    for o in [busy, quiet] {
        app::membership::add(&app, &scope, o, kind, d(2026, 1, 2), Some(d(2026, 1, 2)), "m").await.unwrap();
    }

    let group = app::engagement::create_group(&app, &scope, "Digitalisation", "Data spaces and AI").await.unwrap();
    app::engagement::join(&app, &scope, group, busy_person, d(2026, 2, 1)).await.unwrap();
    app::engagement::join(&app, &scope, group, quiet_person, d(2026, 2, 1)).await.unwrap();
    assert!(matches!(
        app::engagement::join(&app, &scope, group, busy_person, d(2026, 3, 1)).await,
        Err(Error::BadRequest(_))
    ));
    let spell = app::engagement::group(&app, &scope, group)
        .await
        .unwrap()
        .members
        .into_iter()
        .find(|m| m.contact_id == quiet_person)
        .unwrap()
        .id;
    app::engagement::leave(&app, &scope, spell, d(2026, 4, 1)).await.unwrap();

    // Two meetings; the busy member comes to both, the guest to one.
    let mut tokens = Vec::new();
    for (n, day) in [d(2026, 3, 10), d(2026, 6, 10)].into_iter().enumerate() {
        let e = app::event::create(&app, &scope, &meeting(&format!("Meeting {}", n + 1), day), None).await.unwrap();
        app::engagement::link_meeting(&app, &scope, e, Some(group)).await.unwrap();
        for (person, name) in [(busy_person, "Busy Robotics"), (guest_person, "Guest Studio")] {
            if person == guest_person && n == 1 {
                continue;
            }
            let contact = store::contact::get(app.db(), &scope, person).await.unwrap().unwrap();
            let input = app::registration::RegistrationInput {
                first_name: Some("Someone".into()),
                last_name: Some(name.into()),
                email: contact.fields.email.clone(),
                organisation: Some(name.into()),
                wants_news: None,
                language: None,
            };
            let before = at(day, 8) - chrono::Duration::days(1);
            let r = build::registration(&app.at_local(&visitor, before), &visitor, e, &input).await.unwrap();
            app::event::check_in(&app, &scope, r.registration_id, Some(Attendance::Attended)).await.unwrap();
            tokens.push((r.token.unwrap(), day));
        }
    }
    let view = app::engagement::group(&app, &scope, group).await.unwrap();
    assert_eq!(view.group.members, 1, "one left");
    assert_eq!((view.meetings.len(), view.meetings[0].attended, view.meetings[1].attended), (2, 1, 2));

    // Feedback by personal link, for those who came, once it is over.
    let (token, day) = &tokens[0];
    let early =
        app::engagement::give_feedback(&app.at_local(&visitor, at(*day, 11)), &visitor, token, Some("5"), None).await;
    assert!(matches!(early, Err(Error::BadRequest(_))));
    let bad =
        app::engagement::give_feedback(&app.at_local(&visitor, at(*day, 18)), &visitor, token, Some("9"), None).await;
    assert!(matches!(bad, Err(Error::Invalid(_))));
    app::engagement::give_feedback(
        &app.at_local(&visitor, at(*day, 18)),
        &visitor,
        token,
        Some("5"),
        Some("Very useful"),
    )
    .await
    .unwrap();
    app::engagement::give_feedback(&app.at_local(&visitor, at(*day, 18)), &visitor, &tokens[1].0, Some("4"), None)
        .await
        .unwrap();
    app::engagement::give_feedback(
        &app.at_local(&visitor, at(tokens[2].1, 18)),
        &visitor,
        &tokens[2].0,
        Some("2"),
        Some("Too long"),
    )
    .await
    .unwrap();
    let theirs = common::own_cluster(&app, "engaged-other").await;
    let other = app::auth::visitor_scope(&app, "engaged-other").await.unwrap();
    assert!(matches!(
        app::engagement::give_feedback(&app.at_local(&other, at(*day, 18)), &other, token, Some("1"), None).await,
        Err(Error::NotFound(_))
    ));
    let report = app::engagement::feedback(&app, &scope, 2026).await.unwrap();
    assert_eq!(report.by_kind.len(), 1);
    assert_eq!((report.by_kind[0].ratings, report.by_kind[0].mean_tenths), (3, 37), "(5 + 4 + 2) / 3 = 3.7");
    assert_eq!(report.by_event.iter().map(|a| a.mean_tenths).collect::<Vec<_>>(), vec![45, 20]);
    assert_eq!(report.by_month.len(), 2);
    assert_eq!(report.comments.len(), 2);

    // Active: at least two activities (default). Busy came twice; Quiet never; the guest is
    // no member, so not at risk.
    let engagement = app::engagement::of_year(&app.on(d(2026, 11, 1)), &scope, 2026).await.unwrap();
    let of = |id: Uuid| engagement.iter().find(|e| e.organisation_id == id).unwrap();
    assert_eq!((of(busy).events_attended, of(busy).working_groups, of(busy).active), (2, 1, true));
    assert_eq!((of(quiet).events_attended, of(quiet).working_groups, of(quiet).active), (0, 1, false));
    let at_risk = app::engagement::at_risk(&app.on(d(2026, 11, 1)), &scope, 2026).await.unwrap();
    assert_eq!(at_risk.iter().map(|e| e.organisation.as_str()).collect::<Vec<_>>(), vec!["Quiet Foundry"]);
    let rule = |activities: &str, grace: &str, counts: &[&str]| app::engagement::ActiveRuleInput {
        activities: activities.into(),
        projects: "1".into(),
        grace_months: grace.into(),
        counts: counts.iter().map(|c| c.to_string()).collect(),
    };
    let november = app.on(d(2026, 11, 1));
    let default_counts = ["events", "services", "surveys"];
    app::engagement::set_active_rule(&app, &scope, &rule("3", "6", &default_counts)).await.unwrap();
    let stricter = app::engagement::at_risk(&november, &scope, 2026).await.unwrap();
    assert_eq!(stricter.len(), 2, "with three activities needed, both members are at risk");
    // Members in their first months are new, not at risk: with a grace of 11 months, those who
    // joined in January are still new on 1 November.
    app::engagement::set_active_rule(&app, &scope, &rule("3", "11", &default_counts)).await.unwrap();
    assert!(app::engagement::at_risk(&november, &scope, 2026).await.unwrap().is_empty());
    let quiet_now = app::engagement::of_year(&november, &scope, 2026)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.organisation_id == quiet)
        .unwrap();
    assert_eq!((quiet_now.new_member, quiet_now.at_risk, quiet_now.member_since), (true, false, Some(d(2026, 1, 2))));
    // The activities that count are the cluster's choice: sitting in a working group may count.
    app::engagement::set_active_rule(&app, &scope, &rule("1", "6", &["working_groups"])).await.unwrap();
    assert!(app::engagement::at_risk(&november, &scope, 2026).await.unwrap().is_empty());
    let read = app::engagement::active_rule(&app, &scope).await.unwrap();
    assert_eq!((read.grace_months, read.counts.clone()), (6, vec![app::engagement::Activity::WorkingGroups]));
    let refused = app::engagement::set_active_rule(&app, &scope, &rule("0", "30", &[])).await.unwrap_err();
    let Error::Invalid(fields) = refused else { panic!("{refused:?}") };
    let fields: Vec<&str> = fields.0.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["activities", "grace_months", "counts"]);
    assert!(matches!(
        app::engagement::set_active_rule(&app, &scope, &rule("2", "6", &["parties"])).await,
        Err(Error::Invalid(_))
    ));

    // The members at risk are gathered in a tagged segment to survey; gathered again, the tag
    // follows who is at risk now, in the same segment.
    app::engagement::set_active_rule(&app, &scope, &rule("3", "6", &default_counts)).await.unwrap();
    let (segment, gathered) = app::engagement::gather_at_risk(&november, &scope, 2026, "m").await.unwrap();
    assert_eq!(gathered, 2);
    let tagged = |app: App, scope: app::ClusterScope| async move {
        let filter =
            domain::organisation::OrganisationFilter { tag: Some("At risk 2026".into()), ..Default::default() };
        let page = app::organisation::list(&app, &scope, &filter, app::Paging::new(None, None)).await.unwrap();
        page.items.into_iter().map(|o| o.fields.name).collect::<Vec<_>>()
    };
    assert_eq!(tagged(app.clone(), scope.clone()).await, ["Busy Robotics", "Quiet Foundry"]);
    app::engagement::set_active_rule(&app, &scope, &rule("2", "6", &default_counts)).await.unwrap();
    let (again, gathered) = app::engagement::gather_at_risk(&november, &scope, 2026, "m").await.unwrap();
    assert_eq!((again, gathered), (segment, 1));
    assert_eq!(tagged(app.clone(), scope.clone()).await, ["Quiet Foundry"]);
    app::engagement::set_active_rule(&app, &scope, &rule("1", "6", &["working_groups"])).await.unwrap();
    assert!(matches!(app::engagement::gather_at_risk(&november, &scope, 2026, "m").await, Err(Error::BadRequest(_))));

    assert!(matches!(app::engagement::group(&app, &theirs, group).await, Err(Error::NotFound(_))));
    assert!(matches!(app::engagement::leave(&app, &theirs, spell, d(2026, 5, 1)).await, Err(Error::NotFound(_))));
    assert!(app::engagement::join(&app, &theirs, group, busy_person, d(2026, 5, 1)).await.is_err());
    assert!(app::engagement::of_year(&app.on(d(2026, 11, 1)), &theirs, 2026).await.unwrap().is_empty());
    assert!(app::engagement::feedback(&app, &theirs, 2026).await.unwrap().by_event.is_empty());
}

async fn attendees_are_asked_for_feedback_by_email_with_a_link_of_their_own(app: App) {
    let listener = app::mail::testing::SmtpListener::start().await;
    let mailer = app::mail::SmtpMailer::from_url(&listener.url).unwrap();
    let without_mail = app.clone();
    let app =
        app.with_mail(app::mail::Mail { mailer: std::sync::Arc::new(mailer), from: "events@cluster.example".into() });
    let scope = common::own_cluster(&app, "asked").await;
    let visitor = app::auth::visitor_scope(&app, "asked").await.unwrap();
    let day = d(2026, 3, 10);
    let e = app::event::create(&app, &scope, &meeting("Meeting", day), None).await.unwrap();
    let input = app::registration::RegistrationInput {
        first_name: Some("Ane".into()),
        last_name: Some("Came".into()),
        email: Some("ane@came.example".into()),
        organisation: Some("Came S.L.".into()),
        wants_news: None,
        language: None,
    };
    let r = build::registration(&app.at_local(&visitor, at(day, 8)), &visitor, e, &input).await.unwrap();
    // Came S.L. reads English; the cluster writes Spanish.
    let came = app::event::registrations(&app, &scope, e).await.unwrap()[0].organisation_id;
    app::organisation::set_language(&app, &scope, came, "en").await.unwrap();
    let input = app::registration::RegistrationInput {
        email: Some("jon@away.example".into()),
        first_name: Some("Jon".into()),
        ..input
    };
    build::registration(&app.at_local(&visitor, at(day, 8)), &visitor, e, &input).await.unwrap();
    app::event::check_in(&app, &scope, r.registration_id, Some(Attendance::Attended)).await.unwrap();
    let before = listener.received().len();
    assert!(matches!(
        app::engagement::request_feedback(&without_mail, &scope, e, "https://desk.example").await,
        Err(Error::BadRequest(_))
    ));
    assert_eq!(
        app::engagement::request_feedback(&app, &scope, e, "https://desk.example").await.unwrap(),
        1,
        "only who came"
    );
    app::mail::deliver_pending(&app, "worker").await.unwrap();
    let asked: Vec<_> =
        listener.received()[before..].iter().filter(|m| m.data.contains("Subject: How was")).cloned().collect();
    assert_eq!(asked.len(), 1);
    let message = asked[0].clone();
    assert_eq!(message.to, vec!["ane@came.example".to_string()]);
    let text = message.text();
    let token =
        text.split("/events/asked/registrations/").nth(1).unwrap().split_whitespace().next().unwrap().to_string();
    app::engagement::give_feedback(&app.at_local(&visitor, at(day, 18)), &visitor, &token, Some("5"), None)
        .await
        .unwrap();
    assert_eq!(app::engagement::feedback(&app, &scope, 2026).await.unwrap().by_event[0].mean_tenths, 50);
}

on_each_backend!(empty: groups_meetings_feedback_and_who_is_active_or_at_risk);

on_each_backend!(empty: attendees_are_asked_for_feedback_by_email_with_a_link_of_their_own);
