//! Project ideas, projects with what they hold, and the portfolio.

use app::project::Part as ProjectPart;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::project::{
    BudgetLine, BudgetLineInput, Financing, FundingInput, FundingSource, Idea, IdeaInput, IdeaLinks, IdeaWeights,
    Milestone, Outcome, Participant, ParticipantInput, Project, ProjectArea, ProjectInput, ProjectStage, StageChange,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use super::organisation::json_body;
use crate::AppState;
use crate::auth::{ApiScope, Id, resource};
use crate::error::{ApiError, Problem};
use crate::params::parse_id;
use app::auth::{Edit, Manage, Read};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_ideas, add_idea))
        .routes(routes!(export_ideas))
        .routes(routes!(get_idea, update_idea))
        .routes(routes!(score_idea))
        .routes(routes!(promote_idea))
        .routes(routes!(get_weights, set_weights))
        .routes(routes!(list_projects, create_project))
        .routes(routes!(export_projects))
        .routes(routes!(portfolio))
        .routes(routes!(get_project, update_project))
        .routes(routes!(move_project))
        .routes(routes!(add_participant))
        .routes(routes!(add_budget_line))
        .routes(routes!(add_funding))
        .routes(routes!(add_milestone))
        .routes(routes!(add_outcome))
        .routes(routes!(milestone_done))
        .routes(routes!(milestone_undone))
        .routes(routes!(remove_participant))
        .routes(routes!(remove_budget_line))
        .routes(routes!(remove_funding))
        .routes(routes!(remove_milestone))
        .routes(routes!(remove_outcome))
}

/// An idea with its weighted score (0 to 100; none until scored).
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct IdeaView {
    #[serde(flatten)]
    pub idea: Idea,
    pub score: Option<i64>,
}

/// The cluster's ideas, ranked by their weighted score (unscored last).
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/ideas",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "The ideas, ranked", body = Vec<IdeaView>))
)]
async fn list_ideas(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<IdeaView>>, ApiError> {
    let (ideas, weights) = app::project::ideas(&state.app, &scope).await?;
    Ok(Json(ideas.into_iter().map(|idea| IdeaView { score: idea.scores.total(&weights), idea }).collect()))
}

/// An idea as sent.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IdeaBody {
    pub title: Option<String>,
    pub description: Option<String>,
    /// member (the default), interview, interaction, working_group or workshop.
    pub source: Option<String>,
    /// Which workshop, which meeting.
    pub source_note: Option<String>,
    /// The organisation that proposes it (required for an idea from a member).
    pub organisation_id: Option<Uuid>,
    pub challenge_id: Option<Uuid>,
    /// The interview or interaction it came from.
    pub interaction_id: Option<Uuid>,
    pub working_group_id: Option<Uuid>,
}

impl IdeaBody {
    fn parts(self) -> (IdeaInput, IdeaLinks) {
        (
            IdeaInput {
                title: self.title,
                description: self.description,
                source: self.source,
                source_note: self.source_note,
            },
            IdeaLinks {
                organisation_id: self.organisation_id,
                challenge_id: self.challenge_id,
                interaction_id: self.interaction_id,
                working_group_id: self.working_group_id,
            },
        )
    }
}

async fn idea_view(state: &AppState, scope: &app::ClusterScope, id: Uuid) -> Result<IdeaView, ApiError> {
    let (ideas, weights) = app::project::ideas(&state.app, scope).await?;
    let idea = ideas.into_iter().find(|i| i.id == id).ok_or(app::Error::NotFound("idea"))?;
    Ok(IdeaView { score: idea.scores.total(&weights), idea })
}

/// Records a project idea, linked to what it came from.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/ideas",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = IdeaBody,
    responses(
        (status = 201, description = "Recorded", body = IdeaView),
        (status = 404, description = "A link names nothing of the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn add_idea(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: IdeaBody = json_body(&body)?;
    let (input, links) = b.parts();
    let id = app::project::add_idea(&state.app, &scope, &input, links, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(idea_view(&state, &scope, id).await?)).into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/ideas/{id}",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Idea id")),
    responses(
        (status = 200, description = "The idea", body = IdeaView),
        (status = 404, description = "No such idea in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn get_idea(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Idea>,
) -> Result<Json<IdeaView>, ApiError> {
    Ok(Json(idea_view(&state, &scope, id).await?))
}

#[utoipa::path(
    put,
    path = "/api/v1/clusters/{cluster}/ideas/{id}",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Idea id")),
    request_body = IdeaBody,
    responses(
        (status = 200, description = "Changed", body = IdeaView),
        (status = 404, description = "No such idea, or a link names nothing of the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn update_idea(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Idea>,
    body: Bytes,
) -> Result<Json<IdeaView>, ApiError> {
    let b: IdeaBody = json_body(&body)?;
    let (input, links) = b.parts();
    app::project::update_idea(&state.app, &scope, id, &input, links).await?;
    Ok(Json(idea_view(&state, &scope, id).await?))
}

/// Scores an idea on alignment, member interest, feasibility and funding fit.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/ideas/{id}/scores",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Idea id")),
    request_body = domain::project::CriteriaInput,
    responses(
        (status = 200, description = "Scored", body = IdeaView),
        (status = 404, description = "No such idea in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn score_idea(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Idea>,
    body: Bytes,
) -> Result<Json<IdeaView>, ApiError> {
    let b: domain::project::CriteriaInput = json_body(&body)?;
    let scores = b.scores().map_err(app::Error::from)?;
    app::project::score_idea(&state.app, &scope, id, &scores).await?;
    Ok(Json(idea_view(&state, &scope, id).await?))
}

/// The area the new project works in.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PromoteBody {
    pub area: ProjectArea,
}

/// Takes an idea forward: a project at the definition stage that keeps the link (once).
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/ideas/{id}/promote",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Idea id")),
    request_body = PromoteBody,
    responses(
        (status = 201, description = "The project it became", body = ProjectDetailView),
        (status = 400, description = "The idea is a project already", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such idea in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Taken forward by another request at the same moment", body = Problem, content_type = "application/problem+json")
    )
)]
async fn promote_idea(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Idea>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: PromoteBody = json_body(&body)?;
    let project = app::project::promote(&state.app, &scope, id, b.area, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(project_view(&state, &scope, project).await?)).into_response())
}

/// How much each criterion weighs in the ideas' scores.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/idea-weights",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "The weights", body = IdeaWeights))
)]
async fn get_weights(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<IdeaWeights>, ApiError> {
    Ok(Json(app::project::ideas(&state.app, &scope).await?.1))
}

/// Sets the weights (a cluster manager's).
#[utoipa::path(
    put,
    path = "/api/v1/clusters/{cluster}/idea-weights",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = domain::project::CriteriaInput,
    responses(
        (status = 200, description = "Set", body = IdeaWeights),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn set_weights(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    body: Bytes,
) -> Result<Json<IdeaWeights>, ApiError> {
    let b: domain::project::CriteriaInput = json_body(&body)?;
    let weights = b.weights().map_err(app::Error::from)?;
    app::project::set_weights(&state.app, &scope, &weights).await?;
    Ok(Json(weights))
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FormatQuery {
    /// csv (the default) or xlsx.
    #[param(value_type = Option<crate::params::TableFormat>, inline)]
    pub format: Option<String>,
}

/// The ideas, ranked, as CSV or XLSX.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/ideas/export",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug"), FormatQuery),
    responses(
        (status = 200, description = "The ideas", content(
            (String = "text/csv"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        )),
        (status = 400, description = "An unknown format", body = Problem, content_type = "application/problem+json")
    )
)]
async fn export_ideas(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, ApiError> {
    let table = app::project::ideas_table(&state.app, &scope).await?;
    Ok(crate::exports::download(table, q.format.as_deref(), "ideas").await?)
}

/// A project in a list: its money, how many take part, and what needs attention.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ProjectItemView {
    #[serde(flatten)]
    pub project: Project,
    /// Flagged: a project serves a strategic challenge.
    pub serves_no_challenge: bool,
    pub financing: Financing,
    pub participants: usize,
    pub overdue_milestones: usize,
}

/// The cluster's projects, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/projects",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "The projects", body = Vec<ProjectItemView>))
)]
async fn list_projects(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<ProjectItemView>>, ApiError> {
    let items = app::project::list(&state.app, &scope).await?;
    Ok(Json(
        items
            .into_iter()
            .map(|i| ProjectItemView {
                serves_no_challenge: i.project.serves_no_challenge(),
                financing: i.financing,
                participants: i.participants.len(),
                overdue_milestones: i.overdue_milestones,
                project: i.project,
            })
            .collect(),
    ))
}

/// A project as sent.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectBody {
    pub title: Option<String>,
    pub summary: Option<String>,
    /// collective (the default) or individual_use.
    pub scope: Option<String>,
    /// market_knowledge, innovation, operations, business_development, training or inter_cluster.
    pub area: Option<String>,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    /// The stage a new project starts at (idea when left out); a project moves by `/stage`.
    pub stage: Option<ProjectStage>,
    /// The strategic challenges it serves.
    #[serde(default)]
    pub challenge_ids: Vec<Uuid>,
}

impl ProjectBody {
    fn input(&self) -> ProjectInput {
        ProjectInput {
            title: self.title.clone(),
            summary: self.summary.clone(),
            scope: self.scope.clone(),
            area: self.area.clone(),
            starts_on: self.starts_on.clone(),
            ends_on: self.ends_on.clone(),
        }
    }
}

/// A milestone, overdue or not today.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct MilestoneView {
    #[serde(flatten)]
    pub milestone: Milestone,
    pub overdue: bool,
}

/// A challenge a project serves.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ChallengeRef {
    pub id: Uuid,
    pub title: String,
}

/// A project with everything it holds.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ProjectDetailView {
    #[serde(flatten)]
    pub project: Project,
    pub serves_no_challenge: bool,
    pub challenges: Vec<ChallengeRef>,
    pub participants: Vec<Participant>,
    pub budget_lines: Vec<BudgetLine>,
    pub funding: Vec<FundingSource>,
    pub financing: Financing,
    pub milestones: Vec<MilestoneView>,
    pub outcomes: Vec<Outcome>,
    /// Its moves across the stages, oldest first.
    pub history: Vec<StageChange>,
    /// The idea it came from.
    pub idea_id: Option<Uuid>,
}

async fn project_view(state: &AppState, scope: &app::ClusterScope, id: Uuid) -> Result<ProjectDetailView, ApiError> {
    let today = state.app.today(scope);
    let v = app::project::get(&state.app, scope, id).await?;
    Ok(ProjectDetailView {
        serves_no_challenge: v.project.serves_no_challenge(),
        challenges: v.challenges.into_iter().map(|(id, title)| ChallengeRef { id, title }).collect(),
        participants: v.participants,
        budget_lines: v.budget_lines,
        funding: v.funding,
        financing: v.financing,
        milestones: v
            .milestones
            .into_iter()
            .map(|m| MilestoneView { overdue: m.is_overdue(today), milestone: m })
            .collect(),
        outcomes: v.outcomes,
        history: v.history,
        idea_id: v.idea.map(|i| i.id),
        project: v.project,
    })
}

/// Records a project, serving the challenges named.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/projects",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = ProjectBody,
    responses(
        (status = 201, description = "Recorded", body = ProjectDetailView),
        (status = 404, description = "A challenge is not the cluster's", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn create_project(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: ProjectBody = json_body(&body)?;
    let stage = b.stage.unwrap_or(ProjectStage::Idea);
    let id = app::project::create(&state.app, &scope, &b.input(), stage, &b.challenge_ids, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(project_view(&state, &scope, id).await?)).into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/projects/{id}",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Project id")),
    responses(
        (status = 200, description = "The project", body = ProjectDetailView),
        (status = 404, description = "No such project in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn get_project(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Project>,
) -> Result<Json<ProjectDetailView>, ApiError> {
    Ok(Json(project_view(&state, &scope, id).await?))
}

/// Rewrites a project's fields and challenges (its stage moves by `/stage`).
#[utoipa::path(
    put,
    path = "/api/v1/clusters/{cluster}/projects/{id}",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Project id")),
    request_body = ProjectBody,
    responses(
        (status = 200, description = "Changed", body = ProjectDetailView),
        (status = 404, description = "No such project or challenge in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn update_project(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Project>,
    body: Bytes,
) -> Result<Json<ProjectDetailView>, ApiError> {
    let b: ProjectBody = json_body(&body)?;
    app::project::update(&state.app, &scope, id, &b.input(), &b.challenge_ids).await?;
    Ok(Json(project_view(&state, &scope, id).await?))
}

/// The stage to move to.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StageBody {
    pub stage: ProjectStage,
}

/// Moves a project to another stage; the move is kept in its history.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/projects/{id}/stage",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Project id")),
    request_body = StageBody,
    responses(
        (status = 200, description = "Moved", body = ProjectDetailView),
        (status = 400, description = "The project is at that stage already", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such project in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn move_project(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Project>,
    body: Bytes,
) -> Result<Json<ProjectDetailView>, ApiError> {
    let b: StageBody = json_body(&body)?;
    app::project::move_to(&state.app, &scope, id, b.stage, actor.email()).await?;
    Ok(Json(project_view(&state, &scope, id).await?))
}

/// A participant as sent: one organisation of the cluster, one partner cluster of the network,
/// or one outside organisation by name and country.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ParticipantBody {
    pub organisation_id: Option<Uuid>,
    pub partner_cluster_id: Option<Uuid>,
    pub outside_name: Option<String>,
    /// ISO 3166 code.
    pub outside_country: Option<String>,
    /// leader, partner (the default), subcontractor or observer.
    pub role: Option<String>,
    /// Its contribution in money and in kind, in the cluster's currency (`15000.00`).
    pub money: Option<String>,
    pub in_kind: Option<String>,
}

/// Adds a participant.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/projects/{id}/participants",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Project id")),
    request_body = ParticipantBody,
    responses(
        (status = 201, description = "Added", body = ProjectDetailView),
        (status = 404, description = "No such project, organisation or partner cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn add_participant(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Project>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: ParticipantBody = json_body(&body)?;
    let who = app::project::Who {
        organisation_id: b.organisation_id,
        partner_cluster_id: b.partner_cluster_id,
        outside_name: b.outside_name,
        outside_country: b.outside_country,
    };
    let input = ParticipantInput { role: b.role, money: b.money, in_kind: b.in_kind };
    app::project::add_participant(&state.app, &scope, id, &who, &input).await?;
    Ok((StatusCode::CREATED, Json(project_view(&state, &scope, id).await?)).into_response())
}

/// A budget line as sent.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetLineBody {
    /// staff, equipment, subcontracting, travel or other.
    pub category: Option<String>,
    pub description: Option<String>,
    pub amount: Option<String>,
}

#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/projects/{id}/budget-lines",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Project id")),
    request_body = BudgetLineBody,
    responses(
        (status = 201, description = "Added", body = ProjectDetailView),
        (status = 404, description = "No such project in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn add_budget_line(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Project>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: BudgetLineBody = json_body(&body)?;
    let input = BudgetLineInput { category: b.category, description: b.description, amount: b.amount };
    app::project::add_budget_line(&state.app, &scope, id, &input).await?;
    Ok((StatusCode::CREATED, Json(project_view(&state, &scope, id).await?)).into_response())
}

/// A funding source as sent.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FundingBody {
    pub programme: Option<String>,
    /// public (the default) or private.
    pub kind: Option<String>,
    pub amount: Option<String>,
    /// The co-financing rate in percent.
    pub rate: Option<String>,
}

#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/projects/{id}/funding",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Project id")),
    request_body = FundingBody,
    responses(
        (status = 201, description = "Added", body = ProjectDetailView),
        (status = 404, description = "No such project in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn add_funding(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Project>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: FundingBody = json_body(&body)?;
    let input = FundingInput { programme: b.programme, kind: b.kind, amount: b.amount, rate: b.rate };
    app::project::add_funding(&state.app, &scope, id, &input).await?;
    Ok((StatusCode::CREATED, Json(project_view(&state, &scope, id).await?)).into_response())
}

/// A milestone as sent.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MilestoneBody {
    pub title: String,
    /// `2026-09-01`.
    pub due_on: String,
}

#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/projects/{id}/milestones",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Project id")),
    request_body = MilestoneBody,
    responses(
        (status = 201, description = "Added", body = ProjectDetailView),
        (status = 404, description = "No such project in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn add_milestone(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Project>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: MilestoneBody = json_body(&body)?;
    app::project::add_milestone(&state.app, &scope, id, &b.title, &b.due_on).await?;
    Ok((StatusCode::CREATED, Json(project_view(&state, &scope, id).await?)).into_response())
}

/// An outcome as sent.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OutcomeBody {
    pub description: String,
}

/// Records an outcome, today.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/projects/{id}/outcomes",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Project id")),
    request_body = OutcomeBody,
    responses(
        (status = 201, description = "Recorded", body = ProjectDetailView),
        (status = 404, description = "No such project in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn add_outcome(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Project>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: OutcomeBody = json_body(&body)?;
    app::project::add_outcome(&state.app, &scope, id, &b.description).await?;
    Ok((StatusCode::CREATED, Json(project_view(&state, &scope, id).await?)).into_response())
}

/// Marks a milestone done today, or open again.
async fn set_milestone(
    state: &AppState,
    scope: &app::ClusterScope,
    (id, part): (String, String),
    done: bool,
) -> Result<Json<ProjectDetailView>, ApiError> {
    let (id, part) = (parse_id(&id, "project")?, parse_id(&part, "milestone")?);
    app::project::milestone_done(&state.app, scope, id, part, done).await?;
    Ok(Json(project_view(state, scope, id).await?))
}

/// Marks a milestone done today.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/projects/{id}/milestones/{part}/done",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Project id"), ("part" = Uuid, Path, description = "Milestone id")),
    responses(
        (status = 200, description = "Done", body = ProjectDetailView),
        (status = 404, description = "The project has no such milestone", body = Problem, content_type = "application/problem+json")
    )
)]
async fn milestone_done(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Path((_cluster, id, part)): Path<(String, String, String)>,
) -> Result<Json<ProjectDetailView>, ApiError> {
    set_milestone(&state, &scope, (id, part), true).await
}

/// Opens a milestone marked done by mistake again.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/projects/{id}/milestones/{part}/undone",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Project id"), ("part" = Uuid, Path, description = "Milestone id")),
    responses(
        (status = 200, description = "Open again", body = ProjectDetailView),
        (status = 404, description = "The project has no such milestone", body = Problem, content_type = "application/problem+json")
    )
)]
async fn milestone_undone(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Path((_cluster, id, part)): Path<(String, String, String)>,
) -> Result<Json<ProjectDetailView>, ApiError> {
    set_milestone(&state, &scope, (id, part), false).await
}

async fn remove(
    state: &AppState,
    scope: &app::ClusterScope,
    part: ProjectPart,
    (id, part_id): (String, String),
) -> Result<Json<ProjectDetailView>, ApiError> {
    let (id, part_id) = (parse_id(&id, "project")?, parse_id(&part_id, "project part")?);
    app::project::remove(&state.app, scope, part, id, part_id).await?;
    Ok(Json(project_view(state, scope, id).await?))
}

macro_rules! remove_route {
    ($name:ident, $segment:literal, $part:expr, $what:literal) => {
        #[doc = concat!("Removes a ", $what, " of a project.")]
        #[utoipa::path(
            post,
            path = concat!("/api/v1/clusters/{cluster}/projects/{id}/", $segment, "/{part}/remove"),
            tag = "projects",
            params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Project id"), ("part" = Uuid, Path, description = $what)),
            responses(
                (status = 200, description = "Removed", body = ProjectDetailView),
                (status = 404, description = "The project has no such part", body = Problem, content_type = "application/problem+json")
            )
        )]
        async fn $name(
            State(state): State<AppState>,
            ApiScope { scope, .. }: ApiScope<Edit>,
            Path((_cluster, id, part)): Path<(String, String, String)>,
        ) -> Result<Json<ProjectDetailView>, ApiError> {
            remove(&state, &scope, $part, (id, part)).await
        }
    };
}

remove_route!(remove_participant, "participants", ProjectPart::Participant, "participant");
remove_route!(remove_budget_line, "budget-lines", ProjectPart::BudgetLine, "budget line");
remove_route!(remove_funding, "funding", ProjectPart::Funding, "funding source");
remove_route!(remove_milestone, "milestones", ProjectPart::Milestone, "milestone");
remove_route!(remove_outcome, "outcomes", ProjectPart::Outcome, "outcome");

/// The projects with their money, as CSV or XLSX.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/projects/export",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug"), FormatQuery),
    responses(
        (status = 200, description = "The projects", content(
            (String = "text/csv"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        )),
        (status = 400, description = "An unknown format", body = Problem, content_type = "application/problem+json")
    )
)]
async fn export_projects(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, ApiError> {
    let table = app::project::projects_table(&state.app, &scope).await?;
    Ok(crate::exports::download(table, q.format.as_deref(), "projects").await?)
}

/// The portfolio: projects by challenge, stage and area, money mobilised, who takes part, and
/// the challenges no project serves.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/portfolio",
    tag = "projects",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "The portfolio", body = app::project::Portfolio))
)]
async fn portfolio(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<app::project::Portfolio>, ApiError> {
    Ok(Json(app::project::portfolio(&state.app, &scope).await?))
}
