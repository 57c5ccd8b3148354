//! Consent, the export of a person's data and erasure, on every backend.

#[macro_use]
mod common;

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

    let export = app::privacy::export_person(&app, &scope, "manager", person.id).await.unwrap();
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

on_each_backend!(empty: consent_export_and_erasure_keep_counts_and_leave_no_personal_data);
