//! Reporting regimes: every indicator set of the cluster (the monitoring system, the shipped sets,
//! the cluster's own) read for a period, and the cluster's own sets made, copied, changed and
//! removed.

use app::auth::{Manage, Read};
use app::indicator_set::{SetDocument, SetReading};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use super::economics::Created;
use super::monitoring::{PeriodQuery, period_of};
use super::organisation::json_body;
use crate::AppState;
use crate::auth::ApiScope;
use crate::error::{ApiError, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_sets, create_set))
        .routes(routes!(read_set, update_set, remove_set))
        .routes(routes!(copy_set))
}

/// The id of one of the cluster's own sets, looked up before any body is read, so that another
/// cluster's set (or a shipped one, which cannot change) is not found whatever was sent.
async fn own_set(state: &AppState, scope: &app::ClusterScope, key: &str) -> Result<Uuid, ApiError> {
    let not_found = ApiError(app::Error::NotFound("indicator set"));
    let id: Uuid = key.parse().map_err(|_| ApiError(app::Error::NotFound("indicator set")))?;
    let sets = app::indicator_set::sets(&state.app, scope).await?;
    if sets.iter().any(|s| s.own && s.key == key) { Ok(id) } else { Err(not_found) }
}

/// Every set the cluster reads, for a period: each line with its value (scaled by its unit, as
/// on the dashboard), threshold or target, verdict and the evidence behind it.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/monitoring/sets",
    tag = "monitoring",
    params(("cluster" = String, Path, description = "Cluster slug"), PeriodQuery),
    responses((status = 200, description = "The sets read for the period", body = Vec<SetReading>))
)]
async fn list_sets(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<PeriodQuery>,
) -> Result<Json<Vec<SetReading>>, ApiError> {
    let period = period_of(&state, &scope, q.period.as_deref())?;
    Ok(Json(app::indicator_set::readings(&state.app, &scope, period).await?))
}

/// Adds a set of the cluster's own with its lines: each maps the regime's code and name to an
/// indicator's key, with a threshold (`at_least` or `at_most`, the value written in the
/// indicator's unit) where the regime has one. Needs the manager's role.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/monitoring/sets",
    tag = "monitoring",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = SetDocument,
    responses(
        (status = 201, description = "Added", body = Created),
        (status = 422, description = "What to fix, by field (`lines[1].indicator`)", body = Problem, content_type = "application/problem+json")
    )
)]
async fn create_set(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Manage>,
    body: Bytes,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let input: SetDocument = json_body(&body)?;
    let id = app::indicator_set::create(&state.app, &scope, &input, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

/// One set read for a period: `monitoring`, `eccp_listing`, `label_readiness`,
/// `regional_programme`, or the id of one of the cluster's own.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/monitoring/sets/{set}",
    tag = "monitoring",
    params(
        ("cluster" = String, Path, description = "Cluster slug"),
        ("set" = String, Path, description = "A shipped set's key or the id of one of the cluster's own"),
        PeriodQuery
    ),
    responses(
        (status = 200, description = "The set read for the period", body = SetReading),
        (status = 404, description = "No such set", body = Problem, content_type = "application/problem+json")
    )
)]
async fn read_set(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Path(path): Path<(String, String)>,
    Query(q): Query<PeriodQuery>,
) -> Result<Json<SetReading>, ApiError> {
    let period = period_of(&state, &scope, q.period.as_deref())?;
    Ok(Json(app::indicator_set::reading(&state.app, &scope, &path.1, period).await?))
}

/// Changes a set of the cluster's own: name and description, and, when `lines` is given, all its
/// lines in place of the old ones.
#[utoipa::path(
    put,
    path = "/api/v1/clusters/{cluster}/monitoring/sets/{set}",
    tag = "monitoring",
    params(
        ("cluster" = String, Path, description = "Cluster slug"),
        ("set" = String, Path, description = "A shipped set's key or the id of one of the cluster's own")
    ),
    request_body = SetDocument,
    responses(
        (status = 204, description = "Saved"),
        (status = 404, description = "No such set of the cluster's own", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "What to fix, by field", body = Problem, content_type = "application/problem+json")
    )
)]
async fn update_set(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Path(path): Path<(String, String)>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let id = own_set(&state, &scope, &path.1).await?;
    let input: SetDocument = json_body(&body)?;
    app::indicator_set::update(&state.app, &scope, id, &input).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes a set of the cluster's own with its lines; the values it pointed at stay.
#[utoipa::path(
    delete,
    path = "/api/v1/clusters/{cluster}/monitoring/sets/{set}",
    tag = "monitoring",
    params(
        ("cluster" = String, Path, description = "Cluster slug"),
        ("set" = String, Path, description = "A shipped set's key or the id of one of the cluster's own")
    ),
    responses(
        (status = 204, description = "Removed"),
        (status = 404, description = "No such set of the cluster's own", body = Problem, content_type = "application/problem+json")
    )
)]
async fn remove_set(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Path(path): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let id = own_set(&state, &scope, &path.1).await?;
    app::indicator_set::remove(&state.app, &scope, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Copies any set the cluster reads into a new one of its own, to keep thresholds of its own (a
/// label's are not public).
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/monitoring/sets/{set}/copy",
    tag = "monitoring",
    params(
        ("cluster" = String, Path, description = "Cluster slug"),
        ("set" = String, Path, description = "A shipped set's key or the id of one of the cluster's own")
    ),
    responses(
        (status = 201, description = "The copy", body = Created),
        (status = 404, description = "No such set", body = Problem, content_type = "application/problem+json")
    )
)]
async fn copy_set(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Manage>,
    Path(path): Path<(String, String)>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let id = app::indicator_set::copy(&state.app, &scope, &path.1, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}
