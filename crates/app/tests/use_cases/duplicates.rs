//! The duplicate scan and merges, on every backend.

use crate::common;

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
    let moved = app::duplicate::merge_organisations(&app, &scope, a.id, b.id, None, "staff").await.unwrap();
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
    let again = app::duplicate::merge_organisations(&app, &scope, a.id, b.id, None, "staff").await;
    assert!(matches!(again, Err(app::Error::BadRequest(_))), "a merged record cannot be merged again");
}

async fn merges_stay_inside_the_cluster(app: App) {
    let other = common::own_cluster(&app, "theirs").await;
    let theirs = build::organisation(&app, &other, "Movilidad Norte S.L.").await.id;
    let mine = common::own_cluster(&app, "ours").await;
    let own = build::organisation(&app, &mine, "Movilidad Norte SL").await.id;
    for (survivor, merged) in [(own, theirs), (theirs, own)] {
        let refused = app::duplicate::merge_organisations(&app, &mine, survivor, merged, None, "x").await;
        assert!(matches!(refused, Err(app::Error::NotFound(_))), "{refused:?}");
    }
    assert!(app::organisation::get(&app, &other, theirs).await.unwrap().archived_at.is_none());
}

/// A merged member's membership with its history, its invoices and payments, its credit and its
/// registrations all move to the survivor: the renewal bills it there and reminders reach its
/// billing contact. When both hold a membership, the merge asks which stays.
async fn a_merge_moves_memberships_money_and_registrations(app: App) {
    let scope = common::own_cluster(&app, "merge-money").await;
    let day = chrono::NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
    let full = build::full_member_type(&app, &scope).await;
    let companies = build::companies(&app, &scope, 3).await;
    let (survivor, merged, third) = (companies[0].id, companies[1].id, companies[2].id);
    let membership = build::member(&app, &scope, merged, full, day).await;
    let (invoice, _) = build::issued_invoice(&app, &scope, merged, "100", day).await;
    let overpaid = app::invoice::PaymentInput {
        paid_on: Some(day.to_string()),
        amount: Some("130".into()),
        overpayment: Some("yes".into()),
        ..Default::default()
    };
    app::invoice::record_payment(&app.on(day), &scope, invoice, &overpaid, "m").await.unwrap();
    let person = build::contact(&app, &scope, merged, "Ane", "Lasa", Some("ane@merged.example")).await;
    let event = build::event(&app, &scope, "Port night", day).await;
    build::attended(&app, &scope, event, &person).await;

    let moved = app::duplicate::merge_organisations(&app.on(day), &scope, survivor, merged, None, "m").await.unwrap();
    assert_eq!(moved.rows["memberships"], vec![membership]);
    let held = app::membership::of_organisation(&app.on(day), &scope, survivor).await.unwrap();
    assert_eq!(held[0].membership.id, membership);
    assert!(!app::membership::history(&app, &scope, membership).await.unwrap().is_empty(), "its history goes along");
    let invoices = app::invoice::of_organisation(&app.on(day), &scope, survivor).await.unwrap();
    assert_eq!(invoices.len(), 1);
    let detail = app::invoice::detail(&app.on(day), &scope, invoice).await.unwrap();
    assert_eq!((detail.customer.id, detail.payments.len()), (survivor, 1));
    assert_eq!(app::invoice::credit_of(&app, &scope, survivor).await.unwrap().balance_minor, 3_000);
    assert_eq!(app::invoice::credit_of(&app, &scope, merged).await.unwrap().entries.len(), 0);
    let registrations = app::event::registrations(&app, &scope, event).await.unwrap();
    assert_eq!(registrations[0].organisation_id, survivor);
    let renewal = app::membership::renew(&app.on(day), &scope, 2027, "m", true).await.unwrap();
    assert!(
        renewal.lines.iter().any(|l| l.organisation_id == survivor && l.membership_id == membership),
        "{renewal:?}"
    );

    // Both hold a membership: the merge asks which stays, and ends the other.
    let second = build::member(&app, &scope, third, full, day).await;
    let refused = app::duplicate::merge_organisations(&app.on(day), &scope, survivor, third, None, "m").await;
    assert!(
        matches!(&refused, Err(app::Error::Conflict(e)) if e.message_for("keep_membership").is_some()),
        "{refused:?}"
    );
    assert!(app::organisation::get(&app, &scope, third).await.unwrap().archived_at.is_none(), "nothing merged");
    let later = app.on(chrono::NaiveDate::from_ymd_opt(2026, 5, 1).unwrap());
    app::duplicate::merge_organisations(&later, &scope, survivor, third, Some(second), "m").await.unwrap();
    let held = app::membership::of_organisation(&later, &scope, survivor).await.unwrap();
    let ended: Vec<_> = held.iter().filter(|m| m.membership.terminated_on.is_some()).map(|m| m.membership.id).collect();
    assert_eq!((held.len(), ended), (2, vec![membership]));
}

/// A merged contact's consents, registrations and group spells move to the survivor.
async fn a_contact_merge_moves_consents_and_registrations(app: App) {
    let scope = common::own_cluster(&app, "merge-people").await;
    let day = chrono::NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
    let org = build::organisation(&app, &scope, "Zubi S.L.").await.id;
    let keep = build::contact(&app, &scope, org, "Ane", "Lasa", Some("ane@zubi.example")).await;
    let gone = build::contact(&app, &scope, org, "Ane", "Lasa Etxeberria", Some("ane.lasa@zubi.example")).await;
    let consent = domain::consent::ConsentInput {
        channel: Some("email".into()),
        purpose: Some("newsletter".into()),
        given_on: Some(day.to_string()),
        source: Some("signed paper form".into()),
    };
    app::privacy::give(&app.on(day), &scope, "m", gone.id, &consent).await.unwrap();
    let event = build::event(&app, &scope, "Port night", day).await;
    build::attended(&app, &scope, event, &gone).await;
    let moved = app::duplicate::merge_contacts(&app, &scope, keep.id, gone.id, "m").await.unwrap();
    assert_eq!(moved.rows["consents"].len(), 1);
    assert_eq!(app::privacy::consents(&app, &scope, keep.id).await.unwrap().len(), 1);
    assert_eq!(app::event::registrations(&app, &scope, event).await.unwrap()[0].contact_id, keep.id);
}

on_each_backend!(empty: the_scan_ranks_likely_duplicates_with_their_reasons_and_a_merge_keeps_everything, merges_stay_inside_the_cluster);

on_each_backend!(empty: a_merge_moves_memberships_money_and_registrations, a_contact_merge_moves_consents_and_registrations);
