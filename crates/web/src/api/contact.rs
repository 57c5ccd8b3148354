use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use domain::contact::Contact;
use domain::contact::ContactInput;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use super::ListPage;
use super::organisation::json_body;
use crate::AppState;
use crate::auth::{ApiScope, Id, resource};
use crate::error::{ApiError, Problem};
use crate::params::ContactQuery;
use app::auth::{Edit, Read};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_contacts, create_contact))
        .routes(routes!(get_contact, update_contact))
        .routes(routes!(archive_contact))
        .routes(routes!(restore_contact))
}

/// A person at an organisation of the cluster.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ContactView {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub organisation_name: String,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub position: Option<String>,
    /// Roles in the cluster, such as "board member".
    pub cluster_roles: Option<String>,
    /// Invoices and payment reminders of the organisation go to its billing contacts (or, when
    /// it has none, to every contact with an address).
    pub billing_contact: bool,
    pub archived_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<Contact> for ContactView {
    fn from(c: Contact) -> Self {
        ContactView {
            id: c.id,
            organisation_id: c.organisation_id,
            organisation_name: c.organisation_name,
            first_name: c.fields.first_name,
            last_name: c.fields.last_name,
            email: c.fields.email,
            phone: c.fields.phone,
            position: c.fields.position,
            cluster_roles: c.fields.cluster_roles,
            billing_contact: c.fields.billing_contact,
            archived_at: c.archived_at,
            created_at: c.created_at,
            updated_at: c.updated_at,
        }
    }
}

/// The fields of a contact to create or replace.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactBody {
    /// The organisation of the cluster the person works at.
    pub organisation_id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub position: Option<String>,
    pub cluster_roles: Option<String>,
    /// true when invoices and payment reminders go to this person; false when left out.
    pub billing_contact: Option<bool>,
}

impl ContactBody {
    fn input(self) -> (Uuid, ContactInput) {
        (
            self.organisation_id,
            ContactInput {
                first_name: Some(self.first_name),
                last_name: Some(self.last_name),
                email: self.email,
                phone: self.phone,
                position: self.position,
                cluster_roles: self.cluster_roles,
                billing_contact: self.billing_contact.map(|b| b.to_string()),
            },
        )
    }
}

/// The contacts of a cluster, filtered, sorted and paginated.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/contacts",
    tag = "contacts",
    params(("cluster" = String, Path, description = "Cluster slug"), ContactQuery),
    responses(
        (status = 200, description = "One page of contacts", body = ListPage<ContactView>),
        (status = 400, description = "A parameter is wrong", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such cluster for you", body = Problem, content_type = "application/problem+json")
    )
)]
async fn list_contacts(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(query): Query<ContactQuery>,
) -> Result<Json<ListPage<ContactView>>, ApiError> {
    let paging = query.paging();
    let page = app::contact::list(&state.app, &scope, &query.filter()?, paging).await?;
    Ok(Json(ListPage {
        items: page.items.into_iter().map(ContactView::from).collect(),
        total: page.total,
        page: paging.page,
        per_page: paging.per_page,
    }))
}

/// Creates a contact at an organisation of the cluster.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/contacts",
    tag = "contacts",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = ContactBody,
    responses(
        (status = 201, description = "Created", body = ContactView),
        (status = 422, description = "Fields to fix, each named", body = Problem, content_type = "application/problem+json")
    )
)]
async fn create_contact(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let (organisation_id, input) = json_body::<ContactBody>(&body)?.input();
    let created = app::contact::create(&state.app, &scope, Some(organisation_id), &input).await?;
    Ok((StatusCode::CREATED, Json(ContactView::from(created))).into_response())
}

/// One contact.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/contacts/{id}",
    tag = "contacts",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Contact id")),
    responses(
        (status = 200, description = "The contact", body = ContactView),
        (status = 404, description = "No such contact in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn get_contact(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Contact>,
) -> Result<Json<ContactView>, ApiError> {
    Ok(Json(app::contact::get(&state.app, &scope, id).await?.into()))
}

/// Replaces a contact's fields.
#[utoipa::path(
    put,
    path = "/api/v1/clusters/{cluster}/contacts/{id}",
    tag = "contacts",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Contact id")),
    request_body = ContactBody,
    responses(
        (status = 200, description = "Saved", body = ContactView),
        (status = 404, description = "No such contact in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix, each named", body = Problem, content_type = "application/problem+json")
    )
)]
async fn update_contact(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Contact>,
    body: Bytes,
) -> Result<Json<ContactView>, ApiError> {
    let (organisation_id, input) = json_body::<ContactBody>(&body)?.input();
    Ok(Json(app::contact::update(&state.app, &scope, id, Some(organisation_id), &input).await?.into()))
}

/// Archives a contact. Undo with restore.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/contacts/{id}/archive",
    tag = "contacts",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Contact id")),
    responses(
        (status = 200, description = "Archived", body = ContactView),
        (status = 404, description = "No such contact in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn archive_contact(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Contact>,
) -> Result<Json<ContactView>, ApiError> {
    Ok(Json(app::contact::set_archived(&state.app, &scope, id, true).await?.into()))
}

/// Restores an archived contact.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/contacts/{id}/restore",
    tag = "contacts",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Contact id")),
    responses(
        (status = 200, description = "Restored", body = ContactView),
        (status = 404, description = "No such contact in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn restore_contact(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Contact>,
) -> Result<Json<ContactView>, ApiError> {
    Ok(Json(app::contact::set_archived(&state.app, &scope, id, false).await?.into()))
}
