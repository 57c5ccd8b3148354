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
        .map(|_| reader::t("billing-payment-recorded"));
    act(&headers, &slug, id, done)
}

async fn unmatched(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", reader::t("billing-unmatched-payments")).await?;
    let currency = page.scope.cluster().base_currency;
    let payments = app::invoice::unmatched(&state.app, &page.scope).await?;
    let can_edit = page.can_edit();
    let mut report = ReportPage::new(page.layout, reader::t("billing-unmatched-payments"));
    report.subheading = reader::t("billing-unmatched-subheading");
    report.actions = invoice_actions(&slug, page.scope.role());
    report.notice = flash.notice;
    report.problem = flash.problem;
    for p in &payments {
        if can_edit {
            report.forms.push(PostForm::post(
                reader::t_args(
                    "billing-unmatched-payment",
                    &[
                        ("amount", crate::reader::money(Money::new(p.amount_minor, currency))),
                        ("day", reader::day(p.paid_on)),
                        ("reference", p.reference.to_string()),
                    ],
                ),
                format!("/clusters/{slug}/payments/{}/assign", p.id),
                reader::t("billing-assign"),
                vec![FormField::text("number", &reader::t("billing-invoice-number"), None, None).required()],
            ));
        }
    }
    let rows = payments
        .iter()
        .map(|p| {
            vec![
                Cell::text(reader::day(p.paid_on)),
                Cell::text(crate::reader::money(Money::new(p.amount_minor, currency))).class("num"),
                Cell::text(&p.reference),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: reader::t("billing-payments"),
        table: plain_table(
            &[
                (reader::t("billing-received"), ""),
                (reader::t("billing-amount"), "num"),
                (reader::t("billing-text"), ""),
            ],
            rows,
        ),
        empty: reader::t("billing-all-matched"),
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
        .map(|number| reader::t1("billing-payment-now-pays", "number", number));
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
        Ok(Some(invoice)) => act(&headers, &slug, invoice, Ok(reader::t("billing-payment-reversed"))),
        done => after_action(
            &headers,
            &format!("/clusters/{slug}/invoices"),
            done.map(|_| reader::t("billing-payment-reversed")),
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
        .map(|used| reader::t1("billing-credit-pays", "amount", reader::money(Money::new(used, currency))));
    act(&headers, &slug, id, done)
}

async fn credit(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Organisation>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", reader::t("billing-customers-credit")).await?;
    let currency = page.scope.cluster().base_currency;
    let organisation = app::organisation::get(&state.app, &page.scope, id).await?;
    let credit = app::invoice::credit_of(&state.app, &page.scope, id).await?;
    let can_manage = page.scope.role().allows(domain::access::Permission::Manage);
    let mut report = ReportPage::new(page.layout, reader::t1("billing-credit-of", "name", &organisation.fields.name));
    report.subheading =
        reader::t1("billing-credit-subheading", "amount", reader::money(Money::new(credit.balance_minor, currency)));
    report.actions = vec![link(organisation.fields.name.clone(), format!("/clusters/{slug}/organisations/{id}"))];
    report.notice = flash.notice;
    report.problem = flash.problem;
    if can_manage && credit.balance_minor > 0 {
        report.forms.push(
            PostForm::post(
                reader::t("billing-refund"),
                format!("/clusters/{slug}/organisations/{id}/credit/refund"),
                reader::t("billing-record-the-refund"),
                vec![
                    FormField::text("amount", &reader::t("billing-amount"), None, None)
                        .hint(reader::t("billing-all-of-credit-hint")),
                    FormField::text("note", &reader::t("billing-how-paid-back"), None, None).required(),
                ],
            )
            .confirm(reader::t("billing-refund-confirm")),
        );
    }
    let rows = credit
        .entries
        .iter()
        .rev()
        .map(|e| {
            vec![
                Cell::text(reader::day(e.created_at)),
                Cell::text(super::membership::credit_kind_label(e.kind)),
                Cell::text(crate::reader::money(Money::new(e.amount_minor, currency))).class("num"),
                Cell::text(&e.note),
                Cell::text(&e.created_by).class("optional"),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: reader::t("billing-history"),
        table: plain_table(
            &[
                (reader::t("billing-day"), ""),
                (reader::t("billing-what"), ""),
                (reader::t("billing-amount"), "num"),
                (reader::t("billing-note"), ""),
                (reader::t("billing-by"), "optional"),
            ],
            rows,
        ),
        empty: reader::t("billing-never-had-credit"),
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
        .map(|amount| reader::t1("billing-refund-recorded", "amount", reader::money(Money::new(amount, currency))));
    after_action(&headers, &format!("/clusters/{slug}/organisations/{id}/credit"), done)
}
