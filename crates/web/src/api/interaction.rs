use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use domain::interaction::{InteractionInput, InteractionKind};
use domain::task::{TaskInput, TaskLinks};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use super::organisation::json_body;
use crate::AppState;
use crate::auth::{ApiScope, Id, resource};
use crate::error::{ApiError, Problem};
use crate::params::parse_id;
use app::auth::{Edit, Read};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_interactions, create_interaction))
        .routes(routes!(get_interaction))
        .routes(routes!(list_templates, create_template))
        .routes(routes!(list_tasks, create_task))
        .routes(routes!(complete_task))
        .routes(routes!(reopen_task))
}

/// A logged interaction; an interview with its questions and answers.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct InteractionView {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub organisation_name: String,
    pub contact_id: Option<Uuid>,
    pub contact_name: Option<String>,
    pub kind: InteractionKind,
    pub occurred_on: NaiveDate,
    pub staff_user_id: Option<Uuid>,
    pub staff_name: Option<String>,
    pub subject: String,
    pub notes: Option<String>,
    pub template_id: Option<Uuid>,
    pub answers: Vec<AnswerView>,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct AnswerView {
    pub question: String,
    pub answer: String,
}

fn view(i: domain::interaction::Interaction, answers: Vec<(String, String)>) -> InteractionView {
    InteractionView {
        id: i.id,
        organisation_id: i.organisation_id,
        organisation_name: i.organisation_name,
        contact_id: i.contact_id,
        contact_name: i.contact_name,
        kind: i.kind,
        occurred_on: i.occurred_on,
        staff_user_id: i.staff_user_id,
        staff_name: i.staff_name,
        subject: i.subject,
        notes: i.notes,
        template_id: i.template_id,
        answers: answers.into_iter().map(|(question, answer)| AnswerView { question, answer }).collect(),
        created_by: i.created_by,
        created_at: i.created_at,
    }
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InteractionQuery {
    /// Only the interactions with this organisation.
    pub organisation: Option<Uuid>,
    /// Only the interactions with this person.
    pub contact: Option<Uuid>,
}

/// Interactions with an organisation or a person; without either, the cluster's latest 100.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/interactions",
    tag = "interactions",
    params(("cluster" = String, Path, description = "Cluster slug"), InteractionQuery),
    responses((status = 200, description = "Newest first", body = Vec<InteractionView>))
)]
async fn list_interactions(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<InteractionQuery>,
) -> Result<Json<Vec<InteractionView>>, ApiError> {
    let found = match (q.organisation, q.contact) {
        (_, Some(c)) => app::interaction::of_contact(&state.app, &scope, c).await?,
        (Some(o), None) => app::interaction::of_organisation(&state.app, &scope, o).await?,
        (None, None) => app::interaction::recent(&state.app, &scope, 100).await?,
    };
    Ok(Json(found.into_iter().map(|i| view(i, Vec::new())).collect()))
}

/// An interaction to log.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InteractionBody {
    pub organisation_id: Uuid,
    pub contact_id: Option<Uuid>,
    /// A user with a role in the cluster.
    pub staff_user_id: Option<Uuid>,
    /// For an interview: the template whose questions `answers` answer, in order.
    pub template_id: Option<Uuid>,
    pub kind: InteractionKind,
    /// `2026-11-27`.
    pub occurred_on: String,
    pub subject: String,
    pub notes: Option<String>,
    #[serde(default)]
    pub answers: Vec<String>,
}

/// Logs an interaction.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/interactions",
    tag = "interactions",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = InteractionBody,
    responses(
        (status = 201, description = "Logged", body = InteractionView),
        (status = 422, description = "Fields to fix, each named", body = Problem, content_type = "application/problem+json")
    )
)]
async fn create_interaction(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: InteractionBody = json_body(&body)?;
    let new = app::interaction::NewInteraction {
        organisation_id: Some(b.organisation_id),
        contact_id: b.contact_id,
        staff_user_id: b.staff_user_id,
        template_id: b.template_id,
        input: InteractionInput {
            kind: Some(b.kind.code().into()),
            occurred_on: Some(b.occurred_on),
            subject: Some(b.subject),
            notes: b.notes,
        },
        answers: b.answers,
    };
    let created = app::interaction::create(&state.app, &scope, &actor, &new).await?;
    let (i, answers) = app::interaction::get(&state.app, &scope, created.id).await?;
    Ok((StatusCode::CREATED, Json(view(i, answers))).into_response())
}

/// One interaction, with an interview's answers.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/interactions/{id}",
    tag = "interactions",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Interaction id")),
    responses(
        (status = 200, description = "The interaction", body = InteractionView),
        (status = 404, description = "No such interaction in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn get_interaction(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Interaction>,
) -> Result<Json<InteractionView>, ApiError> {
    let (i, answers) = app::interaction::get(&state.app, &scope, id).await?;
    Ok(Json(view(i, answers)))
}

#[derive(Debug, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct TemplateView {
    #[serde(default)]
    pub id: Option<Uuid>,
    pub name: String,
    pub questions: Vec<String>,
}

/// The cluster's interview templates.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/interview-templates",
    tag = "interactions",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "By name", body = Vec<TemplateView>))
)]
async fn list_templates(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<TemplateView>>, ApiError> {
    let all = app::interaction::templates(&state.app, &scope).await?;
    Ok(Json(all.into_iter().map(|t| TemplateView { id: Some(t.id), name: t.name, questions: t.questions }).collect()))
}

/// Adds an interview template.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/interview-templates",
    tag = "interactions",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = TemplateView,
    responses(
        (status = 201, description = "Added", body = TemplateView),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn create_template(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: TemplateView = json_body(&body)?;
    let t = app::interaction::create_template(&state.app, &scope, &b.name, &b.questions.join("\n")).await?;
    Ok((StatusCode::CREATED, Json(TemplateView { id: Some(t.id), name: t.name, questions: t.questions }))
        .into_response())
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct TaskView {
    pub id: Uuid,
    pub title: String,
    pub assignee_id: Option<Uuid>,
    pub assignee_name: Option<String>,
    pub due_on: Option<NaiveDate>,
    /// Open and past its due day.
    pub overdue: bool,
    pub organisation_id: Option<Uuid>,
    pub organisation_name: Option<String>,
    pub contact_id: Option<Uuid>,
    pub interaction_id: Option<Uuid>,
    pub done_at: Option<DateTime<Utc>>,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
}

impl TaskView {
    /// The task as the API shows it, overdue or not on `today` (the cluster's).
    fn of(t: domain::task::Task, today: chrono::NaiveDate) -> Self {
        TaskView {
            overdue: domain::task::is_overdue(t.due_on, t.done_at.is_some(), today),
            id: t.id,
            title: t.title,
            assignee_id: t.assignee_id,
            assignee_name: t.assignee_name,
            due_on: t.due_on,
            organisation_id: t.organisation_id,
            organisation_name: t.organisation_name,
            contact_id: t.contact_id,
            interaction_id: t.interaction_id,
            done_at: t.done_at,
            created_by: t.created_by,
            created_at: t.created_at,
        }
    }
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TaskQuery {
    /// `me` for your own tasks, or a user id.
    pub assignee: Option<String>,
    pub organisation: Option<Uuid>,
    pub contact: Option<Uuid>,
    pub interaction: Option<Uuid>,
    /// Done tasks instead of open ones.
    #[serde(default)]
    pub done: bool,
}

/// Open (or done) tasks, open ones by due day.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/tasks",
    tag = "tasks",
    params(("cluster" = String, Path, description = "Cluster slug"), TaskQuery),
    responses((status = 200, description = "The tasks", body = Vec<TaskView>))
)]
async fn list_tasks(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Read>,
    Query(q): Query<TaskQuery>,
) -> Result<Json<Vec<TaskView>>, ApiError> {
    let assignee_id = match q.assignee.as_deref() {
        None => None,
        Some("me") => Some(actor.user_id()),
        Some(id) => Some(parse_id(id, "user")?),
    };
    let filter = domain::task::TaskFilter {
        assignee_id,
        organisation_id: q.organisation,
        contact_id: q.contact,
        interaction_id: q.interaction,
        done: q.done,
    };
    let today = state.app.today(&scope);
    Ok(Json(app::task::list(&state.app, &scope, &filter).await?.into_iter().map(|t| TaskView::of(t, today)).collect()))
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TaskBody {
    pub title: String,
    /// `2026-12-15`.
    pub due_on: Option<String>,
    pub assignee_id: Option<Uuid>,
    pub organisation_id: Option<Uuid>,
    pub contact_id: Option<Uuid>,
    pub interaction_id: Option<Uuid>,
}

/// Adds a follow-up task.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/tasks",
    tag = "tasks",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = TaskBody,
    responses(
        (status = 201, description = "Added", body = TaskView),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn create_task(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: TaskBody = json_body(&body)?;
    let links = TaskLinks {
        assignee_id: b.assignee_id,
        organisation_id: b.organisation_id,
        contact_id: b.contact_id,
        interaction_id: b.interaction_id,
    };
    let input = TaskInput { title: Some(b.title), due_on: b.due_on };
    let task = app::task::create(&state.app, &scope, &actor, &input, links).await?;
    Ok((StatusCode::CREATED, Json(TaskView::of(task, state.app.today(&scope)))).into_response())
}

/// Marks a task done.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/tasks/{id}/done",
    tag = "tasks",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Task id")),
    responses(
        (status = 200, description = "Done", body = TaskView),
        (status = 404, description = "No such task in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn complete_task(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Task>,
) -> Result<Json<TaskView>, ApiError> {
    Ok(Json(TaskView::of(app::task::set_done(&state.app, &scope, id, true).await?, state.app.today(&scope))))
}

/// Opens a done task again.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/tasks/{id}/reopen",
    tag = "tasks",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Task id")),
    responses(
        (status = 200, description = "Open", body = TaskView),
        (status = 404, description = "No such task in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn reopen_task(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Task>,
) -> Result<Json<TaskView>, ApiError> {
    Ok(Json(TaskView::of(app::task::set_done(&state.app, &scope, id, false).await?, state.app.today(&scope))))
}
