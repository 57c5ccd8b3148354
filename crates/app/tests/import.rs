//! The CSV import of organisations: all or nothing, every bad row reported by line.

mod common;

use app::{App, Paging};
use domain::access::Permission;
use store::organisation::OrganisationFilter;

async fn setup() -> Vec<(App, app::ClusterScope)> {
    let mut all = Vec::new();
    for app in common::demo_apps().await {
        let session =
            app::auth::login(&app, "staff@clusterdesk.example", app::demo::DEMO_PASSWORD, "::1").await.unwrap();
        let scope = app::auth::scope(&app, &session.actor, "mobility-basque", Permission::Edit).await.unwrap();
        all.push((app, scope));
    }
    all
}

async fn total(app: &App, scope: &app::ClusterScope) -> i64 {
    app::organisation::list(app, scope, &OrganisationFilter::default(), Paging::new(None, None)).await.unwrap().total
}

const GOOD: &str = "name,kind,nace_code,employees,turnover,country,vat_id,website\n\
Errota Movilidad S.L.,company,29.32,42,5400000.50,ES,ESB11111111,errota.example\n\
\"Garraio, Bidea eta Logistika S.A.\",company,52.29,260,,ES,,\n\
\n\
Centro Ikerketa Zentroa,research_centre,72.19,80,7000000,ES,,https://ikerketa.example\n";

#[tokio::test]
async fn a_valid_file_is_imported_whole_and_a_dry_run_writes_nothing() {
    for (app, scope) in setup().await {
        let before = total(&app, &scope).await;
        let dry = app::organisation::import_csv(&app, &scope, GOOD.as_bytes(), true).await.unwrap();
        assert!(dry.is_ok(), "{:?}", dry.errors);
        assert_eq!((dry.rows, dry.created), (3, 0));
        assert_eq!(total(&app, &scope).await, before);

        let done = app::organisation::import_csv(&app, &scope, GOOD.as_bytes(), false).await.unwrap();
        assert_eq!((done.rows, done.created), (3, 3));
        assert_eq!(total(&app, &scope).await, before + 3);
        let filter = OrganisationFilter { search: Some("garraio".into()), ..Default::default() };
        let found = app::organisation::list(&app, &scope, &filter, Paging::new(None, None)).await.unwrap();
        assert_eq!(found.items[0].fields.name, "Garraio, Bidea eta Logistika S.A.");
        assert_eq!(found.items[0].size_class, Some(domain::organisation::SizeClass::Large));
    }
}

#[tokio::test]
async fn one_bad_row_stops_the_whole_file_and_every_bad_row_is_reported() {
    let file = "name,employees,country,turnover\n\
Buena Empresa S.L.,12,ES,100000\n\
,5,ES,\n\
Mala Cifra S.L.,doce,XX,1.234,56\n\
Otra Buena S.L.,3,ES,\n";
    for (app, scope) in setup().await {
        let before = total(&app, &scope).await;
        let report = app::organisation::import_csv(&app, &scope, file.as_bytes(), false).await.unwrap();
        assert_eq!(report.created, 0);
        let found: Vec<(u64, Option<&str>)> = report.errors.iter().map(|e| (e.line, e.field.as_deref())).collect();
        assert_eq!(found, [(3, Some("name")), (4, None)], "{:?}", report.errors);
        assert!(report.errors[1].message.contains("5 fields where the header has 4"), "{}", report.errors[1].message);
        assert_eq!(total(&app, &scope).await, before, "nothing was written");

        let file = "name,employees,country\nMala Cifra S.L.,doce,XX\n";
        let report = app::organisation::import_csv(&app, &scope, file.as_bytes(), false).await.unwrap();
        let fields: Vec<(u64, &str)> = report.errors.iter().map(|e| (e.line, e.field.as_deref().unwrap())).collect();
        assert_eq!(fields, [(2, "employees"), (2, "country")]);
    }
}

#[tokio::test]
async fn the_header_must_name_known_fields_and_include_name() {
    for (app, scope) in setup().await {
        let report = app::organisation::import_csv(&app, &scope, b"nombre,pais\nX,ES\n", false).await.unwrap();
        assert_eq!(report.errors.len(), 3, "two unknown columns and no name: {:?}", report.errors);
        assert!(report.errors.iter().all(|e| e.line == 1));
        let empty = app::organisation::import_csv(&app, &scope, b"", false).await.unwrap();
        assert!(!empty.is_ok(), "an empty file has no name column");
        let latin1 = b"name,country\nIng\xe9nierie SARL,FR\n";
        let report = app::organisation::import_csv(&app, &scope, latin1, false).await.unwrap();
        assert!(report.errors[0].message.contains("UTF-8"), "{:?}", report.errors);
    }
}

#[tokio::test]
async fn an_export_imports_again_unchanged() {
    for (app, scope) in setup().await {
        let all = OrganisationFilter::default();
        let exported = app::organisation::export_csv(&app, &scope, &all).await.unwrap();
        let parsed = app::organisation::parse_csv(&exported, scope.cluster().base_currency);
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        let stored = store::organisation::list_all(&app.db, &scope, &all).await.unwrap();
        let stored: Vec<_> = stored.into_iter().map(|o| o.fields).collect();
        assert_eq!(parsed.organisations, stored);

        let xlsx = app::organisation::export_xlsx(&app, &scope, &all).await.unwrap();
        assert_eq!(&xlsx[..2], b"PK", "an XLSX file is a zip archive");
    }
}
