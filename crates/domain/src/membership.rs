//! Memberships: an organisation holding a membership type from a start date. The status is never
//! typed: it is derived from the dates, the period and the fee invoice with its payments, and
//! comes with the reason a person can check ("active; 2026 fee invoice 2026-0042 unpaid, 34 days
//! overdue").

use chrono::NaiveDate;

use crate::period::Period;
use crate::written::DateStyle;

/// Days after an unpaid fee fell due, or after a period began without a fee invoice, when a
/// membership lapses.
pub const LAPSE_AFTER_DAYS: i64 = 90;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MembershipStatus {
    Applied,
    Active,
    ActiveFeeUnpaid,
    Suspended,
    Lapsed,
    Terminated,
}

coded_by_hand!(MembershipStatus);

impl MembershipStatus {
    pub const ALL: [MembershipStatus; 6] =
        [Self::Applied, Self::Active, Self::ActiveFeeUnpaid, Self::Suspended, Self::Lapsed, Self::Terminated];

    pub fn code(self) -> &'static str {
        match self {
            Self::Applied => "applied",
            Self::Active => "active",
            Self::ActiveFeeUnpaid => "active_fee_unpaid",
            Self::Suspended => "suspended",
            Self::Lapsed => "lapsed",
            Self::Terminated => "terminated",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Applied => "Applied",
            Self::Active => "Active",
            Self::ActiveFeeUnpaid => "Active, fee unpaid",
            Self::Suspended => "Suspended",
            Self::Lapsed => "Lapsed",
            Self::Terminated => "Terminated",
        }
    }

    /// Whether the organisation counts as a member (for voting, member prices, figures).
    /// The status of its code (`active`, `lapsed`, ...); `None` for any other text.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == raw.trim())
    }

    pub fn is_member(self) -> bool {
        matches!(self, Self::Active | Self::ActiveFeeUnpaid)
    }
}

/// Where the fee of the current period stands; invoice numbers are borrowed from the invoices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeeStanding<'a> {
    /// Nothing is to be paid for this period: the membership began after the rollover day, and
    /// its first fee is for `first`.
    FirstFeeLater {
        first: Period,
    },
    /// The fee is paid in kind.
    InKind,
    /// No invoice yet (or only voided ones).
    NotInvoiced,
    /// Issued and not fully paid.
    Open {
        number: &'a str,
        due_on: NaiveDate,
    },
    Paid {
        number: &'a str,
    },
}

/// A membership's fee invoice for one period, as its standing and the period's fee figures read
/// it: the narrow read of a cluster's many fee invoices. Amounts in minor units of the invoice's
/// currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MembershipFee {
    pub membership_id: uuid::Uuid,
    pub organisation_id: uuid::Uuid,
    pub period_start: NaiveDate,
    pub number: String,
    pub due_on: NaiveDate,
    /// Issued and not void: a draft or a voided invoice bills nothing.
    pub live: bool,
    pub gross_minor: i64,
    pub paid_minor: i64,
    /// What credit notes took off it, as a positive amount.
    pub credited_minor: i64,
}

impl MembershipFee {
    /// The fee invoice's facts, when `invoice` is a fee invoice (of a membership and a period).
    pub fn of(invoice: &crate::invoice::Invoice) -> Option<Self> {
        if invoice.kind != crate::invoice::InvoiceKind::Fee {
            return None;
        }
        Some(Self {
            membership_id: invoice.membership_id?,
            organisation_id: invoice.organisation_id,
            period_start: invoice.period_start?,
            number: invoice.number.clone(),
            due_on: invoice.due_on,
            live: !invoice.draft && invoice.voided_at.is_none(),
            gross_minor: invoice.gross_minor,
            paid_minor: invoice.paid_minor,
            credited_minor: invoice.credited_minor,
        })
    }

    /// What it bills: the gross less what credit notes took off, never below zero.
    pub fn billed_minor(&self) -> i64 {
        (self.gross_minor - self.credited_minor).max(0)
    }

    /// What was paid of what it bills.
    pub fn collected_minor(&self) -> i64 {
        self.paid_minor.min(self.billed_minor())
    }

    /// What is still owed on it; nothing on a draft or a voided one.
    pub fn outstanding_minor(&self) -> i64 {
        if self.live {
            crate::invoice::outstanding_minor(self.gross_minor, self.credited_minor, self.paid_minor)
        } else {
            0
        }
    }
}

/// What a membership's status is derived from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MembershipFacts<'a> {
    pub applied_on: NaiveDate,
    /// The day the membership begins, once the application is accepted.
    pub starts_on: Option<NaiveDate>,
    pub suspended_on: Option<NaiveDate>,
    pub terminated_on: Option<NaiveDate>,
    /// The period `today` falls in.
    pub period: Period,
    pub fee: FeeStanding<'a>,
}

/// A derived status with what its reason is made of, worded by [`Standing::reason`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub status: MembershipStatus,
    why: Why,
    period: Period,
    number: String,
    due_on: Option<NaiveDate>,
}

impl Standing {
    /// Why the membership has its status, in words, days written in `style`: "active; 2026 fee
    /// invoice 2026-0042 unpaid, due on 1 Feb 2026".
    pub fn reason(&self, style: DateStyle) -> String {
        let label = || self.period.label_in(style);
        let number = || self.number.clone();
        match &self.why {
            Why::Terminated(day) => {
                i18n::said_with("invalid-membership-reason-terminated", &[("day", style.day(*day))])
            }
            Why::NotAccepted(applied_on) => {
                i18n::said_with("invalid-membership-reason-not-accepted", &[("day", style.day(*applied_on))])
            }
            Why::StartsOn(day) => i18n::said_with("invalid-membership-reason-starts-on", &[("day", style.day(*day))]),
            Why::Suspended(day) => i18n::said_with("invalid-membership-reason-suspended", &[("day", style.day(*day))]),
            Why::FirstFeeLater(first) => {
                i18n::said_with("invalid-membership-reason-first-fee-later", &[("period", first.label_in(style))])
            }
            Why::InKind => i18n::said_with("invalid-membership-reason-in-kind", &[("period", label())]),
            Why::Paid => {
                i18n::said_with("invalid-membership-reason-paid", &[("period", label()), ("number", number())])
            }
            Why::Unpaid { overdue } => {
                let state = if *overdue > LAPSE_AFTER_DAYS {
                    i18n::said("invalid-membership-reason-state-lapsed")
                } else {
                    i18n::said("invalid-membership-reason-state-active")
                };
                let when = match self.due_on {
                    Some(due_on) if *overdue <= 0 => {
                        i18n::said_with("invalid-membership-reason-due-on", &[("day", style.day(due_on))])
                    }
                    // The plural form chosen by `count`, the days written as they are (1234, not 1,234).
                    _ => i18n::said_with(
                        "invalid-membership-reason-days-overdue",
                        &[("count", overdue.to_string()), ("days", overdue.to_string())],
                    ),
                };
                i18n::said_with(
                    "invalid-membership-reason-unpaid",
                    &[("state", state), ("period", label()), ("number", number()), ("when", when)],
                )
            }
            Why::NotRenewed => i18n::said_with("invalid-membership-reason-not-renewed", &[("period", label())]),
            Why::NotInvoicedYet => i18n::said_with("invalid-membership-reason-not-invoiced", &[("period", label())]),
        }
    }
}

/// Why a membership has its status on a day: the one decision [`derive`] and [`status_on`] share,
/// worded only when a person reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Why {
    Terminated(NaiveDate),
    NotAccepted(NaiveDate),
    StartsOn(NaiveDate),
    Suspended(NaiveDate),
    FirstFeeLater(Period),
    InKind,
    Paid,
    /// Days past the due day; zero or fewer while it is not due.
    Unpaid {
        overdue: i64,
    },
    NotRenewed,
    NotInvoicedYet,
}

impl Why {
    fn status(&self) -> MembershipStatus {
        use MembershipStatus::*;
        match self {
            Why::Terminated(_) => Terminated,
            Why::NotAccepted(_) | Why::StartsOn(_) => Applied,
            Why::Suspended(_) => Suspended,
            Why::FirstFeeLater(_) | Why::InKind | Why::Paid | Why::NotInvoicedYet => Active,
            Why::Unpaid { overdue } if *overdue > LAPSE_AFTER_DAYS => Lapsed,
            Why::Unpaid { .. } => ActiveFeeUnpaid,
            Why::NotRenewed => Lapsed,
        }
    }
}

fn why(f: &MembershipFacts, today: NaiveDate) -> Why {
    if let Some(day) = f.terminated_on.filter(|d| *d <= today) {
        return Why::Terminated(day);
    }
    let Some(starts_on) = f.starts_on else { return Why::NotAccepted(f.applied_on) };
    if starts_on > today {
        return Why::StartsOn(starts_on);
    }
    if let Some(day) = f.suspended_on.filter(|d| *d <= today) {
        return Why::Suspended(day);
    }
    match &f.fee {
        FeeStanding::FirstFeeLater { first } => Why::FirstFeeLater(*first),
        FeeStanding::InKind => Why::InKind,
        FeeStanding::Paid { .. } => Why::Paid,
        FeeStanding::Open { due_on, .. } => Why::Unpaid { overdue: (today - *due_on).num_days() },
        FeeStanding::NotInvoiced => {
            let since = (today - f.period.start).num_days();
            if since > LAPSE_AFTER_DAYS && starts_on < f.period.start { Why::NotRenewed } else { Why::NotInvoicedYet }
        }
    }
}

/// The status of a membership on `today`, without its reason: what figures over many
/// memberships count.
pub fn status_on(f: &MembershipFacts, today: NaiveDate) -> MembershipStatus {
    why(f, today).status()
}

/// The status of a membership on `today`, and why.
pub fn derive(f: &MembershipFacts, today: NaiveDate) -> Standing {
    let why = why(f, today);
    let (number, due_on) = match &f.fee {
        FeeStanding::Open { number, due_on, .. } => (number.to_string(), Some(*due_on)),
        FeeStanding::Paid { number } => (number.to_string(), None),
        _ => (String::new(), None),
    };
    Standing { status: why.status(), why, period: f.period, number, due_on }
}

/// A membership type of the cluster: its fields, and whether it is archived (no new members).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MembershipType {
    pub id: uuid::Uuid,
    pub fields: MembershipTypeFields,
    pub archived_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// An organisation's membership: when it applied, started, was suspended or ended. Its status is
/// derived from these dates and its fee invoices ([`derive`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub id: uuid::Uuid,
    pub organisation_id: uuid::Uuid,
    pub type_id: uuid::Uuid,
    pub applied_on: NaiveDate,
    /// Set when the application is accepted.
    pub starts_on: Option<NaiveDate>,
    pub suspended_on: Option<NaiveDate>,
    pub terminated_on: Option<NaiveDate>,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// A change of a membership's dates, as the team makes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MembershipChange {
    /// The application is accepted; the membership starts on the day.
    Accept(NaiveDate),
    Suspend(NaiveDate),
    Reinstate,
    Terminate(NaiveDate),
}

/// One line of a membership's history, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MembershipEvent {
    /// Such as `accepted, starting on 2026-03-01`.
    pub change: String,
    pub changed_by: String,
    pub changed_at: chrono::DateTime<chrono::Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use MembershipStatus::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn facts(fee: FeeStanding<'static>) -> MembershipFacts<'static> {
        MembershipFacts {
            applied_on: d(2024, 11, 2),
            starts_on: Some(d(2025, 1, 1)),
            suspended_on: None,
            terminated_on: None,
            period: Period { start: d(2026, 1, 1), end: d(2027, 1, 1) },
            fee,
        }
    }

    fn open() -> FeeStanding<'static> {
        FeeStanding::Open { number: "2026-0042", due_on: d(2026, 2, 1) }
    }

    /// Each case: the facts, the day, the status and reason expected.
    #[test]
    fn status_is_derived_case_by_case() {
        let today = d(2026, 3, 7);
        let paid = FeeStanding::Paid { number: "2026-0042" };
        let cases: Vec<(MembershipFacts, NaiveDate, MembershipStatus, &str)> = vec![
            (facts(paid.clone()), today, Active, "active; 2026 fee invoice 2026-0042 paid"),
            (facts(open()), today, ActiveFeeUnpaid, "active; 2026 fee invoice 2026-0042 unpaid, 34 days overdue"),
            (facts(open()), d(2026, 2, 2), ActiveFeeUnpaid, "active; 2026 fee invoice 2026-0042 unpaid, 1 day overdue"),
            (
                facts(open()),
                d(2026, 1, 20),
                ActiveFeeUnpaid,
                "active; 2026 fee invoice 2026-0042 unpaid, due on 2026-02-01",
            ),
            (
                facts(open()),
                d(2026, 2, 1),
                ActiveFeeUnpaid,
                "active; 2026 fee invoice 2026-0042 unpaid, due on 2026-02-01",
            ),
            (
                facts(open()),
                d(2026, 5, 2),
                ActiveFeeUnpaid,
                "active; 2026 fee invoice 2026-0042 unpaid, 90 days overdue",
            ),
            (facts(open()), d(2026, 5, 3), Lapsed, "lapsed; 2026 fee invoice 2026-0042 unpaid, 91 days overdue"),
            (facts(FeeStanding::NotInvoiced), today, Active, "active; 2026 fee not invoiced yet"),
            (facts(FeeStanding::NotInvoiced), d(2026, 4, 1), Active, "active; 2026 fee not invoiced yet"),
            (facts(FeeStanding::NotInvoiced), d(2026, 4, 2), Lapsed, "lapsed; not renewed for 2026"),
            (
                MembershipFacts { starts_on: Some(d(2026, 3, 1)), ..facts(FeeStanding::NotInvoiced) },
                d(2026, 6, 1),
                Active,
                "active; 2026 fee not invoiced yet",
            ),
            (facts(FeeStanding::InKind), today, Active, "active; 2026 fee in kind"),
            (
                facts(FeeStanding::FirstFeeLater { first: Period { start: d(2027, 1, 1), end: d(2028, 1, 1) } }),
                today,
                Active,
                "active; joined after the rollover day; first fee for 2027",
            ),
            (
                MembershipFacts { starts_on: None, ..facts(FeeStanding::NotInvoiced) },
                today,
                Applied,
                "applied on 2024-11-02, not accepted yet",
            ),
            (
                MembershipFacts { starts_on: Some(d(2026, 4, 1)), ..facts(FeeStanding::NotInvoiced) },
                today,
                Applied,
                "accepted; starts on 2026-04-01",
            ),
            (
                MembershipFacts { suspended_on: Some(d(2026, 3, 1)), ..facts(paid.clone()) },
                today,
                Suspended,
                "suspended since 2026-03-01",
            ),
            (
                MembershipFacts { suspended_on: Some(d(2026, 4, 1)), ..facts(paid.clone()) },
                today,
                Active,
                "active; 2026 fee invoice 2026-0042 paid",
            ),
            (
                MembershipFacts {
                    terminated_on: Some(d(2026, 3, 7)),
                    suspended_on: Some(d(2026, 3, 1)),
                    ..facts(open())
                },
                today,
                Terminated,
                "terminated on 2026-03-07",
            ),
            (
                MembershipFacts { terminated_on: Some(d(2026, 12, 31)), ..facts(paid) },
                today,
                Active,
                "active; 2026 fee invoice 2026-0042 paid",
            ),
        ];
        for (i, (f, day, status, reason)) in cases.iter().enumerate() {
            let got = derive(f, *day);
            assert_eq!((got.status, got.reason(DateStyle::Iso).as_str()), (*status, *reason), "case {i}");
            assert_eq!(status_on(f, *day), *status, "case {i}, without its reason");
        }
        let terminated = MembershipFacts { terminated_on: Some(d(2026, 3, 7)), ..facts(open()) };
        assert_eq!(derive(&terminated, today).reason(DateStyle::DayMonthYearDots), "terminated on 07.03.2026");
    }

    fn fee_invoice(kind: crate::invoice::InvoiceKind) -> crate::invoice::Invoice {
        crate::invoice::Invoice {
            id: uuid::Uuid::from_u128(1),
            kind,
            number: "2026-0042".into(),
            draft: false,
            organisation_id: uuid::Uuid::from_u128(2),
            membership_id: Some(uuid::Uuid::from_u128(3)),
            period_start: Some(d(2026, 1, 1)),
            issued_on: d(2026, 1, 2),
            due_on: d(2026, 2, 1),
            currency: "EUR".into(),
            tax_rate_basis_points: 0,
            net_minor: 50_000,
            tax_minor: 0,
            gross_minor: 50_000,
            explanation: String::new(),
            credited_invoice_id: None,
            voided_at: None,
            void_reason: None,
            paid_minor: 20_000,
            credited_minor: 10_000,
        }
    }

    /// What a fee bills, collects and still asks for, worked out by hand: 500.00 less a credit
    /// note of 100.00 bills 400.00, of which 200.00 is paid.
    #[test]
    fn a_fee_bills_collects_and_owes_what_its_credit_notes_and_payments_leave() {
        use crate::invoice::InvoiceKind;
        let fee = MembershipFee::of(&fee_invoice(InvoiceKind::Fee)).unwrap();
        assert_eq!((fee.billed_minor(), fee.collected_minor(), fee.outstanding_minor()), (40_000, 20_000, 20_000));
        assert_eq!((fee.membership_id, fee.period_start, fee.live), (uuid::Uuid::from_u128(3), d(2026, 1, 1), true));
        let overpaid = MembershipFee { paid_minor: 45_000, ..fee.clone() };
        assert_eq!((overpaid.collected_minor(), overpaid.outstanding_minor()), (40_000, 0));
        let voided =
            crate::invoice::Invoice { voided_at: Some(chrono::DateTime::UNIX_EPOCH), ..fee_invoice(InvoiceKind::Fee) };
        let draft = crate::invoice::Invoice { draft: true, ..fee_invoice(InvoiceKind::Fee) };
        for not_live in [voided, draft] {
            let fee = MembershipFee::of(&not_live).unwrap();
            assert_eq!((fee.live, fee.outstanding_minor()), (false, 0));
        }
        assert_eq!(MembershipFee::of(&fee_invoice(InvoiceKind::CreditNote)), None);
        assert_eq!(MembershipFee::of(&fee_invoice(InvoiceKind::Event)), None);
        let without_period = crate::invoice::Invoice { period_start: None, ..fee_invoice(InvoiceKind::Fee) };
        assert_eq!(MembershipFee::of(&without_period), None);
    }

    #[test]
    fn an_unpaid_fee_is_never_shown_as_up_to_date() {
        for day in 0..400 {
            let today = d(2026, 1, 1) + chrono::Duration::days(day);
            let status = derive(&facts(open()), today).status;
            assert_ne!(status, Active, "{today}");
        }
        assert!(MembershipStatus::ALL.iter().filter(|s| s.is_member()).count() == 2);
    }
}

/// A membership type as the cluster sets it up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MembershipTypeFields {
    pub name: String,
    /// The organisation kinds that may hold it; empty for every kind.
    pub eligible_kinds: Vec<crate::organisation::OrganisationKind>,
    pub voting_rights: bool,
    pub benefits: String,
    /// A fixed rule's year starts in the cluster's fiscal year start month, whatever is here.
    pub period: crate::period::PeriodRule,
    pub fee_rule: crate::fee::FeeRule,
    /// Whether a member who joins during a period pays only for the days left.
    pub pro_rata: bool,
    /// The tax on its fee invoices, in basis points (2100 = 21 %); 0 where fees are not taxed.
    pub tax_rate_basis_points: i64,
}

impl MembershipTypeFields {
    /// Checks the type as a whole; each problem names its field.
    pub fn check(&self) -> Result<(), crate::validation::Invalid> {
        let mut c = crate::validation::Collector::new();
        if self.name.trim().is_empty() {
            c.push("name", i18n::said("invalid-validation-required"));
        }
        c.take("period", self.period.check());
        c.take("fee_rule", self.fee_rule.check());
        if !(0..=10_000).contains(&self.tax_rate_basis_points) {
            c.push("tax_rate", i18n::said("invalid-membership-tax-rate"));
        }
        c.finish(|| ())
    }

    /// Whether an organisation of this kind may hold the type.
    pub fn admits(&self, kind: crate::organisation::OrganisationKind) -> bool {
        self.eligible_kinds.is_empty() || self.eligible_kinds.contains(&kind)
    }
}

/// A membership type as its form holds it, every value as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MembershipTypeInput {
    pub name: Option<String>,
    /// Organisation kind codes, separated by commas; empty for every kind.
    pub eligible_kinds: Option<String>,
    /// yes or no.
    pub voting_rights: Option<String>,
    pub benefits: Option<String>,
    /// fixed (the cluster's year) or rolling (months from the join date).
    pub period: Option<String>,
    /// For a fixed period: the day from which joiners start in the next period, as `day/month`
    /// (`1/10`); empty for none.
    pub rollover: Option<String>,
    /// For a rolling period: its length in months.
    pub months: Option<String>,
    /// yes or no: whether a member who joins during a period pays for the days left only.
    pub pro_rata: Option<String>,
    /// A percentage, such as `21`; empty for untaxed fees.
    pub tax_rate: Option<String>,
    #[serde(flatten)]
    #[cfg_attr(feature = "openapi", schema(inline))]
    pub fee: crate::fee::FeeRuleForm,
}

use crate::validation::yes_no;

impl MembershipTypeInput {
    /// The type the form describes, in a cluster whose year starts in `start_month`.
    pub fn parse(
        &self,
        currency: crate::money::Currency,
        start_month: u32,
    ) -> Result<MembershipTypeFields, crate::validation::Invalid> {
        use crate::period::PeriodRule;
        let mut c = crate::validation::Collector::new();
        let text = |v: &Option<String>| v.as_deref().map(str::trim).unwrap_or_default().to_string();
        let name = c.take("name", crate::validation::required_text(self.name.as_deref(), 120));
        let eligible_kinds: Vec<crate::organisation::OrganisationKind> = text(&self.eligible_kinds)
            .split(',')
            .map(str::trim)
            .filter(|k| !k.is_empty())
            .filter_map(|k| c.take("eligible_kinds", crate::organisation::OrganisationKind::parse(k)))
            .collect();
        let voting_rights = c.take("voting_rights", yes_no(&self.voting_rights, true));
        let pro_rata = c.take("pro_rata", yes_no(&self.pro_rata, false));
        let period = match text(&self.period).as_str() {
            "" | "fixed" => {
                let rollover = match text(&self.rollover).as_str() {
                    "" => Some(None),
                    r => c.take(
                        "rollover",
                        r.split_once(['/', '.'])
                            .and_then(|(d, m)| Some((m.trim().parse::<u32>().ok()?, d.trim().parse::<u32>().ok()?)))
                            .map(Some)
                            .ok_or_else(|| i18n::said_with("invalid-membership-rollover", &[("value", r.to_string())])),
                    ),
                };
                rollover.map(|rollover| PeriodRule::Fixed { start_month, rollover })
            }
            "rolling" => c
                .take("months", text(&self.months).parse::<u32>().map_err(|_| i18n::said("invalid-membership-months")))
                .map(|months| PeriodRule::Rolling { months }),
            other => {
                c.push("period", i18n::said_with("invalid-membership-period", &[("value", other.to_string())]));
                None
            }
        };
        if let Some(p) = &period {
            let field = if matches!(p, PeriodRule::Rolling { .. }) { "months" } else { "rollover" };
            c.take(field, p.check());
        }
        let tax = match text(&self.tax_rate).as_str() {
            "" => Some(0),
            t => c.take("tax_rate", crate::written::parse_percent(t)),
        };
        let fee_rule = match self.fee.parse(currency) {
            Ok(rule) => Some(rule),
            Err(invalid) => {
                for e in invalid.0 {
                    c.push(&e.field, e.message);
                }
                None
            }
        };
        let benefits = text(&self.benefits);
        if benefits.chars().count() > 2000 {
            c.push("benefits", i18n::said("invalid-membership-benefits-too-long"));
        }
        let fields = match (name, voting_rights, pro_rata, period, tax, fee_rule) {
            (Some(name), Some(voting_rights), Some(pro_rata), Some(period), Some(tax), Some(fee_rule)) => {
                Some(MembershipTypeFields {
                    name,
                    eligible_kinds,
                    voting_rights,
                    benefits,
                    period,
                    fee_rule,
                    pro_rata,
                    tax_rate_basis_points: tax,
                })
            }
            _ => None,
        };
        let fields = c.finish(|| fields)?;
        let fields = fields
            .ok_or_else(|| crate::validation::Invalid::one("name", i18n::said("invalid-membership-type-incomplete")))?;
        fields.check()?;
        Ok(fields)
    }
}

impl MembershipTypeFields {
    /// The type as its form shows it, the inverse of [`MembershipTypeInput::parse`].
    pub fn to_input(&self, currency: crate::money::Currency) -> MembershipTypeInput {
        use crate::period::PeriodRule;
        let yes = |b: bool| Some(if b { "yes" } else { "no" }.to_string());
        let (period, rollover, months) = match self.period {
            PeriodRule::Fixed { rollover, .. } => ("fixed", rollover.map(|(m, d)| format!("{d}/{m}")), None),
            PeriodRule::Rolling { months } => ("rolling", None, Some(months.to_string())),
        };
        MembershipTypeInput {
            name: Some(self.name.clone()),
            eligible_kinds: Some(self.eligible_kinds.iter().map(|k| k.code()).collect::<Vec<_>>().join(", ")),
            voting_rights: yes(self.voting_rights),
            benefits: Some(self.benefits.clone()),
            period: Some(period.into()),
            rollover,
            months,
            pro_rata: yes(self.pro_rata),
            tax_rate: Some(crate::written::percent_text(self.tax_rate_basis_points).trim_end_matches(" %").to_string()),
            fee: self.fee_rule.to_form(currency),
        }
    }
}

#[cfg(test)]
mod input_tests {
    use super::*;
    use crate::fee::{FeeRule, FeeRuleForm};
    use crate::money::Currency;
    use crate::period::PeriodRule;

    #[test]
    fn a_type_reads_from_its_form_and_back() {
        let input = MembershipTypeInput {
            name: Some("Full member".into()),
            eligible_kinds: Some("company, association".into()),
            voting_rights: Some("yes".into()),
            benefits: Some("Vote".into()),
            period: Some("fixed".into()),
            rollover: Some("1/10".into()),
            months: None,
            pro_rata: Some("no".into()),
            tax_rate: Some("21".into()),
            fee: FeeRuleForm { rule: Some("flat".into()), fee: Some("1.500,00".into()), ..Default::default() },
        };
        let fields = input.parse(Currency::EUR, 1).unwrap();
        assert_eq!(fields.period, PeriodRule::Fixed { start_month: 1, rollover: Some((10, 1)) });
        assert_eq!((fields.fee_rule.clone(), fields.tax_rate_basis_points), (FeeRule::Flat { fee: 150_000 }, 2100));
        assert_eq!(fields.to_input(Currency::EUR).parse(Currency::EUR, 1).unwrap(), fields);
    }

    #[test]
    fn every_problem_of_a_type_is_named_by_its_field() {
        let input = MembershipTypeInput {
            eligible_kinds: Some("company, pirate".into()),
            voting_rights: Some("perhaps".into()),
            period: Some("rolling".into()),
            months: Some("0".into()),
            tax_rate: Some("200".into()),
            fee: FeeRuleForm { rule: Some("flat".into()), fee: Some("-5".into()), ..Default::default() },
            ..Default::default()
        };
        let e = input.parse(Currency::EUR, 1).unwrap_err();
        for field in ["name", "eligible_kinds", "voting_rights", "months", "tax_rate", "fee"] {
            assert!(e.message_for(field).is_some(), "{field}: {e}");
        }
    }
}
