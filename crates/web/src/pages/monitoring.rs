//! The monitoring pages: the dashboard of a period (each group's indicators with value, target,
//! status and five periods of trend), each indicator's page (what stands behind its value, its
//! trend drawn, its target and, for those entered by hand, its values), and the cluster's own
//! indicators added, changed and removed.

use app::auth::{Edit, Manage, Read};
use app::monitoring::{IndicatorInput, ValueInput};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use domain::monitoring::{Definition, Group, Period, Source, Status, Unit};

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageScope};
use crate::error::PageError;
use crate::params::parse_id;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/monitoring", &["GET"], get(dashboard))
        .route("/clusters/{cluster}/monitoring/indicators", &["POST"], post(create))
        .route("/clusters/{cluster}/monitoring/indicators/{id}", &["POST"], post(update))
        .route("/clusters/{cluster}/monitoring/indicators/{id}/remove", &["POST"], post(remove))
        .route("/clusters/{cluster}/monitoring/values/{key}", &["GET", "POST"], get(indicator).post(enter_value))
        .route("/clusters/{cluster}/monitoring/targets/{key}", &["POST"], post(set_target))
}

const SECTION: &str = "monitoring";

#[derive(serde::Deserialize, Default)]
struct PeriodQuery {
    period: Option<String>,
}

/// The period asked for (a year or a quarter), else the cluster's current year; a period that
/// does not read is said so and the current year shown.
fn period_of(q: &PeriodQuery, today: chrono::NaiveDate) -> (Period, Option<String>) {
    use chrono::Datelike;
    match q.period.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        None => (Period::year(today.year()), None),
        Some(raw) => match Period::parse(raw) {
            Ok(p) => (p, None),
            Err(m) => (Period::year(today.year()), Some(format!("{m}. Showing {}.", today.year()))),
        },
    }
}

/// A value as people read it, money with the cluster's currency.
fn value_text(unit: Unit, value: Option<i64>, currency: domain::money::Currency) -> String {
    match (unit, value) {
        (_, None) => "—".into(),
        (Unit::Money, Some(v)) => domain::money::Money::new(v, currency).to_string(),
        (Unit::Fte, Some(v)) => domain::economics::fte_text(v),
        (u, Some(v)) => u.text(v),
    }
}

fn status_cell(status: Option<Status>) -> Cell {
    match status {
        None => Cell::text("—"),
        Some(Status::OnTrack) => Cell::text("on track").class("status-ok"),
        Some(Status::AtRisk) => Cell::text("at risk").class("status-warning"),
        Some(Status::OffTrack) => Cell::text("off track").class("status-problem"),
    }
}

fn indicator_fields(input: &IndicatorInput, errors: Option<&domain::Invalid>, new: bool) -> Vec<FormField> {
    let mut fields = Vec::new();
    if new {
        fields.push(
            FormField::text("group", "Group", None, errors)
                .select(options(
                    "Choose",
                    Group::ALL.iter().map(|g| (g.code(), g.label())),
                    input.group.as_deref().filter(|g| !g.is_empty()),
                ))
                .required(),
        );
    }
    fields.push(FormField::text("name", "Name", input.name.as_deref(), errors).required());
    fields.push(FormField::text("description", "Description", input.description.as_deref(), errors).input("textarea"));
    if new {
        fields.push(
            FormField::text("key", "Key", input.key.as_deref(), errors)
                .hint("The name formulas use: lower-case letters, digits and _. Made from the name when empty."),
        );
        fields.push(FormField::text("unit", "Unit", None, errors).select(options(
            "Number",
            Unit::ALL.iter().filter(|u| **u != Unit::Number).map(|u| (u.code(), u.label())),
            input.unit.as_deref().filter(|u| !u.is_empty()),
        )));
        fields.push(FormField::text("source", "Source", None, errors).select(options(
            "Entered by hand",
            [Source::Formula, Source::Survey].iter().map(|s| (s.code(), s.label())),
            input.source.as_deref().filter(|s| !s.is_empty() && *s != "hand"),
        )));
        fields.push(FormField::text("periodicity", "Periodicity", None, errors).select(options(
            "Yearly",
            [("quarter", "Quarterly")],
            input.periodicity.as_deref().filter(|p| *p == "quarter"),
        )));
    }
    fields.push(FormField::text("direction", "Direction", None, errors).select(options(
        "Higher is better",
        [("lower", "Lower is better")],
        input.direction.as_deref().filter(|d| *d == "lower"),
    )));
    fields.push(
        FormField::text("formula", "Formula", input.formula.as_deref(), errors)
            .hint("For a formula: other indicators' keys with + - * / ^, min(a, b), max(a, b), if(condition, a, b)."),
    );
    fields.push(
        FormField::text("question", "Survey question", input.question.as_deref(), errors).hint(
            "For a survey indicator: the question's key; its mean answer over the campaigns closing in the period.",
        ),
    );
    fields
}

async fn dashboard(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<PeriodQuery>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, SECTION, "Monitoring".into()).await?;
    let scope = page.scope.clone();
    let currency = scope.cluster().base_currency;
    let can_manage = page.scope.role().allows(domain::access::Permission::Manage);
    let (period, unread) = period_of(&q, state.app.today(&scope));
    let dashboard = app::monitoring::dashboard(&state.app, &scope, period).await;
    let mut report = ReportPage::new(page.layout, format!("Monitoring {period}"));
    report.subheading =
        "The monitoring system: the cluster initiative (1.1 to 1.3) and the companies' performance and \
                         strategy (2.1 to 2.3), live from the records"
            .into();
    report.notice = flash.notice;
    report.problem = flash.problem.or(unread);
    report.forms_last = true;
    report.actions = vec![
        link(format!("{}", period.previous()), format!("/clusters/{slug}/monitoring?period={}", period.previous())),
        link("Company figures", format!("/clusters/{slug}/company-figures")),
    ];
    let dashboard = match dashboard {
        Ok(d) => d,
        Err(app::Error::BadRequest(m)) => {
            report.problem = Some(format!("The indicators cannot be worked out: {m}. Change the formula it names."));
            app::monitoring::Dashboard { period: period.to_string(), groups: Vec::new() }
        }
        Err(e) => return Err(e.into()),
    };
    let (mut on_track, mut at_risk, mut off_track) = (0, 0, 0);
    for group in &dashboard.groups {
        let rows = group
            .rows
            .iter()
            .map(|r| {
                let d = &r.indicator.definition;
                match r.status {
                    Some(Status::OnTrack) => on_track += 1,
                    Some(Status::AtRisk) => at_risk += 1,
                    Some(Status::OffTrack) => off_track += 1,
                    None => {}
                }
                let trend: Vec<String> = r.trend.iter().map(|p| value_text(d.unit, p.value, currency)).collect();
                vec![
                    Cell::text(d.code.clone()),
                    Cell::link(d.name.clone(), format!("/clusters/{slug}/monitoring/values/{}?period={period}", d.key)),
                    Cell::text(value_text(d.unit, r.value, currency)).class("num"),
                    Cell::text(value_text(d.unit, r.target, currency)).class("num optional"),
                    status_cell(r.status),
                    Cell::text(trend.join(" · ")).class("optional"),
                ]
            })
            .collect();
        let columns: [(&str, &str); 6] = [
            ("Code", ""),
            ("Indicator", ""),
            ("Value", "num"),
            ("Target", "num optional"),
            ("Status", ""),
            ("Last five periods", "optional"),
        ];
        report.sections.push(Section {
            title: format!("{} {}", group.group.code(), group.name),
            table: plain_table(&columns, rows),
            empty: format!(
                "No {} indicators in this group.",
                if period.quarter.is_some() { "quarterly" } else { "yearly" }
            ),
            actions: Vec::new(),
        });
    }
    report.facts = vec![
        Fact::new("On track", Some(on_track.to_string())),
        Fact::new("At risk", Some(at_risk.to_string())),
        Fact::new("Off track", Some(off_track.to_string())),
    ];
    let text = period.to_string();
    report.forms.push(PostForm::get(
        "Period",
        format!("/clusters/{slug}/monitoring"),
        "Show",
        vec![FormField::text("period", "Year or quarter", Some(&text), None).hint("2025, or 2025-Q3 for a quarter.")],
    ));
    if can_manage {
        report.forms.push(PostForm::post(
            "Add an indicator of the cluster's own",
            format!("/clusters/{slug}/monitoring/indicators"),
            "Add",
            indicator_fields(&IndicatorInput::default(), None, true),
        ));
    }
    Ok(report.into_response())
}

async fn indicator(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path((slug, key)): Path<(String, String)>,
    Query(q): Query<PeriodQuery>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, SECTION, "Indicator".into()).await?;
    let scope = page.scope.clone();
    let currency = scope.cluster().base_currency;
    let can_manage = page.scope.role().allows(domain::access::Permission::Manage);
    let can_edit = page.can_edit();
    let (period, unread) = period_of(&q, state.app.today(&scope));
    let (indicator, value) = app::monitoring::detail(&state.app, &scope, &key, period).await?;
    let d: &Definition = &indicator.definition;
    let dashboard = app::monitoring::dashboard(&state.app, &scope, period).await.ok();
    let row = dashboard
        .as_ref()
        .and_then(|b| b.groups.iter().flat_map(|g| g.rows.iter()).find(|r| r.indicator.definition.key == key).cloned());
    let mut report = ReportPage::new(page.layout, format!("{} {}", d.code, d.name));
    report.subheading = d.description.clone();
    report.notice = flash.notice;
    report.problem = flash.problem.or(unread);
    report.forms_last = true;
    report.actions = vec![
        link("Monitoring", format!("/clusters/{slug}/monitoring?period={period}")),
        link(
            format!("{}", period.previous()),
            format!("/clusters/{slug}/monitoring/values/{key}?period={}", period.previous()),
        ),
    ];
    report.facts = vec![
        Fact::new(format!("Value {period}"), Some(value_text(d.unit, value.value, currency))),
        Fact::new("Target", Some(value_text(d.unit, row.as_ref().and_then(|r| r.target), currency))),
        Fact::new("Status", row.as_ref().and_then(|r| r.status).map(|s| s.label())),
        Fact::new("Unit", Some(d.unit.label())),
        Fact::new("Direction", Some(d.direction.label())),
        Fact::new("Source", Some(d.source.label())),
        Fact::new("Periodicity", Some(d.periodicity.label())),
    ];
    if let Some(f) = &d.formula {
        report.facts.push(Fact::new("Formula", Some(f.clone())));
    }
    if let Some(q) = &d.question {
        report.facts.push(Fact::new("Survey question", Some(q.clone())));
    }
    if let Some(note) = value.note.as_ref().filter(|n| !n.is_empty()) {
        report.facts.push(Fact::new("Note", Some(note.clone())));
    }
    let base = format!("/clusters/{slug}/");
    report.sections.push(Section {
        title: "What stands behind the value".into(),
        table: plain_table(
            &[("Record", ""), ("", ""), ("Counted", "")],
            value
                .detail
                .iter()
                .map(|r| {
                    vec![
                        match &r.href {
                            Some(h) => Cell::link(r.label.clone(), format!("{base}{h}")),
                            None => Cell::text(r.label.clone()),
                        },
                        Cell::text(r.value.clone()),
                        Cell::text(if r.counted { "yes" } else { "no" }),
                    ]
                })
                .collect(),
        ),
        empty: "Nothing in the records for this period.".into(),
        actions: Vec::new(),
    });
    if let Some(r) = &row {
        // Only the years with a value are drawn: a year without one is not a zero.
        let known: Vec<(i32, i64)> =
            r.trend.iter().filter_map(|p| Some((Period::parse(&p.period).ok()?.year, p.value?))).collect();
        let years: Vec<i32> = known.iter().map(|(y, _)| *y).collect();
        if period.quarter.is_none() && known.len() >= 2 {
            let floor = known.iter().map(|(_, v)| *v).min().unwrap_or(0).min(0);
            let unit = d.unit;
            let series =
                vec![crate::charts::Series { label: d.name.clone(), values: known.iter().map(|(_, v)| *v).collect() }];
            report.charts.push(ChartBlock {
                title: format!("{}, {} to {period}", d.name, years.first().copied().unwrap_or_default()),
                svg: crate::charts::lines(&d.name, &years, &series, floor, &|v| value_text(unit, Some(v), currency)),
                table: plain_table(
                    &[("Period", ""), ("Value", "num")],
                    r.trend
                        .iter()
                        .map(|p| {
                            vec![
                                Cell::text(p.period.clone()),
                                Cell::text(value_text(unit, p.value, currency)).class("num"),
                            ]
                        })
                        .collect(),
                ),
            });
        }
    }
    let text = period.to_string();
    if can_edit && d.source == Source::Hand {
        report.forms.push(PostForm::post(
            format!("Enter the value of {period}"),
            format!("/clusters/{slug}/monitoring/values/{key}"),
            "Save",
            vec![
                FormField::text("period", "Period", Some(&text), None).required(),
                FormField::text("value", "Value", None, None).required(),
                FormField::text("note", "Note", value.note.as_deref(), None)
                    .input("textarea")
                    .hint("Where the value comes from, so that the next person can check it."),
            ],
        ));
    }
    if can_manage {
        let target = row.as_ref().and_then(|r| r.target).map(|t| d.unit.text(t));
        report.forms.push(PostForm::post(
            format!("Target of {period}"),
            format!("/clusters/{slug}/monitoring/targets/{key}"),
            "Set the target",
            vec![
                FormField::text("period", "Period", Some(&text), None).required(),
                FormField::text("target", "Target", target.as_deref(), None)
                    .hint("Empty removes the target. On track when met; at risk when short by a tenth at most."),
            ],
        ));
        if let Some(id) = indicator.custom_id {
            let input = IndicatorInput {
                name: Some(d.name.clone()),
                description: Some(d.description.clone()),
                direction: Some(d.direction.code().into()),
                formula: d.formula.clone(),
                question: d.question.clone(),
                ..Default::default()
            };
            report.forms.push(PostForm::post(
                "Change the indicator",
                format!("/clusters/{slug}/monitoring/indicators/{id}"),
                "Save",
                indicator_fields(&input, None, false),
            ));
            report.forms.push(
                PostForm::post(
                    "Remove the indicator",
                    format!("/clusters/{slug}/monitoring/indicators/{id}/remove"),
                    "Remove",
                    Vec::new(),
                )
                .confirm(format!("Remove {} with all its values and targets?", d.name)),
            );
        }
    }
    Ok(report.into_response())
}

async fn create(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(input): CsrfForm<IndicatorInput>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, SECTION, "Add an indicator".into()).await?;
    let href = format!("/clusters/{slug}/monitoring/indicators");
    let back = format!("/clusters/{slug}/monitoring");
    match app::monitoring::create(&state.app, &page.scope, &input, page.user.actor.email()).await {
        Ok(id) => {
            let all = app::monitoring::catalogue(&state.app, &page.scope).await?;
            let key =
                all.iter().find(|i| i.custom_id == Some(id)).map(|i| i.definition.key.clone()).unwrap_or_default();
            Ok(see_other_with(&headers, &format!("{back}/values/{key}"), "notice", "The indicator is added."))
        }
        Err(app::Error::Invalid(e) | app::Error::Conflict(e)) => {
            let fields = indicator_fields(&input, Some(&e), true);
            Ok(edit_page(page.layout, "Add an indicator".into(), href, back, fields, Some(&e)))
        }
        Err(e) => Err(e.into()),
    }
}

async fn update(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(input): CsrfForm<IndicatorInput>,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "indicator")?;
    let page = ClusterPage::open(&state, access, SECTION, "Change the indicator".into()).await?;
    let all = app::monitoring::catalogue(&state.app, &page.scope).await?;
    let key = all
        .iter()
        .find(|i| i.custom_id == Some(id))
        .map(|i| i.definition.key.clone())
        .ok_or(app::Error::NotFound("indicator"))?;
    let href = format!("/clusters/{slug}/monitoring/indicators/{id}");
    let back = format!("/clusters/{slug}/monitoring/values/{key}");
    let saved = app::monitoring::update(&state.app, &page.scope, id, &input).await;
    saved_or_form(&headers, saved, &back, "The indicator is saved.", |e| {
        edit_page(
            page.layout,
            "Change the indicator".into(),
            href,
            back.clone(),
            indicator_fields(&input, Some(e), false),
            Some(e),
        )
    })
}

async fn remove(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "indicator")?;
    let done = app::monitoring::remove(&state.app, &scope, id).await.map(|()| "The indicator is removed.".to_string());
    after_action(&headers, &format!("/clusters/{slug}/monitoring"), done)
}

async fn enter_value(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, key)): Path<(String, String)>,
    CsrfForm(input): CsrfForm<ValueInput>,
) -> Result<Response, PageError> {
    let period = input.period.clone().unwrap_or_default();
    let back = format!("/clusters/{slug}/monitoring/values/{key}?period={}", urlencoding(&period));
    let done = app::monitoring::enter_value(&state.app, &scope, &key, &input, user.actor.email())
        .await
        .map(|()| format!("The value of {period} is saved."));
    after_action(&headers, &back, done)
}

#[derive(serde::Deserialize)]
struct TargetForm {
    period: Option<String>,
    target: Option<String>,
}

async fn set_target(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, key)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<TargetForm>,
) -> Result<Response, PageError> {
    let period = form.period.unwrap_or_default();
    let back = format!("/clusters/{slug}/monitoring/values/{key}?period={}", urlencoding(&period));
    let target = form.target.unwrap_or_default();
    let done = app::monitoring::set_target(&state.app, &scope, &key, &period, &target, user.actor.email())
        .await
        .map(|()| if target.trim().is_empty() { "The target is removed." } else { "The target is set." }.to_string());
    after_action(&headers, &back, done)
}

/// A period as a query value: only what a period holds passes (`2025-Q3`), anything else is
/// dropped so the page shows its default.
fn urlencoding(period: &str) -> String {
    period.trim().chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(10).collect()
}
