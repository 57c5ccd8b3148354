//! The survey page a respondent reaches by their personal link, without an account: the
//! questionnaire with what they saved, errors beside each question, and two buttons (send, or
//! save and finish later). Every post is limited per client address by the door's
//! `PublicLimiter`, as the other public forms are.

use crate::reader;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use domain::survey::{Answer, Answers, Question, QuestionKind, RawAnswers};

use super::*;
use crate::AppState;
use crate::auth::ClientAddress;
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new().route("/surveys/{cluster}/{token}", &["GET", "POST"], get(answer_page).post(answer))
}

struct OptionView {
    value: String,
    label: String,
    selected: bool,
}

struct MatrixRow {
    name: String,
    label: String,
    options: Vec<OptionView>,
    error: Option<String>,
}

struct QuestionView {
    key: String,
    text: String,
    help: String,
    required: bool,
    /// When the question counts.
    condition: String,
    /// radio, checkbox, text, textarea, date or matrix.
    input_type: &'static str,
    options: Vec<OptionView>,
    value: String,
    unit: String,
    items: Vec<MatrixRow>,
    points: u8,
    point_labels: Vec<String>,
    low_label: String,
    high_label: String,
    error: Option<String>,
}

struct SectionView {
    title: String,
    questions: Vec<QuestionView>,
}

#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "survey_answer.html")]
struct AnswerPage {
    cluster_name: String,
    heading: String,
    intro: String,
    notice: Option<String>,
    problem: Option<String>,
    privacy: String,
    closes_text: String,
    action: String,
    open: bool,
    sections: Vec<SectionView>,
}

/// The cells a form would send for `answers`, to fill the form with them.
fn raw_of(questions: &[&Question], answers: &Answers, currency: domain::money::Currency) -> RawAnswers {
    let mut raw = RawAnswers::new();
    for q in questions {
        let Some(answer) = answers.get(&q.key) else { continue };
        match answer {
            Answer::Choices(cs) => {
                raw.insert(q.key.clone(), cs.clone());
            }
            Answer::Matrix(points) => {
                for (i, p) in points.iter().enumerate() {
                    if let Some(p) = p {
                        raw.insert(format!("{}.{i}", q.key), vec![p.to_string()]);
                    }
                }
            }
            other => {
                // A number with decimals goes back as the reader writes it, so that sending the
                // form again reads it as it was (`12,500` is twelve and a half to a Spanish reader).
                let text = match (other, &q.kind) {
                    (Answer::Number(n), domain::survey::QuestionKind::Number { decimals, .. }) if *decimals > 0 => {
                        i18n::decimal(crate::reader::language(), *n, u32::from(*decimals))
                    }
                    _ => domain::survey::answer_text(q, other, currency),
                };
                raw.insert(q.key.clone(), vec![text]);
            }
        }
    }
    raw
}

fn scale_options(points: u8, low: &str, high: &str, chosen: Option<&str>) -> Vec<OptionView> {
    (1..=points)
        .map(|p| {
            let value = p.to_string();
            let label = match p {
                1 => format!("1, {low}"),
                p if p == points => format!("{p}, {high}"),
                p => p.to_string(),
            };
            OptionView { selected: chosen == Some(value.as_str()), value, label }
        })
        .collect()
}

fn question_view(
    q: &Question,
    all: &domain::survey::Questionnaire,
    raw: &RawAnswers,
    errors: Option<&domain::Invalid>,
    currency: domain::money::Currency,
) -> QuestionView {
    let values: Vec<&str> = raw.get(&q.key).map(|v| v.iter().map(String::as_str).collect()).unwrap_or_default();
    let first = values.first().copied();
    let condition = q
        .show_if
        .as_ref()
        .and_then(|c| all.question(&c.question).map(|d| (c, d)))
        .map(|(c, d)| reader::t2("survey-only-if-chosen", "option", &c.equals, "question", &d.text))
        .unwrap_or_default();
    let mut view = QuestionView {
        key: q.key.clone(),
        text: q.text.clone(),
        help: q.help.clone(),
        required: q.required,
        condition,
        input_type: "text",
        options: Vec::new(),
        value: first.unwrap_or_default().to_string(),
        unit: String::new(),
        items: Vec::new(),
        points: 0,
        point_labels: Vec::new(),
        low_label: String::new(),
        high_label: String::new(),
        error: errors.and_then(|e| e.message_for(&q.key)).map(String::from),
    };
    match &q.kind {
        QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => {
            view.input_type = if matches!(q.kind, QuestionKind::SingleChoice { .. }) { "radio" } else { "checkbox" };
            view.options = options
                .iter()
                .map(|o| OptionView {
                    value: o.trim().to_string(),
                    label: o.trim().to_string(),
                    selected: values.contains(&o.trim()),
                })
                .collect();
        }
        QuestionKind::Likert { points, low_label, high_label } => {
            view.input_type = "radio";
            view.options = scale_options(*points, low_label, high_label, first);
        }
        QuestionKind::Matrix { items, points, low_label, high_label } => {
            view.input_type = "matrix";
            view.points = *points;
            view.low_label = low_label.clone();
            view.high_label = high_label.clone();
            view.point_labels = (1..=*points).map(|p| p.to_string()).collect();
            view.items = items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let name = format!("{}.{i}", q.key);
                    let chosen = raw.get(&name).and_then(|v| v.first()).map(String::as_str);
                    MatrixRow {
                        label: item.clone(),
                        options: (1..=*points)
                            .map(|p| OptionView {
                                value: p.to_string(),
                                label: p.to_string(),
                                selected: chosen == Some(p.to_string().as_str()),
                            })
                            .collect(),
                        error: errors.and_then(|e| e.message_for(&name)).map(String::from),
                        name,
                    }
                })
                .collect();
        }
        QuestionKind::Number { unit, .. } => {
            view.unit = unit.clone();
        }
        QuestionKind::Money => view.unit = currency.code().to_string(),
        QuestionKind::Text { long } => {
            if *long {
                view.input_type = "textarea";
            }
        }
        QuestionKind::Date => view.input_type = "date",
    }
    view
}

async fn page(
    state: &AppState,
    slug: &str,
    token: &str,
    posted: Option<&RawAnswers>,
    errors: Option<&domain::Invalid>,
    notice: Option<String>,
    problem: Option<String>,
) -> Result<AnswerPage, PageError> {
    let visitor = app::auth::visitor_scope(&state.app, slug).await?;
    let view = app::survey::answering(&state.app, &visitor, token).await?;
    let currency = visitor.cluster().base_currency;
    let questions: Vec<&Question> = view.questionnaire.questions().collect();
    let raw = match posted {
        Some(raw) => raw.clone(),
        None => raw_of(&questions, &view.saved, currency),
    };
    let sections = view
        .questionnaire
        .sections
        .iter()
        .map(|s| SectionView {
            title: s.title.clone(),
            questions: s
                .questions
                .iter()
                .map(|q| question_view(q, &view.questionnaire, &raw, errors, currency))
                .collect(),
        })
        .collect();
    let (open, problem) = match (view.answered, view.closed) {
        (true, _) => (false, problem.or_else(|| notice.is_none().then(|| reader::t("survey-answers-sent")))),
        (false, true) => (false, Some(reader::t1("survey-closed-on", "day", reader::day(view.closes_on)))),
        (false, false) => (true, problem),
    };
    Ok(AnswerPage {
        cluster_name: visitor.cluster().name.clone(),
        heading: view.title,
        intro: view.questionnaire.intro.clone(),
        notice,
        problem,
        privacy: if view.anonymous { reader::t("survey-privacy-anonymous") } else { reader::t("survey-privacy-named") },
        closes_text: reader::t1("survey-answers-taken-until", "day", reader::day(view.closes_on)),
        action: format!("/surveys/{slug}/{token}"),
        open,
        sections,
    })
}

async fn answer_page(
    State(state): State<AppState>,
    Path((slug, token)): Path<(String, String)>,
    flash: Flash,
) -> Result<Response, PageError> {
    Ok(page(&state, &slug, &token, None, None, flash.notice, flash.problem).await?.into_response())
}

async fn answer(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Path((slug, token)): Path<(String, String)>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    state.public_limiter.check(&address, None)?;
    let visitor = app::auth::visitor_scope(&state.app, &slug).await?;
    let mut raw = RawAnswers::new();
    let mut send = false;
    for (name, value) in pairs {
        if name == "step" {
            send = value == "send";
        } else {
            raw.entry(name).or_default().push(value);
        }
    }
    let done = if send {
        app::survey::submit(&state.app, &visitor, &token, &raw).await.map(|()| reader::t("survey-answers-sent"))
    } else {
        app::survey::save_progress(&state.app, &visitor, &token, &raw)
            .await
            .map(|()| reader::t("survey-progress-saved"))
    };
    let back = format!("/surveys/{slug}/{token}");
    match done {
        Ok(notice) => Ok(see_other_with(&headers, &back, "notice", &notice)),
        Err(app::Error::Invalid(e)) => {
            let problem = Some(reader::t_count(
                if send { "survey-answers-to-fix-before-sending" } else { "survey-answers-to-fix-before-saving" },
                e.0.len() as i64,
            ));
            let page = page(&state, &slug, &token, Some(&raw), Some(&e), None, problem).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(app::Error::Conflict(e)) => Ok(see_other_with(&headers, &back, "problem", &e.to_string())),
        Err(e) => Err(e.into()),
    }
}
