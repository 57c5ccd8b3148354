//! Registrations that visitors send from an event's public page. A visitor's registration is
//! first recorded as typed (a request), matched to nobody; it takes a seat, raises an invoice or
//! touches the cluster's contacts and organisations only once the visitor confirms it with the
//! link mailed to the address given (double opt-in) or the team accepts it, as the cluster sets
//! ([`RegistrationCheck`]). Whether someone was registered already is said in the mail to that
//! address, never on a page.

use chrono::{Datelike, Duration};
use domain::consent::{Channel, ConsentFields};
use domain::event::{RegistrationCheck, RegistrationRequest, RegistrationStatus, RequestState};
use domain::id::Uuid;
use domain::language::Language;
use domain::validation::Collector;
use store::event::{Event, Registered};

use crate::auth::{Allows, Edit, InCluster, Read, Visitor};
use crate::event::{personal_path, public_path, when};
use crate::mail::{MailAttachment, OutgoingMail};
use crate::{App, ClusterScope, Error};

/// The tag put on an organisation that a registration created, for the team to review.
pub const REVIEW_TAG: &str = "To review: registered for an event";

/// What a consent given with the registration form's optional box is for.
pub const NEWS_PURPOSE: &str = "news of future events";

/// A registration as a visitor types it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationInput {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
    pub organisation: Option<String>,
    /// The optional, unticked box "tell me of future events": any value but empty is ticked.
    pub wants_news: Option<String>,
    /// The language to write to the visitor in, by ISO 639-1 code (`es`): the public page's
    /// when left out there, else the cluster's.
    pub language: Option<String>,
}

/// What a visitor's request came to: the same for everyone who sends it, whoever they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestOutcome {
    pub request_id: Uuid,
    /// How it is checked: confirmed by the visitor from the mail, or by the team.
    pub check: RegistrationCheck,
    /// The secret of the request's link. With [`RegistrationCheck::Mail`] it confirms the
    /// request and only the mail may carry it; with [`RegistrationCheck::Review`] it shows where
    /// the request stands.
    pub token: String,
    /// Whether a mail is on its way (queued with the request).
    pub mailed: bool,
}

/// What a registration came to once confirmed or accepted.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationOutcome {
    pub registration_id: Uuid,
    pub status: RegistrationStatus,
    /// The person was registered before: nothing new was recorded.
    pub already: bool,
    /// The secret of the personal link (cancel, feedback); none when registered before.
    pub token: Option<String>,
    /// The invoice of a paid event, and its amount with tax (minor units of the cluster's
    /// currency).
    pub invoice_number: Option<String>,
    pub invoice_gross_minor: Option<i64>,
    /// Whether a confirmation is on its way by email (queued with the registration; the sent log
    /// shows when it leaves).
    pub mailed: bool,
}

/// How this server checks the cluster's visitors' registrations: by mail when the cluster asks
/// for it and mail is set up here, else by the team.
pub fn check_of(app: &App, scope: &impl InCluster) -> RegistrationCheck {
    match scope.cluster().registration_check {
        RegistrationCheck::Mail if app.mail.is_some() => RegistrationCheck::Mail,
        _ => RegistrationCheck::Review,
    }
}

/// Sets how visitors' registrations are checked and the address of the cluster's privacy
/// notice (http or https; empty for none).
///
/// # Errors
/// [`Error::Invalid`] on `privacy_notice_url` when it is not a web address.
pub async fn set_public_registration(
    app: &App,
    scope: &impl Allows<crate::auth::Manage>,
    check: RegistrationCheck,
    privacy_notice_url: &str,
) -> Result<(), Error> {
    let scope = scope.checked()?;
    let url = match privacy_notice_url.trim() {
        "" => None,
        given => Some(
            domain::validation::web_address(given, 500).map_err(|e| domain::Invalid::one("privacy_notice_url", e))?,
        ),
    };
    store::cluster::set_public_registration(&app.db, scope, check, url.as_deref()).await?;
    app.access.forget_all();
    Ok(())
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
        c.push("email", i18n::said("invalid-app-invoice-not-an-email"));
    }
    let organisation = c.take("organisation", domain::validation::required_text(input.organisation.as_deref(), 200));
    let person = (|| {
        Some(Person { first_name: first_name?, last_name: last_name?, email: email?, organisation: organisation? })
    })();
    let person = c.finish(|| person)?;
    person.ok_or_else(|| domain::Invalid::one("email", i18n::said("invalid-validation-required")))
}

/// A request's link: it confirms the request, or shows where it stands.
pub fn request_path(scope: &impl InCluster, token: &str) -> String {
    format!("/events/{}/requests/{token}", scope.cluster().slug)
}

/// Records a visitor's registration as typed. With [`RegistrationCheck::Mail`], a mail to the
/// address given carries the link that confirms it; otherwise it waits for the team. Nothing is
/// matched to the cluster's records, no seat is taken and no invoice raised until then.
///
/// # Errors
/// [`Error::Invalid`] on the fields; [`Error::BadRequest`] when the event takes no
/// registrations (over or cancelled).
pub async fn request(
    app: &App,
    visitor: &Visitor,
    event_id: Uuid,
    input: &RegistrationInput,
    link_base: &str,
) -> Result<RequestOutcome, Error> {
    let scope = visitor.scope();
    let event = crate::event::for_visitors(app, visitor, event_id).await?;
    if !event.takes_registrations(app.local_now(scope)) {
        return Err(closed());
    }
    let person = parse_person(input)?;
    let language = match input.language.as_deref().map(str::trim).filter(|code| !code.is_empty()) {
        Some(code) => Some(Language::parse(code).map_err(|m| domain::Invalid::one("language", m))?),
        None => None,
    };
    let words = i18n::In(language.unwrap_or_else(|| scope.cluster().language()));
    let check = check_of(app, scope);
    let token = crate::auth::random_hex(24);
    let new = store::event::NewRequest {
        event_id,
        first_name: person.first_name,
        last_name: person.last_name,
        email: person.email,
        organisation: person.organisation,
        wants_news: input.wants_news.as_deref().is_some_and(|v| !v.trim().is_empty()),
        privacy_notice_url: scope.cluster().privacy_notice_url.clone(),
        state: match check {
            RegistrationCheck::Mail => RequestState::AwaitingConfirmation,
            RegistrationCheck::Review => RequestState::Held,
        },
        token_hash: crate::auth::secret_hash(&token),
        language,
    };
    let mut tx = app.begin().await?;
    let request_id = store::event::insert_request(&mut tx, scope, &new).await?;
    let mut mailed = false;
    if let (RegistrationCheck::Mail, Some(mail)) = (check, &app.mail) {
        let f = &event.fields;
        let about = [("title", f.title.clone()), ("when", when(words, &event))];
        let message = mail.to_one(
            &new.email,
            words.t_args("mail-request-subject", &about[..1]),
            paragraphs(&[
                words.t_args("mail-hello-name", &[("name", new.first_name.clone())]),
                words.t_args("mail-request-asked", &about),
                format!("{}\n{link_base}{}", words.t("mail-request-link"), request_path(scope, &token)),
                words.t("mail-request-ignore"),
                scope.cluster().name.clone(),
            ]),
        );
        crate::mail::queue(app, &mut tx, scope, crate::mail::Purpose::Registration, &message).await?;
        mailed = true;
    }
    tx.commit().await?;
    if mailed {
        app.mail_queued();
    }
    Ok(RequestOutcome { request_id, check, token, mailed })
}

/// A request seen through its link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestView {
    pub request: RegistrationRequest,
    pub event: Event,
}

/// The request whose link carries `token`, with its event.
pub async fn request_by_token(app: &App, visitor: &Visitor, token: &str) -> Result<RequestView, Error> {
    let scope = visitor.scope();
    let request = store::event::request_by_token(&app.db, scope, &crate::auth::secret_hash(token))
        .await?
        .ok_or(Error::NotFound("registration request"))?;
    let event = crate::event::for_visitors(app, visitor, request.event_id).await?;
    Ok(RequestView { request, event })
}

/// Why a request can no longer be confirmed or decided, in the visitor's or the team's words.
fn settled(request: &RegistrationRequest) -> Error {
    Error::BadRequest(match request.state {
        RequestState::Confirmed | RequestState::Accepted => i18n::said("invalid-app-registration-confirmed-already"),
        RequestState::Declined => i18n::said("invalid-app-registration-declined"),
        RequestState::Held => i18n::said("invalid-app-registration-held"),
        RequestState::AwaitingConfirmation => i18n::said("invalid-app-registration-awaiting-confirmation"),
    })
}

/// Confirms the request of the mailed link: the registration is made (see [`accept`] for what
/// that does), and its confirmation mailed.
///
/// # Errors
/// [`Error::NotFound`] for an unknown link; [`Error::BadRequest`] when it is confirmed or decided
/// already, or the event closed meanwhile.
pub async fn confirm(app: &App, visitor: &Visitor, token: &str, link_base: &str) -> Result<RegistrationOutcome, Error> {
    let scope = visitor.scope();
    let found = store::event::request_by_token(&app.db, scope, &crate::auth::secret_hash(token))
        .await?
        .ok_or(Error::NotFound("registration request"))?;
    settle(app, scope, found.id, RequestState::Confirmed, "the visitor, by the mailed link", link_base).await
}

/// Accepts a held request: inside one unit of work the person is found among the cluster's
/// contacts by the email given, or created (with their organisation, tagged [`REVIEW_TAG`]), a
/// seat is taken while one is free (else the waiting list), a paid event is invoiced, a ticked
/// box for news becomes a consent, and the confirmation is mailed.
///
/// # Errors
/// [`Error::NotFound`] for another cluster's request; [`Error::BadRequest`] when it is not held.
pub async fn accept(
    app: &App,
    scope: &impl Allows<Edit>,
    request_id: Uuid,
    link_base: &str,
    by: &str,
) -> Result<RegistrationOutcome, Error> {
    let scope = scope.checked()?;
    settle(app, scope, request_id, RequestState::Accepted, by, link_base).await
}

/// Registers the cluster's contact `contact_id` for the event by hand (someone who phoned in): a
/// seat while one is free, else the waiting list; a paid event is invoiced at the organisation's
/// price; the confirmation with the personal link is mailed when the person has an address. A
/// person registered already is answered as such (`already`), and nothing changes.
///
/// # Errors
/// Not found for another cluster's contact or event; a bad request for an archived contact, or an
/// event that is over or cancelled.
pub async fn register_contact(
    app: &App,
    scope: &impl Allows<Edit>,
    event_id: Uuid,
    contact_id: Uuid,
    link_base: &str,
) -> Result<RegistrationOutcome, Error> {
    let scope = scope.checked()?;
    let contact = store::contact::get(&app.db, scope, contact_id).await?.ok_or(Error::NotFound("contact"))?;
    if contact.archived_at.is_some() {
        return Err(Error::BadRequest(i18n::said_with(
            "invalid-app-registration-contact-archived",
            &[("name", contact.fields.full_name())],
        )));
    }
    let mut tx = app.begin().await?;
    let event = store::event::lock_and_get(&mut tx, scope, event_id).await?.ok_or(Error::NotFound("event"))?;
    if !event.takes_registrations(app.local_now(scope)) {
        return Err(closed());
    }
    let token = crate::auth::random_hex(24);
    let new = store::event::NewRegistration {
        event_id,
        contact_id,
        organisation_id: contact.organisation_id,
        token_hash: crate::auth::secret_hash(&token),
        needs_review: false,
        language: None,
    };
    let mut outcome = take_place(app, &mut tx, scope, &event, &new, &token).await?;
    let words = i18n::In(contact.language.unwrap_or_else(|| scope.cluster().language()));
    if !outcome.already {
        let message = contact
            .fields
            .email
            .as_deref()
            .and_then(|email| confirmation(app, words, scope, &event, email, &outcome, &token, link_base));
        if let Some(message) = message {
            crate::mail::queue(app, &mut tx, scope, crate::mail::Purpose::Registration, &message).await?;
            outcome.mailed = true;
        }
    }
    tx.commit().await?;
    if outcome.mailed {
        app.mail_queued();
    }
    Ok(outcome)
}

/// [`register_contact`] for the cluster's contact with the address `email` (case aside).
///
/// # Errors
/// [`Error::Invalid`] on `email` when no current contact of the cluster has it; else as
/// [`register_contact`].
pub async fn register_by_email(
    app: &App,
    scope: &impl Allows<Edit>,
    event_id: Uuid,
    email: &str,
    link_base: &str,
) -> Result<RegistrationOutcome, Error> {
    let checked = scope.checked()?;
    crate::event::get(app, checked, event_id).await?;
    let Some((contact, _)) = store::contact::by_email(&app.db, checked, email.trim()).await? else {
        return Err(Error::Invalid(domain::Invalid::one(
            "email",
            i18n::said("invalid-app-registration-no-such-contact"),
        )));
    };
    register_contact(app, scope, event_id, contact, link_base).await
}

/// Declines a held request; the visitor is told by mail when mail is set up.
pub async fn decline(app: &App, scope: &impl Allows<Edit>, request_id: Uuid, by: &str) -> Result<(), Error> {
    let scope = scope.checked()?;
    let mut tx = app.begin().await?;
    let request =
        store::event::lock_request(&mut tx, scope, request_id).await?.ok_or(Error::NotFound("registration request"))?;
    if !request.may_decide() {
        return Err(settled(&request));
    }
    store::event::decide_request(&mut tx, scope, request.id, RequestState::Declined, None, by).await?;
    let event = crate::event::find(app, scope, request.event_id).await?;
    let mut queued = false;
    if let Some(mail) = &app.mail {
        let words = i18n::In(request.language.unwrap_or_else(|| scope.cluster().language()));
        let about = [("title", event.fields.title.clone()), ("when", when(words, &event))];
        let message = mail.to_one(
            &request.email,
            words.t_args("mail-declined-subject", &about[..1]),
            paragraphs(&[
                words.t_args("mail-hello-name", &[("name", request.first_name.clone())]),
                words.t_args("mail-declined-text", &about),
                scope.cluster().name.clone(),
            ]),
        );
        crate::mail::queue(app, &mut tx, scope, crate::mail::Purpose::Registration, &message).await?;
        queued = true;
    }
    tx.commit().await?;
    if queued {
        app.mail_queued();
    }
    Ok(())
}

/// The requests of an event, oldest first, each with the organisation of the cluster's contact
/// who has its email (what accepting it would register it under).
pub async fn requests(app: &App, scope: &impl Allows<Read>, event_id: Uuid) -> Result<Vec<RegistrationRequest>, Error> {
    let scope = scope.checked()?;
    crate::event::find(app, scope, event_id).await?;
    Ok(store::event::requests_of(&app.db, scope, event_id).await?)
}

/// Confirms or accepts a request in one unit of work (see [`accept`]).
async fn settle(
    app: &App,
    scope: &ClusterScope,
    request_id: Uuid,
    to: RequestState,
    by: &str,
    link_base: &str,
) -> Result<RegistrationOutcome, Error> {
    let mut tx = app.begin().await?;
    // Two registrations of one new organisation at once create it once: the cluster's turn.
    store::cluster::take_turn(&mut tx, scope).await?;
    let request =
        store::event::lock_request(&mut tx, scope, request_id).await?.ok_or(Error::NotFound("registration request"))?;
    let may = match to {
        RequestState::Confirmed => request.may_confirm(),
        _ => request.may_decide(),
    };
    if !may {
        return Err(settled(&request));
    }
    let event = store::event::lock_and_get(&mut tx, scope, request.event_id).await?.ok_or(Error::NotFound("event"))?;
    if !event.takes_registrations(app.local_now(scope)) {
        return Err(closed());
    }
    let person = Person {
        first_name: request.first_name.clone(),
        last_name: request.last_name.clone(),
        email: request.email.clone(),
        organisation: request.organisation.clone(),
    };
    let (contact_id, organisation_id, created) = match_person(&mut tx, scope, &person).await?;
    // A person the request created is written to in its language from now on; one known before
    // keeps theirs (or their organisation's), and only this registration's mail follows the request.
    if let (true, Some(language)) = (created, request.language) {
        store::contact::learn_language(&mut tx, scope, contact_id, language).await?;
    }
    let words = i18n::In(request.language.unwrap_or_else(|| scope.cluster().language()));
    let token = crate::auth::random_hex(24);
    let new = store::event::NewRegistration {
        event_id: event.id,
        contact_id,
        organisation_id,
        token_hash: crate::auth::secret_hash(&token),
        needs_review: created,
        language: request.language,
    };
    let mut outcome = take_place(app, &mut tx, scope, &event, &new, &token).await?;
    let (id, already) = (outcome.registration_id, outcome.already);
    if request.wants_news {
        let consent = ConsentFields {
            channel: Channel::Email,
            purpose: NEWS_PURPOSE.into(),
            given_on: app.today(scope),
            source: format!("registration form: {}", event.fields.title),
        };
        store::privacy::insert_consent(&mut tx, scope, contact_id, &consent, by).await?;
    }
    // A request that found the person registered already made nothing: it is settled, but the
    // registration stays the request's that made it, whose typed data its personal link shows.
    let made = (!already).then_some(id);
    store::event::decide_request(&mut tx, scope, request.id, to, made, by).await?;
    let message = if already {
        already_registered(app, words, scope, &event, &request.email)
    } else {
        confirmation(app, words, scope, &event, &request.email, &outcome, &token, link_base)
    };
    if let Some(message) = message {
        crate::mail::queue(app, &mut tx, scope, crate::mail::Purpose::Registration, &message).await?;
        outcome.mailed = true;
    }
    tx.commit().await?;
    if outcome.mailed {
        app.mail_queued();
    }
    Ok(outcome)
}

fn closed() -> Error {
    Error::BadRequest(i18n::said("invalid-app-registration-closed"))
}

/// Takes a seat for `new` at `event` while one is free (else a place on the waiting list) inside
/// the caller's unit, and invoices a seat at a paid event at the organisation's price (the
/// non-member price for an organisation the team has yet to review). A person registered already
/// keeps their registration: the outcome says so and nothing changes. `token` is the personal
/// link's secret, whose hash `new` carries.
async fn take_place(
    app: &App,
    tx: &mut store::Tx,
    scope: &ClusterScope,
    event: &Event,
    new: &store::event::NewRegistration,
    token: &str,
) -> Result<RegistrationOutcome, Error> {
    let (id, status, already) = match store::event::register(tx, scope, new, app.local_now(scope)).await? {
        None => return Err(Error::NotFound("event")),
        Some(Registered::Closed) => return Err(closed()),
        Some(Registered::Already { id, status }) => (id, status, true),
        Some(Registered::New { id, status }) => (id, status, false),
    };
    let mut outcome = RegistrationOutcome {
        registration_id: id,
        status,
        already,
        token: None,
        invoice_number: None,
        invoice_gross_minor: None,
        mailed: false,
    };
    if !already {
        outcome.token = Some(token.to_string());
        if status == RegistrationStatus::Registered {
            let member = !new.needs_review && is_member(app, tx, scope, new.organisation_id).await?;
            let invoice = invoice_registration(app, tx, scope, event, id, new.organisation_id, member).await?;
            outcome.invoice_gross_minor = invoice.as_ref().map(|i| i.1);
            outcome.invoice_number = invoice.map(|i| i.0);
        }
    }
    Ok(outcome)
}

/// Finds the person by email among the cluster's contacts (and their organisation). Else creates
/// the contact with an organisation: one that visitors made under the same name and that still
/// waits for the team's review, or a new one tagged [`REVIEW_TAG`]; never an organisation the team
/// knows, found by a name anyone can type. All inside the registration's unit of work; the third
/// value says whether the person is new.
async fn match_person(tx: &mut store::Tx, scope: &ClusterScope, p: &Person) -> Result<(Uuid, Uuid, bool), Error> {
    if let Some((contact, organisation)) = store::contact::by_email(&mut *tx, scope, &p.email).await? {
        return Ok((contact, organisation, false));
    }
    let key = domain::organisation::name_key(&p.organisation);
    let organisation = match store::organisation::by_name_key_tagged(tx, scope, &key, REVIEW_TAG).await? {
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
                street: None,
                postcode: None,
                city: None,
                email: None,
                phone: None,
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
        billing_contact: false,
    };
    let contact =
        store::contact::insert(tx, scope, organisation, &fields).await?.ok_or(Error::NotFound("organisation"))?;
    Ok((contact, organisation, true))
}

/// Whether the organisation is a member today, for the member price, as the unit of work sees it.
pub(crate) async fn is_member(
    app: &App,
    tx: &mut store::Tx,
    scope: &ClusterScope,
    organisation: Uuid,
) -> Result<bool, Error> {
    let memberships = crate::membership::standings(app, tx.into(), scope, organisation).await?;
    Ok(memberships.iter().any(|m| m.standing.status.is_member()))
}

/// Raises the invoice of a paid event for a registration with a seat, inside the registration's
/// unit of work: the member price for a member organisation, else the non-member price, at the
/// event's tax rate. Returns its number and gross amount (minor units).
pub(crate) async fn invoice_registration(
    app: &App,
    tx: &mut store::Tx,
    scope: &ClusterScope,
    event: &Event,
    registration: Uuid,
    organisation: Uuid,
    member: bool,
) -> Result<Option<(String, i64)>, Error> {
    let today = app.today(scope);
    let price = if member { event.fields.member_price } else { event.fields.non_member_price };
    if price <= 0 {
        return Ok(None);
    }
    let customer = crate::invoice::customer_language(tx, scope, organisation).await?;
    let description = i18n::read_by(customer, || {
        let args = [
            ("event", event.fields.title.clone()),
            ("day", i18n::date(customer, event.fields.starts_at.date(), i18n::Length::Long)),
        ];
        i18n::said_with(if member { "invoice-line-registration-member" } else { "invoice-line-registration" }, &args)
    });
    let invoice = store::invoice::NewInvoice {
        kind: store::invoice::InvoiceKind::Event,
        organisation_id: organisation,
        membership_id: None,
        period_start: None,
        issued_on: today,
        due_on: today + Duration::days(crate::membership::PAYMENT_TERM_DAYS),
        tax_rate_basis_points: event.fields.tax_rate_basis_points,
        lines: vec![store::invoice::NewLine { description, quantity: 1, unit_price_minor: price }],
        explanation: String::new(),
        credited_invoice_id: None,
    };
    let gross = invoice.net() + invoice.tax();
    let issued = store::invoice::issue_invoices(tx, scope, &[invoice], "event registration").await?;
    let Some(issued) = issued.into_iter().next() else { return Ok(None) };
    store::event::set_invoice(tx, scope, registration, issued.id).await?;
    Ok(Some((issued.number, gross)))
}

/// The mail to someone who confirmed a registration they held already.
fn already_registered(
    app: &App,
    words: i18n::In,
    scope: &ClusterScope,
    event: &Event,
    to: &str,
) -> Option<OutgoingMail> {
    let mail = app.mail.as_ref()?;
    let about = [("title", event.fields.title.clone()), ("when", when(words, event))];
    Some(mail.to_one(
        to,
        words.t_args("mail-already-subject", &about[..1]),
        paragraphs(&[words.t("mail-hello"), words.t_args("mail-already-text", &about), scope.cluster().name.clone()]),
    ))
}

/// Paragraphs of a mail, a blank line between them.
pub(crate) fn paragraphs(parts: &[String]) -> String {
    parts.join("\n\n") + "\n"
}

/// The confirmation (or the waiting-list notice) with the event's `.ics`, when mail is set up.
#[allow(clippy::too_many_arguments)]
fn confirmation(
    app: &App,
    words: i18n::In,
    scope: &ClusterScope,
    event: &Event,
    to: &str,
    outcome: &RegistrationOutcome,
    token: &str,
    link_base: &str,
) -> Option<OutgoingMail> {
    let status = outcome.status;
    let invoice = outcome.invoice_number.clone().zip(outcome.invoice_gross_minor);
    let mail = app.mail.as_ref()?;
    let f = &event.fields;
    let cluster = &scope.cluster().name;
    let title = [("title", f.title.clone())];
    let (subject, opening) = match status {
        RegistrationStatus::Waitlisted => {
            (words.t_args("mail-waitlisted-subject", &title), words.t("mail-waitlisted-opening"))
        }
        _ => (words.t_args("mail-registered-subject", &title), words.t("mail-registered-opening")),
    };
    let mut what = vec![f.title.clone(), when(words, event)];
    what.extend([f.place.clone(), f.link.clone()].into_iter().flatten());
    let mut parts = vec![words.t("mail-hello"), opening, what.join("\n")];
    if !f.agenda.is_empty() {
        parts.push(format!("{}\n{}", words.t("mail-agenda"), domain::event::agenda_text(&f.agenda)));
    }
    if let Some((number, gross)) = invoice {
        let amount = domain::money::Money::new(gross, scope.cluster().base_currency).written_in(words.0);
        parts.push(words.t_args("mail-registration-cost", &[("amount", amount), ("number", number)]));
    } else if status == RegistrationStatus::Waitlisted && (f.member_price > 0 || f.non_member_price > 0) {
        parts.push(words.t("mail-nothing-invoiced-while-waiting"));
    }
    parts.push(format!("{}\n{link_base}{}", words.t("mail-cancel-here"), personal_path(scope, token)));
    parts.push(cluster.clone());
    let text = paragraphs(&parts);
    let url = format!("{link_base}{}", public_path(scope, event.id));
    let this_year = app.today(scope).year();
    let ics = i18n::read_by(words.0, || {
        crate::calendar::calendar(&f.title, App::zone(scope), this_year, &[(event, Some(url))])
    });
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
