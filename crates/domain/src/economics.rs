//! The economics of the cluster organisation: the money of the *structure* (the organisation
//! itself) kept apart from the money of the *projects*, its income streams and cost kinds, the
//! ratios that say whether it lasts, the cap on public operating aid, and the team it pays.
//!
//! Every amount is in integer minor units of the cluster's currency; every ratio in basis points
//! (10 000 = 1.0, or 100 %), rounded half away from zero.

use chrono::{Datelike, NaiveDate};
use uuid::Uuid;

use crate::money::Currency;
use crate::strategy::{TEXT_CHARS, TITLE_CHARS};
use crate::validation::{Collector, Invalid, optional, optional_text, required_text};

/// The most one ledger line holds: a billion in major units.
pub const AMOUNT_MAX_MINOR: i64 = 100_000_000_000;

/// The share of the structure's eligible costs public operating aid may cover: 50 %.
///
/// Source: Commission Regulation (EU) No 651/2014 (General Block Exemption Regulation),
/// Article 27 "Aid for innovation clusters": operating aid to the cluster organisation shall not
/// exceed 50 % of the total eligible costs over the period it is granted for.
pub const PUBLIC_AID_CAP_BASIS_POINTS: i64 = 5_000;

coded!(
    /// Where the structure's income comes from.
    IncomeStream,
    "an income stream",
    [
        (MembershipFees, "membership_fees", "Membership fees"),
        (PublicSupport, "public_support", "Public structural support"),
        (Services, "services", "Services"),
        (Sponsorship, "sponsorship", "Sponsorship"),
        (ProjectGrants, "project_grants", "Project grants"),
        (InKind, "in_kind", "In-kind contributions"),
        (Other, "other", "Other income"),
    ]
);

impl IncomeStream {
    /// Whether the stream is public money unless a line says otherwise.
    pub fn usually_public(self) -> bool {
        matches!(self, Self::PublicSupport | Self::ProjectGrants)
    }

    /// Whether the stream comes back every year unless a line says otherwise.
    pub fn usually_recurring(self) -> bool {
        matches!(self, Self::MembershipFees | Self::PublicSupport | Self::Services)
    }
}

coded!(
    /// What a cost pays for: the structure (its kinds) or a project.
    CostKind,
    "a cost kind",
    [
        (Staff, "staff", "Staff"),
        (Office, "office", "Office"),
        (Overheads, "overheads", "Overheads"),
        (Marketing, "marketing", "Marketing"),
        (OtherStructure, "other", "Other structure costs"),
        (Project, "project", "Project costs"),
    ]
);

impl CostKind {
    /// Whether the cost is the structure's (fixed), not a project's.
    pub fn is_structure(self) -> bool {
        self != Self::Project
    }
}

coded!(
    /// Whether a figure is what was planned or what happened.
    Basis,
    "a basis",
    [(Budget, "budget", "Budget"), (Actual, "actual", "Actual")]
);

coded!(
    /// Where a line of the ledger comes from: typed or imported, or read from what clusterdesk
    /// already holds (so it is never entered twice).
    Origin,
    "an origin",
    [
        (Entered, "entered", "Entered"),
        (Invoices, "invoices", "From the invoices"),
        (Projects, "projects", "From the projects' funding"),
        (Staff, "staff", "From the team"),
    ]
);

/// A line of the ledger as typed or imported: income or a cost of one year.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EntryInput {
    /// `2026`.
    pub year: Option<String>,
    /// `budget` or `actual`; actual when empty.
    pub basis: Option<String>,
    /// An income stream's code for income (`public_support`), or a cost kind's code for a cost
    /// (`office`, `project`); exactly one of the two.
    pub stream: Option<String>,
    pub cost_kind: Option<String>,
    /// The amount, `12.500,00` or `12500`; for an in-kind contribution leave it empty and give
    /// the hours and the hourly rate.
    pub amount: Option<String>,
    /// Whole hours given in kind.
    pub hours: Option<String>,
    /// What an hour given in kind is worth.
    pub hourly_rate: Option<String>,
    /// `yes` or `no`; the stream's usual answer when empty (public support and project grants
    /// are public).
    pub public: Option<String>,
    /// `yes` or `no`; the stream's usual answer when empty (fees, public support and services
    /// recur).
    pub recurring: Option<String>,
    pub description: Option<String>,
}

/// Income or cost, with what tells it apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "direction", rename_all = "snake_case")]
pub enum EntryLine {
    Income {
        stream: IncomeStream,
        public: bool,
        recurring: bool,
    },
    Cost {
        kind: CostKind,
        /// The project a project cost belongs to.
        project_id: Option<Uuid>,
    },
}

/// A ledger line once checked.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EntryFields {
    pub year: i32,
    pub basis: Basis,
    pub line: EntryLine,
    pub amount_minor: i64,
    /// For an in-kind contribution valued as hours times a rate.
    pub hours: Option<i64>,
    pub hourly_rate_minor: Option<i64>,
    pub description: String,
}

/// A ledger line as stored.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LedgerEntry {
    pub id: Uuid,
    #[serde(flatten)]
    pub fields: EntryFields,
    /// The import that brought it, if one did.
    pub import_id: Option<Uuid>,
}

fn yes_no(raw: Option<&str>, usual: bool) -> Result<bool, String> {
    match optional(raw).map(|s| s.to_lowercase()) {
        None => Ok(usual),
        Some(s) if ["yes", "true", "1", "y", "sí", "si", "oui", "ja", "bai"].contains(&s.as_str()) => Ok(true),
        Some(s) if ["no", "false", "0", "n", "non", "nein", "ez"].contains(&s.as_str()) => Ok(false),
        Some(s) => Err(i18n::said_with("invalid-economics-yes-no", &[("value", s)])),
    }
}

fn amount(raw: &str, currency: Currency) -> Result<i64, String> {
    match crate::written::parse_amount(raw, currency)? {
        m if m <= 0 => Err(i18n::said("invalid-economics-above-zero")),
        m if m > AMOUNT_MAX_MINOR => Err(i18n::said("invalid-app-economics-over-a-billion")),
        m => Ok(m),
    }
}

/// A year a ledger may hold: from 1900 to 2199.
pub fn parse_year(raw: Option<&str>) -> Result<i32, String> {
    crate::strategy::parse_year(optional(raw).ok_or_else(|| i18n::said("invalid-validation-required"))?)
}

impl EntryInput {
    /// Checks a line: a year, income of a stream or a cost of a kind (a project cost names its
    /// project), and an amount above zero, or hours times an hourly rate for a contribution in
    /// kind. `project` is the project chosen, checked by the caller to be the cluster's.
    pub fn parse(&self, currency: Currency, project: Option<Uuid>) -> Result<EntryFields, Invalid> {
        let mut c = Collector::new();
        let year = c.take("year", parse_year(self.year.as_deref()));
        let basis = c.take("basis", optional(self.basis.as_deref()).map_or(Ok(Basis::Actual), Basis::parse));
        let stream = optional(self.stream.as_deref());
        let cost_kind = optional(self.cost_kind.as_deref());
        let line = match (stream, cost_kind) {
            (Some(s), None) => {
                let stream = c.take("stream", IncomeStream::parse(s));
                let public =
                    c.take("public", yes_no(self.public.as_deref(), stream.is_some_and(|s| s.usually_public())));
                let recurring = c.take(
                    "recurring",
                    yes_no(self.recurring.as_deref(), stream.is_some_and(|s| s.usually_recurring())),
                );
                match (stream, public, recurring) {
                    (Some(stream), Some(public), Some(recurring)) => {
                        Some(EntryLine::Income { stream, public, recurring })
                    }
                    _ => None,
                }
            }
            (None, Some(k)) => match c.take("cost_kind", CostKind::parse(k)) {
                Some(CostKind::Project) if project.is_none() => {
                    c.push("project_id", i18n::said("invalid-economics-project-cost"));
                    None
                }
                Some(kind) => {
                    Some(EntryLine::Cost { kind, project_id: if kind.is_structure() { None } else { project } })
                }
                None => None,
            },
            (Some(_), Some(_)) => {
                c.push("stream", i18n::said("invalid-economics-income-or-cost"));
                None
            }
            (None, None) => {
                c.push("stream", i18n::said("invalid-economics-stream-or-kind"));
                None
            }
        };
        let in_kind = matches!(line, Some(EntryLine::Income { stream: IncomeStream::InKind, .. }));
        let hours = c.take(
            "hours",
            optional(self.hours.as_deref())
                .map(|h| match h.trim().parse::<i64>() {
                    Ok(h) if (1..=1_000_000).contains(&h) => Ok(h),
                    _ => Err(i18n::said_with("invalid-economics-hours", &[("value", h.to_string())])),
                })
                .transpose(),
        );
        let rate =
            c.take("hourly_rate", optional(self.hourly_rate.as_deref()).map(|r| amount(r, currency)).transpose());
        let typed = c.take("amount", optional(self.amount.as_deref()).map(|a| amount(a, currency)).transpose());
        let description = c.take("description", optional_text(self.description.as_deref(), TEXT_CHARS));
        let mut valued = None;
        if let (Some(hours), Some(rate), Some(typed)) = (&hours, &rate, &typed) {
            let problem = |c: &mut Collector, field: &str, message: String| {
                c.push(field, message);
                None
            };
            valued = match (*hours, *rate, *typed) {
                (None, None, Some(a)) => Some(a),
                (None, None, None) => problem(&mut c, "amount", i18n::said("invalid-validation-required")),
                _ if !in_kind => problem(&mut c, "hours", i18n::said("invalid-economics-hours-in-kind-only")),
                (Some(h), Some(r), None) => match h.checked_mul(r).filter(|v| *v <= AMOUNT_MAX_MINOR) {
                    Some(v) => Some(v),
                    None => problem(&mut c, "hours", i18n::said("invalid-economics-hours-times-rate")),
                },
                (Some(_), Some(_), Some(_)) => {
                    problem(&mut c, "amount", i18n::said("invalid-economics-amount-or-hours"))
                }
                (Some(_), None, _) => problem(&mut c, "hourly_rate", i18n::said("invalid-economics-rate-with-hours")),
                (None, Some(_), _) => problem(&mut c, "hours", i18n::said("invalid-economics-hours-with-rate")),
            };
        }
        let (hours, rate) = (hours.flatten(), rate.flatten());
        c.finish(|| EntryFields {
            year: year.expect("checked"),
            basis: basis.expect("checked"),
            line: line.expect("checked"),
            amount_minor: valued.expect("checked"),
            hours: if in_kind { hours } else { None },
            hourly_rate_minor: if in_kind { rate } else { None },
            description: description.expect("checked").unwrap_or_default(),
        })
    }
}

/// A line of income of one year, whatever its origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IncomeLine {
    pub stream: IncomeStream,
    pub public: bool,
    pub recurring: bool,
    pub amount_minor: i64,
    pub origin: Origin,
}

/// A line of cost of one year, whatever its origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CostLine {
    pub kind: CostKind,
    pub project_id: Option<Uuid>,
    pub amount_minor: i64,
    pub origin: Origin,
}

/// Everything the ratios of one year and basis are computed from.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct YearLedger {
    pub income: Vec<IncomeLine>,
    pub costs: Vec<CostLine>,
    /// Fee income of the year by payer (net of credit notes), for the fee concentration.
    pub fee_payers: Vec<i64>,
    /// The funding the cluster's projects mobilised for their participants in the year.
    pub project_funding_minor: i64,
    /// What the organisation holds in reserve at the end of the year, when known.
    pub reserves_minor: Option<i64>,
}

fn sum(values: impl Iterator<Item = i64>) -> i64 {
    values.fold(0i64, i64::saturating_add)
}

impl YearLedger {
    pub fn income_of(&self, wanted: impl Fn(&IncomeLine) -> bool) -> i64 {
        sum(self.income.iter().filter(|l| wanted(l)).map(|l| l.amount_minor))
    }

    pub fn total_income(&self) -> i64 {
        self.income_of(|_| true)
    }

    pub fn stream(&self, stream: IncomeStream) -> i64 {
        self.income_of(|l| l.stream == stream)
    }

    /// The structure's costs: every cost that is not a project's.
    pub fn structure_costs(&self) -> i64 {
        sum(self.costs.iter().filter(|c| c.kind.is_structure()).map(|c| c.amount_minor))
    }

    pub fn project_costs(&self) -> i64 {
        sum(self.costs.iter().filter(|c| !c.kind.is_structure()).map(|c| c.amount_minor))
    }

    /// Fees, public structural support and services that recur: what the structure can count on.
    pub fn recurring_structure_income(&self) -> i64 {
        self.income_of(|l| {
            l.recurring
                && matches!(
                    l.stream,
                    IncomeStream::MembershipFees | IncomeStream::PublicSupport | IncomeStream::Services
                )
        })
    }

    /// Public money towards the structure: every public line but the projects' grants.
    pub fn public_structure_income(&self) -> i64 {
        self.income_of(|l| l.public && l.stream != IncomeStream::ProjectGrants)
    }
}

/// `numerator / denominator` in basis points, rounded half away from zero; none when the
/// denominator is not above zero.
pub fn basis_points(numerator: i64, denominator: i64) -> Option<i64> {
    if denominator <= 0 {
        return None;
    }
    let n = i128::from(numerator) * 10_000;
    let d = i128::from(denominator);
    let q = (n.abs() * 2 + d) / (d * 2);
    i64::try_from(if n < 0 { -q } else { q }).ok()
}

/// The unit a ratio is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RatioUnit {
    /// `1.00`: a coverage, where 1 means covered in full.
    Times,
    /// `62.5 %`: a share.
    Percent,
    /// Months, to one decimal.
    Months,
}

/// One ratio of one year, with the figures it was computed from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Ratio {
    pub code: &'static str,
    pub label: &'static str,
    pub definition: &'static str,
    pub numerator_minor: i64,
    pub denominator_minor: i64,
    /// In basis points (10 000 = 1.0 or 100 %); for months, months times 10 000. None when the
    /// denominator is nothing.
    pub value: Option<i64>,
    pub unit: RatioUnit,
    /// The goal the field sets, in words, when it sets one.
    pub goal: Option<&'static str>,
}

impl Ratio {
    /// The value as people read it: `1.25`, `62.5 %`, `7.5 months`, or `–`.
    pub fn value_text(&self) -> String {
        let Some(v) = self.value else { return "–".into() };
        let sign = if v < 0 { "-" } else { "" };
        // Rounded half away from zero to the hundredth (times) or the tenth (months).
        let rounded = |unit: u64| (v.unsigned_abs() + unit / 2) / unit;
        match self.unit {
            RatioUnit::Times => {
                let hundredths = rounded(100);
                format!("{sign}{}.{:02}", hundredths / 100, hundredths % 100)
            }
            RatioUnit::Percent => crate::written::percent_text(v),
            RatioUnit::Months => {
                let tenths = rounded(1_000);
                i18n::said_with(
                    "invalid-economics-months",
                    &[("months", format!("{sign}{}.{}", tenths / 10, tenths % 10))],
                )
            }
        }
    }
}

/// The codes of the ratios, in the order [`ratios`] gives them.
pub const RATIO_CODES: [&str; 8] = [
    "fixed_cost_coverage",
    "private_share",
    "public_dependency",
    "fee_coverage",
    "services_share",
    "fee_concentration",
    "project_leverage",
    "runway",
];

/// The ratios of `DOMAIN.md` for one year and basis, each with its definition and figures.
pub fn ratios(l: &YearLedger) -> Vec<Ratio> {
    let structure = l.structure_costs();
    let total = l.total_income();
    let fees = l.stream(IncomeStream::MembershipFees);
    let ratio = |code, label, definition, numerator: i64, denominator: i64, unit, goal| Ratio {
        code,
        label,
        definition,
        numerator_minor: numerator,
        denominator_minor: denominator,
        value: basis_points(numerator, denominator),
        unit,
        goal,
    };
    let mut payers = l.fee_payers.clone();
    payers.sort_unstable_by(|a, b| b.cmp(a));
    let top_five = sum(payers.iter().take(5).copied());
    let reserves = l.reserves_minor.unwrap_or(0);
    vec![
        ratio(
            RATIO_CODES[0],
            "Fixed-cost coverage",
            "recurring structure income (membership fees, public structural support and services that recur) / structure costs",
            l.recurring_structure_income(),
            structure,
            RatioUnit::Times,
            Some("1.00 or more: fixed costs covered by fixed income"),
        ),
        ratio(
            RATIO_CODES[1],
            "Private share",
            "private income (fees, services, sponsorship, private contributions in money or in kind) / total income",
            l.income_of(|i| !i.public),
            total,
            RatioUnit::Percent,
            None,
        ),
        ratio(
            RATIO_CODES[2],
            "Public dependency",
            "public income / total income",
            l.income_of(|i| i.public),
            total,
            RatioUnit::Percent,
            None,
        ),
        ratio(
            RATIO_CODES[3],
            "Fee coverage",
            "membership fee income / structure costs",
            fees,
            structure,
            RatioUnit::Times,
            None,
        ),
        ratio(
            RATIO_CODES[4],
            "Services share",
            "service income / total income",
            l.stream(IncomeStream::Services),
            total,
            RatioUnit::Percent,
            None,
        ),
        ratio(
            RATIO_CODES[5],
            "Fee concentration",
            "fee income paid by the five largest payers / fee income invoiced",
            top_five,
            sum(payers.iter().copied()),
            RatioUnit::Percent,
            None,
        ),
        ratio(
            RATIO_CODES[6],
            "Project leverage",
            "project funding mobilised for the participants / structure costs",
            l.project_funding_minor,
            structure,
            RatioUnit::Times,
            None,
        ),
        Ratio {
            value: l.reserves_minor.and_then(|r| basis_points(r.saturating_mul(12), structure)),
            ..ratio(
                RATIO_CODES[7],
                "Runway",
                "months of structure costs the reserves cover: reserves × 12 / structure costs",
                reserves,
                structure,
                RatioUnit::Months,
                None,
            )
        },
    ]
}

/// How far public money covers the structure's eligible costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AidCap {
    /// Public income towards the structure (every public line but project grants).
    pub public_minor: i64,
    /// The structure's costs, taken as its eligible costs.
    pub eligible_minor: i64,
    pub share_basis_points: Option<i64>,
    pub cap_basis_points: i64,
    /// Whether the share is above the cap.
    pub over: bool,
}

/// The check of [`PUBLIC_AID_CAP_BASIS_POINTS`] on one year.
pub fn aid_cap(l: &YearLedger) -> AidCap {
    let public = l.public_structure_income();
    let eligible = l.structure_costs();
    let share = basis_points(public, eligible);
    AidCap {
        public_minor: public,
        eligible_minor: eligible,
        share_basis_points: share,
        cap_basis_points: PUBLIC_AID_CAP_BASIS_POINTS,
        over: match share {
            Some(s) => s > PUBLIC_AID_CAP_BASIS_POINTS,
            None => public > 0,
        },
    }
}

coded!(
    /// What a member of the team does.
    StaffRole,
    "a staff role",
    [
        (ClusterManager, "cluster_manager", "Cluster manager"),
        (ProjectManager, "project_manager", "Project manager"),
        (ResearchSupport, "research_support", "Support for R&D"),
        (MarketingSupport, "marketing_support", "Support for marketing"),
        (InternationalSupport, "international_support", "Support for international"),
        (Administration, "administration", "Administration"),
    ]
);

/// A member of the team as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffInput {
    pub name: Option<String>,
    pub role: Option<String>,
    /// Full-time equivalent, `1`, `0.5` or `0,8`; 1 when empty.
    pub fte: Option<String>,
    /// What the person costs a year, at that FTE.
    pub yearly_cost: Option<String>,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub qualifications: Option<String>,
}

/// A member of the team once checked. `fte_hundredths` is the FTE times 100 (50 for half time).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffFields {
    pub name: String,
    pub role: StaffRole,
    pub fte_hundredths: i64,
    pub yearly_cost_minor: i64,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub qualifications: String,
    /// The project the person's cost goes to; the structure's staff costs when none.
    pub project_id: Option<Uuid>,
}

/// A member of the team as stored.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffMember {
    pub id: Uuid,
    #[serde(flatten)]
    pub fields: StaffFields,
}

fn parse_fte(raw: Option<&str>) -> Result<i64, String> {
    let Some(s) = optional(raw) else { return Ok(100) };
    let points = crate::written::parse_percent(s)
        .map_err(|_| i18n::said_with("invalid-economics-fte", &[("value", s.to_string())]))?;
    // parse_percent reads "0.5" as 0.5 % = 50 basis points: the FTE's hundredths.
    match points {
        1..=100 => Ok(points),
        _ => Err(i18n::said_with("invalid-economics-fte-range", &[("value", s.to_string())])),
    }
}

impl StaffInput {
    pub fn parse(&self, currency: Currency, project: Option<Uuid>) -> Result<StaffFields, Invalid> {
        let mut c = Collector::new();
        let name = c.take("name", required_text(self.name.as_deref(), TITLE_CHARS));
        let role = c.take(
            "role",
            optional(self.role.as_deref())
                .ok_or_else(|| i18n::said("invalid-validation-required"))
                .and_then(StaffRole::parse),
        );
        let fte = c.take("fte", parse_fte(self.fte.as_deref()));
        let cost = c.take(
            "yearly_cost",
            optional(self.yearly_cost.as_deref())
                .ok_or_else(|| i18n::said("invalid-validation-required"))
                .and_then(|a| amount(a, currency)),
        );
        let starts = c.take(
            "starts_on",
            optional(self.starts_on.as_deref())
                .ok_or_else(|| i18n::said("invalid-validation-required"))
                .and_then(crate::interaction::parse_day),
        );
        let ends = c.take("ends_on", optional(self.ends_on.as_deref()).map(crate::interaction::parse_day).transpose());
        if let (Some(s), Some(Some(e))) = (starts, ends)
            && e < s
        {
            c.push("ends_on", i18n::said("invalid-economics-ends-before-start"));
        }
        let qualifications = c.take("qualifications", optional_text(self.qualifications.as_deref(), TEXT_CHARS));
        c.finish(|| StaffFields {
            name: name.expect("checked"),
            role: role.expect("checked"),
            fte_hundredths: fte.expect("checked"),
            yearly_cost_minor: cost.expect("checked"),
            starts_on: starts.expect("checked"),
            ends_on: ends.expect("checked"),
            qualifications: qualifications.expect("checked").unwrap_or_default(),
            project_id: project,
        })
    }
}

impl StaffFields {
    /// The days of `year` the person is on the team.
    pub fn days_in(&self, year: i32) -> i64 {
        let (Some(first), Some(last)) = (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31))
        else {
            return 0;
        };
        let from = self.starts_on.max(first);
        let to = self.ends_on.map_or(last, |e| e.min(last));
        if to < from { 0 } else { (to - from).num_days() + 1 }
    }

    /// What the person costs in `year`: the yearly cost for the share of the year on the team,
    /// rounded half up.
    pub fn cost_in(&self, year: i32) -> i64 {
        let days = i128::from(self.days_in(year));
        let in_year = if NaiveDate::from_ymd_opt(year, 2, 29).is_some() { 366 } else { 365 };
        let cost = (i128::from(self.yearly_cost_minor) * days * 2 + in_year) / (in_year * 2);
        i64::try_from(cost).unwrap_or(i64::MAX)
    }

    /// What the person costs in `year` up to `until` (the year's actual to date), rounded half up:
    /// the yearly cost for the days on the team by then, over the days of the year.
    pub fn cost_in_until(&self, year: i32, until: NaiveDate) -> i64 {
        let capped = StaffFields { ends_on: Some(self.ends_on.map_or(until, |e| e.min(until))), ..self.clone() };
        if until < self.starts_on { 0 } else { capped.cost_in(year) }
    }

    pub fn on_team(&self, day: NaiveDate) -> bool {
        self.starts_on <= day && self.ends_on.is_none_or(|e| e >= day)
    }

    pub fn to_input(&self, currency: Currency) -> StaffInput {
        StaffInput {
            name: Some(self.name.clone()),
            role: Some(self.role.code().into()),
            fte: Some(fte_text(self.fte_hundredths)),
            yearly_cost: Some(crate::money::Money::new(self.yearly_cost_minor, currency).to_decimal()),
            starts_on: Some(self.starts_on.to_string()),
            ends_on: self.ends_on.map(|d| d.to_string()),
            qualifications: Some(self.qualifications.clone()),
        }
    }
}

/// `1`, `0.5`, `0.75`: an FTE in hundredths as people write it.
pub fn fte_text(hundredths: i64) -> String {
    let whole = hundredths / 100;
    match hundredths % 100 {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole}.{}", f / 10),
        f => format!("{whole}.{f:02}"),
    }
}

coded!(
    /// The organisation model of the management team (DOMAIN.md, "Organisation models").
    OrganisationModel,
    "an organisation model",
    [
        (Minimal, "minimal", "1 · Minimal: the cluster manager alone"),
        (SupportTeam, "support_team", "2 · Support team: the manager and one to three people"),
        (ProjectManagers, "project_managers", "3 · Project managers: a team of project managers"),
    ]
);

/// The model of a team on a day: the cluster manager alone is model 1; a team of more than five
/// people with project managers among them is model 3; any other team is model 2. `None` for no
/// team at all.
pub fn organisation_model(staff: &[StaffFields], day: NaiveDate) -> Option<OrganisationModel> {
    let team: Vec<&StaffFields> = staff.iter().filter(|s| s.on_team(day)).collect();
    let managers = team.iter().filter(|s| s.role == StaffRole::ProjectManager).count();
    match team.len() {
        0 => None,
        1 => Some(OrganisationModel::Minimal),
        n if n > 5 && managers > 0 => Some(OrganisationModel::ProjectManagers),
        _ => Some(OrganisationModel::SupportTeam),
    }
}

/// The team's FTE on a day, in hundredths.
pub fn fte_on(staff: &[StaffFields], day: NaiveDate) -> i64 {
    sum(staff.iter().filter(|s| s.on_team(day)).map(|s| s.fte_hundredths))
}

/// The last day of a year, the day a team is read on for that year.
pub fn year_end(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, 12, 31)
}

/// Whether the day falls in the year.
pub fn in_year(day: NaiveDate, year: i32) -> bool {
    day.year() == year
}

/// What the team carries in a year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Workload {
    /// Members at the year's end (or today).
    pub members: i64,
    /// The team's FTE, in hundredths.
    pub fte_hundredths: i64,
    pub project_managers: i64,
    pub running_projects: i64,
    /// Events held in the year.
    pub events: i64,
}

impl Workload {
    /// Members per FTE, in hundredths.
    pub fn members_per_fte(&self) -> Option<i64> {
        (self.fte_hundredths > 0).then(|| self.members * 10_000 / self.fte_hundredths)
    }

    /// Events per FTE, in hundredths.
    pub fn events_per_fte(&self) -> Option<i64> {
        (self.fte_hundredths > 0).then(|| self.events * 10_000 / self.fte_hundredths)
    }

    /// Running projects per project manager, in hundredths.
    pub fn projects_per_manager(&self) -> Option<i64> {
        (self.project_managers > 0).then(|| self.running_projects * 100 / self.project_managers)
    }
}

/// `1234` hundredths as `12.3`.
pub fn hundredths_text(h: i64) -> String {
    let tenths = (h + 5) / 10;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The most running projects one project manager steers well.
pub const PROJECTS_PER_MANAGER_MAX: i64 = 4;
/// The most members one FTE of the team serves well.
pub const MEMBERS_PER_FTE_MAX: i64 = 40;
/// The most events one FTE of the team runs well in a year.
pub const EVENTS_PER_FTE_MAX: i64 = 12;
/// Members beyond which the manager alone (model 1) no longer serves them.
pub const MEMBERS_FOR_MODEL_ONE_MAX: i64 = 50;

/// A year's staff costs and fixed income, for the advice on money.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StaffMoney {
    pub year: i32,
    pub staff_costs_minor: i64,
    pub recurring_income_minor: i64,
}

/// Advice on the team: when it no longer fits its work or its money, which rule says so and the
/// figures that triggered it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Advice {
    pub rule: &'static str,
    pub says: String,
    pub figures: String,
}

fn growth_bp(before: i64, after: i64) -> Option<i64> {
    basis_points(after.saturating_sub(before), before)
}

/// The rules, each written in the README ("The team and its organisation model"):
///
/// - `projects_per_manager`: more than [`PROJECTS_PER_MANAGER_MAX`] running projects per project
///   manager, or three or more running projects and no project manager: model 3 work with a
///   smaller team.
/// - `members_per_fte`: more than [`MEMBERS_PER_FTE_MAX`] members per FTE.
/// - `model_one_members`: the manager alone (model 1) with more than
///   [`MEMBERS_FOR_MODEL_ONE_MAX`] members.
/// - `events_per_fte`: more than [`EVENTS_PER_FTE_MAX`] events per FTE in the year.
/// - `staff_costs_outgrow_fixed_income`: staff costs grew faster than fixed income (recurring
///   structure income) in each of the last two years.
pub fn advice(work: &Workload, model: Option<OrganisationModel>, money: &[StaffMoney]) -> Vec<Advice> {
    let mut out = Vec::new();
    let managers = work.project_managers;
    if managers > 0 && work.running_projects > managers * PROJECTS_PER_MANAGER_MAX {
        let args = [("managers", managers.to_string()), ("projects", work.running_projects.to_string())];
        out.push(Advice {
            rule: "projects_per_manager",
            says: match model {
                Some(OrganisationModel::Minimal) => {
                    i18n::said_with("invalid-economics-advice-managers-model-one", &args)
                }
                Some(OrganisationModel::ProjectManagers) => {
                    i18n::said_with("invalid-economics-advice-managers-too-few", &args)
                }
                _ => i18n::said_with("invalid-economics-advice-managers-model-two", &args),
            },
            figures: i18n::said_with(
                "invalid-economics-figures-projects-per-manager",
                &[
                    ("per", work.projects_per_manager().map_or("–".into(), hundredths_text)),
                    ("max", PROJECTS_PER_MANAGER_MAX.to_string()),
                ],
            ),
        });
    } else if managers == 0 && work.running_projects >= 3 {
        let args = [("projects", work.running_projects.to_string())];
        out.push(Advice {
            rule: "projects_per_manager",
            says: match model {
                Some(OrganisationModel::Minimal) => {
                    i18n::said_with("invalid-economics-advice-no-manager-model-one", &args)
                }
                None => i18n::said_with("invalid-economics-advice-no-manager-no-team", &args),
                _ => i18n::said_with("invalid-economics-advice-no-manager-model-two", &args),
            },
            figures: i18n::said_with("invalid-economics-figures-no-manager", &args),
        });
    }
    if let Some(per) = work.members_per_fte().filter(|p| *p > MEMBERS_PER_FTE_MAX * 100) {
        out.push(Advice {
            rule: "members_per_fte",
            says: i18n::said("invalid-economics-advice-members-per-fte"),
            figures: i18n::said_with(
                "invalid-economics-figures-members-per-fte",
                &[
                    ("members", work.members.to_string()),
                    ("fte", fte_text(work.fte_hundredths)),
                    ("per", hundredths_text(per)),
                    ("max", MEMBERS_PER_FTE_MAX.to_string()),
                ],
            ),
        });
    }
    if model == Some(OrganisationModel::Minimal) && work.members > MEMBERS_FOR_MODEL_ONE_MAX {
        out.push(Advice {
            rule: "model_one_members",
            says: i18n::said("invalid-economics-advice-model-one-members"),
            figures: i18n::said_with(
                "invalid-economics-figures-model-one-members",
                &[("members", work.members.to_string()), ("max", MEMBERS_FOR_MODEL_ONE_MAX.to_string())],
            ),
        });
    }
    if let Some(per) = work.events_per_fte().filter(|p| *p > EVENTS_PER_FTE_MAX * 100) {
        out.push(Advice {
            rule: "events_per_fte",
            says: i18n::said("invalid-economics-advice-events-per-fte"),
            figures: i18n::said_with(
                "invalid-economics-figures-events-per-fte",
                &[
                    ("events", work.events.to_string()),
                    ("fte", fte_text(work.fte_hundredths)),
                    ("per", hundredths_text(per)),
                    ("max", EVENTS_PER_FTE_MAX.to_string()),
                ],
            ),
        });
    }
    let mut years = money.to_vec();
    years.sort_by_key(|m| m.year);
    if let [.., a, b, c] = years.as_slice()
        && b.year == a.year + 1
        && c.year == b.year + 1
    {
        let outgrew = |x: &StaffMoney, y: &StaffMoney| match (
            growth_bp(x.staff_costs_minor, y.staff_costs_minor),
            growth_bp(x.recurring_income_minor, y.recurring_income_minor),
        ) {
            (Some(staff), Some(income)) => (staff > income).then_some((staff, income)),
            // Fixed income that starts from nothing grows faster than anything.
            (Some(staff), None) if staff > 0 && y.recurring_income_minor <= 0 => Some((staff, 0)),
            _ => None,
        };
        if let (Some(first), Some(second)) = (outgrew(a, b), outgrew(b, c)) {
            out.push(Advice {
                rule: "staff_costs_outgrow_fixed_income",
                says: i18n::said("invalid-economics-advice-staff-costs"),
                figures: i18n::said_with(
                    "invalid-economics-figures-staff-costs",
                    &[
                        ("first_year", b.year.to_string()),
                        ("first_staff", signed_percent(first.0)),
                        ("first_income", signed_percent(first.1)),
                        ("second_year", c.year.to_string()),
                        ("second_staff", signed_percent(second.0)),
                        ("second_income", signed_percent(second.1)),
                    ],
                ),
            });
        }
    }
    out
}

fn signed_percent(bp: i64) -> String {
    let text = crate::written::percent_text(bp.abs());
    if bp < 0 { format!("−{text}") } else { format!("+{text}") }
}

/// What a scenario changes, from the base year on, for the next three years.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Assumptions {
    /// Public structural support up or down, in basis points (−2 000 for a fifth less).
    #[serde(default)]
    pub public_support_change_bp: i64,
    /// The fee income of a membership type up or down, in basis points: `(type id, change)`.
    #[serde(default)]
    pub fee_changes: Vec<(Uuid, i64)>,
    /// Members who join, each paying the average fee.
    #[serde(default)]
    pub new_members: i64,
    /// Service revenue added a year, in minor units.
    #[serde(default)]
    pub new_service_revenue_minor: i64,
    /// Staff members added, each at this yearly cost, in minor units.
    #[serde(default)]
    pub extra_staff: i64,
    #[serde(default)]
    pub extra_staff_cost_minor: i64,
    /// Whether the largest fee payer leaves.
    #[serde(default)]
    pub lose_largest_member: bool,
}

/// A scenario saved under a name.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Scenario {
    pub id: Uuid,
    pub name: String,
    pub assumptions: Assumptions,
}

/// How many years a scenario looks ahead.
pub const SCENARIO_YEARS: i32 = 3;

/// The largest change of a share a scenario takes: ±100 % (+1 000 % for fees).
const CHANGE_MIN_BP: i64 = -10_000;
const CHANGE_MAX_BP: i64 = 100_000;

impl Assumptions {
    /// Checks that the changes are within reason: shares from −100 % to +1 000 %, counts from 0
    /// to 10 000, amounts from 0 to [`AMOUNT_MAX_MINOR`].
    pub fn check(&self) -> Result<(), Invalid> {
        let mut c = Collector::new();
        let share = |bp: i64| (CHANGE_MIN_BP..=CHANGE_MAX_BP).contains(&bp);
        if !share(self.public_support_change_bp) {
            c.push("public_support_change", i18n::said("invalid-economics-change-range"));
        }
        if self.fee_changes.iter().any(|(_, bp)| !share(*bp)) {
            c.push("fee_changes", i18n::said("invalid-economics-changes-range"));
        }
        if !(0..=10_000).contains(&self.new_members) {
            c.push("new_members", i18n::said("invalid-economics-new-members-range"));
        }
        if !(0..=100).contains(&self.extra_staff) {
            c.push("extra_staff", i18n::said("invalid-economics-extra-staff-range"));
        }
        for (field, v) in
            [("new_service_revenue", self.new_service_revenue_minor), ("extra_staff_cost", self.extra_staff_cost_minor)]
        {
            if !(0..=AMOUNT_MAX_MINOR).contains(&v) {
                c.push(field, i18n::said("invalid-economics-amount-range"));
            }
        }
        c.finish(|| ())
    }
}

/// What a scenario starts from: the base year's ledger, its fee income by membership type, and
/// its fee payers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScenarioBase {
    pub year: i32,
    pub ledger: YearLedger,
    pub fees_by_type: Vec<(Uuid, i64)>,
}

/// The average fee the base year's payers paid; none without payers.
pub fn average_fee(l: &YearLedger) -> Option<i64> {
    let payers = i64::try_from(l.fee_payers.iter().filter(|f| **f > 0).count()).ok().filter(|n| *n > 0)?;
    let total = sum(l.fee_payers.iter().copied().filter(|f| *f > 0));
    Some((total + payers / 2) / payers)
}

fn changed(amount: i64, bp: i64) -> i64 {
    let delta = i128::from(amount) * i128::from(bp);
    let rounded = if delta >= 0 { (delta + 5_000) / 10_000 } else { (delta - 5_000) / 10_000 };
    amount.saturating_add(i64::try_from(rounded).unwrap_or(0))
}

/// One year a scenario projects: its ledger and ratios.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProjectedYear {
    pub year: i32,
    pub ledger: YearLedger,
    pub ratios: Vec<Ratio>,
}

/// The base year carried forward [`SCENARIO_YEARS`] years with the assumptions, from the first
/// year on: the same income and costs, public support and fees of each type changed by their
/// share, new members at the average fee, the largest payer's fee gone, service revenue and staff
/// added; each year's surplus or deficit carried into the next year's reserves. Project money is
/// left out: a scenario is about the structure.
pub fn project(base: &ScenarioBase, a: &Assumptions) -> Vec<ProjectedYear> {
    let mut ledger = YearLedger {
        income: base.ledger.income.iter().filter(|l| l.stream != IncomeStream::ProjectGrants).copied().collect(),
        costs: base.ledger.costs.iter().filter(|c| c.kind.is_structure()).copied().collect(),
        fee_payers: base.ledger.fee_payers.clone(),
        project_funding_minor: 0,
        reserves_minor: base.ledger.reserves_minor,
    };
    for line in ledger.income.iter_mut().filter(|l| l.stream == IncomeStream::PublicSupport) {
        line.amount_minor = changed(line.amount_minor, a.public_support_change_bp).max(0);
    }
    let fee_delta = sum(base.fees_by_type.iter().map(|(t, fee)| {
        let bp = a.fee_changes.iter().find(|(x, _)| x == t).map_or(0, |(_, bp)| *bp);
        changed(*fee, bp).max(0) - fee
    }));
    let average = average_fee(&base.ledger).unwrap_or(0);
    let largest = if a.lose_largest_member { base.ledger.fee_payers.iter().copied().max().unwrap_or(0) } else { 0 };
    let new_fees = average.saturating_mul(a.new_members);
    // Fees never fall below nothing, however the changes add up.
    let fees = fee_delta
        .saturating_add(new_fees)
        .saturating_sub(largest)
        .max(base.ledger.stream(IncomeStream::MembershipFees).saturating_neg());
    let added = |stream, amount_minor: i64| IncomeLine {
        stream,
        public: false,
        recurring: true,
        amount_minor,
        origin: Origin::Entered,
    };
    if fees != 0 {
        ledger.income.push(added(IncomeStream::MembershipFees, fees));
    }
    if a.new_service_revenue_minor > 0 {
        ledger.income.push(added(IncomeStream::Services, a.new_service_revenue_minor));
    }
    if a.lose_largest_member
        && let Some(at) = ledger.fee_payers.iter().enumerate().max_by_key(|(_, f)| **f).map(|(i, _)| i)
    {
        ledger.fee_payers.remove(at);
    }
    ledger.fee_payers.extend(std::iter::repeat_n(average, usize::try_from(a.new_members).unwrap_or(0)));
    let staff = a.extra_staff_cost_minor.saturating_mul(a.extra_staff);
    if staff > 0 {
        ledger.costs.push(CostLine {
            kind: CostKind::Staff,
            project_id: None,
            amount_minor: staff,
            origin: Origin::Entered,
        });
    }
    // Each year's surplus or deficit adds to or takes from the reserves at its end.
    let result = ledger.total_income().saturating_sub(ledger.structure_costs());
    (1..=SCENARIO_YEARS)
        .map(|k| {
            ledger.reserves_minor = ledger.reserves_minor.map(|r| r.saturating_add(result));
            ProjectedYear { year: base.year + k, ratios: ratios(&ledger), ledger: ledger.clone() }
        })
        .collect()
}

/// What it takes to cover the fixed costs with fixed income, in words and numbers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BreakEven {
    /// Structure costs less recurring structure income; zero or less when covered.
    pub gap_minor: i64,
    /// Members to add at the average fee; none without a fee to average.
    pub members_needed: Option<i64>,
    pub average_fee_minor: Option<i64>,
    /// Service revenue to add.
    pub services_needed_minor: i64,
}

/// The break-even of a year: what closes the gap between its structure costs and its recurring
/// structure income, as new members at the average fee or as service revenue.
pub fn break_even(l: &YearLedger) -> BreakEven {
    let gap = l.structure_costs().saturating_sub(l.recurring_structure_income());
    let average = average_fee(l);
    BreakEven {
        gap_minor: gap,
        members_needed: average.filter(|a| *a > 0).map(|a| if gap <= 0 { 0 } else { (gap + a - 1) / a }),
        average_fee_minor: average,
        services_needed_minor: gap.max(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn income(stream: IncomeStream, public: bool, recurring: bool, amount_minor: i64) -> IncomeLine {
        IncomeLine { stream, public, recurring, amount_minor, origin: Origin::Entered }
    }

    fn cost(kind: CostKind, amount_minor: i64) -> CostLine {
        CostLine { kind, project_id: None, amount_minor, origin: Origin::Entered }
    }

    fn value(ratios: &[Ratio], code: &str) -> Option<i64> {
        ratios.iter().find(|r| r.code == code).unwrap().value
    }

    /// A small year worked out by hand, in euros: fees 60 000 from seven payers, public support
    /// 90 000, recurring services 20 000 and a one-off workshop series 5 000, sponsorship 10 000,
    /// in-kind 15 000, project grants 200 000 (public). Structure costs 150 000 (staff 120 000,
    /// office 30 000); project costs 180 000. Reserves 50 000. Projects mobilised 400 000.
    fn worked_year() -> YearLedger {
        use IncomeStream::*;
        YearLedger {
            income: vec![
                income(MembershipFees, false, true, 6_000_000),
                income(PublicSupport, true, true, 9_000_000),
                income(Services, false, true, 2_000_000),
                income(Services, false, false, 500_000),
                income(Sponsorship, false, false, 1_000_000),
                income(InKind, false, false, 1_500_000),
                income(ProjectGrants, true, false, 20_000_000),
            ],
            costs: vec![
                cost(CostKind::Staff, 12_000_000),
                cost(CostKind::Office, 3_000_000),
                CostLine {
                    kind: CostKind::Project,
                    project_id: None,
                    amount_minor: 18_000_000,
                    origin: Origin::Entered,
                },
            ],
            fee_payers: vec![2_000_000, 1_500_000, 1_000_000, 500_000, 400_000, 350_000, 250_000],
            project_funding_minor: 40_000_000,
            reserves_minor: Some(5_000_000),
        }
    }

    #[test]
    fn every_ratio_of_a_year_worked_out_by_hand() {
        let r = ratios(&worked_year());
        // Recurring structure income: fees 60 000 + public support 90 000 + recurring services
        // 20 000 = 170 000, over structure costs 150 000: 1.1333 → 11 333 bp.
        assert_eq!(value(&r, "fixed_cost_coverage"), Some(11_333));
        // Total income 400 000; private 60 000 + 20 000 + 5 000 + 10 000 + 15 000 = 110 000:
        // 27.5 %; public 90 000 + 200 000 = 290 000: 72.5 %.
        assert_eq!(value(&r, "private_share"), Some(2_750));
        assert_eq!(value(&r, "public_dependency"), Some(7_250));
        // Fees 60 000 / 150 000 = 0.4.
        assert_eq!(value(&r, "fee_coverage"), Some(4_000));
        // Services 25 000 / 400 000 = 6.25 %.
        assert_eq!(value(&r, "services_share"), Some(625));
        // Five largest: 20 000 + 15 000 + 10 000 + 5 000 + 4 000 = 54 000 of 60 000 = 90 %.
        assert_eq!(value(&r, "fee_concentration"), Some(9_000));
        // 400 000 / 150 000 = 2.6667.
        assert_eq!(value(&r, "project_leverage"), Some(26_667));
        // 50 000 × 12 / 150 000 = 4 months.
        assert_eq!(value(&r, "runway"), Some(40_000));
        let runway = r.iter().find(|x| x.code == "runway").unwrap();
        assert_eq!(runway.value_text(), "4.0 months");
        let shown = |value, unit| Ratio { value: Some(value), unit, ..runway.clone() }.value_text();
        assert_eq!(shown(6_867, RatioUnit::Times), "0.69", "rounded, not cut");
        assert_eq!(shown(-5_000, RatioUnit::Times), "-0.50");
        assert_eq!(shown(-39_999, RatioUnit::Months), "-4.0 months");
        assert_eq!(shown(-1_250, RatioUnit::Percent), "-12.5 %");
        let coverage = r.iter().find(|x| x.code == "fixed_cost_coverage").unwrap();
        assert_eq!(
            (coverage.value_text(), coverage.numerator_minor, coverage.denominator_minor),
            ("1.13".into(), 17_000_000, 15_000_000)
        );
        assert_eq!(r.iter().map(|x| x.code).collect::<Vec<_>>(), RATIO_CODES);
    }

    #[test]
    fn ratios_over_nothing_are_not_numbers() {
        let r = ratios(&YearLedger::default());
        assert!(r.iter().all(|x| x.value.is_none()), "{r:?}");
        assert_eq!(r[0].value_text(), "–");
        let mut l = worked_year();
        l.reserves_minor = None;
        assert_eq!(value(&ratios(&l), "runway"), None, "unknown reserves give no runway");
    }

    #[test]
    fn the_public_aid_cap_is_half_the_structures_eligible_costs() {
        // Public towards the structure: 90 000 of 150 000 = 60 %: above 50 %. Project grants do
        // not count.
        let cap = aid_cap(&worked_year());
        assert_eq!(
            (cap.public_minor, cap.eligible_minor, cap.share_basis_points, cap.over),
            (9_000_000, 15_000_000, Some(6_000), true)
        );
        let mut l = worked_year();
        l.income[1].amount_minor = 7_500_000;
        let at = aid_cap(&l);
        assert_eq!((at.share_basis_points, at.over), (Some(5_000), false), "exactly half is allowed");
        l.costs.clear();
        assert!(aid_cap(&l).over, "public money with no structure costs is over any share");
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(basis_points(1, 3), Some(3_333));
        assert_eq!(basis_points(2, 3), Some(6_667));
        assert_eq!(basis_points(1, 20_000), Some(1), "half a point rounds up");
        assert_eq!(basis_points(-1, 20_000), Some(-1));
        assert_eq!(basis_points(5, 0), None);
        assert_eq!(basis_points(i64::MAX, 1), None, "too large to say");
    }

    #[test]
    fn a_line_is_income_or_a_cost_and_in_kind_is_hours_times_a_rate() {
        let eur = Currency::parse("EUR").unwrap();
        let line = EntryInput {
            year: Some("2026".into()),
            stream: Some("in_kind".into()),
            hours: Some("120".into()),
            hourly_rate: Some("45".into()),
            description: Some("University staff at the working groups".into()),
            ..Default::default()
        }
        .parse(eur, None)
        .unwrap();
        assert_eq!(line.amount_minor, 540_000);
        assert_eq!(line.line, EntryLine::Income { stream: IncomeStream::InKind, public: false, recurring: false });
        assert_eq!(line.basis, Basis::Actual);
        let support = EntryInput {
            year: Some("2026".into()),
            stream: Some("public_support".into()),
            amount: Some("90.000,00".into()),
            ..Default::default()
        }
        .parse(eur, None)
        .unwrap();
        assert_eq!(
            support.line,
            EntryLine::Income { stream: IncomeStream::PublicSupport, public: true, recurring: true }
        );
        let refused = [
            EntryInput { year: Some("2026".into()), amount: Some("10".into()), ..Default::default() },
            EntryInput {
                year: Some("2026".into()),
                stream: Some("services".into()),
                cost_kind: Some("office".into()),
                amount: Some("10".into()),
                ..Default::default()
            },
            EntryInput {
                year: Some("2026".into()),
                cost_kind: Some("project".into()),
                amount: Some("10".into()),
                ..Default::default()
            },
            EntryInput {
                year: Some("2026".into()),
                cost_kind: Some("office".into()),
                hours: Some("3".into()),
                hourly_rate: Some("10".into()),
                ..Default::default()
            },
            EntryInput {
                year: Some("2026".into()),
                stream: Some("in_kind".into()),
                hours: Some("3".into()),
                ..Default::default()
            },
            EntryInput {
                year: Some("2026".into()),
                stream: Some("other".into()),
                amount: Some("-5".into()),
                ..Default::default()
            },
            EntryInput {
                year: Some("12026".into()),
                stream: Some("other".into()),
                amount: Some("5".into()),
                ..Default::default()
            },
            EntryInput {
                year: Some("2026".into()),
                stream: Some("other".into()),
                amount: Some("2000000000".into()),
                ..Default::default()
            },
            EntryInput {
                year: Some("2026".into()),
                stream: Some("other".into()),
                amount: Some("5".into()),
                public: Some("perhaps".into()),
                ..Default::default()
            },
        ];
        for input in refused {
            assert!(input.parse(eur, None).is_err(), "{input:?}");
        }
    }

    #[test]
    fn staff_cost_a_share_of_the_year_they_work_and_make_the_model() {
        let eur = Currency::parse("EUR").unwrap();
        let person = |role: &str, starts: &str, ends: Option<&str>| {
            StaffInput {
                name: Some("Ane".into()),
                role: Some(role.into()),
                fte: Some("0,5".into()),
                yearly_cost: Some("36500".into()),
                starts_on: Some(starts.into()),
                ends_on: ends.map(String::from),
                qualifications: None,
            }
            .parse(eur, None)
            .unwrap()
        };
        let manager = person("cluster_manager", "2020-01-01", None);
        assert_eq!((manager.fte_hundredths, manager.cost_in(2025)), (50, 3_650_000));
        // From 1 July 2025: 184 of 365 days of 36 500 = 18 400.
        let joined = person("project_manager", "2025-07-01", None);
        assert_eq!(joined.cost_in(2025), 1_840_000);
        assert_eq!(joined.cost_in(2024), 0);
        // 2024 has 366 days: 31 days of January of 36 500 = 3 091.53 → 309 153.
        let left = person("administration", "2020-01-01", Some("2024-01-31"));
        assert_eq!(left.cost_in(2024), 309_153);
        // Up to 31 March 2025 (90 days of 365): 9 000 of 36 500.
        assert_eq!(manager.cost_in_until(2025, day(2025, 3, 31)), 900_000);
        assert_eq!(joined.cost_in_until(2025, day(2025, 3, 31)), 0, "not yet on the team");
        assert_eq!(fte_text(manager.fte_hundredths), "0.5");
        assert_eq!(fte_text(75), "0.75");
        assert_eq!(fte_text(100), "1");

        let on = day(2026, 6, 30);
        assert_eq!(organisation_model(&[], on), None);
        assert_eq!(organisation_model(std::slice::from_ref(&manager), on), Some(OrganisationModel::Minimal));
        let mut team = vec![manager.clone(), joined.clone()];
        assert_eq!(organisation_model(&team, on), Some(OrganisationModel::SupportTeam));
        team.extend((0..4).map(|_| person("marketing_support", "2022-01-01", None)));
        assert_eq!(
            organisation_model(&team, on),
            Some(OrganisationModel::ProjectManagers),
            "six people, a project manager"
        );
        team.remove(1);
        team.push(person("research_support", "2022-01-01", None));
        assert_eq!(
            organisation_model(&team, on),
            Some(OrganisationModel::SupportTeam),
            "six people, no project manager"
        );
        assert_eq!(fte_on(&team, on), 300);
        assert!(
            StaffInput {
                name: Some("X".into()),
                role: Some("cluster_manager".into()),
                yearly_cost: Some("1".into()),
                starts_on: Some("2026-02-01".into()),
                ends_on: Some("2026-01-01".into()),
                ..Default::default()
            }
            .parse(eur, None)
            .is_err()
        );
        assert!(
            StaffInput {
                name: Some("X".into()),
                role: Some("cluster_manager".into()),
                fte: Some("1.5".into()),
                yearly_cost: Some("1".into()),
                starts_on: Some("2026-02-01".into()),
                ..Default::default()
            }
            .parse(eur, None)
            .is_err()
        );
    }

    #[test]
    fn the_team_is_told_when_it_no_longer_fits_its_work_or_its_money() {
        let work = Workload { members: 90, fte_hundredths: 300, project_managers: 2, running_projects: 9, events: 20 };
        let said = advice(&work, Some(OrganisationModel::SupportTeam), &[]);
        let rules: Vec<&str> = said.iter().map(|a| a.rule).collect();
        assert_eq!(rules, vec!["projects_per_manager"]);
        assert!(
            said[0].says.starts_with("2 project manager(s) run 9 projects: model 3 work with model 2 staff"),
            "{said:?}"
        );
        assert!(said[0].figures.starts_with("4.5 running projects per project manager"), "{said:?}");
        assert!(advice(&Workload { running_projects: 8, ..work }, None, &[]).is_empty(), "four each is fine");

        let alone = Workload { members: 60, fte_hundredths: 100, project_managers: 0, running_projects: 3, events: 14 };
        let said = advice(&alone, Some(OrganisationModel::Minimal), &[]);
        let rules: Vec<&str> = said.iter().map(|a| a.rule).collect();
        assert_eq!(rules, vec!["projects_per_manager", "members_per_fte", "model_one_members", "events_per_fte"]);
        assert_eq!(said[1].figures, "60 members, 1 FTE: 60.0 members per FTE; at most 40");
        assert_eq!(said[3].figures, "14 events, 1 FTE: 14.0 per FTE; at most 12");

        let m = |year, staff, income| StaffMoney { year, staff_costs_minor: staff, recurring_income_minor: income };
        // Staff +10 % then +10 %; fixed income +5 % then 0 %.
        let money = [m(2024, 100_000, 200_000), m(2025, 110_000, 210_000), m(2026, 121_000, 210_000)];
        let said = advice(&Workload::default(), None, &money);
        assert_eq!(said.len(), 1, "{said:?}");
        assert_eq!(
            said[0].figures,
            "2025: staff costs +10 %, fixed income +5 %; 2026: staff costs +10 %, fixed income +0 %"
        );
        let once = [m(2024, 100_000, 200_000), m(2025, 110_000, 230_000), m(2026, 121_000, 230_000)];
        assert!(advice(&Workload::default(), None, &once).is_empty(), "one year is not a trend");
        let from_nothing = [m(2024, 100_000, 0), m(2025, 110_000, 50_000), m(2026, 121_000, 50_000)];
        assert!(
            advice(&Workload::default(), None, &from_nothing).is_empty(),
            "fixed income that starts outgrows the staff"
        );
        let gap = [m(2022, 100_000, 200_000), m(2025, 110_000, 210_000), m(2026, 121_000, 210_000)];
        assert!(advice(&Workload::default(), None, &gap).is_empty(), "years apart say nothing");
    }

    #[test]
    fn a_scenario_carries_the_base_year_forward_with_its_assumptions() {
        let full = Uuid::from_u128(1);
        let base = ScenarioBase { year: 2026, ledger: worked_year(), fees_by_type: vec![(full, 6_000_000)] };
        // Nothing changed: the structure as it is, three years on, without the projects.
        let same = project(&base, &Assumptions::default());
        assert_eq!(same.iter().map(|y| y.year).collect::<Vec<_>>(), vec![2027, 2028, 2029]);
        assert_eq!(value(&same[0].ratios, "fixed_cost_coverage"), Some(11_333));
        assert_eq!(same[0].ledger.stream(IncomeStream::ProjectGrants), 0);
        // Income without grants 200 000 less structure costs 150 000: 50 000 more reserves a year.
        let reserves: Vec<Option<i64>> = same.iter().map(|y| y.ledger.reserves_minor).collect();
        assert_eq!(reserves, vec![Some(10_000_000), Some(15_000_000), Some(20_000_000)]);
        // Public support −20 %: 72 000; fees of the type +10 %: +6 000; two new members at the
        // average fee (60 000 / 7 = 8 571.43): +17 142.86; the largest payer (20 000) leaves;
        // services +5 000; one more person at 40 000.
        let a = Assumptions {
            public_support_change_bp: -2_000,
            fee_changes: vec![(full, 1_000)],
            new_members: 2,
            new_service_revenue_minor: 500_000,
            extra_staff: 1,
            extra_staff_cost_minor: 4_000_000,
            lose_largest_member: true,
        };
        let y = &project(&base, &a)[0];
        assert_eq!(y.ledger.stream(IncomeStream::PublicSupport), 7_200_000);
        assert_eq!(y.ledger.stream(IncomeStream::MembershipFees), 6_000_000 + 600_000 + 1_714_286 - 2_000_000);
        assert_eq!(y.ledger.structure_costs(), 19_000_000);
        // Recurring: fees 63 142.86 + public 72 000 + services 20 000 + 5 000 = 160 142.86 over
        // 190 000: 0.8429.
        assert_eq!(value(&y.ratios, "fixed_cost_coverage"), Some(8_429));
        assert_eq!(y.ledger.fee_payers.len(), 8, "seven, one gone, two come");
        assert!(Assumptions { public_support_change_bp: -20_000, ..Default::default() }.check().is_err());
        let gone = Assumptions { fee_changes: vec![(full, -10_000)], lose_largest_member: true, ..Default::default() };
        assert_eq!(project(&base, &gone)[0].ledger.stream(IncomeStream::MembershipFees), 0, "never below nothing");
        assert!(a.check().is_ok());
    }

    #[test]
    fn the_break_even_says_how_many_members_or_how_much_service_revenue() {
        // Recurring 170 000 over 150 000: covered, nothing needed.
        let covered = break_even(&worked_year());
        assert_eq!(
            (covered.gap_minor, covered.members_needed, covered.services_needed_minor),
            (-2_000_000, Some(0), 0)
        );
        // Structure costs 200 000: a gap of 30 000; the average fee 8 571.43 → 4 members.
        let mut l = worked_year();
        l.costs.push(CostLine {
            kind: CostKind::Marketing,
            project_id: None,
            amount_minor: 5_000_000,
            origin: Origin::Entered,
        });
        let short = break_even(&l);
        assert_eq!(
            (short.gap_minor, short.average_fee_minor, short.members_needed),
            (3_000_000, Some(857_143), Some(4))
        );
        assert_eq!(short.services_needed_minor, 3_000_000);
        assert_eq!(break_even(&YearLedger::default()).members_needed, None, "no fee to average");
    }
}
