//! Company figures in the pages: each organisation's years on its page, and the figures page
//! where the team types a year's figures and reviews those a survey brought that differ from
//! what was known.

use app::auth::{Edit, Read};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use domain::figures::{CompanyFigures, FiguresInput};
use domain::money::Money;
use uuid::Uuid;

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageId, PageScope, resource};
use crate::error::PageError;
use crate::params::parse_id;

pub fn router() -> Routes {
    Routes::new().route("/clusters/{cluster}/company-figures", &["GET", "POST"], get(figures_page).post(enter)).route(
        "/clusters/{cluster}/figure-reviews/{id}/{decision}",
        &["POST"],
        post(decide),
    )
}

fn cells(f: &CompanyFigures, currency: domain::money::Currency) -> Vec<Cell> {
    let count = |v: Option<i64>| Cell::text(v.map(|v| v.to_string()).unwrap_or_else(|| "—".into())).class("num");
    let money = |v: Option<i64>| {
        Cell::text(v.map(|v| Money::new(v, currency).to_string()).unwrap_or_else(|| "—".into())).class("num")
    };
    vec![
        count(f.employees),
        money(f.turnover_minor),
        money(f.exports_minor).class("num optional"),
        money(f.rd_spending_minor).class("num optional"),
        count(f.new_products).class("num optional"),
        count(f.new_foreign_markets).class("num optional"),
        count(f.digital_maturity).class("num optional"),
    ]
}

const FIGURE_COLUMNS: [(&str, &str); 7] = [
    ("Employees", "num"),
    ("Turnover", "num"),
    ("Exports", "num optional"),
    ("R&D", "num optional"),
    ("New products", "num optional"),
    ("New markets", "num optional"),
    ("Digital (1–5)", "num optional"),
];

/// An organisation's figures by year, as a section of its page.
pub async fn section(state: &AppState, scope: &app::ClusterScope, organisation: Uuid) -> Result<Section, app::Error> {
    let slug = &scope.cluster().slug;
    let currency = scope.cluster().base_currency;
    let years = app::figures::of_organisation(&state.app, scope, organisation).await?;
    let mut columns = vec![("Year", "")];
    columns.extend(FIGURE_COLUMNS);
    columns.push(("Source", "optional"));
    let rows = years
        .iter()
        .rev()
        .map(|y| {
            let mut row = vec![Cell::text(y.year.to_string())];
            row.extend(cells(&y.figures, currency));
            row.push(Cell::text(y.source.label()).class("optional"));
            row
        })
        .collect();
    Ok(Section {
        title: "Company figures".into(),
        table: plain_table(&columns, rows),
        empty: "No figures yet: the company-performance survey brings them, or type them.".into(),
        actions: vec![link(
            "Type or review figures",
            format!("/clusters/{slug}/company-figures?organisation={organisation}"),
        )],
    })
}

#[derive(serde::Deserialize, Default)]
struct FiguresForm {
    organisation: Option<String>,
    year: Option<String>,
    #[serde(flatten)]
    input: FiguresInput,
}

fn figure_fields(
    form: &FiguresForm,
    organisations: &[(String, String)],
    errors: Option<&domain::Invalid>,
) -> Vec<FormField> {
    let i = &form.input;
    vec![
        FormField::text("organisation", "Organisation", None, errors)
            .select(options(
                "Choose",
                organisations.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                form.organisation.as_deref().filter(|o| !o.is_empty()),
            ))
            .required(),
        FormField::text("year", "Year", form.year.as_deref(), errors).input("number").required(),
        FormField::text("employees", "Employees", i.employees.as_deref(), errors),
        FormField::text("turnover", "Turnover", i.turnover.as_deref(), errors),
        FormField::text("exports", "Turnover from exports", i.exports.as_deref(), errors),
        FormField::text("rd_spending", "Spending on R&D", i.rd_spending.as_deref(), errors),
        FormField::text("new_products", "New products or services", i.new_products.as_deref(), errors),
        FormField::text("new_foreign_markets", "New foreign markets", i.new_foreign_markets.as_deref(), errors),
        FormField::text("digital_maturity", "Digital maturity", i.digital_maturity.as_deref(), errors)
            .hint("From 1 (paper and e-mail) to 5 (fully digital and data-driven)."),
    ]
}

async fn organisation_choices(
    state: &AppState,
    scope: &app::ClusterScope,
) -> Result<Vec<(String, String)>, app::Error> {
    let mut all = app::organisation::names(&state.app, scope).await?;
    all.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(all.into_iter().map(|(id, name)| (id.to_string(), name)).collect())
}

#[derive(serde::Deserialize)]
struct PageQuery {
    organisation: Option<String>,
}

async fn figures_page(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    axum::extract::Query(q): axum::extract::Query<PageQuery>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "surveys", "Company figures".into()).await?;
    let scope = page.scope.clone();
    let currency = scope.cluster().base_currency;
    let can_edit = page.can_edit();
    let pending = app::figures::pending(&state.app, &scope).await?;
    let mut report = ReportPage::new(page.layout, "Company figures");
    report.subheading =
        "Each organisation's yearly figures: typed by the team, or brought by the company-performance survey".into();
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.forms_last = true;
    report.actions = vec![link("Surveys", format!("/clusters/{slug}/surveys"))];
    // The decision first: the figures run wider than a phone.
    let mut columns = vec![("Organisation", ""), ("Year", ""), ("Source", "")];
    if can_edit {
        columns.extend([("", ""), ("", "")]);
    }
    columns.extend(FIGURE_COLUMNS);
    let mut rows = Vec::new();
    for p in &pending {
        let review = &p.review;
        let href = format!("/clusters/{slug}/organisations/{}", review.organisation_id);
        let mut known =
            vec![Cell::link(&p.organisation, href), Cell::text(review.year.to_string()), Cell::text("known")];
        if can_edit {
            known.extend([Cell::text(""), Cell::text("")]);
        }
        known.extend(cells(&p.known, currency));
        rows.push(known);
        let mut proposed = vec![
            Cell::text(""),
            Cell::text(""),
            Cell::text(format!("answered (differs in {})", p.differences.join(", "))).class("status-problem"),
        ];
        if can_edit {
            let base = format!("/clusters/{slug}/figure-reviews/{}", review.id);
            proposed.push(Cell::button("Take the answers", format!("{base}/accept")));
            proposed.push(Cell::button("Keep what is known", format!("{base}/reject")));
        }
        proposed.extend(cells(&review.proposed, currency));
        rows.push(proposed);
    }
    report.sections.push(Section {
        title: format!("To review ({})", pending.len()),
        table: plain_table(&columns, rows),
        empty: "Nothing to review: the answers agree with what is known.".into(),
        actions: Vec::new(),
    });
    if can_edit {
        let organisations = organisation_choices(&state, &scope).await?;
        let form = FiguresForm { organisation: q.organisation, ..Default::default() };
        report.forms.push(PostForm::post(
            "Type a year's figures",
            format!("/clusters/{slug}/company-figures"),
            "Save",
            figure_fields(&form, &organisations, None),
        ));
    }
    Ok(report.into_response())
}

async fn enter(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<FiguresForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "surveys", "Company figures".into()).await?;
    let organisation = match form.organisation.as_deref().filter(|o| !o.is_empty()) {
        Some(o) => parse_id(o, "organisation")?,
        None => {
            let e = domain::Invalid::one("organisation", "choose an organisation");
            let organisations = organisation_choices(&state, &page.scope).await?;
            let href = format!("/clusters/{slug}/company-figures");
            let fields = figure_fields(&form, &organisations, Some(&e));
            return Ok(edit_page(page.layout, "Type a year's figures".into(), href.clone(), href, fields, Some(&e)));
        }
    };
    let saved = app::figures::enter(
        &state.app,
        &page.scope,
        organisation,
        form.year.as_deref(),
        &form.input,
        page.user.actor.email(),
    )
    .await;
    let organisations = organisation_choices(&state, &page.scope).await?;
    let back = format!("/clusters/{slug}/organisations/{organisation}");
    let href = format!("/clusters/{slug}/company-figures");
    saved_or_form(&headers, saved, &back, "The figures are saved.", |e| {
        edit_page(
            page.layout,
            "Type a year's figures".into(),
            href.clone(),
            href.clone(),
            figure_fields(&form, &organisations, Some(e)),
            Some(e),
        )
    })
}

async fn decide(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _, decision)): Path<(String, String, String)>,
    PageId(id, _): PageId<resource::FigureReview>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let accept = match decision.as_str() {
        "accept" => true,
        "reject" => false,
        _ => return Err(app::Error::NotFound("page").into()),
    };
    let done = app::figures::decide(&state.app, &scope, id, accept, user.actor.email())
        .await
        .map(|()| if accept { "The answers are the figures now." } else { "The known figures stay." }.to_string());
    after_action(&headers, &format!("/clusters/{slug}/company-figures"), done)
}
