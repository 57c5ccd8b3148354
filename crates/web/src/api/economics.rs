//! The economics of the cluster organisation: its ledger and ratios per year, the lines entered,
//! the reserves, and the team.

use app::auth::{Manage, Read};
use app::economics::EconomicYear;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Datelike;
use domain::economics::{EntryInput, StaffInput, StaffMember};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use super::organisation::json_body;
use crate::AppState;
use crate::auth::{ApiScope, Id, resource};
use crate::error::{ApiError, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(economics))
        .routes(routes!(export_ledger))
        .routes(routes!(export_ratios))
        .routes(routes!(add_entry))
        .routes(routes!(remove_entry))
        .routes(routes!(set_reserves))
        .routes(routes!(list_staff, add_staff))
        .routes(routes!(team))
        .routes(routes!(preview_scenario))
        .routes(routes!(list_scenarios, save_scenario))
        .routes(routes!(remove_scenario))
        .routes(routes!(update_staff, remove_staff))
}

/// The years asked for.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct YearsQuery {
    /// The first year; four years before the last by default.
    pub from: Option<i32>,
    /// The last year; this year by default.
    pub until: Option<i32>,
    /// For an export: `csv` (the default) or `xlsx`.
    pub format: Option<String>,
}

impl YearsQuery {
    fn years(&self, state: &AppState, scope: &app::ClusterScope) -> (i32, i32) {
        let until = self.until.unwrap_or_else(|| state.app.today(scope).year());
        (self.from.unwrap_or(until.saturating_sub(4)), until)
    }
}

/// Each year's ledger, budgeted and actual, its ratios with the figures they come from, and the
/// check of the public aid cap (at most ten years).
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/economics",
    tag = "economics",
    params(("cluster" = String, Path, description = "Cluster slug"), YearsQuery),
    responses(
        (status = 200, description = "The years, oldest first", body = Vec<EconomicYear>),
        (status = 400, description = "More than ten years, or the first after the last", body = Problem, content_type = "application/problem+json")
    )
)]
async fn economics(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<YearsQuery>,
) -> Result<Json<Vec<EconomicYear>>, ApiError> {
    let (first, last) = q.years(&state, &scope);
    Ok(Json(app::economics::years(&state.app, &scope, first, last).await?))
}

/// The ledger's lines of the years, as CSV or XLSX.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/economics/ledger/export",
    tag = "economics",
    params(("cluster" = String, Path, description = "Cluster slug"), YearsQuery),
    responses(
        (status = 200, description = "The ledger", content(
            (String = "text/csv"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        )),
        (status = 400, description = "An unknown format or too many years", body = Problem, content_type = "application/problem+json")
    )
)]
async fn export_ledger(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<YearsQuery>,
) -> Result<Response, ApiError> {
    let (first, last) = q.years(&state, &scope);
    let table = app::economics::ledger_table(&state.app, &scope, first, last).await?;
    Ok(crate::exports::download(table, q.format.as_deref(), "ledger").await?)
}

/// The ratios of the years, budget and actual, as CSV or XLSX.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/economics/ratios/export",
    tag = "economics",
    params(("cluster" = String, Path, description = "Cluster slug"), YearsQuery),
    responses(
        (status = 200, description = "The ratios", content(
            (String = "text/csv"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        )),
        (status = 400, description = "An unknown format or too many years", body = Problem, content_type = "application/problem+json")
    )
)]
async fn export_ratios(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<YearsQuery>,
) -> Result<Response, ApiError> {
    let (first, last) = q.years(&state, &scope);
    let table = app::economics::ratios_table(&state.app, &scope, first, last).await?;
    Ok(crate::exports::download(table, q.format.as_deref(), "ratios").await?)
}

/// A ledger line as sent.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
pub struct EntryBody {
    #[serde(flatten)]
    pub input: EntryInput,
    /// The project a project cost belongs to.
    pub project_id: Option<Uuid>,
}

/// What was made.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Created {
    pub id: Uuid,
}

/// Enters a line of the ledger: income of a stream or a cost of a kind, budgeted or actual.
/// Actual membership fees, services and project grants are refused (422): they come from the
/// invoices and the projects.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/ledger-entries",
    tag = "economics",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = EntryBody,
    responses(
        (status = 201, description = "Entered", body = Created),
        (status = 404, description = "No such project in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "What to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn add_entry(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Manage>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: EntryBody = json_body(&body)?;
    let id = app::economics::add_entry(&state.app, &scope, &b.input, b.project_id, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(Created { id })).into_response())
}

/// Deletes a line entered by mistake.
#[utoipa::path(
    delete,
    path = "/api/v1/clusters/{cluster}/ledger-entries/{id}",
    tag = "economics",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Ledger line id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, description = "No such line in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn remove_entry(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::LedgerEntry>,
) -> Result<StatusCode, ApiError> {
    app::economics::remove_entry(&state.app, &scope, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The reserves at the end of a year.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReservesBody {
    /// `2026`.
    pub year: Option<String>,
    /// In the cluster's currency (`50000.00`).
    pub reserves: Option<String>,
}

/// Records what the organisation held in reserve at the end of a year (for the runway).
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/economics/reserves",
    tag = "economics",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = ReservesBody,
    responses(
        (status = 204, description = "Recorded"),
        (status = 422, description = "What to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn set_reserves(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Manage>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let b: ReservesBody = json_body(&body)?;
    app::economics::set_reserves(&state.app, &scope, b.year.as_deref(), b.reserves.as_deref(), actor.email()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The team, past and present, by start.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/staff",
    tag = "economics",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "The team", body = Vec<StaffMember>))
)]
async fn list_staff(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<StaffMember>>, ApiError> {
    Ok(Json(app::economics::staff(&state.app, &scope).await?))
}

/// The team today: its organisation model, its workload this year, advice when it no longer
/// fits its work or its money (each with its rule and figures), and five years of stability.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/team",
    tag = "economics",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "The team", body = app::economics::TeamView))
)]
async fn team(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<app::economics::TeamView>, ApiError> {
    Ok(Json(app::economics::team(&state.app, &scope).await?))
}

/// A member of the team as sent.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
pub struct StaffBody {
    #[serde(flatten)]
    pub input: StaffInput,
    /// The project the person's cost goes to; the structure's staff costs when none.
    pub project_id: Option<Uuid>,
}

/// Adds a member of the team: role, FTE, yearly cost, dates and qualifications.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/staff",
    tag = "economics",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = StaffBody,
    responses(
        (status = 201, description = "Added", body = Created),
        (status = 404, description = "No such project in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "What to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn add_staff(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: StaffBody = json_body(&body)?;
    let id = app::economics::add_staff(&state.app, &scope, &b.input, b.project_id).await?;
    Ok((StatusCode::CREATED, Json(Created { id })).into_response())
}

/// Rewrites a member of the team (one who leaves gets an end date).
#[utoipa::path(
    put,
    path = "/api/v1/clusters/{cluster}/staff/{id}",
    tag = "economics",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Staff member id")),
    request_body = StaffBody,
    responses(
        (status = 200, description = "Saved", body = StaffMember),
        (status = 404, description = "No such person or project in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "What to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn update_staff(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::StaffMember>,
    body: Bytes,
) -> Result<Json<StaffMember>, ApiError> {
    let b: StaffBody = json_body(&body)?;
    app::economics::update_staff(&state.app, &scope, id, &b.input, b.project_id).await?;
    Ok(Json(app::economics::staff_member(&state.app, &scope, id).await?))
}

/// Deletes a member of the team entered by mistake.
#[utoipa::path(
    delete,
    path = "/api/v1/clusters/{cluster}/staff/{id}",
    tag = "economics",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Staff member id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, description = "No such person in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn remove_staff(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::StaffMember>,
) -> Result<StatusCode, ApiError> {
    app::economics::remove_staff(&state.app, &scope, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Works a scenario out on this year's structure without saving it: the next three years and the
/// break-even.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/economics/scenarios/preview",
    tag = "economics",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = domain::economics::Assumptions,
    responses(
        (status = 200, description = "The scenario worked out", body = app::economics::ScenarioView),
        (status = 422, description = "What to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn preview_scenario(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    body: Bytes,
) -> Result<Json<app::economics::ScenarioView>, ApiError> {
    let a: domain::economics::Assumptions = json_body(&body)?;
    Ok(Json(app::economics::try_scenario(&state.app, &scope, &a).await?))
}

/// A saved scenario, worked out on this year's structure.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ScenarioResult {
    pub scenario: domain::economics::Scenario,
    pub result: app::economics::ScenarioView,
}

/// The scenarios saved, each worked out, to compare side by side.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/economics/scenarios",
    tag = "economics",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "The scenarios", body = Vec<ScenarioResult>))
)]
async fn list_scenarios(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<ScenarioResult>>, ApiError> {
    let all = app::economics::scenarios(&state.app, &scope).await?;
    Ok(Json(all.into_iter().map(|(scenario, result)| ScenarioResult { scenario, result }).collect()))
}

/// A scenario to save.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScenarioBody {
    pub name: String,
    pub assumptions: domain::economics::Assumptions,
}

/// Saves a scenario under a name.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/economics/scenarios",
    tag = "economics",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = ScenarioBody,
    responses(
        (status = 201, description = "Saved", body = Created),
        (status = 422, description = "What to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn save_scenario(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Manage>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: ScenarioBody = json_body(&body)?;
    let id = app::economics::save_scenario(&state.app, &scope, &b.name, &b.assumptions, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(Created { id })).into_response())
}

/// Deletes a saved scenario.
#[utoipa::path(
    delete,
    path = "/api/v1/clusters/{cluster}/economics/scenarios/{id}",
    tag = "economics",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Scenario id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, description = "No such scenario in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn remove_scenario(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::Scenario>,
) -> Result<StatusCode, ApiError> {
    app::economics::remove_scenario(&state.app, &scope, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
