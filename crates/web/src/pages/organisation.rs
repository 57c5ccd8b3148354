//! Organisation pages: list with search and filters, record, form, archive, import and export.

use crate::reader;
use app::auth::{Edit, Read};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{routing::get, routing::post};
use domain::access::Permission;
use domain::contact::{ContactFilter, ContactSort};
use domain::organisation::Organisation;
use domain::organisation::{OrganisationInput, OrganisationKind, SizeClass};

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageId, PageScope, resource};
use crate::error::PageError;
use crate::params::OrganisationQuery;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/organisations", &["GET", "POST"], get(list).post(create))
        .route("/clusters/{cluster}/organisations/new", &["GET"], get(new))
        .route("/clusters/{cluster}/organisations/export", &["GET"], get(export))
        .route("/clusters/{cluster}/organisations/{id}", &["GET", "POST"], get(show).post(update))
        .route("/clusters/{cluster}/organisations/{id}/edit", &["GET"], get(edit))
        .route("/clusters/{cluster}/organisations/{id}/archive", &["POST"], post(archive))
        .route("/clusters/{cluster}/organisations/{id}/restore", &["POST"], post(restore))
}

fn base(slug: &str) -> String {
    format!("/clusters/{slug}/organisations")
}

async fn list(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Query(query): Query<OrganisationQuery>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "organisations", "Organisations".into()).await?;
    let filter = query.filter()?;
    let paging = query.paging();
    let result = app::organisation::list(&state.app, &page.scope, &filter, paging).await?;
    let countries = app::organisation::countries(&state.app, &page.scope).await?;
    let tags = app::segment::tags(&state.app, &page.scope).await?;
    let base_href = base(page.slug());
    let sort = filter.sort.code();
    let dir = if filter.descending { "desc" } else { "asc" };
    let params: Vec<(&str, String)> = vec![
        ("q", query.q.clone().unwrap_or_default()),
        ("country", query.country.clone().unwrap_or_default()),
        ("kind", query.kind.clone().unwrap_or_default()),
        ("size_class", query.size_class.clone().unwrap_or_default()),
        ("tag", query.tag.clone().unwrap_or_default()),
        ("status", query.status.clone().unwrap_or_default()),
        (
            "sort",
            if filter.sort == domain::organisation::OrganisationSort::Name { String::new() } else { sort.to_string() },
        ),
        ("dir", if filter.descending { dir.to_string() } else { String::new() }),
        ("page", if paging.page > 1 { paging.page.to_string() } else { String::new() }),
    ];
    let mut chips = Vec::new();
    let mut chip = |label: String, key: &str| {
        chips.push(Chip { label, href: format!("{base_href}?{}", query_with(&params, &[(key, ""), ("page", "")])) })
    };
    if let Some(q) = non_empty(&query.q) {
        chip(format!("Name contains “{q}”"), "q");
    }
    if let Some(c) = &filter.country {
        chip(format!("Country: {}", c.name()), "country");
    }
    if let Some(k) = filter.kind {
        chip(format!("Kind: {}", k.label()), "kind");
    }
    if let Some(s) = filter.size_class {
        chip(format!("Size: {}", s.label()), "size_class");
    }
    if let Some(t) = &filter.tag {
        chip(format!("Tag: {t}"), "tag");
    }
    if filter.archived {
        chip("Archived".into(), "status");
    }
    let col = |label, code, class| sort_column(label, code, sort, filter.descending, &base_href, &params, class);
    let table = Table {
        columns: vec![
            col("Name", "name", ""),
            col("Kind", "kind", "optional"),
            col("Country", "country", ""),
            col("Employees", "employees", "num optional"),
            col("Size", "size_class", ""),
            Column { label: std::borrow::Cow::Borrowed("NACE"), href: None, sort_state: "", class: "optional" },
        ],
        rows: result
            .items
            .iter()
            .map(|o| {
                vec![
                    Cell::link(&o.fields.name, format!("{base_href}/{}", o.id)),
                    Cell::text(o.fields.kind.label()).class("optional"),
                    Cell::text(o.fields.country.as_ref().map_or("", |c| c.name())),
                    Cell::text(o.fields.employees.map(|e| e.to_string()).unwrap_or_default()).class("num optional"),
                    Cell::text(o.size_class.map_or("", |s| s.label())),
                    Cell::text(o.fields.nace_code.as_ref().map_or("", |n| n.as_str())).class("optional"),
                ]
            })
            .collect(),
    };
    let pages = paging.pages(result.total);
    let page_href = |n: i64| format!("{base_href}?{}", query_with(&params, &[("page", &n.to_string())]));
    let export_query = query_with(&params, &[("page", "")]);
    let mut actions = Vec::new();
    if page.can_edit() {
        actions.push(Action { label: "New organisation".into(), href: format!("{base_href}/new"), primary: true });
        actions.push(Action {
            label: "Import".into(),
            href: format!("/clusters/{}/import?target=organisations", page.slug()),
            primary: false,
        });
    }
    let exports = [("Export CSV", "csv"), ("Export XLSX", "xlsx")]
        .into_iter()
        .map(|(label, format)| {
            let q = if export_query.is_empty() {
                format!("format={format}")
            } else {
                format!("{export_query}&format={format}")
            };
            Action { label: label.into(), href: format!("{base_href}/export?{q}"), primary: false }
        })
        .collect();
    let any_filter = !chips.is_empty();
    if any_filter && page.can_edit() {
        actions.push(Action {
            label: "Save as segment".into(),
            href: format!("/clusters/{}/segments/new?{}", page.slug(), query.input().query()),
            primary: false,
        });
    }
    Ok(ListPage {
        heading: "Organisations".into(),
        actions,
        exports,
        search_label: "Search by name".into(),
        search: query.q.clone().unwrap_or_default(),
        filters: vec![
            Filter {
                name: "country",
                label: "Country".into(),
                options: options(
                    "Any country",
                    countries.iter().map(|c| {
                        (c.as_str(), domain::country::Country::parse(c).map_or(c.as_str(), |known| known.name()))
                    }),
                    filter.country.as_ref().map(|c| c.as_str()),
                ),
            },
            Filter {
                name: "kind",
                label: "Kind".into(),
                options: options(
                    "Any kind",
                    OrganisationKind::ALL.iter().map(|k| (k.code(), k.label())),
                    filter.kind.map(|k| k.code()),
                ),
            },
            Filter {
                name: "size_class",
                label: "Size class".into(),
                options: options(
                    "Any size",
                    SizeClass::ALL.iter().map(|s| (s.code(), s.label())),
                    filter.size_class.map(|s| s.code()),
                ),
            },
            Filter {
                name: "tag",
                label: "Tag".into(),
                options: options(
                    "Any tag",
                    tags.iter().map(|t| (t.name.as_str(), t.name.as_str())),
                    filter.tag.as_deref(),
                ),
            },
            Filter {
                name: "status",
                label: "Status".into(),
                options: options("Current", [("archived", "Archived")], filter.archived.then_some("archived")),
            },
        ],
        sort: if filter.sort == domain::organisation::OrganisationSort::Name {
            String::new()
        } else {
            sort.to_string()
        },
        dir: if filter.descending { "desc".into() } else { String::new() },
        chips,
        table,
        empty: if any_filter {
            "No organisation matches these filters. Remove a filter to see more.".into()
        } else if page.can_edit() {
            "No organisations yet. Create one or import a CSV file.".into()
        } else {
            "No organisations yet.".into()
        },
        count_text: count_text(result.total, "organisation", "organisations"),
        page: paging.page,
        pages,
        prev_href: (paging.page > 1).then(|| page_href(paging.page - 1)),
        next_href: (paging.page < pages).then(|| page_href(paging.page + 1)),
        base_href,
        layout: page.layout,
    }
    .into_response())
}

fn form_fields(input: &OrganisationInput, errors: Option<&domain::Invalid>, currency: &str) -> Vec<FormField> {
    let kind = non_empty(&input.kind).unwrap_or("company");
    let chosen = OrganisationKind::parse(kind).ok();
    let country = non_empty(&input.country).and_then(|c| domain::country::Country::parse(c).ok());
    vec![
        FormField::text("name", "Name", input.name.as_deref(), errors).required(),
        FormField::text("kind", "Kind", Some(kind), errors).select(
            OrganisationKind::ALL
                .iter()
                .map(|k| SelectOption { value: k.code().into(), label: k.label().into(), selected: Some(*k) == chosen })
                .collect(),
        ),
        FormField::text("nace_code", "NACE Rev. 2 code", input.nace_code.as_deref(), errors)
            .hint("Such as 29.10 or C29.10."),
        FormField::text("employees", "Employees", input.employees.as_deref(), errors)
            .input("number")
            .hint("Staff headcount; with turnover it sets the EU size class."),
        FormField::text("turnover", "Annual turnover", input.turnover.as_deref(), errors)
            .hint(format!("In {currency}, written like 1234567.89.")),
        FormField::text("balance_sheet_total", "Balance sheet total", input.balance_sheet_total.as_deref(), errors)
            .hint(format!("In {currency}.")),
        FormField::text("street", "Street and number", input.street.as_deref(), errors)
            .hint("The postal address is printed on the organisation's invoices."),
        FormField::text("postcode", "Postcode", input.postcode.as_deref(), errors),
        FormField::text("city", "City", input.city.as_deref(), errors),
        FormField::text("region", "Region", input.region.as_deref(), errors),
        FormField::text("country", "Country", input.country.as_deref(), errors).select(options(
            "(not known)",
            domain::country::all(),
            country.as_ref().map(|c| c.as_str()),
        )),
        FormField::text("vat_id", "VAT id", input.vat_id.as_deref(), errors)
            .hint("With the country prefix, such as ESB12345678."),
        FormField::text("email", "General email", input.email.as_deref(), errors)
            .input("email")
            .hint("The organisation's, such as info@; people's addresses belong to its contacts."),
        FormField::text("phone", "Phone", input.phone.as_deref(), errors).input("tel"),
        FormField::text("website", "Website", input.website.as_deref(), errors).input("url"),
    ]
}

async fn new(State(state): State<AppState>, access: PageScope<Edit>) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "organisations", "New organisation".into()).await?;
    let currency = page.scope.cluster().base_currency.code();
    Ok(FormPage {
        heading: "New organisation".into(),
        action: base(page.slug()),
        submit: "Create organisation".into(),
        cancel_href: base(page.slug()),
        fields: form_fields(&OrganisationInput::default(), None, currency),
        has_errors: false,
        intro: String::new(),
        links: Vec::new(),
        layout: page.layout,
    }
    .into_response())
}

/// The form again, as typed, with the errors beside their fields.
fn form_again(
    page: ClusterPage,
    heading: String,
    action: String,
    cancel_href: String,
    input: &OrganisationInput,
    invalid: &domain::Invalid,
) -> Response {
    let currency = page.scope.cluster().base_currency.code();
    let form = FormPage {
        heading,
        action,
        submit: "Save".into(),
        cancel_href,
        fields: form_fields(input, Some(invalid), currency),
        has_errors: true,
        intro: String::new(),
        links: Vec::new(),
        layout: page.layout,
    };
    (axum::http::StatusCode::UNPROCESSABLE_ENTITY, form).into_response()
}

async fn create(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    CsrfForm(input): CsrfForm<OrganisationInput>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "organisations", "New organisation".into()).await?;
    match app::organisation::create(&state.app, &page.scope, &input).await {
        Ok(o) => Ok(created(&format!("{}/{}", base(page.slug()), o.id), format!("{} is created.", o.fields.name))),
        Err(app::Error::Invalid(invalid) | app::Error::Conflict(invalid)) => {
            let (action, cancel) = (base(page.slug()), base(page.slug()));
            Ok(form_again(page, "New organisation".into(), action, cancel, &input, &invalid))
        }
        Err(e) => Err(e.into()),
    }
}

async fn show(
    State(state): State<AppState>,
    access: PageScope<Read>,
    PageId(id, _): PageId<resource::Organisation>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "organisations", String::new()).await?;
    let o = app::organisation::get(&state.app, &page.scope, id).await?;
    let contacts = app::contact::list(
        &state.app,
        &page.scope,
        &ContactFilter { organisation_id: Some(id), sort: ContactSort::Name, ..Default::default() },
        app::Paging::new(Some(1), Some(500)),
    )
    .await?;
    let base_href = base(page.slug());
    let record = format!("{base_href}/{id}");
    let contacts_href = format!("/clusters/{}/contacts", page.slug());
    let contact_table = Table {
        columns: ["Name", "Position", "Email", "Phone"]
            .into_iter()
            .map(|label| Column { label: (*label).into(), href: None, sort_state: "", class: "" })
            .collect(),
        rows: contacts
            .items
            .iter()
            .map(|c| {
                vec![
                    Cell::link(c.fields.full_name(), format!("{contacts_href}/{}", c.id)),
                    Cell::text(c.fields.position.clone().unwrap_or_default()),
                    Cell::text(c.fields.email.clone().unwrap_or_default()),
                    Cell::text(c.fields.phone.clone().unwrap_or_default()),
                ]
            })
            .collect(),
    };
    let timeline = super::interaction::timeline_section(&state, &page.scope, id).await?;
    let tags = super::segment::tags_section(&state, &page.scope, id).await?;
    let value_chain = super::value_chain::section(&state, &page.scope, id).await?;
    let (membership, invoices, standing) = super::membership::sections(&state, &page.scope, id).await?;
    let engagement = super::engagement::section(&state, &page.scope, id).await?;
    let projects = super::project::organisation_section(&state, &page.scope, id).await?;
    let figures = super::figures::section(&state, &page.scope, id).await?;
    let mut layout = page.layout;
    layout.title = o.fields.name.clone();
    let can_edit = page.scope.role().allows(Permission::Edit);
    Ok(RecordPage {
        flash,
        heading: o.fields.name.clone(),
        subheading: subheading(&o),
        badges: std::iter::once(standing).chain(o.size_class.map(|s| format!("{} enterprise", s.label()))).collect(),
        facts: facts(&o),
        sections: vec![
            Section {
                title: format!("Contacts ({})", contacts.total),
                table: contact_table,
                empty: "No contacts at this organisation yet.".into(),
                actions: vec![Action {
                    label: "Add contact".into(),
                    href: format!("{contacts_href}/new?organisation={id}"),
                    primary: false,
                }],
            },
            membership,
            engagement,
            figures,
            projects,
            invoices,
            tags,
            value_chain,
            timeline,
        ],
        can_edit,
        record_actions: true,
        archived_notice: o.archived_at.map(|at| format!("This organisation was archived on {}.", reader::day(at))),
        edit_href: format!("{record}/edit"),
        archive_href: format!("{record}/archive"),
        restore_href: format!("{record}/restore"),
        layout,
    }
    .into_response())
}

fn subheading(o: &Organisation) -> String {
    let mut parts = vec![o.fields.kind.label().to_string()];
    parts.extend(o.fields.region.clone());
    parts.extend(o.fields.country.as_ref().map(|c| c.name().to_string()));
    parts.join(" · ")
}

fn facts(o: &Organisation) -> Vec<Fact> {
    let f = &o.fields;
    let mut website = Fact::new("Website", f.website.clone());
    website.href = f.website.clone();
    vec![
        Fact::new("Kind", Some(f.kind.label())),
        Fact::new("EU size class", o.size_class.map(|s| s.label())),
        Fact::new("Employees", f.employees.map(|e| e.to_string())),
        Fact::new("Annual turnover", f.turnover.map(|m| m.to_string())),
        Fact::new("Balance sheet total", f.balance_sheet_total.map(|m| m.to_string())),
        Fact::new("NACE Rev. 2", f.nace_code.as_ref().map(|n| format!("{} (section {})", n.as_str(), n.section()))),
        Fact::new("Address", Some(f.postal_address().join(", ")).filter(|a| !a.is_empty())),
        Fact::new("VAT id", f.vat_id.clone()),
        Fact::new("Email", f.email.clone()),
        Fact::new("Phone", f.phone.clone()),
        website,
        Fact::new("Created", Some(reader::day(o.created_at))),
        Fact::new("Last changed", Some(reader::moment(o.updated_at))),
    ]
}

async fn edit(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    PageId(id, _): PageId<resource::Organisation>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "organisations", String::new()).await?;
    let o = app::organisation::get(&state.app, &page.scope, id).await?;
    let record = format!("{}/{id}", base(page.slug()));
    let currency = page.scope.cluster().base_currency.code();
    let mut layout = page.layout;
    layout.title = format!("Edit {}", o.fields.name);
    Ok(FormPage {
        heading: format!("Edit {}", o.fields.name),
        action: record.clone(),
        submit: "Save".into(),
        cancel_href: record,
        fields: form_fields(&o.fields.to_input(), None, currency),
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
    PageId(id, _): PageId<resource::Organisation>,
    CsrfForm(input): CsrfForm<OrganisationInput>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "organisations", "Edit organisation".into()).await?;
    let record = format!("{}/{id}", base(page.slug()));
    match app::organisation::update(&state.app, &page.scope, id, &input).await {
        Ok(_) => Ok(Redirect::to(&record).into_response()),
        Err(app::Error::Invalid(invalid) | app::Error::Conflict(invalid)) => {
            Ok(form_again(page, "Edit organisation".into(), record.clone(), record, &input, &invalid))
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
    let id = parse_id(&id, "organisation")?;
    app::organisation::set_archived(&state.app, &scope, id, archived).await?;
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

async fn export(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Query(query): Query<OrganisationQuery>,
) -> Result<Response, PageError> {
    Ok(crate::exports::organisations(&state, &scope, &query).await?)
}
