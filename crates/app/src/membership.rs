//! Membership types, memberships with their derived status, and the renewal run that issues the
//! fee invoices of a period: previewed first, safe to run twice.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use domain::access::Permission;
use domain::id::Uuid;
use domain::membership::{FeeStanding, MembershipFacts, MembershipTypeFields, Standing};
use domain::period::Period;
use store::invoice::{InvoiceKind, NewInvoice, NewLine};
use store::membership::{Membership, MembershipType};

use crate::auth::require;
use crate::{App, ClusterScope, Error};

/// Days between a fee invoice's issue and its due date.
pub const PAYMENT_TERM_DAYS: i64 = 30;

pub async fn create_type(app: &App, scope: &ClusterScope, fields: &MembershipTypeFields) -> Result<Uuid, Error> {
    require(scope, Permission::Manage)?;
    fields.check()?;
    Ok(store::membership::insert_type(&app.db, scope, fields).await?)
}

pub async fn types(app: &App, scope: &ClusterScope) -> Result<Vec<MembershipType>, Error> {
    require(scope, Permission::Read)?;
    Ok(store::membership::types(&app.db, scope).await?)
}

/// Records that an organisation applied for a type (accepted from `starts_on`, if given). The
/// type must admit the organisation's kind, and an organisation holds one membership at a time.
pub async fn add(
    app: &App,
    scope: &ClusterScope,
    organisation_id: Uuid,
    type_id: Uuid,
    applied_on: NaiveDate,
    starts_on: Option<NaiveDate>,
    by: &str,
) -> Result<Uuid, Error> {
    require(scope, Permission::Edit)?;
    let organisation = crate::organisation::get(app, scope, organisation_id).await?;
    let kind = store::membership::get_type(&app.db, scope, type_id).await?.ok_or(Error::NotFound("membership type"))?;
    if !kind.fields.admits(organisation.fields.kind) {
        return Err(Error::BadRequest(format!(
            "the type {} is not open to organisations of the kind {}",
            kind.fields.name,
            organisation.fields.kind.code()
        )));
    }
    let current = store::membership::memberships_of(&app.db, scope, organisation_id).await?;
    if current.iter().any(|m| m.terminated_on.is_none()) {
        return Err(Error::BadRequest(
            "the organisation already has a membership; terminate it before adding another".into(),
        ));
    }
    if starts_on.is_some_and(|s| s < applied_on) {
        return Err(Error::BadRequest("a membership cannot start before it was applied for".into()));
    }
    store::membership::insert_membership(&app.db, scope, organisation_id, type_id, applied_on, starts_on, by)
        .await?
        .ok_or(Error::NotFound("organisation"))
}

/// The period of a membership that holds `day`.
fn period_of(kind: &MembershipType, m: &Membership, day: NaiveDate) -> Period {
    kind.fields.period.period_containing(day, m.starts_on.unwrap_or(m.applied_on))
}

/// Where the fee of `period` stands, from the membership's fee invoices (with their payments).
fn fee_standing(
    kind: &MembershipType,
    m: &Membership,
    period: &Period,
    invoices: &[&store::invoice::Invoice],
) -> FeeStanding {
    if let Some(starts_on) = m.starts_on {
        let first = kind.fields.period.first_period(starts_on);
        if first.start > period.start {
            return FeeStanding::NotDue {
                why: format!("joined after the rollover day; first fee for {}", first.label()),
            };
        }
    }
    if let domain::fee::FeeRule::InKind { .. } = kind.fields.fee_rule {
        return FeeStanding::NotDue { why: format!("{} fee in kind", period.label()) };
    }
    let invoice = invoices.iter().find(|i| i.period_start == Some(period.start) && i.voided_at.is_none());
    match invoice {
        None => FeeStanding::NotInvoiced,
        Some(i) if i.paid_minor >= i.gross_minor => FeeStanding::Paid { number: i.number.clone() },
        Some(i) => FeeStanding::Open { number: i.number.clone(), due_on: i.due_on },
    }
}

/// A membership with its type and its status on a day, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MembershipView {
    pub membership: Membership,
    pub type_name: String,
    pub standing: Standing,
}

/// An organisation's memberships with their status on `today`.
pub async fn of_organisation(
    app: &App,
    scope: &ClusterScope,
    organisation_id: Uuid,
    today: NaiveDate,
) -> Result<Vec<MembershipView>, Error> {
    require(scope, Permission::Read)?;
    let types: HashMap<Uuid, MembershipType> =
        store::membership::types(&app.db, scope).await?.into_iter().map(|t| (t.id, t)).collect();
    let invoices = store::invoice::invoices_of(&app.db, scope, organisation_id).await?;
    let memberships = store::membership::memberships_of(&app.db, scope, organisation_id).await?;
    let mut out = Vec::new();
    for m in memberships {
        let kind = types.get(&m.type_id).ok_or_else(|| Error::NotFound("membership type"))?;
        let mine: Vec<&store::invoice::Invoice> = invoices.iter().filter(|i| i.membership_id == Some(m.id)).collect();
        out.push(MembershipView {
            standing: standing_on(kind, &m, &mine, today),
            type_name: kind.fields.name.clone(),
            membership: m,
        });
    }
    Ok(out)
}

/// What a renewal run does for one membership.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum RenewalAction {
    /// A fee invoice of this amount (minor units), and why this amount.
    Invoice { amount_minor: i64, explanation: String },
    /// No invoice, and why not.
    Skip { reason: String },
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RenewalLine {
    pub membership_id: Uuid,
    pub organisation_id: Uuid,
    pub organisation: String,
    pub membership_type: String,
    /// The period the fee pays for, as people name it.
    pub period: String,
    #[serde(flatten)]
    pub action: RenewalAction,
}

/// A renewal run: what it will do (a preview) or did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Renewal {
    pub year: i32,
    pub lines: Vec<RenewalLine>,
    /// How many invoices the run issued (0 for a preview).
    pub issued: usize,
    /// The numbers it issued, first and last.
    pub numbers: Option<(String, String)>,
}

impl Renewal {
    pub fn to_invoice(&self) -> usize {
        self.lines.iter().filter(|l| matches!(l.action, RenewalAction::Invoice { .. })).count()
    }

    pub fn total_minor(&self) -> i64 {
        self.lines
            .iter()
            .map(|l| match l.action {
                RenewalAction::Invoice { amount_minor, .. } => amount_minor,
                RenewalAction::Skip { .. } => 0,
            })
            .sum()
    }
}

/// The period of `year` a membership pays for: for a fixed type, the cluster's year that starts in
/// `year`; for a rolling one, the period that begins on the membership's anniversary in `year`.
fn renewal_period(kind: &MembershipType, m: &Membership, year: i32) -> Option<Period> {
    if let Some(p) = kind.fields.period.fixed_period(year) {
        return Some(p);
    }
    let joined = m.starts_on?;
    let jan_first = NaiveDate::from_ymd_opt(year, 1, 1)?;
    let mut p = kind.fields.period.period_containing(jan_first.max(joined), joined);
    if p.start < jan_first {
        p = kind.fields.period.period_containing(p.end, joined);
    }
    (p.start.year() == year).then_some(p)
}

/// Plans the fee invoices of `year` and, unless `dry_run`, issues them in one transaction,
/// dated `today`. Memberships whose period already has a fee invoice are left alone, so a second
/// run (or two at once) creates nothing new.
pub async fn renew(
    app: &App,
    scope: &ClusterScope,
    year: i32,
    today: NaiveDate,
    by: &str,
    dry_run: bool,
) -> Result<Renewal, Error> {
    require(scope, if dry_run { Permission::Read } else { Permission::Manage })?;
    let currency = scope.cluster().base_currency;
    let types: HashMap<Uuid, MembershipType> =
        store::membership::types(&app.db, scope).await?.into_iter().map(|t| (t.id, t)).collect();
    let since = NaiveDate::from_ymd_opt(year - 1, 1, 1).ok_or_else(|| Error::BadRequest("no such year".into()))?;
    let memberships = store::membership::all_memberships(&app.db, scope, since).await?;
    let organisations: HashMap<Uuid, store::organisation::Organisation> =
        store::organisation::all_for_matching(&app.db, scope).await?.into_iter().map(|o| (o.id, o)).collect();
    let invoiced: std::collections::HashSet<(Uuid, NaiveDate)> = store::invoice::fee_invoices(&app.db, scope, since)
        .await?
        .into_iter()
        .filter_map(|i| i.membership_id.zip(i.period_start))
        .collect();
    let mut lines = Vec::new();
    let mut invoices = Vec::new();
    for m in &memberships {
        let (Some(kind), Some(organisation)) = (types.get(&m.type_id), organisations.get(&m.organisation_id)) else {
            continue;
        };
        let Some(period) = renewal_period(kind, m, year) else { continue };
        let skip = |reason: String| RenewalAction::Skip { reason };
        let action = match m.starts_on {
            None => skip("applied, not accepted yet".into()),
            Some(s) if s >= period.end => skip(format!("starts on {s}, after the period")),
            Some(s) if kind.fields.period.first_period(s).start > period.start => skip(format!(
                "joined after the rollover day; first fee for {}",
                kind.fields.period.first_period(s).label()
            )),
            Some(_) if m.terminated_on.is_some_and(|t| t <= period.start) => skip("terminated".into()),
            Some(_) if m.suspended_on.is_some() => skip("suspended".into()),
            Some(_) if invoiced.contains(&(m.id, period.start)) => skip("already invoiced for this period".into()),
            Some(starts_on) => {
                let f = &organisation.fields;
                match kind.fields.fee_rule.quote(f.employees, f.turnover.map(|t| t.minor), currency) {
                    Err(why) => skip(format!("cannot be priced: {why}")),
                    Ok(q) if q.in_kind => skip(q.explanation),
                    Ok(q) => {
                        let (amount, explanation) = if kind.fields.pro_rata && starts_on > period.start {
                            let part = domain::fee::pro_rata(q.amount, &period, starts_on);
                            (part, format!("{}; pro rata from {starts_on}", q.explanation))
                        } else {
                            (q.amount, q.explanation)
                        };
                        if amount == 0 {
                            skip("no fee".into())
                        } else {
                            invoices.push(NewInvoice {
                                kind: InvoiceKind::Fee,
                                organisation_id: m.organisation_id,
                                membership_id: Some(m.id),
                                period_start: Some(period.start),
                                issued_on: today,
                                due_on: today + chrono::Duration::days(PAYMENT_TERM_DAYS),
                                tax_rate_basis_points: 0,
                                lines: vec![NewLine {
                                    description: format!("{} membership fee {}", kind.fields.name, period.label()),
                                    quantity: 1,
                                    unit_price_minor: amount,
                                }],
                                explanation: explanation.clone(),
                            });
                            RenewalAction::Invoice { amount_minor: amount, explanation }
                        }
                    }
                }
            }
        };
        lines.push(RenewalLine {
            membership_id: m.id,
            organisation_id: m.organisation_id,
            organisation: organisation.fields.name.clone(),
            membership_type: kind.fields.name.clone(),
            period: period.label(),
            action,
        });
    }
    let mut renewal = Renewal { year, lines: Vec::new(), issued: 0, numbers: None };
    if !dry_run && !invoices.is_empty() {
        let issued = store::invoice::issue_fee_invoices(&app.db, scope, &invoices, by).await?;
        renewal.issued = issued.len();
        renewal.numbers = issued.first().zip(issued.last()).map(|(a, b)| (a.number.clone(), b.number.clone()));
        // A concurrent run may have issued some of them first: say so rather than claim them.
        let done: std::collections::HashSet<Uuid> =
            issued.iter().filter_map(|i| invoices[i.index].membership_id).collect();
        for line in &mut lines {
            if matches!(line.action, RenewalAction::Invoice { .. }) && !done.contains(&line.membership_id) {
                line.action = RenewalAction::Skip { reason: "invoiced by another run meanwhile".into() };
            }
        }
    }
    lines.sort_by(|a, b| a.organisation.cmp(&b.organisation).then(a.membership_id.cmp(&b.membership_id)));
    renewal.lines = lines;
    Ok(renewal)
}

/// An organisation's invoices, newest first, each with its state on `today`.
pub async fn invoices_of(
    app: &App,
    scope: &ClusterScope,
    organisation_id: Uuid,
    today: NaiveDate,
) -> Result<Vec<(store::invoice::Invoice, domain::invoice::InvoiceState)>, Error> {
    require(scope, Permission::Read)?;
    let invoices = store::invoice::invoices_of(&app.db, scope, organisation_id).await?;
    Ok(invoices
        .into_iter()
        .map(|i| {
            let state = domain::invoice::InvoiceState::derive(
                i.voided_at.is_some(),
                i.gross_minor,
                i.paid_minor,
                i.due_on,
                today,
            );
            (i, state)
        })
        .collect())
}

/// A membership's status on `day`, from its type and its fee invoices.
fn standing_on(
    kind: &MembershipType,
    m: &Membership,
    invoices: &[&store::invoice::Invoice],
    day: NaiveDate,
) -> Standing {
    let period = period_of(kind, m, day);
    let facts = MembershipFacts {
        applied_on: m.applied_on,
        starts_on: m.starts_on,
        suspended_on: m.suspended_on,
        terminated_on: m.terminated_on,
        period,
        fee: fee_standing(kind, m, &period, invoices),
    };
    domain::membership::derive(&facts, day)
}

/// The membership figures of a period, for the board, funders and labels.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MembershipFigures {
    /// The period, as people name it.
    pub period: String,
    /// The day the counts are taken: the period's last day, or today within it.
    pub as_of: NaiveDate,
    pub members: usize,
    /// Members by type, by organisation kind and by EU size class (`unknown` without the figures).
    pub by_type: Vec<(String, usize)>,
    pub by_kind: Vec<(String, usize)>,
    pub by_size_class: Vec<(String, usize)>,
    /// Memberships that began in the period.
    pub new: usize,
    /// Members at the period's start that are no longer members.
    pub lost: usize,
    /// Of the members at the period's start, the share still members, in percent (none without
    /// members at the start).
    pub retention_percent: Option<u32>,
    /// Fee invoices of the period (voided ones left out), in minor units of the base currency.
    pub fees_billed: i64,
    pub fees_collected: i64,
    pub fees_outstanding: i64,
    /// The share of the fees collected that the five largest payers paid, in percent.
    pub fee_concentration_percent: Option<u32>,
}

fn counted(mut counts: HashMap<String, usize>) -> Vec<(String, usize)> {
    let mut all: Vec<(String, usize)> = counts.drain().collect();
    all.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    all
}

fn percent(part: i64, whole: i64) -> Option<u32> {
    (whole > 0).then(|| ((part * 100 + whole / 2) / whole) as u32)
}

/// The figures of the cluster's year that starts in `year` (its fiscal year), as of `today` when
/// the year is not over.
pub async fn figures(app: &App, scope: &ClusterScope, year: i32, today: NaiveDate) -> Result<MembershipFigures, Error> {
    require(scope, Permission::Read)?;
    let start_month = scope.cluster().fiscal_year_start_month as u32;
    let period = domain::period::PeriodRule::Fixed { start_month, rollover: None }
        .fixed_period(year)
        .ok_or_else(|| Error::BadRequest(format!("{year} is not a year")))?;
    let as_of = period.last_day().min(today);
    let since = period.start - chrono::Duration::days(800);
    let types: HashMap<Uuid, MembershipType> =
        store::membership::types(&app.db, scope).await?.into_iter().map(|t| (t.id, t)).collect();
    let organisations: HashMap<Uuid, store::organisation::Organisation> =
        store::organisation::all_for_matching(&app.db, scope).await?.into_iter().map(|o| (o.id, o)).collect();
    let memberships = store::membership::all_memberships(&app.db, scope, since).await?;
    let invoices = store::invoice::fee_invoices(&app.db, scope, since).await?;
    let mut of_membership: HashMap<Uuid, Vec<&store::invoice::Invoice>> = HashMap::new();
    for i in &invoices {
        if let Some(m) = i.membership_id {
            of_membership.entry(m).or_default().push(i);
        }
    }
    let (mut by_type, mut by_kind, mut by_size) = (HashMap::new(), HashMap::new(), HashMap::new());
    let (mut members, mut new, mut at_start, mut kept) = (0, 0, 0, 0);
    for m in &memberships {
        let (Some(kind), Some(o)) = (types.get(&m.type_id), organisations.get(&m.organisation_id)) else { continue };
        let mine = of_membership.get(&m.id).map(Vec::as_slice).unwrap_or_default();
        let member_now = standing_on(kind, m, mine, as_of).status.is_member();
        let before_start = period.start.pred_opt().expect("a day before");
        let member_before = m.starts_on.is_some_and(|s| s <= before_start)
            && standing_on(kind, m, mine, before_start).status.is_member();
        if m.starts_on.is_some_and(|s| period.contains(s)) {
            new += 1;
        }
        if member_before {
            at_start += 1;
            kept += usize::from(member_now);
        }
        if member_now {
            members += 1;
            *by_type.entry(kind.fields.name.clone()).or_insert(0) += 1;
            *by_kind.entry(o.fields.kind.code().to_string()).or_insert(0) += 1;
            let size = o.size_class.map_or("unknown", |s| s.code());
            *by_size.entry(size.to_string()).or_insert(0) += 1;
        }
    }
    let of_period: Vec<&store::invoice::Invoice> = invoices
        .iter()
        .filter(|i| i.voided_at.is_none() && i.period_start.is_some_and(|s| period.contains(s)))
        .collect();
    let fees_billed: i64 = of_period.iter().map(|i| i.gross_minor).sum();
    let fees_collected: i64 = of_period.iter().map(|i| i.paid_minor.min(i.gross_minor)).sum();
    let mut paid_by: HashMap<Uuid, i64> = HashMap::new();
    for i in &of_period {
        *paid_by.entry(i.organisation_id).or_insert(0) += i.paid_minor.min(i.gross_minor);
    }
    let mut payers: Vec<i64> = paid_by.into_values().collect();
    payers.sort_unstable_by(|a, b| b.cmp(a));
    let top_five: i64 = payers.iter().take(5).sum();
    Ok(MembershipFigures {
        period: period.label(),
        as_of,
        members,
        by_type: counted(by_type),
        by_kind: counted(by_kind),
        by_size_class: counted(by_size),
        new,
        lost: at_start - kept,
        retention_percent: percent(kept as i64, at_start as i64),
        fees_billed,
        fees_collected,
        fees_outstanding: fees_billed - fees_collected,
        fee_concentration_percent: percent(top_five, fees_collected),
    })
}
