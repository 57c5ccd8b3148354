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
        app::survey::Saved::NewVersion(v) => {
            format!("Saved as version {v}: the answers given keep the version they answered.")
        }
        _ => "Saved.".into(),
    }
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
    let page = ClusterPage::open(&state, access, SECTION, "Surveys".into()).await?;
    let scope = page.scope.clone();
    let can_edit = page.can_edit();
    let questionnaires = app::survey::questionnaires(&state.app, &scope).await?;
    let campaigns = app::survey::campaigns(&state.app, &scope).await?;
    let segments = app::segment::list(&state.app, &scope).await?;
    let mut report = ReportPage::new(page.layout, "Surveys");
    report.subheading =
        "Questionnaires, and the campaigns that send them to a segment by personal links, with their results".into();
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.forms_last = true;
    report.sections.push(Section {
        title: "Campaigns".into(),
        table: plain_table(
            &[
                ("Campaign", ""),
                ("Sent to", "optional"),
                ("Closes", ""),
                ("Invited", "num"),
                ("Answered", "num"),
                ("Rate", "num"),
            ],
            campaigns
                .iter()
                .map(|c| {
                    let rate = app::survey::rate(String::new(), c.invited as usize, c.answered as usize);
                    vec![
                        Cell::link(
                            format!("{}{}", c.title, if c.anonymous { " (anonymous)" } else { "" }),
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
        empty: "No campaign sent yet.".into(),
        actions: Vec::new(),
    });
    report.sections.push(Section {
        title: "Questionnaires".into(),
        table: plain_table(
            &[("Questionnaire", ""), ("Questions", "num"), ("Version", "num"), ("Responses", "num"), ("", "")],
            questionnaires
                .iter()
                .map(|q| {
                    vec![
                        Cell::link(&q.questionnaire.title, format!("/clusters/{slug}/questionnaires/{}", q.id)),
                        Cell::text(q.questionnaire.questions().count().to_string()).class("num"),
                        Cell::text(q.version.to_string()).class("num"),
                        Cell::text(q.responses.to_string()).class("num"),
                        Cell::text(if q.archived_at.is_some() { "archived" } else { "" }),
                    ]
                })
                .collect(),
        ),
        empty: "No questionnaire yet: start from a template below.".into(),
        actions: Vec::new(),
    });
    if can_edit {
        let current: Vec<&app::survey::QuestionnaireRecord> =
            questionnaires.iter().filter(|q| q.archived_at.is_none() && q.questionnaire.asks_something()).collect();
        if !current.is_empty() && !segments.is_empty() {
            report.forms.push(PostForm::post(
                "Send a campaign",
                format!("/clusters/{slug}/campaigns"),
                "Send",
                campaign_fields(
                    &CampaignInput { segment_id: q.segment, ..Default::default() },
                    &current,
                    &segments,
                    None,
                ),
            ));
        }
        report.forms.push(PostForm::post(
            "New questionnaire",
            format!("/clusters/{slug}/surveys"),
            "Make",
            vec![
                FormField::text("template", "Start from", None, None).select(options(
                    "An empty questionnaire",
                    Template::ALL.iter().map(|t| (t.code(), t.label())),
                    None,
                )),
                FormField::text("title", "Title", None, None)
                    .hint("For an empty questionnaire; a template has its own."),
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
        FormField::text("questionnaire_id", "Questionnaire", None, errors)
            .select(options(
                "Choose",
                ids.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                input.questionnaire_id.as_deref(),
            ))
            .required(),
        FormField::text("segment_id", "Send to the contacts of", None, errors)
            .select(options(
                "Choose a segment",
                segment_ids.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                input.segment_id.as_deref(),
            ))
            .required()
            .hint("Only contacts whose standing consent covers surveys by email are sent it; the others are listed."),
        FormField::text("title", "Title respondents read", input.title.as_deref(), errors)
            .hint("The questionnaire's title when empty."),
        FormField::text("closes_on", "Answers taken until", input.closes_on.as_deref(), errors)
            .input("date")
            .required(),
        FormField::text("anonymous", "Anonymous", input.anonymous.as_deref(), errors)
            .input("checkbox")
            .hint("Answers are kept with no link to the person, nor the organisation's kind or size; respondents are told so."),
        FormField::text("figures_year", "Year of the figures", input.figures_year.as_deref(), errors)
            .input("number")
            .hint("For a company-performance survey: the last closed year."),
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
            "Made: change it as you need.",
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
    let page = ClusterPage::open(&state, access, SECTION, "Send a campaign".into()).await?;
    let base = state.config.public_url.clone();
    match app::survey::send(&state.app, &page.scope, &input, &base, page.user.actor.email()).await {
        Ok(sent) => {
            let mut notice = format!("Sent: {} personal links are on their way.", sent.invited);
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
                    " Not sent to {} people: {}{}.",
                    sent.left_out.len(),
                    names.join("; "),
                    if more > 0 {
                        format!(" and {more} more (the API's answer lists them all)")
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
                "Send a campaign".into(),
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
            format!("{}: {}", q.kind.label(), options.join(" / "))
        }
        QuestionKind::Likert { points, low_label, high_label } => {
            format!("{points}-point scale, {low_label} to {high_label}")
        }
        QuestionKind::Matrix { items, points, .. } => format!("{} statements on a {points}-point scale", items.len()),
        QuestionKind::Number { unit, min, max, .. } => {
            let bounds = match (min, max) {
                (Some(a), Some(b)) => format!(", {a} to {b}"),
                (Some(a), None) => format!(", at least {a}"),
                (None, Some(b)) => format!(", at most {b}"),
                (None, None) => String::new(),
            };
            format!("Number{}{bounds}", if unit.is_empty() { String::new() } else { format!(" in {unit}") })
        }
        other => other.label().to_string(),
    }
}

fn question_fields(
    input: &QuestionInput,
    earlier: &[(String, String)],
    errors: Option<&domain::Invalid>,
) -> Vec<FormField> {
    let t = |v: &Option<String>| v.clone();
    vec![
        FormField::text("text", "Question", t(&input.text).as_deref(), errors).required(),
        FormField::text("kind", "Kind", None, errors)
            .select(options(
                "Choose",
                [
                    ("single_choice", "Single choice"),
                    ("multiple_choice", "Multiple choice"),
                    ("likert", "Likert scale"),
                    ("matrix", "Matrix of scales"),
                    ("number", "Number"),
                    ("money", "Money"),
                    ("text", "Text"),
                    ("date", "Date"),
                ],
                input.kind.as_deref().filter(|k| !k.is_empty()),
            ))
            .required(),
        FormField::text(
            "required",
            "An answer is needed",
            t(&input.required).filter(|r| r == "yes").as_deref(),
            errors,
        )
        .input("checkbox"),
        FormField::text("help", "Help under the question", t(&input.help).as_deref(), errors),
        FormField::text("options", "Options, one a line", t(&input.options).as_deref(), errors)
            .input("textarea")
            .hint("For a single or multiple choice."),
        FormField::text("items", "Statements, one a line", t(&input.items).as_deref(), errors)
            .input("textarea")
            .hint("For a matrix: each is rated on the scale."),
        FormField::text("points", "Points of the scale", t(&input.points).as_deref(), errors)
            .input("number")
            .hint("From 2 to 11; 5 when empty. For a scale or a matrix."),
        FormField::text("low_label", "Label of 1", t(&input.low_label).as_deref(), errors)
            .hint("Such as “Very dissatisfied”."),
        FormField::text("high_label", "Label of the top point", t(&input.high_label).as_deref(), errors)
            .hint("Such as “Very satisfied”."),
        FormField::text("unit", "Unit", t(&input.unit).as_deref(), errors).hint("For a number: people, products, %."),
        FormField::text("min", "At least", t(&input.min).as_deref(), errors).input("number"),
        FormField::text("max", "At most", t(&input.max).as_deref(), errors).input("number"),
        FormField::text("decimals", "Decimals", t(&input.decimals).as_deref(), errors).input("number").hint("0 to 3."),
        FormField::text("long", "A paragraph, not a line", t(&input.long).filter(|l| l == "yes").as_deref(), errors)
            .input("checkbox")
            .hint("For a text."),
        FormField::text("show_if_question", "Show only when", None, errors).select(options(
            "Always shown",
            earlier.iter().map(|(k, text)| (k.as_str(), text.as_str())),
            input.show_if_question.as_deref().filter(|q| !q.is_empty()),
        )),
        FormField::text("show_if_equals", "… is answered", t(&input.show_if_equals).as_deref(), errors)
            .hint("The option, or the point of the scale (4), that shows this question."),
        FormField::text("key", "Key", t(&input.key).as_deref(), errors)
            .hint("How exports and indicators name the answers; made from the question when empty."),
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
    let page = ClusterPage::open(&state, access, SECTION, "Questionnaire".into()).await?;
    let record = app::survey::questionnaire(&state.app, &page.scope, id).await?;
    let can_edit = page.can_edit();
    let q = &record.questionnaire;
    let base = format!("/clusters/{slug}/questionnaires/{id}");
    let mut report = ReportPage::new(page.layout, q.title.clone());
    report.subheading = if q.intro.is_empty() { "No introduction yet.".into() } else { q.intro.clone() };
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.forms_last = true;
    report.actions = vec![link("Surveys", format!("/clusters/{slug}/surveys"))];
    if record.archived_at.is_some() {
        report.badges.push("archived".into());
    }
    report.facts = vec![
        Fact::new("Version", Some(record.version.to_string())),
        Fact::new("Questions", Some(q.questions().count().to_string())),
        Fact::new("Responses to all versions", Some(record.responses.to_string())),
    ];
    let sent = app::survey::campaigns(&state.app, &page.scope)
        .await?
        .iter()
        .any(|c| c.questionnaire_id == id && c.version == record.version);
    if sent && can_edit {
        report.notice.get_or_insert_with(|| {
            "A campaign sent this version: a change makes a new version, and those invited keep the one they were \
             sent."
                .into()
        });
    }
    for (s, section) in q.sections.iter().enumerate() {
        let rows = section
            .questions
            .iter()
            .map(|x| {
                let step = |label: &str, step: &str| Cell::button(label, format!("{base}/questions/{}/{step}", x.key));
                let mut row = vec![
                    if can_edit {
                        Cell::link(&x.text, format!("{base}/questions/{}/edit", x.key))
                    } else {
                        Cell::text(&x.text)
                    },
                    Cell::text(kind_text(x)).class("optional"),
                    Cell::text(if x.required { "needed" } else { "" }),
                    Cell::text(
                        x.show_if.as_ref().map(|c| format!("when {} is {}", c.question, c.equals)).unwrap_or_default(),
                    )
                    .class("optional"),
                    Cell::text(&x.key).class("optional"),
                ];
                if can_edit {
                    row.push(step("Up", "up"));
                    row.push(step("Down", "down"));
                    row.push(step("Remove", "remove").confirm(format!("Remove the question “{}”?", x.text)));
                }
                row
            })
            .collect();
        let mut columns =
            vec![("Question", ""), ("Kind", "optional"), ("Required", ""), ("Shown", "optional"), ("Key", "optional")];
        if can_edit {
            columns.extend([("", ""), ("", ""), ("", "")]);
        }
        report.sections.push(Section {
            title: format!("{}. {}", s + 1, section.title),
            table: plain_table(&columns, rows),
            empty: "No question in this section yet.".into(),
            actions: Vec::new(),
        });
        if can_edit && section.questions.is_empty() {
            report.forms.push(
                PostForm::post(
                    format!("Remove section {}", s + 1),
                    format!("{base}/sections/{s}/remove"),
                    "Remove",
                    vec![],
                )
                .confirm(format!("Remove the empty section “{}”?", section.title)),
            );
        }
    }
    if can_edit {
        let sections: Vec<(String, String)> =
            q.sections.iter().enumerate().map(|(i, s)| (i.to_string(), format!("{}. {}", i + 1, s.title))).collect();
        if !sections.is_empty() {
            let mut fields = vec![FormField::text("section", "Section", None, None).select(options(
                "Choose",
                sections.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                sections.last().map(|(a, _)| a.as_str()),
            ))];
            fields.extend(question_fields(&QuestionInput::default(), &earlier_choices(q, None), None));
            report.forms.push(PostForm::post("Add a question", format!("{base}/questions"), "Add", fields));
        }
        report.forms.push(PostForm::post(
            "Add a section",
            format!("{base}/sections"),
            "Add",
            vec![FormField::text("title", "Title", None, None).required()],
        ));
        report.forms.push(PostForm::post(
            "Title and introduction",
            base.clone(),
            "Save",
            vec![
                FormField::text("title", "Title", Some(&q.title), None).required(),
                FormField::text("intro", "Introduction respondents read first", Some(&q.intro), None).input("textarea"),
            ],
        ));
        report.forms.push(if record.archived_at.is_some() {
            PostForm::post("Bring back", format!("{base}/restore"), "Bring back", vec![])
        } else {
            PostForm::post("Archive", format!("{base}/archive"), "Archive", vec![])
                .confirm("Archive the questionnaire? It takes no new campaigns; its campaigns and answers stay.")
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
    let page = ClusterPage::open(&state, access, SECTION, "Add a question".into()).await?;
    let record = app::survey::questionnaire(&state.app, &page.scope, id).await?;
    let section = form.section.as_deref().and_then(|s| s.trim().parse::<usize>().ok()).unwrap_or(usize::MAX);
    let saved =
        app::survey::add_question(&state.app, &page.scope, id, section, &form.input, page.user.actor.email()).await;
    let back = format!("/clusters/{slug}/questionnaires/{id}");
    saved_or_form(&headers, saved.map(|_| ()), &back, "The question is added.", |e| {
        let mut fields = vec![FormField::text("section", "Section", form.section.as_deref(), Some(e)).input("hidden")];
        fields.extend(question_fields(&form.input, &earlier_choices(&record.questionnaire, None), Some(e)));
        edit_page(page.layout, "Add a question".into(), format!("{back}/questions"), back.clone(), fields, Some(e))
    })
}

async fn edit_question(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((slug, _, key)): Path<(String, String, String)>,
    PageId(id, _): PageId<resource::Questionnaire>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, SECTION, "Question".into()).await?;
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
    let page = ClusterPage::open(&state, access, SECTION, "Question".into()).await?;
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
    let done = app::survey::set_archived(&state.app, &scope, id, true).await.map(|()| "Archived.".to_string());
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
    let done = app::survey::set_archived(&state.app, &scope, id, false).await.map(|()| "Brought back.".to_string());
    after_action(&headers, &format!("/clusters/{slug}/questionnaires/{id}"), done)
}

/// A mean or median in hundredths of the answers' scale (a number with one decimal is kept in
/// tenths), written in the question's unit with two decimals, rounded half away from zero.
fn hundredths(value: Option<i64>, decimals: u8) -> String {
    value.map_or("—".into(), |v| {
        let scale = 10_i64.pow(u32::from(decimals.min(3)));
        let rounded = (v + v.signum() * (scale / 2)) / scale;
        domain::survey::scaled_text(rounded, 2)
    })
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
            "{} ({} answered) · mean {} · median {}",
            q.text,
            r.answered,
            mean(r.mean_hundredths),
            mean(r.median_hundredths)
        ),
        table: plain_table(
            &[("Answers", ""), ("Count", "num")],
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
    let page = ClusterPage::open(&state, access, SECTION, "Campaign".into()).await?;
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
            report.problem = Some(format!("The filter is not one: {e}. Showing every response."));
            app::survey::results(&state.app, &scope, id, &ResultsFilter::default()).await?
        }
        Err(e) => return Err(e.into()),
    };
    report.subheading = format!(
        "Sent to {} · version {} of the questionnaire · answers taken until {}{}",
        campaign.audience,
        campaign.version,
        reader::day(campaign.closes_on),
        if campaign.anonymous { " · anonymous" } else { "" }
    );
    report.actions = vec![
        link("Surveys", format!("/clusters/{slug}/surveys")),
        link("Answers (CSV)", format!("{base}/export")),
        link("Answers (XLSX)", format!("{base}/export?format=xlsx")),
    ];
    if can_edit {
        report.actions.push(link("Import answers", format!("{base}/import")));
    }
    report.facts = vec![
        Fact::new("Invited", Some(results.overall.invited.to_string())),
        Fact::new("Answered", Some(results.overall.answered.to_string())),
        Fact::new("Response rate", Some(rate_text(&results.overall))),
        Fact::new("Responses counted below", Some(results.counted.to_string())),
    ];
    if results.imported > 0 {
        report.facts.push(Fact::new("Imported from another tool", Some(results.imported.to_string())));
    }
    let rates = |rates: &[app::survey::Rate]| {
        rates
            .iter()
            .map(|r| {
                vec![
                    Cell::text(capitalise(&r.group.replace('_', " "))),
                    Cell::text(r.invited.to_string()).class("num"),
                    Cell::text(r.answered.to_string()).class("num"),
                    Cell::text(rate_text(r)).class("num"),
                ]
            })
            .collect()
    };
    let rate_columns = [("Group", ""), ("Invited", "num"), ("Answered", "num"), ("Rate", "num")];
    report.sections.push(Section {
        title: "Response rate by kind of organisation".into(),
        table: plain_table(&rate_columns, rates(&results.by_kind)),
        empty: "Nobody was invited.".into(),
        actions: Vec::new(),
    });
    report.sections.push(Section {
        title: "Response rate by size class".into(),
        table: plain_table(&rate_columns, rates(&results.by_size_class)),
        empty: "Nobody was invited.".into(),
        actions: Vec::new(),
    });
    for (q, r) in questionnaire.questions().zip(&results.questions) {
        let answered = format!("{} answered", r.answered);
        match &q.kind {
            QuestionKind::SingleChoice { .. } | QuestionKind::MultipleChoice { .. } | QuestionKind::Likert { .. } => {
                let mut title = format!("{} ({answered})", q.text);
                if let (Some(mean), Some(median)) = (r.mean_hundredths, r.median_hundredths) {
                    title.push_str(&format!(
                        " · mean {} · median {}",
                        domain::survey::scaled_text(mean, 2),
                        domain::survey::scaled_text(median, 2)
                    ));
                }
                // Shares of those who answered: a multiple choice's add up to more than 100 %.
                let total = r.answered;
                report.charts.push(ChartBlock {
                    svg: crate::charts::distribution(&q.text, &r.counts, total),
                    table: plain_table(
                        &[("Answer", ""), ("Count", "num"), ("Share", "num")],
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
                let mut columns: Vec<(&'static str, &'static str)> = vec![("Statement", ""), ("Mean", "num")];
                const POINT_LABELS: [&str; 11] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"];
                columns.extend(POINT_LABELS.iter().take(usize::from(*points)).map(|p| (*p, "num")));
                let means: Vec<(String, Option<i64>)> =
                    r.items.iter().map(|(item, _)| item.clone()).zip(r.item_means_hundredths.iter().copied()).collect();
                report.charts.push(ChartBlock {
                    svg: crate::charts::means(&format!("{}: mean point of each statement", q.text), &means, *points),
                    title: format!("{} ({answered})", q.text),
                    table: plain_table(
                        &columns,
                        r.items
                            .iter()
                            .zip(&means)
                            .map(|((item, counts), (_, mean))| {
                                let mut row = vec![Cell::text(item), Cell::text(hundredths(*mean, 0)).class("num")];
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
                let mean = |v: Option<i64>| hundredths(v, decimals);
                report.charts.push(spread(q, r, &range, &mean));
            }
            QuestionKind::Money => {
                let currency = scope.cluster().base_currency;
                let value = |v: i64| domain::money::Money::new(v, currency).to_string();
                let range = |b: &domain::survey::Bin| match b.low == b.high {
                    true => value(b.low),
                    false => format!("{} to under {}", value(b.low), value(b.high.saturating_add(1))),
                };
                let mean = |v: Option<i64>| {
                    v.map_or("—".into(), |h| {
                        domain::money::Money::new((h + h.signum() * 50) / 100, currency).to_string()
                    })
                };
                report.charts.push(spread(q, r, &range, &mean));
            }
            QuestionKind::Text { .. } => report.charts.push(ChartBlock {
                svg: String::new(),
                title: format!("{} ({answered})", q.text),
                table: plain_table(&[("Answer", "")], r.texts.iter().map(|t| vec![Cell::text(t)]).collect()),
            }),
            QuestionKind::Date => report.charts.push(ChartBlock {
                svg: crate::charts::distribution(&format!("{}, by month", q.text), &r.counts, r.answered),
                title: format!("{} ({answered}), by month", q.text),
                table: plain_table(
                    &[("Month", ""), ("Count", "num")],
                    r.counts.iter().map(|(m, n)| vec![Cell::text(m), Cell::text(n.to_string()).class("num")]).collect(),
                ),
            }),
        }
    }
    let mut filter_fields = vec![
        FormField::text("kind", "Kind of organisation", None, None).select(options(
            "Any",
            domain::organisation::OrganisationKind::ALL.iter().map(|k| (k.code(), k.label())),
            filter.kind.as_deref().filter(|k| !k.is_empty()),
        )),
        FormField::text("size_class", "Size class", None, None).select(options(
            "Any",
            domain::organisation::SizeClass::ALL.iter().map(|s| (s.code(), s.label())),
            filter.size_class.as_deref().filter(|s| !s.is_empty()),
        )),
    ];
    if !campaign.anonymous {
        let segment_ids: Vec<(String, String)> = segments.iter().map(|s| (s.id.to_string(), s.name.clone())).collect();
        filter_fields.push(FormField::text("segment_id", "Segment", None, None).select(options(
            "Any",
            segment_ids.iter().map(|(a, b)| (a.as_str(), b.as_str())),
            filter.segment_id.as_deref().filter(|s| !s.is_empty()),
        )));
    }
    report.forms.push(PostForm::get("Which responses", base.clone(), "Show", filter_fields));
    if can_edit && campaign.closes_on >= page.today && campaign.answered < campaign.invited {
        report.forms.push(PostForm::post(
            "Remind who has not answered",
            format!("{base}/remind"),
            "Send reminders",
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
        .map(|n| format!("{} with a new link.", count_text(n as i64, "person reminded", "people reminded")));
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

#[cfg(test)]
mod tests {
    #[test]
    fn means_are_written_in_the_answers_scale() {
        // Hundredths of whole numbers: 350 is 3.50. Answers with one decimal are kept in tenths:
        // 1 250 hundredths of a tenth are 12.50 tenths, 1.25 in the unit.
        assert_eq!(super::hundredths(Some(350), 0), "3.50");
        assert_eq!(super::hundredths(Some(1_250), 1), "1.25");
        assert_eq!(super::hundredths(None, 0), "—");
        // 12.35 tenths are 1.235, rounded half away from zero to 1.24; -0.05 tenths to -0.01.
        assert_eq!(super::hundredths(Some(1_235), 1), "1.24");
        assert_eq!(super::hundredths(Some(-5), 1), "-0.01");
    }
}
