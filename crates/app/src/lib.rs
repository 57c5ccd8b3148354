//! The use cases of clusterdesk: each checks the actor's permission, validates its input into
//! domain values and calls the store, in one transaction where it writes. The web pages, the
//! JSON API and the command line all call these functions, so a rule holds on every door.

mod access_cache;
pub mod account;
pub mod accounting;
pub mod attention;
pub mod auth;
pub mod calendar;
pub mod clock;
pub mod cluster;
pub mod contact;
pub mod demo;
pub mod duplicate;
pub mod economics;
pub mod engagement;
mod error;
pub mod event;
pub mod figures;
mod figures_memory;
pub mod import;
pub mod indicator_set;
pub mod interaction;
pub mod invoice;
pub mod mail;
pub mod membership;
pub mod monitoring;
pub mod network;
pub mod organisation;
mod parallel;
pub mod privacy;
pub mod project;
pub mod registration;
pub mod report;
pub mod search;
pub mod segment;
pub mod service;
pub mod sheet;
mod statement;
pub mod strategy;
pub mod survey;
pub mod table;
pub mod task;
pub mod value_chain;
pub mod vcard;

pub use error::{Error, RowError};
use store::Db;
pub use store::{Actor, ClusterScope};

/// How hard password hashing works. Tests use `PasswordCost::Fast` (with the `testing`
/// feature); a server never can.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordCost {
    /// Argon2id with the parameters OWASP recommends (19 MiB, 2 passes).
    Standard,
    /// Argon2id at minimal cost, for tests only.
    #[cfg(any(test, feature = "testing"))]
    Fast,
}

/// The running application: its database, its clock and settings.
#[derive(Debug, Clone)]
pub struct App {
    /// Reached only through the use cases: a caller cannot act on the database without them.
    db: Db,
    pub password_cost: PasswordCost,
    /// How mail leaves, when it is set up.
    pub mail: Option<mail::Mail>,
    /// Where "now" comes from.
    pub clock: clock::Clock,
    /// Wakes this server's mail worker when a use case has queued mail.
    outbox: std::sync::Arc<tokio::sync::Notify>,
    /// What this server remembers of credentials and scopes (shared by its clones).
    access: std::sync::Arc<access_cache::AccessCache>,
    /// The membership figures this server has worked out (shared by its clones).
    figures: std::sync::Arc<figures_memory::FiguresMemory>,
}

/// The instant at which [`App::for_tests`] stands: a weekday in November, when the network's
/// training programme of the year is under way.
#[cfg(any(test, feature = "testing"))]
pub const TEST_NOW: &str = "2026-11-25T10:00:00Z";

impl App {
    /// Opens the database at `url` (a SQLite file path, created if missing, `sqlite://FILE` or
    /// `postgres://…`), brings its schema up to date, and makes the application on it, on the
    /// system clock. Errors say which of the two failed.
    pub async fn open(url: &str) -> Result<App, Error> {
        let db = Db::connect(url).await.map_err(|e| {
            Error::BadRequest(i18n::said_with("invalid-app-open-database", &[("error", e.to_string())]))
        })?;
        db.migrate().await.map_err(|e| Error::Internal(format!("cannot bring the database schema up to date: {e}")))?;
        Ok(App::new(db))
    }

    /// Answers whether the database takes queries (the health check).
    pub async fn ping(&self) -> Result<(), Error> {
        Ok(self.db.ping().await?)
    }

    /// Closes the database's connections once the requests in flight are done.
    pub async fn close(&self) {
        self.db.close().await
    }

    /// Whether the installation has no cluster yet (a new database).
    pub async fn is_empty(&self) -> Result<bool, Error> {
        Ok(store::cluster::is_empty(&self.db).await?)
    }

    /// Lets `seconds` pass for what this server remembers of credentials and scopes: how a test
    /// stands for a second server that looked them up a while ago.
    #[cfg(feature = "testing")]
    pub fn age_access_memory(&self, seconds: u64) {
        self.access.age(std::time::Duration::from_secs(seconds))
    }

    /// The database, for tests that set up what no use case makes.
    #[cfg(feature = "testing")]
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// An application on the system clock.
    pub fn new(db: Db) -> Self {
        App {
            db,
            password_cost: PasswordCost::Standard,
            mail: None,
            clock: clock::Clock::System,
            outbox: Default::default(),
            access: Default::default(),
            figures: Default::default(),
        }
    }

    /// An application whose password hashing is cheap and whose clock stands at [`TEST_NOW`], for
    /// tests.
    #[cfg(feature = "testing")]
    pub fn for_tests(db: Db) -> Self {
        let at = TEST_NOW.parse().unwrap_or_default();
        App {
            db,
            password_cost: PasswordCost::Fast,
            mail: None,
            clock: clock::Clock::fixed(at),
            outbox: Default::default(),
            access: Default::default(),
            figures: Default::default(),
        }
    }

    pub fn with_clock(mut self, clock: clock::Clock) -> Self {
        self.clock = clock;
        self
    }

    /// The same application on a clock of its own that stands at `at`.
    pub fn at(&self, at: chrono::DateTime<chrono::Utc>) -> App {
        self.clone().with_clock(clock::Clock::fixed(at))
    }

    /// The same application on a clock of its own that stands at noon (UTC) of `day`: the same
    /// day in every European cluster.
    pub fn on(&self, day: chrono::NaiveDate) -> App {
        self.at(day.and_time(chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default()).and_utc())
    }

    /// The same application on a clock of its own that stands at the wall-clock time `local` of
    /// the cluster's time zone.
    pub fn at_local(&self, scope: &impl auth::InCluster, local: chrono::NaiveDateTime) -> App {
        self.at(domain::time_zone::instant(Self::zone(scope), local))
    }

    /// The current instant, UTC.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    /// The cluster's time zone: the one it names, else its country's.
    pub fn zone(scope: &impl auth::InCluster) -> domain::time_zone::Tz {
        scope.cluster().time_zone()
    }

    /// The wall-clock time now in the cluster's time zone.
    pub fn local_now(&self, scope: &impl auth::InCluster) -> chrono::NaiveDateTime {
        domain::time_zone::local(Self::zone(scope), self.now())
    }

    /// Today's date in the cluster's time zone.
    pub fn today(&self, scope: &impl auth::InCluster) -> chrono::NaiveDate {
        self.local_now(scope).date()
    }

    /// Says that a unit of work has committed mail to the outbox: this server's worker sends it
    /// now rather than at its next look.
    pub fn mail_queued(&self) {
        self.outbox.notify_one();
    }

    /// Opens a unit of work.
    pub(crate) async fn begin(&self) -> Result<store::Tx, Error> {
        Ok(self.db.begin().await?)
    }

    /// Where a use case that may or may not write reads: inside its unit of work when it opened
    /// one (so that its guards hold until the commit), else on the pool.
    pub(crate) fn source<'a>(&'a self, unit: &'a mut Option<store::Tx>) -> store::Source<'a> {
        match unit {
            Some(tx) => store::Source::Unit(tx),
            None => store::Source::Pool(&self.db),
        }
    }

    pub fn with_mail(mut self, mail: mail::Mail) -> Self {
        self.mail = Some(mail);
        self
    }
}

/// The page a list shows: a 1-based page number and a page size from 1 to 500.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    pub page: i64,
    pub per_page: i64,
}

impl Paging {
    pub const DEFAULT_PER_PAGE: i64 = 25;

    pub fn new(page: Option<i64>, per_page: Option<i64>) -> Self {
        Paging { page: page.unwrap_or(1).max(1), per_page: per_page.unwrap_or(Self::DEFAULT_PER_PAGE).clamp(1, 500) }
    }

    pub fn offset(self) -> i64 {
        (self.page - 1).saturating_mul(self.per_page)
    }

    /// How many pages `total` rows fill, at least one.
    pub fn pages(self, total: i64) -> i64 {
        ((total + self.per_page - 1) / self.per_page).max(1)
    }
}
