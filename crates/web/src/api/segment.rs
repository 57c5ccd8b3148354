use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use super::contact::ContactView;
use super::organisation::json_body;
use crate::AppState;
use crate::auth::{ApiScope, Id, resource};
use crate::error::{ApiError, Problem};
use crate::params::parse_id;
use crate::params::{ContactQuery, OrganisationQuery};
use app::auth::{Edit, Read};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_tags))
        .routes(routes!(tag_organisation))
        .routes(routes!(untag_organisation))
        .routes(routes!(list_segments, save_segment))
        .routes(routes!(segment_contacts))
        .routes(routes!(delete_segment))
        .routes(routes!(export_contacts))
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct TagView {
    pub id: Uuid,
    pub name: String,
    /// Current organisations that carry it.
    pub organisations: i64,
}

/// The cluster's tags.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/tags",
    tag = "segments",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "By name", body = Vec<TagView>))
)]
async fn list_tags(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<TagView>>, ApiError> {
    let tags = app::segment::tags(&state.app, &scope).await?;
    Ok(Json(tags.into_iter().map(|t| TagView { id: t.id, name: t.name, organisations: t.organisations }).collect()))
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TagBody {
    pub name: String,
}

/// Puts a tag on an organisation; a new name makes a new tag.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/organisations/{id}/tags",
    tag = "segments",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Organisation id")),
    request_body = TagBody,
    responses(
        (status = 204, description = "Tagged"),
        (status = 404, description = "No such organisation in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn tag_organisation(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Organisation>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let b: TagBody = json_body(&body)?;
    app::segment::tag(&state.app, &scope, id, &b.name).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Takes a tag off an organisation.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/organisations/{id}/tags/{tag}/remove",
    tag = "segments",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Organisation id"), ("tag" = Uuid, Path, description = "Tag id")),
    responses(
        (status = 204, description = "Removed"),
        (status = 404, description = "The organisation has no such tag", body = Problem, content_type = "application/problem+json")
    )
)]
async fn untag_organisation(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Path((_cluster, id, tag)): Path<(String, String, String)>,
) -> Result<StatusCode, ApiError> {
    let id = parse_id(&id, "organisation")?;
    let tag = parse_id(&tag, "tag")?;
    app::segment::untag(&state.app, &scope, id, tag).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A saved organisation filter.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct SegmentView {
    pub id: Uuid,
    pub name: String,
    /// The filter as list parameters, such as `size_class=small&tag=exporter`.
    pub query: String,
    pub created_by: String,
}

impl From<app::segment::Segment> for SegmentView {
    fn from(s: app::segment::Segment) -> Self {
        SegmentView { id: s.id, query: s.filter.query(), name: s.name, created_by: s.created_by }
    }
}

/// The cluster's segments.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/segments",
    tag = "segments",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "By name", body = Vec<SegmentView>))
)]
async fn list_segments(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<SegmentView>>, ApiError> {
    Ok(Json(app::segment::list(&state.app, &scope).await?.into_iter().map(Into::into).collect()))
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SegmentBody {
    pub name: String,
}

/// Saves the organisation filter given as query parameters (those of the organisations list)
/// under a name.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/segments",
    tag = "segments",
    params(("cluster" = String, Path, description = "Cluster slug"), OrganisationQuery),
    request_body = SegmentBody,
    responses(
        (status = 201, description = "Saved", body = SegmentView),
        (status = 400, description = "A filter parameter is wrong", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Another segment has this name (in any case or accents); `errors` names `name`", body = Problem, content_type = "application/problem+json")
    )
)]
async fn save_segment(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Query(query): Query<OrganisationQuery>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: SegmentBody = json_body(&body)?;
    let saved = app::segment::save(&state.app, &scope, &b.name, &query.input(), actor.email()).await?;
    Ok((StatusCode::CREATED, Json(SegmentView::from(saved))).into_response())
}

/// The current contacts of the organisations a segment selects now.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/segments/{id}/contacts",
    tag = "segments",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Segment id")),
    responses(
        (status = 200, description = "The contacts", body = Vec<ContactView>),
        (status = 404, description = "No such segment in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn segment_contacts(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Segment>,
) -> Result<Json<Vec<ContactView>>, ApiError> {
    Ok(Json(app::segment::contacts(&state.app, &scope, id).await?.into_iter().map(Into::into).collect()))
}

/// Deletes a segment (the saved filter only).
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/segments/{id}/delete",
    tag = "segments",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Segment id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, description = "No such segment in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn delete_segment(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Segment>,
) -> Result<StatusCode, ApiError> {
    app::segment::delete(&state.app, &scope, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportFormat {
    /// csv (default), xlsx or vcf (vCard 4.0).
    #[param(value_type = Option<ContactsFormat>, inline)]
    pub format: Option<String>,
}

/// The values of a contacts export's `format`, for the OpenAPI document.
#[derive(utoipa::ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)]
pub enum ContactsFormat {
    Csv,
    Xlsx,
    Vcf,
}

/// The contacts list exactly as filtered, as CSV, XLSX or vCard 4.0.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/contacts/export",
    tag = "contacts",
    params(("cluster" = String, Path, description = "Cluster slug"), ContactQuery, ExportFormat),
    responses(
        (status = 200, description = "The file", content(
            (Vec<u8> = "text/csv"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (Vec<u8> = "text/vcard")
        )),
        (status = 400, description = "A parameter is wrong", body = Problem, content_type = "application/problem+json")
    )
)]
async fn export_contacts(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(query): Query<ContactQuery>,
    Query(format): Query<ExportFormat>,
) -> Result<Response, ApiError> {
    Ok(crate::exports::contacts(&state, &scope, &query, format.format.as_deref()).await?)
}
