//! The state of an invoice, derived from its dates and its payments, never typed.

use chrono::NaiveDate;

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
