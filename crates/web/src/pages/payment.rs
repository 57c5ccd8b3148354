//! Payment pages: a payment recorded on an invoice or reversed, the payments' accounting export,
//! the unmatched payments of bank statements, assigned to invoices by hand, and a customer's
//! credit: kept from overpayments, used on invoices or refunded.

use crate::reader;
use app::auth::{Edit, Manage, Read};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use domain::money::Money;

use super::invoice::{FormatQuery, act, invoice_actions};
use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageId, PageScope, resource};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/payments/export", &["GET"], get(export_payments))
        .route("/clusters/{cluster}/invoices/{id}/payments", &["POST"], post(pay))
        .route("/clusters/{cluster}/payments/unmatched", &["GET"], get(unmatched))
        .route("/clusters/{cluster}/payments/{id}/assign", &["POST"], post(assign))
        .route("/clusters/{cluster}/payments/{id}/reverse", &["POST"], post(reverse))
        .route("/clusters/{cluster}/invoices/{id}/apply-credit", &["POST"], post(apply_credit))
        .route("/clusters/{cluster}/organisations/{id}/credit", &["GET"], get(credit))
        .route("/clusters/{cluster}/organisations/{id}/credit/refund", &["POST"], post(refund))
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
    report.actions = invoice_actions(&slug, page.scope.role());
    report.notice = flash.notice;
    report.problem = flash.problem;
    for p in &payments {
        if can_edit {
            report.forms.push(PostForm::post(
                format!("{} on {}: {}", Money::new(p.amount_minor, currency), reader::day(p.paid_on), p.reference),
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
                Cell::text(reader::day(p.paid_on)),
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

#[derive(Debug, serde::Deserialize)]
struct ReverseForm {
    reversal_reason: Option<String>,
}

async fn reverse(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Payment>,
    CsrfForm(form): CsrfForm<ReverseForm>,
) -> Result<Response, PageError> {
    let reason = form.reversal_reason.as_deref().unwrap_or_default();
    match app::invoice::reverse_payment(&state.app, &scope, id, reason, user.actor.email()).await {
        Ok(Some(invoice)) => {
            act(&headers, &slug, invoice, Ok("The payment is reversed; it stays in the history.".into()))
        }
        done => after_action(
            &headers,
            &format!("/clusters/{slug}/invoices"),
            done.map(|_| "The payment is reversed; it stays in the history.".into()),
        ),
    }
}

async fn apply_credit(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Invoice>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let currency = scope.cluster().base_currency;
    let done = app::invoice::apply_credit(&state.app, &scope, id, user.actor.email())
        .await
        .map(|used| format!("{} of the customer's credit pays the invoice.", Money::new(used, currency)));
    act(&headers, &slug, id, done)
}

async fn credit(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Organisation>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", "Customer's credit".into()).await?;
    let currency = page.scope.cluster().base_currency;
    let organisation = app::organisation::get(&state.app, &page.scope, id).await?;
    let credit = app::invoice::credit_of(&state.app, &page.scope, id).await?;
    let can_manage = page.scope.role().allows(domain::access::Permission::Manage);
    let mut report = ReportPage::new(page.layout, format!("Credit of {}", organisation.fields.name));
    report.subheading = format!(
        "{} left. It comes from payments above what an invoice owed; use it on an open invoice, or record its refund.",
        Money::new(credit.balance_minor, currency)
    );
    report.actions = vec![link(organisation.fields.name.clone(), format!("/clusters/{slug}/organisations/{id}"))];
    report.notice = flash.notice;
    report.problem = flash.problem;
    if can_manage && credit.balance_minor > 0 {
        report.forms.push(
            PostForm::post(
                "Refund",
                format!("/clusters/{slug}/organisations/{id}/credit/refund"),
                "Record the refund",
                vec![
                    FormField::text("amount", "Amount", None, None).hint("Empty for all of the credit."),
                    FormField::text("note", "How it was paid back", None, None).required(),
                ],
            )
            .confirm("Record that this credit was paid back to the customer?"),
        );
    }
    let rows = credit
        .entries
        .iter()
        .rev()
        .map(|e| {
            vec![
                Cell::text(reader::day(e.created_at)),
                Cell::text(e.kind.label()),
                Cell::text(Money::new(e.amount_minor, currency).to_string()).class("num"),
                Cell::text(&e.note),
                Cell::text(&e.created_by).class("optional"),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: "History".into(),
        table: plain_table(&[("Day", ""), ("What", ""), ("Amount", "num"), ("Note", ""), ("By", "optional")], rows),
        empty: "The customer has never had credit.".into(),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

#[derive(Debug, serde::Deserialize)]
struct RefundForm {
    amount: Option<String>,
    note: Option<String>,
}

async fn refund(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Organisation>,
    CsrfForm(form): CsrfForm<RefundForm>,
) -> Result<Response, PageError> {
    let currency = scope.cluster().base_currency;
    let note = form.note.as_deref().unwrap_or_default();
    let done = app::invoice::refund_credit(&state.app, &scope, id, form.amount.as_deref(), note, user.actor.email())
        .await
        .map(|amount| format!("The refund of {} is recorded.", Money::new(amount, currency)));
    after_action(&headers, &format!("/clusters/{slug}/organisations/{id}/credit"), done)
}
