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
