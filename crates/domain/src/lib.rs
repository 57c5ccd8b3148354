//! The rules of clusterdesk: the words of the domain as types, and the checks that make a value
//! of each. Nothing here does IO, so every rule can be tested on its own.

pub mod access;
pub mod cluster;
pub mod consent;
pub mod contact;
pub mod country;
pub mod event;
pub mod fee;
pub mod group;
pub mod id;
pub mod import;
pub mod interaction;
pub mod invoice;
pub mod mail;
pub mod membership;
pub mod money;
pub mod nace;
pub mod organisation;
pub mod period;
pub mod segment;
pub mod task;
pub mod text;
pub mod time_zone;
pub mod validation;
pub mod value_chain;
pub mod written;

pub use validation::{FieldError, Invalid};

/// One page of a list, with the number of items that match in all pages.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: i64,
}
