//! The monitoring pages: the dashboard of a period (each group's indicators with value, target,
//! status and five periods of trend), each indicator's page (what stands behind its value, its
//! trend drawn, its target and, for those entered by hand, its values), and the cluster's own
//! indicators added, changed and removed.

use crate::reader::{self, t, t_args, t1, t2};
use app::auth::{Edit, Manage, Read};
use app::monitoring::{IndicatorInput, ValueInput};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use domain::monitoring::{
    Definition, EvidenceKind, Group, IndicatorDirection, Period, Periodicity, Source, Status, Unit,
};

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
            Err(m) => (Period::year(current), Some(t2("monitoring-period-unread", "problem", m, "year", current))),
        },
    }
}

/// A value as the reader's language writes it, money with the cluster's currency.
fn value_text(unit: Unit, value: Option<i64>, currency: domain::money::Currency) -> String {
    match (unit, value) {
        (_, None) => "—".into(),
        (Unit::Fte, Some(v)) => domain::economics::fte_text(v),
        (u, Some(v)) => crate::reader::unit_value(u, v, currency),
    }
}

fn status_cell(status: Option<Status>) -> Cell {
    match status {
        None => Cell::text("—"),
        Some(s @ Status::OnTrack) => Cell::text(crate::annual_report::status_label(&s)).class("status-ok"),
        Some(s @ Status::AtRisk) => Cell::text(crate::annual_report::status_label(&s)).class("status-warning"),
        Some(s @ Status::OffTrack) => Cell::text(crate::annual_report::status_label(&s)).class("status-problem"),
    }
}

fn indicator_fields(input: &IndicatorInput, errors: Option<&domain::Invalid>, new: bool) -> Vec<FormField> {
    let mut fields = Vec::new();
    if new {
        let groups: Vec<(&str, String)> =
            Group::ALL.iter().map(|g| (g.code(), crate::annual_report::group_name(g))).collect();
        fields.push(
            FormField::text("group", &t("monitoring-group"), None, errors)
                .select(options(
                    &t("monitoring-choose"),
                    groups.iter().map(|(c, l)| (*c, l.as_str())),
                    input.group.as_deref().filter(|g| !g.is_empty()),
                ))
                .required(),
        );
    }
    fields.push(FormField::text("name", &t("monitoring-name"), input.name.as_deref(), errors).required());
    fields.push(
        FormField::text("description", &t("monitoring-description"), input.description.as_deref(), errors)
            .input("textarea"),
    );
    if new {
        fields.push(
            FormField::text("key", &t("monitoring-key"), input.key.as_deref(), errors).hint(t("monitoring-key-hint")),
        );
        let units: Vec<(&str, String)> =
            Unit::ALL.iter().filter(|u| **u != Unit::Number).map(|u| (u.code(), reader::label(*u))).collect();
        fields.push(FormField::text("unit", &t("monitoring-unit"), None, errors).select(options(
            &reader::label(Unit::Number),
            units.iter().map(|(c, l)| (*c, l.as_str())),
            input.unit.as_deref().filter(|u| !u.is_empty()),
        )));
        let sources: Vec<(&str, String)> =
            [Source::Formula, Source::Survey].iter().map(|s| (s.code(), reader::label(*s))).collect();
        fields.push(FormField::text("source", &t("monitoring-source"), None, errors).select(options(
            &reader::label(Source::Hand),
            sources.iter().map(|(c, l)| (*c, l.as_str())),
            input.source.as_deref().filter(|s| !s.is_empty() && *s != "hand"),
        )));
        let quarterly = reader::label(Periodicity::Quarter);
        fields.push(FormField::text("periodicity", &t("monitoring-periodicity"), None, errors).select(options(
            &reader::label(Periodicity::Year),
            [("quarter", quarterly.as_str())],
            input.periodicity.as_deref().filter(|p| *p == "quarter"),
        )));
    }
    let lower = reader::label(IndicatorDirection::Lower);
    fields.push(FormField::text("direction", &t("monitoring-direction"), None, errors).select(options(
        &reader::label(IndicatorDirection::Higher),
        [("lower", lower.as_str())],
        input.direction.as_deref().filter(|d| *d == "lower"),
    )));
    fields.push(
        FormField::text("formula", &t("monitoring-formula"), input.formula.as_deref(), errors)
            .hint(t("monitoring-formula-hint")),
    );
    fields.push(
        FormField::text("question", &t("monitoring-survey-question"), input.question.as_deref(), errors)
            .hint(t("monitoring-survey-question-hint")),
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
    let page = ClusterPage::open(&state, access, SECTION, t("monitoring-title")).await?;
    let scope = page.scope.clone();
    let currency = scope.cluster().base_currency;
    let can_manage = page.scope.role().allows(domain::access::Permission::Manage);
    let (period, unread) = period_of(&q, app::monitoring::current_year(&state.app, &scope));
    let dashboard = app::monitoring::dashboard(&state.app, &scope, period).await;
    let mut report = ReportPage::new(page.layout, t1("monitoring-heading", "period", period));
    report.subheading = t("monitoring-subheading");
    report.notice = flash.notice;
    report.problem = flash.problem.or(unread);
    report.forms_last = true;
    report.actions = vec![
        link(format!("{}", period.previous()), format!("/clusters/{slug}/monitoring?period={}", period.previous())),
        link(t("monitoring-annual-report"), format!("/clusters/{slug}/monitoring/report?year={}", period.year)),
        link(t("monitoring-reporting-regimes"), format!("/clusters/{slug}/monitoring/sets?period={period}")),
        link(t("monitoring-evidence"), format!("/clusters/{slug}/monitoring/evidence")),
        link(t("monitoring-company-figures"), format!("/clusters/{slug}/company-figures")),
    ];
    let dashboard = match dashboard {
        Ok(d) => d,
        Err(app::Error::BadRequest(m)) => {
            report.problem = Some(t1("monitoring-cannot-work-out", "problem", m));
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
                    Cell::link(
                        reader::indicator_name(&d.key, &d.name),
                        format!("/clusters/{slug}/monitoring/values/{}?period={period}", d.key),
                    ),
                    Cell::text(value_text(d.unit, r.value, currency)).class("num"),
                    Cell::text(value_text(d.unit, r.target, currency)).class("num optional"),
                    status_cell(r.status),
                    Cell::text(trend.join(" · ")).class("optional"),
                ]
            })
            .collect();
        let columns: [(String, &str); 6] = [
            (t("monitoring-code"), ""),
            (t("monitoring-indicator"), ""),
            (t("monitoring-value"), "num"),
            (t("monitoring-target"), "num optional"),
            (t("monitoring-status"), ""),
            (t("monitoring-last-five-periods"), "optional"),
        ];
        report.sections.push(Section {
            title: format!("{} {}", group.group.code(), crate::annual_report::group_name(&group.group)),
            table: plain_table(&columns, rows),
            empty: if period.quarter.is_some() {
                t("monitoring-no-quarterly-indicators")
            } else {
                t("monitoring-no-yearly-indicators")
            },
            actions: Vec::new(),
        });
    }
    report.facts = vec![
        Fact::new(t("monitoring-on-track"), Some(on_track.to_string())),
        Fact::new(t("monitoring-at-risk"), Some(at_risk.to_string())),
        Fact::new(t("monitoring-off-track"), Some(off_track.to_string())),
    ];
    let text = period.to_string();
    report.forms.push(PostForm::get(
        t("monitoring-period"),
        format!("/clusters/{slug}/monitoring"),
        t("monitoring-show"),
        vec![
            FormField::text("period", &t("monitoring-year-or-quarter"), Some(&text), None)
                .hint(t("monitoring-period-hint")),
        ],
    ));
    if can_manage {
        report.forms.push(PostForm::post(
            t("monitoring-add-own-indicator"),
            format!("/clusters/{slug}/monitoring/indicators"),
            t("monitoring-add"),
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
    let page = ClusterPage::open(&state, access, SECTION, t("monitoring-indicator")).await?;
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
    let mut report = ReportPage::new(page.layout, format!("{} {}", d.code, reader::indicator_name(&d.key, &d.name)));
    report.subheading = reader::indicator_description(&d.key, &d.description);
    report.notice = flash.notice;
    report.problem = flash.problem.or(unread);
    report.forms_last = true;
    report.actions = vec![
        link(t("monitoring-title"), format!("/clusters/{slug}/monitoring?period={period}")),
        link(
            format!("{}", period.previous()),
            format!("/clusters/{slug}/monitoring/values/{key}?period={}", period.previous()),
        ),
    ];
    report.facts = vec![
        Fact::new(t1("monitoring-value-of", "period", period), Some(value_text(d.unit, value.value, currency))),
        Fact::new(t("monitoring-target"), Some(value_text(d.unit, row.as_ref().and_then(|r| r.target), currency))),
        Fact::new(
            t("monitoring-status"),
            row.as_ref().and_then(|r| r.status).map(|s| crate::annual_report::status_label(&s)),
        ),
        Fact::new(t("monitoring-unit"), Some(reader::label(d.unit))),
        Fact::new(t("monitoring-direction"), Some(reader::label(d.direction))),
        Fact::new(t("monitoring-source"), Some(reader::label(d.source))),
        Fact::new(t("monitoring-periodicity"), Some(reader::label(d.periodicity))),
    ];
    if let Some(f) = &d.formula {
        report.facts.push(Fact::new(t("monitoring-formula"), Some(f.clone())));
    }
    if let Some(q) = &d.question {
        report.facts.push(Fact::new(t("monitoring-survey-question"), Some(q.clone())));
    }
    if let Some(note) = value.note.as_ref().filter(|n| !n.is_empty()) {
        report.facts.push(Fact::new(t("monitoring-note"), Some(note.clone())));
    }
    let base = format!("/clusters/{slug}/");
    let label = period.to_string();
    let items: Vec<app::monitoring::Evidence> = app::monitoring::evidence(&state.app, &scope)
        .await?
        .into_iter()
        .filter(|e| e.indicator_key.as_deref() == Some(key.as_str()) && e.period.as_deref() == Some(label.as_str()))
        .collect();
    report.sections.push(Section {
        title: t1("monitoring-evidence-of", "period", period),
        table: evidence_table(&slug, &items, false),
        empty: t("monitoring-no-evidence-for-period"),
        actions: if can_edit {
            vec![link(
                t("monitoring-add-evidence"),
                format!("/clusters/{slug}/monitoring/evidence?indicator_key={key}&period={period}"),
            )]
        } else {
            Vec::new()
        },
    });
    report.sections.push(Section {
        title: t("monitoring-behind-the-value"),
        table: plain_table(
            &[(t("monitoring-record"), ""), (t("monitoring-value"), ""), (t("monitoring-counted"), "")],
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
                        Cell::text(if r.counted { t("monitoring-yes") } else { t("monitoring-no") }),
                    ]
                })
                .collect(),
        ),
        empty: t("monitoring-nothing-in-records"),
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
            let name = reader::indicator_name(&d.key, &d.name);
            let series =
                vec![crate::charts::Series { label: name.clone(), values: known.iter().map(|(_, v)| *v).collect() }];
            report.charts.push(ChartBlock {
                title: t_args(
                    "monitoring-chart-title",
                    &[
                        ("name", name.clone()),
                        ("from", years.first().copied().unwrap_or_default().to_string()),
                        ("until", period.to_string()),
                    ],
                ),
                svg: crate::charts::lines(&name, &years, &series, floor, &|v| value_text(unit, Some(v), currency)),
                table: plain_table(
                    &[(t("monitoring-period"), ""), (t("monitoring-value"), "num")],
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
            t1("monitoring-enter-value-of", "period", period),
            format!("/clusters/{slug}/monitoring/values/{key}"),
            t("monitoring-save"),
            vec![
                FormField::text("period", &t("monitoring-period"), Some(&text), None).required(),
                FormField::text("value", &t("monitoring-value"), None, None).required(),
                FormField::text("note", &t("monitoring-note"), value.note.as_deref(), None)
                    .input("textarea")
                    .hint(t("monitoring-note-hint")),
            ],
        ));
    }
    if can_edit && d.source == Source::Hand && value.value.is_some() {
        report.forms.push(
            PostForm::post(
                t1("monitoring-remove-value-of", "period", period),
                format!("/clusters/{slug}/monitoring/values/{key}/remove"),
                t("monitoring-remove"),
                vec![FormField::text("period", &t("monitoring-period"), Some(&text), None).input("hidden")],
            )
            .confirm(t1("monitoring-remove-value-confirm", "period", period)),
        );
    }
    if can_manage {
        // As it is typed back: an amount without its currency's code.
        let target = row.as_ref().and_then(|r| r.target).map(|t| match d.unit {
            Unit::Money => domain::money::Money::new(t, currency).to_decimal(),
            unit => unit.text(t, currency),
        });
        report.forms.push(PostForm::post(
            t1("monitoring-target-of", "period", period),
            format!("/clusters/{slug}/monitoring/targets/{key}"),
            t("monitoring-set-the-target"),
            vec![
                FormField::text("period", &t("monitoring-period"), Some(&text), None).required(),
                FormField::text("target", &t("monitoring-target"), target.as_deref(), None)
                    .hint(t("monitoring-target-hint")),
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
                t("monitoring-change-indicator"),
                format!("/clusters/{slug}/monitoring/indicators/{id}"),
                t("monitoring-save"),
                indicator_fields(&input, None, false),
            ));
            report.forms.push(
                PostForm::post(
                    t("monitoring-remove-indicator"),
                    format!("/clusters/{slug}/monitoring/indicators/{id}/remove"),
                    t("monitoring-remove"),
                    Vec::new(),
                )
                .confirm(t1(
                    "monitoring-remove-indicator-confirm",
                    "name",
                    reader::indicator_name(&d.key, &d.name),
                )),
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
    let page = ClusterPage::open(&state, access, SECTION, t("monitoring-add-indicator")).await?;
    let href = format!("/clusters/{slug}/monitoring/indicators");
    let back = format!("/clusters/{slug}/monitoring");
    match app::monitoring::create(&state.app, &page.scope, &input, page.user.actor.email()).await {
        Ok(id) => {
            let all = app::monitoring::catalogue(&state.app, &page.scope).await?;
            let key =
                all.iter().find(|i| i.custom_id == Some(id)).map(|i| i.definition.key.clone()).unwrap_or_default();
            Ok(see_other_with(&headers, &format!("{back}/values/{key}"), "notice", &t("monitoring-indicator-added")))
        }
        Err(app::Error::Invalid(e) | app::Error::Conflict(e)) => {
            let fields = indicator_fields(&input, Some(&e), true);
            Ok(edit_page(page.layout, t("monitoring-add-indicator"), href, back, fields, Some(&e)))
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
    let page = ClusterPage::open(&state, access, SECTION, t("monitoring-change-indicator")).await?;
    let all = app::monitoring::catalogue(&state.app, &page.scope).await?;
    let key = all
        .iter()
        .find(|i| i.custom_id == Some(id))
        .map(|i| i.definition.key.clone())
        .ok_or(app::Error::NotFound("indicator"))?;
    let href = format!("/clusters/{slug}/monitoring/indicators/{id}");
    let back = format!("/clusters/{slug}/monitoring/values/{key}");
    let saved = app::monitoring::update(&state.app, &page.scope, id, &input).await;
    saved_or_form(&headers, saved, &back, &t("monitoring-indicator-saved"), |e| {
        edit_page(
            page.layout,
            t("monitoring-change-indicator"),
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
    let done = app::monitoring::remove(&state.app, &scope, id).await.map(|()| t("monitoring-indicator-removed"));
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
        .map(|()| t1("monitoring-value-saved", "period", &period));
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
        .map(|()| if target.trim().is_empty() { t("monitoring-target-removed") } else { t("monitoring-target-set") });
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
    let kind = |k: &str| EvidenceKind::parse(k).map_or(k.to_string(), reader::label);
    let mut columns = vec![
        (t("monitoring-kind"), ""),
        (t("monitoring-evidence-title"), ""),
        (t("monitoring-dated"), ""),
        (t("monitoring-backs"), "optional"),
    ];
    if removable {
        columns.push((String::new(), ""));
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
                        Cell::button(
                            t("monitoring-remove"),
                            format!("/clusters/{slug}/monitoring/evidence/{}/remove", e.id),
                        )
                        .confirm(t1("monitoring-remove-evidence-confirm", "title", &e.title)),
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
    let kinds: Vec<(&str, String)> = EvidenceKind::ALL
        .iter()
        .filter(|k| **k != EvidenceKind::Other)
        .map(|k| (k.code(), reader::label(*k)))
        .collect();
    vec![
        FormField::text("kind", &t("monitoring-kind"), None, errors).select(options(
            &reader::label(EvidenceKind::Other),
            kinds.iter().map(|(c, l)| (*c, l.as_str())),
            input.kind.as_deref().filter(|k| !k.is_empty()),
        )),
        FormField::text("title", &t("monitoring-evidence-title"), input.title.as_deref(), errors)
            .hint(t("monitoring-evidence-title-hint")),
        FormField::text("file", &t("monitoring-file"), None, errors).input("file").hint(t1(
            "monitoring-file-hint",
            "size",
            domain::monitoring::EVIDENCE_FILE_BYTES / 1024 / 1024,
        )),
        FormField::text("url", &t("monitoring-or-a-link"), input.url.as_deref(), errors).input("url"),
        FormField::text("dated_on", &t("monitoring-dated"), input.dated_on.as_deref(), errors)
            .input("date")
            .hint(t("monitoring-dated-hint")),
        FormField::text("indicator_key", &t("monitoring-backs-the-indicator"), input.indicator_key.as_deref(), errors),
        FormField::text("period", &t("monitoring-of-the-period"), input.period.as_deref(), errors)
            .hint(t("monitoring-of-the-period-hint")),
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
    let mut report = ReportPage::new(page.layout, t("monitoring-evidence"));
    report.subheading = t("monitoring-evidence-subheading");
    report.notice = flash.notice;
    report.problem = flash.problem.or_else(|| errors.map(|e| t1("monitoring-nothing-added", "problem", e)));
    report.forms_last = true;
    report.actions = vec![link(t("monitoring-title"), format!("/clusters/{slug}/monitoring"))];
    report.facts = vec![
        Fact::new(t("monitoring-items"), Some(items.len().to_string())),
        Fact::new(
            t("monitoring-files-held"),
            Some(t2(
                "monitoring-files-held-value",
                "held",
                (held + 1024 * 1024 - 1) / (1024 * 1024),
                "quota",
                domain::monitoring::EVIDENCE_QUOTA_BYTES / 1024 / 1024,
            )),
        ),
    ];
    report.sections.push(Section {
        title: t("monitoring-evidence-store"),
        table: evidence_table(&slug, &items, can_edit),
        empty: t("monitoring-nothing-yet"),
        actions: Vec::new(),
    });
    if can_edit {
        report.forms.push(
            PostForm::post(
                t("monitoring-add-evidence"),
                format!("/clusters/{slug}/monitoring/evidence"),
                t("monitoring-add"),
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
    let page = ClusterPage::open(&state, access, SECTION, t("monitoring-evidence")).await?;
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
    let page = ClusterPage::open(&state, access, SECTION, t("monitoring-evidence")).await?;
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
            Ok(see_other_with(&headers, &back, "notice", &t("monitoring-evidence-added")))
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
        app::monitoring::remove_evidence(&state.app, &scope, id).await.map(|()| t("monitoring-evidence-removed"));
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
        .map(|()| t1("monitoring-value-removed", "period", &period));
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
    let mut report = app::report::annual(&state.app, &scope, year).await?;
    crate::annual_report::in_reader_language(&mut report);
    Ok(crate::annual_report::response(&report, format, &slug).await?)
}

/// The year and format asked for: the `current` year and HTML when left out.
fn report_request(q: &ReportQuery, current: i32) -> Result<(i32, crate::annual_report::Format), app::Error> {
    let year = match q.year.as_deref().map(str::trim).filter(|y| !y.is_empty()) {
        None => current,
        Some(y) => y.parse().map_err(|_| app::Error::BadRequest(t1("monitoring-parameter-year", "value", y)))?,
    };
    let format = crate::annual_report::Format::parse(q.format.as_deref().unwrap_or("html"))
        .map_err(|m| app::Error::BadRequest(t1("monitoring-parameter-format", "problem", m)))?;
    Ok((year, format))
}
