//! The strategy with its challenges and reviews, and the yearly action plan.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::strategy::{
    ActionLine, ActionLineInput, ActionStanding, Challenge, ChallengeInput, Strategy, StrategyInput, StrategyReview,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use super::organisation::json_body;
use crate::AppState;
use crate::auth::{ApiScope, Id, resource};
use crate::error::{ApiError, Problem};
use app::auth::{Edit, Manage, Read};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_strategies, create_strategy))
        .routes(routes!(get_strategy, update_strategy))
        .routes(routes!(add_challenge))
        .routes(routes!(review_strategy))
        .routes(routes!(update_challenge))
        .routes(routes!(retire_challenge))
        .routes(routes!(restore_challenge))
        .routes(routes!(action_plan, add_action_line))
        .routes(routes!(update_action_line))
}

/// A strategy with its challenges (current and retired) and its reviews, the latest first.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct StrategyView {
    #[serde(flatten)]
    pub strategy: Strategy,
    /// "2025-2028".
    pub period: String,
    pub challenges: Vec<Challenge>,
    pub reviews: Vec<StrategyReview>,
}

/// The cluster's strategies, the latest period first.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/strategies",
    tag = "strategy",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "The strategies", body = Vec<Strategy>))
)]
async fn list_strategies(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<Strategy>>, ApiError> {
    Ok(Json(app::strategy::strategies(&state.app, &scope).await?))
}

/// A strategy as sent: its title and the years it runs.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StrategyBody {
    pub title: Option<String>,
    /// `2025`.
    pub first_year: Option<String>,
    /// `2028`.
    pub last_year: Option<String>,
}

impl StrategyBody {
    fn input(self) -> StrategyInput {
        StrategyInput { title: self.title, first_year: self.first_year, last_year: self.last_year }
    }
}

async fn strategy_view(state: &AppState, scope: &app::ClusterScope, id: Uuid) -> Result<StrategyView, ApiError> {
    let view = app::strategy::get(&state.app, scope, id).await?;
    Ok(StrategyView {
        period: view.strategy.fields.period(),
        strategy: view.strategy,
        challenges: view.challenges,
        reviews: view.reviews,
    })
}

/// Sets out a strategy (a cluster manager's).
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/strategies",
    tag = "strategy",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = StrategyBody,
    responses(
        (status = 201, description = "Set out", body = StrategyView),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn create_strategy(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: StrategyBody = json_body(&body)?;
    let id = app::strategy::create(&state.app, &scope, &b.input()).await?;
    Ok((StatusCode::CREATED, Json(strategy_view(&state, &scope, id).await?)).into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/strategies/{id}",
    tag = "strategy",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Strategy id")),
    responses(
        (status = 200, description = "The strategy", body = StrategyView),
        (status = 404, description = "No such strategy in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn get_strategy(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Strategy>,
) -> Result<Json<StrategyView>, ApiError> {
    Ok(Json(strategy_view(&state, &scope, id).await?))
}

#[utoipa::path(
    put,
    path = "/api/v1/clusters/{cluster}/strategies/{id}",
    tag = "strategy",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Strategy id")),
    request_body = StrategyBody,
    responses(
        (status = 200, description = "Changed", body = StrategyView),
        (status = 404, description = "No such strategy in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn update_strategy(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::Strategy>,
    body: Bytes,
) -> Result<Json<StrategyView>, ApiError> {
    let b: StrategyBody = json_body(&body)?;
    app::strategy::update(&state.app, &scope, id, &b.input()).await?;
    Ok(Json(strategy_view(&state, &scope, id).await?))
}

/// A strategic challenge as sent.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChallengeBody {
    pub title: Option<String>,
    pub description: Option<String>,
    /// The year by which it should be met.
    pub horizon: Option<String>,
    pub owner: Option<String>,
    /// Value-chain segments of the network's taxonomy.
    #[serde(default)]
    pub segment_ids: Vec<Uuid>,
}

impl ChallengeBody {
    fn input(&self) -> ChallengeInput {
        ChallengeInput {
            title: self.title.clone(),
            description: self.description.clone(),
            horizon: self.horizon.clone(),
            owner: self.owner.clone(),
        }
    }
}

/// Adds a challenge to a strategy.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/strategies/{id}/challenges",
    tag = "strategy",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Strategy id")),
    request_body = ChallengeBody,
    responses(
        (status = 201, description = "Added", body = Challenge),
        (status = 404, description = "No such strategy in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn add_challenge(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::Strategy>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: ChallengeBody = json_body(&body)?;
    let challenge = app::strategy::add_challenge(&state.app, &scope, id, &b.input(), &b.segment_ids).await?;
    Ok((StatusCode::CREATED, Json(app::strategy::challenge(&state.app, &scope, challenge).await?)).into_response())
}

/// A review: what the reviewer says.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewBody {
    #[serde(default)]
    pub note: String,
}

/// Records a review of the strategy today, with what changed in its challenges since the last.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/strategies/{id}/reviews",
    tag = "strategy",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Strategy id")),
    request_body = ReviewBody,
    responses(
        (status = 201, description = "Recorded", body = StrategyView),
        (status = 404, description = "No such strategy in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn review_strategy(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::Strategy>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: ReviewBody = json_body(&body)?;
    app::strategy::review(&state.app, &scope, id, &b.note, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(strategy_view(&state, &scope, id).await?)).into_response())
}

#[utoipa::path(
    put,
    path = "/api/v1/clusters/{cluster}/challenges/{id}",
    tag = "strategy",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Challenge id")),
    request_body = ChallengeBody,
    responses(
        (status = 200, description = "Changed", body = Challenge),
        (status = 404, description = "No such challenge in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn update_challenge(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::Challenge>,
    body: Bytes,
) -> Result<Json<Challenge>, ApiError> {
    let b: ChallengeBody = json_body(&body)?;
    app::strategy::update_challenge(&state.app, &scope, id, &b.input(), &b.segment_ids).await?;
    Ok(Json(app::strategy::challenge(&state.app, &scope, id).await?))
}

/// Takes a challenge out of the strategy; its projects and action lines keep it.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/challenges/{id}/retire",
    tag = "strategy",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Challenge id")),
    responses(
        (status = 200, description = "Retired", body = Challenge),
        (status = 404, description = "No such challenge in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn retire_challenge(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::Challenge>,
) -> Result<Json<Challenge>, ApiError> {
    app::strategy::retire_challenge(&state.app, &scope, id, true).await?;
    Ok(Json(app::strategy::challenge(&state.app, &scope, id).await?))
}

/// Puts a retired challenge back into the strategy.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/challenges/{id}/restore",
    tag = "strategy",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Challenge id")),
    responses(
        (status = 200, description = "Back in the strategy", body = Challenge),
        (status = 404, description = "No such challenge in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn restore_challenge(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::Challenge>,
) -> Result<Json<Challenge>, ApiError> {
    app::strategy::retire_challenge(&state.app, &scope, id, false).await?;
    Ok(Json(app::strategy::challenge(&state.app, &scope, id).await?))
}

/// A line of the plan with where it stands today.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ActionLineView {
    #[serde(flatten)]
    pub line: ActionLine,
    /// Its status, or late once its dates have passed.
    pub standing: ActionStanding,
    pub challenge: Option<String>,
}

/// A year's action plan.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ActionPlanView {
    pub year: i32,
    /// The share of lines on track or done, in percent.
    pub on_track_percent: Option<i64>,
    pub lines: Vec<ActionLineView>,
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct YearQuery {
    /// The year; this year when left out.
    #[param(minimum = 1900, maximum = 2199)]
    pub year: Option<i32>,
}

fn plan_year(state: &AppState, scope: &app::ClusterScope, year: Option<i32>) -> Result<i32, ApiError> {
    use chrono::Datelike;
    let year = year.unwrap_or_else(|| state.app.today(scope).year());
    if !domain::written::PLAUSIBLE_YEARS.contains(&year) {
        return Err(ApiError(app::Error::BadRequest(i18n::said_with(
            "invalid-web-parameter-year-plan",
            &[("year", year.to_string())],
        ))));
    }
    Ok(year)
}

/// The action plan of a year, with where each line stands and the share on track.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/action-plan",
    tag = "strategy",
    params(("cluster" = String, Path, description = "Cluster slug"), YearQuery),
    responses((status = 200, description = "The plan", body = ActionPlanView))
)]
async fn action_plan(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<YearQuery>,
) -> Result<Json<ActionPlanView>, ApiError> {
    let year = plan_year(&state, &scope, q.year)?;
    let plan = app::strategy::plan(&state.app, &scope, year).await?;
    Ok(Json(ActionPlanView {
        year,
        on_track_percent: plan.on_track_percent,
        lines: plan
            .lines
            .into_iter()
            .map(|l| ActionLineView { line: l.line, standing: l.standing, challenge: l.challenge })
            .collect(),
    }))
}

/// A line of the action plan as sent.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionLineBody {
    /// The year of the plan (on creation; a line keeps its year).
    pub year: Option<i32>,
    pub objective: Option<String>,
    pub actions: Option<String>,
    pub owner: Option<String>,
    /// `2026-01-15`.
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    /// not_started, on_track, at_risk or done.
    pub status: Option<String>,
    /// The indicator the line aims at.
    pub indicator: Option<String>,
    /// The strategic challenge it serves.
    pub challenge_id: Option<Uuid>,
}

impl ActionLineBody {
    fn input(&self) -> ActionLineInput {
        ActionLineInput {
            objective: self.objective.clone(),
            actions: self.actions.clone(),
            owner: self.owner.clone(),
            starts_on: self.starts_on.clone(),
            ends_on: self.ends_on.clone(),
            status: self.status.clone(),
            indicator: self.indicator.clone(),
        }
    }
}

/// Adds a line to the plan of its year.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/action-plan",
    tag = "strategy",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = ActionLineBody,
    responses(
        (status = 201, description = "Added", body = ActionLine),
        (status = 404, description = "No such challenge in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn add_action_line(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: ActionLineBody = json_body(&body)?;
    let year = plan_year(&state, &scope, b.year)?;
    let id = app::strategy::add_line(&state.app, &scope, year, &b.input(), b.challenge_id).await?;
    Ok((StatusCode::CREATED, Json(app::strategy::line(&state.app, &scope, id).await?)).into_response())
}

#[utoipa::path(
    put,
    path = "/api/v1/clusters/{cluster}/action-plan/{id}",
    tag = "strategy",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Action line id")),
    request_body = ActionLineBody,
    responses(
        (status = 200, description = "Changed", body = ActionLine),
        (status = 404, description = "No such line or challenge in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn update_action_line(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::ActionLine>,
    body: Bytes,
) -> Result<Json<ActionLine>, ApiError> {
    let b: ActionLineBody = json_body(&body)?;
    app::strategy::update_line(&state.app, &scope, id, &b.input(), b.challenge_id).await?;
    Ok(Json(app::strategy::line(&state.app, &scope, id).await?))
}
