//! Persistence of clusterdesk: one [`Db`] value over SQLite or PostgreSQL, and one module per
//! aggregate. Every query on a cluster's rows takes a [`ClusterScope`], which only
//! [`access`] can make, from an authenticated [`Actor`] and that actor's grant.

mod bulk;
mod db;
mod many;

pub mod access;
pub mod account;
pub mod cluster;
pub mod contact;
pub mod duplicate;
pub mod economics;
pub mod event;
pub mod figures;
pub mod group;
pub mod history;
pub mod import;
pub mod indicator_set;
pub mod interaction;
pub mod invoice;
pub mod membership;
pub mod monitoring;
pub mod network;
pub mod organisation;
pub mod outbox;
pub mod privacy;
pub mod project;
pub mod schema;
pub mod search;
pub mod service;
pub mod strategy;
pub mod survey;
pub mod tag;
pub mod task;
#[cfg(feature = "testing")]
pub mod testing;
pub mod value_chain;

pub use access::{Actor, ClusterScope};
pub use db::{Backend, Db, RowStream, Source, StoreError, Tx, now};

/// `rows` in the order the scope's cluster's language sorts their `name` (ICU4X collation):
/// what every list of a cluster's records by name or title answers. Rows come in SQL's order,
/// so rows of equal names keep it.
pub(crate) fn by_name<T>(scope: &ClusterScope, mut rows: Vec<T>, name: impl Fn(&T) -> &str) -> Vec<T> {
    i18n::sort_by_name(scope.cluster().language(), &mut rows, name);
    rows
}

pub use domain::Page;
