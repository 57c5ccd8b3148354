//! The network's taxonomy, organisations' segments, offers and needs, on every backend.

#[macro_use]
mod common;

use app::App;

use app::Paging;
use domain::access::Permission;

async fn the_network_keeps_the_taxonomy_and_organisations_take_their_place_in_it(app: App) {
    let admin = app::auth::login(&app, app::demo::DEMO_ADMIN_EMAIL, app::demo::DEMO_PASSWORD, "::1").await.unwrap();
    let spain = app::auth::scope(&app, &admin.actor, "mobility-basque", Permission::Edit).await.unwrap();
    let italy = app::auth::scope(&app, &admin.actor, "smart-piemonte", Permission::Edit).await.unwrap();
    let before = app::value_chain::terms(&app, &spain).await.unwrap().len();
    let term =
        app::value_chain::add_term(&app, &spain, &admin.actor, "segment", "Charging infrastructure").await.unwrap();
    assert_eq!(
        app::value_chain::terms(&app, &italy).await.unwrap().len(),
        before + 1,
        "one taxonomy for the whole network"
    );
    let again = app::value_chain::add_term(&app, &italy, &admin.actor, "segment", "charging INFRASTRUCTURE").await;
    assert!(matches!(again, Err(app::Error::Invalid(_))));

    let staff = app::auth::login(&app, "staff@clusterdesk.example", app::demo::DEMO_PASSWORD, "::1").await.unwrap();
    let scope = app::auth::scope(&app, &staff.actor, "mobility-basque", Permission::Edit).await.unwrap();
    let refused = app::value_chain::add_term(&app, &scope, &staff.actor, "technology", "Hydrogen").await;
    assert!(matches!(refused, Err(app::Error::Forbidden(_))), "only network administrators change the taxonomy");

    let org =
        app::organisation::list(&app, &scope, &Default::default(), Paging::new(None, Some(1))).await.unwrap().items[0]
            .id;
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
    let italian =
        app::organisation::list(&app, &italy, &Default::default(), Paging::new(None, Some(1))).await.unwrap().items[0]
            .id;
    assert!(matches!(app::value_chain::set_terms(&app, &scope, italian, &[]).await, Err(app::Error::NotFound(_))));
}

on_each_backend!(demo: the_network_keeps_the_taxonomy_and_organisations_take_their_place_in_it);
