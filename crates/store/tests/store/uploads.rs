//! Files sent for import wait within a quota per cluster, and go once imported.

use store::Db;
use store::import::UploadSaved;

async fn uploads_wait_within_the_clusters_quota_and_go_once_imported(db: Db) {
    let network = store::cluster::ensure_network(&db, "Network").await.unwrap();
    let mut scopes = Vec::new();
    for slug in ["one", "two"] {
        store::cluster::ensure_cluster(&db, network, &store::testing::new_cluster(slug, "ES")).await.unwrap();
        scopes.push(store::access::operator_scope(&db, slug).await.unwrap().unwrap());
    }
    let file = vec![b'x'; 60];
    let first = match store::import::save_upload(&db, &scopes[0], "a.csv", &file, "x", 100).await.unwrap() {
        UploadSaved::Saved(id) => id,
        other => panic!("{other:?}"),
    };
    let over = store::import::save_upload(&db, &scopes[0], "b.csv", &file, "x", 100).await.unwrap();
    assert_eq!(over, UploadSaved::OverQuota { kept_bytes: 60 }, "on {:?}", db.backend());
    let elsewhere = store::import::save_upload(&db, &scopes[1], "b.csv", &file, "x", 100).await.unwrap();
    assert!(matches!(elsewhere, UploadSaved::Saved(_)), "each cluster has its own quota");
    store::import::delete_upload(&db, &scopes[1], first).await.unwrap();
    assert!(
        store::import::load_upload(&db, &scopes[0], first).await.unwrap().is_some(),
        "not another cluster's to delete"
    );
    store::import::delete_upload(&db, &scopes[0], first).await.unwrap();
    assert!(store::import::load_upload(&db, &scopes[0], first).await.unwrap().is_none());
    let room = store::import::save_upload(&db, &scopes[0], "b.csv", &file, "x", 100).await.unwrap();
    assert!(matches!(room, UploadSaved::Saved(_)), "room again once imported");
}

mod uploads_wait_within_the_clusters_quota_and_go_once_imported {
    use store::testing;

    #[tokio::test]
    async fn sqlite() {
        super::uploads_wait_within_the_clusters_quota_and_go_once_imported(testing::sqlite().await).await;
    }

    #[tokio::test]
    async fn postgres() {
        if let Some(db) = testing::postgres().await {
            super::uploads_wait_within_the_clusters_quota_and_go_once_imported(db).await;
        }
    }
}
