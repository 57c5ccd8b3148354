//! Working groups: their members over time, their meetings, and what members take part in.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use uuid::Uuid;

use crate::event::EventKind;

/// A working group, with how many contacts are in it today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkingGroup {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    pub members: i64,
}

/// A contact's spell in a working group: from the day they joined to the day they left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupMember {
    pub id: Uuid,
    pub contact_id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub organisation_id: Uuid,
    /// The organisation's name.
    pub organisation: String,
    pub joined_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
}

/// A meeting of a working group (an event linked to it), with who registered and who came.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub id: Uuid,
    pub title: String,
    pub starts_at: NaiveDateTime,
    pub registered: i64,
    pub attended: i64,
}

/// An attendee's rating of an event (1 to 5) and comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub registration_id: Uuid,
    pub event_id: Uuid,
    /// The event's title.
    pub event: String,
    pub kind: EventKind,
    pub starts_at: NaiveDateTime,
    pub rating: i64,
    pub comment: String,
    pub given_at: DateTime<Utc>,
}

/// What an organisation's people took part in over a period.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Participation {
    pub events_attended: i64,
    pub working_groups: i64,
    /// Projects it took part in (not as an observer) that ran in the period: funded, running or
    /// completed.
    pub projects: i64,
    /// Deliveries of the cluster's services it received in the period.
    pub services: i64,
    /// Survey invitations of its people answered, of campaigns that closed in the period (an
    /// anonymous campaign's too: that someone answered is known, not what).
    pub surveys: i64,
}
