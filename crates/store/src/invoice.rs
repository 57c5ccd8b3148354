//! Invoices of one cluster: numbered per cluster and year without gaps, with lines and payments.
//! An invoice is never deleted: it is voided, or corrected by a credit note.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use domain::id::{Uuid, new_id};

use crate::db::{dispatch, write_tx};
use crate::{ClusterScope, Db, StoreError, now};

/// What an invoice is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceKind {
    Fee,
    Service,
    Event,
    CreditNote,
}

impl InvoiceKind {
    pub fn code(self) -> &'static str {
        match self {
            Self::Fee => "fee",
            Self::Service => "service",
            Self::Event => "event",
            Self::CreditNote => "credit_note",
        }
    }
}

/// One line of a new invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLine {
    pub description: String,
    pub quantity: i64,
    pub unit_price_minor: i64,
}

/// An invoice to issue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInvoice {
    pub kind: InvoiceKind,
    pub organisation_id: Uuid,
    pub membership_id: Option<Uuid>,
    /// For a fee invoice: the first day of the period it pays for.
    pub period_start: Option<NaiveDate>,
    pub issued_on: NaiveDate,
    pub due_on: NaiveDate,
    pub tax_rate_basis_points: i64,
    pub lines: Vec<NewLine>,
    pub explanation: String,
}

impl NewInvoice {
    pub fn net(&self) -> i64 {
        self.lines.iter().map(|l| l.quantity * l.unit_price_minor).sum()
    }

    /// The tax on the net amount, rounded to the nearest minor unit (halves up).
    pub fn tax(&self) -> i64 {
        let n = i128::from(self.net()) * i128::from(self.tax_rate_basis_points);
        ((2 * n.abs() + 10_000) / 20_000 * n.signum()) as i64
    }
}

/// The invoice number of the `sequence`th invoice of `year`: `2026-0042`.
pub fn invoice_number(year: i32, sequence: i64) -> String {
    format!("{year}-{sequence:04}")
}

/// How many rows go into one multi-row INSERT: 20 parameters a row stays well under both
/// databases' limits.
const BATCH_ROWS: usize = 1500;

/// An invoice a run issued: its place in the list given, its id and number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issued {
    pub index: usize,
    pub id: Uuid,
    pub number: String,
}

/// Issues fee invoices in one transaction, numbered on from the year's last number. A membership
/// whose period already has a fee invoice (issued by an earlier or a concurrent run, voided or
/// not) gets none: the run can be repeated, and two at once create each invoice once. Returns the
/// invoices issued, in the order given.
pub async fn issue_fee_invoices(
    db: &Db,
    scope: &ClusterScope,
    invoices: &[NewInvoice],
    by: &str,
) -> Result<Vec<Issued>, StoreError> {
    let Some(first) = invoices.first() else { return Ok(Vec::new()) };
    let year = first.issued_on.year();
    debug_assert!(invoices.iter().all(|i| i.issued_on.year() == year && i.kind == InvoiceKind::Fee));
    let at = now();
    let currency = scope.cluster().base_currency.code();
    let issued = write_tx!(db, tx => {
        // Taking the year's counter first makes a concurrent run wait here (on PostgreSQL the
        // UPDATE locks the row; on SQLite the write transaction is exclusive) and then see the
        // invoices this one wrote.
        sqlx::query("INSERT INTO invoice_sequences (cluster_id, year, last_number) VALUES ($1, $2, 0) \
                     ON CONFLICT (cluster_id, year) DO NOTHING")
            .bind(scope.cluster_id()).bind(year).execute(&mut *tx).await?;
        let (last,): (i64,) = sqlx::query_as(
            "UPDATE invoice_sequences SET last_number = last_number WHERE cluster_id = $1 AND year = $2 \
             RETURNING last_number")
            .bind(scope.cluster_id()).bind(year).fetch_one(&mut *tx).await?;
        let earliest = invoices.iter().filter_map(|i| i.period_start).min();
        let done: Vec<(Option<Uuid>, Option<NaiveDate>)> = sqlx::query_as(
            "SELECT membership_id, period_start FROM invoices WHERE cluster_id = $1 AND kind = 'fee' AND period_start >= $2")
            .bind(scope.cluster_id()).bind(earliest).fetch_all(&mut *tx).await?;
        let done: std::collections::HashSet<(Option<Uuid>, Option<NaiveDate>)> = done.into_iter().collect();
        let todo: Vec<(usize, Uuid, String, &NewInvoice)> = invoices
            .iter()
            .enumerate()
            .filter(|(_, i)| !done.contains(&(i.membership_id, i.period_start)))
            .enumerate()
            .map(|(n, (index, i))| (index, new_id(), invoice_number(year, last + 1 + n as i64), i))
            .collect();
        for chunk in todo.chunks(BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO invoices (cluster_id, id, kind, number, organisation_id, membership_id, period_start, \
                 issued_on, due_on, currency, tax_rate_basis_points, net_minor, tax_minor, gross_minor, explanation, \
                 created_by, created_at) ",
            );
            qb.push_values(chunk, |mut b, (_, id, number, i)| {
                let (net, tax) = (i.net(), i.tax());
                b.push_bind(scope.cluster_id()).push_bind(*id).push_bind(i.kind.code()).push_bind(number.clone())
                    .push_bind(i.organisation_id).push_bind(i.membership_id).push_bind(i.period_start)
                    .push_bind(i.issued_on).push_bind(i.due_on).push_bind(currency).push_bind(i.tax_rate_basis_points)
                    .push_bind(net).push_bind(tax).push_bind(net + tax).push_bind(i.explanation.clone())
                    .push_bind(by.to_string()).push_bind(at);
            });
            qb.build().execute(&mut *tx).await?;
        }
        let lines: Vec<(Uuid, i64, &NewLine)> = todo
            .iter()
            .flat_map(|(_, id, _, i)| i.lines.iter().enumerate().map(move |(p, l)| (*id, p as i64 + 1, l)))
            .collect();
        for chunk in lines.chunks(BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO invoice_lines (cluster_id, invoice_id, position, description, quantity, unit_price_minor, \
                 net_minor) ",
            );
            qb.push_values(chunk, |mut b, (invoice, position, l)| {
                b.push_bind(scope.cluster_id()).push_bind(*invoice).push_bind(*position)
                    .push_bind(l.description.clone()).push_bind(l.quantity).push_bind(l.unit_price_minor)
                    .push_bind(l.quantity * l.unit_price_minor);
            });
            qb.build().execute(&mut *tx).await?;
        }
        sqlx::query("UPDATE invoice_sequences SET last_number = $3 WHERE cluster_id = $1 AND year = $2")
            .bind(scope.cluster_id()).bind(year).bind(last + todo.len() as i64).execute(&mut *tx).await?;
        todo.into_iter().map(|(index, id, number, _)| Issued { index, id, number }).collect::<Vec<_>>()
    });
    Ok(issued)
}

/// An invoice as stored, with what has been paid on it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Invoice {
    pub id: Uuid,
    pub kind: String,
    pub number: String,
    pub organisation_id: Uuid,
    pub membership_id: Option<Uuid>,
    pub period_start: Option<NaiveDate>,
    pub issued_on: NaiveDate,
    pub due_on: NaiveDate,
    pub currency: String,
    pub net_minor: i64,
    pub tax_minor: i64,
    pub gross_minor: i64,
    pub explanation: String,
    pub voided_at: Option<DateTime<Utc>>,
    pub paid_minor: i64,
}

const INVOICE_SELECT: &str = "SELECT i.id, i.kind, i.number, i.organisation_id, i.membership_id, i.period_start, \
     i.issued_on, i.due_on, i.currency, i.net_minor, i.tax_minor, i.gross_minor, i.explanation, i.voided_at, \
     CAST(COALESCE((SELECT SUM(p.amount_minor) FROM payments p WHERE p.cluster_id = i.cluster_id \
     AND p.invoice_id = i.id), 0) AS BIGINT) AS paid_minor FROM invoices i";

/// The fee invoices of the cluster for periods that start on or after `since`, with their
/// payments: what membership statuses are derived from.
pub async fn fee_invoices(db: &Db, scope: &ClusterScope, since: NaiveDate) -> Result<Vec<Invoice>, StoreError> {
    let sql = format!("{INVOICE_SELECT} WHERE i.cluster_id = $1 AND i.kind = 'fee' AND i.period_start >= $2");
    let rows = dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(since).fetch_all(pool).await)?;
    Ok(rows)
}

/// An organisation's invoices, newest first.
pub async fn invoices_of(db: &Db, scope: &ClusterScope, organisation_id: Uuid) -> Result<Vec<Invoice>, StoreError> {
    let sql = format!(
        "{INVOICE_SELECT} WHERE i.cluster_id = $1 AND i.organisation_id = $2 ORDER BY i.issued_on DESC, i.number DESC"
    );
    let rows = dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(organisation_id).fetch_all(pool).await)?;
    Ok(rows)
}

/// Records a payment on an invoice; `None` when the cluster has no such invoice.
pub async fn record_payment(
    db: &Db,
    scope: &ClusterScope,
    invoice_id: Uuid,
    paid_on: NaiveDate,
    amount_minor: i64,
    reference: &str,
    by: &str,
) -> Result<Option<Uuid>, StoreError> {
    let id = new_id();
    let result = dispatch!(db, pool => sqlx::query(
        "INSERT INTO payments (cluster_id, id, invoice_id, paid_on, amount_minor, reference, source, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 'manual', $7, $8)")
        .bind(scope.cluster_id()).bind(id).bind(invoice_id).bind(paid_on).bind(amount_minor).bind(reference)
        .bind(by).bind(now()).execute(pool).await.map(|_| ()));
    match result {
        Ok(()) => Ok(Some(id)),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// A payment to record: invoice, day, amount (minor units), reference.
pub type NewPayment = (Uuid, NaiveDate, i64, String);

/// Records many payments in one transaction (the demo, bank imports).
pub async fn record_payments(
    db: &Db,
    scope: &ClusterScope,
    payments: &[NewPayment],
    source: &str,
    by: &str,
) -> Result<(), StoreError> {
    let at = now();
    write_tx!(db, tx => {
        for chunk in payments.chunks(BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO payments (cluster_id, id, invoice_id, paid_on, amount_minor, reference, source, created_by, \
                 created_at) ",
            );
            qb.push_values(chunk, |mut b, (invoice, paid_on, amount, reference)| {
                b.push_bind(scope.cluster_id()).push_bind(new_id()).push_bind(*invoice).push_bind(*paid_on)
                    .push_bind(*amount).push_bind(reference.clone()).push_bind(source.to_string())
                    .push_bind(by.to_string()).push_bind(at);
            });
            qb.build().execute(&mut *tx).await?;
        }
    });
    Ok(())
}

/// An invoice with its customer, for the accounting export.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct InvoiceWithCustomer {
    #[sqlx(flatten)]
    pub invoice: Invoice,
    pub customer: String,
    pub customer_vat_id: Option<String>,
}

/// Every invoice of the cluster with its customer, by number.
pub async fn all_with_customers(db: &Db, scope: &ClusterScope) -> Result<Vec<InvoiceWithCustomer>, StoreError> {
    let sql = format!(
        "SELECT * FROM ({INVOICE_SELECT} WHERE i.cluster_id = $1) x \
         JOIN (SELECT id AS customer_id, name AS customer, vat_id AS customer_vat_id FROM organisations \
               WHERE cluster_id = $1) o ON o.customer_id = x.organisation_id ORDER BY x.number"
    );
    let rows = dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(rows)
}

/// A payment with its invoice and customer, for the accounting export.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PaymentRecord {
    pub paid_on: NaiveDate,
    pub amount_minor: i64,
    pub reference: String,
    pub source: String,
    pub invoice_number: Option<String>,
    pub currency: Option<String>,
    pub customer: Option<String>,
    pub customer_vat_id: Option<String>,
}

/// Every payment of the cluster, by day; a payment matched to no invoice has no invoice number.
pub async fn payments(db: &Db, scope: &ClusterScope) -> Result<Vec<PaymentRecord>, StoreError> {
    let rows = dispatch!(db, pool => sqlx::query_as(
        "SELECT p.paid_on, p.amount_minor, p.reference, p.source, i.number AS invoice_number, i.currency, \
         o.name AS customer, o.vat_id AS customer_vat_id FROM payments p \
         LEFT JOIN invoices i ON i.cluster_id = p.cluster_id AND i.id = p.invoice_id \
         LEFT JOIN organisations o ON o.cluster_id = i.cluster_id AND o.id = i.organisation_id \
         WHERE p.cluster_id = $1 ORDER BY p.paid_on, p.id")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(rows)
}
