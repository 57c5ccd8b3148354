//! Events of one cluster with their agenda and series, and registrations with their waiting list
//! and attendance.

use chrono::{DateTime, NaiveDateTime, Utc};
use domain::event::{AgendaItem, Attendance, EventFields, EventFormat, EventKind, RegistrationStatus};
use domain::id::{Uuid, new_id};
use domain::language::Language;

use crate::db::{Source, Tx, dispatch, models, read_model, reading, within};
use crate::{ClusterScope, Db, StoreError, now};

pub use domain::event::{Event, Registration, RegistrationRequest, RequestState, Series};

#[derive(sqlx::FromRow)]
struct EventRow {
    id: Uuid,
    series_id: Option<Uuid>,
    working_group_id: Option<Uuid>,
    title: String,
    kind: String,
    format: String,
    place: Option<String>,
    link: Option<String>,
    capacity: Option<i64>,
    member_price_minor: i64,
    non_member_price_minor: i64,
    tax_rate_basis_points: i64,
    starts_at: NaiveDateTime,
    ends_at: NaiveDateTime,
    description: String,
    agenda: String,
    sequence: i64,
    cancelled_at: Option<DateTime<Utc>>,
    updated_at: DateTime<Utc>,
    registered: i64,
    waitlisted: i64,
}

impl TryFrom<EventRow> for Event {
    type Error = StoreError;
    fn try_from(r: EventRow) -> Result<Self, StoreError> {
        let agenda: Vec<AgendaItem> =
            serde_json::from_str(&r.agenda).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        Ok(Event {
            id: r.id,
            series_id: r.series_id,
            working_group_id: r.working_group_id,
            fields: EventFields {
                title: r.title,
                kind: EventKind::parse(&r.kind).map_err(StoreError::Corrupt)?,
                format: EventFormat::parse(&r.format).map_err(StoreError::Corrupt)?,
                place: r.place,
                link: r.link,
                capacity: r.capacity,
                member_price: r.member_price_minor,
                non_member_price: r.non_member_price_minor,
                tax_rate_basis_points: r.tax_rate_basis_points,
                starts_at: r.starts_at,
                ends_at: r.ends_at,
                description: r.description,
                agenda,
            },
            sequence: r.sequence,
            cancelled_at: r.cancelled_at,
            updated_at: r.updated_at,
            registered: r.registered,
            waitlisted: r.waitlisted,
        })
    }
}

const EVENT_SELECT: &str = "SELECT e.id, e.series_id, e.working_group_id, e.title, e.kind, e.format, e.place, e.link, e.capacity, \
     e.member_price_minor, e.non_member_price_minor, e.tax_rate_basis_points, e.starts_at, e.ends_at, e.description, e.agenda, e.sequence, \
     e.cancelled_at, e.updated_at, \
     CAST((SELECT COUNT(*) FROM registrations r WHERE r.cluster_id = e.cluster_id AND r.event_id = e.id \
     AND r.status = 'registered') AS BIGINT) AS registered, \
     CAST((SELECT COUNT(*) FROM registrations r WHERE r.cluster_id = e.cluster_id AND r.event_id = e.id \
     AND r.status = 'waitlisted') AS BIGINT) AS waitlisted FROM events e";

fn agenda_json(f: &EventFields) -> String {
    serde_json::to_string(&f.agenda).expect("serialisable agenda")
}

pub async fn insert_series(db: &Db, scope: &ClusterScope, title: &str, description: &str) -> Result<Uuid, StoreError> {
    let id = new_id();
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO event_series (cluster_id, id, title, description, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(scope.cluster_id()).bind(id).bind(title).bind(description).bind(now())
        .execute(pool).await.map(|_| ()))?;
    Ok(id)
}

read_model!(SeriesRow => Series { id: Uuid, title: String, description: String });

pub async fn series(db: &Db, scope: &ClusterScope) -> Result<Vec<Series>, StoreError> {
    let rows: Vec<SeriesRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, title, description FROM event_series WHERE cluster_id = $1 ORDER BY title, id")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(crate::by_name(scope, models(rows)?, |s: &Series| &s.title))
}

/// The events of a series, by start.
pub async fn of_series(db: &Db, scope: &ClusterScope, series: Uuid) -> Result<Vec<Event>, StoreError> {
    let sql = format!("{EVENT_SELECT} WHERE e.cluster_id = $1 AND e.series_id = $2 ORDER BY e.starts_at, e.id");
    let rows: Vec<EventRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(series).fetch_all(pool).await)?;
    rows.into_iter().map(Event::try_from).collect()
}

/// Puts an event in a series (or in none); false when the cluster has no such event.
pub async fn set_series(db: &Db, scope: &ClusterScope, event: Uuid, series: Option<Uuid>) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE events SET series_id = $3, sequence = sequence + 1, updated_at = $4 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(event).bind(series).bind(now()).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Records an event (in a series, if given); `None` when the cluster has no such series.
pub async fn insert_event(
    db: &Db,
    scope: &ClusterScope,
    f: &EventFields,
    series_id: Option<Uuid>,
) -> Result<Option<Uuid>, StoreError> {
    let id = new_id();
    let at = now();
    let written = dispatch!(db, pool => sqlx::query(
        "INSERT INTO events (cluster_id, id, series_id, title, kind, format, place, link, capacity, member_price_minor, \
         non_member_price_minor, starts_at, ends_at, description, agenda, sequence, created_at, updated_at, \
         tax_rate_basis_points) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 0, $16, $16, $17)")
        .bind(scope.cluster_id()).bind(id).bind(series_id).bind(&f.title).bind(f.kind.code()).bind(f.format.code())
        .bind(&f.place).bind(&f.link).bind(f.capacity).bind(f.member_price).bind(f.non_member_price)
        .bind(f.starts_at).bind(f.ends_at).bind(&f.description).bind(agenda_json(f)).bind(at)
        .bind(f.tax_rate_basis_points).execute(pool).await.map(|_| ()));
    match written {
        Ok(()) => Ok(Some(id)),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Replaces an event's fields and raises its sequence; false when the cluster has no such event.
pub async fn update_event(tx: &mut Tx, scope: &ClusterScope, id: Uuid, f: &EventFields) -> Result<bool, StoreError> {
    let n = within!(tx, pool => sqlx::query(
        "UPDATE events SET title = $3, kind = $4, format = $5, place = $6, link = $7, capacity = $8, \
         member_price_minor = $9, non_member_price_minor = $10, starts_at = $11, ends_at = $12, description = $13, \
         agenda = $14, sequence = sequence + 1, updated_at = $15, tax_rate_basis_points = $16 \
         WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(&f.title).bind(f.kind.code()).bind(f.format.code())
        .bind(&f.place).bind(&f.link).bind(f.capacity).bind(f.member_price).bind(f.non_member_price)
        .bind(f.starts_at).bind(f.ends_at).bind(&f.description).bind(agenda_json(f)).bind(now())
        .bind(f.tax_rate_basis_points).execute(&mut *pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Cancels an event (it stays, marked cancelled, so calendars learn of it); false when the
/// cluster has no such event or it is cancelled already.
pub async fn cancel_event(tx: &mut Tx, scope: &ClusterScope, id: Uuid) -> Result<bool, StoreError> {
    let at = now();
    let n = within!(tx, pool => sqlx::query(
        "UPDATE events SET cancelled_at = $3, sequence = sequence + 1, updated_at = $3 \
         WHERE cluster_id = $1 AND id = $2 AND cancelled_at IS NULL")
        .bind(scope.cluster_id()).bind(id).bind(at).execute(&mut *pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

pub async fn get(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<Event>, StoreError> {
    let sql = format!("{EVENT_SELECT} WHERE e.cluster_id = $1 AND e.id = $2");
    let row: Option<EventRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    row.map(Event::try_from).transpose()
}

/// The cluster's events that end on or after `from`, by start.
pub async fn list(db: &Db, scope: &ClusterScope, from: NaiveDateTime) -> Result<Vec<Event>, StoreError> {
    let sql = format!("{EVENT_SELECT} WHERE e.cluster_id = $1 AND e.ends_at >= $2 ORDER BY e.starts_at, e.id");
    let rows: Vec<EventRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(from).fetch_all(pool).await)?;
    rows.into_iter().map(Event::try_from).collect()
}

/// The events that ended before `before`, the latest first; at most `limit`.
pub async fn past(db: &Db, scope: &ClusterScope, before: NaiveDateTime, limit: i64) -> Result<Vec<Event>, StoreError> {
    let sql = format!(
        "{EVENT_SELECT} WHERE e.cluster_id = $1 AND e.ends_at < $2 ORDER BY e.starts_at DESC, e.id DESC LIMIT $3"
    );
    let rows: Vec<EventRow> = dispatch!(db, pool => sqlx::query_as(&sql)
        .bind(scope.cluster_id()).bind(before).bind(limit).fetch_all(pool).await)?;
    rows.into_iter().map(Event::try_from).collect()
}

/// A registration to record: who, for which organisation, and the hash of the personal link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRegistration {
    pub event_id: Uuid,
    pub contact_id: Uuid,
    pub organisation_id: Uuid,
    pub token_hash: String,
    pub needs_review: bool,
    /// The language the registration was asked for in (a visitor's request); `None` for one the
    /// team made, whose mail follows the person's language.
    pub language: Option<Language>,
}

/// What a registration came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Registered {
    New {
        id: Uuid,
        status: RegistrationStatus,
    },
    /// The person holds a registration already (not cancelled): it stands as it was.
    Already {
        id: Uuid,
        status: RegistrationStatus,
    },
    /// The event is cancelled, or over.
    Closed,
}

/// Locks the event's row inside the unit of work (PostgreSQL locks the row it updates; SQLite
/// write transactions are exclusive), so that two registrations for the last seat are counted one
/// after the other. Returns the capacity, whether the event is cancelled, and its end.
async fn lock_event(
    tx: &mut Tx,
    scope: &ClusterScope,
    event: Uuid,
) -> Result<Option<(Option<i64>, Option<DateTime<Utc>>, NaiveDateTime)>, StoreError> {
    let row = within!(tx, c => sqlx::query_as(
        "UPDATE events SET sequence = sequence WHERE cluster_id = $1 AND id = $2 \
         RETURNING capacity, cancelled_at, ends_at")
        .bind(scope.cluster_id()).bind(event).fetch_optional(&mut *c).await)?;
    Ok(row)
}

/// Locks the event for a registration's unit of work before anything else of it is read: two
/// registrations of one event then take turns, and the second finds the contact (and the
/// organisation) the first created. Returns whether the event takes registrations at `local_now`
/// (not cancelled, not over); `None` when the cluster has no such event.
pub async fn lock_for_registration(
    tx: &mut Tx,
    scope: &ClusterScope,
    event: Uuid,
    local_now: NaiveDateTime,
) -> Result<Option<bool>, StoreError> {
    Ok(lock_event(tx, scope, event).await?.map(|(_, cancelled, ends_at)| cancelled.is_none() && ends_at >= local_now))
}

/// How many seats of the event are taken, inside the unit of work.
async fn seats_taken(tx: &mut Tx, scope: &ClusterScope, event: Uuid) -> Result<i64, StoreError> {
    let (taken,): (i64,) = within!(tx, c => sqlx::query_as(
        "SELECT COUNT(*) FROM registrations WHERE cluster_id = $1 AND event_id = $2 AND status = 'registered'")
        .bind(scope.cluster_id()).bind(event).fetch_one(&mut *c).await)?;
    Ok(taken)
}

/// Registers a person for an event inside the unit of work: a seat while one is free, else the
/// waiting list (the rule of [`domain::event::status_for_new`], counted on the locked event).
/// `None` when the cluster has no such event.
pub async fn register(
    tx: &mut Tx,
    scope: &ClusterScope,
    new: &NewRegistration,
    local_now: NaiveDateTime,
) -> Result<Option<Registered>, StoreError> {
    let capacity = match lock_event(tx, scope, new.event_id).await? {
        None => return Ok(None),
        Some((_, cancelled, ends_at)) if cancelled.is_some() || ends_at < local_now => {
            return Ok(Some(Registered::Closed));
        }
        Some((capacity, _, _)) => capacity,
    };
    let existing: Option<(Uuid, String)> = within!(tx, c => sqlx::query_as(
        "SELECT id, status FROM registrations WHERE cluster_id = $1 AND event_id = $2 AND contact_id = $3 \
         AND status <> 'cancelled'")
        .bind(scope.cluster_id()).bind(new.event_id).bind(new.contact_id).fetch_optional(&mut *c).await)?;
    if let Some((id, status)) = existing {
        let status = RegistrationStatus::parse(&status).map_err(StoreError::Corrupt)?;
        return Ok(Some(Registered::Already { id, status }));
    }
    let taken = seats_taken(tx, scope, new.event_id).await?;
    let status = domain::event::status_for_new(capacity, taken);
    let id = new_id();
    let at = now();
    within!(tx, c => sqlx::query(
        "INSERT INTO registrations (cluster_id, id, event_id, contact_id, organisation_id, status, \
         token_hash, needs_review, created_at, updated_at, language) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10)")
        .bind(scope.cluster_id()).bind(id).bind(new.event_id).bind(new.contact_id)
        .bind(new.organisation_id).bind(status.code()).bind(&new.token_hash).bind(new.needs_review)
        .bind(at).bind(new.language.map(Language::code)).execute(&mut *c).await.map(|_| ()))?;
    Ok(Some(Registered::New { id, status }))
}

read_model!(RegistrationRow => Registration {
    id: Uuid,
    event_id: Uuid,
    contact_id: Uuid,
    organisation_id: Uuid,
    status: String as RegistrationStatus::parse,
    attendance: Option<String> as Attendance::parse,
    needs_review: bool,
    invoice_id: Option<Uuid>,
    created_at: DateTime<Utc>,
    first_name: String,
    last_name: String,
    email: Option<String>,
    organisation: String,
    language: Option<String> as Language::parse,
});

const REGISTRATION_SELECT: &str = "SELECT r.id, r.event_id, r.contact_id, r.organisation_id, r.status, r.attendance, \
     r.needs_review, r.invoice_id, r.created_at, c.first_name, c.last_name, c.email, o.name AS organisation, \
     COALESCE(r.language, c.language, \
       (SELECT w.language FROM organisations w WHERE w.cluster_id = c.cluster_id AND w.id = c.organisation_id)) \
       AS language \
     FROM registrations r JOIN contacts c ON c.cluster_id = r.cluster_id AND c.id = r.contact_id \
     JOIN organisations o ON o.cluster_id = r.cluster_id AND o.id = r.organisation_id";

/// An event's registrations, in the order they came (which is the waiting list's order).
pub async fn registrations_of(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    event_id: Uuid,
) -> Result<Vec<Registration>, StoreError> {
    let sql = format!("{REGISTRATION_SELECT} WHERE r.cluster_id = $1 AND r.event_id = $2 ORDER BY r.created_at, r.id");
    let rows: Vec<RegistrationRow> = reading!(source.into(), pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(event_id).fetch_all(pool).await)?;
    models(rows)
}

/// The cluster's registration with this id.
pub async fn registration(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    id: Uuid,
) -> Result<Option<Registration>, StoreError> {
    let sql = format!("{REGISTRATION_SELECT} WHERE r.cluster_id = $1 AND r.id = $2");
    let row: Option<RegistrationRow> = reading!(source.into(), pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    row.map(Registration::try_from).transpose()
}

pub async fn registration_by_token(
    db: &Db,
    scope: &ClusterScope,
    token_hash: &str,
) -> Result<Option<Registration>, StoreError> {
    let sql = format!("{REGISTRATION_SELECT} WHERE r.cluster_id = $1 AND r.token_hash = $2");
    let row: Option<RegistrationRow> = dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(token_hash).fetch_optional(pool).await)?;
    row.map(Registration::try_from).transpose()
}

/// A cancellation: the registration cancelled, and the event it was for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cancelled {
    pub registration_id: Uuid,
    pub event_id: Uuid,
    pub was: RegistrationStatus,
}

/// The registration of a personal link, inside the unit of work.
pub async fn registration_id_by_token(
    tx: &mut Tx,
    scope: &ClusterScope,
    token_hash: &str,
) -> Result<Option<Uuid>, StoreError> {
    let found: Option<(Uuid,)> = within!(tx, c => sqlx::query_as(
        "SELECT id FROM registrations WHERE cluster_id = $1 AND token_hash = $2")
        .bind(scope.cluster_id()).bind(token_hash).fetch_optional(&mut *c).await)?;
    Ok(found.map(|(id,)| id))
}

/// Cancels a registration inside the unit of work, its event locked first; the seat it frees is
/// given by [`fill_free_seats`]. `None` when the cluster has no such registration.
pub async fn cancel_registration(tx: &mut Tx, scope: &ClusterScope, id: Uuid) -> Result<Option<Cancelled>, StoreError> {
    let event: Option<(Uuid,)> = within!(tx, c => sqlx::query_as(
        "SELECT event_id FROM registrations WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).fetch_optional(&mut *c).await)?;
    let Some((event_id,)) = event else { return Ok(None) };
    // The status is read once the event is locked: two cancellations at once take turns, and
    // the second finds the registration cancelled.
    lock_event(tx, scope, event_id).await?;
    let (status,): (String,) = within!(tx, c => sqlx::query_as(
        "SELECT status FROM registrations WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).fetch_one(&mut *c).await)?;
    let was = RegistrationStatus::parse(&status).map_err(StoreError::Corrupt)?;
    if was != RegistrationStatus::Cancelled {
        within!(tx, c => sqlx::query(
            "UPDATE registrations SET status = 'cancelled', updated_at = $3 WHERE cluster_id = $1 AND id = $2")
            .bind(scope.cluster_id()).bind(id).bind(now()).execute(&mut *c).await.map(|_| ()))?;
    }
    Ok(Some(Cancelled { registration_id: id, event_id, was }))
}

/// Gives every free seat of the event to those who wait, first come first served, inside the
/// unit of work (the event locked): after a cancellation, a higher capacity, a registration the
/// team removed. Nothing moves on a cancelled event, or one over at `local_now` (the cluster's
/// time). Returns who moved up, in order.
pub async fn fill_free_seats(
    tx: &mut Tx,
    scope: &ClusterScope,
    event: Uuid,
    local_now: NaiveDateTime,
) -> Result<Vec<Uuid>, StoreError> {
    let Some((capacity, cancelled, ends_at)) = lock_event(tx, scope, event).await? else { return Ok(Vec::new()) };
    if cancelled.is_some() || ends_at < local_now {
        return Ok(Vec::new());
    }
    let taken = seats_taken(tx, scope, event).await?;
    // At most as many as an event may seat, so that the bound fits any database's LIMIT.
    let free = domain::event::free_seats(capacity, taken).min(100_000);
    if free == 0 {
        return Ok(Vec::new());
    }
    let next: Vec<(Uuid,)> = within!(tx, c => sqlx::query_as(
        "SELECT id FROM registrations WHERE cluster_id = $1 AND event_id = $2 AND status = 'waitlisted' \
         ORDER BY created_at, id LIMIT $3")
        .bind(scope.cluster_id()).bind(event).bind(free).fetch_all(&mut *c).await)?;
    let at = now();
    for (id,) in &next {
        within!(tx, c => sqlx::query(
            "UPDATE registrations SET status = 'registered', updated_at = $3 WHERE cluster_id = $1 AND id = $2")
            .bind(scope.cluster_id()).bind(*id).bind(at).execute(&mut *c).await.map(|_| ()))?;
    }
    Ok(next.into_iter().map(|(id,)| id).collect())
}

/// Gives the waiting registration `id` a seat, full or not (the team decides); answers its event,
/// or `None` when the cluster has no such registration on the waiting list. The event's row is
/// locked first, as every change of its seats does.
pub async fn seat(tx: &mut Tx, scope: &ClusterScope, id: Uuid) -> Result<Option<Uuid>, StoreError> {
    let event: Option<(Uuid,)> = within!(tx, c => sqlx::query_as(
        "SELECT event_id FROM registrations WHERE cluster_id = $1 AND id = $2 AND status = 'waitlisted'")
        .bind(scope.cluster_id()).bind(id).fetch_optional(&mut *c).await)?;
    let Some((event,)) = event else { return Ok(None) };
    lock_event(tx, scope, event).await?;
    let n = within!(tx, c => sqlx::query(
        "UPDATE registrations SET status = 'registered', updated_at = $3 \
         WHERE cluster_id = $1 AND id = $2 AND status = 'waitlisted'")
        .bind(scope.cluster_id()).bind(id).bind(now()).execute(&mut *c).await.map(|r| r.rows_affected()))?;
    Ok((n == 1).then_some(event))
}

/// Records whether a registered person came (or clears it); false when the cluster has no such
/// registration.
pub async fn set_attendance(
    db: &Db,
    scope: &ClusterScope,
    id: Uuid,
    attendance: Option<Attendance>,
) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE registrations SET attendance = $3, updated_at = $4 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(attendance.map(|a| a.code())).bind(now())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Links the invoice raised for a registration, inside the unit of work that raised it.
pub async fn set_invoice(
    tx: &mut Tx,
    scope: &ClusterScope,
    registration: Uuid,
    invoice: Uuid,
) -> Result<(), StoreError> {
    within!(tx, c => sqlx::query("UPDATE registrations SET invoice_id = $3 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(registration).bind(invoice).execute(&mut *c).await.map(|_| ()))?;
    Ok(())
}

/// The secret of the cluster's calendar feed, made from `fresh` if the cluster has none yet (the
/// team asks for it; a visitor only reads it, see [`calendar_secret`]).
pub async fn calendar_token(db: &Db, scope: &ClusterScope, fresh: &str) -> Result<String, StoreError> {
    dispatch!(db, pool => sqlx::query("UPDATE clusters SET calendar_token = $2 WHERE id = $1 AND calendar_token IS NULL")
        .bind(scope.cluster_id()).bind(fresh).execute(pool).await.map(|_| ()))?;
    calendar_secret(db, scope).await?.ok_or_else(|| StoreError::Corrupt("the calendar secret vanished".into()))
}

/// The secret of the cluster's calendar feed, if the team has made one.
pub async fn calendar_secret(db: &Db, scope: &ClusterScope) -> Result<Option<String>, StoreError> {
    let (token,): (Option<String>,) = dispatch!(db, pool => sqlx::query_as(
        "SELECT calendar_token FROM clusters WHERE id = $1").bind(scope.cluster_id()).fetch_one(pool).await)?;
    Ok(token)
}

/// Gives the cluster's calendar feed the secret `fresh`: the old address stops working.
pub async fn replace_calendar_token(db: &Db, scope: &ClusterScope, fresh: &str) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query("UPDATE clusters SET calendar_token = $2 WHERE id = $1")
        .bind(scope.cluster_id()).bind(fresh).execute(pool).await.map(|_| ()))?;
    Ok(())
}

/// A registration of the demo, recorded as it stands after the event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastRegistration {
    pub event_id: Uuid,
    pub contact_id: Uuid,
    pub organisation_id: Uuid,
    pub status: RegistrationStatus,
    pub attendance: Option<Attendance>,
    pub token_hash: String,
}

/// Records many registrations in one transaction (the demo).
pub async fn insert_registrations_many(
    db: &Db,
    scope: &ClusterScope,
    all: &[PastRegistration],
) -> Result<(), StoreError> {
    let at = now();
    let mut unit = db.begin().await?;
    within!(&mut unit, tx => {
        for chunk in all.chunks(2000) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO registrations (cluster_id, id, event_id, contact_id, organisation_id, status, attendance, \
                 token_hash, needs_review, created_at, updated_at) ",
            );
            qb.push_values(chunk, |mut b, r| {
                b.push_bind(scope.cluster_id()).push_bind(new_id()).push_bind(r.event_id).push_bind(r.contact_id)
                    .push_bind(r.organisation_id).push_bind(r.status.code()).push_bind(r.attendance.map(|a| a.code()))
                    .push_bind(r.token_hash.clone()).push_bind(false).push_bind(at).push_bind(at);
            });
            qb.build().execute(&mut *tx).await?;
        }
    });
    unit.commit().await?;
    Ok(())
}

/// A visitor's registration request to record.
#[derive(Debug, Clone)]
pub struct NewRequest {
    pub event_id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub organisation: String,
    pub wants_news: bool,
    pub privacy_notice_url: Option<String>,
    pub state: RequestState,
    pub token_hash: String,
    /// The language the visitor wrote the request in, when the form said.
    pub language: Option<Language>,
}

/// Records a visitor's request inside the unit of work; its legal basis is
/// [`domain::event::REGISTRATION_LEGAL_BASIS`].
pub async fn insert_request(tx: &mut Tx, scope: &ClusterScope, new: &NewRequest) -> Result<Uuid, StoreError> {
    let id = new_id();
    within!(tx, c => sqlx::query(
        "INSERT INTO registration_requests (cluster_id, id, event_id, first_name, last_name, email, email_key, \
         organisation, wants_news, legal_basis, privacy_notice_url, state, token_hash, created_at, language) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)")
        .bind(scope.cluster_id()).bind(id).bind(new.event_id).bind(&new.first_name).bind(&new.last_name)
        .bind(&new.email).bind(new.email.to_lowercase()).bind(&new.organisation).bind(new.wants_news)
        .bind(domain::event::REGISTRATION_LEGAL_BASIS).bind(&new.privacy_notice_url).bind(new.state.code())
        .bind(&new.token_hash).bind(now()).bind(new.language.map(Language::code)).execute(&mut *c).await.map(|_| ()))?;
    Ok(id)
}

read_model!(RequestRow => RegistrationRequest {
    id: Uuid,
    event_id: Uuid,
    first_name: String,
    last_name: String,
    email: String,
    organisation: String,
    wants_news: bool,
    state: String as RequestState::parse,
    registration_id: Option<Uuid>,
    created_at: DateTime<Utc>,
    known_organisation: Option<String>,
    language: Option<String> as Language::parse,
});

/// A request's columns, with the organisation of the first current contact of the cluster who
/// has its email (for the team deciding on it).
const REQUEST_SELECT: &str = "SELECT q.id, q.event_id, q.first_name, q.last_name, q.email, q.organisation, \
     q.wants_news, q.state, q.registration_id, q.created_at, \
     (SELECT o.name FROM contacts k JOIN organisations o ON o.cluster_id = k.cluster_id AND o.id = k.organisation_id \
      WHERE k.cluster_id = q.cluster_id AND k.email_key = q.email_key AND k.archived_at IS NULL \
      AND k.merged_into IS NULL \
      ORDER BY k.created_at, k.id LIMIT 1) AS known_organisation, q.language \
     FROM registration_requests q";

/// The request whose link carries the secret with this hash.
pub async fn request_by_token(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    token_hash: &str,
) -> Result<Option<RegistrationRequest>, StoreError> {
    let sql = format!("{REQUEST_SELECT} WHERE q.cluster_id = $1 AND q.token_hash = $2");
    let row: Option<RequestRow> = reading!(source.into(), pool =>
        sqlx::query_as(&sql).bind(scope.cluster_id()).bind(token_hash).fetch_optional(pool).await)?;
    row.map(RegistrationRequest::try_from).transpose()
}

/// The request, its row locked until the unit of work ends.
pub async fn lock_request(
    tx: &mut Tx,
    scope: &ClusterScope,
    id: Uuid,
) -> Result<Option<RegistrationRequest>, StoreError> {
    let sql = format!("{REQUEST_SELECT} WHERE q.cluster_id = $1 AND q.id = $2");
    let row: Option<RequestRow> = within!(tx, c => {
        sqlx::query("UPDATE registration_requests SET state = state WHERE cluster_id = $1 AND id = $2")
            .bind(scope.cluster_id()).bind(id).execute(&mut *c).await?;
        sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(&mut *c).await?
    });
    row.map(RegistrationRequest::try_from).transpose()
}

/// The requests of an event, oldest first.
pub async fn requests_of(
    db: &Db,
    scope: &ClusterScope,
    event_id: Uuid,
) -> Result<Vec<RegistrationRequest>, StoreError> {
    let sql = format!("{REQUEST_SELECT} WHERE q.cluster_id = $1 AND q.event_id = $2 ORDER BY q.created_at, q.id");
    let rows: Vec<RequestRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(event_id).fetch_all(pool).await)?;
    models(rows)
}

/// The requests from the public pages that wait for the team (held), oldest first, each with
/// the title of its event.
pub async fn held_requests(db: &Db, scope: &ClusterScope) -> Result<Vec<(RegistrationRequest, String)>, StoreError> {
    let sql = format!("{REQUEST_SELECT} WHERE q.cluster_id = $1 AND q.state = 'held' ORDER BY q.created_at, q.id");
    let rows: Vec<RequestRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(pool).await)?;
    let titles: Vec<(Uuid, String)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT e.id, e.title FROM events e WHERE e.cluster_id = $1 AND e.id IN \
         (SELECT q.event_id FROM registration_requests q WHERE q.cluster_id = $1 AND q.state = 'held')")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    let titles: std::collections::HashMap<Uuid, String> = titles.into_iter().collect();
    let requests: Vec<RegistrationRequest> = models(rows)?;
    Ok(requests
        .into_iter()
        .map(|r| {
            let title = titles.get(&r.event_id).cloned().unwrap_or_default();
            (r, title)
        })
        .collect())
}

/// The request a registration came from, if it came from one.
pub async fn request_of_registration(
    db: &Db,
    scope: &ClusterScope,
    registration_id: Uuid,
) -> Result<Option<RegistrationRequest>, StoreError> {
    let sql = format!(
        "{REQUEST_SELECT} WHERE q.cluster_id = $1 AND q.registration_id = $2 ORDER BY q.created_at, q.id LIMIT 1"
    );
    let row: Option<RequestRow> = dispatch!(db, pool =>
        sqlx::query_as(&sql).bind(scope.cluster_id()).bind(registration_id).fetch_optional(pool).await)?;
    row.map(RegistrationRequest::try_from).transpose()
}

/// Records what became of a request: confirmed or accepted (into `registration`), or declined.
pub async fn decide_request(
    tx: &mut Tx,
    scope: &ClusterScope,
    id: Uuid,
    state: RequestState,
    registration: Option<Uuid>,
    by: &str,
) -> Result<(), StoreError> {
    within!(tx, c => sqlx::query(
        "UPDATE registration_requests SET state = $3, registration_id = $4, decided_at = $5, decided_by = $6 \
         WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(state.code()).bind(registration).bind(now()).bind(by)
        .execute(&mut *c).await.map(|_| ()))?;
    Ok(())
}

/// The event as the unit of work sees it, locked (see [`lock_for_registration`]).
pub async fn lock_and_get(tx: &mut Tx, scope: &ClusterScope, id: Uuid) -> Result<Option<Event>, StoreError> {
    if lock_event(tx, scope, id).await?.is_none() {
        return Ok(None);
    }
    let sql = format!("{EVENT_SELECT} WHERE e.cluster_id = $1 AND e.id = $2");
    let row: Option<EventRow> =
        within!(tx, c => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(&mut *c).await)?;
    row.map(Event::try_from).transpose()
}
