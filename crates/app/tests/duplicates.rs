//! The duplicate scan and merges, on every backend.

#[macro_use]
mod common;

use app::App;

use app::Paging;
use common::build;
use domain::access::{Permission, Role};
use domain::contact::ContactInput;
use domain::organisation::OrganisationInput;

fn organisation(name: &str, country: &str, vat: Option<&str>, website: Option<&str>) -> OrganisationInput {
    OrganisationInput {
        name: Some(name.into()),
        country: Some(country.into()),
        vat_id: vat.map(String::from),
        website: website.map(String::from),
        ..Default::default()
    }
}

fn person(first: &str, last: &str, email: &str) -> ContactInput {
    ContactInput {
        first_name: Some(first.into()),
        last_name: Some(last.into()),
        email: Some(email.into()),
        ..Default::default()
    }
}

async fn the_scan_ranks_likely_duplicates_with_their_reasons_and_a_merge_keeps_everything(app: App) {
    common::own_cluster(&app, "ours").await;
    build::user(&app, "staff@ours.example", Role::Staff, "ours").await;
    let (_, scope) = build::signed_in(&app, "staff@ours.example", "ours", Permission::Edit).await;
    // Records already there, alike in nothing, that the scan leaves alone.
    for (name, first, last) in [("Zubi Logística S.L.", "Ane", "Etxeberria"), ("Ola Puertos S.A.", "Iker", "Ibarra")] {
        let o = build::organisation(&app, &scope, name).await;
        let email = format!("{}@{}.example", first.to_lowercase(), last.to_lowercase());
        build::contact(&app, &scope, o.id, first, last, Some(&email)).await;
    }
    let before = app::duplicate::scan(&app, &scope).await.unwrap().len();
    let a = app::organisation::create(
        &app,
        &scope,
        &organisation("Movilidad Norte, S.L.", "ES", Some("ESB99999991"), None),
    )
    .await
    .unwrap();
    let b =
        app::organisation::create(&app, &scope, &organisation("MOVILIDAD NORTE SL", "ES", None, Some("norte.example")))
            .await
            .unwrap();
    let c = app::organisation::create(
        &app,
        &scope,
        &organisation("Norte Holdings S.A.", "ES", Some("ES B-99999991"), None),
    )
    .await
    .unwrap();
    let x = app::contact::create(&app, &scope, Some(b.id), &person("Jon", "Arana", "jon.arana@norte.example"))
        .await
        .unwrap();
    let y = app::contact::create(&app, &scope, Some(a.id), &person("Jon", "Arana", "Jon.Arana@Norte.example"))
        .await
        .unwrap();

    let found = app::duplicate::scan(&app, &scope).await.unwrap();
    assert_eq!(found.len(), before + 3, "{found:#?}");
    let top = &found[0];
    assert_eq!((top.score, top.reasons[0].as_str()), (100, "same VAT id ESB99999991"));
    let ids = |c: &app::duplicate::Candidate| [c.a.id, c.b.id];
    assert!(ids(top).contains(&a.id) && ids(top).contains(&c.id));
    let by_name = found.iter().find(|f| ids(f).contains(&a.id) && ids(f).contains(&b.id)).unwrap();
    assert_eq!(by_name.score, 90);
    assert!(by_name.reasons[0].contains("same name, ignoring case, accents and legal form, in the same country"));
    let people = found.iter().find(|f| f.target == "contacts").unwrap();
    assert_eq!(
        (people.score, people.reasons.as_slice()),
        (95, ["same email jon.arana@norte.example".to_string(), "same name".to_string()].as_slice())
    );

    app::segment::tag(&app, &scope, a.id, "Exporter").await.unwrap();
    app::segment::tag(&app, &scope, b.id, "Exporter").await.unwrap();
    app::segment::tag(&app, &scope, b.id, "Rail supplier").await.unwrap();
    let moved = app::duplicate::merge_organisations(&app, &scope, a.id, b.id, "staff").await.unwrap();
    let tags: Vec<String> =
        app::segment::tags_of(&app, &scope, a.id).await.unwrap().into_iter().map(|(_, t)| t).collect();
    assert_eq!(tags, ["Exporter", "Rail supplier"], "the survivor gains the tags it lacked, once each");
    assert_eq!(moved.rows["contacts"], vec![x.id]);
    assert_eq!(moved.filled, ["website"]);
    let kept = app::organisation::get(&app, &scope, a.id).await.unwrap();
    assert_eq!(kept.fields.website.as_deref(), Some("https://norte.example"));
    let gone = app::organisation::get(&app, &scope, b.id).await.unwrap();
    assert!(gone.archived_at.is_some(), "the merged record is archived, not deleted");
    let contacts = store::contact::ContactFilter { organisation_id: Some(a.id), ..Default::default() };
    assert_eq!(app::contact::list(&app, &scope, &contacts, Paging::new(None, None)).await.unwrap().total, 2);
    let record = app::duplicate::merges_of(&app, &scope, b.id).await.unwrap();
    assert_eq!((record.len(), record[0].merged_by.as_str()), (1, "staff"));

    app::duplicate::merge_contacts(&app, &scope, y.id, x.id, "staff").await.unwrap();
    let after = app::duplicate::scan(&app, &scope).await.unwrap();
    assert_eq!(after.len(), before + 1, "only the VAT pair is left: {after:#?}");
    let again = app::duplicate::merge_organisations(&app, &scope, a.id, b.id, "staff").await;
    assert!(matches!(again, Err(app::Error::BadRequest(_))), "a merged record cannot be merged again");
}

async fn merges_stay_inside_the_cluster(app: App) {
    let other = common::own_cluster(&app, "theirs").await;
    let theirs = build::organisation(&app, &other, "Movilidad Norte S.L.").await.id;
    let mine = common::own_cluster(&app, "ours").await;
    let own = build::organisation(&app, &mine, "Movilidad Norte SL").await.id;
    for (survivor, merged) in [(own, theirs), (theirs, own)] {
        let refused = app::duplicate::merge_organisations(&app, &mine, survivor, merged, "x").await;
        assert!(matches!(refused, Err(app::Error::NotFound(_))), "{refused:?}");
    }
    assert!(app::organisation::get(&app, &other, theirs).await.unwrap().archived_at.is_none());
}

on_each_backend!(empty: the_scan_ranks_likely_duplicates_with_their_reasons_and_a_merge_keeps_everything, merges_stay_inside_the_cluster);
