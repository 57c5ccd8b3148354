use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::AppState;
use crate::auth::{ApiScope, Id, resource};
use crate::error::{ApiError, Problem};
use app::auth::{Edit, Read};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .merge(
            OpenApiRouter::new()
                .routes(routes!(import_organisations))
                .routes(routes!(import_contacts))
                .routes(routes!(import_memberships))
                .routes(routes!(import_invoices))
                .routes(routes!(import_ledger))
                .routes(routes!(import_answers))
                .routes(routes!(rejected_rows))
                .layer(axum::extract::DefaultBodyLimit::max(crate::IMPORT_LIMIT)),
        )
        .routes(routes!(list_imports))
        .routes(routes!(revert_import))
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// Only plan: say row by row what would happen, write nothing.
    #[serde(default)]
    pub dry_run: bool,
    /// Write the valid rows even when some are rejected (those are left out, listed in the
    /// plan; `POST .../imports/rejected` hands them back as a file).
    #[serde(default)]
    pub write_valid_rows: bool,
    /// The file's name, for the record.
    pub file_name: Option<String>,
    /// Overrides of the suggested mapping: 'Column header = field' pairs separated by new lines or
    /// semicolons; 'Column header = -' leaves a column out.
    pub mapping: Option<String>,
}

/// One row of an import plan.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct PlannedRowView {
    pub line: u64,
    pub label: String,
    /// create, update, unchanged or reject.
    pub action: String,
    /// The record a row updates or leaves unchanged.
    pub id: Option<Uuid>,
    /// The fields an update changes.
    pub fields: Vec<String>,
    /// Why a row is rejected.
    pub reasons: Vec<String>,
}

/// What an import will do or did.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ImportPlanView {
    pub target: String,
    pub file_name: String,
    pub headers: Vec<String>,
    /// The field each column goes to; null for a column left out.
    pub mapping: Vec<Option<String>>,
    pub notes: Vec<String>,
    pub file_errors: Vec<String>,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub rejected: usize,
    /// The recorded import, when something was written.
    pub import_id: Option<Uuid>,
    pub rows: Vec<PlannedRowView>,
}

impl From<app::import::ImportPlan> for ImportPlanView {
    fn from(p: app::import::ImportPlan) -> Self {
        use app::import::RowAction;
        ImportPlanView {
            target: p.target.code().to_string(),
            file_name: p.file_name,
            headers: p.headers,
            mapping: p.mapping,
            notes: p.notes,
            file_errors: p.file_errors,
            created: p.created,
            updated: p.updated,
            unchanged: p.unchanged,
            rejected: p.rejected,
            import_id: p.import_id,
            rows: p
                .rows
                .into_iter()
                .map(|r| {
                    let (action, id, fields, reasons) = match r.action {
                        RowAction::Create => ("create", None, vec![], vec![]),
                        RowAction::Update { id, fields } => {
                            ("update", Some(id), fields.into_iter().map(String::from).collect(), vec![])
                        }
                        RowAction::Unchanged { id } => ("unchanged", Some(id), vec![], vec![]),
                        RowAction::Reject { reasons } => ("reject", None, vec![], reasons),
                    };
                    PlannedRowView { line: r.line, label: r.label, action: action.into(), id, fields, reasons }
                })
                .collect(),
        }
    }
}

async fn import(
    state: AppState,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    target: app::import::Target,
    query: ImportQuery,
    body: Bytes,
) -> Result<Response, ApiError> {
    let choices = choices_of(query.mapping)?;
    let file_name = query.file_name.unwrap_or_else(|| format!("{}.csv", target.code()));
    let mode = app::import::Mode::of_flags(query.dry_run, query.write_valid_rows);
    let plan =
        app::import::run_with(&state.app, &scope, target, &file_name, &body, &choices, actor.email(), mode).await?;
    Ok(plan_response(plan))
}

/// The mapping parameter: `Column header = field` pairs separated by new lines or semicolons.
fn choices_of(mapping: Option<String>) -> Result<Vec<(String, String)>, ApiError> {
    let text = mapping.unwrap_or_default().replace(';', "\n");
    app::import::parse_mapping_file(&text)
        .map_err(|m| ApiError(app::organisation::bad_parameter("mapping", m.to_string())))
}

/// 200 with a plan that can be or was written, else 422.
fn plan_response(plan: app::import::ImportPlan) -> Response {
    let status =
        if plan.can_commit() || plan.import_id.is_some() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    (status, Json(ImportPlanView::from(plan))).into_response()
}

/// Imports answers to a campaign given in another tool, from the CSV or XLSX a web form or survey
/// service exports: one row a respondent, one column a question, matched by the question's key or
/// text (a matrix's statements as `Question [Statement]`, or `key.N`), and the columns saying when
/// it was answered (`submitted_on`) and by whom (`organisation`, `email`; not read in an anonymous
/// campaign). `key: the file's value = ours` in the mapping reads the file's labels as the
/// questionnaire's options. Each row is checked as the answering page checks it, a required
/// question may be left empty; a response the campaign holds already is left as it is. The
/// answers count in the results, not in the response rate; the import is undone from
/// `POST .../imports/{id}/revert`.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/campaigns/{id}/answers/import",
    tag = "surveys",
    params(
        ("cluster" = String, Path, description = "Cluster slug"),
        ("id" = Uuid, Path, description = "Campaign id"),
        ImportQuery
    ),
    request_body(content = Vec<u8>, content_type = "text/csv"),
    responses(
        (status = 200, description = "Imported, or on a dry run: what would be", body = ImportPlanView),
        (status = 404, description = "No such campaign in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid rows (the plan), or a parameter holding a NUL character (a problem); nothing was written", content(
            (ImportPlanView = "application/json"),
            (Problem = "application/problem+json")
        ))
    )
)]
async fn import_answers(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Campaign>,
    Query(query): Query<ImportQuery>,
    body: Bytes,
) -> Result<Response, ApiError> {
    // The campaign first: a foreign id is not found whatever the body holds.
    app::survey::campaign(&state.app, &scope, id).await?;
    let choices = choices_of(query.mapping)?;
    let file_name = query.file_name.unwrap_or_else(|| "answers.csv".into());
    let mode = app::import::Mode::of_flags(query.dry_run, query.write_valid_rows);
    let plan =
        app::import::answers::run(&state.app, &scope, id, &file_name, &body, &choices, actor.email(), mode).await?;
    Ok(plan_response(plan))
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RejectedQuery {
    /// organisations, contacts, memberships, invoices or ledger.
    #[param(value_type = domain::import::ImportTarget, inline)]
    pub target: String,
    /// csv (the default) or xlsx.
    #[param(value_type = Option<crate::params::TableFormat>, inline)]
    pub format: Option<String>,
    /// The mapping of the import, as for the import itself.
    pub mapping: Option<String>,
}

/// The rows of a file that an import rejects, as the file had them with a last column
/// `reason`: to fix and import again. Nothing is written.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/imports/rejected",
    tag = "imports",
    params(("cluster" = String, Path, description = "Cluster slug"), RejectedQuery),
    request_body(content = Vec<u8>, content_type = "text/csv"),
    responses(
        (status = 200, description = "The rejected rows (only the header when none is)", content(
            (String = "text/csv"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        )),
        (status = 400, description = "The file, the target or the mapping cannot be read", body = Problem, content_type = "application/problem+json")
    )
)]
async fn rejected_rows(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Query(query): Query<RejectedQuery>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let target = domain::import::ImportTarget::parse(&query.target).ok_or_else(|| {
        ApiError(app::Error::BadRequest(i18n::said_with(
            "invalid-web-parameter-target",
            &[("value", query.target.to_string())],
        )))
    })?;
    let choices = choices_of(query.mapping)?;
    let plan = app::import::run(&state.app, &scope, target, "rejected", &body, &choices, actor.email(), true).await?;
    let table = app::import::rejected_rows(&body, &plan)?;
    Ok(crate::exports::download(table, query.format.as_deref(), "rejected-rows").await?)
}

/// Imports organisations from a CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or XLSX
/// body. Columns are matched to fields by their headers; existing organisations are updated by
/// VAT id, else by name and country. All rows are written in one transaction, or, if any row is
/// invalid, none: the answer is then 422 with every row's reasons.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/organisations/import",
    tag = "imports",
    params(("cluster" = String, Path, description = "Cluster slug"), ImportQuery),
    request_body(content = Vec<u8>, content_type = "text/csv"),
    responses(
        (status = 200, description = "Imported, or on a dry run: what would be", body = ImportPlanView),
        (status = 400, description = "The file or the mapping cannot be read", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The file is larger than 32 MiB", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid rows (the plan), or a parameter holding a NUL character (a problem); nothing was written", content(
            (ImportPlanView = "application/json"),
            (Problem = "application/problem+json")
        ))
    )
)]
async fn import_organisations(
    State(state): State<AppState>,
    access: ApiScope<Edit>,
    Query(query): Query<ImportQuery>,
    body: Bytes,
) -> Result<Response, ApiError> {
    import(state, access, app::import::Target::Organisations, query, body).await
}

/// Imports contacts the same way; each row names its organisation (VAT id or name) and contacts
/// are updated by email.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/contacts/import",
    tag = "imports",
    params(("cluster" = String, Path, description = "Cluster slug"), ImportQuery),
    request_body(content = Vec<u8>, content_type = "text/csv"),
    responses(
        (status = 200, description = "Imported, or on a dry run: what would be", body = ImportPlanView),
        (status = 422, description = "Invalid rows (the plan), or a parameter holding a NUL character (a problem); nothing was written", content(
            (ImportPlanView = "application/json"),
            (Problem = "application/problem+json")
        ))
    )
)]
async fn import_contacts(
    State(state): State<AppState>,
    access: ApiScope<Edit>,
    Query(query): Query<ImportQuery>,
    body: Bytes,
) -> Result<Response, ApiError> {
    import(state, access, app::import::Target::Contacts, query, body).await
}

/// Imports memberships of another system the same way: each row names its organisation (VAT id
/// or name), its membership type (by name), its start and end, and its status (applied, active,
/// suspended or terminated, in any of the nine languages). A membership already recorded
/// is left as it is; an organisation holds one membership at a time that has not ended.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/memberships/import",
    tag = "imports",
    params(("cluster" = String, Path, description = "Cluster slug"), ImportQuery),
    request_body(content = Vec<u8>, content_type = "text/csv"),
    responses(
        (status = 200, description = "Imported, or on a dry run: what would be", body = ImportPlanView),
        (status = 422, description = "Invalid rows (the plan), or a parameter holding a NUL character (a problem); nothing was written", content(
            (ImportPlanView = "application/json"),
            (Problem = "application/problem+json")
        ))
    )
)]
async fn import_memberships(
    State(state): State<AppState>,
    access: ApiScope<Edit>,
    Query(query): Query<ImportQuery>,
    body: Bytes,
) -> Result<Response, ApiError> {
    import(state, access, app::import::Target::Memberships, query, body).await
}

/// Imports the open invoices of another system the same way, under their own numbers: number,
/// date, customer (name or VAT id), gross amount and what was paid so far (recorded as one
/// payment on the invoice's date); optionally due date, tax included, kind (a fee belongs to the
/// customer's membership on the date, or on the day given as period), currency and description.
/// Invoices paid in full and credit notes stay in the old system. A number written as the
/// cluster's own (`2026-0007`) takes the cluster's numbering of that year on after it.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/invoices/import",
    tag = "imports",
    params(("cluster" = String, Path, description = "Cluster slug"), ImportQuery),
    request_body(content = Vec<u8>, content_type = "text/csv"),
    responses(
        (status = 200, description = "Imported, or on a dry run: what would be", body = ImportPlanView),
        (status = 422, description = "Invalid rows (the plan), or a parameter holding a NUL character (a problem); nothing was written", content(
            (ImportPlanView = "application/json"),
            (Problem = "application/problem+json")
        ))
    )
)]
async fn import_invoices(
    State(state): State<AppState>,
    access: ApiScope<Edit>,
    Query(query): Query<ImportQuery>,
    body: Bytes,
) -> Result<Response, ApiError> {
    import(state, access, app::import::Target::Invoices, query, body).await
}

/// Imports lines of the structure's ledger from the accounting program's CSV or XLSX the same
/// way: year (or a booking date in it), category (an income stream or a cost kind, by code or
/// label: `public_support`, `office`, `other income`, `other costs`; the file's own account names
/// read as ours with `category: 6230 Rent = office` in the mapping), amount (a cost's minus sign
/// is dropped), and optionally basis (budget or actual, actual when empty), hours and
/// hourly_rate (a contribution in kind), public, recurring, project (by title, for a project
/// cost) and description. Actual fees and services of a year with invoices, actual project grants
/// and staff costs of a year the team has costs in are rejected: clusterdesk holds them already.
/// A line the ledger holds already is left as it is. Needs the manager's role.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/ledger-entries/import",
    tag = "imports",
    params(("cluster" = String, Path, description = "Cluster slug"), ImportQuery),
    request_body(content = Vec<u8>, content_type = "text/csv"),
    responses(
        (status = 200, description = "Imported, or on a dry run: what would be", body = ImportPlanView),
        (status = 403, description = "The role may not enter ledger lines", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid rows (the plan), or a parameter holding a NUL character (a problem); nothing was written", content(
            (ImportPlanView = "application/json"),
            (Problem = "application/problem+json")
        ))
    )
)]
async fn import_ledger(
    State(state): State<AppState>,
    access: ApiScope<Edit>,
    Query(query): Query<ImportQuery>,
    body: Bytes,
) -> Result<Response, ApiError> {
    import(state, access, app::import::Target::Ledger, query, body).await
}

/// A recorded import.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ImportRecordView {
    pub id: Uuid,
    pub target: String,
    pub file_name: String,
    pub imported_by: String,
    pub created: i64,
    pub updated: i64,
    pub unchanged: i64,
    pub created_at: DateTime<Utc>,
    pub reverted_at: Option<DateTime<Utc>>,
    pub reverted_by: Option<String>,
}

impl From<domain::import::ImportRecord> for ImportRecordView {
    fn from(r: domain::import::ImportRecord) -> Self {
        ImportRecordView {
            id: r.id,
            target: r.target.code().to_string(),
            file_name: r.file_name,
            imported_by: r.imported_by,
            created: r.created_count,
            updated: r.updated_count,
            unchanged: r.unchanged_count,
            created_at: r.created_at,
            reverted_at: r.reverted_at,
            reverted_by: r.reverted_by,
        }
    }
}

/// The cluster's latest imports, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/imports",
    tag = "imports",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "The imports", body = Vec<ImportRecordView>))
)]
async fn list_imports(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<ImportRecordView>>, ApiError> {
    Ok(Json(app::import::history(&state.app, &scope).await?.into_iter().map(Into::into).collect()))
}

/// Reverts an import as a whole: what it created is deleted, what it changed is put back.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/imports/{id}/revert",
    tag = "imports",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Import id")),
    responses(
        (status = 204, description = "Reverted"),
        (status = 400, description = "Reverted already, or records made since depend on it", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "An import of memberships, invoices or ledger lines is undone by a cluster manager only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such import in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn revert_import(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Import>,
) -> Result<StatusCode, ApiError> {
    app::import::revert(&state.app, &scope, id, actor.email()).await?;
    Ok(StatusCode::NO_CONTENT)
}
