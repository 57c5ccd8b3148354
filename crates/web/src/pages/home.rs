//! The start page (the user's clusters) and a cluster's overview.

use crate::pages::Routes;
use app::auth::Read;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

use super::{ClusterPage, Layout};
use crate::AppState;
use crate::auth::{PageScope, PageUser};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new().route("/", &["GET"], get(home)).route("/clusters/{cluster}", &["GET"], get(cluster))
}

struct ClusterCard {
    slug: String,
    name: String,
    place: String,
    domains: String,
    role: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
struct HomePage {
    layout: Layout,
    clusters: Vec<ClusterCard>,
    network_admin: bool,
}

fn place(c: &domain::cluster::Cluster) -> String {
    match (&c.region_name, &c.region_code) {
        (Some(name), Some(code)) => format!("{name} ({code}), {}", c.country),
        _ => c.country.clone(),
    }
}

async fn home(State(state): State<AppState>, user: PageUser) -> Result<Response, PageError> {
    let clusters = app::auth::clusters(&state.app, &user.actor).await?;
    if let [(only, _)] = clusters.as_slice() {
        return Ok(Redirect::to(&format!("/clusters/{}", only.slug)).into_response());
    }
    let layout = Layout::without_cluster(&user, "Your clusters", "home");
    let cards = clusters
        .iter()
        .map(|(c, role)| ClusterCard {
            slug: c.slug.clone(),
            name: c.name.clone(),
            place: place(c),
            domains: c.domains.join(", "),
            role: role.label().to_string(),
        })
        .collect();
    let network_admin = user.actor.is_network_admin();
    Ok(HomePage { layout, clusters: cards, network_admin }.into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "cluster.html")]
struct ClusterOverview {
    layout: Layout,
    slug: String,
    name: String,
    place: String,
    domains: String,
    currency: &'static str,
    organisations: i64,
    contacts: i64,
    members: usize,
    overdue: usize,
    overdue_amount: String,
}

async fn cluster(State(state): State<AppState>, access: PageScope<Read>) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "cluster", String::new()).await?;
    let (organisations, contacts) = app::organisation::counts(&state.app, &page.scope).await?;
    let members = app::membership::members(&state.app, &page.scope).await?;
    let overdue_only =
        app::invoice::InvoiceFilter { state: Some(domain::invoice::InvoiceState::Overdue), ..Default::default() };
    let overdue = app::invoice::list(&state.app, &page.scope, &overdue_only).await?;
    let c = page.scope.cluster().clone();
    let mut layout = page.layout;
    layout.title = c.name.clone();
    Ok(ClusterOverview {
        layout,
        slug: c.slug.clone(),
        place: place(&c),
        domains: c.domains.join(", "),
        currency: c.base_currency.code(),
        name: c.name,
        organisations,
        contacts,
        members: members.iter().filter(|m| m.standing.status.is_member()).count(),
        overdue: overdue.len(),
        overdue_amount: domain::money::Money::new(
            overdue.iter().map(|i| i.invoice.outstanding_minor()).sum(),
            page.scope.cluster().base_currency,
        )
        .to_string(),
    }
    .into_response())
}
