//! Membership types, memberships with their derived status, and the renewal run that issues the
//! fee invoices of a period: previewed first, safe to run twice.

use std::collections::HashMap;

use chrono::NaiveDate;
use domain::access::Permission;
use domain::id::Uuid;
use domain::membership::{FeeStanding, MembershipFacts, MembershipFee, MembershipTypeFields, Standing};
use domain::period::Period;
use store::invoice::{InvoiceKind, NewInvoice, NewLine};
use store::membership::{Membership, MembershipType};

use crate::auth::{Allows, Edit, Manage, Read, require};
use crate::{App, Error};
use store::ClusterScope;

/// Days between a fee invoice's issue and its due date.
pub const PAYMENT_TERM_DAYS: i64 = 30;

pub async fn create_type(app: &App, scope: &impl Allows<Manage>, fields: &MembershipTypeFields) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    fields.check()?;
    Ok(store::membership::insert_type(&app.db, scope, fields).await?)
}

pub async fn types(app: &App, scope: &impl Allows<Read>) -> Result<Vec<MembershipType>, Error> {
    let scope = scope.checked()?;
    let mut types = store::membership::types(&app.db, scope).await?;
    i18n::sort_by_name(i18n::reader(), &mut types, |t| &t.fields.name);
    Ok(types)
}

/// Records that an organisation applied for a type (accepted from `starts_on`, if given). The
/// type must admit the organisation's kind, and an organisation holds one membership at a time.
pub async fn add(
    app: &App,
    scope: &impl Allows<Edit>,
    organisation_id: Uuid,
    type_id: Uuid,
    applied_on: NaiveDate,
    starts_on: Option<NaiveDate>,
    by: &str,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    plausible("applied_on", applied_on)?;
    if let Some(day) = starts_on {
        plausible("starts_on", day)?;
    }
    if starts_on.is_some_and(|s| s < applied_on) {
        return Err(Error::BadRequest(i18n::said("invalid-app-membership-starts-before-applied")));
    }
    // One unit of work: "one membership at a time" is checked on the locked organisation, so two
    // requests at once cannot both add one.
    let mut tx = app.begin().await?;
    let organisation =
        store::organisation::lock(&mut tx, scope, organisation_id).await?.ok_or(Error::NotFound("organisation"))?;
    let kind = store::membership::get_type(&mut tx, scope, type_id).await?.ok_or(Error::NotFound("membership type"))?;
    if !kind.fields.admits(organisation.fields.kind) {
        // The kind in a sentence (`company`), and as a label for the languages that keep its
        // capital (`Unternehmen`).
        let kind_label = i18n::said(&domain::Coded::message_key(organisation.fields.kind));
        return Err(Error::BadRequest(i18n::said_with(
            "invalid-app-membership-type-not-open",
            &[("type", kind.fields.name.clone()), ("kind", kind_label.to_lowercase()), ("label", kind_label)],
        )));
    }
    let current = store::membership::memberships_of(&mut tx, scope, organisation_id).await?;
    if current.iter().any(|m| m.terminated_on.is_none()) {
        return Err(Error::BadRequest(i18n::said("invalid-app-membership-one-at-a-time")));
    }
    let id = store::membership::insert_membership(&mut tx, scope, organisation_id, type_id, applied_on, starts_on, by)
        .await?;
    tx.commit().await?;
    Ok(id)
}

/// `day`, if a record can have it (see `domain::written::plausible_day`); else invalid `field`.
pub(crate) fn plausible(field: &str, day: NaiveDate) -> Result<NaiveDate, Error> {
    domain::written::plausible_day(day).map_err(|m| domain::Invalid::one(field, m).into())
}

/// The period of a membership that holds `day`.
pub(crate) fn period_of(kind: &MembershipType, m: &Membership, day: NaiveDate) -> Period {
    kind.fields.period.period_containing(day, m.starts_on.unwrap_or(m.applied_on))
}

/// Where the fee of `period` stands, from the membership's fee invoices (with their payments).
fn fee_standing<'a>(
    kind: &MembershipType,
    m: &Membership,
    period: &Period,
    fees: &[&'a MembershipFee],
) -> FeeStanding<'a> {
    if let Some(starts_on) = m.starts_on {
        let first = kind.fields.period.first_period(starts_on);
        if first.start > period.start {
            return FeeStanding::FirstFeeLater { first };
        }
    }
    if let domain::fee::FeeRule::InKind { .. } = kind.fields.fee_rule {
        return FeeStanding::InKind;
    }
    match fees.iter().find(|f| f.period_start == period.start && f.live) {
        None => FeeStanding::NotInvoiced,
        Some(i) if i.outstanding_minor() == 0 => FeeStanding::Paid { number: &i.number },
        Some(i) => FeeStanding::Open { number: &i.number, due_on: i.due_on },
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
    scope: &impl Allows<Read>,
    organisation_id: Uuid,
) -> Result<Vec<MembershipView>, Error> {
    let scope = scope.checked()?;
    standings(app, (&app.db).into(), scope, organisation_id).await
}

/// An organisation's memberships with their status on the cluster's today, read from `source`:
/// the caller's unit of work when it decides on them.
pub(crate) async fn standings(
    app: &App,
    source: store::Source<'_>,
    scope: &ClusterScope,
    organisation_id: Uuid,
) -> Result<Vec<MembershipView>, Error> {
    standings_on(app, source, scope, organisation_id, app.today(scope)).await
}

/// An organisation's memberships with their status on `today` (a past day: the status then, as
/// the dates and the fee invoices make it), read from `source`.
pub(crate) async fn standings_on(
    app: &App,
    mut source: store::Source<'_>,
    scope: &ClusterScope,
    organisation_id: Uuid,
    today: NaiveDate,
) -> Result<Vec<MembershipView>, Error> {
    let _ = app;
    let types: HashMap<Uuid, MembershipType> =
        store::membership::types(source.again(), scope).await?.into_iter().map(|t| (t.id, t)).collect();
    let fees: Vec<MembershipFee> = store::invoice::invoices_of(source.again(), scope, organisation_id)
        .await?
        .iter()
        .filter_map(MembershipFee::of)
        .collect();
    let memberships = store::membership::memberships_of(source, scope, organisation_id).await?;
    let mut out = Vec::new();
    for m in memberships {
        let kind = types.get(&m.type_id).ok_or_else(|| Error::NotFound("membership type"))?;
        let mine: Vec<&MembershipFee> = fees.iter().filter(|f| f.membership_id == m.id).collect();
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum RenewalAction {
    /// A fee invoice of this amount (minor units), and why this amount.
    Invoice { amount_minor: i64, explanation: String },
    /// No invoice, and why not.
    Skip { reason: String },
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RenewalLine {
    pub membership_id: Uuid,
    pub organisation_id: Uuid,
    pub organisation: String,
    pub membership_type: String,
    /// The period the fee pays for, as people name it.
    pub period: String,
    /// The period's days, for a reader to write its dates their own way; `None` when there is
    /// no period yet ("from acceptance").
    #[serde(skip)]
    pub days: Option<domain::period::Period>,
    #[serde(flatten)]
    pub action: RenewalAction,
}

/// A renewal run: what it will do (a preview) or did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Renewal {
    pub year: i32,
    pub lines: Vec<RenewalLine>,
    /// How many invoices the run issued (0 for a preview).
    pub issued: usize,
    /// The numbers it issued, first and last.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Vec<String>>))]
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

/// What to do about the fee of one period of a membership: the invoice to issue (dated `today`,
/// due [`PAYMENT_TERM_DAYS`] after today or after the period's start, whichever is later), or
/// why none. What the plan says is in the reader's language; what the invoice says, in its
/// customer's (the organisation's, else the cluster's).
fn plan_fee(
    kind: &MembershipType,
    m: &Membership,
    organisation: &store::organisation::Organisation,
    period: &Period,
    invoiced: bool,
    cluster: &domain::cluster::Cluster,
    today: NaiveDate,
) -> (RenewalAction, Option<NewInvoice>) {
    let currency = cluster.base_currency;
    let customer = organisation.language.unwrap_or_else(|| cluster.language());
    let skip = |reason: String| (RenewalAction::Skip { reason }, None);
    let Some(starts_on) = m.starts_on else { return skip(i18n::said("invalid-app-membership-not-accepted-yet")) };
    let first = kind.fields.period.first_period(starts_on);
    if starts_on >= period.end {
        return skip(i18n::said_with("invalid-app-membership-starts-after-period", &[("day", starts_on.to_string())]));
    }
    if first.start > period.start {
        return skip(i18n::said_with("invalid-app-membership-joined-after-rollover", &[("period", first.label())]));
    }
    if m.terminated_on.is_some_and(|t| t <= period.start) {
        return skip(i18n::said("invalid-app-membership-terminated-before"));
    }
    if m.suspended_on.is_some() {
        return skip(i18n::said("invalid-app-membership-suspended"));
    }
    if invoiced {
        return skip(i18n::said("invalid-app-membership-invoiced-already"));
    }
    let f = &organisation.fields;
    let quote = match kind.fields.fee_rule.quote(f.employees, f.turnover.map(|t| t.minor), currency) {
        Err(why) => return skip(i18n::said_with("invalid-app-membership-cannot-be-priced", &[("problem", why)])),
        Ok(q) if q.in_kind => return skip(q.explanation),
        Ok(q) => q,
    };
    let pro_rata = kind.fields.pro_rata && starts_on > period.start;
    let amount = if pro_rata { domain::fee::pro_rata(quote.amount, period, starts_on) } else { quote.amount };
    let explain = |quote: domain::fee::FeeQuote| {
        if pro_rata {
            i18n::said_with(
                "invalid-app-membership-pro-rata",
                &[("explanation", quote.explanation), ("day", starts_on.to_string())],
            )
        } else {
            quote.explanation
        }
    };
    let explanation = explain(quote);
    if amount == 0 {
        return skip(i18n::said("invalid-app-membership-no-fee"));
    }
    // The invoice speaks to its customer, whoever plans it.
    let (description, explained_to_customer) = i18n::read_by(customer, || {
        let quote = kind.fields.fee_rule.quote(f.employees, f.turnover.map(|t| t.minor), currency);
        let description = i18n::said_with(
            "invoice-line-membership-fee",
            &[("type", kind.fields.name.clone()), ("period", period.label())],
        );
        (description, quote.map(explain).unwrap_or_else(|_| explanation.clone()))
    });
    let invoice = NewInvoice {
        kind: InvoiceKind::Fee,
        organisation_id: m.organisation_id,
        membership_id: Some(m.id),
        period_start: Some(period.start),
        issued_on: today,
        due_on: today.max(period.start) + chrono::Duration::days(PAYMENT_TERM_DAYS),
        tax_rate_basis_points: kind.fields.tax_rate_basis_points,
        lines: vec![NewLine { description, quantity: 1, unit_price_minor: amount }],
        explanation: explained_to_customer,
        credited_invoice_id: None,
    };
    (RenewalAction::Invoice { amount_minor: amount, explanation }, Some(invoice))
}

/// Plans the fee invoices of `year` and, unless `dry_run`, issues them in one transaction,
/// dated `today`: for a fixed type, the cluster's year that starts in `year`; for a rolling one,
/// every period that starts in `year` (two of a six-month type). Each period of each membership
/// is a line of the plan, invoiced or left out with the reason. Periods that already have a fee
/// invoice are left alone, so a second run (or two at once) creates nothing new.
pub async fn renew(app: &App, scope: &impl Allows<Read>, year: i32, by: &str, dry_run: bool) -> Result<Renewal, Error> {
    let scope = scope.checked()?;
    if !domain::written::PLAUSIBLE_YEARS.contains(&year) {
        return Err(Error::BadRequest(i18n::said_with(
            "invalid-app-membership-not-a-renewal-year",
            &[("year", year.to_string())],
        )));
    }
    if !dry_run {
        require(scope, Permission::Manage)?;
    }
    let today = app.today(scope);
    let since = NaiveDate::from_ymd_opt(year - 1, 1, 1)
        .ok_or_else(|| Error::BadRequest(i18n::said("invalid-app-membership-no-such-year")))?;
    // One unit of work for a real run: what it plans from (types, memberships, organisations,
    // the fee invoices already raised) is read inside it, so a membership terminated or a fee
    // invoiced meanwhile is seen, and every invoice of the run is issued or none.
    let mut unit = if dry_run { None } else { Some(app.begin().await?) };
    let types: HashMap<Uuid, MembershipType> =
        store::membership::types(app.source(&mut unit), scope).await?.into_iter().map(|t| (t.id, t)).collect();
    let memberships = store::membership::all_memberships(app.source(&mut unit), scope, since).await?;
    let organisations: HashMap<Uuid, store::organisation::Organisation> =
        store::organisation::all_for_matching(app.source(&mut unit), scope)
            .await?
            .into_iter()
            .map(|o| (o.id, o))
            .collect();
    let invoiced: std::collections::HashSet<(Uuid, NaiveDate)> =
        store::invoice::fee_invoices(app.source(&mut unit), scope, since)
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
        let line = |period: String, days: Option<domain::period::Period>, action| RenewalLine {
            membership_id: m.id,
            organisation_id: m.organisation_id,
            organisation: organisation.fields.name.clone(),
            membership_type: kind.fields.name.clone(),
            period,
            days,
            action,
        };
        let periods = match (kind.fields.period.fixed_period(year), m.starts_on) {
            (Some(p), _) => vec![p],
            (None, Some(joined)) => kind.fields.period.periods_starting_in(year, joined),
            (None, None) => {
                lines.push(line(
                    i18n::said("invalid-app-membership-from-acceptance"),
                    None,
                    RenewalAction::Skip { reason: i18n::said("invalid-app-membership-not-accepted-yet") },
                ));
                continue;
            }
        };
        for period in periods {
            let done = invoiced.contains(&(m.id, period.start));
            let (action, invoice) = plan_fee(kind, m, organisation, &period, done, scope.cluster(), today);
            if let Some(invoice) = invoice {
                invoices.push((lines.len(), invoice));
            }
            lines.push(line(period.label(), Some(period), action));
        }
    }
    let mut renewal = Renewal { year, lines: Vec::new(), issued: 0, numbers: None };
    if let Some(mut tx) = unit.filter(|_| !invoices.is_empty()) {
        let planned: Vec<NewInvoice> = invoices.iter().map(|(_, i)| i.clone()).collect();
        let issued = store::invoice::issue_invoices(&mut tx, scope, &planned, by).await?;
        tx.commit().await?;
        renewal.issued = issued.len();
        renewal.numbers = issued.first().zip(issued.last()).map(|(a, b)| (a.number.clone(), b.number.clone()));
        // A concurrent run may have issued some of them first: say so rather than claim them.
        let done: std::collections::HashSet<usize> = issued.iter().map(|i| invoices[i.index].0).collect();
        for (line, _) in &invoices {
            if !done.contains(line) {
                lines[*line].action =
                    RenewalAction::Skip { reason: i18n::said("invalid-app-membership-invoiced-by-another-run") };
            }
        }
    }
    lines.sort_by(|a, b| a.organisation.cmp(&b.organisation).then(a.membership_id.cmp(&b.membership_id)));
    renewal.lines = lines;
    Ok(renewal)
}

/// The fee invoice of one period of a membership: what it would be, or the one issued.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeeInvoice {
    pub membership_id: Uuid,
    /// The period's first day, and its name.
    pub period_start: NaiveDate,
    pub period: String,
    /// The period's days, for a reader to write its dates their own way.
    #[serde(skip)]
    pub days: domain::period::Period,
    #[serde(flatten)]
    pub action: RenewalAction,
    /// The invoice issued; none for a preview or when no fee is due.
    pub invoice_id: Option<Uuid>,
    pub number: Option<String>,
}

/// Issues (or, with `dry_run`, quotes) the fee invoice of a membership for the period that holds
/// `day` (by default its current period, or its first when it joined after the rollover day),
/// priced and prorated as the renewal run would, linked to the membership so that no run bills
/// the period again. A period already invoiced, or not due, is said and nothing is issued.
pub async fn invoice_fee(
    app: &App,
    scope: &impl Allows<Edit>,
    membership_id: Uuid,
    day: Option<NaiveDate>,
    by: &str,
    dry_run: bool,
) -> Result<FeeInvoice, Error> {
    let scope = scope.checked()?;
    if let Some(day) = day {
        plausible("day", day)?;
    }
    let today = app.today(scope);
    // A quote only reads. An invoice is issued in one unit of work that locks the organisation
    // and then the membership (the order a merge takes them in), so that two requests at once
    // issue one invoice.
    let found = store::membership::get(&app.db, scope, membership_id).await?.ok_or(Error::NotFound("membership"))?;
    let mut unit = if dry_run { None } else { Some(app.begin().await?) };
    let (m, organisation) = match unit.as_mut() {
        Some(tx) => {
            let organisation = store::organisation::lock(tx, scope, found.organisation_id)
                .await?
                .ok_or(Error::NotFound("organisation"))?;
            let m = store::membership::lock(tx, scope, membership_id).await?.ok_or(Error::NotFound("membership"))?;
            if m.organisation_id != organisation.id {
                return Err(Error::conflict("membership", i18n::said("invalid-app-membership-moved-meanwhile")));
            }
            (m, organisation)
        }
        None => {
            let organisation = store::organisation::get(&app.db, scope, found.organisation_id)
                .await?
                .ok_or(Error::NotFound("organisation"))?;
            (found, organisation)
        }
    };
    let kind = store::membership::get_type(app.source(&mut unit), scope, m.type_id)
        .await?
        .ok_or(Error::NotFound("membership type"))?;
    let joined = m.starts_on.unwrap_or(m.applied_on);
    let period = match day {
        Some(day) => kind.fields.period.period_containing(day, joined),
        None => {
            let current = kind.fields.period.period_containing(today.max(joined), joined);
            current.max(kind.fields.period.first_period(joined))
        }
    };
    // A voided fee invoice keeps its period: the period is corrected by a credit note or a new
    // membership, never billed twice.
    let invoiced = store::invoice::invoices_of(app.source(&mut unit), scope, m.organisation_id)
        .await?
        .iter()
        .any(|i| i.membership_id == Some(m.id) && i.period_start == Some(period.start));
    let (action, invoice) = plan_fee(&kind, &m, &organisation, &period, invoiced, scope.cluster(), today);
    let mut fee = FeeInvoice {
        membership_id: m.id,
        period_start: period.start,
        period: period.label(),
        days: period,
        action,
        invoice_id: None,
        number: None,
    };
    if let (Some(invoice), Some(mut tx)) = (invoice, unit) {
        let issued = store::invoice::issue_invoices(&mut tx, scope, &[invoice], by).await?;
        match issued.into_iter().next() {
            Some(issued) => {
                tx.commit().await?;
                fee.invoice_id = Some(issued.id);
                fee.number = Some(issued.number);
            }
            // A renewal run issued it first.
            None => fee.action = RenewalAction::Skip { reason: i18n::said("invalid-app-membership-invoiced-already") },
        }
    }
    Ok(fee)
}

/// What a membership's status on `day` is derived from: its dates, and its type and fee invoices.
fn facts_on<'a>(
    kind: &MembershipType,
    m: &Membership,
    fees: &[&'a MembershipFee],
    day: NaiveDate,
) -> MembershipFacts<'a> {
    let period = period_of(kind, m, day);
    MembershipFacts {
        applied_on: m.applied_on,
        starts_on: m.starts_on,
        suspended_on: m.suspended_on,
        terminated_on: m.terminated_on,
        period,
        fee: fee_standing(kind, m, &period, fees),
    }
}

/// A membership's status on `day`, with its reason.
fn standing_on(kind: &MembershipType, m: &Membership, fees: &[&MembershipFee], day: NaiveDate) -> Standing {
    domain::membership::derive(&facts_on(kind, m, fees, day), day)
}

/// The fee invoices of many memberships, grouped by membership without a list for each: the
/// memberships' ids and their fee invoices, in the same order, by membership.
struct FeesByMembership<'a> {
    memberships: Vec<Uuid>,
    fees: Vec<&'a MembershipFee>,
}

impl<'a> FeesByMembership<'a> {
    fn new(fees: &'a [MembershipFee]) -> Self {
        let mut all: Vec<&MembershipFee> = fees.iter().collect();
        all.sort_unstable_by_key(|f| f.membership_id);
        Self { memberships: all.iter().map(|f| f.membership_id).collect(), fees: all }
    }

    /// The membership's fee invoices, in no particular order.
    fn of(&self, membership_id: Uuid) -> &[&'a MembershipFee] {
        let from = self.memberships.partition_point(|m| *m < membership_id);
        let to = from + self.memberships[from..].partition_point(|m| *m == membership_id);
        &self.fees[from..to]
    }
}

/// The membership figures of a period, for the board, funders and labels.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MembershipFigures {
    /// The period, as people name it.
    pub period: String,
    /// The day the counts are taken: the period's last day, or today within it.
    pub as_of: NaiveDate,
    pub members: usize,
    /// Members by type, by organisation kind and by EU size class (`unknown` without the figures).
    pub by_type: Vec<Count>,
    pub by_kind: Vec<Count>,
    pub by_size_class: Vec<Count>,
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

/// How many members one group has.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Count {
    pub name: String,
    pub members: usize,
}

fn counted(counts: HashMap<&str, usize>) -> Vec<Count> {
    let mut all: Vec<Count> =
        counts.into_iter().map(|(name, members)| Count { name: name.to_string(), members }).collect();
    let language = i18n::reader();
    all.sort_by(|a, b| b.members.cmp(&a.members).then_with(|| i18n::collate(language, &a.name, &b.name)));
    all
}

fn percent(part: i64, whole: i64) -> Option<u32> {
    (whole > 0).then(|| ((part * 100 + whole / 2) / whole) as u32)
}

/// The figures of the cluster's year that starts in `year` (its fiscal year), as of `today` when
/// the year is not over.
pub async fn figures(app: &App, scope: &impl Allows<Read>, year: i32) -> Result<MembershipFigures, Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let start_month = scope.cluster().fiscal_year_start_month as u32;
    let period =
        domain::period::PeriodRule::Fixed { start_month, rollover: None }.fixed_period(year).ok_or_else(|| {
            Error::BadRequest(i18n::said_with("invalid-app-economics-not-a-year", &[("year", year.to_string())]))
        })?;
    let as_of = period.last_day().min(today);
    let key = crate::figures_memory::FiguresKey {
        cluster_id: scope.cluster_id(),
        year,
        as_of,
        fiscal_year_start_month: start_month,
    };
    // Read before the figures' sources, so that a change committed meanwhile moves it past what
    // is remembered.
    let revision = store::membership::revision(&app.db, scope).await?;
    if let Some(figures) = app.figures.get(&key, revision) {
        return Ok(figures);
    }
    let figures = work_out_figures(app, scope, year, period, as_of).await?;
    app.figures.keep(key, revision, &figures);
    Ok(figures)
}

/// The figures of `period` as of `as_of`, read from every membership, organisation and fee
/// invoice of the cluster.
async fn work_out_figures(
    app: &App,
    scope: &ClusterScope,
    year: i32,
    period: Period,
    as_of: NaiveDate,
) -> Result<MembershipFigures, Error> {
    let before_start = period.start.pred_opt().ok_or_else(|| {
        Error::BadRequest(i18n::said_with("invalid-app-economics-not-a-year", &[("year", year.to_string())]))
    })?;
    let since = period.start - chrono::Duration::days(800);
    let types: HashMap<Uuid, MembershipType> =
        store::membership::types(&app.db, scope).await?.into_iter().map(|t| (t.id, t)).collect();
    let organisations: HashMap<Uuid, store::organisation::OrganisationFacts> =
        store::organisation::facts(&app.db, scope).await?.into_iter().map(|o| (o.id, o)).collect();
    let memberships = store::membership::all_memberships(&app.db, scope, since).await?;
    let fees = store::invoice::membership_fees(&app.db, scope, since).await?;
    let of_membership = FeesByMembership::new(&fees);
    let (mut by_type, mut by_kind, mut by_size) = (HashMap::new(), HashMap::<&str, usize>::new(), HashMap::new());
    let (mut members, mut new, mut at_start, mut kept) = (0, 0, 0, 0);
    for m in &memberships {
        let (Some(kind), Some(o)) = (types.get(&m.type_id), organisations.get(&m.organisation_id)) else { continue };
        let mine = of_membership.of(m.id);
        // Whether it was a member on the period's last day (or today), and on the day before
        // the period began.
        let member_on = |day| domain::membership::status_on(&facts_on(kind, m, mine, day), day).is_member();
        let member_now = member_on(as_of);
        let member_before = m.starts_on.is_some_and(|s| s <= before_start) && member_on(before_start);
        if m.starts_on.is_some_and(|s| period.contains(s)) {
            new += 1;
        }
        if member_before {
            at_start += 1;
            kept += usize::from(member_now);
        }
        if member_now {
            members += 1;
            *by_type.entry(kind.fields.name.as_str()).or_insert(0) += 1;
            *by_kind.entry(o.kind.as_str()).or_insert(0) += 1;
            *by_size.entry(o.size_class.as_deref().unwrap_or("unknown")).or_insert(0) += 1;
        }
    }
    let of_period: Vec<&MembershipFee> = fees.iter().filter(|f| f.live && period.contains(f.period_start)).collect();
    // Credit notes take their amount off the fee they correct.
    let fees_billed: i64 = of_period.iter().map(|f| f.billed_minor()).sum();
    let fees_collected: i64 = of_period.iter().map(|f| f.collected_minor()).sum();
    let mut paid_by: HashMap<Uuid, i64> = HashMap::new();
    for f in &of_period {
        *paid_by.entry(f.organisation_id).or_insert(0) += f.collected_minor();
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

pub async fn get_type(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<MembershipType, Error> {
    let scope = scope.checked()?;
    store::membership::get_type(&app.db, scope, id).await?.ok_or(Error::NotFound("membership type"))
}

pub async fn update_type(
    app: &App,
    scope: &impl Allows<Manage>,
    id: Uuid,
    fields: &MembershipTypeFields,
) -> Result<(), Error> {
    let scope = scope.checked()?;
    fields.check()?;
    if !store::membership::update_type(&app.db, scope, id, fields).await? {
        return Err(Error::NotFound("membership type"));
    }
    Ok(())
}

/// A change of a membership asked for: accept, suspend or terminate from a day, or reinstate.
pub async fn change(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    change: store::membership::MembershipChange,
    by: &str,
) -> Result<(), Error> {
    let scope = scope.checked()?;
    use store::membership::MembershipChange::*;
    if let Accept(day) | Suspend(day) | Terminate(day) = change {
        plausible("day", day)?;
    }
    // One unit of work: the change is checked against the membership as it is, locked.
    let mut tx = app.begin().await?;
    let m = store::membership::lock(&mut tx, scope, id).await?.ok_or(Error::NotFound("membership"))?;
    let refuse = |why: String| Err(Error::BadRequest(why));
    match change {
        _ if m.terminated_on.is_some() => return refuse(i18n::said("invalid-app-membership-terminated")),
        Accept(_) if m.starts_on.is_some() => return refuse(i18n::said("invalid-app-membership-accepted-already")),
        Accept(day) if day < m.applied_on => return refuse(i18n::said("invalid-app-membership-starts-before-applied")),
        Suspend(_) if m.suspended_on.is_some() => {
            return refuse(i18n::said("invalid-app-membership-suspended-already"));
        }
        Suspend(_) if m.starts_on.is_none() => {
            return refuse(i18n::said("invalid-app-membership-suspend-not-accepted"));
        }
        Reinstate if m.suspended_on.is_none() => return refuse(i18n::said("invalid-app-membership-not-suspended")),
        Terminate(day) if day < m.applied_on => {
            return refuse(i18n::said("invalid-app-membership-ends-before-applied"));
        }
        _ => {}
    }
    if !store::membership::change(&mut tx, scope, id, change, by).await? {
        return Err(Error::NotFound("membership"));
    }
    tx.commit().await?;
    Ok(())
}

pub async fn history(
    app: &App,
    scope: &impl Allows<Read>,
    id: Uuid,
) -> Result<Vec<store::membership::MembershipEvent>, Error> {
    let scope = scope.checked()?;
    Ok(store::membership::history(&app.db, scope, id).await?)
}

/// A membership of the cluster with its organisation, type and status on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberItem {
    pub membership: Membership,
    pub organisation: String,
    pub type_name: String,
    pub standing: Standing,
}

/// Every membership of the cluster that has not ended more than a year before `today`, with its
/// status, by organisation name.
pub async fn members(app: &App, scope: &impl Allows<Read>) -> Result<Vec<MemberItem>, Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let types: HashMap<Uuid, MembershipType> =
        store::membership::types(&app.db, scope).await?.into_iter().map(|t| (t.id, t)).collect();
    let since = today - chrono::Duration::days(800);
    let memberships = store::membership::all_memberships(&app.db, scope, today - chrono::Duration::days(366)).await?;
    let organisations: HashMap<Uuid, String> =
        store::organisation::facts(&app.db, scope).await?.into_iter().map(|o| (o.id, o.name)).collect();
    let fees = store::invoice::membership_fees(&app.db, scope, since).await?;
    let of_membership = FeesByMembership::new(&fees);
    let mut items: Vec<MemberItem> = memberships
        .into_iter()
        .filter_map(|m| {
            let kind = types.get(&m.type_id)?;
            let mine = of_membership.of(m.id);
            Some(MemberItem {
                standing: standing_on(kind, &m, mine, today),
                organisation: organisations.get(&m.organisation_id)?.clone(),
                type_name: kind.fields.name.clone(),
                membership: m,
            })
        })
        .collect();
    items.sort_by(|a, b| a.organisation.cmp(&b.organisation));
    Ok(items)
}

/// What one member pays under the type's rule and would pay under the one tried.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SimulatedMember {
    pub organisation_id: Uuid,
    pub organisation: String,
    /// The fee of a whole period under the current rule; none when it cannot be priced.
    pub current_minor: Option<i64>,
    pub projected_minor: Option<i64>,
    /// Why a fee cannot be priced, or how the projected one comes about.
    pub explanation: String,
}

impl SimulatedMember {
    pub fn difference(&self) -> Option<i64> {
        Some(self.projected_minor? - self.current_minor?)
    }
}

/// Fee income per type, now and under the rule tried.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TypeIncome {
    pub type_id: Uuid,
    pub name: String,
    pub members: usize,
    pub current_minor: i64,
    pub projected_minor: i64,
}

/// A fee rule tried on a type's members, saving nothing.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Simulation {
    pub type_id: Uuid,
    pub type_name: String,
    pub by_type: Vec<TypeIncome>,
    /// The type's members, those who would pay more first.
    pub members: Vec<SimulatedMember>,
    pub pay_more: usize,
    pub pay_less: usize,
    pub pay_same: usize,
}

/// Tries `rule` on the members of a type on `today`: the fee each would pay for a whole period
/// against what they pay now, and the cluster's fee income per type. Nothing is saved.
pub async fn simulate(
    app: &App,
    scope: &impl Allows<Read>,
    type_id: Uuid,
    rule: &domain::fee::FeeRule,
) -> Result<Simulation, Error> {
    let scope = scope.checked()?;
    rule.check().map_err(|e| domain::Invalid::one("fee_rule", e))?;
    let currency = scope.cluster().base_currency;
    let tried = get_type(app, scope, type_id).await?;
    let members = members(app, scope).await?;
    let organisations: HashMap<Uuid, store::organisation::Organisation> =
        store::organisation::all_for_matching(&app.db, scope).await?.into_iter().map(|o| (o.id, o)).collect();
    let types = store::membership::types(&app.db, scope).await?;
    let fee = |r: &domain::fee::FeeRule, o: &store::organisation::Organisation| {
        r.quote(o.fields.employees, o.fields.turnover.map(|t| t.minor), currency)
            .map(|q| if q.in_kind { (0, q.explanation) } else { (q.amount, q.explanation) })
    };
    let mut by_type: Vec<TypeIncome> = types
        .iter()
        .filter(|t| t.archived_at.is_none())
        .map(|t| TypeIncome {
            type_id: t.id,
            name: t.fields.name.clone(),
            members: 0,
            current_minor: 0,
            projected_minor: 0,
        })
        .collect();
    let mut simulated = Vec::new();
    for item in members.iter().filter(|m| m.standing.status.is_member()) {
        let Some(o) = organisations.get(&item.membership.organisation_id) else { continue };
        let Some(kind) = types.iter().find(|t| t.id == item.membership.type_id) else { continue };
        let current = fee(&kind.fields.fee_rule, o);
        let projected = if kind.id == type_id { fee(rule, o) } else { current.clone() };
        if let Some(income) = by_type.iter_mut().find(|t| t.type_id == kind.id) {
            income.members += 1;
            income.current_minor += current.as_ref().map_or(0, |c| c.0);
            income.projected_minor += projected.as_ref().map_or(0, |p| p.0);
        }
        if kind.id == type_id {
            let explanation = match (&current, &projected) {
                (_, Ok((_, why))) => why.clone(),
                (_, Err(why)) => why.clone(),
            };
            simulated.push(SimulatedMember {
                organisation_id: o.id,
                organisation: o.fields.name.clone(),
                current_minor: current.ok().map(|c| c.0),
                projected_minor: projected.ok().map(|p| p.0),
                explanation,
            });
        }
    }
    simulated.sort_by(|a, b| {
        b.difference()
            .unwrap_or(i64::MIN)
            .cmp(&a.difference().unwrap_or(i64::MIN))
            .then(a.organisation.cmp(&b.organisation))
    });
    let count = |f: fn(i64) -> bool| simulated.iter().filter(|m| m.difference().is_some_and(f)).count();
    Ok(Simulation {
        type_id,
        type_name: tried.fields.name,
        by_type,
        pay_more: count(|d| d > 0),
        pay_less: count(|d| d < 0),
        pay_same: count(|d| d == 0),
        members: simulated,
    })
}

pub async fn get(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<Membership, Error> {
    let scope = scope.checked()?;
    store::membership::get(&app.db, scope, id).await?.ok_or(Error::NotFound("membership"))
}
