//! Indicator sets (`DOMAIN.md`, "One data set, many reporting regimes"): a reporting regime (the
//! monitoring system, a label, a funder's programme) as data. Each line of a set maps one of the
//! regime's indicators to an indicator of the catalogue, with a threshold where the regime has
//! one and the kinds of evidence that back it. Three sets are shipped as data
//! (`indicator_set/builtin.json`): the European Cluster Collaboration Platform's listing floor
//! (`DOMAIN.md`, "Quality labels and listing floors"), a label's readiness, and a regional cluster
//! programme's policy indicators; the cluster keeps sets of its own.

use std::sync::LazyLock;

use crate::money::Currency;
use crate::monitoring::{EvidenceKind, Status};
use crate::validation::{Collector, Invalid, optional, required_text};

coded!(
    /// How a value is held against a threshold.
    Comparison,
    "a comparison",
    [(AtLeast, "at_least", "at least"), (AtMost, "at_most", "at most")]
);

/// A regime's threshold: a value scaled by the indicator's unit (`monitoring::Unit::scale`) and
/// the side of it that meets the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Threshold {
    pub comparison: Comparison,
    pub value: i64,
}

impl Threshold {
    /// Whether `value` (scaled alike) meets the threshold; the threshold itself meets it.
    pub fn met_by(self, value: i64) -> bool {
        match self.comparison {
            Comparison::AtLeast => value >= self.value,
            Comparison::AtMost => value <= self.value,
        }
    }
}

/// One of a regime's indicators, mapped to an indicator of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetLine {
    /// The regime's own code: `F1`, `4.2`.
    pub code: String,
    /// The regime's own name for it.
    pub name: String,
    /// The key of the catalogue's indicator that answers it.
    pub indicator: String,
    pub threshold: Option<Threshold>,
    /// Evidence of these kinds dated in the period backs the line, besides the evidence attached
    /// to the indicator itself.
    pub evidence_kinds: Vec<EvidenceKind>,
}

/// A reporting regime as data.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IndicatorSet {
    /// A shipped set's key (`eccp_listing`, `label_readiness`, `regional_programme`,
    /// `monitoring`) or the id of one of the cluster's own.
    pub key: String,
    pub name: String,
    pub description: String,
    /// Whether the cluster keeps it (and may change it), or it is shipped.
    pub own: bool,
    pub lines: Vec<SetLine>,
}

/// The key of the set that holds the whole catalogue: the monitoring system itself.
pub const MONITORING_SET: &str = "monitoring";

/// The most characters of a line's code.
pub const CODE_CHARS: usize = 20;
/// The most characters of a set's or a line's name.
pub const NAME_CHARS: usize = 200;
/// The most characters of a set's description.
pub const DESCRIPTION_CHARS: usize = 2_000;
/// The most lines a set holds.
pub const MAX_LINES: usize = 200;

/// How a line of a period stands: against its threshold when it has one, else against the
/// indicator's target when there is one, else whether it has a value at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Met,
    NotMet,
    OnTrack,
    AtRisk,
    OffTrack,
    /// A value without a threshold or a target to hold it against.
    Measured,
    /// No value: nothing in the records or entered for the period.
    Missing,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::NotMet => "not met",
            Verdict::OnTrack => "on track",
            Verdict::AtRisk => "at risk",
            Verdict::OffTrack => "off track",
            Verdict::Measured => "measured",
            Verdict::Missing => "missing",
        }
    }

    /// Whether the line holds: met, on track, or measured where nothing more is asked.
    pub fn holds(self) -> bool {
        matches!(self, Verdict::Met | Verdict::OnTrack | Verdict::Measured)
    }
}

/// How a line with `value` stands, held against `threshold`, else against the indicator's target
/// (`against_target`, the status worked out by `monitoring::status`).
pub fn verdict(value: Option<i64>, threshold: Option<Threshold>, against_target: Option<Status>) -> Verdict {
    match (value, threshold, against_target) {
        (None, _, _) => Verdict::Missing,
        (Some(v), Some(t), _) => {
            if t.met_by(v) {
                Verdict::Met
            } else {
                Verdict::NotMet
            }
        }
        (Some(_), None, Some(Status::OnTrack)) => Verdict::OnTrack,
        (Some(_), None, Some(Status::AtRisk)) => Verdict::AtRisk,
        (Some(_), None, Some(Status::OffTrack)) => Verdict::OffTrack,
        (Some(_), None, None) => Verdict::Measured,
    }
}

#[derive(serde::Deserialize)]
struct ShippedSets {
    sets: Vec<ShippedSet>,
}

#[derive(serde::Deserialize)]
struct ShippedSet {
    key: String,
    name: String,
    description: String,
    lines: Vec<ShippedLine>,
}

/// A shipped line: its threshold in whole units of the indicator (0.5 FTE, 15 members).
#[derive(serde::Deserialize)]
struct ShippedLine {
    code: String,
    name: String,
    indicator: String,
    at_least: Option<f64>,
    at_most: Option<f64>,
    evidence: Vec<EvidenceKind>,
}

static SHIPPED: LazyLock<Result<Vec<ShippedSet>, String>> = LazyLock::new(|| {
    serde_json::from_str::<ShippedSets>(include_str!("indicator_set/builtin.json"))
        .map(|s| s.sets)
        .map_err(|e| format!("the shipped indicator sets cannot be read: {e}"))
});

/// The shipped sets with thresholds scaled for `currency`; each line's indicator is a built-in
/// one (`monitoring::builtin`).
///
/// # Errors
/// A message when the shipped data cannot be read, or names an indicator that is not built in
/// (a unit test keeps this from happening).
pub fn shipped(currency: Currency) -> Result<Vec<IndicatorSet>, String> {
    let sets = SHIPPED.as_ref().map_err(Clone::clone)?;
    let catalogue = crate::monitoring::builtin();
    sets.iter()
        .map(|s| {
            let lines = s
                .lines
                .iter()
                .map(|l| {
                    let unit = catalogue.iter().find(|d| d.key == l.indicator).map(|d| d.unit).ok_or_else(|| {
                        format!("{} {} names '{}', which is not built in", s.key, l.code, l.indicator)
                    })?;
                    let scaled = |v: f64| crate::monitoring::scaled(v, unit, currency);
                    let threshold = match (l.at_least, l.at_most) {
                        (Some(v), _) => scaled(v).map(|value| Threshold { comparison: Comparison::AtLeast, value }),
                        (None, Some(v)) => scaled(v).map(|value| Threshold { comparison: Comparison::AtMost, value }),
                        (None, None) => None,
                    };
                    Ok(SetLine {
                        code: l.code.clone(),
                        name: l.name.clone(),
                        indicator: l.indicator.clone(),
                        threshold,
                        evidence_kinds: l.evidence.clone(),
                    })
                })
                .collect::<Result<Vec<SetLine>, String>>()?;
            Ok(IndicatorSet {
                key: s.key.clone(),
                name: s.name.clone(),
                description: s.description.clone(),
                own: false,
                lines,
            })
        })
        .collect()
}

/// A set of the cluster's own as typed: its name and description.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetInput {
    pub name: Option<String>,
    pub description: Option<String>,
}

/// A set's name and description, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetFields {
    pub name: String,
    pub description: String,
}

impl SetInput {
    pub fn parse(&self) -> Result<SetFields, Invalid> {
        let mut c = Collector::new();
        let name = c.take("name", required_text(self.name.as_deref(), NAME_CHARS));
        let description = c.take(
            "description",
            optional(self.description.as_deref())
                .map_or(Ok(String::new()), |d| required_text(Some(d), DESCRIPTION_CHARS)),
        );
        c.finish(|| SetFields { name: name.expect("checked"), description: description.expect("checked") })
    }
}

/// A line as typed: the threshold as the indicator's unit is written (`0.5`, `15`, `40 %`,
/// `1.250,00`), read against the indicator's unit by the caller; `comparison` empty for none.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetLineInput {
    pub code: Option<String>,
    pub name: Option<String>,
    pub indicator: Option<String>,
    /// `at_least`, `at_most`, or empty for no threshold.
    pub comparison: Option<String>,
    pub threshold: Option<String>,
    /// Codes of evidence kinds (`strategy_paper`, `board_minutes`, …).
    #[serde(default)]
    pub evidence_kinds: Vec<String>,
}

impl SetLineInput {
    /// The line, its threshold read by `read_threshold` (the indicator's unit, given its key).
    ///
    /// # Errors
    /// Every field's problem at once: a missing code, name or indicator, a comparison without a
    /// threshold or one that is not a number of the indicator's unit, an unknown evidence kind.
    pub fn parse(&self, read_threshold: impl Fn(&str, &str) -> Result<i64, String>) -> Result<SetLine, Invalid> {
        let mut c = Collector::new();
        let code = c.take("code", required_text(self.code.as_deref(), CODE_CHARS));
        let name = c.take("name", required_text(self.name.as_deref(), NAME_CHARS));
        let indicator = c.take(
            "indicator",
            optional(self.indicator.as_deref())
                .map(str::trim)
                .ok_or_else(|| i18n::said("invalid-validation-required"))
                .and_then(|k| {
                    if crate::monitoring::valid_key(k) {
                        Ok(k.to_string())
                    } else {
                        Err(i18n::said_with("invalid-indicator-set-not-key", &[("value", k.to_string())]))
                    }
                }),
        );
        let comparison = c.take("comparison", optional(self.comparison.as_deref()).map(Comparison::parse).transpose());
        let threshold = match (comparison.flatten(), optional(self.threshold.as_deref()), indicator.as_deref()) {
            (None, None, _) => None,
            (None, Some(_), _) => {
                c.push("comparison", i18n::said("invalid-indicator-set-comparison-required"));
                None
            }
            (Some(_), None, _) => {
                c.push("threshold", i18n::said("invalid-indicator-set-threshold-required"));
                None
            }
            (Some(comparison), Some(raw), Some(key)) => {
                c.take("threshold", read_threshold(key, raw)).map(|value| Threshold { comparison, value })
            }
            (Some(_), Some(_), None) => None,
        };
        let kinds: Vec<Option<EvidenceKind>> = self
            .evidence_kinds
            .iter()
            .filter(|k| !k.trim().is_empty())
            .map(|k| c.take("evidence_kinds", EvidenceKind::parse(k)))
            .collect();
        c.finish(|| {
            let mut evidence_kinds: Vec<EvidenceKind> = Vec::new();
            for kind in kinds.into_iter().flatten() {
                if !evidence_kinds.contains(&kind) {
                    evidence_kinds.push(kind);
                }
            }
            SetLine {
                code: code.expect("checked"),
                name: name.expect("checked"),
                indicator: indicator.expect("checked"),
                threshold,
                evidence_kinds,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_sets_name_built_in_indicators_and_scale_their_thresholds() {
        let sets = shipped(Currency::EUR).unwrap();
        let keys: Vec<&str> = sets.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(keys, ["eccp_listing", "label_readiness", "regional_programme"]);
        let floor = &sets[0];
        let fte = floor.lines.iter().find(|l| l.indicator == "staff_fte").unwrap();
        assert_eq!(fte.threshold, Some(Threshold { comparison: Comparison::AtLeast, value: 50 }));
        let members = floor.lines.iter().find(|l| l.indicator == "members").unwrap();
        assert_eq!(members.threshold.map(|t| t.value), Some(15));
        let label = &sets[1];
        assert!(label.lines.iter().any(|l| l.evidence_kinds == [EvidenceKind::PressClipping]));
        for s in &sets {
            let mut codes: Vec<&str> = s.lines.iter().map(|l| l.code.as_str()).collect();
            codes.sort_unstable();
            codes.dedup();
            assert_eq!(codes.len(), s.lines.len(), "{}", s.key);
            let numbered = |c: &str| {
                c.split('.').map(|p| p.trim_start_matches(['F', 'P']).parse::<u32>().unwrap()).collect::<Vec<_>>()
            };
            let order: Vec<Vec<u32>> = s.lines.iter().map(|l| numbered(&l.code)).collect();
            assert!(order.is_sorted(), "{} lists its lines in the order of their codes", s.key);
        }
    }

    #[test]
    fn a_line_is_met_by_its_threshold_else_judged_by_its_target_else_by_having_a_value() {
        let at_least = Some(Threshold { comparison: Comparison::AtLeast, value: 15 });
        let at_most = Some(Threshold { comparison: Comparison::AtMost, value: 15 });
        let cases = [
            (Some(15), at_least, None, Verdict::Met),
            (Some(14), at_least, Some(Status::OnTrack), Verdict::NotMet),
            (Some(15), at_most, None, Verdict::Met),
            (Some(16), at_most, None, Verdict::NotMet),
            (None, at_least, None, Verdict::Missing),
            (None, None, Some(Status::OnTrack), Verdict::Missing),
            (Some(3), None, Some(Status::AtRisk), Verdict::AtRisk),
            (Some(3), None, Some(Status::OffTrack), Verdict::OffTrack),
            (Some(3), None, Some(Status::OnTrack), Verdict::OnTrack),
            (Some(0), None, None, Verdict::Measured),
        ];
        for (value, threshold, target, expected) in cases {
            assert_eq!(verdict(value, threshold, target), expected, "{value:?} {threshold:?} {target:?}");
        }
        assert!(Verdict::Measured.holds() && !Verdict::AtRisk.holds() && !Verdict::Missing.holds());
    }

    #[test]
    fn a_line_is_read_with_every_problem_named() {
        let read = |key: &str, raw: &str| -> Result<i64, String> {
            assert_eq!(key, "staff_fte");
            raw.trim()
                .parse::<f64>()
                .map(|v| (v * 100.0).round() as i64)
                .map_err(|_| format!("'{raw}' is not a number"))
        };
        let input = SetLineInput {
            code: Some(" F1 ".into()),
            name: Some("A team".into()),
            indicator: Some("staff_fte".into()),
            comparison: Some("at_least".into()),
            threshold: Some("0.5".into()),
            evidence_kinds: vec!["board_minutes".into(), String::new()],
        };
        let line = input.parse(read).unwrap();
        assert_eq!(line.code, "F1");
        assert_eq!(line.threshold, Some(Threshold { comparison: Comparison::AtLeast, value: 50 }));
        assert_eq!(line.evidence_kinds, [EvidenceKind::BoardMinutes]);

        let bad = SetLineInput {
            code: None,
            name: Some("x".into()),
            indicator: Some("Staff FTE".into()),
            comparison: Some("over".into()),
            threshold: None,
            evidence_kinds: vec!["photos".into()],
        };
        let fields: Vec<String> = bad.parse(read).unwrap_err().0.into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["code", "indicator", "comparison", "evidence_kinds"]);
        let half = SetLineInput {
            code: Some("F1".into()),
            name: Some("x".into()),
            indicator: Some("staff_fte".into()),
            threshold: Some("0,5x".into()),
            ..SetLineInput::default()
        };
        let errors = half.parse(read).unwrap_err().0;
        assert_eq!(errors[0].field, "comparison");
        let wrong = SetLineInput { comparison: Some("at_least".into()), ..half };
        assert_eq!(wrong.parse(read).unwrap_err().0[0].message, "'0,5x' is not a number");
    }
}
