//! The accounting export: invoices and payments as CSV or XLSX, for the cluster's bookkeeping.

use domain::money::Currency;

use crate::auth::{Allows, Read};
use crate::{App, Error};

pub use crate::table::{Table, Value};

fn text(s: impl Into<String>) -> Value {
    Value::Text(s.into())
}

fn currency(code: &str) -> Currency {
    Currency::parse(code).unwrap_or(Currency::EUR)
}

pub const INVOICE_COLUMNS: [&str; 12] =
    ["number", "date", "due_date", "kind", "customer", "vat_id", "net", "tax", "gross", "currency", "status", "paid"];

/// Every invoice of the cluster, by number, with its state on `today`.
pub async fn invoices(app: &App, scope: &impl Allows<Read>) -> Result<Table, Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let row = move |r: store::invoice::InvoiceWithCustomer| {
        let i = &r.invoice;
        let c = currency(&i.currency);
        let state = i.state(today);
        vec![
            text(&i.number),
            text(i.issued_on.to_string()),
            text(i.due_on.to_string()),
            text(i.kind.code()),
            text(&r.customer),
            text(r.customer_vat_id.clone().unwrap_or_default()),
            Value::Money(i.net_minor, c),
            Value::Money(i.tax_minor, c),
            Value::Money(i.gross_minor, c),
            text(&i.currency),
            text(state.code()),
            Value::Money(i.paid_minor, c),
        ]
    };
    let rows = store::invoice::all_with_customers(&app.db, scope);
    Ok(Table::streamed("Invoices", INVOICE_COLUMNS.to_vec(), rows, row))
}

pub const PAYMENT_COLUMNS: [&str; 10] = [
    "date",
    "amount",
    "currency",
    "invoice",
    "customer",
    "vat_id",
    "reference",
    "source",
    "kept_as_credit",
    "reversed_on",
];

/// Every payment of the cluster, by day: a reversed one with the day it was reversed, and what
/// a payment kept as the customer's credit beside its amount.
pub async fn payments(app: &App, scope: &impl Allows<Read>) -> Result<Table, Error> {
    let scope = scope.checked()?;
    let base = scope.cluster().base_currency;
    let row = move |p: domain::invoice::PaymentRecord| {
        let c = p.currency.as_deref().map_or(base, currency);
        vec![
            text(p.paid_on.to_string()),
            Value::Money(p.amount_minor, c),
            text(c.code()),
            text(p.invoice_number.unwrap_or_default()),
            text(p.customer.unwrap_or_default()),
            text(p.customer_vat_id.unwrap_or_default()),
            text(p.reference),
            text(p.source.code()),
            Value::Money(p.kept_as_credit_minor, c),
            text(p.reversed_at.map(|at| at.date_naive().to_string()).unwrap_or_default()),
        ]
    };
    Ok(Table::streamed("Payments", PAYMENT_COLUMNS.to_vec(), store::invoice::payments(&app.db, scope), row))
}
