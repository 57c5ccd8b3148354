//! Identifiers are UUIDv7, made in the application so that rows sort by creation time.

pub use uuid::Uuid;

/// A new time-ordered identifier.
pub fn new_id() -> Uuid {
    Uuid::now_v7()
}

/// A new identifier that tells nothing of when it was made: an anonymous answer's, which must not
/// be put beside the moment someone opened their link.
pub fn untimed_id() -> Uuid {
    Uuid::new_v4()
}
