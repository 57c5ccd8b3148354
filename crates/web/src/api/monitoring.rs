//! The monitoring system: the catalogue of indicators (built in and the cluster's own), the
//! dashboard of a period, each indicator's value with what stands behind it, values entered by
//! hand, and targets.

use app::auth::{Edit, Manage, Read};
use app::monitoring::{Dashboard, Indicator, IndicatorInput, Value, ValueInput};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use domain::monitoring::Period;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use super::economics::Created;
use super::organisation::json_body;
use crate::AppState;
use crate::auth::{ApiScope, Id, resource};
use crate::error::{ApiError, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_indicators, create_indicator))
        .routes(routes!(update_indicator, remove_indicator))
        .routes(routes!(dashboard))
        .routes(routes!(annual_report))
        .routes(routes!(indicator_value, enter_value, remove_value))
        .routes(routes!(set_target))
        .merge(
            OpenApiRouter::new()
                .routes(routes!(list_evidence, add_evidence))
                .layer(axum::extract::DefaultBodyLimit::max(domain::monitoring::EVIDENCE_FILE_BYTES + 64 * 1024)),
        )
        .routes(routes!(evidence_file, remove_evidence))
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PeriodQuery {
    /// `2025` or `2025-Q3`; the cluster's current year when left out.
    pub period: Option<String>,
}

/// `key`, when it names an indicator of the cluster: looked up before the body is read, so that
/// another cluster's indicator is not found whatever was sent.
async fn known_key(state: &AppState, scope: &app::ClusterScope, key: String) -> Result<String, ApiError> {
    if app::monitoring::catalogue(&state.app, scope).await?.iter().any(|i| i.definition.key == key) {
        Ok(key)
    } else {
        Err(ApiError(app::Error::NotFound("indicator")))
    }
}

pub(super) fn period_of(state: &AppState, scope: &app::ClusterScope, raw: Option<&str>) -> Result<Period, ApiError> {
    match raw {
        None => Ok(Period::year(app::monitoring::current_year(&state.app, scope))),
        Some(raw) => {
            Period::parse(raw).map_err(|m| ApiError(app::organisation::bad_parameter("period", m.to_string())))
        }
    }
}

/// The catalogue: every built-in indicator and the cluster's own, by code.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/monitoring/indicators",
    tag = "monitoring",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "The indicators", body = Vec<Indicator>))
)]
async fn list_indicators(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<Indicator>>, ApiError> {
    Ok(Json(app::monitoring::catalogue(&state.app, &scope).await?))
}

/// Adds one of the cluster's own indicators: entered by hand, a formula over other indicators'
/// keys, or a survey question's mean answer. A formula that reads an unknown key or closes a
/// circle is refused naming them. Needs the manager's role.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/monitoring/indicators",
    tag = "monitoring",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = IndicatorInput,
    responses(
        (status = 201, description = "Added", body = Created),
        (status = 422, description = "What to fix, by field", body = Problem, content_type = "application/problem+json")
    )
)]
async fn create_indicator(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Manage>,
    body: Bytes,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let input: IndicatorInput = json_body(&body)?;
    let id = app::monitoring::create(&state.app, &scope, &input, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

/// Changes one of the cluster's own indicators: name, description, direction, formula or
/// question; the fields left out stay.
#[utoipa::path(
    put,
    path = "/api/v1/clusters/{cluster}/monitoring/indicators/{id}",
    tag = "monitoring",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Indicator id")),
    request_body = IndicatorInput,
    responses(
        (status = 204, description = "Saved"),
        (status = 404, description = "No such indicator of the cluster's own", body = Problem, content_type = "application/problem+json")
    )
)]
async fn update_indicator(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::Indicator>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    if !app::monitoring::catalogue(&state.app, &scope).await?.iter().any(|i| i.custom_id == Some(id)) {
        return Err(ApiError(app::Error::NotFound("indicator")));
    }
    let input: IndicatorInput = json_body(&body)?;
    app::monitoring::update(&state.app, &scope, id, &input).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes one of the cluster's own indicators with its values and targets; refused (409) while a
/// formula reads it.
#[utoipa::path(
    delete,
    path = "/api/v1/clusters/{cluster}/monitoring/indicators/{id}",
    tag = "monitoring",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Indicator id")),
    responses(
        (status = 204, description = "Removed"),
        (status = 404, description = "No such indicator of the cluster's own", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A formula reads it", body = Problem, content_type = "application/problem+json")
    )
)]
async fn remove_indicator(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::Indicator>,
) -> Result<StatusCode, ApiError> {
    app::monitoring::remove(&state.app, &scope, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The dashboard of a period: each group's indicators of the period's kind (yearly or
/// quarterly) with value, target, status and the values of the last five periods. Values are
/// scaled by their unit: counts as they are, percents in basis points, money in minor units,
/// scores, FTE and numbers in hundredths.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/monitoring/dashboard",
    tag = "monitoring",
    params(("cluster" = String, Path, description = "Cluster slug"), PeriodQuery),
    responses((status = 200, description = "The dashboard", body = Dashboard))
)]
async fn dashboard(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<PeriodQuery>,
) -> Result<Json<Dashboard>, ApiError> {
    let period = period_of(&state, &scope, q.period.as_deref())?;
    Ok(Json(app::monitoring::dashboard(&state.app, &scope, period).await?))
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct IndicatorValue {
    pub indicator: Indicator,
    pub period: String,
    pub value: Value,
}

/// An indicator's value in a period with what stands behind it: the records counted and not
/// counted, the projects and amounts of a funding total, a formula's inputs, a typed value's note.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/monitoring/values/{key}",
    tag = "monitoring",
    params(("cluster" = String, Path, description = "Cluster slug"), ("key" = String, Path, description = "Indicator key"), PeriodQuery),
    responses(
        (status = 200, description = "The value", body = IndicatorValue),
        (status = 404, description = "No such indicator", body = Problem, content_type = "application/problem+json")
    )
)]
async fn indicator_value(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Path(path): Path<(String, String)>,
    Query(q): Query<PeriodQuery>,
) -> Result<Json<IndicatorValue>, ApiError> {
    let key = path.1;
    let period = period_of(&state, &scope, q.period.as_deref())?;
    let (indicator, value) = app::monitoring::detail(&state.app, &scope, &key, period).await?;
    Ok(Json(IndicatorValue { indicator, period: period.to_string(), value }))
}

/// Enters (or replaces) the value of a period of one of the cluster's indicators entered by
/// hand, with a note and, optionally, an item of the evidence store.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/monitoring/values/{key}",
    tag = "monitoring",
    params(("cluster" = String, Path, description = "Cluster slug"), ("key" = String, Path, description = "Indicator key")),
    request_body = ValueInput,
    responses(
        (status = 204, description = "Saved"),
        (status = 404, description = "No such indicator", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "What to fix: an indicator not entered by hand, a period of the other periodicity, a value that is not one", body = Problem, content_type = "application/problem+json")
    )
)]
async fn enter_value(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Path(path): Path<(String, String)>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let key = known_key(&state, &scope, path.1).await?;
    let input: ValueInput = json_body(&body)?;
    app::monitoring::enter_value(&state.app, &scope, &key, &input, actor.email()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
pub struct TargetBody {
    /// `2025` or `2025-Q3`.
    pub period: String,
    /// As people write it (`42,5`, `1.250.000`); empty removes the target.
    pub target: String,
}

/// Sets, replaces or (with an empty target) removes the target of any indicator for a period.
/// Needs the manager's role.
#[utoipa::path(
    put,
    path = "/api/v1/clusters/{cluster}/monitoring/targets/{key}",
    tag = "monitoring",
    params(("cluster" = String, Path, description = "Cluster slug"), ("key" = String, Path, description = "Indicator key")),
    request_body = TargetBody,
    responses(
        (status = 204, description = "Saved"),
        (status = 404, description = "No such indicator", body = Problem, content_type = "application/problem+json")
    )
)]
async fn set_target(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Manage>,
    Path(path): Path<(String, String)>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let key = known_key(&state, &scope, path.1).await?;
    let b: TargetBody = json_body(&body)?;
    app::monitoring::set_target(&state.app, &scope, &key, &b.period, &b.target, actor.email()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An item of the evidence store.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct EvidenceView {
    pub id: Uuid,
    /// strategy_paper, board_minutes, survey_results, press_clipping, success_story or other.
    pub kind: String,
    pub title: String,
    pub url: Option<String>,
    pub file_name: Option<String>,
    pub size_bytes: i64,
    pub dated_on: chrono::NaiveDate,
    pub indicator_key: Option<String>,
    pub period: Option<String>,
    pub added_by: String,
}

/// The evidence store, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/monitoring/evidence",
    tag = "monitoring",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "The items", body = Vec<EvidenceView>))
)]
async fn list_evidence(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<EvidenceView>>, ApiError> {
    let items = app::monitoring::evidence(&state.app, &scope).await?;
    Ok(Json(
        items
            .into_iter()
            .map(|e| EvidenceView {
                id: e.id,
                kind: e.kind,
                title: e.title,
                url: e.url,
                file_name: e.file_name,
                size_bytes: e.size_bytes,
                dated_on: e.dated_on,
                indicator_key: e.indicator_key,
                period: e.period,
                added_by: e.added_by,
            })
            .collect(),
    ))
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EvidenceQuery {
    /// strategy_paper, board_minutes, survey_results, press_clipping, success_story or other.
    pub kind: Option<String>,
    pub title: Option<String>,
    /// A link, when the body is empty.
    pub url: Option<String>,
    /// The file's name, when the body is a file: its extension says what it is.
    pub file_name: Option<String>,
    /// `2025-06-30`; today when left out.
    pub dated_on: Option<String>,
    pub indicator_key: Option<String>,
    pub period: Option<String>,
}

/// Adds an item: a file (the body, named by `file_name`) or a link (`url`, with an empty body).
/// Files are documents, sheets, pictures and texts of at most 10 MiB, 500 MiB a cluster.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/monitoring/evidence",
    tag = "monitoring",
    params(("cluster" = String, Path, description = "Cluster slug"), EvidenceQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses(
        (status = 201, description = "Added", body = Created),
        (status = 422, description = "What to fix, by field", body = Problem, content_type = "application/problem+json")
    )
)]
async fn add_evidence(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Query(q): Query<EvidenceQuery>,
    body: Bytes,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let input = app::monitoring::EvidenceInput {
        kind: q.kind,
        title: q.title,
        url: q.url,
        dated_on: q.dated_on,
        indicator_key: q.indicator_key,
        period: q.period,
    };
    let name = q.file_name.unwrap_or_default();
    let file = (!body.is_empty()).then_some((name.as_str(), body.as_ref()));
    let id = app::monitoring::add_evidence(&state.app, &scope, &input, file, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

/// An item's file, as an attachment.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/monitoring/evidence/{id}",
    tag = "monitoring",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Evidence id")),
    responses(
        (status = 200, description = "The file", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 404, description = "No such file in the cluster's store", body = Problem, content_type = "application/problem+json")
    )
)]
async fn evidence_file(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Evidence>,
) -> Result<axum::response::Response, ApiError> {
    let (name, content_type, bytes) = app::monitoring::evidence_file(&state.app, &scope, id).await?;
    Ok(crate::exports::attachment(&name, &content_type, bytes))
}

/// Removes an item; values that cited it keep their notes.
#[utoipa::path(
    delete,
    path = "/api/v1/clusters/{cluster}/monitoring/evidence/{id}",
    tag = "monitoring",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Evidence id")),
    responses(
        (status = 204, description = "Removed"),
        (status = 404, description = "No such item in the cluster's store", body = Problem, content_type = "application/problem+json")
    )
)]
async fn remove_evidence(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Evidence>,
) -> Result<StatusCode, ApiError> {
    app::monitoring::remove_evidence(&state.app, &scope, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes the value of a period of one of the cluster's indicators entered by hand.
#[utoipa::path(
    delete,
    path = "/api/v1/clusters/{cluster}/monitoring/values/{key}",
    tag = "monitoring",
    params(("cluster" = String, Path, description = "Cluster slug"), ("key" = String, Path, description = "Indicator key"), PeriodQuery),
    responses(
        (status = 204, description = "Removed"),
        (status = 404, description = "No such indicator, or no value of that period", body = Problem, content_type = "application/problem+json")
    )
)]
async fn remove_value(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Path(path): Path<(String, String)>,
    Query(q): Query<PeriodQuery>,
) -> Result<StatusCode, ApiError> {
    let key = known_key(&state, &scope, path.1).await?;
    let period = period_of(&state, &scope, q.period.as_deref())?;
    app::monitoring::remove_value(&state.app, &scope, &key, &period.to_string()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportQuery {
    /// The cluster's year; its current one when left out.
    #[param(minimum = 2000, maximum = 2100)]
    pub year: Option<i32>,
    /// `json` (the default), `html` (made for print), `pdf` or `xlsx` (every value).
    pub format: Option<String>,
}

/// The annual monitoring report of a year: what met its target and what slipped, each group's
/// indicators with value, year before, target, status, five years of trend and the notes of
/// values entered by hand, and the reporting regimes' checklists. As JSON, or as HTML for print,
/// a PDF, or an XLSX workbook of every value.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/monitoring/report",
    tag = "monitoring",
    params(("cluster" = String, Path, description = "Cluster slug"), ReportQuery),
    responses(
        (status = 200, description = "The report", content(
            (app::report::AnnualReport = "application/json"),
            (String = "text/html"),
            (Vec<u8> = "application/pdf"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        )),
        (status = 400, description = "A year or format that is none", body = Problem, content_type = "application/problem+json")
    )
)]
async fn annual_report(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<ReportQuery>,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let year = q.year.unwrap_or_else(|| app::monitoring::current_year(&state.app, &scope));
    let format = match q.format.as_deref().unwrap_or("json") {
        "json" => None,
        raw => Some(crate::annual_report::Format::parse(raw).map_err(|m| {
            ApiError(app::Error::BadRequest(i18n::said_with(
                "invalid-web-parameter-format-report",
                &[("message", m.to_string())],
            )))
        })?),
    };
    let mut report = app::report::annual(&state.app, &scope, year).await?;
    crate::annual_report::in_reader_language(&mut report);
    match format {
        None => Ok(Json(report).into_response()),
        Some(format) => Ok(crate::annual_report::response(&report, format, &slug).await?),
    }
}
