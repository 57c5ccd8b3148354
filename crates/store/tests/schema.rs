//! The two backends hold one schema, laid out for distribution by tenant.

use store::testing;

#[tokio::test]
async fn sqlite_and_postgres_have_the_same_tables_and_columns() {
    let sqlite = store::schema::columns(&testing::sqlite().await).await.unwrap();
    assert!(sqlite.contains_key("organisations") && sqlite.contains_key("contacts"));
    let Some(postgres) = testing::postgres().await else {
        return;
    };
    let postgres = store::schema::columns(&postgres).await.unwrap();
    assert_eq!(sqlite, postgres, "the SQLite and PostgreSQL migrations disagree");
}

/// Tables shared by the whole installation: accounts and their grants, not a tenant's data.
/// (The network's taxonomy is keyed by network, not cluster.)
const ACCOUNT_TABLES: [&str; 6] = ["networks", "clusters", "users", "user_roles", "sessions", "api_tokens"];

#[tokio::test]
async fn every_index_of_a_tenant_table_starts_with_cluster_id() {
    for db in testing::databases().await {
        let columns = store::schema::columns(&db).await.unwrap();
        let indexes = store::schema::indexes(&db).await.unwrap();
        let tenant_tables: Vec<&String> = columns
            .iter()
            .filter(|(table, cols)| {
                cols.contains(&"cluster_id".to_string()) && !ACCOUNT_TABLES.contains(&table.as_str())
            })
            .map(|(table, _)| table)
            .collect();
        assert!(tenant_tables.len() >= 2, "organisations and contacts are tenant tables");
        for (table, index, cols) in &indexes {
            if tenant_tables.contains(&table) {
                assert_eq!(cols.first().map(String::as_str), Some("cluster_id"), "index {index} on {table}: {cols:?}");
            }
        }
        assert!(indexes.iter().any(|(t, _, _)| t == "organisations"), "indexes were read on {:?}", db.backend());
    }
}
