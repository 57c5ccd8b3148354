//! Task pages: "my tasks" and the cluster's open and done tasks, the new-task form, done and
//! open again.

use crate::reader;
use app::auth::{Edit, Read};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use domain::id::Uuid;
use domain::task::{TaskInput, TaskLinks};

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageScope};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/tasks", &["GET", "POST"], get(list).post(create))
        .route("/clusters/{cluster}/tasks/new", &["GET"], get(new))
        .route("/clusters/{cluster}/tasks/{id}/done", &["POST"], post(done))
        .route("/clusters/{cluster}/tasks/{id}/reopen", &["POST"], post(reopen))
}

fn uuid(raw: &Option<String>) -> Option<Uuid> {
    non_empty(raw).and_then(|s| Uuid::parse_str(s).ok())
}

#[derive(Debug, Default, serde::Deserialize)]
struct TaskQuery {
    /// mine (default), open or done.
    view: Option<String>,
    organisation: Option<String>,
}

#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "tasks.html")]
struct TasksPage {
    layout: Layout,
    flash: Flash,
    heading: String,
    views: Vec<Action>,
    rows: Vec<TaskRow>,
    can_edit: bool,
    new_href: String,
    empty: String,
}

struct TaskRow {
    title: String,
    due: String,
    overdue: bool,
    done: bool,
    assignee: String,
    about: String,
    about_href: Option<String>,
    toggle_href: String,
}

async fn list(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<TaskQuery>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "tasks", reader::t("task-tasks")).await?;
    let view = q.view.as_deref().unwrap_or("mine");
    let mut filter = domain::task::TaskFilter { organisation_id: uuid(&q.organisation), ..Default::default() };
    match view {
        "done" => filter.done = true,
        "open" => {}
        _ => filter.assignee_id = Some(page.user.actor.user_id()),
    }
    if filter.organisation_id.is_some() {
        filter.assignee_id = None;
    }
    let tasks = app::task::list(&state.app, &page.scope, &filter).await?;
    let today = page.today;
    let rows = tasks
        .iter()
        .map(|t| TaskRow {
            title: t.title.clone(),
            due: t.due_on.map(reader::day).unwrap_or_default(),
            overdue: domain::task::is_overdue(t.due_on, t.done_at.is_some(), today),
            done: t.done_at.is_some(),
            assignee: t.assignee_name.clone().unwrap_or_else(|| reader::t("task-nobody-yet")),
            about: t.organisation_name.clone().unwrap_or_default(),
            about_href: t.organisation_id.map(|o| format!("/clusters/{slug}/organisations/{o}")),
            toggle_href: format!(
                "/clusters/{slug}/tasks/{}/{}",
                t.id,
                if t.done_at.is_some() { "reopen" } else { "done" }
            ),
        })
        .collect();
    let views = [("mine", "task-my-open-tasks"), ("open", "task-all-open-tasks"), ("done", "task-done")]
        .into_iter()
        .filter(|(v, _)| *v != view)
        .map(|(v, key)| Action {
            label: reader::t(key),
            href: format!("/clusters/{slug}/tasks?view={v}"),
            primary: false,
        })
        .collect();
    Ok(TasksPage {
        flash,
        heading: match (view, filter.organisation_id.is_some()) {
            (_, true) => reader::t("task-open-about-organisation"),
            ("done", _) => reader::t("task-done-tasks"),
            ("open", _) => reader::t("task-all-open-tasks"),
            _ => reader::t("task-my-open-tasks"),
        },
        views,
        rows,
        can_edit: page.can_edit(),
        new_href: format!("/clusters/{slug}/tasks/new"),
        empty: if view == "mine" { reader::t("task-nothing-to-do") } else { reader::t("task-none-here") },
        layout: page.layout,
    }
    .into_response())
}

/// The task form as posted, and the query of the new form (what it is about).
#[derive(Debug, Default, serde::Deserialize)]
struct TaskForm {
    assignee: Option<String>,
    organisation: Option<String>,
    contact: Option<String>,
    interaction: Option<String>,
    #[serde(flatten)]
    input: TaskInput,
}

impl TaskForm {
    fn links(&self) -> TaskLinks {
        TaskLinks {
            assignee_id: uuid(&self.assignee),
            organisation_id: uuid(&self.organisation),
            contact_id: uuid(&self.contact),
            interaction_id: uuid(&self.interaction),
        }
    }

    fn back(&self, slug: &str) -> String {
        match (uuid(&self.interaction), uuid(&self.organisation)) {
            (Some(i), _) => format!("/clusters/{slug}/interactions/{i}"),
            (None, Some(o)) => format!("/clusters/{slug}/organisations/{o}"),
            _ => format!("/clusters/{slug}/tasks"),
        }
    }
}

async fn form_page(
    state: &AppState,
    page: ClusterPage,
    form: &TaskForm,
    errors: Option<&domain::Invalid>,
) -> Result<Response, PageError> {
    let slug = page.slug().to_string();
    let members = app::task::assignees(&state.app, &page.scope).await?;
    let assignee = uuid(&form.assignee)
        .map(|a| a.to_string())
        .or_else(|| members.iter().find(|m| m.email == page.layout.user_email).map(|m| m.id.to_string()));
    let member_options: Vec<(String, String)> =
        members.iter().map(|m| (m.id.to_string(), m.display_name.clone())).collect();
    let mut fields = vec![
        FormField::text("title", &reader::t("task-what-is-to-be-done"), form.input.title.as_deref(), errors).required(),
        FormField::text("due_on", &reader::t("task-due"), form.input.due_on.as_deref(), errors).input("date"),
        FormField::text("assignee", &reader::t("task-who-does-it"), assignee.as_deref(), errors).select(options(
            &reader::t("task-nobody-yet-option"),
            member_options.iter().map(|(v, l)| (v.as_str(), l.as_str())),
            assignee.as_deref(),
        )),
    ];
    fields[2].error = errors.and_then(|e| e.message_for("assignee_id")).map(String::from);
    let mut action = format!("/clusters/{slug}/tasks?");
    for (key, value) in
        [("organisation", &form.organisation), ("contact", &form.contact), ("interaction", &form.interaction)]
    {
        if let Some(v) = uuid(value) {
            action.push_str(&format!("{key}={v}&"));
        }
    }
    let heading = match uuid(&form.organisation) {
        Some(o) => reader::t1(
            "task-new-about",
            "organisation",
            app::organisation::get(&state.app, &page.scope, o).await?.fields.name,
        ),
        None => reader::t("task-new"),
    };
    let status =
        if errors.is_some() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    Ok((
        status,
        FormPage {
            heading,
            action: action.trim_end_matches(['&', '?']).to_string(),
            submit: reader::t("task-add").into(),
            cancel_href: form.back(&slug),
            fields,
            has_errors: errors.is_some(),
            intro: String::new(),
            links: Vec::new(),
            layout: page.layout,
        },
    )
        .into_response())
}

async fn new(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Query(form): Query<TaskForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "tasks", reader::t("task-new")).await?;
    form_page(&state, page, &form, None).await
}

#[derive(serde::Deserialize)]
struct About {
    organisation: Option<String>,
    contact: Option<String>,
    interaction: Option<String>,
}

async fn create(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path(slug): Path<String>,
    Query(about): Query<About>,
    CsrfForm(mut form): CsrfForm<TaskForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "tasks", reader::t("task-new")).await?;
    (form.organisation, form.contact, form.interaction) = (about.organisation, about.contact, about.interaction);
    match app::task::create(&state.app, &page.scope, &page.user.actor, &form.input, form.links()).await {
        Ok(_) => Ok(created(&form.back(&slug), reader::t("task-created"))),
        Err(app::Error::Invalid(invalid) | app::Error::Conflict(invalid)) => {
            form_page(&state, page, &form, Some(&invalid)).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn set_done(
    state: AppState,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    slug: String,
    id: String,
    done: bool,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "task")?;
    app::task::set_done(&state.app, &scope, id, done).await?;
    let back = back_within(&headers, &format!("/clusters/{slug}/"), format!("/clusters/{slug}/tasks"));
    Ok(see_other(&headers, &back))
}

async fn done(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    set_done(state, access, headers, slug, id, true).await
}

async fn reopen(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    set_done(state, access, headers, slug, id, false).await
}
