//! Invoices: what one is for, its state (derived from its dates and its payments, never typed),
//! and the rules on what may be done with it: paid, voided, credited.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// What an invoice is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InvoiceKind {
    /// A membership fee for one period.
    Fee,
    Service,
    /// A paid event's registration.
    Event,
    /// Takes an amount off an invoice it names: its lines are negative.
    CreditNote,
}

impl InvoiceKind {
    pub const ALL: [InvoiceKind; 4] = [Self::Fee, Self::Service, Self::Event, Self::CreditNote];

    /// The code stored and shown in the API: `fee`, `service`, `event`, `credit_note`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Fee => "fee",
            Self::Service => "service",
            Self::Event => "event",
            Self::CreditNote => "credit_note",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == raw)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Fee => "Membership fee",
            Self::Service => "Service",
            Self::Event => "Event",
            Self::CreditNote => "Credit note",
        }
    }
}

/// An invoice as the books hold it, with what has been paid on it and what credit notes took
/// off it. Amounts are in minor units of `currency`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invoice {
    pub id: Uuid,
    pub kind: InvoiceKind,
    /// `2026-0042` once issued; `draft-…` while a draft.
    pub number: String,
    pub draft: bool,
    pub organisation_id: Uuid,
    pub membership_id: Option<Uuid>,
    /// For a fee invoice: the first day of the period it pays for.
    pub period_start: Option<NaiveDate>,
    pub issued_on: NaiveDate,
    pub due_on: NaiveDate,
    /// ISO 4217 code.
    pub currency: String,
    /// 2100 is 21 %.
    pub tax_rate_basis_points: i64,
    pub net_minor: i64,
    pub tax_minor: i64,
    pub gross_minor: i64,
    pub explanation: String,
    /// For a credit note: the invoice it corrects.
    pub credited_invoice_id: Option<Uuid>,
    pub voided_at: Option<DateTime<Utc>>,
    pub void_reason: Option<String>,
    /// The sum of its payments.
    pub paid_minor: i64,
    /// What issued credit notes took off it, as a positive amount.
    pub credited_minor: i64,
}

/// What is still owed on a receivable invoice of `gross` from which credit notes took `credited`
/// and payments `paid` (minor units): never below zero.
pub fn outstanding_minor(gross: i64, credited: i64, paid: i64) -> i64 {
    (gross - credited - paid).max(0)
}

/// Why an invoice refuses what was asked of it, in words for the person who asked.
pub type Refusal = String;

impl Invoice {
    pub fn facts(&self) -> InvoiceFacts {
        InvoiceFacts {
            draft: self.draft,
            voided: self.voided_at.is_some(),
            credit_note: self.kind == InvoiceKind::CreditNote,
            gross: self.gross_minor,
            credited: self.credited_minor,
            paid: self.paid_minor,
            due_on: self.due_on,
        }
    }

    pub fn state(&self, today: NaiveDate) -> InvoiceState {
        InvoiceState::derive(&self.facts(), today)
    }

    /// Whether something may be owed on it: issued, not void, not a credit note.
    pub fn is_receivable(&self) -> bool {
        !self.draft && self.voided_at.is_none() && self.kind != InvoiceKind::CreditNote
    }

    /// What is still owed: the gross less credits and payments, never below zero.
    pub fn outstanding_minor(&self) -> i64 {
        if self.is_receivable() { outstanding_minor(self.gross_minor, self.credited_minor, self.paid_minor) } else { 0 }
    }

    /// Whether a payment may be recorded on it: an issued invoice, not void, not a credit note.
    pub fn may_pay(&self) -> Result<(), Refusal> {
        let number = || [("number", self.number.clone())];
        if self.draft {
            Err(i18n::said("invalid-invoice-draft-unpaid"))
        } else if self.voided_at.is_some() {
            Err(i18n::said_with("invalid-invoice-void-unpaid", &number()))
        } else if self.kind == InvoiceKind::CreditNote {
            Err(i18n::said_with("invalid-invoice-credit-note-unpaid", &number()))
        } else {
            Ok(())
        }
    }

    /// Whether it may be voided: issued, not void already, nothing paid and nothing credited on
    /// it (those are corrected by a credit note, which keeps the books whole).
    pub fn may_void(&self) -> Result<(), Refusal> {
        let number = || [("number", self.number.clone())];
        if self.draft {
            Err(i18n::said("invalid-invoice-draft-not-voided"))
        } else if self.voided_at.is_some() {
            Err(i18n::said_with("invalid-invoice-void-already", &number()))
        } else if self.paid_minor != 0 {
            Err(i18n::said_with("invalid-invoice-paid-not-voided", &number()))
        } else if self.credited_minor != 0 {
            Err(i18n::said_with("invalid-invoice-credited-not-voided", &number()))
        } else {
            Ok(())
        }
    }

    /// Whether a credit note may be issued against it, and for how much at most (gross, minor
    /// units): an issued invoice, not void, not a credit note, with something left to credit.
    pub fn may_credit(&self) -> Result<i64, Refusal> {
        let creditable = self.gross_minor - self.credited_minor;
        let number = || [("number", self.number.clone())];
        if !self.is_receivable() {
            Err(i18n::said_with("invalid-invoice-not-creditable", &number()))
        } else if creditable <= 0 {
            Err(i18n::said_with("invalid-invoice-credited-in-full", &number()))
        } else {
            Ok(creditable)
        }
    }

    /// The net amount (minor units, negative) of a credit note that, with this invoice's tax
    /// rate, comes to `gross` to the cent.
    pub fn credit_net(&self, gross: i64) -> i64 {
        let rate = i128::from(self.tax_rate_basis_points);
        ((i128::from(gross) * 10_000 + (10_000 + rate) / 2) / (10_000 + rate)) as i64
    }
}

/// One line of an invoice. Amounts in minor units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceLine {
    /// 1 for the first line.
    pub position: i64,
    pub description: String,
    pub quantity: i64,
    pub unit_price_minor: i64,
    pub net_minor: i64,
}

/// How a payment came to be recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentSource {
    /// Typed by the team.
    Manual,
    /// Read from a bank statement.
    Bank,
    /// Taken from the customer's credit (an earlier overpayment).
    Credit,
}

coded_by_hand!(InvoiceKind, PaymentSource, CreditKind, InvoiceState);

impl PaymentSource {
    pub const ALL: [PaymentSource; 3] = [Self::Manual, Self::Bank, Self::Credit];

    pub fn code(self) -> &'static str {
        match self {
            Self::Manual => "manual",
            Self::Bank => "bank",
            Self::Credit => "credit",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Manual, Self::Bank, Self::Credit].into_iter().find(|s| s.code() == raw)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Manual => "by hand",
            Self::Bank => "bank statement",
            Self::Credit => "customer's credit",
        }
    }
}

/// A payment received: on an invoice, or (from a bank statement) on none yet. Amount in minor
/// units of the cluster's currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    pub id: Uuid,
    /// `None` until it is matched to an invoice.
    pub invoice_id: Option<Uuid>,
    pub paid_on: NaiveDate,
    pub amount_minor: i64,
    pub reference: String,
    pub source: PaymentSource,
    pub created_by: String,
    /// The part of the amount above what the invoice still owed, kept as the customer's credit.
    pub kept_as_credit_minor: i64,
    /// Set when the payment was reversed: it then counts for nothing, and stays in the history.
    pub reversed_at: Option<DateTime<Utc>>,
    pub reversed_by: Option<String>,
    pub reversal_reason: Option<String>,
}

impl Payment {
    /// What it pays on its invoice: nothing once reversed, and never the part kept as credit.
    pub fn applied_minor(&self) -> i64 {
        if self.reversed_at.is_some() { 0 } else { self.amount_minor - self.kept_as_credit_minor }
    }

    /// Whether it may be reversed: once, with a reason.
    pub fn may_reverse(&self) -> Result<(), Refusal> {
        match self.reversed_at {
            Some(at) => {
                Err(i18n::said_with("invalid-invoice-payment-reversed", &[("day", at.date_naive().to_string())]))
            }
            None => Ok(()),
        }
    }
}

/// How a customer's credit changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CreditKind {
    /// A payment above what its invoice owed: the rest kept (adds).
    Overpayment,
    /// Used to pay an invoice (takes).
    Applied,
    /// Paid back to the customer (takes).
    Refund,
    /// The payment that made or used it was reversed (takes back or gives back).
    Reversal,
}

impl CreditKind {
    pub const ALL: [CreditKind; 4] = [Self::Overpayment, Self::Applied, Self::Refund, Self::Reversal];

    /// The code stored and shown in the API: `overpayment`, `applied`, `refund`, `reversal`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Overpayment => "overpayment",
            Self::Applied => "applied",
            Self::Refund => "refund",
            Self::Reversal => "reversal",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == raw)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Overpayment => "Overpayment kept",
            Self::Applied => "Used on an invoice",
            Self::Refund => "Refunded",
            Self::Reversal => "Payment reversed",
        }
    }
}

/// One change of a customer's credit: positive adds to it, negative takes from it (minor units
/// of the cluster's currency). The balance is the sum of a customer's entries, never below zero.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditEntry {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub amount_minor: i64,
    pub kind: CreditKind,
    /// The payment that made or used it; none for a refund.
    pub payment_id: Option<Uuid>,
    pub note: String,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
}

/// An invoice with its customer, for lists and the accounting export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceWithCustomer {
    pub invoice: Invoice,
    pub customer: String,
    pub customer_vat_id: Option<String>,
}

/// A payment with its invoice and customer, for the accounting export; the invoice's fields are
/// `None` for a payment matched to no invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentRecord {
    pub paid_on: NaiveDate,
    pub amount_minor: i64,
    pub reference: String,
    pub source: PaymentSource,
    pub kept_as_credit_minor: i64,
    /// When it was reversed, if it was.
    pub reversed_at: Option<DateTime<Utc>>,
    pub invoice_number: Option<String>,
    pub currency: Option<String>,
    pub customer: Option<String>,
    pub customer_vat_id: Option<String>,
}

/// A reminder sent about an invoice, to one address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub invoice_id: Uuid,
    pub sent_to: String,
    pub sent_by: String,
    pub sent_at: DateTime<Utc>,
}

/// The tax on a net amount (minor units) at a rate in basis points, once per invoice, rounded to
/// the nearest minor unit with halves away from zero.
pub fn tax_minor(net_minor: i64, rate_basis_points: i64) -> i64 {
    let n = i128::from(net_minor) * i128::from(rate_basis_points);
    ((2 * n.abs() + 10_000) / 20_000 * n.signum()) as i64
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InvoiceState {
    /// Not issued yet: no number, nothing owed.
    Draft,
    Issued,
    PartiallyPaid,
    Paid,
    Overdue,
    /// Cancelled in full by credit notes, nothing paid.
    Credited,
    Void,
}

/// What an invoice's state is derived from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvoiceFacts {
    pub draft: bool,
    pub voided: bool,
    /// A credit note owes nothing: it is issued (or void), never paid or overdue.
    pub credit_note: bool,
    /// The gross amount, in minor units.
    pub gross: i64,
    /// What credit notes took off it (a positive amount).
    pub credited: i64,
    /// What has been paid on it.
    pub paid: i64,
    pub due_on: NaiveDate,
}

impl InvoiceState {
    pub const ALL: [InvoiceState; 7] =
        [Self::Draft, Self::Issued, Self::PartiallyPaid, Self::Paid, Self::Overdue, Self::Credited, Self::Void];

    pub fn code(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Issued => "issued",
            Self::PartiallyPaid => "partially_paid",
            Self::Paid => "paid",
            Self::Overdue => "overdue",
            Self::Credited => "credited",
            Self::Void => "void",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == raw.trim())
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Draft => "Draft",
            Self::Issued => "Issued",
            Self::PartiallyPaid => "Partially paid",
            Self::Paid => "Paid",
            Self::Overdue => "Overdue",
            Self::Credited => "Credited",
            Self::Void => "Void",
        }
    }

    /// Whether something is still owed on an invoice in this state.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Issued | Self::PartiallyPaid | Self::Overdue)
    }

    /// The state on `today`. What is owed is the gross less what credit notes took off; past its
    /// due date, an invoice not paid in full is overdue, whether or not part of it was paid.
    pub fn derive(f: &InvoiceFacts, today: NaiveDate) -> Self {
        let owed = f.gross - f.credited;
        if f.draft {
            Self::Draft
        } else if f.voided {
            Self::Void
        } else if f.credit_note {
            Self::Issued
        } else if f.credited > 0 && owed <= 0 && f.paid == 0 {
            Self::Credited
        } else if f.paid >= owed {
            Self::Paid
        } else if today > f.due_on {
            Self::Overdue
        } else if f.paid > 0 {
            Self::PartiallyPaid
        } else {
            Self::Issued
        }
    }
}

#[cfg(test)]
mod tests {
    use super::InvoiceFacts;
    use super::InvoiceState::{self, *};
    use chrono::NaiveDate;

    fn facts(gross: i64, credited: i64, paid: i64, due_on: NaiveDate) -> InvoiceFacts {
        InvoiceFacts { draft: false, voided: false, credit_note: false, gross, credited, paid, due_on }
    }

    #[test]
    fn the_state_follows_dates_payments_and_credits_case_by_case() {
        let due = NaiveDate::from_ymd_opt(2026, 2, 14).unwrap();
        let (before, on, after) = (due.pred_opt().unwrap(), due, due.succ_opt().unwrap());
        let void = InvoiceFacts { voided: true, ..facts(100, 0, 0, due) };
        let draft = InvoiceFacts { draft: true, ..facts(100, 0, 0, due) };
        let credit_note = InvoiceFacts { credit_note: true, ..facts(-100, 0, 0, due) };
        let cases = [
            (facts(100, 0, 0, due), before, Issued),
            (facts(100, 0, 0, due), on, Issued),
            (facts(100, 0, 0, due), after, Overdue),
            (facts(100, 0, 40, due), on, PartiallyPaid),
            (facts(100, 0, 40, due), after, Overdue),
            (facts(100, 0, 100, due), after, Paid),
            (facts(100, 0, 120, due), before, Paid),
            (void, after, Void),
            (InvoiceFacts { paid: 100, ..void }, before, Void),
            (facts(0, 0, 0, due), after, Paid),
            (draft, after, Draft),
            (credit_note, after, Issued),
            (InvoiceFacts { voided: true, ..credit_note }, after, Void),
            (facts(100, 100, 0, due), after, Credited),
            (facts(100, 30, 70, due), after, Paid),
            (facts(100, 30, 50, due), after, Overdue),
            (facts(100, 30, 0, due), before, Issued),
            (facts(100, 100, 100, due), after, Paid),
        ];
        for (i, (f, today, state)) in cases.into_iter().enumerate() {
            assert_eq!(InvoiceState::derive(&f, today), state, "case {i}");
        }
    }

    #[test]
    fn every_state_reads_back_from_its_code() {
        for s in InvoiceState::ALL {
            assert_eq!(InvoiceState::parse(s.code()), Some(s));
        }
        assert_eq!(InvoiceState::parse("settled"), None);
    }
}
