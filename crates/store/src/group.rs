//! Working groups of one cluster: who is in them (and was), and their meetings; feedback on events;
//! participation per organisation; the cluster's rule for an active member.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use domain::id::{Uuid, new_id};

use crate::db::{dispatch, models, read_model, within};
use crate::{ClusterScope, Db, StoreError, now};
use domain::event::EventKind;

pub use domain::group::WorkingGroup;

read_model!(WorkingGroupRow => WorkingGroup {
    id: Uuid,
    name: String,
    description: String,
    members: i64,
});

pub async fn insert(db: &Db, scope: &ClusterScope, name: &str, description: &str) -> Result<Uuid, StoreError> {
    let id = new_id();
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO working_groups (cluster_id, id, name, description, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(scope.cluster_id()).bind(id).bind(name).bind(description).bind(now()).execute(pool).await.map(|_| ()))?;
    Ok(id)
}

const GROUP_SELECT: &str = "SELECT g.id, g.name, g.description, CAST((SELECT COUNT(*) FROM working_group_members m \
     WHERE m.cluster_id = g.cluster_id AND m.group_id = g.id AND m.left_on IS NULL) AS BIGINT) AS members \
     FROM working_groups g";

pub async fn all(db: &Db, scope: &ClusterScope) -> Result<Vec<WorkingGroup>, StoreError> {
    let sql = format!("{GROUP_SELECT} WHERE g.cluster_id = $1 ORDER BY g.name, g.id");
    let rows: Vec<WorkingGroupRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(crate::by_name(scope, models(rows)?, |g: &WorkingGroup| &g.name))
}

pub async fn get(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<WorkingGroup>, StoreError> {
    let sql = format!("{GROUP_SELECT} WHERE g.cluster_id = $1 AND g.id = $2");
    let row: Option<WorkingGroupRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    row.map(WorkingGroup::try_from).transpose()
}

pub use domain::group::GroupMember;

read_model!(GroupMemberRow => GroupMember {
    id: Uuid,
    contact_id: Uuid,
    first_name: String,
    last_name: String,
    organisation_id: Uuid,
    organisation: String,
    joined_on: NaiveDate,
    left_on: Option<NaiveDate>,
});

/// A group's members, present and past, by name.
pub async fn members(db: &Db, scope: &ClusterScope, group: Uuid) -> Result<Vec<GroupMember>, StoreError> {
    let rows: Vec<GroupMemberRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT m.id, m.contact_id, c.first_name, c.last_name, c.organisation_id, o.name AS organisation, m.joined_on, \
         m.left_on FROM working_group_members m \
         JOIN contacts c ON c.cluster_id = m.cluster_id AND c.id = m.contact_id \
         JOIN organisations o ON o.cluster_id = c.cluster_id AND o.id = c.organisation_id \
         WHERE m.cluster_id = $1 AND m.group_id = $2 ORDER BY m.left_on IS NOT NULL, c.name_sort_key, m.joined_on")
        .bind(scope.cluster_id()).bind(group).fetch_all(pool).await)?;
    models(rows)
}

/// Adds a contact to a group from `day`; `None` when the cluster has no such group or contact.
pub async fn join(
    db: &Db,
    scope: &ClusterScope,
    group: Uuid,
    contact: Uuid,
    day: NaiveDate,
) -> Result<Option<Uuid>, StoreError> {
    let id = new_id();
    let written = dispatch!(db, pool => sqlx::query(
        "INSERT INTO working_group_members (cluster_id, id, group_id, contact_id, joined_on) VALUES ($1, $2, $3, $4, $5)")
        .bind(scope.cluster_id()).bind(id).bind(group).bind(contact).bind(day).execute(pool).await.map(|_| ()));
    match written {
        Ok(()) => Ok(Some(id)),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Ends a spell on `day`; false when the cluster has no such spell still open.
pub async fn leave(db: &Db, scope: &ClusterScope, spell: Uuid, day: NaiveDate) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE working_group_members SET left_on = $3 WHERE cluster_id = $1 AND id = $2 AND left_on IS NULL")
        .bind(scope.cluster_id()).bind(spell).bind(day).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Makes an event a meeting of a group; false when the cluster has no such event.
pub async fn link_meeting(db: &Db, scope: &ClusterScope, event: Uuid, group: Option<Uuid>) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE events SET working_group_id = $3 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(event).bind(group).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

pub use domain::group::Meeting;

read_model!(MeetingRow => Meeting {
    id: Uuid,
    title: String,
    starts_at: NaiveDateTime,
    registered: i64,
    attended: i64,
});

pub async fn meetings(db: &Db, scope: &ClusterScope, group: Uuid) -> Result<Vec<Meeting>, StoreError> {
    let rows: Vec<MeetingRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT e.id, e.title, e.starts_at, \
         CAST((SELECT COUNT(*) FROM registrations r WHERE r.cluster_id = e.cluster_id AND r.event_id = e.id \
         AND r.status = 'registered') AS BIGINT) AS registered, \
         CAST((SELECT COUNT(*) FROM registrations r WHERE r.cluster_id = e.cluster_id AND r.event_id = e.id \
         AND r.attendance = 'attended') AS BIGINT) AS attended \
         FROM events e WHERE e.cluster_id = $1 AND e.working_group_id = $2 ORDER BY e.starts_at DESC, e.id")
        .bind(scope.cluster_id()).bind(group).fetch_all(pool).await)?;
    models(rows)
}

/// Records an attendee's rating (1 to 5) and comment; a second one replaces the first.
pub async fn give_feedback(
    db: &Db,
    scope: &ClusterScope,
    registration: Uuid,
    rating: i64,
    comment: &str,
) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO event_feedback (cluster_id, registration_id, rating, comment, given_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (cluster_id, registration_id) DO UPDATE SET rating = excluded.rating, comment = excluded.comment, \
         given_at = excluded.given_at")
        .bind(scope.cluster_id()).bind(registration).bind(rating).bind(comment).bind(now()).execute(pool).await.map(|_| ()))?;
    Ok(())
}

pub use domain::group::Feedback;

read_model!(FeedbackRow => Feedback {
    registration_id: Uuid,
    event_id: Uuid,
    event: String,
    kind: String as EventKind::parse,
    starts_at: NaiveDateTime,
    rating: i64,
    comment: String,
    given_at: DateTime<Utc>,
});

/// All feedback on events that started in `[from, to)`.
pub async fn feedback(
    db: &Db,
    scope: &ClusterScope,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> Result<Vec<Feedback>, StoreError> {
    let rows: Vec<FeedbackRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT f.registration_id, e.id AS event_id, e.title AS event, e.kind, e.starts_at, f.rating, f.comment, f.given_at \
         FROM event_feedback f JOIN registrations r ON r.cluster_id = f.cluster_id AND r.id = f.registration_id \
         JOIN events e ON e.cluster_id = r.cluster_id AND e.id = r.event_id \
         WHERE f.cluster_id = $1 AND e.starts_at >= $2 AND e.starts_at < $3 ORDER BY e.starts_at, f.given_at")
        .bind(scope.cluster_id()).bind(from).bind(to).fetch_all(pool).await)?;
    models(rows)
}

/// Gives a registration a new personal-link secret (the hash), as a feedback request does.
pub async fn renew_token(
    tx: &mut crate::Tx,
    scope: &ClusterScope,
    registration: Uuid,
    token_hash: &str,
) -> Result<(), StoreError> {
    crate::db::within!(tx, c => sqlx::query("UPDATE registrations SET token_hash = $3 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(registration).bind(token_hash).execute(&mut *c).await.map(|_| ()))?;
    Ok(())
}

pub use domain::group::Participation;

/// Participation per organisation in `[from, to)`: events attended (by any of its people) and
/// working groups any of its people belonged to.
pub async fn participation(
    db: &Db,
    scope: &ClusterScope,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<std::collections::HashMap<Uuid, Participation>, StoreError> {
    let (start, end) = (from.and_time(chrono::NaiveTime::MIN), to.and_time(chrono::NaiveTime::MIN));
    let attended: Vec<(Uuid, i64)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT r.organisation_id, CAST(COUNT(DISTINCT r.event_id) AS BIGINT) FROM registrations r \
         JOIN events e ON e.cluster_id = r.cluster_id AND e.id = r.event_id \
         WHERE r.cluster_id = $1 AND r.attendance = 'attended' AND e.starts_at >= $2 AND e.starts_at < $3 \
         GROUP BY r.organisation_id")
        .bind(scope.cluster_id()).bind(start).bind(end).fetch_all(pool).await)?;
    let groups: Vec<(Uuid, i64)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT c.organisation_id, CAST(COUNT(DISTINCT m.group_id) AS BIGINT) FROM working_group_members m \
         JOIN contacts c ON c.cluster_id = m.cluster_id AND c.id = m.contact_id \
         WHERE m.cluster_id = $1 AND m.joined_on < $3 AND (m.left_on IS NULL OR m.left_on >= $2) \
         GROUP BY c.organisation_id")
        .bind(scope.cluster_id()).bind(from).bind(to).fetch_all(pool).await)?;
    // A project counts in the periods it runs in (funded, running or completed: a proposal is not
    // yet taking part), by its dates or, without a start, while it runs; an observer does not
    // take part.
    let projects: Vec<(Uuid, i64)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT pp.organisation_id, CAST(COUNT(DISTINCT pp.project_id) AS BIGINT) FROM project_participants pp \
         JOIN projects p ON p.cluster_id = pp.cluster_id AND p.id = pp.project_id \
         WHERE pp.cluster_id = $1 AND pp.organisation_id IS NOT NULL AND pp.role <> 'observer' \
         AND p.stage IN ('funded', 'running', 'completed') \
         AND ((p.starts_on IS NOT NULL AND p.starts_on < $3 AND (p.ends_on IS NULL OR p.ends_on >= $2)) \
              OR (p.starts_on IS NULL AND p.stage = 'running')) \
         GROUP BY pp.organisation_id")
        .bind(scope.cluster_id()).bind(from).bind(to).fetch_all(pool).await)?;
    let services: Vec<(Uuid, i64)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT organisation_id, CAST(COUNT(*) AS BIGINT) FROM service_deliveries \
         WHERE cluster_id = $1 AND delivered_on >= $2 AND delivered_on < $3 GROUP BY organisation_id")
        .bind(scope.cluster_id()).bind(from).bind(to).fetch_all(pool).await)?;
    let surveys: Vec<(Uuid, i64)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT i.organisation_id, CAST(COUNT(*) AS BIGINT) FROM survey_invitations i \
         JOIN survey_campaigns c ON c.cluster_id = i.cluster_id AND c.id = i.campaign_id \
         WHERE i.cluster_id = $1 AND i.answered AND c.closes_on >= $2 AND c.closes_on < $3 GROUP BY i.organisation_id")
        .bind(scope.cluster_id()).bind(from).bind(to).fetch_all(pool).await)?;
    let mut all: std::collections::HashMap<Uuid, Participation> = std::collections::HashMap::new();
    for (o, n) in surveys {
        all.entry(o).or_default().surveys = n;
    }
    for (o, n) in projects {
        all.entry(o).or_default().projects = n;
    }
    for (o, n) in services {
        all.entry(o).or_default().services = n;
    }
    for (o, n) in attended {
        all.entry(o).or_default().events_attended = n;
    }
    for (o, n) in groups {
        all.entry(o).or_default().working_groups = n;
    }
    Ok(all)
}

/// The cluster's rule for an active member.
pub async fn active_rule(db: &Db, scope: &ClusterScope) -> Result<domain::group::ActiveRule, StoreError> {
    let (min_activities, min_projects, grace_months, counts): (i64, i64, i64, String) = dispatch!(db, pool => sqlx::query_as(
        "SELECT active_min_activities, active_min_projects, engagement_grace_months, engagement_counts \
         FROM clusters WHERE id = $1")
        .bind(scope.cluster_id()).fetch_one(pool).await)?;
    let counts = domain::group::ActiveRule::parse_counts(&counts).map_err(StoreError::Corrupt)?;
    Ok(domain::group::ActiveRule { min_activities, min_projects, grace_months, counts })
}

pub async fn set_active_rule(
    db: &Db,
    scope: &ClusterScope,
    rule: &domain::group::ActiveRule,
) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query(
        "UPDATE clusters SET active_min_activities = $2, active_min_projects = $3, engagement_grace_months = $4, \
         engagement_counts = $5 WHERE id = $1")
        .bind(scope.cluster_id()).bind(rule.min_activities).bind(rule.min_projects).bind(rule.grace_months)
        .bind(rule.counts_code()).execute(pool).await.map(|_| ()))?;
    Ok(())
}

/// Records many ratings in one transaction (the demo): registration, rating, comment.
pub async fn insert_feedback_many(
    db: &Db,
    scope: &ClusterScope,
    all: &[(Uuid, i64, String)],
) -> Result<(), StoreError> {
    let at = now();
    let mut unit = db.begin().await?;
    within!(&mut unit, tx => {
        for chunk in all.chunks(2000) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO event_feedback (cluster_id, registration_id, rating, comment, given_at) ",
            );
            qb.push_values(chunk, |mut b, (registration, rating, comment)| {
                b.push_bind(scope.cluster_id()).push_bind(*registration).push_bind(*rating)
                    .push_bind(comment.clone()).push_bind(at);
            });
            qb.build().execute(&mut *tx).await?;
        }
    });
    unit.commit().await?;
    Ok(())
}
