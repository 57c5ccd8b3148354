//! The network's view, for its administrators: chosen indicators of every cluster side by side,
//! and the rate table that converts their money to euro.

use app::network::{ExchangeRate, NetworkView};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use domain::monitoring::Period;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::organisation::json_body;
use crate::AppState;
use crate::auth::ApiUser;
use crate::error::{ApiError, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(compare)).routes(routes!(list_rates)).routes(routes!(set_rate))
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CompareQuery {
    /// `2025` or `2025-Q3`; this year when left out.
    pub period: Option<String>,
    /// Built-in indicators' keys, comma-separated; members, participation rate, events,
    /// participants, projects, budget, FTE and fees collected when left out.
    pub indicators: Option<String>,
    /// The slug of the one cluster shown by name; the others as `Cluster A`, `Cluster B`, …
    pub named: Option<String>,
}

/// Chosen built-in indicators of every cluster of the network for a period, side by side; money
/// in euro cents through the network's rate table. Network administrators only.
#[utoipa::path(
    get,
    path = "/api/v1/network/monitoring",
    tag = "network",
    params(CompareQuery),
    responses(
        (status = 200, description = "The clusters side by side", body = NetworkView),
        (status = 403, description = "Not a network administrator", body = Problem, content_type = "application/problem+json")
    )
)]
async fn compare(
    State(state): State<AppState>,
    ApiUser(actor): ApiUser,
    Query(q): Query<CompareQuery>,
) -> Result<Json<NetworkView>, ApiError> {
    let period = match q.period.as_deref() {
        None => Period::year(chrono::Datelike::year(&state.app.now().date_naive())),
        Some(raw) => {
            Period::parse(raw).map_err(|m| ApiError(app::organisation::bad_parameter("period", m.to_string())))?
        }
    };
    let keys: Vec<String> = q
        .indicators
        .as_deref()
        .unwrap_or_default()
        .split(',')
        .map(|k| k.trim().to_string())
        .filter(|k| !k.is_empty())
        .collect();
    Ok(Json(app::network::compare(&state.app, &actor, &keys, period, q.named.as_deref()).await?))
}

/// The network's rate table: how many units of each currency one euro buys.
#[utoipa::path(
    get,
    path = "/api/v1/network/rates",
    tag = "network",
    responses(
        (status = 200, description = "The rates", body = Vec<ExchangeRate>),
        (status = 403, description = "Not a network administrator", body = Problem, content_type = "application/problem+json")
    )
)]
async fn list_rates(
    State(state): State<AppState>,
    ApiUser(actor): ApiUser,
) -> Result<Json<Vec<ExchangeRate>>, ApiError> {
    Ok(Json(app::network::rates(&state.app, &actor).await?))
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
pub struct RateInput {
    /// How many units of the currency one euro buys: `4.265`.
    pub per_euro: Option<String>,
}

/// Sets how many units of a currency one euro buys.
#[utoipa::path(
    put,
    path = "/api/v1/network/rates/{currency}",
    tag = "network",
    params(("currency" = String, Path, description = "ISO 4217 code")),
    request_body = RateInput,
    responses(
        (status = 204, description = "Set"),
        (status = 403, description = "Not a network administrator", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "What to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn set_rate(
    State(state): State<AppState>,
    ApiUser(actor): ApiUser,
    Path(currency): Path<String>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    if !actor.is_network_admin() {
        return Err(ApiError(app::Error::Forbidden("the network's rate table is kept by network administrators")));
    }
    let input: RateInput = json_body(&body)?;
    app::network::set_rate(&state.app, &actor, &currency, input.per_euro.as_deref().unwrap_or_default()).await?;
    Ok(StatusCode::NO_CONTENT)
}
