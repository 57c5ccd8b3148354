use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use super::organisation::json_body;
use crate::AppState;
use crate::auth::{ApiScope, Id, resource};
use crate::error::{ApiError, Problem};
use app::auth::{Edit, Read};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_duplicates))
        .routes(routes!(merge_organisation))
        .routes(routes!(merge_contact))
}

/// One side of a likely duplicate.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct SideView {
    pub id: Uuid,
    pub label: String,
    pub detail: String,
}

/// Two records that are probably one.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct CandidateView {
    /// organisations or contacts.
    #[schema(example = "organisations")]
    pub target: String,
    pub a: SideView,
    pub b: SideView,
    /// How sure the scan is, 0 to 100.
    pub score: u8,
    pub reasons: Vec<String>,
}

impl From<app::duplicate::Candidate> for CandidateView {
    fn from(c: app::duplicate::Candidate) -> Self {
        let side = |s: app::duplicate::Side| SideView { id: s.id, label: s.label, detail: s.detail };
        CandidateView { target: c.target.into(), a: side(c.a), b: side(c.b), score: c.score, reasons: c.reasons }
    }
}

/// Likely duplicate organisations (same VAT id, or same name ignoring case, accents and legal
/// form) and contacts (same email), the surest first.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/duplicates",
    tag = "duplicates",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "The likely duplicates", body = Vec<CandidateView>))
)]
async fn list_duplicates(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<CandidateView>>, ApiError> {
    Ok(Json(app::duplicate::scan(&state.app, &scope).await?.into_iter().map(Into::into).collect()))
}

/// The record to fold into the one in the address.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MergeBody {
    pub merged_id: Uuid,
    /// Organisations only: when both hold a current membership, the one that stays (the other
    /// ends on the day of the merge). Without it such a merge answers 409.
    pub keep_membership: Option<Uuid>,
}

/// What a merge moved to the survivor.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct MergedView {
    /// Table → ids of the rows that now belong to the survivor.
    pub moved: std::collections::BTreeMap<String, Vec<Uuid>>,
    /// The survivor's fields filled in from the merged record.
    pub filled: Vec<String>,
}

/// Folds another organisation into this one: its contacts and records move here, empty fields
/// are filled from it, and it is archived as merged.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/organisations/{id}/merge",
    tag = "duplicates",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "The organisation that stays")),
    request_body = MergeBody,
    responses(
        (status = 200, description = "Merged", body = MergedView),
        (status = 400, description = "Cannot be merged (the same record, or an archived one)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such organisation in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Both hold a membership: say which to keep (keep_membership)", body = Problem, content_type = "application/problem+json")
    )
)]
async fn merge_organisation(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Organisation>,
    body: Bytes,
) -> Result<Json<MergedView>, ApiError> {
    let body: MergeBody = json_body(&body)?;
    let moved = app::duplicate::merge_organisations(
        &state.app,
        &scope,
        id,
        body.merged_id,
        body.keep_membership,
        actor.email(),
    )
    .await?;
    Ok(Json(MergedView { moved: moved.rows, filled: moved.filled }))
}

/// Folds another contact into this one.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/contacts/{id}/merge",
    tag = "duplicates",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "The contact that stays")),
    request_body = MergeBody,
    responses(
        (status = 200, description = "Merged", body = MergedView),
        (status = 404, description = "No such contact in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn merge_contact(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Contact>,
    body: Bytes,
) -> Result<Json<MergedView>, ApiError> {
    let body: MergeBody = json_body(&body)?;
    let moved = app::duplicate::merge_contacts(&state.app, &scope, id, body.merged_id, actor.email()).await?;
    Ok(Json(MergedView { moved: moved.rows, filled: moved.filled }))
}
