use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use domain::fee::{FeeRule, FeeRuleForm};
use domain::membership::{MembershipStatus, MembershipTypeInput};
use domain::organisation::OrganisationKind;
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
        .routes(routes!(list_types, create_type))
        .routes(routes!(get_type, update_type))
        .routes(routes!(simulate))
        .routes(routes!(list_memberships))
        .routes(routes!(get_membership))
        .routes(routes!(add_membership))
        .routes(routes!(change_membership))
        .routes(routes!(fee_invoice))
        .routes(routes!(renewal))
        .routes(routes!(figures))
}

/// A membership type as stored.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct MembershipTypeView {
    pub id: Uuid,
    pub name: String,
    /// The kinds that may hold it; empty for every kind.
    pub eligible_kinds: Vec<OrganisationKind>,
    pub voting_rights: bool,
    pub benefits: String,
    /// fixed (the cluster's year) or rolling (months from joining).
    pub period: String,
    /// For a fixed period: the day (`day/month`) from which joiners start in the next period.
    pub rollover: Option<String>,
    /// For a rolling period: its length in months.
    pub months: Option<u32>,
    pub fee_rule: FeeRule,
    pub pro_rata: bool,
    /// The tax on its fee invoices, in basis points (2100 = 21 %).
    pub tax_rate_basis_points: i64,
    pub archived: bool,
}

fn type_view(t: domain::membership::MembershipType) -> MembershipTypeView {
    use domain::period::PeriodRule;
    let f = t.fields;
    let (period, rollover, months) = match f.period {
        PeriodRule::Fixed { rollover, .. } => ("fixed", rollover.map(|(m, d)| format!("{d}/{m}")), None),
        PeriodRule::Rolling { months } => ("rolling", None, Some(months)),
    };
    MembershipTypeView {
        id: t.id,
        name: f.name,
        eligible_kinds: f.eligible_kinds,
        voting_rights: f.voting_rights,
        benefits: f.benefits,
        period: period.into(),
        rollover,
        months,
        fee_rule: f.fee_rule,
        pro_rata: f.pro_rata,
        tax_rate_basis_points: f.tax_rate_basis_points,
        archived: t.archived_at.is_some(),
    }
}

fn parse_type(
    scope: &app::ClusterScope,
    input: &MembershipTypeInput,
) -> Result<domain::membership::MembershipTypeFields, ApiError> {
    Ok(input
        .parse(scope.cluster().base_currency, scope.cluster().fiscal_year_start_month as u32)
        .map_err(app::Error::from)?)
}

/// The cluster's membership types.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/membership-types",
    tag = "memberships",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "By name", body = Vec<MembershipTypeView>))
)]
async fn list_types(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<MembershipTypeView>>, ApiError> {
    Ok(Json(app::membership::types(&state.app, &scope).await?.into_iter().map(type_view).collect()))
}

/// Creates a membership type (cluster managers). Values are given as people type them: amounts
/// like `1.250,50`, percentages like `21`, bands one a line as `LIMIT: FEE`.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/membership-types",
    tag = "memberships",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = MembershipTypeInput,
    responses(
        (status = 201, description = "Created", body = MembershipTypeView),
        (status = 422, description = "Invalid fields, each named", body = Problem, content_type = "application/problem+json")
    )
)]
async fn create_type(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let input: MembershipTypeInput = json_body(&body)?;
    let id = app::membership::create_type(&state.app, &scope, &parse_type(&scope, &input)?).await?;
    let created = app::membership::get_type(&state.app, &scope, id).await?;
    Ok((StatusCode::CREATED, Json(type_view(created))).into_response())
}

/// One membership type.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/membership-types/{id}",
    tag = "memberships",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Membership type id")),
    responses(
        (status = 200, description = "The type", body = MembershipTypeView),
        (status = 404, description = "No such type in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn get_type(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::MembershipType>,
) -> Result<Json<MembershipTypeView>, ApiError> {
    Ok(Json(type_view(app::membership::get_type(&state.app, &scope, id).await?)))
}

/// Replaces a membership type's fields (cluster managers). Invoices issued keep their amounts.
#[utoipa::path(
    put,
    path = "/api/v1/clusters/{cluster}/membership-types/{id}",
    tag = "memberships",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Membership type id")),
    request_body = MembershipTypeInput,
    responses(
        (status = 200, description = "Saved", body = MembershipTypeView),
        (status = 404, description = "No such type in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields, each named", body = Problem, content_type = "application/problem+json")
    )
)]
async fn update_type(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::MembershipType>,
    body: Bytes,
) -> Result<Json<MembershipTypeView>, ApiError> {
    app::membership::get_type(&state.app, &scope, id).await?;
    let input: MembershipTypeInput = json_body(&body)?;
    app::membership::update_type(&state.app, &scope, id, &parse_type(&scope, &input)?).await?;
    Ok(Json(type_view(app::membership::get_type(&state.app, &scope, id).await?)))
}

/// Tries another fee rule on the type's current members: each one's fee now and under the rule,
/// and the fee income of every type. Nothing is saved.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/membership-types/{id}/simulation",
    tag = "memberships",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Membership type id")),
    request_body = FeeRuleForm,
    responses(
        (status = 200, description = "The projection", body = app::membership::Simulation),
        (status = 404, description = "No such type in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The rule is not valid", body = Problem, content_type = "application/problem+json")
    )
)]
async fn simulate(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::MembershipType>,
    body: Bytes,
) -> Result<Json<app::membership::Simulation>, ApiError> {
    app::membership::get_type(&state.app, &scope, id).await?;
    let form: FeeRuleForm = json_body(&body)?;
    let rule = form.parse(scope.cluster().base_currency).map_err(app::Error::from)?;
    Ok(Json(app::membership::simulate(&state.app, &scope, id, &rule).await?))
}

/// A membership with its status today and why.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct MembershipView {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub organisation: String,
    pub type_id: Uuid,
    pub type_name: String,
    pub status: MembershipStatus,
    /// Why the status is what it is: "active; 2026 fee invoice 2026-0042 unpaid, 34 days overdue".
    pub reason: String,
    pub applied_on: NaiveDate,
    pub starts_on: Option<NaiveDate>,
    pub suspended_on: Option<NaiveDate>,
    pub terminated_on: Option<NaiveDate>,
}

fn membership_view(item: app::membership::MemberItem) -> MembershipView {
    let m = item.membership;
    MembershipView {
        id: m.id,
        organisation_id: m.organisation_id,
        organisation: item.organisation,
        type_id: m.type_id,
        type_name: item.type_name,
        status: item.standing.status,
        reason: item.standing.reason(domain::written::DateStyle::Iso),
        applied_on: m.applied_on,
        starts_on: m.starts_on,
        suspended_on: m.suspended_on,
        terminated_on: m.terminated_on,
    }
}

async fn membership_of(state: &AppState, scope: &app::ClusterScope, id: Uuid) -> Result<MembershipView, app::Error> {
    let m = app::membership::get(&state.app, scope, id).await?;
    let organisation = app::organisation::get(&state.app, scope, m.organisation_id).await?;
    let views = app::membership::of_organisation(&state.app, scope, m.organisation_id).await?;
    let view = views.into_iter().find(|v| v.membership.id == id).ok_or(app::Error::NotFound("membership"))?;
    Ok(membership_view(app::membership::MemberItem {
        membership: view.membership,
        organisation: organisation.fields.name,
        type_name: view.type_name,
        standing: view.standing,
    }))
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatusQuery {
    /// Only memberships in this status: applied, active, active_fee_unpaid, suspended, lapsed or
    /// terminated.
    #[param(value_type = Option<domain::membership::MembershipStatus>, inline)]
    pub status: Option<String>,
}

/// The cluster's memberships (those that ended more than a year ago left out), with their status.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/memberships",
    tag = "memberships",
    params(("cluster" = String, Path, description = "Cluster slug"), StatusQuery),
    responses((status = 200, description = "By organisation name", body = Vec<MembershipView>))
)]
async fn list_memberships(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<StatusQuery>,
) -> Result<Json<Vec<MembershipView>>, ApiError> {
    let wanted = match q.status.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => Some(MembershipStatus::parse(s).ok_or_else(|| {
            app::Error::BadRequest(i18n::said_with("invalid-web-parameter-status", &[("value", s.to_string())]))
        })?),
    };
    let all = app::membership::members(&state.app, &scope).await?;
    Ok(Json(all.into_iter().filter(|m| wanted.is_none_or(|s| m.standing.status == s)).map(membership_view).collect()))
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct HistoryLine {
    pub change: String,
    pub changed_by: String,
    pub changed_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct MembershipDetail {
    #[serde(flatten)]
    pub membership: MembershipView,
    /// Every change, oldest first.
    pub history: Vec<HistoryLine>,
}

/// One membership with its status and the history of its changes.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/memberships/{id}",
    tag = "memberships",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Membership id")),
    responses(
        (status = 200, description = "The membership", body = MembershipDetail),
        (status = 404, description = "No such membership in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn get_membership(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Membership>,
) -> Result<Json<MembershipDetail>, ApiError> {
    let membership = membership_of(&state, &scope, id).await?;
    let history = app::membership::history(&state.app, &scope, id)
        .await?
        .into_iter()
        .map(|h| HistoryLine { change: h.change, changed_by: h.changed_by, changed_at: h.changed_at })
        .collect();
    Ok(Json(MembershipDetail { membership, history }))
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMembershipBody {
    pub type_id: Uuid,
    /// Today when left out.
    pub applied_on: Option<NaiveDate>,
    /// The day it was accepted from; left out while the application waits.
    pub starts_on: Option<NaiveDate>,
}

/// Records that an organisation applied for a membership (accepted from `starts_on`, if given).
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/organisations/{id}/memberships",
    tag = "memberships",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Organisation id")),
    request_body = NewMembershipBody,
    responses(
        (status = 201, description = "Recorded", body = MembershipView),
        (status = 400, description = "The type is not open to the organisation, or it holds a membership already", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such organisation or type in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn add_membership(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Organisation>,
    body: Bytes,
) -> Result<Response, ApiError> {
    app::organisation::get(&state.app, &scope, id).await?;
    let b: NewMembershipBody = json_body(&body)?;
    let applied_on = b.applied_on.unwrap_or_else(|| state.app.today(&scope));
    let m = app::membership::add(&state.app, &scope, id, b.type_id, applied_on, b.starts_on, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(membership_of(&state, &scope, m).await?)).into_response())
}

#[derive(Debug, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FeeInvoiceBody {
    /// A day of the period to invoice; the membership's current period (or its first, when it
    /// joined after the rollover day) when left out.
    pub period_day: Option<NaiveDate>,
    /// Only say what the invoice would be; false (the default) issues it.
    pub dry_run: Option<bool>,
}

/// Issues the fee invoice of one period of a membership (a new member's first fee, say), priced
/// and prorated as the renewal run would and linked to the membership, so that no run bills the
/// period again. A period already invoiced, or with no fee due, is answered with the reason and
/// nothing is issued.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/memberships/{id}/fee-invoice",
    tag = "memberships",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Membership id")),
    request_body = FeeInvoiceBody,
    responses(
        (status = 201, description = "Issued: the invoice's id and number", body = app::membership::FeeInvoice),
        (status = 200, description = "A dry run, or no invoice and why (action skip)", body = app::membership::FeeInvoice),
        (status = 404, description = "No such membership in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn fee_invoice(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Membership>,
    body: Bytes,
) -> Result<Response, ApiError> {
    app::membership::get(&state.app, &scope, id).await?;
    let b: FeeInvoiceBody = if body.is_empty() { FeeInvoiceBody::default() } else { json_body(&body)? };
    let dry_run = b.dry_run.unwrap_or(false);
    let fee = app::membership::invoice_fee(&state.app, &scope, id, b.period_day, actor.email(), dry_run).await?;
    let status = if fee.invoice_id.is_some() { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(fee)).into_response())
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeBody {
    /// accept, suspend, reinstate or terminate.
    pub change: String,
    /// The day it takes effect (not for reinstate); today when left out.
    pub day: Option<NaiveDate>,
}

/// Accepts, suspends, reinstates or terminates a membership; the change joins its history.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/memberships/{id}/changes",
    tag = "memberships",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Membership id")),
    request_body = ChangeBody,
    responses(
        (status = 200, description = "Changed", body = MembershipView),
        (status = 400, description = "The change does not fit the membership", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such membership in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn change_membership(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Membership>,
    body: Bytes,
) -> Result<Json<MembershipView>, ApiError> {
    use domain::membership::MembershipChange;
    app::membership::get(&state.app, &scope, id).await?;
    let b: ChangeBody = json_body(&body)?;
    let day = b.day.unwrap_or_else(|| state.app.today(&scope));
    let change = match b.change.as_str() {
        "accept" => MembershipChange::Accept(day),
        "suspend" => MembershipChange::Suspend(day),
        "reinstate" => MembershipChange::Reinstate,
        "terminate" => MembershipChange::Terminate(day),
        other => {
            return Err(app::Error::BadRequest(i18n::said_with(
                "invalid-web-membership-change",
                &[("value", other.to_string())],
            ))
            .into());
        }
    };
    app::membership::change(&state.app, &scope, id, change, actor.email()).await?;
    Ok(Json(membership_of(&state, &scope, id).await?))
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RenewalBody {
    /// The year the period starts in, such as 2026.
    pub period: i32,
    /// Only say who would be invoiced, how much and why (the default); false issues the invoices.
    #[serde(default = "super::dry_run_by_default")]
    pub dry_run: bool,
}

/// The renewal run of a period: a preview by default; with `dry_run: false` it issues the fee
/// invoices in one transaction (cluster managers). Running it again issues nothing twice.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/renewals",
    tag = "memberships",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = RenewalBody,
    responses(
        (status = 200, description = "What the run does or did, membership by membership", body = app::membership::Renewal),
        (status = 403, description = "Issuing needs the cluster-manager role", body = Problem, content_type = "application/problem+json")
    )
)]
async fn renewal(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Read>,
    body: Bytes,
) -> Result<Json<app::membership::Renewal>, ApiError> {
    let b: RenewalBody = json_body(&body)?;
    if !(2000..=2100).contains(&b.period) {
        return Err(app::Error::BadRequest(i18n::said_with(
            "invalid-web-renewal-period",
            &[("period", b.period.to_string())],
        ))
        .into());
    }
    Ok(Json(app::membership::renew(&state.app, &scope, b.period, actor.email(), b.dry_run).await?))
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PeriodQuery {
    /// The year the cluster's year starts in, such as 2026; this year when left out.
    pub period: Option<String>,
}

/// The membership figures of a period: members by type, kind and size class; new, lost,
/// retention; fees billed, collected and outstanding; fee concentration.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/membership-figures",
    tag = "memberships",
    params(("cluster" = String, Path, description = "Cluster slug"), PeriodQuery),
    responses((status = 200, description = "The figures", body = app::membership::MembershipFigures))
)]
async fn figures(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<PeriodQuery>,
) -> Result<Json<app::membership::MembershipFigures>, ApiError> {
    let year = match q.period.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        None => chrono::Datelike::year(&state.app.today(&scope)),
        Some(p) => p.parse::<i32>().ok().filter(|y| (2000..=2100).contains(y)).ok_or_else(|| {
            app::Error::BadRequest(i18n::said_with("invalid-web-parameter-period-year", &[("value", p.to_string())]))
        })?,
    };
    Ok(Json(app::membership::figures(&state.app, &scope, year).await?))
}
