//! The service catalogue, deliveries, their invoicing, and revenue.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use domain::service::{Delivery, DeliveryInput, Service, ServiceInput};
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
        .routes(routes!(list_services, create_service))
        .routes(routes!(revenue))
        .routes(routes!(get_service, update_service))
        .routes(routes!(archive_service))
        .routes(routes!(restore_service))
        .routes(routes!(deliver))
        .routes(routes!(list_deliveries))
        .routes(routes!(export_deliveries))
        .routes(routes!(export_catalogue))
        .routes(routes!(invoice_deliveries))
        .routes(routes!(rate_delivery))
        .routes(routes!(remove_delivery))
}

/// The catalogue, by name (archived services too).
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/services",
    tag = "services",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "The services", body = Vec<Service>))
)]
async fn list_services(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<Service>>, ApiError> {
    Ok(Json(app::service::catalogue(&state.app, &scope).await?))
}

/// A service as sent.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ServiceBody {
    pub name: Option<String>,
    /// training, internationalisation, market_intelligence, matchmaking, consulting,
    /// visibility, access_to_funding, or the cluster's own kind.
    pub kind: Option<String>,
    pub description: Option<String>,
    /// Per unit, before tax, in the cluster's currency (`150.00`).
    pub member_price: Option<String>,
    pub non_member_price: Option<String>,
    /// hour, day, session, report...
    pub unit: Option<String>,
    /// In percent.
    pub tax_rate: Option<String>,
}

impl ServiceBody {
    fn input(self) -> ServiceInput {
        ServiceInput {
            name: self.name,
            kind: self.kind,
            description: self.description,
            member_price: self.member_price,
            non_member_price: self.non_member_price,
            unit: self.unit,
            tax_rate: self.tax_rate,
        }
    }
}

/// Adds a service to the catalogue (a cluster manager's).
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/services",
    tag = "services",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = ServiceBody,
    responses(
        (status = 201, description = "Added", body = Service),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn create_service(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: ServiceBody = json_body(&body)?;
    let id = app::service::create(&state.app, &scope, &b.input()).await?;
    Ok((StatusCode::CREATED, Json(app::service::get(&state.app, &scope, id).await?)).into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/services/{id}",
    tag = "services",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Service id")),
    responses(
        (status = 200, description = "The service", body = Service),
        (status = 404, description = "No such service in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn get_service(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Service>,
) -> Result<Json<Service>, ApiError> {
    Ok(Json(app::service::get(&state.app, &scope, id).await?))
}

/// Rewrites a service; deliveries made keep their price.
#[utoipa::path(
    put,
    path = "/api/v1/clusters/{cluster}/services/{id}",
    tag = "services",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Service id")),
    request_body = ServiceBody,
    responses(
        (status = 200, description = "Changed", body = Service),
        (status = 404, description = "No such service in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn update_service(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::Service>,
    body: Bytes,
) -> Result<Json<Service>, ApiError> {
    let b: ServiceBody = json_body(&body)?;
    app::service::update(&state.app, &scope, id, &b.input()).await?;
    Ok(Json(app::service::get(&state.app, &scope, id).await?))
}

/// Takes a service out of the catalogue: no new deliveries.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/services/{id}/archive",
    tag = "services",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Service id")),
    responses(
        (status = 200, description = "Archived", body = Service),
        (status = 404, description = "No such service in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn archive_service(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::Service>,
) -> Result<Json<Service>, ApiError> {
    app::service::archive(&state.app, &scope, id, true).await?;
    Ok(Json(app::service::get(&state.app, &scope, id).await?))
}

/// Puts an archived service back into the catalogue.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/services/{id}/restore",
    tag = "services",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Service id")),
    responses(
        (status = 200, description = "Back in the catalogue", body = Service),
        (status = 404, description = "No such service in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn restore_service(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::Service>,
) -> Result<Json<Service>, ApiError> {
    app::service::archive(&state.app, &scope, id, false).await?;
    Ok(Json(app::service::get(&state.app, &scope, id).await?))
}

/// A delivery as sent.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeliveryBody {
    pub organisation_id: Uuid,
    /// `2026-03-04`.
    pub delivered_on: Option<String>,
    /// Units; 1 when left out.
    pub quantity: Option<String>,
    /// 1 to 5.
    pub satisfaction: Option<String>,
    pub note: Option<String>,
}

async fn delivery(state: &AppState, scope: &app::ClusterScope, id: Uuid) -> Result<Delivery, ApiError> {
    let filter = app::service::DeliveryFilter { ids: Some(vec![id]), ..Default::default() };
    Ok(app::service::deliveries(&state.app, scope, &filter)
        .await?
        .into_iter()
        .next()
        .ok_or(app::Error::NotFound("delivery"))?)
}

/// Records a delivery of the service, at the member price if the organisation was a member on
/// the day.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/services/{id}/deliveries",
    tag = "services",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Service id")),
    request_body = DeliveryBody,
    responses(
        (status = 201, description = "Recorded", body = Delivery),
        (status = 400, description = "The service is archived", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such service or organisation in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn deliver(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Service>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: DeliveryBody = json_body(&body)?;
    let input = DeliveryInput {
        delivered_on: b.delivered_on,
        quantity: b.quantity,
        satisfaction: b.satisfaction,
        note: b.note,
    };
    let delivered = app::service::deliver(&state.app, &scope, id, b.organisation_id, &input, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(delivery(&state, &scope, delivered).await?)).into_response())
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DeliveryQuery {
    pub service: Option<Uuid>,
    pub organisation: Option<Uuid>,
    /// Delivered on or after.
    pub from: Option<NaiveDate>,
    /// Delivered before.
    pub until: Option<NaiveDate>,
    /// Only those on no invoice.
    #[serde(default)]
    pub not_invoiced: bool,
    /// For the export: csv (the default) or xlsx.
    #[param(value_type = Option<crate::params::TableFormat>, inline)]
    pub format: Option<String>,
}

impl DeliveryQuery {
    fn filter(&self) -> Result<app::service::DeliveryFilter, ApiError> {
        for (name, day) in [("from", self.from), ("until", self.until)] {
            if let Some(d) = day {
                domain::written::plausible_day(d)
                    .map_err(|m| ApiError(app::organisation::bad_parameter(name, m.to_string())))?;
            }
        }
        Ok(app::service::DeliveryFilter {
            service_id: self.service,
            organisation_id: self.organisation,
            from: self.from,
            until: self.until,
            not_invoiced: self.not_invoiced,
            ids: None,
        })
    }
}

/// The deliveries that match, the latest first.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/deliveries",
    tag = "services",
    params(("cluster" = String, Path, description = "Cluster slug"), DeliveryQuery),
    responses((status = 200, description = "The deliveries", body = Vec<Delivery>))
)]
async fn list_deliveries(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<DeliveryQuery>,
) -> Result<Json<Vec<Delivery>>, ApiError> {
    Ok(Json(app::service::deliveries(&state.app, &scope, &q.filter()?).await?))
}

/// The deliveries that match, as CSV or XLSX.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/deliveries/export",
    tag = "services",
    params(("cluster" = String, Path, description = "Cluster slug"), DeliveryQuery),
    responses(
        (status = 200, description = "The deliveries", content(
            (String = "text/csv"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        )),
        (status = 400, description = "An unknown format", body = Problem, content_type = "application/problem+json")
    )
)]
async fn export_deliveries(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<DeliveryQuery>,
) -> Result<Response, ApiError> {
    let table = app::service::deliveries_table(&state.app, &scope, &q.filter()?).await?;
    Ok(crate::exports::download(table, q.format.as_deref(), "deliveries").await?)
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FormatQuery {
    /// `csv` (the default) or `xlsx`.
    pub format: Option<String>,
}

/// The catalogue, archived services included, as CSV or XLSX.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/services/export",
    tag = "services",
    params(("cluster" = String, Path, description = "Cluster slug"), FormatQuery),
    responses(
        (status = 200, description = "The catalogue", content(
            (String = "text/csv"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        )),
        (status = 400, description = "An unknown format", body = Problem, content_type = "application/problem+json")
    )
)]
async fn export_catalogue(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, ApiError> {
    let table = app::service::catalogue_table(&state.app, &scope).await?;
    Ok(crate::exports::download(table, q.format.as_deref(), "services").await?)
}

/// The deliveries to put on one invoice.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvoiceDeliveriesBody {
    pub delivery_ids: Vec<Uuid>,
}

/// The draft invoice made.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct DraftMade {
    pub invoice_id: Uuid,
}

/// Puts deliveries of one organisation on one draft invoice, a line each; a delivery is never
/// invoiced twice (409 when one is on an invoice already, or was put on one at the same moment).
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/deliveries/invoice",
    tag = "services",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = InvoiceDeliveriesBody,
    responses(
        (status = 201, description = "The draft invoice", body = DraftMade),
        (status = 400, description = "Deliveries of several organisations or tax rates", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such delivery in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A delivery is on an invoice already", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn invoice_deliveries(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: InvoiceDeliveriesBody = json_body(&body)?;
    let invoice_id = app::service::invoice(&state.app, &scope, &b.delivery_ids, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(DraftMade { invoice_id })).into_response())
}

/// What the organisation said of a delivery.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SatisfactionBody {
    /// 1 to 5; left out to clear it.
    pub satisfaction: Option<String>,
}

#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/deliveries/{id}/satisfaction",
    tag = "services",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Delivery id")),
    request_body = SatisfactionBody,
    responses(
        (status = 200, description = "Recorded", body = Delivery),
        (status = 404, description = "No such delivery in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json")
    )
)]
async fn rate_delivery(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Delivery>,
    body: Bytes,
) -> Result<Json<Delivery>, ApiError> {
    let b: SatisfactionBody = json_body(&body)?;
    app::service::rate(&state.app, &scope, id, b.satisfaction.as_deref()).await?;
    Ok(Json(delivery(&state, &scope, id).await?))
}

/// Deletes a delivery recorded by mistake (not one on an invoice).
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/deliveries/{id}/remove",
    tag = "services",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Delivery id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "The delivery is on an invoice", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such delivery in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn remove_delivery(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Delivery>,
) -> Result<StatusCode, ApiError> {
    app::service::remove_delivery(&state.app, &scope, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RevenueQuery {
    /// Delivered on or after.
    pub from: Option<NaiveDate>,
    /// Delivered before.
    pub until: Option<NaiveDate>,
}

/// What each service brought in each year.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/services/revenue",
    tag = "services",
    params(("cluster" = String, Path, description = "Cluster slug"), RevenueQuery),
    responses((status = 200, description = "Revenue per service and year", body = Vec<app::service::Revenue>))
)]
async fn revenue(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<RevenueQuery>,
) -> Result<Json<Vec<app::service::Revenue>>, ApiError> {
    for day in [q.from, q.until].into_iter().flatten() {
        domain::written::plausible_day(day).map_err(|m| ApiError(app::Error::BadRequest(m)))?;
    }
    Ok(Json(app::service::revenue(&state.app, &scope, q.from, q.until).await?))
}
