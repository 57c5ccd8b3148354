//! Consent, the export of a person's data and erasure, on every backend.

use crate::common;

use app::App;

use app::Paging;
use app::interaction::NewInteraction;
use chrono::NaiveDate;
use common::build;
use domain::access::{Permission, Role};
use domain::consent::ConsentInput;
use domain::interaction::InteractionInput;

async fn consent_export_and_erasure_keep_counts_and_leave_no_personal_data(app: App) {
    common::own_cluster(&app, "ours").await;
    build::user(&app, "manager@ours.example", Role::ClusterManager, "ours").await;
    build::user(&app, "staff@ours.example", Role::Staff, "ours").await;
    let (manager, scope) = build::signed_in(&app, "manager@ours.example", "ours", Permission::Manage).await;
    // Others on file, whom the erasure leaves as they are.
    build::companies(&app, &scope, 3).await;
    let home = build::organisation(&app, &scope, "Zubi Logística S.L.").await;
    let person = build::contact(&app, &scope, home.id, "Ane", "Etxeberria", Some("ane@zubi.example")).await;
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let consent = ConsentInput {
        channel: Some("email".into()),
        purpose: Some("Newsletter".into()),
        given_on: Some("2026-03-02".into()),
        source: Some("Annual meeting registration form".into()),
    };
    let given = app::privacy::give(&app.on(today), &scope, "manager", person.id, &consent).await.unwrap();
    app::privacy::withdraw(&app, &scope, "manager", given.id).await.unwrap();
    let all = app::privacy::consents(&app, &scope, person.id).await.unwrap();
    assert!(all[0].withdrawn_at.is_some(), "a withdrawn consent stays as proof");
    assert!(matches!(app::privacy::withdraw(&app, &scope, "manager", given.id).await, Err(app::Error::NotFound(_))));
    app::interaction::create(
        &app,
        &scope,
        &manager,
        &NewInteraction {
            organisation_id: Some(person.organisation_id),
            contact_id: Some(person.id),
            input: InteractionInput {
                kind: Some("call".into()),
                occurred_on: Some("2026-11-03".into()),
                subject: Some("Call about the newsletter".into()),
                notes: None,
            },
            ..Default::default()
        },
    )
    .await
    .unwrap();

    let event = build::event(&app, &scope, "Port logistics day", today + chrono::Duration::days(5)).await;
    build::registration(&app, &scope, event, &build::typed(&person)).await.unwrap();
    build::working_group(&app, &scope, "Hydrogen trucks", &[person.id], today).await;

    let export = app::privacy::export_person(&app, &scope, "manager", person.id).await.unwrap();
    assert_eq!(export["registrations"][0]["event"], "Port logistics day");
    assert_eq!(export["registrations"][0]["status"], "registered");
    assert_eq!(export["working_groups"][0]["working_group"], "Hydrogen trucks");
    assert_eq!(export["person"]["email"], serde_json::json!(person.fields.email));
    assert_eq!(export["consents"][0]["purpose"], "Newsletter");
    assert_eq!(export["interactions"][0]["subject"], "Call about the newsletter");
    assert_eq!(export["privacy_events"][0]["kind"], "export", "the export itself is recorded");

    let before = app::organisation::counts(&app, &scope).await.unwrap();
    let (_, staff_scope) = build::signed_in(&app, "staff@ours.example", "ours", Permission::Edit).await;
    let refused = app::privacy::erase_person(&app, &staff_scope, "staff", person.id).await;
    assert!(matches!(refused, Err(app::Error::Forbidden(_))), "only a cluster manager erases");
    app::privacy::erase_person(&app, &scope, "manager", person.id).await.unwrap();

    let erased = app::contact::get(&app, &scope, person.id).await.unwrap();
    assert_eq!((erased.fields.first_name.as_str(), erased.fields.email.as_ref()), ("Erased", None));
    assert!(erased.archived_at.is_some());
    assert!(app::privacy::consents(&app, &scope, person.id).await.unwrap().is_empty());
    let interactions = app::interaction::of_contact(&app, &scope, person.id).await.unwrap();
    let call =
        interactions.iter().find(|i| i.subject == "Call about the newsletter").expect("the interaction still counts");
    assert_eq!(call.contact_name.as_deref(), Some("Erased person"));
    let search = store::contact::ContactFilter {
        search: Some(person.fields.last_name.clone()),
        archived: true,
        ..Default::default()
    };
    assert!(
        app::contact::list(&app, &scope, &search, Paging::new(None, None))
            .await
            .unwrap()
            .items
            .iter()
            .all(|c| c.id != person.id)
    );
    let after = app::organisation::counts(&app, &scope).await.unwrap();
    assert_eq!(
        (after.0, after.1),
        (before.0, before.1 - 1),
        "the person leaves the current contacts, nothing else changes"
    );
    let events = app::privacy::events(&app, &scope, person.id).await.unwrap();
    assert_eq!(events.iter().map(|e| e.kind.code()).collect::<Vec<_>>(), ["erasure", "export"]);
}

/// A person who appears everywhere the product can put them (an older record merged into theirs,
/// a consent, a registration from the public page with its confirmation mail and feedback, a
/// payment reminder, an interview and a task that name them, an import that changed them, a
/// working group) is erased: no text column of any table holds their name or email afterwards.
async fn an_erasure_leaves_the_name_and_email_nowhere(app: App) {
    let listener = app::mail::testing::SmtpListener::start().await;
    let mailer = app::mail::SmtpMailer::from_url(&listener.url).unwrap();
    let app = app.with_mail(app::mail::Mail { mailer: std::sync::Arc::new(mailer), from: "desk@erase.example".into() });
    let scope = common::own_cluster(&app, "erase-all").await;
    build::user(&app, "manager@erase-all.example", Role::ClusterManager, "erase-all").await;
    let (manager, _) = build::signed_in(&app, "manager@erase-all.example", "erase-all", Permission::Manage).await;
    let day = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let home = build::organisation(&app, &scope, "Zubi Logística S.L.").await;
    let person =
        build::contact(&app, &scope, home.id, "Itziar", "Zubizarreta", Some("itziar.zubizarreta@zubi.example")).await;
    let older = build::contact(&app, &scope, home.id, "I.", "Zubizarreta Old", Some("izubizarreta@old.example")).await;
    app::duplicate::merge_contacts(&app, &scope, person.id, older.id, "manager").await.unwrap();
    let colleague = build::contact(&app, &scope, home.id, "Jon", "Garay", Some("jon.garay@zubi.example")).await;
    let mut other = colleague.fields.to_input();
    other.billing_contact = Some("yes".into());
    app::contact::update(&app, &scope, colleague.id, Some(home.id), &other).await.unwrap();
    let mut billing = person.fields.to_input();
    billing.billing_contact = Some("yes".into());
    app::contact::update(&app, &scope, person.id, Some(home.id), &billing).await.unwrap();
    let consent = ConsentInput {
        channel: Some("email".into()),
        purpose: Some("Newsletter".into()),
        given_on: Some("2026-03-02".into()),
        source: Some("Signed by Itziar Zubizarreta".into()),
    };
    app::privacy::give(&app.on(day), &scope, "manager", person.id, &consent).await.unwrap();
    // From the public page, with the mails it sends, and feedback afterwards.
    let event = build::event(&app, &scope, "Port night", day).await;
    let visitor = app::auth::visitor_scope(&app, "erase-all").await.unwrap();
    let typed = app::registration::RegistrationInput {
        first_name: Some("Itziar".into()),
        last_name: Some("Zubizarreta".into()),
        email: Some("Itziar.Zubizarreta@zubi.example".into()),
        organisation: Some("Zubi Logística S.L.".into()),
        wants_news: None,
        language: None,
    };
    let before = app.on(day - chrono::Duration::days(10));
    let registered = build::registration(&before, &visitor, event, &typed).await.unwrap();
    app::mail::deliver_pending(&before, "worker").await.unwrap();
    let registration = registered.registration_id;
    app::event::check_in(&app.on(day), &scope, registration, Some(domain::event::Attendance::Attended)).await.unwrap();
    let after = app.on(day + chrono::Duration::days(2));
    app::engagement::give_feedback(
        &after,
        &visitor,
        registered.token.as_deref().unwrap(),
        Some("5"),
        Some("Itziar Zubizarreta liked it"),
    )
    .await
    .unwrap();
    // An overdue invoice reminded to the billing contact.
    build::issued_invoice(&app, &scope, home.id, "100", day).await;
    let reminded = chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 5, 15, 9, 0, 0).unwrap();
    let run = app::invoice::remind(&app.at(reminded), &scope, "manager", false).await.unwrap();
    assert_eq!(run.queued, 1, "{run:?}");
    app::mail::deliver_pending(&app.at(reminded), "worker").await.unwrap();
    // What the team wrote about them.
    let call = app::interaction::create(
        &app,
        &scope,
        &manager,
        &NewInteraction {
            organisation_id: Some(home.id),
            contact_id: Some(person.id),
            input: InteractionInput {
                kind: Some("call".into()),
                occurred_on: Some("2026-03-03".into()),
                subject: Some("CALL WITH ITZIAR ZUBIZARRETA".into()),
                notes: Some("Write to itziar.zubizarreta@zubi.example".into()),
            },
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let task = domain::task::TaskInput { title: Some("Send Zubizarreta the offer".into()), due_on: None };
    let links =
        domain::task::TaskLinks { contact_id: Some(person.id), interaction_id: Some(call.id), ..Default::default() };
    app::task::create(&app, &scope, &manager, &task, links).await.unwrap();
    // An idea they raised in that call.
    let idea = domain::project::IdeaInput {
        title: Some("Itziar Zubizarreta's test bench".into()),
        description: Some("As Itziar said: a bench for everyone".into()),
        source: Some("interaction".into()),
        source_note: Some("call with itziar.zubizarreta@zubi.example".into()),
    };
    let links = domain::project::IdeaLinks { interaction_id: Some(call.id), ..Default::default() };
    app::project::add_idea(&app, &scope, &idea, links, "manager").await.unwrap();
    let group = app::engagement::create_group(&app, &scope, "Digital", "").await.unwrap();
    app::engagement::join(&app, &scope, group, person.id, day).await.unwrap();
    // An import that changed them keeps what they were before.
    let file = "email,first name,last name,organisation,position\nitziar.zubizarreta@zubi.example,Itziar,Zubizarreta,Zubi Logística S.L.,Head of finance\n";
    let plan = app::import::run(
        &app,
        &scope,
        app::import::Target::Contacts,
        "people.csv",
        file.as_bytes(),
        &[],
        "manager",
        false,
    )
    .await
    .unwrap();
    assert_eq!(plan.updated, 1, "{:?}", plan.rows);
    for needle in ["zubizarreta", "itziar.zubizarreta@zubi.example", "izubizarreta@old.example"] {
        assert!(!store::testing::columns_holding(app.db(), needle).await.unwrap().is_empty(), "{needle} is on file");
    }

    app::privacy::erase_person(&app, &scope, "manager", person.id).await.unwrap();
    for needle in ["zubizarreta", "itziar.zubizarreta@zubi.example", "izubizarreta@old.example"] {
        let left = store::testing::columns_holding(app.db(), needle).await.unwrap();
        assert!(left.is_empty(), "{needle} remains in {left:?}");
    }
    // Their colleague still has the reminder that went to both.
    let log = app::mail::sent_log(&app, &scope).await.unwrap();
    assert!(
        log.iter().any(|m| m.purpose == "reminder" && m.to.contains(&"jon.garay@zubi.example".to_string())),
        "{log:?}"
    );
    // What counts them stays: the registration, the interaction, the membership of the group.
    assert_eq!(app::event::registrations(&app, &scope, event).await.unwrap().len(), 1);
    assert_eq!(app::interaction::of_contact(&app, &scope, person.id).await.unwrap().len(), 1);
}

on_each_backend!(empty: consent_export_and_erasure_keep_counts_and_leave_no_personal_data, an_erasure_leaves_the_name_and_email_nowhere);
