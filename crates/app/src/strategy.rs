//! The strategy and the action plan: strategic challenges in a strategy of a period, reviewed in
//! versions; the yearly lines of action that serve them.

use chrono::Datelike;
use domain::id::Uuid;
use domain::strategy::{
    ActionLine, ActionLineInput, ActionStanding, Challenge, ChallengeInput, ChallengeSnapshot, Strategy, StrategyInput,
    StrategyReview,
};

use crate::auth::{Allows, Edit, Manage, Read};
use crate::{App, Error};

pub async fn create(app: &App, scope: &impl Allows<Manage>, input: &StrategyInput) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let fields = input.parse()?;
    Ok(store::strategy::insert_strategy(&app.db, scope, &fields).await?)
}

pub async fn update(app: &App, scope: &impl Allows<Manage>, id: Uuid, input: &StrategyInput) -> Result<(), Error> {
    let scope = scope.checked()?;
    // Another cluster's strategy is not found, whatever the form holds.
    if !store::strategy::strategies(&app.db, scope).await?.iter().any(|s| s.id == id) {
        return Err(Error::NotFound("strategy"));
    }
    let fields = input.parse()?;
    if !store::strategy::update_strategy(&app.db, scope, id, &fields).await? {
        return Err(Error::NotFound("strategy"));
    }
    Ok(())
}

/// The cluster's strategies, the latest period first.
pub async fn strategies(app: &App, scope: &impl Allows<Read>) -> Result<Vec<Strategy>, Error> {
    let scope = scope.checked()?;
    Ok(store::strategy::strategies(&app.db, scope).await?)
}

/// A strategy with its challenges (current and retired) and its reviews, the latest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StrategyView {
    pub strategy: Strategy,
    pub challenges: Vec<Challenge>,
    pub reviews: Vec<StrategyReview>,
    /// The names of the value-chain segments the challenges name, by id.
    pub segments: Vec<(Uuid, String)>,
}

pub async fn get(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<StrategyView, Error> {
    let scope = scope.checked()?;
    let strategy = store::strategy::strategies(&app.db, scope)
        .await?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or(Error::NotFound("strategy"))?;
    Ok(StrategyView {
        challenges: store::strategy::challenges(&app.db, scope, Some(id)).await?,
        reviews: store::strategy::reviews(&app.db, scope, id).await?,
        segments: segments(app, scope).await?,
        strategy,
    })
}

/// The value-chain segments of the network's taxonomy: `(id, name)`.
pub async fn segments(app: &App, scope: &impl Allows<Read>) -> Result<Vec<(Uuid, String)>, Error> {
    let scope = scope.checked()?;
    Ok(store::value_chain::terms(&app.db, scope)
        .await?
        .into_iter()
        .filter(|t| t.kind == domain::value_chain::TermKind::Segment)
        .map(|t| (t.id, t.name))
        .collect())
}

/// Checks that every id is a value-chain segment of the network.
async fn known_segments(app: &App, scope: &store::ClusterScope, ids: &[Uuid]) -> Result<Vec<Uuid>, Error> {
    let known = segments(app, scope).await?;
    if let Some(unknown) = ids.iter().find(|id| !known.iter().any(|(k, _)| k == *id)) {
        return Err(domain::Invalid::one(
            "segment_ids",
            i18n::said_with("invalid-app-strategy-unknown-segment", &[("id", unknown.to_string())]),
        )
        .into());
    }
    let mut ids = ids.to_vec();
    ids.sort();
    ids.dedup();
    Ok(ids)
}

/// Adds a challenge to a strategy, concerning the given value-chain segments.
pub async fn add_challenge(
    app: &App,
    scope: &impl Allows<Manage>,
    strategy: Uuid,
    input: &ChallengeInput,
    segment_ids: &[Uuid],
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    if !store::strategy::strategies(&app.db, scope).await?.iter().any(|s| s.id == strategy) {
        return Err(Error::NotFound("strategy"));
    }
    let fields = input.parse(known_segments(app, scope, segment_ids).await?)?;
    store::strategy::insert_challenge(&app.db, scope, strategy, &fields).await?.ok_or(Error::NotFound("strategy"))
}

pub async fn update_challenge(
    app: &App,
    scope: &impl Allows<Manage>,
    id: Uuid,
    input: &ChallengeInput,
    segment_ids: &[Uuid],
) -> Result<(), Error> {
    let scope = scope.checked()?;
    store::strategy::get_challenge(&app.db, scope, id).await?.ok_or(Error::NotFound("challenge"))?;
    let fields = input.parse(known_segments(app, scope, segment_ids).await?)?;
    if !store::strategy::update_challenge(&app.db, scope, id, &fields).await? {
        return Err(Error::NotFound("challenge"));
    }
    Ok(())
}

/// Takes a challenge out of the strategy (its projects and lines keep it), or back in.
pub async fn retire_challenge(app: &App, scope: &impl Allows<Manage>, id: Uuid, retired: bool) -> Result<(), Error> {
    let scope = scope.checked()?;
    if !store::strategy::retire_challenge(&app.db, scope, id, retired).await? {
        return Err(Error::NotFound("challenge"));
    }
    Ok(())
}

pub async fn challenge(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<Challenge, Error> {
    let scope = scope.checked()?;
    store::strategy::get_challenge(&app.db, scope, id).await?.ok_or(Error::NotFound("challenge"))
}

/// Every challenge of the cluster, current and retired, by title.
pub async fn challenges(app: &App, scope: &impl Allows<Read>) -> Result<Vec<Challenge>, Error> {
    let scope = scope.checked()?;
    Ok(store::strategy::challenges(&app.db, scope, None).await?)
}

/// Records a review of the strategy today: who, the reviewer's note, and what changed in its
/// challenges since the review before (added, retired, changed: reworded, another horizon, owner
/// or segments), with the challenges as they now stand, in one unit of work that holds the
/// strategy.
pub async fn review(app: &App, scope: &impl Allows<Manage>, id: Uuid, note: &str, by: &str) -> Result<String, Error> {
    let scope = scope.checked()?;
    let note = domain::validation::optional_text(Some(note), 2000).map_err(|m| domain::Invalid::one("note", m))?;
    let mut tx = app.begin().await?;
    store::strategy::lock_strategy(&mut tx, scope, id).await?.ok_or(Error::NotFound("strategy"))?;
    let now: Vec<ChallengeSnapshot> = store::strategy::challenges(&mut tx, scope, Some(id))
        .await?
        .iter()
        .filter(|c| c.is_current())
        .map(ChallengeSnapshot::from)
        .collect();
    let before: Vec<ChallengeSnapshot> = match store::strategy::last_review_challenges(&mut tx, scope, id).await? {
        Some(json) => serde_json::from_str(&json).map_err(|e| Error::Internal(e.to_string()))?,
        None => Vec::new(),
    };
    let computed = domain::strategy::changes_between(&before, &now);
    let changes = match (note, computed.is_empty()) {
        (Some(n), true) => n,
        (Some(n), false) => format!("{n} ({computed})"),
        (None, false) => computed,
        (None, true) => i18n::said("strategy-review-no-change"),
    };
    let json = serde_json::to_string(&now).map_err(|e| Error::Internal(e.to_string()))?;
    store::strategy::insert_review(&mut tx, scope, id, app.today(scope), by, &changes, &json).await?;
    tx.commit().await?;
    Ok(changes)
}

/// A line of the plan with where it stands today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedLine {
    pub line: ActionLine,
    pub standing: ActionStanding,
    pub challenge: Option<String>,
}

/// A year's action plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionPlan {
    pub year: i32,
    pub lines: Vec<PlannedLine>,
    /// The share of lines on track or done, in percent; `None` without lines.
    pub on_track_percent: Option<i64>,
    /// The years that have a plan.
    pub years: Vec<i32>,
}

pub async fn plan(app: &App, scope: &impl Allows<Read>, year: i32) -> Result<ActionPlan, Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let lines = store::strategy::lines(&app.db, scope, year).await?;
    let challenges = store::strategy::challenges(&app.db, scope, None).await?;
    let mut years = store::strategy::plan_years(&app.db, scope).await?;
    for y in [year, today.year()] {
        if !years.contains(&y) {
            years.push(y);
        }
    }
    years.sort_unstable_by(|a, b| b.cmp(a));
    Ok(ActionPlan {
        year,
        on_track_percent: domain::strategy::share_on_track(&lines, today),
        lines: lines
            .into_iter()
            .map(|line| PlannedLine {
                standing: line.standing(today),
                challenge: line
                    .fields
                    .challenge_id
                    .and_then(|c| challenges.iter().find(|x| x.id == c))
                    .map(|c| c.fields.title.clone()),
                line,
            })
            .collect(),
        years,
    })
}

/// Adds a line to the plan of `year`, serving `challenge` if given.
pub async fn add_line(
    app: &App,
    scope: &impl Allows<Edit>,
    year: i32,
    input: &ActionLineInput,
    challenge: Option<Uuid>,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let fields = input.parse(year, challenge)?;
    store::strategy::insert_line(&app.db, scope, &fields).await?.ok_or(Error::NotFound("challenge"))
}

/// Rewrites a line; its year stays.
pub async fn update_line(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    input: &ActionLineInput,
    challenge: Option<Uuid>,
) -> Result<(), Error> {
    let scope = scope.checked()?;
    let current = store::strategy::get_line(&app.db, scope, id).await?.ok_or(Error::NotFound("action line"))?;
    let fields = input.parse(current.fields.year, challenge)?;
    match store::strategy::update_line(&app.db, scope, id, &fields).await? {
        Some(true) => Ok(()),
        Some(false) => Err(Error::NotFound("action line")),
        None => Err(Error::NotFound("challenge")),
    }
}

pub async fn line(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<ActionLine, Error> {
    let scope = scope.checked()?;
    store::strategy::get_line(&app.db, scope, id).await?.ok_or(Error::NotFound("action line"))
}
