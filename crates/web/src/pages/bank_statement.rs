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
    let page = ClusterPage::open(&state, access, "invoices", reader::t("billing-bank-statement")).await?;
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
    let page = ClusterPage::open(&state, access, "invoices", reader::t("billing-bank-statement")).await?;
    let Some((name, bytes)) = form.file else {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, bank_upload_view(page, Some(reader::t("billing-choose-file"))))
            .into_response());
    };
    match app::import::save_upload(&state.app, &page.scope, &name, &bytes, page.user.actor.email()).await {
        Ok(id) => Ok(Redirect::to(&format!("/clusters/{slug}/payments/bank/{id}")).into_response()),
        Err(app::Error::BadRequest(message)) => {
            let view = bank_upload_view(page, Some(reader::t1("billing-file-unreadable", "message", message)));
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
                    let by = match by.as_str() {
                        app::invoice::MATCHED_BY_NUMBER => reader::t("billing-matched-by-number"),
                        app::invoice::MATCHED_BY_VAT => reader::t("billing-matched-by-vat"),
                        other => other.to_string(),
                    };
                    Cell::link(
                        if *kept_as_credit_minor > 0 {
                            reader::t_args(
                                "billing-matched-by-credit",
                                &[
                                    ("number", number.to_string()),
                                    ("customer", customer.to_string()),
                                    ("by", by.to_string()),
                                    ("amount", crate::reader::money(Money::new(*kept_as_credit_minor, currency))),
                                ],
                            )
                        } else {
                            reader::t_args(
                                "billing-matched-by",
                                &[
                                    ("number", number.to_string()),
                                    ("customer", customer.to_string()),
                                    ("by", by.to_string()),
                                ],
                            )
                        },
                        format!("/clusters/{slug}/invoices/{invoice_id}"),
                    )
                    .class("status-ok")
                }
                app::invoice::BankOutcome::Unmatched => {
                    Cell::text(reader::t("billing-no-invoice-found")).class("status-warning")
                }
                app::invoice::BankOutcome::Outgoing => Cell::text(reader::t("billing-money-out")),
                app::invoice::BankOutcome::OtherCurrency { currency } => {
                    Cell::text(reader::t1("billing-other-currency", "currency", currency)).class("status-warning")
                }
                app::invoice::BankOutcome::AlreadyRecorded => Cell::text(reader::t("billing-recorded-before")),
            };
            vec![
                Cell::text(l.line.to_string()).class("num optional"),
                Cell::text(reader::day(l.paid_on)),
                Cell::text(crate::reader::money(Money::new(l.amount_minor, line_currency))).class("num"),
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
    let page = ClusterPage::open(&state, access, "invoices", reader::t("billing-bank-statement")).await?;
    let scope = &page.scope;
    let (name, bytes) = app::import::load_upload(&state.app, scope, upload).await?;
    let currency = scope.cluster().base_currency;
    let mut report = ReportPage::new(page.layout, reader::t1("billing-bank-statement-of", "name", &name));
    report.actions = invoice_actions(&slug, page.scope.role());
    report.notice = flash.notice;
    report.problem = flash.problem;
    match app::invoice::bank_statement(&state.app, scope, &bytes, page.user.actor.email(), true).await {
        Err(app::Error::BadRequest(message)) => {
            report.problem = Some(reader::t1("billing-statement-unreadable", "message", message))
        }
        Err(e) => return Err(e.into()),
        Ok(preview) => {
            report.subheading = reader::t("billing-bank-preview");
            report.facts = vec![
                Fact::new(reader::t("billing-matched-to-invoice"), Some(preview.matched.to_string())),
                Fact::new(reader::t("billing-unmatched-kept"), Some(preview.unmatched.to_string())),
                Fact::new(reader::t("billing-recorded-before"), Some(preview.already_recorded.to_string())),
            ];
            if !preview.errors.is_empty() {
                report.problem = Some(super::membership::t_count_args(
                    "billing-lines-unreadable",
                    preview.errors.len() as i64,
                    &[("errors", preview.errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "))],
                ));
            } else if preview.matched + preview.unmatched > 0 {
                report.forms.push(PostForm::post(
                    reader::t("billing-record"),
                    format!("/clusters/{slug}/payments/bank/{upload}"),
                    reader::t("billing-record-the-payments"),
                    Vec::new(),
                ));
            }
            report.sections.push(Section {
                title: reader::t("billing-lines"),
                table: plain_table(
                    &[
                        (reader::t("billing-line"), "num optional"),
                        (reader::t("billing-date"), ""),
                        (reader::t("billing-amount"), "num"),
                        (reader::t("billing-text"), ""),
                        (reader::t("billing-outcome"), ""),
                    ],
                    bank_rows(&slug, &preview, currency),
                ),
                empty: reader::t("billing-statement-no-lines"),
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
        return Ok(see_other_with(&headers, &back, "problem", &reader::t("billing-nothing-recorded")));
    }
    // Recorded: the file is no longer needed (the payments keep each line's text).
    app::import::forget_upload(&state.app, &scope, upload).await?;
    let message = reader::t2("billing-bank-recorded", "matched", report.matched, "unmatched", report.unmatched);
    Ok(see_other_with(&headers, &format!("/clusters/{slug}/payments/unmatched"), "notice", &message))
}
