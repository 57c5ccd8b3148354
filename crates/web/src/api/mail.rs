use axum::Json;
use axum::extract::State;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::auth::ApiScope;
use crate::error::ApiError;
use app::auth::Edit;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(sent_log))
}

/// The cluster's latest mail, newest first: to whom, about what, when it was queued and sent,
/// and why it failed. Mail leaves through an outbox, so a message is `pending` until the server's
/// mail worker (or `clusterdesk mail send-pending`) delivers it; what the mail server refuses is
/// tried again with growing waits, then `failed`.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/mail",
    tag = "mail",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses(
        (status = 200, description = "Newest first, the latest 200", body = Vec<app::mail::LoggedMessage>),
        (status = 403, description = "The board does not read the team's mail", body = crate::error::Problem, content_type = "application/problem+json")
    )
)]
async fn sent_log(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
) -> Result<Json<Vec<app::mail::LoggedMessage>>, ApiError> {
    Ok(Json(app::mail::sent_log(&state.app, &scope).await?))
}
