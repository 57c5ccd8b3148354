//! The import pages: upload, map the columns and see row by row what will happen, import, and
//! undo a past import.

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
    }
}

fn target_label(target: app::import::Target) -> &'static str {
    target.label()
}

#[derive(Template, WebTemplate)]
#[template(path = "import_upload.html")]
struct UploadPage {
    layout: Layout,
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
        action: format!("/clusters/{slug}/import"),
        history_href: format!("/clusters/{slug}/imports"),
        targets: app::import::Target::ALL
            .into_iter()
            .map(|t| SelectOption {
                value: t.code().into(),
                label: super::capitalise(t.label()),
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
    let page = ClusterPage::open(&state, access, section, "Import".into()).await?;
    Ok(upload_view(page, target_of(q.target.as_deref()), None).into_response())
}

async fn upload(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path(slug): Path<String>,
    form: crate::auth::UploadForm,
) -> Result<Response, PageError> {
    let target = target_of(form.fields.get("target").map(String::as_str));
    let page = ClusterPage::open(&state, access, section_of(target), "Import".into()).await?;
    if target == app::import::Target::Ledger && !page.scope.role().allows(domain::access::Permission::Manage) {
        let view = upload_view(page, target, Some("Only a cluster manager imports ledger lines.".into()));
        return Ok((StatusCode::FORBIDDEN, view).into_response());
    }
    let Some((name, bytes)) = form.file else {
        let view = upload_view(page, target, Some("Choose a file to upload.".into()));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, view).into_response());
    };
    match app::import::save_upload(&state.app, &page.scope, &name, &bytes, page.user.actor.email()).await {
        Ok(id) => Ok(Redirect::to(&format!("/clusters/{slug}/import/{id}?target={}", target.code())).into_response()),
        Err(app::Error::BadRequest(message)) => {
            let view = upload_view(page, target, Some(format!("This file cannot be read: {message}.")));
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
    action: &'static str,
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
    target_label: &'static str,
    file_name: String,
    notes: Vec<String>,
    file_errors: Vec<String>,
    columns: Vec<ColumnChoice>,
    match_rule: &'static str,
    rows: Vec<RowView>,
    hidden_rows: usize,
    created: usize,
    updated: usize,
    unchanged: usize,
    rejected: usize,
    rejected_text: String,
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
    upload: &str,
    sheet: &app::sheet::Sheet,
    plan: app::import::ImportPlan,
    committed: bool,
    values: &str,
) -> PlanPage {
    use app::import::RowAction;
    let slug = page.slug().to_string();
    let target = plan.target;
    let columns = plan
        .headers
        .iter()
        .enumerate()
        .map(|(index, header)| {
            let chosen = plan.mapping.get(index).copied().flatten();
            let sample = sheet.rows.iter().filter_map(|r| r.cells.get(index)).find(|c| !c.trim().is_empty());
            ColumnChoice {
                index,
                header: header.clone(),
                sample: sample.map(|s| s.chars().take(40).collect()).unwrap_or_default(),
                options: options("(leave out)", app::import::fields(target).iter().map(|f| (*f, *f)), chosen),
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
                RowAction::Create => ("new", "ok", String::new()),
                RowAction::Update { fields, .. } => ("update", "warning", format!("changes {}", fields.join(", "))),
                RowAction::Unchanged { .. } => ("unchanged", "", String::new()),
                RowAction::Reject { reasons } => ("rejected", "problem", reasons.join("; ")),
            };
            RowView { line: r.line, label: r.label.clone(), action, status, details }
        })
        .collect();
    PlanPage {
        action: format!("/clusters/{slug}/import/{upload}"),
        history_href: format!("/clusters/{slug}/imports"),
        target: target.code(),
        target_label: target_label(target),
        notes: plan.notes.clone(),
        file_errors: plan.file_errors.clone(),
        columns,
        match_rule: match target {
            app::import::Target::Organisations => {
                "Existing organisations are found by VAT id, else by name and country; they are updated, and an \
                 empty cell never erases a stored value."
            }
            app::import::Target::Contacts => {
                "Existing contacts are found by email, else by name at the same organisation; they are updated, and \
                 an empty cell never erases a stored value."
            }
            app::import::Target::Memberships => {
                "A membership already recorded (the same organisation, type and start) is left as it is; an \
                 organisation holds one membership at a time that has not ended."
            }
            app::import::Target::Invoices => {
                "An invoice already recorded under its number is left as it is. Only what customers still owe is \
                 brought over: invoices paid in full and credit notes stay in the old system, and what was paid \
                 is recorded as one payment on the invoice's date."
            }
            app::import::Target::Ledger => {
                "A line the ledger holds already (the same in every field) is left as it is, so a file imported \
                 twice counts once. Actual project grants come from the projects, actual fees and services of a \
                 year with invoices from the invoices, and staff costs of a year with a team from the team: such \
                 lines are refused. A cost written as a negative amount counts as a cost."
            }
        },
        rows,
        hidden_rows,
        created: plan.created,
        updated: plan.updated,
        unchanged: plan.unchanged,
        rejected: plan.rejected,
        rejected_text: count_text(plan.rejected as i64, "row", "rows"),
        can_commit: plan.can_commit() && plan.created + plan.updated > 0,
        can_commit_valid: plan.file_errors.is_empty() && plan.rejected > 0 && plan.created + plan.updated > 0,
        committed,
        chosen: plan.mapping.iter().enumerate().map(|(i, m)| (i, m.unwrap_or("-").to_string())).collect(),
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
    let page = ClusterPage::open(state, access, section_of(target), "Import".into()).await?;
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
    Ok((status, plan_view(page, upload, &sheet, plan, committed, values)).into_response())
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
    let sheet = app::sheet::read(&bytes).map_err(app::Error::BadRequest)?;
    let mut choices: Vec<(String, String)> = sheet
        .headers
        .iter()
        .enumerate()
        .filter_map(|(i, h)| form.get(&format!("map_{i}")).map(|f| (h.clone(), f.clone())))
        .collect();
    let values = form.get("values").map(String::as_str).unwrap_or_default();
    choices
        .extend(app::import::parse_mapping_file(values).map_err(|e| app::Error::BadRequest(format!("values: {e}")))?);
    let mode = match form.get("step").map(String::as_str) {
        Some("commit") => app::import::Mode::AllOrNothing,
        Some("commit_valid") => app::import::Mode::ValidRows,
        Some("rejected") => {
            let (_, bytes) = app::import::load_upload(&state.app, &access.scope, upload_id).await?;
            let by = access.user.actor.email().to_string();
            let plan =
                app::import::run(&state.app, &access.scope, target, "rejected", &bytes, &choices, &by, true).await?;
            let table = app::import::rejected_rows(&bytes, &plan)?;
            return Ok(crate::exports::download(table, form.get("format").map(String::as_str), "rejected-rows").await?);
        }
        _ => app::import::Mode::DryRun,
    };
    plan_page(&state, access, &upload, target, choices, values, mode).await
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
    let page = ClusterPage::open(&state, access, "imports", "Past imports".into()).await?;
    let records = app::import::history(&state.app, &page.scope).await?;
    let can_edit = page.can_edit();
    Ok(HistoryPage {
        new_href: format!("/clusters/{slug}/import"),
        can_edit,
        notice: flash.notice,
        records: records
            .into_iter()
            .map(|r| RecordView {
                when: r.created_at.format("%d %b %Y, %H:%M UTC").to_string(),
                revert_href: format!("/clusters/{slug}/imports/{}/revert", r.id),
                reverted: r.reverted_at.map(|at| {
                    format!("undone {} by {}", at.format("%d %b %Y"), r.reverted_by.clone().unwrap_or_default())
                }),
                file_name: r.file_name,
                target: r.target.label().to_string(),
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
        &format!("The import of {file} was undone."),
    ))
}
