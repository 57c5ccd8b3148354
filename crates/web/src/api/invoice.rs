use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use domain::invoice::InvoiceState;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use super::organisation::json_body;
use crate::AppState;
use crate::auth::{ApiScope, Id, resource};
use crate::error::{ApiError, Problem};
use app::auth::{Edit, Manage, Read};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_invoices, create_invoice))
        .routes(routes!(get_invoice, discard_invoice))
        .routes(routes!(issue_invoice))
        .routes(routes!(void_invoice))
        .routes(routes!(credit_invoice))
        .routes(routes!(pay_invoice))
        .routes(routes!(export_invoices))
        .routes(routes!(export_payments))
        .routes(routes!(bank_statement))
        .routes(routes!(unmatched_payments))
        .routes(routes!(assign_payment))
        .routes(routes!(reverse_payment))
        .routes(routes!(apply_credit))
        .routes(routes!(customer_credit))
        .routes(routes!(refund_credit))
        .routes(routes!(reminders))
}

/// An invoice, with its state today. Amounts are in minor units (cents) of its currency.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct InvoiceView {
    pub id: Uuid,
    /// fee, service, event or credit_note.
    #[schema(value_type = domain::invoice::InvoiceKind)]
    pub kind: String,
    /// None while a draft.
    pub number: Option<String>,
    pub state: InvoiceState,
    pub organisation_id: Uuid,
    pub membership_id: Option<Uuid>,
    pub issued_on: NaiveDate,
    pub due_on: NaiveDate,
    pub currency: String,
    pub tax_rate_basis_points: i64,
    pub net_minor: i64,
    pub tax_minor: i64,
    pub gross_minor: i64,
    pub paid_minor: i64,
    pub credited_minor: i64,
    pub outstanding_minor: i64,
    /// How a fee was made, or the note printed on the invoice.
    pub explanation: String,
    /// For a credit note: the invoice it corrects.
    pub credited_invoice_id: Option<Uuid>,
    pub void_reason: Option<String>,
}

fn invoice_view(i: &domain::invoice::Invoice, today: NaiveDate) -> InvoiceView {
    InvoiceView {
        id: i.id,
        kind: i.kind.code().to_string(),
        number: (!i.draft).then(|| i.number.clone()),
        state: i.state(today),
        organisation_id: i.organisation_id,
        membership_id: i.membership_id,
        issued_on: i.issued_on,
        due_on: i.due_on,
        currency: i.currency.clone(),
        tax_rate_basis_points: i.tax_rate_basis_points,
        net_minor: i.net_minor,
        tax_minor: i.tax_minor,
        gross_minor: i.gross_minor,
        paid_minor: i.paid_minor,
        credited_minor: i.credited_minor,
        outstanding_minor: i.outstanding_minor(),
        explanation: i.explanation.clone(),
        credited_invoice_id: i.credited_invoice_id,
        void_reason: i.void_reason.clone(),
    }
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct LineView {
    pub description: String,
    pub quantity: i64,
    pub unit_price_minor: i64,
    pub net_minor: i64,
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct PaymentView {
    pub id: Uuid,
    /// None for a payment received that matches no invoice yet.
    pub invoice_id: Option<Uuid>,
    pub paid_on: NaiveDate,
    pub amount_minor: i64,
    pub reference: String,
    /// manual, bank or credit (from the customer's credit).
    #[schema(value_type = domain::invoice::PaymentSource)]
    pub source: String,
    /// The part above what the invoice owed, kept as the customer's credit.
    pub kept_as_credit_minor: i64,
    /// Set once reversed: the payment then counts for nothing.
    pub reversed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub reversal_reason: Option<String>,
}

fn payment_view(p: domain::invoice::Payment) -> PaymentView {
    PaymentView {
        id: p.id,
        invoice_id: p.invoice_id,
        paid_on: p.paid_on,
        amount_minor: p.amount_minor,
        reference: p.reference,
        source: p.source.code().to_string(),
        kept_as_credit_minor: p.kept_as_credit_minor,
        reversed_at: p.reversed_at,
        reversal_reason: p.reversal_reason,
    }
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct InvoiceDetailView {
    #[serde(flatten)]
    pub invoice: InvoiceView,
    pub customer: String,
    pub lines: Vec<LineView>,
    pub payments: Vec<PaymentView>,
    pub credit_notes: Vec<InvoiceView>,
}

async fn detail(state: &AppState, scope: &app::ClusterScope, id: Uuid) -> Result<InvoiceDetailView, app::Error> {
    let today = state.app.today(scope);
    let d = app::invoice::detail(&state.app, scope, id).await?;
    Ok(InvoiceDetailView {
        invoice: invoice_view(&d.invoice, today),
        customer: d.customer.fields.name,
        lines: d
            .lines
            .into_iter()
            .map(|l| LineView {
                description: l.description,
                quantity: l.quantity,
                unit_price_minor: l.unit_price_minor,
                net_minor: l.net_minor,
            })
            .collect(),
        payments: d.payments.into_iter().map(payment_view).collect(),
        credit_notes: d.credit_notes.iter().map(|c| invoice_view(c, today)).collect(),
    })
}

#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InvoiceQuery {
    /// draft, issued, partially_paid, paid, overdue, credited or void.
    #[param(value_type = Option<domain::invoice::InvoiceState>, inline)]
    pub state: Option<String>,
    /// fee, service, event or credit_note.
    #[param(value_type = Option<domain::invoice::InvoiceKind>, inline)]
    pub kind: Option<String>,
    /// Part of the number or of the customer's name.
    pub q: Option<String>,
}

/// The cluster's invoices, drafts first, then the newest.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/invoices",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug"), InvoiceQuery),
    responses((status = 200, description = "The invoices that match", body = Vec<InvoiceView>))
)]
async fn list_invoices(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<InvoiceQuery>,
) -> Result<Json<Vec<InvoiceView>>, ApiError> {
    let given = |v: &Option<String>| v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(String::from);
    let wanted_state = match given(&q.state) {
        None => None,
        Some(s) => Some(InvoiceState::parse(&s).ok_or_else(|| {
            app::Error::BadRequest(i18n::said_with("invalid-web-parameter-state", &[("value", s.to_string())]))
        })?),
    };
    let kind = match given(&q.kind) {
        None => None,
        Some(k) => Some(domain::invoice::InvoiceKind::parse(&k).ok_or_else(|| {
            app::Error::BadRequest(i18n::said_with("invalid-web-parameter-kind", &[("value", k.to_string())]))
        })?),
    };
    let filter = app::invoice::InvoiceFilter { state: wanted_state, kind, search: given(&q.q) };
    let today = state.app.today(&scope);
    let items = app::invoice::list(&state.app, &scope, &filter).await?;
    Ok(Json(items.iter().map(|i| invoice_view(&i.invoice, today)).collect()))
}

#[derive(Debug, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct LineBody {
    pub description: Option<String>,
    /// A whole number; 1 when left out.
    pub quantity: Option<String>,
    /// The price of one, as people type amounts (`1.250,50` or `1250.50`).
    pub unit_price: Option<String>,
}

/// The kinds of invoice drafted by hand, for the OpenAPI document (fee invoices come from
/// renewals, credit notes from crediting).
#[derive(utoipa::ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)]
pub enum DraftKind {
    Service,
    Event,
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftBody {
    pub organisation_id: Uuid,
    /// service (the default) or event.
    #[schema(value_type = Option<DraftKind>)]
    pub kind: Option<String>,
    /// A percentage, such as `21`; none when left out.
    pub tax_rate: Option<String>,
    /// A note printed on the invoice.
    pub note: Option<String>,
    pub lines: Vec<LineBody>,
}

/// Drafts a service or event invoice; issue it to give it its number. Field errors name
/// `line_1`, `line_2`, … for the lines.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/invoices",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = DraftBody,
    responses(
        (status = 201, description = "The draft", body = InvoiceDetailView),
        (status = 422, description = "Invalid fields, each named", body = Problem, content_type = "application/problem+json")
    )
)]
async fn create_invoice(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b: DraftBody = json_body(&body)?;
    let input = app::invoice::DraftInput {
        kind: b.kind,
        organisation_id: Some(b.organisation_id),
        tax_rate: b.tax_rate,
        note: b.note,
        lines: b
            .lines
            .into_iter()
            .map(|l| app::invoice::LineInput {
                description: l.description,
                quantity: l.quantity,
                unit_price: l.unit_price,
            })
            .collect(),
    };
    let id = app::invoice::draft(&state.app, &scope, &input, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(detail(&state, &scope, id).await?)).into_response())
}

/// One invoice with its lines, payments and credit notes.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/invoices/{id}",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Invoice id")),
    responses(
        (status = 200, description = "The invoice", body = InvoiceDetailView),
        (status = 404, description = "No such invoice in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn get_invoice(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Invoice>,
) -> Result<Json<InvoiceDetailView>, ApiError> {
    Ok(Json(detail(&state, &scope, id).await?))
}

/// Discards a draft. An issued invoice is never deleted: void it or credit it.
#[utoipa::path(
    delete,
    path = "/api/v1/clusters/{cluster}/invoices/{id}",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Invoice id")),
    responses(
        (status = 204, description = "Discarded"),
        (status = 400, description = "The invoice is issued", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such invoice in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn discard_invoice(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Invoice>,
) -> Result<StatusCode, ApiError> {
    app::invoice::discard(&state.app, &scope, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Issues a draft today: it takes the next number of the year.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/invoices/{id}/issue",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Invoice id")),
    responses(
        (status = 200, description = "Issued", body = InvoiceDetailView),
        (status = 400, description = "Issued already", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such invoice in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn issue_invoice(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Invoice>,
) -> Result<Json<InvoiceDetailView>, ApiError> {
    app::invoice::issue(&state.app, &scope, id).await?;
    Ok(Json(detail(&state, &scope, id).await?))
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VoidBody {
    pub reason: String,
}

/// Voids an issued invoice nothing has been paid on (cluster managers); it keeps its number.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/invoices/{id}/void",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Invoice id")),
    request_body = VoidBody,
    responses(
        (status = 200, description = "Void", body = InvoiceDetailView),
        (status = 400, description = "Paid on, credited, void or a draft", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such invoice in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn void_invoice(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::Invoice>,
    body: Bytes,
) -> Result<Json<InvoiceDetailView>, ApiError> {
    app::invoice::detail(&state.app, &scope, id).await?;
    let b: VoidBody = json_body(&body)?;
    app::invoice::void(&state.app, &scope, id, &b.reason, actor.email()).await?;
    Ok(Json(detail(&state, &scope, id).await?))
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreditBody {
    /// The gross amount to credit, as typed; all that is not credited yet when left out.
    pub amount: Option<String>,
    pub reason: String,
}

/// Issues a credit note that corrects an invoice (cluster managers).
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/invoices/{id}/credit-notes",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Invoice id")),
    request_body = CreditBody,
    responses(
        (status = 201, description = "The credit note", body = InvoiceDetailView),
        (status = 404, description = "No such invoice in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields, each named", body = Problem, content_type = "application/problem+json")
    )
)]
async fn credit_invoice(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::Invoice>,
    body: Bytes,
) -> Result<Response, ApiError> {
    app::invoice::detail(&state.app, &scope, id).await?;
    let b: CreditBody = json_body(&body)?;
    let (note, _) = app::invoice::credit(&state.app, &scope, id, b.amount.as_deref(), &b.reason, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(detail(&state, &scope, note).await?)).into_response())
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PaymentBody {
    /// The day it was received; today when left out.
    pub paid_on: Option<String>,
    /// As typed: `1.250,50` or `1250.50`.
    pub amount: String,
    pub reference: Option<String>,
    /// true to accept an amount above what is outstanding: the rest is kept as the customer's
    /// credit. Without it such an amount is refused.
    pub overpayment: Option<bool>,
}

/// Records a payment received on an issued invoice.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/invoices/{id}/payments",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Invoice id")),
    request_body = PaymentBody,
    responses(
        (status = 201, description = "The invoice with the payment", body = InvoiceDetailView),
        (status = 400, description = "A draft, void invoice or credit note", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such invoice in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields, each named", body = Problem, content_type = "application/problem+json")
    )
)]
async fn pay_invoice(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Invoice>,
    body: Bytes,
) -> Result<Response, ApiError> {
    app::invoice::detail(&state.app, &scope, id).await?;
    let b: PaymentBody = json_body(&body)?;
    let input = app::invoice::PaymentInput {
        paid_on: b.paid_on,
        amount: Some(b.amount),
        reference: b.reference,
        overpayment: b.overpayment.map(|o| o.to_string()),
    };
    app::invoice::record_payment(&state.app, &scope, id, &input, actor.email()).await?;
    Ok((StatusCode::CREATED, Json(detail(&state, &scope, id).await?)).into_response())
}

#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FormatQuery {
    /// csv (the default) or xlsx.
    #[param(value_type = Option<crate::params::TableFormat>, inline)]
    pub format: Option<String>,
}

/// The accounting export of every invoice: number, date, due date, kind, customer, VAT id, net,
/// tax, gross, currency, state and paid.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/invoices/export",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug"), FormatQuery),
    responses((status = 200, description = "CSV or XLSX, as `format` asks", content(
        (Vec<u8> = "text/csv"),
        (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    )))
)]
async fn export_invoices(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, ApiError> {
    Ok(crate::exports::accounting(&state, &scope, "invoices", q.format.as_deref()).await?)
}

/// The accounting export of every payment: date, amount, currency, invoice, customer, VAT id,
/// reference and source.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/payments/export",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug"), FormatQuery),
    responses((status = 200, description = "CSV or XLSX, as `format` asks", content(
        (Vec<u8> = "text/csv"),
        (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    )))
)]
async fn export_payments(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, ApiError> {
    Ok(crate::exports::accounting(&state, &scope, "payments", q.format.as_deref()).await?)
}

#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DryRunQuery {
    /// true (the default) only says what would happen; false records.
    #[param(value_type = Option<bool>, inline)]
    pub dry_run: Option<String>,
}

/// Reads a bank statement (the body: CSV or XLSX with a date and an amount column) and matches
/// each payment received to an invoice by the number in its text, or by the customer's VAT id and
/// the exact amount owed. With `dry_run=false` it records them all in one transaction (nothing if
/// a line cannot be read); a line recorded before is recorded once.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/bank-statements",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug"), DryRunQuery),
    request_body(content = Vec<u8>, content_type = "text/csv"),
    responses(
        (status = 200, description = "Every line and its outcome", body = app::invoice::BankImport),
        (status = 400, description = "The statement cannot be read", body = Problem, content_type = "application/problem+json")
    )
)]
async fn bank_statement(
    State(state): State<AppState>,
    // Reading what a statement would record is open to every role; recording it needs Edit,
    // which the use case checks.
    ApiScope { actor, scope, .. }: ApiScope<Read>,
    Query(q): Query<DryRunQuery>,
    body: Bytes,
) -> Result<Json<app::invoice::BankImport>, ApiError> {
    let dry_run = match q.dry_run.as_deref().map(str::trim) {
        None | Some("" | "true") => true,
        Some("false") => false,
        Some(other) => {
            return Err(app::Error::BadRequest(i18n::said_with(
                "invalid-web-parameter-dry-run",
                &[("value", other.to_string())],
            ))
            .into());
        }
    };
    Ok(Json(app::invoice::bank_statement(&state.app, &scope, &body, actor.email(), dry_run).await?))
}

/// Payments received that match no invoice yet.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/payments/unmatched",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug")),
    responses((status = 200, description = "Oldest first", body = Vec<PaymentView>))
)]
async fn unmatched_payments(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
) -> Result<Json<Vec<PaymentView>>, ApiError> {
    Ok(Json(app::invoice::unmatched(&state.app, &scope).await?.into_iter().map(payment_view).collect()))
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssignBody {
    /// The number of the invoice the payment pays, such as 2026-0042.
    pub number: String,
}

/// Assigns an unmatched payment to the invoice it pays.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/payments/{id}/assign",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Payment id")),
    request_body = AssignBody,
    responses(
        (status = 200, description = "The invoice it now pays", body = InvoiceDetailView),
        (status = 404, description = "No such unmatched payment in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No such invoice", body = Problem, content_type = "application/problem+json")
    )
)]
async fn assign_payment(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Payment>,
    body: Bytes,
) -> Result<Json<InvoiceDetailView>, ApiError> {
    let b: AssignBody = json_body(&body)?;
    let number = app::invoice::assign(&state.app, &scope, id, &b.number).await?;
    let filter = app::invoice::InvoiceFilter { search: Some(number.clone()), ..Default::default() };
    let invoice = app::invoice::list(&state.app, &scope, &filter)
        .await?
        .into_iter()
        .find(|i| i.invoice.number == number)
        .ok_or(app::Error::NotFound("invoice"))?;
    Ok(Json(detail(&state, &scope, invoice.invoice.id).await?))
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReverseBody {
    /// Why the payment is reversed: a returned transfer, a typing error.
    pub reason: String,
}

/// Reverses a payment (cluster managers): it stays in the history, marked reversed, and counts
/// for nothing; what it kept as the customer's credit is taken back, what it took from the
/// credit is given back.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/payments/{id}/reverse",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Payment id")),
    request_body = ReverseBody,
    responses(
        (status = 204, description = "Reversed"),
        (status = 400, description = "Reversed already", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such payment in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The credit it kept was used or refunded since", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No reason", body = Problem, content_type = "application/problem+json")
    )
)]
async fn reverse_payment(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::Payment>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let b: ReverseBody = json_body(&body)?;
    app::invoice::reverse_payment(&state.app, &scope, id, &b.reason, actor.email()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Pays what is outstanding on an invoice, as far as it goes, from the customer's credit.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/invoices/{id}/apply-credit",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Invoice id")),
    responses(
        (status = 200, description = "The invoice with the payment from the credit", body = InvoiceDetailView),
        (status = 400, description = "Nothing outstanding, no credit, or not payable", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such invoice in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn apply_credit(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Edit>,
    Id(id, _): Id<resource::Invoice>,
) -> Result<Json<InvoiceDetailView>, ApiError> {
    app::invoice::apply_credit(&state.app, &scope, id, actor.email()).await?;
    Ok(Json(detail(&state, &scope, id).await?))
}

/// One change of a customer's credit. Minor units of the cluster's currency: positive adds,
/// negative takes.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct CreditEntryView {
    pub kind: domain::invoice::CreditKind,
    pub amount_minor: i64,
    pub payment_id: Option<Uuid>,
    pub note: String,
    pub created_by: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// A customer's credit: the balance (minor units, never below zero) and its history, oldest
/// first.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct CreditView {
    pub balance_minor: i64,
    pub entries: Vec<CreditEntryView>,
}

async fn credit_view(state: &AppState, scope: &app::ClusterScope, id: Uuid) -> Result<CreditView, app::Error> {
    app::organisation::get(&state.app, scope, id).await?;
    let credit = app::invoice::credit_of(&state.app, scope, id).await?;
    Ok(CreditView {
        balance_minor: credit.balance_minor,
        entries: credit
            .entries
            .into_iter()
            .map(|e| CreditEntryView {
                kind: e.kind,
                amount_minor: e.amount_minor,
                payment_id: e.payment_id,
                note: e.note,
                created_by: e.created_by,
                created_at: e.created_at,
            })
            .collect(),
    })
}

/// An organisation's credit: kept from payments above what an invoice owed.
#[utoipa::path(
    get,
    path = "/api/v1/clusters/{cluster}/organisations/{id}/credit",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 200, description = "Balance and history", body = CreditView),
        (status = 404, description = "No such organisation in the cluster", body = Problem, content_type = "application/problem+json")
    )
)]
async fn customer_credit(
    State(state): State<AppState>,
    ApiScope { scope, .. }: ApiScope<Read>,
    Id(id, _): Id<resource::Organisation>,
) -> Result<Json<CreditView>, ApiError> {
    Ok(Json(credit_view(&state, &scope, id).await?))
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefundBody {
    /// As typed (`77.50`); all of the credit when left out.
    pub amount: Option<String>,
    /// How and when it was paid back.
    pub note: String,
}

/// Records that an organisation's credit was paid back to it (cluster managers).
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/organisations/{id}/credit/refund",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug"), ("id" = Uuid, Path, description = "Organisation id")),
    request_body = RefundBody,
    responses(
        (status = 200, description = "The credit after the refund", body = CreditView),
        (status = 404, description = "No such organisation in the cluster", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No note, or an amount above the credit", body = Problem, content_type = "application/problem+json")
    )
)]
async fn refund_credit(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Manage>,
    Id(id, _): Id<resource::Organisation>,
    body: Bytes,
) -> Result<Json<CreditView>, ApiError> {
    let b: RefundBody = json_body(&body)?;
    app::organisation::get(&state.app, &scope, id).await?;
    app::invoice::refund_credit(&state.app, &scope, id, b.amount.as_deref(), &b.note, actor.email()).await?;
    Ok(Json(credit_view(&state, &scope, id).await?))
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RemindBody {
    /// Only say who would be reminded (the default); false sends the emails.
    #[serde(default = "super::dry_run_by_default")]
    pub dry_run: bool,
}

/// Reminds the customers of overdue invoices by email, at most once every 14 days an invoice; a
/// preview by default.
#[utoipa::path(
    post,
    path = "/api/v1/clusters/{cluster}/reminders",
    tag = "invoices",
    params(("cluster" = String, Path, description = "Cluster slug")),
    request_body = RemindBody,
    responses(
        (status = 200, description = "Every overdue invoice and what became of its reminder", body = app::invoice::Reminders),
        (status = 400, description = "Mail is not set up", body = Problem, content_type = "application/problem+json")
    )
)]
async fn reminders(
    State(state): State<AppState>,
    ApiScope { actor, scope, .. }: ApiScope<Read>,
    body: Bytes,
) -> Result<Json<app::invoice::Reminders>, ApiError> {
    let b: RemindBody = json_body(&body)?;
    Ok(Json(app::invoice::remind(&state.app, &scope, actor.email(), b.dry_run).await?))
}
