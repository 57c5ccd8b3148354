//! Questionnaires in versions, campaigns, personal invitations and responses (migration 0028).
//! A response of an anonymous campaign is written without its invitation: the invitation only
//! learns that it was answered, so that no reminder follows.

use chrono::{DateTime, NaiveDate, Utc};
use domain::id::{Uuid, new_id};
use domain::survey::{Answers, Questionnaire};

use crate::db::{Tx, dispatch, within};
use crate::{ClusterScope, Db, StoreError, now};

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(StoreError::corrupt)
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(StoreError::corrupt)
}

/// A questionnaire with its latest version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionnaireRecord {
    pub id: Uuid,
    pub version: i32,
    pub questionnaire: Questionnaire,
    /// How many responses its versions have, over every campaign.
    pub responses: i64,
    pub created_at: DateTime<Utc>,
    pub archived_at: Option<DateTime<Utc>>,
}

#[derive(sqlx::FromRow)]
struct QuestionnaireRow {
    id: Uuid,
    version: i32,
    definition: String,
    responses: i64,
    created_at: DateTime<Utc>,
    archived_at: Option<DateTime<Utc>>,
}

impl TryFrom<QuestionnaireRow> for QuestionnaireRecord {
    type Error = StoreError;

    fn try_from(r: QuestionnaireRow) -> Result<Self, StoreError> {
        Ok(QuestionnaireRecord {
            id: r.id,
            version: r.version,
            questionnaire: from_json(&r.definition)?,
            responses: r.responses,
            created_at: r.created_at,
            archived_at: r.archived_at,
        })
    }
}

const QUESTIONNAIRE_SELECT: &str = "SELECT q.id, v.version, v.definition, \
     (SELECT COUNT(*) FROM survey_responses r JOIN survey_campaigns c ON c.cluster_id = r.cluster_id \
      AND c.id = r.campaign_id WHERE r.cluster_id = q.cluster_id AND c.questionnaire_id = q.id) AS responses, \
     q.created_at, q.archived_at FROM questionnaires q JOIN questionnaire_versions v \
     ON v.cluster_id = q.cluster_id AND v.questionnaire_id = q.id AND v.version = \
     (SELECT MAX(w.version) FROM questionnaire_versions w WHERE w.cluster_id = q.cluster_id AND w.questionnaire_id = q.id)";

/// Writes a new questionnaire as its version 1.
pub async fn insert_questionnaire(
    db: &Db,
    scope: &ClusterScope,
    questionnaire: &Questionnaire,
    by: &str,
) -> Result<Uuid, StoreError> {
    let (id, at, json) = (new_id(), now(), to_json(questionnaire)?);
    let mut tx = db.begin().await?;
    within!(&mut tx, c => {
        sqlx::query("INSERT INTO questionnaires (cluster_id, id, title, created_by, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $5)")
            .bind(scope.cluster_id()).bind(id).bind(&questionnaire.title).bind(by).bind(at).execute(&mut *c).await?;
        sqlx::query("INSERT INTO questionnaire_versions (cluster_id, questionnaire_id, version, definition, created_by, \
                     created_at) VALUES ($1, $2, 1, $3, $4, $5)")
            .bind(scope.cluster_id()).bind(id).bind(json).bind(by).bind(at).execute(&mut *c).await?;
    });
    tx.commit().await?;
    Ok(id)
}

/// What saving a questionnaire did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// No campaign had sent the latest version: it was changed in place.
    SameVersion(i32),
    /// A campaign sent the latest version: its invitations and answers keep it, and this is the
    /// next.
    NewVersion(i32),
    NotFound,
}

/// Saves a questionnaire's new text (see [`edit_questionnaire`]).
pub async fn save_questionnaire(
    db: &Db,
    scope: &ClusterScope,
    id: Uuid,
    questionnaire: &Questionnaire,
    by: &str,
) -> Result<Saved, StoreError> {
    let saved = edit_questionnaire(db, scope, id, by, |q| {
        *q = questionnaire.clone();
        Ok::<(), std::convert::Infallible>(())
    })
    .await?;
    Ok(saved.unwrap_or_else(|never| match never {}))
}

/// Changes a questionnaire's latest version by `change`, in one unit under the questionnaire's
/// row lock (two edits at once apply one after the other): in place while no campaign has sent
/// that version, else as a new version, so that the people invited answer the text they were
/// sent and the answers stay readable against it. `change` refusing writes nothing and hands
/// back its error.
pub async fn edit_questionnaire<E>(
    db: &Db,
    scope: &ClusterScope,
    id: Uuid,
    by: &str,
    change: impl FnOnce(&mut Questionnaire) -> Result<(), E>,
) -> Result<Result<Saved, E>, StoreError> {
    let at = now();
    let mut tx = db.begin().await?;
    let found = within!(&mut tx, c => sqlx::query(
        "UPDATE questionnaires SET updated_at = $3 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(at).execute(&mut *c).await.map(|r| r.rows_affected()))?;
    if found == 0 {
        return Ok(Ok(Saved::NotFound));
    }
    let (latest, definition): (i32, String) = within!(&mut tx, c => sqlx::query_as(
        "SELECT version, definition FROM questionnaire_versions WHERE cluster_id = $1 AND questionnaire_id = $2 \
         ORDER BY version DESC LIMIT 1")
        .bind(scope.cluster_id()).bind(id).fetch_one(&mut *c).await)?;
    let mut questionnaire: Questionnaire = from_json(&definition)?;
    if let Err(e) = change(&mut questionnaire) {
        return Ok(Err(e));
    }
    let json = to_json(&questionnaire)?;
    let saved = within!(&mut tx, c => {
        sqlx::query("UPDATE questionnaires SET title = $3 WHERE cluster_id = $1 AND id = $2")
            .bind(scope.cluster_id()).bind(id).bind(&questionnaire.title).execute(&mut *c).await?;
        let (sent,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM survey_campaigns WHERE cluster_id = $1 AND questionnaire_id = $2 AND version = $3")
            .bind(scope.cluster_id()).bind(id).bind(latest).fetch_one(&mut *c).await?;
        if sent == 0 {
            sqlx::query("UPDATE questionnaire_versions SET definition = $4, created_by = $5, created_at = $6 \
                         WHERE cluster_id = $1 AND questionnaire_id = $2 AND version = $3")
                .bind(scope.cluster_id()).bind(id).bind(latest).bind(json).bind(by).bind(at).execute(&mut *c).await?;
            Saved::SameVersion(latest)
        } else {
            sqlx::query("INSERT INTO questionnaire_versions (cluster_id, questionnaire_id, version, definition, \
                         created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(scope.cluster_id()).bind(id).bind(latest + 1).bind(json).bind(by).bind(at).execute(&mut *c).await?;
            Saved::NewVersion(latest + 1)
        }
    });
    tx.commit().await?;
    Ok(Ok(saved))
}

/// Archives a questionnaire (it takes no new campaigns) or brings it back; false when there is
/// none such.
pub async fn set_archived(db: &Db, scope: &ClusterScope, id: Uuid, archived: bool) -> Result<bool, StoreError> {
    let at = archived.then(now);
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE questionnaires SET archived_at = $3 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(at).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The cluster's questionnaires with their latest versions, by title.
pub async fn questionnaires(db: &Db, scope: &ClusterScope) -> Result<Vec<QuestionnaireRecord>, StoreError> {
    let sql = format!("{QUESTIONNAIRE_SELECT} WHERE q.cluster_id = $1 ORDER BY q.title, q.id");
    let rows: Vec<QuestionnaireRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(pool).await)?;
    let questionnaires = rows.into_iter().map(QuestionnaireRecord::try_from).collect::<Result<_, _>>()?;
    Ok(crate::by_name(scope, questionnaires, |q: &QuestionnaireRecord| &q.questionnaire.title))
}

pub async fn questionnaire(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<QuestionnaireRecord>, StoreError> {
    let sql = format!("{QUESTIONNAIRE_SELECT} WHERE q.cluster_id = $1 AND q.id = $2");
    let row: Option<QuestionnaireRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    row.map(QuestionnaireRecord::try_from).transpose()
}

/// One version of a questionnaire, as its answers were given against it.
pub async fn version(
    db: &Db,
    scope: &ClusterScope,
    id: Uuid,
    version: i32,
) -> Result<Option<Questionnaire>, StoreError> {
    let row: Option<(String,)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT definition FROM questionnaire_versions WHERE cluster_id = $1 AND questionnaire_id = $2 AND version = $3")
        .bind(scope.cluster_id()).bind(id).bind(version).fetch_optional(pool).await)?;
    row.map(|(d,)| from_json(&d)).transpose()
}

/// A campaign as recorded.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Campaign {
    pub id: Uuid,
    pub questionnaire_id: Uuid,
    pub version: i32,
    pub title: String,
    pub segment_id: Option<Uuid>,
    pub audience: String,
    pub anonymous: bool,
    pub closes_on: NaiveDate,
    pub figures_year: Option<i32>,
    pub created_at: DateTime<Utc>,
    /// How many were invited, and how many answered (by link or import).
    pub invited: i64,
    pub answered: i64,
    pub responses: i64,
}

const CAMPAIGN_SELECT: &str = "SELECT c.id, c.questionnaire_id, c.version, c.title, c.segment_id, c.audience, \
     c.anonymous, c.closes_on, c.figures_year, c.created_at, \
     (SELECT COUNT(*) FROM survey_invitations i WHERE i.cluster_id = c.cluster_id AND i.campaign_id = c.id) AS invited, \
     (SELECT COUNT(*) FROM survey_invitations i WHERE i.cluster_id = c.cluster_id AND i.campaign_id = c.id \
      AND i.answered) AS answered, \
     (SELECT COUNT(*) FROM survey_responses r WHERE r.cluster_id = c.cluster_id AND r.campaign_id = c.id) AS responses \
     FROM survey_campaigns c";

/// A new campaign: what it sends to whom, until when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCampaign {
    pub questionnaire_id: Uuid,
    pub version: i32,
    pub title: String,
    pub segment_id: Option<Uuid>,
    pub audience: String,
    pub anonymous: bool,
    pub closes_on: NaiveDate,
    pub figures_year: Option<i32>,
}

/// One person invited: their contact, organisation and the hash of their link's secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInvitation {
    pub contact_id: Uuid,
    pub organisation_id: Uuid,
    pub token_hash: String,
}

/// Writes a campaign and its invitations in the unit; returns the campaign's id and the
/// invitations' ids in the order given.
pub async fn insert_campaign(
    tx: &mut Tx,
    scope: &ClusterScope,
    campaign: &NewCampaign,
    invitations: &[NewInvitation],
    by: &str,
) -> Result<(Uuid, Vec<Uuid>), StoreError> {
    let (id, at) = (new_id(), now());
    let ids: Vec<Uuid> = invitations.iter().map(|_| new_id()).collect();
    within!(tx, c => {
        sqlx::query("INSERT INTO survey_campaigns (cluster_id, id, questionnaire_id, version, title, segment_id, \
                     audience, anonymous, closes_on, figures_year, created_by, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)")
            .bind(scope.cluster_id()).bind(id).bind(campaign.questionnaire_id).bind(campaign.version)
            .bind(&campaign.title).bind(campaign.segment_id).bind(&campaign.audience).bind(campaign.anonymous)
            .bind(campaign.closes_on).bind(campaign.figures_year).bind(by).bind(at).execute(&mut *c).await?;
        let rows: Vec<(&Uuid, &NewInvitation)> = ids.iter().zip(invitations).collect();
        for chunk in rows.chunks(1000) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO survey_invitations (cluster_id, id, campaign_id, contact_id, organisation_id, token_hash, \
                 answered, invited_at) ",
            );
            qb.push_values(chunk, |mut b, (invitation, n)| {
                b.push_bind(scope.cluster_id()).push_bind(**invitation).push_bind(id).push_bind(n.contact_id)
                    .push_bind(n.organisation_id).push_bind(n.token_hash.clone()).push_bind(false).push_bind(at);
            });
            qb.build().execute(&mut *c).await?;
        }
    });
    Ok((id, ids))
}

pub async fn campaigns(db: &Db, scope: &ClusterScope) -> Result<Vec<Campaign>, StoreError> {
    let sql = format!("{CAMPAIGN_SELECT} WHERE c.cluster_id = $1 ORDER BY c.created_at DESC, c.id");
    Ok(dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(pool).await)?)
}

pub async fn campaign(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<Campaign>, StoreError> {
    let sql = format!("{CAMPAIGN_SELECT} WHERE c.cluster_id = $1 AND c.id = $2");
    Ok(dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?)
}

/// An invitation as the team sees it: who, of which organisation, answered or not.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Invitation {
    pub id: Uuid,
    pub campaign_id: Uuid,
    pub contact_id: Uuid,
    pub organisation_id: Uuid,
    pub answered: bool,
    pub invited_at: DateTime<Utc>,
    pub reminded_at: Option<DateTime<Utc>>,
    pub draft: Option<String>,
}

const INVITATION_COLUMNS: &str =
    "id, campaign_id, contact_id, organisation_id, answered, invited_at, reminded_at, draft";

pub async fn invitations(db: &Db, scope: &ClusterScope, campaign: Uuid) -> Result<Vec<Invitation>, StoreError> {
    let sql = format!(
        "SELECT {INVITATION_COLUMNS} FROM survey_invitations WHERE cluster_id = $1 AND campaign_id = $2 ORDER BY invited_at, id"
    );
    Ok(dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(campaign).fetch_all(pool).await)?)
}

/// The invitation whose link's secret hashes to `token_hash`.
pub async fn invitation_by_token(
    db: &Db,
    scope: &ClusterScope,
    token_hash: &str,
) -> Result<Option<Invitation>, StoreError> {
    let sql = format!("SELECT {INVITATION_COLUMNS} FROM survey_invitations WHERE cluster_id = $1 AND token_hash = $2");
    Ok(
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(token_hash).fetch_optional(pool).await)?,
    )
}

/// Keeps answers given so far on an invitation not yet answered; false when it was answered.
pub async fn save_draft(
    db: &Db,
    scope: &ClusterScope,
    invitation: Uuid,
    answers: &Answers,
) -> Result<bool, StoreError> {
    let json = to_json(answers)?;
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE survey_invitations SET draft = $3 WHERE cluster_id = $1 AND id = $2 AND answered = FALSE")
        .bind(scope.cluster_id()).bind(invitation).bind(json).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Gives an invitation not answered yet a new link (for a reminder); false when it was answered.
pub async fn renew_token(
    tx: &mut Tx,
    scope: &ClusterScope,
    invitation: Uuid,
    token_hash: &str,
) -> Result<bool, StoreError> {
    let n = within!(tx, c => sqlx::query(
        "UPDATE survey_invitations SET token_hash = $3 WHERE cluster_id = $1 AND id = $2 AND answered = FALSE")
        .bind(scope.cluster_id()).bind(invitation).bind(token_hash).execute(&mut *c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// A response to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewResponse {
    pub campaign_id: Uuid,
    /// `None` in an anonymous campaign and for answers imported.
    pub invitation_id: Option<Uuid>,
    pub organisation_kind: Option<String>,
    pub size_class: Option<String>,
    pub answers: Answers,
    pub submitted_on: NaiveDate,
}

/// Marks the invitation answered and writes the response in one unit, once: false, writing
/// nothing, when the invitation was answered already (a second tab, a second click). The
/// response keeps the invitation only when `response.invitation_id` says so (not in an
/// anonymous campaign).
pub async fn answer(
    tx: &mut Tx,
    scope: &ClusterScope,
    invitation: Uuid,
    response: &NewResponse,
) -> Result<bool, StoreError> {
    let json = to_json(&response.answers)?;
    // An answer joined to no one gets an id that says nothing of when it came.
    let response_id = if response.invitation_id.is_some() { new_id() } else { domain::id::untimed_id() };
    let done = within!(tx, c => {
        let n = sqlx::query("UPDATE survey_invitations SET answered = TRUE, draft = NULL \
                             WHERE cluster_id = $1 AND id = $2 AND answered = FALSE")
            .bind(scope.cluster_id()).bind(invitation).execute(&mut *c).await?.rows_affected();
        if n == 1 {
            sqlx::query("INSERT INTO survey_responses (cluster_id, id, campaign_id, invitation_id, organisation_kind, \
                         size_class, answers, submitted_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                .bind(scope.cluster_id()).bind(response_id).bind(response.campaign_id).bind(response.invitation_id)
                .bind(&response.organisation_kind).bind(&response.size_class).bind(json).bind(response.submitted_on)
                .execute(&mut *c).await?;
        }
        n == 1
    });
    Ok(done)
}

/// Writes answers given in another tool, each a response joined to no one with the key of the
/// row it came from, recorded as the import's (`import_id`) so that the import can be undone.
pub async fn insert_imported(
    tx: &mut Tx,
    scope: &ClusterScope,
    import_id: Uuid,
    responses: &[(NewResponse, String)],
) -> Result<(), StoreError> {
    let rows: Vec<(Uuid, &NewResponse, String, &String)> = responses
        .iter()
        .map(|(r, key)| Ok((domain::id::untimed_id(), r, to_json(&r.answers)?, key)))
        .collect::<Result<_, StoreError>>()?;
    within!(tx, c => {
        for chunk in rows.chunks(1000) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO survey_responses (cluster_id, id, campaign_id, invitation_id, organisation_kind, \
                 size_class, answers, submitted_on, import_id, import_key) ",
            );
            qb.push_values(chunk, |mut b, (id, r, json, key)| {
                b.push_bind(scope.cluster_id())
                    .push_bind(*id)
                    .push_bind(r.campaign_id)
                    .push_bind(None::<Uuid>)
                    .push_bind(r.organisation_kind.clone())
                    .push_bind(r.size_class.clone())
                    .push_bind(json.clone())
                    .push_bind(r.submitted_on)
                    .push_bind(import_id)
                    .push_bind((*key).clone());
            });
            qb.build().execute(&mut *c).await?;
        }
    });
    Ok(())
}

/// A response as stored, with the organisation of its invitation when it keeps one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub id: Uuid,
    pub invitation_id: Option<Uuid>,
    pub organisation_id: Option<Uuid>,
    pub contact_id: Option<Uuid>,
    pub organisation_kind: Option<String>,
    pub size_class: Option<String>,
    pub answers: Answers,
    pub submitted_on: NaiveDate,
    /// Given in another tool and imported.
    pub imported: bool,
    /// For an imported answer: the key of the file's row it came from.
    pub import_key: Option<String>,
}

type ResponseRow = (
    Uuid,
    Option<Uuid>,
    Option<Uuid>,
    Option<Uuid>,
    Option<String>,
    Option<String>,
    String,
    NaiveDate,
    bool,
    Option<String>,
);

/// The responses of a campaign, in the order they came.
pub async fn responses(db: &Db, scope: &ClusterScope, campaign: Uuid) -> Result<Vec<Response>, StoreError> {
    let rows: Vec<ResponseRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT r.id, r.invitation_id, i.organisation_id, i.contact_id, r.organisation_kind, r.size_class, r.answers, \
         r.submitted_on, r.import_id IS NOT NULL, r.import_key FROM survey_responses r LEFT JOIN survey_invitations i \
         ON i.cluster_id = r.cluster_id AND i.id = r.invitation_id \
         WHERE r.cluster_id = $1 AND r.campaign_id = $2 ORDER BY r.submitted_on, r.id")
        .bind(scope.cluster_id()).bind(campaign).fetch_all(pool).await)?;
    rows.into_iter()
        .map(
            |(
                id,
                invitation_id,
                organisation_id,
                contact_id,
                organisation_kind,
                size_class,
                answers,
                submitted_on,
                imported,
                import_key,
            )| {
                Ok(Response {
                    id,
                    invitation_id,
                    organisation_id,
                    contact_id,
                    organisation_kind,
                    size_class,
                    answers: from_json(&answers)?,
                    submitted_on,
                    imported,
                    import_key,
                })
            },
        )
        .collect()
}

/// Records that the invitations `ids` were reminded at `at`.
pub async fn mark_reminded(
    tx: &mut Tx,
    scope: &ClusterScope,
    ids: &[Uuid],
    at: DateTime<Utc>,
) -> Result<(), StoreError> {
    for chunk in ids.chunks(500) {
        let sql = format!(
            "UPDATE survey_invitations SET reminded_at = $2 WHERE cluster_id = $1 AND id IN ({})",
            crate::db::placeholders(3, chunk.len())
        );
        within!(tx, c => {
            let mut query = sqlx::query(&sql).bind(scope.cluster_id()).bind(at);
            for id in chunk {
                query = query.bind(*id);
            }
            query.execute(&mut *c).await.map(|_| ())
        })?;
    }
    Ok(())
}

/// A campaign with the questionnaire it sent and every answer it took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answered {
    pub campaign: Campaign,
    pub questionnaire: Questionnaire,
    pub answers: Vec<Answers>,
}

/// The campaigns closing from `first` to `last` (both included) with their questionnaires and
/// answers, in three queries whatever their number: what the monitoring system reads its
/// survey-sourced values from.
pub async fn closing_between(
    db: &Db,
    scope: &ClusterScope,
    first: NaiveDate,
    last: NaiveDate,
) -> Result<Vec<Answered>, StoreError> {
    let sql = format!(
        "{CAMPAIGN_SELECT} WHERE c.cluster_id = $1 AND c.closes_on >= $2 AND c.closes_on <= $3 \
                       ORDER BY c.closes_on, c.id"
    );
    let campaigns: Vec<Campaign> = dispatch!(db, pool => sqlx::query_as(&sql)
        .bind(scope.cluster_id()).bind(first).bind(last).fetch_all(pool).await)?;
    let versions: Vec<(Uuid, String)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT c.id, v.definition FROM survey_campaigns c JOIN questionnaire_versions v \
         ON v.cluster_id = c.cluster_id AND v.questionnaire_id = c.questionnaire_id AND v.version = c.version \
         WHERE c.cluster_id = $1 AND c.closes_on >= $2 AND c.closes_on <= $3")
        .bind(scope.cluster_id()).bind(first).bind(last).fetch_all(pool).await)?;
    let responses: Vec<(Uuid, String)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT r.campaign_id, r.answers FROM survey_responses r JOIN survey_campaigns c \
         ON c.cluster_id = r.cluster_id AND c.id = r.campaign_id \
         WHERE r.cluster_id = $1 AND c.closes_on >= $2 AND c.closes_on <= $3 ORDER BY r.campaign_id, r.id")
        .bind(scope.cluster_id()).bind(first).bind(last).fetch_all(pool).await)?;
    let mut questionnaires: std::collections::HashMap<Uuid, Questionnaire> =
        versions.into_iter().map(|(id, d)| Ok((id, from_json(&d)?))).collect::<Result<_, StoreError>>()?;
    let mut answers: std::collections::HashMap<Uuid, Vec<Answers>> = std::collections::HashMap::new();
    for (campaign, json) in responses {
        answers.entry(campaign).or_default().push(from_json(&json)?);
    }
    campaigns
        .into_iter()
        .map(|campaign| {
            let questionnaire = questionnaires
                .remove(&campaign.id)
                .ok_or_else(|| StoreError::corrupt(format!("campaign {} has no questionnaire", campaign.id)))?;
            let answers = answers.remove(&campaign.id).unwrap_or_default();
            Ok(Answered { campaign, questionnaire, answers })
        })
        .collect()
}
