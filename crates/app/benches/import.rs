//! Imports of 100,000 organisations from CSV into SQLite: into a fresh cluster (dry run, commit),
//! and as an upsert into a cluster that holds half of them (dry run plus commit).
//! Run: cargo bench -p app --bench import

use app::App;
use domain::access::Permission;

fn main() {
    divan::main();
}

const ROWS: usize = 100_000;

/// A realistic file of `rows` rows: every column filled, names with accents, a few quoted fields.
fn csv_file(rows: usize) -> Vec<u8> {
    let mut out = String::from("name,kind,nace_code,employees,turnover,country,region,vat_id,website\n");
    let kinds = ["company", "company", "company", "university", "research_centre", "association"];
    let countries = ["ES", "IT", "PL", "RO", "FR", "DE"];
    for i in 0..rows {
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
    let file = csv_file(ROWS);
    let (app, scope) = fresh(&rt);
    bencher.counter(divan::counter::ItemsCount::new(ROWS)).bench_local(|| {
        let plan = rt.block_on(run(&app, &scope, &file, true));
        assert_eq!(plan.created, ROWS);
    });
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn import_100k_rows_commit(bencher: divan::Bencher) {
    let rt = runtime();
    let file = csv_file(ROWS);
    bencher.counter(divan::counter::ItemsCount::new(ROWS)).with_inputs(|| fresh(&rt)).bench_local_values(
        |(app, scope)| {
            let plan = rt.block_on(run(&app, &scope, &file, false));
            assert_eq!(plan.created, ROWS);
        },
    );
}

/// A 100,000-row file for a cluster that holds the first 50,000 of `csv_file`: those 50,000 again
/// (by VAT id), half of them with a new headcount, then 50,000 new organisations.
fn upsert_file() -> Vec<u8> {
    let original = String::from_utf8(csv_file(ROWS / 2)).unwrap();
    let mut out = String::from("name,kind,nace_code,employees,turnover,country,region,vat_id,website\n");
    for (i, line) in original.lines().skip(1).enumerate() {
        if i % 2 == 0 {
            // employees is the fourth column after the quoted name: change it.
            let (name, rest) = line.split_at(line.find("\",").unwrap() + 2);
            let mut fields: Vec<&str> = rest.split(',').collect();
            let changed = format!("{}", 1000 + i);
            fields[2] = &changed;
            out.push_str(&format!("{name}{}\n", fields.join(",")));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    for i in 0..ROWS / 2 {
        out.push_str(&format!(
            "\"Nueva {i} S.L.\",company,62.01,5,100000.00,ES,Región,ESN{i:08},https://nueva{i}.example\n"
        ));
    }
    out.into_bytes()
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn upsert_100k_rows_dry_run_and_commit(bencher: divan::Bencher) {
    let rt = runtime();
    let first = csv_file(ROWS / 2);
    let second = upsert_file();
    let expected = (ROWS / 2, ROWS / 4, ROWS / 4);
    bencher
        .counter(divan::counter::ItemsCount::new(ROWS))
        .with_inputs(|| {
            let (app, scope) = fresh(&rt);
            rt.block_on(run(&app, &scope, &first, false));
            (app, scope)
        })
        .bench_local_values(|(app, scope)| {
            let dry = rt.block_on(run(&app, &scope, &second, true));
            assert_eq!((dry.created, dry.updated, dry.unchanged), expected);
            let done = rt.block_on(run(&app, &scope, &second, false));
            assert_eq!((done.created, done.updated, done.unchanged), expected);
        });
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn duplicate_scan_over_150k_organisations(bencher: divan::Bencher) {
    let rt = runtime();
    let (app, scope) = fresh(&rt);
    // 150,000 organisations; every 50th is the one before it again, with another legal form
    // (written straight to the store: an import would refuse the second as a duplicate).
    let organisations: Vec<domain::organisation::OrganisationFields> = (0..150_000)
        .map(|i| {
            let name = if i % 50 == 1 { format!("Empresa {} GmbH", i - 1) } else { format!("Empresa {i} S.L.") };
            let input = domain::organisation::OrganisationInput {
                name: Some(name),
                country: Some("ES".into()),
                ..Default::default()
            };
            input.parse(domain::money::Currency::EUR).unwrap()
        })
        .collect();
    rt.block_on(store::organisation::insert_many(app.db(), &scope, &organisations)).unwrap();
    bencher.bench_local(|| {
        let found = rt.block_on(app::duplicate::scan(&app, &scope)).unwrap();
        assert!(found.len() >= 3_000, "{}", found.len());
    });
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn read_100k_rows_csv(bencher: divan::Bencher) {
    let file = csv_file(ROWS);
    bencher.counter(divan::counter::ItemsCount::new(ROWS)).bench_local(|| {
        assert_eq!(app::sheet::read(&file).unwrap().rows.len(), ROWS);
    });
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn store_insert_100k_rows(bencher: divan::Bencher) {
    let rt = runtime();
    let organisations: Vec<domain::organisation::OrganisationFields> = (0..ROWS)
        .map(|i| {
            let input = domain::organisation::OrganisationInput {
                name: Some(format!("Organización {i}, Ingeniería S.L.")),
                employees: Some((i % 400).to_string()),
                country: Some("ES".into()),
                vat_id: Some(format!("ESB{i:08}")),
                ..Default::default()
            };
            input.parse(domain::money::Currency::EUR).unwrap()
        })
        .collect();
    bencher.counter(divan::counter::ItemsCount::new(ROWS)).with_inputs(|| fresh(&rt)).bench_local_values(
        |(app, scope)| {
            rt.block_on(store::organisation::insert_many(app.db(), &scope, &organisations)).unwrap();
        },
    );
}
