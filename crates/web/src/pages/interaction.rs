//! Interaction pages: log one (an interview with its template's questions), see one with its
//! follow-up tasks, and the interview templates; and the timeline section of an organisation.

use crate::reader;
use app::auth::{Edit, Read};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use domain::id::Uuid;
use domain::interaction::{InteractionInput, InteractionKind};

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, PageId, PageScope, resource};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/interactions", &["POST"], axum::routing::post(create))
        .route("/clusters/{cluster}/interactions/new", &["GET"], get(new))
        .route("/clusters/{cluster}/interactions/{id}", &["GET"], get(show))
        .route("/clusters/{cluster}/interview-templates", &["GET", "POST"], get(templates).post(create_template))
}

fn uuid(raw: &Option<String>) -> Option<Uuid> {
    non_empty(raw).and_then(|s| Uuid::parse_str(s).ok())
}

/// An organisation's interactions and tasks as a table, with the buttons that add to it.
pub async fn timeline_section(
    state: &AppState,
    scope: &app::ClusterScope,
    organisation: Uuid,
) -> Result<Section, app::Error> {
    let slug = &scope.cluster().slug;
    let today = state.app.today(scope);
    let entries = app::interaction::timeline(&state.app, scope, organisation).await?;
    let rows = entries
        .iter()
        .map(|e| match e {
            app::interaction::TimelineEntry::Interaction(i) => vec![
                Cell::text(reader::day(i.occurred_on)),
                Cell::text(reader::label(i.kind)),
                Cell::link(&i.subject, format!("/clusters/{slug}/interactions/{}", i.id)),
                Cell::text(
                    [i.contact_name.clone(), i.staff_name.clone()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" · "),
                ),
            ],
            app::interaction::TimelineEntry::Task(t) => vec![
                Cell::text(t.due_on.map(reader::day).unwrap_or_else(|| reader::t("interaction-no-date"))),
                Cell::text(task_state(t, today)),
                Cell::link(&t.title, format!("/clusters/{slug}/tasks?organisation={organisation}")),
                Cell::text(t.assignee_name.clone().unwrap_or_default()),
            ],
        })
        .collect();
    Ok(Section {
        title: reader::t("interaction-timeline"),
        table: Table {
            columns: [reader::t("when"), reader::t("interaction-what"), reader::t("about"), reader::t("task-who")]
                .into_iter()
                .map(|label| Column { label: label.into(), href: None, sort_state: "", class: "" })
                .collect(),
            rows,
        },
        empty: reader::t("interaction-timeline-empty"),
        actions: vec![
            Action {
                label: reader::t("interaction-log"),
                href: format!("/clusters/{slug}/interactions/new?organisation={organisation}"),
                primary: false,
            },
            Action {
                label: reader::t("task-add"),
                href: format!("/clusters/{slug}/tasks/new?organisation={organisation}"),
                primary: false,
            },
        ],
    })
}

/// "Task, overdue", "Task, done" or "Task".
pub fn task_state(t: &domain::task::Task, today: chrono::NaiveDate) -> String {
    reader::t(if t.done_at.is_some() {
        "interaction-task-done"
    } else if domain::task::is_overdue(t.due_on, false, today) {
        "interaction-task-overdue"
    } else {
        "task-task"
    })
}

/// The interaction form as posted, and as the query of the new form.
#[derive(Debug, Default, serde::Deserialize)]
struct InteractionForm {
    organisation: Option<String>,
    contact: Option<String>,
    staff: Option<String>,
    template: Option<String>,
    #[serde(flatten)]
    input: InteractionInput,
    #[serde(flatten)]
    rest: std::collections::HashMap<String, String>,
}

impl InteractionForm {
    fn answers(&self, count: usize) -> Vec<String> {
        (1..=count).map(|i| self.rest.get(&format!("answer_{i}")).cloned().unwrap_or_default()).collect()
    }
}

async fn form_page(
    state: &AppState,
    page: ClusterPage,
    form: &InteractionForm,
    errors: Option<&domain::Invalid>,
) -> Result<Response, PageError> {
    let slug = page.slug().to_string();
    let Some(organisation_id) = uuid(&form.organisation) else {
        return Err(app::Error::BadRequest(reader::t("interaction-open-from-organisation")).into());
    };
    let organisation = app::organisation::get(&state.app, &page.scope, organisation_id).await?;
    let people = app::contact::list(
        &state.app,
        &page.scope,
        &domain::contact::ContactFilter { organisation_id: Some(organisation_id), ..Default::default() },
        app::Paging::new(None, Some(500)),
    )
    .await?;
    let members = app::interaction::members(&state.app, &page.scope).await?;
    let templates = app::interaction::templates(&state.app, &page.scope).await?;
    let chosen = uuid(&form.template);
    let template = templates.iter().find(|x| Some(x.id) == chosen);
    let kind = if template.is_some() {
        "interview".to_string()
    } else {
        non_empty(&form.input.kind).unwrap_or("meeting").to_string()
    };
    let contact = uuid(&form.contact).map(|c| c.to_string());
    let staff = uuid(&form.staff)
        .map(|s| s.to_string())
        .or_else(|| members.iter().find(|m| m.email == page.layout.user_email).map(|m| m.id.to_string()));
    let people_options: Vec<(String, String)> =
        people.items.iter().map(|c| (c.id.to_string(), c.fields.full_name())).collect();
    let member_options: Vec<(String, String)> =
        members.iter().map(|m| (m.id.to_string(), m.display_name.clone())).collect();
    let today = page.today.to_string();
    let mut fields = vec![
        FormField::text("kind", &reader::t("kind"), Some(&kind), errors).select(
            InteractionKind::ALL
                .iter()
                .map(|k| SelectOption {
                    value: k.code().into(),
                    label: reader::label(*k),
                    selected: InteractionKind::parse(&kind).ok() == Some(*k),
                })
                .collect(),
        ),
        FormField::text(
            "occurred_on",
            &reader::t("interaction-day"),
            Some(non_empty(&form.input.occurred_on).unwrap_or(&today)),
            errors,
        )
        .required()
        .input("date"),
        FormField::text("subject", &reader::t("interaction-subject"), form.input.subject.as_deref(), errors).required(),
        FormField::text("contact", &reader::t("interaction-with"), contact.as_deref(), errors).select(options(
            &reader::t("interaction-nobody-in-particular"),
            people_options.iter().map(|(v, l)| (v.as_str(), l.as_str())),
            contact.as_deref(),
        )),
        FormField::text("staff", &reader::t("interaction-team-member"), staff.as_deref(), errors).select(options(
            &reader::t("interaction-none"),
            member_options.iter().map(|(v, l)| (v.as_str(), l.as_str())),
            staff.as_deref(),
        )),
        FormField::text("notes", &reader::t("interaction-notes"), form.input.notes.as_deref(), errors)
            .input("textarea"),
    ];
    // The form's fields are named as the use case names its errors.
    for f in &mut fields {
        let key = match f.name.as_str() {
            "contact" => "contact_id",
            "staff" => "staff_user_id",
            other => other,
        };
        f.error = errors.and_then(|e| e.message_for(key)).map(String::from);
    }
    if let Some(t) = template {
        let answers = form.answers(t.questions.len());
        for (i, (question, answer)) in t.questions.iter().zip(answers).enumerate() {
            let mut field =
                FormField::text(&format!("answer_{}", i + 1), question, Some(&answer), None).input("textarea");
            if i == 0 {
                field.error = errors.and_then(|e| e.message_for("answers")).map(String::from);
            }
            fields.push(field);
        }
    }
    let base = format!("/clusters/{slug}/interactions/new?organisation={organisation_id}");
    let links = templates
        .iter()
        .map(|t| Action {
            label: reader::t1("interaction-interview-template", "template", &t.name),
            href: format!("{base}&template={}", t.id),
            primary: false,
        })
        .collect();
    let mut action = format!("/clusters/{slug}/interactions?organisation={organisation_id}");
    if let Some(t) = template {
        action.push_str(&format!("&template={}", t.id));
    }
    let status =
        if errors.is_some() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    let page = FormPage {
        heading: match template {
            Some(t) => {
                reader::t2("interaction-interview-with", "organisation", &organisation.fields.name, "template", &t.name)
            }
            None => reader::t1("interaction-log-with", "organisation", &organisation.fields.name),
        },
        action,
        submit: reader::t("survey-save").into(),
        cancel_href: format!("/clusters/{slug}/organisations/{organisation_id}"),
        fields,
        has_errors: errors.is_some(),
        intro: if templates.is_empty() { reader::t("interaction-no-templates") } else { String::new() },
        links,
        layout: page.layout,
    };
    Ok((status, page).into_response())
}

async fn new(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Query(form): Query<InteractionForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "organisations", reader::t("interaction-log-an-interaction")).await?;
    form_page(&state, page, &form, None).await
}

#[derive(serde::Deserialize)]
struct Context {
    organisation: Option<String>,
    template: Option<String>,
}

async fn create(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path(slug): Path<String>,
    Query(context): Query<Context>,
    CsrfForm(mut form): CsrfForm<InteractionForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "organisations", reader::t("interaction-log-an-interaction")).await?;
    form.organisation = context.organisation;
    form.template = context.template;
    let template = uuid(&form.template);
    let count = match template {
        Some(t) => app::interaction::templates(&state.app, &page.scope)
            .await?
            .into_iter()
            .find(|x| x.id == t)
            .map_or(0, |x| x.questions.len()),
        None => 0,
    };
    let new = app::interaction::NewInteraction {
        organisation_id: uuid(&form.organisation),
        contact_id: uuid(&form.contact),
        staff_user_id: uuid(&form.staff),
        template_id: template,
        input: form.input.clone(),
        answers: form.answers(count),
    };
    match app::interaction::create(&state.app, &page.scope, &page.user.actor, &new).await {
        Ok(i) => Ok(created(&format!("/clusters/{slug}/interactions/{}", i.id), reader::t("interaction-logged"))),
        Err(app::Error::Invalid(invalid) | app::Error::Conflict(invalid)) => {
            form_page(&state, page, &form, Some(&invalid)).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn show(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Interaction>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "organisations", String::new()).await?;
    let (i, answers) = app::interaction::get(&state.app, &page.scope, id).await?;
    let tasks = app::task::list(
        &state.app,
        &page.scope,
        &domain::task::TaskFilter { interaction_id: Some(id), ..Default::default() },
    )
    .await?;
    let done = app::task::list(
        &state.app,
        &page.scope,
        &domain::task::TaskFilter { interaction_id: Some(id), done: true, ..Default::default() },
    )
    .await?;
    let today = page.today;
    let mut organisation = Fact::new(reader::t("organisation"), Some(i.organisation_name.clone()));
    organisation.href = Some(format!("/clusters/{slug}/organisations/{}", i.organisation_id));
    let mut person = Fact::new(reader::t("interaction-with"), i.contact_name.clone());
    person.href = i.contact_id.map(|c| format!("/clusters/{slug}/contacts/{c}"));
    let mut facts = vec![
        Fact::new(reader::t("kind"), Some(reader::label(i.kind))),
        Fact::new(reader::t("interaction-day"), Some(reader::day(i.occurred_on))),
        organisation,
        person,
        Fact::new(reader::t("interaction-team-member"), i.staff_name.clone()),
        Fact::new(reader::t("interaction-notes"), i.notes.clone()),
    ];
    facts.extend(answers.iter().map(|(q, a)| Fact::new(q.clone(), (!a.is_empty()).then(|| a.clone()))));
    facts.push(Fact::new(
        reader::t("interaction-logged-by"),
        Some(reader::t2("interaction-by-on", "who", &i.created_by, "day", reader::day(i.created_at))),
    ));
    let rows = tasks
        .iter()
        .chain(&done)
        .map(|t| {
            vec![
                Cell::text(&t.title),
                Cell::text(t.due_on.map(reader::day).unwrap_or_default()),
                Cell::text(t.assignee_name.clone().unwrap_or_default()),
                Cell::text(task_state(t, today)),
            ]
        })
        .collect();
    let contact_param = i.contact_id.map(|c| format!("&contact={c}")).unwrap_or_default();
    let can_edit = page.can_edit();
    let mut layout = page.layout;
    layout.title = i.subject.clone();
    Ok(RecordPage {
        flash,
        heading: i.subject.clone(),
        subheading: reader::t2(
            "interaction-kind-with",
            "kind",
            reader::label(i.kind),
            "organisation",
            &i.organisation_name,
        ),
        badges: Vec::new(),
        facts,
        sections: vec![Section {
            title: reader::t("interaction-follow-up-tasks"),
            table: Table {
                columns: [
                    reader::t("task-task"),
                    reader::t("task-due"),
                    reader::t("task-who"),
                    reader::t("interaction-state"),
                ]
                .into_iter()
                .map(|label| Column { label: label.into(), href: None, sort_state: "", class: "" })
                .collect(),
                rows,
            },
            empty: reader::t("interaction-no-follow-up-tasks"),
            actions: vec![
                Action {
                    label: reader::t("interaction-add-follow-up-task"),
                    href: format!(
                        "/clusters/{slug}/tasks/new?organisation={}&interaction={id}{contact_param}",
                        i.organisation_id
                    ),
                    primary: false,
                },
                Action {
                    label: reader::t("interaction-record-project-idea"),
                    href: format!(
                        "/clusters/{slug}/ideas/new?interaction_id={id}&organisation_id={}&source={}",
                        i.organisation_id,
                        if i.kind == domain::interaction::InteractionKind::Interview {
                            "interview"
                        } else {
                            "interaction"
                        }
                    ),
                    primary: false,
                },
            ],
        }],
        can_edit,
        record_actions: false,
        archived_notice: None,
        edit_href: String::new(),
        archive_href: String::new(),
        restore_href: String::new(),
        layout,
    }
    .into_response())
}

struct TemplateView {
    name: String,
    questions: Vec<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "interview_templates.html")]
struct TemplatesPage {
    layout: Layout,
    templates: Vec<TemplateView>,
    can_edit: bool,
    action: String,
    name: String,
    questions: String,
    errors: Vec<String>,
}

async fn templates_page(
    state: &AppState,
    page: ClusterPage,
    name: String,
    questions: String,
    errors: Vec<String>,
) -> Result<Response, PageError> {
    let templates = app::interaction::templates(&state.app, &page.scope).await?;
    let status =
        if errors.is_empty() { axum::http::StatusCode::OK } else { axum::http::StatusCode::UNPROCESSABLE_ENTITY };
    Ok((
        status,
        TemplatesPage {
            templates: templates.into_iter().map(|t| TemplateView { name: t.name, questions: t.questions }).collect(),
            can_edit: page.can_edit(),
            action: format!("/clusters/{}/interview-templates", page.slug()),
            name,
            questions,
            errors,
            layout: page.layout,
        },
    )
        .into_response())
}

async fn templates(State(state): State<AppState>, access: PageScope<Read>) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "templates", reader::t("nav-interview-templates")).await?;
    templates_page(&state, page, String::new(), String::new(), Vec::new()).await
}

#[derive(serde::Deserialize)]
struct TemplateForm {
    name: Option<String>,
    questions: Option<String>,
}

async fn create_template(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<TemplateForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "templates", reader::t("nav-interview-templates")).await?;
    let (name, questions) = (form.name.unwrap_or_default(), form.questions.unwrap_or_default());
    match app::interaction::create_template(&state.app, &page.scope, &name, &questions).await {
        Ok(_) => Ok(Redirect::to(&format!("/clusters/{slug}/interview-templates")).into_response()),
        Err(app::Error::Invalid(invalid) | app::Error::Conflict(invalid)) => {
            let errors = invalid.0.iter().map(|e| format!("{}: {}", e.field, e.message)).collect();
            templates_page(&state, page, name, questions, errors).await
        }
        Err(e) => Err(e.into()),
    }
}
