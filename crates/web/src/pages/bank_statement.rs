//! Bank statement pages: a statement uploaded, its lines matched to invoices and checked, then
//! recorded as payments.

use crate::reader;
use app::auth::Edit;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use domain::money::Money;

use super::invoice::invoice_actions;
use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageScope};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route(
            "/clusters/{cluster}/payments/bank",
            &["GET", "POST"],
            get(bank_page).post(bank_upload).layer(axum::extract::DefaultBodyLimit::max(crate::IMPORT_LIMIT)),
        )
        .route("/clusters/{cluster}/payments/bank/{upload}", &["GET", "POST"], get(bank_check).post(bank_record))
}

async fn bank_page(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", "Bank statement".into()).await?;
    Ok(bank_upload_view(page, flash.problem).into_response())
}

#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "bank_upload.html")]
struct BankUploadPage {
    layout: Layout,
    action: String,
    limit_mib: usize,
    problem: Option<String>,
    unmatched_href: String,
}

fn bank_upload_view(page: ClusterPage, problem: Option<String>) -> BankUploadPage {
    let slug = page.slug().to_string();
    BankUploadPage {
        action: format!("/clusters/{slug}/payments/bank"),
        limit_mib: crate::IMPORT_LIMIT / 1024 / 1024,
        problem,
        unmatched_href: format!("/clusters/{slug}/payments/unmatched"),
        layout: page.layout,
    }
}

async fn bank_upload(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path(slug): Path<String>,
    form: crate::auth::UploadForm,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", "Bank statement".into()).await?;
    let Some((name, bytes)) = form.file else {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, bank_upload_view(page, Some("Choose a file to upload.".into())))
            .into_response());
    };
    match app::import::save_upload(&state.app, &page.scope, &name, &bytes, page.user.actor.email()).await {
        Ok(id) => Ok(Redirect::to(&format!("/clusters/{slug}/payments/bank/{id}")).into_response()),
        Err(app::Error::BadRequest(message)) => {
            let view = bank_upload_view(page, Some(format!("This file cannot be read: {message}.")));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, view).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

fn bank_rows(slug: &str, report: &app::invoice::BankImport, currency: domain::money::Currency) -> Vec<Vec<Cell>> {
    report
        .lines
        .iter()
        .map(|l| {
            let line_currency = match &l.outcome {
                app::invoice::BankOutcome::OtherCurrency { currency: code } => {
                    domain::money::Currency::parse(code).unwrap_or(currency)
                }
                _ => currency,
            };
            let outcome = match &l.outcome {
                app::invoice::BankOutcome::Matched { invoice_id, number, customer, by, kept_as_credit_minor } => {
                    Cell::link(
                        if *kept_as_credit_minor > 0 {
                            format!(
                                "{number} ({customer}, by {by}); {} above it kept as credit",
                                Money::new(*kept_as_credit_minor, currency)
                            )
                        } else {
                            format!("{number} ({customer}, by {by})")
                        },
                        format!("/clusters/{slug}/invoices/{invoice_id}"),
                    )
                    .class("status-ok")
                }
                app::invoice::BankOutcome::Unmatched => {
                    Cell::text("No invoice found: kept as unmatched").class("status-warning")
                }
                app::invoice::BankOutcome::Outgoing => Cell::text("Money out: left alone"),
                app::invoice::BankOutcome::OtherCurrency { currency } => {
                    Cell::text(format!("In {currency}, not the cluster's currency: left for a person to book"))
                        .class("status-warning")
                }
                app::invoice::BankOutcome::AlreadyRecorded => Cell::text("Recorded before"),
            };
            vec![
                Cell::text(l.line.to_string()).class("num optional"),
                Cell::text(reader::day(l.paid_on)),
                Cell::text(Money::new(l.amount_minor, line_currency).to_string()).class("num"),
                Cell::text(&l.reference),
                outcome,
            ]
        })
        .collect()
}

async fn bank_check(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((slug, upload)): Path<(String, String)>,
    flash: Flash,
) -> Result<Response, PageError> {
    let upload = parse_id(&upload, "upload")?;
    let page = ClusterPage::open(&state, access, "invoices", "Bank statement".into()).await?;
    let scope = &page.scope;
    let (name, bytes) = app::import::load_upload(&state.app, scope, upload).await?;
    let currency = scope.cluster().base_currency;
    let mut report = ReportPage::new(page.layout, format!("Bank statement {name}"));
    report.actions = invoice_actions(&slug, page.scope.role());
    report.notice = flash.notice;
    report.problem = flash.problem;
    match app::invoice::bank_statement(&state.app, scope, &bytes, page.user.actor.email(), true).await {
        Err(app::Error::BadRequest(message)) => {
            report.problem = Some(format!("This statement cannot be read: {message}."))
        }
        Err(e) => return Err(e.into()),
        Ok(preview) => {
            report.subheading = "What recording this statement will do, line by line. Nothing is recorded yet.".into();
            report.facts = vec![
                Fact::new("Matched to an invoice", Some(preview.matched.to_string())),
                Fact::new("Unmatched, kept to assign by hand", Some(preview.unmatched.to_string())),
                Fact::new("Recorded before", Some(preview.already_recorded.to_string())),
            ];
            if !preview.errors.is_empty() {
                report.problem = Some(format!(
                    "{} lines cannot be read, so nothing can be recorded: {}",
                    preview.errors.len(),
                    preview.errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; ")
                ));
            } else if preview.matched + preview.unmatched > 0 {
                report.forms.push(PostForm::post(
                    "Record",
                    format!("/clusters/{slug}/payments/bank/{upload}"),
                    "Record the payments",
                    Vec::new(),
                ));
            }
            report.sections.push(Section {
                title: "Lines".into(),
                table: plain_table(
                    &[("Line", "num optional"), ("Date", ""), ("Amount", "num"), ("Text", ""), ("Outcome", "")],
                    bank_rows(&slug, &preview, currency),
                ),
                empty: "The statement has no lines.".into(),
                actions: Vec::new(),
            });
        }
    }
    Ok(report.into_response())
}

async fn bank_record(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, upload)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let upload = parse_id(&upload, "upload")?;
    let (_, bytes) = app::import::load_upload(&state.app, &scope, upload).await?;
    let back = format!("/clusters/{slug}/payments/bank/{upload}");
    let report = app::invoice::bank_statement(&state.app, &scope, &bytes, user.actor.email(), false).await?;
    if !report.recorded {
        return Ok(see_other_with(&headers, &back, "problem", "Nothing was recorded: some lines cannot be read."));
    }
    // Recorded: the file is no longer needed (the payments keep each line's text).
    app::import::forget_upload(&state.app, &scope, upload).await?;
    let message = format!("{} payments recorded on invoices; {} kept as unmatched.", report.matched, report.unmatched);
    Ok(see_other_with(&headers, &format!("/clusters/{slug}/payments/unmatched"), "notice", &message))
}
