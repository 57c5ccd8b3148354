//! Events: set up by the team, registered for by anyone without an account (matched to the
//! contacts and organisations there are), with a waiting list that moves up when a seat frees,
//! personal links to cancel, check-in, and calendars.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDateTime};
use domain::event::{Attendance, EventFields, RegistrationStatus};
use domain::id::Uuid;
use domain::validation::Collector;
use store::event::{Event, Registered, Registration};

use crate::auth::{Allows, Edit, InCluster, Manage, Read, Visitor};
use crate::mail::{MailAttachment, OutgoingMail};
use crate::{App, ClusterScope, Error};

/// The tag put on an organisation that a registration created, for the team to review.
pub const REVIEW_TAG: &str = "To review: registered for an event";

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

async fn find(app: &App, scope: &ClusterScope, id: Uuid) -> Result<Event, Error> {
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

/// A registration as a visitor types it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationInput {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
    pub organisation: Option<String>,
}

/// What a registration came to, for the page that answers the visitor.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationOutcome {
    pub registration_id: Uuid,
    pub status: RegistrationStatus,
    /// The person was registered before: nothing new was recorded.
    pub already: bool,
    /// The secret of the personal link (cancel, feedback); none when registered before.
    pub token: Option<String>,
    /// The invoice of a paid event.
    pub invoice_number: Option<String>,
    /// Whether a confirmation is on its way by email (queued with the registration; the sent log
    /// shows when it leaves).
    pub mailed: bool,
}

struct Person {
    first_name: String,
    last_name: String,
    email: String,
    organisation: String,
}

fn parse_person(input: &RegistrationInput) -> Result<Person, domain::Invalid> {
    let mut c = Collector::new();
    let first_name = c.take("first_name", domain::validation::required_text(input.first_name.as_deref(), 100));
    let last_name = c.take("last_name", domain::validation::required_text(input.last_name.as_deref(), 100));
    let email = c.take("email", domain::validation::required_text(input.email.as_deref(), 254));
    if let Some(e) = &email
        && e.parse::<lettre::Address>().is_err()
    {
        c.push("email", "is not an email address");
    }
    let organisation = c.take("organisation", domain::validation::required_text(input.organisation.as_deref(), 200));
    let person = (|| {
        Some(Person { first_name: first_name?, last_name: last_name?, email: email?, organisation: organisation? })
    })();
    let person = c.finish(|| person)?;
    person.ok_or_else(|| domain::Invalid::one("email", "is required"))
}

/// Finds the person by email among the cluster's contacts (and their organisation); else finds
/// the organisation by name or creates it, creates the contact, and marks both for review; all
/// inside the registration's unit of work.
async fn match_person(tx: &mut store::Tx, scope: &ClusterScope, p: &Person) -> Result<(Uuid, Uuid, bool), Error> {
    if let Some((contact, organisation)) = store::contact::by_email(tx, scope, &p.email).await? {
        return Ok((contact, organisation, false));
    }
    let key = domain::organisation::name_key(&p.organisation);
    let organisation = match store::organisation::by_name_key(tx, scope, &key).await? {
        Some(id) => id,
        None => {
            let fields = domain::organisation::OrganisationFields {
                name: p.organisation.clone(),
                kind: domain::organisation::OrganisationKind::Other,
                nace_code: None,
                employees: None,
                turnover: None,
                balance_sheet_total: None,
                country: None,
                region: None,
                vat_id: None,
                website: None,
            };
            let id = store::organisation::insert(tx, scope, &fields).await?;
            store::tag::attach(tx, scope, id, REVIEW_TAG).await?;
            id
        }
    };
    let fields = domain::contact::ContactFields {
        first_name: p.first_name.clone(),
        last_name: p.last_name.clone(),
        email: Some(p.email.clone()),
        phone: None,
        position: None,
        cluster_roles: None,
    };
    let contact =
        store::contact::insert(tx, scope, organisation, &fields).await?.ok_or(Error::NotFound("organisation"))?;
    Ok((contact, organisation, true))
}

/// Whether the organisation is a member today, for the member price.
async fn is_member(app: &App, tx: &mut store::Tx, scope: &ClusterScope, organisation: Uuid) -> Result<bool, Error> {
    let memberships = crate::membership::standings(app, tx.into(), scope, organisation).await?;
    Ok(memberships.iter().any(|m| m.standing.status.is_member()))
}

/// Registers a visitor for an event: a seat while one is free, else the waiting list. People are
/// matched to the cluster's contacts by email; new ones are created, with their organisation if it
/// is new too, and marked for review. A paid event raises an invoice; a confirmation with the
/// event's `.ics` goes out when mail is set up. `link_base` is where personal links start
/// (`https://desk.example`).
pub async fn register(
    app: &App,
    visitor: &Visitor,
    event_id: Uuid,
    input: &RegistrationInput,
    link_base: &str,
) -> Result<RegistrationOutcome, Error> {
    let scope = visitor.scope();
    let local_now = app.local_now(scope);
    let event = find(app, scope, event_id).await?;
    if event.cancelled_at.is_some() || event.fields.ends_at < local_now {
        return Err(Error::BadRequest("registration is closed: the event is over or cancelled".into()));
    }
    let person = parse_person(input)?;
    // One unit of work: the person, their organisation, the seat, the invoice and the mail are
    // all recorded, or none of them.
    let mut tx = app.begin().await?;
    // Registrations of the cluster take turns: two people of one new organisation registering at
    // once, for one event or two, find one organisation, the second the one the first made.
    store::cluster::take_turn(&mut tx, scope).await?;
    match store::event::lock_for_registration(&mut tx, scope, event_id, local_now).await? {
        None => return Err(Error::NotFound("event")),
        Some(false) => return Err(Error::BadRequest("registration is closed: the event is over or cancelled".into())),
        Some(true) => {}
    }
    let (contact_id, organisation_id, needs_review) = match_person(&mut tx, scope, &person).await?;
    let token = crate::auth::random_hex(24);
    let new = store::event::NewRegistration {
        event_id,
        contact_id,
        organisation_id,
        token_hash: crate::auth::secret_hash(&token),
        needs_review,
    };
    let (id, status, already) = match store::event::register(&mut tx, scope, &new, local_now).await? {
        None => return Err(Error::NotFound("event")),
        Some(Registered::Closed) => {
            return Err(Error::BadRequest("registration is closed: the event is over or cancelled".into()));
        }
        Some(Registered::Already { id, status }) => (id, status, true),
        Some(Registered::New { id, status }) => (id, status, false),
    };
    let mut outcome =
        RegistrationOutcome { registration_id: id, status, already, token: None, invoice_number: None, mailed: false };
    if already {
        return Ok(outcome);
    }
    outcome.token = Some(token.clone());
    if status == RegistrationStatus::Registered {
        let member = !needs_review && is_member(app, &mut tx, scope, organisation_id).await?;
        outcome.invoice_number = invoice_registration(app, &mut tx, scope, &event, id, organisation_id, member).await?;
    }
    if let Some(message) = confirmation(app, scope, &event, &person.email, status, &token, link_base) {
        crate::mail::queue(app, &mut tx, scope, crate::mail::Purpose::Registration, &message).await?;
        outcome.mailed = true;
    }
    tx.commit().await?;
    if outcome.mailed {
        app.mail_queued();
    }
    Ok(outcome)
}

/// Raises the invoice of a paid event for a registration with a seat, inside the registration's
/// unit of work: the member price for a member organisation, else the non-member price.
async fn invoice_registration(
    app: &App,
    tx: &mut store::Tx,
    scope: &ClusterScope,
    event: &Event,
    registration: Uuid,
    organisation: Uuid,
    member: bool,
) -> Result<Option<String>, Error> {
    let today = app.today(scope);
    let price = if member { event.fields.member_price } else { event.fields.non_member_price };
    if price <= 0 {
        return Ok(None);
    }
    let invoice = store::invoice::NewInvoice {
        kind: store::invoice::InvoiceKind::Event,
        organisation_id: organisation,
        membership_id: None,
        period_start: None,
        issued_on: today,
        due_on: today + Duration::days(crate::membership::PAYMENT_TERM_DAYS),
        tax_rate_basis_points: 0,
        lines: vec![store::invoice::NewLine {
            description: format!(
                "Registration: {} on {}{}",
                event.fields.title,
                event.fields.starts_at.format("%-d %B %Y"),
                if member { " (member price)" } else { "" }
            ),
            quantity: 1,
            unit_price_minor: price,
        }],
        explanation: String::new(),
        credited_invoice_id: None,
    };
    let issued = store::invoice::issue_invoices(tx, scope, &[invoice], "event registration").await?;
    let Some(issued) = issued.into_iter().next() else { return Ok(None) };
    store::event::set_invoice(tx, scope, registration, issued.id).await?;
    Ok(Some(issued.number))
}

/// The event's page for visitors.
pub fn public_path(scope: &impl InCluster, event_id: Uuid) -> String {
    format!("/events/{}/{event_id}", scope.cluster().slug)
}

/// A registration's personal link.
pub fn personal_path(scope: &impl InCluster, token: &str) -> String {
    format!("/events/{}/registrations/{token}", scope.cluster().slug)
}

fn when(event: &Event) -> String {
    let f = &event.fields;
    format!("{} {}–{}", f.starts_at.format("%A %-d %B %Y"), f.starts_at.format("%H:%M"), f.ends_at.format("%H:%M"))
}

/// The confirmation (or the waiting-list notice) with the event's `.ics`, when mail is set up.
fn confirmation(
    app: &App,
    scope: &ClusterScope,
    event: &Event,
    to: &str,
    status: RegistrationStatus,
    token: &str,
    link_base: &str,
) -> Option<OutgoingMail> {
    let mail = app.mail.as_ref()?;
    let f = &event.fields;
    let cluster = &scope.cluster().name;
    let (subject, opening) = match status {
        RegistrationStatus::Waitlisted => (
            format!("Waiting list: {}", f.title),
            "the event is full, so you are on its waiting list. If a seat frees, it is yours, and we will write to you.",
        ),
        _ => (format!("Registered: {}", f.title), "you are registered. The event is in the attached calendar file."),
    };
    let mut text = format!("Hello,\n\n{opening}\n\n{}\n{}\n", f.title, when(event));
    for place in [f.place.as_deref(), f.link.as_deref()].into_iter().flatten() {
        text.push_str(&format!("{place}\n"));
    }
    if !f.agenda.is_empty() {
        text.push_str(&format!("\nAgenda\n{}\n", domain::event::agenda_text(&f.agenda)));
    }
    text.push_str(&format!(
        "\nIf you cannot come, cancel here, so that someone else can take your seat:\n{link_base}{}\n\n{cluster}\n",
        personal_path(scope, token)
    ));
    let url = format!("{link_base}{}", public_path(scope, event.id));
    let this_year = app.today(scope).year();
    let ics = crate::calendar::calendar(&f.title, App::zone(scope), this_year, &[(event, Some(url))]);
    let message = OutgoingMail {
        from: mail.from.clone(),
        reply_to: None,
        to: vec![to.to_string()],
        subject,
        text,
        attachments: vec![MailAttachment {
            file_name: "event.ics".into(),
            content_type: "text/calendar; charset=utf-8; method=PUBLISH".into(),
            bytes: ics.into_bytes(),
        }],
    };
    Some(message)
}

/// A registration seen through its personal link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonalView {
    pub registration: Registration,
    pub event: Event,
}

pub async fn by_token(app: &App, visitor: &Visitor, token: &str) -> Result<PersonalView, Error> {
    let scope = visitor.scope();
    let registration = store::event::registration_by_token(&app.db, scope, &crate::auth::secret_hash(token))
        .await?
        .ok_or(Error::NotFound("registration"))?;
    let event = find(app, scope, registration.event_id).await?;
    Ok(PersonalView { registration, event })
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
        let all = store::event::registrations_of(&mut tx, scope, view.event.id).await?;
        if let Some(r) = all.iter().find(|r| r.id == promoted) {
            let member = is_member(app, &mut tx, scope, r.organisation_id).await?;
            invoice_registration(app, &mut tx, scope, &view.event, r.id, r.organisation_id, member).await?;
            if let (Some(mail), Some(email)) = (&app.mail, &r.email) {
                let message = OutgoingMail {
                    from: mail.from.clone(),
                    reply_to: None,
                    to: vec![email.clone()],
                    subject: format!("A seat is yours: {}", view.event.fields.title),
                    text: format!(
                        "Hello {},\n\na seat freed up and it is yours: you are registered for {}, {}.\n\n{}\n",
                        r.first_name,
                        view.event.fields.title,
                        when(&view.event),
                        scope.cluster().name
                    ),
                    attachments: Vec::new(),
                };
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

/// Records at the door whether a registered person came; `None` clears it.
pub async fn check_in(
    app: &App,
    scope: &impl Allows<Edit>,
    registration_id: Uuid,
    attendance: Option<Attendance>,
) -> Result<(), Error> {
    let scope = scope.checked()?;
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
