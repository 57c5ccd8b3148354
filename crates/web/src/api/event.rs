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
        .routes(routes!(engagement))
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
    pub member_price_minor: i64,
    pub non_member_price_minor: i64,
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
            .map_err(|_| app::Error::BadRequest(format!("parameter from: '{f}' is not a day such as 2026-01-01")))?,
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
    pub status: String,
    /// attended or no_show, once recorded.
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
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Event>,
) -> Result<Json<EventView>, ApiError> {
    app::event::cancel(&state.app, &scope, id).await?;
    Ok(Json(event_view(&scope, app::event::get(&state.app, &scope, id).await?)))
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
