//! The renewal run for every membership of `demo --scale 1000` (about 100,000 memberships in 1,000
//! clusters) on SQLite: each cluster's fee invoices of a year, previewed and issued in one run.
//! Run: cargo bench -p app --bench renewal

use app::App;

fn main() {
    divan::main();
}

const CLUSTERS: usize = 1000;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn renewal_of_every_membership_at_scale_1000(bencher: divan::Bencher) {
    let rt = runtime();
    let year = chrono::Datelike::year(&chrono::Utc::now().date_naive()) + 1;
    let run_on = chrono::NaiveDate::from_ymd_opt(year, 1, 15).unwrap();
    bencher
        .with_inputs(|| {
            rt.block_on(async {
                let app = App::for_tests(store::testing::sqlite().await);
                app::demo::seed_scale(&app, CLUSTERS).await.unwrap();
                let mut scopes = Vec::new();
                for i in 1..=CLUSTERS {
                    scopes.push(
                        store::access::operator_scope(app.db(), &format!("scale-{i:04}")).await.unwrap().unwrap(),
                    );
                }
                (app, scopes)
            })
        })
        .bench_local_values(|(app, scopes)| {
            rt.block_on(async {
                let mut issued = 0;
                for scope in &scopes {
                    issued +=
                        app::membership::renew(&app.on(run_on), scope, year, "bench", false).await.unwrap().issued;
                }
                assert!(issued > 80_000, "{issued} invoices");
            })
        });
}
