//! The state of an invoice, derived from its dates and its payments, never typed.

use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InvoiceState {
    Issued,
    PartiallyPaid,
    Paid,
    Overdue,
    Void,
}

impl InvoiceState {
    pub fn code(self) -> &'static str {
        match self {
            Self::Issued => "issued",
            Self::PartiallyPaid => "partially_paid",
            Self::Paid => "paid",
            Self::Overdue => "overdue",
            Self::Void => "void",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Issued => "Issued",
            Self::PartiallyPaid => "Partially paid",
            Self::Paid => "Paid",
            Self::Overdue => "Overdue",
            Self::Void => "Void",
        }
    }

    /// The state on `today` of an invoice of `gross` (minor units) due on `due_on`, of which
    /// `paid` has been paid. Past its due date, an invoice not paid in full is overdue, whether or
    /// not part of it was paid.
    pub fn derive(voided: bool, gross: i64, paid: i64, due_on: NaiveDate, today: NaiveDate) -> Self {
        if voided {
            Self::Void
        } else if paid >= gross {
            Self::Paid
        } else if today > due_on {
            Self::Overdue
        } else if paid > 0 {
            Self::PartiallyPaid
        } else {
            Self::Issued
        }
    }
}

#[cfg(test)]
mod tests {
    use super::InvoiceState::{self, *};
    use chrono::NaiveDate;

    #[test]
    fn the_state_follows_dates_and_payments_case_by_case() {
        let due = NaiveDate::from_ymd_opt(2026, 2, 14).unwrap();
        let (before, on, after) = (due.pred_opt().unwrap(), due, due.succ_opt().unwrap());
        let cases = [
            (false, 100, 0, before, Issued),
            (false, 100, 0, on, Issued),
            (false, 100, 0, after, Overdue),
            (false, 100, 40, on, PartiallyPaid),
            (false, 100, 40, after, Overdue),
            (false, 100, 100, after, Paid),
            (false, 100, 120, before, Paid),
            (true, 100, 0, after, Void),
            (true, 100, 100, before, Void),
            (false, 0, 0, after, Paid),
        ];
        for (i, (voided, gross, paid, today, state)) in cases.into_iter().enumerate() {
            assert_eq!(InvoiceState::derive(voided, gross, paid, due, today), state, "case {i}");
        }
    }
}
