//! Economics pages: a year of the structure's money (its ratios, the public aid cap, income by
//! stream and costs by kind, budget against actual, and the lines entered), and the team.

use crate::reader::{self, t, t_args, t_count, t1, t2};
use app::auth::{Manage, Read};
use app::economics::EconomicYear;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use chrono::Datelike;
use domain::economics::{
    Basis, CostKind, EntryInput, EntryLine, IncomeStream, Origin, StaffInput, StaffRole, YearLedger,
};
use domain::money::Money;

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageId, PageScope, resource};
use crate::error::PageError;
use crate::params::parse_id;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/economics", &["GET", "POST"], get(economics).post(add_entry))
        .route("/clusters/{cluster}/economics/reserves", &["POST"], post(set_reserves))
        .route("/clusters/{cluster}/economics/export", &["GET"], get(export))
        .route("/clusters/{cluster}/ledger-entries/{id}/remove", &["POST"], post(remove_entry))
        .route("/clusters/{cluster}/team", &["GET", "POST"], get(team).post(add_staff))
        .route("/clusters/{cluster}/staff/{id}/edit", &["GET", "POST"], get(edit_staff).post(update_staff))
        .route("/clusters/{cluster}/staff/{id}/remove", &["POST"], post(remove_staff))
        .route("/clusters/{cluster}/economics/scenarios", &["GET", "POST"], get(scenarios).post(save_scenario))
        .route("/clusters/{cluster}/scenarios/{id}/remove", &["POST"], post(remove_scenario))
}

/// The message `key` in the reader's language with `numbers` (read by its plural forms) and
/// `texts` as its arguments.
fn t_numbers(key: &str, numbers: &[(&str, i64)], texts: &[(&str, String)]) -> String {
    let mut args: Vec<(&str, i18n::FluentValue<'_>)> =
        numbers.iter().map(|(name, n)| (*name, i18n::FluentValue::from(*n))).collect();
    args.extend(texts.iter().map(|(name, text)| (*name, i18n::FluentValue::from(text.as_str()))));
    i18n::text_with(reader::language(), key, &args)
}

/// How many years the trend table shows, the year asked for last.
const TREND_YEARS: i32 = 5;

/// The economics pages' links; the import only for a role that may import ledger lines
/// (`can_import`: a cluster manager).
fn links(slug: &str, year: i32, can_import: bool) -> Vec<Action> {
    let years = format!("from={}&until={year}", year - TREND_YEARS + 1);
    let import =
        can_import.then(|| link(t("economics-import-ledger"), format!("/clusters/{slug}/import?target=ledger")));
    [
        link(t("nav-economics"), format!("/clusters/{slug}/economics?period={year}")),
        link(t("economics-team"), format!("/clusters/{slug}/team")),
        link(t("economics-scenarios"), format!("/clusters/{slug}/economics/scenarios")),
    ]
    .into_iter()
    .chain(import)
    .chain([
        link(t("economics-ledger-csv"), format!("/clusters/{slug}/economics/export?kind=ledger&{years}")),
        link(t("economics-ledger-xlsx"), format!("/clusters/{slug}/economics/export?kind=ledger&format=xlsx&{years}")),
        link(t("economics-ratios-csv"), format!("/clusters/{slug}/economics/export?kind=ratios&{years}")),
        link(t("economics-ratios-xlsx"), format!("/clusters/{slug}/economics/export?kind=ratios&format=xlsx&{years}")),
    ])
    .collect()
}

#[derive(serde::Deserialize)]
struct YearQuery {
    period: Option<String>,
}

fn origins_of(ledger: &YearLedger, stream: IncomeStream) -> Vec<Origin> {
    let mut origins: Vec<Origin> = ledger.income.iter().filter(|l| l.stream == stream).map(|l| l.origin).collect();
    origins.dedup();
    origins
}

async fn economics(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<YearQuery>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "economics", t("nav-economics")).await?;
    let scope = page.scope.clone();
    let currency = scope.cluster().base_currency;
    let money = |minor: i64| crate::reader::money(Money::new(minor, currency));
    let year = q.period.as_deref().and_then(|p| domain::strategy::parse_year(p).ok()).unwrap_or(page.today.year());
    let years = app::economics::years(&state.app, &scope, year - TREND_YEARS + 1, year).await?;
    let Some(this) = years.last() else { return Err(app::Error::NotFound("year").into()) };
    let can_manage = scope.role().allows(domain::access::Permission::Manage);
    let mut report = ReportPage::new(page.layout, t1("economics-heading", "year", year));
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.forms_last = true;
    report.subheading = t("economics-subheading");
    report.actions = links(&slug, year, scope.role().allows(domain::access::Permission::Manage));
    let cap_warnings: Vec<String> = [(Basis::Actual, &this.actual_aid_cap), (Basis::Budget, &this.budget_aid_cap)]
        .iter()
        .filter(|(_, cap)| cap.over)
        .map(|(basis, cap)| {
            t_args(
                "economics-aid-cap-warning",
                &[
                    ("basis", reader::label(*basis)),
                    ("share", cap.share_basis_points.map_or_else(|| t("economics-all"), domain::written::percent_text)),
                    ("public", money(cap.public_minor)),
                    ("eligible", money(cap.eligible_minor)),
                    ("cap", domain::written::percent_text(cap.cap_basis_points)),
                ],
            )
        })
        .chain(this.counted_twice.iter().cloned())
        .collect();
    if !cap_warnings.is_empty() {
        report.problem = Some(match report.problem.take() {
            Some(p) => format!("{p} {}", cap_warnings.join(" ")),
            None => cap_warnings.join(" "),
        });
    }
    report.facts = vec![
        Fact::new(t("economics-income-actual"), Some(money(this.actual.total_income()))),
        Fact::new(t("economics-structure-costs-actual"), Some(money(this.actual.structure_costs()))),
        Fact::new(t("economics-project-costs-actual"), Some(money(this.actual.project_costs()))),
        Fact::new(t("economics-reserves-at-year-end"), this.actual.reserves_minor.map(money)),
    ];
    // Without a budget line the budget holds only the team's costs: its ratios would mislead.
    let budgeted = this.entries.iter().any(|e| e.fields.basis == Basis::Budget);
    let ratio_rows = this
        .actual_ratios
        .iter()
        .zip(&this.budget_ratios)
        .map(|(actual, budget)| {
            let off_goal = actual.code == "fixed_cost_coverage" && actual.value.is_some_and(|v| v < 10_000);
            let words = reader::ratio(actual);
            vec![
                Cell::text(&words.name),
                Cell::text(if budgeted { budget.value_text() } else { t("economics-no-budget") }).class("num"),
                Cell::text(actual.value_text()).class(if off_goal { "num status-warning" } else { "num" }),
                Cell::text(format!("{} / {}", money(actual.numerator_minor), money(actual.denominator_minor)))
                    .class("num optional"),
                Cell::text(match &words.goal {
                    Some(goal) => t2("economics-definition-goal", "definition", &words.formula, "goal", goal),
                    None => words.formula.clone(),
                })
                .class("optional"),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: t("economics-ratios"),
        table: plain_table(
            &[
                (t("economics-ratio"), ""),
                (t("economics-budget"), "num"),
                (t("economics-actual"), "num"),
                (t("economics-actual-figures"), "num optional"),
                (t("economics-definition"), "optional"),
            ],
            ratio_rows,
        ),
        empty: String::new(),
        actions: Vec::new(),
    });
    let income_rows = IncomeStream::ALL
        .iter()
        .map(|stream| {
            let origins: Vec<String> = origins_of(&this.actual, *stream).into_iter().map(reader::label).collect();
            vec![
                Cell::text(reader::label(*stream)),
                Cell::text(money(this.budget.stream(*stream))).class("num"),
                Cell::text(money(this.actual.stream(*stream))).class("num"),
                Cell::text(money(this.actual.income_of(|l| l.stream == *stream && l.public))).class("num optional"),
                Cell::text(origins.join(", ")).class("optional"),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: t("economics-income"),
        table: plain_table(
            &[
                (t("economics-stream"), ""),
                (t("economics-budget"), "num"),
                (t("economics-actual"), "num"),
                (t("economics-of-it-public"), "num optional"),
                (t("economics-from"), "optional"),
            ],
            income_rows,
        ),
        empty: String::new(),
        actions: Vec::new(),
    });
    let cost_of = |ledger: &YearLedger, kind: CostKind| {
        ledger.costs.iter().filter(|c| c.kind == kind).map(|c| c.amount_minor).fold(0i64, i64::saturating_add)
    };
    let cost_rows = CostKind::ALL
        .iter()
        .map(|kind| {
            vec![
                Cell::text(reader::label(*kind)),
                Cell::text(if kind.is_structure() { t("economics-of-structure") } else { t("economics-of-projects") })
                    .class("optional"),
                Cell::text(money(cost_of(&this.budget, *kind))).class("num"),
                Cell::text(money(cost_of(&this.actual, *kind))).class("num"),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: t("economics-costs"),
        table: plain_table(
            &[
                (t("economics-kind"), ""),
                (t("economics-of"), "optional"),
                (t("economics-budget"), "num"),
                (t("economics-actual"), "num"),
            ],
            cost_rows,
        ),
        empty: String::new(),
        actions: Vec::new(),
    });
    report.sections.push(trend_section(&years, &money));
    report.charts = charts(&years, currency);
    let entry_rows = this
        .entries
        .iter()
        .map(|e| {
            let f = &e.fields;
            let what = match f.line {
                EntryLine::Income { stream, public, recurring } => format!(
                    "{} ({}, {})",
                    reader::label(stream),
                    if public { t("economics-public") } else { t("economics-private") },
                    if recurring { t("economics-recurring-lower") } else { t("economics-one-off") }
                ),
                EntryLine::Cost { kind, .. } => reader::label(kind),
            };
            let worth = match (f.hours, f.hourly_rate_minor) {
                (Some(h), Some(r)) => t2("economics-hours-worth", "hours", h, "rate", money(r)),
                _ => String::new(),
            };
            vec![
                Cell::text(reader::label(f.basis)),
                Cell::text(what),
                Cell::text(money(f.amount_minor)).class("num"),
                Cell::text(format!("{} {worth}", f.description).trim().to_string()).class("optional"),
                if can_manage {
                    Cell::button(t("monitoring-remove"), format!("/clusters/{slug}/ledger-entries/{}/remove", e.id))
                        .confirm(t2(
                            "economics-remove-line-confirm",
                            "amount",
                            money(f.amount_minor),
                            "basis",
                            reader::label(f.basis),
                        ))
                } else {
                    Cell::text("")
                },
            ]
        })
        .collect();
    report.sections.push(Section {
        title: t("economics-lines-entered"),
        table: plain_table(
            &[
                (t("economics-basis"), ""),
                (t("economics-what"), ""),
                (t("economics-amount"), "num"),
                (t("monitoring-note"), "optional"),
                (String::new(), ""),
            ],
            entry_rows,
        ),
        empty: t("economics-no-lines-entered"),
        actions: Vec::new(),
    });
    report.forms.push(year_form(format!("/clusters/{slug}/economics"), year, t("monitoring-show")));
    if can_manage {
        let projects = app::project::list(&state.app, &scope).await?;
        let project_options: Vec<(String, String)> =
            projects.iter().map(|p| (p.project.id.to_string(), p.project.fields.title.clone())).collect();
        report.forms.push(PostForm::post(
            t("economics-enter-a-line"),
            format!("/clusters/{slug}/economics?period={year}"),
            t("economics-enter"),
            entry_fields(year, &project_options),
        ));
        report.forms.push(PostForm::post(
            t("economics-reserves-at-year-end-form"),
            format!("/clusters/{slug}/economics/reserves"),
            t("monitoring-save"),
            vec![
                FormField::text("year", &t("economics-year"), Some(&year.to_string()), None).input("number").required(),
                FormField::text("reserves", &t("economics-reserves"), None, None)
                    .required()
                    .hint(t("economics-reserves-hint")),
            ],
        ));
    }
    Ok(report.into_response())
}

/// The years side by side: income, structure costs and the ratios that tell the trend.
fn trend_section(years: &[EconomicYear], money: &dyn Fn(i64) -> String) -> Section {
    let ratio = |y: &EconomicYear, code: &str| {
        y.actual_ratios.iter().find(|r| r.code == code).map(|r| r.value_text()).unwrap_or_default()
    };
    let rows = years
        .iter()
        .map(|y| {
            vec![
                Cell::text(y.year.to_string()),
                Cell::text(money(y.actual.total_income())).class("num"),
                Cell::text(money(y.actual.structure_costs())).class("num"),
                Cell::text(ratio(y, "fixed_cost_coverage")).class("num"),
                Cell::text(ratio(y, "private_share")).class("num optional"),
                Cell::text(ratio(y, "public_dependency")).class("num optional"),
                Cell::text(if y.actual_aid_cap.over { t("economics-above-the-cap") } else { String::new() })
                    .class("status-problem"),
            ]
        })
        .collect();
    Section {
        title: t_count("economics-years-actual", i64::from(TREND_YEARS)),
        table: plain_table(
            &[
                (t("economics-year"), ""),
                (t("economics-income"), "num"),
                (t("economics-structure-costs"), "num"),
                (t("economics-fixed-cost-coverage"), "num"),
                (t("economics-private-share"), "num optional"),
                (t("economics-public-dependency"), "num optional"),
                (t("economics-public-aid"), ""),
            ],
            rows,
        ),
        empty: String::new(),
        actions: Vec::new(),
    }
}

fn entry_fields(year: i32, projects: &[(String, String)]) -> Vec<FormField> {
    let (yes, no) = (t("economics-yes"), t("economics-no"));
    let yes_no = || options(&t("economics-as-usual-for-stream"), [("yes", yes.as_str()), ("no", no.as_str())], None);
    let budget = reader::label(Basis::Budget);
    let streams: Vec<(&str, String)> = IncomeStream::ALL.iter().map(|s| (s.code(), reader::label(*s))).collect();
    let kinds: Vec<(&str, String)> = CostKind::ALL.iter().map(|k| (k.code(), reader::label(*k))).collect();
    vec![
        FormField::text("year", &t("economics-year"), Some(&year.to_string()), None).input("number").required(),
        FormField::text("basis", &t("economics-basis"), None, None).select(options(
            &reader::label(Basis::Actual),
            [("budget", budget.as_str())],
            None,
        )),
        FormField::text("stream", &t("economics-income-stream"), None, None)
            .select(options(&t("economics-not-income"), streams.iter().map(|(c, l)| (*c, l.as_str())), None))
            .hint(t("economics-income-stream-hint")),
        FormField::text("cost_kind", &t("economics-or-cost-kind"), None, None).select(options(
            &t("economics-not-a-cost"),
            kinds.iter().map(|(c, l)| (*c, l.as_str())),
            None,
        )),
        FormField::text("project_id", &t("economics-project-for-cost"), None, None).select(options(
            &t("economics-none"),
            projects.iter().map(|(a, b)| (a.as_str(), b.as_str())),
            None,
        )),
        FormField::text("amount", &t("economics-amount"), None, None),
        FormField::text("hours", &t("economics-hours-in-kind"), None, None)
            .input("number")
            .hint(t("economics-hours-in-kind-hint")),
        FormField::text("hourly_rate", &t("economics-hourly-rate"), None, None),
        FormField::text("public", &t("economics-public-money"), None, None).select(yes_no()),
        FormField::text("recurring", &t("economics-recurring"), None, None).select(yes_no()),
        FormField::text("description", &t("monitoring-note"), None, None),
    ]
}

#[derive(serde::Deserialize)]
struct EntryForm {
    #[serde(flatten)]
    input: EntryInput,
    project_id: Option<String>,
}

fn optional_id(raw: &Option<String>, what: &'static str) -> Result<Option<uuid::Uuid>, PageError> {
    Ok(raw.as_deref().filter(|s| !s.is_empty()).map(|s| parse_id(s, what)).transpose()?)
}

async fn add_entry(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<EntryForm>,
) -> Result<Response, PageError> {
    let project = optional_id(&form.project_id, "project")?;
    let year = back_to_year(form.input.year.as_deref());
    let done = app::economics::add_entry(&state.app, &scope, &form.input, project, user.actor.email())
        .await
        .map(|_| t("economics-line-entered"));
    after_action(&headers, &format!("/clusters/{slug}/economics{year}"), done)
}

/// The query that shows the year a form named, when it named one that is a year.
fn back_to_year(raw: Option<&str>) -> String {
    raw.and_then(|y| domain::strategy::parse_year(y).ok()).map(|y| format!("?period={y}")).unwrap_or_default()
}

#[derive(serde::Deserialize)]
struct ReservesForm {
    year: Option<String>,
    reserves: Option<String>,
}

async fn set_reserves(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<ReservesForm>,
) -> Result<Response, PageError> {
    let done = app::economics::set_reserves(
        &state.app,
        &scope,
        form.year.as_deref(),
        form.reserves.as_deref(),
        user.actor.email(),
    )
    .await
    .map(|()| t("economics-reserves-recorded"));
    let year = back_to_year(form.year.as_deref());
    after_action(&headers, &format!("/clusters/{slug}/economics{year}"), done)
}

async fn remove_entry(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::LedgerEntry>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let done = app::economics::remove_entry(&state.app, &scope, id).await.map(|()| t("monitoring-sets-line-removed"));
    let back = back_within(&headers, &format!("/clusters/{slug}/economics"), format!("/clusters/{slug}/economics"));
    after_action(&headers, &back, done)
}

#[derive(serde::Deserialize)]
struct ExportQuery {
    kind: Option<String>,
    format: Option<String>,
    from: Option<i32>,
    until: Option<i32>,
}

async fn export(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Query(q): Query<ExportQuery>,
) -> Result<Response, PageError> {
    let until = q.until.unwrap_or_else(|| state.app.today(&scope).year());
    let from = q.from.unwrap_or(until - TREND_YEARS + 1);
    let (table, name) = match q.kind.as_deref() {
        Some("ratios") => (app::economics::ratios_table(&state.app, &scope, from, until).await?, "ratios"),
        _ => (app::economics::ledger_table(&state.app, &scope, from, until).await?, "ledger"),
    };
    Ok(crate::exports::download(table, q.format.as_deref(), name).await?)
}

async fn team(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "economics", t("economics-team")).await?;
    let scope = page.scope.clone();
    let currency = scope.cluster().base_currency;
    let money = |minor: i64| crate::reader::money(Money::new(minor, currency));
    let today = page.today;
    let view = app::economics::team(&state.app, &scope).await?;
    let staff = &view.staff;
    let projects = app::project::list(&state.app, &scope).await?;
    let can_manage = scope.role().allows(domain::access::Permission::Manage);
    let work = view.workload;
    let per = |h: Option<i64>| h.map(domain::economics::hundredths_text);
    let mut report = ReportPage::new(page.layout, t("economics-team"));
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.forms_last = true;
    report.subheading = t("economics-team-subheading");
    report.actions = links(&slug, today.year(), scope.role().allows(domain::access::Permission::Manage));
    let on_team = staff.iter().filter(|s| s.fields.on_team(today)).count();
    report.facts = vec![
        Fact::new(
            t("economics-organisation-model"),
            Some(view.model.map_or_else(|| t("economics-no-team-recorded"), reader::label)),
        ),
        Fact::new(
            t("economics-team-today"),
            Some(t_numbers(
                "economics-team-today-value",
                &[("count", on_team as i64)],
                &[("fte", domain::economics::fte_text(work.fte_hundredths))],
            )),
        ),
        Fact::new(
            t("economics-staff-cost-this-year"),
            Some(money(staff.iter().map(|s| s.fields.cost_in(today.year())).fold(0, i64::saturating_add))),
        ),
        Fact::new(
            t("economics-members-per-fte"),
            per(work.members_per_fte())
                .map(|p| t_numbers("economics-members-per-fte-value", &[("count", work.members)], &[("ratio", p)])),
        ),
        Fact::new(
            t("economics-projects-per-manager"),
            per(work.projects_per_manager()).map(|p| {
                t_numbers(
                    "economics-projects-per-manager-value",
                    &[("running", work.running_projects), ("managers", work.project_managers)],
                    &[("ratio", p)],
                )
            }),
        ),
        Fact::new(
            t("economics-events-per-fte"),
            per(work.events_per_fte())
                .map(|p| t_numbers("economics-events-per-fte-value", &[("count", work.events)], &[("ratio", p)])),
        ),
    ];
    if !view.advice.is_empty() {
        let advice = t1(
            "economics-team-no-longer-fits",
            "advice",
            view.advice.iter().map(|a| a.says.clone()).collect::<Vec<_>>().join("; "),
        );
        report.problem = Some(match report.problem.take() {
            Some(p) => format!("{p} {advice}"),
            None => advice,
        });
    }
    let project_title = |id: Option<uuid::Uuid>| {
        id.and_then(|id| projects.iter().find(|p| p.project.id == id)).map(|p| p.project.fields.title.clone())
    };
    let rows =
        staff
            .iter()
            .map(|s| {
                let f = &s.fields;
                let name = if can_manage {
                    Cell::link(&f.name, format!("/clusters/{slug}/staff/{}/edit", s.id))
                } else {
                    Cell::text(&f.name)
                };
                vec![
                    name,
                    Cell::text(reader::label(f.role)),
                    Cell::text(domain::economics::fte_text(f.fte_hundredths)).class("num"),
                    Cell::text(money(f.yearly_cost_minor)).class("num optional"),
                    Cell::text(format!("{} – {}", reader::day(f.starts_on), reader::day_or(f.ends_on, "")))
                        .class("optional"),
                    Cell::text(project_title(f.project_id).unwrap_or_else(|| t("economics-the-structure-lower")))
                        .class("optional"),
                    Cell::text(&f.qualifications).class("optional"),
                    if can_manage {
                        Cell::button(t("monitoring-remove"), format!("/clusters/{slug}/staff/{}/remove", s.id))
                            .confirm(t1("economics-remove-person-confirm", "name", &f.name))
                    } else {
                        Cell::text("")
                    },
                ]
            })
            .collect();
    report.sections.push(Section {
        title: t("economics-people"),
        table: plain_table(
            &[
                (t("monitoring-name"), ""),
                (t("economics-role"), ""),
                (t("economics-fte"), "num"),
                (t("economics-yearly-cost"), "num optional"),
                (t("economics-on-the-team"), "optional"),
                (t("economics-cost-goes-to"), "optional"),
                (t("economics-qualifications"), "optional"),
                (String::new(), ""),
            ],
            rows,
        ),
        empty: t("economics-nobody-recorded"),
        actions: Vec::new(),
    });
    report.sections.push(Section {
        title: t("economics-advice"),
        table: plain_table(
            &[(t("economics-what"), ""), (t("economics-the-figures"), ""), (t("economics-rule"), "optional")],
            view.advice
                .iter()
                .map(|a| vec![Cell::text(&a.says), Cell::text(&a.figures), Cell::text(a.rule).class("optional")])
                .collect(),
        ),
        empty: t("economics-team-fits"),
        actions: Vec::new(),
    });
    report.sections.push(Section {
        title: t("economics-stability"),
        table: plain_table(
            &[
                (t("economics-year"), ""),
                (t("economics-people"), "num"),
                (t("economics-fte"), "num"),
                (t("economics-joined"), "num"),
                (t("economics-left"), "num"),
            ],
            view.stability
                .iter()
                .map(|y| {
                    vec![
                        Cell::text(y.year.to_string()),
                        Cell::text(y.people.to_string()).class("num"),
                        Cell::text(domain::economics::fte_text(y.fte_hundredths)).class("num"),
                        Cell::text(y.joined.to_string()).class("num"),
                        Cell::text(y.left.to_string()).class("num"),
                    ]
                })
                .collect(),
        ),
        empty: String::new(),
        actions: Vec::new(),
    });
    if can_manage {
        let project_options = project_choices(&projects);
        report.forms.push(PostForm::post(
            t("economics-add-someone"),
            format!("/clusters/{slug}/team"),
            t("monitoring-add"),
            staff_fields(&StaffForm::default(), &project_options, None),
        ));
    }
    Ok(report.into_response())
}

fn project_choices(projects: &[app::project::ProjectItem]) -> Vec<(String, String)> {
    projects.iter().map(|p| (p.project.id.to_string(), p.project.fields.title.clone())).collect()
}

#[derive(serde::Deserialize, Default)]
struct StaffForm {
    #[serde(flatten)]
    input: StaffInput,
    project_id: Option<String>,
}

fn staff_fields(form: &StaffForm, projects: &[(String, String)], errors: Option<&domain::Invalid>) -> Vec<FormField> {
    let i = &form.input;
    let roles: Vec<(&str, String)> = StaffRole::ALL.iter().map(|r| (r.code(), reader::label(*r))).collect();
    vec![
        FormField::text("name", &t("monitoring-name"), i.name.as_deref(), errors).required(),
        FormField::text("role", &t("economics-role"), None, errors)
            .select(options(
                &t("monitoring-choose"),
                roles.iter().map(|(c, l)| (*c, l.as_str())),
                i.role.as_deref().filter(|r| !r.is_empty()),
            ))
            .required(),
        FormField::text("fte", &t("economics-full-time-equivalent"), i.fte.as_deref(), errors)
            .hint(t("economics-fte-hint")),
        FormField::text("yearly_cost", &t("economics-yearly-cost"), i.yearly_cost.as_deref(), errors)
            .required()
            .hint(t("economics-yearly-cost-hint")),
        FormField::text("starts_on", &t("economics-on-the-team-from"), i.starts_on.as_deref(), errors)
            .input("date")
            .required(),
        FormField::text("ends_on", &t("economics-until"), i.ends_on.as_deref(), errors).input("date"),
        FormField::text("project_id", &t("economics-cost-goes-to"), None, errors).select(options(
            &t("economics-the-structure"),
            projects.iter().map(|(a, b)| (a.as_str(), b.as_str())),
            form.project_id.as_deref().filter(|p| !p.is_empty()),
        )),
        FormField::text("qualifications", &t("economics-qualifications"), i.qualifications.as_deref(), errors)
            .input("textarea"),
    ]
}

async fn add_staff(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<StaffForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "economics", t("economics-team")).await?;
    let project = optional_id(&form.project_id, "project")?;
    let saved = app::economics::add_staff(&state.app, &page.scope, &form.input, project).await.map(|_| ());
    let projects = project_choices(&app::project::list(&state.app, &page.scope).await?);
    let href = format!("/clusters/{slug}/team");
    saved_or_form(&headers, saved, &href, &t("economics-person-added"), |e| {
        edit_page(
            page.layout,
            t("economics-add-someone"),
            href.clone(),
            href.clone(),
            staff_fields(&form, &projects, Some(e)),
            Some(e),
        )
    })
}

async fn edit_staff(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::StaffMember>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "economics", t("economics-team")).await?;
    let person = app::economics::staff_member(&state.app, &page.scope, id).await?;
    let projects = project_choices(&app::project::list(&state.app, &page.scope).await?);
    let form = StaffForm {
        input: person.fields.to_input(page.scope.cluster().base_currency),
        project_id: person.fields.project_id.map(|p| p.to_string()),
    };
    let action = format!("/clusters/{slug}/staff/{id}/edit");
    let fields = staff_fields(&form, &projects, None);
    Ok(edit_page(page.layout, person.fields.name, action, format!("/clusters/{slug}/team"), fields, None))
}

async fn update_staff(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::StaffMember>,
    CsrfForm(form): CsrfForm<StaffForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "economics", t("economics-team")).await?;
    let person = app::economics::staff_member(&state.app, &page.scope, id).await?;
    let project = optional_id(&form.project_id, "project")?;
    let saved = app::economics::update_staff(&state.app, &page.scope, id, &form.input, project).await;
    let projects = project_choices(&app::project::list(&state.app, &page.scope).await?);
    let back = format!("/clusters/{slug}/team");
    saved_or_form(&headers, saved, &back, &t("economics-saved"), |e| {
        let action = format!("/clusters/{slug}/staff/{id}/edit");
        edit_page(
            page.layout,
            person.fields.name.clone(),
            action,
            back.clone(),
            staff_fields(&form, &projects, Some(e)),
            Some(e),
        )
    })
}

async fn remove_staff(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::StaffMember>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let done = app::economics::remove_staff(&state.app, &scope, id).await.map(|()| t("economics-removed"));
    after_action(&headers, &format!("/clusters/{slug}/team"), done)
}

/// A scenario as its form sends it: shares in percent (`-20`), amounts in the cluster's currency.
#[derive(serde::Deserialize, Default, Clone)]
struct ScenarioForm {
    name: Option<String>,
    public_support_change: Option<String>,
    fee_type: Option<String>,
    fee_change: Option<String>,
    new_members: Option<String>,
    new_service_revenue: Option<String>,
    extra_staff: Option<String>,
    extra_staff_cost: Option<String>,
    lose_largest_member: Option<String>,
}

fn signed_percent(raw: Option<&str>) -> Result<i64, String> {
    let Some(s) = raw.map(str::trim).filter(|s| !s.is_empty()) else { return Ok(0) };
    let (negative, rest) = match s.strip_prefix('-').or_else(|| s.strip_prefix('−')) {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let bp = domain::written::parse_percent(rest).map_err(|_| t1("economics-not-a-change", "value", s))?;
    Ok(if negative { -bp } else { bp })
}

fn whole(raw: Option<&str>) -> Result<i64, String> {
    let Some(s) = raw.map(str::trim).filter(|s| !s.is_empty()) else { return Ok(0) };
    s.parse::<i64>().map_err(|_| t1("economics-not-a-whole-number", "value", s))
}

impl ScenarioForm {
    fn assumptions(
        &self,
        currency: domain::money::Currency,
    ) -> Result<domain::economics::Assumptions, domain::Invalid> {
        let mut c = domain::validation::Collector::new();
        let amount = |raw: Option<&str>| match raw.map(str::trim).filter(|s| !s.is_empty()) {
            None => Ok(0),
            Some(s) => domain::written::parse_amount(s, currency),
        };
        let public = c.take("public_support_change", signed_percent(self.public_support_change.as_deref()));
        let fee = c.take("fee_change", signed_percent(self.fee_change.as_deref()));
        let no_type = self.fee_type.as_deref().is_none_or(str::is_empty);
        if no_type && fee.is_some_and(|f| f != 0) {
            c.push("fee_type", t("economics-choose-fee-type"));
        }
        let fee_type = c.take(
            "fee_type",
            self.fee_type
                .as_deref()
                .filter(|t| !t.is_empty())
                .map(|id| uuid::Uuid::parse_str(id).map_err(|_| t("economics-not-a-membership-type")))
                .transpose(),
        );
        let members = c.take("new_members", whole(self.new_members.as_deref()));
        let services = c.take("new_service_revenue", amount(self.new_service_revenue.as_deref()));
        let staff = c.take("extra_staff", whole(self.extra_staff.as_deref()));
        let staff_cost = c.take("extra_staff_cost", amount(self.extra_staff_cost.as_deref()));
        let a = c.finish(|| domain::economics::Assumptions {
            public_support_change_bp: public.expect("checked"),
            fee_changes: fee_type.expect("checked").map(|t| vec![(t, fee.expect("checked"))]).unwrap_or_default(),
            new_members: members.expect("checked"),
            new_service_revenue_minor: services.expect("checked"),
            extra_staff: staff.expect("checked"),
            extra_staff_cost_minor: staff_cost.expect("checked"),
            lose_largest_member: self
                .lose_largest_member
                .as_deref()
                .is_some_and(|v| ["yes", "on", "true"].contains(&v.trim().to_lowercase().as_str())),
        })?;
        a.check()?;
        Ok(a)
    }

    fn fields(&self, types: &[(String, String)], errors: Option<&domain::Invalid>) -> Vec<FormField> {
        vec![
            FormField::text(
                "public_support_change",
                &t("economics-public-support-change"),
                self.public_support_change.as_deref(),
                errors,
            )
            .hint(t("economics-public-support-change-hint")),
            FormField::text("fee_type", &t("economics-fees-of-type"), None, errors).select(options(
                &t("economics-no-fee-change"),
                types.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                self.fee_type.as_deref().filter(|id| !id.is_empty()),
            )),
            FormField::text("fee_change", &t("economics-fee-change"), self.fee_change.as_deref(), errors),
            FormField::text("new_members", &t("economics-new-members"), self.new_members.as_deref(), errors)
                .input("number"),
            FormField::text(
                "new_service_revenue",
                &t("economics-new-service-revenue"),
                self.new_service_revenue.as_deref(),
                errors,
            ),
            FormField::text("extra_staff", &t("economics-extra-staff"), self.extra_staff.as_deref(), errors)
                .input("number"),
            FormField::text(
                "extra_staff_cost",
                &t("economics-extra-staff-cost"),
                self.extra_staff_cost.as_deref(),
                errors,
            ),
            FormField::text(
                "lose_largest_member",
                &t("economics-lose-largest-member"),
                self.lose_largest_member.as_deref(),
                errors,
            )
            .input("checkbox"),
        ]
    }

    /// The query that shows the same scenario again.
    fn query(&self) -> String {
        serde_urlencoded::to_string([
            ("public_support_change", self.public_support_change.clone().unwrap_or_default()),
            ("fee_type", self.fee_type.clone().unwrap_or_default()),
            ("fee_change", self.fee_change.clone().unwrap_or_default()),
            ("new_members", self.new_members.clone().unwrap_or_default()),
            ("new_service_revenue", self.new_service_revenue.clone().unwrap_or_default()),
            ("extra_staff", self.extra_staff.clone().unwrap_or_default()),
            ("extra_staff_cost", self.extra_staff_cost.clone().unwrap_or_default()),
            ("lose_largest_member", self.lose_largest_member.clone().unwrap_or_default()),
        ])
        .unwrap_or_default()
    }
}

/// The break-even in words: "to reach a fixed-cost coverage of 1.00 you need 23 more members at
/// the average fee, or 41 000.00 EUR more service revenue".
fn break_even_text(b: &domain::economics::BreakEven, money: &dyn Fn(i64) -> String) -> String {
    if b.gap_minor <= 0 {
        return t1("economics-break-even-covered", "spare", money(-b.gap_minor));
    }
    match (b.members_needed, b.average_fee_minor) {
        (Some(n), Some(fee)) => t_numbers(
            "economics-break-even-members",
            &[("count", n)],
            &[("fee", money(fee)), ("services", money(b.services_needed_minor))],
        ),
        _ => t1("economics-break-even-income", "income", money(b.services_needed_minor)),
    }
}

fn ratio_text(ratios: &[domain::economics::Ratio], code: &str) -> String {
    ratios.iter().find(|r| r.code == code).map(|r| r.value_text()).unwrap_or_default()
}

async fn scenarios(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(form): Query<ScenarioForm>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "economics", t("economics-scenarios")).await?;
    let scope = page.scope.clone();
    let currency = scope.cluster().base_currency;
    let money = |minor: i64| crate::reader::money(Money::new(minor, currency));
    let types: Vec<(String, String)> = app::membership::types(&state.app, &scope)
        .await?
        .into_iter()
        .map(|t| (t.id.to_string(), t.fields.name))
        .collect();
    let can_manage = scope.role().allows(domain::access::Permission::Manage);
    let mut report = ReportPage::new(page.layout, t("economics-scenarios"));
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.forms_last = true;
    report.actions = links(&slug, page.today.year(), scope.role().allows(domain::access::Permission::Manage));
    let (assumptions, errors) = match form.assumptions(currency) {
        Ok(a) => (a, None),
        Err(e) => (domain::economics::Assumptions::default(), Some(e)),
    };
    if let Some(e) = &errors {
        report.problem = Some(t1("economics-scenario-problem", "problem", e));
    }
    let view = app::economics::try_scenario(&state.app, &scope, &assumptions).await?;
    if assumptions.new_members > 0 && view.base_break_even.average_fee_minor.is_none() {
        report.problem.get_or_insert(t1("economics-no-fee-invoiced", "year", view.base_year));
    }
    report.subheading = t_numbers(
        "economics-scenarios-subheading",
        &[("count", i64::from(domain::economics::SCENARIO_YEARS))],
        &[("year", view.base_year.to_string())],
    );
    report.facts = vec![
        Fact::new(
            t1("economics-break-even-in", "year", view.base_year),
            Some(break_even_text(&view.base_break_even, &money)),
        ),
        Fact::new(
            t1("economics-break-even-in", "year", view.years.last().map_or(view.base_year, |y| y.year)),
            Some(break_even_text(&view.break_even, &money)),
        ),
    ];
    let mut rows = vec![vec![
        Cell::text(t1("economics-year-now", "year", view.base_year)),
        Cell::text(ratio_text(&view.base_ratios, "fixed_cost_coverage")).class("num"),
        Cell::text(ratio_text(&view.base_ratios, "private_share")).class("num"),
        Cell::text(ratio_text(&view.base_ratios, "public_dependency")).class("num optional"),
        Cell::text(ratio_text(&view.base_ratios, "fee_coverage")).class("num optional"),
        Cell::text(ratio_text(&view.base_ratios, "runway")).class("num optional"),
    ]];
    rows.extend(view.years.iter().map(|y| {
        vec![
            Cell::text(t_args(
                "economics-scenario-year",
                &[
                    ("year", y.year.to_string()),
                    ("income", money(y.ledger.total_income())),
                    ("costs", money(y.ledger.structure_costs())),
                ],
            )),
            Cell::text(ratio_text(&y.ratios, "fixed_cost_coverage")).class("num"),
            Cell::text(ratio_text(&y.ratios, "private_share")).class("num"),
            Cell::text(ratio_text(&y.ratios, "public_dependency")).class("num optional"),
            Cell::text(ratio_text(&y.ratios, "fee_coverage")).class("num optional"),
            Cell::text(ratio_text(&y.ratios, "runway")).class("num optional"),
        ]
    }));
    let columns = [
        (t("economics-year"), ""),
        (t("economics-fixed-cost-coverage"), "num"),
        (t("economics-private-share"), "num"),
        (t("economics-public-dependency"), "num optional"),
        (t("economics-fee-coverage"), "num optional"),
        (t("economics-runway"), "num optional"),
    ];
    report.sections.push(Section {
        title: t("economics-this-scenario"),
        table: plain_table(&columns, rows),
        empty: String::new(),
        actions: Vec::new(),
    });
    let saved = app::economics::scenarios(&state.app, &scope).await?;
    let compare = saved
        .iter()
        .map(|(s, v)| {
            let last = v.years.last();
            let r = |code| last.map(|y| ratio_text(&y.ratios, code)).unwrap_or_default();
            vec![
                Cell::text(&s.name),
                Cell::text(r("fixed_cost_coverage")).class("num"),
                Cell::text(r("private_share")).class("num"),
                Cell::text(r("public_dependency")).class("num optional"),
                Cell::text(r("runway")).class("num optional"),
                Cell::text(break_even_text(&v.break_even, &money)).class("optional"),
                if can_manage {
                    Cell::button(t("monitoring-remove"), format!("/clusters/{slug}/scenarios/{}/remove", s.id))
                        .confirm(t1("economics-remove-scenario-confirm", "name", &s.name))
                } else {
                    Cell::text("")
                },
            ]
        })
        .collect();
    report.sections.push(Section {
        title: t1("economics-saved-scenarios", "year", view.base_year + domain::economics::SCENARIO_YEARS),
        table: plain_table(
            &[
                (t("economics-scenario"), ""),
                (t("economics-fixed-cost-coverage"), "num"),
                (t("economics-private-share"), "num"),
                (t("economics-public-dependency"), "num optional"),
                (t("economics-runway"), "num optional"),
                (t("economics-break-even"), "optional"),
                (String::new(), ""),
            ],
            compare,
        ),
        empty: t("economics-no-saved-scenarios"),
        actions: Vec::new(),
    });
    report.forms.push(PostForm::get(
        t("economics-change-assumptions"),
        format!("/clusters/{slug}/economics/scenarios"),
        t("monitoring-show"),
        form.fields(&types, errors.as_ref()),
    ));
    if can_manage && errors.is_none() {
        let mut fields: Vec<FormField> = form
            .fields(&types, None)
            .into_iter()
            .map(|mut f| {
                if let Some(chosen) = f.options.iter().find(|o| o.selected) {
                    f.value = chosen.value.clone();
                }
                FormField { input_type: "hidden", options: Vec::new(), ..f }
            })
            .collect();
        fields.insert(
            0,
            FormField::text("name", &t("monitoring-name"), None, None)
                .required()
                .hint(t("economics-scenario-name-hint")),
        );
        report.forms.push(PostForm::post(
            t("economics-save-scenario"),
            format!("/clusters/{slug}/economics/scenarios"),
            t("monitoring-save"),
            fields,
        ));
    }
    Ok(report.into_response())
}

async fn save_scenario(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<ScenarioForm>,
) -> Result<Response, PageError> {
    let back = format!("/clusters/{slug}/economics/scenarios?{}", form.query());
    let done = match form.assumptions(scope.cluster().base_currency) {
        Ok(a) => app::economics::save_scenario(
            &state.app,
            &scope,
            form.name.as_deref().unwrap_or(""),
            &a,
            user.actor.email(),
        )
        .await
        .map(|_| t("economics-scenario-saved")),
        Err(e) => Err(e.into()),
    };
    after_action(&headers, &back, done)
}

async fn remove_scenario(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Scenario>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let done = app::economics::remove_scenario(&state.app, &scope, id).await.map(|()| t("economics-removed"));
    after_action(&headers, &format!("/clusters/{slug}/economics/scenarios"), done)
}

/// A short amount for a chart's axis: `120 k PLN`, `800 PLN`.
fn short_amount(minor: i64, currency: domain::money::Currency) -> String {
    let major = minor / 10i64.pow(currency.minor_digits());
    if major.abs() >= 10_000 {
        format!("{} k {}", major / 1_000, currency.code())
    } else {
        format!("{major} {}", currency.code())
    }
}

/// Five years of income mix, cost mix and ratios, actual, as charts with their numbers.
fn charts(years: &[EconomicYear], currency: domain::money::Currency) -> Vec<ChartBlock> {
    let labels: Vec<i32> = years.iter().map(|y| y.year).collect();
    let money = |minor: i64| crate::reader::money(Money::new(minor, currency));
    let tick = |minor: i64| short_amount(minor, currency);
    let mix = |title: &str, names: Vec<String>, value: &dyn Fn(&EconomicYear, usize) -> i64| {
        let series: Vec<crate::charts::Series> = names
            .iter()
            .enumerate()
            .map(|(i, name)| crate::charts::Series {
                label: name.clone(),
                values: years.iter().map(|y| value(y, i)).collect(),
            })
            .filter(|s| s.values.iter().any(|v| *v != 0))
            .collect();
        let mut columns: Vec<(String, &'static str)> = vec![(t("economics-year"), "")];
        columns.extend(
            names
                .iter()
                .enumerate()
                .filter(|(i, _)| years.iter().any(|y| value(y, *i) != 0))
                .map(|(_, n)| (n.clone(), "num")),
        );
        let rows = years
            .iter()
            .map(|y| {
                let mut row = vec![Cell::text(y.year.to_string())];
                row.extend(
                    (0..names.len())
                        .filter(|i| years.iter().any(|y| value(y, *i) != 0))
                        .map(|i| Cell::text(money(value(y, i))).class("num")),
                );
                row
            })
            .collect();
        ChartBlock {
            title: title.to_string(),
            svg: crate::charts::stacked_bars(title, &labels, &series, &tick),
            table: plain_table(&columns, rows),
        }
    };
    let streams: Vec<String> = IncomeStream::ALL.iter().map(|s| reader::label(*s)).collect();
    let income = mix(&t("economics-income-mix"), streams, &|y, i| y.actual.stream(IncomeStream::ALL[i]));
    let kinds: Vec<String> = CostKind::ALL.iter().map(|k| reader::label(*k)).collect();
    let costs = mix(&t("economics-cost-mix"), kinds, &|y, i| {
        y.actual
            .costs
            .iter()
            .filter(|c| c.kind == CostKind::ALL[i])
            .map(|c| c.amount_minor)
            .fold(0, i64::saturating_add)
    });
    let shown = ["fixed_cost_coverage", "private_share", "public_dependency", "fee_coverage"];
    let ratio = |y: &EconomicYear, code: &str| y.actual_ratios.iter().find(|r| r.code == code).cloned();
    let series: Vec<crate::charts::Series> = shown
        .iter()
        .map(|code| crate::charts::Series {
            label: years.first().and_then(|y| ratio(y, code)).map_or(code.to_string(), |r| reader::ratio(&r).name),
            values: years.iter().map(|y| ratio(y, code).and_then(|r| r.value).unwrap_or(0) / 100).collect(),
        })
        .collect();
    let rows = years
        .iter()
        .map(|y| {
            let mut row = vec![Cell::text(y.year.to_string())];
            row.extend(
                shown
                    .iter()
                    .map(|code| Cell::text(ratio(y, code).map(|r| r.value_text()).unwrap_or_default()).class("num")),
            );
            row
        })
        .collect();
    let title = t("economics-ratios-chart");
    let ratios = ChartBlock {
        svg: crate::charts::lines(&title, &labels, &series, 100, &|v| format!("{v} %")),
        title,
        table: plain_table(
            &[
                (t("economics-year"), ""),
                (t("economics-fixed-cost-coverage"), "num"),
                (t("economics-private-share"), "num"),
                (t("economics-public-dependency"), "num"),
                (t("economics-fee-coverage"), "num"),
            ],
            rows,
        ),
    };
    vec![income, costs, ratios]
}
