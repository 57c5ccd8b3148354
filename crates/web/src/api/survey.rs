//! Surveys: questionnaires (built, or started from a shipped template), campaigns sent to a
//! segment, reminders, results and the answers as CSV or XLSX.

use app::auth::{Edit, Read};
use app::survey::{CampaignInput, CampaignResults, CampaignSent, ResultsFilter};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use domain::survey::Questionnaire;
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
        .routes(routes!(list_questionnaires, create_questionnaire))
        .routes(routes!(get_questionnaire, save_questionnaire))
        .routes(routes!(list_campaigns, send_campaign))
        .routes(routes!(campaign_results))
        .routes(routes!(remind))
        .routes(routes!(export_answers))
        .routes(routes!(organisation_figures, enter_figures))
        .routes(routes!(figure_reviews))
        .routes(routes!(decide_review))
}

/// A questionnaire with its latest version.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct QuestionnaireView {
    pub id: Uuid,
    /// The latest version; answers keep the version they answered.
    pub version: i32,
    pub questionnaire: Questionnaire,
    /// Responses to any of its versions.
    pub responses: i64,
    pub created_at: DateTime<Utc>,
    pub archived_at: Option<DateTime<Utc>>,
}

impl From<app::survey::QuestionnaireRecord> for QuestionnaireView {
    fn from(r: app::survey::QuestionnaireRecord) -> Self {
        QuestionnaireView {
            id: r.id,
            version: r.version,
            questionnaire: r.questionnaire,
            responses: r.responses,
            created_at: r.created_at,
            archived_at: r.archived_at,
        }
    }
}

/// The cluster's questionnaires, by title.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/questionnaires",
    tag = "surveys",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "The questionnaires", body = Vec<QuestionnaireView>))
)]
async fn list_questionnaires(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<QuestionnaireView>>, ApiError> {
    let all = app::survey::questionnaires(&state.app, &scope).await?;
    Ok(Json(all.into_iter().map(QuestionnaireView::from).collect()))
}

/// A questionnaire to make: a shipped template by its code, or one built whole.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewQuestionnaire {
    /// `member_satisfaction`, `strategic_attitude`, `company_performance` or
    /// `strategy_consultation`.
    pub template: Option<String>,
    pub questionnaire: Option<Questionnaire>,
}

/// Makes a questionnaire from a template or from the questionnaire sent (sections of questions
/// of the kinds single_choice, multiple_choice, likert, number, money, text, date and matrix;
/// `show_if` shows a question only when an earlier choice or scale has a value). Every problem is
/// named by its place (`sections[0].questions[2].options`).
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/questionnaires",
    tag = "surveys",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = NewQuestionnaire,
    responses(
        (status = 201, description = "Made", body = Created),
        (status = 422, description = "What to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn create_questionnaire(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: NewQuestionnaire = json_body(&body)?;
    let id = match (b.template, b.questionnaire) {
        (Some(t), None) => app::survey::from_template(&state.app, &scope, &t, actor.email()).await?,
        (None, Some(q)) => app::survey::create(&state.app, &scope, &q, actor.email()).await?,
        _ => {
            return Err(ApiError(app::Error::Invalid(domain::Invalid::one(
                "template",
                i18n::said("invalid-web-template-or-questionnaire"),
            ))));
        }
    };
    Ok((StatusCode::CREATED, Json(Created { id })).into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/questionnaires/{id}",
    tag = "surveys",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Questionnaire id")),
    responses(
        (status = 200, description = "The questionnaire's latest version", body = QuestionnaireView),
        (status = 404, description = "No such questionnaire in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn get_questionnaire(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Questionnaire>,
) -> Result<Json<QuestionnaireView>, ApiError> {
    Ok(Json(app::survey::questionnaire(&state.app, &scope, id).await?.into()))
}

/// What saving did: the version now latest, and whether it is new.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct SavedView {
    pub version: i32,
    /// True when the version before has answers: they keep it, and this one is new.
    pub new_version: bool,
}

/// Replaces a questionnaire's text. While no one has answered its latest version, that version
/// changes; once someone has, a new version is made and the answers keep theirs.
#[utoipa::path(
    put,
    path = "/api/v1/clusters/{cluster}/questionnaires/{id}",
    tag = "surveys",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Questionnaire id")),
    request_body = Questionnaire,
    responses(
        (status = 200, description = "Saved", body = SavedView),
        (status = 404, description = "No such questionnaire in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "What to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn save_questionnaire(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Questionnaire>,
    body: Bytes,
) -> Result<Json<SavedView>, ApiError> {
    // Looked up before the body is read: another cluster's id is 404 whatever the body.
    app::survey::questionnaire(&state.app, &scope, id).await?;
    let q: Questionnaire = json_body(&body)?;
    let saved = match app::survey::save(&state.app, &scope, id, &q, actor.email()).await? {
        app::survey::Saved::NewVersion(v) => SavedView { version: v, new_version: true },
        app::survey::Saved::SameVersion(v) => SavedView { version: v, new_version: false },
        app::survey::Saved::NotFound => return Err(ApiError(app::Error::NotFound("questionnaire"))),
    };
    Ok(Json(saved))
}

/// A campaign with how many were invited and answered.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct CampaignView {
    pub id: Uuid,
    pub questionnaire_id: Uuid,
    pub version: i32,
    pub title: String,
    pub segment_id: Option<Uuid>,
    /// The segment's name when it was sent.
    pub audience: String,
    pub anonymous: bool,
    pub closes_on: NaiveDate,
    pub figures_year: Option<i32>,
    pub created_at: DateTime<Utc>,
    pub invited: i64,
    pub answered: i64,
}

impl From<app::survey::Campaign> for CampaignView {
    fn from(c: app::survey::Campaign) -> Self {
        CampaignView {
            id: c.id,
            questionnaire_id: c.questionnaire_id,
            version: c.version,
            title: c.title,
            segment_id: c.segment_id,
            audience: c.audience,
            anonymous: c.anonymous,
            closes_on: c.closes_on,
            figures_year: c.figures_year,
            created_at: c.created_at,
            invited: c.invited,
            answered: c.answered,
        }
    }
}

/// The cluster's campaigns, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/campaigns",
    tag = "surveys",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "The campaigns", body = Vec<CampaignView>))
)]
async fn list_campaigns(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<CampaignView>>, ApiError> {
    let all = app::survey::campaigns(&state.app, &scope).await?;
    Ok(Json(all.into_iter().map(CampaignView::from).collect()))
}

/// Sends a questionnaire's latest version to the contacts of a saved segment whose standing
/// consent covers surveys by email, each with a personal link, through the outbox; the others
/// are listed with the reason. All of it or nothing is recorded.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/campaigns",
    tag = "surveys",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = CampaignInput,
    responses(
        (status = 201, description = "Sent", body = CampaignSent),
        (status = 400, description = "Mail is not set up", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such questionnaire or segment in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "What to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn send_campaign(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let input: CampaignInput = json_body(&body)?;
    let base = state.config.public_url.clone();
    let sent = app::survey::send(&state.app, &scope, &input, &base, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(sent)).into_response())
}

/// The response rates (overall, by organisation kind and size class) and each question's
/// distribution, mean and median over the responses the filter keeps.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/campaigns/{id}/results",
    tag = "surveys",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Campaign id"), ResultsFilter),
    responses(
        (status = 200, description = "The results", body = CampaignResults),
        (status = 404, description = "No such campaign in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A filter that is not one", body = Problem, content_type = "application/problem+json")
    )
)]
async fn campaign_results(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Campaign>,
    Query(filter): Query<ResultsFilter>,
) -> Result<Json<CampaignResults>, ApiError> {
    Ok(Json(app::survey::results(&state.app, &scope, id, &filter).await?.0))
}

/// How many were reminded.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Reminded {
    pub reminded: usize,
}

/// Mails everyone invited who has not answered a new personal link (the earlier one stops
/// working; answers saved stay), while the campaign is open.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/campaigns/{id}/remind",
    tag = "surveys",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Campaign id")),
    responses(
        (status = 200, description = "Reminded", body = Reminded),
        (status = 400, description = "The campaign is closed, or mail is not set up", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such campaign in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn remind(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Campaign>,
) -> Result<Json<Reminded>, ApiError> {
    let base = state.config.public_url.clone();
    Ok(Json(Reminded { reminded: app::survey::remind(&state.app, &scope, id, &base).await? }))
}

/// The format of an export.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FormatQuery {
    /// `csv` (the default) or `xlsx`.
    pub format: Option<String>,
}

/// Every response of a campaign, one row each, one column a question (a matrix's items each a
/// column), with the respondent unless the campaign is anonymous.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/campaigns/{id}/answers/export",
    tag = "surveys",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Campaign id"), FormatQuery),
    responses(
        (status = 200, description = "The answers", content(
            (String = "text/csv"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        )),
        (status = 400, description = "An unknown format", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such campaign in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn export_answers(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Campaign>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, ApiError> {
    let table = app::survey::answers_table(&state.app, &scope, id).await?;
    Ok(crate::exports::download(table, q.format.as_deref(), "answers").await?)
}

/// One year's figures of an organisation.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct YearFiguresView {
    pub year: i32,
    #[serde(flatten)]
    pub figures: domain::figures::CompanyFigures,
    /// survey, entry or import.
    pub source: String,
    pub campaign_id: Option<Uuid>,
    pub recorded_at: DateTime<Utc>,
}

/// An organisation's company figures by year (money in minor units of the cluster's currency).
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/organisations/{id}/company-figures",
    tag = "surveys",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Organisation id")),
    responses((status = 200, description = "The years, oldest first", body = Vec<YearFiguresView>))
)]
async fn organisation_figures(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Organisation>,
) -> Result<Json<Vec<YearFiguresView>>, ApiError> {
    app::organisation::get(&state.app, &scope, id).await?;
    let years = app::figures::of_organisation(&state.app, &scope, id).await?;
    Ok(Json(
        years
            .into_iter()
            .map(|y| YearFiguresView {
                year: y.year,
                figures: y.figures,
                source: y.source.code().to_string(),
                campaign_id: y.campaign_id,
                recorded_at: y.recorded_at,
            })
            .collect(),
    ))
}

/// A year's figures as typed.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
pub struct FiguresBody {
    /// `2025`.
    pub year: Option<String>,
    #[serde(flatten)]
    pub figures: domain::figures::FiguresInput,
}

/// Types a year's figures of an organisation, replacing those recorded for that year.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/organisations/{id}/company-figures",
    tag = "surveys",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Organisation id")),
    request_body = FiguresBody,
    responses(
        (status = 204, description = "Saved"),
        (status = 404, description = "No such organisation in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "What to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn enter_figures(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Organisation>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    app::organisation::get(&state.app, &scope, id).await?;
    let b: FiguresBody = json_body(&body)?;
    app::figures::enter(&state.app, &scope, id, b.year.as_deref(), &b.figures, actor.email()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Figures a company-performance survey brought that differ from those known.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ReviewView {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub organisation: String,
    pub year: i32,
    pub known: domain::figures::CompanyFigures,
    pub proposed: domain::figures::CompanyFigures,
    /// The figures that differ: `employees`, `turnover`...
    pub differences: Vec<String>,
    pub campaign_id: Uuid,
}

/// The figures waiting for the team's review, oldest first.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/figure-reviews",
    tag = "surveys",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "The reviews", body = Vec<ReviewView>))
)]
async fn figure_reviews(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<ReviewView>>, ApiError> {
    let pending = app::figures::pending(&state.app, &scope).await?;
    Ok(Json(
        pending
            .into_iter()
            .map(|p| ReviewView {
                id: p.review.id,
                organisation_id: p.review.organisation_id,
                organisation: p.organisation,
                year: p.review.year,
                known: p.known,
                proposed: p.review.proposed,
                differences: p.differences.iter().map(|d| d.to_string()).collect(),
                campaign_id: p.review.campaign_id,
            })
            .collect(),
    ))
}

/// What the team decides of a review.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionBody {
    /// True to take the answers as the figures, false to keep those known.
    pub accept: bool,
}

/// Takes or leaves the figures of a review, once.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/figure-reviews/{id}",
    tag = "surveys",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Review id")),
    request_body = DecisionBody,
    responses(
        (status = 204, description = "Decided"),
        (status = 404, description = "No such review waiting in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn decide_review(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::FigureReview>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    // Looked up before the body is read: another cluster's id is 404 whatever the body.
    app::figures::waiting(&state.app, &scope, id).await?;
    let b: DecisionBody = json_body(&body)?;
    app::figures::decide(&state.app, &scope, id, b.accept, actor.email()).await?;
    Ok(StatusCode::NO_CONTENT)
}
