//! The economics of the cluster organisation: its ledger per year, budgeted and actual, put
//! together from the lines entered, the invoices, the projects' secured funding and the team; the
//! ratios and the public aid cap on it; the reserves; and the team itself.
//!
//! What clusterdesk already holds is read, never entered again: actual fee and service income is
//! the net of the invoices issued in the year (events count as services, credit notes against
//! what they correct); project grants are the funding of the projects funded, running or
//! completed, in the year the project starts; staff costs are each member's yearly cost for the
//! share of the year on the team, in both the budget and the actual.

use domain::Coded;
use std::collections::BTreeMap;

use chrono::NaiveDate;
use domain::economics::{
    AidCap, Basis, CostKind, CostLine, EntryInput, EntryLine, IncomeLine, IncomeStream, LedgerEntry, Origin, Ratio,
    StaffInput, StaffMember, YearLedger,
};
use domain::id::Uuid;
use domain::invoice::InvoiceKind;

use crate::auth::{Allows, Manage, Read};
use crate::{App, Error};

/// The most years one view spans.
pub const YEARS_MAX: i32 = 10;

/// One year of the structure's economics, budgeted and actual.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EconomicYear {
    pub year: i32,
    pub budget: YearLedger,
    pub actual: YearLedger,
    pub budget_ratios: Vec<Ratio>,
    pub actual_ratios: Vec<Ratio>,
    pub budget_aid_cap: AidCap,
    pub actual_aid_cap: AidCap,
    /// The lines entered or imported for the year, both bases.
    pub entries: Vec<LedgerEntry>,
    /// Figures entered as lines that clusterdesk also holds (actual fee or service invoices
    /// issued, or team members added, after the lines were entered): each says what counts twice
    /// and what to remove.
    pub counted_twice: Vec<String>,
}

impl EconomicYear {
    pub fn ledger(&self, basis: Basis) -> &YearLedger {
        match basis {
            Basis::Budget => &self.budget,
            Basis::Actual => &self.actual,
        }
    }
}

fn first_day(year: i32) -> Result<NaiveDate, Error> {
    NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(|| {
        Error::BadRequest(i18n::said_with("invalid-app-economics-not-a-year", &[("year", year.to_string())]))
    })
}

fn last_day(year: i32) -> Result<NaiveDate, Error> {
    NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(|| {
        Error::BadRequest(i18n::said_with("invalid-app-economics-not-a-year", &[("year", year.to_string())]))
    })
}

/// The economics of the years from `first` to `last` (at most [`YEARS_MAX`] of them), read in a
/// fixed number of statements whatever the number of years.
pub async fn years(app: &App, scope: &impl Allows<Read>, first: i32, last: i32) -> Result<Vec<EconomicYear>, Error> {
    let scope = scope.checked()?;
    if last < first || last - first >= YEARS_MAX {
        return Err(Error::BadRequest(i18n::said_with(
            "invalid-app-economics-years-range",
            &[("max", YEARS_MAX.to_string())],
        )));
    }
    let (from, until) = (first_day(first)?, last_day(last)?);
    let entries = store::economics::entries(&app.db, scope, first, last).await?;
    let invoiced = store::economics::invoiced_income(&app.db, scope, from, until).await?;
    let funding = store::economics::secured_funding(&app.db, scope).await?;
    let staff = store::economics::staff(&app.db, scope).await?;
    let reserves: BTreeMap<i32, i64> = store::economics::reserves(&app.db, scope).await?.into_iter().collect();
    let today = app.today(scope);
    let mut out = Vec::new();
    for year in first..=last {
        let mut budget = YearLedger::default();
        let mut actual = YearLedger::default();
        let of_year: Vec<LedgerEntry> = entries.iter().filter(|e| e.fields.year == year).cloned().collect();
        for e in &of_year {
            let ledger = if e.fields.basis == Basis::Budget { &mut budget } else { &mut actual };
            let amount_minor = e.fields.amount_minor;
            match e.fields.line {
                EntryLine::Income { stream, public, recurring } => {
                    ledger.income.push(IncomeLine { stream, public, recurring, amount_minor, origin: Origin::Entered })
                }
                EntryLine::Cost { kind, project_id } => {
                    ledger.costs.push(CostLine { kind, project_id, amount_minor, origin: Origin::Entered })
                }
            }
        }
        let mut payers: BTreeMap<Uuid, i64> = BTreeMap::new();
        let mut streams: BTreeMap<(&'static str, bool), (IncomeStream, i64)> = BTreeMap::new();
        for i in invoiced.iter().filter(|i| domain::economics::in_year(i.issued_on, year)) {
            let key = match i.kind {
                InvoiceKind::Fee => {
                    *payers.entry(i.organisation_id).or_default() += i.net_minor;
                    (IncomeStream::MembershipFees, true)
                }
                InvoiceKind::Service => (IncomeStream::Services, true),
                // A credit note's kind is that of the invoice it corrects; one that names none
                // counts with the services.
                InvoiceKind::Event | InvoiceKind::CreditNote => (IncomeStream::Services, false),
            };
            let total = &mut streams.entry((key.0.code(), key.1)).or_insert((key.0, 0)).1;
            *total = total.saturating_add(i.net_minor);
        }
        for ((_, recurring), (stream, amount_minor)) in streams {
            actual.income.push(IncomeLine { stream, public: false, recurring, amount_minor, origin: Origin::Invoices });
        }
        actual.fee_payers = payers.into_values().filter(|v| *v > 0).collect();
        let mut grants: BTreeMap<bool, i64> = BTreeMap::new();
        for f in funding.iter().filter(|f| f.starts_on.is_some_and(|d| domain::economics::in_year(d, year))) {
            let total = grants.entry(f.public).or_default();
            *total = total.saturating_add(f.amount_minor);
        }
        for (public, amount_minor) in grants {
            actual.income.push(IncomeLine {
                stream: IncomeStream::ProjectGrants,
                public,
                recurring: false,
                amount_minor,
                origin: Origin::Projects,
            });
            actual.project_funding_minor = actual.project_funding_minor.saturating_add(amount_minor);
        }
        // The budget counts the whole year; the actual, the days gone by (a year not over is
        // its actual to date, like its invoices).
        for s in &staff {
            let kind = if s.fields.project_id.is_some() { CostKind::Project } else { CostKind::Staff };
            let line =
                |amount_minor| CostLine { kind, project_id: s.fields.project_id, amount_minor, origin: Origin::Staff };
            let (planned, spent) = (s.fields.cost_in(year), s.fields.cost_in_until(year, today));
            if planned > 0 {
                budget.costs.push(line(planned));
            }
            if spent > 0 {
                actual.costs.push(line(spent));
            }
        }
        actual.reserves_minor = reserves.get(&year).copied();
        budget.reserves_minor = actual.reserves_minor;
        let counted_twice = counted_twice(year, &budget, &actual, scope.cluster().base_currency);
        out.push(EconomicYear {
            year,
            budget_ratios: domain::economics::ratios(&budget),
            actual_ratios: domain::economics::ratios(&actual),
            budget_aid_cap: domain::economics::aid_cap(&budget),
            actual_aid_cap: domain::economics::aid_cap(&actual),
            budget,
            actual,
            entries: of_year,
            counted_twice,
        });
    }
    Ok(out)
}

/// What the actual ledger of `year` holds both as entered lines and as read from the records: the
/// refusals of [`add_entry`] hold when a line is entered, but invoices issued or people added to
/// the team later make it count twice.
fn counted_twice(
    year: i32,
    budget: &YearLedger,
    actual: &YearLedger,
    currency: domain::money::Currency,
) -> Vec<String> {
    let money_text = |minor: i64| domain::money::Money::new(minor, currency).to_string();
    let mut out = Vec::new();
    for stream in [IncomeStream::MembershipFees, IncomeStream::Services] {
        let entered = actual.income_of(|l| l.stream == stream && l.origin == Origin::Entered);
        let invoiced = actual.income_of(|l| l.stream == stream && l.origin == Origin::Invoices);
        if entered > 0 && invoiced != 0 {
            out.push(i18n::said_with(
                "invalid-app-economics-invoiced-twice",
                &[
                    ("year", year.to_string()),
                    ("stream", stream.said_label()),
                    ("entered", money_text(entered)),
                    ("invoiced", money_text(invoiced)),
                ],
            ));
        }
    }
    for (ledger, is_actual) in [(actual, true), (budget, false)] {
        let cost_of = |origin: Origin| -> i64 {
            ledger
                .costs
                .iter()
                .filter(|c| c.kind == CostKind::Staff && c.origin == origin)
                .map(|c| c.amount_minor)
                .sum()
        };
        let (entered, team) = (cost_of(Origin::Entered), cost_of(Origin::Staff));
        if entered > 0 && team > 0 {
            let args = [("year", year.to_string()), ("entered", money_text(entered)), ("team", money_text(team))];
            out.push(if is_actual {
                i18n::said_with("invalid-app-economics-actual-staff-twice", &args)
            } else {
                i18n::said_with("invalid-app-economics-budget-staff-twice", &args)
            });
        }
    }
    out
}

/// Writes a line of the ledger. Actual project grants are refused: they come from the projects'
/// funding. Actual membership fees or services are refused for a year whose invoices already hold
/// them, where they would count twice; a year before the invoices were kept here takes them as
/// entered (or imported) history. Staff costs are refused for a year the team has people in: their
/// costs come from the team.
pub async fn add_entry(
    app: &App,
    scope: &impl Allows<Manage>,
    input: &EntryInput,
    project: Option<Uuid>,
    by: &str,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let fields = input.parse(scope.cluster().base_currency, project)?;
    if let Some((field, message)) = Recorded::read(app, scope, fields.year, fields.year).await?.refusal(&fields) {
        return Err(domain::Invalid::one(field, message).into());
    }
    store::economics::insert_entry(&app.db, scope, &fields, None, by).await?.ok_or(Error::NotFound("project"))
}

/// What the cluster's records already say of its money, so that a line typed or imported never
/// says it again: the team (its staff costs) and the years with fee or service invoices.
pub(crate) struct Recorded {
    staff: Vec<StaffMember>,
    /// The years with invoices, each with whether they are fees.
    invoiced: Vec<(i32, bool)>,
}

impl Recorded {
    /// Reads what the records say of the years from `first` to `last`.
    pub(crate) async fn read(app: &App, scope: &crate::ClusterScope, first: i32, last: i32) -> Result<Self, Error> {
        let staff = store::economics::staff(&app.db, scope).await?;
        let lines = store::economics::invoiced_income(&app.db, scope, first_day(first)?, last_day(last)?).await?;
        let mut invoiced: Vec<(i32, bool)> =
            lines.iter().map(|l| (chrono::Datelike::year(&l.issued_on), l.kind == InvoiceKind::Fee)).collect();
        invoiced.sort_unstable();
        invoiced.dedup();
        Ok(Recorded { staff, invoiced })
    }

    /// Why `fields` may not be entered, as the field and what to do instead: staff costs of a
    /// year the team has costs in, actual fees or services of a year with such invoices, and
    /// actual project grants (the projects' funding sources hold them).
    pub(crate) fn refusal(&self, fields: &domain::economics::EntryFields) -> Option<(&'static str, String)> {
        if let EntryLine::Cost { kind: CostKind::Staff, .. } = fields.line
            && self.staff.iter().any(|s| s.fields.cost_in(fields.year) > 0)
        {
            return Some(("cost_kind", i18n::said("invalid-app-economics-staff-from-team")));
        }
        let (Basis::Actual, EntryLine::Income { stream, .. }) = (fields.basis, fields.line) else { return None };
        let invoiced = |fees: bool| self.invoiced.contains(&(fields.year, fees));
        let what = [("stream", stream.said_label().to_lowercase())];
        let message = match stream {
            IncomeStream::MembershipFees if invoiced(true) => {
                i18n::said_with("invalid-app-economics-from-invoices", &what)
            }
            IncomeStream::Services if invoiced(false) => i18n::said_with("invalid-app-economics-from-invoices", &what),
            IncomeStream::ProjectGrants => i18n::said_with("invalid-app-economics-from-funding", &what),
            _ => return None,
        };
        Some(("stream", message))
    }
}

pub async fn remove_entry(app: &App, scope: &impl Allows<Manage>, id: Uuid) -> Result<(), Error> {
    let scope = scope.checked()?;
    if !store::economics::delete_entry(&app.db, scope, id).await? {
        return Err(Error::NotFound("ledger line"));
    }
    Ok(())
}

/// Records what the organisation held in reserve at the end of a year.
pub async fn set_reserves(
    app: &App,
    scope: &impl Allows<Manage>,
    year: Option<&str>,
    amount: Option<&str>,
    by: &str,
) -> Result<(), Error> {
    let scope = scope.checked()?;
    let mut c = domain::validation::Collector::new();
    let year = c.take("year", domain::economics::parse_year(year));
    let amount = c.take(
        "reserves",
        domain::validation::optional(amount)
            .ok_or_else(|| i18n::said("invalid-validation-required"))
            .and_then(|a| domain::written::parse_amount(a, scope.cluster().base_currency))
            .and_then(|a| {
                if a.abs() > domain::economics::AMOUNT_MAX_MINOR {
                    Err(i18n::said("invalid-app-economics-over-a-billion"))
                } else {
                    Ok(a)
                }
            }),
    );
    let (year, amount) = c.finish(|| (year.expect("checked"), amount.expect("checked")))?;
    store::economics::set_reserves(&app.db, scope, year, amount, by).await?;
    Ok(())
}

/// The team, past and present.
pub async fn staff(app: &App, scope: &impl Allows<Read>) -> Result<Vec<StaffMember>, Error> {
    let scope = scope.checked()?;
    Ok(store::economics::staff(&app.db, scope).await?)
}

pub async fn staff_member(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<StaffMember, Error> {
    let scope = scope.checked()?;
    store::economics::get_staff(&app.db, scope, id).await?.ok_or(Error::NotFound("staff member"))
}

/// Adds a member of the team; `project` takes their cost to that project.
pub async fn add_staff(
    app: &App,
    scope: &impl Allows<Manage>,
    input: &StaffInput,
    project: Option<Uuid>,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let fields = input.parse(scope.cluster().base_currency, project)?;
    store::economics::insert_staff(&app.db, scope, &fields).await?.ok_or(Error::NotFound("project"))
}

pub async fn update_staff(
    app: &App,
    scope: &impl Allows<Manage>,
    id: Uuid,
    input: &StaffInput,
    project: Option<Uuid>,
) -> Result<(), Error> {
    let scope = scope.checked()?;
    store::economics::get_staff(&app.db, scope, id).await?.ok_or(Error::NotFound("staff member"))?;
    let fields = input.parse(scope.cluster().base_currency, project)?;
    match store::economics::update_staff(&app.db, scope, id, &fields).await? {
        Some(true) => Ok(()),
        Some(false) => Err(Error::NotFound("staff member")),
        None => Err(Error::NotFound("project")),
    }
}

/// Deletes a member of the team entered by mistake; one who left keeps an end date instead.
pub async fn remove_staff(app: &App, scope: &impl Allows<Manage>, id: Uuid) -> Result<(), Error> {
    let scope = scope.checked()?;
    if !store::economics::delete_staff(&app.db, scope, id).await? {
        return Err(Error::NotFound("staff member"));
    }
    Ok(())
}

/// The columns of the ledger's spreadsheet.
pub const LEDGER_COLUMNS: [&str; 9] =
    ["year", "basis", "direction", "stream_or_kind", "public", "recurring", "origin", "amount", "currency"];

/// The ledger of the years from `first` to `last`, a line a row (entered lines and those read from
/// the invoices, the projects and the team), for a spreadsheet.
pub async fn ledger_table(
    app: &App,
    scope: &impl Allows<Read>,
    first: i32,
    last: i32,
) -> Result<crate::table::Table, Error> {
    use crate::table::Value::{Count, Money, Text};
    let currency = scope.checked()?.cluster().base_currency;
    let yes = |b: bool| Text(if b { "yes" } else { "no" }.into());
    let mut rows = Vec::new();
    for y in years(app, scope, first, last).await? {
        for basis in Basis::ALL {
            let ledger = y.ledger(*basis);
            for i in &ledger.income {
                rows.push(vec![
                    Count(i64::from(y.year)),
                    Text(basis.code().into()),
                    Text("income".into()),
                    Text(i.stream.code().into()),
                    yes(i.public),
                    yes(i.recurring),
                    Text(i.origin.code().into()),
                    Money(i.amount_minor, currency),
                    Text(currency.code().into()),
                ]);
            }
            for c in &ledger.costs {
                rows.push(vec![
                    Count(i64::from(y.year)),
                    Text(basis.code().into()),
                    Text("cost".into()),
                    Text(c.kind.code().into()),
                    Text(String::new()),
                    Text(String::new()),
                    Text(c.origin.code().into()),
                    Money(c.amount_minor, currency),
                    Text(currency.code().into()),
                ]);
            }
        }
    }
    Ok(crate::table::Table::of_rows("Ledger", LEDGER_COLUMNS.iter().map(|c| c.to_string()).collect(), rows))
}

/// The columns of the ratios' spreadsheet.
pub const RATIO_COLUMNS: [&str; 8] =
    ["year", "basis", "ratio", "value", "numerator", "denominator", "definition", "currency"];

/// The ratios of the years from `first` to `last`, budget and actual, with the figures they were
/// computed from, for a spreadsheet.
pub async fn ratios_table(
    app: &App,
    scope: &impl Allows<Read>,
    first: i32,
    last: i32,
) -> Result<crate::table::Table, Error> {
    use crate::table::Value::{Count, Money, Text};
    let currency = scope.checked()?.cluster().base_currency;
    let mut rows = Vec::new();
    for y in years(app, scope, first, last).await? {
        for (basis, ratios) in [(Basis::Budget, &y.budget_ratios), (Basis::Actual, &y.actual_ratios)] {
            for r in ratios {
                rows.push(vec![
                    Count(i64::from(y.year)),
                    Text(basis.code().into()),
                    Text(r.code.into()),
                    Text(r.value_text()),
                    Money(r.numerator_minor, currency),
                    Money(r.denominator_minor, currency),
                    Text(r.definition.into()),
                    Text(currency.code().into()),
                ]);
            }
        }
    }
    Ok(crate::table::Table::of_rows("Ratios", RATIO_COLUMNS.iter().map(|c| c.to_string()).collect(), rows))
}

/// The team of one year: who was on it, who joined and who left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamYear {
    pub year: i32,
    /// On the team at the year's end (or today).
    pub people: i64,
    pub fte_hundredths: i64,
    pub joined: i64,
    pub left: i64,
}

/// The team today: its organisation model, its workload this year, the advice on it, and how
/// stable it was over the last five years.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamView {
    pub staff: Vec<StaffMember>,
    pub model: Option<domain::economics::OrganisationModel>,
    pub workload: domain::economics::Workload,
    pub advice: Vec<domain::economics::Advice>,
    pub stability: Vec<TeamYear>,
}

/// The team as [`TeamView`] tells it, on today.
pub async fn team(app: &App, scope: &impl Allows<Read>) -> Result<TeamView, Error> {
    use chrono::Datelike;
    use domain::economics::{StaffMoney, StaffRole, Workload, fte_on, organisation_model};
    let today = app.today(scope.checked()?);
    let year = today.year();
    let staff = staff(app, scope).await?;
    let fields: Vec<domain::economics::StaffFields> = staff.iter().map(|s| s.fields.clone()).collect();
    let model = organisation_model(&fields, today);
    let members = crate::membership::figures(app, scope, year).await?.members;
    let from = first_day(year)?
        .and_hms_opt(0, 0, 0)
        .ok_or_else(|| Error::BadRequest(i18n::said("invalid-app-economics-no-such-day")))?;
    let events = crate::event::list(app, scope, from)
        .await?
        .iter()
        .filter(|e| e.cancelled_at.is_none() && e.fields.starts_at.year() == year && e.fields.starts_at.date() <= today)
        .count();
    let running = crate::project::list(app, scope)
        .await?
        .iter()
        .filter(|p| p.project.stage == domain::project::ProjectStage::Running)
        .count();
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let workload = Workload {
        members: count(members),
        fte_hundredths: fte_on(&fields, today),
        project_managers: count(
            fields.iter().filter(|s| s.on_team(today) && s.role == StaffRole::ProjectManager).count(),
        ),
        running_projects: count(running),
        events: count(events),
    };
    // The years that are over: a year under way would compare its costs to date with income to
    // date.
    let money: Vec<StaffMoney> = years(app, scope, year - 3, year - 1)
        .await?
        .iter()
        .map(|y| StaffMoney {
            year: y.year,
            staff_costs_minor: y
                .actual
                .costs
                .iter()
                .filter(|c| c.kind == CostKind::Staff)
                .map(|c| c.amount_minor)
                .fold(0, i64::saturating_add),
            recurring_income_minor: y.actual.recurring_structure_income(),
        })
        .collect();
    let advice = domain::economics::advice(&workload, model, &money);
    let stability = (year - 4..=year)
        .map(|y| {
            let end = last_day(y).map(|d| d.min(today)).unwrap_or(today);
            TeamYear {
                year: y,
                people: count(fields.iter().filter(|s| s.on_team(end)).count()),
                fte_hundredths: fte_on(&fields, end),
                joined: count(fields.iter().filter(|s| domain::economics::in_year(s.starts_on, y)).count()),
                left: count(
                    fields.iter().filter(|s| s.ends_on.is_some_and(|e| domain::economics::in_year(e, y))).count(),
                ),
            }
        })
        .collect();
    Ok(TeamView { staff, model, workload, advice, stability })
}

/// A scenario worked out: the base year (the last one over, actual, without the projects' money)
/// with its break-even, and the next three years under the assumptions with theirs.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScenarioView {
    pub base_year: i32,
    pub base_ratios: Vec<Ratio>,
    pub base_break_even: domain::economics::BreakEven,
    pub years: Vec<domain::economics::ProjectedYear>,
    /// The break-even of the last year projected.
    pub break_even: domain::economics::BreakEven,
}

/// What a scenario starts from: the last year that is over, actual, and its fee income by
/// membership type.
async fn scenario_base(app: &App, scope: &store::ClusterScope) -> Result<domain::economics::ScenarioBase, Error> {
    use chrono::Datelike;
    let year = app.today(scope).year() - 1;
    let ledger = years(app, scope, year, year).await?.remove(0).actual;
    let invoiced = store::economics::invoiced_income(&app.db, scope, first_day(year)?, last_day(year)?).await?;
    let mut by_type: BTreeMap<Uuid, i64> = BTreeMap::new();
    for i in invoiced.iter().filter(|i| i.kind == InvoiceKind::Fee) {
        if let Some(t) = i.membership_type_id {
            let total = by_type.entry(t).or_default();
            *total = total.saturating_add(i.net_minor);
        }
    }
    Ok(domain::economics::ScenarioBase { year, ledger, fees_by_type: by_type.into_iter().collect() })
}

fn work_out(base: &domain::economics::ScenarioBase, a: &domain::economics::Assumptions) -> ScenarioView {
    let years = domain::economics::project(base, a);
    let last = years.last().map(|y| y.ledger.clone()).unwrap_or_default();
    // The base year as the projection sees it, without the projects' money, so that the years
    // compare like with like.
    let now = domain::economics::project(base, &domain::economics::Assumptions::default())
        .into_iter()
        .next()
        .map(|y| y.ledger)
        .unwrap_or_default();
    ScenarioView {
        base_year: base.year,
        base_ratios: domain::economics::ratios(&now),
        base_break_even: domain::economics::break_even(&now),
        break_even: domain::economics::break_even(&last),
        years,
    }
}

/// Works a scenario out without saving it.
pub async fn try_scenario(
    app: &App,
    scope: &impl Allows<Read>,
    assumptions: &domain::economics::Assumptions,
) -> Result<ScenarioView, Error> {
    let scope = scope.checked()?;
    assumptions.check()?;
    Ok(work_out(&scenario_base(app, scope).await?, assumptions))
}

/// Saves a scenario under a name, to compare it with others.
pub async fn save_scenario(
    app: &App,
    scope: &impl Allows<Manage>,
    name: &str,
    assumptions: &domain::economics::Assumptions,
    by: &str,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let name = domain::validation::required_text(Some(name), 200).map_err(|m| domain::Invalid::one("name", m))?;
    assumptions.check()?;
    Ok(store::economics::insert_scenario(&app.db, scope, &name, assumptions, by).await?)
}

pub async fn remove_scenario(app: &App, scope: &impl Allows<Manage>, id: Uuid) -> Result<(), Error> {
    let scope = scope.checked()?;
    if !store::economics::delete_scenario(&app.db, scope, id).await? {
        return Err(Error::NotFound("scenario"));
    }
    Ok(())
}

/// The scenarios saved, each worked out on the last year over, to compare side by side.
pub async fn scenarios(
    app: &App,
    scope: &impl Allows<Read>,
) -> Result<Vec<(domain::economics::Scenario, ScenarioView)>, Error> {
    let scope = scope.checked()?;
    let base = scenario_base(app, scope).await?;
    Ok(store::economics::scenarios(&app.db, scope)
        .await?
        .into_iter()
        .map(|s| {
            let view = work_out(&base, &s.assumptions);
            (s, view)
        })
        .collect())
}
