//! Tags on an organisation's page, saved segments, and the contact exports (CSV, XLSX, vCard).

use app::auth::{Edit, Read};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{routing::get, routing::post};
use domain::access::Permission;

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageId, PageScope, resource};
use crate::error::PageError;
use crate::params::ContactQuery;
use crate::params::OrganisationQuery;
use crate::reader;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/organisations/{id}/tags", &["GET", "POST"], get(new_tag).post(add_tag))
        .route("/clusters/{cluster}/organisations/{id}/tags/{tag}/remove", &["POST"], post(remove_tag))
        .route("/clusters/{cluster}/segments", &["GET", "POST"], get(list).post(save))
        .route("/clusters/{cluster}/segments/new", &["GET"], get(new))
        .route("/clusters/{cluster}/segments/{id}/delete", &["POST"], post(delete))
        .route("/clusters/{cluster}/segments/{id}/contacts.vcf", &["GET"], get(segment_vcard))
        .route("/clusters/{cluster}/contacts/export", &["GET"], get(export_contacts))
        .route("/clusters/{cluster}/contacts/{id}/vcard", &["GET"], get(contact_vcard))
}

/// The tags section of an organisation's page.
pub async fn tags_section(
    state: &AppState,
    scope: &app::ClusterScope,
    organisation: domain::id::Uuid,
) -> Result<Section, app::Error> {
    let slug = &scope.cluster().slug;
    let tags = app::segment::tags_of(&state.app, scope, organisation).await?;
    let can_edit = scope.role().allows(Permission::Edit);
    Ok(Section {
        title: reader::t("segments-tags"),
        table: Table {
            columns: vec![
                Column { label: reader::t("organisations-tag").into(), href: None, sort_state: "", class: "" },
                Column { label: std::borrow::Cow::Borrowed(""), href: None, sort_state: "", class: "" },
            ],
            rows: tags
                .iter()
                .map(|(id, name)| {
                    vec![
                        Cell::link(
                            name,
                            format!("/clusters/{slug}/organisations?tag={}", crate::auth::urlencode(name)),
                        ),
                        if can_edit {
                            Cell::button(
                                reader::t("segments-remove"),
                                format!("/clusters/{slug}/organisations/{organisation}/tags/{id}/remove"),
                            )
                        } else {
                            Cell::text("")
                        },
                    ]
                })
                .collect(),
        },
        empty: reader::t("segments-no-tags"),
        actions: vec![Action {
            label: reader::t("segments-add-tag"),
            href: format!("/clusters/{slug}/organisations/{organisation}/tags"),
            primary: false,
        }],
    })
}

#[derive(serde::Deserialize)]
struct TagForm {
    name: Option<String>,
}

async fn tag_form(
    state: &AppState,
    page: ClusterPage,
    organisation: domain::id::Uuid,
    value: &str,
    errors: Option<&domain::Invalid>,
) -> Result<Response, PageError> {
    let o = app::organisation::get(&state.app, &page.scope, organisation).await?;
    let known: Vec<String> = app::segment::tags(&state.app, &page.scope).await?.into_iter().map(|t| t.name).collect();
    let record = format!("/clusters/{}/organisations/{organisation}", page.slug());
    let status =
        if errors.is_some() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    Ok((
        status,
        FormPage {
            heading: reader::t1("segments-tag-heading", "name", &o.fields.name),
            action: format!("{record}/tags"),
            submit: reader::t("segments-add-tag").into(),
            cancel_href: record,
            fields: vec![
                FormField::text("name", &reader::t("organisations-tag"), Some(value), errors).required().hint(
                    if known.is_empty() {
                        reader::t("segments-tag-hint")
                    } else {
                        reader::t1("segments-tags-in-use", "tags", known.join(", "))
                    },
                ),
            ],
            has_errors: errors.is_some(),
            intro: String::new(),
            links: Vec::new(),
            layout: page.layout,
        },
    )
        .into_response())
}

async fn new_tag(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    PageId(id, _): PageId<resource::Organisation>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "organisations", reader::t("segments-add-tag")).await?;
    tag_form(&state, page, id, "", None).await
}

async fn add_tag(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Organisation>,
    CsrfForm(form): CsrfForm<TagForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "organisations", reader::t("segments-add-tag")).await?;
    let name = form.name.unwrap_or_default();
    match app::segment::tag(&state.app, &page.scope, id, &name).await {
        Ok(()) => Ok(Redirect::to(&format!("/clusters/{slug}/organisations/{id}")).into_response()),
        Err(app::Error::Invalid(invalid) | app::Error::Conflict(invalid)) => {
            tag_form(&state, page, id, &name, Some(&invalid)).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn remove_tag(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, id, tag)): Path<(String, String, String)>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "organisation")?;
    let tag = parse_id(&tag, "tag")?;
    app::segment::untag(&state.app, &scope, id, tag).await?;
    Ok(see_other(&headers, &format!("/clusters/{slug}/organisations/{id}")))
}

struct SegmentRow {
    name: String,
    list_href: String,
    description: String,
    organisations: usize,
    contacts: usize,
    csv_href: String,
    vcard_href: String,
    delete_href: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "segments.html")]
struct SegmentsPage {
    layout: Layout,
    rows: Vec<SegmentRow>,
    can_edit: bool,
    flash: Flash,
}

fn describe(f: &app::organisation::FilterInput) -> String {
    let parts: Vec<String> = [
        (reader::t("segments-describe-name"), &f.q),
        (reader::t("segments-describe-country"), &f.country),
        (reader::t("segments-describe-kind"), &f.kind),
        (reader::t("segments-describe-size"), &f.size_class),
        (reader::t("segments-describe-tag"), &f.tag),
        (reader::t("segments-describe-status"), &f.status),
    ]
    .into_iter()
    .filter_map(|(label, v)| v.as_ref().filter(|v| !v.is_empty()).map(|v| format!("{label} {v}")))
    .collect();
    if parts.is_empty() { reader::t("segments-all-current") } else { parts.join(", ") }
}

async fn list(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "segments", reader::t("nav-segments")).await?;
    let mut rows = Vec::new();
    for s in app::segment::list(&state.app, &page.scope).await? {
        let organisations = app::segment::organisations(&state.app, &page.scope, s.id).await?.len();
        let contacts = app::segment::contacts(&state.app, &page.scope, s.id).await?.len();
        let query = s.filter.query();
        rows.push(SegmentRow {
            list_href: format!("/clusters/{slug}/organisations?{query}"),
            description: describe(&s.filter),
            organisations,
            contacts,
            csv_href: format!("/clusters/{slug}/organisations/export?{query}&format=csv"),
            vcard_href: format!("/clusters/{slug}/segments/{}/contacts.vcf", s.id),
            delete_href: format!("/clusters/{slug}/segments/{}/delete", s.id),
            name: s.name,
        });
    }
    let can_edit = page.can_edit();
    Ok(SegmentsPage { rows, can_edit, layout: page.layout, flash }.into_response())
}

fn segment_form(
    page: ClusterPage,
    query: &OrganisationQuery,
    name: &str,
    errors: Option<&domain::Invalid>,
) -> Response {
    let slug = page.slug().to_string();
    let input = query.input();
    let status =
        if errors.is_some() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    (
        status,
        FormPage {
            heading: reader::t("segments-save-heading"),
            action: format!("/clusters/{slug}/segments?{}", input.query()),
            submit: reader::t("segments-save").into(),
            cancel_href: format!("/clusters/{slug}/organisations?{}", input.query()),
            fields: vec![
                FormField::text("name", &reader::t("organisations-name"), Some(name), errors)
                    .required()
                    .hint(reader::t("segments-name-hint")),
            ],
            has_errors: errors.is_some(),
            intro: reader::t1("segments-selects", "selection", describe(&input)),
            links: Vec::new(),
            layout: page.layout,
        },
    )
        .into_response()
}

async fn new(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Query(query): Query<OrganisationQuery>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "segments", reader::t("segments-new")).await?;
    query.filter()?;
    Ok(segment_form(page, &query, "", None))
}

async fn save(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path(slug): Path<String>,
    Query(query): Query<OrganisationQuery>,
    CsrfForm(form): CsrfForm<TagForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "segments", reader::t("segments-new")).await?;
    let name = form.name.unwrap_or_default();
    match app::segment::save(&state.app, &page.scope, &name, &query.input(), page.user.actor.email()).await {
        Ok(_) => Ok(created(&format!("/clusters/{slug}/segments"), reader::t("segments-saved"))),
        Err(app::Error::Invalid(invalid) | app::Error::Conflict(invalid)) => {
            Ok(segment_form(page, &query, &name, Some(&invalid)))
        }
        Err(e) => Err(e.into()),
    }
}

async fn delete(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Segment>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    app::segment::delete(&state.app, &scope, id).await?;
    Ok(see_other(&headers, &format!("/clusters/{slug}/segments")))
}

fn vcard_response(file: &str, body: String) -> Response {
    crate::exports::file("text/vcard; charset=utf-8", file, axum::body::Body::from(body))
}

async fn segment_vcard(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Segment>,
) -> Result<Response, PageError> {
    let cards = app::segment::vcards(&state.app, &scope, id).await?;
    Ok(crate::exports::vcards(cards, &format!("{slug}-segment.vcf")))
}

async fn contact_vcard(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    PageId(id, _): PageId<resource::Contact>,
) -> Result<Response, PageError> {
    let c = app::contact::get(&state.app, &scope, id).await?;
    Ok(vcard_response(&format!("{}.vcf", crate::auth::urlencode(&c.fields.full_name())), app::vcard::write(&[c])))
}

/// The contacts list exactly as filtered: CSV (default), XLSX or vCard (`format=vcf`).

#[derive(serde::Deserialize)]
struct Format {
    format: Option<String>,
}

async fn export_contacts(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Query(query): Query<ContactQuery>,
    Query(format): Query<Format>,
) -> Result<Response, PageError> {
    Ok(crate::exports::contacts(&state, &scope, &query, format.format.as_deref()).await?)
}
