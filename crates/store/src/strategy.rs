//! The strategy of one cluster: strategies with their challenges and reviews, and the lines of
//! the yearly action plan.

use chrono::{DateTime, NaiveDate, Utc};
use domain::id::{Uuid, new_id};
use domain::strategy::{
    ActionLine, ActionLineFields, ActionStatus, Challenge, ChallengeFields, Strategy, StrategyFields, StrategyReview,
};

use crate::db::{Source, Tx, dispatch, reading, within};
use crate::{ClusterScope, Db, StoreError, now};

#[derive(sqlx::FromRow)]
struct StrategyRow {
    id: Uuid,
    title: String,
    first_year: i64,
    last_year: i64,
    created_at: DateTime<Utc>,
}

impl TryFrom<StrategyRow> for Strategy {
    type Error = StoreError;
    fn try_from(r: StrategyRow) -> Result<Self, StoreError> {
        Ok(Strategy {
            id: r.id,
            fields: StrategyFields {
                title: r.title,
                first_year: i32::try_from(r.first_year).map_err(StoreError::corrupt)?,
                last_year: i32::try_from(r.last_year).map_err(StoreError::corrupt)?,
            },
            created_at: r.created_at,
        })
    }
}

const STRATEGY_COLUMNS: &str = "id, title, first_year, last_year, created_at";

pub async fn insert_strategy(db: &Db, scope: &ClusterScope, f: &StrategyFields) -> Result<Uuid, StoreError> {
    let (id, at) = (new_id(), now());
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO strategies (cluster_id, id, title, first_year, last_year, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6)")
        .bind(scope.cluster_id()).bind(id).bind(&f.title).bind(i64::from(f.first_year)).bind(i64::from(f.last_year))
        .bind(at).execute(pool).await.map(|_| ()))?;
    Ok(id)
}

/// False when the cluster has no such strategy.
pub async fn update_strategy(db: &Db, scope: &ClusterScope, id: Uuid, f: &StrategyFields) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE strategies SET title = $3, first_year = $4, last_year = $5, updated_at = $6 \
         WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(&f.title).bind(i64::from(f.first_year)).bind(i64::from(f.last_year))
        .bind(now()).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The cluster's strategies, the latest period first.
pub async fn strategies(source: impl Into<Source<'_>>, scope: &ClusterScope) -> Result<Vec<Strategy>, StoreError> {
    let sql = format!(
        "SELECT {STRATEGY_COLUMNS} FROM strategies WHERE cluster_id = $1 ORDER BY last_year DESC, first_year DESC, id"
    );
    let rows: Vec<StrategyRow> =
        reading!(source.into(), c => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(c).await)?;
    rows.into_iter().map(Strategy::try_from).collect()
}

/// The strategy, its row locked until the unit of work ends.
pub async fn lock_strategy(tx: &mut Tx, scope: &ClusterScope, id: Uuid) -> Result<Option<Strategy>, StoreError> {
    let sql = format!("SELECT {STRATEGY_COLUMNS} FROM strategies WHERE cluster_id = $1 AND id = $2");
    let row: Option<StrategyRow> = within!(tx, c => {
        sqlx::query("UPDATE strategies SET updated_at = updated_at WHERE cluster_id = $1 AND id = $2")
            .bind(scope.cluster_id()).bind(id).execute(&mut *c).await?;
        sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(&mut *c).await?
    });
    row.map(Strategy::try_from).transpose()
}

#[derive(sqlx::FromRow)]
struct ChallengeRow {
    id: Uuid,
    strategy_id: Uuid,
    title: String,
    description: String,
    horizon: Option<i64>,
    owner: String,
    segment_ids: String,
    retired_at: Option<DateTime<Utc>>,
}

impl TryFrom<ChallengeRow> for Challenge {
    type Error = StoreError;
    fn try_from(r: ChallengeRow) -> Result<Self, StoreError> {
        let segment_ids = r
            .segment_ids
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| s.parse::<Uuid>().map_err(StoreError::corrupt))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Challenge {
            id: r.id,
            strategy_id: r.strategy_id,
            fields: ChallengeFields {
                title: r.title,
                description: r.description,
                horizon: r.horizon.map(i32::try_from).transpose().map_err(StoreError::corrupt)?,
                owner: r.owner,
                segment_ids,
            },
            retired_at: r.retired_at,
        })
    }
}

const CHALLENGE_COLUMNS: &str = "id, strategy_id, title, description, horizon, owner, segment_ids, retired_at";

fn segment_text(ids: &[Uuid]) -> String {
    ids.iter().map(Uuid::to_string).collect::<Vec<_>>().join(",")
}

/// Adds a challenge to a strategy; `None` when the cluster has no such strategy.
pub async fn insert_challenge(
    db: &Db,
    scope: &ClusterScope,
    strategy_id: Uuid,
    f: &ChallengeFields,
) -> Result<Option<Uuid>, StoreError> {
    let (id, at) = (new_id(), now());
    let result = dispatch!(db, pool => sqlx::query(
        "INSERT INTO strategic_challenges (cluster_id, id, strategy_id, title, description, horizon, owner, segment_ids, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)")
        .bind(scope.cluster_id()).bind(id).bind(strategy_id).bind(&f.title).bind(&f.description)
        .bind(f.horizon.map(i64::from)).bind(&f.owner).bind(segment_text(&f.segment_ids)).bind(at)
        .execute(pool).await.map(|_| ()));
    match result {
        Ok(_) => Ok(Some(id)),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Ok(None),
        Err(e) => Err(e.into()),
    }
}

pub async fn update_challenge(
    db: &Db,
    scope: &ClusterScope,
    id: Uuid,
    f: &ChallengeFields,
) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE strategic_challenges SET title = $3, description = $4, horizon = $5, owner = $6, segment_ids = $7, \
         updated_at = $8 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(&f.title).bind(&f.description).bind(f.horizon.map(i64::from))
        .bind(&f.owner).bind(segment_text(&f.segment_ids)).bind(now()).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Takes a challenge out of its strategy, or back in; false when the cluster has no such one.
pub async fn retire_challenge(db: &Db, scope: &ClusterScope, id: Uuid, retired: bool) -> Result<bool, StoreError> {
    let at = now();
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE strategic_challenges SET retired_at = $3, updated_at = $4 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(retired.then_some(at)).bind(at).execute(pool).await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The challenges of a strategy, or of every strategy of the cluster, by title.
pub async fn challenges(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    strategy_id: Option<Uuid>,
) -> Result<Vec<Challenge>, StoreError> {
    let sql = format!(
        "SELECT {CHALLENGE_COLUMNS} FROM strategic_challenges WHERE cluster_id = $1 \
         AND ($2 IS NULL OR strategy_id = $2) ORDER BY title, id"
    );
    let rows: Vec<ChallengeRow> = reading!(source.into(), c => sqlx::query_as(&sql)
        .bind(scope.cluster_id()).bind(strategy_id).fetch_all(c).await)?;
    let challenges = rows.into_iter().map(Challenge::try_from).collect::<Result<_, _>>()?;
    Ok(crate::by_name(scope, challenges, |c: &Challenge| &c.fields.title))
}

pub async fn get_challenge(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<Challenge>, StoreError> {
    let sql = format!("SELECT {CHALLENGE_COLUMNS} FROM strategic_challenges WHERE cluster_id = $1 AND id = $2");
    let row: Option<ChallengeRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    row.map(Challenge::try_from).transpose()
}

/// Records a review inside the unit of work that locked its strategy.
pub async fn insert_review(
    tx: &mut Tx,
    scope: &ClusterScope,
    strategy_id: Uuid,
    reviewed_on: NaiveDate,
    by: &str,
    changes: &str,
    challenges_json: &str,
) -> Result<Uuid, StoreError> {
    let id = new_id();
    within!(tx, c => sqlx::query(
        "INSERT INTO strategy_reviews (cluster_id, id, strategy_id, reviewed_on, reviewed_by, changes, challenges_json, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
        .bind(scope.cluster_id()).bind(id).bind(strategy_id).bind(reviewed_on).bind(by).bind(changes)
        .bind(challenges_json).bind(now()).execute(&mut *c).await.map(|_| ()))?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
struct ReviewRow {
    id: Uuid,
    reviewed_on: NaiveDate,
    reviewed_by: String,
    changes: String,
}

/// A strategy's reviews, the latest first.
pub async fn reviews(db: &Db, scope: &ClusterScope, strategy_id: Uuid) -> Result<Vec<StrategyReview>, StoreError> {
    let rows: Vec<ReviewRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, reviewed_on, reviewed_by, changes FROM strategy_reviews WHERE cluster_id = $1 AND strategy_id = $2 \
         ORDER BY reviewed_on DESC, created_at DESC")
        .bind(scope.cluster_id()).bind(strategy_id).fetch_all(pool).await)?;
    Ok(rows
        .into_iter()
        .map(|r| StrategyReview {
            id: r.id,
            reviewed_on: r.reviewed_on,
            reviewed_by: r.reviewed_by,
            changes: r.changes,
        })
        .collect())
}

/// The challenges as the latest review of a strategy kept them (JSON), read in the unit of work.
pub async fn last_review_challenges(
    tx: &mut Tx,
    scope: &ClusterScope,
    strategy_id: Uuid,
) -> Result<Option<String>, StoreError> {
    let row: Option<(String,)> = within!(tx, c => sqlx::query_as(
        "SELECT challenges_json FROM strategy_reviews WHERE cluster_id = $1 AND strategy_id = $2 \
         ORDER BY reviewed_on DESC, created_at DESC LIMIT 1")
        .bind(scope.cluster_id()).bind(strategy_id).fetch_optional(&mut *c).await)?;
    Ok(row.map(|(json,)| json))
}

#[derive(sqlx::FromRow)]
struct LineRow {
    id: Uuid,
    year: i64,
    objective: String,
    actions: String,
    owner: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    challenge_id: Option<Uuid>,
    status: String,
    indicator: Option<String>,
}

impl TryFrom<LineRow> for ActionLine {
    type Error = StoreError;
    fn try_from(r: LineRow) -> Result<Self, StoreError> {
        Ok(ActionLine {
            id: r.id,
            fields: ActionLineFields {
                year: i32::try_from(r.year).map_err(StoreError::corrupt)?,
                objective: r.objective,
                actions: r.actions,
                owner: r.owner,
                starts_on: r.starts_on,
                ends_on: r.ends_on,
                challenge_id: r.challenge_id,
                status: ActionStatus::parse(&r.status).map_err(StoreError::corrupt)?,
                indicator: r.indicator,
            },
        })
    }
}

const LINE_COLUMNS: &str = "id, year, objective, actions, owner, starts_on, ends_on, challenge_id, status, indicator";

/// Adds a line to the plan of its year; `None` when its challenge is not the cluster's.
pub async fn insert_line(db: &Db, scope: &ClusterScope, f: &ActionLineFields) -> Result<Option<Uuid>, StoreError> {
    let (id, at) = (new_id(), now());
    let result = dispatch!(db, pool => sqlx::query(
        "INSERT INTO action_lines (cluster_id, id, year, objective, actions, owner, starts_on, ends_on, challenge_id, \
         status, indicator, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)")
        .bind(scope.cluster_id()).bind(id).bind(i64::from(f.year)).bind(&f.objective).bind(&f.actions).bind(&f.owner)
        .bind(f.starts_on).bind(f.ends_on).bind(f.challenge_id).bind(f.status.code()).bind(&f.indicator).bind(at)
        .execute(pool).await.map(|_| ()));
    match result {
        Ok(_) => Ok(Some(id)),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Rewrites a line (its year stays); `None` when its challenge is not the cluster's, `Some(false)`
/// when the cluster has no such line.
pub async fn update_line(
    db: &Db,
    scope: &ClusterScope,
    id: Uuid,
    f: &ActionLineFields,
) -> Result<Option<bool>, StoreError> {
    let result = dispatch!(db, pool => sqlx::query(
        "UPDATE action_lines SET objective = $3, actions = $4, owner = $5, starts_on = $6, ends_on = $7, \
         challenge_id = $8, status = $9, indicator = $10, updated_at = $11 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(&f.objective).bind(&f.actions).bind(&f.owner).bind(f.starts_on)
        .bind(f.ends_on).bind(f.challenge_id).bind(f.status.code()).bind(&f.indicator).bind(now())
        .execute(pool).await.map(|r| r.rows_affected()));
    match result {
        Ok(n) => Ok(Some(n == 1)),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The lines of a year's plan, by start.
pub async fn lines(db: &Db, scope: &ClusterScope, year: i32) -> Result<Vec<ActionLine>, StoreError> {
    let sql = format!(
        "SELECT {LINE_COLUMNS} FROM action_lines WHERE cluster_id = $1 AND year = $2 ORDER BY starts_on, objective, id"
    );
    let rows: Vec<LineRow> = dispatch!(db, pool => sqlx::query_as(&sql)
        .bind(scope.cluster_id()).bind(i64::from(year)).fetch_all(pool).await)?;
    rows.into_iter().map(ActionLine::try_from).collect()
}

pub async fn get_line(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<ActionLine>, StoreError> {
    let sql = format!("SELECT {LINE_COLUMNS} FROM action_lines WHERE cluster_id = $1 AND id = $2");
    let row: Option<LineRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    row.map(ActionLine::try_from).transpose()
}

/// The years that have a plan, the latest first.
pub async fn plan_years(db: &Db, scope: &ClusterScope) -> Result<Vec<i32>, StoreError> {
    let rows: Vec<(i64,)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT DISTINCT year FROM action_lines WHERE cluster_id = $1 ORDER BY year DESC")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    rows.into_iter().map(|(y,)| i32::try_from(y).map_err(StoreError::corrupt)).collect()
}
