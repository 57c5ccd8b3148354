//! The monitoring pages: the dashboard of a period (each group's indicators with value, target,
//! status and five periods of trend), each indicator's page (what stands behind its value, its
//! trend drawn, its target and, for those entered by hand, its values), and the cluster's own
//! indicators added, changed and removed.

use crate::reader;
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
        .route("/clusters/{cluster}/monitoring/values/{key}/remove", &["POST"], post(remove_value))
        .route("/clusters/{cluster}/monitoring/targets/{key}", &["POST"], post(set_target))
        .route(
            "/clusters/{cluster}/monitoring/evidence",
            &["GET", "POST"],
            get(evidence_page).post(add_evidence).layer(axum::extract::DefaultBodyLimit::max(EVIDENCE_UPLOAD)),
        )
        .route("/clusters/{cluster}/monitoring/evidence/{id}", &["GET"], get(evidence_file))
        .route("/clusters/{cluster}/monitoring/report", &["GET"], get(annual_report))
        .route("/clusters/{cluster}/monitoring/evidence/{id}/remove", &["POST"], post(remove_evidence))
}

/// The largest evidence upload: the largest file and the form around it.
const EVIDENCE_UPLOAD: usize = domain::monitoring::EVIDENCE_FILE_BYTES + 64 * 1024;

const SECTION: &str = "monitoring";

#[derive(serde::Deserialize, Default)]
pub(super) struct PeriodQuery {
    pub(super) period: Option<String>,
}

/// The period asked for (a year or a quarter), else the cluster's `current` year; a period that
/// does not read is said so and the current year shown.
pub(super) fn period_of(q: &PeriodQuery, current: i32) -> (Period, Option<String>) {
    match q.period.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        None => (Period::year(current), None),
        Some(raw) => match Period::parse(raw) {
            Ok(p) => (p, None),
            Err(m) => (Period::year(current), Some(format!("{m}. Showing {current}."))),
        },
    }
}

/// A value as people read it, money with the cluster's currency.
fn value_text(unit: Unit, value: Option<i64>, currency: domain::money::Currency) -> String {
    match (unit, value) {
        (_, None) => "—".into(),
        (Unit::Fte, Some(v)) => domain::economics::fte_text(v),
        (u, Some(v)) => u.text(v, currency),
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
    let (period, unread) = period_of(&q, app::monitoring::current_year(&state.app, &scope));
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
        link("Annual report", format!("/clusters/{slug}/monitoring/report?year={}", period.year)),
        link("Reporting regimes", format!("/clusters/{slug}/monitoring/sets?period={period}")),
        link("Evidence", format!("/clusters/{slug}/monitoring/evidence")),
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
    let (period, unread) = period_of(&q, app::monitoring::current_year(&state.app, &scope));
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
    let label = period.to_string();
    let items: Vec<app::monitoring::Evidence> = app::monitoring::evidence(&state.app, &scope)
        .await?
        .into_iter()
        .filter(|e| e.indicator_key.as_deref() == Some(key.as_str()) && e.period.as_deref() == Some(label.as_str()))
        .collect();
    report.sections.push(Section {
        title: format!("Evidence of {period}"),
        table: evidence_table(&slug, &items, false),
        empty: "No evidence for this period yet.".into(),
        actions: if can_edit {
            vec![link(
                "Add evidence",
                format!("/clusters/{slug}/monitoring/evidence?indicator_key={key}&period={period}"),
            )]
        } else {
            Vec::new()
        },
    });
    report.sections.push(Section {
        title: "What stands behind the value".into(),
        table: plain_table(
            &[("Record", ""), ("Value", ""), ("Counted", "")],
            value
                .detail
                .iter()
                .map(|r| {
                    let label = match r.day {
                        Some(day) => format!("{} · {}", reader::day(day), r.label),
                        None => r.label.clone(),
                    };
                    vec![
                        match &r.href {
                            Some(h) => Cell::link(label, format!("{base}{h}")),
                            None => Cell::text(label),
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
    if can_edit && d.source == Source::Hand && value.value.is_some() {
        report.forms.push(
            PostForm::post(
                format!("Remove the value of {period}"),
                format!("/clusters/{slug}/monitoring/values/{key}/remove"),
                "Remove",
                vec![FormField::text("period", "Period", Some(&text), None).input("hidden")],
            )
            .confirm(format!("Remove the value of {period}?")),
        );
    }
    if can_manage {
        // As it is typed back: an amount without its currency's code.
        let target = row.as_ref().and_then(|r| r.target).map(|t| match d.unit {
            Unit::Money => domain::money::Money::new(t, currency).to_decimal(),
            unit => unit.text(t, currency),
        });
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

/// The items of the evidence store as a table: kind, title (the file or the link), date, what it
/// backs, and a remove button when `removable`.
fn evidence_table(slug: &str, items: &[app::monitoring::Evidence], removable: bool) -> Table {
    let kind = |k: &str| domain::monitoring::EvidenceKind::parse(k).map_or(k.to_string(), |k| k.label().to_string());
    let mut columns = vec![("Kind", ""), ("Title", ""), ("Dated", ""), ("Backs", "optional")];
    if removable {
        columns.push(("", ""));
    }
    plain_table(
        &columns,
        items
            .iter()
            .map(|e| {
                let title = match (&e.url, &e.file_name) {
                    (Some(url), _) => Cell::link(e.title.clone(), url.clone()),
                    (None, Some(_)) => Cell::link(
                        format!("{} ({} KiB)", e.title, (e.size_bytes + 1023) / 1024),
                        format!("/clusters/{slug}/monitoring/evidence/{}", e.id),
                    ),
                    (None, None) => Cell::text(e.title.clone()),
                };
                let backs = match (&e.indicator_key, &e.period) {
                    (Some(k), Some(p)) => {
                        Cell::link(format!("{k}, {p}"), format!("/clusters/{slug}/monitoring/values/{k}?period={p}"))
                    }
                    _ => Cell::text(""),
                };
                let mut row = vec![
                    Cell::text(kind(&e.kind)),
                    title,
                    Cell::text(reader::day(e.dated_on)),
                    backs.class("optional"),
                ];
                if removable {
                    row.push(
                        Cell::button("Remove", format!("/clusters/{slug}/monitoring/evidence/{}/remove", e.id))
                            .confirm(format!("Remove {} from the evidence store?", e.title)),
                    );
                }
                row
            })
            .collect(),
    )
}

#[derive(serde::Deserialize, Default)]
struct EvidenceQuery {
    indicator_key: Option<String>,
    period: Option<String>,
}

fn evidence_fields(input: &app::monitoring::EvidenceInput, errors: Option<&domain::Invalid>) -> Vec<FormField> {
    vec![
        FormField::text("kind", "Kind", None, errors).select(options(
            "Other document",
            domain::monitoring::EvidenceKind::ALL
                .iter()
                .filter(|k| **k != domain::monitoring::EvidenceKind::Other)
                .map(|k| (k.code(), k.label())),
            input.kind.as_deref().filter(|k| !k.is_empty()),
        )),
        FormField::text("title", "Title", input.title.as_deref(), errors).hint("The file's name when empty."),
        FormField::text("file", "File", None, errors).input("file").hint(format!(
            "PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, TXT or CSV, at most {} MiB.",
            domain::monitoring::EVIDENCE_FILE_BYTES / 1024 / 1024
        )),
        FormField::text("url", "Or a link", input.url.as_deref(), errors).input("url"),
        FormField::text("dated_on", "Dated", input.dated_on.as_deref(), errors).input("date").hint("Today when empty."),
        FormField::text("indicator_key", "Backs the indicator (its key)", input.indicator_key.as_deref(), errors),
        FormField::text("period", "Of the period", input.period.as_deref(), errors).hint("2025, or 2025-Q3."),
    ]
}

async fn evidence_view(
    state: &AppState,
    page: ClusterPage,
    input: &app::monitoring::EvidenceInput,
    errors: Option<&domain::Invalid>,
    flash: Flash,
) -> Result<Response, PageError> {
    let slug = page.slug().to_string();
    let can_edit = page.can_edit();
    let items = app::monitoring::evidence(&state.app, &page.scope).await?;
    let held: i64 = items.iter().map(|e| e.size_bytes).sum();
    let mut report = ReportPage::new(page.layout, "Evidence");
    report.subheading =
        "Documents and links that back the indicators: strategy papers, board minutes, survey results, \
                         press clippings, success stories. Files are served only to the cluster's users."
            .into();
    report.notice = flash.notice;
    report.problem = flash.problem.or_else(|| errors.map(|e| format!("Nothing was added: {e}.")));
    report.forms_last = true;
    report.actions = vec![link("Monitoring", format!("/clusters/{slug}/monitoring"))];
    report.facts = vec![
        Fact::new("Items", Some(items.len().to_string())),
        Fact::new(
            "Files held",
            Some(format!(
                "{} MiB of {} MiB",
                (held + 1024 * 1024 - 1) / (1024 * 1024),
                domain::monitoring::EVIDENCE_QUOTA_BYTES / 1024 / 1024
            )),
        ),
    ];
    report.sections.push(Section {
        title: "The evidence store".into(),
        table: evidence_table(&slug, &items, can_edit),
        empty: "Nothing yet.".into(),
        actions: Vec::new(),
    });
    if can_edit {
        report.forms.push(
            PostForm::post(
                "Add evidence",
                format!("/clusters/{slug}/monitoring/evidence"),
                "Add",
                evidence_fields(input, errors),
            )
            .with_file(),
        );
    }
    let status =
        if errors.is_some() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    Ok((status, report).into_response())
}

async fn evidence_page(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Query(q): Query<EvidenceQuery>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, SECTION, "Evidence".into()).await?;
    let input =
        app::monitoring::EvidenceInput { indicator_key: q.indicator_key, period: q.period, ..Default::default() };
    evidence_view(&state, page, &input, None, flash).await
}

async fn add_evidence(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    form: crate::auth::UploadForm,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, SECTION, "Evidence".into()).await?;
    let field = |name: &str| form.fields.get(name).cloned();
    let input = app::monitoring::EvidenceInput {
        kind: field("kind"),
        title: field("title"),
        url: field("url"),
        dated_on: field("dated_on"),
        indicator_key: field("indicator_key"),
        period: field("period"),
    };
    let file = form.file.as_ref().map(|(name, bytes)| (name.as_str(), bytes.as_ref()));
    match app::monitoring::add_evidence(&state.app, &page.scope, &input, file, page.user.actor.email()).await {
        Ok(_) => {
            let back = match (&input.indicator_key, &input.period) {
                (Some(k), Some(p)) if !k.trim().is_empty() => {
                    format!("/clusters/{slug}/monitoring/values/{}?period={}", k.trim(), urlencoding(p))
                }
                _ => format!("/clusters/{slug}/monitoring/evidence"),
            };
            Ok(see_other_with(&headers, &back, "notice", "The evidence is added."))
        }
        Err(app::Error::Invalid(e) | app::Error::Conflict(e)) => {
            evidence_view(&state, page, &input, Some(&e), Flash::default()).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn evidence_file(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "file")?;
    let (name, content_type, bytes) = app::monitoring::evidence_file(&state.app, &scope, id).await?;
    Ok(crate::exports::attachment(&name, &content_type, bytes))
}

async fn remove_evidence(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "evidence")?;
    let done =
        app::monitoring::remove_evidence(&state.app, &scope, id).await.map(|()| "The evidence is removed.".to_string());
    after_action(&headers, &format!("/clusters/{slug}/monitoring/evidence"), done)
}

#[derive(serde::Deserialize)]
struct PeriodForm {
    period: Option<String>,
}

async fn remove_value(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, key)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<PeriodForm>,
) -> Result<Response, PageError> {
    let period = form.period.unwrap_or_default();
    let back = format!("/clusters/{slug}/monitoring/values/{key}?period={}", urlencoding(&period));
    let done = app::monitoring::remove_value(&state.app, &scope, &key, &period)
        .await
        .map(|()| format!("The value of {period} is removed."));
    after_action(&headers, &back, done)
}

#[derive(serde::Deserialize, Default)]
struct ReportQuery {
    year: Option<String>,
    format: Option<String>,
}

/// The annual monitoring report of a year (the cluster's current one unless asked): HTML for
/// print, or `format=pdf` or `format=xlsx` to save.
async fn annual_report(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<ReportQuery>,
) -> Result<Response, PageError> {
    let (year, format) = report_request(&q, app::monitoring::current_year(&state.app, &scope))?;
    let report = app::report::annual(&state.app, &scope, year).await?;
    Ok(crate::annual_report::response(&report, format, &slug).await?)
}

/// The year and format asked for: the `current` year and HTML when left out.
fn report_request(q: &ReportQuery, current: i32) -> Result<(i32, crate::annual_report::Format), app::Error> {
    let year = match q.year.as_deref().map(str::trim).filter(|y| !y.is_empty()) {
        None => current,
        Some(y) => y.parse().map_err(|_| app::Error::BadRequest(format!("parameter year: '{y}' is not a year")))?,
    };
    let format = crate::annual_report::Format::parse(q.format.as_deref().unwrap_or("html"))
        .map_err(|m| app::Error::BadRequest(format!("parameter format: {m}")))?;
    Ok((year, format))
}
