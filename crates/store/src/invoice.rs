//! Invoices of one cluster: numbered per cluster and year without gaps, with lines and payments.
//! An invoice is never deleted: it is voided, or corrected by a credit note.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use domain::id::{Uuid, new_id};
use domain::membership::MembershipFee;

use crate::db::{RowStream, Source, Tx, dispatch, models, read_model, reading, send_rows, spawn_rows, within};
use crate::{ClusterScope, Db, StoreError, now};

pub use domain::invoice::{
    CreditEntry, CreditKind, Invoice, InvoiceKind, InvoiceLine as Line, InvoiceWithCustomer, Payment, PaymentRecord,
    PaymentSource, Reminder,
};

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
    /// For a credit note: the invoice it corrects.
    pub credited_invoice_id: Option<Uuid>,
}

impl NewInvoice {
    pub fn net(&self) -> i64 {
        self.lines.iter().map(|l| l.quantity * l.unit_price_minor).sum()
    }

    /// The tax on the net amount (see [`domain::invoice::tax_minor`]).
    pub fn tax(&self) -> i64 {
        domain::invoice::tax_minor(self.net(), self.tax_rate_basis_points)
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

/// Locks the cluster's counter of `year` inside the unit of work and returns the last number
/// taken. Taking the counter first makes a concurrent unit wait here (on PostgreSQL the UPDATE
/// locks the row; on SQLite the write transaction is exclusive) and then see what this one wrote.
pub(crate) async fn lock_sequence(tx: &mut Tx, scope: &ClusterScope, year: i32) -> Result<i64, StoreError> {
    let (last,): (i64,) = within!(tx, c => {
        sqlx::query(
            "INSERT INTO invoice_sequences (cluster_id, year, last_number) VALUES ($1, $2, 0) \
             ON CONFLICT (cluster_id, year) DO NOTHING",
        )
        .bind(scope.cluster_id()).bind(year).execute(&mut *c).await?;
        sqlx::query_as(
            "UPDATE invoice_sequences SET last_number = last_number WHERE cluster_id = $1 AND year = $2 \
             RETURNING last_number",
        )
        .bind(scope.cluster_id()).bind(year).fetch_one(&mut *c).await?
    });
    Ok(last)
}

/// Takes the cluster's numbering of `year` on to at least `highest` (an imported invoice holds
/// that number), inside the unit of work that [`lock_sequence`]d it.
pub(crate) async fn raise_sequence(
    tx: &mut Tx,
    scope: &ClusterScope,
    year: i32,
    highest: i64,
) -> Result<(), StoreError> {
    within!(tx, c => sqlx::query(
        "UPDATE invoice_sequences SET last_number = CASE WHEN last_number < $3 THEN $3 ELSE last_number END \
         WHERE cluster_id = $1 AND year = $2")
        .bind(scope.cluster_id()).bind(year).bind(highest).execute(&mut *c).await.map(|_| ()))?;
    Ok(())
}

async fn advance_sequence(tx: &mut Tx, scope: &ClusterScope, year: i32, last: i64) -> Result<(), StoreError> {
    within!(tx, c => sqlx::query("UPDATE invoice_sequences SET last_number = $3 WHERE cluster_id = $1 AND year = $2")
        .bind(scope.cluster_id()).bind(year).bind(last).execute(&mut *c).await.map(|_| ()))?;
    Ok(())
}

/// An invoice to write: its place in the list given, id, number and content.
type InvoiceToWrite<'a> = (usize, Uuid, String, &'a NewInvoice);

/// Inserts invoices (with their numbers) and their lines inside the unit of work.
async fn insert_invoices(
    tx: &mut Tx,
    scope: &ClusterScope,
    rows: &[InvoiceToWrite<'_>],
    draft: bool,
    by: &str,
    at: DateTime<Utc>,
) -> Result<(), StoreError> {
    let currency = scope.cluster().base_currency.code();
    let lines: Vec<(Uuid, i64, &NewLine)> = rows
        .iter()
        .flat_map(|(_, id, _, i)| i.lines.iter().enumerate().map(move |(p, l)| (*id, p as i64 + 1, l)))
        .collect();
    within!(tx, c => {
        for chunk in rows.chunks(BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO invoices (cluster_id, id, kind, number, organisation_id, membership_id, period_start, \
                 issued_on, due_on, currency, tax_rate_basis_points, net_minor, tax_minor, gross_minor, explanation, \
                 credited_invoice_id, draft, created_by, created_at) ",
            );
            qb.push_values(chunk, |mut b, (_, id, number, i)| {
                let (net, tax) = (i.net(), i.tax());
                b.push_bind(scope.cluster_id())
                    .push_bind(*id)
                    .push_bind(i.kind.code())
                    .push_bind(number.clone())
                    .push_bind(i.organisation_id)
                    .push_bind(i.membership_id)
                    .push_bind(i.period_start)
                    .push_bind(i.issued_on)
                    .push_bind(i.due_on)
                    .push_bind(currency)
                    .push_bind(i.tax_rate_basis_points)
                    .push_bind(net)
                    .push_bind(tax)
                    .push_bind(net + tax)
                    .push_bind(i.explanation.clone())
                    .push_bind(i.credited_invoice_id)
                    .push_bind(draft)
                    .push_bind(by.to_string())
                    .push_bind(at);
            });
            qb.build().execute(&mut *c).await?;
        }
        for chunk in lines.chunks(BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO invoice_lines (cluster_id, invoice_id, position, description, quantity, unit_price_minor, \
                 net_minor) ",
            );
            qb.push_values(chunk, |mut b, (invoice, position, l)| {
                b.push_bind(scope.cluster_id())
                    .push_bind(*invoice)
                    .push_bind(*position)
                    .push_bind(l.description.clone())
                    .push_bind(l.quantity)
                    .push_bind(l.unit_price_minor)
                    .push_bind(l.quantity * l.unit_price_minor);
            });
            qb.build().execute(&mut *c).await?;
        }
    });
    Ok(())
}

/// Issues invoices inside the unit of work, numbered on from the year of their issue's last
/// number (all of one year). A fee invoice for a membership whose period already has one (issued
/// by an earlier or a concurrent run, voided or not) is not issued: a renewal can be repeated,
/// and two at once create each invoice once. Returns the invoices issued, in the order given.
pub async fn issue_invoices(
    tx: &mut Tx,
    scope: &ClusterScope,
    invoices: &[NewInvoice],
    by: &str,
) -> Result<Vec<Issued>, StoreError> {
    let Some(first) = invoices.first() else { return Ok(Vec::new()) };
    let year = first.issued_on.year();
    if invoices.iter().any(|i| i.issued_on.year() != year) {
        return Err(StoreError::Corrupt("invoices of one run are issued in one year".into()));
    }
    let at = now();
    let last = lock_sequence(tx, scope, year).await?;
    let earliest = invoices.iter().filter(|i| i.kind == InvoiceKind::Fee).filter_map(|i| i.period_start).min();
    let done: Vec<(Option<Uuid>, Option<NaiveDate>)> = match earliest {
        None => Vec::new(),
        Some(earliest) => within!(tx, c => sqlx::query_as(
            "SELECT membership_id, period_start FROM invoices WHERE cluster_id = $1 AND kind = 'fee' \
             AND period_start >= $2")
            .bind(scope.cluster_id()).bind(earliest).fetch_all(&mut *c).await)?,
    };
    let done: std::collections::HashSet<(Option<Uuid>, Option<NaiveDate>)> = done.into_iter().collect();
    let todo: Vec<InvoiceToWrite> = invoices
        .iter()
        .enumerate()
        .filter(|(_, i)| i.kind != InvoiceKind::Fee || !done.contains(&(i.membership_id, i.period_start)))
        .enumerate()
        .map(|(n, (index, i))| (index, new_id(), invoice_number(year, last + 1 + n as i64), i))
        .collect();
    insert_invoices(tx, scope, &todo, false, by, at).await?;
    advance_sequence(tx, scope, year, last + todo.len() as i64).await?;
    Ok(todo.into_iter().map(|(index, id, number, _)| Issued { index, id, number }).collect())
}

/// Saves an invoice as a draft: it has no number and owes nothing until it is issued.
pub async fn save_draft(db: &Db, scope: &ClusterScope, invoice: &NewInvoice, by: &str) -> Result<Uuid, StoreError> {
    let mut tx = db.begin().await?;
    let id = save_draft_in(&mut tx, scope, invoice, by).await?;
    tx.commit().await?;
    Ok(id)
}

/// [`save_draft`] inside a unit of work (which puts deliveries of services on it, say).
pub async fn save_draft_in(
    tx: &mut Tx,
    scope: &ClusterScope,
    invoice: &NewInvoice,
    by: &str,
) -> Result<Uuid, StoreError> {
    let id = new_id();
    let rows = [(0usize, id, format!("draft-{id}"), invoice)];
    insert_invoices(tx, scope, &rows, true, by, now()).await?;
    Ok(id)
}

/// Issues a draft on `issued_on`, due on `due_on`: it takes the next number of that year. `None`
/// when the cluster has no such draft (an issued invoice is not issued again).
pub async fn issue_draft(
    db: &Db,
    scope: &ClusterScope,
    id: Uuid,
    issued_on: NaiveDate,
    due_on: NaiveDate,
) -> Result<Option<String>, StoreError> {
    let year = issued_on.year();
    let mut tx = db.begin().await?;
    let last = lock_sequence(&mut tx, scope, year).await?;
    let number = invoice_number(year, last + 1);
    let n = within!(&mut tx, c => sqlx::query(
        "UPDATE invoices SET draft = FALSE, number = $3, issued_on = $4, due_on = $5 \
         WHERE cluster_id = $1 AND id = $2 AND draft = TRUE")
        .bind(scope.cluster_id()).bind(id).bind(&number).bind(issued_on).bind(due_on)
        .execute(&mut *c).await.map(|r| r.rows_affected()))?;
    if n != 1 {
        return Ok(None);
    }
    advance_sequence(&mut tx, scope, year, last + 1).await?;
    tx.commit().await?;
    Ok(Some(number))
}

/// Discards a draft and its lines; false when the cluster has no such draft. Issued invoices are
/// never deleted.
pub async fn discard_draft(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<bool, StoreError> {
    let done = {
        let mut unit = db.begin().await?;
        let done = within!(&mut unit, tx => {
            // The draft's row is locked first: an issue at the same moment waits, then finds it gone.
            let is_draft: Option<(Uuid,)> = sqlx::query_as(
                "UPDATE invoices SET number = number WHERE cluster_id = $1 AND id = $2 AND draft = TRUE RETURNING id")
                .bind(scope.cluster_id()).bind(id).fetch_optional(&mut *tx).await?;
            if is_draft.is_some() {
                // The deliveries of services it held may go on another invoice.
                sqlx::query("UPDATE service_deliveries SET invoice_id = NULL WHERE cluster_id = $1 AND invoice_id = $2")
                    .bind(scope.cluster_id()).bind(id).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM invoice_lines WHERE cluster_id = $1 AND invoice_id = $2")
                    .bind(scope.cluster_id()).bind(id).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM invoices WHERE cluster_id = $1 AND id = $2 AND draft = TRUE")
                    .bind(scope.cluster_id()).bind(id).execute(&mut *tx).await?;
            }
            is_draft.is_some()
        });
        unit.commit().await?;
        done
    };
    Ok(done)
}

/// Voids an issued invoice inside the unit of work, which has checked
/// [`Invoice::may_void`] on the invoice it [`lock`]ed. The statement checks again (issued, not
/// void, nothing paid) and answers false when it found nothing to void.
pub async fn void(tx: &mut Tx, scope: &ClusterScope, id: Uuid, reason: &str, by: &str) -> Result<bool, StoreError> {
    let n = within!(tx, c => sqlx::query(
        "UPDATE invoices SET voided_at = $3, voided_by = $4, void_reason = $5 \
         WHERE cluster_id = $1 AND id = $2 AND draft = FALSE AND voided_at IS NULL \
         AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.cluster_id = $1 AND p.invoice_id = $2)")
        .bind(scope.cluster_id()).bind(id).bind(now()).bind(by).bind(reason)
        .execute(&mut *c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

// An invoice's row as selected by `INVOICE_SELECT`.
read_model!(raw InvoiceRow => Invoice {
    id: Uuid,
    kind: String as InvoiceKind::parse,
    number: String,
    draft: bool,
    organisation_id: Uuid,
    membership_id: Option<Uuid>,
    period_start: Option<NaiveDate>,
    issued_on: NaiveDate,
    due_on: NaiveDate,
    currency: String,
    tax_rate_basis_points: i64,
    net_minor: i64,
    tax_minor: i64,
    gross_minor: i64,
    explanation: String,
    credited_invoice_id: Option<Uuid>,
    voided_at: Option<DateTime<Utc>>,
    void_reason: Option<String>,
    paid_minor: i64,
    credited_minor: i64,
});

fn invoices(rows: Vec<InvoiceRow>) -> Result<Vec<Invoice>, StoreError> {
    models(rows)
}

// The columns of an invoice's own row, for `INVOICE_SELECT` and the reads that sum payments
// otherwise.
macro_rules! invoice_columns {
    () => {
        "SELECT i.id, i.kind, i.number, i.draft, i.organisation_id, i.membership_id, \
     i.period_start, i.issued_on, i.due_on, i.currency, i.tax_rate_basis_points, i.net_minor, i.tax_minor, \
     i.gross_minor, i.explanation, i.credited_invoice_id, i.voided_at, i.void_reason"
    };
}

const INVOICE_SELECT: &str = concat!(
    invoice_columns!(),
    ", \
     CAST(COALESCE((SELECT SUM(p.amount_minor - p.kept_as_credit_minor) FROM payments p \
     WHERE p.cluster_id = i.cluster_id AND p.invoice_id = i.id AND p.reversed_at IS NULL), 0) AS BIGINT) AS paid_minor, \
     CAST(COALESCE((SELECT -SUM(c.gross_minor) FROM invoices c WHERE c.cluster_id = i.cluster_id \
     AND c.credited_invoice_id = i.id AND c.voided_at IS NULL AND c.draft = FALSE), 0) AS BIGINT) AS credited_minor \
     FROM invoices i"
);

// Invoices `i` of the cluster `$1` with what was paid of each (`p.paid`) and what issued credit
// notes took off (`k.credited`): summed once for the cluster and joined, rather than looked up
// for each invoice as `INVOICE_SELECT` does.
macro_rules! paid_and_credited {
    () => {
        "FROM invoices i \
         LEFT JOIN (SELECT invoice_id, SUM(amount_minor - kept_as_credit_minor) AS paid FROM payments \
           WHERE cluster_id = $1 AND invoice_id IS NOT NULL AND reversed_at IS NULL GROUP BY invoice_id) p \
           ON p.invoice_id = i.id \
         LEFT JOIN (SELECT credited_invoice_id, -SUM(gross_minor) AS credited FROM invoices \
           WHERE cluster_id = $1 AND credited_invoice_id IS NOT NULL AND voided_at IS NULL AND draft = FALSE \
           GROUP BY credited_invoice_id) k ON k.credited_invoice_id = i.id"
    };
}

/// The fee invoices of the cluster for periods that start on or after `since`, with their
/// payments: what membership statuses are derived from.
pub async fn fee_invoices(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    since: NaiveDate,
) -> Result<Vec<Invoice>, StoreError> {
    let sql = concat!(
        invoice_columns!(),
        ", CAST(COALESCE(p.paid, 0) AS BIGINT) AS paid_minor, CAST(COALESCE(k.credited, 0) AS BIGINT) AS credited_minor ",
        paid_and_credited!(),
        " WHERE i.cluster_id = $1 AND i.kind = 'fee' AND i.period_start >= $2"
    );
    let rows: Vec<InvoiceRow> =
        crate::many::fetch_all(source.into(), sql, &[scope.cluster_id().into(), since.into()]).await?;
    invoices(rows)
}

read_model!(raw MembershipFeeRow => MembershipFee {
    membership_id: Uuid,
    organisation_id: Uuid,
    period_start: NaiveDate,
    number: String,
    due_on: NaiveDate,
    live: bool,
    gross_minor: i64,
    paid_minor: i64,
    credited_minor: i64,
});

/// The fee invoices of the cluster's memberships for periods that start on or after `since`,
/// with what was paid and credited: the narrow read that many memberships' standings and the
/// membership figures take, in no particular order.
pub async fn membership_fees(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    since: NaiveDate,
) -> Result<Vec<MembershipFee>, StoreError> {
    let sql = concat!(
        "SELECT i.membership_id, i.organisation_id, i.period_start, i.number, i.due_on, \
         (i.draft = FALSE AND i.voided_at IS NULL) AS live, i.gross_minor, \
         CAST(COALESCE(p.paid, 0) AS BIGINT) AS paid_minor, CAST(COALESCE(k.credited, 0) AS BIGINT) AS credited_minor ",
        paid_and_credited!(),
        " WHERE i.cluster_id = $1 AND i.kind = 'fee' AND i.membership_id IS NOT NULL AND i.period_start >= $2"
    );
    let rows: Vec<MembershipFeeRow> =
        crate::many::fetch_all(source.into(), sql, &[scope.cluster_id().into(), since.into()]).await?;
    models(rows)
}

/// An organisation's invoices, newest first.
pub async fn invoices_of(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    organisation_id: Uuid,
) -> Result<Vec<Invoice>, StoreError> {
    let sql = format!(
        "{INVOICE_SELECT} WHERE i.cluster_id = $1 AND i.organisation_id = $2 ORDER BY i.issued_on DESC, i.number DESC"
    );
    let rows = reading!(source.into(), pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(organisation_id).fetch_all(pool).await)?;
    invoices(rows)
}

/// The invoices of an event's registrations, by the registrations' own index.
pub async fn invoices_of_event(db: &Db, scope: &ClusterScope, event_id: Uuid) -> Result<Vec<Invoice>, StoreError> {
    let sql = format!(
        "{INVOICE_SELECT} WHERE i.cluster_id = $1 AND i.id IN (SELECT r.invoice_id FROM registrations r \
         WHERE r.cluster_id = $1 AND r.event_id = $2 AND r.invoice_id IS NOT NULL)"
    );
    let rows =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(event_id).fetch_all(pool).await)?;
    invoices(rows)
}

pub async fn get(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<Invoice>, StoreError> {
    let sql = format!("{INVOICE_SELECT} WHERE i.cluster_id = $1 AND i.id = $2");
    let row: Option<InvoiceRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    row.map(Invoice::try_from).transpose()
}

/// The invoice as it stands inside the unit of work, its row locked until the unit ends (so
/// that a guard checked on it holds when the unit writes). `None` when the cluster has none.
pub async fn lock(tx: &mut Tx, scope: &ClusterScope, id: Uuid) -> Result<Option<Invoice>, StoreError> {
    let sql = format!("{INVOICE_SELECT} WHERE i.cluster_id = $1 AND i.id = $2");
    let row: Option<InvoiceRow> = within!(tx, c => {
        sqlx::query("UPDATE invoices SET number = number WHERE cluster_id = $1 AND id = $2")
            .bind(scope.cluster_id()).bind(id).execute(&mut *c).await?;
        sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(&mut *c).await?
    });
    row.map(Invoice::try_from).transpose()
}

/// The invoices whose number is one of `numbers` (drafts have none).
pub async fn by_numbers(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    numbers: &[String],
) -> Result<Vec<Invoice>, StoreError> {
    let mut source = source.into();
    if numbers.is_empty() {
        return Ok(Vec::new());
    }
    let mut all = Vec::new();
    for chunk in numbers.chunks(BATCH_ROWS) {
        let marks: Vec<String> = (0..chunk.len()).map(|n| format!("${}", n + 2)).collect();
        let sql = format!("{INVOICE_SELECT} WHERE i.cluster_id = $1 AND i.number IN ({})", marks.join(", "));
        let rows: Vec<InvoiceRow> = reading!(source.again(), pool => {
            let mut q = sqlx::query_as(&sql).bind(scope.cluster_id());
            for n in chunk {
                q = q.bind(n);
            }
            q.fetch_all(pool).await
        })?;
        all.extend(invoices(rows)?);
    }
    Ok(all)
}

/// The credit notes that correct an invoice, oldest first.
pub async fn credit_notes_of(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Vec<Invoice>, StoreError> {
    let sql = format!(
        "{INVOICE_SELECT} WHERE i.cluster_id = $1 AND i.credited_invoice_id = $2 ORDER BY i.issued_on, i.number"
    );
    let rows = dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_all(pool).await)?;
    invoices(rows)
}

read_model!(LineRow => Line {
    position: i64,
    description: String,
    quantity: i64,
    unit_price_minor: i64,
    net_minor: i64,
});

pub async fn lines(db: &Db, scope: &ClusterScope, invoice_id: Uuid) -> Result<Vec<Line>, StoreError> {
    let rows: Vec<LineRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT position, description, quantity, unit_price_minor, net_minor FROM invoice_lines \
         WHERE cluster_id = $1 AND invoice_id = $2 ORDER BY position")
        .bind(scope.cluster_id()).bind(invoice_id).fetch_all(pool).await)?;
    models(rows)
}

read_model!(PaymentRow => Payment {
    id: Uuid,
    invoice_id: Option<Uuid>,
    paid_on: NaiveDate,
    amount_minor: i64,
    reference: String,
    source: String as PaymentSource::parse,
    created_by: String,
    kept_as_credit_minor: i64,
    reversed_at: Option<DateTime<Utc>>,
    reversed_by: Option<String>,
    reversal_reason: Option<String>,
});

const PAYMENT_COLUMNS: &str = "id, invoice_id, paid_on, amount_minor, reference, source, created_by, \
                               kept_as_credit_minor, reversed_at, reversed_by, reversal_reason";

/// The payments on an invoice, oldest first.
pub async fn payments_of(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    invoice_id: Uuid,
) -> Result<Vec<Payment>, StoreError> {
    let sql = format!(
        "SELECT {PAYMENT_COLUMNS} FROM payments WHERE cluster_id = $1 AND invoice_id = $2 ORDER BY paid_on, id"
    );
    let rows: Vec<PaymentRow> = reading!(source.into(), pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(invoice_id).fetch_all(pool).await)?;
    models(rows)
}

/// Keeps the whole of a payment as the customer's credit, inside the unit of work (its invoice
/// was credited in full, so nothing of it pays the invoice any more).
pub async fn keep_all_as_credit(tx: &mut Tx, scope: &ClusterScope, payment_id: Uuid) -> Result<(), StoreError> {
    within!(tx, c => sqlx::query(
        "UPDATE payments SET kept_as_credit_minor = amount_minor WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(payment_id).execute(&mut *c).await.map(|_| ()))?;
    Ok(())
}

/// Payments received that match no invoice yet (from bank files), oldest first.
pub async fn unmatched_payments(db: &Db, scope: &ClusterScope) -> Result<Vec<Payment>, StoreError> {
    let sql = format!(
        "SELECT {PAYMENT_COLUMNS} FROM payments WHERE cluster_id = $1 AND invoice_id IS NULL AND reversed_at IS NULL \
         ORDER BY paid_on, id"
    );
    let rows: Vec<PaymentRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(pool).await)?;
    models(rows)
}

/// Assigns an unmatched payment to an invoice inside the unit of work, the part above what it
/// owed kept as credit; false when there is no such unmatched (and not reversed) payment.
pub async fn assign_payment(
    tx: &mut Tx,
    scope: &ClusterScope,
    payment_id: Uuid,
    invoice_id: Uuid,
    kept_as_credit_minor: i64,
) -> Result<bool, StoreError> {
    let n = within!(tx, c => sqlx::query(
        "UPDATE payments SET invoice_id = $3, kept_as_credit_minor = $4 WHERE cluster_id = $1 AND id = $2 \
         AND invoice_id IS NULL AND reversed_at IS NULL")
        .bind(scope.cluster_id()).bind(payment_id).bind(invoice_id).bind(kept_as_credit_minor).execute(&mut *c).await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The bank lines recorded as payments (day, amount, text), sorted, each as often as it was
/// recorded: a statement with the same line twice records it twice.
pub async fn bank_lines(db: &Db, scope: &ClusterScope) -> Result<Vec<(NaiveDate, i64, String)>, StoreError> {
    let rows: Vec<(NaiveDate, i64, String)> =
        dispatch!(db, pool => sqlx::query_as(BANK_LINES).bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(rows)
}

/// [`bank_lines`] inside a unit of work.
pub async fn bank_lines_in(tx: &mut Tx, scope: &ClusterScope) -> Result<Vec<(NaiveDate, i64, String)>, StoreError> {
    let rows: Vec<(NaiveDate, i64, String)> =
        within!(tx, c => sqlx::query_as(BANK_LINES).bind(scope.cluster_id()).fetch_all(&mut *c).await)?;
    Ok(rows)
}

const BANK_LINES: &str = "SELECT paid_on, amount_minor, reference FROM payments WHERE cluster_id = $1 AND source = 'bank' \
                          ORDER BY paid_on, amount_minor, reference";

/// A payment to record. Amounts in minor units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPayment {
    /// None for a bank line that matches no invoice.
    pub invoice_id: Option<Uuid>,
    pub paid_on: NaiveDate,
    pub amount_minor: i64,
    pub reference: String,
    /// The customer and the part of the amount above what the invoice owed, kept as its credit.
    pub kept_as_credit: Option<(Uuid, i64)>,
}

/// Records payments inside the unit of work, which has checked [`Invoice::may_pay`] on each
/// invoice it [`lock`]ed, with a credit entry for each part kept as credit. Returns their ids.
pub async fn record_payments(
    tx: &mut Tx,
    scope: &ClusterScope,
    payments: &[NewPayment],
    source: PaymentSource,
    by: &str,
) -> Result<Vec<Uuid>, StoreError> {
    let at = now();
    let ids: Vec<Uuid> = payments.iter().map(|_| new_id()).collect();
    let rows: Vec<(&Uuid, &NewPayment)> = ids.iter().zip(payments).collect();
    within!(tx, c => {
        for chunk in rows.chunks(BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO payments (cluster_id, id, invoice_id, paid_on, amount_minor, reference, source, created_by, \
                 created_at, kept_as_credit_minor) ",
            );
            qb.push_values(chunk, |mut b, (id, p)| {
                b.push_bind(scope.cluster_id()).push_bind(**id).push_bind(p.invoice_id).push_bind(p.paid_on)
                    .push_bind(p.amount_minor).push_bind(p.reference.clone()).push_bind(source.code())
                    .push_bind(by.to_string()).push_bind(at).push_bind(p.kept_as_credit.map_or(0, |k| k.1));
            });
            qb.build().execute(&mut *c).await?;
        }
    });
    let credits: Vec<NewCredit> = rows
        .iter()
        .filter_map(|(id, p)| {
            p.kept_as_credit.map(|(organisation_id, amount_minor)| NewCredit {
                organisation_id,
                amount_minor,
                kind: CreditKind::Overpayment,
                payment_id: Some(**id),
                note: format!("Paid on {}: {}", p.paid_on, p.reference),
            })
        })
        .collect();
    add_credits(tx, scope, &credits, by).await?;
    Ok(ids)
}

/// The payment as it stands inside the unit of work, its row locked until the unit ends.
pub async fn lock_payment(tx: &mut Tx, scope: &ClusterScope, id: Uuid) -> Result<Option<Payment>, StoreError> {
    let sql = format!("SELECT {PAYMENT_COLUMNS} FROM payments WHERE cluster_id = $1 AND id = $2");
    let row: Option<PaymentRow> = within!(tx, c => {
        sqlx::query("UPDATE payments SET reference = reference WHERE cluster_id = $1 AND id = $2")
            .bind(scope.cluster_id()).bind(id).execute(&mut *c).await?;
        sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(&mut *c).await?
    });
    row.map(Payment::try_from).transpose()
}

/// Marks a payment reversed inside the unit of work, which has checked
/// [`Payment::may_reverse`]; false when it was reversed meanwhile.
pub async fn reverse_payment(
    tx: &mut Tx,
    scope: &ClusterScope,
    id: Uuid,
    reason: &str,
    by: &str,
) -> Result<bool, StoreError> {
    let n = within!(tx, c => sqlx::query(
        "UPDATE payments SET reversed_at = $3, reversed_by = $4, reversal_reason = $5 \
         WHERE cluster_id = $1 AND id = $2 AND reversed_at IS NULL")
        .bind(scope.cluster_id()).bind(id).bind(now()).bind(by).bind(reason)
        .execute(&mut *c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// A change of a customer's credit to record (see [`CreditEntry`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCredit {
    pub organisation_id: Uuid,
    /// Positive adds, negative takes; minor units.
    pub amount_minor: i64,
    pub kind: CreditKind,
    pub payment_id: Option<Uuid>,
    pub note: String,
}

/// Records changes of customers' credit inside the unit of work, which has checked that no
/// balance goes below zero (on the organisations it locked).
pub async fn add_credits(tx: &mut Tx, scope: &ClusterScope, credits: &[NewCredit], by: &str) -> Result<(), StoreError> {
    let at = now();
    within!(tx, c => {
        for chunk in credits.chunks(BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO customer_credits (cluster_id, id, organisation_id, amount_minor, kind, payment_id, note, \
                 created_by, created_at) ",
            );
            qb.push_values(chunk, |mut b, n| {
                b.push_bind(scope.cluster_id()).push_bind(new_id()).push_bind(n.organisation_id)
                    .push_bind(n.amount_minor).push_bind(n.kind.code()).push_bind(n.payment_id)
                    .push_bind(n.note.clone()).push_bind(by.to_string()).push_bind(at);
            });
            qb.build().execute(&mut *c).await?;
        }
    });
    Ok(())
}

read_model!(CreditRow => CreditEntry {
    id: Uuid,
    organisation_id: Uuid,
    amount_minor: i64,
    kind: String as CreditKind::parse,
    payment_id: Option<Uuid>,
    note: String,
    created_by: String,
    created_at: DateTime<Utc>,
});

/// A customer's credit entries, oldest first; their sum is its balance.
pub async fn credits_of(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    organisation_id: Uuid,
) -> Result<Vec<CreditEntry>, StoreError> {
    let rows: Vec<CreditRow> = reading!(source.into(), pool => sqlx::query_as(
        "SELECT id, organisation_id, amount_minor, kind, payment_id, note, created_by, created_at \
         FROM customer_credits WHERE cluster_id = $1 AND organisation_id = $2 ORDER BY created_at, id")
        .bind(scope.cluster_id()).bind(organisation_id).fetch_all(pool).await)?;
    models(rows)
}

/// The credit entries a payment made or used.
pub async fn credits_of_payment(
    tx: &mut Tx,
    scope: &ClusterScope,
    payment_id: Uuid,
) -> Result<Vec<CreditEntry>, StoreError> {
    let rows: Vec<CreditRow> = within!(tx, c => sqlx::query_as(
        "SELECT id, organisation_id, amount_minor, kind, payment_id, note, created_by, created_at \
         FROM customer_credits WHERE cluster_id = $1 AND payment_id = $2 ORDER BY created_at, id")
        .bind(scope.cluster_id()).bind(payment_id).fetch_all(&mut *c).await)?;
    models(rows)
}

/// Every customer's credit balance that is not zero, by organisation (minor units).
pub async fn credit_balances(db: &Db, scope: &ClusterScope) -> Result<Vec<(Uuid, i64)>, StoreError> {
    let rows: Vec<(Uuid, i64)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT organisation_id, CAST(SUM(amount_minor) AS BIGINT) FROM customer_credits WHERE cluster_id = $1 \
         GROUP BY organisation_id HAVING SUM(amount_minor) <> 0")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(rows)
}

#[derive(sqlx::FromRow)]
struct InvoiceWithCustomerRow {
    #[sqlx(flatten)]
    invoice: InvoiceRow,
    customer: String,
    customer_vat_id: Option<String>,
}

/// Every invoice of the cluster with its customer, by number, as they are read.
pub fn all_with_customers(db: &Db, scope: &ClusterScope) -> RowStream<InvoiceWithCustomer> {
    let sql = format!(
        "SELECT * FROM ({INVOICE_SELECT} WHERE i.cluster_id = $1) x \
         JOIN (SELECT id AS customer_id, name AS customer, vat_id AS customer_vat_id FROM organisations \
               WHERE cluster_id = $1) o ON o.customer_id = x.organisation_id ORDER BY x.number"
    );
    let (db, cluster_id) = (db.clone(), scope.cluster_id());
    spawn_rows(move |sender| async move {
        let model = |r: InvoiceWithCustomerRow| {
            Ok(InvoiceWithCustomer {
                invoice: r.invoice.try_into()?,
                customer: r.customer,
                customer_vat_id: r.customer_vat_id,
            })
        };
        dispatch!(&db, pool => send_rows(sqlx::query_as(&sql).bind(cluster_id).fetch(pool), &sender, model).await)
    })
}

read_model!(PaymentRecordRow => PaymentRecord {
    paid_on: NaiveDate,
    amount_minor: i64,
    reference: String,
    source: String as PaymentSource::parse,
    kept_as_credit_minor: i64,
    reversed_at: Option<DateTime<Utc>>,
    invoice_number: Option<String>,
    currency: Option<String>,
    customer: Option<String>,
    customer_vat_id: Option<String>,
});

/// Every payment of the cluster, by day, as they are read; a payment matched to no invoice has
/// no invoice number.
pub fn payments(db: &Db, scope: &ClusterScope) -> RowStream<PaymentRecord> {
    let (db, cluster_id) = (db.clone(), scope.cluster_id());
    spawn_rows(move |sender| async move {
        let sql = "SELECT p.paid_on, p.amount_minor, p.reference, p.source, p.kept_as_credit_minor, p.reversed_at, \
             i.number AS invoice_number, i.currency, \
             o.name AS customer, o.vat_id AS customer_vat_id FROM payments p \
             LEFT JOIN invoices i ON i.cluster_id = p.cluster_id AND i.id = p.invoice_id \
             LEFT JOIN organisations o ON o.cluster_id = i.cluster_id AND o.id = i.organisation_id \
             WHERE p.cluster_id = $1 ORDER BY p.paid_on, p.id";
        dispatch!(&db, pool => send_rows(sqlx::query_as(sql).bind(cluster_id).fetch(pool), &sender, |r: PaymentRecordRow| r.try_into()).await)
    })
}

/// Records reminders sent `at`: invoice and the address it went to.
pub async fn record_reminders(
    tx: &mut Tx,
    scope: &ClusterScope,
    sent: &[(Uuid, String)],
    by: &str,
    at: DateTime<Utc>,
) -> Result<(), StoreError> {
    within!(tx, c => {
        for chunk in sent.chunks(BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO invoice_reminders (cluster_id, id, invoice_id, sent_to, sent_by, sent_at) ",
            );
            qb.push_values(chunk, |mut b, (invoice, to)| {
                b.push_bind(scope.cluster_id()).push_bind(new_id()).push_bind(*invoice).push_bind(to.clone())
                    .push_bind(by.to_string()).push_bind(at);
            });
            qb.build().execute(&mut *c).await?;
        }
    });
    Ok(())
}

read_model!(ReminderRow => Reminder { invoice_id: Uuid, sent_to: String, sent_by: String, sent_at: DateTime<Utc> });

/// Every reminder sent in the cluster since `since`, oldest first.
pub async fn reminders(db: &Db, scope: &ClusterScope, since: DateTime<Utc>) -> Result<Vec<Reminder>, StoreError> {
    let rows: Vec<ReminderRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT invoice_id, sent_to, sent_by, sent_at FROM invoice_reminders WHERE cluster_id = $1 AND sent_at >= $2 \
         ORDER BY sent_at, id")
        .bind(scope.cluster_id()).bind(since).fetch_all(pool).await)?;
    models(rows)
}

/// The invoices reminded since `since`, read inside the unit of work after locking the cluster's
/// row: two reminder runs at once take turns here, and the second sees what the first recorded.
pub async fn reminded_since(
    tx: &mut Tx,
    scope: &ClusterScope,
    since: DateTime<Utc>,
) -> Result<std::collections::HashSet<Uuid>, StoreError> {
    let rows: Vec<(Uuid,)> = within!(tx, c => {
        sqlx::query("UPDATE clusters SET slug = slug WHERE id = $1").bind(scope.cluster_id()).execute(&mut *c).await?;
        sqlx::query_as("SELECT invoice_id FROM invoice_reminders WHERE cluster_id = $1 AND sent_at >= $2")
            .bind(scope.cluster_id()).bind(since).fetch_all(&mut *c).await?
    });
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// The reminders sent about one invoice, oldest first.
pub async fn reminders_of(db: &Db, scope: &ClusterScope, invoice_id: Uuid) -> Result<Vec<Reminder>, StoreError> {
    let rows: Vec<ReminderRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT invoice_id, sent_to, sent_by, sent_at FROM invoice_reminders WHERE cluster_id = $1 AND invoice_id = $2 \
         ORDER BY sent_at, id")
        .bind(scope.cluster_id()).bind(invoice_id).fetch_all(pool).await)?;
    models(rows)
}
