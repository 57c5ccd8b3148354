//! A person's history with the cluster, as their contact page tells it: the events they
//! registered for (and whether they came), the working groups they sat in, the surveys they were
//! sent. Each list is one statement on an index that starts with `(cluster_id, contact_id)`.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use domain::event::{Attendance, RegistrationStatus};
use domain::id::Uuid;

use crate::db::{dispatch, models, read_model};
use crate::{ClusterScope, Db, StoreError};

/// One registration of the person, with its event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventTaken {
    pub event_id: Uuid,
    pub title: String,
    /// Local time of the cluster.
    pub starts_at: NaiveDateTime,
    pub event_cancelled: bool,
    pub status: RegistrationStatus,
    pub attendance: Option<Attendance>,
}

read_model!(EventTakenRow => EventTaken {
    event_id: Uuid,
    title: String,
    starts_at: NaiveDateTime,
    event_cancelled: bool,
    status: String as RegistrationStatus::parse,
    attendance: Option<String> as Attendance::parse,
});

/// The person's registrations, the latest event first.
pub async fn events_of(db: &Db, scope: &ClusterScope, contact_id: Uuid) -> Result<Vec<EventTaken>, StoreError> {
    let rows: Vec<EventTakenRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT e.id AS event_id, e.title, e.starts_at, e.cancelled_at IS NOT NULL AS event_cancelled, r.status, \
         r.attendance FROM registrations r JOIN events e ON e.cluster_id = r.cluster_id AND e.id = r.event_id \
         WHERE r.cluster_id = $1 AND r.contact_id = $2 ORDER BY e.starts_at DESC, e.id")
        .bind(scope.cluster_id()).bind(contact_id).fetch_all(pool).await)?;
    models(rows)
}

/// A time the person sat in a working group.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct GroupSpell {
    pub group_id: Uuid,
    pub name: String,
    pub joined_on: NaiveDate,
    /// `None` while they still sit in it.
    pub left_on: Option<NaiveDate>,
}

/// The person's spells in working groups, the latest first.
pub async fn groups_of(db: &Db, scope: &ClusterScope, contact_id: Uuid) -> Result<Vec<GroupSpell>, StoreError> {
    Ok(dispatch!(db, pool => sqlx::query_as(
        "SELECT g.id AS group_id, g.name, m.joined_on, m.left_on FROM working_group_members m \
         JOIN working_groups g ON g.cluster_id = m.cluster_id AND g.id = m.group_id \
         WHERE m.cluster_id = $1 AND m.contact_id = $2 ORDER BY m.joined_on DESC, g.name")
        .bind(scope.cluster_id()).bind(contact_id).fetch_all(pool).await)?)
}

/// A survey the person was sent.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SurveySent {
    pub campaign_id: Uuid,
    pub title: String,
    pub invited_at: DateTime<Utc>,
    pub closes_on: NaiveDate,
    /// Whether the survey keeps answers apart from people: then whether this person answered is
    /// not for the team to see.
    pub anonymous: bool,
    pub answered: bool,
}

/// The surveys the person was sent, the latest first.
pub async fn surveys_of(db: &Db, scope: &ClusterScope, contact_id: Uuid) -> Result<Vec<SurveySent>, StoreError> {
    Ok(dispatch!(db, pool => sqlx::query_as(
        "SELECT c.id AS campaign_id, c.title, i.invited_at, c.closes_on, c.anonymous, i.answered \
         FROM survey_invitations i JOIN survey_campaigns c ON c.cluster_id = i.cluster_id AND c.id = i.campaign_id \
         WHERE i.cluster_id = $1 AND i.contact_id = $2 ORDER BY i.invited_at DESC, c.id")
        .bind(scope.cluster_id()).bind(contact_id).fetch_all(pool).await)?)
}
