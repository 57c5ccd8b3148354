//! The duplicates page: the scan's pairs and a merge for each.

use app::auth::{Edit, Read};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use domain::id::Uuid;

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, PageScope};
use crate::error::PageError;
use crate::reader;

pub fn router() -> Routes {
    Routes::new().route("/clusters/{cluster}/duplicates", &["GET"], get(list)).route(
        "/clusters/{cluster}/duplicates/merge",
        &["POST"],
        axum::routing::post(merge),
    )
}

struct PairView {
    target: &'static str,
    score: u8,
    a_id: String,
    a_label: String,
    a_detail: String,
    a_href: String,
    b_id: String,
    b_label: String,
    b_detail: String,
    b_href: String,
    reasons: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "duplicates.html")]
struct DuplicatesPage {
    layout: Layout,
    pairs: Vec<PairView>,
    can_edit: bool,
    merge_href: String,
    notice: Option<String>,
}

async fn list(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "duplicates", reader::t("duplicates-heading")).await?;
    let found = app::duplicate::scan(&state.app, &page.scope).await?;
    let pairs = found
        .into_iter()
        .map(|c| {
            let href = |id| format!("/clusters/{slug}/{}/{id}", c.target);
            PairView {
                target: c.target,
                score: c.score,
                a_href: href(c.a.id),
                b_href: href(c.b.id),
                a_id: c.a.id.to_string(),
                a_label: c.a.label,
                a_detail: c.a.detail,
                b_id: c.b.id.to_string(),
                b_label: c.b.label,
                b_detail: c.b.detail,
                reasons: c.reasons.join("; "),
            }
        })
        .collect();
    let can_edit = page.can_edit();
    Ok(DuplicatesPage {
        pairs,
        can_edit,
        merge_href: format!("/clusters/{slug}/duplicates/merge"),
        notice: flash.notice,
        layout: page.layout,
    }
    .into_response())
}

/// Asks which of the two organisations' memberships stays before they are merged.
async fn choose_membership(
    state: &AppState,
    access: PageScope<Edit>,
    slug: &str,
    survivor: Uuid,
    merged: Uuid,
    why: &domain::Invalid,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(state, access, "duplicates", reader::t("duplicates-merge")).await?;
    let scope = &page.scope;
    let mut choices = Vec::new();
    for organisation in [survivor, merged] {
        let name = app::organisation::get(&state.app, scope, organisation).await?.fields.name;
        for m in app::membership::of_organisation(&state.app, scope, organisation).await? {
            if m.membership.terminated_on.is_none() {
                let label = format!("{name}: {} ({})", m.type_name, reader::label(m.standing.status));
                choices.push((m.membership.id.to_string(), label));
            }
        }
    }
    let mut report = ReportPage::new(page.layout, reader::t("duplicates-which-membership"));
    report.subheading = why.message_for("keep_membership").unwrap_or_default().to_string();
    report.forms.push(
        PostForm::post(
            reader::t("duplicates-keep-one-membership"),
            format!("/clusters/{slug}/duplicates/merge"),
            reader::t("duplicates-merge"),
            vec![
                FormField::text("target", "", Some("organisations"), None).input("hidden"),
                FormField::text("survivor", "", Some(&survivor.to_string()), None).input("hidden"),
                FormField::text("merged", "", Some(&merged.to_string()), None).input("hidden"),
                FormField::text("keep_membership", &reader::t("duplicates-membership-that-stays"), None, None)
                    .required()
                    .select(options(&reader::t("choose"), choices.iter().map(|(v, l)| (v.as_str(), l.as_str())), None)),
            ],
        )
        .confirm(reader::t("duplicates-merge-confirm")),
    );
    Ok((StatusCode::CONFLICT, report).into_response())
}

/// Every field optional, so that the cluster is checked (and answers 404) before the form is.
#[derive(serde::Deserialize)]
struct MergeForm {
    target: Option<String>,
    survivor: Option<String>,
    merged: Option<String>,
    /// When both organisations hold a membership: the one to keep.
    keep_membership: Option<String>,
}

async fn merge(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<MergeForm>,
) -> Result<Response, PageError> {
    let (scope, by) = (access.scope.clone(), access.user.actor.email().to_string());
    let contacts = form.target.as_deref().and_then(domain::import::ImportTarget::parse)
        == Some(domain::import::ImportTarget::Contacts);
    let what = if contacts { "contact" } else { "organisation" };
    let survivor = parse_id(form.survivor.as_deref().unwrap_or_default(), what)?;
    let merged = parse_id(form.merged.as_deref().unwrap_or_default(), what)?;
    let name = if contacts {
        app::duplicate::merge_contacts(&state.app, &scope, survivor, merged, &by).await?;
        app::contact::get(&state.app, &scope, survivor).await?.fields.full_name()
    } else {
        let keep = form.keep_membership.as_deref().and_then(|k| Uuid::parse_str(k).ok());
        match app::duplicate::merge_organisations(&state.app, &scope, survivor, merged, keep, &by).await {
            Err(app::Error::Conflict(e)) if e.message_for("keep_membership").is_some() => {
                return choose_membership(&state, access, &slug, survivor, merged, &e).await;
            }
            done => done?,
        };
        app::organisation::get(&state.app, &scope, survivor).await?.fields.name
    };
    Ok(see_other_with(
        &headers,
        &format!("/clusters/{slug}/duplicates"),
        "notice",
        &reader::t1("duplicates-merged", "name", &name),
    ))
}
