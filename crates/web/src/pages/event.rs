//! The team's event pages: the list, the form, the event page with its registrations, check-in
//! at the door, the `.ics`, series and the cluster's time zone. The visitors' pages are in
//! [`super::public_event`].

use crate::reader;
use app::auth::{Edit, Manage, Read};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{routing::get, routing::post};
use domain::access::Permission;
use domain::event::{Attendance, Event, EventInput, Registration, RegistrationCheck, RegistrationStatus};
use domain::money::Money;

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageId, PageScope, resource};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/events", &["GET", "POST"], get(list).post(create))
        .route("/clusters/{cluster}/events/new", &["GET"], get(new))
        .route("/clusters/{cluster}/events/{id}", &["GET", "POST"], get(show).post(update))
        .route("/clusters/{cluster}/events/{id}/edit", &["GET"], get(edit))
        .route("/clusters/{cluster}/events/{id}/cancel", &["POST"], post(cancel))
        .route("/clusters/{cluster}/events/{id}/check-in", &["GET"], get(check_in))
        .route("/clusters/{cluster}/events/{id}/event.ics", &["GET"], get(ics))
        .route("/clusters/{cluster}/events/{id}/feedback-request", &["POST"], post(request_feedback))
        .route("/clusters/{cluster}/events/{id}/working-group", &["POST"], post(set_group))
        .route("/clusters/{cluster}/events/{id}/series", &["POST"], post(set_series))
        .route("/clusters/{cluster}/series", &["POST"], post(create_series))
        .route("/clusters/{cluster}/time-zone", &["POST"], post(set_time_zone))
        .route("/clusters/{cluster}/calendar-address", &["POST"], post(renew_calendar_address))
        .route("/clusters/{cluster}/series/{id}", &["GET"], get(series))
        .route("/clusters/{cluster}/registrations/{id}/attendance", &["POST"], post(attendance))
        .route("/clusters/{cluster}/registrations/{id}/cancel", &["POST"], post(cancel_registration))
        .route("/clusters/{cluster}/registrations/{id}/seat", &["POST"], post(seat))
        .route("/clusters/{cluster}/events/{id}/registrations", &["POST"], post(register))
        .route("/clusters/{cluster}/events/{id}/attendees", &["GET"], get(attendees))
        .route("/clusters/{cluster}/events/{id}/badges", &["GET"], get(badges))
        .route("/clusters/{cluster}/events/{id}/mail", &["POST"], post(mail_people))
        .route("/clusters/{cluster}/registration-requests/{id}/accept", &["POST"], post(accept_request))
        .route("/clusters/{cluster}/registration-requests/{id}/decline", &["POST"], post(decline_request))
        .route("/clusters/{cluster}/public-registration", &["POST"], post(set_public_registration))
}

/// How many past events the list of past events shows, the latest first.
const PAST_EVENTS_SHOWN: i64 = 200;

/// Where links in mail and calendars start: the configured public address, never the Host a
/// request names.
pub(super) fn link_base(state: &AppState) -> String {
    state.config.public_url.clone()
}

pub(super) fn money(scope: &impl app::auth::InCluster, minor: i64) -> String {
    if minor == 0 { reader::t("free") } else { crate::reader::money(Money::new(minor, scope.cluster().base_currency)) }
}

pub(super) fn when(e: &Event) -> String {
    let f = &e.fields;
    format!("{}, {}–{}", reader::weekday_and_day(f.starts_at), f.starts_at.format("%H:%M"), f.ends_at.format("%H:%M"))
}

fn seats(e: &Event) -> String {
    match e.fields.capacity {
        Some(c) => reader::t_args(
            "events-seats-taken",
            &[("taken", e.registered.to_string()), ("capacity", c.to_string()), ("waiting", e.waitlisted.to_string())],
        ),
        None => reader::t1("events-seats-no-limit", "registered", e.registered),
    }
}

pub(super) fn agenda_section(e: &Event) -> Section {
    let (time, session, speaker) = (reader::t("time"), reader::t("session"), reader::t("speaker"));
    let rows = e
        .fields
        .agenda
        .iter()
        .map(|i| {
            let class = if i.is_break { "muted" } else { "" };
            vec![
                Cell::text(format!("{}–{}", i.starts.format("%H:%M"), i.ends.format("%H:%M"))).class(class),
                Cell::text(&i.title).class(class),
                Cell::text(i.speaker.clone().unwrap_or_default()).class("optional"),
            ]
        })
        .collect();
    Section {
        title: reader::t("agenda"),
        table: plain_table(&[(time, ""), (session, ""), (speaker, "optional")], rows),
        empty: reader::t("no-agenda"),
        actions: Vec::new(),
    }
}

pub(super) fn event_facts(scope: &impl app::auth::InCluster, e: &Event) -> Vec<Fact> {
    let f = &e.fields;
    let mut facts = vec![
        Fact::new(reader::t("when"), Some(when(e))),
        Fact::new(reader::t("kind"), Some(reader::label(f.kind))),
        Fact::new(reader::t("format"), Some(reader::label(f.format))),
    ];
    if let Some(p) = &f.place {
        facts.push(Fact::new(reader::t("where"), Some(p.clone())));
    }
    if let Some(l) = &f.link {
        facts.push(Fact { label: reader::t("link"), value: l.clone(), href: Some(l.clone()) });
    }
    facts.push(Fact::new(reader::t("price-for-members"), Some(money(scope, f.member_price))));
    facts.push(Fact::new(reader::t("price-for-others"), Some(money(scope, f.non_member_price))));
    if f.tax_rate_basis_points != 0 {
        facts.push(Fact::new(reader::t("tax-on-prices"), Some(domain::written::percent_text(f.tax_rate_basis_points))));
    }
    if !f.description.is_empty() {
        facts.push(Fact::new(reader::t("about"), Some(f.description.clone())));
    }
    facts
}

#[derive(Debug, Default, serde::Deserialize)]
struct ListQuery {
    past: Option<String>,
}

async fn list(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<ListQuery>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "events", reader::t("nav-events")).await?;
    let past = q.past.is_some();
    let events = if past {
        app::event::past(&state.app, &page.scope, PAST_EVENTS_SHOWN).await?
    } else {
        app::event::upcoming(&state.app, &page.scope).await?
    };
    let rows = events
        .iter()
        .map(|e| {
            vec![
                Cell::link(&e.fields.title, format!("/clusters/{slug}/events/{}", e.id)),
                Cell::text(when(e)),
                Cell::text(reader::label(e.fields.kind)).class("optional"),
                Cell::text(if e.cancelled_at.is_some() { reader::t("events-cancelled") } else { seats(e) })
                    .class(if e.cancelled_at.is_some() { "status-problem" } else { "" }),
            ]
        })
        .collect();
    let feed = app::event::feed_path(&state.app, &page.scope).await?;
    let can_edit = page.can_edit();
    let mut report =
        ReportPage::new(page.layout, if past { reader::t("events-past-events") } else { reader::t("nav-events") });
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.subheading = reader::t("events-list-subheading");
    if can_edit {
        report.actions.push(Action {
            label: reader::t("events-new-event"),
            href: format!("/clusters/{slug}/events/new"),
            primary: true,
        });
    }
    report.actions.push(if past {
        link(reader::t("events-coming-events"), format!("/clusters/{slug}/events"))
    } else {
        link(reader::t("events-past-events"), format!("/clusters/{slug}/events?past=1"))
    });
    report.actions.push(link(reader::t("events-calendar-feed"), feed));
    if can_edit {
        report.actions.push(link(reader::t("events-sent-mail"), format!("/clusters/{slug}/mail")));
    }
    if can_edit {
        report.forms.push(PostForm::post(
            reader::t("events-new-series"),
            format!("/clusters/{slug}/series"),
            reader::t("events-create-series"),
            vec![
                FormField::text("title", &reader::t("events-title"), None, None).required(),
                FormField::text("description", &reader::t("events-description"), None, None),
            ],
        ));
    }
    if page.scope.role().allows(Permission::Manage) {
        let cluster = page.scope.cluster();
        let chosen = cluster.time_zone_override.map(|z| z.name().to_string());
        report.forms.push(PostForm::post(
            reader::t("events-time-zone"),
            format!("/clusters/{slug}/time-zone"),
            reader::t("events-set-time-zone"),
            vec![FormField::text("time_zone", &reader::t("events-time-zone-field"), chosen.as_deref(), None).hint(
                reader::t2(
                    "events-time-zone-hint",
                    "zone",
                    cluster.time_zone().name(),
                    "country_zone",
                    domain::time_zone::of_country(&cluster.country).name(),
                ),
            )],
        ));
        let check = app::registration::check_of(&state.app, &page.scope);
        let mut how = FormField::text("registration_check", &reader::t("events-visitors-registrations"), None, None)
            .select(
                RegistrationCheck::ALL
                    .iter()
                    .map(|c| SelectOption {
                        value: c.code().into(),
                        label: reader::label(*c),
                        selected: *c == cluster.registration_check,
                    })
                    .collect(),
            );
        if check != cluster.registration_check {
            how = how.hint(reader::t("events-mail-not-set-up-hint"));
        }
        report.forms.push(PostForm::post(
            reader::t("events-public-registrations"),
            format!("/clusters/{slug}/public-registration"),
            reader::t("events-save"),
            vec![
                how,
                FormField::text(
                    "privacy_notice_url",
                    &reader::t("events-privacy-notice-address"),
                    cluster.privacy_notice_url.as_deref(),
                    None,
                )
                .input("url")
                .hint(reader::t("events-privacy-notice-hint")),
            ],
        ));
        report.forms.push(
            PostForm::post(
                reader::t("events-calendar-feed"),
                format!("/clusters/{slug}/calendar-address"),
                reader::t("events-renew-feed"),
                Vec::new(),
            )
            .confirm(reader::t("events-renew-feed-confirm")),
        );
    }
    let series_rows = app::event::series(&state.app, &page.scope)
        .await?
        .into_iter()
        .map(|s| {
            vec![
                Cell::link(s.title, format!("/clusters/{slug}/series/{}", s.id)),
                Cell::text(s.description).class("optional"),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: if past { reader::t("events-latest-first") } else { reader::t("events-coming") },
        table: plain_table(
            &[
                (reader::t("events-event"), ""),
                (reader::t("when"), ""),
                (reader::t("kind"), "optional"),
                (reader::t("events-seats"), ""),
            ],
            rows,
        ),
        empty: reader::t("events-no-events"),
        actions: Vec::new(),
    });
    report.sections.push(Section {
        title: reader::t("events-series"),
        table: plain_table(
            &[(reader::t("events-series"), ""), (reader::t("events-description"), "optional")],
            series_rows,
        ),
        empty: reader::t("events-no-series"),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

fn event_fields(
    input: &EventInput,
    errors: Option<&domain::Invalid>,
    currency: domain::money::Currency,
) -> Vec<FormField> {
    let kinds: Vec<(&str, String)> =
        domain::event::EventKind::ALL.iter().map(|k| (k.code(), reader::label(*k))).collect();
    let formats: Vec<(&str, String)> =
        domain::event::EventFormat::ALL.iter().map(|k| (k.code(), reader::label(*k))).collect();
    let choose = reader::t("choose");
    vec![
        FormField::text("title", &reader::t("events-title"), input.title.as_deref(), errors).required(),
        FormField::text("kind", &reader::t("kind"), None, errors).required().select(options(
            &choose,
            kinds.iter().map(|(c, l)| (*c, l.as_str())),
            input.kind.as_deref(),
        )),
        FormField::text("format", &reader::t("format"), None, errors).required().select(options(
            &choose,
            formats.iter().map(|(c, l)| (*c, l.as_str())),
            input.format.as_deref(),
        )),
        FormField::text("date", &reader::t("events-day"), input.date.as_deref(), errors).required().input("date"),
        FormField::text("starts", &reader::t("events-starts"), input.starts.as_deref(), errors)
            .required()
            .input("time"),
        FormField::text("ends", &reader::t("events-ends"), input.ends.as_deref(), errors).required().input("time"),
        FormField::text("place", &reader::t("events-place"), input.place.as_deref(), errors)
            .hint(reader::t("events-place-hint")),
        FormField::text("link", &reader::t("events-link-to-join"), input.link.as_deref(), errors)
            .hint(reader::t("events-link-hint")),
        FormField::text("capacity", &reader::t("events-seats"), input.capacity.as_deref(), errors)
            .input("number")
            .hint(reader::t("events-capacity-hint")),
        FormField::text(
            "member_price",
            &reader::t1("events-price-for-members-in", "currency", currency),
            input.member_price.as_deref(),
            errors,
        )
        .hint(reader::t("events-empty-for-free")),
        FormField::text(
            "non_member_price",
            &reader::t1("events-price-for-others-in", "currency", currency),
            input.non_member_price.as_deref(),
            errors,
        )
        .hint(reader::t("events-non-member-price-hint")),
        FormField::text("tax_rate", &reader::t("events-tax-rate"), input.tax_rate.as_deref(), errors)
            .hint(reader::t("events-tax-rate-hint")),
        FormField::text("description", &reader::t("events-description"), input.description.as_deref(), errors)
            .input("textarea"),
        FormField::text("agenda", &reader::t("agenda"), input.agenda.as_deref(), errors)
            .input("textarea")
            .hint(reader::t("events-agenda-hint")),
    ]
}

fn event_form(
    page: ClusterPage,
    heading: String,
    action: String,
    cancel: String,
    input: &EventInput,
    errors: Option<&domain::Invalid>,
) -> Response {
    let currency = page.scope.cluster().base_currency;
    let status = if errors.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    (
        status,
        FormPage {
            heading,
            action,
            submit: reader::t("events-save-event").into(),
            cancel_href: cancel,
            fields: event_fields(input, errors, currency),
            has_errors: errors.is_some(),
            intro: String::new(),
            links: Vec::new(),
            layout: page.layout,
        },
    )
        .into_response()
}

async fn new(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "events", reader::t("events-new-event")).await?;
    let href = format!("/clusters/{slug}/events");
    Ok(event_form(page, reader::t("events-new-event"), href.clone(), href, &EventInput::default(), None))
}

async fn create(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path(slug): Path<String>,
    CsrfForm(input): CsrfForm<EventInput>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "events", reader::t("events-new-event")).await?;
    let saved = match input.parse(page.scope.cluster().base_currency) {
        Ok(fields) => app::event::create(&state.app, &page.scope, &fields, None).await,
        Err(e) => Err(e.into()),
    };
    match saved {
        Ok(id) => Ok(created(&format!("/clusters/{slug}/events/{id}"), reader::t("events-created"))),
        Err(app::Error::Invalid(e) | app::Error::Conflict(e)) => {
            let href = format!("/clusters/{slug}/events");
            Ok(event_form(page, reader::t("events-new-event"), href.clone(), href, &input, Some(&e)))
        }
        Err(e) => Err(e.into()),
    }
}

async fn edit(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Event>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "events", reader::t("events-event")).await?;
    let e = app::event::get(&state.app, &page.scope, id).await?;
    let input = e.fields.to_input(page.scope.cluster().base_currency);
    let href = format!("/clusters/{slug}/events/{id}");
    Ok(event_form(page, e.fields.title.clone(), href.clone(), href, &input, None))
}

async fn update(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Event>,
    CsrfForm(input): CsrfForm<EventInput>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "events", reader::t("events-event")).await?;
    app::event::get(&state.app, &page.scope, id).await?;
    let saved = match input.parse(page.scope.cluster().base_currency) {
        Ok(fields) => app::event::update(&state.app, &page.scope, id, &fields).await,
        Err(e) => Err(e.into()),
    };
    let href = format!("/clusters/{slug}/events/{id}");
    match saved {
        Ok(()) => Ok(Redirect::to(&href).into_response()),
        Err(app::Error::Invalid(e) | app::Error::Conflict(e)) => {
            let title = input.title.clone().unwrap_or_default();
            Ok(event_form(page, title, href.clone(), href, &input, Some(&e)))
        }
        Err(e) => Err(e.into()),
    }
}

fn status_cell(r: &Registration) -> Cell {
    let class = match r.status {
        RegistrationStatus::Registered => "status-ok",
        RegistrationStatus::Waitlisted => "status-warning",
        RegistrationStatus::Cancelled => "",
    };
    Cell::text(reader::label(r.status)).class(class)
}

fn attendance_label(r: &Registration) -> String {
    r.attendance.map_or_else(String::new, reader::label)
}

async fn show(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Event>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "events", reader::t("events-event")).await?;
    let scope = &page.scope;
    let e = app::event::get(&state.app, scope, id).await?;
    let registrations = app::event::registrations(&state.app, scope, id).await?;
    let invoices = app::event::invoices(&state.app, scope, id).await?;
    let can_edit = page.can_edit();
    let public = app::event::public_path(scope, id);
    let mut layout = page.layout;
    layout.title = e.fields.title.clone();
    let mut report = ReportPage::new(layout, e.fields.title.clone());
    report.subheading =
        if e.cancelled_at.is_some() { reader::t1("events-cancelled-when", "when", when(&e)) } else { seats(&e) };
    report.notice = flash.notice;
    report.problem = flash.problem;
    if can_edit {
        report.actions.push(link(reader::t("edit"), format!("/clusters/{slug}/events/{id}/edit")));
        report.actions.push(link(reader::t("events-check-in"), format!("/clusters/{slug}/events/{id}/check-in")));
    }
    report.actions.push(link(reader::t("events-calendar-file"), format!("/clusters/{slug}/events/{id}/event.ics")));
    report.actions.push(link(reader::t("events-public-page"), public.clone()));
    report.actions.push(link(reader::t("events-attendees-csv"), format!("/clusters/{slug}/events/{id}/attendees")));
    report
        .actions
        .push(link(reader::t("events-attendees-xlsx"), format!("/clusters/{slug}/events/{id}/attendees?format=xlsx")));
    report.actions.push(link(reader::t("events-name-badges"), format!("/clusters/{slug}/events/{id}/badges")));
    let mut facts = event_facts(scope, &e);
    facts.push(Fact {
        label: reader::t("events-registration"),
        value: format!("{}{public}", link_base(&state)),
        href: Some(public),
    });
    report.facts = facts;
    let over = app::event::is_over(&state.app, scope, &e);
    if can_edit && e.cancelled_at.is_none() && !over {
        report.forms.push(
            PostForm::post(
                reader::t("events-cancel-the-event"),
                format!("/clusters/{slug}/events/{id}/cancel"),
                reader::t("events-cancel-the-event"),
                Vec::new(),
            )
            .confirm(reader::t("events-cancel-confirm")),
        );
    }
    let all_series = app::event::series(&state.app, scope).await?;
    if let Some(s) = e.series_id.and_then(|id| all_series.iter().find(|s| s.id == id)) {
        report.facts.insert(
            0,
            Fact {
                label: reader::t("events-part-of"),
                value: s.title.clone(),
                href: Some(format!("/clusters/{slug}/series/{}", s.id)),
            },
        );
    }
    if can_edit {
        let current = e.series_id.map(|g| g.to_string());
        let choices: Vec<(String, String)> = all_series.iter().map(|s| (s.id.to_string(), s.title.clone())).collect();
        report.forms.push(PostForm::post(
            reader::t("events-series"),
            format!("/clusters/{slug}/events/{id}/series"),
            reader::t("events-save"),
            vec![FormField::text("series", &reader::t("events-a-session-of"), None, None).select(options(
                &reader::t("events-no-series-choice"),
                choices.iter().map(|(v, l)| (v.as_str(), l.as_str())),
                current.as_deref(),
            ))],
        ));
        let groups = app::engagement::groups(&state.app, scope).await?;
        let current = e.working_group_id.map(|g| g.to_string());
        let choices: Vec<(String, String)> = groups.iter().map(|g| (g.id.to_string(), g.name.clone())).collect();
        report.forms.push(PostForm::post(
            reader::t("engagement-working-group"),
            format!("/clusters/{slug}/events/{id}/working-group"),
            reader::t("events-save"),
            vec![FormField::text("group", &reader::t("events-a-meeting-of"), None, None).select(options(
                &reader::t("events-no-group-choice"),
                choices.iter().map(|(v, l)| (v.as_str(), l.as_str())),
                current.as_deref(),
            ))],
        ));
        if over && e.cancelled_at.is_none() {
            report.forms.push(PostForm::post(
                reader::t("engagement-feedback"),
                format!("/clusters/{slug}/events/{id}/feedback-request"),
                reader::t("events-ask-those-who-came"),
                Vec::new(),
            ));
        }
    }
    let open = can_edit && e.cancelled_at.is_none() && !over;
    if open {
        report.forms.push(PostForm::post(
            reader::t("events-register-someone"),
            format!("/clusters/{slug}/events/{id}/registrations"),
            reader::t("events-register-button"),
            vec![
                FormField::text("email", &reader::t("events-email-of-the-person"), None, None)
                    .input("email")
                    .required()
                    .hint(reader::t("events-register-someone-hint")),
            ],
        ));
    }
    if can_edit && e.cancelled_at.is_none() {
        report.forms.push(
            PostForm::post(
                reader::t("events-email-the-registered"),
                format!("/clusters/{slug}/events/{id}/mail"),
                reader::t("send"),
                vec![
                    FormField::text("to", &reader::t("events-mail-to"), None, None).select(options(
                        &reader::t("events-those-with-a-seat"),
                        [("waiting", reader::t("events-those-with-a-seat-and-waiting").as_str())],
                        None,
                    )),
                    FormField::text("subject", &reader::t("events-mail-subject"), None, None)
                        .required()
                        .hint(reader::t("events-mail-subject-hint")),
                    FormField::text("text", &reader::t("events-mail-message"), None, None).input("textarea").required(),
                ],
            )
            .ask(reader::t("events-mail-ask")),
        );
    }
    report.sections.push(agenda_section(&e));
    let full = e.fields.capacity.is_some_and(|c| registrations.iter().filter(|r| r.holds_seat()).count() as i64 >= c);
    let rows = registrations
        .iter()
        .map(|r| {
            let invoice = r.invoice_id.and_then(|i| invoices.get(&i));
            let seat = if open && r.status == RegistrationStatus::Waitlisted {
                let name = format!("{} {}", r.first_name, r.last_name);
                let button = Cell::button(
                    reader::t("events-give-a-seat"),
                    format!("/clusters/{slug}/registrations/{}/seat", r.id),
                )
                .class("secondary");
                if full { button.confirm(reader::t1("events-give-a-seat-confirm", "name", &name)) } else { button }
            } else {
                Cell::text("")
            };
            vec![
                Cell::link(
                    format!("{} {}", r.first_name, r.last_name),
                    format!("/clusters/{slug}/contacts/{}", r.contact_id),
                ),
                Cell::link(&r.organisation, format!("/clusters/{slug}/organisations/{}", r.organisation_id)),
                status_cell(r),
                Cell::text(attendance_label(r)),
                match invoice {
                    Some((i, state)) => Cell::link(
                        format!("{} · {}", i.number, reader::label(*state)),
                        format!("/clusters/{slug}/invoices/{}", i.id),
                    )
                    .class(super::membership::invoice_class(*state)),
                    None => Cell::text(""),
                },
                Cell::text(if r.needs_review { reader::t("events-new-review") } else { String::new() })
                    .class("optional"),
                seat,
                if can_edit && !r.is_cancelled() && !over {
                    Cell::button(
                        reader::t("events-cancel-registration"),
                        format!("/clusters/{slug}/registrations/{}/cancel", r.id),
                    )
                    .class("secondary")
                    .confirm(reader::t1(
                        "events-cancel-registration-confirm",
                        "name",
                        format!("{} {}", r.first_name, r.last_name),
                    ))
                } else {
                    Cell::text("")
                },
            ]
        })
        .collect();
    let requests = app::registration::requests(&state.app, scope, id).await?;
    let open: Vec<_> = requests.iter().filter(|q| q.may_decide() || q.may_confirm()).collect();
    if !open.is_empty() {
        let rows = open
            .iter()
            .map(|q| {
                let decide = |what: &str| format!("/clusters/{slug}/registration-requests/{}/{what}", q.id);
                vec![
                    Cell::text(q.name()),
                    Cell::text(&q.email),
                    Cell::text(&q.organisation),
                    Cell::text(match &q.known_organisation {
                        Some(o) => reader::t1("events-a-contact-of", "organisation", o),
                        None => reader::t("events-new-email"),
                    }),
                    Cell::text(reader::label(q.state)),
                    if can_edit && q.may_decide() {
                        Cell::button(reader::t("events-accept"), decide("accept"))
                    } else {
                        Cell::text("")
                    },
                    if can_edit && q.may_decide() {
                        Cell::button(reader::t("events-decline"), decide("decline")).class("secondary")
                    } else {
                        Cell::text("")
                    },
                ]
            })
            .collect();
        report.sections.push(Section {
            title: reader::t_count("events-registrations-to-check", open.len() as i64),
            table: plain_table(
                &[
                    (reader::t("events-person-as-typed"), ""),
                    (reader::t("email"), ""),
                    (reader::t("events-organisation-as-typed"), ""),
                    (reader::t("events-the-email-is"), ""),
                    (reader::t("events-waiting-for"), ""),
                    (String::new(), ""),
                    (String::new(), ""),
                ],
                rows,
            ),
            empty: String::new(),
            actions: Vec::new(),
        });
    }
    report.sections.push(Section {
        title: reader::t_count("events-registrations-count", registrations.len() as i64),
        table: plain_table(
            &[
                (reader::t("events-person"), ""),
                (reader::t("organisation"), ""),
                (reader::t("status"), ""),
                (reader::t("events-came"), ""),
                (reader::t("events-invoice"), ""),
                (reader::t("events-review"), "optional"),
                (reader::t("events-waiting-list"), ""),
                (reader::t("actions"), ""),
            ],
            rows,
        ),
        empty: reader::t("events-nobody-registered"),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

async fn cancel(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Event>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let done = app::event::cancel(&state.app, &scope, id, user.actor.email())
        .await
        .map(|()| reader::t("events-cancelled-notice"));
    after_action(&headers, &format!("/clusters/{slug}/events/{id}"), done)
}

/// One person at the door.
struct AtTheDoor {
    id: domain::id::Uuid,
    name: String,
    organisation: String,
    state: String,
    came: bool,
    mark_label: String,
    mark_href: String,
    no_show_href: String,
}

#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "check_in.html")]
struct CheckInPage {
    layout: Layout,
    heading: String,
    tally: String,
    event_href: String,
    page_href: String,
    /// Why attendance cannot be recorded yet, before the event's day.
    closed: Option<String>,
    q: String,
    people: Vec<AtTheDoor>,
    empty: String,
}

#[derive(Debug, Default, serde::Deserialize)]
struct CheckInQuery {
    q: Option<String>,
}

/// The check-in at the door: everyone with a seat in alphabetical order (by last name, accents
/// and case aside), found as the name or the organisation is typed, each marked without leaving
/// the page.
async fn check_in(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Event>,
    Query(query): Query<CheckInQuery>,
) -> Result<Response, PageError> {
    let mut page = ClusterPage::open(&state, access, "events", reader::t("events-check-in")).await?;
    page.layout.compact = true;
    let e = app::event::get(&state.app, &page.scope, id).await?;
    let registrations = app::event::registrations(&state.app, &page.scope, id).await?;
    let came = registrations.iter().filter(|r| r.came()).count();
    let q = query.q.unwrap_or_default();
    let wanted = domain::text::fold(q.trim());
    let mut seated: Vec<&Registration> = registrations.iter().filter(|r| r.holds_seat()).collect();
    seated.sort_by(|a, b| app::event::by_name(a, b));
    let people = seated
        .into_iter()
        .filter(|r| {
            wanted.is_empty()
                || domain::text::fold(&format!("{} {} {}", r.first_name, r.last_name, r.organisation)).contains(&wanted)
        })
        .map(|r| {
            let action = format!("/clusters/{slug}/registrations/{}/attendance", r.id);
            let came = r.came();
            let (mark_label, next) = if came {
                (reader::t("events-undo"), "clear")
            } else {
                (reader::t("events-came"), Attendance::Attended.code())
            };
            AtTheDoor {
                id: r.id,
                name: format!("{} {}", r.first_name, r.last_name),
                organisation: r.organisation.clone(),
                state: attendance_label(r),
                came,
                mark_label,
                mark_href: format!("{action}?set={next}"),
                no_show_href: format!("{action}?set={}", Attendance::NoShow.code()),
            }
        })
        .collect::<Vec<_>>();
    let open = e.check_in_open(state.app.local_now(&page.scope));
    let empty = if wanted.is_empty() {
        reader::t("events-nobody-holds-a-seat")
    } else {
        reader::t1("events-nobody-matches", "search", &q)
    };
    Ok(CheckInPage {
        heading: reader::t1("events-check-in-heading", "title", &e.fields.title),
        tally: reader::t_args(
            "events-check-in-tally",
            &[("came", came.to_string()), ("registered", e.registered.to_string()), ("when", when(&e))],
        ),
        event_href: format!("/clusters/{slug}/events/{id}"),
        page_href: format!("/clusters/{slug}/events/{id}/check-in"),
        closed: (!open).then(|| reader::t1("events-check-in-opens", "day", reader::day(e.fields.starts_at))),
        q,
        people,
        empty,
        layout: page.layout,
    }
    .into_response())
}

#[derive(Debug, serde::Deserialize)]
struct SetQuery {
    set: Option<String>,
}

async fn attendance(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Registration>,
    Query(q): Query<SetQuery>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    app::event::registration(&state.app, &scope, id).await?;
    let attendance = match q.set.as_deref() {
        Some("clear") => None,
        Some(a) => Some(Attendance::parse(a).map_err(app::Error::BadRequest)?),
        None => return Err(app::Error::BadRequest(i18n::said("invalid-web-attendance-missing")).into()),
    };
    let done = app::event::check_in(&state.app, &scope, id, attendance).await.map(|()| reader::t("events-recorded"));
    let back = back_within(&headers, &format!("/clusters/{slug}/events/"), format!("/clusters/{slug}/events"));
    if headers.contains_key("hx-request") && done.is_ok() {
        // Marked at the door: htmx follows to the page and swaps in only the person's row, so the
        // page neither reloads nor loses its place. A refusal loads the page with its reason.
        return Ok(Redirect::to(&back).into_response());
    }
    after_action(&headers, &back, done)
}

async fn cancel_registration(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Registration>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let r = app::event::registration(&state.app, &scope, id).await?;
    let done = app::event::cancel_registration(&state.app, &scope, id, user.actor.email()).await.map(|promoted| {
        let mut said = reader::t1("events-registration-cancelled", "name", format!("{} {}", r.first_name, r.last_name));
        if r.invoice_id.is_some() {
            said.push_str(&reader::t("events-its-invoice-credited"));
        }
        if !promoted.is_empty() {
            said.push_str(&reader::t_count("events-moved-up", promoted.len() as i64));
        }
        said + "."
    });
    after_action(&headers, &format!("/clusters/{slug}/events/{}", r.event_id), done)
}

async fn seat(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Registration>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let r = app::event::registration(&state.app, &scope, id).await?;
    let done = app::event::seat(&state.app, &scope, id)
        .await
        .map(|()| reader::t1("events-seat-given", "name", format!("{} {}", r.first_name, r.last_name)));
    after_action(&headers, &format!("/clusters/{slug}/events/{}", r.event_id), done)
}

#[derive(Debug, serde::Deserialize)]
struct RegisterForm {
    #[serde(default)]
    email: String,
}

async fn register(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Event>,
    CsrfForm(form): CsrfForm<RegisterForm>,
) -> Result<Response, PageError> {
    let done = app::registration::register_by_email(&state.app, &scope, id, &form.email, &link_base(&state))
        .await
        .map(|outcome| registered_notice(&form.email, &outcome));
    after_action(&headers, &format!("/clusters/{slug}/events/{id}"), done)
}

/// What the team is told after registering someone by hand.
pub(super) fn registered_notice(who: &str, outcome: &app::registration::RegistrationOutcome) -> String {
    let who = who.trim();
    if outcome.already {
        return reader::t1("events-registered-already", "who", who);
    }
    let mut said = match outcome.status {
        RegistrationStatus::Registered => reader::t1("events-who-is-registered", "who", who),
        _ => reader::t1("events-who-is-waiting", "who", who),
    };
    if let Some(number) = &outcome.invoice_number {
        said.push_str(&reader::t1("events-invoice-issued", "number", number));
    }
    if outcome.mailed {
        said.push_str(&reader::t("events-confirmation-on-its-way"));
    } else {
        said.push('.');
    }
    said
}

#[derive(Debug, serde::Deserialize)]
struct MailForm {
    #[serde(default)]
    to: String,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    text: String,
}

async fn mail_people(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Event>,
    CsrfForm(form): CsrfForm<MailForm>,
) -> Result<Response, PageError> {
    let to = if form.to == "waiting" {
        app::event::Recipients::RegisteredAndWaiting
    } else {
        app::event::Recipients::Registered
    };
    let done = app::event::mail_people(&state.app, &scope, id, to, &form.subject, &form.text, &user.actor)
        .await
        .map(|n| reader::t_count("events-mail-sent", n as i64));
    after_action(&headers, &format!("/clusters/{slug}/events/{id}"), done)
}

#[derive(Debug, Default, serde::Deserialize)]
struct FormatQuery {
    format: Option<String>,
}

async fn attendees(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    PageId(id, _): PageId<resource::Event>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, PageError> {
    let table = app::event::attendees(&state.app, &scope, id).await?;
    Ok(crate::exports::download(table, q.format.as_deref(), "attendees").await?)
}

struct Badge {
    name: String,
    organisation: String,
}

/// Name badges to print, two columns of four on A4, for everyone with a seat.
#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "badges.html")]
struct BadgesPage {
    title: String,
    when: String,
    cluster: String,
    back: String,
    /// How many badges there are, and how to print them.
    intro: String,
    badges: Vec<Badge>,
}

async fn badges(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Event>,
) -> Result<Response, PageError> {
    let e = app::event::get(&state.app, &scope, id).await?;
    let mut people: Vec<Registration> =
        app::event::registrations(&state.app, &scope, id).await?.into_iter().filter(|r| r.holds_seat()).collect();
    people.sort_by(app::event::by_name);
    Ok(BadgesPage {
        title: e.fields.title.clone(),
        when: when(&e),
        cluster: scope.cluster().name.clone(),
        back: format!("/clusters/{slug}/events/{id}"),
        intro: reader::t_count("events-badges-intro", people.len() as i64),
        badges: people
            .into_iter()
            .map(|r| Badge { name: format!("{} {}", r.first_name, r.last_name), organisation: r.organisation })
            .collect(),
    }
    .into_response())
}

pub(super) fn calendar_response(text: String, file: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("inline; filename=\"{file}\"")),
        ],
        text,
    )
        .into_response()
}

async fn ics(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    PageId(id, _): PageId<resource::Event>,
) -> Result<Response, PageError> {
    let text = app::event::ics(&state.app, &scope, id, &link_base(&state)).await?;
    Ok(calendar_response(text, "event.ics"))
}

/// A page for visitors.
async fn request_feedback(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Event>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let done = app::engagement::request_feedback(&state.app, &scope, id, &link_base(&state))
        .await
        .map(|n| reader::t_count("events-feedback-asked", n as i64));
    after_action(&headers, &format!("/clusters/{slug}/events/{id}"), done)
}

#[derive(Debug, serde::Deserialize)]
struct GroupChoice {
    group: Option<String>,
}

async fn set_group(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Event>,
    CsrfForm(form): CsrfForm<GroupChoice>,
) -> Result<Response, PageError> {
    let group = non_empty(&form.group).map(|g| parse_id(g, "working group")).transpose()?;
    app::engagement::link_meeting(&state.app, &scope, id, group).await?;
    Ok(see_other_with(&headers, &format!("/clusters/{slug}/events/{id}"), "notice", &reader::t("events-saved")))
}

#[derive(Debug, serde::Deserialize)]
struct SeriesChoice {
    series: Option<String>,
}

async fn set_series(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Event>,
    CsrfForm(form): CsrfForm<SeriesChoice>,
) -> Result<Response, PageError> {
    let series = non_empty(&form.series).map(|s| parse_id(s, "series")).transpose()?;
    app::event::set_series(&state.app, &scope, id, series).await?;
    Ok(see_other_with(&headers, &format!("/clusters/{slug}/events/{id}"), "notice", &reader::t("events-saved")))
}

#[derive(Debug, serde::Deserialize)]
struct SeriesForm {
    title: Option<String>,
    description: Option<String>,
}

async fn create_series(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<SeriesForm>,
) -> Result<Response, PageError> {
    let title = form.title.unwrap_or_default();
    match app::event::create_series(&state.app, &scope, &title, form.description.as_deref().unwrap_or_default().trim())
        .await
    {
        Ok(id) => Ok(see_other(&headers, &format!("/clusters/{slug}/series/{id}"))),
        Err(e) => after_action(&headers, &format!("/clusters/{slug}/events"), Err(e)),
    }
}

#[derive(Debug, serde::Deserialize)]
struct TimeZoneForm {
    time_zone: Option<String>,
}

async fn set_time_zone(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<TimeZoneForm>,
) -> Result<Response, PageError> {
    let done = app::cluster::set_time_zone(&state.app, &scope, form.time_zone.as_deref().unwrap_or_default())
        .await
        .map(|zone| reader::t1("events-time-zone-set", "zone", zone.name()));
    after_action(&headers, &format!("/clusters/{slug}/events"), done)
}

#[derive(Debug, serde::Deserialize)]
struct PublicRegistrationForm {
    registration_check: Option<String>,
    privacy_notice_url: Option<String>,
}

async fn set_public_registration(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<PublicRegistrationForm>,
) -> Result<Response, PageError> {
    let check = RegistrationCheck::parse(form.registration_check.as_deref().unwrap_or_default())
        .map_err(|e| app::Error::Invalid(domain::Invalid::one("registration_check", e)));
    let done = match check {
        Ok(check) => app::registration::set_public_registration(
            &state.app,
            &scope,
            check,
            form.privacy_notice_url.as_deref().unwrap_or_default(),
        )
        .await
        .map(|()| match check {
            RegistrationCheck::Mail => reader::t("events-public-registration-mail"),
            RegistrationCheck::Review => reader::t("events-public-registration-review"),
        }),
        Err(e) => Err(e),
    };
    after_action(&headers, &format!("/clusters/{slug}/events"), done)
}

async fn accept_request(
    State(state): State<AppState>,
    PageScope { scope, user, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::RegistrationRequest>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let done = app::registration::accept(&state.app, &scope, id, &link_base(&state), user.actor.email()).await.map(
        |outcome| {
            let told = if outcome.mailed {
                reader::t("events-accepted-told-by-mail")
            } else {
                reader::t("events-accepted-mail-not-set-up")
            };
            let accepted = match (outcome.already, outcome.status) {
                (true, _) => reader::t("events-accepted-already"),
                (false, RegistrationStatus::Waitlisted) => reader::t("events-accepted-waiting"),
                (false, _) => reader::t("events-accepted-registered"),
            };
            format!("{accepted}{told}.")
        },
    );
    let back = back_within(&headers, &format!("/clusters/{slug}/events/"), format!("/clusters/{slug}/events"));
    after_action(&headers, &back, done)
}

async fn decline_request(
    State(state): State<AppState>,
    PageScope { scope, user, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::RegistrationRequest>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let done = app::registration::decline(&state.app, &scope, id, user.actor.email())
        .await
        .map(|()| reader::t("events-declined"));
    let back = back_within(&headers, &format!("/clusters/{slug}/events/"), format!("/clusters/{slug}/events"));
    after_action(&headers, &back, done)
}

async fn renew_calendar_address(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let done = app::event::renew_feed_path(&state.app, &scope).await.map(|_| reader::t("events-feed-renewed"));
    after_action(&headers, &format!("/clusters/{slug}/events"), done)
}

async fn series(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Series>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "events", reader::t("events-series")).await?;
    let (series, events) = app::event::series_with_events(&state.app, &page.scope, id).await?;
    let rows = events
        .iter()
        .map(|e| {
            vec![
                Cell::link(&e.fields.title, format!("/clusters/{slug}/events/{}", e.id)),
                Cell::text(when(e)),
                Cell::text(if e.cancelled_at.is_some() { reader::t("events-cancelled") } else { seats(e) }),
            ]
        })
        .collect();
    let mut report = ReportPage::new(page.layout, series.title.clone());
    report.subheading = series.description.clone();
    report.actions.push(link(reader::t("nav-events"), format!("/clusters/{slug}/events")));
    report.sections.push(Section {
        title: reader::t_count("events-sessions-count", events.len() as i64),
        table: plain_table(
            &[(reader::t("events-series-session"), ""), (reader::t("when"), ""), (reader::t("events-seats"), "")],
            rows,
        ),
        empty: reader::t("events-no-sessions"),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}
