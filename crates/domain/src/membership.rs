//! Memberships: an organisation holding a membership type from a start date. The status is never
//! typed: it is derived from the dates, the period and the fee invoice with its payments, and
//! comes with the reason a person can check ("active; 2026 fee invoice 2026-0042 unpaid, 34 days
//! overdue").

use chrono::NaiveDate;

use crate::period::Period;

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

/// Where the fee of the current period stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeeStanding {
    /// Nothing is to be paid in money for this period, and why: "fee in kind", "joined after the
    /// rollover day; first fee for 2027".
    NotDue {
        why: String,
    },
    /// No invoice yet (or only voided ones).
    NotInvoiced,
    /// Issued and not fully paid.
    Open {
        number: String,
        due_on: NaiveDate,
    },
    Paid {
        number: String,
    },
}

/// What a membership's status is derived from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MembershipFacts {
    pub applied_on: NaiveDate,
    /// The day the membership begins, once the application is accepted.
    pub starts_on: Option<NaiveDate>,
    pub suspended_on: Option<NaiveDate>,
    pub terminated_on: Option<NaiveDate>,
    /// The period `today` falls in.
    pub period: Period,
    pub fee: FeeStanding,
}

/// A derived status with its reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub status: MembershipStatus,
    pub reason: String,
}

fn standing(status: MembershipStatus, reason: String) -> Standing {
    Standing { status, reason }
}

fn days(n: i64) -> String {
    if n == 1 { "1 day".into() } else { format!("{n} days") }
}

/// The status of a membership on `today`, and why.
pub fn derive(f: &MembershipFacts, today: NaiveDate) -> Standing {
    use MembershipStatus::*;
    if let Some(day) = f.terminated_on.filter(|d| *d <= today) {
        return standing(Terminated, format!("terminated on {day}"));
    }
    let Some(starts_on) = f.starts_on else {
        return standing(Applied, format!("applied on {}, not accepted yet", f.applied_on));
    };
    if starts_on > today {
        return standing(Applied, format!("accepted; starts on {starts_on}"));
    }
    if let Some(day) = f.suspended_on.filter(|d| *d <= today) {
        return standing(Suspended, format!("suspended since {day}"));
    }
    let label = f.period.label();
    match &f.fee {
        FeeStanding::NotDue { why } => standing(Active, format!("active; {why}")),
        FeeStanding::Paid { number } => standing(Active, format!("active; {label} fee invoice {number} paid")),
        FeeStanding::Open { number, due_on } => {
            let overdue = (today - *due_on).num_days();
            if overdue > LAPSE_AFTER_DAYS {
                standing(Lapsed, format!("lapsed; {label} fee invoice {number} unpaid, {} overdue", days(overdue)))
            } else if overdue > 0 {
                standing(
                    ActiveFeeUnpaid,
                    format!("active; {label} fee invoice {number} unpaid, {} overdue", days(overdue)),
                )
            } else {
                standing(ActiveFeeUnpaid, format!("active; {label} fee invoice {number} unpaid, due on {due_on}"))
            }
        }
        FeeStanding::NotInvoiced => {
            let since = (today - f.period.start).num_days();
            if since > LAPSE_AFTER_DAYS && starts_on < f.period.start {
                standing(Lapsed, format!("lapsed; not renewed for {label}"))
            } else {
                standing(Active, format!("active; {label} fee not invoiced yet"))
            }
        }
    }
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

    fn facts(fee: FeeStanding) -> MembershipFacts {
        MembershipFacts {
            applied_on: d(2024, 11, 2),
            starts_on: Some(d(2025, 1, 1)),
            suspended_on: None,
            terminated_on: None,
            period: Period { start: d(2026, 1, 1), end: d(2027, 1, 1) },
            fee,
        }
    }

    fn open() -> FeeStanding {
        FeeStanding::Open { number: "2026-0042".into(), due_on: d(2026, 2, 1) }
    }

    /// Each case: the facts, the day, the status and reason expected.
    #[test]
    fn status_is_derived_case_by_case() {
        let today = d(2026, 3, 7);
        let paid = FeeStanding::Paid { number: "2026-0042".into() };
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
            (facts(FeeStanding::NotDue { why: "fee in kind".into() }), today, Active, "active; fee in kind"),
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
            assert_eq!((got.status, got.reason.as_str()), (*status, *reason), "case {i}");
        }
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
            c.push("name", "is required");
        }
        c.take("period", self.period.check());
        c.take("fee_rule", self.fee_rule.check());
        if !(0..=10_000).contains(&self.tax_rate_basis_points) {
            c.push("tax_rate", "must be between 0 % and 100 %");
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
                            .ok_or_else(|| format!("'{r}' is not a day and month; write it like 1/10 for 1 October")),
                    ),
                };
                rollover.map(|rollover| PeriodRule::Fixed { start_month, rollover })
            }
            "rolling" => c
                .take(
                    "months",
                    text(&self.months).parse::<u32>().map_err(|_| "say how many months a period lasts".to_string()),
                )
                .map(|months| PeriodRule::Rolling { months }),
            other => {
                c.push("period", format!("'{other}' is not a period; use fixed or rolling"));
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
            c.push("benefits", "keep it under 2,000 characters");
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
        let fields = fields.ok_or_else(|| crate::validation::Invalid::one("name", "the type is not complete"))?;
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
