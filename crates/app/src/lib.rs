//! The use cases of clusterdesk: each checks the actor's permission, validates its input into
//! domain values and calls the store, in one transaction where it writes. The web pages, the
//! JSON API and the command line all call these functions, so a rule holds on every door.

pub mod accounting;
pub mod auth;
pub mod calendar;
pub mod contact;
pub mod demo;
pub mod duplicate;
pub mod engagement;
mod error;
pub mod event;
pub mod import;
pub mod interaction;
pub mod invoice;
pub mod mail;
pub mod membership;
pub mod organisation;
mod parallel;
pub mod privacy;
pub mod segment;
pub mod sheet;
pub mod task;
pub mod value_chain;
pub mod vcard;

pub use error::{Error, RowError};
pub use store::{Actor, ClusterScope, Db};

/// How hard password hashing works. Tests use [`PasswordCost::Fast`]; never a server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordCost {
    /// Argon2id with the parameters OWASP recommends (19 MiB, 2 passes).
    Standard,
    /// Argon2id at minimal cost, for tests only.
    Fast,
}

/// The running application: its database and settings.
#[derive(Debug, Clone)]
pub struct App {
    pub db: Db,
    pub password_cost: PasswordCost,
    /// How mail leaves, when it is set up.
    pub mail: Option<mail::Mail>,
}

impl App {
    pub fn new(db: Db) -> Self {
        App { db, password_cost: PasswordCost::Standard, mail: None }
    }

    /// An application whose password hashing is cheap, for tests.
    pub fn for_tests(db: Db) -> Self {
        App { db, password_cost: PasswordCost::Fast, mail: None }
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
