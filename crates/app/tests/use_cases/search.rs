//! One search box: every kind of record, case and accents aside, within one cluster, on every
//! backend.

use crate::common;

use app::App;
use app::search::Kind;
use chrono::NaiveDate;
use common::build;
use domain::project::{ProjectInput, ProjectStage};
use domain::written::DateStyle;

fn titles(found: &app::search::Found, kind: Kind) -> Vec<String> {
    found
        .groups
        .iter()
        .find(|g| g.kind == kind)
        .map(|g| g.hits.iter().map(|h| h.title.clone()).collect())
        .unwrap_or_default()
}

fn project(title: &str) -> ProjectInput {
    ProjectInput {
        title: Some(title.into()),
        summary: Some("A project".into()),
        scope: Some("collective".into()),
        area: Some("innovation".into()),
        starts_on: None,
        ends_on: None,
    }
}

async fn one_search_finds_every_kind_with_case_and_accents_aside(app: App) {
    let scope = common::own_cluster(&app, "ours").await;
    let theirs = common::own_cluster(&app, "theirs").await;
    let day = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
    build::billing_details(&app, &scope).await;
    let zubieta = build::organisation(&app, &scope, "Zubieta Ingeniería S.L.").await;
    let other = build::organisation(&app, &scope, "Arrasate Forja").await;
    build::contact(&app, &scope, other.id, "Íñigo", "Zubizarreta", Some("inigo@arrasate.example")).await;
    build::contact(&app, &scope, zubieta.id, "Maite", "Lasa", Some("maite@zubieta.example")).await;
    let (_, number) = build::issued_invoice(&app, &scope, zubieta.id, "100", day).await;
    build::event(&app, &scope, "ZÚBI meetup at the port", day).await;
    app::project::create(&app, &scope, &project("Zubigintza bridge"), ProjectStage::Running, &[], "t").await.unwrap();
    app::project::create(&app, &scope, &project("Harbour lights"), ProjectStage::Idea, &[], "t").await.unwrap();
    // Another cluster's namesakes stay out of reach.
    let theirs_org = build::organisation(&app, &theirs, "Zubieta Theirs").await;
    build::contact(&app, &theirs, theirs_org.id, "Zuriñe", "Zubia", Some("zubia@theirs.example")).await;
    build::event(&app, &theirs, "Zubi theirs", day).await;

    let found = app::search::everything(&app, &scope, "  zubi ", DateStyle::Iso).await.unwrap();
    let kinds: Vec<Kind> = found.groups.iter().map(|g| g.kind).collect();
    assert_eq!(kinds, [Kind::Organisations, Kind::Contacts, Kind::Events, Kind::Projects]);
    assert_eq!(titles(&found, Kind::Organisations), ["Zubieta Ingeniería S.L."]);
    // By an email that holds it, and by name; by last name.
    assert_eq!(titles(&found, Kind::Contacts), ["Maite Lasa", "Íñigo Zubizarreta"]);
    assert_eq!(titles(&found, Kind::Events), ["ZÚBI meetup at the port"]);
    assert_eq!(titles(&found, Kind::Projects), ["Zubigintza bridge"]);
    let contacts = found.groups.iter().find(|g| g.kind == Kind::Contacts).unwrap();
    assert_eq!(contacts.hits[1].detail, "Arrasate Forja · inigo@arrasate.example");

    let found = app::search::everything(&app, &scope, "INGENIERIA", DateStyle::Iso).await.unwrap();
    assert_eq!(titles(&found, Kind::Organisations), ["Zubieta Ingeniería S.L."]);
    let found = app::search::everything(&app, &scope, &number.to_lowercase(), DateStyle::Iso).await.unwrap();
    assert_eq!(titles(&found, Kind::Invoices), [number]);
    let detail = &found.groups.iter().find(|g| g.kind == Kind::Invoices).unwrap().hits[0].detail;
    assert_eq!(detail, "Zubieta Ingeniería S.L. · issued 2026-11-02");

    // Too short, or only pattern characters: nothing, and no error.
    assert!(app::search::everything(&app, &scope, "z", DateStyle::Iso).await.unwrap().is_empty());
    assert!(app::search::everything(&app, &scope, "%_", DateStyle::Iso).await.unwrap().is_empty());
    assert!(app::search::everything(&app, &scope, "nothing like it", DateStyle::Iso).await.unwrap().is_empty());
}

async fn a_search_lists_eight_of_a_kind_and_counts_them_all(app: App) {
    let scope = common::own_cluster(&app, "ours").await;
    for n in 0..11 {
        build::organisation(&app, &scope, &format!("Harbour works {n:02}")).await;
    }
    let found = app::search::everything(&app, &scope, "harbour", DateStyle::Iso).await.unwrap();
    let group = &found.groups[0];
    assert_eq!((group.kind, group.hits.len(), group.total), (Kind::Organisations, app::search::LISTED, 11));
}

on_each_backend!(empty: one_search_finds_every_kind_with_case_and_accents_aside, a_search_lists_eight_of_a_kind_and_counts_them_all);
