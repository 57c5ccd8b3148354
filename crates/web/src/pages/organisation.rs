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
        .route("/clusters/{cluster}/organisations/{id}/language", &["GET", "POST"], get(language).post(set_language))
}

fn base(slug: &str) -> String {
    format!("/clusters/{slug}/organisations")
}

async fn list(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Query(query): Query<OrganisationQuery>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "organisations", reader::t("nav-organisations")).await?;
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
        chip(reader::t1("organisations-chip-name", "text", q), "q");
    }
    if let Some(c) = &filter.country {
        chip(reader::t1("organisations-chip-country", "country", c.name()), "country");
    }
    if let Some(k) = filter.kind {
        chip(reader::t1("organisations-chip-kind", "kind", reader::label(k)), "kind");
    }
    if let Some(s) = filter.size_class {
        chip(reader::t1("organisations-chip-size", "size", reader::label(s)), "size_class");
    }
    if let Some(t) = &filter.tag {
        chip(reader::t1("organisations-chip-tag", "tag", t), "tag");
    }
    if filter.archived {
        chip(reader::t("organisations-archived"), "status");
    }
    let col = |label, code, class| sort_column(label, code, sort, filter.descending, &base_href, &params, class);
    let table = Table {
        columns: vec![
            col(reader::t("organisations-name"), "name", ""),
            col(reader::t("kind"), "kind", "optional"),
            col(reader::t("organisations-country"), "country", ""),
            col(reader::t("organisations-employees"), "employees", "num optional"),
            col(reader::t("organisations-size"), "size_class", ""),
            Column { label: std::borrow::Cow::Borrowed("NACE"), href: None, sort_state: "", class: "optional" },
        ],
        rows: result
            .items
            .iter()
            .map(|o| {
                vec![
                    Cell::link(&o.fields.name, format!("{base_href}/{}", o.id)),
                    Cell::text(reader::label(o.fields.kind)).class("optional"),
                    Cell::text(o.fields.country.as_ref().map_or("", |c| c.name())),
                    Cell::text(o.fields.employees.map(|e| e.to_string()).unwrap_or_default()).class("num optional"),
                    Cell::text(o.size_class.map(reader::label).unwrap_or_default()),
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
        actions.push(Action { label: reader::t("organisations-new"), href: format!("{base_href}/new"), primary: true });
        actions.push(Action {
            label: reader::t("organisations-import"),
            href: format!("/clusters/{}/import?target=organisations", page.slug()),
            primary: false,
        });
    }
    let exports = [(reader::t("organisations-export-csv"), "csv"), (reader::t("organisations-export-xlsx"), "xlsx")]
        .into_iter()
        .map(|(label, format)| {
            let q = if export_query.is_empty() {
                format!("format={format}")
            } else {
                format!("{export_query}&format={format}")
            };
            Action { label, href: format!("{base_href}/export?{q}"), primary: false }
        })
        .collect();
    let any_filter = !chips.is_empty();
    if any_filter && page.can_edit() {
        actions.push(Action {
            label: reader::t("organisations-save-as-segment"),
            href: format!("/clusters/{}/segments/new?{}", page.slug(), query.input().query()),
            primary: false,
        });
    }
    let archived = reader::t("organisations-archived");
    Ok(ListPage {
        heading: reader::t("nav-organisations"),
        actions,
        exports,
        search_label: reader::t("organisations-search-by-name").into(),
        search: query.q.clone().unwrap_or_default(),
        filters: vec![
            Filter {
                name: "country",
                label: reader::t("organisations-country").into(),
                options: options(
                    &reader::t("organisations-any-country"),
                    countries.iter().map(|c| {
                        (c.as_str(), domain::country::Country::parse(c).map_or(c.as_str(), |known| known.name()))
                    }),
                    filter.country.as_ref().map(|c| c.as_str()),
                ),
            },
            Filter {
                name: "kind",
                label: reader::t("kind").into(),
                options: coded_options(
                    &reader::t("organisations-any-kind"),
                    &OrganisationKind::ALL,
                    filter.kind.map(|k| k.code()),
                ),
            },
            Filter {
                name: "size_class",
                label: reader::t("organisations-size-class").into(),
                options: coded_options(
                    &reader::t("organisations-any-size"),
                    &SizeClass::ALL,
                    filter.size_class.map(|s| s.code()),
                ),
            },
            Filter {
                name: "tag",
                label: reader::t("organisations-tag").into(),
                options: options(
                    &reader::t("organisations-any-tag"),
                    tags.iter().map(|t| (t.name.as_str(), t.name.as_str())),
                    filter.tag.as_deref(),
                ),
            },
            Filter {
                name: "status",
                label: reader::t("status").into(),
                options: options(
                    &reader::t("organisations-current"),
                    [("archived", archived.as_str())],
                    filter.archived.then_some("archived"),
                ),
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
            reader::t("organisations-empty-filtered")
        } else if page.can_edit() {
            reader::t("organisations-empty-can-edit")
        } else {
            reader::t("organisations-empty")
        },
        count_text: reader::t_count("organisations-count", result.total),
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
        FormField::text("name", &reader::t("organisations-name"), input.name.as_deref(), errors).required(),
        FormField::text("kind", &reader::t("kind"), Some(kind), errors).select(
            OrganisationKind::ALL
                .iter()
                .map(|k| SelectOption {
                    value: k.code().into(),
                    label: reader::label(*k),
                    selected: Some(*k) == chosen,
                })
                .collect(),
        ),
        FormField::text("nace_code", &reader::t("organisations-nace-code"), input.nace_code.as_deref(), errors)
            .hint(reader::t("organisations-nace-code-hint")),
        FormField::text("employees", &reader::t("organisations-employees"), input.employees.as_deref(), errors)
            .input("number")
            .hint(reader::t("organisations-employees-hint")),
        FormField::text("turnover", &reader::t("organisations-turnover"), input.turnover.as_deref(), errors)
            .hint(reader::t1("organisations-turnover-hint", "currency", currency)),
        FormField::text(
            "balance_sheet_total",
            &reader::t("organisations-balance-sheet-total"),
            input.balance_sheet_total.as_deref(),
            errors,
        )
        .hint(reader::t1("organisations-in-currency", "currency", currency)),
        FormField::text("street", &reader::t("organisations-street"), input.street.as_deref(), errors)
            .hint(reader::t("organisations-street-hint")),
        FormField::text("postcode", &reader::t("organisations-postcode"), input.postcode.as_deref(), errors),
        FormField::text("city", &reader::t("organisations-city"), input.city.as_deref(), errors),
        FormField::text("region", &reader::t("organisations-region"), input.region.as_deref(), errors),
        FormField::text("country", &reader::t("organisations-country"), input.country.as_deref(), errors).select(
            options(
                &reader::t("organisations-not-known"),
                domain::country::all(),
                country.as_ref().map(|c| c.as_str()),
            ),
        ),
        FormField::text("vat_id", &reader::t("organisations-vat-id"), input.vat_id.as_deref(), errors)
            .hint(reader::t("organisations-vat-id-hint")),
        FormField::text("email", &reader::t("organisations-general-email"), input.email.as_deref(), errors)
            .input("email")
            .hint(reader::t("organisations-general-email-hint")),
        FormField::text("phone", &reader::t("organisations-phone"), input.phone.as_deref(), errors).input("tel"),
        FormField::text("website", &reader::t("organisations-website"), input.website.as_deref(), errors).input("url"),
    ]
}

async fn new(State(state): State<AppState>, access: PageScope<Edit>) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "organisations", reader::t("organisations-new")).await?;
    let currency = page.scope.cluster().base_currency.code();
    Ok(FormPage {
        heading: reader::t("organisations-new"),
        action: base(page.slug()),
        submit: reader::t("organisations-create").into(),
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
        submit: reader::t("organisations-save").into(),
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
    let page = ClusterPage::open(&state, access, "organisations", reader::t("organisations-new")).await?;
    match app::organisation::create(&state.app, &page.scope, &input).await {
        Ok(o) => Ok(created(
            &format!("{}/{}", base(page.slug()), o.id),
            reader::t1("organisations-created", "name", &o.fields.name),
        )),
        Err(app::Error::Invalid(invalid) | app::Error::Conflict(invalid)) => {
            let (action, cancel) = (base(page.slug()), base(page.slug()));
            Ok(form_again(page, reader::t("organisations-new"), action, cancel, &input, &invalid))
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
        columns: [
            reader::t("organisations-name"),
            reader::t("organisations-position"),
            reader::t("email"),
            reader::t("organisations-phone"),
        ]
        .into_iter()
        .map(|label| Column { label: label.into(), href: None, sort_state: "", class: "" })
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
        badges: std::iter::once(standing).chain(o.size_class.map(enterprise)).collect(),
        facts: facts(&o, page.scope.cluster(), can_edit),
        sections: vec![
            Section {
                title: reader::t1("organisations-contacts-section", "count", contacts.total),
                table: contact_table,
                empty: reader::t("organisations-no-contacts"),
                actions: vec![Action {
                    label: reader::t("organisations-add-contact"),
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
        archived_notice: o.archived_at.map(|at| reader::t1("organisations-archived-on", "day", reader::day(at))),
        edit_href: format!("{record}/edit"),
        archive_href: format!("{record}/archive"),
        restore_href: format!("{record}/restore"),
        layout,
    }
    .into_response())
}

/// The badge of an organisation's EU size class: "Small enterprise".
fn enterprise(size: SizeClass) -> String {
    match size {
        SizeClass::Micro => reader::t("organisations-enterprise-micro"),
        SizeClass::Small => reader::t("organisations-enterprise-small"),
        SizeClass::Medium => reader::t("organisations-enterprise-medium"),
        SizeClass::Large => reader::t("organisations-enterprise-large"),
    }
}

fn subheading(o: &Organisation) -> String {
    let mut parts = vec![reader::label(o.fields.kind)];
    parts.extend(o.fields.region.clone());
    parts.extend(o.fields.country.as_ref().map(|c| c.name().to_string()));
    parts.join(" · ")
}

/// What the page says of the organisation; its documents' language links to its form for those
/// who may change it.
fn facts(o: &Organisation, cluster: &domain::cluster::Cluster, can_edit: bool) -> Vec<Fact> {
    let f = &o.fields;
    let mut website = Fact::new(reader::t("organisations-website"), f.website.clone());
    website.href = f.website.clone();
    let mut language = Fact::new(reader::t("organisations-document-language"), Some(language_text(o, cluster)));
    language.href = can_edit.then(|| format!("{}/{}/language", base(&cluster.slug), o.id));
    vec![
        Fact::new(reader::t("kind"), Some(reader::label(f.kind))),
        Fact::new(reader::t("organisations-eu-size-class"), o.size_class.map(reader::label)),
        Fact::new(reader::t("organisations-employees"), f.employees.map(|e| e.to_string())),
        Fact::new(reader::t("organisations-turnover"), f.turnover.map(reader::money)),
        Fact::new(reader::t("organisations-balance-sheet-total"), f.balance_sheet_total.map(reader::money)),
        Fact::new(
            reader::t("organisations-nace-rev-2"),
            f.nace_code
                .as_ref()
                .map(|n| reader::t2("organisations-nace-section", "code", n.as_str(), "section", n.section())),
        ),
        Fact::new(reader::t("organisations-address"), Some(f.postal_address().join(", ")).filter(|a| !a.is_empty())),
        Fact::new(reader::t("organisations-vat-id"), f.vat_id.clone()),
        Fact::new(reader::t("email"), f.email.clone()),
        Fact::new(reader::t("organisations-phone"), f.phone.clone()),
        website,
        language,
        Fact::new(reader::t("organisations-created-on"), Some(reader::day(o.created_at))),
        Fact::new(reader::t("organisations-last-changed"), Some(reader::moment(o.updated_at))),
    ]
}

/// The language an organisation's invoices and reminders are written in, saying when it is the
/// cluster's.
fn language_text(o: &Organisation, cluster: &domain::cluster::Cluster) -> String {
    match o.language {
        Some(own) => own.native_name().to_string(),
        None => reader::t1("organisations-language-of-cluster", "language", cluster.language().native_name()),
    }
}

/// The form that chooses the language of an organisation's invoices and reminders.
async fn language(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    PageId(id, _): PageId<resource::Organisation>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "organisations", String::new()).await?;
    let o = app::organisation::get(&state.app, &page.scope, id).await?;
    let record = format!("{}/{id}", base(page.slug()));
    let cluster_language = page.scope.cluster().language();
    let choices: Vec<(&str, &str)> =
        domain::language::Language::ALL.iter().map(|l| (l.code(), l.native_name())).collect();
    let empty = reader::t1("organisations-language-of-cluster", "language", cluster_language.native_name());
    let field = FormField::text("language", &reader::t("organisations-document-language"), None, None)
        .select(options(&empty, choices, o.language.map(|l| l.code())))
        .hint(reader::t("organisations-document-language-hint"));
    let mut layout = page.layout;
    layout.title = reader::t1("organisations-language-of", "name", &o.fields.name);
    Ok(FormPage {
        heading: reader::t1("organisations-language-of", "name", &o.fields.name),
        action: format!("{record}/language"),
        submit: reader::t("organisations-save").into(),
        cancel_href: record,
        fields: vec![field],
        has_errors: false,
        intro: String::new(),
        links: Vec::new(),
        layout,
    }
    .into_response())
}

async fn set_language(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    headers: HeaderMap,
    PageId(id, _): PageId<resource::Organisation>,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> Result<Response, PageError> {
    let scope = access.scope;
    let record = format!("{}/{id}", base(&scope.cluster().slug));
    let done = app::organisation::set_language(&state.app, &scope, id, &form.language)
        .await
        .map(|o| reader::t1("organisations-language-set", "language", language_text(&o, scope.cluster())));
    after_action(&headers, &record, done)
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
    layout.title = reader::t1("organisations-edit-name", "name", &o.fields.name);
    Ok(FormPage {
        heading: reader::t1("organisations-edit-name", "name", &o.fields.name),
        action: record.clone(),
        submit: reader::t("organisations-save").into(),
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
    let page = ClusterPage::open(&state, access, "organisations", reader::t("organisations-edit")).await?;
    let record = format!("{}/{id}", base(page.slug()));
    match app::organisation::update(&state.app, &page.scope, id, &input).await {
        Ok(_) => Ok(Redirect::to(&record).into_response()),
        Err(app::Error::Invalid(invalid) | app::Error::Conflict(invalid)) => {
            Ok(form_again(page, reader::t("organisations-edit"), record.clone(), record, &input, &invalid))
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
