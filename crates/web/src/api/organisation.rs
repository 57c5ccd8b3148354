use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use domain::organisation::Organisation;
use domain::organisation::{OrganisationInput, OrganisationKind, SizeClass};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use super::ListPage;
use crate::AppState;
use crate::auth::{ApiScope, Id, resource};
use crate::error::{ApiError, Problem};
use crate::params::OrganisationQuery;
use app::auth::{Edit, Read};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_organisations, create_organisation))
        .routes(routes!(get_organisation, update_organisation))
        .routes(routes!(archive_organisation))
        .routes(routes!(restore_organisation))
        .routes(routes!(export_organisations))
}

/// An organisation. Money is a decimal string in the cluster's base currency.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct OrganisationView {
    pub id: Uuid,
    pub name: String,
    pub kind: OrganisationKind,
    /// NACE Rev. 2 code, such as 29.10.
    pub nace_code: Option<String>,
    pub employees: Option<i64>,
    /// Annual turnover, such as "1234567.89".
    pub turnover: Option<String>,
    pub balance_sheet_total: Option<String>,
    /// ISO 4217 code of `turnover` and `balance_sheet_total`.
    pub currency: String,
    /// Derived from employees, turnover and balance sheet total (EU SME definition).
    pub size_class: Option<SizeClass>,
    pub country: Option<String>,
    pub region: Option<String>,
    pub vat_id: Option<String>,
    pub website: Option<String>,
    /// The postal address printed on invoices.
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    /// The organisation's general email and phone.
    pub email: Option<String>,
    pub phone: Option<String>,
    pub archived_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl OrganisationView {
    pub fn new(o: Organisation, scope: &app::ClusterScope) -> Self {
        let f = o.fields;
        OrganisationView {
            id: o.id,
            currency: scope.cluster().base_currency.code().to_string(),
            name: f.name,
            kind: f.kind,
            nace_code: f.nace_code.map(|n| n.as_str().to_string()),
            employees: f.employees,
            turnover: f.turnover.map(|m| m.to_decimal()),
            balance_sheet_total: f.balance_sheet_total.map(|m| m.to_decimal()),
            size_class: o.size_class,
            country: f.country.map(|c| c.as_str().to_string()),
            region: f.region,
            vat_id: f.vat_id,
            website: f.website,
            street: f.street,
            postcode: f.postcode,
            city: f.city,
            email: f.email,
            phone: f.phone,
            archived_at: o.archived_at,
            created_at: o.created_at,
            updated_at: o.updated_at,
        }
    }
}

/// The fields of an organisation to create or replace. Only `name` is required.
#[derive(Debug, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrganisationBody {
    pub name: String,
    /// Defaults to company.
    pub kind: Option<OrganisationKind>,
    pub nace_code: Option<String>,
    pub employees: Option<i64>,
    /// Decimal string in the cluster's base currency, such as "1234567.89".
    pub turnover: Option<String>,
    pub balance_sheet_total: Option<String>,
    pub country: Option<String>,
    pub region: Option<String>,
    pub vat_id: Option<String>,
    pub website: Option<String>,
    /// Street and number, postcode and city: the postal address printed on invoices.
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    /// The organisation's general email and phone, not a person's.
    pub email: Option<String>,
    pub phone: Option<String>,
}

impl From<OrganisationBody> for OrganisationInput {
    fn from(b: OrganisationBody) -> Self {
        OrganisationInput {
            name: Some(b.name),
            kind: b.kind.map(|k| k.code().to_string()),
            nace_code: b.nace_code,
            employees: b.employees.map(|e| e.to_string()),
            turnover: b.turnover,
            balance_sheet_total: b.balance_sheet_total,
            country: b.country,
            region: b.region,
            vat_id: b.vat_id,
            website: b.website,
            street: b.street,
            postcode: b.postcode,
            city: b.city,
            email: b.email,
            phone: b.phone,
        }
    }
}

/// Reads a JSON body, answering a malformed one with a problem that says what is wrong.
/// The JSON body as `T`, whatever content type it came with: a NUL character in any of its texts is
/// refused as `web::door` refuses it (422 naming the field), malformed JSON is a bad request.
pub fn json_body<T: serde::de::DeserializeOwned>(body: &Bytes) -> Result<T, ApiError> {
    if let Some(field) = crate::door::nul_in_json(body) {
        return Err(ApiError(app::Error::Invalid(domain::Invalid::one(field, crate::door::nul_message()))));
    }
    serde_json::from_slice(body).map_err(|e| {
        ApiError(app::Error::BadRequest(i18n::said_with("invalid-web-json-body", &[("error", e.to_string())])))
    })
}

/// The organisations of a cluster, filtered, sorted and paginated.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/organisations",
    tag = "organisations",
    params(("cluster" = String, Path, description = "Cluster slug"), OrganisationQuery),
    responses(
        (status = 200, description = "One page of organisations", body = ListPage<OrganisationView>),
        (status = 400, description = "A parameter is wrong", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such cluster for you", body = Problem, content_type = "application/problem+json")
    )
)]
async fn list_organisations(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(query): Query<OrganisationQuery>,
) -> Result<Json<ListPage<OrganisationView>>, ApiError> {
    let paging = query.paging();
    let page = app::organisation::list(&state.app, &scope, &query.filter()?, paging).await?;
    Ok(Json(ListPage {
        items: page.items.into_iter().map(|o| OrganisationView::new(o, &scope)).collect(),
        total: page.total,
        page: paging.page,
        per_page: paging.per_page,
    }))
}

/// Creates an organisation.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/organisations",
    tag = "organisations",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = OrganisationBody,
    responses(
        (status = 201, description = "Created", body = OrganisationView),
        (status = 403, description = "Your role may not edit", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix, each named", body = Problem, content_type = "application/problem+json")
    )
)]
async fn create_organisation(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let body: OrganisationBody = json_body(&body)?;
    let created = app::organisation::create(&state.app, &scope, &body.into()).await?;
    Ok((StatusCode::CREATED, Json(OrganisationView::new(created, &scope))).into_response())
}

/// One organisation.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/organisations/{id}",
    tag = "organisations",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 200, description = "The organisation", body = OrganisationView),
        (status = 404, description = "No such organisation in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn get_organisation(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Organisation>,
) -> Result<Json<OrganisationView>, ApiError> {
    Ok(Json(OrganisationView::new(app::organisation::get(&state.app, &scope, id).await?, &scope)))
}

/// Replaces an organisation's fields.
#[utoipa::path(
    put,
    path = "/api/v1/clusters/{cluster}/organisations/{id}",
    tag = "organisations",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Organisation id")),
    request_body = OrganisationBody,
    responses(
        (status = 200, description = "Saved", body = OrganisationView),
        (status = 404, description = "No such organisation in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix, each named", body = Problem, content_type = "application/problem+json")
    )
)]
async fn update_organisation(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Organisation>,
    body: Bytes,
) -> Result<Json<OrganisationView>, ApiError> {
    let body: OrganisationBody = json_body(&body)?;
    Ok(Json(OrganisationView::new(app::organisation::update(&state.app, &scope, id, &body.into()).await?, &scope)))
}

/// Archives an organisation: it leaves the lists and keeps its history. Undo with restore.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/organisations/{id}/archive",
    tag = "organisations",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 200, description = "Archived", body = OrganisationView),
        (status = 404, description = "No such organisation in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn archive_organisation(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Organisation>,
) -> Result<Json<OrganisationView>, ApiError> {
    Ok(Json(OrganisationView::new(app::organisation::set_archived(&state.app, &scope, id, true).await?, &scope)))
}

/// Restores an archived organisation.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/organisations/{id}/restore",
    tag = "organisations",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 200, description = "Restored", body = OrganisationView),
        (status = 404, description = "No such organisation in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn restore_organisation(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Organisation>,
) -> Result<Json<OrganisationView>, ApiError> {
    Ok(Json(OrganisationView::new(app::organisation::set_archived(&state.app, &scope, id, false).await?, &scope)))
}

/// Every organisation the filter selects (all pages), as CSV (default) or XLSX.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/organisations/export",
    tag = "organisations",
    params(("cluster" = String, Path, description = "Cluster slug"), OrganisationQuery),
    responses(
        (status = 200, description = "The file", content(
            (Vec<u8> = "text/csv"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        )),
        (status = 400, description = "A parameter is wrong", body = Problem, content_type = "application/problem+json")
    )
)]
async fn export_organisations(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(query): Query<OrganisationQuery>,
) -> Result<Response, ApiError> {
    Ok(crate::exports::organisations(&state, &scope, &query).await?)
}
