//! Events: set up by the team, registered for by anyone without an account (see
//! [`crate::registration`]), with a waiting list that moves up when a seat frees, personal links
//! to cancel, check-in, and calendars.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDateTime};
use domain::event::{Attendance, EventFields};
use domain::id::Uuid;
use store::event::{Event, Registration};

use crate::auth::{Allows, Edit, InCluster, Manage, Read, Visitor};
use crate::{App, ClusterScope, Error};

pub async fn create(
    app: &App,
    scope: &impl Allows<Edit>,
    fields: &EventFields,
    series_id: Option<Uuid>,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    store::event::insert_event(&app.db, scope, fields, series_id).await?.ok_or(Error::NotFound("event series"))
}

pub async fn update(app: &App, scope: &impl Allows<Edit>, id: Uuid, fields: &EventFields) -> Result<(), Error> {
    let scope = scope.checked()?;
    if !store::event::update_event(&app.db, scope, id, fields).await? {
        return Err(Error::NotFound("event"));
    }
    Ok(())
}

/// Cancels an event: it stays listed, marked cancelled, and calendars that hold it are told.
pub async fn cancel(app: &App, scope: &impl Allows<Edit>, id: Uuid) -> Result<(), Error> {
    let scope = scope.checked()?;
    get(app, scope, id).await?;
    if !store::event::cancel_event(&app.db, scope, id).await? {
        return Err(Error::BadRequest("the event is cancelled already".into()));
    }
    Ok(())
}

pub async fn get(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<Event, Error> {
    let scope = scope.checked()?;
    find(app, scope, id).await
}

pub(crate) async fn find(app: &App, scope: &ClusterScope, id: Uuid) -> Result<Event, Error> {
    store::event::get(&app.db, scope, id).await?.ok_or(Error::NotFound("event"))
}

/// An event as its public page shows it to a visitor.
pub async fn for_visitors(app: &App, visitor: &Visitor, id: Uuid) -> Result<Event, Error> {
    find(app, visitor.scope(), id).await
}

/// The events that end on or after `from`, by start.
pub async fn list(app: &App, scope: &impl Allows<Read>, from: NaiveDateTime) -> Result<Vec<Event>, Error> {
    let scope = scope.checked()?;
    Ok(store::event::list(&app.db, scope, from).await?)
}

/// The events that are not over yet in the cluster's local time, by start.
pub async fn upcoming(app: &App, scope: &impl Allows<Read>) -> Result<Vec<Event>, Error> {
    let scope = scope.checked()?;
    list(app, scope, app.local_now(scope)).await
}

/// The events that are over in the cluster's local time, the latest first; at most `limit`.
pub async fn past(app: &App, scope: &impl Allows<Read>, limit: i64) -> Result<Vec<Event>, Error> {
    let scope = scope.checked()?;
    Ok(store::event::past(&app.db, scope, app.local_now(scope), limit).await?)
}

/// Whether an event is over in the cluster's local time: no more registrations, feedback opens.
pub fn is_over(app: &App, scope: &impl InCluster, event: &Event) -> bool {
    event.fields.ends_at < app.local_now(scope)
}

pub async fn create_series(
    app: &App,
    scope: &impl Allows<Edit>,
    title: &str,
    description: &str,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let title = domain::validation::required_text(Some(title), 200).map_err(|e| domain::Invalid::one("title", e))?;
    Ok(store::event::insert_series(&app.db, scope, &title, description).await?)
}

pub async fn series(app: &App, scope: &impl Allows<Read>) -> Result<Vec<store::event::Series>, Error> {
    let scope = scope.checked()?;
    Ok(store::event::series(&app.db, scope).await?)
}

/// A series with its dated sessions, by start.
pub async fn series_with_events(
    app: &App,
    scope: &impl Allows<Read>,
    id: Uuid,
) -> Result<(store::event::Series, Vec<Event>), Error> {
    let scope = scope.checked()?;
    let series = store::event::series(&app.db, scope)
        .await?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or(Error::NotFound("series"))?;
    Ok((series, store::event::of_series(&app.db, scope, id).await?))
}

/// Puts an event in a series of the cluster, or takes it out.
pub async fn set_series(app: &App, scope: &impl Allows<Edit>, event: Uuid, series: Option<Uuid>) -> Result<(), Error> {
    let scope = scope.checked()?;
    get(app, scope, event).await?;
    if let Some(s) = series {
        series_with_events(app, scope, s).await?;
    }
    store::event::set_series(&app.db, scope, event, series).await?;
    Ok(())
}

pub async fn registrations(app: &App, scope: &impl Allows<Read>, event_id: Uuid) -> Result<Vec<Registration>, Error> {
    let scope = scope.checked()?;
    get(app, scope, event_id).await?;
    Ok(store::event::registrations_of(&app.db, scope, event_id).await?)
}

/// The event's page for visitors.
pub fn public_path(scope: &impl InCluster, event_id: Uuid) -> String {
    format!("/events/{}/{event_id}", scope.cluster().slug)
}

/// A registration's personal link.
pub fn personal_path(scope: &impl InCluster, token: &str) -> String {
    format!("/events/{}/registrations/{token}", scope.cluster().slug)
}

pub(crate) fn when(event: &Event) -> String {
    let f = &event.fields;
    format!("{} {}–{}", f.starts_at.format("%A %-d %B %Y"), f.starts_at.format("%H:%M"), f.ends_at.format("%H:%M"))
}

/// A registration seen through its personal link: with what the visitor typed when it came from
/// a public page, which is all the link shows of the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonalView {
    pub registration: Registration,
    pub event: Event,
    pub typed: Option<domain::event::RegistrationRequest>,
}

pub async fn by_token(app: &App, visitor: &Visitor, token: &str) -> Result<PersonalView, Error> {
    let scope = visitor.scope();
    let registration = store::event::registration_by_token(&app.db, scope, &crate::auth::secret_hash(token))
        .await?
        .ok_or(Error::NotFound("registration"))?;
    let event = find(app, scope, registration.event_id).await?;
    let typed = store::event::request_of_registration(&app.db, scope, registration.id).await?;
    Ok(PersonalView { registration, event, typed })
}

/// Cancels the registration of a personal link; the first on the waiting list takes the seat and
/// is told by email. Returns who was promoted, if anyone.
pub async fn cancel_by_token(app: &App, visitor: &Visitor, token: &str) -> Result<Option<Uuid>, Error> {
    let scope = visitor.scope();
    let view = by_token(app, visitor, token).await?;
    if view.registration.is_cancelled() {
        return Err(Error::BadRequest("the registration is cancelled already".into()));
    }
    // One unit of work: the cancellation, the seat given to the next, their invoice and mail.
    let mut tx = app.begin().await?;
    let done = store::event::cancel_registration(&mut tx, scope, &crate::auth::secret_hash(token))
        .await?
        .ok_or(Error::NotFound("registration"))?;
    let mut queued = false;
    if let Some(promoted) = done.promoted {
        // Priced from the event as this unit sees it.
        let event = store::event::lock_and_get(&mut tx, scope, view.event.id).await?.ok_or(Error::NotFound("event"))?;
        let all = store::event::registrations_of(&mut tx, scope, event.id).await?;
        if let Some(r) = all.iter().find(|r| r.id == promoted) {
            let member = crate::registration::is_member(app, &mut tx, scope, r.organisation_id).await?;
            crate::registration::invoice_registration(app, &mut tx, scope, &event, r.id, r.organisation_id, member)
                .await?;
            if let (Some(mail), Some(email)) = (&app.mail, &r.email) {
                let message = mail.to_one(
                    email,
                    format!("A seat is yours: {}", event.fields.title),
                    format!(
                        "Hello {},\n\na seat freed up and it is yours: you are registered for {}, {}.\n\n{}\n",
                        r.first_name,
                        event.fields.title,
                        when(&event),
                        scope.cluster().name
                    ),
                );
                crate::mail::queue(app, &mut tx, scope, crate::mail::Purpose::Registration, &message).await?;
                queued = true;
            }
        }
    }
    tx.commit().await?;
    if queued {
        app.mail_queued();
    }
    Ok(done.promoted)
}

/// One registration of the cluster.
pub async fn registration(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<Registration, Error> {
    let scope = scope.checked()?;
    store::event::registration(&app.db, scope, id).await?.ok_or(Error::NotFound("registration"))
}

/// Records at the door whether a registered person came; `None` clears it. Only a person with a
/// seat, from the event's start.
pub async fn check_in(
    app: &App,
    scope: &impl Allows<Edit>,
    registration_id: Uuid,
    attendance: Option<Attendance>,
) -> Result<(), Error> {
    let scope = scope.checked()?;
    let registration =
        store::event::registration(&app.db, scope, registration_id).await?.ok_or(Error::NotFound("registration"))?;
    let event = find(app, scope, registration.event_id).await?;
    if attendance.is_some() && !registration.may_record_attendance(event.has_started(app.local_now(scope))) {
        return Err(Error::BadRequest(if registration.holds_seat() {
            "the event has not begun: attendance is recorded at the door or afterwards".into()
        } else {
            "only a person with a seat can be checked in; give them a seat first".into()
        }));
    }
    if !store::event::set_attendance(&app.db, scope, registration_id, attendance).await? {
        return Err(Error::NotFound("registration"));
    }
    Ok(())
}

/// One event as an `.ics` file.
pub async fn ics(app: &App, scope: &impl Allows<Read>, id: Uuid, link_base: &str) -> Result<String, Error> {
    let scope = scope.checked()?;
    let event = get(app, scope, id).await?;
    let url = format!("{link_base}{}", public_path(scope, id));
    let this_year = app.today(scope).year();
    Ok(crate::calendar::calendar(&event.fields.title, App::zone(scope), this_year, &[(&event, Some(url))]))
}

/// The secret address of the cluster's calendar feed (made on first use).
pub async fn feed_path(app: &App, scope: &impl Allows<Read>) -> Result<String, Error> {
    let scope = scope.checked()?;
    let token = store::event::calendar_token(&app.db, scope, &crate::auth::random_hex(20)).await?;
    Ok(format!("/calendar/{}/{token}.ics", scope.cluster().slug))
}

/// Gives the cluster's calendar feed a new secret address, for when the old one went where it
/// should not: calendars subscribed to the old address stop receiving events. Returns the new
/// path.
pub async fn renew_feed_path(app: &App, scope: &impl Allows<Manage>) -> Result<String, Error> {
    let scope = scope.checked()?;
    let token = crate::auth::random_hex(20);
    store::event::replace_calendar_token(&app.db, scope, &token).await?;
    Ok(format!("/calendar/{}/{token}.ics", scope.cluster().slug))
}

/// The cluster's calendar feed: its events from a year back, cancelled ones marked. `None` when
/// the secret is not the cluster's.
pub async fn feed(app: &App, visitor: &Visitor, secret: &str, link_base: &str) -> Result<Option<String>, Error> {
    let scope = visitor.scope();
    // A visitor never makes the secret: a cluster whose team has not asked for its feed has none.
    let Some(token) = store::event::calendar_secret(&app.db, scope).await? else {
        return Ok(None);
    };
    if !crate::auth::same_secret(&token, secret) {
        return Ok(None);
    }
    let local_now = app.local_now(scope);
    let events = store::event::list(&app.db, scope, local_now - Duration::days(366)).await?;
    let urls: HashMap<Uuid, String> =
        events.iter().map(|e| (e.id, format!("{link_base}{}", public_path(scope, e.id)))).collect();
    let with_urls: Vec<(&Event, Option<String>)> = events.iter().map(|e| (e, urls.get(&e.id).cloned())).collect();
    Ok(Some(crate::calendar::calendar(&scope.cluster().name, App::zone(scope), local_now.year(), &with_urls)))
}
