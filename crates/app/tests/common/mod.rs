//! What the use-case tests share: the demo network on every backend.

use app::App;

/// One application with the demo network per database backend.
pub async fn demo_apps() -> Vec<App> {
    let mut all = Vec::new();
    for db in store::testing::databases().await {
        let app = App::for_tests(db);
        app::demo::seed(&app).await.unwrap();
        all.push(app);
    }
    all
}
