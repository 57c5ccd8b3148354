//! Organisations and contacts through the use cases, on every database backend.

use crate::common;

use app::{App, Error, Paging};
use common::build::{self, PASSWORD};
use domain::access::{Permission, Role};
use domain::contact::ContactInput;
use domain::organisation::{OrganisationInput, SizeClass};
use store::organisation::{OrganisationFilter, OrganisationSort};

async fn login_scope(app: &App, email: &str, slug: &str, permission: Permission) -> Result<app::ClusterScope, Error> {
    let session = app::auth::login(app, email, PASSWORD, "127.0.0.1").await.unwrap();
    app::auth::scope(app, &session.actor, slug, permission).await
}

/// The cluster "ours" with a manager, a staff member and a board member, each signing in as
/// `<role>@ours.example`.
async fn our_team(app: &App) {
    common::own_cluster(app, "ours").await;
    for role in [Role::ClusterManager, Role::Staff, Role::Board] {
        build::user(app, &format!("{}@ours.example", role.code()), role, "ours").await;
    }
}

fn input(name: &str) -> OrganisationInput {
    OrganisationInput { name: Some(name.into()), ..Default::default() }
}

async fn create_then_find_by_folded_name_filters_and_sort(app: App) {
    our_team(&app).await;
    let scope = login_scope(&app, "staff@ours.example", "ours", Permission::Edit).await.unwrap();
    let companies = build::companies(&app, &scope, 24).await;
    let created = app::organisation::create(
        &app,
        &scope,
        &OrganisationInput {
            kind: Some("university".into()),
            employees: Some("8".into()),
            turnover: Some("1500000".into()),
            country: Some("es".into()),
            ..input("Ingeniería Ñandú Zeta S.L.")
        },
    )
    .await
    .unwrap();
    assert_eq!(created.size_class, Some(SizeClass::Micro));
    let filter = OrganisationFilter { search: Some("NANDU".into()), ..Default::default() };
    let found = app::organisation::list(&app, &scope, &filter, Paging::new(None, None)).await.unwrap();
    assert_eq!(found.total, 1);
    assert_eq!(found.items[0].id, created.id);

    let micro_universities = OrganisationFilter {
        kind: Some(domain::organisation::OrganisationKind::University),
        size_class: Some(SizeClass::Micro),
        ..Default::default()
    };
    let page = app::organisation::list(&app, &scope, &micro_universities, Paging::new(None, None)).await.unwrap();
    assert_eq!(page.items.iter().map(|o| o.id).collect::<Vec<_>>(), vec![created.id]);

    let by_staff = OrganisationFilter { sort: OrganisationSort::Employees, descending: true, ..Default::default() };
    let page = app::organisation::list(&app, &scope, &by_staff, Paging::new(Some(1), Some(10))).await.unwrap();
    assert_eq!(page.items.len(), 10);
    assert_eq!(page.total, companies.len() as i64 + 1, "the companies and the new one");
    let staff: Vec<i64> = page.items.iter().map(|o| o.fields.employees.unwrap()).collect();
    assert!(staff.windows(2).all(|w| w[0] >= w[1]), "sorted by employees, most first: {staff:?}");

    let second = app::organisation::list(&app, &scope, &by_staff, Paging::new(Some(2), Some(10))).await.unwrap();
    assert!(second.items.iter().all(|o| !page.items.iter().any(|p| p.id == o.id)), "pages do not overlap");

    // The page carries the count of all that match, on the last page and past it too.
    let all = app::organisation::list(&app, &scope, &by_staff, Paging::new(Some(1), Some(500))).await.unwrap();
    assert_eq!(all.items.len() as i64, all.total);
    let last_page = (all.total + 9) / 10;
    let last = app::organisation::list(&app, &scope, &by_staff, Paging::new(Some(last_page), Some(10))).await.unwrap();
    assert_eq!((last.items.len() as i64, last.total), (all.total - (last_page - 1) * 10, all.total));
    let past =
        app::organisation::list(&app, &scope, &by_staff, Paging::new(Some(last_page + 1), Some(10))).await.unwrap();
    assert_eq!((past.items.len(), past.total), (0, all.total));
    let contacts = store::contact::ContactFilter::default();
    let every = app::contact::list(&app, &scope, &contacts, Paging::new(Some(1), Some(500))).await.unwrap();
    assert_eq!(every.total, companies.len() as i64, "a person at each company");
    assert!(every.items.len() as i64 == every.total.min(500));
    let beyond = app::contact::list(&app, &scope, &contacts, Paging::new(Some(1000), Some(10))).await.unwrap();
    assert_eq!((beyond.items.len(), beyond.total), (0, every.total));
}

async fn invalid_input_names_every_field_and_writes_nothing(app: App) {
    our_team(&app).await;
    let scope = login_scope(&app, "staff@ours.example", "ours", Permission::Edit).await.unwrap();
    build::companies(&app, &scope, 2).await;
    let before = app::organisation::counts(&app, &scope).await.unwrap();
    let bad = OrganisationInput { employees: Some("lots".into()), country: Some("Basque Country".into()), ..input("") };
    let Err(Error::Invalid(invalid)) = app::organisation::create(&app, &scope, &bad).await else {
        panic!("invalid input was accepted");
    };
    let fields: Vec<&str> = invalid.0.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["name", "employees", "country"]);
    assert_eq!(app::organisation::counts(&app, &scope).await.unwrap(), before);
}

async fn archive_hides_and_restore_brings_back(app: App) {
    our_team(&app).await;
    let scope = login_scope(&app, "cluster-manager@ours.example", "ours", Permission::Edit).await.unwrap();
    let o = app::organisation::create(&app, &scope, &input("Archivable Logística S.L.")).await.unwrap();
    let search = OrganisationFilter { search: Some("archivable".into()), ..Default::default() };
    let archived = app::organisation::set_archived(&app, &scope, o.id, true).await.unwrap();
    assert!(archived.archived_at.is_some());
    assert_eq!(app::organisation::list(&app, &scope, &search, Paging::new(None, None)).await.unwrap().total, 0);
    let in_archive = OrganisationFilter { archived: true, ..search.clone() };
    assert_eq!(app::organisation::list(&app, &scope, &in_archive, Paging::new(None, None)).await.unwrap().total, 1);
    app::organisation::set_archived(&app, &scope, o.id, false).await.unwrap();
    assert_eq!(app::organisation::list(&app, &scope, &search, Paging::new(None, None)).await.unwrap().total, 1);
    assert!(app::organisation::get(&app, &scope, o.id).await.is_ok(), "nothing is deleted");
}

async fn board_reads_but_may_not_edit(app: App) {
    our_team(&app).await;
    let scope = login_scope(&app, "board@ours.example", "ours", Permission::Read).await.unwrap();
    assert!(
        app::organisation::list(&app, &scope, &OrganisationFilter::default(), Paging::new(None, None)).await.is_ok()
    );
    let refused = app::organisation::create(&app, &scope, &input("Board Made S.L.")).await;
    assert!(matches!(refused, Err(Error::Forbidden(_))), "{refused:?}");
    let refused = login_scope(&app, "board@ours.example", "ours", Permission::Edit).await;
    assert!(matches!(refused, Err(Error::Forbidden(_))));
}

async fn a_cluster_never_reaches_another_clusters_records(app: App) {
    our_team(&app).await;
    let other = common::own_cluster(&app, "theirs").await;
    let theirs = build::organisation(&app, &other, "Collina Sistemi S.r.l.").await;
    let their_contact =
        build::contact(&app, &other, theirs.id, "Giulia", "Rossi", Some("giulia@collina.example")).await;

    // Our manager holds no role in the other cluster: not found, not forbidden.
    let refused = login_scope(&app, "cluster-manager@ours.example", "theirs", Permission::Read).await;
    assert!(matches!(refused, Err(Error::NotFound("cluster"))), "{refused:?}");

    let mine = login_scope(&app, "cluster-manager@ours.example", "ours", Permission::Edit).await.unwrap();
    build::companies(&app, &mine, 2).await;
    fn not_found<T>(r: Result<T, Error>) -> bool {
        matches!(r, Err(Error::NotFound(_)))
    }
    assert!(not_found(app::organisation::get(&app, &mine, theirs.id).await));
    assert!(not_found(app::organisation::update(&app, &mine, theirs.id, &input("Taken over")).await));
    assert!(not_found(app::organisation::set_archived(&app, &mine, theirs.id, true).await));
    assert!(not_found(app::contact::get(&app, &mine, their_contact.id).await));
    assert!(not_found(app::contact::set_archived(&app, &mine, their_contact.id, true).await));
    let person = ContactInput { first_name: Some("Ana".into()), last_name: Some("Ruiz".into()), ..Default::default() };
    let planted = app::contact::create(&app, &mine, Some(theirs.id), &person).await;
    assert!(matches!(planted, Err(Error::Invalid(_))), "a contact cannot be put at another cluster's organisation");
    let filter = OrganisationFilter { search: Some(theirs.fields.name.clone()), ..Default::default() };
    let mine_list = app::organisation::list(&app, &mine, &filter, Paging::new(None, None)).await.unwrap();
    assert!(mine_list.items.iter().all(|o| o.id != theirs.id));

    let unchanged = app::organisation::get(&app, &other, theirs.id).await.unwrap();
    assert_eq!(unchanged, theirs, "the other cluster's record is untouched");
}

async fn contacts_are_created_listed_and_moved_within_the_cluster(app: App) {
    our_team(&app).await;
    let scope = login_scope(&app, "staff@ours.example", "ours", Permission::Edit).await.unwrap();
    let a = app::organisation::create(&app, &scope, &input("Contact Home One S.L.")).await.unwrap();
    let b = app::organisation::create(&app, &scope, &input("Contact Home Two S.L.")).await.unwrap();
    let person = ContactInput {
        first_name: Some("Itziar".into()),
        last_name: Some("Goñi".into()),
        email: Some("itziar.goni@home-one.example".into()),
        position: Some("R&D manager".into()),
        ..Default::default()
    };
    let missing = app::contact::create(&app, &scope, None, &ContactInput::default()).await;
    let Err(Error::Invalid(invalid)) = missing else { panic!("a contact without organisation or name was accepted") };
    assert_eq!(
        invalid.0.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(),
        ["organisation_id", "first_name", "last_name"]
    );

    let c = app::contact::create(&app, &scope, Some(a.id), &person).await.unwrap();
    assert_eq!(c.organisation_name, "Contact Home One S.L.");
    let search = store::contact::ContactFilter { search: Some("GONI".into()), ..Default::default() };
    assert_eq!(app::contact::list(&app, &scope, &search, Paging::new(None, None)).await.unwrap().total, 1);
    let moved = app::contact::update(&app, &scope, c.id, Some(b.id), &person).await.unwrap();
    assert_eq!(moved.organisation_id, b.id);
    let at_b = store::contact::ContactFilter { organisation_id: Some(b.id), ..Default::default() };
    assert_eq!(app::contact::list(&app, &scope, &at_b, Paging::new(None, None)).await.unwrap().items[0].id, c.id);
}

async fn demo_seeding_is_idempotent(app: App) {
    let again = app::demo::seed(&app).await.unwrap();
    assert_eq!(again.clusters_created, 0);
    let admin = app::auth::login(&app, app::demo::DEMO_ADMIN_EMAIL, app::demo::DEMO_PASSWORD, "::1").await.unwrap();
    let clusters = app::auth::clusters(&app, &admin.actor).await.unwrap();
    assert_eq!(clusters.len(), 4);
    let mut members = Vec::new();
    for slug in app::demo::demo_slugs() {
        let scope = app::auth::scope(&app, &admin.actor, slug, Permission::Read).await.unwrap();
        members.push(app::organisation::counts(&app, &scope).await.unwrap());
    }
    assert_eq!(members.iter().map(|(o, _)| *o).collect::<Vec<_>>(), [120, 90, 60, 35]);
    assert!(members.iter().all(|(o, c)| *c >= 2 * o), "about three contacts an organisation: {members:?}");
}

/// Name search finds every name that holds the typed text, whatever its case, accents and
/// characters that mean something to LIKE or to FTS5, through the trigram index from three
/// characters on and without it below; it follows a rename, and never reaches another cluster.
async fn name_search_finds_substrings_and_follows_renames(app: App) {
    let ours = common::own_cluster(&app, "ours").await;
    let theirs = common::own_cluster(&app, "theirs").await;
    let mut ids = std::collections::HashMap::new();
    for name in
        ["Zubieta Tecnología S.L.", "Ünal Metal 50% Parts", "O'Neil \"Quote\" Ltd", "under_score GmbH", "Ab Tools"]
    {
        ids.insert(name, app::organisation::create(&app, &ours, &input(name)).await.unwrap().id);
    }
    app::organisation::create(&app, &theirs, &input("Zubieta Tecnología Copy")).await.unwrap();
    // Each search runs twice: with the new names waiting for the index, and once they are in it.
    let found = async |term: &str| -> Vec<String> {
        let filter = OrganisationFilter { search: Some(term.into()), ..Default::default() };
        let waiting = app::organisation::list(&app, &ours, &filter, Paging::new(None, None)).await.unwrap();
        app::organisation::index_names(&app).await.unwrap();
        let page = app::organisation::list(&app, &ours, &filter, Paging::new(None, None)).await.unwrap();
        assert_eq!(page.total, page.items.len() as i64, "{term}");
        let names = |p: domain::Page<domain::organisation::Organisation>| -> Vec<String> {
            p.items.into_iter().map(|o| o.fields.name).collect()
        };
        let (waiting, indexed) = (names(waiting), names(page));
        assert_eq!(waiting, indexed, "{term}: waiting for the index or in it, the same names");
        indexed
    };
    let zubieta = vec!["Zubieta Tecnología S.L.".to_string()];
    assert_eq!(found("tecno").await, zubieta);
    assert_eq!(found("  TECNOLOGÍA ").await, zubieta);
    assert_eq!(found("ta te").await, zubieta, "a space inside the text is part of it");
    assert_eq!(found("50%").await, ["Ünal Metal 50% Parts"]);
    assert_eq!(found("unal").await, ["Ünal Metal 50% Parts"]);
    assert_eq!(found("\"quote\"").await, ["O'Neil \"Quote\" Ltd"]);
    assert_eq!(found("o'neil").await, ["O'Neil \"Quote\" Ltd"]);
    assert_eq!(found("r_s").await, ["under_score GmbH"]);
    assert!(found("r%s").await.is_empty(), "% is a character, not a wildcard");
    assert!(found("quote OR tools").await.is_empty(), "FTS5 syntax is text");
    assert_eq!(found("ab").await, ["Ab Tools"], "two characters: without the index");
    assert!(found("nothing like it").await.is_empty());
    assert_eq!(found("\0tec\r\nno").await, zubieta, "control characters are not part of a search");
    assert!(found(&"tecno".repeat(20_000)).await.is_empty(), "a long text is cut, and answered");
    let hostile =
        store::contact::ContactFilter { search: Some(format!("\0{}", "%".repeat(60_000))), ..Default::default() };
    assert_eq!(app::contact::list(&app, &ours, &hostile, Paging::new(None, None)).await.unwrap().total, 0);

    let renamed = app::organisation::update(&app, &ours, ids["Zubieta Tecnología S.L."], &input("Arrasate Motors"))
        .await
        .unwrap();
    assert!(found("tecno").await.is_empty(), "the old name is gone from the index");
    assert_eq!(found("rrasat").await, [renamed.fields.name]);
    assert_eq!(app::organisation::index_names(&app).await.unwrap(), 0, "nothing waits any more");
}

/// A cluster's organisations are listed by name in the order of its language, created, renamed or
/// imported, and so are contacts by their name and by their organisation's; when the cluster
/// changes its language, the names are in the new language's order at once.
async fn names_are_listed_in_the_order_of_the_clusters_language(app: App) {
    let spanish = common::own_cluster(&app, "ours").await;
    let mut ids = std::collections::HashMap::new();
    for name in ["Oso Robótica", "Zeta Motors", "Nube Sistemas", "nube azul"] {
        ids.insert(name, app::organisation::create(&app, &spanish, &input(name)).await.unwrap().id);
    }
    app::organisation::update(&app, &spanish, ids["Zeta Motors"], &input("Ñu Motors")).await.unwrap();
    let imported = vec![input("Ñandú Ingeniería").parse(spanish.cluster().base_currency).unwrap()];
    store::organisation::insert_many(app.db(), &spanish, &imported).await.unwrap();
    let listed = async |scope: &app::ClusterScope, descending: bool| -> Vec<String> {
        let filter = OrganisationFilter { sort: OrganisationSort::Name, descending, ..Default::default() };
        let page = app::organisation::list(&app, scope, &filter, Paging::new(None, None)).await.unwrap();
        page.items.into_iter().map(|o| o.fields.name).collect()
    };
    let in_spanish = ["nube azul", "Nube Sistemas", "Ñandú Ingeniería", "Ñu Motors", "Oso Robótica"];
    assert_eq!(listed(&spanish, false).await, in_spanish, "Ñ after N");
    assert_eq!(listed(&spanish, true).await, in_spanish.iter().rev().copied().collect::<Vec<_>>());
    // Zeta Motors is Ñu Motors now.
    let people =
        [("Oso Robótica", "Olga", "Ortiz"), ("Zeta Motors", "Ñuria", "Ñúñez"), ("Nube Sistemas", "Nerea", "Nuño")];
    for (name, first, last) in people {
        let contact =
            ContactInput { first_name: Some(first.into()), last_name: Some(last.into()), ..Default::default() };
        app::contact::create(&app, &spanish, Some(ids[name]), &contact).await.unwrap();
    }
    let contacts_by = async |scope: &app::ClusterScope, sort: store::contact::ContactSort| -> Vec<String> {
        let filter = store::contact::ContactFilter { sort, ..Default::default() };
        let page = app::contact::list(&app, scope, &filter, Paging::new(None, None)).await.unwrap();
        page.items.into_iter().map(|c| c.fields.last_name).collect()
    };
    use store::contact::ContactSort::{Name, Organisation};
    assert_eq!(contacts_by(&spanish, Organisation).await, ["Nuño", "Ñúñez", "Ortiz"], "by Nube, Ñu, Oso");
    assert_eq!(contacts_by(&spanish, Name).await, ["Nuño", "Ñúñez", "Ortiz"]);

    app::cluster::set_language(&app, &spanish, "en").await.unwrap();
    let english = app::auth::operator_scope(&app, "ours").await.unwrap();
    app::organisation::create(&app, &english, &input("Ña Labs")).await.unwrap();
    assert_eq!(
        listed(&english, false).await,
        ["Ña Labs", "Ñandú Ingeniería", "Ñu Motors", "nube azul", "Nube Sistemas", "Oso Robótica"],
        "in English Ñ is an N with a mark"
    );
    assert_eq!(contacts_by(&english, Name).await, ["Ñúñez", "Nuño", "Ortiz"]);
    assert_eq!(contacts_by(&english, Organisation).await, ["Ñúñez", "Nuño", "Ortiz"], "by Ñu, Nube, Oso");
    app::cluster::set_language(&app, &english, "").await.unwrap();
    let spanish = app::auth::operator_scope(&app, "ours").await.unwrap();
    assert_eq!(
        listed(&spanish, false).await,
        ["nube azul", "Nube Sistemas", "Ña Labs", "Ñandú Ingeniería", "Ñu Motors", "Oso Robótica"]
    );
}

on_each_backend!(empty: name_search_finds_substrings_and_follows_renames);
on_each_backend!(empty: names_are_listed_in_the_order_of_the_clusters_language);

on_each_backend!(empty: create_then_find_by_folded_name_filters_and_sort, invalid_input_names_every_field_and_writes_nothing, archive_hides_and_restore_brings_back, board_reads_but_may_not_edit, a_cluster_never_reaches_another_clusters_records, contacts_are_created_listed_and_moved_within_the_cluster);

on_each_backend!(demo: demo_seeding_is_idempotent);
