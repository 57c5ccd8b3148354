//! Tags on organisations, and segments: organisation filters saved under a name.

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A tag and how many current organisations carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub id: Uuid,
    pub name: String,
    pub organisations: i64,
}

/// A filter of the organisations list saved under a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub id: Uuid,
    pub name: String,
    /// The filter, as the organisations list's parameters in JSON.
    pub filter_json: String,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
}
