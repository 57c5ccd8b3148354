//! The caller's own API tokens: listed (never their secrets) and revoked.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::AppState;
use crate::auth::{ApiUser, Id, resource};
use crate::error::{ApiError, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_tokens)).routes(routes!(revoke_token))
}

/// One of your API tokens.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct TokenView {
    pub id: Uuid,
    pub name: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// When it was revoked; null while it works.
    pub revoked_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// Your API tokens, the newest first, revoked ones too.
#[utoipa::path(
    get,
    path = "/api/v1/tokens",
    tag = "account",
    responses(
        (status = 200, description = "Your tokens", body = Vec<TokenView>),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json")
    )
)]
async fn list_tokens(State(state): State<AppState>, ApiUser(actor): ApiUser) -> Result<Json<Vec<TokenView>>, ApiError> {
    let all = app::auth::tokens(&state.app, &actor).await?;
    Ok(Json(
        all.into_iter()
            .map(|t| TokenView { id: t.id, name: t.name, created_at: t.created_at, revoked_at: t.revoked_at })
            .collect(),
    ))
}

/// Revokes one of your API tokens (the one this request uses too, if you name it): it is refused
/// from now on, by every server within a few seconds.
#[utoipa::path(
    delete,
    path = "/api/v1/tokens/{id}",
    tag = "account",
    params(("id" = Uuid, Path, description = "Token id")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 404, description = "None of your tokens that still works has this id", body = Problem, content_type = "application/problem+json")
    )
)]
async fn revoke_token(
    State(state): State<AppState>,
    ApiUser(actor): ApiUser,
    Id(id, _): Id<resource::ApiToken>,
) -> Result<StatusCode, ApiError> {
    app::auth::revoke_own_token(&state.app, &actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
