//! Reporting regimes (`DOMAIN.md`, "One data set, many reporting regimes"): the monitoring system
//! itself, the shipped sets (the European Cluster Collaboration Platform's listing floor, a label's
//! readiness, a regional programme's policy indicators) and the cluster's own, each read for a
//! period from the same values as the dashboard: what is met, what is not, what is missing, and
//! the evidence behind each line. Nothing is typed twice: a set only points at indicators.

use std::collections::{HashMap, HashSet};

use domain::id::Uuid;
use domain::indicator_set::{IndicatorSet, MONITORING_SET, SetInput, SetLine, SetLineInput, Verdict};
use domain::monitoring::{Period, Periodicity, Unit};

use crate::auth::{Allows, Manage, Read};
use crate::monitoring::{Evidence, Indicator};
use crate::{App, ClusterScope, Error};

/// The monitoring system as a set: every indicator of the catalogue, judged by its targets.
fn monitoring_set(catalogue: &[Indicator]) -> IndicatorSet {
    IndicatorSet {
        key: MONITORING_SET.into(),
        name: "The monitoring system".into(),
        description: "Every indicator of the catalogue, built in and the cluster's own, held against the targets \
                      the cluster set."
            .into(),
        own: false,
        lines: catalogue
            .iter()
            .map(|i| SetLine {
                code: i.definition.code.clone(),
                name: i.definition.name.clone(),
                indicator: i.definition.key.clone(),
                threshold: None,
                evidence_kinds: Vec::new(),
            })
            .collect(),
    }
}

fn shipped(scope: &ClusterScope) -> Result<Vec<IndicatorSet>, Error> {
    domain::indicator_set::shipped(scope.cluster().base_currency).map_err(Error::Internal)
}

/// A set with the ids of its lines (the cluster's own sets' lines have one; others none).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Held {
    set: IndicatorSet,
    line_ids: Vec<Option<Uuid>>,
}

/// One of the cluster's own sets, its lines in the order of their codes (`4.10` after `4.2`).
fn own_set(mut s: store::indicator_set::OwnSet) -> Held {
    s.lines.sort_by_cached_key(|l| crate::monitoring::code_order(&l.line.code));
    Held {
        line_ids: s.lines.iter().map(|l| Some(l.id)).collect(),
        set: IndicatorSet {
            key: s.id.to_string(),
            name: s.name,
            description: s.description,
            own: true,
            lines: s.lines.into_iter().map(|l| l.line).collect(),
        },
    }
}

/// Every set the cluster can read: the monitoring system, the shipped sets, then its own by name.
pub async fn sets(app: &App, scope: &impl Allows<Read>) -> Result<Vec<IndicatorSet>, Error> {
    let scope = scope.checked()?;
    let catalogue = crate::monitoring::catalogue(app, scope).await?;
    let mut all = vec![monitoring_set(&catalogue)];
    all.extend(shipped(scope)?);
    all.extend(store::indicator_set::sets(&app.db, scope).await?.into_iter().map(|s| own_set(s).set));
    Ok(all)
}

async fn find(app: &App, scope: &ClusterScope, catalogue: &[Indicator], key: &str) -> Result<Held, Error> {
    let unnumbered = |set: IndicatorSet| Held { line_ids: vec![None; set.lines.len()], set };
    if key == MONITORING_SET {
        return Ok(unnumbered(monitoring_set(catalogue)));
    }
    if let Some(set) = shipped(scope)?.into_iter().find(|s| s.key == key) {
        return Ok(unnumbered(set));
    }
    let id: Uuid = key.parse().map_err(|_| Error::NotFound("indicator set"))?;
    store::indicator_set::sets(&app.db, scope)
        .await?
        .into_iter()
        .find(|s| s.id == id)
        .map(own_set)
        .ok_or(Error::NotFound("indicator set"))
}

/// One line of a set read for a period.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LineReading {
    /// The line's id in one of the cluster's own sets.
    pub line_id: Option<Uuid>,
    #[serde(flatten)]
    pub line: SetLine,
    /// The indicator's name and unit; none when the set names a key the catalogue no longer has.
    pub indicator_name: Option<String>,
    pub unit: Option<Unit>,
    /// Scaled by the unit, as on the dashboard.
    pub value: Option<i64>,
    /// The value, the threshold and the target as the unit writes them (`0.50 FTE`, `42.5 %`).
    pub value_text: String,
    pub threshold_text: Option<String>,
    pub target: Option<i64>,
    pub target_text: Option<String>,
    pub verdict: Verdict,
    /// Evidence attached to the indicator for the period (or to no period), and evidence of the
    /// line's kinds dated in it.
    pub evidence: Vec<EvidenceRef>,
}

/// An item of evidence as a line names it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EvidenceRef {
    pub id: Uuid,
    pub kind: domain::monitoring::EvidenceKind,
    pub title: String,
    pub dated_on: chrono::NaiveDate,
    pub url: Option<String>,
    pub file_name: Option<String>,
}

/// A set read for a period: each line with its value and verdict, and the count of each verdict.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetReading {
    pub key: String,
    pub name: String,
    pub description: String,
    pub own: bool,
    pub period: String,
    pub lines: Vec<LineReading>,
    /// Lines that hold (met, on track, or measured where nothing more is asked).
    pub holding: usize,
    /// Lines with a value that does not hold (not met, at risk, off track).
    pub short: usize,
    /// Lines without a value.
    pub missing: usize,
}

/// The set `key` (a shipped set's key, `monitoring`, or the id of one of the cluster's own) read
/// for `period`.
///
/// # Errors
/// [`Error::NotFound`] for a key that names no set of the cluster.
pub async fn reading(app: &App, scope: &impl Allows<Read>, key: &str, period: Period) -> Result<SetReading, Error> {
    let scope = scope.checked()?;
    let catalogue = crate::monitoring::catalogue(app, scope).await?;
    let held = find(app, scope, &catalogue, key).await?;
    let values = crate::monitoring::values_of(app, scope, &catalogue, period).await?;
    let readings = read_sets(app, scope, &catalogue, std::slice::from_ref(&held), period, &values).await?;
    readings.into_iter().next().ok_or(Error::NotFound("indicator set"))
}

/// Every set the cluster reads (the monitoring system, the shipped ones, its own) for `period`,
/// from one working-out of the values.
pub async fn readings(app: &App, scope: &impl Allows<Read>, period: Period) -> Result<Vec<SetReading>, Error> {
    let scope = scope.checked()?;
    let catalogue = crate::monitoring::catalogue(app, scope).await?;
    let values = crate::monitoring::values_of(app, scope, &catalogue, period).await?;
    readings_of(app, scope, &catalogue, period, &values).await
}

/// Every set read for `period` from values worked out already.
pub(crate) async fn readings_of(
    app: &App,
    scope: &ClusterScope,
    catalogue: &[Indicator],
    period: Period,
    values: &HashMap<String, crate::monitoring::Value>,
) -> Result<Vec<SetReading>, Error> {
    let mut all = vec![Held { line_ids: vec![None; catalogue.len()], set: monitoring_set(catalogue) }];
    all.extend(shipped(scope)?.into_iter().map(|set| Held { line_ids: vec![None; set.lines.len()], set }));
    all.extend(store::indicator_set::sets(&app.db, scope).await?.into_iter().map(own_set));
    read_sets(app, scope, catalogue, &all, period, values).await
}

async fn read_sets(
    app: &App,
    scope: &ClusterScope,
    catalogue: &[Indicator],
    sets: &[Held],
    period: Period,
    values: &HashMap<String, crate::monitoring::Value>,
) -> Result<Vec<SetReading>, Error> {
    let currency = scope.cluster().base_currency;
    let label = period.to_string();
    let targets = store::monitoring::targets(&app.db, scope).await?;
    let evidence = store::monitoring::evidence(&app.db, scope).await?;
    let (first, last) = period.days();
    let periodicity = if period.quarter.is_some() { Periodicity::Quarter } else { Periodicity::Year };
    Ok(sets
        .iter()
        .map(|held| {
            let lines: Vec<LineReading> = held
                .set
                .lines
                .iter()
                .zip(&held.line_ids)
                .map(|(line, id)| {
                    let indicator = catalogue.iter().find(|i| i.definition.key == line.indicator);
                    let unit = indicator.map(|i| i.definition.unit);
                    let text = |v: i64| unit.map_or(v.to_string(), |u| u.text(v, currency));
                    let value = values.get(&line.indicator).and_then(|v| v.value);
                    let target = targets
                        .iter()
                        .find(|t| t.indicator_key == line.indicator && t.period == label)
                        .map(|t| t.target);
                    let against_target = indicator.zip(value).zip(target).map(|((i, v), t)| {
                        domain::monitoring::status(v, t, i.definition.direction, i.definition.unit.scale(currency))
                    });
                    let backing = |e: &&Evidence| {
                        let of_indicator = e.indicator_key.as_deref() == Some(line.indicator.as_str())
                            && e.period.as_deref().is_none_or(|p| p == label);
                        let of_kind = domain::monitoring::EvidenceKind::parse(&e.kind)
                            .is_ok_and(|k| line.evidence_kinds.contains(&k))
                            && e.dated_on >= first
                            && e.dated_on <= last;
                        of_indicator || of_kind
                    };
                    LineReading {
                        line_id: *id,
                        line: line.clone(),
                        indicator_name: indicator.map(|i| i.definition.name.clone()),
                        unit,
                        value,
                        value_text: value.map_or_else(|| "–".into(), text),
                        threshold_text: line.threshold.map(|t| format!("{} {}", t.comparison.label(), text(t.value))),
                        target,
                        target_text: target.map(text),
                        verdict: if indicator.is_some_and(|i| i.definition.periodicity != periodicity) {
                            Verdict::Missing
                        } else {
                            domain::indicator_set::verdict(value, line.threshold, against_target)
                        },
                        evidence: evidence
                            .iter()
                            .filter(backing)
                            .filter_map(|e| {
                                Some(EvidenceRef {
                                    id: e.id,
                                    kind: domain::monitoring::EvidenceKind::parse(&e.kind).ok()?,
                                    title: e.title.clone(),
                                    dated_on: e.dated_on,
                                    url: e.url.clone(),
                                    file_name: e.file_name.clone(),
                                })
                            })
                            .collect(),
                    }
                })
                .collect();
            let count = |f: fn(&LineReading) -> bool| lines.iter().filter(|l| f(l)).count();
            SetReading {
                key: held.set.key.clone(),
                name: held.set.name.clone(),
                description: held.set.description.clone(),
                own: held.set.own,
                period: label.clone(),
                holding: count(|l| l.verdict.holds()),
                short: count(|l| !l.verdict.holds() && l.verdict != Verdict::Missing),
                missing: count(|l| l.verdict == Verdict::Missing),
                lines,
            }
        })
        .collect())
}

/// The columns of a set's export.
pub const SET_COLUMNS: [&str; 9] =
    ["Code", "Name", "Indicator", "Key", "Value", "Threshold", "Target", "Verdict", "Evidence"];

/// A set read for `period` as a table to export: one row per line, the value as the unit writes
/// it.
pub async fn export(
    app: &App,
    scope: &impl Allows<Read>,
    key: &str,
    period: Period,
) -> Result<(SetReading, crate::table::Table), Error> {
    use crate::table::Value::Text;
    let reading = reading(app, scope, key, period).await?;
    let rows = reading
        .lines
        .iter()
        .map(|l| {
            vec![
                Text(l.line.code.clone()),
                Text(l.line.name.clone()),
                Text(l.indicator_name.clone().unwrap_or_default()),
                Text(l.line.indicator.clone()),
                Text(if l.value.is_some() { l.value_text.clone() } else { String::new() }),
                Text(l.threshold_text.clone().unwrap_or_default()),
                Text(l.target_text.clone().unwrap_or_default()),
                Text(l.verdict.label().into()),
                Text(l.evidence.iter().map(|e| e.title.as_str()).collect::<Vec<_>>().join("; ")),
            ]
        })
        .collect();
    let table =
        crate::table::Table::of_rows("Indicator set", SET_COLUMNS.iter().map(|c| c.to_string()).collect(), rows);
    Ok((reading, table))
}

/// A set of the cluster's own as the API sends it whole: its name, description and lines.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetDocument {
    pub name: Option<String>,
    pub description: Option<String>,
    /// When left out in a change, the lines stay as they are.
    pub lines: Option<Vec<SetLineInput>>,
}

/// Reads a line against the catalogue: its indicator must be one, and its threshold is read in
/// the indicator's unit.
fn read_line(input: &SetLineInput, catalogue: &[Indicator], scope: &ClusterScope) -> Result<SetLine, domain::Invalid> {
    let currency = scope.cluster().base_currency;
    let mut line = input.parse(|key, raw| {
        let unit = catalogue.iter().find(|i| i.definition.key == key).map_or(Unit::Number, |i| i.definition.unit);
        unit.read(raw, currency)
    })?;
    line.indicator = line.indicator.trim().to_string();
    if !catalogue.iter().any(|i| i.definition.key == line.indicator) {
        return Err(domain::Invalid::one(
            "indicator",
            i18n::said_with("invalid-app-indicator-set-no-such-indicator", &[("key", line.indicator.clone())]),
        ));
    }
    Ok(line)
}

fn read_lines(inputs: &[SetLineInput], catalogue: &[Indicator], scope: &ClusterScope) -> Result<Vec<SetLine>, Error> {
    if inputs.len() > domain::indicator_set::MAX_LINES {
        return Err(Error::Invalid(domain::Invalid::one(
            "lines",
            i18n::said_with(
                "invalid-app-indicator-set-too-many-lines",
                &[("max", domain::indicator_set::MAX_LINES.to_string())],
            ),
        )));
    }
    let mut lines = Vec::with_capacity(inputs.len());
    let mut codes = HashSet::new();
    for (n, input) in inputs.iter().enumerate() {
        let line = read_line(input, catalogue, scope).map_err(|invalid| {
            Error::Invalid(domain::Invalid(
                invalid
                    .0
                    .into_iter()
                    .map(|e| domain::validation::FieldError::new(format!("lines[{n}].{}", e.field), e.message))
                    .collect(),
            ))
        })?;
        if !codes.insert(line.code.clone()) {
            return Err(Error::Invalid(domain::Invalid::one(
                format!("lines[{n}].code"),
                i18n::said_with("invalid-app-indicator-set-code-twice", &[("code", line.code.clone())]),
            )));
        }
        lines.push(line);
    }
    Ok(lines)
}

fn line_code_taken(e: store::StoreError, code: &str) -> Error {
    if e.is_unique_violation() {
        Error::conflict("code", i18n::said_with("invalid-app-indicator-set-code-taken", &[("code", code.to_string())]))
    } else {
        e.into()
    }
}

/// Adds a set of the cluster's own, with the lines the document gives.
///
/// # Errors
/// Every problem of the name and description by field; a line's by `lines[n].field`: an
/// indicator the catalogue does not have, a threshold that is not a value of its unit, a code
/// twice.
pub async fn create(app: &App, scope: &impl Allows<Manage>, input: &SetDocument, by: &str) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let fields = SetInput { name: input.name.clone(), description: input.description.clone() }.parse()?;
    let catalogue = crate::monitoring::catalogue(app, scope).await?;
    let lines = read_lines(input.lines.as_deref().unwrap_or_default(), &catalogue, scope)?;
    Ok(store::indicator_set::insert_set(&app.db, scope, &fields, &lines, by).await?)
}

/// Copies any set the cluster reads into a new one of its own, to change its thresholds or lines
/// (a label's thresholds are not public: a cluster keeps those it was told).
pub async fn copy(app: &App, scope: &impl Allows<Manage>, key: &str, by: &str) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let catalogue = crate::monitoring::catalogue(app, scope).await?;
    let held = find(app, scope, &catalogue, key).await?;
    if held.set.lines.len() > domain::indicator_set::MAX_LINES {
        return Err(Error::conflict(
            "set",
            i18n::said_with(
                "invalid-app-indicator-set-copy-too-long",
                &[("max", domain::indicator_set::MAX_LINES.to_string()), ("count", held.set.lines.len().to_string())],
            ),
        ));
    }
    let mut name = format!("{} (own copy)", held.set.name);
    if name.chars().count() > domain::indicator_set::NAME_CHARS {
        name = name.chars().take(domain::indicator_set::NAME_CHARS).collect();
    }
    let fields = domain::indicator_set::SetFields { name, description: held.set.description.clone() };
    Ok(store::indicator_set::insert_set(&app.db, scope, &fields, &held.set.lines, by).await?)
}

/// Changes a set of the cluster's own: its name and description, and its lines when the document
/// gives them (all of them, in place of the old).
pub async fn update(app: &App, scope: &impl Allows<Manage>, id: Uuid, input: &SetDocument) -> Result<(), Error> {
    let scope = scope.checked()?;
    let catalogue = crate::monitoring::catalogue(app, scope).await?;
    let current = match find(app, scope, &catalogue, &id.to_string()).await? {
        held if held.set.own => held.set,
        _ => return Err(Error::NotFound("indicator set")),
    };
    let fields = SetInput {
        name: input.name.clone().or(Some(current.name)),
        description: input.description.clone().or(Some(current.description)),
    }
    .parse()?;
    let lines = input.lines.as_deref().map(|l| read_lines(l, &catalogue, scope)).transpose()?;
    if !store::indicator_set::update_set(&app.db, scope, id, &fields, lines.as_deref()).await? {
        return Err(Error::NotFound("indicator set"));
    }
    Ok(())
}

/// Removes a set of the cluster's own with its lines (the values it pointed at stay).
pub async fn remove(app: &App, scope: &impl Allows<Manage>, id: Uuid) -> Result<(), Error> {
    let scope = scope.checked()?;
    if !store::indicator_set::remove_set(&app.db, scope, id).await? {
        return Err(Error::NotFound("indicator set"));
    }
    Ok(())
}

/// Adds a line to a set of the cluster's own.
///
/// # Errors
/// As [`create`] for the line's fields; a set that is full ([`domain::indicator_set::MAX_LINES`]).
pub async fn add_line(
    app: &App,
    scope: &impl Allows<Manage>,
    set_id: Uuid,
    input: &SetLineInput,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let catalogue = crate::monitoring::catalogue(app, scope).await?;
    // Another cluster's set is not found, whatever the line holds.
    if !find(app, scope, &catalogue, &set_id.to_string()).await?.set.own {
        return Err(Error::NotFound("indicator set"));
    }
    let line = read_line(input, &catalogue, scope)?;
    use store::indicator_set::LineAdded;
    match store::indicator_set::insert_line(&app.db, scope, set_id, &line, domain::indicator_set::MAX_LINES).await {
        Ok(LineAdded::Added(id)) => Ok(id),
        Ok(LineAdded::NoSet) => Err(Error::NotFound("indicator set")),
        Ok(LineAdded::Full) => Err(Error::conflict(
            "code",
            i18n::said_with("invalid-app-indicator-set-full", &[("max", domain::indicator_set::MAX_LINES.to_string())]),
        )),
        Err(e) => Err(line_code_taken(e, &line.code)),
    }
}

/// Removes a line of a set of the cluster's own.
pub async fn remove_line(app: &App, scope: &impl Allows<Manage>, set_id: Uuid, line_id: Uuid) -> Result<(), Error> {
    let scope = scope.checked()?;
    if !store::indicator_set::remove_line(&app.db, scope, set_id, line_id).await? {
        return Err(Error::NotFound("line"));
    }
    Ok(())
}
