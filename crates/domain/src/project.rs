//! Projects: collaborative undertakings that serve the cluster's strategic challenges, from an
//! idea to their outcomes (see "Projects" in the domain's description); and project ideas, scored
//! and ranked before one is taken forward.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::money::Currency;
use crate::strategy::{TEXT_CHARS, TITLE_CHARS};
use crate::validation::{Collector, Invalid, optional, optional_text, required_text};

coded!(
    /// Who shares the result: many members, or one.
    ProjectScope,
    "a project scope",
    [(Collective, "collective", "Collective"), (IndividualUse, "individual_use", "Individual use")]
);

coded!(
    /// What a project works on.
    ProjectArea,
    "a project area",
    [
        (MarketKnowledge, "market_knowledge", "Market knowledge"),
        (Innovation, "innovation", "Innovation"),
        (Operations, "operations", "Operations"),
        (BusinessDevelopment, "business_development", "Business development"),
        (Training, "training", "Training"),
        (InterCluster, "inter_cluster", "Inter-cluster"),
    ]
);

coded!(
    /// Where a project is: idea → definition → proposal → funded → running → completed, or
    /// abandoned at any stage.
    ProjectStage,
    "a project stage",
    [
        (Idea, "idea", "Idea"),
        (Definition, "definition", "Definition"),
        (Proposal, "proposal", "Proposal"),
        (Funded, "funded", "Funded"),
        (Running, "running", "Running"),
        (Completed, "completed", "Completed"),
        (Abandoned, "abandoned", "Abandoned"),
    ]
);

impl ProjectStage {
    /// The stage as it reads inside a sentence ("Move to definition"), in the reader's language.
    pub fn in_sentence(self) -> String {
        use ProjectStage::*;
        i18n::said(match self {
            Idea => "project-stage-in-sentence-idea",
            Definition => "project-stage-in-sentence-definition",
            Proposal => "project-stage-in-sentence-proposal",
            Funded => "project-stage-in-sentence-funded",
            Running => "project-stage-in-sentence-running",
            Completed => "project-stage-in-sentence-completed",
            Abandoned => "project-stage-in-sentence-abandoned",
        })
    }

    /// Whether the project is still under way (not completed, not abandoned).
    pub fn is_open(self) -> bool {
        !matches!(self, Self::Completed | Self::Abandoned)
    }

    /// Whether money has been secured (funded, running or completed): its funding counts as
    /// raised.
    pub fn is_funded(self) -> bool {
        matches!(self, Self::Funded | Self::Running | Self::Completed)
    }

    /// The stage a project usually moves on to: none after completed or abandoned.
    pub fn next(self) -> Option<Self> {
        match self {
            Self::Idea => Some(Self::Definition),
            Self::Definition => Some(Self::Proposal),
            Self::Proposal => Some(Self::Funded),
            Self::Funded => Some(Self::Running),
            Self::Running => Some(Self::Completed),
            Self::Completed | Self::Abandoned => None,
        }
    }
}

coded!(
    /// A participant's part in a project.
    ParticipantRole,
    "a participant role",
    [
        (Leader, "leader", "Leader"),
        (Partner, "partner", "Partner"),
        (Subcontractor, "subcontractor", "Subcontractor"),
        (Observer, "observer", "Observer"),
    ]
);

coded!(
    /// What a budget line pays for.
    BudgetCategory,
    "a budget category",
    [
        (Staff, "staff", "Staff"),
        (Equipment, "equipment", "Equipment"),
        (Subcontracting, "subcontracting", "Subcontracting"),
        (Travel, "travel", "Travel"),
        (Other, "other", "Other"),
    ]
);

coded!(
    /// Where a project idea came from.
    IdeaSource,
    "an idea source",
    [
        (Member, "member", "A member"),
        (Interview, "interview", "An interview"),
        (Interaction, "interaction", "An interaction"),
        (WorkingGroup, "working_group", "A working group"),
        (Workshop, "workshop", "A workshop"),
    ]
);

/// A project as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct ProjectInput {
    pub title: Option<String>,
    pub summary: Option<String>,
    pub scope: Option<String>,
    pub area: Option<String>,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProjectFields {
    pub title: String,
    pub summary: String,
    pub scope: ProjectScope,
    pub area: ProjectArea,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
}

/// Why a field left empty is refused.
fn required() -> String {
    i18n::said("invalid-validation-required")
}

fn optional_day(raw: Option<&str>) -> Result<Option<NaiveDate>, String> {
    optional(raw).map(crate::interaction::parse_day).transpose()
}

impl ProjectInput {
    pub fn parse(&self) -> Result<ProjectFields, Invalid> {
        let mut c = Collector::new();
        let title = c.take("title", required_text(self.title.as_deref(), TITLE_CHARS));
        let summary = c.take("summary", optional_text(self.summary.as_deref(), TEXT_CHARS));
        let scope =
            c.take("scope", optional(self.scope.as_deref()).map_or(Ok(ProjectScope::Collective), ProjectScope::parse));
        let area = c.take("area", optional(self.area.as_deref()).ok_or_else(required).and_then(ProjectArea::parse));
        let starts_on = c.take("starts_on", optional_day(self.starts_on.as_deref()));
        let ends_on = c.take("ends_on", optional_day(self.ends_on.as_deref()));
        if let (Some(Some(s)), Some(Some(e))) = (starts_on, ends_on)
            && e < s
        {
            let (end, start) = (e.to_string(), s.to_string());
            c.push("ends_on", i18n::said_with("invalid-domain-ends-before-start", &[("end", end), ("start", start)]));
        }
        c.finish(|| ProjectFields {
            title: title.expect("checked"),
            summary: summary.expect("checked").unwrap_or_default(),
            scope: scope.expect("checked"),
            area: area.expect("checked"),
            starts_on: starts_on.expect("checked"),
            ends_on: ends_on.expect("checked"),
        })
    }
}

impl ProjectFields {
    pub fn to_input(&self) -> ProjectInput {
        ProjectInput {
            title: Some(self.title.clone()),
            summary: Some(self.summary.clone()),
            scope: Some(self.scope.code().into()),
            area: Some(self.area.code().into()),
            starts_on: self.starts_on.map(|d| d.to_string()),
            ends_on: self.ends_on.map(|d| d.to_string()),
        }
    }
}

/// A project with the challenges it serves.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Project {
    pub id: Uuid,
    pub fields: ProjectFields,
    pub stage: ProjectStage,
    pub challenge_ids: Vec<Uuid>,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

impl Project {
    /// Projects are financed because they serve a strategic challenge, not because a grant
    /// happens to exist: one that serves none is flagged wherever it appears.
    pub fn serves_no_challenge(&self) -> bool {
        self.challenge_ids.is_empty()
    }

    /// Whether it runs, or ran, in `year` (by its dates; a project without dates by its stage:
    /// running).
    pub fn active_in(&self, year: i32) -> bool {
        use chrono::Datelike;
        match (self.fields.starts_on, self.fields.ends_on) {
            (Some(s), e) => {
                s.year() <= year && e.is_none_or(|e| e.year() >= year) && self.stage != ProjectStage::Abandoned
            }
            (None, _) => self.stage == ProjectStage::Running,
        }
    }
}

/// One move of a project across the board.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StageChange {
    pub from: Option<ProjectStage>,
    pub to: ProjectStage,
    pub changed_by: String,
    pub changed_at: chrono::DateTime<chrono::Utc>,
}

/// Who takes part: one of the cluster's organisations, a partner cluster of the network, or an
/// organisation outside the network by name and country.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ParticipantOf {
    Organisation { organisation_id: Uuid },
    PartnerCluster { cluster_id: Uuid },
    Outside { name: String, country: crate::country::Country },
}

/// A participant as typed; who it is comes apart (see [`ParticipantOf`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct ParticipantInput {
    pub role: Option<String>,
    /// Its contribution in money and in kind, in the cluster's currency as people type amounts.
    pub money: Option<String>,
    pub in_kind: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ParticipantFields {
    pub of: ParticipantOf,
    pub role: ParticipantRole,
    pub money_minor: i64,
    pub in_kind_minor: i64,
}

/// An amount as typed, zero when empty, never below zero.
pub fn parse_amount_or_zero(raw: Option<&str>, currency: Currency) -> Result<i64, String> {
    match optional(raw) {
        None => Ok(0),
        Some(s) => {
            let minor = crate::written::parse_amount(s, currency)?;
            if minor < 0 { Err(i18n::said("invalid-domain-below-zero")) } else { Ok(minor) }
        }
    }
}

impl ParticipantInput {
    pub fn parse(&self, of: ParticipantOf, currency: Currency) -> Result<ParticipantFields, Invalid> {
        let mut c = Collector::new();
        let role =
            c.take("role", optional(self.role.as_deref()).map_or(Ok(ParticipantRole::Partner), ParticipantRole::parse));
        let money = c.take("money", parse_amount_or_zero(self.money.as_deref(), currency));
        let in_kind = c.take("in_kind", parse_amount_or_zero(self.in_kind.as_deref(), currency));
        c.finish(|| ParticipantFields {
            of,
            role: role.expect("checked"),
            money_minor: money.expect("checked"),
            in_kind_minor: in_kind.expect("checked"),
        })
    }
}

/// A participant with the name people know it by.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Participant {
    pub id: Uuid,
    pub fields: ParticipantFields,
    /// The organisation's or the partner cluster's name, or the outside organisation's.
    pub name: String,
    /// For one of the cluster's organisations whose size class is known: whether it is an SME
    /// (micro, small or medium).
    pub sme: Option<bool>,
}

/// A budget line or a funding source as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct BudgetLineInput {
    pub category: Option<String>,
    pub description: Option<String>,
    pub amount: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BudgetLine {
    pub id: Uuid,
    pub category: BudgetCategory,
    pub description: String,
    pub amount_minor: i64,
}

fn required_amount(raw: Option<&str>, currency: Currency) -> Result<i64, String> {
    match optional(raw) {
        None => Err(required()),
        Some(s) => match crate::written::parse_amount(s, currency)? {
            m if m <= 0 => Err(i18n::said("invalid-economics-above-zero")),
            m => Ok(m),
        },
    }
}

impl BudgetLineInput {
    pub fn parse(&self, currency: Currency) -> Result<(BudgetCategory, String, i64), Invalid> {
        let mut c = Collector::new();
        let category =
            c.take("category", optional(self.category.as_deref()).ok_or_else(required).and_then(BudgetCategory::parse));
        let description = c.take("description", optional_text(self.description.as_deref(), TITLE_CHARS));
        let amount = c.take("amount", required_amount(self.amount.as_deref(), currency));
        c.finish(|| {
            (category.expect("checked"), description.expect("checked").unwrap_or_default(), amount.expect("checked"))
        })
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct FundingInput {
    pub programme: Option<String>,
    /// public or private.
    pub kind: Option<String>,
    pub amount: Option<String>,
    /// The share of the eligible costs the source pays, in percent (`70`, `62,5 %`).
    pub rate: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FundingSource {
    pub id: Uuid,
    pub programme: String,
    pub public: bool,
    pub amount_minor: i64,
    pub rate_basis_points: Option<i64>,
}

impl FundingInput {
    pub fn parse(&self, currency: Currency) -> Result<(String, bool, i64, Option<i64>), Invalid> {
        let mut c = Collector::new();
        let programme = c.take("programme", required_text(self.programme.as_deref(), TITLE_CHARS));
        let public = c.take(
            "kind",
            match optional(self.kind.as_deref()) {
                None | Some("public") => Ok(true),
                Some("private") => Ok(false),
                Some(other) => Err(i18n::said_with("invalid-project-funding-kind", &[("value", other.to_string())])),
            },
        );
        let amount = c.take("amount", required_amount(self.amount.as_deref(), currency));
        let rate = c.take("rate", optional(self.rate.as_deref()).map(crate::written::parse_percent).transpose());
        c.finish(|| {
            (programme.expect("checked"), public.expect("checked"), amount.expect("checked"), rate.expect("checked"))
        })
    }
}

/// A project's money, in minor units of the cluster's currency: what it costs, who pays what,
/// and what is still missing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Financing {
    /// The sum of the budget lines.
    pub budget: i64,
    /// The funding sources, public and private.
    pub public: i64,
    pub private: i64,
    /// What the participants bring, in money and in kind.
    pub money: i64,
    pub in_kind: i64,
    /// The budget the funding sources leave to the participants: `budget - public - private`, at
    /// least zero.
    pub own_contribution: i64,
    /// What neither the funding nor the participants cover: `own_contribution - money - in_kind`,
    /// at least zero.
    pub gap: i64,
    /// What the funding and the contributions bring beyond the budget.
    pub surplus: i64,
}

impl Financing {
    /// Sums a project's budget lines, funding sources (public or not, amount) and participants'
    /// contributions (money, in kind). Amounts are summed with overflow saturating, never
    /// wrapping.
    pub fn of(budget_lines: &[i64], sources: &[(bool, i64)], contributions: &[(i64, i64)]) -> Financing {
        let sum = |values: &mut dyn Iterator<Item = i64>| values.fold(0_i64, |a, b| a.saturating_add(b));
        let budget = sum(&mut budget_lines.iter().copied());
        let public = sum(&mut sources.iter().filter(|(p, _)| *p).map(|(_, a)| *a));
        let private = sum(&mut sources.iter().filter(|(p, _)| !*p).map(|(_, a)| *a));
        let money = sum(&mut contributions.iter().map(|(m, _)| *m));
        let in_kind = sum(&mut contributions.iter().map(|(_, k)| *k));
        let funding = public.saturating_add(private);
        let own_contribution = budget.saturating_sub(funding).max(0);
        let brought = money.saturating_add(in_kind);
        Financing {
            budget,
            public,
            private,
            money,
            in_kind,
            own_contribution,
            gap: own_contribution.saturating_sub(brought).max(0),
            surplus: funding.saturating_add(brought).saturating_sub(budget).max(0),
        }
    }

    pub fn funding(&self) -> i64 {
        self.public.saturating_add(self.private)
    }

    /// `part`'s share of the budget in basis points, rounded half up; `None` without a budget.
    pub fn share(&self, part: i64) -> Option<i64> {
        share_basis_points(part, self.budget)
    }
}

/// `part / whole` in basis points, rounded half up; `None` when `whole` is not above zero.
pub fn share_basis_points(part: i64, whole: i64) -> Option<i64> {
    if whole <= 0 {
        return None;
    }
    let scaled = i128::from(part) * 10_000;
    let whole = i128::from(whole);
    let rounded = (2 * scaled + whole) / (2 * whole);
    Some(rounded.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64)
}

/// A milestone: something due on a day, done or not.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Milestone {
    pub id: Uuid,
    pub title: String,
    pub due_on: NaiveDate,
    pub done_on: Option<NaiveDate>,
}

impl Milestone {
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.done_on.is_none() && self.due_on < today
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Outcome {
    pub id: Uuid,
    pub description: String,
    pub recorded_on: NaiveDate,
}

/// The four things an idea is scored on, each from 0 to 5.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IdeaScores {
    /// How well it serves the strategy's challenges.
    pub alignment: Option<i64>,
    /// How many members want it, how much.
    pub interest: Option<i64>,
    pub feasibility: Option<i64>,
    /// How well it fits a funding programme at hand.
    pub funding_fit: Option<i64>,
}

/// How much each criterion weighs in the score, each from 0 to 10 (the cluster sets them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IdeaWeights {
    pub alignment: i64,
    pub interest: i64,
    pub feasibility: i64,
    pub funding_fit: i64,
}

impl Default for IdeaWeights {
    /// Alignment and interest first: a project serves the strategy and its members.
    fn default() -> Self {
        IdeaWeights { alignment: 3, interest: 3, feasibility: 2, funding_fit: 2 }
    }
}

pub const SCORE_MAX: i64 = 5;
pub const WEIGHT_MAX: i64 = 10;

/// The criteria in the order of forms, with their labels.
pub const CRITERIA: [(&str, &str); 4] = [
    ("alignment", "Alignment with the strategy"),
    ("interest", "Member interest"),
    ("feasibility", "Feasibility"),
    ("funding_fit", "Funding fit"),
];

fn score_of(raw: Option<&str>, max: i64) -> Result<Option<i64>, String> {
    match optional(raw) {
        None => Ok(None),
        Some(s) => s.parse::<i64>().ok().filter(|n| (0..=max).contains(n)).map(Some).ok_or_else(|| {
            i18n::said_with("invalid-project-score", &[("value", s.to_string()), ("max", max.to_string())])
        }),
    }
}

/// The four criteria as typed in a form or sent to the API: a score (0 to 5) or a weight (0 to
/// 10) each.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CriteriaInput {
    pub alignment: Option<String>,
    pub interest: Option<String>,
    pub feasibility: Option<String>,
    pub funding_fit: Option<String>,
}

impl CriteriaInput {
    /// What was typed for a criterion, by its name ([`CRITERIA`]).
    pub fn get(&self, criterion: &str) -> Option<String> {
        match criterion {
            "alignment" => self.alignment.clone(),
            "interest" => self.interest.clone(),
            "feasibility" => self.feasibility.clone(),
            "funding_fit" => self.funding_fit.clone(),
            _ => None,
        }
    }

    pub fn scores(&self) -> Result<IdeaScores, Invalid> {
        IdeaScores::parse(|f| self.get(f))
    }

    pub fn weights(&self) -> Result<IdeaWeights, Invalid> {
        IdeaWeights::parse(|f| self.get(f))
    }
}

impl IdeaScores {
    /// Scores as typed, by criterion name ([`CRITERIA`]); empty ones are not scored yet.
    pub fn parse(raw: impl Fn(&str) -> Option<String>) -> Result<IdeaScores, Invalid> {
        let mut c = Collector::new();
        let mut take = |field: &str| c.take(field, score_of(raw(field).as_deref(), SCORE_MAX)).flatten();
        let scores = IdeaScores {
            alignment: take("alignment"),
            interest: take("interest"),
            feasibility: take("feasibility"),
            funding_fit: take("funding_fit"),
        };
        c.finish(|| scores)
    }

    /// The weighted score from 0 to 100, rounded half up; `None` until every criterion with a
    /// weight is scored, or when no criterion weighs anything.
    pub fn total(&self, w: &IdeaWeights) -> Option<i64> {
        let pairs = [
            (self.alignment, w.alignment),
            (self.interest, w.interest),
            (self.feasibility, w.feasibility),
            (self.funding_fit, w.funding_fit),
        ];
        let weight: i64 = pairs.iter().map(|(_, w)| w).sum();
        if weight == 0 || pairs.iter().any(|(s, w)| s.is_none() && *w > 0) {
            return None;
        }
        let points: i64 = pairs.iter().map(|(s, w)| s.unwrap_or(0) * w).sum();
        let whole = SCORE_MAX * weight;
        Some((points * 200 + whole) / (2 * whole))
    }
}

impl IdeaWeights {
    pub fn parse(raw: impl Fn(&str) -> Option<String>) -> Result<IdeaWeights, Invalid> {
        let mut c = Collector::new();
        let mut take = |field: &str| {
            c.take(field, score_of(raw(field).as_deref(), WEIGHT_MAX).and_then(|w| w.ok_or_else(required)))
        };
        let weights = (take("alignment"), take("interest"), take("feasibility"), take("funding_fit"));
        c.finish(|| IdeaWeights {
            alignment: weights.0.expect("checked"),
            interest: weights.1.expect("checked"),
            feasibility: weights.2.expect("checked"),
            funding_fit: weights.3.expect("checked"),
        })
    }
}

/// A project idea as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct IdeaInput {
    pub title: Option<String>,
    pub description: Option<String>,
    pub source: Option<String>,
    /// Which workshop, which meeting: in words.
    pub source_note: Option<String>,
}

/// What an idea is linked to, as chosen (each checked to be the cluster's).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IdeaLinks {
    pub organisation_id: Option<Uuid>,
    pub challenge_id: Option<Uuid>,
    pub interaction_id: Option<Uuid>,
    pub working_group_id: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IdeaFields {
    pub title: String,
    pub description: String,
    pub source: IdeaSource,
    pub source_note: String,
    pub links: IdeaLinks,
}

impl IdeaFields {
    /// The idea as its form shows it, to edit; its links travel beside it.
    pub fn to_input(&self) -> IdeaInput {
        IdeaInput {
            title: Some(self.title.clone()),
            description: Some(self.description.clone()),
            source: Some(self.source.code().to_string()),
            source_note: Some(self.source_note.clone()),
        }
    }
}

impl IdeaInput {
    /// An idea from an interview or an interaction names it; one from a working group names it.
    pub fn parse(&self, links: IdeaLinks) -> Result<IdeaFields, Invalid> {
        let mut c = Collector::new();
        let title = c.take("title", required_text(self.title.as_deref(), TITLE_CHARS));
        let description = c.take("description", optional_text(self.description.as_deref(), TEXT_CHARS));
        let source =
            c.take("source", optional(self.source.as_deref()).map_or(Ok(IdeaSource::Member), IdeaSource::parse));
        let source_note = c.take("source_note", optional_text(self.source_note.as_deref(), TITLE_CHARS));
        match source {
            Some(IdeaSource::Interview | IdeaSource::Interaction) if links.interaction_id.is_none() => {
                c.push("interaction_id", i18n::said("invalid-project-idea-interaction"));
            }
            Some(IdeaSource::WorkingGroup) if links.working_group_id.is_none() => {
                c.push("working_group_id", i18n::said("invalid-project-idea-working-group"));
            }
            Some(IdeaSource::Member) if links.organisation_id.is_none() => {
                c.push("organisation_id", i18n::said("invalid-project-idea-member"));
            }
            _ => {}
        }
        c.finish(|| IdeaFields {
            title: title.expect("checked"),
            description: description.expect("checked").unwrap_or_default(),
            source: source.expect("checked"),
            source_note: source_note.expect("checked").unwrap_or_default(),
            links,
        })
    }
}

/// A project idea with its scores, and the project it became.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Idea {
    pub id: Uuid,
    pub fields: IdeaFields,
    pub scores: IdeaScores,
    pub project_id: Option<Uuid>,
    pub organisation_name: Option<String>,
    pub challenge_title: Option<String>,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// Ranks ideas: by weighted score, highest first, unscored ones last; equal ones oldest first.
pub fn rank(ideas: &mut [Idea], weights: &IdeaWeights) {
    ideas.sort_by(|a, b| {
        let (sa, sb) = (a.scores.total(weights), b.scores.total(weights));
        sb.cmp(&sa).then(a.created_at.cmp(&b.created_at)).then(a.id.cmp(&b.id))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the amounts, the parts add up: funding and contributions cover the budget
        /// but for the gap, or beyond it by the surplus; nothing is below zero.
        #[test]
        fn the_parts_of_a_projects_money_add_up(
            lines in proptest::collection::vec(0_i64..10_000_000_000, 0..8),
            sources in proptest::collection::vec((any::<bool>(), 0_i64..10_000_000_000), 0..5),
            contributions in proptest::collection::vec((0_i64..1_000_000_000, 0_i64..1_000_000_000), 0..6),
        ) {
            let f = Financing::of(&lines, &sources, &contributions);
            prop_assert_eq!(f.budget, lines.iter().sum::<i64>());
            prop_assert!(f.gap >= 0 && f.surplus >= 0 && f.own_contribution >= 0);
            prop_assert!(f.gap == 0 || f.surplus == 0);
            prop_assert_eq!(f.funding() + f.money + f.in_kind + f.gap - f.surplus, f.budget);
            prop_assert_eq!(f.own_contribution, (f.budget - f.funding()).max(0));
            if let (Some(public), Some(private)) = (f.share(f.public), f.share(f.private)) {
                // Each share is rounded on its own: together within a basis point of the whole.
                let exact = (i128::from(f.funding()) * 10_000) as f64 / f.budget as f64;
                prop_assert!(((public + private) as f64 - exact).abs() <= 1.0);
            }
        }

        #[test]
        fn a_share_is_rounded_half_up_in_basis_points(part in 0_i64..1_000_000_000, whole in 1_i64..1_000_000_000) {
            let share = share_basis_points(part, whole).unwrap();
            let exact = i128::from(part) * 10_000;
            // share - 1/2 <= part/whole * 10000 < share + 1/2
            prop_assert!(2 * exact >= (2 * i128::from(share) - 1) * i128::from(whole));
            prop_assert!(2 * exact < (2 * i128::from(share) + 1) * i128::from(whole));
        }

        #[test]
        fn a_score_stays_between_0_and_100(
            scores in proptest::array::uniform4(0_i64..=5),
            weights in proptest::array::uniform4(0_i64..=10),
        ) {
            let s = IdeaScores { alignment: Some(scores[0]), interest: Some(scores[1]), feasibility: Some(scores[2]), funding_fit: Some(scores[3]) };
            let w = IdeaWeights { alignment: weights[0], interest: weights[1], feasibility: weights[2], funding_fit: weights[3] };
            match s.total(&w) {
                None => prop_assert_eq!(weights.iter().sum::<i64>(), 0),
                Some(t) => prop_assert!((0..=100).contains(&t)),
            }
        }
    }

    #[test]
    fn financing_in_a_worked_example() {
        // 100,000.00 of budget; 60,000.00 from a public programme, 10,000.00 from a bank;
        // participants bring 15,000.00 in money and 5,000.00 in kind: 10,000.00 missing.
        let f =
            Financing::of(&[7_000_000, 3_000_000], &[(true, 6_000_000), (false, 1_000_000)], &[(1_500_000, 500_000)]);
        assert_eq!((f.budget, f.own_contribution, f.gap, f.surplus), (10_000_000, 3_000_000, 1_000_000, 0));
        assert_eq!((f.share(f.public), f.share(f.private)), (Some(6_000), Some(1_000)));
        assert_eq!(share_basis_points(1, 3), Some(3_333));
        assert_eq!(share_basis_points(2, 3), Some(6_667));
        assert_eq!(share_basis_points(1, 0), None);
    }

    #[test]
    fn scores_weigh_what_the_cluster_says() {
        let s = IdeaScores { alignment: Some(5), interest: Some(4), feasibility: Some(2), funding_fit: None };
        assert_eq!(s.total(&IdeaWeights::default()), None, "funding fit weighs and is not scored");
        let w = IdeaWeights { funding_fit: 0, ..IdeaWeights::default() };
        // (5*3 + 4*3 + 2*2) / (5 * 8) = 31/40 = 77.5 % → 78
        assert_eq!(s.total(&w), Some(78));
        let err = IdeaScores::parse(|f| (f == "interest").then(|| "7".to_string())).unwrap_err();
        assert!(err.message_for("interest").unwrap().contains("from 0 to 5"));
    }

    #[test]
    fn an_idea_names_where_it_came_from() {
        let input = IdeaInput {
            title: Some("Shared test bench".into()),
            source: Some("interview".into()),
            ..Default::default()
        };
        assert!(input.parse(IdeaLinks::default()).unwrap_err().message_for("interaction_id").is_some());
        let links = IdeaLinks { interaction_id: Some(Uuid::nil()), ..Default::default() };
        assert_eq!(input.parse(links).unwrap().source, IdeaSource::Interview);
    }
}
