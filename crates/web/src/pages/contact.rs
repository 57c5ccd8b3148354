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
    let page = ClusterPage::open(&state, access, "contacts", "Contacts".into()).await?;
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
        chips.push(Chip { label: format!("Name or email contains “{q}”"), href: remove("q") });
    }
    if filter.organisation_id.is_some() {
        chips.push(Chip { label: "One organisation".into(), href: remove("organisation") });
    }
    if filter.archived {
        chips.push(Chip { label: "Archived".into(), href: remove("status") });
    }
    let col = |label, code, class| sort_column(label, code, sort, filter.descending, &base_href, &params, class);
    let table = Table {
        columns: vec![
            col("Name", "name", ""),
            col("Organisation", "organisation", ""),
            Column { label: std::borrow::Cow::Borrowed("Position"), href: None, sort_state: "", class: "optional" },
            Column { label: std::borrow::Cow::Borrowed("Email"), href: None, sort_state: "", class: "optional" },
            Column { label: std::borrow::Cow::Borrowed("Phone"), href: None, sort_state: "", class: "optional" },
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
        actions.push(Action { label: "New contact".into(), href: format!("{base_href}/new"), primary: true });
        actions.push(Action {
            label: "Import".into(),
            href: format!("/clusters/{}/import?target=contacts", page.slug()),
            primary: false,
        });
    }
    let any_filter = !chips.is_empty();
    Ok(ListPage {
        heading: "Contacts".into(),
        actions,
        exports: [("Export CSV", "csv"), ("Export XLSX", "xlsx"), ("vCard", "vcf")]
            .into_iter()
            .map(|(label, format)| {
                let q = query_with(&params, &[("page", ""), ("format", format)]);
                Action { label: label.into(), href: format!("{base_href}/export?{q}"), primary: false }
            })
            .collect(),
        search_label: "Search by name or email".into(),
        search: query.q.clone().unwrap_or_default(),
        filters: vec![Filter {
            name: "status",
            label: "Status".into(),
            options: options("Current", [("archived", "Archived")], filter.archived.then_some("archived")),
        }],
        sort: if filter.sort == domain::contact::ContactSort::Name { String::new() } else { sort.to_string() },
        dir: if filter.descending { "desc".into() } else { String::new() },
        chips,
        table,
        empty: if any_filter {
            "No contact matches these filters. Remove a filter to see more.".into()
        } else {
            "No contacts yet. Add people from their organisation's page, or create one here.".into()
        },
        count_text: count_text(result.total, "contact", "contacts"),
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
        FormField::text("organisation_id", "Organisation", chosen.as_deref(), errors).required().select(options(
            "Choose an organisation",
            names
                .iter()
                .map(|(id, name)| (id.to_string(), name.as_str()))
                .collect::<Vec<_>>()
                .iter()
                .map(|(id, n)| (id.as_str(), *n)),
            chosen.as_deref(),
        )),
        FormField::text("first_name", "First name", input.first_name.as_deref(), errors).required(),
        FormField::text("last_name", "Last name", input.last_name.as_deref(), errors).required(),
        FormField::text("email", "Email", input.email.as_deref(), errors).input("email"),
        FormField::text("phone", "Phone", input.phone.as_deref(), errors)
            .input("tel")
            .hint("With the country code, such as +34 944 000 000."),
        FormField::text("position", "Position", input.position.as_deref(), errors)
            .hint("Such as CEO, R&D manager or export manager."),
        FormField::text("cluster_roles", "Roles in the cluster", input.cluster_roles.as_deref(), errors)
            .hint("Such as board member; working group mobility."),
        FormField::text(
            "billing_contact",
            "Billing contact: invoices and payment reminders go to this person",
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
    let general = "Without any billing contact, reminders go to every contact of the organisation with an address.";
    match position.filter(|p| app::invoice::sounds_like_billing(p)) {
        Some(p) => format!("The position \"{p}\" sounds like finance: tick this if invoices go to them. {general}"),
        None => general.to_string(),
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
    let page = ClusterPage::open(&state, access, "contacts", "New contact".into()).await?;
    let form = ContactForm { organisation_id: q.organisation, ..Default::default() };
    let cancel_href = match form.organisation() {
        Some(o) => format!("/clusters/{}/organisations/{o}", page.slug()),
        None => base(page.slug()),
    };
    Ok(FormPage {
        heading: "New contact".into(),
        action: base(page.slug()),
        submit: "Create contact".into(),
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
        submit: "Save".into(),
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
    let page = ClusterPage::open(&state, access, "contacts", "New contact".into()).await?;
    match app::contact::create(&state.app, &page.scope, form.organisation(), &form.input).await {
        Ok(c) => Ok(created(&format!("{}/{}", base(page.slug()), c.id), format!("{} is added.", c.fields.full_name()))),
        Err(app::Error::Invalid(invalid) | app::Error::Conflict(invalid)) => {
            let action = base(page.slug());
            form_again(&state, page, "New contact", action.clone(), action, &form, &invalid).await
        }
        Err(e) => Err(e.into()),
    }
}

fn facts(c: &Contact, slug: &str) -> Vec<Fact> {
    let f = &c.fields;
    let mut organisation = Fact::new("Organisation", Some(c.organisation_name.clone()));
    organisation.href = Some(format!("/clusters/{slug}/organisations/{}", c.organisation_id));
    let mut email = Fact::new("Email", f.email.clone());
    email.href = f.email.as_ref().map(|e| format!("mailto:{e}"));
    vec![
        organisation,
        Fact::new("Position", f.position.clone()),
        email,
        Fact::new("Phone", f.phone.clone()),
        Fact::new("Roles in the cluster", f.cluster_roles.clone()),
        Fact::new("Created", Some(reader::day(c.created_at))),
        Fact::new("Last changed", Some(reader::moment(c.updated_at))),
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
        archived_notice: c.archived_at.map(|at| format!("This contact was archived on {}.", reader::day(at))),
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
            let status = if e.event_cancelled { "event cancelled".to_string() } else { e.status.label().to_string() };
            vec![
                Cell::link(&e.title, format!("/clusters/{slug}/events/{}", e.event_id)),
                Cell::text(reader::day(e.starts_at)),
                Cell::text(status),
                Cell::text(e.attendance.map_or("—", |a| a.label())),
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
                Cell::text(i.kind.label()),
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
                Cell::text(g.left_on.map_or_else(|| "still in it".to_string(), reader::day)),
            ]
        })
        .collect();
    let surveys = history
        .surveys
        .iter()
        .map(|v| {
            let answer = match (v.anonymous, v.answered) {
                (true, _) => "anonymous: answers are not linked to people",
                (false, true) => "answered",
                (false, false) => "not answered",
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
            title: format!("Events ({}, came to {came})", history.events.len()),
            table: plain_table(&[("Event", ""), ("Day", ""), ("Registration", ""), ("Attendance", "")], events),
            empty: "No registrations.".into(),
            actions: Vec::new(),
        },
        Section {
            title: format!("Interactions ({})", history.interactions.len()),
            table: plain_table(&[("Day", ""), ("Kind", ""), ("Subject", ""), ("With", "optional")], interactions),
            empty: "No interactions with this person.".into(),
            actions: Vec::new(),
        },
        Section {
            title: format!("Working groups ({})", history.groups.len()),
            table: plain_table(&[("Group", ""), ("Joined", ""), ("Left", "")], groups),
            empty: "In no working group.".into(),
            actions: Vec::new(),
        },
        Section {
            title: format!("Surveys ({})", history.surveys.len()),
            table: plain_table(&[("Survey", ""), ("Sent", ""), ("Answer", "")], surveys),
            empty: "Sent no survey.".into(),
            actions: Vec::new(),
        },
        Section {
            title: format!("Membership of {}", c.organisation_name),
            actions: vec![link("Organisation page", organisation.clone())],
            ..membership
        },
        Section { title: format!("{} of {}", invoices.title, c.organisation_name), actions: Vec::new(), ..invoices },
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
    layout.title = format!("Edit {}", f.full_name());
    Ok(FormPage {
        heading: format!("Edit {}", f.full_name()),
        action: record.clone(),
        submit: "Save".into(),
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
    let page = ClusterPage::open(&state, access, "contacts", "Edit contact".into()).await?;
    let record = format!("{}/{id}", base(page.slug()));
    match app::contact::update(&state.app, &page.scope, id, form.organisation(), &form.input).await {
        Ok(_) => Ok(Redirect::to(&record).into_response()),
        Err(app::Error::Invalid(invalid) | app::Error::Conflict(invalid)) => {
            form_again(&state, page, "Edit contact", record.clone(), record, &form, &invalid).await
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
