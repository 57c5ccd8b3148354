//! The search page: one box for everything a cluster holds, its results grouped by kind, each a
//! link; the box in the top bar of every page of a cluster leads here.

use app::auth::Read;
use app::search::Kind;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::*;
use crate::AppState;
use crate::auth::{PageScope, urlencode};
use crate::error::PageError;
use crate::reader::{t, t_count, t1};

pub fn router() -> Routes {
    Routes::new().route("/clusters/{cluster}/search", &["GET"], get(search))
}

#[derive(Debug, Default, serde::Deserialize)]
struct SearchQuery {
    #[serde(default)]
    q: String,
}

struct FoundHit {
    title: String,
    detail: String,
    href: String,
}

struct FoundGroup {
    label: String,
    total: usize,
    /// The link to the kind's own list: "All 12 organisations that match".
    all_text: String,
    hits: Vec<FoundHit>,
    /// The kind's own list, filtered by the query, when more match than are listed.
    all_href: Option<String>,
}

#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "search.html")]
struct SearchPage {
    layout: Layout,
    action: String,
    q: String,
    message: String,
    groups: Vec<FoundGroup>,
}

fn record_href(slug: &str, kind: Kind, id: domain::id::Uuid) -> String {
    let path = match kind {
        Kind::Organisations => "organisations",
        Kind::Contacts => "contacts",
        Kind::Invoices => "invoices",
        Kind::Events => "events",
        Kind::Projects => "projects",
    };
    format!("/clusters/{slug}/{path}/{id}")
}

/// The list of the kind that searches by the query itself, if there is one.
fn list_href(slug: &str, kind: Kind, q: &str) -> Option<String> {
    let list = match kind {
        Kind::Organisations => "organisations",
        Kind::Contacts => "contacts",
        Kind::Invoices => "invoices",
        Kind::Events | Kind::Projects => return None,
    };
    Some(format!("/clusters/{slug}/{list}?q={}", urlencode(q)))
}

/// A kind of record as the results name it: "Organisations".
fn kind_label(kind: Kind) -> String {
    match kind {
        Kind::Organisations => t("nav-organisations"),
        Kind::Contacts => t("nav-contacts"),
        Kind::Invoices => t("nav-invoices"),
        Kind::Events => t("nav-events"),
        Kind::Projects => t("nav-projects"),
    }
}

/// The link to all `total` records of a kind that match: "All 12 organisations that match".
fn all_that_match(kind: Kind, total: usize) -> String {
    let total = total as i64;
    match kind {
        Kind::Organisations => t_count("workplace-search-all-organisations", total),
        Kind::Contacts => t_count("workplace-search-all-contacts", total),
        Kind::Invoices => t_count("workplace-search-all-invoices", total),
        Kind::Events => t_count("workplace-search-all-events", total),
        Kind::Projects => t_count("workplace-search-all-projects", total),
    }
}

async fn search(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Query(query): Query<SearchQuery>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "search", t("search")).await?;
    let found = app::search::everything(&state.app, &page.scope, &query.q, page.user.actor.date_style()).await?;
    let slug = page.slug().to_string();
    let q = query.q.trim().to_string();
    let message = if domain::text::fold(&q).chars().count() < app::search::SHORTEST {
        if q.is_empty() { String::new() } else { t_count("workplace-search-too-short", app::search::SHORTEST as i64) }
    } else if found.is_empty() {
        t1("workplace-search-nothing-matches", "query", &q)
    } else {
        String::new()
    };
    let groups = found
        .groups
        .into_iter()
        .map(|g| FoundGroup {
            label: kind_label(g.kind),
            all_text: all_that_match(g.kind, g.total),
            total: g.total,
            all_href: (g.total > g.hits.len()).then(|| list_href(&slug, g.kind, &q)).flatten(),
            hits: g
                .hits
                .into_iter()
                .map(|h| FoundHit { href: record_href(&slug, g.kind, h.id), title: h.title, detail: h.detail })
                .collect(),
        })
        .collect();
    let action = format!("/clusters/{slug}/search");
    Ok(SearchPage { layout: page.layout, action, q, message, groups }.into_response())
}
