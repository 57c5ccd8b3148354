use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::event::{AgendaItem, Attendance, EventFormat, EventInput, EventKind};
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
        .routes(routes!(list_events, create_event))
        .routes(routes!(get_event))
        .routes(routes!(cancel_event))
        .routes(routes!(set_attendance))
        .routes(routes!(cancel_registration))
        .routes(routes!(engagement))
        .routes(routes!(list_requests))
        .routes(routes!(accept_request))
        .routes(routes!(decline_request))
}

/// A registration a visitor sent from the event's public page, as typed.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct RequestView {
    pub id: Uuid,
    pub event_id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    /// The organisation's name as typed; nothing is matched to it.
    pub organisation: String,
    /// The optional box for news of future events was ticked.
    pub wants_news: bool,
    pub state: domain::event::RequestState,
    /// The registration it became, once confirmed or accepted.
    pub registration_id: Option<Uuid>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// The organisation of the cluster's contact who has this email, if any: what accepting it
    /// registers it under.
    pub known_organisation: Option<String>,
}

impl From<domain::event::RegistrationRequest> for RequestView {
    fn from(q: domain::event::RegistrationRequest) -> Self {
        RequestView {
            id: q.id,
            event_id: q.event_id,
            first_name: q.first_name,
            last_name: q.last_name,
            email: q.email,
            organisation: q.organisation,
            wants_news: q.wants_news,
            state: q.state,
            registration_id: q.registration_id,
            created_at: q.created_at,
            known_organisation: q.known_organisation,
        }
    }
}

/// The registrations visitors sent for an event, oldest first: those held for the team, those
/// waiting for the visitor's confirmation by mail, and what became of the others.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/events/{id}/registration-requests",
    tag = "events",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Event id")),
    responses(
        (status = 200, description = "Oldest first", body = Vec<RequestView>),
        (status = 404, description = "No such event in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn list_requests(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Event>,
) -> Result<Json<Vec<RequestView>>, ApiError> {
    let all = app::registration::requests(&state.app, &scope, id).await?;
    Ok(Json(all.into_iter().map(RequestView::from).collect()))
}

/// Accepts a held registration: the person is found among the cluster's contacts by the email
/// given (else created, with their organisation, for review), takes a seat while one is free
/// (else waits), a paid event is invoiced, and the confirmation is mailed.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/registration-requests/{id}/accept",
    tag = "events",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Request id")),
    responses(
        (status = 200, description = "Registered, or waiting for a seat", body = app::registration::RegistrationOutcome),
        (status = 400, description = "Not held for the team (decided, or waiting for the visitor), or the event closed", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn accept_request(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::RegistrationRequest>,
) -> Result<Json<app::registration::RegistrationOutcome>, ApiError> {
    let base = state.config.public_url.clone();
    let mut outcome = app::registration::accept(&state.app, &scope, id, &base, actor.email()).await?;
    // The personal link's secret belongs to the person, who has it by mail.
    outcome.token = None;
    Ok(Json(outcome))
}

/// Declines a held registration: nothing is registered; the visitor is told by mail.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/registration-requests/{id}/decline",
    tag = "events",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Request id")),
    responses(
        (status = 204, description = "Declined"),
        (status = 400, description = "Not held for the team", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn decline_request(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::RegistrationRequest>,
) -> Result<StatusCode, ApiError> {
    app::registration::decline(&state.app, &scope, id, actor.email()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An event with its seats. Prices are in minor units of the cluster's currency; times are the
/// cluster's local time with its UTC offset (RFC 3339).
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct EventView {
    pub id: Uuid,
    pub title: String,
    pub kind: EventKind,
    pub format: EventFormat,
    pub place: Option<String>,
    pub link: Option<String>,
    pub capacity: Option<i64>,
    /// Before tax.
    pub member_price_minor: i64,
    pub non_member_price_minor: i64,
    /// The tax rate of the registrations' invoices; 2100 is 21 %.
    pub tax_rate_basis_points: i64,
    pub starts_at: chrono::DateTime<chrono::FixedOffset>,
    pub ends_at: chrono::DateTime<chrono::FixedOffset>,
    pub description: String,
    pub agenda: Vec<AgendaItem>,
    pub series_id: Option<Uuid>,
    pub working_group_id: Option<Uuid>,
    pub cancelled: bool,
    pub registered: i64,
    pub waitlisted: i64,
    /// The page where visitors register.
    pub public_path: String,
}

fn event_view(scope: &app::ClusterScope, e: domain::event::Event) -> EventView {
    let f = e.fields;
    EventView {
        public_path: app::event::public_path(scope, e.id),
        id: e.id,
        title: f.title,
        kind: f.kind,
        format: f.format,
        place: f.place,
        link: f.link,
        capacity: f.capacity,
        member_price_minor: f.member_price,
        non_member_price_minor: f.non_member_price,
        tax_rate_basis_points: f.tax_rate_basis_points,
        starts_at: domain::time_zone::with_offset(app::App::zone(scope), f.starts_at),
        ends_at: domain::time_zone::with_offset(app::App::zone(scope), f.ends_at),
        description: f.description,
        agenda: f.agenda,
        series_id: e.series_id,
        working_group_id: e.working_group_id,
        cancelled: e.cancelled_at.is_some(),
        registered: e.registered,
        waitlisted: e.waitlisted,
    }
}

#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FromQuery {
    /// Events that end on or after this day (`2026-01-01`); today when left out.
    pub from: Option<String>,
}

/// The cluster's events that end on or after a day, by start.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/events",
    tag = "events",
    params(("cluster" = String, Path, description = "Cluster slug"), FromQuery),
    responses((status = 200, description = "By start", body = Vec<EventView>))
)]
async fn list_events(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<FromQuery>,
) -> Result<Json<Vec<EventView>>, ApiError> {
    let from = match q.from.as_deref().map(str::trim).filter(|f| !f.is_empty()) {
        None => state.app.today(&scope),
        Some(f) => chrono::NaiveDate::parse_from_str(f, "%Y-%m-%d")
            .ok()
            .and_then(|d| domain::written::plausible_day(d).ok())
            .ok_or_else(|| {
                app::Error::BadRequest(i18n::said_with("invalid-web-parameter-from", &[("value", f.to_string())]))
            })?,
    };
    let events = app::event::list(&state.app, &scope, from.and_time(chrono::NaiveTime::MIN)).await?;
    Ok(Json(events.into_iter().map(|e| event_view(&scope, e)).collect()))
}

/// Creates an event. Values are given as people type them (see the fields); the agenda is one item
/// a line, `09:30-10:15 Title | Speaker`.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/events",
    tag = "events",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = EventInput,
    responses(
        (status = 201, description = "Created", body = EventView),
        (status = 422, description = "Invalid fields, each named", body = Problem, content_type = "application/problem+json")
    )
)]
async fn create_event(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Path(_cluster): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let input: EventInput = json_body(&body)?;
    let fields = input.parse(scope.cluster().base_currency).map_err(app::Error::from)?;
    let id = app::event::create(&state.app, &scope, &fields, None).await?;
    let created = app::event::get(&state.app, &scope, id).await?;
    Ok((StatusCode::CREATED, Json(event_view(&scope, created))).into_response())
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct RegistrationView {
    pub id: Uuid,
    pub contact_id: Uuid,
    pub organisation_id: Uuid,
    pub name: String,
    pub organisation: String,
    /// registered, waitlisted or cancelled.
    #[schema(value_type = domain::event::RegistrationStatus)]
    pub status: String,
    /// attended or no_show, once recorded.
    #[schema(value_type = Option<domain::event::Attendance>)]
    pub attendance: Option<String>,
    /// Created by the registration: for the team to review.
    pub needs_review: bool,
    pub invoice_id: Option<Uuid>,
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct EventDetail {
    #[serde(flatten)]
    pub event: EventView,
    /// In the order they came, which is the waiting list's order.
    pub registrations: Vec<RegistrationView>,
}

/// One event with its registrations.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/events/{id}",
    tag = "events",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Event id")),
    responses(
        (status = 200, description = "The event", body = EventDetail),
        (status = 404, description = "No such event in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn get_event(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Event>,
) -> Result<Json<EventDetail>, ApiError> {
    let event = app::event::get(&state.app, &scope, id).await?;
    let registrations = app::event::registrations(&state.app, &scope, id)
        .await?
        .into_iter()
        .map(|r| RegistrationView {
            id: r.id,
            contact_id: r.contact_id,
            organisation_id: r.organisation_id,
            name: format!("{} {}", r.first_name, r.last_name),
            organisation: r.organisation,
            status: r.status.code().to_string(),
            attendance: r.attendance.map(|a| a.code().to_string()),
            needs_review: r.needs_review,
            invoice_id: r.invoice_id,
        })
        .collect();
    Ok(Json(EventDetail { event: event_view(&scope, event), registrations }))
}

/// Cancels an event: it stays, marked cancelled, and subscribed calendars learn of it.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/events/{id}/cancel",
    tag = "events",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Event id")),
    responses(
        (status = 200, description = "Cancelled", body = EventView),
        (status = 400, description = "Cancelled already", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such event in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn cancel_event(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Event>,
) -> Result<Json<EventView>, ApiError> {
    app::event::cancel(&state.app, &scope, id, actor.email()).await?;
    Ok(Json(event_view(&scope, app::event::get(&state.app, &scope, id).await?)))
}

/// Who moved up from the waiting list to the seat a cancellation freed.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct CancelledRegistration {
    pub registration_id: Uuid,
    /// The registrations that took the freed seat, in the waiting list's order.
    pub promoted: Vec<Uuid>,
}

/// The team cancels a registration: its invoice is credited in full with a credit note, and the
/// first who wait take the seat (invoiced and told), all in one transaction.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/registrations/{id}/cancel",
    tag = "events",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Registration id")),
    responses(
        (status = 200, description = "Cancelled", body = CancelledRegistration),
        (status = 400, description = "Cancelled already", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such registration in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn cancel_registration(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Registration>,
) -> Result<Json<CancelledRegistration>, ApiError> {
    let promoted = app::event::cancel_registration(&state.app, &scope, id, actor.email()).await?;
    Ok(Json(CancelledRegistration { registration_id: id, promoted }))
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AttendanceBody {
    /// attended or no_show; left out (or null) to clear it.
    pub attendance: Option<Attendance>,
}

/// Records whether a registered person came.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/registrations/{id}/attendance",
    tag = "events",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Registration id")),
    request_body = AttendanceBody,
    responses(
        (status = 204, description = "Recorded"),
        (status = 404, description = "No such registration in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn set_attendance(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Registration>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let b: AttendanceBody = json_body(&body)?;
    app::event::check_in(&state.app, &scope, id, b.attendance).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PeriodQuery {
    /// The year, such as 2026; this year when left out.
    pub period: Option<String>,
}

/// Engagement per organisation in a year: events attended, working groups, projects, and whether
/// that makes a member active under the cluster's rule.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/engagement",
    tag = "events",
    params(("cluster" = String, Path, description = "Cluster slug"), PeriodQuery),
    responses((status = 200, description = "By organisation name", body = Vec<app::engagement::Engagement>))
)]
async fn engagement(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<PeriodQuery>,
) -> Result<Json<Vec<app::engagement::Engagement>>, ApiError> {
    let year = crate::params::year_of(&q.period, state.app.today(&scope))?;
    Ok(Json(app::engagement::of_year(&state.app, &scope, year).await?))
}
