//! The reporting regimes' pages: every indicator set of the cluster read for a period (the
//! monitoring system, the shipped sets, the cluster's own) with what holds, what falls short and
//! what is missing; a set's lines with their values, thresholds, verdicts and evidence, exported
//! as CSV or XLSX; the cluster's own sets made, copied, renamed, lined and removed.

use app::auth::{Manage, Read};
use app::indicator_set::{LineReading, SetDocument};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use domain::indicator_set::{Comparison, SetInput, SetLineInput, Verdict};
use domain::monitoring::{EvidenceKind, Period};

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, CsrfListForm, NoFields, PageScope};
use crate::error::PageError;
use crate::params::parse_id;
use crate::reader::{self, t, t1, t2};

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/monitoring/sets", &["GET", "POST"], get(sets).post(create))
        .route("/clusters/{cluster}/monitoring/sets/{set}", &["GET", "POST"], get(set).post(update))
        .route("/clusters/{cluster}/monitoring/sets/{set}/export", &["GET"], get(export))
        .route("/clusters/{cluster}/monitoring/sets/{set}/copy", &["POST"], post(copy))
        .route("/clusters/{cluster}/monitoring/sets/{set}/remove", &["POST"], post(remove))
        .route("/clusters/{cluster}/monitoring/sets/{set}/lines", &["POST"], post(add_line))
        .route("/clusters/{cluster}/monitoring/sets/{set}/lines/{line}/remove", &["POST"], post(remove_line))
}

const SECTION: &str = "monitoring";

#[derive(serde::Deserialize, Default)]
struct SetQuery {
    period: Option<String>,
    format: Option<String>,
}

/// The period asked for, else the cluster's current year; one that does not read is said so.
fn period_of(state: &AppState, scope: &app::ClusterScope, raw: Option<&str>) -> (Period, Option<String>) {
    let query = super::monitoring::PeriodQuery { period: raw.map(String::from) };
    super::monitoring::period_of(&query, app::monitoring::current_year(&state.app, scope))
}

fn verdict_cell(verdict: Verdict) -> Cell {
    let class = match verdict {
        Verdict::Met | Verdict::OnTrack | Verdict::Measured => "status-ok",
        Verdict::AtRisk | Verdict::Missing => "status-warning",
        Verdict::NotMet | Verdict::OffTrack => "status-problem",
    };
    Cell::text(crate::annual_report::verdict_label(&verdict)).class(class)
}

async fn sets(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<SetQuery>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, SECTION, t("monitoring-reporting-regimes")).await?;
    let scope = page.scope.clone();
    let can_manage = scope.role().allows(domain::access::Permission::Manage);
    let (period, unread) = period_of(&state, &scope, q.period.as_deref());
    let mut readings = app::indicator_set::readings(&state.app, &scope, period).await?;
    readings.iter_mut().for_each(reader::name_shipped_set);
    let mut report = ReportPage::new(page.layout, t1("monitoring-sets-heading", "period", period));
    report.subheading = t("monitoring-sets-subheading");
    report.notice = flash.notice;
    report.problem = flash.problem.or(unread);
    report.forms_last = true;
    report.actions = vec![
        link(t("monitoring-title"), format!("/clusters/{slug}/monitoring?period={period}")),
        link(
            format!("{}", period.previous()),
            format!("/clusters/{slug}/monitoring/sets?period={}", period.previous()),
        ),
    ];
    let rows = readings
        .iter()
        .map(|r| {
            vec![
                Cell::link(r.name.clone(), format!("/clusters/{slug}/monitoring/sets/{}?period={period}", r.key)),
                Cell::text(if r.own { t("monitoring-sets-own") } else { t("monitoring-sets-shipped") })
                    .class("optional"),
                Cell::text(r.lines.len().to_string()).class("num"),
                Cell::text(r.holding.to_string()).class("num"),
                Cell::text(r.short.to_string()).class("num"),
                Cell::text(r.missing.to_string()).class("num"),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: t("monitoring-sets-indicator-sets"),
        table: plain_table(
            &[
                (t("monitoring-sets-set"), ""),
                (t("monitoring-sets-kept-by"), "optional"),
                (t("monitoring-sets-lines"), "num"),
                (t("monitoring-sets-hold"), "num"),
                (t("monitoring-sets-fall-short"), "num"),
                (t("monitoring-sets-missing"), "num"),
            ],
            rows,
        ),
        empty: t("monitoring-sets-none"),
        actions: Vec::new(),
    });
    let text = period.to_string();
    report.forms.push(PostForm::get(
        t("monitoring-period"),
        format!("/clusters/{slug}/monitoring/sets"),
        t("monitoring-show"),
        vec![
            FormField::text("period", &t("monitoring-year-or-quarter"), Some(&text), None)
                .hint(t("monitoring-period-hint")),
        ],
    ));
    if can_manage {
        report.forms.push(PostForm::post(
            t("monitoring-sets-add-own"),
            format!("/clusters/{slug}/monitoring/sets"),
            t("monitoring-add"),
            set_fields(&SetInput::default(), None),
        ));
    }
    Ok(report.into_response())
}

fn set_fields(input: &SetInput, errors: Option<&domain::Invalid>) -> Vec<FormField> {
    vec![
        FormField::text("name", &t("monitoring-name"), input.name.as_deref(), errors).required(),
        FormField::text("description", &t("monitoring-description"), input.description.as_deref(), errors)
            .input("textarea")
            .hint(t("monitoring-sets-description-hint")),
    ]
}

fn line_fields(catalogue: &[app::monitoring::Indicator]) -> Vec<FormField> {
    let indicators: Vec<(String, String)> = catalogue
        .iter()
        .map(|i| {
            let d = &i.definition;
            (d.key.clone(), format!("{} {}", d.code, reader::indicator_name(&d.key, &d.name)))
        })
        .collect();
    let comparisons: Vec<(&str, String)> = Comparison::ALL.iter().map(|c| (c.code(), reader::label(*c))).collect();
    let kinds: Vec<(&str, String)> = EvidenceKind::ALL.iter().map(|k| (k.code(), reader::label(*k))).collect();
    vec![
        FormField::text("code", &t("monitoring-code"), None, None).required().hint(t("monitoring-sets-code-hint")),
        FormField::text("name", &t("monitoring-name"), None, None).required().hint(t("monitoring-sets-name-hint")),
        FormField::text("indicator", &t("monitoring-indicator"), None, None)
            .select(options(&t("monitoring-choose"), indicators.iter().map(|(k, l)| (k.as_str(), l.as_str())), None))
            .required(),
        FormField::text("comparison", &t("monitoring-sets-threshold"), None, None).select(options(
            &t("monitoring-sets-no-threshold"),
            comparisons.iter().map(|(c, l)| (*c, l.as_str())),
            None,
        )),
        FormField::text("threshold", &t("monitoring-sets-threshold-value"), None, None)
            .hint(t("monitoring-sets-threshold-value-hint")),
        FormField::text("evidence_kinds", &t("monitoring-sets-evidence-kinds"), None, None)
            .checkboxes(options("", kinds.iter().map(|(c, l)| (*c, l.as_str())), None).split_off(1)),
    ]
}

fn evidence_cell(slug: &str, line: &LineReading) -> Cell {
    match line.evidence.as_slice() {
        [] if line.line.evidence_kinds.is_empty() => Cell::text(""),
        [] => Cell::text(t1(
            "monitoring-sets-no-evidence-yet",
            "kinds",
            line.line.evidence_kinds.iter().map(|k| reader::label(*k).to_lowercase()).collect::<Vec<_>>().join(", "),
        ))
        .class("status-warning"),
        [one] => Cell::link(one.title.clone(), evidence_href(slug, one)),
        [first, rest @ ..] => Cell::link(
            t2("monitoring-sets-evidence-and-more", "title", &first.title, "more", rest.len()),
            evidence_href(slug, first),
        ),
    }
}

fn evidence_href(slug: &str, e: &app::indicator_set::EvidenceRef) -> String {
    match &e.url {
        Some(url) => url.clone(),
        None => format!("/clusters/{slug}/monitoring/evidence/{}", e.id),
    }
}

async fn set(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path((slug, key)): Path<(String, String)>,
    Query(q): Query<SetQuery>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, SECTION, t("monitoring-sets-indicator-set")).await?;
    let scope = page.scope.clone();
    let can_manage = scope.role().allows(domain::access::Permission::Manage);
    let (period, unread) = period_of(&state, &scope, q.period.as_deref());
    let mut reading = app::indicator_set::reading(&state.app, &scope, &key, period).await?;
    reader::name_shipped_set(&mut reading);
    let mut report = ReportPage::new(page.layout, format!("{} · {period}", reading.name));
    report.subheading = reading.description.clone();
    report.notice = flash.notice;
    report.problem = flash.problem.or(unread);
    report.forms_last = true;
    let here = format!("/clusters/{slug}/monitoring/sets/{key}");
    report.actions = vec![
        link(t("monitoring-reporting-regimes"), format!("/clusters/{slug}/monitoring/sets?period={period}")),
        link(format!("{}", period.previous()), format!("{here}?period={}", period.previous())),
        link(t("monitoring-sets-export-csv"), format!("{here}/export?period={period}&format=csv")),
        link(t("monitoring-sets-export-xlsx"), format!("{here}/export?period={period}&format=xlsx")),
    ];
    report.facts = vec![
        Fact::new(t("monitoring-sets-lines"), Some(reading.lines.len().to_string())),
        Fact::new(t("monitoring-sets-hold"), Some(reading.holding.to_string())),
        Fact::new(t("monitoring-sets-fall-short"), Some(reading.short.to_string())),
        Fact::new(t("monitoring-sets-missing"), Some(reading.missing.to_string())),
    ];
    let removable = reading.own && can_manage;
    let mut columns = vec![
        (t("monitoring-code"), ""),
        (t("monitoring-sets-line"), ""),
        (t("monitoring-indicator"), "optional"),
        (t("monitoring-value"), "num"),
        (t("monitoring-sets-threshold-or-target"), "optional"),
        (t("monitoring-sets-verdict"), ""),
        (t("monitoring-evidence"), ""),
    ];
    if removable {
        columns.push((String::new(), ""));
    }
    let rows = reading
        .lines
        .iter()
        .map(|l| {
            let indicator = match &l.indicator_name {
                Some(name) => Cell::link(
                    reader::indicator_name(&l.line.indicator, name),
                    format!("/clusters/{slug}/monitoring/values/{}?period={period}", l.line.indicator),
                ),
                None => Cell::text(t1("monitoring-sets-no-longer-in-catalogue", "key", &l.line.indicator)),
            };
            let against = match (&l.threshold_text, &l.target_text) {
                (Some(threshold), _) => threshold.clone(),
                (None, Some(target)) => t1("monitoring-target-value", "target", target),
                (None, None) => String::new(),
            };
            let mut row = vec![
                Cell::text(l.line.code.clone()),
                Cell::text(l.line.name.clone()),
                indicator.class("optional"),
                Cell::text(l.value_text.clone()).class("num"),
                Cell::text(against).class("optional"),
                verdict_cell(l.verdict),
                evidence_cell(&slug, l),
            ];
            if removable && let Some(id) = l.line_id {
                row.push(Cell::button(t("monitoring-remove"), format!("{here}/lines/{id}/remove")).confirm(t1(
                    "monitoring-sets-remove-line-confirm",
                    "code",
                    &l.line.code,
                )));
            }
            row
        })
        .collect();
    report.sections.push(Section {
        title: t("monitoring-sets-lines"),
        table: plain_table(&columns, rows),
        empty: t("monitoring-sets-no-lines"),
        actions: Vec::new(),
    });
    let text = period.to_string();
    report.forms.push(PostForm::get(
        t("monitoring-period"),
        here.clone(),
        t("monitoring-show"),
        vec![
            FormField::text("period", &t("monitoring-year-or-quarter"), Some(&text), None)
                .hint(t("monitoring-period-hint")),
        ],
    ));
    if can_manage {
        if reading.own {
            let catalogue = app::monitoring::catalogue(&state.app, &scope).await?;
            report.forms.push(PostForm::post(
                t("monitoring-sets-add-line"),
                format!("{here}/lines"),
                t("monitoring-add"),
                line_fields(&catalogue),
            ));
            let current = SetInput { name: Some(reading.name.clone()), description: Some(reading.description.clone()) };
            report.forms.push(PostForm::post(
                t("monitoring-sets-name-and-description"),
                here.clone(),
                t("monitoring-save"),
                set_fields(&current, None),
            ));
            report.forms.push(
                PostForm::post(
                    t("monitoring-sets-remove-set"),
                    format!("{here}/remove"),
                    t("monitoring-remove"),
                    Vec::new(),
                )
                .confirm(t1("monitoring-sets-remove-set-confirm", "name", &reading.name)),
            );
        }
        report.forms.push(PostForm::post(
            t("monitoring-sets-copy-into-own"),
            format!("{here}/copy"),
            t("monitoring-sets-copy"),
            Vec::new(),
        ));
    }
    Ok(report.into_response())
}

async fn export(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Path((_, key)): Path<(String, String)>,
    Query(q): Query<SetQuery>,
) -> Result<Response, PageError> {
    let period = match q.period.as_deref() {
        None => Period::year(app::monitoring::current_year(&state.app, &scope)),
        Some(raw) => {
            Period::parse(raw).map_err(|m| app::Error::BadRequest(t1("monitoring-parameter-period", "problem", m)))?
        }
    };
    let (reading, table) = app::indicator_set::export(&state.app, &scope, &key, period).await?;
    let stem = format!("{}-{}", file_stem(&reading.name), reading.period);
    Ok(crate::exports::download(table, q.format.as_deref(), &stem).await?)
}

/// A name as a file name: letters and digits kept, the rest one `-`.
fn file_stem(name: &str) -> String {
    let mut stem = String::new();
    for c in name.chars().take(60) {
        if c.is_alphanumeric() {
            stem.extend(c.to_lowercase());
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
    }
    stem.trim_end_matches('-').to_string()
}

async fn create(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(input): CsrfForm<SetInput>,
) -> Result<Response, PageError> {
    let document = SetDocument { name: input.name, description: input.description, lines: None };
    match app::indicator_set::create(&state.app, &scope, &document, user.actor.email()).await {
        Ok(id) => Ok(see_other_with(
            &headers,
            &format!("/clusters/{slug}/monitoring/sets/{id}"),
            "notice",
            &t("monitoring-sets-added"),
        )),
        Err(e) => after_action(&headers, &format!("/clusters/{slug}/monitoring/sets"), Err(e)),
    }
}

async fn update(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, key)): Path<(String, String)>,
    CsrfForm(input): CsrfForm<SetInput>,
) -> Result<Response, PageError> {
    let id = parse_id(&key, "indicator set")?;
    let document = SetDocument { name: input.name, description: input.description, lines: None };
    let done = app::indicator_set::update(&state.app, &scope, id, &document).await.map(|()| t("monitoring-sets-saved"));
    after_action(&headers, &format!("/clusters/{slug}/monitoring/sets/{id}"), done)
}

async fn copy(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, key)): Path<(String, String)>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let id = app::indicator_set::copy(&state.app, &scope, &key, user.actor.email()).await?;
    Ok(see_other_with(
        &headers,
        &format!("/clusters/{slug}/monitoring/sets/{id}"),
        "notice",
        &t("monitoring-sets-copied"),
    ))
}

async fn remove(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, key)): Path<(String, String)>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let id = parse_id(&key, "indicator set")?;
    let done = app::indicator_set::remove(&state.app, &scope, id).await.map(|()| t("monitoring-sets-removed"));
    after_action(&headers, &format!("/clusters/{slug}/monitoring/sets"), done)
}

async fn add_line(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, key)): Path<(String, String)>,
    CsrfListForm(input): CsrfListForm<SetLineInput>,
) -> Result<Response, PageError> {
    let id = parse_id(&key, "indicator set")?;
    let done =
        app::indicator_set::add_line(&state.app, &scope, id, &input).await.map(|_| t("monitoring-sets-line-added"));
    after_action(&headers, &format!("/clusters/{slug}/monitoring/sets/{id}"), done)
}

async fn remove_line(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, key, line)): Path<(String, String, String)>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let id = parse_id(&key, "indicator set")?;
    let line = parse_id(&line, "line")?;
    let done =
        app::indicator_set::remove_line(&state.app, &scope, id, line).await.map(|()| t("monitoring-sets-line-removed"));
    after_action(&headers, &format!("/clusters/{slug}/monitoring/sets/{id}"), done)
}
