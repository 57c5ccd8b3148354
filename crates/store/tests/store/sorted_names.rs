//! Organisations' names are listed in the order of their cluster's language by a sort key kept
//! with each name; names stored before keys existed, or with keys of another collator, are
//! sorted again when the store starts.

use domain::organisation::{OrganisationFilter, OrganisationInput, OrganisationSort};
use store::Db;

async fn names_in_order(db: &Db, slug: &str, descending: bool) -> Vec<String> {
    let scope = store::access::operator_scope(db, slug).await.unwrap().unwrap();
    let filter = OrganisationFilter { sort: OrganisationSort::Name, descending, ..Default::default() };
    store::organisation::list(db, &scope, &filter, 100, 0)
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|o| o.fields.name)
        .collect()
}

async fn names_without_keys_are_sorted_when_the_store_starts(db: Db) {
    let network = store::cluster::ensure_network(&db, "Network").await.unwrap();
    let clusters = [
        ("spanish", "ES", ["Oso Robótica", "Ñandú Ingeniería", "Nube Sistemas"]),
        ("polish", "PL", ["Malbork Metal", "Łódź Tekstylia", "Lublin Lotnictwo"]),
    ];
    for (slug, country, names) in clusters {
        store::cluster::ensure_cluster(&db, network, &store::testing::new_cluster(slug, country)).await.unwrap();
        let scope = store::access::operator_scope(&db, slug).await.unwrap().unwrap();
        let currency = scope.cluster().base_currency;
        let fields: Vec<_> = names
            .iter()
            .map(|n| OrganisationInput { name: Some((*n).into()), ..Default::default() }.parse(currency).unwrap())
            .collect();
        store::organisation::insert_many(&db, &scope, &fields).await.unwrap();
    }
    assert_eq!(names_in_order(&db, "spanish", false).await, ["Nube Sistemas", "Ñandú Ingeniería", "Oso Robótica"]);
    assert_eq!(names_in_order(&db, "polish", true).await, ["Malbork Metal", "Łódź Tekstylia", "Lublin Lotnictwo"]);

    // As a database written before the keys, and one whose keys another collator made.
    let forget = ["UPDATE organisations SET name_sort_key = NULL", "UPDATE clusters SET names_sorted_as = NULL"];
    let stale = "UPDATE clusters SET names_sorted_as = 'pl/icu4x-1.0' WHERE slug = 'polish'";
    for sql in forget.into_iter().chain([stale]) {
        run(&db, sql).await;
    }
    db.migrate().await.unwrap();
    assert_eq!(names_in_order(&db, "spanish", false).await, ["Nube Sistemas", "Ñandú Ingeniería", "Oso Robótica"]);
    assert_eq!(names_in_order(&db, "polish", false).await, ["Lublin Lotnictwo", "Łódź Tekstylia", "Malbork Metal"]);
    // A name another program wrote without its key, in a cluster whose keys are otherwise made.
    // (Without their keys, the first and the last would sort together, before or after the other.)
    run(&db, "UPDATE organisations SET name_sort_key = NULL WHERE name IN ('Nube Sistemas', 'Oso Robótica')").await;
    db.migrate().await.unwrap();
    assert_eq!(names_in_order(&db, "spanish", false).await, ["Nube Sistemas", "Ñandú Ingeniería", "Oso Robótica"]);
    let sorted_as = "SELECT names_sorted_as FROM clusters ORDER BY slug";
    let made: Vec<(Option<String>,)> = match &db {
        Db::Sqlite(pool) => sqlx::query_as(sorted_as).fetch_all(pool).await,
        Db::Postgres(pool) => sqlx::query_as(sorted_as).fetch_all(pool).await,
    }
    .unwrap();
    let expected = [domain::language::Language::Polish, domain::language::Language::Spanish]
        .map(|l| (Some(i18n::sort_keys_made_as(l)),));
    assert_eq!(made, expected);
}

/// Lists of a cluster's records by name or title that are not paged are sorted after they are
/// read, by the same collation.
async fn short_lists_by_name_follow_the_clusters_language(db: Db) {
    let network = store::cluster::ensure_network(&db, "Network").await.unwrap();
    store::cluster::ensure_cluster(&db, network, &store::testing::new_cluster("spanish", "ES")).await.unwrap();
    let scope = store::access::operator_scope(&db, "spanish").await.unwrap().unwrap();
    let names = ["Oso", "Ñu", "Nube", "nube"];
    for name in names {
        store::group::insert(&db, &scope, name, "").await.unwrap();
        store::event::insert_series(&db, &scope, name, "").await.unwrap();
    }
    // Segments' names are unique as folded: one "nube" only.
    for name in &names[..3] {
        store::tag::insert_segment(&db, &scope, name, "{}", "x").await.unwrap();
    }
    let groups: Vec<String> = store::group::all(&db, &scope).await.unwrap().into_iter().map(|g| g.name).collect();
    assert_eq!(groups, ["nube", "Nube", "Ñu", "Oso"]);
    let series: Vec<String> = store::event::series(&db, &scope).await.unwrap().into_iter().map(|s| s.title).collect();
    assert_eq!(series, ["nube", "Nube", "Ñu", "Oso"]);
    let segments: Vec<String> = store::tag::segments(&db, &scope).await.unwrap().into_iter().map(|s| s.name).collect();
    assert_eq!(segments, ["Nube", "Ñu", "Oso"], "folded, Ñu would come first");

    // A name whose characters each expand to 18 collation elements: its key is cut
    // (i18n::SORT_KEY_LIMIT, well within an index entry of PostgreSQL), written and listed.
    let long = "\u{FDFA}".repeat(200);
    let fields = OrganisationInput { name: Some(long.clone()), ..Default::default() }
        .parse(scope.cluster().base_currency)
        .unwrap();
    store::organisation::insert_many(&db, &scope, &[fields]).await.unwrap();
    assert_eq!(names_in_order(&db, "spanish", false).await, [long]);
}

async fn run(db: &Db, sql: &str) {
    match db {
        Db::Sqlite(pool) => sqlx::query(sql).execute(pool).await.map(|_| ()),
        Db::Postgres(pool) => sqlx::query(sql).execute(pool).await.map(|_| ()),
    }
    .unwrap();
}

mod short_lists_are_sorted_by_the_clusters_collation {
    use store::testing;

    #[tokio::test]
    async fn sqlite() {
        super::short_lists_by_name_follow_the_clusters_language(testing::sqlite().await).await;
    }

    #[tokio::test]
    async fn postgres() {
        if let Some(db) = testing::postgres().await {
            super::short_lists_by_name_follow_the_clusters_language(db).await;
        }
    }
}

mod names_are_sorted_when_the_store_starts {
    use store::testing;

    #[tokio::test]
    async fn sqlite() {
        super::names_without_keys_are_sorted_when_the_store_starts(testing::sqlite().await).await;
    }

    #[tokio::test]
    async fn postgres() {
        if let Some(db) = testing::postgres().await {
            super::names_without_keys_are_sorted_when_the_store_starts(db).await;
        }
    }
}
