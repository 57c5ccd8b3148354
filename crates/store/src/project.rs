//! Projects of one cluster with their challenges, stage history, participants, budget lines,
//! funding sources, milestones and outcomes; and project ideas with their scores.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use domain::id::{Uuid, new_id};
use domain::project::{
    BudgetCategory, BudgetLine, FundingSource, Idea, IdeaFields, IdeaLinks, IdeaScores, IdeaSource, IdeaWeights,
    Milestone, Outcome, Participant, ParticipantFields, ParticipantOf, ParticipantRole, Project, ProjectArea,
    ProjectFields, ProjectScope, ProjectStage, StageChange,
};

use crate::db::{Source, Tx, dispatch, reading, within};
use crate::{ClusterScope, Db, StoreError, now};

/// Maps a foreign-key violation (something named is not the cluster's) to `None`.
fn unless_foreign<T>(result: Result<T, sqlx::Error>) -> Result<Option<T>, StoreError> {
    match result {
        Ok(v) => Ok(Some(v)),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Ok(None),
        Err(e) => Err(e.into()),
    }
}

#[derive(sqlx::FromRow)]
struct ProjectRow {
    id: Uuid,
    title: String,
    summary: String,
    scope: String,
    area: String,
    stage: String,
    starts_on: Option<NaiveDate>,
    ends_on: Option<NaiveDate>,
    created_at: DateTime<Utc>,
}

impl ProjectRow {
    fn into_project(self, challenge_ids: Vec<Uuid>) -> Result<Project, StoreError> {
        Ok(Project {
            id: self.id,
            fields: ProjectFields {
                title: self.title,
                summary: self.summary,
                scope: ProjectScope::parse(&self.scope).map_err(StoreError::corrupt)?,
                area: ProjectArea::parse(&self.area).map_err(StoreError::corrupt)?,
                starts_on: self.starts_on,
                ends_on: self.ends_on,
            },
            stage: ProjectStage::parse(&self.stage).map_err(StoreError::corrupt)?,
            challenge_ids,
            created_at: self.created_at,
        })
    }
}

const PROJECT_COLUMNS: &str = "id, title, summary, scope, area, stage, starts_on, ends_on, created_at";

/// Links a project to exactly these challenges, inside the unit of work.
async fn write_challenges(tx: &mut Tx, scope: &ClusterScope, project: Uuid, ids: &[Uuid]) -> Result<(), sqlx::Error> {
    within!(tx, c => {
        sqlx::query("DELETE FROM project_challenges WHERE cluster_id = $1 AND project_id = $2")
            .bind(scope.cluster_id()).bind(project).execute(&mut *c).await?;
        for id in ids {
            sqlx::query("INSERT INTO project_challenges (cluster_id, project_id, challenge_id) VALUES ($1, $2, $3)")
                .bind(scope.cluster_id()).bind(project).bind(id).execute(&mut *c).await?;
        }
    });
    Ok(())
}

async fn record_stage(
    tx: &mut Tx,
    scope: &ClusterScope,
    project: Uuid,
    from: Option<ProjectStage>,
    to: ProjectStage,
    by: &str,
    at: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    within!(tx, c => sqlx::query(
        "INSERT INTO project_stage_changes (cluster_id, id, project_id, from_stage, to_stage, changed_by, changed_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(scope.cluster_id()).bind(new_id()).bind(project).bind(from.map(ProjectStage::code)).bind(to.code())
        .bind(by).bind(at).execute(&mut *c).await.map(|_| ()))
}

/// Records a project at `stage`, serving `challenge_ids`, inside the unit of work; `None`
/// (the unit to be dropped) when a challenge is not the cluster's.
pub async fn insert_project(
    tx: &mut Tx,
    scope: &ClusterScope,
    f: &ProjectFields,
    stage: ProjectStage,
    challenge_ids: &[Uuid],
    by: &str,
) -> Result<Option<Uuid>, StoreError> {
    let (id, at) = (new_id(), now());
    within!(tx, c => sqlx::query(
        "INSERT INTO projects (cluster_id, id, title, summary, scope, area, stage, starts_on, ends_on, created_by, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)")
        .bind(scope.cluster_id()).bind(id).bind(&f.title).bind(&f.summary).bind(f.scope.code()).bind(f.area.code())
        .bind(stage.code()).bind(f.starts_on).bind(f.ends_on).bind(by).bind(at).execute(&mut *c).await.map(|_| ()))?;
    record_stage(tx, scope, id, None, stage, by, at).await?;
    Ok(unless_foreign(write_challenges(tx, scope, id, challenge_ids).await)?.map(|()| id))
}

/// Rewrites a project's fields and challenges inside the unit that locked it; `None` when a
/// challenge is not the cluster's.
pub async fn update_project(
    tx: &mut Tx,
    scope: &ClusterScope,
    id: Uuid,
    f: &ProjectFields,
    challenge_ids: &[Uuid],
) -> Result<Option<()>, StoreError> {
    within!(tx, c => sqlx::query(
        "UPDATE projects SET title = $3, summary = $4, scope = $5, area = $6, starts_on = $7, ends_on = $8, \
         updated_at = $9 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(&f.title).bind(&f.summary).bind(f.scope.code()).bind(f.area.code())
        .bind(f.starts_on).bind(f.ends_on).bind(now()).execute(&mut *c).await.map(|_| ()))?;
    unless_foreign(write_challenges(tx, scope, id, challenge_ids).await)
}

/// Moves a project to `to` inside the unit that locked it, and records the move.
pub async fn set_stage(
    tx: &mut Tx,
    scope: &ClusterScope,
    id: Uuid,
    from: ProjectStage,
    to: ProjectStage,
    by: &str,
) -> Result<(), StoreError> {
    let at = now();
    within!(tx, c => sqlx::query("UPDATE projects SET stage = $3, updated_at = $4 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(to.code()).bind(at).execute(&mut *c).await.map(|_| ()))?;
    record_stage(tx, scope, id, Some(from), to, by, at).await?;
    Ok(())
}

/// Every project's challenges, by project.
async fn challenge_links(
    source: Source<'_>,
    scope: &ClusterScope,
    project: Option<Uuid>,
) -> Result<HashMap<Uuid, Vec<Uuid>>, StoreError> {
    let rows: Vec<(Uuid, Uuid)> = reading!(source, c => sqlx::query_as(
        "SELECT project_id, challenge_id FROM project_challenges WHERE cluster_id = $1 \
         AND ($2 IS NULL OR project_id = $2)")
        .bind(scope.cluster_id()).bind(project).fetch_all(c).await)?;
    let mut by_project: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for (project, challenge) in rows {
        by_project.entry(project).or_default().push(challenge);
    }
    Ok(by_project)
}

/// The cluster's projects, newest first, each with its challenges (two statements).
pub async fn projects(source: impl Into<Source<'_>>, scope: &ClusterScope) -> Result<Vec<Project>, StoreError> {
    let mut source = source.into();
    let sql = format!("SELECT {PROJECT_COLUMNS} FROM projects WHERE cluster_id = $1 ORDER BY created_at DESC, id");
    let rows: Vec<ProjectRow> =
        reading!(source.again(), c => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(c).await)?;
    let mut links = challenge_links(source, scope, None).await?;
    rows.into_iter()
        .map(|r| {
            let ids = links.remove(&r.id).unwrap_or_default();
            r.into_project(ids)
        })
        .collect()
}

pub async fn get_project(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<Project>, StoreError> {
    let sql = format!("SELECT {PROJECT_COLUMNS} FROM projects WHERE cluster_id = $1 AND id = $2");
    let row: Option<ProjectRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    let Some(row) = row else { return Ok(None) };
    let mut links = challenge_links(db.into(), scope, Some(id)).await?;
    row.into_project(links.remove(&id).unwrap_or_default()).map(Some)
}

/// The project, its row locked until the unit of work ends.
pub async fn lock_project(tx: &mut Tx, scope: &ClusterScope, id: Uuid) -> Result<Option<Project>, StoreError> {
    let sql = format!("SELECT {PROJECT_COLUMNS} FROM projects WHERE cluster_id = $1 AND id = $2");
    let row: Option<ProjectRow> = within!(tx, c => {
        sqlx::query("UPDATE projects SET updated_at = updated_at WHERE cluster_id = $1 AND id = $2")
            .bind(scope.cluster_id()).bind(id).execute(&mut *c).await?;
        sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(&mut *c).await?
    });
    let Some(row) = row else { return Ok(None) };
    let mut links = challenge_links((&mut *tx).into(), scope, Some(id)).await?;
    row.into_project(links.remove(&id).unwrap_or_default()).map(Some)
}

#[derive(sqlx::FromRow)]
struct StageRow {
    from_stage: Option<String>,
    to_stage: String,
    changed_by: String,
    changed_at: DateTime<Utc>,
}

/// A project's moves across the board, oldest first.
pub async fn stage_history(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Vec<StageChange>, StoreError> {
    let rows: Vec<StageRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT from_stage, to_stage, changed_by, changed_at FROM project_stage_changes \
         WHERE cluster_id = $1 AND project_id = $2 ORDER BY changed_at, id")
        .bind(scope.cluster_id()).bind(id).fetch_all(pool).await)?;
    rows.into_iter()
        .map(|r| {
            Ok(StageChange {
                from: r.from_stage.as_deref().map(ProjectStage::parse).transpose().map_err(StoreError::corrupt)?,
                to: ProjectStage::parse(&r.to_stage).map_err(StoreError::corrupt)?,
                changed_by: r.changed_by,
                changed_at: r.changed_at,
            })
        })
        .collect()
}

/// Adds a participant; `None` when the project or the organisation is not the cluster's.
pub async fn insert_participant(
    db: &Db,
    scope: &ClusterScope,
    project: Uuid,
    f: &ParticipantFields,
) -> Result<Option<Uuid>, StoreError> {
    let mut tx = db.begin().await?;
    let Some(id) = insert_participant_in(&mut tx, scope, project, f).await? else { return Ok(None) };
    tx.commit().await?;
    Ok(Some(id))
}

/// [`insert_participant`] inside a unit of work (the one that takes an idea forward).
pub async fn insert_participant_in(
    tx: &mut Tx,
    scope: &ClusterScope,
    project: Uuid,
    f: &ParticipantFields,
) -> Result<Option<Uuid>, StoreError> {
    let id = new_id();
    let (organisation, partner, name, country) = match &f.of {
        ParticipantOf::Organisation { organisation_id: o } => (Some(*o), None, None, None),
        ParticipantOf::PartnerCluster { cluster_id: c } => (None, Some(*c), None, None),
        ParticipantOf::Outside { name, country } => {
            (None, None, Some(name.clone()), Some(country.as_str().to_string()))
        }
    };
    let result = within!(tx, c => sqlx::query(
        "INSERT INTO project_participants (cluster_id, id, project_id, organisation_id, partner_cluster_id, \
         outside_name, outside_country, role, money_minor, in_kind_minor, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)")
        .bind(scope.cluster_id()).bind(id).bind(project).bind(organisation).bind(partner).bind(name).bind(country)
        .bind(f.role.code()).bind(f.money_minor).bind(f.in_kind_minor).bind(now()).execute(&mut *c).await.map(|_| ()));
    Ok(unless_foreign(result)?.map(|()| id))
}

/// Removes one of a project's rows (a participant, a budget line, a funding source, a milestone,
/// an outcome); false when the project has no such row.
pub async fn delete_part(
    db: &Db,
    scope: &ClusterScope,
    part: ProjectPart,
    project: Uuid,
    id: Uuid,
) -> Result<bool, StoreError> {
    let sql = format!("DELETE FROM {} WHERE cluster_id = $1 AND project_id = $2 AND id = $3", part.table());
    let n = dispatch!(db, pool => sqlx::query(&sql).bind(scope.cluster_id()).bind(project).bind(id).execute(pool).await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The rows a project holds, each in its own table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProjectPart {
    Participant,
    BudgetLine,
    Funding,
    Milestone,
    Outcome,
}

impl ProjectPart {
    fn table(self) -> &'static str {
        match self {
            Self::Participant => "project_participants",
            Self::BudgetLine => "project_budget_lines",
            Self::Funding => "project_funding",
            Self::Milestone => "project_milestones",
            Self::Outcome => "project_outcomes",
        }
    }
}

#[derive(sqlx::FromRow)]
struct ParticipantRow {
    id: Uuid,
    project_id: Uuid,
    organisation_id: Option<Uuid>,
    partner_cluster_id: Option<Uuid>,
    outside_name: Option<String>,
    outside_country: Option<String>,
    role: String,
    money_minor: i64,
    in_kind_minor: i64,
    organisation_name: Option<String>,
    size_class: Option<String>,
    cluster_name: Option<String>,
}

impl ParticipantRow {
    fn into_participant(self) -> Result<(Uuid, Participant), StoreError> {
        let of = match (self.organisation_id, self.partner_cluster_id, self.outside_name.clone(), self.outside_country)
        {
            (Some(o), _, _, _) => ParticipantOf::Organisation { organisation_id: o },
            (None, Some(c), _, _) => ParticipantOf::PartnerCluster { cluster_id: c },
            (None, None, Some(name), Some(country)) => ParticipantOf::Outside {
                name,
                country: domain::country::Country::parse(&country).map_err(StoreError::corrupt)?,
            },
            _ => return Err(StoreError::corrupt("a participant that is no one")),
        };
        let name = self.organisation_name.or(self.cluster_name).or(self.outside_name).unwrap_or_default();
        let sme =
            self.organisation_id.and(self.size_class.as_deref()).map(|c| matches!(c, "micro" | "small" | "medium"));
        Ok((
            self.project_id,
            Participant {
                id: self.id,
                fields: ParticipantFields {
                    of,
                    role: ParticipantRole::parse(&self.role).map_err(StoreError::corrupt)?,
                    money_minor: self.money_minor,
                    in_kind_minor: self.in_kind_minor,
                },
                name,
                sme,
            },
        ))
    }
}

/// The participants of one project, or of every project, by project (one statement).
pub async fn participants(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    project: Option<Uuid>,
) -> Result<HashMap<Uuid, Vec<Participant>>, StoreError> {
    let rows: Vec<ParticipantRow> = reading!(source.into(), c => sqlx::query_as(
        "SELECT p.id, p.project_id, p.organisation_id, p.partner_cluster_id, p.outside_name, p.outside_country, p.role, \
         p.money_minor, p.in_kind_minor, o.name AS organisation_name, o.size_class, k.name AS cluster_name \
         FROM project_participants p \
         LEFT JOIN organisations o ON o.cluster_id = p.cluster_id AND o.id = p.organisation_id \
         LEFT JOIN clusters k ON k.id = p.partner_cluster_id \
         WHERE p.cluster_id = $1 AND ($2 IS NULL OR p.project_id = $2) ORDER BY p.created_at, p.id")
        .bind(scope.cluster_id()).bind(project).fetch_all(c).await)?;
    let mut out: HashMap<Uuid, Vec<Participant>> = HashMap::new();
    for row in rows {
        let (project, participant) = row.into_participant()?;
        out.entry(project).or_default().push(participant);
    }
    Ok(out)
}

/// Adds a budget line; `None` when the project is not the cluster's.
pub async fn insert_budget_line(
    db: &Db,
    scope: &ClusterScope,
    project: Uuid,
    category: BudgetCategory,
    description: &str,
    amount_minor: i64,
) -> Result<Option<Uuid>, StoreError> {
    let id = new_id();
    let result = dispatch!(db, pool => sqlx::query(
        "INSERT INTO project_budget_lines (cluster_id, id, project_id, category, description, amount_minor) \
         VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(scope.cluster_id()).bind(id).bind(project).bind(category.code()).bind(description).bind(amount_minor)
        .execute(pool).await.map(|_| ()));
    Ok(unless_foreign(result)?.map(|()| id))
}

/// Adds a funding source; `None` when the project is not the cluster's.
pub async fn insert_funding(
    db: &Db,
    scope: &ClusterScope,
    project: Uuid,
    programme: &str,
    public: bool,
    amount_minor: i64,
    rate_basis_points: Option<i64>,
) -> Result<Option<Uuid>, StoreError> {
    let id = new_id();
    let result = dispatch!(db, pool => sqlx::query(
        "INSERT INTO project_funding (cluster_id, id, project_id, programme, public, amount_minor, rate_basis_points) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(scope.cluster_id()).bind(id).bind(project).bind(programme).bind(public).bind(amount_minor)
        .bind(rate_basis_points).execute(pool).await.map(|_| ()));
    Ok(unless_foreign(result)?.map(|()| id))
}

/// Adds a milestone; `None` when the project is not the cluster's.
pub async fn insert_milestone(
    db: &Db,
    scope: &ClusterScope,
    project: Uuid,
    title: &str,
    due_on: NaiveDate,
) -> Result<Option<Uuid>, StoreError> {
    let id = new_id();
    let result = dispatch!(db, pool => sqlx::query(
        "INSERT INTO project_milestones (cluster_id, id, project_id, title, due_on) VALUES ($1, $2, $3, $4, $5)")
        .bind(scope.cluster_id()).bind(id).bind(project).bind(title).bind(due_on).execute(pool).await.map(|_| ()));
    Ok(unless_foreign(result)?.map(|()| id))
}

/// Marks a milestone done on `day` (or not done); false when the project has no such milestone.
pub async fn set_milestone_done(
    db: &Db,
    scope: &ClusterScope,
    project: Uuid,
    id: Uuid,
    day: Option<NaiveDate>,
) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE project_milestones SET done_on = $4 WHERE cluster_id = $1 AND project_id = $2 AND id = $3")
        .bind(scope.cluster_id()).bind(project).bind(id).bind(day).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Records an outcome; `None` when the project is not the cluster's.
pub async fn insert_outcome(
    db: &Db,
    scope: &ClusterScope,
    project: Uuid,
    description: &str,
    recorded_on: NaiveDate,
) -> Result<Option<Uuid>, StoreError> {
    let id = new_id();
    let result = dispatch!(db, pool => sqlx::query(
        "INSERT INTO project_outcomes (cluster_id, id, project_id, description, recorded_on) VALUES ($1, $2, $3, $4, $5)")
        .bind(scope.cluster_id()).bind(id).bind(project).bind(description).bind(recorded_on).execute(pool).await
        .map(|_| ()));
    Ok(unless_foreign(result)?.map(|()| id))
}

/// A project's budget, funding, milestones and outcomes; for every project when `project` is
/// `None` (four statements, whatever the number of projects).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectMoney {
    pub budget_lines: HashMap<Uuid, Vec<BudgetLine>>,
    pub funding: HashMap<Uuid, Vec<FundingSource>>,
    pub milestones: HashMap<Uuid, Vec<Milestone>>,
    pub outcomes: HashMap<Uuid, Vec<Outcome>>,
}

pub async fn project_parts(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    project: Option<Uuid>,
) -> Result<ProjectMoney, StoreError> {
    let mut source = source.into();
    let mut out = ProjectMoney::default();
    let lines: Vec<(Uuid, Uuid, String, String, i64)> = reading!(source.again(), c => sqlx::query_as(
        "SELECT project_id, id, category, description, amount_minor FROM project_budget_lines \
         WHERE cluster_id = $1 AND ($2 IS NULL OR project_id = $2) ORDER BY category, id")
        .bind(scope.cluster_id()).bind(project).fetch_all(c).await)?;
    for (p, id, category, description, amount_minor) in lines {
        let category = BudgetCategory::parse(&category).map_err(StoreError::corrupt)?;
        out.budget_lines.entry(p).or_default().push(BudgetLine { id, category, description, amount_minor });
    }
    let funding: Vec<(Uuid, Uuid, String, bool, i64, Option<i64>)> = reading!(source.again(), c => sqlx::query_as(
        "SELECT project_id, id, programme, public, amount_minor, rate_basis_points FROM project_funding \
         WHERE cluster_id = $1 AND ($2 IS NULL OR project_id = $2) ORDER BY programme, id")
        .bind(scope.cluster_id()).bind(project).fetch_all(c).await)?;
    for (p, id, programme, public, amount_minor, rate_basis_points) in funding {
        out.funding.entry(p).or_default().push(FundingSource {
            id,
            programme,
            public,
            amount_minor,
            rate_basis_points,
        });
    }
    let milestones: Vec<(Uuid, Uuid, String, NaiveDate, Option<NaiveDate>)> = reading!(source.again(), c => sqlx::query_as(
        "SELECT project_id, id, title, due_on, done_on FROM project_milestones \
         WHERE cluster_id = $1 AND ($2 IS NULL OR project_id = $2) ORDER BY due_on, id")
        .bind(scope.cluster_id()).bind(project).fetch_all(c).await)?;
    for (p, id, title, due_on, done_on) in milestones {
        out.milestones.entry(p).or_default().push(Milestone { id, title, due_on, done_on });
    }
    let outcomes: Vec<(Uuid, Uuid, String, NaiveDate)> = reading!(source, c => sqlx::query_as(
        "SELECT project_id, id, description, recorded_on FROM project_outcomes \
         WHERE cluster_id = $1 AND ($2 IS NULL OR project_id = $2) ORDER BY recorded_on, id")
        .bind(scope.cluster_id()).bind(project).fetch_all(c).await)?;
    for (p, id, description, recorded_on) in outcomes {
        out.outcomes.entry(p).or_default().push(Outcome { id, description, recorded_on });
    }
    Ok(out)
}

/// The weights of the cluster's idea scores (the defaults until it sets its own).
pub async fn idea_weights(source: impl Into<Source<'_>>, scope: &ClusterScope) -> Result<IdeaWeights, StoreError> {
    let row: Option<(i64, i64, i64, i64)> = reading!(source.into(), c => sqlx::query_as(
        "SELECT alignment, interest, feasibility, funding_fit FROM idea_score_weights WHERE cluster_id = $1")
        .bind(scope.cluster_id()).fetch_optional(c).await)?;
    Ok(row.map_or_else(IdeaWeights::default, |(alignment, interest, feasibility, funding_fit)| IdeaWeights {
        alignment,
        interest,
        feasibility,
        funding_fit,
    }))
}

pub async fn set_idea_weights(db: &Db, scope: &ClusterScope, w: &IdeaWeights) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO idea_score_weights (cluster_id, alignment, interest, feasibility, funding_fit, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (cluster_id) DO UPDATE SET alignment = $2, interest = $3, \
         feasibility = $4, funding_fit = $5, updated_at = $6")
        .bind(scope.cluster_id()).bind(w.alignment).bind(w.interest).bind(w.feasibility).bind(w.funding_fit)
        .bind(now()).execute(pool).await.map(|_| ()))?;
    Ok(())
}

/// Records an idea; `None` when something it links to is not the cluster's.
pub async fn insert_idea(db: &Db, scope: &ClusterScope, f: &IdeaFields, by: &str) -> Result<Option<Uuid>, StoreError> {
    let (id, at) = (new_id(), now());
    let l = &f.links;
    let result = dispatch!(db, pool => sqlx::query(
        "INSERT INTO project_ideas (cluster_id, id, title, description, organisation_id, challenge_id, source, \
         interaction_id, working_group_id, source_note, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)")
        .bind(scope.cluster_id()).bind(id).bind(&f.title).bind(&f.description).bind(l.organisation_id)
        .bind(l.challenge_id).bind(f.source.code()).bind(l.interaction_id).bind(l.working_group_id)
        .bind(&f.source_note).bind(by).bind(at).execute(pool).await.map(|_| ()));
    Ok(unless_foreign(result)?.map(|()| id))
}

/// Rewrites an idea's fields and links; `None` when a link is not the cluster's, `Some(false)`
/// when the cluster has no such idea.
pub async fn update_idea(db: &Db, scope: &ClusterScope, id: Uuid, f: &IdeaFields) -> Result<Option<bool>, StoreError> {
    let l = &f.links;
    let result = dispatch!(db, pool => sqlx::query(
        "UPDATE project_ideas SET title = $3, description = $4, organisation_id = $5, challenge_id = $6, source = $7, \
         interaction_id = $8, working_group_id = $9, source_note = $10, updated_at = $11 \
         WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(&f.title).bind(&f.description).bind(l.organisation_id)
        .bind(l.challenge_id).bind(f.source.code()).bind(l.interaction_id).bind(l.working_group_id)
        .bind(&f.source_note).bind(now()).execute(pool).await.map(|r| r.rows_affected()));
    Ok(unless_foreign(result)?.map(|n| n == 1))
}

/// Sets an idea's scores; false when the cluster has no such idea.
pub async fn score_idea(db: &Db, scope: &ClusterScope, id: Uuid, s: &IdeaScores) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE project_ideas SET alignment = $3, interest = $4, feasibility = $5, funding_fit = $6, updated_at = $7 \
         WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(s.alignment).bind(s.interest).bind(s.feasibility).bind(s.funding_fit)
        .bind(now()).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Links an idea to the project it became, inside the unit of work; false when it became one
/// already (or the cluster has no such idea), so an idea is promoted once.
pub async fn link_idea(tx: &mut Tx, scope: &ClusterScope, id: Uuid, project: Uuid) -> Result<bool, StoreError> {
    let n = within!(tx, c => sqlx::query(
        "UPDATE project_ideas SET project_id = $3, updated_at = $4 WHERE cluster_id = $1 AND id = $2 \
         AND project_id IS NULL")
        .bind(scope.cluster_id()).bind(id).bind(project).bind(now()).execute(&mut *c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

#[derive(sqlx::FromRow)]
struct IdeaRow {
    id: Uuid,
    title: String,
    description: String,
    organisation_id: Option<Uuid>,
    challenge_id: Option<Uuid>,
    source: String,
    interaction_id: Option<Uuid>,
    working_group_id: Option<Uuid>,
    source_note: String,
    alignment: Option<i64>,
    interest: Option<i64>,
    feasibility: Option<i64>,
    funding_fit: Option<i64>,
    project_id: Option<Uuid>,
    organisation_name: Option<String>,
    challenge_title: Option<String>,
    created_at: DateTime<Utc>,
}

impl TryFrom<IdeaRow> for Idea {
    type Error = StoreError;
    fn try_from(r: IdeaRow) -> Result<Self, StoreError> {
        Ok(Idea {
            id: r.id,
            fields: IdeaFields {
                title: r.title,
                description: r.description,
                source: IdeaSource::parse(&r.source).map_err(StoreError::corrupt)?,
                source_note: r.source_note,
                links: IdeaLinks {
                    organisation_id: r.organisation_id,
                    challenge_id: r.challenge_id,
                    interaction_id: r.interaction_id,
                    working_group_id: r.working_group_id,
                },
            },
            scores: IdeaScores {
                alignment: r.alignment,
                interest: r.interest,
                feasibility: r.feasibility,
                funding_fit: r.funding_fit,
            },
            project_id: r.project_id,
            organisation_name: r.organisation_name,
            challenge_title: r.challenge_title,
            created_at: r.created_at,
        })
    }
}

const IDEA_SELECT: &str = "SELECT i.id, i.title, i.description, i.organisation_id, i.challenge_id, i.source, \
     i.interaction_id, i.working_group_id, i.source_note, i.alignment, i.interest, i.feasibility, i.funding_fit, \
     i.project_id, o.name AS organisation_name, c.title AS challenge_title, i.created_at FROM project_ideas i \
     LEFT JOIN organisations o ON o.cluster_id = i.cluster_id AND o.id = i.organisation_id \
     LEFT JOIN strategic_challenges c ON c.cluster_id = i.cluster_id AND c.id = i.challenge_id";

/// The cluster's ideas, newest first.
pub async fn ideas(db: &Db, scope: &ClusterScope) -> Result<Vec<Idea>, StoreError> {
    let sql = format!("{IDEA_SELECT} WHERE i.cluster_id = $1 ORDER BY i.created_at DESC, i.id");
    let rows: Vec<IdeaRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(pool).await)?;
    rows.into_iter().map(Idea::try_from).collect()
}

pub async fn get_idea(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    id: Uuid,
) -> Result<Option<Idea>, StoreError> {
    let sql = format!("{IDEA_SELECT} WHERE i.cluster_id = $1 AND i.id = $2");
    let row: Option<IdeaRow> = reading!(source.into(), c => sqlx::query_as(&sql)
        .bind(scope.cluster_id()).bind(id).fetch_optional(c).await)?;
    row.map(Idea::try_from).transpose()
}

/// The idea a project came from, if any.
pub async fn idea_of_project(db: &Db, scope: &ClusterScope, project: Uuid) -> Result<Option<Idea>, StoreError> {
    let sql = format!("{IDEA_SELECT} WHERE i.cluster_id = $1 AND i.project_id = $2");
    let row: Option<IdeaRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(project).fetch_optional(pool).await)?;
    row.map(Idea::try_from).transpose()
}
