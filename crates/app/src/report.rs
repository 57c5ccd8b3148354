//! The annual monitoring report of a cluster's year, for its board: what met its target and what
//! slipped, each group of the monitoring system with its values, targets, status, five years of
//! trend and the notes of values entered by hand, the reporting regimes' checklists, and every
//! value. The pages print it as HTML, set it as PDF and write it as an XLSX workbook; this is
//! its content, worked out once.

use domain::Coded;
use domain::indicator_set::MONITORING_SET;
use domain::monitoring::{Group, IndicatorDirection, Period, Source, Status, Unit};

use crate::auth::{Allows, Read};
use crate::indicator_set::SetReading;
use crate::monitoring::TrendPoint;
use crate::{App, Error};

/// An indicator in the report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportRow {
    pub code: String,
    pub key: String,
    pub name: String,
    pub unit: Unit,
    pub direction: IndicatorDirection,
    pub source: Source,
    /// Scaled by the unit; none when nothing gives it.
    pub value: Option<i64>,
    /// The value, the year before's and the target as the unit writes them; `–` for none.
    pub value_text: String,
    pub previous_text: String,
    pub target_text: Option<String>,
    pub status: Option<Status>,
    /// The last five years, oldest first.
    pub trend: Vec<TrendPoint>,
    /// The note of a value entered by hand.
    pub note: Option<String>,
}

/// A group of the monitoring system in the report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportGroup {
    pub group: Group,
    pub name: String,
    pub family: String,
    pub rows: Vec<ReportRow>,
}

/// How many indicators stand where against their targets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusCounts {
    pub on_track: usize,
    pub at_risk: usize,
    pub off_track: usize,
    /// Indicators with a value but no target.
    pub without_target: usize,
}

/// The annual monitoring report of one cluster and year.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AnnualReport {
    pub cluster: String,
    pub region: String,
    pub year: i32,
    /// The day it was made (the cluster's today).
    pub made_on: chrono::NaiveDate,
    /// ISO 4217 code of the cluster's currency, in which amounts are written.
    pub currency: String,
    pub counts: StatusCounts,
    /// Indicators that moved the better way (their direction's) since the year before.
    pub improved: Vec<ReportRow>,
    /// Indicators that met their target, and those that slipped (at risk or off track), each
    /// with the year before's value beside.
    pub met: Vec<ReportRow>,
    pub slipped: Vec<ReportRow>,
    pub groups: Vec<ReportGroup>,
    /// The reporting regimes read for the year (the monitoring system itself is the groups).
    pub regimes: Vec<SetReading>,
}

impl AnnualReport {
    /// Every indicator of the report, group by group.
    pub fn rows(&self) -> impl Iterator<Item = (&ReportGroup, &ReportRow)> {
        self.groups.iter().flat_map(|g| g.rows.iter().map(move |r| (g, r)))
    }
}

/// The annual monitoring report of the cluster's year `year`.
///
/// # Errors
/// [`Error::BadRequest`] for a year the monitoring system does not keep (2000 to 2100).
pub async fn annual(app: &App, scope: &impl Allows<Read>, year: i32) -> Result<AnnualReport, Error> {
    let scope = scope.checked()?;
    let currency = scope.cluster().base_currency;
    let period = Period::parse(&year.to_string())
        .map_err(|m| Error::BadRequest(i18n::said_with("invalid-report-year-parameter", &[("error", m)])))?;
    let catalogue = crate::monitoring::catalogue(app, scope).await?;
    let (dashboard, values) = crate::monitoring::dashboard_and_values(app, scope, &catalogue, period).await?;
    let regimes = crate::indicator_set::readings_of(app, scope, &catalogue, period, &values)
        .await?
        .into_iter()
        .filter(|r| r.key != MONITORING_SET)
        .collect();
    let text = |unit: Unit, v: Option<i64>| v.map_or_else(|| "–".to_string(), |v| unit.text(v, currency));
    let mut counts = StatusCounts::default();
    let groups: Vec<ReportGroup> = dashboard
        .groups
        .iter()
        .map(|g| ReportGroup {
            group: g.group,
            name: g.name.to_string(),
            family: g.group.family().to_string(),
            rows: g
                .rows
                .iter()
                .map(|r| {
                    let d = &r.indicator.definition;
                    match (r.status, r.value) {
                        (Some(Status::OnTrack), _) => counts.on_track += 1,
                        (Some(Status::AtRisk), _) => counts.at_risk += 1,
                        (Some(Status::OffTrack), _) => counts.off_track += 1,
                        (None, Some(_)) => counts.without_target += 1,
                        (None, None) => {}
                    }
                    let previous = r.trend.len().checked_sub(2).and_then(|i| r.trend.get(i)).and_then(|p| p.value);
                    ReportRow {
                        code: d.code.clone(),
                        key: d.key.clone(),
                        name: d.name.clone(),
                        unit: d.unit,
                        direction: d.direction,
                        source: d.source,
                        value: r.value,
                        value_text: text(d.unit, r.value),
                        previous_text: text(d.unit, previous),
                        target_text: r.target.map(|t| d.unit.text(t, currency)),
                        status: r.status,
                        trend: r.trend.clone(),
                        note: values.get(&d.key).and_then(|v| v.note.clone()).filter(|n| !n.trim().is_empty()),
                    }
                })
                .collect(),
        })
        .collect();
    let all: Vec<&ReportRow> = groups.iter().flat_map(|g| g.rows.iter()).collect();
    let improved = all
        .iter()
        .filter(|r| {
            let last_two: Vec<Option<i64>> = r.trend.iter().rev().take(2).map(|p| p.value).collect();
            match last_two.as_slice() {
                [Some(now), Some(before)] => match r.direction {
                    IndicatorDirection::Higher => now > before,
                    IndicatorDirection::Lower => now < before,
                },
                _ => false,
            }
        })
        .map(|r| (*r).clone())
        .collect();
    let met = all.iter().filter(|r| r.status == Some(Status::OnTrack)).map(|r| (*r).clone()).collect();
    let slipped = all
        .iter()
        .filter(|r| matches!(r.status, Some(Status::AtRisk | Status::OffTrack)))
        .map(|r| (*r).clone())
        .collect();
    let cluster = scope.cluster();
    Ok(AnnualReport {
        cluster: cluster.name.clone(),
        region: cluster.region_name.clone().unwrap_or_else(|| cluster.country.clone()),
        year,
        made_on: app.today(scope),
        currency: currency.code().to_string(),
        counts,
        improved,
        met,
        slipped,
        groups,
        regimes,
    })
}

/// The messages naming the first columns of the workbook of all values, written in the reader's
/// language; the values of the trend's years follow.
pub const VALUE_COLUMNS: [&str; 12] = [
    "monitoring-group",
    "monitoring-code",
    "monitoring-key",
    "monitoring-indicator",
    "monitoring-unit",
    "monitoring-source",
    "monitoring-value",
    "monitoring-report-previous-year",
    "monitoring-target",
    "monitoring-status",
    "monitoring-note",
    "monitoring-report-value-as-number",
];

/// Every value of the report as a table: one row per indicator, the value written as its unit
/// writes it and as a plain number (a percent as 42.5, an amount in major units), then the
/// values of the five years of its trend as plain numbers.
pub fn values_table(report: &AnnualReport) -> crate::table::Table {
    use crate::table::Value::Text;
    let currency = domain::money::Currency::parse(&report.currency).unwrap_or(domain::money::Currency::EUR);
    let rows = report
        .rows()
        .map(|(g, r)| {
            vec![
                Text(format!("{} {}", g.group.code(), g.name)),
                Text(r.code.clone()),
                Text(r.key.clone()),
                Text(r.name.clone()),
                Text(r.unit.said_label()),
                Text(r.source.said_label()),
                Text(r.value_text.clone()),
                Text(r.previous_text.clone()),
                Text(r.target_text.clone().unwrap_or_default()),
                Text(r.status.map(said_status).unwrap_or_default()),
                Text(r.note.clone().unwrap_or_default()),
            ]
            .into_iter()
            .chain(
                std::iter::once(r.value)
                    .chain(r.trend.iter().map(|p| p.value))
                    .map(|v| v.map_or(Text(String::new()), |v| crate::table::Value::Scaled(v, r.unit.scale(currency)))),
            )
            .collect()
        })
        .collect();
    let years = report.groups.iter().flat_map(|g| g.rows.first()).next().map(|r| r.trend.clone()).unwrap_or_default();
    let columns =
        VALUE_COLUMNS.iter().map(|key| i18n::said(key)).chain(years.iter().map(|p| p.period.clone())).collect();
    crate::table::Table::of_rows(i18n::said("monitoring-report-values-sheet"), columns, rows)
}

/// A status as the reader's language names it.
fn said_status(status: Status) -> String {
    i18n::said(match status {
        Status::OnTrack => "monitoring-status-on-track",
        Status::AtRisk => "monitoring-status-at-risk",
        Status::OffTrack => "monitoring-status-off-track",
    })
}
