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

async fn every_index_of_a_tenant_table_starts_with_cluster_id(db: store::Db) {
    let backend = db.backend();
    let columns = store::schema::columns(&db).await.unwrap();
    let indexes = store::schema::indexes(&db).await.unwrap();
    let tenant_tables: Vec<&String> = columns
        .iter()
        .filter(|(table, cols)| cols.contains(&"cluster_id".to_string()) && !ACCOUNT_TABLES.contains(&table.as_str()))
        .map(|(table, _)| table)
        .collect();
    assert!(tenant_tables.len() >= 2, "organisations and contacts are tenant tables on {backend:?}");
    for (table, index, cols) in &indexes {
        if tenant_tables.contains(&table) {
            assert_eq!(
                cols.first().map(String::as_str),
                Some("cluster_id"),
                "index {index} on {table} on {backend:?}: {cols:?}"
            );
        }
    }
    assert!(indexes.iter().any(|(t, _, _)| t == "organisations"), "indexes were read on {backend:?}");
}

/// Named per backend, so that a failure names its backend.
mod every_index_of_a_tenant_table_starts_with_cluster_id {
    use store::testing;

    #[tokio::test]
    async fn sqlite() {
        super::every_index_of_a_tenant_table_starts_with_cluster_id(testing::sqlite().await).await;
    }

    #[tokio::test]
    async fn postgres() {
        if let Some(db) = testing::postgres().await {
            super::every_index_of_a_tenant_table_starts_with_cluster_id(db).await;
        }
    }
}

/// PostgreSQL's type names and the SQLite names the other migrations use for the same values.
/// Everything else in the two migrations must be the same, token for token.
const POSTGRES_TO_SQLITE_TYPES: [(&str, &str); 4] =
    [("UUID", "BLOB"), ("TIMESTAMPTZ", "TEXT"), ("TIMESTAMP", "TEXT"), ("BYTEA", "BLOB")];

/// The SQL of a migration as tokens: comments dropped, identifiers and words apart from
/// punctuation, PostgreSQL's type names put as SQLite writes them when `postgres` is set. A
/// block between `-- backend-specific: NAME` and `-- end backend-specific` (an index each backend
/// builds its own way, listed in `store::schema::BACKEND_SPECIFIC`) is one token, its name.
fn tokens(sql: &str, postgres: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside_specific = false;
    for line in sql.lines() {
        if let Some(name) = line.trim().strip_prefix("-- backend-specific:") {
            assert!(!inside_specific, "a backend-specific block opens inside another");
            assert!(store::schema::BACKEND_SPECIFIC.contains(&name.trim()), "unlisted backend-specific block {name}");
            out.push(format!("<backend-specific {}>", name.trim()));
            inside_specific = true;
            continue;
        }
        if line.trim() == "-- end backend-specific" {
            inside_specific = false;
            continue;
        }
        if inside_specific {
            continue;
        }
        let code = line.split("--").next().unwrap_or_default();
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut Vec<String>| {
            if !word.is_empty() {
                let mapped = POSTGRES_TO_SQLITE_TYPES
                    .iter()
                    .find(|(pg, _)| postgres && pg == word)
                    .map_or(word.clone(), |(_, sqlite)| sqlite.to_string());
                out.push(mapped);
                word.clear();
            }
        };
        for c in code.chars() {
            if c.is_alphanumeric() || c == '_' || c == '\'' {
                word.push(c);
            } else {
                flush(&mut word, &mut out);
                if !c.is_whitespace() {
                    out.push(c.to_string());
                }
            }
        }
        flush(&mut word, &mut out);
    }
    out
}

#[test]
fn the_migrations_of_both_backends_differ_only_in_type_names() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let names = |backend: &str| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir.join(backend))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        names.sort();
        names
    };
    let sqlite_files = names("sqlite");
    assert_eq!(sqlite_files, names("postgres"), "each migration is written for both backends, with one number");
    assert!(sqlite_files.len() >= 12);
    for file in &sqlite_files {
        let read = |backend: &str| std::fs::read_to_string(dir.join(backend).join(file)).unwrap();
        let (sqlite, postgres) = (tokens(&read("sqlite"), false), tokens(&read("postgres"), true));
        if let Some(at) = sqlite.iter().zip(&postgres).position(|(a, b)| a != b) {
            let around = |t: &[String]| t[at.saturating_sub(12)..(at + 6).min(t.len())].join(" ");
            panic!(
                "{file}: the migrations differ beyond type names.\n  sqlite:   … {}\n  postgres: … {}",
                around(&sqlite),
                around(&postgres)
            );
        }
        assert_eq!(sqlite.len(), postgres.len(), "{file}: one migration goes on where the other ends");
    }
}

#[test]
fn the_comparison_of_migrations_sees_a_difference_of_nullability_default_or_index() {
    let base = "CREATE TABLE t (cluster_id UUID NOT NULL, at TIMESTAMPTZ, n BIGINT NOT NULL DEFAULT 0);";
    let same = "CREATE TABLE t (cluster_id BLOB NOT NULL, at TEXT, n BIGINT NOT NULL DEFAULT 0);";
    assert_eq!(tokens(base, true), tokens(same, false));
    for other in [
        "CREATE TABLE t (cluster_id BLOB, at TEXT, n BIGINT NOT NULL DEFAULT 0);",
        "CREATE TABLE t (cluster_id BLOB NOT NULL, at TEXT, n BIGINT NOT NULL DEFAULT 1);",
        "CREATE TABLE t (cluster_id BLOB NOT NULL, at INTEGER, n BIGINT NOT NULL DEFAULT 0);",
        "CREATE TABLE t (cluster_id BLOB NOT NULL, at TEXT, n BIGINT NOT NULL DEFAULT 0); CREATE INDEX i ON t (n);",
    ] {
        assert_ne!(tokens(base, true), tokens(other, false), "{other}");
    }
    let specific = |body: &str| {
        format!("{base}\n-- backend-specific: organisation_name_search\n{body}\n-- end backend-specific\n")
    };
    let specific_sqlite = |body: &str| specific(body).replace(base, same);
    assert_eq!(tokens(&specific("CREATE INDEX a;"), true), tokens(&specific_sqlite("CREATE VIRTUAL TABLE b;"), false));
    assert_ne!(tokens(&specific("CREATE INDEX a;"), true), tokens(base, false), "a block on one side only");
}

#[tokio::test]
async fn sqlite_and_postgres_columns_have_the_same_types_and_nullability() {
    let sqlite = store::schema::column_types(&testing::sqlite().await).await.unwrap();
    assert!(sqlite.iter().any(|c| c.0 == "organisations" && c.1 == "id" && c.2 == "BLOB" && c.3));
    let Some(postgres) = testing::postgres().await else {
        return;
    };
    let postgres = store::schema::column_types(&postgres).await.unwrap();
    for (s, p) in sqlite.iter().zip(&postgres) {
        assert_eq!(s, p, "(table, column, type as SQLite names it, NOT NULL)");
    }
    assert_eq!(sqlite.len(), postgres.len());
}

#[tokio::test]
async fn sqlite_and_postgres_have_the_same_indexes_and_foreign_keys() {
    let sqlite = testing::sqlite().await;
    let (indexes, keys) =
        (store::schema::index_shapes(&sqlite).await.unwrap(), store::schema::foreign_keys(&sqlite).await.unwrap());
    assert!(indexes.iter().any(|(t, cols, unique, partial)| t == "invoices" && *unique && *partial && cols.len() == 3));
    assert!(keys.iter().any(|(t, from, to, _)| t == "contacts" && to == "organisations" && from.len() == 2));
    let Some(postgres) = testing::postgres().await else {
        return;
    };
    let pg_indexes = store::schema::index_shapes(&postgres).await.unwrap();
    for (s, p) in indexes.iter().zip(&pg_indexes) {
        assert_eq!(s, p, "(table, columns, unique, partial)");
    }
    assert_eq!(indexes.len(), pg_indexes.len());
    let pg_keys = store::schema::foreign_keys(&postgres).await.unwrap();
    for (s, p) in keys.iter().zip(&pg_keys) {
        assert_eq!(s, p, "(table, columns, referenced table, referenced columns)");
    }
    assert_eq!(keys.len(), pg_keys.len());
}

/// Every reference to an organisation or a contact, read from the live schema (its foreign keys,
/// and every column named for one), is handled by a merge: a table added later and not listed in
/// `store::duplicate::ORGANISATION_REFERENCES` or `CONTACT_REFERENCES` fails here.
#[tokio::test]
async fn a_merge_handles_every_reference_to_an_organisation_or_a_contact() {
    let db = testing::sqlite().await;
    let handled = |target: &str, table: &str, column: &str| {
        let list = if target == "organisations" {
            store::duplicate::ORGANISATION_REFERENCES
        } else {
            store::duplicate::CONTACT_REFERENCES
        };
        list.iter().any(|(t, c, _)| *t == table && *c == column)
    };
    let mut references = Vec::new();
    for (table, from, to, _) in store::schema::foreign_keys(&db).await.unwrap() {
        if to == "organisations" || to == "contacts" {
            for column in from.iter().filter(|c| *c != "cluster_id") {
                references.push((to.clone(), table.clone(), column.clone()));
            }
        }
    }
    for (table, columns) in store::schema::columns(&db).await.unwrap() {
        for column in columns {
            if column.ends_with("organisation_id") {
                references.push(("organisations".into(), table.clone(), column));
            } else if column.ends_with("contact_id") {
                references.push(("contacts".into(), table.clone(), column));
            }
        }
    }
    assert!(references.len() >= 15, "{references:?}");
    let forgotten: Vec<_> = references.iter().filter(|(to, t, c)| !handled(to, t, c)).collect();
    assert!(forgotten.is_empty(), "a merge leaves these behind; list them in store::duplicate: {forgotten:?}");
    // And nothing listed is a column that does not exist.
    let columns = store::schema::columns(&db).await.unwrap();
    for (table, column, _) in
        store::duplicate::ORGANISATION_REFERENCES.iter().chain(store::duplicate::CONTACT_REFERENCES)
    {
        assert!(columns.get(*table).is_some_and(|c| c.iter().any(|c| c == column)), "{table}.{column}");
    }
}
