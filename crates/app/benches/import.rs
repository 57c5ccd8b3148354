//! Import of 100,000 organisations from CSV into a fresh SQLite database, dry run and commit.
//! Run: cargo bench -p app --bench import

use app::App;
use domain::access::Permission;

fn main() {
    divan::main();
}

const ROWS: usize = 100_000;

/// A realistic file: every column filled, names with accents, a few quoted fields.
fn csv_file() -> Vec<u8> {
    let mut out = String::from("name,kind,nace_code,employees,turnover,country,region,vat_id,website\n");
    let kinds = ["company", "company", "company", "university", "research_centre", "association"];
    let countries = ["ES", "IT", "PL", "RO", "FR", "DE"];
    for i in 0..ROWS {
        out.push_str(&format!(
            "\"Organización {i}, Ingeniería S.L.\",{},29.{},{},{}.{:02},{},Región {},ESB{:08},https://org{i}.example\n",
            kinds[i % kinds.len()],
            10 + i % 90,
            i % 400,
            100_000 + i * 37,
            i % 100,
            countries[i % countries.len()],
            i % 17,
            i
        ));
    }
    out.into_bytes()
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
}

/// A new SQLite database with the demo network, and a staff member's scope in one cluster.
fn fresh(rt: &tokio::runtime::Runtime) -> (App, app::ClusterScope) {
    rt.block_on(async {
        let app = App::for_tests(store::testing::sqlite().await);
        app::demo::seed(&app).await.unwrap();
        let s = app::auth::login(&app, "staff@clusterdesk.example", app::demo::DEMO_PASSWORD, "::1").await.unwrap();
        let scope = app::auth::scope(&app, &s.actor, "mobility-basque", Permission::Edit).await.unwrap();
        (app, scope)
    })
}

async fn run(app: &App, scope: &app::ClusterScope, file: &[u8], dry_run: bool) -> app::import::ImportPlan {
    app::import::run(app, scope, app::import::Target::Organisations, "bench.csv", file, &[], "bench", dry_run)
        .await
        .unwrap()
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn import_100k_rows_dry_run(bencher: divan::Bencher) {
    let rt = runtime();
    let file = csv_file();
    let (app, scope) = fresh(&rt);
    bencher.counter(divan::counter::ItemsCount::new(ROWS)).bench_local(|| {
        let plan = rt.block_on(run(&app, &scope, &file, true));
        assert_eq!(plan.created, ROWS);
    });
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn import_100k_rows_commit(bencher: divan::Bencher) {
    let rt = runtime();
    let file = csv_file();
    bencher.counter(divan::counter::ItemsCount::new(ROWS)).with_inputs(|| fresh(&rt)).bench_local_values(
        |(app, scope)| {
            let plan = rt.block_on(run(&app, &scope, &file, false));
            assert_eq!(plan.created, ROWS);
        },
    );
}
