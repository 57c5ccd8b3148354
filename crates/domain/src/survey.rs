//! Surveys: questionnaires of sections and questions, the answers a respondent gives, and what
//! the answers of many say (distributions, mean, median).
//!
//! A questionnaire is kept as a [`Questionnaire`] (JSON in the store, the same shape in the API).
//! Every question has a key, unique in its questionnaire, by which its answers are kept and
//! exported; a question may be shown only when an earlier answer is a given value. Numbers are
//! kept as whole numbers scaled by their decimals (`12.5` with one decimal is `125`), money in
//! minor units of the cluster's currency, Likert answers as the point chosen from 1.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::money::Currency;
use crate::validation::{Collector, Invalid};

/// The most sections, questions, options, matrix items and characters a questionnaire holds.
pub const SECTIONS_MAX: usize = 30;
pub const QUESTIONS_MAX: usize = 200;
pub const OPTIONS_MAX: usize = 40;
pub const ITEMS_MAX: usize = 30;
pub const TITLE_CHARS: usize = 200;
pub const QUESTION_CHARS: usize = 500;
pub const OPTION_CHARS: usize = 200;
pub const INTRO_CHARS: usize = 4_000;
/// The most characters a text answer holds.
pub const ANSWER_CHARS: usize = 4_000;
/// A Likert scale has from 2 to 11 points (0–10 is written as 11 points).
pub const POINTS: std::ops::RangeInclusive<u8> = 2..=11;
/// A number has at most this many decimals.
pub const DECIMALS_MAX: u8 = 3;
/// The largest number or amount an answer holds, scaled: a thousand billion.
pub const NUMBER_MAX: i64 = 1_000_000_000_000_000;

/// What a question asks for, with what it needs to be asked.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum QuestionKind {
    /// One of the options.
    SingleChoice {
        options: Vec<String>,
    },
    /// Any of the options.
    MultipleChoice {
        options: Vec<String>,
    },
    /// A point on a scale from 1 to `points`, its ends labelled ("Not at all" … "Very much").
    Likert {
        points: u8,
        low_label: String,
        high_label: String,
    },
    /// A number in `unit` (employees, products), from `min` to `max` when given (in the unit, not
    /// scaled), with at most `decimals` decimals.
    Number {
        unit: String,
        #[serde(default)]
        min: Option<i64>,
        #[serde(default)]
        max: Option<i64>,
        #[serde(default)]
        decimals: u8,
    },
    /// An amount in the cluster's currency, zero or more.
    Money,
    /// Free text; `long` for a paragraph rather than a line.
    Text {
        #[serde(default)]
        long: bool,
    },
    Date,
    /// Several statements, each rated on the same scale.
    Matrix {
        items: Vec<String>,
        points: u8,
        low_label: String,
        high_label: String,
    },
}

impl QuestionKind {
    pub fn code(&self) -> &'static str {
        match self {
            Self::SingleChoice { .. } => "single_choice",
            Self::MultipleChoice { .. } => "multiple_choice",
            Self::Likert { .. } => "likert",
            Self::Number { .. } => "number",
            Self::Money => "money",
            Self::Text { .. } => "text",
            Self::Date => "date",
            Self::Matrix { .. } => "matrix",
        }
    }

    pub fn label(&self) -> &'static str {
        match self {
            Self::SingleChoice { .. } => "Single choice",
            Self::MultipleChoice { .. } => "Multiple choice",
            Self::Likert { .. } => "Likert scale",
            Self::Number { .. } => "Number",
            Self::Money => "Money",
            Self::Text { .. } => "Text",
            Self::Date => "Date",
            Self::Matrix { .. } => "Matrix of scales",
        }
    }

    /// The kinds' codes, in the order of forms.
    pub const CODES: [&'static str; 8] =
        ["single_choice", "multiple_choice", "likert", "number", "money", "text", "date", "matrix"];
}

/// Shows a question only when the answer to an earlier question is `equals`: one of its options
/// for a choice (for a multiple choice, one of those ticked), or a point (`4`) for a Likert scale.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The key of the earlier question.
    pub question: String,
    pub equals: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Question {
    /// Lower-case letters, digits and `_`, unique in the questionnaire: `employees`.
    pub key: String,
    pub text: String,
    /// A line under the question ("in full-time equivalents, on 31 December").
    #[serde(default)]
    pub help: String,
    #[serde(default)]
    pub required: bool,
    #[serde(flatten)]
    pub kind: QuestionKind,
    #[serde(default)]
    pub show_if: Option<Condition>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub title: String,
    pub questions: Vec<Question>,
}

/// A questionnaire as built: its title, the text respondents read first, and its sections.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub title: String,
    #[serde(default)]
    pub intro: String,
    pub sections: Vec<Section>,
}

fn text_of(c: &mut Collector, field: &str, text: &str, max: usize, required: bool) {
    let chars = text.chars().count();
    if required && text.trim().is_empty() {
        c.push(field, i18n::said("invalid-validation-required"));
    } else if chars > max {
        c.push(field, i18n::said_with("invalid-validation-too-long", &[("max", max.to_string())]));
    } else if text.chars().any(|ch| ch.is_control() && ch != '\n' && ch != '\r' && ch != '\t') {
        c.push(field, i18n::said("invalid-app-monitoring-control-character"));
    }
}

fn key_ok(key: &str) -> bool {
    (1..=40).contains(&key.len())
        && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && key.as_bytes()[0].is_ascii_lowercase()
}

fn options_of(c: &mut Collector, field: &str, options: &[String], what: &str, max: usize) {
    if options.len() < 2 && what == "options" {
        c.push(field, i18n::said("invalid-survey-two-options"));
    }
    if options.is_empty() {
        c.push(
            field,
            if what == "options" {
                i18n::said("invalid-survey-no-options")
            } else {
                i18n::said("invalid-survey-no-items")
            },
        );
    }
    if options.len() > max {
        let args = [("found", options.len().to_string()), ("max", max.to_string())];
        c.push(
            field,
            if what == "options" {
                i18n::said_with("invalid-survey-too-many-options", &args)
            } else {
                i18n::said_with("invalid-survey-too-many-items", &args)
            },
        );
    }
    for (i, o) in options.iter().enumerate() {
        text_of(c, &format!("{field}[{i}]"), o, OPTION_CHARS, true);
        if options[..i].iter().any(|earlier| crate::text::fold(earlier.trim()) == crate::text::fold(o.trim())) {
            c.push(
                &format!("{field}[{i}]"),
                i18n::said_with("invalid-survey-twice", &[("value", o.trim().to_string())]),
            );
        }
    }
}

fn scale_of(c: &mut Collector, field: &str, points: u8, low: &str, high: &str) {
    if !POINTS.contains(&points) {
        c.push(
            &format!("{field}.points"),
            i18n::said_with(
                "invalid-survey-scale-points",
                &[("min", POINTS.start().to_string()), ("max", POINTS.end().to_string())],
            ),
        );
    }
    text_of(c, &format!("{field}.low_label"), low, OPTION_CHARS, true);
    text_of(c, &format!("{field}.high_label"), high, OPTION_CHARS, true);
}

impl Questionnaire {
    /// Every question, in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    /// Whether it asks anything: a questionnaire being built may not yet, but one is sent only
    /// once it does.
    pub fn asks_something(&self) -> bool {
        self.questions().next().is_some()
    }

    pub fn question(&self, key: &str) -> Option<&Question> {
        self.questions().find(|q| q.key == key)
    }

    /// Checks the whole questionnaire; each problem is named by its place, such as
    /// `sections[0].questions[2].options[1]`.
    ///
    /// # Errors
    /// An empty title or question, a key that is not lower-case letters, digits and `_` or is
    /// there twice, a choice with fewer than two options or the same option twice, a scale out of
    /// [`POINTS`], a number whose `min` is above its `max`, a condition on a question that is not
    /// an earlier choice or scale, or on a value it cannot have; and more than the limits above.
    pub fn check(&self) -> Result<(), Invalid> {
        let mut c = Collector::new();
        text_of(&mut c, "title", &self.title, TITLE_CHARS, true);
        text_of(&mut c, "intro", &self.intro, INTRO_CHARS, false);
        if self.sections.len() > SECTIONS_MAX {
            c.push(
                "sections",
                i18n::said_with(
                    "invalid-survey-too-many-sections",
                    &[("found", self.sections.len().to_string()), ("max", SECTIONS_MAX.to_string())],
                ),
            );
        }
        let count = self.questions().count();
        if count > QUESTIONS_MAX {
            c.push(
                "sections",
                i18n::said_with(
                    "invalid-survey-too-many-questions",
                    &[("found", count.to_string()), ("max", QUESTIONS_MAX.to_string())],
                ),
            );
        }
        let mut earlier: Vec<&Question> = Vec::new();
        for (s, section) in self.sections.iter().enumerate() {
            let at = format!("sections[{s}]");
            text_of(&mut c, &format!("{at}.title"), &section.title, TITLE_CHARS, true);
            for (i, q) in section.questions.iter().enumerate() {
                let at = format!("{at}.questions[{i}]");
                if !key_ok(&q.key) {
                    c.push(&format!("{at}.key"), i18n::said_with("invalid-survey-key", &[("value", q.key.clone())]));
                } else if earlier.iter().any(|e| e.key == q.key) {
                    c.push(
                        &format!("{at}.key"),
                        i18n::said_with("invalid-survey-key-taken", &[("value", q.key.clone())]),
                    );
                }
                text_of(&mut c, &format!("{at}.text"), &q.text, QUESTION_CHARS, true);
                text_of(&mut c, &format!("{at}.help"), &q.help, QUESTION_CHARS, false);
                match &q.kind {
                    QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => {
                        options_of(&mut c, &format!("{at}.options"), options, "options", OPTIONS_MAX)
                    }
                    QuestionKind::Likert { points, low_label, high_label } => {
                        scale_of(&mut c, &at, *points, low_label, high_label)
                    }
                    QuestionKind::Matrix { items, points, low_label, high_label } => {
                        options_of(&mut c, &format!("{at}.items"), items, "items", ITEMS_MAX);
                        scale_of(&mut c, &at, *points, low_label, high_label);
                    }
                    QuestionKind::Number { unit, min, max, decimals } => {
                        text_of(&mut c, &format!("{at}.unit"), unit, 40, false);
                        if let (Some(lo), Some(hi)) = (min, max)
                            && lo > hi
                        {
                            c.push(
                                &format!("{at}.min"),
                                i18n::said_with(
                                    "invalid-survey-min-above-max",
                                    &[("min", lo.to_string()), ("max", hi.to_string())],
                                ),
                            );
                        }
                        if *decimals > DECIMALS_MAX {
                            c.push(
                                &format!("{at}.decimals"),
                                i18n::said_with("invalid-survey-decimals-max", &[("max", DECIMALS_MAX.to_string())]),
                            );
                        }
                        let limit = NUMBER_MAX / 10_i64.pow(u32::from((*decimals).min(DECIMALS_MAX)));
                        let beyond = |m: &Option<i64>| m.is_some_and(|m| !(-limit..=limit).contains(&m));
                        if beyond(min) || beyond(max) {
                            c.push(&format!("{at}.max"), i18n::said("invalid-survey-bound-too-large"));
                        }
                    }
                    QuestionKind::Money | QuestionKind::Text { .. } | QuestionKind::Date => {}
                }
                if let Some(condition) = &q.show_if {
                    let field = format!("{at}.show_if");
                    match earlier.iter().find(|e| e.key == condition.question) {
                        None => c.push(
                            &field,
                            i18n::said_with(
                                "invalid-survey-no-earlier-question",
                                &[("value", condition.question.clone())],
                            ),
                        ),
                        Some(e) => {
                            if let Err(m) = condition_value(&e.kind, &condition.equals) {
                                c.push(&field, m);
                            }
                        }
                    }
                }
                earlier.push(q);
            }
        }
        c.finish(|| ())
    }

    /// The questions shown to a respondent whose answers so far are `answers`: those without a
    /// condition, and those whose condition holds.
    pub fn shown<'a>(&'a self, answers: &'a Answers) -> impl Iterator<Item = &'a Question> {
        self.questions().filter(|q| q.show_if.as_ref().is_none_or(|c| holds(c, answers)))
    }
}

/// Whether `equals` is a value the question of `kind` can have, for a condition on it.
fn condition_value(kind: &QuestionKind, equals: &str) -> Result<(), String> {
    match kind {
        QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => {
            if options.iter().any(|o| o.trim() == equals.trim()) {
                Ok(())
            } else {
                Err(i18n::said_with("invalid-survey-condition-option", &[("value", equals.to_string())]))
            }
        }
        QuestionKind::Likert { points, .. } => match equals.trim().parse::<u8>() {
            Ok(p) if (1..=*points).contains(&p) => Ok(()),
            _ => Err(i18n::said_with(
                "invalid-survey-condition-point",
                &[("value", equals.to_string()), ("points", points.to_string())],
            )),
        },
        _ => Err(i18n::said("invalid-survey-condition-kind")),
    }
}

fn holds(condition: &Condition, answers: &Answers) -> bool {
    match answers.get(&condition.question) {
        Some(Answer::Choice(c)) => c.trim() == condition.equals.trim(),
        Some(Answer::Choices(cs)) => cs.iter().any(|c| c.trim() == condition.equals.trim()),
        Some(Answer::Scale(p)) => condition.equals.trim().parse::<u8>().ok() == Some(*p),
        _ => false,
    }
}

/// One answer, by what its question asks for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Choice(String),
    Choices(Vec<String>),
    /// The point chosen, from 1.
    Scale(u8),
    /// Scaled by the question's decimals.
    Number(i64),
    /// In minor units of the cluster's currency.
    Money(i64),
    Text(String),
    Date(NaiveDate),
    /// The point of each item, in the items' order; `None` for an item left out.
    Matrix(Vec<Option<u8>>),
}

/// A respondent's answers by question key.
pub type Answers = BTreeMap<String, Answer>;

/// The cells of an answering form: for a question its key with every value sent under it
/// (several for a multiple choice); for a matrix item `key.N` (N from 0).
pub type RawAnswers = BTreeMap<String, Vec<String>>;

fn one<'a>(raw: &'a RawAnswers, key: &str) -> Option<&'a str> {
    raw.get(key).and_then(|v| v.iter().map(|s| s.trim()).find(|s| !s.is_empty()))
}

fn point(raw: &str, points: u8) -> Result<u8, String> {
    match raw.trim().parse::<u8>() {
        Ok(p) if (1..=points).contains(&p) => Ok(p),
        _ => Err(i18n::said_with("invalid-survey-point", &[("points", points.to_string())])),
    }
}

/// Reads `12.5` (or `12,5`) as a whole number scaled by `decimals`.
fn scaled(raw: &str, decimals: u8) -> Result<i64, String> {
    let plain = crate::written::parse_number(raw, None, decimals == 0)?;
    let (negative, digits) = match plain.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, plain.as_str()),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if fraction.len() > usize::from(decimals) {
        return Err(match decimals {
            0 => i18n::said_with("invalid-validation-whole-number", &[("value", raw.trim().to_string())]),
            d => i18n::said_with(
                "invalid-survey-too-many-decimals",
                &[("value", raw.trim().to_string()), ("decimals", d.to_string())],
            ),
        });
    }
    let padded = format!("{whole}{fraction:0<width$}", width = usize::from(decimals));
    let too_large = || i18n::said_with("invalid-money-too-large", &[("value", raw.trim().to_string())]);
    let value: i64 = padded.parse().map_err(|_| too_large())?;
    if value > NUMBER_MAX {
        return Err(too_large());
    }
    Ok(if negative { -value } else { value })
}

/// Reads what a respondent sent: each shown question's answer checked against its kind. With
/// `complete`, a required question shown and left empty is an error (sending the answers); without
/// it (saving progress), it is not. The answers of questions not shown are dropped.
///
/// # Errors
/// By question key (a matrix item as `key.N`): an option that is not the question's, a point off
/// the scale, a number that is not one, out of the bounds or with too many decimals, a negative
/// amount, a text over [`ANSWER_CHARS`] or holding a control character, a date that is not one,
/// and, with `complete`, a required question left empty.
pub fn read_answers(
    questionnaire: &Questionnaire,
    raw: &RawAnswers,
    currency: Currency,
    complete: bool,
) -> Result<Answers, Invalid> {
    let mut c = Collector::new();
    let mut answers = Answers::new();
    for q in questionnaire.questions() {
        if q.show_if.as_ref().is_some_and(|cond| !holds(cond, &answers)) {
            continue;
        }
        let answer = match &q.kind {
            QuestionKind::SingleChoice { options } => one(raw, &q.key).and_then(|v| {
                c.take(
                    &q.key,
                    options
                        .iter()
                        .find(|o| o.trim() == v)
                        .map(|o| Answer::Choice(o.trim().to_string()))
                        .ok_or_else(|| i18n::said_with("invalid-survey-not-an-option", &[("value", v.to_string())])),
                )
            }),
            QuestionKind::MultipleChoice { options } => {
                let ticked: Vec<&str> = raw
                    .get(&q.key)
                    .map(|v| v.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect())
                    .unwrap_or_default();
                if let Some(stray) = ticked.iter().find(|t| !options.iter().any(|o| o.trim() == **t)) {
                    c.push(&q.key, i18n::said_with("invalid-survey-not-an-option", &[("value", stray.to_string())]));
                    None
                } else {
                    // In the options' order, each once.
                    let chosen: Vec<String> =
                        options.iter().filter(|o| ticked.contains(&o.trim())).map(|o| o.trim().to_string()).collect();
                    (!chosen.is_empty()).then_some(Answer::Choices(chosen))
                }
            }
            QuestionKind::Likert { points, .. } => {
                one(raw, &q.key).and_then(|v| c.take(&q.key, point(v, *points).map(Answer::Scale)))
            }
            QuestionKind::Matrix { items, points, .. } => {
                let mut rated = Vec::with_capacity(items.len());
                for i in 0..items.len() {
                    let field = format!("{}.{i}", q.key);
                    rated.push(one(raw, &field).and_then(|v| c.take(&field, point(v, *points))));
                }
                if complete && q.required && rated.iter().any(Option::is_none) {
                    for (i, _) in rated.iter().enumerate().filter(|(_, r)| r.is_none()) {
                        let field = format!("{}.{i}", q.key);
                        if !c.has(&field) {
                            c.push(&field, i18n::said("invalid-survey-rate-every-statement"));
                        }
                    }
                }
                rated.iter().any(Option::is_some).then_some(Answer::Matrix(rated))
            }
            QuestionKind::Number { min, max, decimals, unit } => one(raw, &q.key).and_then(|v| {
                let read = scaled(v, (*decimals).min(DECIMALS_MAX)).and_then(|n| {
                    let scale = 10_i64.pow(u32::from((*decimals).min(DECIMALS_MAX)));
                    match (min, max) {
                        (Some(lo), _) if n < lo.saturating_mul(scale) => Err(if unit.is_empty() {
                            i18n::said_with("invalid-survey-at-least", &[("value", lo.to_string())])
                        } else {
                            i18n::said_with(
                                "invalid-survey-at-least-unit",
                                &[("value", lo.to_string()), ("unit", unit.clone())],
                            )
                        }),
                        (_, Some(hi)) if n > hi.saturating_mul(scale) => Err(if unit.is_empty() {
                            i18n::said_with("invalid-survey-at-most", &[("value", hi.to_string())])
                        } else {
                            i18n::said_with(
                                "invalid-survey-at-most-unit",
                                &[("value", hi.to_string()), ("unit", unit.clone())],
                            )
                        }),
                        _ => Ok(Answer::Number(n)),
                    }
                });
                c.take(&q.key, read)
            }),
            QuestionKind::Money => one(raw, &q.key).and_then(|v| {
                let read = crate::written::parse_amount(v, currency).and_then(|m| match m {
                    m if m < 0 => Err(i18n::said("invalid-validation-negative")),
                    m if m > NUMBER_MAX => Err(i18n::said_with("invalid-money-too-large", &[("value", v.to_string())])),
                    m => Ok(Answer::Money(m)),
                });
                c.take(&q.key, read)
            }),
            QuestionKind::Text { .. } => one(raw, &q.key).and_then(|v| {
                let read = if v.chars().count() > ANSWER_CHARS {
                    Err(i18n::said_with("invalid-validation-too-long", &[("max", ANSWER_CHARS.to_string())]))
                } else if v.chars().any(|ch| ch.is_control() && ch != '\n' && ch != '\r' && ch != '\t') {
                    Err(i18n::said("invalid-app-monitoring-control-character"))
                } else {
                    Ok(Answer::Text(v.to_string()))
                };
                c.take(&q.key, read)
            }),
            QuestionKind::Date => one(raw, &q.key).and_then(|v| {
                c.take(
                    &q.key,
                    crate::written::parse_date(v, Some(crate::written::DateOrder::DayFirst)).map(Answer::Date),
                )
            }),
        };
        match answer {
            Some(a) => {
                answers.insert(q.key.clone(), a);
            }
            None if complete && q.required && !c.has(&q.key) && !matches!(q.kind, QuestionKind::Matrix { .. }) => {
                c.push(&q.key, i18n::said("invalid-survey-answer-required"))
            }
            None => {}
        }
    }
    c.finish(|| answers)
}

/// A question as a form types it: one field a property, options and matrix items one a line.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct QuestionInput {
    /// Made from the text when empty.
    pub key: Option<String>,
    pub text: Option<String>,
    pub help: Option<String>,
    /// `yes` when an answer is needed.
    pub required: Option<String>,
    /// One of [`QuestionKind::CODES`].
    pub kind: Option<String>,
    /// For a choice: one option a line.
    pub options: Option<String>,
    /// For a scale or a matrix: the number of points (5 when empty) and the ends' labels.
    pub points: Option<String>,
    pub low_label: Option<String>,
    pub high_label: Option<String>,
    /// For a matrix: one statement a line.
    pub items: Option<String>,
    /// For a number.
    pub unit: Option<String>,
    pub min: Option<String>,
    pub max: Option<String>,
    pub decimals: Option<String>,
    /// For a text: `yes` for a paragraph.
    pub long: Option<String>,
    /// Shows the question only when the answer to the question of this key is `show_if_equals`.
    pub show_if_question: Option<String>,
    pub show_if_equals: Option<String>,
}

fn lines_of(raw: Option<&str>) -> Vec<String> {
    raw.unwrap_or_default().lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
}

/// A key made from a question's text: lower-case ASCII letters and digits joined by `_`, from a
/// letter, at most 40 characters (`How many employees?` → `how_many_employees`).
pub fn key_from(text: &str) -> String {
    let folded = crate::text::fold(text);
    let words: Vec<&str> = folded.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let mut key = String::new();
    for w in words {
        if key.len() + w.len() + 1 > 40 {
            break;
        }
        if !key.is_empty() {
            key.push('_');
        }
        key.push_str(w);
    }
    if !key.starts_with(|c: char| c.is_ascii_lowercase()) {
        key.insert_str(0, "q_");
        key.truncate(40);
    }
    key
}

impl QuestionInput {
    /// Reads the form into a question; the questionnaire it goes into checks the rest
    /// ([`Questionnaire::check`]).
    ///
    /// # Errors
    /// By form field: a kind that is not one, a number of points, a bound or decimals that are
    /// not whole numbers.
    pub fn parse(&self) -> Result<Question, Invalid> {
        let mut c = Collector::new();
        let text = self.text.as_deref().unwrap_or_default().trim().to_string();
        let whole = |c: &mut Collector, field: &str, raw: Option<&str>| -> Option<i64> {
            crate::validation::optional(raw).and_then(|r| {
                c.take(
                    field,
                    r.parse::<i64>()
                        .map_err(|_| i18n::said_with("invalid-validation-whole-number", &[("value", r.to_string())])),
                )
            })
        };
        let points = whole(&mut c, "points", self.points.as_deref()).unwrap_or(5);
        let points = u8::try_from(points).unwrap_or(0);
        let (low_label, high_label) = (
            self.low_label.as_deref().unwrap_or_default().trim().to_string(),
            self.high_label.as_deref().unwrap_or_default().trim().to_string(),
        );
        let kind = match crate::validation::optional(self.kind.as_deref()) {
            None => {
                c.push("kind", i18n::said("invalid-validation-required"));
                None
            }
            Some("single_choice") => Some(QuestionKind::SingleChoice { options: lines_of(self.options.as_deref()) }),
            Some("multiple_choice") => {
                Some(QuestionKind::MultipleChoice { options: lines_of(self.options.as_deref()) })
            }
            Some("likert") => Some(QuestionKind::Likert { points, low_label, high_label }),
            Some("matrix") => {
                Some(QuestionKind::Matrix { items: lines_of(self.items.as_deref()), points, low_label, high_label })
            }
            Some("number") => {
                let min = whole(&mut c, "min", self.min.as_deref());
                let max = whole(&mut c, "max", self.max.as_deref());
                let decimals = whole(&mut c, "decimals", self.decimals.as_deref()).unwrap_or(0);
                Some(QuestionKind::Number {
                    unit: self.unit.as_deref().unwrap_or_default().trim().to_string(),
                    min,
                    max,
                    decimals: u8::try_from(decimals).unwrap_or(u8::MAX),
                })
            }
            Some("money") => Some(QuestionKind::Money),
            Some("text") => {
                Some(QuestionKind::Text { long: crate::validation::yes_no(&self.long, false).unwrap_or(false) })
            }
            Some("date") => Some(QuestionKind::Date),
            Some(other) => {
                c.push(
                    "kind",
                    i18n::said_with(
                        "invalid-survey-kind",
                        &[("value", other.to_string()), ("kinds", QuestionKind::CODES.join(", "))],
                    ),
                );
                None
            }
        };
        let required = c.take("required", crate::validation::yes_no(&self.required, false));
        let key = match crate::validation::optional(self.key.as_deref()) {
            Some(k) => k.to_string(),
            None => key_from(&text),
        };
        let show_if = crate::validation::optional(self.show_if_question.as_deref()).map(|q| Condition {
            question: q.to_string(),
            equals: self.show_if_equals.as_deref().unwrap_or_default().trim().to_string(),
        });
        c.finish(|| Question {
            key,
            text,
            help: self.help.as_deref().unwrap_or_default().trim().to_string(),
            required: required.unwrap_or(false),
            kind: kind.expect("checked"),
            show_if,
        })
    }

    /// The form of a question, to change it.
    pub fn of(q: &Question) -> QuestionInput {
        let mut input = QuestionInput {
            key: Some(q.key.clone()),
            text: Some(q.text.clone()),
            help: Some(q.help.clone()),
            required: Some(if q.required { "yes" } else { "no" }.into()),
            kind: Some(q.kind.code().into()),
            show_if_question: q.show_if.as_ref().map(|c| c.question.clone()),
            show_if_equals: q.show_if.as_ref().map(|c| c.equals.clone()),
            ..Default::default()
        };
        match &q.kind {
            QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => {
                input.options = Some(options.join("\n"));
            }
            QuestionKind::Likert { points, low_label, high_label } => {
                input.points = Some(points.to_string());
                input.low_label = Some(low_label.clone());
                input.high_label = Some(high_label.clone());
            }
            QuestionKind::Matrix { items, points, low_label, high_label } => {
                input.items = Some(items.join("\n"));
                input.points = Some(points.to_string());
                input.low_label = Some(low_label.clone());
                input.high_label = Some(high_label.clone());
            }
            QuestionKind::Number { unit, min, max, decimals } => {
                input.unit = Some(unit.clone());
                input.min = min.map(|m| m.to_string());
                input.max = max.map(|m| m.to_string());
                input.decimals = Some(decimals.to_string());
            }
            QuestionKind::Text { long } => input.long = Some(if *long { "yes" } else { "no" }.into()),
            QuestionKind::Money | QuestionKind::Date => {}
        }
        input
    }
}

/// The form field a problem of a questionnaire names (`sections[0].questions[2].options[1]` is
/// the question's `options`), for a question's form to show it beside the field.
pub fn form_field(place: &str) -> &str {
    let last = place.rsplit('.').next().unwrap_or(place);
    let field = last.split('[').next().unwrap_or(last);
    match field {
        "show_if" => "show_if_question",
        "questions" => "text",
        other => other,
    }
}

/// What the answers to one question say, over all respondents who were shown it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuestionResult {
    pub key: String,
    /// How many answered it.
    pub answered: usize,
    /// For choices and scales: each option or point (`1` … `5`) with how many chose it, in the
    /// question's order; for a matrix, the points of every item (see `items`).
    pub counts: Vec<(String, usize)>,
    /// For a matrix: each item with the counts of its points.
    pub items: Vec<(String, Vec<usize>)>,
    /// For scales, numbers and money: the mean and median, scaled as the answers are, rounded
    /// half away from zero to hundredths of that scale (a Likert mean of 3.67 is 367).
    pub mean_hundredths: Option<i64>,
    pub median_hundredths: Option<i64>,
    /// For texts: every text given.
    pub texts: Vec<String>,
    /// For numbers and amounts: how many answers fall in each range, from the lowest answer to the
    /// highest, scaled as the answers are (see [`bins`]).
    pub bins: Vec<Bin>,
    /// For a matrix: each item's mean point in hundredths (3.67 is 367); none where no one rated it.
    pub item_means_hundredths: Vec<Option<i64>>,
}

/// A range of numbers or amounts, both ends included, and how many answers fall in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Bin {
    pub low: i64,
    pub high: i64,
    pub count: usize,
}

/// How many of `values` fall in each range: each distinct value its own range when there are at
/// most [`BINS`], else ranges of one round width (1, 2 or 5 times a power of ten, the smallest
/// that covers the values in [`BINS`] ranges) starting at a multiple of it, so that their ends
/// read as round numbers (at most `BINS + 1` ranges).
pub fn bins(values: &[i64]) -> Vec<Bin> {
    let mut distinct = values.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() <= BINS {
        return distinct
            .into_iter()
            .map(|v| Bin { low: v, high: v, count: values.iter().filter(|x| **x == v).count() })
            .collect();
    }
    let (low, high) = (i128::from(distinct[0]), i128::from(distinct[distinct.len() - 1]));
    let bins = BINS as i128;
    let needed = (high - low + bins) / bins;
    let mut width: i128 = 1;
    while width * 5 < needed {
        width *= 10;
    }
    width = [width, width * 2, width * 5, width * 10].into_iter().find(|w| *w >= needed).unwrap_or(width * 10);
    let start = low.div_euclid(width) * width;
    let mut out = Vec::new();
    let mut from = start;
    while from <= high {
        let to = from + width - 1;
        let count = values.iter().filter(|v| (from..=to).contains(&i128::from(**v))).count();
        let clamp = |v: i128| i64::try_from(v.clamp(i128::from(i64::MIN), i128::from(i64::MAX))).unwrap_or(0);
        out.push(Bin { low: clamp(from), high: clamp(to), count });
        from += width;
    }
    out
}

/// How many ranges [`bins`] draws at most.
pub const BINS: usize = 8;

/// The mean and the median of `values`, in hundredths, rounded half away from zero.
pub fn mean_and_median(values: &[i64]) -> (Option<i64>, Option<i64>) {
    if values.is_empty() {
        return (None, None);
    }
    let n = values.len() as i128;
    let sum: i128 = values.iter().map(|v| i128::from(*v)).sum();
    let mean = round_div(sum * 100, n);
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let mid = sorted.len() / 2;
    let median = if sorted.len() % 2 == 1 {
        i128::from(sorted[mid]) * 100
    } else {
        round_div((i128::from(sorted[mid - 1]) + i128::from(sorted[mid])) * 100, 2)
    };
    (i64::try_from(mean).ok(), i64::try_from(median).ok())
}

fn round_div(numerator: i128, denominator: i128) -> i128 {
    let q = numerator / denominator;
    let r = numerator % denominator;
    if 2 * r.abs() >= denominator { q + numerator.signum() } else { q }
}

/// What the answers of many say of each question of `questionnaire`.
pub fn results(questionnaire: &Questionnaire, responses: &[&Answers]) -> Vec<QuestionResult> {
    questionnaire
        .questions()
        .map(|q| {
            let given: Vec<&Answer> = responses.iter().filter_map(|r| r.get(&q.key)).collect();
            let mut result = QuestionResult {
                key: q.key.clone(),
                answered: given.len(),
                counts: Vec::new(),
                items: Vec::new(),
                mean_hundredths: None,
                median_hundredths: None,
                texts: Vec::new(),
                bins: Vec::new(),
                item_means_hundredths: Vec::new(),
            };
            let mut values: Vec<i64> = Vec::new();
            match &q.kind {
                QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => {
                    result.counts = options
                        .iter()
                        .map(|o| {
                            let chose = |a: &&&Answer| match a {
                                Answer::Choice(c) => c == o.trim(),
                                Answer::Choices(cs) => cs.iter().any(|c| c == o.trim()),
                                _ => false,
                            };
                            (o.trim().to_string(), given.iter().filter(chose).count())
                        })
                        .collect();
                }
                QuestionKind::Likert { points, .. } => {
                    values = given.iter().filter_map(|a| if let Answer::Scale(p) = a { Some(i64::from(*p)) } else { None }).collect();
                    result.counts =
                        (1..=*points).map(|p| (p.to_string(), values.iter().filter(|v| **v == i64::from(p)).count())).collect();
                }
                QuestionKind::Matrix { items, points, .. } => {
                    result.items = items
                        .iter()
                        .enumerate()
                        .map(|(i, item)| {
                            let counts = (1..=*points)
                                .map(|p| {
                                    given
                                        .iter()
                                        .filter(|a| matches!(a, Answer::Matrix(r) if r.get(i).copied().flatten() == Some(p)))
                                        .count()
                                })
                                .collect();
                            (item.trim().to_string(), counts)
                        })
                        .collect();
                    result.item_means_hundredths = (0..items.len())
                        .map(|i| {
                            let points: Vec<i64> = given
                                .iter()
                                .filter_map(|a| match a {
                                    Answer::Matrix(r) => r.get(i).copied().flatten().map(i64::from),
                                    _ => None,
                                })
                                .collect();
                            mean_and_median(&points).0
                        })
                        .collect();
                }
                QuestionKind::Number { .. } => {
                    values = given.iter().filter_map(|a| if let Answer::Number(n) = a { Some(*n) } else { None }).collect();
                    result.bins = bins(&values);
                }
                QuestionKind::Money => {
                    values = given.iter().filter_map(|a| if let Answer::Money(n) = a { Some(*n) } else { None }).collect();
                    result.bins = bins(&values);
                }
                QuestionKind::Text { .. } => {
                    result.texts =
                        given.iter().filter_map(|a| if let Answer::Text(t) = a { Some(t.clone()) } else { None }).collect();
                }
                QuestionKind::Date => {
                    // By month, in order.
                    let mut months: BTreeMap<String, usize> = BTreeMap::new();
                    for a in &given {
                        if let Answer::Date(d) = a {
                            *months.entry(d.format("%Y-%m").to_string()).or_default() += 1;
                        }
                    }
                    result.counts = months.into_iter().collect();
                }
            }
            (result.mean_hundredths, result.median_hundredths) = mean_and_median(&values);
            result
        })
        .collect()
}

/// An answer as a cell of an export: the option, the options joined by `; `, the point, the
/// number with its decimals, the amount in major units, the text, the date, or the points of a
/// matrix joined by `; ` (an item left out empty).
pub fn answer_text(question: &Question, answer: &Answer, currency: Currency) -> String {
    match (answer, &question.kind) {
        (Answer::Choice(c), _) | (Answer::Text(c), _) => c.clone(),
        (Answer::Choices(cs), _) => cs.join("; "),
        (Answer::Scale(p), _) => p.to_string(),
        (Answer::Number(n), QuestionKind::Number { decimals, .. }) => scaled_text(*n, *decimals),
        (Answer::Number(n), _) => n.to_string(),
        (Answer::Money(m), _) => crate::money::Money::new(*m, currency).to_decimal(),
        (Answer::Date(d), _) => d.to_string(),
        (Answer::Matrix(points), _) => {
            points.iter().map(|p| p.map(|p| p.to_string()).unwrap_or_default()).collect::<Vec<_>>().join("; ")
        }
    }
}

/// A scaled whole number written with its decimals: `125` with one decimal is `12.5`.
pub fn scaled_text(n: i64, decimals: u8) -> String {
    if decimals == 0 {
        return n.to_string();
    }
    let scale = 10_i64.pow(u32::from(decimals.min(DECIMALS_MAX)));
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}{}.{:0width$}", (n / scale).abs(), (n % scale).abs(), width = usize::from(decimals))
}

/// The questionnaires clusterdesk ships, to start from: each a [`Questionnaire`] that passes
/// [`Questionnaire::check`], built in English and edited like any other.
pub mod templates {
    use super::{Condition, Question, QuestionKind, Questionnaire, Section};

    coded!(
        /// A questionnaire shipped with clusterdesk.
        Template,
        "a template",
        [
            (MemberSatisfaction, "member_satisfaction", "Member satisfaction"),
            (StrategicAttitude, "strategic_attitude", "Strategic attitude of companies"),
            (CompanyPerformance, "company_performance", "Yearly company performance"),
            (StrategyConsultation, "strategy_consultation", "Consultation for a new strategic plan"),
        ]
    );

    fn question(key: &str, text: &str, required: bool, kind: QuestionKind) -> Question {
        Question { key: key.into(), text: text.into(), help: String::new(), required, kind, show_if: None }
    }

    fn helped(mut q: Question, help: &str) -> Question {
        q.help = help.into();
        q
    }

    fn shown_if(mut q: Question, question: &str, equals: &str) -> Question {
        q.show_if = Some(Condition { question: question.into(), equals: equals.into() });
        q
    }

    fn choice(options: &[&str]) -> QuestionKind {
        QuestionKind::SingleChoice { options: options.iter().map(|o| o.to_string()).collect() }
    }

    fn choices(options: &[&str]) -> QuestionKind {
        QuestionKind::MultipleChoice { options: options.iter().map(|o| o.to_string()).collect() }
    }

    fn scale(low: &str, high: &str) -> QuestionKind {
        QuestionKind::Likert { points: 5, low_label: low.into(), high_label: high.into() }
    }

    fn matrix(items: &[&str], low: &str, high: &str) -> QuestionKind {
        QuestionKind::Matrix {
            items: items.iter().map(|i| i.to_string()).collect(),
            points: 5,
            low_label: low.into(),
            high_label: high.into(),
        }
    }

    fn count(unit: &str) -> QuestionKind {
        QuestionKind::Number { unit: unit.into(), min: Some(0), max: Some(10_000_000), decimals: 0 }
    }

    fn text() -> QuestionKind {
        QuestionKind::Text { long: true }
    }

    fn section(title: &str, questions: Vec<Question>) -> Section {
        Section { title: title.into(), questions }
    }

    /// The services a cluster organisation offers, as the training material lists them.
    const SERVICES: [&str; 6] = [
        "Events and networking",
        "Information and market intelligence",
        "Help with collaborative projects",
        "Access to funding",
        "Training",
        "Internationalisation",
    ];

    impl Template {
        pub fn questionnaire(self) -> Questionnaire {
            match self {
                Self::MemberSatisfaction => member_satisfaction(),
                Self::StrategicAttitude => strategic_attitude(),
                Self::CompanyPerformance => company_performance(),
                Self::StrategyConsultation => strategy_consultation(),
            }
        }
    }

    fn member_satisfaction() -> Questionnaire {
        Questionnaire {
            title: "Member satisfaction".into(),
            intro: "How well does the cluster serve your organisation? Your answers shape next year's work plan; \
                    it takes about five minutes."
                .into(),
            sections: vec![
                section(
                    "The cluster's services",
                    vec![
                        question(
                            "services_used",
                            "Which of the cluster's services did your organisation use this year?",
                            false,
                            choices(&SERVICES),
                        ),
                        question(
                            "service_quality",
                            "How satisfied are you with each service?",
                            false,
                            matrix(&SERVICES, "Very dissatisfied", "Very satisfied"),
                        ),
                    ],
                ),
                section(
                    "Overall",
                    vec![
                        question(
                            "overall_satisfaction",
                            "Overall, how satisfied are you with the cluster?",
                            true,
                            scale("Very dissatisfied", "Very satisfied"),
                        ),
                        question(
                            "recommend",
                            "How likely are you to recommend membership to a partner?",
                            true,
                            QuestionKind::Likert {
                                points: 10,
                                low_label: "Not at all likely".into(),
                                high_label: "Extremely likely".into(),
                            },
                        ),
                        question(
                            "renew",
                            "Will your organisation renew its membership?",
                            true,
                            choice(&["Yes", "Probably", "Probably not", "No"]),
                        ),
                        shown_if(
                            question("renew_why_not", "What would make you stay?", false, text()),
                            "renew",
                            "Probably not",
                        ),
                        question("improve", "What should the cluster do better or start doing?", false, text()),
                    ],
                ),
            ],
        }
    }

    fn strategic_attitude() -> Questionnaire {
        Questionnaire {
            title: "Strategic attitude of companies".into(),
            intro: "How does your company plan, cooperate and see the cluster? The answers, grouped, show how \
                    the cluster's companies change over the years."
                .into(),
            sections: vec![
                section(
                    "Cooperation",
                    vec![
                        question(
                            "openness_to_cooperation",
                            "How open is your company to cooperating with other companies and research centres?",
                            true,
                            scale("Not open at all", "Very open"),
                        ),
                        question(
                            "cooperation_partners",
                            "With whom did you cooperate in the last three years?",
                            false,
                            choices(&[
                                "Other companies of the region",
                                "Universities",
                                "Research and technology centres",
                                "Companies abroad",
                                "None",
                            ]),
                        ),
                    ],
                ),
                section(
                    "Strategy",
                    vec![
                        question(
                            "strategic_planning",
                            "How does your company plan its future?",
                            true,
                            choice(&[
                                "No written plan",
                                "A yearly budget",
                                "A written plan for several years",
                                "A written plan, reviewed every year with indicators",
                            ]),
                        ),
                        question(
                            "innovation_priority",
                            "How high is innovation among your company's priorities?",
                            true,
                            scale("Low", "Highest"),
                        ),
                    ],
                ),
                section(
                    "The cluster",
                    vec![
                        question(
                            "perceived_value",
                            "How much value does the cluster bring to your company?",
                            true,
                            scale("None", "Very much"),
                        ),
                        question(
                            "cluster_effects",
                            "How far do you agree?",
                            false,
                            matrix(
                                &[
                                    "The cluster helped us find partners",
                                    "The cluster helped us reach new markets",
                                    "The cluster made us more visible",
                                ],
                                "Strongly disagree",
                                "Strongly agree",
                            ),
                        ),
                    ],
                ),
            ],
        }
    }

    fn company_performance() -> Questionnaire {
        let year_end = "for the last closed financial year";
        Questionnaire {
            title: "Yearly company performance".into(),
            intro: "The cluster reports how its companies develop, grouped and never one by one. Give the figures of \
                    your last closed financial year; leave out what you do not know."
                .into(),
            sections: vec![
                section(
                    "People and money",
                    vec![
                        helped(
                            question("employees", "Employees", true, count("people")),
                            "Headcount on the last day of the year",
                        ),
                        helped(question("turnover", "Turnover", false, QuestionKind::Money), year_end),
                        helped(question("exports", "Turnover from exports", false, QuestionKind::Money), year_end),
                        helped(
                            question("rd_spending", "Spending on research and development", false, QuestionKind::Money),
                            year_end,
                        ),
                    ],
                ),
                section(
                    "Innovation and markets",
                    vec![
                        question(
                            "new_products",
                            "New products or services launched in the year",
                            false,
                            count("products"),
                        ),
                        question(
                            "new_foreign_markets",
                            "Countries you sold to for the first time in the year",
                            false,
                            count("countries"),
                        ),
                        question(
                            "digital_maturity",
                            "How digital are your company's processes?",
                            false,
                            scale("Paper and e-mail", "Fully digital and data-driven"),
                        ),
                    ],
                ),
            ],
        }
    }

    fn strategy_consultation() -> Questionnaire {
        Questionnaire {
            title: "Consultation for a new strategic plan".into(),
            intro: "The cluster is preparing its strategic plan for the next years. Tell us where it should go.".into(),
            sections: vec![
                section(
                    "Challenges",
                    vec![
                        question(
                            "main_challenges",
                            "What are your company's main challenges in the next three years?",
                            true,
                            choices(&[
                                "Finding skilled people",
                                "Digitalisation",
                                "Decarbonisation",
                                "Access to finance",
                                "New markets",
                                "Regulation",
                            ]),
                        ),
                        question("other_challenges", "Other challenges", false, text()),
                    ],
                ),
                section(
                    "The cluster's priorities",
                    vec![
                        question(
                            "priorities",
                            "How important should each field be for the cluster?",
                            true,
                            matrix(&SERVICES, "Not important", "Essential"),
                        ),
                        question(
                            "would_lead",
                            "Would your company lead or join a working group on one of your challenges?",
                            false,
                            choice(&["Lead", "Join", "Not now"]),
                        ),
                        question("ideas", "Ideas for projects the cluster could start", false, text()),
                    ],
                ),
            ],
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn every_template_is_a_valid_questionnaire() {
            for t in Template::ALL {
                let q = t.questionnaire();
                q.check().unwrap_or_else(|e| panic!("{}: {e:?}", t.code()));
                assert_eq!(q.title, t.label());
            }
            let performance = Template::CompanyPerformance.questionnaire();
            for key in crate::survey::COMPANY_FIGURE_KEYS {
                assert!(performance.question(key).is_some(), "{key}");
            }
        }
    }
}

/// The words of a consent's purpose that cover surveys, in the languages of the network, as they
/// are compared (folded).
const SURVEY_WORDS: [&str; 11] = [
    "survey",
    "questionnaire",
    "encuesta",
    "inkesta",
    "enquete",
    "umfrage",
    "sondaggi",
    "sondaggio",
    "ankiet",
    "sondaj",
    "chestionar",
];

/// Whether a standing consent by `channel` for `purpose` lets the cluster send a person a survey:
/// an email consent whose purpose names surveys ("surveys", "member surveys and consultations",
/// "encuestas", "Umfragen"). Under the GDPR (Regulation (EU) 2016/679, Article 6(1)(a) and
/// Article 7) a consent is given for a specific purpose; one for newsletters does not cover
/// surveys.
pub fn consent_covers_surveys(channel: crate::consent::Channel, purpose: &str) -> bool {
    let folded = crate::text::fold(purpose);
    channel == crate::consent::Channel::Email && SURVEY_WORDS.iter().any(|w| folded.contains(w))
}

/// The keys of the questions whose answers become an organisation's yearly company figures, as
/// the company-performance template asks them.
pub const COMPANY_FIGURE_KEYS: [&str; 7] =
    ["employees", "turnover", "exports", "rd_spending", "new_products", "new_foreign_markets", "digital_maturity"];

#[cfg(test)]
mod tests {
    use super::*;

    fn q(key: &str, kind: QuestionKind) -> Question {
        Question { key: key.into(), text: format!("{key}?"), help: String::new(), required: false, kind, show_if: None }
    }

    fn of(questions: Vec<Question>) -> Questionnaire {
        Questionnaire {
            title: "T".into(),
            intro: String::new(),
            sections: vec![Section { title: "S".into(), questions }],
        }
    }

    fn choice(options: &[&str]) -> QuestionKind {
        QuestionKind::SingleChoice { options: options.iter().map(|o| o.to_string()).collect() }
    }

    fn raw(pairs: &[(&str, &str)]) -> RawAnswers {
        let mut out = RawAnswers::new();
        for (k, v) in pairs {
            out.entry(k.to_string()).or_default().push(v.to_string());
        }
        out
    }

    fn scale(points: u8) -> QuestionKind {
        QuestionKind::Likert { points, low_label: "Not at all".into(), high_label: "Fully".into() }
    }

    #[test]
    fn a_questionnaire_names_each_problem_by_its_place() {
        let mut bad = of(vec![
            q("Employees", QuestionKind::Money),
            q("a", choice(&["Yes"])),
            q("a", choice(&["Yes", "yes "])),
            q("n", QuestionKind::Number { unit: "people".into(), min: Some(10), max: Some(1), decimals: 4 }),
            q("s", scale(12)),
        ]);
        bad.sections[0].questions[4].show_if = Some(Condition { question: "later".into(), equals: "x".into() });
        let number = |min, max, decimals| QuestionKind::Number { unit: String::new(), min, max, decimals };
        let huge = of(vec![q("n", number(Some(i64::MIN), None, 0))]);
        assert!(huge.check().unwrap_err().message_for("sections[0].questions[0].max").is_some(), "no panic");
        assert!(of(vec![q("n", number(None, Some(i64::MAX), 3))]).check().is_err());
        let e = bad.check().unwrap_err();
        let at = |f: &str| e.message_for(f).unwrap_or_else(|| panic!("{f}: {e:?}")).to_string();
        assert!(at("sections[0].questions[0].key").contains("not a key"));
        assert!(at("sections[0].questions[1].options").contains("at least two options"));
        assert!(at("sections[0].questions[2].key").contains("earlier question"));
        assert!(at("sections[0].questions[2].options[1]").contains("twice"));
        assert!(at("sections[0].questions[3].min").contains("above the most"));
        assert!(at("sections[0].questions[3].decimals").contains("at most 3"));
        assert!(at("sections[0].questions[4].points").contains("from 2 to 11"));
        assert!(at("sections[0].questions[4].show_if").contains("not the key of an earlier question"));

        let mut conditional = of(vec![q("member", choice(&["Yes", "No"])), q("n", QuestionKind::Money)]);
        conditional.sections[0].questions[1].show_if =
            Some(Condition { question: "member".into(), equals: "Maybe".into() });
        assert!(conditional.check().unwrap_err().0[0].message.contains("not one of the options"));
        conditional.sections[0].questions[1].show_if =
            Some(Condition { question: "member".into(), equals: "Yes".into() });
        assert!(conditional.check().is_ok());
        let empty = Questionnaire { title: " ".into(), intro: String::new(), sections: vec![] };
        let e = empty.check().unwrap_err();
        assert!(e.message_for("title").is_some() && !empty.asks_something());
    }

    #[test]
    fn answers_are_read_by_kind_and_a_condition_hides_what_it_does_not_show() {
        let mut form = of(vec![
            q("member", choice(&["Yes", "No"])),
            q("why_not", QuestionKind::Text { long: true }),
            q("topics", QuestionKind::MultipleChoice { options: vec!["Events".into(), "Projects".into()] }),
            q("value", scale(5)),
            q(
                "employees",
                QuestionKind::Number { unit: "people".into(), min: Some(0), max: Some(100_000), decimals: 0 },
            ),
            q("share", QuestionKind::Number { unit: "%".into(), min: Some(0), max: Some(100), decimals: 1 }),
            q("turnover", QuestionKind::Money),
            q("founded", QuestionKind::Date),
            q(
                "services",
                QuestionKind::Matrix {
                    items: vec!["Events".into(), "Training".into()],
                    points: 5,
                    low_label: "Poor".into(),
                    high_label: "Excellent".into(),
                },
            ),
        ]);
        form.sections[0].questions[1].show_if = Some(Condition { question: "member".into(), equals: "No".into() });
        form.sections[0].questions[1].required = true;
        form.sections[0].questions[3].required = true;
        form.check().unwrap();
        let sent = raw(&[
            ("member", "Yes"),
            ("why_not", "too expensive"),
            ("topics", "Projects"),
            ("topics", "Events"),
            ("value", "4"),
            ("employees", "1.234"),
            ("share", "12,5"),
            ("turnover", "2.500.000,00"),
            ("founded", "31/12/1999"),
            ("services.0", "5"),
        ]);
        let answers = read_answers(&form, &sent, Currency::EUR, true).unwrap();
        assert_eq!(answers.get("why_not"), None, "not shown to a member: dropped");
        assert_eq!(answers["topics"], Answer::Choices(vec!["Events".into(), "Projects".into()]));
        assert_eq!(answers["value"], Answer::Scale(4));
        assert_eq!(answers["employees"], Answer::Number(1_234));
        assert_eq!(answers["share"], Answer::Number(125));
        assert_eq!(answers["turnover"], Answer::Money(250_000_000));
        assert_eq!(answers["founded"], Answer::Date(NaiveDate::from_ymd_opt(1999, 12, 31).unwrap()));
        assert_eq!(answers["services"], Answer::Matrix(vec![Some(5), None]));

        let wrong = raw(&[
            ("member", "No"),
            ("topics", "Lunch"),
            ("value", "6"),
            ("employees", "-3"),
            ("share", "12.55"),
            ("turnover", "-5"),
            ("founded", "yesterday"),
            ("services.1", "0"),
        ]);
        let e = read_answers(&form, &wrong, Currency::EUR, true).unwrap_err();
        let at = |f: &str| e.message_for(f).unwrap_or_else(|| panic!("{f}: {e:?}")).to_string();
        assert_eq!(at("why_not"), "please answer this question", "shown to a non-member, and required");
        assert!(at("topics").contains("'Lunch' is not one of the options"));
        assert!(at("value").contains("from 1 to 5"));
        assert!(at("employees").contains("at least 0 people"));
        assert!(at("share").contains("more than 1 decimals"));
        assert!(at("turnover").contains("negative"));
        assert!(e.message_for("founded").is_some());
        assert!(at("services.1").contains("from 1 to 5"));
        // Saving progress leaves required questions for later, but not wrong values.
        let progress = read_answers(&form, &raw(&[("member", "No")]), Currency::EUR, false).unwrap();
        assert_eq!(progress.len(), 1);
        let e = read_answers(&form, &raw(&[("value", "9")]), Currency::EUR, false).unwrap_err();
        assert!(e.message_for("value").is_some());
    }

    #[test]
    fn text_answers_are_bounded_and_hold_no_control_characters() {
        let form = of(vec![q("comment", QuestionKind::Text { long: true })]);
        let long = "é".repeat(ANSWER_CHARS + 1);
        let e = read_answers(&form, &raw(&[("comment", &long)]), Currency::EUR, true).unwrap_err();
        assert!(e.message_for("comment").unwrap().contains("at most"));
        let e = read_answers(&form, &raw(&[("comment", "a\u{0}b")]), Currency::EUR, true).unwrap_err();
        assert!(e.message_for("comment").unwrap().contains("control"));
        let kept = read_answers(&form, &raw(&[("comment", "=1+1\r\nzweite Zeile 🚲")]), Currency::EUR, true).unwrap();
        assert_eq!(kept["comment"], Answer::Text("=1+1\r\nzweite Zeile 🚲".into()));
    }

    #[test]
    fn means_and_medians_are_worked_in_hundredths() {
        // 1, 4, 4, 5: mean 3.5, median 4; 1, 2, 4: mean 2.333… → 2.33, median 2.
        assert_eq!(mean_and_median(&[4, 1, 5, 4]), (Some(350), Some(400)));
        assert_eq!(mean_and_median(&[1, 2, 4]), (Some(233), Some(200)));
        // 2 and 3: median 2.5; -1 and -2: mean -1.5, rounded away from zero.
        assert_eq!(mean_and_median(&[2, 3]), (Some(250), Some(250)));
        assert_eq!(mean_and_median(&[-1, -2]), (Some(-150), Some(-150)));
        assert_eq!(mean_and_median(&[]), (None, None));
        assert_eq!(mean_and_median(&[1, 1, 2]), (Some(133), Some(100)));
        assert_eq!(mean_and_median(&[2, 2, 1]), (Some(167), Some(200)));
    }

    #[test]
    fn results_count_each_option_and_point() {
        let form = of(vec![
            q("member", choice(&["Yes", "No"])),
            q("value", scale(5)),
            q("comment", QuestionKind::Text { long: false }),
        ]);
        let a: Answers =
            [("member".to_string(), Answer::Choice("Yes".into())), ("value".to_string(), Answer::Scale(5))]
                .into_iter()
                .collect();
        let b: Answers = [
            ("member".to_string(), Answer::Choice("Yes".into())),
            ("value".to_string(), Answer::Scale(2)),
            ("comment".to_string(), Answer::Text("More events in Bilbao".into())),
        ]
        .into_iter()
        .collect();
        let c: Answers = [("member".to_string(), Answer::Choice("No".into()))].into_iter().collect();
        let results = results(&form, &[&a, &b, &c]);
        assert_eq!(results[0].counts, vec![("Yes".to_string(), 2), ("No".to_string(), 1)]);
        assert_eq!(results[1].answered, 2);
        assert_eq!(results[1].counts.iter().map(|(_, n)| *n).collect::<Vec<_>>(), vec![0, 1, 0, 0, 1]);
        assert_eq!((results[1].mean_hundredths, results[1].median_hundredths), (Some(350), Some(350)));
        assert_eq!(results[2].texts, vec!["More events in Bilbao".to_string()]);
    }

    #[test]
    fn numbers_fall_in_ranges_matrices_have_means_per_item_and_dates_count_by_month() {
        // Few distinct values: each its own range.
        assert_eq!(
            bins(&[5, 2, 5, 9]),
            vec![
                Bin { low: 2, high: 2, count: 1 },
                Bin { low: 5, high: 5, count: 2 },
                Bin { low: 9, high: 9, count: 1 }
            ]
        );
        // From 0 to 99: 13 a range would do, the round width is 20, five ranges.
        let values: Vec<i64> = (0..100).collect();
        let ranges = bins(&values);
        assert_eq!(ranges.len(), 5);
        assert_eq!((ranges[0].low, ranges[0].high, ranges[0].count), (0, 19, 20));
        assert_eq!((ranges[4].low, ranges[4].high, ranges[4].count), (80, 99, 20));
        // Amounts from 2,629.15 to 1,169,473.25 (in cents): ranges of 200,000.00 from 0.
        let amounts =
            [262_915, 1_000_000, 5_000_000, 9_000_000, 20_000_000, 40_000_000, 60_000_000, 80_000_000, 116_947_325];
        let ranges = bins(&amounts);
        assert_eq!((ranges[0].low, ranges[0].high), (0, 19_999_999));
        assert_eq!(ranges.len(), 6);
        assert_eq!(ranges.iter().map(|b| b.count).collect::<Vec<_>>(), vec![4, 1, 1, 1, 1, 1]);
        assert_eq!(
            bins(&[-15, -3, 0, 1, 2, 3, 4, 5, 30])[0].low,
            -20,
            "negative numbers start at a round multiple too"
        );
        assert!(bins(&[]).is_empty());
        let extremes = bins(&[i64::MIN, 0, 1, 2, 3, 4, 5, 6, i64::MAX]);
        assert_eq!(extremes.iter().map(|b| b.count).sum::<usize>(), 9, "{extremes:?}");

        let form = of(vec![
            q(
                "quality",
                QuestionKind::Matrix {
                    items: vec!["A".into(), "B".into()],
                    points: 5,
                    low_label: "Low".into(),
                    high_label: "High".into(),
                },
            ),
            q("started", QuestionKind::Date),
        ]);
        let day = |m, d| chrono::NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        let a: Answers = [
            ("quality".to_string(), Answer::Matrix(vec![Some(4), None])),
            ("started".to_string(), Answer::Date(day(3, 2))),
        ]
        .into_iter()
        .collect();
        let b: Answers = [
            ("quality".to_string(), Answer::Matrix(vec![Some(5), None])),
            ("started".to_string(), Answer::Date(day(3, 30))),
        ]
        .into_iter()
        .collect();
        let c: Answers = [("started".to_string(), Answer::Date(day(1, 9)))].into_iter().collect();
        let results = results(&form, &[&a, &b, &c]);
        assert_eq!(results[0].item_means_hundredths, vec![Some(450), None]);
        assert_eq!(results[1].counts, vec![("2026-01".to_string(), 1), ("2026-03".to_string(), 2)]);
    }

    #[test]
    fn only_an_email_consent_to_surveys_covers_them() {
        use crate::consent::Channel;
        assert!(consent_covers_surveys(Channel::Email, "Member surveys and consultations"));
        assert!(consent_covers_surveys(Channel::Email, "Encuestas"));
        assert!(consent_covers_surveys(Channel::Email, "Umfragen und Newsletter"));
        assert!(consent_covers_surveys(Channel::Email, "Enquêtes"));
        assert!(!consent_covers_surveys(Channel::Email, "Newsletter and event invitations"));
        assert!(!consent_covers_surveys(Channel::Phone, "surveys"));
    }

    #[test]
    fn a_question_form_reads_each_kind_and_keys_come_from_the_text() {
        assert_eq!(key_from("How many employees did you have?"), "how_many_employees_did_you_have");
        assert_eq!(key_from("¿Cuántos empleados?"), "cuantos_empleados");
        assert_eq!(key_from("2025 turnover"), "q_2025_turnover");
        let input = QuestionInput {
            text: Some("Which services did you use?".into()),
            kind: Some("multiple_choice".into()),
            options: Some("Events\r\n\nTraining\n".into()),
            required: Some("yes".into()),
            ..Default::default()
        };
        let q = input.parse().unwrap();
        assert_eq!(q.key, "which_services_did_you_use");
        assert_eq!(q.kind, QuestionKind::MultipleChoice { options: vec!["Events".into(), "Training".into()] });
        assert!(q.required);
        assert_eq!(QuestionInput::of(&q).parse().unwrap(), q, "a question's form gives it back");
        let number = QuestionInput {
            text: Some("Employees".into()),
            kind: Some("number".into()),
            min: Some("ten".into()),
            ..Default::default()
        };
        assert!(number.parse().unwrap_err().message_for("min").unwrap().contains("not a whole number"));
        let odd = QuestionInput { text: Some("x".into()), kind: Some("essay".into()), ..Default::default() };
        assert!(odd.parse().unwrap_err().message_for("kind").unwrap().contains("single_choice"));
        assert_eq!(form_field("sections[0].questions[2].options[1]"), "options");
        assert_eq!(form_field("sections[1].questions[0].show_if"), "show_if_question");
        assert_eq!(form_field("sections[0].questions[0].low_label"), "low_label");
    }

    #[test]
    fn scaled_numbers_are_written_with_their_decimals() {
        assert_eq!(scaled_text(125, 1), "12.5");
        assert_eq!(scaled_text(-5, 2), "-0.05");
        assert_eq!(scaled_text(7, 0), "7");
    }
}
