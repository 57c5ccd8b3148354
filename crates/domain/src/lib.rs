//! The rules of clusterdesk: the words of the domain as types, and the checks that make a value
//! of each. Nothing here does IO, so every rule can be tested on its own.

pub mod access;
pub mod cluster;
pub mod consent;
pub mod contact;
pub mod country;
pub mod event;
pub mod fee;
pub mod id;
pub mod interaction;
pub mod invoice;
pub mod membership;
pub mod money;
pub mod nace;
pub mod organisation;
pub mod period;
pub mod task;
pub mod text;
pub mod time_zone;
pub mod validation;
pub mod written;

pub use validation::{FieldError, Invalid};
