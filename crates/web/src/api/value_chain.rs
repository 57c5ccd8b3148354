use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use super::organisation::json_body;
use crate::AppState;
use crate::auth::{ApiScope, Id, resource};
use crate::error::{ApiError, Problem};
use app::auth::{Edit, Read};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_terms, add_term))
        .routes(routes!(organisation_value_chain, set_organisation_terms))
        .routes(routes!(add_offer_or_need))
        .routes(routes!(remove_offer_or_need))
}

#[derive(Debug, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct TermView {
    #[serde(default)]
    pub id: Option<Uuid>,
    /// segment or technology.
    #[schema(value_type = domain::value_chain::TermKind)]
    pub kind: String,
    pub name: String,
}

fn term(t: domain::value_chain::Term) -> TermView {
    TermView { id: Some(t.id), kind: t.kind.code().to_string(), name: t.name }
}

/// The network's taxonomy of value-chain segments and technologies.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/value-chain",
    tag = "value chain",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "By kind and name", body = Vec<TermView>))
)]
async fn list_terms(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<TermView>>, ApiError> {
    Ok(Json(app::value_chain::terms(&state.app, &scope).await?.into_iter().map(term).collect()))
}

/// Adds a term to the network's taxonomy (network administrators).
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/value-chain",
    tag = "value chain",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = TermView,
    responses(
        (status = 201, description = "Added", body = TermView),
        (status = 403, description = "Not a network administrator", body = Problem, content_type = "application/problem+json")
    )
)]
async fn add_term(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Read>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: TermView = json_body(&body)?;
    let t = app::value_chain::add_term(&state.app, &scope, &actor, &b.kind, &b.name).await?;
    Ok((StatusCode::CREATED, Json(term(t))).into_response())
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct OfferOrNeedView {
    pub id: Uuid,
    /// offer or need.
    #[schema(value_type = domain::value_chain::Direction)]
    pub direction: String,
    pub title: String,
    pub description: Option<String>,
    pub term_id: Option<Uuid>,
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct OrganisationValueChainView {
    pub terms: Vec<TermView>,
    pub offers_and_needs: Vec<OfferOrNeedView>,
}

async fn value_chain_of(
    state: &AppState,
    scope: &app::ClusterScope,
    id: Uuid,
) -> Result<OrganisationValueChainView, app::Error> {
    Ok(OrganisationValueChainView {
        terms: app::value_chain::of_organisation(&state.app, scope, id).await?.into_iter().map(term).collect(),
        offers_and_needs: app::value_chain::offers_and_needs(&state.app, scope, id)
            .await?
            .into_iter()
            .map(|o| OfferOrNeedView {
                id: o.id,
                direction: o.direction.code().to_string(),
                title: o.title,
                description: o.description,
                term_id: o.term_id,
            })
            .collect(),
    })
}

/// An organisation's segments, technologies, offers and needs.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/organisations/{id}/value-chain",
    tag = "value chain",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 200, description = "Its place in the value chain", body = OrganisationValueChainView),
        (status = 404, description = "No such organisation in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn organisation_value_chain(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Organisation>,
) -> Result<Json<OrganisationValueChainView>, ApiError> {
    app::organisation::get(&state.app, &scope, id).await?;
    Ok(Json(value_chain_of(&state, &scope, id).await?))
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TermsBody {
    pub term_ids: Vec<Uuid>,
}

/// Sets an organisation's segments and technologies.
#[utoipa::path(
    put,
    path = "/api/v1/clusters/{cluster}/organisations/{id}/value-chain",
    tag = "value chain",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Organisation id")),
    request_body = TermsBody,
    responses(
        (status = 200, description = "Saved", body = OrganisationValueChainView),
        (status = 422, description = "A term is not the network's", body = Problem, content_type = "application/problem+json")
    )
)]
async fn set_organisation_terms(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Organisation>,
    body: Bytes,
) -> Result<Json<OrganisationValueChainView>, ApiError> {
    let b: TermsBody = json_body(&body)?;
    app::value_chain::set_terms(&state.app, &scope, id, &b.term_ids).await?;
    Ok(Json(value_chain_of(&state, &scope, id).await?))
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OfferOrNeedBody {
    /// offer or need.
    #[schema(value_type = domain::value_chain::Direction)]
    pub direction: String,
    pub title: String,
    pub description: Option<String>,
    pub term_id: Option<Uuid>,
}

/// Records something an organisation offers or needs.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/organisations/{id}/offers-needs",
    tag = "value chain",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Organisation id")),
    request_body = OfferOrNeedBody,
    responses(
        (status = 201, description = "Recorded", body = OfferOrNeedView),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn add_offer_or_need(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Organisation>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: OfferOrNeedBody = json_body(&body)?;
    let o = app::value_chain::add_offer_or_need(
        &state.app,
        &scope,
        id,
        &b.direction,
        &b.title,
        b.description.as_deref(),
        b.term_id,
    )
    .await?;
    let view = OfferOrNeedView {
        id: o.id,
        direction: o.direction.code().to_string(),
        title: o.title,
        description: o.description,
        term_id: o.term_id,
    };
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// Removes an offer or need.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/offers-needs/{id}/remove",
    tag = "value chain",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Offer or need id")),
    responses(
        (status = 204, description = "Removed"),
        (status = 404, description = "No such offer or need in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn remove_offer_or_need(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Offer>,
) -> Result<StatusCode, ApiError> {
    app::value_chain::remove_offer_or_need(&state.app, &scope, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
