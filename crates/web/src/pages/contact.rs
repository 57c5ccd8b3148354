//! Contact pages: list with search, record, form, archive.

use crate::reader;
use app::auth::{Edit, Read};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{routing::get, routing::post};
use domain::contact::Contact;
use domain::contact::ContactInput;
use domain::id::Uuid;

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageId, PageScope, resource};
use crate::error::PageError;
use crate::params::ContactQuery;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/contacts", &["GET", "POST"], get(list).post(create))
        .route("/clusters/{cluster}/contacts/new", &["GET"], get(new))
        .route("/clusters/{cluster}/contacts/{id}", &["GET", "POST"], get(show).post(update))
        .route("/clusters/{cluster}/contacts/{id}/edit", &["GET"], get(edit))
        .route("/clusters/{cluster}/contacts/{id}/archive", &["POST"], post(archive))
        .route("/clusters/{cluster}/contacts/{id}/restore", &["POST"], post(restore))
}

fn base(slug: &str) -> String {
    format!("/clusters/{slug}/contacts")
}

async fn list(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Query(query): Query<ContactQuery>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "contacts", reader::t("nav-contacts")).await?;
    let filter = query.filter()?;
    let paging = query.paging();
    let result = app::contact::list(&state.app, &page.scope, &filter, paging).await?;
    let base_href = base(page.slug());
    let organisations_href = format!("/clusters/{}/organisations", page.slug());
    let sort = filter.sort.code();
    let params: Vec<(&str, String)> = vec![
        ("q", query.q.clone().unwrap_or_default()),
        ("organisation", query.organisation.clone().unwrap_or_default()),
        ("status", query.status.clone().unwrap_or_default()),
        ("sort", if filter.sort == domain::contact::ContactSort::Name { String::new() } else { sort.to_string() }),
        ("dir", if filter.descending { "desc".into() } else { String::new() }),
        ("page", if paging.page > 1 { paging.page.to_string() } else { String::new() }),
    ];
    let mut chips = Vec::new();
    let remove = |key: &str| format!("{base_href}?{}", query_with(&params, &[(key, ""), ("page", "")]));
    if let Some(q) = non_empty(&query.q) {
        chips.push(Chip { label: reader::t1("contacts-chip-text", "text", q), href: remove("q") });
    }
    if filter.organisation_id.is_some() {
        chips.push(Chip { label: reader::t("contacts-chip-one-organisation"), href: remove("organisation") });
    }
    if filter.archived {
        chips.push(Chip { label: reader::t("contacts-archived"), href: remove("status") });
    }
    let col = |label, code, class| sort_column(label, code, sort, filter.descending, &base_href, &params, class);
    let table = Table {
        columns: vec![
            col(reader::t("organisations-name"), "name", ""),
            col(reader::t("organisation"), "organisation", ""),
            Column { label: reader::t("organisations-position").into(), href: None, sort_state: "", class: "optional" },
            Column { label: reader::t("email").into(), href: None, sort_state: "", class: "optional" },
            Column { label: reader::t("organisations-phone").into(), href: None, sort_state: "", class: "optional" },
        ],
        rows: result
            .items
            .iter()
            .map(|c| {
                vec![
                    Cell::link(c.fields.full_name(), format!("{base_href}/{}", c.id)),
                    Cell::link(&c.organisation_name, format!("{organisations_href}/{}", c.organisation_id)),
                    Cell::text(c.fields.position.clone().unwrap_or_default()).class("optional"),
                    Cell::text(c.fields.email.clone().unwrap_or_default()).class("optional"),
                    Cell::text(c.fields.phone.clone().unwrap_or_default()).class("optional"),
                ]
            })
            .collect(),
    };
    let pages = paging.pages(result.total);
    let page_href = |n: i64| format!("{base_href}?{}", query_with(&params, &[("page", &n.to_string())]));
    let mut actions = Vec::new();
    if page.can_edit() {
        actions.push(Action { label: reader::t("contacts-new"), href: format!("{base_href}/new"), primary: true });
        actions.push(Action {
            label: reader::t("organisations-import"),
            href: format!("/clusters/{}/import?target=contacts", page.slug()),
            primary: false,
        });
    }
    let any_filter = !chips.is_empty();
    let archived = reader::t("contacts-archived");
    Ok(ListPage {
        heading: reader::t("nav-contacts"),
        actions,
        exports: [
            (reader::t("organisations-export-csv"), "csv"),
            (reader::t("organisations-export-xlsx"), "xlsx"),
            ("vCard".to_string(), "vcf"),
        ]
        .into_iter()
        .map(|(label, format)| {
            let q = query_with(&params, &[("page", ""), ("format", format)]);
            Action { label, href: format!("{base_href}/export?{q}"), primary: false }
        })
        .collect(),
        search_label: reader::t("contacts-search").into(),
        search: query.q.clone().unwrap_or_default(),
        filters: vec![Filter {
            name: "status",
            label: reader::t("status").into(),
            options: options(
                &reader::t("contacts-current"),
                [("archived", archived.as_str())],
                filter.archived.then_some("archived"),
            ),
        }],
        sort: if filter.sort == domain::contact::ContactSort::Name { String::new() } else { sort.to_string() },
        dir: if filter.descending { "desc".into() } else { String::new() },
        chips,
        table,
        empty: if any_filter { reader::t("contacts-empty-filtered") } else { reader::t("contacts-empty") },
        count_text: reader::t_count("contacts-count", result.total),
        page: paging.page,
        pages,
        prev_href: (paging.page > 1).then(|| page_href(paging.page - 1)),
        next_href: (paging.page < pages).then(|| page_href(paging.page + 1)),
        base_href,
        layout: page.layout,
    }
    .into_response())
}

/// A contact form as posted.
#[derive(Debug, Default, serde::Deserialize)]
struct ContactForm {
    organisation_id: Option<String>,
    #[serde(flatten)]
    input: ContactInput,
}

impl ContactForm {
    fn organisation(&self) -> Option<Uuid> {
        non_empty(&self.organisation_id).and_then(|o| Uuid::parse_str(o).ok())
    }
}

async fn form_fields(
    state: &AppState,
    scope: &app::ClusterScope,
    form: &ContactForm,
    errors: Option<&domain::Invalid>,
) -> Result<Vec<FormField>, app::Error> {
    let names = app::organisation::names(&state.app, scope).await?;
    let chosen = form.organisation().map(|o| o.to_string());
    let input = &form.input;
    Ok(vec![
        FormField::text("organisation_id", &reader::t("organisation"), chosen.as_deref(), errors).required().select(
            options(
                &reader::t("contacts-choose-organisation"),
                names
                    .iter()
                    .map(|(id, name)| (id.to_string(), name.as_str()))
                    .collect::<Vec<_>>()
                    .iter()
                    .map(|(id, n)| (id.as_str(), *n)),
                chosen.as_deref(),
            ),
        ),
        FormField::text("first_name", &reader::t("first-name"), input.first_name.as_deref(), errors).required(),
        FormField::text("last_name", &reader::t("last-name"), input.last_name.as_deref(), errors).required(),
        FormField::text("email", &reader::t("email"), input.email.as_deref(), errors).input("email"),
        FormField::text("phone", &reader::t("organisations-phone"), input.phone.as_deref(), errors)
            .input("tel")
            .hint(reader::t("contacts-phone-hint")),
        FormField::text("position", &reader::t("organisations-position"), input.position.as_deref(), errors)
            .hint(reader::t("contacts-position-hint")),
        FormField::text("cluster_roles", &reader::t("contacts-roles"), input.cluster_roles.as_deref(), errors)
            .hint(reader::t("contacts-roles-hint")),
        FormField::text(
            "billing_contact",
            &reader::t("contacts-billing-contact"),
            input
                .billing_contact
                .as_deref()
                .filter(|b| domain::validation::yes_no(&Some(b.to_string()), false) == Ok(true)),
            errors,
        )
        .input("checkbox")
        .hint(billing_hint(input.position.as_deref())),
    ])
}

/// Reminders go to the billing contacts the team marked, never to a guess from a position; a
/// position that sounds like finance only earns a suggestion.
fn billing_hint(position: Option<&str>) -> String {
    let general = reader::t("contacts-billing-hint");
    match position.filter(|p| app::invoice::sounds_like_billing(p)) {
        Some(p) => format!("{} {general}", reader::t1("contacts-billing-suggestion", "position", p)),
        None => general,
    }
}

#[derive(serde::Deserialize)]
struct NewQuery {
    organisation: Option<String>,
}

async fn new(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Query(q): Query<NewQuery>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "contacts", reader::t("contacts-new")).await?;
    let form = ContactForm { organisation_id: q.organisation, ..Default::default() };
    let cancel_href = match form.organisation() {
        Some(o) => format!("/clusters/{}/organisations/{o}", page.slug()),
        None => base(page.slug()),
    };
    Ok(FormPage {
        heading: reader::t("contacts-new"),
        action: base(page.slug()),
        submit: reader::t("contacts-create").into(),
        cancel_href,
        fields: form_fields(&state, &page.scope, &form, None).await?,
        has_errors: false,
        intro: String::new(),
        links: Vec::new(),
        layout: page.layout,
    }
    .into_response())
}

async fn form_again(
    state: &AppState,
    page: ClusterPage,
    heading: &str,
    action: String,
    cancel_href: String,
    form: &ContactForm,
    invalid: &domain::Invalid,
) -> Result<Response, PageError> {
    let fields = form_fields(state, &page.scope, form, Some(invalid)).await?;
    let page = FormPage {
        heading: heading.into(),
        action,
        submit: reader::t("organisations-save").into(),
        cancel_href,
        fields,
        has_errors: true,
        intro: String::new(),
        links: Vec::new(),
        layout: page.layout,
    };
    Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

async fn create(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    CsrfForm(form): CsrfForm<ContactForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "contacts", reader::t("contacts-new")).await?;
    match app::contact::create(&state.app, &page.scope, form.organisation(), &form.input).await {
        Ok(c) => Ok(created(
            &format!("{}/{}", base(page.slug()), c.id),
            reader::t1("contacts-added", "name", c.fields.full_name()),
        )),
        Err(app::Error::Invalid(invalid) | app::Error::Conflict(invalid)) => {
            let action = base(page.slug());
            form_again(&state, page, &reader::t("contacts-new"), action.clone(), action, &form, &invalid).await
        }
        Err(e) => Err(e.into()),
    }
}

fn facts(c: &Contact, slug: &str) -> Vec<Fact> {
    let f = &c.fields;
    let mut organisation = Fact::new(reader::t("organisation"), Some(c.organisation_name.clone()));
    organisation.href = Some(format!("/clusters/{slug}/organisations/{}", c.organisation_id));
    let mut email = Fact::new(reader::t("email"), f.email.clone());
    email.href = f.email.as_ref().map(|e| format!("mailto:{e}"));
    vec![
        organisation,
        Fact::new(reader::t("organisations-position"), f.position.clone()),
        email,
        Fact::new(reader::t("organisations-phone"), f.phone.clone()),
        Fact::new(reader::t("contacts-roles"), f.cluster_roles.clone()),
        Fact::new(reader::t("organisations-created-on"), Some(reader::day(c.created_at))),
        Fact::new(reader::t("organisations-last-changed"), Some(reader::moment(c.updated_at))),
    ]
}

async fn show(
    State(state): State<AppState>,
    access: PageScope<Read>,
    PageId(id, _): PageId<resource::Contact>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "contacts", String::new()).await?;
    let c = app::contact::get(&state.app, &page.scope, id).await?;
    let record = format!("{}/{id}", base(page.slug()));
    let can_edit = page.can_edit();
    let facts = facts(&c, page.slug());
    let mut sections = history_sections(&state, &page.scope, &c).await?;
    sections.extend(super::privacy::sections(&state, &page.scope, &c).await?);
    let mut layout = page.layout;
    layout.title = c.fields.full_name();
    Ok(RecordPage {
        flash,
        heading: c.fields.full_name(),
        subheading: [c.fields.position.clone(), Some(c.organisation_name.clone())]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · "),
        badges: Vec::new(),
        facts,
        sections,
        can_edit,
        record_actions: true,
        archived_notice: c.archived_at.map(|at| reader::t1("contacts-archived-on", "day", reader::day(at))),
        edit_href: format!("{record}/edit"),
        archive_href: format!("{record}/archive"),
        restore_href: format!("{record}/restore"),
        layout,
    }
    .into_response())
}

/// The person's history: events, interactions, working groups, surveys, and their
/// organisation's membership and invoices.
async fn history_sections(
    state: &AppState,
    scope: &app::ClusterScope,
    c: &domain::contact::Contact,
) -> Result<Vec<Section>, app::Error> {
    let slug = &scope.cluster().slug;
    let (history, (membership, invoices, _)) = tokio::try_join!(
        app::contact::history(&state.app, scope, c.id),
        super::membership::sections(state, scope, c.organisation_id),
    )?;
    let events = history
        .events
        .iter()
        .map(|e| {
            let status =
                if e.event_cancelled { reader::t("contacts-event-cancelled") } else { reader::label(e.status) };
            vec![
                Cell::link(&e.title, format!("/clusters/{slug}/events/{}", e.event_id)),
                Cell::text(reader::day(e.starts_at)),
                Cell::text(status),
                Cell::text(e.attendance.map_or_else(|| "—".to_string(), reader::label)),
            ]
        })
        .collect();
    let came = history.events.iter().filter(|e| e.attendance == Some(domain::event::Attendance::Attended)).count();
    let interactions = history
        .interactions
        .iter()
        .map(|i| {
            vec![
                Cell::text(reader::day(i.occurred_on)),
                Cell::text(reader::label(i.kind)),
                Cell::link(&i.subject, format!("/clusters/{slug}/interactions/{}", i.id)),
                Cell::text(i.staff_name.clone().unwrap_or_default()).class("optional"),
            ]
        })
        .collect();
    let groups = history
        .groups
        .iter()
        .map(|g| {
            vec![
                Cell::link(&g.name, format!("/clusters/{slug}/working-groups/{}", g.group_id)),
                Cell::text(reader::day(g.joined_on)),
                Cell::text(g.left_on.map_or_else(|| reader::t("contacts-still-in-it"), reader::day)),
            ]
        })
        .collect();
    let surveys = history
        .surveys
        .iter()
        .map(|v| {
            let answer = match (v.anonymous, v.answered) {
                (true, _) => reader::t("contacts-survey-anonymous"),
                (false, true) => reader::t("contacts-survey-answered"),
                (false, false) => reader::t("contacts-survey-not-answered"),
            };
            vec![
                Cell::link(&v.title, format!("/clusters/{slug}/campaigns/{}", v.campaign_id)),
                Cell::text(reader::day(v.invited_at)),
                Cell::text(answer),
            ]
        })
        .collect();
    let organisation = format!("/clusters/{slug}/organisations/{}", c.organisation_id);
    Ok(vec![
        Section {
            title: reader::t2("contacts-events-section", "count", history.events.len(), "came", came),
            table: plain_table(
                &[
                    (reader::t("contacts-event"), ""),
                    (reader::t("contacts-day"), ""),
                    (reader::t("contacts-registration"), ""),
                    (reader::t("contacts-attendance"), ""),
                ],
                events,
            ),
            empty: reader::t("contacts-no-registrations"),
            actions: Vec::new(),
        },
        Section {
            title: reader::t1("contacts-interactions-section", "count", history.interactions.len()),
            table: plain_table(
                &[
                    (reader::t("contacts-day"), ""),
                    (reader::t("kind"), ""),
                    (reader::t("contacts-subject"), ""),
                    (reader::t("contacts-with"), "optional"),
                ],
                interactions,
            ),
            empty: reader::t("contacts-no-interactions"),
            actions: Vec::new(),
        },
        Section {
            title: reader::t1("contacts-groups-section", "count", history.groups.len()),
            table: plain_table(
                &[
                    (reader::t("contacts-group"), ""),
                    (reader::t("contacts-joined"), ""),
                    (reader::t("contacts-left"), ""),
                ],
                groups,
            ),
            empty: reader::t("contacts-no-groups"),
            actions: Vec::new(),
        },
        Section {
            title: reader::t1("contacts-surveys-section", "count", history.surveys.len()),
            table: plain_table(
                &[
                    (reader::t("contacts-survey"), ""),
                    (reader::t("contacts-sent"), ""),
                    (reader::t("contacts-answer"), ""),
                ],
                surveys,
            ),
            empty: reader::t("contacts-no-surveys"),
            actions: Vec::new(),
        },
        Section {
            title: reader::t1("contacts-membership-of", "organisation", &c.organisation_name),
            actions: vec![link(reader::t("contacts-organisation-page"), organisation.clone())],
            ..membership
        },
        Section {
            title: reader::t2("contacts-section-of", "section", &invoices.title, "organisation", &c.organisation_name),
            actions: Vec::new(),
            ..invoices
        },
    ])
}

async fn edit(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    PageId(id, _): PageId<resource::Contact>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "contacts", String::new()).await?;
    let c = app::contact::get(&state.app, &page.scope, id).await?;
    let record = format!("{}/{id}", base(page.slug()));
    let f = &c.fields;
    let form = ContactForm {
        organisation_id: Some(c.organisation_id.to_string()),
        input: ContactInput {
            first_name: Some(f.first_name.clone()),
            last_name: Some(f.last_name.clone()),
            email: f.email.clone(),
            phone: f.phone.clone(),
            position: f.position.clone(),
            cluster_roles: f.cluster_roles.clone(),
            billing_contact: f.billing_contact.then(|| "yes".into()),
        },
    };
    let fields = form_fields(&state, &page.scope, &form, None).await?;
    let mut layout = page.layout;
    layout.title = reader::t1("organisations-edit-name", "name", f.full_name());
    Ok(FormPage {
        heading: reader::t1("organisations-edit-name", "name", f.full_name()),
        action: record.clone(),
        submit: reader::t("organisations-save").into(),
        cancel_href: record,
        fields,
        has_errors: false,
        intro: String::new(),
        links: Vec::new(),
        layout,
    }
    .into_response())
}

async fn update(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    PageId(id, _): PageId<resource::Contact>,
    CsrfForm(form): CsrfForm<ContactForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "contacts", reader::t("contacts-edit")).await?;
    let record = format!("{}/{id}", base(page.slug()));
    match app::contact::update(&state.app, &page.scope, id, form.organisation(), &form.input).await {
        Ok(_) => Ok(Redirect::to(&record).into_response()),
        Err(app::Error::Invalid(invalid) | app::Error::Conflict(invalid)) => {
            form_again(&state, page, &reader::t("contacts-edit"), record.clone(), record, &form, &invalid).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn set_archived(
    state: AppState,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    slug: String,
    id: String,
    archived: bool,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "contact")?;
    app::contact::set_archived(&state.app, &scope, id, archived).await?;
    Ok(see_other(&headers, &format!("{}/{id}", base(&slug))))
}

async fn archive(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    set_archived(state, access, headers, slug, id, true).await
}

async fn restore(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    set_archived(state, access, headers, slug, id, false).await
}
