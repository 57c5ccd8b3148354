//! The `clusterdesk` command: the server and the operator's tools.

mod config;

use std::io::{Read, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow, bail};
use clap::{Args, Parser, Subcommand};

use crate::config::Settings;

/// mimalloc rather than the C library's allocator: a request allocates many small values on
/// several threads at once, where glibc's arenas spent a fifth of the server's time on their
/// locks (measured with perf under `scripts/bench-api.sh`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The workspace of a business cluster's management team.
#[derive(Parser)]
#[command(name = "clusterdesk", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct DatabaseArg {
    /// A SQLite file path (created if missing), sqlite://FILE or postgres://USER:PASS@HOST/DB.
    /// Default: clusterdesk.db in the working directory [env: CLUSTERDESK_DATABASE_URL].
    #[arg(long, value_name = "URL")]
    database_url: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (pages at /, API at /api/v1).
    Serve {
        /// Address to listen on. Default 127.0.0.1:8080 [env: CLUSTERDESK_BIND].
        #[arg(long, value_name = "ADDR")]
        bind: Option<String>,
        /// Where people reach clusterdesk, such as https://desk.cluster.example: links in mail
        /// and calendars start from it. Default: the address listened on [env:
        /// CLUSTERDESK_PUBLIC_URL].
        #[arg(long, value_name = "URL")]
        public_url: Option<String>,
        #[command(flatten)]
        database: DatabaseArg,
        /// Seed the demo network when the database has no cluster yet.
        #[arg(long)]
        demo: bool,
    },
    /// Bring the database schema up to date (serve does this too).
    Migrate {
        #[command(flatten)]
        database: DatabaseArg,
    },
    /// Seed the demo network: four clusters with members and contacts, and demo accounts.
    Demo {
        /// Instead, generate N clusters of the same shapes for benchmarks (scale-0001 ...).
        #[arg(long, value_name = "N")]
        scale: Option<usize>,
        #[command(flatten)]
        database: DatabaseArg,
    },
    /// Manage user accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manage API tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Import organisations, contacts, memberships, open invoices or ledger lines from a CSV (comma, semicolon
    /// or tab; UTF-8 or Windows-1252) or XLSX file. Columns are matched to fields by their header
    /// names (English, French, German, Spanish, Italian); existing records are updated by VAT id,
    /// else name and country (organisations) or by email (contacts); memberships, invoices and
    /// ledger lines already recorded are left as they are. Nothing is written if any row is invalid (unless
    /// --write-valid); every invalid row is reported with its line.
    Import {
        what: ImportWhat,
        #[arg(long, value_name = "SLUG")]
        cluster: String,
        file: PathBuf,
        /// A file of 'Column header = field' lines that overrides the suggested mapping
        /// ('Column header = -' leaves a column out).
        #[arg(long, value_name = "FILE")]
        mapping: Option<PathBuf>,
        /// Only say, row by row, what would be created, updated or rejected; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Write the valid rows even when some are rejected (those are left out).
        #[arg(long)]
        write_valid: bool,
        /// Write the rejected rows, as the file had them with a 'reason' column, to this CSV or
        /// XLSX file (by its extension), to fix and import again.
        #[arg(long, value_name = "FILE")]
        rejected: Option<PathBuf>,
        #[command(flatten)]
        database: DatabaseArg,
    },
    /// A person's data under the GDPR: export everything stored about them, or erase them.
    Privacy {
        #[command(subcommand)]
        command: PrivacyCommand,
    },
    /// Export records to a file.
    Export {
        #[command(subcommand)]
        what: ExportCommand,
    },
    /// Membership fees.
    Fees {
        #[command(subcommand)]
        command: FeesCommand,
    },
    /// Mail waiting in the outbox.
    Mail {
        #[command(subcommand)]
        command: MailCommand,
    },
    /// Reports for the board.
    Report {
        #[command(subcommand)]
        what: ReportCommand,
    },
}

#[derive(Subcommand)]
enum ReportCommand {
    /// The annual monitoring report of a cluster's year: what met its target and what slipped,
    /// each group of indicators with charts and notes, the reporting regimes' checklists and the
    /// values of five years; as HTML for print, a PDF, or an XLSX workbook of every value.
    Monitoring {
        #[arg(long, value_name = "SLUG")]
        cluster: String,
        /// The cluster's year. Default: the current one.
        #[arg(long)]
        year: Option<i32>,
        #[arg(long, value_enum, default_value = "pdf")]
        format: ReportFormat,
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        output: PathBuf,
        #[command(flatten)]
        database: DatabaseArg,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ReportFormat {
    Html,
    Pdf,
    Xlsx,
}

#[derive(Subcommand)]
enum MailCommand {
    /// Send the mail that is due in every cluster's outbox (every server also does so by itself);
    /// what the mail server refuses is tried again later.
    SendPending {
        #[command(flatten)]
        database: DatabaseArg,
    },
}

#[derive(Subcommand)]
enum FeesCommand {
    /// Issue the fee invoices of a period: who is invoiced, how much and why, then the invoices.
    /// Running it again creates nothing new.
    Renew {
        #[arg(long, value_name = "SLUG")]
        cluster: String,
        /// The year the period starts in, such as 2026 (for a fiscal year from July, 2026/27).
        #[arg(long, value_name = "YEAR")]
        period: i32,
        /// Only say what would be invoiced.
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        database: DatabaseArg,
    },
    /// Email a reminder about every overdue invoice not reminded in the last 14 days, through the
    /// SMTP server of CLUSTERDESK_SMTP_URL.
    Remind {
        #[arg(long, value_name = "SLUG")]
        cluster: String,
        /// Only say who would be reminded.
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        database: DatabaseArg,
    },
    /// Record the payments of a bank statement (CSV or XLSX with a date and an amount column),
    /// matched to invoices by number or by VAT id and amount; the rest are kept as unmatched.
    Bank {
        #[arg(long, value_name = "SLUG")]
        cluster: String,
        file: std::path::PathBuf,
        /// Only say what each line would do.
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        database: DatabaseArg,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a user, or give an existing one a role.
    Add {
        email: String,
        /// network-admin, cluster-manager, staff or board.
        #[arg(long)]
        role: String,
        /// The cluster's slug; required for every role but network-admin.
        #[arg(long, value_name = "SLUG")]
        cluster: Option<String>,
        /// Read the password from the first line of standard input. Without it, a new user gets
        /// a generated password, printed once.
        #[arg(long)]
        password_stdin: bool,
        #[command(flatten)]
        database: DatabaseArg,
    },
    /// Stop a user from signing in: their sessions end and their API tokens stop working (a
    /// running server follows within a few seconds); what they did stays.
    Deactivate {
        email: String,
        #[command(flatten)]
        database: DatabaseArg,
    },
    /// Let a deactivated user sign in again.
    Activate {
        email: String,
        #[command(flatten)]
        database: DatabaseArg,
    },
    /// Take a user's role in a cluster away.
    RemoveRole {
        email: String,
        #[arg(long, value_name = "SLUG")]
        cluster: String,
        #[command(flatten)]
        database: DatabaseArg,
    },
    /// Take network administration away from a user.
    RemoveAdmin {
        email: String,
        #[command(flatten)]
        database: DatabaseArg,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// List a user's API tokens: name, when made, and when revoked (never the secret).
    List {
        #[arg(long, value_name = "EMAIL")]
        user: String,
        #[command(flatten)]
        database: DatabaseArg,
    },
    /// Make an API token for a user and print it (only it) on standard output.
    Create {
        #[arg(long, value_name = "EMAIL")]
        user: String,
        /// A name to recognise the token by.
        #[arg(long, default_value = "command line")]
        name: String,
        #[command(flatten)]
        database: DatabaseArg,
    },
    /// Revoke a user's API tokens of this name. A running server stops taking them within
    /// a few seconds.
    Revoke {
        #[arg(long, value_name = "EMAIL")]
        user: String,
        #[arg(long)]
        name: String,
        #[command(flatten)]
        database: DatabaseArg,
    },
}

#[derive(Subcommand)]
enum PrivacyCommand {
    /// Write everything stored about the contact with this email as JSON; the export is recorded.
    Export {
        #[arg(long, value_name = "SLUG")]
        cluster: String,
        #[arg(long)]
        email: String,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        database: DatabaseArg,
    },
    /// Anonymise the contact with this email everywhere, keeping counts right. Cannot be undone.
    Erase {
        #[arg(long, value_name = "SLUG")]
        cluster: String,
        #[arg(long)]
        email: String,
        /// Say that you mean it.
        #[arg(long)]
        confirm: bool,
        #[command(flatten)]
        database: DatabaseArg,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ImportWhat {
    Organisations,
    Contacts,
    /// Memberships of another system: organisation, type, start, end, status.
    Memberships,
    /// Open invoices of another system: number, date, customer, gross amount, paid so far.
    Invoices,
    /// Lines of the structure's ledger from the accounting program: year, category, amount.
    Ledger,
}

#[derive(Subcommand)]
enum ExportCommand {
    /// Export a cluster's current organisations.
    Organisations(ExportArgs),
    /// Export a cluster's invoices for the bookkeeping: number, date, customer, VAT id, net, tax,
    /// gross, currency, status.
    Invoices(ExportArgs),
    /// Export a cluster's payments for the bookkeeping, with their invoices and customers.
    Payments(ExportArgs),
}

#[derive(clap::Args)]
struct ExportArgs {
    #[arg(long, value_name = "SLUG")]
    cluster: String,
    #[arg(long, value_enum, default_value = "csv")]
    format: ExportFormat,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    database: DatabaseArg,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    Csv,
    Xlsx,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let settings = match Settings::load() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e:#}");
            return ExitCode::from(2);
        }
    };
    config::init_logging(&settings);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("tokio runtime");
    match runtime.block_on(run(cli.command, settings)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Opens and migrates the database named by the flag, the configuration or the default.
/// The application on the database the command names (or the configured one), its schema up to
/// date, with the configured clock and mail.
async fn open(settings: &Settings, database: &DatabaseArg) -> Result<app::App> {
    let url = database.database_url.clone().unwrap_or_else(|| settings.database_url.clone());
    let app = app::App::open(&url).await.with_context(|| format!("at {url}"))?;
    settings.configure(app)
}

/// A renewal run as lines of text: one a membership, then the totals.
fn report_renewal(renewal: &app::membership::Renewal, currency: domain::money::Currency, dry_run: bool) -> String {
    use app::membership::RenewalAction;
    use std::fmt::Write;
    let money = |minor: i64| domain::money::Money::new(minor, currency).to_string();
    let mut out = String::new();
    for line in &renewal.lines {
        let what = match &line.action {
            RenewalAction::Invoice { amount_minor, explanation } => {
                format!("invoice {} ({explanation})", money(*amount_minor))
            }
            RenewalAction::Skip { reason } => format!("no invoice: {reason}"),
        };
        let _ = writeln!(out, "{} · {} {}: {what}", line.organisation, line.membership_type, line.period);
    }
    let total = format!("{} invoices, {} in all", renewal.to_invoice(), money(renewal.total_minor()));
    let _ = match (&renewal.numbers, dry_run) {
        (_, true) => writeln!(out, "Dry run: {total} would be issued; nothing was written."),
        (Some((first, last)), false) => writeln!(out, "Issued {} invoices, {first} to {last}.", renewal.issued),
        (None, false) => writeln!(out, "Nothing new to invoice: every membership of the period is invoiced already."),
    };
    out
}

/// Sends what the outbox holds and says how it went; fails when anything was refused.
async fn send_pending(app: &app::App) -> Result<ExitCode> {
    let done = app::mail::deliver_pending(app, &app::mail::worker_name()).await?;
    println!("Mail: {} sent, {} refused and to be tried again, {} given up.", done.sent, done.deferred, done.failed);
    Ok(if done.deferred + done.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// A reminder run as lines of text: one an overdue invoice, then the count.
fn report_reminders(run: &app::invoice::Reminders, currency: domain::money::Currency, dry_run: bool) -> String {
    use app::invoice::ReminderOutcome;
    use std::fmt::Write;
    let mut out = String::new();
    for l in &run.lines {
        let what = match &l.outcome {
            ReminderOutcome::Queued => format!("reminder queued to {}", l.to.join(", ")),
            ReminderOutcome::WouldSend => format!("would remind {}", l.to.join(", ")),
            ReminderOutcome::NoAddress => "no contact with an email address".to_string(),
            ReminderOutcome::RemindedRecently { on } => format!("reminded on {on} already"),
            ReminderOutcome::NoLongerOverdue => "paid or settled meanwhile: not reminded".to_string(),
        };
        let open = domain::money::Money::new(l.outstanding_minor, currency);
        let _ = writeln!(out, "{} · {} · {} days overdue, {open} open: {what}", l.number, l.customer, l.days_overdue);
    }
    let _ = if dry_run {
        writeln!(out, "Dry run: nothing was sent.")
    } else {
        writeln!(out, "{} reminders queued.", run.queued)
    };
    out
}

/// A bank statement's lines and what became of each.
fn report_bank(report: &app::invoice::BankImport, currency: domain::money::Currency, dry_run: bool) -> String {
    use app::invoice::BankOutcome;
    use std::fmt::Write;
    let mut out = String::new();
    for l in &report.lines {
        let what = match &l.outcome {
            BankOutcome::Matched { number, customer, by, .. } => format!("pays {number} ({customer}, by {by})"),
            BankOutcome::Unmatched => "matches no invoice: kept as unmatched".to_string(),
            BankOutcome::Outgoing => "money out: left alone".to_string(),
            BankOutcome::OtherCurrency { currency } => {
                format!("in {currency}, not the cluster's currency: left for a person to book")
            }
            BankOutcome::AlreadyRecorded => "recorded before".to_string(),
        };
        let line_currency = match &l.outcome {
            BankOutcome::OtherCurrency { currency: code } => domain::money::Currency::parse(code).unwrap_or(currency),
            _ => currency,
        };
        let amount = domain::money::Money::new(l.amount_minor, line_currency);
        let _ = writeln!(out, "line {} · {} · {amount} · {}: {what}", l.line, l.paid_on, l.reference);
    }
    let counts = format!(
        "{} matched, {} unmatched, {} recorded before",
        report.matched, report.unmatched, report.already_recorded
    );
    let _ = if dry_run {
        writeln!(out, "Dry run: {counts}; nothing was written.")
    } else if report.recorded {
        writeln!(out, "Recorded: {counts}.")
    } else {
        writeln!(out, "Nothing was recorded: {counts}.")
    };
    out
}

/// The operator's scope in a cluster, or an error that lists the clusters there are.
async fn operator_scope(app: &app::App, slug: &str) -> Result<app::ClusterScope> {
    Ok(app::auth::operator_scope(app, slug).await?)
}

async fn run(command: Command, settings: Settings) -> Result<ExitCode> {
    match command {
        Command::Serve { bind, public_url, database, demo } => {
            let bind = bind.unwrap_or_else(|| settings.bind.clone());
            let settings = Settings { public_url: public_url.or(settings.public_url.clone()), ..settings.clone() };
            serve(&settings, &bind, &database, demo).await?;
        }
        Command::Migrate { database } => {
            open(&settings, &database).await?;
            println!("The database schema is up to date.");
        }
        Command::Demo { scale, database } => {
            let app = open(&settings, &database).await?;
            let seeded = match scale {
                Some(n) => app::demo::seed_scale(&app, n).await?,
                None => app::demo::seed(&app).await?,
            };
            println!(
                "Demo network ready: {} of {} clusters created now (the others were there already).",
                seeded.clusters_created, seeded.clusters_total
            );
            println!("Log in as {} with password {}", app::demo::DEMO_ADMIN_EMAIL, app::demo::DEMO_PASSWORD);
        }
        Command::User { command: UserCommand::Add { email, role, cluster, password_stdin, database } } => {
            let role = app::auth::UserRole::parse(&role).map_err(|m| anyhow!(m))?;
            let password = if password_stdin {
                let mut input = String::new();
                std::io::stdin().read_to_string(&mut input).context("cannot read the password from standard input")?;
                let line = input.lines().next().unwrap_or("").to_string();
                if line.is_empty() {
                    bail!("standard input held no password");
                }
                Some(line)
            } else {
                None
            };
            let app = open(&settings, &database).await?;
            let added = app::auth::add_user(&app, &email, role, cluster.as_deref(), password).await?;
            match &added.generated_password {
                Some(p) => println!("Created {} with password {p} (shown only now).", added.email),
                None => println!("Saved {}.", added.email),
            }
            if added.sessions_ended > 0 {
                println!("The new password ended {} session(s) opened with the old one.", added.sessions_ended);
            }
            for name in &added.tokens {
                println!(
                    "API token '{name}' still works; if it should not: clusterdesk token revoke --user {} --name '{name}'",
                    added.email
                );
            }
        }
        Command::User { command: UserCommand::Deactivate { email, database } } => {
            let app = open(&settings, &database).await?;
            app::auth::set_active(&app, &email, false).await.map_err(|e| no_user(e, &email))?;
            println!("Deactivated {email}: their sessions ended and their API tokens no longer work.");
        }
        Command::User { command: UserCommand::Activate { email, database } } => {
            let app = open(&settings, &database).await?;
            app::auth::set_active(&app, &email, true).await.map_err(|e| no_user(e, &email))?;
            println!("{email} may sign in again.");
        }
        Command::User { command: UserCommand::RemoveRole { email, cluster, database } } => {
            let app = open(&settings, &database).await?;
            app::auth::remove_role(&app, &email, &cluster).await.map_err(|e| match e {
                app::Error::NotFound("cluster") => anyhow!("there is no cluster '{cluster}'"),
                app::Error::NotFound("user") => anyhow!("there is no user '{email}'"),
                app::Error::NotFound(_) => anyhow!("{email} holds no role in {cluster}"),
                e => e.into(),
            })?;
            println!("{email} no longer holds a role in {cluster}.");
        }
        Command::User { command: UserCommand::RemoveAdmin { email, database } } => {
            let app = open(&settings, &database).await?;
            app::auth::remove_network_admin(&app, &email).await.map_err(|e| no_user(e, &email))?;
            println!("{email} is no longer a network administrator.");
        }
        Command::Token { command: TokenCommand::List { user, database } } => {
            let app = open(&settings, &database).await?;
            let actor = app::auth::operator_actor(&app, &user).await.map_err(|e| no_user(e, &user))?;
            let tokens = app::auth::tokens(&app, &actor).await?;
            if tokens.is_empty() {
                println!("{user} has no API tokens.");
            }
            for t in tokens {
                let state = match t.revoked_at {
                    Some(at) => format!("revoked {}", at.format("%Y-%m-%d %H:%M UTC")),
                    None => "works".into(),
                };
                println!("{} · made {} · {state}", t.name, t.created_at.format("%Y-%m-%d %H:%M UTC"));
            }
        }
        Command::Token { command: TokenCommand::Create { user, name, database } } => {
            let app = open(&settings, &database).await?;
            let token = app::auth::create_token(&app, &user, &name).await.map_err(|e| match e {
                app::Error::NotFound(_) => anyhow!("there is no user '{user}'; add one with 'clusterdesk user add'"),
                e => e.into(),
            })?;
            println!("{token}");
        }
        Command::Token { command: TokenCommand::Revoke { user, name, database } } => {
            let app = open(&settings, &database).await?;
            let revoked = app::auth::revoke_token(&app, &user, &name).await.map_err(|e| match e {
                app::Error::NotFound("user") => anyhow!("there is no user '{user}'"),
                app::Error::NotFound(_) => anyhow!("'{user}' has no API token named '{name}' that is not revoked yet"),
                e => e.into(),
            })?;
            println!("Revoked {revoked} API token(s) named '{name}' of {user}.");
        }
        Command::Import { what, cluster, file, mapping, dry_run, write_valid, rejected, database } => {
            let bytes = read_upload(&file)?;
            let choices = match &mapping {
                Some(path) => {
                    let text =
                        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
                    app::import::parse_mapping_file(&text).map_err(|m| anyhow!("{}: {m}", path.display()))?
                }
                None => Vec::new(),
            };
            let app = open(&settings, &database).await?;
            let scope = operator_scope(&app, &cluster).await?;
            let target = match what {
                ImportWhat::Organisations => app::import::Target::Organisations,
                ImportWhat::Contacts => app::import::Target::Contacts,
                ImportWhat::Memberships => app::import::Target::Memberships,
                ImportWhat::Invoices => app::import::Target::Invoices,
                ImportWhat::Ledger => app::import::Target::Ledger,
            };
            let file_name =
                file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().to_string());
            let mode = app::import::Mode::of_flags(dry_run, write_valid);
            let plan =
                app::import::run_with(&app, &scope, target, &file_name, &bytes, &choices, "command line", mode).await?;
            if let Some(out) = rejected.filter(|_| plan.rejected > 0) {
                let format = if out.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx")) {
                    ExportFormat::Xlsx
                } else {
                    ExportFormat::Csv
                };
                write_table(app::import::rejected_rows(&bytes, &plan)?, format, Some(&out)).await?;
                eprintln!("{}: {} rejected rows written to {}", file.display(), plan.rejected, out.display());
            }
            return Ok(report_import(&file, &plan, dry_run, write_valid));
        }
        Command::Fees { command: FeesCommand::Renew { cluster, period, dry_run, database } } => {
            if !(2000..=2100).contains(&period) {
                bail!("--period {period} is not a year; give the year the period starts in, such as 2026");
            }
            let app = open(&settings, &database).await?;
            let scope = operator_scope(&app, &cluster).await?;
            let renewal = app::membership::renew(&app, &scope, period, "command line", dry_run).await?;
            print!("{}", report_renewal(&renewal, scope.cluster().base_currency, dry_run));
        }
        Command::Mail { command: MailCommand::SendPending { database } } => {
            let app = open(&settings, &database).await?;
            return send_pending(&app).await;
        }
        Command::Fees { command: FeesCommand::Remind { cluster, dry_run, database } } => {
            let app = open(&settings, &database).await?;
            let scope = operator_scope(&app, &cluster).await?;
            let run = app::invoice::remind(&app, &scope, "command line", dry_run).await?;
            print!("{}", report_reminders(&run, scope.cluster().base_currency, dry_run));
            if !dry_run {
                return send_pending(&app).await;
            }
        }
        Command::Fees { command: FeesCommand::Bank { cluster, file, dry_run, database } } => {
            let bytes = read_upload(&file)?;
            let app = open(&settings, &database).await?;
            let scope = operator_scope(&app, &cluster).await?;
            let report = app::invoice::bank_statement(&app, &scope, &bytes, "command line", dry_run).await?;
            print!("{}", report_bank(&report, scope.cluster().base_currency, dry_run));
            for e in &report.errors {
                eprintln!("{}: {e}", file.display());
            }
            if !report.errors.is_empty() {
                eprintln!("Nothing was recorded. Fix the statement and run it again.");
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Privacy { command: PrivacyCommand::Export { cluster, email, output, database } } => {
            let app = open(&settings, &database).await?;
            let scope = operator_scope(&app, &cluster).await?;
            let person = app::privacy::contact_by_email(&app, &scope, &email).await?;
            let data = app::privacy::export_person(&app, &scope, "command line", person.id).await?;
            let text = serde_json::to_string_pretty(&data)? + "\n";
            match output {
                Some(path) => {
                    std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?
                }
                None => std::io::stdout().write_all(text.as_bytes()).context("cannot write to standard output")?,
            }
        }
        Command::Privacy { command: PrivacyCommand::Erase { cluster, email, confirm, database } } => {
            if !confirm {
                bail!("erasing {email} cannot be undone; run the command again with --confirm");
            }
            let app = open(&settings, &database).await?;
            let scope = operator_scope(&app, &cluster).await?;
            let person = app::privacy::contact_by_email(&app, &scope, &email).await?;
            app::privacy::erase_person(&app, &scope, "command line", person.id).await?;
            println!("Erased {email}: the contact is anonymised; its interactions and tasks remain, unnamed.");
        }
        Command::Export { what: ExportCommand::Organisations(ExportArgs { cluster, format, output, database }) } => {
            let app = open(&settings, &database).await?;
            let scope = operator_scope(&app, &cluster).await?;
            let filter = domain::organisation::OrganisationFilter::default();
            write_table(app::organisation::export(&app, &scope, &filter).await?, format, output.as_deref()).await?;
        }
        Command::Export { what: ExportCommand::Invoices(ExportArgs { cluster, format, output, database }) } => {
            let app = open(&settings, &database).await?;
            let scope = operator_scope(&app, &cluster).await?;
            write_table(app::accounting::invoices(&app, &scope).await?, format, output.as_deref()).await?;
        }
        Command::Report { what: ReportCommand::Monitoring { cluster, year, format, output, database } } => {
            let app = open(&settings, &database).await?;
            let scope = operator_scope(&app, &cluster).await?;
            let year = year.unwrap_or_else(|| app::monitoring::current_year(&app, &scope));
            let report = app::report::annual(&app, &scope, year).await?;
            let format = match format {
                ReportFormat::Html => web::annual_report::Format::Html,
                ReportFormat::Pdf => web::annual_report::Format::Pdf,
                ReportFormat::Xlsx => web::annual_report::Format::Xlsx,
            };
            let (bytes, _) = web::annual_report::make(&report, format, &cluster).await?;
            std::fs::write(&output, &bytes).with_context(|| format!("cannot write {}", output.display()))?;
            println!("Wrote the monitoring report {year} of {} to {}.", report.cluster, output.display());
        }
        Command::Export { what: ExportCommand::Payments(ExportArgs { cluster, format, output, database }) } => {
            let app = open(&settings, &database).await?;
            let scope = operator_scope(&app, &cluster).await?;
            write_table(app::accounting::payments(&app, &scope).await?, format, output.as_deref()).await?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes an export to the file, or to standard output without one. CSV is written as its rows
/// are read; a file is written beside its name and put in place only once it is whole, so an
/// export that fails halfway leaves no half file.
async fn write_table(table: app::table::Table, format: ExportFormat, output: Option<&std::path::Path>) -> Result<()> {
    use futures_util::TryStreamExt;
    let partial = output.map(|path| {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".partial");
        path.with_file_name(name)
    });
    let mut sink: Box<dyn Write> = match &partial {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("cannot write {}", path.display()))?,
        )),
        None => Box::new(std::io::stdout().lock()),
    };
    let written = async {
        match format {
            ExportFormat::Csv => {
                let mut chunks = table.csv_chunks();
                while let Some(chunk) = chunks.try_next().await? {
                    sink.write_all(&chunk)?;
                }
            }
            ExportFormat::Xlsx => sink.write_all(&table.to_xlsx().await?)?,
        }
        sink.flush()?;
        anyhow::Ok(())
    }
    .await;
    drop(sink);
    match (written, partial, output) {
        (Ok(()), Some(partial), Some(path)) => {
            std::fs::rename(&partial, path).with_context(|| format!("cannot write {}", path.display()))
        }
        (Ok(()), ..) => Ok(()),
        (Err(e), partial, _) => {
            if let Some(partial) = partial {
                let _ = std::fs::remove_file(partial);
            }
            Err(e.context("the export stopped before its end"))
        }
    }
}

/// Says what an import found and did: problems on standard error, the rest on standard output.
fn report_import(file: &std::path::Path, plan: &app::import::ImportPlan, dry_run: bool, write_valid: bool) -> ExitCode {
    use app::import::RowAction;
    for note in &plan.notes {
        println!("{}: {note}", file.display());
    }
    let mapped: Vec<String> = plan
        .headers
        .iter()
        .zip(&plan.mapping)
        .map(|(h, f)| format!("{h} → {}", f.as_deref().unwrap_or("(left out)")))
        .collect();
    println!("columns: {}", mapped.join(", "));
    if dry_run {
        for row in &plan.rows {
            let what = match &row.action {
                RowAction::Create => "create".to_string(),
                RowAction::Update { fields, .. } => format!("update {}", fields.join(", ")),
                RowAction::Unchanged { .. } => "unchanged".to_string(),
                RowAction::Reject { .. } => "rejected".to_string(),
            };
            println!("line {}: {what}: {}", row.line, row.label);
        }
    }
    for e in plan.errors() {
        eprintln!("{}: {e}", file.display());
    }
    let counts = format!(
        "{} to create, {} to update, {} unchanged, {} rejected",
        plan.created, plan.updated, plan.unchanged, plan.rejected
    );
    if !plan.file_errors.is_empty() || (!plan.can_commit() && !write_valid) {
        eprintln!(
            "Nothing was imported ({counts}). Fix the file and run the import again, or add --write-valid to \
             import the valid rows (and --rejected FILE to get the others back with their reasons)."
        );
        return ExitCode::FAILURE;
    }
    if dry_run {
        println!("Dry run: {counts}; nothing was written.");
    } else if let Some(id) = plan.import_id {
        println!(
            "Imported: {} created, {} updated, {} unchanged, {} rejected left out. Recorded as import {id}.",
            plan.created, plan.updated, plan.unchanged, plan.rejected
        );
    } else {
        println!("Nothing to change: {counts}.");
    }
    ExitCode::SUCCESS
}

/// A file to import, read whole once its size is known to be within what an import may read
/// (`app::sheet::LIMITS`): a larger one is refused before it is loaded.
fn read_upload(file: &std::path::Path) -> Result<Vec<u8>> {
    let size = std::fs::metadata(file).with_context(|| format!("cannot read {}", file.display()))?.len();
    let limit = app::sheet::LIMITS.file_bytes;
    if size > limit as u64 {
        bail!(
            "{} has {:.1} MiB; a file to import may have at most {} MiB",
            file.display(),
            size as f64 / 1024.0 / 1024.0,
            limit / 1024 / 1024
        );
    }
    std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))
}

async fn serve(settings: &Settings, bind: &str, database: &DatabaseArg, demo: bool) -> Result<()> {
    let addr: SocketAddr =
        bind.parse().with_context(|| format!("'{bind}' is not an address to listen on (such as 127.0.0.1:8080)"))?;
    let app = open(settings, database).await?;
    if demo {
        if app.is_empty().await? {
            tracing::info!("seeding the demo network");
            app::demo::seed(&app).await?;
        } else {
            app::demo::seed_accounts(&app).await?;
        }
    }
    let mail_worker = app::mail::spawn_worker(app.clone());
    let name_indexer = app::organisation::spawn_name_indexer(app.clone());
    let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| {
        format!("cannot listen on {addr}; is another server running there? Choose another with --bind")
    })?;
    let bound = listener.local_addr().context("cannot read the address listened on")?;
    let shown = if bound.ip().is_unspecified() { format!("127.0.0.1:{}", bound.port()) } else { bound.to_string() };
    let configured =
        settings.public_url.as_deref().map(|u| u.trim().trim_end_matches('/').to_string()).filter(|u| !u.is_empty());
    if let Some(url) = &configured
        && !(url.starts_with("http://") || url.starts_with("https://"))
    {
        bail!("the public URL '{url}' must start with http:// or https://");
    }
    let public_url = configured.clone().unwrap_or_else(|| format!("http://{shown}"));
    let state = web::AppState::new(
        app.clone(),
        web::WebConfig {
            secure_cookies: settings.secure_cookies,
            public_url: public_url.clone(),
            client_address_header: match settings.client_address_header.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(name) => Some(name.parse().map_err(|_| {
                    anyhow!("client_address_header '{name}' is not a header name (such as X-Forwarded-For)")
                })?),
            },
            public_form_limits: web::door::PublicFormLimits {
                per_address_per_hour: settings.public_forms_per_address_per_hour,
                per_event_per_hour: settings.public_forms_per_event_per_hour,
            },
        },
    );
    println!("clusterdesk is running at http://{shown}/");
    if demo {
        println!("Log in as {} with password {}", app::demo::DEMO_ADMIN_EMAIL, app::demo::DEMO_PASSWORD);
    }
    if configured.is_none() {
        println!(
            "Links in mail start from {public_url}; set CLUSTERDESK_PUBLIC_URL (or --public-url) to the address people reach."
        );
    }
    std::io::stdout().flush().ok();
    web::serve(listener, state, shutdown_signal()).await.context("the server stopped with an error")?;
    // A message in the middle of being sent keeps its lease; once the lease runs out, another
    // server (or the next start) sends it.
    if let Some(worker) = mail_worker {
        worker.abort();
    }
    // An indexing cut off rolls back; its names wait for the next start.
    name_indexer.abort();
    app.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM; requests in flight are finished first.
async fn shutdown_signal() {
    let ctrl_c = async {
        tokio::signal::ctrl_c().await.ok();
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

/// An error of a command that names a user, with "no such user" said plainly.
fn no_user(e: app::Error, email: &str) -> anyhow::Error {
    match e {
        app::Error::NotFound("user") => anyhow!("there is no user '{email}'"),
        e => e.into(),
    }
}
