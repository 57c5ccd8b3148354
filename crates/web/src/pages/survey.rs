//! Survey pages of the team: the questionnaires and campaigns, a questionnaire built question by
//! question, and a campaign's results (response rates, each question's answers drawn as a chart
//! with its table, means and medians, texts), reminders and the answers as CSV or XLSX.

use crate::reader;
use app::auth::{Edit, Read};
use app::survey::{CampaignInput, ResultsFilter};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use domain::survey::{QuestionInput, QuestionKind, Questionnaire, templates::Template};

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageId, PageScope, resource};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/surveys", &["GET", "POST"], get(surveys).post(new_questionnaire))
        .route("/clusters/{cluster}/campaigns", &["POST"], post(send_campaign))
        .route("/clusters/{cluster}/questionnaires/{id}", &["GET", "POST"], get(questionnaire).post(retitle))
        .route("/clusters/{cluster}/questionnaires/{id}/sections", &["POST"], post(add_section))
        .route("/clusters/{cluster}/questionnaires/{id}/sections/{section}/remove", &["POST"], post(remove_section))
        .route("/clusters/{cluster}/questionnaires/{id}/questions", &["POST"], post(add_question))
        .route(
            "/clusters/{cluster}/questionnaires/{id}/questions/{key}/edit",
            &["GET", "POST"],
            get(edit_question).post(change_question),
        )
        .route("/clusters/{cluster}/questionnaires/{id}/questions/{key}/{step}", &["POST"], post(question_step))
        .route("/clusters/{cluster}/questionnaires/{id}/archive", &["POST"], post(archive))
        .route("/clusters/{cluster}/questionnaires/{id}/restore", &["POST"], post(restore))
        .route("/clusters/{cluster}/campaigns/{id}", &["GET"], get(campaign))
        .route("/clusters/{cluster}/campaigns/{id}/remind", &["POST"], post(remind))
        .route("/clusters/{cluster}/campaigns/{id}/export", &["GET"], get(export))
}

const SECTION: &str = "surveys";

fn saved_text(saved: app::survey::Saved) -> String {
    match saved {
        app::survey::Saved::NewVersion(v) => reader::t1("survey-saved-as-version", "version", v),
        _ => reader::t("survey-saved"),
    }
}

/// The name of a question's kind, as the form's choices name it.
fn kind_label(kind: &QuestionKind) -> String {
    reader::t(match kind {
        QuestionKind::SingleChoice { .. } => "survey-kind-single-choice",
        QuestionKind::MultipleChoice { .. } => "survey-kind-multiple-choice",
        QuestionKind::Likert { .. } => "survey-kind-likert",
        QuestionKind::Number { .. } => "survey-kind-number",
        QuestionKind::Money => "survey-kind-money",
        QuestionKind::Text { .. } => "survey-kind-text",
        QuestionKind::Date => "survey-kind-date",
        QuestionKind::Matrix { .. } => "survey-kind-matrix",
    })
}

fn rate_text(rate: &app::survey::Rate) -> String {
    rate.rate_basis_points.map_or("—".into(), domain::written::percent_text)
}

#[derive(Debug, Default, serde::Deserialize)]
struct SurveysQuery {
    /// A segment to choose in the form that sends a campaign.
    segment: Option<String>,
}

async fn surveys(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<SurveysQuery>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, SECTION, reader::t("nav-surveys")).await?;
    let scope = page.scope.clone();
    let can_edit = page.can_edit();
    let questionnaires = app::survey::questionnaires(&state.app, &scope).await?;
    let campaigns = app::survey::campaigns(&state.app, &scope).await?;
    let segments = app::segment::list(&state.app, &scope).await?;
    let mut report = ReportPage::new(page.layout, reader::t("nav-surveys"));
    report.subheading = reader::t("survey-list-subheading");
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.forms_last = true;
    report.sections.push(Section {
        title: reader::t("survey-campaigns"),
        table: plain_table(
            &[
                (reader::t("survey-campaign"), ""),
                (reader::t("survey-sent-to"), "optional"),
                (reader::t("survey-closes"), ""),
                (reader::t("survey-invited"), "num"),
                (reader::t("survey-answered"), "num"),
                (reader::t("survey-rate"), "num"),
            ],
            campaigns
                .iter()
                .map(|c| {
                    let rate = app::survey::rate(String::new(), c.invited as usize, c.answered as usize);
                    vec![
                        Cell::link(
                            if c.anonymous {
                                reader::t1("survey-title-anonymous", "title", &c.title)
                            } else {
                                c.title.clone()
                            },
                            format!("/clusters/{slug}/campaigns/{}", c.id),
                        ),
                        Cell::text(&c.audience).class("optional"),
                        Cell::text(reader::day(c.closes_on)),
                        Cell::text(c.invited.to_string()).class("num"),
                        Cell::text(c.answered.to_string()).class("num"),
                        Cell::text(rate_text(&rate)).class("num"),
                    ]
                })
                .collect(),
        ),
        empty: reader::t("survey-no-campaign"),
        actions: Vec::new(),
    });
    report.sections.push(Section {
        title: reader::t("survey-questionnaires"),
        table: plain_table(
            &[
                (reader::t("survey-questionnaire"), ""),
                (reader::t("survey-questions"), "num"),
                (reader::t("survey-version"), "num"),
                (reader::t("survey-responses"), "num"),
                (String::new(), ""),
            ],
            questionnaires
                .iter()
                .map(|q| {
                    vec![
                        Cell::link(&q.questionnaire.title, format!("/clusters/{slug}/questionnaires/{}", q.id)),
                        Cell::text(q.questionnaire.questions().count().to_string()).class("num"),
                        Cell::text(q.version.to_string()).class("num"),
                        Cell::text(q.responses.to_string()).class("num"),
                        Cell::text(if q.archived_at.is_some() { reader::t("survey-archived") } else { String::new() }),
                    ]
                })
                .collect(),
        ),
        empty: reader::t("survey-no-questionnaire"),
        actions: Vec::new(),
    });
    if can_edit {
        let current: Vec<&app::survey::QuestionnaireRecord> =
            questionnaires.iter().filter(|q| q.archived_at.is_none() && q.questionnaire.asks_something()).collect();
        if !current.is_empty() && !segments.is_empty() {
            report.forms.push(PostForm::post(
                reader::t("survey-send-a-campaign"),
                format!("/clusters/{slug}/campaigns"),
                reader::t("send"),
                campaign_fields(
                    &CampaignInput { segment_id: q.segment, ..Default::default() },
                    &current,
                    &segments,
                    None,
                ),
            ));
        }
        let templates: Vec<(&str, String)> = Template::ALL.iter().map(|t| (t.code(), reader::label(*t))).collect();
        report.forms.push(PostForm::post(
            reader::t("survey-new-questionnaire"),
            format!("/clusters/{slug}/surveys"),
            reader::t("survey-make"),
            vec![
                FormField::text("template", &reader::t("survey-start-from"), None, None).select(options(
                    &reader::t("survey-empty-questionnaire"),
                    templates.iter().map(|(code, label)| (*code, label.as_str())),
                    None,
                )),
                FormField::text("title", &reader::t("survey-title"), None, None).hint(reader::t("survey-title-hint")),
            ],
        ));
    }
    Ok(report.into_response())
}

fn campaign_fields(
    input: &CampaignInput,
    questionnaires: &[&app::survey::QuestionnaireRecord],
    segments: &[app::segment::Segment],
    errors: Option<&domain::Invalid>,
) -> Vec<FormField> {
    let ids: Vec<(String, String)> =
        questionnaires.iter().map(|q| (q.id.to_string(), q.questionnaire.title.clone())).collect();
    let segment_ids: Vec<(String, String)> = segments.iter().map(|s| (s.id.to_string(), s.name.clone())).collect();
    vec![
        FormField::text("questionnaire_id", &reader::t("survey-questionnaire"), None, errors)
            .select(options(
                &reader::t("survey-choose"),
                ids.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                input.questionnaire_id.as_deref(),
            ))
            .required(),
        FormField::text("segment_id", &reader::t("survey-send-to-contacts-of"), None, errors)
            .select(options(
                &reader::t("survey-choose-a-segment"),
                segment_ids.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                input.segment_id.as_deref(),
            ))
            .required()
            .hint(reader::t("survey-segment-hint")),
        FormField::text("title", &reader::t("survey-title-respondents-read"), input.title.as_deref(), errors)
            .hint(reader::t("survey-campaign-title-hint")),
        FormField::text(
            "closes_on",
            &reader::t("survey-answers-taken-until-label"),
            input.closes_on.as_deref(),
            errors,
        )
        .input("date")
        .required(),
        FormField::text("anonymous", &reader::t("survey-anonymous"), input.anonymous.as_deref(), errors)
            .input("checkbox")
            .hint(reader::t("survey-anonymous-hint")),
        FormField::text("figures_year", &reader::t("survey-figures-year"), input.figures_year.as_deref(), errors)
            .input("number")
            .hint(reader::t("survey-figures-year-hint")),
    ]
}

#[derive(serde::Deserialize)]
struct NewQuestionnaireForm {
    template: Option<String>,
    title: Option<String>,
}

async fn new_questionnaire(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<NewQuestionnaireForm>,
) -> Result<Response, PageError> {
    let by = user.actor.email();
    let made = match form.template.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => app::survey::from_template(&state.app, &scope, t, by).await,
        None => app::survey::create_blank(&state.app, &scope, form.title.as_deref().unwrap_or_default(), by).await,
    };
    match made {
        Ok(id) => Ok(see_other_with(
            &headers,
            &format!("/clusters/{slug}/questionnaires/{id}"),
            "notice",
            &reader::t("survey-questionnaire-made"),
        )),
        Err(e) => after_action(&headers, &format!("/clusters/{slug}/surveys"), Err(e)),
    }
}

async fn send_campaign(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(input): CsrfForm<CampaignInput>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, SECTION, reader::t("survey-send-a-campaign")).await?;
    let base = state.config.public_url.clone();
    match app::survey::send(&state.app, &page.scope, &input, &base, page.user.actor.email()).await {
        Ok(sent) => {
            let mut notice = reader::t_count("survey-campaign-sent", sent.invited as i64);
            if !sent.left_out.is_empty() {
                // The message travels in a cookie: a long list is cut, its length said.
                const NAMED: usize = 12;
                let names: Vec<String> = sent
                    .left_out
                    .iter()
                    .take(NAMED)
                    .map(|l| format!("{} ({}): {}", l.name, l.organisation, l.reason))
                    .collect();
                let more = sent.left_out.len().saturating_sub(NAMED);
                notice.push_str(&format!(
                    " {} {}{}.",
                    reader::t_count("survey-not-sent-to", sent.left_out.len() as i64),
                    names.join("; "),
                    if more > 0 {
                        format!(" {}", reader::t_count("survey-and-more-left-out", more as i64))
                    } else {
                        String::new()
                    }
                ));
            }
            Ok(see_other_with(&headers, &format!("/clusters/{slug}/campaigns/{}", sent.campaign_id), "notice", &notice))
        }
        Err(app::Error::Invalid(e)) => {
            let questionnaires = app::survey::questionnaires(&state.app, &page.scope).await?;
            let current: Vec<&app::survey::QuestionnaireRecord> =
                questionnaires.iter().filter(|q| q.archived_at.is_none()).collect();
            let segments = app::segment::list(&state.app, &page.scope).await?;
            let back = format!("/clusters/{slug}/surveys");
            Ok(edit_page(
                page.layout,
                reader::t("survey-send-a-campaign"),
                format!("/clusters/{slug}/campaigns"),
                back,
                campaign_fields(&input, &current, &segments, Some(&e)),
                Some(&e),
            ))
        }
        Err(e) => after_action(&headers, &format!("/clusters/{slug}/surveys"), Err(e)),
    }
}

fn kind_text(q: &domain::survey::Question) -> String {
    match &q.kind {
        QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => {
            format!("{}: {}", kind_label(&q.kind), options.join(" / "))
        }
        QuestionKind::Likert { points, low_label, high_label } => reader::t_args(
            "survey-kind-text-scale",
            &[("points", points.to_string()), ("low", low_label.clone()), ("high", high_label.clone())],
        ),
        QuestionKind::Matrix { items, points, .. } => {
            reader::t2("survey-kind-text-matrix", "count", items.len(), "points", points)
        }
        QuestionKind::Number { unit, min, max, .. } => {
            let bounds = match (min, max) {
                (Some(a), Some(b)) => format!(", {}", reader::t2("survey-bounds-between", "min", a, "max", b)),
                (Some(a), None) => format!(", {}", reader::t1("survey-bounds-at-least", "min", a)),
                (None, Some(b)) => format!(", {}", reader::t1("survey-bounds-at-most", "max", b)),
                (None, None) => String::new(),
            };
            let number = if unit.is_empty() {
                reader::t("survey-kind-number")
            } else {
                reader::t1("survey-number-in", "unit", unit)
            };
            format!("{number}{bounds}")
        }
        other => kind_label(other),
    }
}

fn question_fields(
    input: &QuestionInput,
    earlier: &[(String, String)],
    errors: Option<&domain::Invalid>,
) -> Vec<FormField> {
    let t = |v: &Option<String>| v.clone();
    let m = reader::t;
    let kinds: Vec<(&str, String)> = [
        ("single_choice", "survey-kind-single-choice"),
        ("multiple_choice", "survey-kind-multiple-choice"),
        ("likert", "survey-kind-likert"),
        ("matrix", "survey-kind-matrix"),
        ("number", "survey-kind-number"),
        ("money", "survey-kind-money"),
        ("text", "survey-kind-text"),
        ("date", "survey-kind-date"),
    ]
    .into_iter()
    .map(|(code, key)| (code, m(key)))
    .collect();
    vec![
        FormField::text("text", &m("survey-question"), t(&input.text).as_deref(), errors).required(),
        FormField::text("kind", &m("kind"), None, errors)
            .select(options(
                &m("survey-choose"),
                kinds.iter().map(|(code, label)| (*code, label.as_str())),
                input.kind.as_deref().filter(|k| !k.is_empty()),
            ))
            .required(),
        FormField::text(
            "required",
            &m("survey-answer-needed"),
            t(&input.required).filter(|r| r == "yes").as_deref(),
            errors,
        )
        .input("checkbox"),
        FormField::text("help", &m("survey-help-under-question"), t(&input.help).as_deref(), errors),
        FormField::text("options", &m("survey-options-one-a-line"), t(&input.options).as_deref(), errors)
            .input("textarea")
            .hint(m("survey-options-hint")),
        FormField::text("items", &m("survey-statements-one-a-line"), t(&input.items).as_deref(), errors)
            .input("textarea")
            .hint(m("survey-statements-hint")),
        FormField::text("points", &m("survey-points-of-scale"), t(&input.points).as_deref(), errors)
            .input("number")
            .hint(m("survey-points-hint")),
        FormField::text("low_label", &m("survey-label-of-1"), t(&input.low_label).as_deref(), errors)
            .hint(m("survey-label-of-1-hint")),
        FormField::text("high_label", &m("survey-label-of-top"), t(&input.high_label).as_deref(), errors)
            .hint(m("survey-label-of-top-hint")),
        FormField::text("unit", &m("survey-unit"), t(&input.unit).as_deref(), errors).hint(m("survey-unit-hint")),
        FormField::text("min", &m("survey-at-least"), t(&input.min).as_deref(), errors).input("number"),
        FormField::text("max", &m("survey-at-most"), t(&input.max).as_deref(), errors).input("number"),
        FormField::text("decimals", &m("survey-decimals"), t(&input.decimals).as_deref(), errors)
            .input("number")
            .hint(m("survey-decimals-hint")),
        FormField::text("long", &m("survey-long"), t(&input.long).filter(|l| l == "yes").as_deref(), errors)
            .input("checkbox")
            .hint(m("survey-long-hint")),
        FormField::text("show_if_question", &m("survey-show-only-when"), None, errors).select(options(
            &m("survey-always-shown"),
            earlier.iter().map(|(k, text)| (k.as_str(), text.as_str())),
            input.show_if_question.as_deref().filter(|q| !q.is_empty()),
        )),
        FormField::text("show_if_equals", &m("survey-is-answered"), t(&input.show_if_equals).as_deref(), errors)
            .hint(m("survey-is-answered-hint")),
        FormField::text("key", &m("survey-key"), t(&input.key).as_deref(), errors).hint(m("survey-key-hint")),
    ]
}

/// The choices and scales a question may depend on: those before `before` (all when none).
fn earlier_choices(q: &Questionnaire, before: Option<&str>) -> Vec<(String, String)> {
    q.questions()
        .take_while(|x| Some(x.key.as_str()) != before)
        .filter(|x| {
            matches!(
                x.kind,
                QuestionKind::SingleChoice { .. } | QuestionKind::MultipleChoice { .. } | QuestionKind::Likert { .. }
            )
        })
        .map(|x| (x.key.clone(), x.text.clone()))
        .collect()
}

async fn questionnaire(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Questionnaire>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, SECTION, reader::t("survey-questionnaire")).await?;
    let record = app::survey::questionnaire(&state.app, &page.scope, id).await?;
    let can_edit = page.can_edit();
    let q = &record.questionnaire;
    let base = format!("/clusters/{slug}/questionnaires/{id}");
    let mut report = ReportPage::new(page.layout, q.title.clone());
    report.subheading = if q.intro.is_empty() { reader::t("survey-no-introduction") } else { q.intro.clone() };
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.forms_last = true;
    report.actions = vec![link(reader::t("nav-surveys"), format!("/clusters/{slug}/surveys"))];
    if record.archived_at.is_some() {
        report.badges.push(reader::t("survey-archived"));
    }
    report.facts = vec![
        Fact::new(reader::t("survey-version"), Some(record.version.to_string())),
        Fact::new(reader::t("survey-questions"), Some(q.questions().count().to_string())),
        Fact::new(reader::t("survey-responses-to-all-versions"), Some(record.responses.to_string())),
    ];
    let sent = app::survey::campaigns(&state.app, &page.scope)
        .await?
        .iter()
        .any(|c| c.questionnaire_id == id && c.version == record.version);
    if sent && can_edit {
        report.notice.get_or_insert_with(|| reader::t("survey-version-was-sent"));
    }
    for (s, section) in q.sections.iter().enumerate() {
        let rows = section
            .questions
            .iter()
            .map(|x| {
                let step =
                    |label: String, step: &str| Cell::button(label, format!("{base}/questions/{}/{step}", x.key));
                let mut row = vec![
                    if can_edit {
                        Cell::link(&x.text, format!("{base}/questions/{}/edit", x.key))
                    } else {
                        Cell::text(&x.text)
                    },
                    Cell::text(kind_text(x)).class("optional"),
                    Cell::text(if x.required { reader::t("survey-needed") } else { String::new() }),
                    Cell::text(
                        x.show_if
                            .as_ref()
                            .map(|c| reader::t2("survey-shown-when", "question", &c.question, "value", &c.equals))
                            .unwrap_or_default(),
                    )
                    .class("optional"),
                    Cell::text(&x.key).class("optional"),
                ];
                if can_edit {
                    row.push(step(reader::t("survey-up"), "up"));
                    row.push(step(reader::t("survey-down"), "down"));
                    row.push(step(reader::t("survey-remove"), "remove").confirm(reader::t1(
                        "survey-remove-question-confirm",
                        "question",
                        &x.text,
                    )));
                }
                row
            })
            .collect();
        let mut columns = vec![
            (reader::t("survey-question"), ""),
            (reader::t("kind"), "optional"),
            (reader::t("survey-required-column"), ""),
            (reader::t("survey-shown"), "optional"),
            (reader::t("survey-key"), "optional"),
        ];
        if can_edit {
            columns.extend([(String::new(), ""), (String::new(), ""), (String::new(), "")]);
        }
        report.sections.push(Section {
            title: format!("{}. {}", s + 1, section.title),
            table: plain_table(&columns, rows),
            empty: reader::t("survey-no-question-in-section"),
            actions: Vec::new(),
        });
        if can_edit && section.questions.is_empty() {
            report.forms.push(
                PostForm::post(
                    reader::t1("survey-remove-section", "number", s + 1),
                    format!("{base}/sections/{s}/remove"),
                    reader::t("survey-remove"),
                    vec![],
                )
                .confirm(reader::t1("survey-remove-section-confirm", "section", &section.title)),
            );
        }
    }
    if can_edit {
        let sections: Vec<(String, String)> =
            q.sections.iter().enumerate().map(|(i, s)| (i.to_string(), format!("{}. {}", i + 1, s.title))).collect();
        if !sections.is_empty() {
            let mut fields =
                vec![FormField::text("section", &reader::t("survey-section"), None, None).select(options(
                    &reader::t("survey-choose"),
                    sections.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                    sections.last().map(|(a, _)| a.as_str()),
                ))];
            fields.extend(question_fields(&QuestionInput::default(), &earlier_choices(q, None), None));
            report.forms.push(PostForm::post(
                reader::t("survey-add-a-question"),
                format!("{base}/questions"),
                reader::t("survey-add"),
                fields,
            ));
        }
        report.forms.push(PostForm::post(
            reader::t("survey-add-a-section"),
            format!("{base}/sections"),
            reader::t("survey-add"),
            vec![FormField::text("title", &reader::t("survey-title"), None, None).required()],
        ));
        report.forms.push(PostForm::post(
            reader::t("survey-title-and-introduction"),
            base.clone(),
            reader::t("survey-save"),
            vec![
                FormField::text("title", &reader::t("survey-title"), Some(&q.title), None).required(),
                FormField::text("intro", &reader::t("survey-introduction"), Some(&q.intro), None).input("textarea"),
            ],
        ));
        report.forms.push(if record.archived_at.is_some() {
            PostForm::post(
                reader::t("survey-bring-back"),
                format!("{base}/restore"),
                reader::t("survey-bring-back"),
                vec![],
            )
        } else {
            PostForm::post(reader::t("archive"), format!("{base}/archive"), reader::t("archive"), vec![])
                .confirm(reader::t("survey-archive-confirm"))
        });
    }
    Ok(report.into_response())
}

#[derive(serde::Deserialize)]
struct TitleForm {
    title: Option<String>,
    intro: Option<String>,
}

async fn retitle(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Questionnaire>,
    CsrfForm(form): CsrfForm<TitleForm>,
) -> Result<Response, PageError> {
    app::survey::questionnaire(&state.app, &scope, id).await?;
    let done = app::survey::retitle(
        &state.app,
        &scope,
        id,
        form.title.as_deref().unwrap_or_default(),
        form.intro.as_deref().unwrap_or_default(),
        user.actor.email(),
    )
    .await
    .map(saved_text);
    after_action(&headers, &format!("/clusters/{slug}/questionnaires/{id}"), done)
}

async fn add_section(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Questionnaire>,
    CsrfForm(form): CsrfForm<TitleForm>,
) -> Result<Response, PageError> {
    app::survey::questionnaire(&state.app, &scope, id).await?;
    let title = form.title.unwrap_or_default();
    let done = app::survey::add_section(&state.app, &scope, id, &title, user.actor.email()).await.map(saved_text);
    after_action(&headers, &format!("/clusters/{slug}/questionnaires/{id}"), done)
}

async fn remove_section(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _, section)): Path<(String, String, String)>,
    PageId(id, _): PageId<resource::Questionnaire>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    app::survey::questionnaire(&state.app, &scope, id).await?;
    let section: usize = section.parse().map_err(|_| app::Error::NotFound("section"))?;
    let done = app::survey::remove_section(&state.app, &scope, id, section, user.actor.email()).await.map(saved_text);
    after_action(&headers, &format!("/clusters/{slug}/questionnaires/{id}"), done)
}

#[derive(serde::Deserialize, Default)]
struct QuestionForm {
    section: Option<String>,
    #[serde(flatten)]
    input: QuestionInput,
}

async fn add_question(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Questionnaire>,
    CsrfForm(form): CsrfForm<QuestionForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, SECTION, reader::t("survey-add-a-question")).await?;
    let record = app::survey::questionnaire(&state.app, &page.scope, id).await?;
    let section = form.section.as_deref().and_then(|s| s.trim().parse::<usize>().ok()).unwrap_or(usize::MAX);
    let saved =
        app::survey::add_question(&state.app, &page.scope, id, section, &form.input, page.user.actor.email()).await;
    let back = format!("/clusters/{slug}/questionnaires/{id}");
    saved_or_form(&headers, saved.map(|_| ()), &back, &reader::t("survey-question-added"), |e| {
        let mut fields = vec![
            FormField::text("section", &reader::t("survey-section"), form.section.as_deref(), Some(e)).input("hidden"),
        ];
        fields.extend(question_fields(&form.input, &earlier_choices(&record.questionnaire, None), Some(e)));
        edit_page(
            page.layout,
            reader::t("survey-add-a-question"),
            format!("{back}/questions"),
            back.clone(),
            fields,
            Some(e),
        )
    })
}

async fn edit_question(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((slug, _, key)): Path<(String, String, String)>,
    PageId(id, _): PageId<resource::Questionnaire>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, SECTION, reader::t("survey-question")).await?;
    let record = app::survey::questionnaire(&state.app, &page.scope, id).await?;
    let question = record.questionnaire.question(&key).ok_or(app::Error::NotFound("question"))?;
    let back = format!("/clusters/{slug}/questionnaires/{id}");
    let fields =
        question_fields(&QuestionInput::of(question), &earlier_choices(&record.questionnaire, Some(&key)), None);
    Ok(edit_page(page.layout, question.text.clone(), format!("{back}/questions/{key}/edit"), back, fields, None))
}

async fn change_question(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _, key)): Path<(String, String, String)>,
    PageId(id, _): PageId<resource::Questionnaire>,
    CsrfForm(form): CsrfForm<QuestionForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, SECTION, reader::t("survey-question")).await?;
    let record = app::survey::questionnaire(&state.app, &page.scope, id).await?;
    let question = record.questionnaire.question(&key).ok_or(app::Error::NotFound("question"))?.clone();
    let saved =
        app::survey::change_question(&state.app, &page.scope, id, &key, &form.input, page.user.actor.email()).await;
    let back = format!("/clusters/{slug}/questionnaires/{id}");
    let notice = match &saved {
        Ok(s) => saved_text(*s),
        Err(_) => String::new(),
    };
    saved_or_form(&headers, saved.map(|_| ()), &back, &notice, |e| {
        let fields = question_fields(&form.input, &earlier_choices(&record.questionnaire, Some(&key)), Some(e));
        edit_page(
            page.layout,
            question.text.clone(),
            format!("{back}/questions/{key}/edit"),
            back.clone(),
            fields,
            Some(e),
        )
    })
}

async fn question_step(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _, key, step)): Path<(String, String, String, String)>,
    PageId(id, _): PageId<resource::Questionnaire>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    app::survey::questionnaire(&state.app, &scope, id).await?;
    let by = user.actor.email();
    let done = match step.as_str() {
        "up" => app::survey::move_question(&state.app, &scope, id, &key, true, by).await,
        "down" => app::survey::move_question(&state.app, &scope, id, &key, false, by).await,
        "remove" => app::survey::remove_question(&state.app, &scope, id, &key, by).await,
        _ => return Err(app::Error::NotFound("page").into()),
    };
    after_action(&headers, &format!("/clusters/{slug}/questionnaires/{id}"), done.map(saved_text))
}

async fn archive(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Questionnaire>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let done =
        app::survey::set_archived(&state.app, &scope, id, true).await.map(|()| reader::t("survey-archived-notice"));
    after_action(&headers, &format!("/clusters/{slug}/questionnaires/{id}"), done)
}

async fn restore(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Questionnaire>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let done =
        app::survey::set_archived(&state.app, &scope, id, false).await.map(|()| reader::t("survey-brought-back"));
    after_action(&headers, &format!("/clusters/{slug}/questionnaires/{id}"), done)
}

/// The answers to a number or an amount: how many fall in each range, drawn as bars, with the
/// mean and median in the title; `range` writes a range of answers, `mean` a mean or median in
/// hundredths.
fn spread(
    q: &domain::survey::Question,
    r: &domain::survey::QuestionResult,
    range: &dyn Fn(&domain::survey::Bin) -> String,
    mean: &dyn Fn(Option<i64>) -> String,
) -> ChartBlock {
    let ranges: Vec<(String, usize)> = r.bins.iter().map(|b| (range(b), b.count)).collect();
    ChartBlock {
        svg: crate::charts::distribution(&q.text, &ranges, r.answered),
        title: format!(
            "{} ({}) · {}",
            q.text,
            reader::t_count("survey-n-answered", r.answered as i64),
            reader::t2("survey-mean-median", "mean", mean(r.mean_hundredths), "median", mean(r.median_hundredths))
        ),
        table: plain_table(
            &[(reader::t("survey-answers"), ""), (reader::t("survey-count"), "num")],
            ranges.iter().map(|(label, n)| vec![Cell::text(label), Cell::text(n.to_string()).class("num")]).collect(),
        ),
    }
}

async fn campaign(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Campaign>,
    Query(filter): Query<ResultsFilter>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, SECTION, reader::t("survey-campaign")).await?;
    let scope = page.scope.clone();
    let can_edit = page.can_edit();
    let campaign = app::survey::campaign(&state.app, &scope, id).await?;
    let segments = app::segment::list(&state.app, &scope).await?;
    let base = format!("/clusters/{slug}/campaigns/{id}");
    let mut report = ReportPage::new(page.layout, campaign.title.clone());
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.forms_last = true;
    let (results, questionnaire) = match app::survey::results(&state.app, &scope, id, &filter).await {
        Ok(r) => r,
        Err(app::Error::Invalid(e)) => {
            report.problem = Some(reader::t1("survey-filter-invalid", "error", e));
            app::survey::results(&state.app, &scope, id, &ResultsFilter::default()).await?
        }
        Err(e) => return Err(e.into()),
    };
    report.subheading = reader::t_args(
        if campaign.anonymous { "survey-campaign-subheading-anonymous" } else { "survey-campaign-subheading" },
        &[
            ("audience", campaign.audience.clone()),
            ("version", campaign.version.to_string()),
            ("day", reader::day(campaign.closes_on)),
        ],
    );
    report.actions = vec![
        link(reader::t("nav-surveys"), format!("/clusters/{slug}/surveys")),
        link(reader::t("survey-answers-csv"), format!("{base}/export")),
        link(reader::t("survey-answers-xlsx"), format!("{base}/export?format=xlsx")),
    ];
    if can_edit {
        report.actions.push(link(reader::t("survey-import-answers"), format!("{base}/import")));
    }
    report.facts = vec![
        Fact::new(reader::t("survey-invited"), Some(results.overall.invited.to_string())),
        Fact::new(reader::t("survey-answered"), Some(results.overall.answered.to_string())),
        Fact::new(reader::t("survey-response-rate"), Some(rate_text(&results.overall))),
        Fact::new(reader::t("survey-responses-counted"), Some(results.counted.to_string())),
    ];
    if results.imported > 0 {
        report.facts.push(Fact::new(reader::t("survey-imported"), Some(results.imported.to_string())));
    }
    let rates = |rates: &[app::survey::Rate]| {
        rates
            .iter()
            .map(|r| {
                vec![
                    Cell::text(rate_group_name(&r.group)),
                    Cell::text(r.invited.to_string()).class("num"),
                    Cell::text(r.answered.to_string()).class("num"),
                    Cell::text(rate_text(r)).class("num"),
                ]
            })
            .collect()
    };
    let rate_columns = [
        (reader::t("survey-group"), ""),
        (reader::t("survey-invited"), "num"),
        (reader::t("survey-answered"), "num"),
        (reader::t("survey-rate"), "num"),
    ];
    report.sections.push(Section {
        title: reader::t("survey-rate-by-kind"),
        table: plain_table(&rate_columns, rates(&results.by_kind)),
        empty: reader::t("survey-nobody-invited"),
        actions: Vec::new(),
    });
    report.sections.push(Section {
        title: reader::t("survey-rate-by-size-class"),
        table: plain_table(&rate_columns, rates(&results.by_size_class)),
        empty: reader::t("survey-nobody-invited"),
        actions: Vec::new(),
    });
    for (q, r) in questionnaire.questions().zip(&results.questions) {
        let answered = reader::t_count("survey-n-answered", r.answered as i64);
        match &q.kind {
            QuestionKind::SingleChoice { .. } | QuestionKind::MultipleChoice { .. } | QuestionKind::Likert { .. } => {
                let mut title = format!("{} ({answered})", q.text);
                if let (Some(mean), Some(median)) = (r.mean_hundredths, r.median_hundredths) {
                    title.push_str(" · ");
                    title.push_str(&reader::t2(
                        "survey-mean-median",
                        "mean",
                        domain::survey::scaled_text(mean, 2),
                        "median",
                        domain::survey::scaled_text(median, 2),
                    ));
                }
                // Shares of those who answered: a multiple choice's add up to more than 100 %.
                let total = r.answered;
                report.charts.push(ChartBlock {
                    svg: crate::charts::distribution(&q.text, &r.counts, total),
                    table: plain_table(
                        &[
                            (reader::t("survey-answer"), ""),
                            (reader::t("survey-count"), "num"),
                            (reader::t("survey-share"), "num"),
                        ],
                        r.counts
                            .iter()
                            .map(|(label, n)| {
                                let share = app::survey::rate(String::new(), total, *n);
                                vec![
                                    Cell::text(label),
                                    Cell::text(n.to_string()).class("num"),
                                    Cell::text(rate_text(&share)).class("num"),
                                ]
                            })
                            .collect(),
                    ),
                    title,
                });
            }
            QuestionKind::Matrix { points, .. } => {
                // The mean before the points: a scale of many points scrolls sideways on a phone.
                let mut columns: Vec<(String, &'static str)> =
                    vec![(reader::t("survey-statement"), ""), (reader::t("survey-mean"), "num")];
                columns.extend((1..=*points).map(|p| (p.to_string(), "num")));
                let means: Vec<(String, Option<i64>)> =
                    r.items.iter().map(|(item, _)| item.clone()).zip(r.item_means_hundredths.iter().copied()).collect();
                report.charts.push(ChartBlock {
                    svg: crate::charts::means(
                        &reader::t1("survey-mean-point-chart", "question", &q.text),
                        &means,
                        *points,
                    ),
                    title: format!("{} ({answered})", q.text),
                    table: plain_table(
                        &columns,
                        r.items
                            .iter()
                            .zip(&means)
                            .map(|((item, counts), (_, mean))| {
                                let mut row = vec![
                                    Cell::text(item),
                                    Cell::text(crate::charts::hundredths(*mean, 0)).class("num"),
                                ];
                                row.extend(counts.iter().map(|n| Cell::text(n.to_string()).class("num")));
                                row
                            })
                            .collect(),
                    ),
                });
            }
            QuestionKind::Number { decimals, unit, .. } => {
                let decimals = *decimals;
                let unit = if unit.is_empty() { String::new() } else { format!(" {unit}") };
                let value = |v: i64| domain::survey::scaled_text(v, decimals);
                let range = |b: &domain::survey::Bin| match b.low == b.high {
                    true => format!("{}{unit}", value(b.low)),
                    false => format!("{} – {}{unit}", value(b.low), value(b.high)),
                };
                let mean = |v: Option<i64>| crate::charts::hundredths(v, decimals);
                report.charts.push(spread(q, r, &range, &mean));
            }
            QuestionKind::Money => {
                let currency = scope.cluster().base_currency;
                let value = |v: i64| crate::reader::money(domain::money::Money::new(v, currency));
                let range = |b: &domain::survey::Bin| match b.low == b.high {
                    true => value(b.low),
                    false => reader::t2(
                        "survey-range-to-under",
                        "low",
                        value(b.low),
                        "high",
                        value(b.high.saturating_add(1)),
                    ),
                };
                let mean = |v: Option<i64>| {
                    v.map_or("—".into(), |h| {
                        crate::reader::money(domain::money::Money::new((h + h.signum() * 50) / 100, currency))
                    })
                };
                report.charts.push(spread(q, r, &range, &mean));
            }
            QuestionKind::Text { .. } => report.charts.push(ChartBlock {
                svg: String::new(),
                title: format!("{} ({answered})", q.text),
                table: plain_table(
                    &[(reader::t("survey-answer"), "")],
                    r.texts.iter().map(|t| vec![Cell::text(t)]).collect(),
                ),
            }),
            QuestionKind::Date => report.charts.push(ChartBlock {
                svg: crate::charts::distribution(
                    &format!("{}, {}", q.text, reader::t("survey-by-month")),
                    &r.counts,
                    r.answered,
                ),
                title: format!("{} ({answered}), {}", q.text, reader::t("survey-by-month")),
                table: plain_table(
                    &[(reader::t("survey-month"), ""), (reader::t("survey-count"), "num")],
                    r.counts.iter().map(|(m, n)| vec![Cell::text(m), Cell::text(n.to_string()).class("num")]).collect(),
                ),
            }),
        }
    }
    let mut filter_fields = vec![
        FormField::text("kind", &reader::t("survey-kind-of-organisation"), None, None).select(coded_options(
            &reader::t("survey-any"),
            &domain::organisation::OrganisationKind::ALL,
            filter.kind.as_deref().filter(|k| !k.is_empty()),
        )),
        FormField::text("size_class", &reader::t("survey-size-class"), None, None).select(coded_options(
            &reader::t("survey-any"),
            &domain::organisation::SizeClass::ALL,
            filter.size_class.as_deref().filter(|s| !s.is_empty()),
        )),
    ];
    if !campaign.anonymous {
        let segment_ids: Vec<(String, String)> = segments.iter().map(|s| (s.id.to_string(), s.name.clone())).collect();
        filter_fields.push(FormField::text("segment_id", &reader::t("survey-segment"), None, None).select(options(
            &reader::t("survey-any"),
            segment_ids.iter().map(|(a, b)| (a.as_str(), b.as_str())),
            filter.segment_id.as_deref().filter(|s| !s.is_empty()),
        )));
    }
    report.forms.push(PostForm::get(
        reader::t("survey-which-responses"),
        base.clone(),
        reader::t("survey-show"),
        filter_fields,
    ));
    if can_edit && campaign.closes_on >= page.today && campaign.answered < campaign.invited {
        report.forms.push(PostForm::post(
            reader::t("survey-remind-title"),
            format!("{base}/remind"),
            reader::t("survey-send-reminders"),
            vec![],
        ));
    }
    Ok(report.into_response())
}

async fn remind(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Campaign>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let base = state.config.public_url.clone();
    let done = app::survey::remind(&state.app, &scope, id, &base)
        .await
        .map(|n| reader::t_count("survey-people-reminded", n as i64));
    after_action(&headers, &format!("/clusters/{slug}/campaigns/{id}"), done)
}

#[derive(serde::Deserialize)]
struct FormatQuery {
    format: Option<String>,
}

async fn export(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Path((_, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Campaign>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, PageError> {
    let table = app::survey::answers_table(&state.app, &scope, id).await?;
    Ok(crate::exports::download(table, q.format.as_deref(), "answers").await?)
}

/// A response-rate group named in the reader's language: a kind of organisation or an EU size
/// class by its code, else (`unknown`) one whose organisation's is not known.
fn rate_group_name(code: &str) -> String {
    if let Ok(kind) = domain::organisation::OrganisationKind::parse(code) {
        return reader::label(kind);
    }
    domain::organisation::SizeClass::parse(code).map_or_else(|_| reader::t("survey-group-unknown"), reader::label)
}
