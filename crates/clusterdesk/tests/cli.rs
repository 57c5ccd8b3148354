//! The `clusterdesk` command as an operator uses it, against a SQLite file of its own. Each test
//! builds what it needs in that file with the use-case tests' builders.

#[path = "../../app/tests/common/build.rs"]
mod build;

use std::future::Future;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// The moment every command of these tests runs at.
const NOW: &str = "2026-11-29T10:00:00Z";

fn today() -> chrono::NaiveDate {
    NOW.parse::<chrono::DateTime<chrono::Utc>>().unwrap().date_naive()
}

struct Workdir(PathBuf);

impl Workdir {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!("clusterdesk-cli-{}", domain::id::new_id()));
        std::fs::create_dir_all(&dir).unwrap();
        Workdir(dir)
    }

    fn db(&self) -> String {
        self.0.join("test.db").to_str().unwrap().to_string()
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_clusterdesk"));
        c.args(args)
            .current_dir(&self.0)
            .env("CLUSTERDESK_DATABASE_URL", self.db())
            .env("CLUSTERDESK_LOG", "warn")
            .env("CLUSTERDESK_NOW", NOW);
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    /// Builds in the workdir's database, through the use cases at [`NOW`], what a test needs.
    fn build<F: Future<Output = ()>>(&self, what: impl FnOnce(app::App) -> F) {
        tokio::runtime::Runtime::new().unwrap().block_on(async {
            let db = store::Db::connect(&self.db()).await.unwrap();
            db.migrate().await.unwrap();
            let app = app::App::for_tests(db.clone()).at(NOW.parse().unwrap());
            what(app).await;
            db.close().await;
        });
    }

    /// The empty cluster `slug` in `country`.
    fn cluster(&self, slug: &'static str, country: &'static str) {
        self.build(|app| async move {
            build::cluster_in(&app, slug, country).await;
        });
    }

    /// The cluster "mobility-basque" with `companies` full members (of 10, 23, 36, …
    /// employees, each with a person with an email), whose fees of this year were invoiced on
    /// 15 January, and a university that pays in kind.
    fn members_invoiced_this_year(&self, companies: usize) {
        self.build(|app| async move {
            let scope = build::cluster_in(&app, "mobility-basque", "ES").await;
            build::billing_details(&app, &scope).await;
            let (full, in_kind) =
                (build::full_member_type(&app, &scope).await, build::in_kind_member_type(&app, &scope).await);
            let joined = chrono::NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
            for company in build::companies(&app, &scope, companies).await {
                build::member(&app, &scope, company.id, full, joined).await;
            }
            let university = domain::organisation::OrganisationInput {
                name: Some("Universidad del Norte".into()),
                kind: Some("university".into()),
                ..Default::default()
            };
            let university = app::organisation::create(&app, &scope, &university).await.unwrap();
            build::member(&app, &scope, university.id, in_kind, joined).await;
            let year = chrono::Datelike::year(&today());
            let january = app.on(chrono::NaiveDate::from_ymd_opt(year, 1, 15).unwrap());
            let run = app::membership::renew(&january, &scope, year, "manager", false).await.unwrap();
            assert_eq!(run.issued, companies);
        });
    }
}

impl Drop for Workdir {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

#[test]
fn every_command_has_help() {
    let w = Workdir::new();
    for args in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["migrate", "--help"],
        vec!["demo", "--help"],
        vec!["user", "add", "--help"],
        vec!["token", "create", "--help"],
        vec!["token", "list", "--help"],
        vec!["user", "deactivate", "--help"],
        vec!["user", "remove-role", "--help"],
        vec!["import", "organisations", "--help"],
        vec!["export", "organisations", "--help"],
        vec!["fees", "renew", "--help"],
        vec!["fees", "remind", "--help"],
        vec!["fees", "bank", "--help"],
        vec!["export", "invoices", "--help"],
        vec!["export", "payments", "--help"],
    ] {
        let o = w.run(&args);
        assert!(o.status.success(), "{args:?}");
        assert!(stdout(&o).contains("Usage: clusterdesk"), "{args:?}");
    }
    let o = w.run(&["serve", "--help"]);
    assert!(stdout(&o).contains("--database-url") && stdout(&o).contains("CLUSTERDESK_DATABASE_URL"));
}

#[test]
fn migrate_demo_users_and_tokens() {
    let w = Workdir::new();
    let o = w.run(&["migrate"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::path::Path::new(&w.db()).exists(), "the SQLite file is created on first use");

    let o = w.run(&["demo"]);
    assert!(stdout(&o).contains("4 of 4 clusters created"), "{}", stdout(&o));
    let o = w.run(&["demo"]);
    assert!(stdout(&o).contains("0 of 4 clusters created"), "demo is idempotent: {}", stdout(&o));

    let o = w.run(&["user", "add", "ana@example.org", "--role", "staff", "--cluster", "energy-pomorskie"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("with password"));

    let mut child = w
        .command(&["user", "add", "root@example.org", "--role", "network-admin", "--password-stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"a long enough password\n").unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    assert!(!stdout(&o).contains("a long enough password"), "a given password is never printed");

    let o = w.run(&["user", "add", "bob@example.org", "--role", "staff"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("--cluster"), "{}", stderr(&o));
    let o = w.run(&["user", "add", "bob@example.org", "--role", "admin"]);
    assert!(stderr(&o).contains("network-admin, cluster-manager, staff or board"));

    let o = w.run(&["token", "create", "--user", "ana@example.org"]);
    assert!(o.status.success());
    let token = stdout(&o);
    assert_eq!(token.lines().count(), 1, "the token and only it: {token:?}");
    assert!(token.starts_with("cdt_") && token.trim().len() > 20);
    let o = w.run(&["token", "create", "--user", "nobody@example.org"]);
    assert!(!o.status.success() && stderr(&o).contains("no user 'nobody@example.org'"));
}

/// The operator lists a user's tokens, deactivates and reactivates the account, and takes a
/// role and network administration away; each says what it did, or what is wrong.
#[test]
fn accounts_are_deactivated_and_lose_roles_and_tokens_are_listed() {
    let w = Workdir::new();
    w.build(|app| async move {
        build::cluster_in(&app, "mobility-basque", "ES").await;
        build::user(&app, "ana@example.org", domain::access::Role::Staff, "mobility-basque").await;
        build::network_admin(&app, "root@example.org").await;
    });
    assert!(w.run(&["token", "create", "--user", "ana@example.org", "--name", "laptop"]).status.success());
    assert!(w.run(&["token", "revoke", "--user", "ana@example.org", "--name", "laptop"]).status.success());
    assert!(w.run(&["token", "create", "--user", "ana@example.org", "--name", "script"]).status.success());
    let o = w.run(&["token", "list", "--user", "ana@example.org"]);
    let listed = stdout(&o);
    assert!(listed.contains("script · made ") && listed.contains("· works"), "{listed}");
    assert!(listed.contains("laptop · made ") && listed.contains("· revoked "), "{listed}");
    assert!(!listed.contains("cdt_"), "never the secret: {listed}");

    let o = w.run(&["user", "deactivate", "ana@example.org"]);
    assert!(o.status.success() && stdout(&o).contains("Deactivated ana@example.org"), "{}", stderr(&o));
    let o = w.run(&["user", "activate", "ana@example.org"]);
    assert!(o.status.success() && stdout(&o).contains("may sign in again"), "{}", stderr(&o));
    let o = w.run(&["user", "deactivate", "nobody@example.org"]);
    assert!(!o.status.success() && stderr(&o).contains("there is no user 'nobody@example.org'"), "{}", stderr(&o));
    let o = w.run(&["user", "remove-role", "ana@example.org", "--cluster", "mobility-basque"]);
    assert!(o.status.success() && stdout(&o).contains("no longer holds a role in mobility-basque"));
    let o = w.run(&["user", "remove-role", "ana@example.org", "--cluster", "mobility-basque"]);
    assert!(!o.status.success() && stderr(&o).contains("holds no role in mobility-basque"), "{}", stderr(&o));
    let o = w.run(&["user", "remove-admin", "root@example.org"]);
    assert!(o.status.success() && stdout(&o).contains("no longer a network administrator"));
    let o = w.run(&["user", "remove-admin", "root@example.org"]);
    assert!(!o.status.success() && stderr(&o).contains("is not a network administrator"), "{}", stderr(&o));
}

#[test]
fn a_renewal_run_previews_issues_and_then_has_nothing_new() {
    let w = Workdir::new();
    w.members_invoiced_this_year(3);
    // This year is invoiced; the next one is still to come.
    let this_year = chrono::Datelike::year(&today());
    let next = (this_year + 1).to_string();
    let renew = |extra: &[&str]| {
        let mut args = vec!["fees", "renew", "--cluster", "mobility-basque", "--period", next.as_str()];
        args.extend_from_slice(extra);
        w.run(&args)
    };
    let o = renew(&["--dry-run"]);
    let preview = stdout(&o);
    assert!(o.status.success() && preview.contains("would be issued; nothing was written"), "{preview}");
    assert!(preview.contains("Full member") && preview.contains("employees: the band up to"), "{preview}");
    assert!(preview.contains("no invoice: in kind: 40 hours"), "{preview}");
    let o = renew(&[]);
    let issued = stdout(&o);
    // Invoices are numbered in the year they are issued: on after this year's fee invoices.
    assert!(o.status.success() && issued.contains("\nIssued "), "{issued}");
    assert!(issued.contains(&format!(" invoices, {this_year}-")), "{issued}");
    let o = renew(&[]);
    assert!(stdout(&o).contains("Nothing new to invoice"), "{}", stdout(&o));
    let o = w.run(&["fees", "renew", "--cluster", "mobility-basque", "--period", "26"]);
    assert!(!o.status.success() && stderr(&o).contains("is not a year"), "{}", stderr(&o));
}

#[test]
fn invoices_and_payments_export_for_the_bookkeeping_in_csv_and_xlsx() {
    let w = Workdir::new();
    w.members_invoiced_this_year(4);
    let year = chrono::Datelike::year(&today());
    // The first company pays by transfer; the others are late.
    let statement = format!("date,text,amount\n{year}-02-01,Transfer {year}-0001 Company 000,800.00\n");
    w.build(|app| async move {
        let scope = app::auth::operator_scope(&app, "mobility-basque").await.unwrap();
        let read = app::invoice::bank_statement(&app, &scope, statement.as_bytes(), "manager", false).await.unwrap();
        assert!(read.recorded);
    });
    let o = w.run(&["export", "invoices", "--cluster", "mobility-basque"]);
    let csv = stdout(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("\u{feff}number,date,due_date,kind,customer,vat_id,net,tax,gross,currency,status,paid"),
        "a byte-order mark first, for Excel"
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 4, "this year's fee invoices: {csv}");
    assert!(rows.iter().any(|r| r.contains(",fee,") && r.contains(",EUR,paid,")), "{csv}");
    assert!(rows.iter().any(|r| r.ends_with(",0.00") && r.contains(",overdue,")), "late payers show: {csv}");

    let xlsx = w.0.join("invoices.xlsx");
    let o = w.run(&[
        "export",
        "invoices",
        "--cluster",
        "mobility-basque",
        "--format",
        "xlsx",
        "--output",
        xlsx.to_str().unwrap(),
    ]);
    assert!(o.status.success() && stdout(&o).is_empty(), "{}", stderr(&o));
    let bytes = std::fs::read(&xlsx).unwrap();
    let sheet = app::sheet::read(&bytes).expect("a workbook another program reads");
    assert_eq!((sheet.headers[0].as_str(), sheet.rows.len()), ("number", rows.len()));

    let o = w.run(&["export", "payments", "--cluster", "mobility-basque"]);
    let payments = stdout(&o);
    assert!(
        payments.starts_with(
            "\u{feff}date,amount,currency,invoice,customer,vat_id,reference,source,kept_as_credit,reversed_on\n"
        ),
        "{payments}"
    );
    assert!(payments.contains(",bank,0.00,\n") && payments.contains("Transfer "), "{payments}");
}

#[test]
fn import_and_export_organisations() {
    let w = Workdir::new();
    w.build(|app| async move {
        let scope = build::cluster_in(&app, "energy-pomorskie", "PL").await;
        build::companies(&app, &scope, 3).await;
    });
    let good = w.0.join("good.csv");
    std::fs::write(
        &good,
        "name,kind,employees,country\nNowa Energia sp. z o.o.,company,12,PL\nDruga Sieć S.A.,company,300,PL\n",
    )
    .unwrap();
    let bad = w.0.join("bad.csv");
    std::fs::write(&bad, "name,employees\nOk sp. z o.o.,5\n,7\nZła sp. z o.o.,seven\n").unwrap();

    let o = w.run(&["import", "organisations", "--cluster", "energy-pomorskie", bad.to_str().unwrap()]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("line 3: name: is required") && err.contains("line 4: employees:"), "{err}");
    assert!(err.contains("Nothing was imported"));

    let o = w.run(&["import", "organisations", "--cluster", "energy-pomorskie", good.to_str().unwrap(), "--dry-run"]);
    let out = stdout(&o);
    assert!(o.status.success() && out.contains("Dry run: 2 to create, 0 to update"), "{out}");
    assert!(out.contains("line 3: create: Druga Sieć S.A."), "the dry run says what happens to each row: {out}");
    let o = w.run(&["import", "organisations", "--cluster", "energy-pomorskie", good.to_str().unwrap()]);
    assert!(o.status.success() && stdout(&o).contains("Imported: 2 created, 0 updated"), "{}", stderr(&o));
    let o = w.run(&["import", "organisations", "--cluster", "energy-pomorskie", good.to_str().unwrap()]);
    assert!(
        stdout(&o).contains("Nothing to change: 0 to create, 0 to update, 2 unchanged"),
        "the same file twice: {}",
        stdout(&o)
    );

    let people = w.0.join("kontakty.csv");
    std::fs::write(
        &people,
        "Imię;Nazwisko;Firma;E-mail;Stanowisko
Ola;Nowak;Nowa Energia;ola@nowa.example;CEO
",
    )
    .unwrap();
    let mapping = w.0.join("mapping.txt");
    std::fs::write(
        &mapping,
        "# Polish headers
Imię = first_name
Nazwisko = last_name
Firma = organisation
",
    )
    .unwrap();
    let o = w.run(&[
        "import",
        "contacts",
        "--cluster",
        "energy-pomorskie",
        people.to_str().unwrap(),
        "--mapping",
        mapping.to_str().unwrap(),
    ]);
    assert!(o.status.success() && stdout(&o).contains("Imported: 1 created"), "{} {}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("Imię → first_name") && stdout(&o).contains("semicolons"));

    let o = w.run(&["export", "organisations", "--cluster", "energy-pomorskie"]);
    assert!(o.status.success());
    let csv = stdout(&o);
    assert!(csv.starts_with("\u{feff}name,kind,nace_code,employees,turnover"), "{csv}");
    assert_eq!(csv.lines().count(), 1 + 3 + 2);
    assert!(csv.contains("Druga Sieć S.A.,company,,300,,,PL,,,,,,,,,large"), "{csv}");

    let xlsx = w.0.join("out.xlsx");
    let o = w.run(&[
        "export",
        "organisations",
        "--cluster",
        "energy-pomorskie",
        "--format",
        "xlsx",
        "--output",
        xlsx.to_str().unwrap(),
    ]);
    assert!(o.status.success() && stdout(&o).is_empty());
    assert_eq!(&std::fs::read(&xlsx).unwrap()[..2], b"PK");

    let o = w.run(&["export", "organisations", "--cluster", "atlantis"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("there is no cluster 'atlantis'; the clusters are:"), "{}", stderr(&o));
    let o = w.run(&["import", "organisations", "--cluster", "energy-pomorskie", "missing.csv"]);
    assert!(stderr(&o).contains("cannot read missing.csv"));
}

#[test]
fn the_valid_rows_of_a_file_are_imported_and_the_rejected_written_back() {
    let w = Workdir::new();
    w.build(|app| async move {
        build::cluster_in(&app, "energy-pomorskie", "PL").await;
    });
    let file = w.0.join("mixed.csv");
    std::fs::write(&file, "name,employees\nOk sp. z o.o.,5\n,7\nZła sp. z o.o.,seven\n").unwrap();
    let rejected = w.0.join("rejected.csv");
    let args = |extra: &[&str]| {
        let mut all = vec!["import", "organisations", "--cluster", "energy-pomorskie", file.to_str().unwrap()];
        all.extend_from_slice(extra);
        all.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let o = w.run(&args(&["--rejected", rejected.to_str().unwrap()]).iter().map(String::as_str).collect::<Vec<_>>());
    assert!(!o.status.success() && stderr(&o).contains("--write-valid"), "{}", stderr(&o));
    let o = w.run(
        &args(&["--write-valid", "--rejected", rejected.to_str().unwrap()])
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    assert!(o.status.success(), "{} {}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("Imported: 1 created, 0 updated, 0 unchanged, 2 rejected left out"), "{}", stdout(&o));
    let back = std::fs::read_to_string(&rejected).unwrap();
    assert!(back.starts_with("\u{feff}name,employees,reason\n,7,") && back.contains("Zła sp. z o.o.,seven,"), "{back}");
}

/// Moving in from the command line: organisations, their memberships, then what they still owe.
#[test]
fn memberships_and_open_invoices_are_imported() {
    let w = Workdir::new();
    w.build(|app| async move {
        let scope = build::cluster_in(&app, "energy-pomorskie", "PL").await;
        build::full_member_type(&app, &scope).await;
    });
    let file = |name: &str, text: &str| {
        let path = w.0.join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_string()
    };
    let orgs = file("o.csv", "name,kind,country,employees\nBursztyn Energy sp. z o.o.,company,PL,30\n");
    let members = file(
        "m.csv",
        "Członek;Rodzaj członkostwa;Data przystąpienia;Stan\nBursztyn Energy sp. z o.o.;Full member;01.02.2023;aktywny\n",
    );
    let invoices = file(
        "i.csv",
        "numer faktury;data wystawienia;klient;kwota brutto;zapłacono\nFV/2025/31;15.12.2025;Bursztyn Energy sp. z o.o.;984,00;0\n",
    );
    let import = |what: &str, path: &str, extra: &[&str]| {
        let mut args = vec!["import", what, "--cluster", "energy-pomorskie", path];
        args.extend_from_slice(extra);
        w.run(&args)
    };
    assert!(import("organisations", &orgs, &[]).status.success());
    let o = import("memberships", &members, &["--dry-run"]);
    assert!(o.status.success() && stdout(&o).contains("1 to create"), "{} {}", stdout(&o), stderr(&o));
    let o = import("memberships", &members, &[]);
    assert!(o.status.success() && stdout(&o).contains("Imported: 1 created"), "{} {}", stdout(&o), stderr(&o));
    let o = import("invoices", &invoices, &[]);
    assert!(o.status.success() && stdout(&o).contains("Imported: 1 created"), "{} {}", stdout(&o), stderr(&o));
    let o = import("invoices", &invoices, &[]);
    assert!(o.status.success() && stdout(&o).contains("1 unchanged"), "{} {}", stdout(&o), stderr(&o));
}

#[test]
fn a_persons_data_is_exported_and_erased() {
    let w = Workdir::new();
    w.cluster("energy-pomorskie", "PL");
    let people = w.0.join("p.csv");
    std::fs::write(
        &people,
        "organisation,first name,last name,email\nBursztyn Energy Cluster,Ola,Nowak,ola@nowak.example\n",
    )
    .unwrap();
    let orgs = w.0.join("o.csv");
    std::fs::write(&orgs, "name,country\nBursztyn Energy Cluster,PL\n").unwrap();
    assert!(
        w.run(&["import", "organisations", "--cluster", "energy-pomorskie", orgs.to_str().unwrap()]).status.success()
    );
    assert!(w.run(&["import", "contacts", "--cluster", "energy-pomorskie", people.to_str().unwrap()]).status.success());
    let o = w.run(&["privacy", "export", "--cluster", "energy-pomorskie", "--email", "OLA@nowak.example"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let data: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(data["person"]["last_name"], "Nowak");
    let o = w.run(&["privacy", "erase", "--cluster", "energy-pomorskie", "--email", "ola@nowak.example"]);
    assert!(!o.status.success() && stderr(&o).contains("--confirm"));
    let o = w.run(&["privacy", "erase", "--cluster", "energy-pomorskie", "--email", "ola@nowak.example", "--confirm"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = w.run(&["privacy", "export", "--cluster", "energy-pomorskie", "--email", "ola@nowak.example"]);
    assert!(!o.status.success() && stderr(&o).contains("not found"), "the email is gone: {}", stderr(&o));
}

#[test]
fn a_bad_database_url_is_explained() {
    let w = Workdir::new();
    let o = w.run(&["migrate", "--database-url", "mysql://localhost/x"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("is not a database URL"), "{}", stderr(&o));
}

/// A file larger than an import may read is refused before it is loaded, with the limit named;
/// one with a VAT id cut inside a character is refused row by row, not with a crash.
#[test]
fn files_beyond_the_limits_are_refused_with_the_limit_named() {
    let w = Workdir::new();
    w.cluster("mobility-basque", "ES");
    let huge = w.0.join("huge.csv");
    std::fs::File::create(&huge).unwrap().set_len(app::sheet::LIMITS.file_bytes as u64 + 1).unwrap();
    let commands: [&[&str]; 2] = [
        &["import", "organisations", "--cluster", "mobility-basque"],
        &["fees", "bank", "--cluster", "mobility-basque"],
    ];
    for command in commands {
        let o = w.run(&[command, &[huge.to_str().unwrap()]].concat());
        assert!(!o.status.success());
        assert!(stderr(&o).contains("at most 32 MiB"), "{}", stderr(&o));
    }
    let accent = w.0.join("accent.csv");
    std::fs::write(&accent, "name,vat_id\nHé Ltd,Hé12\n").unwrap();
    let o = w.run(&["import", "organisations", "--cluster", "mobility-basque", accent.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "refused, not crashed: {}", stderr(&o));
    assert!(stdout(&o).contains("is not a VAT id") || stderr(&o).contains("is not a VAT id"), "{}", stdout(&o));
}

/// Starts the server on a free port, checks it answers, and stops it with SIGTERM.
#[test]
fn serve_prints_where_to_log_in_and_stops_on_sigterm() {
    let w = Workdir::new();
    let mut child = w
        .command(&["serve", "--demo", "--bind", "127.0.0.1:0"])
        .env("CLUSTERDESK_LOG", "info,sqlx=warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let url = first.strip_prefix("clusterdesk is running at ").expect(&first).to_string();
    let login = lines.next().unwrap().unwrap();
    assert_eq!(login, "Log in as admin@clusterdesk.example with password clusterdesk-demo");
    let links = lines.next().unwrap().unwrap();
    let origin = url.trim_end_matches('/');
    assert!(links.starts_with(&format!("Links in mail start from {origin};")), "{links}");
    assert!(links.contains("CLUSTERDESK_PUBLIC_URL"), "the setting is named: {links}");

    let address = url.trim_start_matches("http://").trim_end_matches('/');
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    stream.write_all(b"GET /readyz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200") && answer.ends_with("ready"), "{answer}");

    let killed = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    assert!(status.success(), "a SIGTERM stops the server cleanly: {status:?}");
    let mut log = String::new();
    child.stderr.take().unwrap().read_to_string(&mut log).unwrap();
    let request: Vec<&str> = log.lines().filter(|l| l.contains("path=/readyz")).collect();
    assert_eq!(request.len(), 1, "one line for the request at the default level: {log}");
    assert!(request[0].contains("status=200") && request[0].contains("request_id="), "{log}");
    assert!(!log.contains('\u{1b}'), "no terminal colours in a log that is not a terminal: {log}");
}

#[test]
fn overdue_invoices_are_reminded_through_the_configured_smtp_server() {
    let w = Workdir::new();
    w.members_invoiced_this_year(3);
    let o = w.run(&["fees", "remind", "--cluster", "mobility-basque", "--dry-run"]);
    let preview = stdout(&o);
    assert!(
        o.status.success() && preview.contains("would remind") && preview.contains("Dry run: nothing was sent"),
        "{preview}"
    );
    let o = w.run(&["fees", "remind", "--cluster", "mobility-basque"]);
    assert!(!o.status.success() && stderr(&o).contains("CLUSTERDESK_SMTP_URL"), "{}", stderr(&o));

    let runtime = tokio::runtime::Runtime::new().unwrap();
    let listener = runtime.block_on(app::mail::testing::SmtpListener::start());
    let o = w
        .command(&["fees", "remind", "--cluster", "mobility-basque"])
        .env("CLUSTERDESK_SMTP_URL", &listener.url)
        .env("CLUSTERDESK_MAIL_FROM", "cuotas@cluster.example")
        .output()
        .unwrap();
    let sent = stdout(&o);
    assert!(o.status.success(), "{sent}{}", stderr(&o));
    let received = listener.received();
    let count = received.len();
    assert!(count > 0 && sent.contains(&format!("{count} reminders queued")), "{sent}");
    assert!(sent.contains(&format!("Mail: {count} sent, 0 refused")), "{sent}");
    assert!(received.iter().all(|m| m.from == "cuotas@cluster.example"));
    let o = w.run(&["fees", "remind", "--cluster", "mobility-basque", "--dry-run"]);
    assert!(!stdout(&o).contains("would remind"), "reminded once a fortnight: {}", stdout(&o));
}

#[test]
fn a_bank_statement_is_matched_and_recorded_from_the_command_line() {
    let w = Workdir::new();
    w.cluster("mobility-basque", "ES");
    let today = today();
    let statement = w.0.join("statement.csv");
    std::fs::write(
        &statement,
        format!("Fecha;Concepto;Importe\n{};Nothing to match;12,00\n", today.format("%d/%m/%Y")),
    )
    .unwrap();
    let path = statement.to_str().unwrap();
    let o = w.run(&["fees", "bank", "--cluster", "mobility-basque", path, "--dry-run"]);
    assert!(
        o.status.success() && stdout(&o).contains("matches no invoice") && stdout(&o).contains("nothing was written"),
        "{}",
        stdout(&o)
    );
    let o = w.run(&["fees", "bank", "--cluster", "mobility-basque", path]);
    assert!(o.status.success() && stdout(&o).contains("Recorded: 0 matched, 1 unmatched"), "{}", stdout(&o));
    let o = w.run(&["fees", "bank", "--cluster", "mobility-basque", path]);
    assert!(stdout(&o).contains("1 recorded before"), "a statement is recorded once: {}", stdout(&o));
    std::fs::write(&statement, "Fecha;Concepto;Importe\n31/02/2026;x;1\n").unwrap();
    let o = w.run(&["fees", "bank", "--cluster", "mobility-basque", path]);
    assert!(
        !o.status.success() && stderr(&o).contains("line 2") && stderr(&o).contains("Nothing was recorded"),
        "{}",
        stderr(&o)
    );
}
