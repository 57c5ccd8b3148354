//! The JSON API at `/api/v1`, described by the OpenAPI document generated from these handlers.

pub mod account;
pub mod cluster;
pub mod contact;
pub mod duplicate;
pub mod economics;
pub mod event;
pub mod import;
pub mod indicator_set;
pub mod interaction;
pub mod invoice;
pub mod mail;
pub mod membership;
pub mod monitoring;
pub mod network;
pub mod organisation;
pub mod privacy;
pub mod project;
pub mod segment;
pub mod service;
pub mod strategy;
pub mod survey;
pub mod value_chain;

use axum::Json;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;

use crate::AppState;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "clusterdesk API",
        description = "The workspace of a business cluster's management team. Every cluster resource lives under \
                       /api/v1/clusters/{cluster}, where {cluster} is the cluster's slug. Authenticate with \
                       'Authorization: Bearer TOKEN' (make a token with 'clusterdesk token create --user EMAIL'). \
                       Errors are RFC 9457 problem documents. A cluster you hold no role in answers 404.",
        license(name = "AGPL-3.0-or-later")
    ),
    modifiers(&BearerAuth),
    security(("bearer" = [])),
    tags(
        (name = "account", description = "Your own API tokens"),
        (name = "clusters", description = "The clusters you may work in"),
        (name = "network", description = "The network's view of its clusters, for its administrators: indicators side by side and the rate table"),
        (name = "organisations", description = "Companies, universities, centres and public bodies of a cluster"),
        (name = "contacts", description = "People at the organisations"),
        (name = "imports", description = "Imports of CSV and XLSX files, recorded and revertable"),
        (name = "duplicates", description = "Likely duplicates and merges"),
        (name = "interactions", description = "Meetings, calls, emails, visits and interviews"),
        (name = "tasks", description = "Follow-up tasks"),
        (name = "privacy", description = "Consents, exports of a person's data, erasure"),
        (name = "segments", description = "Tags and saved organisation filters"),
        (name = "value chain", description = "The network's taxonomy, organisations' segments, offers and needs"),
        (name = "memberships", description = "Membership types and fee rules, memberships and their status, renewal runs, figures"),
        (name = "invoices", description = "Invoices, credit notes, payments, bank statements, reminders, accounting exports"),
        (name = "events", description = "Events with their agenda and registrations, attendance, engagement"),
        (name = "mail", description = "The sent log: mail queued in the outbox and whether it left"),
        (name = "strategy", description = "The strategy, its challenges and reviews, and the yearly action plan"),
        (name = "projects", description = "Project ideas, projects with their participants, money and milestones, the portfolio"),
        (name = "services", description = "The service catalogue, deliveries, their invoicing and revenue"),
        (name = "economics", description = "The structure's ledger and ratios per year, the public aid cap, reserves and the team"),
        (name = "surveys", description = "Questionnaires, campaigns sent to a segment by personal links, reminders, results and answers, and the company figures they bring"),
        (name = "monitoring", description = "The monitoring system: indicators built in and the cluster's own, the dashboard of a period, values with what stands behind them, values entered by hand, and targets")
    )
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("bearer", SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)));
    }
}

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(account::router())
        .merge(cluster::router())
        .merge(organisation::router())
        .merge(contact::router())
        .merge(import::router())
        .merge(duplicate::router())
        .merge(interaction::router())
        .merge(privacy::router())
        .merge(segment::router())
        .merge(value_chain::router())
        .merge(strategy::router())
        .merge(project::router())
        .merge(service::router())
        .merge(economics::router())
        .merge(survey::router())
        .merge(monitoring::router())
        .merge(indicator_set::router())
        .merge(network::router())
        .merge(membership::router())
        .merge(invoice::router())
        .merge(event::router())
        .merge(mail::router())
}

/// The OpenAPI document of the API.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut document = router().split_for_parts().1;
    declare_common_errors(&mut document);
    document
}

/// Declares, on every operation that does not say them itself, the errors any request may meet
/// before or around its handler, each as problem+json: a malformed parameter (400), no valid token
/// (401), another cluster's or an unknown record (404), a NUL character (422); and for writes, a
/// role that falls short (403), a value taken at the same moment (409), a body over the limits
/// (413) and invalid fields (422).
fn declare_common_errors(document: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
    let problem = |description: &str| {
        let content = ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem"))).build();
        RefOr::T(ResponseBuilder::new().description(description).content("application/problem+json", content).build())
    };
    let reads = [
        ("400", "A parameter is wrong"),
        ("401", "No valid token"),
        ("404", "No such cluster or record for you"),
        ("422", "A text holds a NUL character"),
    ];
    let writes = [
        ("403", "Your role may not do this"),
        ("409", "A value was taken at the same moment"),
        ("413", "The body is over the limits"),
        ("422", "Fields that could not be accepted"),
    ];
    for item in document.paths.paths.values_mut() {
        let read_only = [&mut item.get].into_iter().flatten();
        let writing = [&mut item.post, &mut item.put, &mut item.delete, &mut item.patch].into_iter().flatten();
        for operation in read_only {
            for (status, description) in reads {
                operation.responses.responses.entry(status.into()).or_insert_with(|| problem(description));
            }
        }
        for operation in writing {
            for (status, description) in reads.into_iter().chain(writes) {
                operation.responses.responses.entry(status.into()).or_insert_with(|| problem(description));
            }
        }
    }
}

pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(openapi())
}

/// Runs that change things are previews unless told otherwise.
pub(crate) fn dry_run_by_default() -> bool {
    true
}

/// A page of a list, with the total that matches in all pages.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ListPage<T> {
    pub items: Vec<T>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}
