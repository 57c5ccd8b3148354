//! A unique violation names the columns whose value is taken, on both backends, so that the use
//! cases can answer it as a conflict on that field.

use store::{Db, StoreError};

async fn insert_user(db: &Db, email: &str) -> Result<(), StoreError> {
    let sql = "INSERT INTO users (id, email, display_name, password_hash, is_network_admin, created_at) \
               VALUES ($1, $2, 'x', '!', FALSE, $3)";
    let (id, at) = (domain::id::new_id(), chrono::Utc::now());
    match db {
        Db::Sqlite(pool) => sqlx::query(sql).bind(id).bind(email).bind(at).execute(pool).await.map(|_| ())?,
        Db::Postgres(pool) => sqlx::query(sql).bind(id).bind(email).bind(at).execute(pool).await.map(|_| ())?,
    }
    Ok(())
}

async fn unique_columns_of_a_second_user_with_the_same_email(db: Db) {
    insert_user(&db, "same@example.org").await.unwrap();
    let e = insert_user(&db, "same@example.org").await.unwrap_err();
    assert!(e.is_unique_violation(), "{e}");
    assert_eq!(e.unique_columns(), Some(vec!["email".to_string()]), "{e} on {:?}", db.backend());
    insert_user(&db, "other@example.org").await.unwrap();
    let not_unique = StoreError::Corrupt("x".into());
    assert_eq!(not_unique.unique_columns(), None);
}

/// Named per backend, so that a failure names its backend.
mod a_unique_violation_names_its_column {
    use store::testing;

    #[tokio::test]
    async fn sqlite() {
        super::unique_columns_of_a_second_user_with_the_same_email(testing::sqlite().await).await;
    }

    #[tokio::test]
    async fn postgres() {
        if let Some(db) = testing::postgres().await {
            super::unique_columns_of_a_second_user_with_the_same_email(db).await;
        }
    }
}

/// Segments saved before their names were unique (no `name_key`): keying them at start renames
/// the later of two names that fold alike, in their own cluster only, and then the index holds.
async fn segments_saved_before_names_were_unique_are_keyed_and_renamed(db: Db) {
    let network = store::cluster::ensure_network(&db, "Network").await.unwrap();
    let mut scopes = Vec::new();
    for slug in ["one", "two"] {
        let new = store::testing::new_cluster(slug, "ES");
        store::cluster::ensure_cluster(&db, network, &new).await.unwrap();
        scopes.push(store::access::operator_scope(&db, slug).await.unwrap().unwrap());
    }
    let sql = "INSERT INTO segments (cluster_id, id, name, filter_json, created_by, created_at) \
               VALUES ($1, $2, $3, '{}', 'x', $4)";
    let old = [(0, "Suppliers", 1), (0, "SUPPLIERS", 2), (0, "Súppliers ", 3), (1, "suppliers", 4), (0, "Other", 5)];
    for (cluster, name, second) in old {
        let (cluster_id, id) = (scopes[cluster].cluster_id(), domain::id::new_id());
        let at = chrono::DateTime::from_timestamp(1_700_000_000 + second, 0).unwrap();
        match &db {
            Db::Sqlite(pool) => {
                sqlx::query(sql).bind(cluster_id).bind(id).bind(name).bind(at).execute(pool).await.map(|_| ())
            }
            Db::Postgres(pool) => {
                sqlx::query(sql).bind(cluster_id).bind(id).bind(name).bind(at).execute(pool).await.map(|_| ())
            }
        }
        .unwrap();
    }
    db.migrate().await.unwrap();
    let names = |i: usize| {
        let (db, scope) = (&db, &scopes[i]);
        async move { store::tag::segments(db, scope).await.unwrap().into_iter().map(|s| s.name).collect::<Vec<_>>() }
    };
    assert_eq!(names(0).await, ["Other", "Suppliers", "Súppliers  (3)", "SUPPLIERS (2)"], "in the order of Spanish");
    assert_eq!(names(1).await, ["suppliers"]);
    let again = store::tag::insert_segment(&db, &scopes[0], "suppliers (2)", "{}", "x").await.unwrap_err();
    assert_eq!(again.unique_columns(), Some(vec!["name_key".to_string()]), "{again}");
}

mod segments_saved_before_names_were_unique {
    use store::testing;

    #[tokio::test]
    async fn sqlite() {
        super::segments_saved_before_names_were_unique_are_keyed_and_renamed(testing::sqlite().await).await;
    }

    #[tokio::test]
    async fn postgres() {
        if let Some(db) = testing::postgres().await {
            super::segments_saved_before_names_were_unique_are_keyed_and_renamed(db).await;
        }
    }
}
