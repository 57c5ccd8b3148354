//! What the use-case tests share: an application on each backend, empty or with the demo
//! network, the macro that names one test per backend, and the builders of what a test needs.

pub mod build;

use app::App;

/// For each `async fn name(app: App)`, two tests: `name::sqlite` and `name::postgres`, each on
/// an application made by `common::setup` from a new database of that backend, so that a failure names
/// its backend. Without a PostgreSQL server configured, `postgres` passes after saying it was
/// skipped.
#[allow(unused_macros)]
macro_rules! on_each_backend {
    ($setup:ident: $($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                super::$name(crate::common::$setup(store::testing::sqlite().await).await).await;
            }

            #[tokio::test]
            async fn postgres() {
                if let Some(db) = store::testing::postgres().await {
                    super::$name(crate::common::$setup(db).await).await;
                }
            }
        }
    )+};
}

/// An application with the demo network.
#[allow(dead_code)]
pub async fn demo(db: store::Db) -> App {
    let app = App::for_tests(db);
    app::demo::seed(&app).await.unwrap();
    app
}

/// An application with nothing in it yet: the test builds what it needs.
#[allow(dead_code)]
pub async fn empty(db: store::Db) -> App {
    App::for_tests(db)
}

/// A new, empty cluster of the demo network (euro, calendar year, in Spain), entered as its
/// manager: every number a test checks is then its own.
#[allow(dead_code)]
pub async fn own_cluster(app: &App, slug: &str) -> app::ClusterScope {
    build::cluster_in(app, slug, "ES").await
}
