//! The network's value-chain taxonomy, and an organisation's place in it with its offers and needs.

use crate::reader;
use app::auth::{Edit, Read};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{routing::get, routing::post};
use domain::id::Uuid;
use domain::value_chain::{Direction, TermKind};

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageId, PageScope, resource};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/value-chain", &["GET", "POST"], get(taxonomy).post(add_term))
        .route(
            "/clusters/{cluster}/organisations/{id}/value-chain",
            &["GET", "POST"],
            get(organisation_page).post(set_terms),
        )
        .route("/clusters/{cluster}/organisations/{id}/offers-needs", &["POST"], post(add_offer))
        .route("/clusters/{cluster}/offers-needs/{id}/remove", &["POST"], post(remove_offer))
}

/// The value-chain section of an organisation's page.
pub async fn section(state: &AppState, scope: &app::ClusterScope, organisation: Uuid) -> Result<Section, app::Error> {
    let slug = &scope.cluster().slug;
    let terms = app::value_chain::of_organisation(&state.app, scope, organisation).await?;
    let items = app::value_chain::offers_and_needs(&state.app, scope, organisation).await?;
    let mut rows: Vec<Vec<Cell>> =
        terms.iter().map(|t| vec![Cell::text(kind_label(t.kind)), Cell::text(&t.name)]).collect();
    rows.extend(items.iter().map(|i| {
        let label = match i.direction {
            Direction::Offer => reader::t("value-chain-offers"),
            Direction::Need => reader::t("value-chain-needs"),
        };
        vec![Cell::text(label), Cell::text(&i.title)]
    }));
    Ok(Section {
        title: reader::t("value-chain-section-title"),
        table: Table {
            columns: [String::new(), reader::t("project-what")]
                .into_iter()
                .map(|label| Column { label: label.into(), href: None, sort_state: "", class: "" })
                .collect(),
            rows,
        },
        empty: reader::t("value-chain-section-empty"),
        actions: vec![Action {
            label: reader::t("edit"),
            href: format!("/clusters/{slug}/organisations/{organisation}/value-chain"),
            primary: false,
        }],
    })
}

/// A kind of term in the reader's language.
fn kind_label(kind: TermKind) -> String {
    reader::t(match kind {
        TermKind::Segment => "value-chain-term-kind-segment",
        TermKind::Technology => "value-chain-term-kind-technology",
    })
}

/// A kind of term as it reads in brackets after a term: "(segment)".
fn kind_in_brackets(kind: TermKind) -> String {
    reader::t(match kind {
        TermKind::Segment => "value-chain-term-kind-short-segment",
        TermKind::Technology => "value-chain-term-kind-short-technology",
    })
}

/// Whether an item is an offer or a need, in the reader's language.
fn direction_label(direction: Direction) -> String {
    reader::t(&format!("value-chain-direction-{}", direction.code()))
}

#[derive(Template, WebTemplate)]
#[template(path = "value_chain.html")]
struct TaxonomyPage {
    layout: Layout,
    groups: Vec<(String, Vec<String>)>,
    kinds: Vec<(&'static str, String)>,
    can_add: bool,
    action: String,
    errors: Vec<String>,
}

async fn taxonomy_page(
    state: &AppState,
    page: ClusterPage,
    can_add: bool,
    errors: Vec<String>,
) -> Result<Response, PageError> {
    let terms = app::value_chain::terms(&state.app, &page.scope).await?;
    let groups = TermKind::ALL
        .into_iter()
        .map(|kind| (kind_label(kind), terms.iter().filter(|t| t.kind == kind).map(|t| t.name.clone()).collect()))
        .collect();
    let status =
        if errors.is_empty() { axum::http::StatusCode::OK } else { axum::http::StatusCode::UNPROCESSABLE_ENTITY };
    Ok((
        status,
        TaxonomyPage {
            groups,
            kinds: TermKind::ALL.into_iter().map(|k| (k.code(), kind_label(k))).collect(),
            can_add,
            action: format!("/clusters/{}/value-chain", page.slug()),
            errors,
            layout: page.layout,
        },
    )
        .into_response())
}

async fn taxonomy(State(state): State<AppState>, access: PageScope<Read>) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "value-chain", reader::t("nav-value-chain")).await?;
    let can_add = page.user.actor.is_network_admin();
    taxonomy_page(&state, page, can_add, Vec::new()).await
}

#[derive(serde::Deserialize)]
struct TermForm {
    kind: Option<String>,
    name: Option<String>,
}

async fn add_term(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<TermForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "value-chain", reader::t("nav-value-chain")).await?;
    let kind = form.kind.unwrap_or_default();
    match app::value_chain::add_term(&state.app, &page.scope, &page.user.actor, &kind, &form.name.unwrap_or_default())
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/clusters/{slug}/value-chain")).into_response()),
        Err(app::Error::Invalid(invalid) | app::Error::Conflict(invalid)) => {
            let errors = invalid.0.iter().map(|e| format!("{}: {}", e.field, e.message)).collect();
            taxonomy_page(&state, page, true, errors).await
        }
        Err(e) => Err(e.into()),
    }
}

struct TermChoice {
    id: String,
    name: String,
    kind: String,
    chosen: bool,
}

struct ItemView {
    direction: String,
    title: String,
    description: String,
    term: String,
    remove_href: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "organisation_value_chain.html")]
struct OrganisationPage {
    layout: Layout,
    name: String,
    record_href: String,
    taxonomy_href: String,
    terms_action: String,
    offers_action: String,
    terms: Vec<TermChoice>,
    items: Vec<ItemView>,
    errors: Vec<String>,
}

async fn render(state: &AppState, page: ClusterPage, id: Uuid, errors: Vec<String>) -> Result<Response, PageError> {
    let slug = page.slug().to_string();
    let o = app::organisation::get(&state.app, &page.scope, id).await?;
    let all = app::value_chain::terms(&state.app, &page.scope).await?;
    let mine = app::value_chain::of_organisation(&state.app, &page.scope, id).await?;
    let items = app::value_chain::offers_and_needs(&state.app, &page.scope, id).await?;
    let record = format!("/clusters/{slug}/organisations/{id}");
    let status =
        if errors.is_empty() { axum::http::StatusCode::OK } else { axum::http::StatusCode::UNPROCESSABLE_ENTITY };
    Ok((
        status,
        OrganisationPage {
            name: o.fields.name,
            taxonomy_href: format!("/clusters/{slug}/value-chain"),
            terms_action: format!("{record}/value-chain"),
            offers_action: format!("{record}/offers-needs"),
            items: items
                .iter()
                .map(|i| ItemView {
                    direction: direction_label(i.direction),
                    title: i.title.clone(),
                    description: i.description.clone().unwrap_or_default(),
                    term: i
                        .term_id
                        .and_then(|t| all.iter().find(|x| x.id == t))
                        .map(|t| t.name.clone())
                        .unwrap_or_default(),
                    remove_href: format!("/clusters/{slug}/offers-needs/{}/remove", i.id),
                })
                .collect(),
            terms: all
                .iter()
                .map(|t| TermChoice {
                    id: t.id.to_string(),
                    name: t.name.clone(),
                    kind: kind_in_brackets(t.kind),
                    chosen: mine.iter().any(|m| m.id == t.id),
                })
                .collect(),
            record_href: record,
            errors,
            layout: page.layout,
        },
    )
        .into_response())
}

async fn organisation_page(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    PageId(id, _): PageId<resource::Organisation>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "organisations", reader::t("nav-value-chain")).await?;
    render(&state, page, id, Vec::new()).await
}

/// The checkboxes arrive as repeated `term` fields, so the form is read as pairs.
fn term_ids(pairs: &[(String, String)]) -> Vec<Uuid> {
    pairs.iter().filter(|(k, _)| k == "term").filter_map(|(_, v)| Uuid::parse_str(v).ok()).collect()
}

async fn set_terms(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Organisation>,
    CsrfForm(body): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    app::value_chain::set_terms(&state.app, &scope, id, &term_ids(&body)).await?;
    Ok(Redirect::to(&format!("/clusters/{slug}/organisations/{id}")).into_response())
}

#[derive(serde::Deserialize)]
struct OfferForm {
    direction: Option<String>,
    title: Option<String>,
    description: Option<String>,
    term_id: Option<String>,
}

async fn add_offer(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Organisation>,
    CsrfForm(form): CsrfForm<OfferForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "organisations", reader::t("nav-value-chain")).await?;
    let term = non_empty(&form.term_id).and_then(|t| Uuid::parse_str(t).ok());
    let direction = form.direction.unwrap_or_default();
    let title = form.title.unwrap_or_default();
    match app::value_chain::add_offer_or_need(
        &state.app,
        &page.scope,
        id,
        &direction,
        &title,
        form.description.as_deref(),
        term,
    )
    .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/clusters/{slug}/organisations/{id}/value-chain")).into_response()),
        Err(app::Error::Invalid(invalid) | app::Error::Conflict(invalid)) => {
            let errors = invalid.0.iter().map(|e| format!("{}: {}", e.field, e.message)).collect();
            render(&state, page, id, errors).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn remove_offer(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Offer>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let organisation = app::value_chain::remove_offer_or_need(&state.app, &scope, id).await?;
    Ok(see_other(&headers, &format!("/clusters/{slug}/organisations/{organisation}/value-chain")))
}
