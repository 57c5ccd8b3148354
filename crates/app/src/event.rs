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

/// Saves an event's fields; when its capacity grew, the first who wait move up in the same unit
/// of work, each invoiced and told.
pub async fn update(app: &App, scope: &impl Allows<Edit>, id: Uuid, fields: &EventFields) -> Result<(), Error> {
    let scope = scope.checked()?;
    let mut tx = app.begin().await?;
    if !store::event::update_event(&mut tx, scope, id, fields).await? {
        return Err(Error::NotFound("event"));
    }
    let (_, queued) = seat_the_waiting(app, &mut tx, scope, id).await?;
    tx.commit().await?;
    if queued {
        app.mail_queued();
    }
    Ok(())
}

/// Cancels an event: it stays listed, marked cancelled, and calendars that hold it are told; the
/// invoices of its registrations are credited in full, in the same unit of work.
pub async fn cancel(app: &App, scope: &impl Allows<Edit>, id: Uuid, by: &str) -> Result<(), Error> {
    let scope = scope.checked()?;
    get(app, scope, id).await?;
    let mut tx = app.begin().await?;
    if !store::event::cancel_event(&mut tx, scope, id).await? {
        return Err(Error::BadRequest(i18n::said("invalid-app-event-cancelled-already")));
    }
    for r in store::event::registrations_of(&mut tx, scope, id).await? {
        credit_registration(app, &mut tx, scope, &r, "invoice-credit-event-cancelled", by).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The first who wait take the free seats of an event, in order, inside the caller's unit of
/// work: each is invoiced at the event's price (as this unit sees it) and told by mail. Returns
/// who moved up and whether mail was queued.
pub(crate) async fn seat_the_waiting(
    app: &App,
    tx: &mut store::Tx,
    scope: &ClusterScope,
    event_id: Uuid,
) -> Result<(Vec<Uuid>, bool), Error> {
    let promoted = store::event::fill_free_seats(tx, scope, event_id, app.local_now(scope)).await?;
    let queued = seated(app, tx, scope, event_id, &promoted).await?;
    Ok((promoted, queued))
}

/// Invoices the registrations `promoted` of the event, which just took a seat from the waiting
/// list, at the event's price, and tells each by mail; answers whether mail was queued.
async fn seated(
    app: &App,
    tx: &mut store::Tx,
    scope: &ClusterScope,
    event_id: Uuid,
    promoted: &[Uuid],
) -> Result<bool, Error> {
    if promoted.is_empty() {
        return Ok(false);
    }
    let event = store::event::lock_and_get(tx, scope, event_id).await?.ok_or(Error::NotFound("event"))?;
    let all = store::event::registrations_of(&mut *tx, scope, event_id).await?;
    let mut queued = false;
    for r in promoted.iter().filter_map(|id| all.iter().find(|r| r.id == *id)) {
        let member = crate::registration::is_member(app, tx, scope, r.organisation_id).await?;
        let invoice =
            crate::registration::invoice_registration(app, tx, scope, &event, r.id, r.organisation_id, member).await?;
        if let (Some(mail), Some(email)) = (&app.mail, &r.email) {
            let words = i18n::In(r.language.unwrap_or_else(|| scope.cluster().language()));
            let mut seat = words
                .t_args("mail-seat-freed", &[("title", event.fields.title.clone()), ("when", when(words, &event))]);
            if let Some((number, gross)) = invoice {
                let amount = domain::money::Money::new(gross, scope.cluster().base_currency).written_in(words.0);
                seat =
                    format!("{seat} {}", words.t_args("mail-seat-invoice", &[("number", number), ("amount", amount)]));
            }
            let message = mail.to_one(
                email,
                words.t_args("mail-seat-subject", &[("title", event.fields.title.clone())]),
                crate::registration::paragraphs(&[
                    words.t_args("mail-hello-name", &[("name", r.first_name.clone())]),
                    seat,
                    scope.cluster().name.clone(),
                ]),
            );
            crate::mail::queue(app, tx, scope, crate::mail::Purpose::Registration, &message).await?;
            queued = true;
        }
    }
    Ok(queued)
}

/// Moves the registration `id` from the waiting list to a seat, even when the event is full (the
/// team decides; the page asks first): it is invoiced at the event's price and told by mail.
///
/// # Errors
/// Not found for a registration of another cluster or one that is not waiting; a bad request when
/// the event is cancelled or over.
pub async fn seat(app: &App, scope: &impl Allows<Edit>, id: Uuid) -> Result<(), Error> {
    let scope = scope.checked()?;
    let mut tx = app.begin().await?;
    let event_id =
        store::event::seat(&mut tx, scope, id).await?.ok_or(Error::NotFound("registration on the waiting list"))?;
    let event = store::event::lock_and_get(&mut tx, scope, event_id).await?.ok_or(Error::NotFound("event"))?;
    if !event.takes_registrations(app.local_now(scope)) {
        return Err(Error::BadRequest(i18n::said("invalid-app-event-nobody-moves-up")));
    }
    let queued = seated(app, &mut tx, scope, event_id, &[id]).await?;
    tx.commit().await?;
    if queued {
        app.mail_queued();
    }
    Ok(())
}

/// Credits in full, inside the caller's unit of work, what is left of a cancelled registration's
/// invoice; nothing when it has none, or it is void or credited already.
async fn credit_registration(
    app: &App,
    tx: &mut store::Tx,
    scope: &ClusterScope,
    registration: &Registration,
    reason_key: &str,
    by: &str,
) -> Result<(), Error> {
    let Some(invoice_id) = registration.invoice_id else { return Ok(()) };
    let i = store::invoice::lock(tx, scope, invoice_id).await?.ok_or(Error::NotFound("invoice"))?;
    if let Ok(creditable) = i.may_credit() {
        let customer = crate::invoice::customer_language(tx, scope, i.organisation_id).await?;
        let reason = i18n::read_by(customer, || {
            i18n::said_with(
                "invoice-credit-registration-cancelled",
                &[
                    ("name", format!("{} {}", registration.first_name, registration.last_name)),
                    ("reason", i18n::said(reason_key)),
                ],
            )
        });
        let (_, number) = crate::invoice::credit_note(tx, scope, &i, creditable, &reason, app.today(scope), by).await?;
        // What was paid on it pays nothing now: it becomes the customer's credit, to use on
        // another invoice or to refund, and goes with its payment if that is reversed.
        let mut kept = Vec::new();
        for p in store::invoice::payments_of(&mut *tx, scope, invoice_id).await? {
            if p.applied_minor() > 0 {
                store::invoice::keep_all_as_credit(tx, scope, p.id).await?;
                kept.push(store::invoice::NewCredit {
                    organisation_id: i.organisation_id,
                    amount_minor: p.applied_minor(),
                    kind: store::invoice::CreditKind::Overpayment,
                    payment_id: Some(p.id),
                    note: format!("Paid on invoice {}, credited by {number}: {reason}", i.number),
                });
            }
        }
        store::invoice::add_credits(tx, scope, &kept, by).await?;
    }
    Ok(())
}

/// Cancels a registration inside the caller's unit of work: its invoice credited in full, and
/// the seat it held given to the first who wait. Returns who moved up and whether mail was
/// queued.
async fn cancel_within(
    app: &App,
    tx: &mut store::Tx,
    scope: &ClusterScope,
    registration_id: Uuid,
    reason_key: &str,
    by: &str,
) -> Result<(Vec<Uuid>, bool), Error> {
    let done =
        store::event::cancel_registration(tx, scope, registration_id).await?.ok_or(Error::NotFound("registration"))?;
    if done.was == domain::event::RegistrationStatus::Cancelled {
        return Err(Error::BadRequest(i18n::said("invalid-app-event-registration-cancelled-already")));
    }
    let r =
        store::event::registration(&mut *tx, scope, registration_id).await?.ok_or(Error::NotFound("registration"))?;
    credit_registration(app, tx, scope, &r, reason_key, by).await?;
    seat_the_waiting(app, tx, scope, done.event_id).await
}

/// The team cancels a registration (the person wrote, or was entered twice): its invoice is
/// credited in full and the first who wait move up, all in one unit of work. Returns who moved
/// up.
pub async fn cancel_registration(
    app: &App,
    scope: &impl Allows<Edit>,
    registration_id: Uuid,
    by: &str,
) -> Result<Vec<Uuid>, Error> {
    let scope = scope.checked()?;
    let mut tx = app.begin().await?;
    let (promoted, queued) =
        cancel_within(app, &mut tx, scope, registration_id, "invoice-credit-by-the-team", by).await?;
    tx.commit().await?;
    if queued {
        app.mail_queued();
    }
    Ok(promoted)
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

/// The invoices of the event's registrations, by id, each with its state today.
pub async fn invoices(
    app: &App,
    scope: &impl Allows<Read>,
    event_id: Uuid,
) -> Result<HashMap<Uuid, (domain::invoice::Invoice, domain::invoice::InvoiceState)>, Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let invoices = store::invoice::invoices_of_event(&app.db, scope, event_id).await?;
    Ok(invoices.into_iter().map(|i| (i.id, (i.state(today), i))).map(|(id, (s, i))| (id, (i, s))).collect())
}

/// The order of people at an event's door and on its lists: by last name, then first name, as
/// the reader's language sorts names ([`i18n::collate`]), then by registration.
pub fn by_name(a: &Registration, b: &Registration) -> std::cmp::Ordering {
    let language = i18n::reader();
    i18n::collate(language, &a.last_name, &b.last_name)
        .then_with(|| i18n::collate(language, &a.first_name, &b.first_name))
        .then_with(|| a.id.cmp(&b.id))
}

/// The people of an event as a table to export (CSV, XLSX): by last name, with their
/// organisation, email, registration, attendance, and invoice with its state; cancelled
/// registrations last.
pub async fn attendees(app: &App, scope: &impl Allows<Read>, event_id: Uuid) -> Result<crate::table::Table, Error> {
    use crate::table::Value::Text;
    let mut people = registrations(app, scope, event_id).await?;
    let invoices = invoices(app, scope, event_id).await?;
    people.sort_by(|a, b| a.is_cancelled().cmp(&b.is_cancelled()).then_with(|| by_name(a, b)));
    let rows = people
        .into_iter()
        .map(|r| {
            let invoice = r.invoice_id.and_then(|id| invoices.get(&id));
            vec![
                Text(r.last_name),
                Text(r.first_name),
                Text(r.organisation),
                Text(r.email.unwrap_or_default()),
                Text(r.status.label().into()),
                Text(r.attendance.map_or("", |a| a.label()).into()),
                Text(invoice.map(|(i, _)| i.number.clone()).unwrap_or_default()),
                Text(invoice.map(|(_, s)| s.label().to_string()).unwrap_or_default()),
            ]
        })
        .collect();
    let columns =
        ["Last name", "First name", "Organisation", "Email", "Registration", "Attendance", "Invoice", "Invoice state"];
    Ok(crate::table::Table::of_rows("Attendees", columns.iter().map(|c| c.to_string()).collect(), rows))
}

/// Whom a message to an event's people goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recipients {
    /// Those with a seat.
    Registered,
    /// Those with a seat and those on the waiting list.
    RegisteredAndWaiting,
}

/// Mails `subject` and `text` to the event's people (`to`) who have an address, one message each
/// (nobody sees another's address), through the outbox, answers going to the sender `from`.
/// Answers how many messages were queued.
///
/// # Errors
/// [`Error::Invalid`] on `subject` (empty, longer than 200 characters, or with a line break) or
/// `text` (empty, longer than 20,000 characters); a bad request when mail is not set up or nobody
/// has an address.
pub async fn mail_people(
    app: &App,
    scope: &impl Allows<Edit>,
    event_id: Uuid,
    to: Recipients,
    subject: &str,
    text: &str,
    from: &crate::Actor,
) -> Result<usize, Error> {
    let scope = scope.checked()?;
    let event = get(app, scope, event_id).await?;
    let mut errors = domain::validation::Collector::new();
    let subject = errors.take("subject", domain::validation::required_text(Some(subject), 200));
    if subject.as_deref().is_some_and(|s| s.contains(['\r', '\n'])) {
        errors.push("subject", i18n::said("invalid-app-event-subject-one-line"));
    }
    let text = errors.take("text", domain::validation::required_text(Some(text), 20_000));
    errors.finish(|| ())?;
    let (Some(subject), Some(text)) = (subject, text) else {
        return Err(Error::Internal("a checked message lost its subject or text".into()));
    };
    let Some(mail) = &app.mail else {
        return Err(Error::BadRequest(i18n::said("invalid-app-event-mail-not-set-up")));
    };
    let people = store::event::registrations_of(&app.db, scope, event_id).await?;
    let addresses: std::collections::BTreeSet<&str> = people
        .iter()
        .filter(|r| match to {
            Recipients::Registered => r.holds_seat(),
            Recipients::RegisteredAndWaiting => !r.is_cancelled(),
        })
        .filter_map(|r| r.email.as_deref())
        .collect();
    if addresses.is_empty() {
        return Err(Error::BadRequest(i18n::said("invalid-app-event-no-address")));
    }
    let mut tx = app.begin().await?;
    for address in &addresses {
        let mut message = mail.to_one(address, format!("{} · {}", subject, event.fields.title), text.clone());
        message.reply_to = Some(from.email().to_string());
        crate::mail::queue(app, &mut tx, scope, crate::mail::Purpose::Registration, &message).await?;
    }
    tx.commit().await?;
    app.mail_queued();
    Ok(addresses.len())
}

/// The event's page for visitors.
pub fn public_path(scope: &impl InCluster, event_id: Uuid) -> String {
    format!("/events/{}/{event_id}", scope.cluster().slug)
}

/// A registration's personal link.
pub fn personal_path(scope: &impl InCluster, token: &str) -> String {
    format!("/events/{}/registrations/{token}", scope.cluster().slug)
}

/// When an event happens, on the cluster's clock, as `words`' language writes it.
pub(crate) fn when(words: i18n::In, event: &Event) -> String {
    words.when(event.fields.starts_at, event.fields.ends_at)
}

/// A registration seen through its personal link: with what the visitor typed when it came from
/// a public page, which is all the link shows of the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonalView {
    pub registration: Registration,
    pub event: Event,
    pub typed: Option<domain::event::RegistrationRequest>,
    /// The invoice its seat raised, with what credit notes took off it.
    pub invoice: Option<store::invoice::Invoice>,
}

pub async fn by_token(app: &App, visitor: &Visitor, token: &str) -> Result<PersonalView, Error> {
    let scope = visitor.scope();
    let registration = store::event::registration_by_token(&app.db, scope, &crate::auth::secret_hash(token))
        .await?
        .ok_or(Error::NotFound("registration"))?;
    let event = find(app, scope, registration.event_id).await?;
    let typed = store::event::request_of_registration(&app.db, scope, registration.id).await?;
    let invoice = match registration.invoice_id {
        Some(id) => store::invoice::get(&app.db, scope, id).await?,
        None => None,
    };
    Ok(PersonalView { registration, event, typed, invoice })
}

/// Cancels the registration of a personal link: its invoice is credited in full, and the first
/// on the waiting list takes the seat and is told by email. Returns who was promoted, if anyone.
pub async fn cancel_by_token(app: &App, visitor: &Visitor, token: &str) -> Result<Option<Uuid>, Error> {
    let scope = visitor.scope();
    let mut tx = app.begin().await?;
    let id = store::event::registration_id_by_token(&mut tx, scope, &crate::auth::secret_hash(token))
        .await?
        .ok_or(Error::NotFound("registration"))?;
    let (promoted, queued) =
        cancel_within(app, &mut tx, scope, id, "invoice-credit-by-the-person", "personal link").await?;
    tx.commit().await?;
    if queued {
        app.mail_queued();
    }
    Ok(promoted.first().copied())
}

/// One registration of the cluster.
pub async fn registration(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<Registration, Error> {
    let scope = scope.checked()?;
    store::event::registration(&app.db, scope, id).await?.ok_or(Error::NotFound("registration"))
}

/// Records at the door whether a registered person came; `None` clears it. Only a person with a
/// seat, from the event's day on.
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
    if attendance.is_some() && !registration.may_record_attendance(event.check_in_open(app.local_now(scope))) {
        return Err(Error::BadRequest(if registration.holds_seat() {
            i18n::said_with(
                "invalid-app-event-check-in-too-early",
                &[("day", event.fields.starts_at.date().to_string())],
            )
        } else {
            i18n::said("invalid-app-event-check-in-no-seat")
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
    // A calendar program asks in no language: the feed is written in the cluster's.
    let written = i18n::read_by(scope.cluster().language(), || {
        crate::calendar::calendar(&scope.cluster().name, App::zone(scope), local_now.year(), &with_urls)
    });
    Ok(Some(written))
}
