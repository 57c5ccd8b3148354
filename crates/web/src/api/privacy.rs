use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use domain::consent::{Channel, ConsentInput};
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
        .routes(routes!(list_consents, give_consent))
        .routes(routes!(withdraw_consent))
        .routes(routes!(export_personal_data))
        .routes(routes!(erase_person))
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ConsentView {
    pub id: Uuid,
    #[schema(value_type = domain::consent::Channel)]
    pub channel: String,
    pub purpose: String,
    pub given_at: DateTime<Utc>,
    pub source: String,
    pub recorded_by: String,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub withdrawn_by: Option<String>,
}

impl From<domain::consent::Consent> for ConsentView {
    fn from(c: domain::consent::Consent) -> Self {
        ConsentView {
            id: c.id,
            channel: c.channel.code().to_string(),
            purpose: c.purpose,
            given_at: c.given_at,
            source: c.source,
            recorded_by: c.recorded_by,
            withdrawn_at: c.withdrawn_at,
            withdrawn_by: c.withdrawn_by,
        }
    }
}

/// A contact's consents, withdrawn ones included, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/contacts/{id}/consents",
    tag = "privacy",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Contact id")),
    responses(
        (status = 200, description = "The consents", body = Vec<ConsentView>),
        (status = 404, description = "No such contact in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn list_consents(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Contact>,
) -> Result<Json<Vec<ConsentView>>, ApiError> {
    Ok(Json(app::privacy::consents(&state.app, &scope, id).await?.into_iter().map(Into::into).collect()))
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsentBody {
    pub channel: Channel,
    pub purpose: String,
    /// `2026-03-02`.
    pub given_on: String,
    /// How and where it was given.
    pub source: String,
}

/// Records a consent of a contact.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/contacts/{id}/consents",
    tag = "privacy",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Contact id")),
    request_body = ConsentBody,
    responses(
        (status = 201, description = "Recorded", body = ConsentView),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn give_consent(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Contact>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: ConsentBody = json_body(&body)?;
    let input = ConsentInput {
        channel: Some(b.channel.code().into()),
        purpose: Some(b.purpose),
        given_on: Some(b.given_on),
        source: Some(b.source),
    };
    let consent = app::privacy::give(&state.app, &scope, actor.email(), id, &input).await?;
    Ok((StatusCode::CREATED, Json(ConsentView::from(consent))).into_response())
}

/// Withdraws a consent; it stays on record, marked withdrawn.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/consents/{id}/withdraw",
    tag = "privacy",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Consent id")),
    responses(
        (status = 204, description = "Withdrawn"),
        (status = 404, description = "No such current consent in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn withdraw_consent(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Consent>,
) -> Result<StatusCode, ApiError> {
    app::privacy::withdraw(&state.app, &scope, actor.email(), id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Everything stored about one person, as JSON (GDPR article 15); the export is recorded.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/contacts/{id}/personal-data",
    tag = "privacy",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Contact id")),
    responses(
        (status = 200, description = "The person's data", body = serde_json::Value),
        (status = 403, description = "The board does not export personal data", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such contact in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn export_personal_data(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Contact>,
) -> Result<Json<serde_json::Value>, ApiError> {
    Ok(Json(app::privacy::export_person(&state.app, &scope, actor.email(), id).await?))
}

/// Anonymises a person everywhere (GDPR article 17); counts stay right. Cluster managers only;
/// it cannot be undone.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/contacts/{id}/erase",
    tag = "privacy",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Contact id")),
    responses(
        (status = 204, description = "Erased"),
        (status = 403, description = "Only a cluster manager erases", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such contact in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn erase_person(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Contact>,
) -> Result<StatusCode, ApiError> {
    app::privacy::erase_person(&state.app, &scope, actor.email(), id).await?;
    Ok(StatusCode::NO_CONTENT)
}
