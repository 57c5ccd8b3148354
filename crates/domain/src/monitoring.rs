//! The monitoring system (`DOMAIN.md`, "The monitoring system"): two families of indicators,
//! three groups each (1.1 to 2.3); each indicator with its code, key, name, unit, direction,
//! source and periodicity; values and targets per period, and a status against the target that
//! respects the direction. Formulas over other indicators are read and evaluated by `evalexpr`.
//!
//! Values are whole numbers scaled by their unit ([`Unit::scale`]): counts as they are, percents in
//! basis points (42.5 % is 4250), money in minor units of the cluster's currency, scores, FTE and
//! plain numbers in hundredths.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use crate::money::Currency;

coded!(
    /// A group of the monitoring system.
    Group,
    "a group of indicators",
    [
        (Activities, "1.1", "Processes and activities"),
        (Projects, "1.2", "Projects aligned with strategic challenges"),
        (Governance, "1.3", "Organisation and governance"),
        (Results, "2.1", "Results and financial ratios"),
        (Strategy, "2.2", "Business strategic indicators"),
        (Attitude, "2.3", "Strategic attitude indicators"),
    ]
);

impl Group {
    /// The family: the cluster initiative (1) or the companies' performance and strategy (2).
    pub fn family(self) -> &'static str {
        match self {
            Group::Activities | Group::Projects | Group::Governance => "Cluster-initiative indicators",
            _ => "Indicators of the companies' performance and future strategy",
        }
    }
}

coded!(
    /// What an indicator's values measure, and how they are scaled.
    Unit,
    "a unit",
    [
        (Count, "count", "Count"),
        (Percent, "percent", "Percent"),
        (Money, "money", "Money"),
        (Score, "score", "Score"),
        (Fte, "fte", "Full-time equivalents"),
        (Number, "number", "Number"),
    ]
);

impl Unit {
    /// What one whole unit is worth in stored values: a count 1, a percent 100 (basis points), an
    /// amount one major unit in minor units of `currency` (100 for the euro, 1 for the króna), a
    /// score, FTE or number 100 (hundredths).
    pub fn scale(self, currency: Currency) -> i64 {
        match self {
            Unit::Count => 1,
            Unit::Money => 10_i64.pow(currency.minor_digits()),
            _ => 100,
        }
    }

    /// A stored value as people read it: `12`, `42.5 %`, `3.67`; an amount in `currency` with
    /// its code.
    pub fn text(self, value: i64, currency: Currency) -> String {
        match self {
            Unit::Count => value.to_string(),
            Unit::Percent => crate::written::percent_text(value),
            Unit::Money => crate::money::Money::new(value, currency).to_string(),
            _ => {
                let sign = if value < 0 { "-" } else { "" };
                let v = value.unsigned_abs();
                format!("{sign}{}.{:02}", v / 100, v % 100)
            }
        }
    }

    /// Reads a value typed as people write it (`42,5`, `1.250,00`, `12`) into the stored scale;
    /// an amount as `currency` writes it.
    ///
    /// # Errors
    /// A text that is not a number, or that has more decimals than the unit keeps.
    pub fn read(self, raw: &str, currency: Currency) -> Result<i64, String> {
        if self == Unit::Money {
            return crate::written::parse_amount(raw, currency);
        }
        let trimmed = raw.trim().trim_end_matches('%').trim();
        let plain = crate::written::parse_number(trimmed, None, self == Unit::Count)?;
        let (negative, digits) = match plain.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, plain.as_str()),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let decimals = if self == Unit::Count { 0 } else { 2 };
        if fraction.len() > decimals {
            return Err(match decimals {
                0 => i18n::said_with("invalid-validation-whole-number", &[("value", raw.trim().to_string())]),
                _ => i18n::said_with("invalid-written-two-decimals", &[("value", raw.trim().to_string())]),
            });
        }
        let too_large = || i18n::said_with("invalid-money-too-large", &[("value", raw.trim().to_string())]);
        let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| too_large())? };
        let fraction: i64 = if fraction.is_empty() { 0 } else { format!("{fraction:0<2}").parse().unwrap_or(0) };
        let value =
            whole.checked_mul(self.scale(currency)).and_then(|w| w.checked_add(fraction)).ok_or_else(too_large)?;
        Ok(if negative { -value } else { value })
    }
}

coded!(
    /// Whether more is better or less is.
    IndicatorDirection,
    "a direction",
    [(Higher, "higher", "Higher is better"), (Lower, "lower", "Lower is better")]
);

coded!(
    /// Where an indicator's values come from.
    Source,
    "a source",
    [
        (Computed, "computed", "Computed from the records"),
        (Survey, "survey", "From a survey question"),
        (Hand, "hand", "Entered by hand"),
        (Formula, "formula", "A formula over other indicators"),
    ]
);

coded!(
    /// How often an indicator has a value.
    Periodicity,
    "a periodicity",
    [(Year, "year", "Yearly"), (Quarter, "quarter", "Quarterly")]
);

coded!(
    /// What an item of the evidence store is.
    EvidenceKind,
    "a kind of evidence",
    [
        (StrategyPaper, "strategy_paper", "Strategy paper"),
        (BoardMinutes, "board_minutes", "Board minutes"),
        (SurveyResults, "survey_results", "Survey results"),
        (PressClipping, "press_clipping", "Press clipping"),
        (SuccessStory, "success_story", "Success story"),
        (Other, "other", "Other document"),
    ]
);

/// The largest file the evidence store keeps: 10 MiB.
pub const EVIDENCE_FILE_BYTES: usize = 10 * 1024 * 1024;

/// The most the evidence store keeps for one cluster, all files together: 500 MiB.
pub const EVIDENCE_QUOTA_BYTES: i64 = 500 * 1024 * 1024;

/// The content type a file of the evidence store is served with, from its name's extension: the
/// documents, sheets, pictures and texts a cluster keeps as evidence; none for anything else,
/// which the store refuses (a page or a script would run in the reader's browser).
pub fn evidence_content_type(file_name: &str) -> Option<&'static str> {
    let extension = file_name.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match extension.as_str() {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "odt" => "application/vnd.oasis.opendocument.text",
        "ods" => "application/vnd.oasis.opendocument.spreadsheet",
        "doc" => "application/msword",
        "xls" => "application/vnd.ms-excel",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        _ => return None,
    })
}

/// A period of values: a year, or a quarter of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    pub year: i32,
    /// 1 to 4; none for the whole year.
    pub quarter: Option<u8>,
}

impl Period {
    pub fn year(year: i32) -> Self {
        Period { year, quarter: None }
    }

    /// Reads `2025` or `2025-Q3`.
    ///
    /// # Errors
    /// Anything else, or a year outside 2000 to 2100.
    pub fn parse(raw: &str) -> Result<Period, String> {
        let raw = raw.trim();
        let bad = || i18n::said_with("invalid-monitoring-not-period", &[("value", raw.to_string())]);
        let (year, quarter) = match raw.split_once(['-', ' ']) {
            Some((y, q)) => {
                let q = q.trim().strip_prefix(['Q', 'q']).ok_or_else(bad)?;
                (y, Some(q.parse::<u8>().ok().filter(|q| (1..=4).contains(q)).ok_or_else(bad)?))
            }
            None => (raw, None),
        };
        let year: i32 = year.parse().map_err(|_| bad())?;
        if !(2000..=2100).contains(&year) {
            return Err(i18n::said_with("invalid-monitoring-period-year", &[("year", year.to_string())]));
        }
        Ok(Period { year, quarter })
    }

    /// The period of `periodicity` that holds `day`.
    pub fn of(periodicity: Periodicity, day: NaiveDate) -> Period {
        use chrono::Datelike;
        match periodicity {
            Periodicity::Year => Period::year(day.year()),
            Periodicity::Quarter => Period { year: day.year(), quarter: Some(((day.month() - 1) / 3 + 1) as u8) },
        }
    }

    /// The first and last day.
    pub fn days(self) -> (NaiveDate, NaiveDate) {
        let (first_month, last_month) = match self.quarter {
            None => (1, 12),
            Some(q) => (u32::from(q) * 3 - 2, u32::from(q) * 3),
        };
        let first = NaiveDate::from_ymd_opt(self.year, first_month, 1).unwrap_or_default();
        let next = if last_month == 12 {
            NaiveDate::from_ymd_opt(self.year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(self.year, last_month + 1, 1)
        };
        (first, next.and_then(|d| d.pred_opt()).unwrap_or(first))
    }

    /// The period before: the year before, or the quarter before.
    pub fn previous(self) -> Period {
        match self.quarter {
            None | Some(0) => Period::year(self.year - 1),
            Some(1) => Period { year: self.year - 1, quarter: Some(4) },
            Some(q) => Period { year: self.year, quarter: Some(q - 1) },
        }
    }

    /// The `n` periods that end with this one, oldest first.
    pub fn trailing(self, n: usize) -> Vec<Period> {
        let mut out = Vec::with_capacity(n);
        let mut p = self;
        for _ in 0..n {
            out.push(p);
            p = p.previous();
        }
        out.reverse();
        out
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.quarter {
            None => write!(f, "{}", self.year),
            Some(q) => write!(f, "{}-Q{q}", self.year),
        }
    }
}

/// An indicator of the catalogue: built in, or the cluster's own.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Definition {
    /// Its code within its group: `1.1.4`; a cluster's own indicators `1.1.c1` and on.
    pub code: String,
    /// The name formulas use: lower-case letters, digits and `_`, starting with a letter.
    pub key: String,
    pub group: Group,
    pub name: String,
    pub description: String,
    pub unit: Unit,
    pub direction: IndicatorDirection,
    pub source: Source,
    pub periodicity: Periodicity,
    /// For a formula: the expression over other indicators' keys.
    pub formula: Option<String>,
    /// For a survey-sourced indicator: the key of the question whose mean answer it takes (a
    /// scale's point, a single choice's place among its options counting from 1, a number).
    pub question: Option<String>,
}

/// Whether `key` may name an indicator: `[a-z][a-z0-9_]{0,39}`.
pub fn valid_key(key: &str) -> bool {
    let mut chars = key.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && key.len() <= 40
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Where a value stands against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The target is met.
    OnTrack,
    /// Short of the target by at most [`AT_RISK_BASIS_POINTS`] of it.
    AtRisk,
    /// Further off.
    OffTrack,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::OnTrack => "on track",
            Status::AtRisk => "at risk",
            Status::OffTrack => "off track",
        }
    }
}

/// How far short of its target a value may be and still be at risk rather than off track: a
/// tenth of the target (and at least one unit of the value's scale, so a target of 0 or 1 counts).
pub const AT_RISK_BASIS_POINTS: i64 = 1_000;

/// The status of `value` against `target` in `direction`: met is on track; short by at most a
/// tenth of the target ([`AT_RISK_BASIS_POINTS`], at least one unit of `scale`) is at risk; else
/// off track.
pub fn status(value: i64, target: i64, direction: IndicatorDirection, scale: i64) -> Status {
    let margin = (i128::from(target).abs() * i128::from(AT_RISK_BASIS_POINTS) / 10_000).max(i128::from(scale.max(1)));
    let (value, target) = (i128::from(value), i128::from(target));
    let short = match direction {
        IndicatorDirection::Higher => target - value,
        IndicatorDirection::Lower => value - target,
    };
    if short <= 0 {
        Status::OnTrack
    } else if short <= margin {
        Status::AtRisk
    } else {
        Status::OffTrack
    }
}

/// A formula read: its expression and the keys it uses.
#[derive(Debug, Clone)]
pub struct Formula {
    tree: evalexpr::Node<evalexpr::DefaultNumericTypes>,
    /// The indicators' keys it reads, each once, in order of first use.
    pub keys: Vec<String>,
}

impl Formula {
    /// Reads a formula: arithmetic (`+ - * / % ^`), comparisons and `&& || !`, `min(a, b)`,
    /// `max(a, b)` and `if(condition, then, else)` over indicators' keys and numbers.
    ///
    /// # Errors
    /// A formula that does not read, that assigns, or that is longer than 500 characters.
    pub fn parse(raw: &str) -> Result<Formula, String> {
        if raw.chars().count() > 500 {
            return Err(i18n::said("invalid-monitoring-formula-too-long"));
        }
        if raw.trim().is_empty() {
            return Err(i18n::said("invalid-monitoring-formula-empty"));
        }
        let mut tree = evalexpr::build_operator_tree::<evalexpr::DefaultNumericTypes>(raw)
            .map_err(|e| i18n::said_with("invalid-monitoring-formula-unreadable", &[("problem", e.to_string())]))?;
        if tree.iter().any(|n| {
            matches!(
                n.operator(),
                evalexpr::Operator::Assign
                    | evalexpr::Operator::AddAssign
                    | evalexpr::Operator::SubAssign
                    | evalexpr::Operator::MulAssign
                    | evalexpr::Operator::DivAssign
                    | evalexpr::Operator::ModAssign
                    | evalexpr::Operator::ExpAssign
                    | evalexpr::Operator::AndAssign
                    | evalexpr::Operator::OrAssign
                    | evalexpr::Operator::Chain
            )
        }) {
            return Err(i18n::said("invalid-monitoring-formula-assigns"));
        }
        if let Some(f) = tree.iter_function_identifiers().find(|f| !FUNCTIONS.contains(f)) {
            return Err(i18n::said_with(
                "invalid-monitoring-formula-function",
                &[("function", f.to_string()), ("functions", FUNCTIONS.join(", "))],
            ));
        }
        numbers_only(&mut tree)?;
        let mut keys: Vec<String> = Vec::new();
        for k in tree.iter_variable_identifiers() {
            if !keys.iter().any(|known| known == k) {
                keys.push(k.to_string());
            }
        }
        let formula = Formula { tree, keys };
        // Worked out once with every value 1, to refuse a formula whose result is no number.
        let ones: HashMap<String, Option<f64>> = formula.keys.iter().map(|k| (k.clone(), Some(1.0))).collect();
        formula.evaluate(&ones)?;
        Ok(formula)
    }

    /// Its value with each key's value given in whole units (a percent as 42.5, an amount as
    /// 1250.0); none when a value it reads is missing, or when it divides by zero.
    ///
    /// # Errors
    /// A formula whose result is not a number (a comparison, a text).
    pub fn evaluate(&self, values: &HashMap<String, Option<f64>>) -> Result<Option<f64>, String> {
        use evalexpr::{ContextWithMutableVariables, Value};
        let mut context = evalexpr::HashMapContext::<evalexpr::DefaultNumericTypes>::new();
        for key in &self.keys {
            match values.get(key).copied().flatten() {
                Some(v) => context.set_value(key.clone(), Value::Float(v)).map_err(|e| e.to_string())?,
                None => return Ok(None),
            }
        }
        match self.tree.eval_with_context(&context) {
            Ok(Value::Float(f)) if f.is_finite() => Ok(Some(f)),
            Ok(Value::Float(_)) => Ok(None),
            Ok(Value::Int(i)) => Ok(Some(i as f64)),
            Ok(other) => Err(i18n::said_with("invalid-monitoring-formula-not-number", &[("value", other.to_string())])),
            Err(evalexpr::EvalexprError::DivisionError { .. }) => Ok(None),
            Err(e) => Err(i18n::said_with("invalid-monitoring-formula-unworkable", &[("problem", e.to_string())])),
        }
    }
}

/// The functions a formula may call: evalexpr's others (texts, regular expressions, bits) are
/// not for indicators.
pub const FUNCTIONS: [&str; 6] = ["min", "max", "if", "round", "floor", "ceil"];

/// Every number of the formula as a float, so that `1 / 2` is 0.5 and no integer overflows; a
/// text, `true`, `false` or an empty value is refused.
fn numbers_only(node: &mut evalexpr::Node<evalexpr::DefaultNumericTypes>) -> Result<(), String> {
    if let evalexpr::Operator::Const { value } = node.operator_mut() {
        match value {
            evalexpr::Value::Int(i) => *value = evalexpr::Value::Float(*i as f64),
            evalexpr::Value::Float(_) => {}
            other => {
                return Err(i18n::said_with(
                    "invalid-monitoring-formula-numbers-only",
                    &[("value", other.to_string())],
                ));
            }
        }
    }
    for child in node.children_mut() {
        numbers_only(child)?;
    }
    Ok(())
}

/// A value in whole units as stored in `unit`'s scale, rounded half away from zero; none when it
/// does not fit.
pub fn scaled(value: f64, unit: Unit, currency: Currency) -> Option<i64> {
    let v = (value * unit.scale(currency) as f64).round();
    (v.is_finite() && v.abs() < 9.0e15).then_some(v as i64)
}

/// A stored value in whole units.
pub fn unscaled(value: i64, unit: Unit, currency: Currency) -> f64 {
    value as f64 / unit.scale(currency) as f64
}

/// The order in which formulas can be worked out, each after the indicators it reads.
///
/// # Errors
/// A formula that reads a key no indicator has ("`fee_ratio` reads `fees_billled`, which is no
/// indicator"), or formulas that read each other in a circle, named in order.
pub fn formula_order(definitions: &[Definition]) -> Result<Vec<String>, String> {
    let known: HashMap<&str, &Definition> = definitions.iter().map(|d| (d.key.as_str(), d)).collect();
    let mut reads: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for d in definitions.iter().filter(|d| d.source == Source::Formula) {
        let formula =
            Formula::parse(d.formula.as_deref().unwrap_or_default()).map_err(|e| format!("{}: {e}", d.key))?;
        for k in &formula.keys {
            if !known.contains_key(k.as_str()) {
                return Err(i18n::said_with(
                    "invalid-monitoring-formula-unknown-key",
                    &[("formula", d.key.clone()), ("key", k.clone())],
                ));
            }
        }
        reads.insert(d.key.as_str(), formula.keys);
    }
    let mut order: Vec<String> = Vec::new();
    // 0 unseen, 1 on the path, 2 done.
    let mut state: HashMap<&str, u8> = HashMap::new();
    fn visit<'a>(
        key: &'a str,
        reads: &'a BTreeMap<&str, Vec<String>>,
        state: &mut HashMap<&'a str, u8>,
        path: &mut Vec<&'a str>,
        order: &mut Vec<String>,
    ) -> Result<(), String> {
        match state.get(key) {
            Some(2) => return Ok(()),
            Some(1) => {
                let start = path.iter().position(|k| *k == key).unwrap_or(0);
                let mut circle: Vec<&str> = path[start..].to_vec();
                circle.push(key);
                return Err(i18n::said_with("invalid-monitoring-formula-circle", &[("circle", circle.join(" → "))]));
            }
            _ => {}
        }
        let Some(needs) = reads.get(key) else { return Ok(()) };
        state.insert(key, 1);
        path.push(key);
        for k in needs {
            visit(k.as_str(), reads, state, path, order)?;
        }
        path.pop();
        state.insert(key, 2);
        order.push(key.to_string());
        Ok(())
    }
    for key in reads.keys() {
        visit(key, &reads, &mut state, &mut Vec::new(), &mut order)?;
    }
    Ok(order)
}

/// The built-in catalogue: computed from the records, or from the shipped surveys' questions.
pub fn builtin() -> Vec<Definition> {
    use Group::*;
    use IndicatorDirection::{Higher, Lower};
    use Unit::*;
    let computed = |code: &str, key: &str, group, name: &str, description: &str, unit, direction| Definition {
        code: code.into(),
        key: key.into(),
        group,
        name: name.into(),
        description: description.into(),
        unit,
        direction,
        source: Source::Computed,
        periodicity: Periodicity::Year,
        formula: None,
        question: None,
    };
    let survey = |code: &str, key: &str, group, name: &str, description: &str, question: &str| Definition {
        source: Source::Survey,
        question: Some(question.into()),
        ..computed(code, key, group, name, description, Score, Higher)
    };
    let hand = |code: &str, key: &str, group, name: &str, description: &str, unit, direction| Definition {
        source: Source::Hand,
        ..computed(code, key, group, name, description, unit, direction)
    };
    vec![
        computed(
            "1.1.1",
            "events_held",
            Activities,
            "Events held",
            "Events of the year not cancelled, by kind in the detail.",
            Count,
            Higher,
        ),
        computed(
            "1.1.2",
            "participants",
            Activities,
            "Participants",
            "Attendances recorded at the year's events (a person at two events counts twice).",
            Count,
            Higher,
        ),
        computed(
            "1.1.3",
            "members_reached",
            Activities,
            "Member organisations reached",
            "Members with at least one person attending an event of the year.",
            Count,
            Higher,
        ),
        computed(
            "1.1.4",
            "participation_rate",
            Activities,
            "Participation rate",
            "Members that took part in at least one activity (event, service, survey) or project in the year, of all members.",
            Percent,
            Higher,
        ),
        survey(
            "1.1.5",
            "average_satisfaction",
            Activities,
            "Average satisfaction",
            "Mean answer to the satisfaction survey's overall question (1 to 5), of campaigns closing in the year.",
            "overall_satisfaction",
        ),
        computed(
            "1.1.6",
            "new_members",
            Activities,
            "New members",
            "Memberships that began in the year.",
            Count,
            Higher,
        ),
        computed(
            "1.1.7",
            "retention_rate",
            Activities,
            "Retention rate",
            "Of the members at the year's start, the share still members at its end.",
            Percent,
            Higher,
        ),
        computed(
            "1.1.8",
            "interactions_logged",
            Activities,
            "Interactions logged",
            "Calls, meetings, visits and emails with organisations recorded in the year.",
            Count,
            Higher,
        ),
        computed(
            "1.1.9",
            "active_member_share",
            Activities,
            "Active-member share",
            "Members that are active actors by the cluster's rule (projects or activities in the year), of all members.",
            Percent,
            Higher,
        ),
        computed(
            "1.1.10",
            "members",
            Activities,
            "Members",
            "Member organisations at the end of the year (or today, within it).",
            Count,
            Higher,
        ),
        computed(
            "1.1.11",
            "active_actors",
            Activities,
            "Active actors",
            "Members that took part in at least one project or two activities in the year (the cluster's rule sets the numbers).",
            Count,
            Higher,
        ),
        computed(
            "1.1.12",
            "active_smes",
            Activities,
            "Active SMEs",
            "Active actors that are micro, small or medium enterprises.",
            Count,
            Higher,
        ),
        computed(
            "1.1.13",
            "working_groups_met",
            Activities,
            "Working groups that met",
            "Working groups with at least one meeting in the year.",
            Count,
            Higher,
        ),
        hand(
            "1.1.14",
            "media_mentions",
            Activities,
            "Mentions in the media",
            "Articles, broadcasts and publications about the cluster in the year, entered with their clippings as evidence.",
            Count,
            Higher,
        ),
        computed(
            "1.2.1",
            "projects_running",
            Projects,
            "Projects running",
            "Projects that ran in the year, by stage in the detail.",
            Count,
            Higher,
        ),
        computed(
            "1.2.2",
            "aligned_share",
            Projects,
            "Share aligned with a challenge",
            "Of the year's projects, those serving at least one challenge of the strategy.",
            Percent,
            Higher,
        ),
        computed(
            "1.2.3",
            "members_in_projects",
            Projects,
            "Member organisations in projects",
            "Members taking part in a project of the year.",
            Count,
            Higher,
        ),
        computed(
            "1.2.4",
            "sme_share",
            Projects,
            "SME share of participants",
            "Of the member organisations in the year's projects whose size is known, the SMEs.",
            Percent,
            Higher,
        ),
        computed(
            "1.2.5",
            "budget_mobilised",
            Projects,
            "Budget mobilised",
            "The budgets of the projects that started in the year (each counted once, in its first year).",
            Money,
            Higher,
        ),
        computed(
            "1.2.6",
            "public_funding",
            Projects,
            "Public funding raised",
            "Public funding secured by the funded projects that started in the year.",
            Money,
            Higher,
        ),
        computed(
            "1.2.7",
            "private_funding",
            Projects,
            "Private funding raised",
            "Private funding secured by the funded projects that started in the year.",
            Money,
            Higher,
        ),
        computed(
            "1.2.8",
            "inter_cluster_projects",
            Projects,
            "Inter-cluster projects",
            "The year's projects with a partner cluster or in the inter-cluster area.",
            Count,
            Higher,
        ),
        computed(
            "1.2.9",
            "projects_approved",
            Projects,
            "Projects approved",
            "Projects that started in the year and secured their funding (funded, running or completed), inter-cluster ones included.",
            Count,
            Higher,
        ),
        computed(
            "1.2.10",
            "international_projects",
            Projects,
            "International collaborations",
            "The year's projects with a participant from another country: an organisation, a partner cluster or an outside body.",
            Count,
            Higher,
        ),
        computed(
            "1.3.1",
            "fees_billed",
            Governance,
            "Fees billed",
            "Fee invoices of the year's membership period, less credit notes.",
            Money,
            Higher,
        ),
        computed(
            "1.3.2",
            "fees_collected",
            Governance,
            "Fees collected",
            "What was paid of the fees billed.",
            Money,
            Higher,
        ),
        computed(
            "1.3.3",
            "fixed_cost_coverage",
            Governance,
            "Fixed-cost coverage",
            "Recurring structure income (fees, public structural support, recurring services) over structure costs, \
             times (actual ledger).",
            Number,
            Higher,
        ),
        computed(
            "1.3.4",
            "private_share",
            Governance,
            "Private share of income",
            "Private income (fees, services, sponsorship, private contributions) over all income (actual ledger).",
            Percent,
            Higher,
        ),
        computed(
            "1.3.5",
            "public_dependency",
            Governance,
            "Public dependency",
            "Public income over all income (actual ledger).",
            Percent,
            Lower,
        ),
        computed(
            "1.3.6",
            "staff_fte",
            Governance,
            "Staff FTE",
            "The team's full-time equivalents at the year's end (or today).",
            Fte,
            Higher,
        ),
        computed(
            "1.3.7",
            "members_per_fte",
            Governance,
            "Members per FTE",
            "Members at the year's end over the team's FTE.",
            Number,
            Lower,
        ),
        computed(
            "1.3.8",
            "action_lines_on_track",
            Governance,
            "Action-plan lines on track",
            "Lines of the year's action plan on track or done, of all its lines.",
            Percent,
            Higher,
        ),
        computed(
            "1.3.9",
            "board_meetings",
            Governance,
            "Board meetings held",
            "Board meetings of the year, not cancelled.",
            Count,
            Higher,
        ),
        computed(
            "1.3.10",
            "fee_coverage",
            Governance,
            "Fee coverage",
            "Membership fee income over structure costs, times (actual ledger).",
            Number,
            Higher,
        ),
        computed(
            "1.3.11",
            "services_share",
            Governance,
            "Services share",
            "Service income over all income (actual ledger).",
            Percent,
            Higher,
        ),
        computed(
            "1.3.12",
            "fee_concentration",
            Governance,
            "Fee concentration",
            "Fee income paid by the five largest payers over fee income invoiced (actual ledger).",
            Percent,
            Lower,
        ),
        computed(
            "1.3.13",
            "project_leverage",
            Governance,
            "Project leverage",
            "Project funding mobilised for the participants over structure costs, times (actual ledger).",
            Number,
            Higher,
        ),
        computed(
            "1.3.14",
            "runway",
            Governance,
            "Runway",
            "Months of structure costs the reserves cover: reserves × 12 over structure costs.",
            Number,
            Higher,
        ),
        computed(
            "1.3.15",
            "triple_helix_kinds",
            Governance,
            "Triple-helix member kinds",
            "Of business (companies, investors), knowledge (universities, research and technology centres) and public administration, how many kinds the members count.",
            Count,
            Higher,
        ),
        computed(
            "1.3.16",
            "strategy_documented",
            Governance,
            "Documented strategy and action plan",
            "1 when a strategy covers the year with at least one challenge and the year has an action plan of at least one line; 0 otherwise.",
            Count,
            Higher,
        ),
        computed(
            "1.3.18",
            "strategy_reviews",
            Governance,
            "Strategy reviews",
            "Reviews of the strategy that covers the year, and of its action plan, recorded in the year.",
            Count,
            Higher,
        ),
        hand(
            "1.3.17",
            "internet_presence",
            Governance,
            "Internet presence",
            "1 when the cluster's website shows its current activity (news or events of the year), entered with the site's address as evidence; 0 otherwise.",
            Count,
            Higher,
        ),
        computed(
            "2.1.1",
            "turnover_growth",
            Results,
            "Turnover growth",
            "Change of the members' turnover over the year before, over the members with figures for both years.",
            Percent,
            Higher,
        ),
        computed(
            "2.1.2",
            "employment_growth",
            Results,
            "Employment growth",
            "Change of the members' employees over the year before, over the members with figures for both years.",
            Percent,
            Higher,
        ),
        computed(
            "2.1.3",
            "export_share",
            Results,
            "Export share",
            "The members' exports over their turnover, over the members with both figures.",
            Percent,
            Higher,
        ),
        computed(
            "2.1.4",
            "rd_intensity",
            Results,
            "R&D intensity",
            "The members' R&D spending over their turnover, over the members with both figures.",
            Percent,
            Higher,
        ),
        computed(
            "2.2.1",
            "innovating_share",
            Strategy,
            "Share of members innovating",
            "Of the members with figures for the year, those with at least one new product.",
            Percent,
            Higher,
        ),
        computed(
            "2.2.2",
            "new_foreign_markets",
            Strategy,
            "New foreign markets",
            "New foreign markets the members entered in the year.",
            Count,
            Higher,
        ),
        computed(
            "2.2.3",
            "digital_maturity",
            Strategy,
            "Digital maturity",
            "The members' mean digital maturity (1 to 5).",
            Score,
            Higher,
        ),
        survey(
            "2.3.1",
            "openness_to_cooperation",
            Attitude,
            "Openness to cooperation",
            "Mean answer to the strategic-attitude survey's question on openness to cooperation, of campaigns closing in the year.",
            "openness_to_cooperation",
        ),
        survey(
            "2.3.2",
            "planning_maturity",
            Attitude,
            "Strategic planning maturity",
            "Mean level of planning in the strategic-attitude survey (1 no written plan to 4 a plan reviewed every year with indicators), of campaigns closing in the year.",
            "strategic_planning",
        ),
        survey(
            "2.3.3",
            "perceived_value",
            Attitude,
            "Perceived value of the cluster",
            "Mean answer to the strategic-attitude survey's question on the cluster's value, of campaigns closing in the year.",
            "perceived_value",
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_respects_the_direction_and_a_tenth_of_the_target() {
        use IndicatorDirection::{Higher, Lower};
        use Status::*;
        // value, target, direction, scale → status
        let cases = [
            (100, 100, Higher, 1, OnTrack),
            (120, 100, Higher, 1, OnTrack),
            (90, 100, Higher, 1, AtRisk),
            (89, 100, Higher, 1, OffTrack),
            (100, 100, Lower, 1, OnTrack),
            (80, 100, Lower, 1, OnTrack),
            (110, 100, Lower, 1, AtRisk),
            (111, 100, Lower, 1, OffTrack),
            // A target of nothing: one unit short is at risk.
            (0, 0, Higher, 1, OnTrack),
            (-1, 0, Higher, 1, AtRisk),
            (2, 1, Lower, 1, AtRisk),
            (3, 1, Lower, 1, OffTrack),
            // Percents in basis points: 45.5 % against 50 % is short by 4.5 points, under 5.
            (4550, 5000, Higher, 100, AtRisk),
            (4499, 5000, Higher, 100, OffTrack),
            (i64::MIN, i64::MAX, Higher, 1, OffTrack),
        ];
        for (value, target, direction, scale, expected) in cases {
            assert_eq!(status(value, target, direction, scale), expected, "{value} against {target} ({direction:?})");
        }
    }

    #[test]
    fn evidence_files_are_the_documents_a_cluster_keeps() {
        assert_eq!(evidence_content_type("Minutes 2025.PDF"), Some("application/pdf"));
        assert_eq!(evidence_content_type("clipping.jpeg"), Some("image/jpeg"));
        for refused in ["page.html", "image.svg", "script.js", "no extension", "archive.zip"] {
            assert_eq!(evidence_content_type(refused), None, "{refused}");
        }
    }

    #[test]
    fn periods_read_and_step_back() {
        assert_eq!(Period::parse("2025"), Ok(Period::year(2025)));
        assert_eq!(Period::parse("2025-Q3"), Ok(Period { year: 2025, quarter: Some(3) }));
        assert_eq!(Period::parse("2025 q1").map(|p| p.to_string()), Ok("2025-Q1".into()));
        assert!(Period::parse("2025-Q5").is_err() && Period::parse("1999").is_err() && Period::parse("soon").is_err());
        let q1 = Period { year: 2026, quarter: Some(1) };
        assert_eq!(q1.previous(), Period { year: 2025, quarter: Some(4) });
        assert_eq!(Period::year(2026).trailing(3).iter().map(|p| p.year).collect::<Vec<_>>(), vec![2024, 2025, 2026]);
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(q1.days(), (day(2026, 1, 1), day(2026, 3, 31)));
        assert_eq!(Period { year: 2024, quarter: Some(4) }.days(), (day(2024, 10, 1), day(2024, 12, 31)));
        assert_eq!(Period::of(Periodicity::Quarter, day(2026, 8, 15)).to_string(), "2026-Q3");
    }

    #[test]
    fn values_are_read_and_written_in_their_unit() {
        let eur = Currency::parse("EUR").unwrap();
        let isk = Currency::parse("ISK").unwrap();
        assert_eq!(Unit::Percent.read("42,5 %", eur), Ok(4250));
        assert_eq!(Unit::Money.read("1.250,50", eur), Ok(125_050));
        assert_eq!(Unit::Money.read("1250", isk), Ok(1_250), "a currency without cents");
        assert_eq!(Unit::Count.read("12", eur), Ok(12));
        assert!(Unit::Count.read("1.5", eur).is_err() && Unit::Score.read("3.675", eur).is_err());
        assert!(Unit::Count.read("x", eur).is_err() && Unit::Money.read("99999999999999999999", eur).is_err());
        assert_eq!(Unit::Score.text(367, eur), "3.67");
        assert_eq!(Unit::Number.text(-5, eur), "-0.05");
        assert_eq!(scaled(42.456, Unit::Percent, eur), Some(4246));
        assert_eq!((scaled(1250.0, Unit::Money, isk), scaled(1250.0, Unit::Money, eur)), (Some(1250), Some(125_000)));
        assert_eq!(unscaled(1250, Unit::Money, isk), 1250.0);
        assert_eq!(scaled(f64::INFINITY, Unit::Count, eur), None);
    }

    fn formula(key: &str, text: &str) -> Definition {
        Definition {
            source: Source::Formula,
            formula: Some(text.into()),
            ..builtin()
                .into_iter()
                .find(|d| d.key == "events_held")
                .map(|d| Definition { key: key.into(), ..d })
                .unwrap()
        }
    }

    #[test]
    fn formulas_read_other_indicators_and_refuse_circles_and_unknown_keys() {
        let f = Formula::parse("if(fees_billed > 0, fees_collected / fees_billed * 100, 0)").unwrap();
        assert_eq!(f.keys, vec!["fees_billed".to_string(), "fees_collected".to_string()]);
        let values: HashMap<String, Option<f64>> =
            [("fees_billed".to_string(), Some(200.0)), ("fees_collected".to_string(), Some(150.0))].into();
        assert_eq!(f.evaluate(&values), Ok(Some(75.0)));
        let m = Formula::parse("max(events_held, 10) - min(2, 3)").unwrap();
        assert_eq!(m.evaluate(&[("events_held".to_string(), Some(4.0))].into()), Ok(Some(8.0)));
        assert_eq!(m.evaluate(&[("events_held".to_string(), None)].into()), Ok(None), "a missing value gives none");
        let by_zero = Formula::parse("events_held / 0").unwrap();
        assert_eq!(by_zero.evaluate(&[("events_held".to_string(), Some(4.0))].into()), Ok(None));
        assert!(Formula::parse("events_held = 3").unwrap_err().contains("assigns nothing"));
        assert!(Formula::parse("(1 +").unwrap_err().contains("does not read"));
        assert!(Formula::parse("").is_err());
        assert!(Formula::parse("1 < 2").unwrap_err().contains("not a number"));
        assert!(Formula::parse("events_held > 3").unwrap_err().contains("not a number"));
        assert!(Formula::parse("mx(events_held, 2)").unwrap_err().contains("'mx' is not a function"));
        assert!(Formula::parse("str::substring(\"é\", 0, 1)").unwrap_err().contains("not a function"));
        assert!(Formula::parse("\"text\" + 1").unwrap_err().contains("works with numbers"));
        assert!(Formula::parse("(1, 2)").is_err());
        assert!(Formula::parse("true").unwrap_err().contains("works with numbers"));
        assert_eq!(
            Formula::parse("1 / 2 * events_held").unwrap().evaluate(&[("events_held".to_string(), Some(4.0))].into()),
            Ok(Some(2.0))
        );
        assert_eq!(
            Formula::parse("9223372036854775807 * 2").unwrap().evaluate(&HashMap::new()).map(|v| v.is_some()),
            Ok(true),
            "no overflow: floats"
        );
        assert_eq!(
            Formula::parse("5 % 0").unwrap().evaluate(&HashMap::new()),
            Ok(None),
            "nothing over nothing is none"
        );
        assert_eq!(
            Formula::parse("round(events_held / 3)")
                .unwrap()
                .evaluate(&[("events_held".to_string(), Some(5.0))].into()),
            Ok(Some(2.0))
        );

        let mut all = builtin();
        all.push(formula("a", "b + 1"));
        all.push(formula("b", "events_held * 2"));
        assert_eq!(formula_order(&all), Ok(vec!["b".to_string(), "a".to_string()]));
        all.push(formula("c", "a + d"));
        all.push(formula("d", "c"));
        assert_eq!(formula_order(&all), Err("formulas read each other in a circle: c → d → c".into()));
        let unknown = vec![formula("e", "fees_billled * 2")];
        assert_eq!(formula_order(&unknown), Err("e reads 'fees_billled', which is no indicator".into()));
    }

    #[test]
    fn the_catalogue_has_every_group_and_unique_codes_and_keys() {
        let all = builtin();
        for g in Group::ALL {
            assert!(all.iter().any(|d| d.group == *g), "{g:?}");
        }
        let mut codes: Vec<&str> = all.iter().map(|d| d.code.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), all.len());
        assert!(all.iter().all(|d| valid_key(&d.key) && d.code.starts_with(d.group.code())));
        assert!(!valid_key("Fees") && !valid_key("1fees") && !valid_key("fees-billed") && valid_key("fees_2"));
    }
}
