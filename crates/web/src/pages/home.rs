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
use crate::reader::{t, t_count};

pub fn router() -> Routes {
    Routes::new().route("/", &["GET"], get(home)).route("/clusters/{cluster}", &["GET"], get(cluster))
}

struct ClusterCard {
    slug: String,
    name: String,
    place: String,
    domains: String,
    role: String,
    /// What needs attention there, for a user of a few clusters (not for a network
    /// administrator, who holds them all).
    parts: Option<Vec<AttentionPart>>,
}

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
struct HomePage {
    layout: Layout,
    clusters: Vec<ClusterCard>,
    network_admin: bool,
    /// For a network administrator: every cluster at a glance.
    network: Vec<app::attention::ClusterGlance>,
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
    let layout = Layout::without_cluster(&user, t("workplace-your-clusters"), "home");
    let network_admin = user.actor.is_network_admin();
    let mut cards = Vec::with_capacity(clusters.len());
    for (c, role) in &clusters {
        let parts = if network_admin {
            None
        } else {
            let scope = app::auth::scope(&state.app, &user.actor, &c.slug, domain::access::Permission::Read).await?;
            Some(attention_parts(&c.slug, app::attention::today(&state.app, &scope, &user.actor).await?))
        };
        cards.push(ClusterCard {
            slug: c.slug.clone(),
            name: c.name.clone(),
            place: place(c),
            domains: c.domains.join(", "),
            role: super::role_label(*role),
            parts,
        });
    }
    let network = if network_admin { app::attention::network(&state.app, &user.actor).await? } else { Vec::new() };
    Ok(HomePage { layout, clusters: cards, network_admin, network }.into_response())
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
    /// The words under each figure, in the reader's language.
    organisations_text: String,
    contacts_text: String,
    members_text: String,
    overdue_text: String,
    parts: Vec<AttentionPart>,
}

async fn cluster(State(state): State<AppState>, access: PageScope<Read>) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "cluster", String::new()).await?;
    let (organisations, contacts) = app::organisation::counts(&state.app, &page.scope).await?;
    let members = app::membership::members(&state.app, &page.scope).await?;
    let overdue_only =
        app::invoice::InvoiceFilter { state: Some(domain::invoice::InvoiceState::Overdue), ..Default::default() };
    let overdue = app::invoice::list(&state.app, &page.scope, &overdue_only).await?;
    let attention = app::attention::today(&state.app, &page.scope, &page.user.actor).await?;
    let c = page.scope.cluster().clone();
    let parts = attention_parts(&c.slug, attention);
    let members = members.iter().filter(|m| m.standing.status.is_member()).count();
    let overdue_amount = crate::reader::money(domain::money::Money::new(
        overdue.iter().map(|i| i.invoice.outstanding_minor()).sum(),
        page.scope.cluster().base_currency,
    ));
    let overdue_text = format!(
        "{}, {}",
        t_count("workplace-stat-overdue-invoices", overdue.len() as i64),
        crate::reader::t1("workplace-stat-open", "amount", &overdue_amount)
    );
    let mut layout = page.layout;
    layout.title = c.name.clone();
    Ok(ClusterOverview {
        layout,
        slug: c.slug.clone(),
        place: place(&c),
        domains: c.domains.join(", "),
        currency: c.base_currency.code(),
        name: c.name,
        organisations_text: t_count("workplace-stat-organisations", organisations),
        contacts_text: t_count("workplace-stat-contacts", contacts),
        members_text: t_count("workplace-stat-members", members as i64),
        overdue_text,
        organisations,
        contacts,
        members,
        overdue: overdue.len(),
        parts,
    }
    .into_response())
}

/// What needs attention in one cluster, as the page shows it: each entry with the address where
/// it is dealt with, each kind with the address of all of them.
pub(crate) struct AttentionPart {
    label: String,
    total: usize,
    /// The link to all of them: "All 12".
    all_text: String,
    all_href: String,
    entries: Vec<AttentionEntry>,
}

pub(crate) struct AttentionEntry {
    title: String,
    detail: String,
    href: String,
    urgent: bool,
    mine: bool,
}

fn attention_parts(slug: &str, attention: app::attention::Attention) -> Vec<AttentionPart> {
    use app::attention::{Concern, Subject};
    let base = format!("/clusters/{slug}");
    let all = |concern: Concern| match concern {
        Concern::Tasks => "/tasks?view=open",
        Concern::Events | Concern::RegistrationRequests => "/events",
        Concern::Applications => "/members?status=applied",
        Concern::UnmatchedPayments => "/payments/unmatched",
        Concern::OverdueInvoices => "/invoices?state=overdue",
        Concern::MembersAtRisk => "/engagement?at_risk=1",
        Concern::Milestones => "/projects",
        Concern::ActionLines => "/action-plan",
    };
    let href = |subject: Subject| match subject {
        Subject::Task(_) => "/tasks?view=open".to_string(),
        Subject::Event(id) => format!("/events/{id}"),
        Subject::Organisation(id) => format!("/organisations/{id}"),
        Subject::Membership(id) => format!("/memberships/{id}"),
        Subject::Invoice(id) => format!("/invoices/{id}"),
        Subject::Payment(_) => "/payments/unmatched".to_string(),
        Subject::Project(id) => format!("/projects/{id}"),
        Subject::ActionPlan(year) => format!("/action-plan?period={year}"),
    };
    attention
        .parts
        .into_iter()
        .map(|part| AttentionPart {
            label: concern_label(part.concern),
            all_text: t_count("workplace-attention-all", part.total as i64),
            total: part.total,
            all_href: format!("{base}{}", all(part.concern)),
            entries: part
                .entries
                .into_iter()
                .map(|e| AttentionEntry {
                    href: format!("{base}{}", href(e.subject)),
                    title: e.title,
                    detail: e.detail,
                    urgent: e.urgent,
                    mine: e.mine,
                })
                .collect(),
        })
        .collect()
}

/// The heading of a kind of what needs attention, in the reader's language.
fn concern_label(concern: app::attention::Concern) -> String {
    use app::attention::Concern;
    match concern {
        Concern::Tasks => t("workplace-concern-tasks"),
        Concern::Events => t("workplace-concern-events"),
        Concern::Applications => t("workplace-concern-applications"),
        Concern::RegistrationRequests => t("workplace-concern-registration-requests"),
        Concern::UnmatchedPayments => t("workplace-concern-unmatched-payments"),
        Concern::OverdueInvoices => t("workplace-concern-overdue-invoices"),
        Concern::MembersAtRisk => t("workplace-concern-members-at-risk"),
        Concern::Milestones => t("workplace-concern-milestones"),
        Concern::ActionLines => t("workplace-concern-action-lines"),
    }
}
