//! The import pages: upload, map the columns and see row by row what will happen, import, and
//! undo a past import.

use crate::reader;
use app::auth::{Edit, Read};
use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{routing::get, routing::post};

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageId, PageScope, resource};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route(
            "/clusters/{cluster}/import",
            &["GET", "POST"],
            get(upload_page).post(upload).layer(axum::extract::DefaultBodyLimit::max(crate::IMPORT_LIMIT)),
        )
        .route("/clusters/{cluster}/import/{upload}", &["GET", "POST"], get(check).post(decide))
        .route("/clusters/{cluster}/imports", &["GET"], get(history))
        .route("/clusters/{cluster}/imports/{id}/revert", &["POST"], post(revert))
        .route(
            "/clusters/{cluster}/campaigns/{id}/import",
            &["GET", "POST"],
            get(answers_upload_page)
                .post(answers_upload)
                .layer(axum::extract::DefaultBodyLimit::max(crate::IMPORT_LIMIT)),
        )
        .route(
            "/clusters/{cluster}/campaigns/{id}/import/{upload}",
            &["GET", "POST"],
            get(answers_check).post(answers_decide),
        )
}

fn target_of(raw: Option<&str>) -> app::import::Target {
    raw.and_then(app::import::Target::parse).unwrap_or(app::import::Target::Organisations)
}

/// The section of the navigation an import of `target` belongs to.
fn section_of(target: app::import::Target) -> &'static str {
    match target {
        app::import::Target::Organisations => "organisations",
        app::import::Target::Contacts => "contacts",
        app::import::Target::Memberships => "members",
        app::import::Target::Invoices => "invoices",
        app::import::Target::Ledger => "economics",
        app::import::Target::SurveyAnswers => "surveys",
    }
}

/// What a person reads: "organisations", "open invoices".
fn target_label(target: app::import::Target) -> String {
    match target {
        app::import::Target::Organisations => reader::t("imports-target-organisations"),
        app::import::Target::Contacts => reader::t("imports-target-contacts"),
        app::import::Target::Memberships => reader::t("imports-target-memberships"),
        app::import::Target::Invoices => reader::t("imports-target-invoices"),
        app::import::Target::Ledger => reader::t("imports-target-ledger"),
        app::import::Target::SurveyAnswers => reader::t("imports-target-survey-answers"),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "import_upload.html")]
struct UploadPage {
    layout: Layout,
    heading: String,
    /// What the file is to hold, when the page imports one target only.
    intro: String,
    action: String,
    history_href: String,
    targets: Vec<SelectOption>,
    limit_mib: usize,
    problem: Option<String>,
}

#[derive(serde::Deserialize)]
struct TargetQuery {
    target: Option<String>,
}

fn upload_view(page: ClusterPage, target: app::import::Target, problem: Option<String>) -> UploadPage {
    let slug = page.slug().to_string();
    UploadPage {
        heading: reader::t("organisations-import"),
        intro: String::new(),
        action: format!("/clusters/{slug}/import"),
        history_href: format!("/clusters/{slug}/imports"),
        targets: app::import::Target::ALL
            .into_iter()
            .map(|t| SelectOption {
                value: t.code().into(),
                label: super::capitalise(&target_label(t)),
                selected: t == target,
            })
            .collect(),
        limit_mib: crate::IMPORT_LIMIT / 1024 / 1024,
        problem,
        layout: page.layout,
    }
}

async fn upload_page(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Query(q): Query<TargetQuery>,
) -> Result<Response, PageError> {
    let section = section_of(target_of(q.target.as_deref()));
    let page = ClusterPage::open(&state, access, section, reader::t("organisations-import")).await?;
    Ok(upload_view(page, target_of(q.target.as_deref()), None).into_response())
}

async fn upload(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path(slug): Path<String>,
    form: crate::auth::UploadForm,
) -> Result<Response, PageError> {
    let target = target_of(form.fields.get("target").map(String::as_str));
    let page = ClusterPage::open(&state, access, section_of(target), reader::t("organisations-import")).await?;
    if target == app::import::Target::Ledger && !page.scope.role().allows(domain::access::Permission::Manage) {
        let view = upload_view(page, target, Some(reader::t("imports-ledger-managers-only")));
        return Ok((StatusCode::FORBIDDEN, view).into_response());
    }
    let Some((name, bytes)) = form.file else {
        let view = upload_view(page, target, Some(reader::t("imports-choose-file")));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, view).into_response());
    };
    match app::import::save_upload(&state.app, &page.scope, &name, &bytes, page.user.actor.email()).await {
        Ok(id) => Ok(Redirect::to(&format!("/clusters/{slug}/import/{id}?target={}", target.code())).into_response()),
        Err(app::Error::BadRequest(message)) => {
            let view = upload_view(page, target, Some(reader::t1("imports-unreadable", "message", &message)));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, view).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

struct ColumnChoice {
    index: usize,
    header: String,
    sample: String,
    options: Vec<SelectOption>,
}

struct RowView {
    line: u64,
    label: String,
    action: String,
    status: &'static str,
    details: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "import_plan.html")]
struct PlanPage {
    layout: Layout,
    action: String,
    history_href: String,
    target: &'static str,
    target_label: String,
    file_name: String,
    notes: Vec<String>,
    file_errors: Vec<String>,
    columns: Vec<ColumnChoice>,
    match_rule: String,
    rows: Vec<RowView>,
    hidden_rows: usize,
    created: usize,
    updated: usize,
    rejected: usize,
    rejected_text: String,
    /// "Imported: 3 created, 1 updated, 0 unchanged", once written.
    imported_text: String,
    /// "Rows: 3 new, 1 updated, 0 unchanged, 2 rejected".
    rows_heading: String,
    /// The button that writes the valid rows only.
    commit_valid_text: String,
    /// How many rows the page leaves out.
    hidden_text: String,
    can_commit: bool,
    /// Some rows are rejected, others could be written: the user may write those.
    can_commit_valid: bool,
    committed: bool,
    import_id: Option<String>,
    /// The chosen field of each column, to send again with a download of the rejected rows.
    chosen: Vec<(usize, String)>,
    /// The file's own values read as ours, as typed: `field: value = ours` lines.
    values: String,
}

/// How many rows of a plan a page shows; problems come first and are all shown up to this.
const SHOWN_ROWS: usize = 500;

fn plan_view(
    page: ClusterPage,
    action: String,
    sheet: &app::sheet::Sheet,
    plan: app::import::ImportPlan,
    committed: bool,
    values: &str,
) -> PlanPage {
    use app::import::RowAction;
    let slug = page.slug().to_string();
    let target = plan.target;
    // A survey's columns go to its questions, named as the questionnaire words them; the other
    // targets' fields are named in the reader's language.
    let field_labels: Vec<(String, String)> = plan
        .fields
        .iter()
        .map(|(field, label)| match target {
            app::import::Target::SurveyAnswers => (field.clone(), label.clone()),
            _ => (field.clone(), reader::t(&app::import::languages::field_message(field))),
        })
        .collect();
    let columns = plan
        .headers
        .iter()
        .enumerate()
        .map(|(index, header)| {
            let chosen = plan.mapping.get(index).cloned().flatten();
            let sample = sheet.rows.iter().filter_map(|r| r.cells.get(index)).find(|c| !c.trim().is_empty());
            ColumnChoice {
                index,
                header: header.clone(),
                sample: sample.map(|s| s.chars().take(40).collect()).unwrap_or_default(),
                options: options(
                    &reader::t("imports-leave-out"),
                    field_labels.iter().map(|(f, label)| (f.as_str(), label.as_str())),
                    chosen.as_deref(),
                ),
            }
        })
        .collect();
    let mut rows: Vec<&app::import::PlannedRow> = plan.rows.iter().collect();
    rows.sort_by_key(|r| !matches!(r.action, RowAction::Reject { .. }));
    let hidden_rows = rows.len().saturating_sub(SHOWN_ROWS);
    let rows = rows
        .into_iter()
        .take(SHOWN_ROWS)
        .map(|r| {
            let (action, status, details) = match &r.action {
                RowAction::Create => (reader::t("imports-action-new"), "ok", String::new()),
                RowAction::Update { fields, .. } => (
                    reader::t("imports-action-update"),
                    "warning",
                    reader::t1("imports-row-changes", "fields", fields.join(", ")),
                ),
                RowAction::Unchanged { .. } => (reader::t("imports-action-unchanged"), "", String::new()),
                RowAction::Reject { reasons } => (reader::t("imports-action-rejected"), "problem", reasons.join("; ")),
            };
            RowView { line: r.line, label: r.label.clone(), action, status, details }
        })
        .collect();
    let rejected_text = reader::t_count("imports-rows", plan.rejected as i64);
    let (created, updated, unchanged) =
        (plan.created.to_string(), plan.updated.to_string(), plan.unchanged.to_string());
    let args = [("created", created.clone()), ("updated", updated.clone()), ("rows", rejected_text.clone())];
    let commit_valid_text = reader::t_args("imports-commit-valid", &args);
    let args = [("created", created.clone()), ("updated", updated.clone()), ("unchanged", unchanged.clone())];
    let imported_text = reader::t_args("imports-imported", &args);
    let rejected = plan.rejected.to_string();
    let args = [("created", created), ("updated", updated), ("unchanged", unchanged), ("rejected", rejected)];
    let rows_heading = reader::t_args("imports-rows-heading", &args);
    PlanPage {
        action,
        history_href: format!("/clusters/{slug}/imports"),
        target: target.code(),
        target_label: target_label(target),
        notes: plan.notes.clone(),
        file_errors: plan.file_errors.clone(),
        columns,
        match_rule: match target {
            app::import::Target::Organisations => reader::t("imports-match-organisations"),
            app::import::Target::Contacts => reader::t("imports-match-contacts"),
            app::import::Target::Memberships => reader::t("imports-match-memberships"),
            app::import::Target::Invoices => reader::t("imports-match-invoices"),
            app::import::Target::SurveyAnswers => reader::t("imports-match-survey-answers"),
            app::import::Target::Ledger => reader::t("imports-match-ledger"),
        },
        rows,
        hidden_rows,
        created: plan.created,
        updated: plan.updated,
        rejected: plan.rejected,
        rejected_text,
        commit_valid_text,
        hidden_text: reader::t_count("imports-hidden-rows", hidden_rows as i64),
        imported_text,
        rows_heading,
        can_commit: plan.can_commit() && plan.created + plan.updated > 0,
        can_commit_valid: plan.file_errors.is_empty() && plan.rejected > 0 && plan.created + plan.updated > 0,
        committed,
        chosen: plan.mapping.iter().enumerate().map(|(i, m)| (i, m.as_deref().unwrap_or("-").to_string())).collect(),
        values: values.to_string(),
        import_id: plan.import_id.map(|i| i.to_string()),
        file_name: plan.file_name,
        layout: page.layout,
    }
}

/// Plans (or runs) the import of an upload with the mapping chosen so far.
async fn plan_page(
    state: &AppState,
    access: PageScope<Edit>,
    upload: &str,
    target: app::import::Target,
    choices: Vec<(String, String)>,
    values: &str,
    mode: app::import::Mode,
) -> Result<Response, PageError> {
    let upload_id = parse_id(upload, "upload")?;
    let page = ClusterPage::open(state, access, section_of(target), reader::t("organisations-import")).await?;
    let (file_name, bytes) = app::import::load_upload(&state.app, &page.scope, upload_id).await?;
    let sheet = app::sheet::read(&bytes).map_err(app::Error::BadRequest)?;
    let plan = app::import::run_with(
        &state.app,
        &page.scope,
        target,
        &file_name,
        &bytes,
        &choices,
        page.user.actor.email(),
        mode,
    )
    .await?;
    if plan.import_id.is_some() && plan.rejected == 0 {
        // Written: the file is no longer needed (undoing the import uses its record of changes).
        // With rejected rows left out it stays until they are downloaded (a day at most).
        app::import::forget_upload(&state.app, &page.scope, upload_id).await?;
    }
    let committed = mode != app::import::Mode::DryRun;
    let status =
        if plan.can_commit() || plan.import_id.is_some() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let action = format!("/clusters/{}/import/{upload}", page.slug());
    Ok((status, plan_view(page, action, &sheet, plan, committed, values)).into_response())
}

async fn check(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((_, upload)): Path<(String, String)>,
    Query(q): Query<TargetQuery>,
) -> Result<Response, PageError> {
    plan_page(&state, access, &upload, target_of(q.target.as_deref()), Vec::new(), "", app::import::Mode::DryRun).await
}

/// The mapping form: `target`, `step` (check or commit) and `map_N` for column N.
async fn decide(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((_, upload)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let target = target_of(form.get("target").map(String::as_str));
    let upload_id = parse_id(&upload, "upload")?;
    let (_, bytes) = app::import::load_upload(&state.app, &access.scope, upload_id).await?;
    let decision = Decision::of(&form, &bytes)?;
    let mode = match decision.step {
        Step::Write(mode) => mode,
        Step::Rejected => {
            let by = access.user.actor.email().to_string();
            let (scope, choices) = (&access.scope, &decision.choices);
            let plan = app::import::run(&state.app, scope, target, "rejected", &bytes, choices, &by, true).await?;
            return rejected_download(&bytes, &plan, decision.format.as_deref()).await;
        }
    };
    plan_page(&state, access, &upload, target, decision.choices, &decision.values, mode).await
}

/// What the mapping form asks: the column choices (`map_N`), the file's own values read as ours
/// (`values`) and the step (`check`, `commit`, `commit_valid` or `rejected`).
struct Decision {
    choices: Vec<(String, String)>,
    values: String,
    step: Step,
    /// The format of the rejected rows handed back: csv or xlsx.
    format: Option<String>,
}

enum Step {
    Write(app::import::Mode),
    /// Hand back the rejected rows as a file.
    Rejected,
}

impl Decision {
    fn of(form: &HashMap<String, String>, bytes: &[u8]) -> Result<Self, PageError> {
        let sheet = app::sheet::read(bytes).map_err(app::Error::BadRequest)?;
        // A header the file repeats is named by its place.
        let repeated = |h: &str| sheet.headers.iter().filter(|x| x.trim().eq_ignore_ascii_case(h.trim())).count() > 1;
        let mut choices: Vec<(String, String)> = sheet
            .headers
            .iter()
            .enumerate()
            .filter_map(|(i, h)| {
                let column = if repeated(h) { format!("#{i}") } else { h.clone() };
                form.get(&format!("map_{i}")).map(|f| (column, f.clone()))
            })
            .collect();
        let values = form.get("values").cloned().unwrap_or_default();
        choices.extend(app::import::parse_mapping_file(&values).map_err(|e| {
            app::Error::BadRequest(i18n::said_with("invalid-web-import-values", &[("message", e.to_string())]))
        })?);
        let step = match form.get("step").map(String::as_str) {
            Some("commit") => Step::Write(app::import::Mode::AllOrNothing),
            Some("commit_valid") => Step::Write(app::import::Mode::ValidRows),
            Some("rejected") => Step::Rejected,
            _ => Step::Write(app::import::Mode::DryRun),
        };
        Ok(Decision { choices, values, step, format: form.get("format").cloned() })
    }
}

async fn rejected_download(
    bytes: &[u8],
    plan: &app::import::ImportPlan,
    format: Option<&str>,
) -> Result<Response, PageError> {
    let table = app::import::rejected_rows(bytes, plan)?;
    Ok(crate::exports::download(table, format, "rejected-rows").await?)
}

/// The upload form of answers to a campaign given in another tool.
async fn answers_upload_page(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    PageId(id, _): PageId<resource::Campaign>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "surveys", reader::t("imports-answers")).await?;
    let campaign = app::survey::campaign(&state.app, &page.scope, id).await?;
    Ok(answers_upload_view(page, &campaign, None).into_response())
}

fn answers_upload_view(page: ClusterPage, campaign: &app::survey::Campaign, problem: Option<String>) -> UploadPage {
    let slug = page.slug().to_string();
    let mut view = upload_view(page, app::import::Target::SurveyAnswers, problem);
    view.heading = reader::t1("imports-answers-into", "campaign", &campaign.title);
    view.intro = if campaign.anonymous {
        reader::t("imports-answers-intro-anonymous")
    } else {
        reader::t("imports-answers-intro")
    };
    view.action = format!("/clusters/{slug}/campaigns/{}/import", campaign.id);
    view.targets = Vec::new();
    view
}

async fn answers_upload(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Campaign>,
    request: axum::extract::Request,
) -> Result<Response, PageError> {
    use axum::extract::FromRequest;
    let page = ClusterPage::open(&state, access, "surveys", reader::t("imports-answers")).await?;
    // The campaign before the body: another cluster's is not found, whatever was sent.
    let campaign = app::survey::campaign(&state.app, &page.scope, id).await?;
    let form = match crate::auth::UploadForm::from_request(request, &state).await {
        Ok(form) => form,
        Err(refusal) => return Ok(refusal),
    };
    let Some((name, bytes)) = form.file else {
        let view = answers_upload_view(page, &campaign, Some(reader::t("imports-choose-file")));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, view).into_response());
    };
    match app::import::save_upload(&state.app, &page.scope, &name, &bytes, page.user.actor.email()).await {
        Ok(upload) => Ok(Redirect::to(&format!("/clusters/{slug}/campaigns/{id}/import/{upload}")).into_response()),
        Err(app::Error::BadRequest(message)) => {
            let view =
                answers_upload_view(page, &campaign, Some(reader::t1("imports-unreadable", "message", &message)));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, view).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// Plans (or writes) the answers of an upload into a campaign.
async fn answers_plan_page(
    state: &AppState,
    access: PageScope<Edit>,
    campaign_id: uuid::Uuid,
    upload: &str,
    decision: Decision,
) -> Result<Response, PageError> {
    let upload_id = parse_id(upload, "upload")?;
    let page = ClusterPage::open(state, access, "surveys", reader::t("imports-answers")).await?;
    let (file_name, bytes) = app::import::load_upload(&state.app, &page.scope, upload_id).await?;
    let by = page.user.actor.email().to_string();
    let mode = match decision.step {
        Step::Write(mode) => mode,
        Step::Rejected => app::import::Mode::DryRun,
    };
    let plan = app::import::answers::run(
        &state.app,
        &page.scope,
        campaign_id,
        &file_name,
        &bytes,
        &decision.choices,
        &by,
        mode,
    )
    .await?;
    if matches!(decision.step, Step::Rejected) {
        return rejected_download(&bytes, &plan, decision.format.as_deref()).await;
    }
    // Written, the file goes; an anonymous campaign's at once, rejected rows or not, since it may
    // name who answered.
    let anonymous = app::survey::campaign(&state.app, &page.scope, campaign_id).await?.anonymous;
    if plan.import_id.is_some() && (plan.rejected == 0 || anonymous) {
        app::import::forget_upload(&state.app, &page.scope, upload_id).await?;
    }
    let sheet = app::sheet::read(&bytes).map_err(app::Error::BadRequest)?;
    let committed = mode != app::import::Mode::DryRun;
    let status =
        if plan.can_commit() || plan.import_id.is_some() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let action = format!("/clusters/{}/campaigns/{campaign_id}/import/{upload}", page.slug());
    Ok((status, plan_view(page, action, &sheet, plan, committed, &decision.values)).into_response())
}

async fn answers_check(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((_, _, upload)): Path<(String, String, String)>,
    PageId(id, _): PageId<resource::Campaign>,
) -> Result<Response, PageError> {
    let decision = Decision {
        choices: Vec::new(),
        values: String::new(),
        step: Step::Write(app::import::Mode::DryRun),
        format: None,
    };
    answers_plan_page(&state, access, id, &upload, decision).await
}

async fn answers_decide(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((_, _, upload)): Path<(String, String, String)>,
    PageId(id, _): PageId<resource::Campaign>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let upload_id = parse_id(&upload, "upload")?;
    let (_, bytes) = app::import::load_upload(&state.app, &access.scope, upload_id).await?;
    let decision = Decision::of(&form, &bytes)?;
    answers_plan_page(&state, access, id, &upload, decision).await
}

struct RecordView {
    when: String,
    file_name: String,
    target: String,
    by: String,
    created: i64,
    updated: i64,
    unchanged: i64,
    reverted: Option<String>,
    revert_href: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "imports.html")]
struct HistoryPage {
    layout: Layout,
    new_href: String,
    can_edit: bool,
    notice: Option<String>,
    records: Vec<RecordView>,
}

async fn history(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "imports", reader::t("imports-past")).await?;
    let records = app::import::history(&state.app, &page.scope).await?;
    let can_edit = page.can_edit();
    Ok(HistoryPage {
        new_href: format!("/clusters/{slug}/import"),
        can_edit,
        notice: flash.notice,
        records: records
            .into_iter()
            .map(|r| RecordView {
                when: reader::moment(r.created_at),
                revert_href: format!("/clusters/{slug}/imports/{}/revert", r.id),
                reverted: r.reverted_at.map(|at| {
                    let by = r.reverted_by.clone().unwrap_or_default();
                    reader::t2("imports-undone", "day", reader::day(at), "by", by)
                }),
                file_name: r.file_name,
                target: target_label(r.target),
                by: r.imported_by,
                created: r.created_count,
                updated: r.updated_count,
                unchanged: r.unchanged_count,
            })
            .collect(),
        layout: page.layout,
    }
    .into_response())
}

async fn revert(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Import>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let record = app::import::history(&state.app, &scope).await?.into_iter().find(|r| r.id == id);
    app::import::revert(&state.app, &scope, id, user.actor.email()).await?;
    let file = record.map(|r| r.file_name).unwrap_or_default();
    Ok(see_other_with(
        &headers,
        &format!("/clusters/{slug}/imports"),
        "notice",
        &reader::t1("imports-undone-notice", "file", &file),
    ))
}
