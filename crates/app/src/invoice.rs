//! Invoices of a cluster: fee invoices from renewal runs, service and event invoices drafted by
//! hand, all numbered by the same counter; corrections by credit note or, while nothing has been
//! paid, by voiding; payments by hand or from a bank statement; reminders of overdue ones.

use futures_util::TryStreamExt;
use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDate};
use domain::access::Permission;
use domain::id::Uuid;
use domain::invoice::InvoiceState;
use domain::money::{Currency, Money};
use domain::validation::Collector;
use store::cluster::BillingDetails;
use store::invoice::{Invoice, InvoiceKind, Line, NewInvoice, NewLine, Payment, Reminder};

use crate::auth::{Allows, Edit, Manage, Read, require};
use crate::mail::OutgoingMail;
use crate::membership::PAYMENT_TERM_DAYS;
use crate::{App, ClusterScope, Error};

/// An invoice in a list: with its customer and its state on the day asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceItem {
    pub invoice: Invoice,
    pub customer: String,
    pub customer_vat_id: Option<String>,
    pub state: InvoiceState,
}

/// Which invoices a list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InvoiceFilter {
    pub state: Option<InvoiceState>,
    pub kind: Option<InvoiceKind>,
    /// Part of the number or of the customer's name.
    pub search: Option<String>,
}

/// The cluster's invoices that pass `filter`: drafts first, then the newest.
pub async fn list(app: &App, scope: &impl Allows<Read>, filter: &InvoiceFilter) -> Result<Vec<InvoiceItem>, Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let search = filter.search.as_deref().map(domain::text::fold).filter(|s| !s.is_empty());
    let mut items: Vec<InvoiceItem> = store::invoice::all_with_customers(&app.db, scope)
        .try_collect::<Vec<_>>()
        .await?
        .into_iter()
        .map(|r| InvoiceItem {
            state: r.invoice.state(today),
            invoice: r.invoice,
            customer: r.customer,
            customer_vat_id: r.customer_vat_id,
        })
        .filter(|i| filter.state.is_none_or(|s| i.state == s))
        .filter(|i| filter.kind.is_none_or(|k| i.invoice.kind == k))
        .filter(|i| {
            search
                .as_deref()
                .is_none_or(|s| i.invoice.number.contains(s) || domain::text::fold(&i.customer).contains(s))
        })
        .collect();
    items.sort_by(|a, b| {
        b.invoice
            .draft
            .cmp(&a.invoice.draft)
            .then(b.invoice.issued_on.cmp(&a.invoice.issued_on))
            .then(b.invoice.number.cmp(&a.invoice.number))
    });
    Ok(items)
}

/// An organisation's invoices, newest first, each with its state on `today`.
pub async fn of_organisation(
    app: &App,
    scope: &impl Allows<Read>,
    organisation_id: Uuid,
) -> Result<Vec<(Invoice, InvoiceState)>, Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let invoices = store::invoice::invoices_of(&app.db, scope, organisation_id).await?;
    Ok(invoices.into_iter().map(|i| (i.state(today), i)).map(|(s, i)| (i, s)).collect())
}

/// Everything an invoice page and a printed invoice show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceDetail {
    pub invoice: Invoice,
    pub state: InvoiceState,
    pub customer: store::organisation::Organisation,
    pub lines: Vec<Line>,
    pub payments: Vec<Payment>,
    /// The credit notes that correct it.
    pub credit_notes: Vec<Invoice>,
    /// For a credit note: the invoice it corrects.
    pub corrects: Option<Invoice>,
    pub reminders: Vec<Reminder>,
    pub issuer: BillingDetails,
    pub cluster_name: String,
    /// The customer's credit left, minor units.
    pub customer_credit_minor: i64,
}

async fn invoice(app: &App, scope: &ClusterScope, id: Uuid) -> Result<Invoice, Error> {
    store::invoice::get(&app.db, scope, id).await?.ok_or(Error::NotFound("invoice"))
}

pub async fn detail(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<InvoiceDetail, Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let invoice = invoice(app, scope, id).await?;
    let customer = crate::organisation::get(app, scope, invoice.organisation_id).await?;
    let corrects = match invoice.credited_invoice_id {
        Some(original) => store::invoice::get(&app.db, scope, original).await?,
        None => None,
    };
    Ok(InvoiceDetail {
        state: invoice.state(today),
        lines: store::invoice::lines(&app.db, scope, id).await?,
        payments: store::invoice::payments_of(&app.db, scope, id).await?,
        credit_notes: store::invoice::credit_notes_of(&app.db, scope, id).await?,
        reminders: store::invoice::reminders_of(&app.db, scope, id).await?,
        issuer: store::cluster::billing_details(&app.db, scope).await?,
        cluster_name: scope.cluster().name.clone(),
        customer_credit_minor: store::invoice::credits_of(&app.db, scope, invoice.organisation_id)
            .await?
            .iter()
            .map(|e| e.amount_minor)
            .sum(),
        corrects,
        customer,
        invoice,
    })
}

/// One line of an invoice as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct LineInput {
    pub description: Option<String>,
    /// A whole number; 1 when left empty.
    pub quantity: Option<String>,
    /// The price of one, as people type amounts (`1.250,50`).
    pub unit_price: Option<String>,
}

impl LineInput {
    fn is_empty(&self) -> bool {
        [&self.description, &self.quantity, &self.unit_price]
            .iter()
            .all(|v| v.as_deref().is_none_or(|s| s.trim().is_empty()))
    }
}

/// A service or event invoice as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DraftInput {
    /// service or event.
    pub kind: Option<String>,
    pub organisation_id: Option<Uuid>,
    /// A percentage (`21`); 0 when left empty.
    pub tax_rate: Option<String>,
    /// A note printed on the invoice.
    pub note: Option<String>,
    pub lines: Vec<LineInput>,
}

fn parse_draft(input: &DraftInput, currency: Currency, today: NaiveDate) -> Result<NewInvoice, domain::Invalid> {
    let mut c = Collector::new();
    let kind = match input.kind.as_deref().map(str::trim) {
        Some("service") | None | Some("") => Some(InvoiceKind::Service),
        Some("event") => Some(InvoiceKind::Event),
        Some("fee") => {
            c.push("kind", i18n::said("invalid-app-invoice-fee-kind"));
            None
        }
        Some(other) => {
            c.push("kind", i18n::said_with("invalid-app-invoice-not-a-kind", &[("value", other.to_string())]));
            None
        }
    };
    if input.organisation_id.is_none() {
        c.push("organisation_id", i18n::said("invalid-app-invoice-organisation-required"));
    }
    let tax = match input.tax_rate.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        None => Some(0),
        Some(t) => c.take("tax_rate", domain::written::parse_percent(t)),
    };
    let note = c.take("note", domain::validation::optional_text(input.note.as_deref(), 2000));
    let mut lines = Vec::new();
    for (n, l) in input.lines.iter().enumerate().filter(|(_, l)| !l.is_empty()) {
        let field = format!("line_{}", n + 1);
        let description = l.description.as_deref().map(str::trim).unwrap_or_default();
        let quantity = match l.quantity.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
            None => Ok(1),
            Some(q) => q.parse::<i64>().ok().filter(|q| (1..=1_000_000).contains(q)).ok_or_else(|| {
                i18n::said_with(
                    "invalid-app-invoice-line-quantity",
                    &[("line", (n + 1).to_string()), ("value", q.to_string())],
                )
            }),
        };
        let price = domain::written::parse_amount(l.unit_price.as_deref().unwrap_or_default(), currency).map_err(|e| {
            i18n::said_with("invalid-app-invoice-line-price", &[("line", (n + 1).to_string()), ("problem", e)])
        });
        if description.is_empty() {
            c.push(&field, i18n::said_with("invalid-app-invoice-line-description", &[("line", (n + 1).to_string())]));
        } else if description.chars().count() > 300 {
            c.push(
                &field,
                i18n::said_with("invalid-app-invoice-line-description-long", &[("line", (n + 1).to_string())]),
            );
        }
        let quantity = c.take(&field, quantity);
        let price = c.take(&field, price);
        if let (Some(quantity), Some(unit_price_minor)) = (quantity, price) {
            lines.push(NewLine { description: description.to_string(), quantity, unit_price_minor });
        }
    }
    if input.lines.iter().all(LineInput::is_empty) {
        c.push("line_1", i18n::said("invalid-app-invoice-no-line"));
    }
    let new = NewInvoice {
        kind: kind.unwrap_or(InvoiceKind::Service),
        organisation_id: input.organisation_id.unwrap_or_default(),
        membership_id: None,
        period_start: None,
        issued_on: today,
        due_on: today + Duration::days(PAYMENT_TERM_DAYS),
        tax_rate_basis_points: tax.unwrap_or(0),
        lines,
        explanation: note.flatten().unwrap_or_default(),
        credited_invoice_id: None,
    };
    if c.is_empty() && new.net() <= 0 {
        c.push("line_1", i18n::said("invalid-app-invoice-nothing-asked"));
    }
    c.finish(|| new)
}

/// Saves a service or event invoice as a draft, to check before it is issued.
pub async fn draft(app: &App, scope: &impl Allows<Edit>, input: &DraftInput, by: &str) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let new = parse_draft(input, scope.cluster().base_currency, today)?;
    crate::organisation::get(app, scope, new.organisation_id).await?;
    Ok(store::invoice::save_draft(&app.db, scope, &new, by).await?)
}

/// Issues a draft today: it takes the next number and is due in the payment term.
pub async fn issue(app: &App, scope: &impl Allows<Edit>, id: Uuid) -> Result<String, Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let i = invoice(app, scope, id).await?;
    if !i.draft {
        return Err(Error::BadRequest(i18n::said_with(
            "invalid-app-invoice-issued-already",
            &[("number", i.number.clone())],
        )));
    }
    store::invoice::issue_draft(&app.db, scope, id, today, today + Duration::days(PAYMENT_TERM_DAYS))
        .await?
        .ok_or_else(|| Error::BadRequest(i18n::said("invalid-app-invoice-draft-gone")))
}

/// Discards a draft. An issued invoice is never deleted: it is voided or credited.
pub async fn discard(app: &App, scope: &impl Allows<Edit>, id: Uuid) -> Result<(), Error> {
    let scope = scope.checked()?;
    let i = invoice(app, scope, id).await?;
    if !i.draft {
        return Err(Error::BadRequest(i18n::said_with(
            "invalid-app-invoice-issued-not-deleted",
            &[("number", i.number.clone())],
        )));
    }
    store::invoice::discard_draft(&app.db, scope, id).await?;
    Ok(())
}

/// Voids an issued invoice that nothing has been paid on; it keeps its number, marked void.
pub async fn void(app: &App, scope: &impl Allows<Manage>, id: Uuid, reason: &str, by: &str) -> Result<(), Error> {
    let scope = scope.checked()?;
    let mut tx = app.begin().await?;
    let i = store::invoice::lock(&mut tx, scope, id).await?.ok_or(Error::NotFound("invoice"))?;
    i.may_void().map_err(Error::BadRequest)?;
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 300 {
        return Err(domain::Invalid::one("reason", i18n::said("invalid-app-invoice-void-reason")).into());
    }
    if !store::invoice::void(&mut tx, scope, id, reason, by).await? {
        return Err(Error::Internal(format!("invoice {} could be voided, yet was not", i.number)));
    }
    tx.commit().await?;
    Ok(())
}

/// Issues a credit note against an invoice, for `amount` (gross, as typed; all that is not
/// credited yet when empty). Returns the credit note's id and number.
pub async fn credit(
    app: &App,
    scope: &impl Allows<Manage>,
    id: Uuid,
    amount: Option<&str>,
    reason: &str,
    by: &str,
) -> Result<(Uuid, String), Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let mut tx = app.begin().await?;
    let i = store::invoice::lock(&mut tx, scope, id).await?.ok_or(Error::NotFound("invoice"))?;
    let creditable = i.may_credit().map_err(Error::BadRequest)?;
    let mut c = Collector::new();
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 300 {
        c.push("reason", i18n::said("invalid-app-invoice-credit-reason"));
    }
    let currency = scope.cluster().base_currency;
    let gross = match amount.map(str::trim).filter(|a| !a.is_empty()) {
        None => Some(creditable),
        Some(a) => c.take("amount", domain::written::parse_amount(a, currency)),
    };
    if let Some(g) = gross
        && (g <= 0 || g > creditable)
    {
        c.push(
            "amount",
            i18n::said_with(
                "invalid-app-invoice-credit-amount",
                &[("amount", Money::new(creditable, currency).to_string())],
            ),
        );
    }
    let gross = c.finish(|| gross.unwrap_or_default())?;
    let issued = credit_note(&mut tx, scope, &i, gross, reason, today, by).await?;
    tx.commit().await?;
    Ok(issued)
}

/// The language the documents of `organisation` are written in, read within a unit of work:
/// its own, else the cluster's.
pub(crate) async fn customer_language(
    tx: &mut store::Tx,
    scope: &ClusterScope,
    organisation: Uuid,
) -> Result<i18n::Language, Error> {
    let chosen = store::organisation::chosen_language(&mut *tx, scope, organisation).await?;
    Ok(chosen.unwrap_or_else(|| scope.cluster().language()))
}

/// Issues a credit note of `gross` (at most what is left of it) against the invoice `i`, locked
/// in the caller's unit of work, dated `today`, its words in its customer's language. Returns its
/// id and number.
pub(crate) async fn credit_note(
    tx: &mut store::Tx,
    scope: &ClusterScope,
    i: &Invoice,
    gross: i64,
    reason: &str,
    today: NaiveDate,
    by: &str,
) -> Result<(Uuid, String), Error> {
    let customer = customer_language(tx, scope, i.organisation_id).await?;
    let description = i18n::read_by(customer, || {
        i18n::said_with("invoice-line-credit", &[("number", i.number.clone()), ("reason", reason.to_string())])
    });
    let note = NewInvoice {
        kind: InvoiceKind::CreditNote,
        organisation_id: i.organisation_id,
        membership_id: i.membership_id,
        period_start: None,
        issued_on: today,
        due_on: today,
        tax_rate_basis_points: i.tax_rate_basis_points,
        lines: vec![NewLine { description, quantity: 1, unit_price_minor: -i.credit_net(gross) }],
        explanation: reason.to_string(),
        credited_invoice_id: Some(i.id),
    };
    let issued = store::invoice::issue_invoices(tx, scope, &[note], by).await?;
    let issued = issued.into_iter().next().ok_or_else(|| Error::Internal("the credit note was not issued".into()))?;
    Ok((issued.id, issued.number))
}

/// A payment as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct PaymentInput {
    pub paid_on: Option<String>,
    pub amount: Option<String>,
    pub reference: Option<String>,
    /// yes to confirm an amount above what is outstanding: the rest is kept as the customer's
    /// credit.
    pub overpayment: Option<String>,
}

/// Records a payment received on an issued invoice. An amount above what is still owed is
/// refused unless the overpayment is confirmed; the rest is then kept as the customer's credit.
pub async fn record_payment(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    input: &PaymentInput,
    by: &str,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let currency = scope.cluster().base_currency;
    let mut c = Collector::new();
    let paid_on = match input.paid_on.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => Some(today),
        Some(d) => c.take("paid_on", domain::written::parse_date(d, None)),
    };
    if paid_on.is_some_and(|d| d > today) {
        c.push("paid_on", i18n::said("invalid-app-invoice-payment-in-future"));
    }
    let amount = c.take("amount", domain::written::parse_amount(input.amount.as_deref().unwrap_or_default(), currency));
    if amount.is_some_and(|a| a <= 0) {
        c.push("amount", i18n::said("invalid-app-invoice-payment-zero"));
    }
    let reference = c.take("reference", domain::validation::optional_text(input.reference.as_deref(), 300));
    let overpayment = c.take("overpayment", domain::validation::yes_no(&input.overpayment, false));
    // The invoice is read and locked first, so that a payment on a missing or void invoice says
    // so before anything about the amount, and what is outstanding holds until the insert.
    let mut tx = app.begin().await?;
    let i = store::invoice::lock(&mut tx, scope, id).await?.ok_or(Error::NotFound("invoice"))?;
    i.may_pay().map_err(Error::BadRequest)?;
    let owed = i.outstanding_minor();
    if let Some(a) = amount.filter(|a| *a > owed)
        && overpayment == Some(false)
    {
        c.push(
            "amount",
            i18n::said_with(
                "invalid-app-invoice-overpayment",
                &[
                    ("amount", Money::new(a, currency).to_string()),
                    ("owed", Money::new(owed, currency).to_string()),
                    ("number", i.number.clone()),
                    ("rest", Money::new(a - owed, currency).to_string()),
                ],
            ),
        );
    }
    let (paid_on, amount, reference) = c.finish(|| (paid_on, amount, reference))?;
    let (Some(paid_on), Some(amount)) = (paid_on, amount) else {
        return Err(Error::Internal("a checked payment lacks its day or amount".into()));
    };
    let payment = store::invoice::NewPayment {
        invoice_id: Some(id),
        paid_on,
        amount_minor: amount,
        reference: reference.flatten().unwrap_or_default(),
        kept_as_credit: (amount > owed).then_some((i.organisation_id, amount - owed)),
    };
    let ids =
        store::invoice::record_payments(&mut tx, scope, &[payment], store::invoice::PaymentSource::Manual, by).await?;
    tx.commit().await?;
    ids.into_iter().next().ok_or_else(|| Error::Internal("the payment was not recorded".into()))
}

/// Reverses a payment recorded by mistake (a bounced transfer, a typing error), with a reason:
/// it stays in the history, marked reversed, and counts for nothing. What it kept as credit is
/// taken back (refused when that credit was used or refunded since); what it took from the
/// customer's credit is given back. Returns the invoice it was on, if any.
pub async fn reverse_payment(
    app: &App,
    scope: &impl Allows<Manage>,
    payment_id: Uuid,
    reason: &str,
    by: &str,
) -> Result<Option<Uuid>, Error> {
    let scope = scope.checked()?;
    let currency = scope.cluster().base_currency;
    let mut tx = app.begin().await?;
    let p = store::invoice::lock_payment(&mut tx, scope, payment_id).await?.ok_or(Error::NotFound("payment"))?;
    p.may_reverse().map_err(Error::BadRequest)?;
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 300 {
        return Err(domain::Invalid::one("reason", i18n::said("invalid-app-invoice-reverse-reason")).into());
    }
    if let Some(invoice) = p.invoice_id {
        store::invoice::lock(&mut tx, scope, invoice).await?.ok_or(Error::NotFound("invoice"))?;
    }
    let entries = store::invoice::credits_of_payment(&mut tx, scope, payment_id).await?;
    let mut corrections = Vec::new();
    for e in entries.iter().filter(|e| e.kind != store::invoice::CreditKind::Reversal) {
        if e.amount_minor > 0 {
            store::organisation::lock(&mut tx, scope, e.organisation_id)
                .await?
                .ok_or(Error::NotFound("organisation"))?;
            let balance: i64 = store::invoice::credits_of(&mut tx, scope, e.organisation_id)
                .await?
                .iter()
                .map(|c| c.amount_minor)
                .sum();
            if balance < e.amount_minor {
                return Err(Error::conflict(
                    "payment",
                    i18n::said_with(
                        "invalid-app-invoice-credit-spent",
                        &[
                            ("kept", Money::new(e.amount_minor, currency).to_string()),
                            ("left", Money::new(balance.max(0), currency).to_string()),
                        ],
                    ),
                ));
            }
        }
        corrections.push(store::invoice::NewCredit {
            organisation_id: e.organisation_id,
            amount_minor: -e.amount_minor,
            kind: store::invoice::CreditKind::Reversal,
            payment_id: Some(payment_id),
            note: format!("Payment of {} reversed: {reason}", p.paid_on),
        });
    }
    store::invoice::add_credits(&mut tx, scope, &corrections, by).await?;
    if !store::invoice::reverse_payment(&mut tx, scope, payment_id, reason, by).await? {
        return Err(Error::Internal("a payment that could be reversed was not".into()));
    }
    tx.commit().await?;
    Ok(p.invoice_id)
}

/// A customer's credit: its balance and how it came about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerCredit {
    /// Minor units of the cluster's currency; never below zero.
    pub balance_minor: i64,
    pub entries: Vec<store::invoice::CreditEntry>,
}

pub async fn credit_of(app: &App, scope: &impl Allows<Read>, organisation_id: Uuid) -> Result<CustomerCredit, Error> {
    let scope = scope.checked()?;
    let entries = store::invoice::credits_of(&app.db, scope, organisation_id).await?;
    Ok(CustomerCredit { balance_minor: entries.iter().map(|e| e.amount_minor).sum(), entries })
}

/// The customer's credit left inside the unit of work, its organisation locked until the unit
/// ends so that two uses at once cannot both spend it.
async fn locked_credit(tx: &mut store::Tx, scope: &ClusterScope, organisation_id: Uuid) -> Result<i64, Error> {
    store::organisation::lock(tx, scope, organisation_id).await?.ok_or(Error::NotFound("organisation"))?;
    Ok(store::invoice::credits_of(&mut *tx, scope, organisation_id).await?.iter().map(|e| e.amount_minor).sum())
}

/// Pays what is outstanding on an invoice, as far as it goes, from its customer's credit.
/// Returns the amount used (minor units).
pub async fn apply_credit(app: &App, scope: &impl Allows<Edit>, invoice_id: Uuid, by: &str) -> Result<i64, Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let mut tx = app.begin().await?;
    let i = store::invoice::lock(&mut tx, scope, invoice_id).await?.ok_or(Error::NotFound("invoice"))?;
    i.may_pay().map_err(Error::BadRequest)?;
    if i.outstanding_minor() == 0 {
        return Err(Error::BadRequest(i18n::said_with(
            "invalid-app-invoice-nothing-outstanding",
            &[("number", i.number.clone())],
        )));
    }
    let balance = locked_credit(&mut tx, scope, i.organisation_id).await?;
    if balance <= 0 {
        return Err(Error::BadRequest(i18n::said("invalid-app-invoice-no-credit-to-use")));
    }
    let amount = balance.min(i.outstanding_minor());
    let payment = store::invoice::NewPayment {
        invoice_id: Some(i.id),
        paid_on: today,
        amount_minor: amount,
        reference: "From the customer's credit".into(),
        kept_as_credit: None,
    };
    let ids =
        store::invoice::record_payments(&mut tx, scope, &[payment], store::invoice::PaymentSource::Credit, by).await?;
    let used = store::invoice::NewCredit {
        organisation_id: i.organisation_id,
        amount_minor: -amount,
        kind: store::invoice::CreditKind::Applied,
        payment_id: ids.first().copied(),
        note: format!("Used on invoice {}", i.number),
    };
    store::invoice::add_credits(&mut tx, scope, &[used], by).await?;
    tx.commit().await?;
    Ok(amount)
}

/// Records that a customer's credit was paid back to it: `amount` as typed (all of it when
/// empty), with a note (how, and when). Returns the amount refunded (minor units).
pub async fn refund_credit(
    app: &App,
    scope: &impl Allows<Manage>,
    organisation_id: Uuid,
    amount: Option<&str>,
    note: &str,
    by: &str,
) -> Result<i64, Error> {
    let scope = scope.checked()?;
    let currency = scope.cluster().base_currency;
    let mut c = Collector::new();
    let note = note.trim();
    if note.is_empty() || note.chars().count() > 300 {
        c.push("note", i18n::said("invalid-app-invoice-refund-note"));
    }
    let typed = amount.map(str::trim).filter(|a| !a.is_empty());
    let parsed = typed.map(|a| c.take("amount", domain::written::parse_amount(a, currency)));
    let mut tx = app.begin().await?;
    let balance = locked_credit(&mut tx, scope, organisation_id).await?;
    let amount = match parsed {
        None => Some(balance),
        Some(a) => a,
    };
    if let Some(a) = amount
        && (a <= 0 || a > balance)
    {
        c.push(
            "amount",
            if balance > 0 {
                i18n::said_with(
                    "invalid-app-invoice-refund-amount",
                    &[("amount", Money::new(balance, currency).to_string())],
                )
            } else {
                i18n::said("invalid-app-invoice-no-credit-to-refund")
            },
        );
    }
    let amount = c.finish(|| amount.unwrap_or_default())?;
    let refund = store::invoice::NewCredit {
        organisation_id,
        amount_minor: -amount,
        kind: store::invoice::CreditKind::Refund,
        payment_id: None,
        note: note.to_string(),
    };
    store::invoice::add_credits(&mut tx, scope, &[refund], by).await?;
    tx.commit().await?;
    Ok(amount)
}

/// How a payment of a statement was matched by its invoice's number (data of the API, in English).
pub const MATCHED_BY_NUMBER: &str = "invoice number";
/// How a payment was matched by its customer's VAT id and its amount.
pub const MATCHED_BY_VAT: &str = "VAT id and amount";

/// What became of one line of a bank statement.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum BankOutcome {
    /// Paid on this invoice, found by its number (or by the customer's VAT id and the amount);
    /// what it pays above what the invoice still owed is kept as the customer's credit.
    /// `by` is [`MATCHED_BY_NUMBER`] or [`MATCHED_BY_VAT`], the same words in every language.
    Matched { invoice_id: Uuid, number: String, customer: String, by: String, kept_as_credit_minor: i64 },
    /// Money in that matches no invoice: kept among the unmatched payments, to assign by hand.
    Unmatched,
    /// Money out, not a payment received: left alone.
    Outgoing,
    /// Money in another currency than the cluster's: never recorded as the payment of an
    /// invoice; left for a person to book.
    OtherCurrency { currency: String },
    /// Recorded by an earlier import of the same statement.
    AlreadyRecorded,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BankLine {
    /// The line in the file; the header is 1.
    pub line: u64,
    pub paid_on: NaiveDate,
    pub amount_minor: i64,
    /// The statement's text of the line: counterparty, description and reference.
    pub reference: String,
    #[serde(flatten)]
    pub outcome: BankOutcome,
}

/// A bank statement read, matched and (unless a dry run, or a line is wrong) recorded.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BankImport {
    pub lines: Vec<BankLine>,
    /// Lines that could not be read: nothing is recorded while there is one.
    pub errors: Vec<crate::RowError>,
    pub matched: usize,
    pub unmatched: usize,
    pub already_recorded: usize,
    pub recorded: bool,
}

/// The invoice numbers (`2026-0042`) written anywhere in a text.
fn invoice_numbers_in(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 9 <= b.len() {
        let starts_clean = i == 0 || !b[i - 1].is_ascii_digit();
        if starts_clean && b[i..i + 4].iter().all(u8::is_ascii_digit) && b[i + 4] == b'-' {
            let digits = b[i + 5..].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits >= 4 {
                found.extend(text.get(i..i + 5 + digits).map(str::to_string));
                i += 5 + digits;
                continue;
            }
        }
        i += 1;
    }
    found
}

fn compact(text: &str) -> String {
    text.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_uppercase()
}

/// Reads a bank statement (CSV or XLSX with a date, an amount and text columns), matches each
/// payment received to an invoice by the number in its text, or else by the customer's VAT id
/// and the exact amount still owed, and records them all in one transaction unless `dry_run`. A
/// line already recorded by an earlier import is recorded once; money out is left alone.
pub async fn bank_statement(
    app: &App,
    scope: &impl Allows<Read>,
    bytes: &[u8],
    by: &str,
    dry_run: bool,
) -> Result<BankImport, Error> {
    let scope = scope.checked()?;
    if !dry_run {
        require(scope, Permission::Edit)?;
    }
    let today = app.today(scope);
    let (lines, mut errors) =
        crate::statement::read(bytes, scope.cluster().base_currency).map_err(Error::BadRequest)?;
    let mut read = Vec::new();
    for l in lines {
        if l.booked_on > today {
            errors.push(crate::RowError {
                line: l.line,
                field: Some("date".into()),
                message: i18n::said_with("invalid-app-invoice-after-today", &[("day", l.booked_on.to_string())]),
            });
        } else {
            read.push(l);
        }
    }
    // Two imports of one statement at once: each plans against the lines recorded so far, and
    // records only if, inside its unit (which takes the cluster's turn), they are still those
    // lines; otherwise it plans again and finds the other's lines recorded.
    for _ in 0..PLAN_ATTEMPTS {
        let recorded = store::invoice::bank_lines(&app.db, scope).await?;
        let (mut report, planned_outstanding) = plan_statement(app, scope, &read, &recorded).await?;
        report.errors = errors.clone();
        if dry_run || !report.errors.is_empty() {
            return Ok(report);
        }
        let mut tx = app.begin().await?;
        store::cluster::take_turn(&mut tx, scope).await?;
        if store::invoice::bank_lines_in(&mut tx, scope).await? != recorded {
            continue;
        }
        // What was matched is checked again on the locked invoices: one voided since it was read
        // stops the import, and nothing of it is recorded; one paid or credited since (which may
        // undo a match by amount) has the statement planned again.
        let mut matched: Vec<Uuid> = planned_outstanding.keys().copied().collect();
        matched.sort();
        let mut changed = false;
        let mut customer_of = HashMap::new();
        for id in matched {
            let i = store::invoice::lock(&mut tx, scope, id).await?.ok_or(Error::NotFound("invoice"))?;
            i.may_pay().map_err(|why| {
                Error::BadRequest(i18n::said_with("invalid-app-invoice-statement-stopped", &[("problem", why)]))
            })?;
            changed |= planned_outstanding.get(&id) != Some(&i.outstanding_minor());
            customer_of.insert(id, i.organisation_id);
        }
        let payments: Vec<store::invoice::NewPayment> = report
            .lines
            .iter()
            .filter_map(|l| {
                let (invoice_id, kept_as_credit) = match &l.outcome {
                    BankOutcome::Matched { invoice_id, kept_as_credit_minor, .. } => (
                        Some(*invoice_id),
                        customer_of.get(invoice_id).map(|o| (*o, *kept_as_credit_minor)).filter(|k| k.1 > 0),
                    ),
                    BankOutcome::Unmatched => (None, None),
                    _ => return None,
                };
                Some(store::invoice::NewPayment {
                    invoice_id,
                    paid_on: l.paid_on,
                    amount_minor: l.amount_minor,
                    reference: l.reference.clone(),
                    kept_as_credit,
                })
            })
            .collect();
        if changed {
            continue;
        }
        store::invoice::record_payments(&mut tx, scope, &payments, store::invoice::PaymentSource::Bank, by).await?;
        tx.commit().await?;
        report.recorded = true;
        return Ok(report);
    }
    Err(Error::conflict("file", i18n::said("invalid-app-invoice-payments-kept-changing")))
}

/// How many times a statement is planned again when the payments change under it.
const PLAN_ATTEMPTS: usize = 3;

/// What each read line of a statement does, given the bank lines `recorded` before (a multiset:
/// the same line twice on a statement counts twice); with what each matched invoice had
/// outstanding when the plan was made.
async fn plan_statement(
    app: &App,
    scope: &ClusterScope,
    read: &[crate::statement::StatementLine],
    recorded: &[(NaiveDate, i64, String)],
) -> Result<(BankImport, HashMap<Uuid, i64>), Error> {
    let numbers: Vec<String> = {
        let mut all: Vec<String> = read.iter().flat_map(|l| invoice_numbers_in(&l.reference)).collect();
        all.sort();
        all.dedup();
        all
    };
    let by_number: HashMap<String, Invoice> = store::invoice::by_numbers(&app.db, scope, &numbers)
        .await?
        .into_iter()
        .filter(|i| i.may_pay().is_ok())
        .map(|i| (i.number.clone(), i))
        .collect();
    let customers: Vec<_> = store::invoice::all_with_customers(&app.db, scope).try_collect().await?;
    let names: HashMap<Uuid, String> =
        customers.iter().map(|c| (c.invoice.organisation_id, c.customer.clone())).collect();
    // Open invoices by the customer's VAT id, for lines that name no invoice number.
    let mut open_by_vat: HashMap<String, Vec<&Invoice>> = HashMap::new();
    for c in &customers {
        if let Some(vat) = c.customer_vat_id.as_deref().map(compact).filter(|v| v.len() >= 6)
            && c.invoice.may_pay().is_ok()
            && c.invoice.outstanding_minor() > 0
        {
            open_by_vat.entry(vat).or_default().push(&c.invoice);
        }
    }
    let mut recorded_before: HashMap<(NaiveDate, i64, String), usize> = HashMap::new();
    for key in recorded {
        *recorded_before.entry(key.clone()).or_insert(0) += 1;
    }
    let mut lines = Vec::new();
    let mut outstanding = HashMap::new();
    // What each matched invoice still owes after the lines above, so that the second of two
    // payments of one invoice keeps what the first left over as credit.
    let mut owed: HashMap<Uuid, i64> = HashMap::new();
    let base = scope.cluster().base_currency.code();
    for l in read.iter().cloned() {
        let (line, paid_on, amount, reference) = (l.line, l.booked_on, l.amount_minor, l.reference);
        let key = (paid_on, amount, reference.clone());
        let outcome = if amount <= 0 {
            BankOutcome::Outgoing
        } else if let Some(currency) = l.currency.filter(|c| c != base) {
            BankOutcome::OtherCurrency { currency }
        } else if let Some(n) = recorded_before.get_mut(&key).filter(|n| **n > 0) {
            *n -= 1;
            BankOutcome::AlreadyRecorded
        } else if let Some(i) = invoice_numbers_in(&reference)
            .iter()
            .filter_map(|n| by_number.get(n))
            // An invoice paid already (by hand, or by a line above) is not paid twice: the line
            // waits among the unmatched for a person, rather than becoming credit unasked.
            .find(|i| owed.get(&i.id).copied().unwrap_or(i.outstanding_minor()) > 0)
        {
            outstanding.insert(i.id, i.outstanding_minor());
            let left = owed.entry(i.id).or_insert(i.outstanding_minor());
            let kept = (amount - *left).max(0);
            *left -= amount - kept;
            BankOutcome::Matched {
                invoice_id: i.id,
                number: i.number.clone(),
                customer: names.get(&i.organisation_id).cloned().unwrap_or_default(),
                by: MATCHED_BY_NUMBER.into(),
                kept_as_credit_minor: kept,
            }
        } else {
            let text = compact(&reference);
            let by_vat = open_by_vat
                .iter()
                .filter(|(vat, _)| text.contains(vat.as_str()))
                .flat_map(|(_, invoices)| {
                    invoices.iter().filter(|i| owed.get(&i.id).copied().unwrap_or(i.outstanding_minor()) == amount)
                })
                .collect::<Vec<_>>();
            match by_vat.as_slice() {
                [only] => {
                    outstanding.insert(only.id, only.outstanding_minor());
                    owed.insert(only.id, 0);
                    BankOutcome::Matched {
                        invoice_id: only.id,
                        number: only.number.clone(),
                        customer: names.get(&only.organisation_id).cloned().unwrap_or_default(),
                        by: MATCHED_BY_VAT.into(),
                        kept_as_credit_minor: 0,
                    }
                }
                _ => BankOutcome::Unmatched,
            }
        };
        lines.push(BankLine { line, paid_on, amount_minor: amount, reference, outcome });
    }
    let count = |f: fn(&BankOutcome) -> bool| lines.iter().filter(|l| f(&l.outcome)).count();
    let report = BankImport {
        matched: count(|o| matches!(o, BankOutcome::Matched { .. })),
        unmatched: count(|o| matches!(o, BankOutcome::Unmatched)),
        already_recorded: count(|o| matches!(o, BankOutcome::AlreadyRecorded)),
        recorded: false,
        errors: Vec::new(),
        lines,
    };
    Ok((report, outstanding))
}

/// Payments received that match no invoice yet.
pub async fn unmatched(app: &App, scope: &impl Allows<Read>) -> Result<Vec<Payment>, Error> {
    let scope = scope.checked()?;
    Ok(store::invoice::unmatched_payments(&app.db, scope).await?)
}

/// Assigns an unmatched payment to the invoice with this number.
pub async fn assign(app: &App, scope: &impl Allows<Edit>, payment_id: Uuid, number: &str) -> Result<String, Error> {
    let scope = scope.checked()?;
    let number = number.trim();
    // One unit of work: the payment and the invoice are locked, so that a payment reversed or
    // assigned meanwhile, or an invoice paid meanwhile, is seen.
    let mut tx = app.begin().await?;
    let p = store::invoice::lock_payment(&mut tx, scope, payment_id).await?;
    let Some(p) = p.filter(|p| p.invoice_id.is_none() && p.reversed_at.is_none()) else {
        return Err(Error::NotFound("unmatched payment"));
    };
    let found = store::invoice::by_numbers(&mut tx, scope, &[number.to_string()]).await?;
    let Some(i) = found.into_iter().next() else {
        return Err(domain::Invalid::one(
            "number",
            i18n::said_with("invalid-app-invoice-no-such-number", &[("number", number.to_string())]),
        )
        .into());
    };
    let i = store::invoice::lock(&mut tx, scope, i.id).await?.ok_or(Error::NotFound("invoice"))?;
    i.may_pay().map_err(Error::BadRequest)?;
    // Money received is a fact: what it pays above what the invoice owes is the customer's credit.
    let kept = (p.amount_minor - i.outstanding_minor()).max(0);
    if !store::invoice::assign_payment(&mut tx, scope, payment_id, i.id, kept).await? {
        return Err(Error::NotFound("unmatched payment"));
    }
    if kept > 0 {
        let credit = store::invoice::NewCredit {
            organisation_id: i.organisation_id,
            amount_minor: kept,
            kind: store::invoice::CreditKind::Overpayment,
            payment_id: Some(payment_id),
            note: format!("Paid on {} above invoice {}: {}", p.paid_on, i.number, p.reference),
        };
        store::invoice::add_credits(&mut tx, scope, &[credit], "assignment").await?;
    }
    tx.commit().await?;
    Ok(i.number)
}

/// Days between two reminders of the same invoice.
pub const REMINDER_INTERVAL_DAYS: i64 = 14;

/// What a reminder run does about one overdue invoice.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ReminderOutcome {
    /// Written to the outbox with the reminder's record: the sent log shows when it leaves.
    /// Answered as `sent`, its name before mail left through the outbox.
    #[serde(rename = "sent")]
    Queued,
    /// What a run would send (a preview).
    WouldSend,
    /// The customer has no contact with an email address.
    NoAddress,
    /// A reminder went out less than [`REMINDER_INTERVAL_DAYS`] ago.
    RemindedRecently { on: NaiveDate },
    /// Paid, credited or voided while the run was prepared: nothing is sent.
    NoLongerOverdue,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReminderLine {
    pub invoice_id: Uuid,
    pub number: String,
    pub customer: String,
    pub days_overdue: i64,
    pub outstanding_minor: i64,
    pub to: Vec<String>,
    #[serde(flatten)]
    pub outcome: ReminderOutcome,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Reminders {
    pub lines: Vec<ReminderLine>,
    /// How many reminders were written to the outbox; answered as `sent`, its name before mail
    /// left through the outbox.
    #[serde(rename = "sent")]
    pub queued: usize,
}

/// Whether a position's wording sounds like billing, finance or accounts, in the languages of the
/// network: only ever a suggestion to mark the person as a billing contact.
pub fn sounds_like_billing(position: &str) -> bool {
    const WORDS: [&str; 16] = [
        "billing",
        "invoic",
        "financ",
        "account",
        "treasur",
        "contab",
        "factur",
        "tesorer",
        "amministrazione",
        "buchhalt",
        "rechnung",
        "comptab",
        "ksiegow",
        "księgow",
        "cfo",
        "controller",
    ];
    let text = position.to_lowercase();
    WORDS.iter().any(|w| text.contains(w))
}

/// The addresses an organisation's reminders go to: its billing contacts', or, when none of them
/// has an address, every contact's with one. A position's wording decides nothing.
fn billing_addresses(contacts: &[&store::contact::Contact]) -> Vec<String> {
    let billing: Vec<&&store::contact::Contact> =
        contacts.iter().filter(|c| c.fields.billing_contact && c.fields.email.is_some()).collect();
    let chosen: Vec<&&store::contact::Contact> = if billing.is_empty() { contacts.iter().collect() } else { billing };
    let mut addresses: Vec<String> = chosen.iter().filter_map(|c| c.fields.email.clone()).collect();
    addresses.sort();
    addresses.dedup();
    addresses
}

fn reminder_text(
    words: i18n::In,
    i: &Invoice,
    customer: &str,
    days: i64,
    issuer: &BillingDetails,
    cluster: &str,
    currency: Currency,
) -> String {
    let owed = Money::new(i.outstanding_minor(), currency);
    let paragraphs = [
        words.t_args("mail-reminder-greeting", &[("customer", customer.to_string())]),
        words.t_args(
            "mail-reminder-overdue",
            &[
                ("number", i.number.clone()),
                ("issued", words.long_date(i.issued_on)),
                ("gross", Money::new(i.gross_minor - i.credited_minor, currency).written_in(words.0)),
                ("due", words.long_date(i.due_on)),
                ("count", days.to_string()),
                ("owed", owed.written_in(words.0)),
            ],
        ),
        match &issuer.iban {
            Some(iban) => {
                words.t_args("mail-reminder-pay-to-iban", &[("iban", iban.clone()), ("number", i.number.clone())])
            }
            None => words.t_args("mail-reminder-pay", &[("number", i.number.clone())]),
        },
        words.t("mail-reminder-disregard"),
        format!("{}\n{}", words.t("mail-reminder-regards"), issuer.legal_name.as_deref().unwrap_or(cluster)),
    ];
    paragraphs.join("\n\n") + "\n"
}

/// Reminds the customers of overdue invoices by email (or, with `dry_run`, says who it would
/// remind). An invoice is reminded at most once every [`REMINDER_INTERVAL_DAYS`]; each reminder
/// sent is recorded.
pub async fn remind(app: &App, scope: &impl Allows<Read>, by: &str, dry_run: bool) -> Result<Reminders, Error> {
    let now = app.now();
    let scope = scope.checked()?;
    if !dry_run {
        require(scope, Permission::Edit)?;
    }
    let mail = match (&app.mail, dry_run) {
        (Some(m), _) => Some(m),
        (None, true) => None,
        (None, false) => {
            return Err(Error::BadRequest(i18n::said("invalid-app-invoice-mail-not-set-up")));
        }
    };
    let today = app.today(scope);
    let currency = scope.cluster().base_currency;
    let overdue: Vec<InvoiceItem> =
        list(app, scope, &InvoiceFilter { state: Some(InvoiceState::Overdue), ..Default::default() }).await?;
    let since = now - Duration::days(REMINDER_INTERVAL_DAYS);
    let recent: HashMap<Uuid, NaiveDate> = store::invoice::reminders(&app.db, scope, since)
        .await?
        .into_iter()
        .map(|r| (r.invoice_id, r.sent_at.date_naive()))
        .collect();
    let organisations: HashSet<Uuid> = overdue.iter().map(|i| i.invoice.organisation_id).collect();
    let contacts = store::contact::all_for_matching(&app.db, scope).await?;
    let mut by_organisation: HashMap<Uuid, Vec<&store::contact::Contact>> = HashMap::new();
    for c in contacts.iter().filter(|c| c.archived_at.is_none() && c.fields.email.is_some()) {
        if organisations.contains(&c.organisation_id) {
            by_organisation.entry(c.organisation_id).or_default().push(c);
        }
    }
    let issuer = store::cluster::billing_details(&app.db, scope).await?;
    let cluster = &scope.cluster().name;
    // Each reminder in its customer's language, else the cluster's.
    let customers: Vec<Uuid> = organisations.iter().copied().collect();
    let languages: HashMap<Uuid, domain::language::Language> = store::organisation::by_ids(&app.db, scope, &customers)
        .await?
        .into_iter()
        .filter_map(|o| Some((o.id, o.language?)))
        .collect();
    let mut lines = Vec::new();
    let mut messages = Vec::new();
    for item in overdue.iter().rev() {
        let i = &item.invoice;
        let to = billing_addresses(by_organisation.get(&i.organisation_id).map(Vec::as_slice).unwrap_or_default());
        let days = (today - i.due_on).num_days();
        let words = i18n::In(languages.get(&i.organisation_id).copied().unwrap_or_else(|| scope.cluster().language()));
        let outcome = if let Some(on) = recent.get(&i.id) {
            ReminderOutcome::RemindedRecently { on: *on }
        } else if to.is_empty() {
            ReminderOutcome::NoAddress
        } else if let Some(mail) = mail.filter(|_| !dry_run) {
            messages.push((
                i.id,
                OutgoingMail {
                    from: mail.from.clone(),
                    reply_to: issuer.billing_email.clone(),
                    to: to.clone(),
                    subject: words.t_args(
                        "mail-reminder-subject",
                        &[("number", i.number.clone()), ("cluster", cluster.clone()), ("count", days.to_string())],
                    ),
                    text: reminder_text(words, i, &item.customer, days, &issuer, cluster, currency),
                    attachments: Vec::new(),
                },
            ));
            ReminderOutcome::Queued
        } else {
            ReminderOutcome::WouldSend
        };
        lines.push(ReminderLine {
            invoice_id: i.id,
            number: i.number.clone(),
            customer: item.customer.clone(),
            days_overdue: days,
            outstanding_minor: i.outstanding_minor(),
            to,
            outcome,
        });
    }
    if !messages.is_empty() {
        // One unit of work: each reminder is recorded with its message in the outbox, or none.
        let mut tx = app.begin().await?;
        let reminded = store::invoice::reminded_since(&mut tx, scope, since).await?;
        let queued: Vec<String> =
            lines.iter().filter(|l| l.outcome == ReminderOutcome::Queued).map(|l| l.number.clone()).collect();
        let overdue_now: HashSet<Uuid> = store::invoice::by_numbers(&mut tx, scope, &queued)
            .await?
            .into_iter()
            .filter(|i| i.state(today) == InvoiceState::Overdue)
            .map(|i| i.id)
            .collect();
        for line in lines.iter_mut().filter(|l| l.outcome == ReminderOutcome::Queued) {
            if reminded.contains(&line.invoice_id) {
                line.outcome = ReminderOutcome::RemindedRecently { on: today };
            } else if !overdue_now.contains(&line.invoice_id) {
                line.outcome = ReminderOutcome::NoLongerOverdue;
            }
        }
        messages.retain(|(invoice, _)| !reminded.contains(invoice) && overdue_now.contains(invoice));
        let mut sent = Vec::new();
        for (invoice, message) in &messages {
            crate::mail::queue(app, &mut tx, scope, crate::mail::Purpose::Reminder, message).await?;
            sent.extend(message.to.iter().map(|t| (*invoice, t.clone())));
        }
        store::invoice::record_reminders(&mut tx, scope, &sent, by, now).await?;
        tx.commit().await?;
        app.mail_queued();
    }
    Ok(Reminders { lines, queued: messages.len() })
}

pub async fn billing_details(app: &App, scope: &impl Allows<Read>) -> Result<BillingDetails, Error> {
    let scope = scope.checked()?;
    Ok(store::cluster::billing_details(&app.db, scope).await?)
}

/// Saves what the cluster prints on its invoices; empty fields are cleared.
pub async fn set_billing_details(
    app: &App,
    scope: &impl Allows<Manage>,
    details: &BillingDetails,
) -> Result<(), Error> {
    let scope = scope.checked()?;
    let mut c = Collector::new();
    let mut field = |name: &str, value: &Option<String>, max: usize| {
        c.take(name, domain::validation::optional_text(value.as_deref(), max)).flatten()
    };
    let mut clean = BillingDetails {
        legal_name: field("legal_name", &details.legal_name, 200),
        address: field("address", &details.address, 500),
        vat_id: field("vat_id", &details.vat_id, 30),
        iban: field("iban", &details.iban, 42),
        billing_email: field("billing_email", &details.billing_email, 254),
    };
    if let Some(iban) = &clean.iban {
        let compact: String = iban.chars().filter(|ch| !ch.is_whitespace()).collect();
        let looks_right = (15..=34).contains(&compact.len())
            && compact.chars().take(2).all(|ch| ch.is_ascii_alphabetic())
            && compact.chars().all(|ch| ch.is_ascii_alphanumeric());
        if !looks_right {
            c.push("iban", i18n::said("invalid-app-invoice-not-an-iban"));
        }
        clean.iban = Some(iban.to_uppercase());
    }
    if let Some(email) = &clean.billing_email
        && email.parse::<lettre::Address>().is_err()
    {
        c.push("billing_email", i18n::said("invalid-app-invoice-not-an-email"));
    }
    let clean = c.finish(|| clean)?;
    Ok(store::cluster::set_billing_details(&app.db, scope, &clean).await?)
}

/// The organisations an invoice can be for (not archived), by name: id and name.
pub async fn customers(app: &App, scope: &impl Allows<Read>) -> Result<Vec<(Uuid, String)>, Error> {
    let scope = scope.checked()?;
    let mut all: Vec<(Uuid, String)> = store::organisation::all_for_matching(&app.db, scope)
        .await?
        .into_iter()
        .filter(|o| o.archived_at.is_none())
        .map(|o| (o.id, o.fields.name))
        .collect();
    all.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invoice_numbers_are_found_in_what_banks_write() {
        assert_eq!(invoice_numbers_in("TRANSFER 2026-0042 ACME"), vec!["2026-0042"]);
        assert_eq!(invoice_numbers_in("fact.2025-0007/2025-0011"), vec!["2025-0007", "2025-0011"]);
        assert_eq!(invoice_numbers_in("2026-0042"), vec!["2026-0042"]);
        assert!(invoice_numbers_in("IBAN ES12 2026-04 x12026-0042").is_empty());
        assert!(invoice_numbers_in("").is_empty());
    }
}
