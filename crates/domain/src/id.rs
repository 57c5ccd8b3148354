//! Identifiers are UUIDv7, made in the application so that rows sort by creation time.

pub use uuid::Uuid;

/// A new time-ordered identifier.
pub fn new_id() -> Uuid {
    Uuid::now_v7()
}
