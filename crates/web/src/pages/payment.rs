//! Payment pages: a payment recorded on an invoice, the payments' accounting export, and the
//! unmatched payments of bank statements, assigned to invoices by hand.

use app::auth::{Edit, Read};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use domain::money::Money;

use super::invoice::{FormatQuery, act, invoice_actions};
use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, PageId, PageScope, resource};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/payments/export", &["GET"], get(export_payments))
        .route("/clusters/{cluster}/invoices/{id}/payments", &["POST"], post(pay))
        .route("/clusters/{cluster}/payments/unmatched", &["GET"], get(unmatched))
        .route("/clusters/{cluster}/payments/{id}/assign", &["POST"], post(assign))
}

async fn export_payments(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, PageError> {
    Ok(crate::exports::accounting(&state, &scope, "payments", q.format.as_deref()).await?)
}

async fn pay(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Invoice>,
    CsrfForm(form): CsrfForm<app::invoice::PaymentInput>,
) -> Result<Response, PageError> {
    let done = app::invoice::record_payment(&state.app, &scope, id, &form, user.actor.email())
        .await
        .map(|_| "The payment is recorded.".to_string());
    act(&headers, &slug, id, done)
}

async fn unmatched(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", "Unmatched payments".into()).await?;
    let currency = page.scope.cluster().base_currency;
    let payments = app::invoice::unmatched(&state.app, &page.scope).await?;
    let can_edit = page.can_edit();
    let mut report = ReportPage::new(page.layout, "Unmatched payments");
    report.subheading =
        "Money received that no invoice number or VAT id settled. Give each the invoice it pays.".into();
    report.actions = invoice_actions(&slug);
    report.notice = flash.notice;
    report.problem = flash.problem;
    for p in &payments {
        if can_edit {
            report.forms.push(PostForm::post(
                format!("{} on {}: {}", Money::new(p.amount_minor, currency), p.paid_on, p.reference),
                format!("/clusters/{slug}/payments/{}/assign", p.id),
                "Assign",
                vec![FormField::text("number", "Invoice number", None, None).required()],
            ));
        }
    }
    let rows = payments
        .iter()
        .map(|p| {
            vec![
                Cell::text(p.paid_on.to_string()),
                Cell::text(Money::new(p.amount_minor, currency).to_string()).class("num"),
                Cell::text(&p.reference),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: "Payments".into(),
        table: plain_table(&[("Received", ""), ("Amount", "num"), ("Text", "")], rows),
        empty: "Every payment received is matched to an invoice.".into(),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

#[derive(Debug, serde::Deserialize)]
struct AssignForm {
    number: Option<String>,
}

async fn assign(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Payment>,
    CsrfForm(form): CsrfForm<AssignForm>,
) -> Result<Response, PageError> {
    let back = format!("/clusters/{slug}/payments/unmatched");
    let done = app::invoice::assign(&state.app, &scope, id, form.number.as_deref().unwrap_or_default())
        .await
        .map(|number| format!("The payment now pays {number}."));
    after_action(&headers, &back, done)
}
