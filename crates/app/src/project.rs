//! Project ideas and projects: ideas captured from members, interviews, working groups and
//! workshops, scored with the cluster's weights and taken forward; projects that serve the
//! strategy's challenges, moved across the stages, with their participants, money, milestones and
//! outcomes; and the portfolio they make.

use std::collections::HashMap;

use domain::id::Uuid;
use domain::project::{
    BudgetLineInput, Financing, FundingInput, Idea, IdeaInput, IdeaLinks, IdeaScores, IdeaWeights, Participant,
    ParticipantInput, ParticipantOf, Project, ProjectArea, ProjectInput, ProjectScope, ProjectStage, StageChange,
};
use store::project::{ProjectMoney, ProjectPart};

/// The parts of a project that can be removed one by one.
pub use store::project::ProjectPart as Part;

use crate::auth::{Allows, Edit, Manage, Read};
use crate::{App, Error};

/// The cluster's ideas, ranked by their weighted score, with the weights.
pub async fn ideas(app: &App, scope: &impl Allows<Read>) -> Result<(Vec<Idea>, IdeaWeights), Error> {
    let scope = scope.checked()?;
    let weights = store::project::idea_weights(&app.db, scope).await?;
    let mut all = store::project::ideas(&app.db, scope).await?;
    domain::project::rank(&mut all, &weights);
    Ok((all, weights))
}

pub async fn idea(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<Idea, Error> {
    let scope = scope.checked()?;
    store::project::get_idea(&app.db, scope, id).await?.ok_or(Error::NotFound("idea"))
}

/// Records an idea, linked to what it came from (each must be the cluster's).
pub async fn add_idea(
    app: &App,
    scope: &impl Allows<Edit>,
    input: &IdeaInput,
    links: IdeaLinks,
    by: &str,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let fields = input.parse(links)?;
    if let Some(organisation) = links.organisation_id {
        current_organisation(app, scope, organisation).await?;
    }
    store::project::insert_idea(&app.db, scope, &fields, by)
        .await?
        .ok_or(Error::NotFound("organisation, challenge, interaction or working group"))
}

pub async fn update_idea(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    input: &IdeaInput,
    links: IdeaLinks,
) -> Result<(), Error> {
    let scope = scope.checked()?;
    store::project::get_idea(&app.db, scope, id).await?.ok_or(Error::NotFound("idea"))?;
    let fields = input.parse(links)?;
    match store::project::update_idea(&app.db, scope, id, &fields).await? {
        Some(true) => Ok(()),
        Some(false) => Err(Error::NotFound("idea")),
        None => Err(Error::NotFound("organisation, challenge, interaction or working group")),
    }
}

pub async fn score_idea(app: &App, scope: &impl Allows<Edit>, id: Uuid, scores: &IdeaScores) -> Result<(), Error> {
    let scope = scope.checked()?;
    if !store::project::score_idea(&app.db, scope, id, scores).await? {
        return Err(Error::NotFound("idea"));
    }
    Ok(())
}

/// Sets how much each criterion weighs in the ideas' scores.
pub async fn set_weights(app: &App, scope: &impl Allows<Manage>, weights: &IdeaWeights) -> Result<(), Error> {
    let scope = scope.checked()?;
    if weights.alignment + weights.interest + weights.feasibility + weights.funding_fit == 0 {
        return Err(domain::Invalid::one("alignment", i18n::said("invalid-app-project-weights-zero")).into());
    }
    Ok(store::project::set_idea_weights(&app.db, scope, weights).await?)
}

/// Takes an idea forward in one step: a project at the definition stage with the idea's title,
/// description and challenge, the proposing organisation as a partner, and the link kept both
/// ways. An idea becomes a project once, even when two requests promote it at once.
pub async fn promote(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    area: ProjectArea,
    by: &str,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let mut tx = app.begin().await?;
    let idea = store::project::get_idea(&mut tx, scope, id).await?.ok_or(Error::NotFound("idea"))?;
    if idea.project_id.is_some() {
        return Err(Error::BadRequest(i18n::said("invalid-app-project-idea-promoted-already")));
    }
    let fields = domain::project::ProjectFields {
        title: idea.fields.title.clone(),
        summary: idea.fields.description.clone(),
        scope: ProjectScope::Collective,
        area,
        starts_on: None,
        ends_on: None,
    };
    let challenges: Vec<Uuid> = idea.fields.links.challenge_id.into_iter().collect();
    let project = store::project::insert_project(&mut tx, scope, &fields, ProjectStage::Definition, &challenges, by)
        .await?
        .ok_or(Error::NotFound("challenge"))?;
    if !store::project::link_idea(&mut tx, scope, id, project).await? {
        return Err(Error::conflict("idea", i18n::said("invalid-app-project-idea-promoted-meanwhile")));
    }
    if let Some(organisation) = idea.fields.links.organisation_id {
        let participant = domain::project::ParticipantFields {
            of: ParticipantOf::Organisation { organisation_id: organisation },
            role: domain::project::ParticipantRole::Partner,
            money_minor: 0,
            in_kind_minor: 0,
        };
        store::project::insert_participant_in(&mut tx, scope, project, &participant)
            .await?
            .ok_or(Error::NotFound("organisation"))?;
    }
    tx.commit().await?;
    Ok(project)
}

/// Records a project at the idea stage (or another, for one that exists already), serving the
/// given challenges.
pub async fn create(
    app: &App,
    scope: &impl Allows<Edit>,
    input: &ProjectInput,
    stage: ProjectStage,
    challenges: &[Uuid],
    by: &str,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let fields = input.parse()?;
    let mut tx = app.begin().await?;
    let id = store::project::insert_project(&mut tx, scope, &fields, stage, &dedup(challenges), by)
        .await?
        .ok_or(Error::NotFound("challenge"))?;
    tx.commit().await?;
    Ok(id)
}

fn dedup(ids: &[Uuid]) -> Vec<Uuid> {
    let mut ids = ids.to_vec();
    ids.sort();
    ids.dedup();
    ids
}

pub async fn update(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    input: &ProjectInput,
    challenges: &[Uuid],
) -> Result<(), Error> {
    let scope = scope.checked()?;
    let mut tx = app.begin().await?;
    store::project::lock_project(&mut tx, scope, id).await?.ok_or(Error::NotFound("project"))?;
    let fields = input.parse()?;
    store::project::update_project(&mut tx, scope, id, &fields, &dedup(challenges))
        .await?
        .ok_or(Error::NotFound("challenge"))?;
    tx.commit().await?;
    Ok(())
}

/// Moves a project to another stage of the board and records the move.
pub async fn move_to(app: &App, scope: &impl Allows<Edit>, id: Uuid, to: ProjectStage, by: &str) -> Result<(), Error> {
    let scope = scope.checked()?;
    let mut tx = app.begin().await?;
    let project = store::project::lock_project(&mut tx, scope, id).await?.ok_or(Error::NotFound("project"))?;
    if project.stage == to {
        return Err(Error::BadRequest(i18n::said_with(
            "invalid-app-project-at-stage-already",
            &[("stage", to.in_sentence())],
        )));
    }
    store::project::set_stage(&mut tx, scope, id, project.stage, to, by).await?;
    tx.commit().await?;
    Ok(())
}

/// A project with everything it holds, and its financing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectView {
    pub project: Project,
    pub challenges: Vec<(Uuid, String)>,
    pub participants: Vec<Participant>,
    pub budget_lines: Vec<domain::project::BudgetLine>,
    pub funding: Vec<domain::project::FundingSource>,
    pub milestones: Vec<domain::project::Milestone>,
    pub outcomes: Vec<domain::project::Outcome>,
    pub financing: Financing,
    pub history: Vec<StageChange>,
    pub idea: Option<Idea>,
}

fn financing_of(participants: &[Participant], money: &ProjectMoney, project: Uuid) -> Financing {
    let lines: Vec<i64> =
        money.budget_lines.get(&project).map_or(Vec::new(), |l| l.iter().map(|l| l.amount_minor).collect());
    let sources: Vec<(bool, i64)> =
        money.funding.get(&project).map_or(Vec::new(), |f| f.iter().map(|f| (f.public, f.amount_minor)).collect());
    let contributions: Vec<(i64, i64)> =
        participants.iter().map(|p| (p.fields.money_minor, p.fields.in_kind_minor)).collect();
    Financing::of(&lines, &sources, &contributions)
}

pub async fn get(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<ProjectView, Error> {
    let scope = scope.checked()?;
    let project = store::project::get_project(&app.db, scope, id).await?.ok_or(Error::NotFound("project"))?;
    let challenges = store::strategy::challenges(&app.db, scope, None).await?;
    let participants = store::project::participants(&app.db, scope, Some(id)).await?.remove(&id).unwrap_or_default();
    let mut money = store::project::project_parts(&app.db, scope, Some(id)).await?;
    let financing = financing_of(&participants, &money, id);
    Ok(ProjectView {
        challenges: challenges
            .into_iter()
            .filter(|c| project.challenge_ids.contains(&c.id))
            .map(|c| (c.id, c.fields.title))
            .collect(),
        participants,
        budget_lines: money.budget_lines.remove(&id).unwrap_or_default(),
        funding: money.funding.remove(&id).unwrap_or_default(),
        milestones: money.milestones.remove(&id).unwrap_or_default(),
        outcomes: money.outcomes.remove(&id).unwrap_or_default(),
        financing,
        history: store::project::stage_history(&app.db, scope, id).await?,
        idea: store::project::idea_of_project(&app.db, scope, id).await?,
        project,
    })
}

/// One of the cluster's organisations, a partner cluster of the network, or an outside
/// organisation, as chosen in a form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Who {
    pub organisation_id: Option<Uuid>,
    pub partner_cluster_id: Option<Uuid>,
    pub outside_name: Option<String>,
    pub outside_country: Option<String>,
}

/// Fails with not found unless the cluster has the project: checked before what was typed, so
/// that another cluster's project is not found whatever the form holds.
pub async fn check(app: &App, scope: &impl Allows<Read>, project: Uuid) -> Result<(), Error> {
    let scope = scope.checked()?;
    store::project::get_project(&app.db, scope, project).await?.ok_or(Error::NotFound("project")).map(|_| ())
}

/// Fails unless the organisation is the cluster's and current (not archived, not merged into
/// another): new records go to the organisation as it is now.
pub(crate) async fn current_organisation(app: &App, scope: &store::ClusterScope, id: Uuid) -> Result<(), Error> {
    let found = store::organisation::get(&app.db, scope, id).await?.ok_or(Error::NotFound("organisation"))?;
    if found.archived_at.is_some() {
        return Err(Error::BadRequest(i18n::said_with(
            "invalid-app-project-organisation-archived",
            &[("name", found.fields.name.clone())],
        )));
    }
    Ok(())
}

/// The other clusters of the network, which may take part in inter-cluster projects: `(id,
/// name)`.
pub async fn partner_clusters(app: &App, scope: &impl Allows<Read>) -> Result<Vec<(Uuid, String)>, Error> {
    let scope = scope.checked()?;
    Ok(store::cluster::network_partners(&app.db, scope).await?.into_iter().map(|(id, name, _)| (id, name)).collect())
}

/// Adds a participant. A partner cluster must be another cluster of the network; an outside
/// organisation needs its name and country.
pub async fn add_participant(
    app: &App,
    scope: &impl Allows<Edit>,
    project: Uuid,
    who: &Who,
    input: &ParticipantInput,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    check(app, scope, project).await?;
    let of = match who {
        Who { organisation_id: Some(o), partner_cluster_id: None, .. } => {
            current_organisation(app, scope, *o).await?;
            ParticipantOf::Organisation { organisation_id: *o }
        }
        Who { organisation_id: None, partner_cluster_id: Some(c), .. } => {
            let partners = store::cluster::network_partners(&app.db, scope).await?;
            if !partners.iter().any(|(id, _, _)| id == c) {
                return Err(Error::NotFound("partner cluster"));
            }
            ParticipantOf::PartnerCluster { cluster_id: *c }
        }
        Who { organisation_id: None, partner_cluster_id: None, outside_name, outside_country } => {
            let mut c = domain::validation::Collector::new();
            let name = c.take("outside_name", domain::validation::required_text(outside_name.as_deref(), 200));
            let country = c.take(
                "outside_country",
                domain::validation::optional(outside_country.as_deref())
                    .ok_or_else(|| i18n::said("invalid-validation-required"))
                    .and_then(domain::country::Country::parse),
            );
            c.finish(|| ParticipantOf::Outside { name: name.expect("checked"), country: country.expect("checked") })?
        }
        _ => {
            return Err(
                domain::Invalid::one("organisation_id", i18n::said("invalid-app-project-participant-one-of")).into()
            );
        }
    };
    let fields = input.parse(of, scope.cluster().base_currency)?;
    store::project::insert_participant(&app.db, scope, project, &fields)
        .await?
        .ok_or(Error::NotFound("project or organisation"))
}

pub async fn add_budget_line(
    app: &App,
    scope: &impl Allows<Edit>,
    project: Uuid,
    input: &BudgetLineInput,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    check(app, scope, project).await?;
    let (category, description, amount) = input.parse(scope.cluster().base_currency)?;
    store::project::insert_budget_line(&app.db, scope, project, category, &description, amount)
        .await?
        .ok_or(Error::NotFound("project"))
}

pub async fn add_funding(
    app: &App,
    scope: &impl Allows<Edit>,
    project: Uuid,
    input: &FundingInput,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    check(app, scope, project).await?;
    let (programme, public, amount, rate) = input.parse(scope.cluster().base_currency)?;
    store::project::insert_funding(&app.db, scope, project, &programme, public, amount, rate)
        .await?
        .ok_or(Error::NotFound("project"))
}

pub async fn add_milestone(
    app: &App,
    scope: &impl Allows<Edit>,
    project: Uuid,
    title: &str,
    due_on: &str,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    check(app, scope, project).await?;
    let mut c = domain::validation::Collector::new();
    let title = c.take("title", domain::validation::required_text(Some(title), 200));
    let due_on = c.take(
        "due_on",
        domain::validation::optional(Some(due_on))
            .ok_or_else(|| i18n::said("invalid-validation-required"))
            .and_then(domain::interaction::parse_day),
    );
    let (title, due_on) = c.finish(|| (title.expect("checked"), due_on.expect("checked")))?;
    store::project::insert_milestone(&app.db, scope, project, &title, due_on).await?.ok_or(Error::NotFound("project"))
}

/// The milestones not done whose day is on or before `by`, earliest first, of the projects still
/// under way: each with its project's id and title.
pub async fn milestones_due(
    app: &App,
    scope: &impl Allows<Read>,
    by: chrono::NaiveDate,
) -> Result<Vec<(Uuid, String, domain::project::Milestone)>, Error> {
    let scope = scope.checked()?;
    let projects = store::project::projects(&app.db, scope).await?;
    let mut parts = store::project::project_parts(&app.db, scope, None).await?;
    let mut due: Vec<(Uuid, String, domain::project::Milestone)> = projects
        .into_iter()
        .filter(|p| p.stage.is_open())
        .flat_map(|p| {
            let milestones = parts.milestones.remove(&p.id).unwrap_or_default();
            milestones
                .into_iter()
                .filter(|m| m.done_on.is_none() && m.due_on <= by)
                .map(move |m| (p.id, p.fields.title.clone(), m))
        })
        .collect();
    due.sort_by(|a, b| a.2.due_on.cmp(&b.2.due_on).then_with(|| a.1.cmp(&b.1)));
    Ok(due)
}

/// Marks a milestone done today, or not done.
pub async fn milestone_done(
    app: &App,
    scope: &impl Allows<Edit>,
    project: Uuid,
    id: Uuid,
    done: bool,
) -> Result<(), Error> {
    let scope = scope.checked()?;
    let day = done.then(|| app.today(scope));
    if !store::project::set_milestone_done(&app.db, scope, project, id, day).await? {
        return Err(Error::NotFound("milestone"));
    }
    Ok(())
}

pub async fn add_outcome(
    app: &App,
    scope: &impl Allows<Edit>,
    project: Uuid,
    description: &str,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    check(app, scope, project).await?;
    let description = domain::validation::required_text(Some(description), domain::strategy::TEXT_CHARS)
        .map_err(|m| domain::Invalid::one("description", m))?;
    store::project::insert_outcome(&app.db, scope, project, &description, app.today(scope))
        .await?
        .ok_or(Error::NotFound("project"))
}

/// Removes a participant, budget line, funding source, milestone or outcome of a project.
pub async fn remove(
    app: &App,
    scope: &impl Allows<Edit>,
    part: ProjectPart,
    project: Uuid,
    id: Uuid,
) -> Result<(), Error> {
    let scope = scope.checked()?;
    if !store::project::delete_part(&app.db, scope, part, project, id).await? {
        return Err(Error::NotFound("project part"));
    }
    Ok(())
}

/// A project in a list: its stage, challenges, money and participants at a glance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectItem {
    pub project: Project,
    pub financing: Financing,
    pub participants: Vec<Participant>,
    /// Milestones past their day and not done.
    pub overdue_milestones: usize,
}

/// Every project of the cluster with its money and participants (a fixed number of statements).
pub async fn list(app: &App, scope: &impl Allows<Read>) -> Result<Vec<ProjectItem>, Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let projects = store::project::projects(&app.db, scope).await?;
    let mut participants = store::project::participants(&app.db, scope, None).await?;
    let money = store::project::project_parts(&app.db, scope, None).await?;
    Ok(projects
        .into_iter()
        .map(|project| {
            let participants = participants.remove(&project.id).unwrap_or_default();
            ProjectItem {
                financing: financing_of(&participants, &money, project.id),
                overdue_milestones: money
                    .milestones
                    .get(&project.id)
                    .map_or(0, |m| m.iter().filter(|m| m.is_overdue(today)).count()),
                participants,
                project,
            }
        })
        .collect())
}

/// A count with money, for a group of projects.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProjectGroup {
    /// The group's code (a stage, an area, a challenge's id), and its name.
    pub key: String,
    pub label: String,
    pub projects: usize,
    /// Budgets of the group's projects, in minor units.
    pub budget_minor: i64,
    /// Funding of those funded, running or completed, public and private, in minor units.
    pub public_funding_minor: i64,
    pub private_funding_minor: i64,
}

/// The portfolio: the projects by challenge, stage and area, the money they mobilise, who takes
/// part, inter-cluster projects, and the challenges no project serves.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Portfolio {
    pub projects: usize,
    /// Projects not abandoned.
    pub by_stage: Vec<ProjectGroup>,
    pub by_area: Vec<ProjectGroup>,
    /// Current challenges of the strategies, with the projects (not abandoned) that serve them.
    pub by_challenge: Vec<ProjectGroup>,
    /// Projects (not abandoned) that serve no challenge.
    pub serving_no_challenge: usize,
    /// The budget of the projects not abandoned, and the funding raised by those funded, running
    /// or completed, in minor units.
    pub budget_minor: i64,
    pub public_funding_minor: i64,
    pub private_funding_minor: i64,
    /// Member organisations (members today) that take part in a project not abandoned, and how
    /// many of those are SMEs.
    pub members_taking_part: usize,
    pub smes_taking_part: usize,
    /// The SMEs' share of the members taking part whose size is known, in whole percent.
    pub sme_percent: Option<i64>,
    /// Projects with a partner cluster of the network or the inter-cluster area.
    pub inter_cluster: usize,
    /// The strategy's blind spots: current challenges served by no project.
    pub challenges_without_project: Vec<String>,
}

fn add_to(group: &mut ProjectGroup, item: &ProjectItem) {
    group.projects += 1;
    group.budget_minor = group.budget_minor.saturating_add(item.financing.budget);
    if item.project.stage.is_funded() {
        group.public_funding_minor = group.public_funding_minor.saturating_add(item.financing.public);
        group.private_funding_minor = group.private_funding_minor.saturating_add(item.financing.private);
    }
}

/// Builds the portfolio from the projects, the challenges of the current strategy, and the
/// organisations that are members.
pub fn portfolio_of(
    items: &[ProjectItem],
    challenges: &[domain::strategy::Challenge],
    members: &std::collections::HashSet<Uuid>,
) -> Portfolio {
    let live: Vec<&ProjectItem> = items.iter().filter(|i| i.project.stage != ProjectStage::Abandoned).collect();
    let group = |key: &str, label: &str| ProjectGroup { key: key.into(), label: label.into(), ..Default::default() };
    let mut total = group("", "");
    let mut by_stage: Vec<ProjectGroup> = ProjectStage::ALL
        .iter()
        .filter(|s| **s != ProjectStage::Abandoned)
        .map(|s| group(s.code(), s.label()))
        .collect();
    let mut by_area: Vec<ProjectGroup> = ProjectArea::ALL.iter().map(|a| group(a.code(), a.label())).collect();
    let current: Vec<&domain::strategy::Challenge> = challenges.iter().filter(|c| c.is_current()).collect();
    let mut by_challenge: Vec<ProjectGroup> =
        current.iter().map(|c| group(&c.id.to_string(), &c.fields.title)).collect();
    let mut taking_part: HashMap<Uuid, Option<bool>> = HashMap::new();
    let mut inter_cluster = 0;
    for item in &live {
        add_to(&mut total, item);
        if let Some(g) = by_stage.iter_mut().find(|g| g.key == item.project.stage.code()) {
            add_to(g, item);
        }
        if let Some(g) = by_area.iter_mut().find(|g| g.key == item.project.fields.area.code()) {
            add_to(g, item);
        }
        for (c, g) in current.iter().zip(by_challenge.iter_mut()) {
            if item.project.challenge_ids.contains(&c.id) {
                add_to(g, item);
            }
        }
        for p in &item.participants {
            if let ParticipantOf::Organisation { organisation_id: o } = &p.fields.of
                && members.contains(o)
            {
                taking_part.insert(*o, p.sme);
            }
        }
        let with_partner =
            item.participants.iter().any(|p| matches!(p.fields.of, ParticipantOf::PartnerCluster { .. }));
        if with_partner || item.project.fields.area == ProjectArea::InterCluster {
            inter_cluster += 1;
        }
    }
    let smes = taking_part.values().filter(|sme| **sme == Some(true)).count() as i64;
    let known = taking_part.values().filter(|sme| sme.is_some()).count() as i64;
    Portfolio {
        projects: live.len(),
        serving_no_challenge: live.iter().filter(|i| i.project.serves_no_challenge()).count(),
        challenges_without_project: by_challenge.iter().filter(|g| g.projects == 0).map(|g| g.label.clone()).collect(),
        by_stage,
        by_area,
        by_challenge,
        budget_minor: total.budget_minor,
        public_funding_minor: total.public_funding_minor,
        private_funding_minor: total.private_funding_minor,
        members_taking_part: taking_part.len(),
        smes_taking_part: smes as usize,
        sme_percent: (known > 0).then(|| (smes * 200 + known) / (2 * known)),
        inter_cluster,
    }
}

pub async fn portfolio(app: &App, scope: &impl Allows<Read>) -> Result<Portfolio, Error> {
    let items = list(app, scope).await?;
    let scope = scope.checked()?;
    let current = store::strategy::strategies(&app.db, scope).await?.first().map(|s| s.id);
    let challenges = match current {
        Some(strategy) => store::strategy::challenges(&app.db, scope, Some(strategy)).await?,
        None => Vec::new(),
    };
    let members = crate::membership::members(app, scope)
        .await?
        .into_iter()
        .filter(|m| m.standing.status.is_member())
        .map(|m| m.membership.organisation_id)
        .collect();
    Ok(portfolio_of(&items, &challenges, &members))
}

/// The projects an organisation takes part in (not abandoned), for its page and its engagement.
pub async fn of_organisation(
    app: &App,
    scope: &impl Allows<Read>,
    organisation: Uuid,
) -> Result<Vec<ProjectItem>, Error> {
    Ok(list(app, scope)
        .await?
        .into_iter()
        .filter(|i| i.project.stage != ProjectStage::Abandoned)
        .filter(|i| {
            i.participants.iter().any(|p| p.fields.of == ParticipantOf::Organisation { organisation_id: organisation })
        })
        .collect())
}

/// The columns of the projects export.
pub const PROJECT_COLUMNS: [&str; 16] = [
    "title",
    "stage",
    "scope",
    "area",
    "starts_on",
    "ends_on",
    "challenges",
    "serves_a_challenge",
    "participants",
    "budget",
    "public_funding",
    "private_funding",
    "own_contribution",
    "funding_gap",
    "overdue_milestones",
    "currency",
];

/// Every project with its challenges and money, for a spreadsheet.
pub async fn projects_table(app: &App, scope: &impl Allows<Read>) -> Result<crate::table::Table, Error> {
    use crate::table::Value::{Count, Money, Text};
    let items = list(app, scope).await?;
    let scope = scope.checked()?;
    let currency = scope.cluster().base_currency;
    let challenges = store::strategy::challenges(&app.db, scope, None).await?;
    let date = |d: Option<chrono::NaiveDate>| Text(d.map(|d| d.to_string()).unwrap_or_default());
    let rows = items
        .iter()
        .map(|i| {
            let p = &i.project;
            let names: Vec<&str> = challenges
                .iter()
                .filter(|c| p.challenge_ids.contains(&c.id))
                .map(|c| c.fields.title.as_str())
                .collect();
            let f = &i.financing;
            vec![
                Text(p.fields.title.clone()),
                Text(p.stage.code().into()),
                Text(p.fields.scope.code().into()),
                Text(p.fields.area.code().into()),
                date(p.fields.starts_on),
                date(p.fields.ends_on),
                Text(names.join("; ")),
                Text(if p.serves_no_challenge() { "no" } else { "yes" }.into()),
                Text(i.participants.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join("; ")),
                Money(f.budget, currency),
                Money(f.public, currency),
                Money(f.private, currency),
                Money(f.own_contribution, currency),
                Money(f.gap, currency),
                Count(i.overdue_milestones as i64),
                Text(currency.code().into()),
            ]
        })
        .collect();
    Ok(crate::table::Table::of_rows("Projects", PROJECT_COLUMNS.iter().map(|c| c.to_string()).collect(), rows))
}

/// The columns of the ideas export.
pub const IDEA_COLUMNS: [&str; 12] = [
    "rank",
    "title",
    "score",
    "alignment",
    "interest",
    "feasibility",
    "funding_fit",
    "source",
    "source_note",
    "organisation",
    "challenge",
    "became_a_project",
];

/// The ideas, ranked, for a spreadsheet.
pub async fn ideas_table(app: &App, scope: &impl Allows<Read>) -> Result<crate::table::Table, Error> {
    use crate::table::Value::{Count, Text};
    let (all, weights) = ideas(app, scope).await?;
    let score = |s: Option<i64>| s.map_or(Text(String::new()), Count);
    let rows = all
        .iter()
        .enumerate()
        .map(|(n, i)| {
            vec![
                Count(n as i64 + 1),
                Text(i.fields.title.clone()),
                score(i.scores.total(&weights)),
                score(i.scores.alignment),
                score(i.scores.interest),
                score(i.scores.feasibility),
                score(i.scores.funding_fit),
                Text(i.fields.source.code().into()),
                Text(i.fields.source_note.clone()),
                Text(i.organisation_name.clone().unwrap_or_default()),
                Text(i.challenge_title.clone().unwrap_or_default()),
                Text(if i.project_id.is_some() { "yes" } else { "no" }.into()),
            ]
        })
        .collect();
    Ok(crate::table::Table::of_rows("Ideas", IDEA_COLUMNS.iter().map(|c| c.to_string()).collect(), rows))
}
