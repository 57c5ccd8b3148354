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
use crate::reader::{self, t, t_count, t1};

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
        Cell::text(v.map(|v| crate::reader::money(Money::new(v, currency))).unwrap_or_else(|| "—".into())).class("num")
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

/// The figures' columns, in the reader's language.
fn figure_columns() -> [(String, &'static str); 7] {
    [
        (t("monitoring-figures-employees"), "num"),
        (t("monitoring-figures-turnover"), "num"),
        (t("monitoring-figures-exports"), "num optional"),
        (t("monitoring-figures-rd"), "num optional"),
        (t("monitoring-figures-new-products"), "num optional"),
        (t("monitoring-figures-new-markets"), "num optional"),
        (t("monitoring-figures-digital"), "num optional"),
    ]
}

/// An organisation's figures by year, as a section of its page.
pub async fn section(state: &AppState, scope: &app::ClusterScope, organisation: Uuid) -> Result<Section, app::Error> {
    let slug = &scope.cluster().slug;
    let currency = scope.cluster().base_currency;
    let years = app::figures::of_organisation(&state.app, scope, organisation).await?;
    let mut columns = vec![(t("economics-year"), "")];
    columns.extend(figure_columns());
    columns.push((t("monitoring-source"), "optional"));
    let rows = years
        .iter()
        .rev()
        .map(|y| {
            let mut row = vec![Cell::text(y.year.to_string())];
            row.extend(cells(&y.figures, currency));
            row.push(Cell::text(reader::label(y.source)).class("optional"));
            row
        })
        .collect();
    Ok(Section {
        title: t("monitoring-company-figures"),
        table: plain_table(&columns, rows),
        empty: t("monitoring-figures-none-yet"),
        actions: vec![link(
            t("monitoring-figures-type-or-review"),
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
        FormField::text("organisation", &t("organisation"), None, errors)
            .select(options(
                &t("monitoring-choose"),
                organisations.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                form.organisation.as_deref().filter(|o| !o.is_empty()),
            ))
            .required(),
        FormField::text("year", &t("economics-year"), form.year.as_deref(), errors).input("number").required(),
        FormField::text("employees", &t("monitoring-figures-employees"), i.employees.as_deref(), errors),
        FormField::text("turnover", &t("monitoring-figures-turnover"), i.turnover.as_deref(), errors),
        FormField::text("exports", &t("monitoring-figures-turnover-from-exports"), i.exports.as_deref(), errors),
        FormField::text("rd_spending", &t("monitoring-figures-rd-spending"), i.rd_spending.as_deref(), errors),
        FormField::text(
            "new_products",
            &t("monitoring-figures-new-products-or-services"),
            i.new_products.as_deref(),
            errors,
        ),
        FormField::text(
            "new_foreign_markets",
            &t("monitoring-figures-new-foreign-markets"),
            i.new_foreign_markets.as_deref(),
            errors,
        ),
        FormField::text(
            "digital_maturity",
            &t("monitoring-figures-digital-maturity"),
            i.digital_maturity.as_deref(),
            errors,
        )
        .hint(t("monitoring-figures-digital-maturity-hint")),
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
    let page = ClusterPage::open(&state, access, "surveys", t("monitoring-company-figures")).await?;
    let scope = page.scope.clone();
    let currency = scope.cluster().base_currency;
    let can_edit = page.can_edit();
    let pending = app::figures::pending(&state.app, &scope).await?;
    let mut report = ReportPage::new(page.layout, t("monitoring-company-figures"));
    report.subheading = t("monitoring-figures-subheading");
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.forms_last = true;
    report.actions = vec![link(t("nav-surveys"), format!("/clusters/{slug}/surveys"))];
    // The decision first: the figures run wider than a phone.
    let mut columns = vec![(t("organisation"), ""), (t("economics-year"), ""), (t("monitoring-source"), "")];
    if can_edit {
        columns.extend([(String::new(), ""), (String::new(), "")]);
    }
    columns.extend(figure_columns());
    let mut rows = Vec::new();
    for p in &pending {
        let review = &p.review;
        let href = format!("/clusters/{slug}/organisations/{}", review.organisation_id);
        let mut known = vec![
            Cell::link(&p.organisation, href),
            Cell::text(review.year.to_string()),
            Cell::text(t("monitoring-figures-known")),
        ];
        if can_edit {
            known.extend([Cell::text(""), Cell::text("")]);
        }
        known.extend(cells(&p.known, currency));
        rows.push(known);
        let mut proposed = vec![
            Cell::text(""),
            Cell::text(""),
            Cell::text(t1("monitoring-figures-answered-differs", "fields", p.differences.join(", ")))
                .class("status-problem"),
        ];
        if can_edit {
            let base = format!("/clusters/{slug}/figure-reviews/{}", review.id);
            proposed.push(Cell::button(t("monitoring-figures-take-answers"), format!("{base}/accept")));
            proposed.push(Cell::button(t("monitoring-figures-keep-known"), format!("{base}/reject")));
        }
        proposed.extend(cells(&review.proposed, currency));
        rows.push(proposed);
    }
    report.sections.push(Section {
        title: t_count("monitoring-figures-to-review", pending.len() as i64),
        table: plain_table(&columns, rows),
        empty: t("monitoring-figures-nothing-to-review"),
        actions: Vec::new(),
    });
    if can_edit {
        let organisations = organisation_choices(&state, &scope).await?;
        let form = FiguresForm { organisation: q.organisation, ..Default::default() };
        report.forms.push(PostForm::post(
            t("monitoring-figures-type-year"),
            format!("/clusters/{slug}/company-figures"),
            t("monitoring-save"),
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
    let page = ClusterPage::open(&state, access, "surveys", t("monitoring-company-figures")).await?;
    let organisation = match form.organisation.as_deref().filter(|o| !o.is_empty()) {
        Some(o) => parse_id(o, "organisation")?,
        None => {
            let e = domain::Invalid::one("organisation", t("monitoring-figures-choose-organisation"));
            let organisations = organisation_choices(&state, &page.scope).await?;
            let href = format!("/clusters/{slug}/company-figures");
            let fields = figure_fields(&form, &organisations, Some(&e));
            return Ok(edit_page(page.layout, t("monitoring-figures-type-year"), href.clone(), href, fields, Some(&e)));
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
    saved_or_form(&headers, saved, &back, &t("monitoring-figures-saved"), |e| {
        edit_page(
            page.layout,
            t("monitoring-figures-type-year"),
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
        .map(|()| if accept { t("monitoring-figures-accepted") } else { t("monitoring-figures-rejected") });
    after_action(&headers, &format!("/clusters/{slug}/company-figures"), done)
}
