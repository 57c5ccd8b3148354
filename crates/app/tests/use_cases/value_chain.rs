//! The network's taxonomy, organisations' segments, offers and needs, on every backend.

use crate::common;

use app::App;

use common::build;
use domain::access::{Permission, Role};

async fn the_network_keeps_the_taxonomy_and_organisations_take_their_place_in_it(app: App) {
    common::own_cluster(&app, "ours").await;
    common::own_cluster(&app, "theirs").await;
    build::network_admin(&app, "admin@network.example").await;
    build::user(&app, "staff@ours.example", Role::Staff, "ours").await;
    let (admin, ours) = build::signed_in(&app, "admin@network.example", "ours", Permission::Edit).await;
    let theirs = app::auth::scope(&app, &admin, "theirs", Permission::Edit).await.unwrap();
    let before = app::value_chain::terms(&app, &ours).await.unwrap().len();
    let term = app::value_chain::add_term(&app, &ours, &admin, "segment", "Charging infrastructure").await.unwrap();
    assert_eq!(
        app::value_chain::terms(&app, &theirs).await.unwrap().len(),
        before + 1,
        "one taxonomy for the whole network"
    );
    let again = app::value_chain::add_term(&app, &theirs, &admin, "segment", "charging INFRASTRUCTURE").await;
    assert!(matches!(again, Err(app::Error::Invalid(_))));

    let (staff, scope) = build::signed_in(&app, "staff@ours.example", "ours", Permission::Edit).await;
    let refused = app::value_chain::add_term(&app, &scope, &staff, "technology", "Hydrogen").await;
    assert!(matches!(refused, Err(app::Error::Forbidden(_))), "only network administrators change the taxonomy");

    let org = build::organisation(&app, &scope, "Zubi Logística S.L.").await.id;
    let terms = app::value_chain::set_terms(&app, &scope, org, &[term.id, term.id]).await.unwrap();
    assert_eq!(terms.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["Charging infrastructure"]);
    let unknown = app::value_chain::set_terms(&app, &scope, org, &[domain::id::new_id()]).await;
    assert!(matches!(unknown, Err(app::Error::Invalid(_))));
    let offer = app::value_chain::add_offer_or_need(
        &app,
        &scope,
        org,
        "offer",
        "Fast chargers for depots",
        None,
        Some(term.id),
    )
    .await
    .unwrap();
    app::value_chain::add_offer_or_need(
        &app,
        &scope,
        org,
        "need",
        "Grid connection partner",
        Some("for a pilot"),
        None,
    )
    .await
    .unwrap();
    assert_eq!(app::value_chain::offers_and_needs(&app, &scope, org).await.unwrap().len(), 2);
    let bad = app::value_chain::add_offer_or_need(&app, &scope, org, "wish", "", None, None).await;
    let Err(app::Error::Invalid(invalid)) = bad else { panic!("accepted a wish") };
    assert_eq!(invalid.0.len(), 2);
    assert_eq!(app::value_chain::remove_offer_or_need(&app, &scope, offer.id).await.unwrap(), org);
    let their_organisation = build::organisation(&app, &theirs, "Collina Sistemi S.r.l.").await.id;
    assert!(matches!(
        app::value_chain::set_terms(&app, &scope, their_organisation, &[]).await,
        Err(app::Error::NotFound(_))
    ));
}

on_each_backend!(empty: the_network_keeps_the_taxonomy_and_organisations_take_their_place_in_it);
