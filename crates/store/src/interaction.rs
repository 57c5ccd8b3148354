//! Interactions with organisations and their people: meetings, calls, emails, visits and
//! interviews, an interview's answers per question, and the templates interviews follow.

use chrono::{DateTime, NaiveDate, Utc};
use domain::id::{Uuid, new_id};
use domain::interaction::{InteractionFields, InteractionKind};

use crate::db::{dispatch, within};
use crate::{ClusterScope, Db, StoreError, now};

pub use domain::interaction::{Interaction, InterviewTemplate};

#[derive(sqlx::FromRow)]
struct Row {
    id: Uuid,
    organisation_id: Uuid,
    organisation_name: String,
    contact_id: Option<Uuid>,
    contact_first: Option<String>,
    contact_last: Option<String>,
    kind: String,
    occurred_on: NaiveDate,
    staff_user_id: Option<Uuid>,
    staff_name: Option<String>,
    subject: String,
    notes: Option<String>,
    template_id: Option<Uuid>,
    created_by: String,
    created_at: DateTime<Utc>,
}

impl TryFrom<Row> for Interaction {
    type Error = StoreError;

    fn try_from(r: Row) -> Result<Self, StoreError> {
        Ok(Interaction {
            id: r.id,
            organisation_id: r.organisation_id,
            organisation_name: r.organisation_name,
            contact_id: r.contact_id,
            contact_name: r.contact_first.zip(r.contact_last).map(|(f, l)| format!("{f} {l}")),
            kind: InteractionKind::parse(&r.kind).map_err(StoreError::Corrupt)?,
            occurred_on: r.occurred_on,
            staff_user_id: r.staff_user_id,
            staff_name: r.staff_name,
            subject: r.subject,
            notes: r.notes,
            template_id: r.template_id,
            created_by: r.created_by,
            created_at: r.created_at,
        })
    }
}

const SELECT: &str = "SELECT i.id, i.organisation_id, o.name AS organisation_name, i.contact_id, \
     c.first_name AS contact_first, c.last_name AS contact_last, i.kind, i.occurred_on, i.staff_user_id, \
     u.display_name AS staff_name, i.subject, i.notes, i.template_id, i.created_by, i.created_at \
     FROM interactions i \
     JOIN organisations o ON o.cluster_id = i.cluster_id AND o.id = i.organisation_id \
     LEFT JOIN contacts c ON c.cluster_id = i.cluster_id AND c.id = i.contact_id \
     LEFT JOIN users u ON u.id = i.staff_user_id";

/// Records an interaction and, for an interview, its answers, in one transaction. `None` when
/// the organisation or contact is not the cluster's.
pub async fn insert(
    db: &Db,
    scope: &ClusterScope,
    f: &InteractionFields,
    answers: &[(String, String)],
    by: &str,
) -> Result<Option<Uuid>, StoreError> {
    let id = new_id();
    let at = now();
    let result: Result<(), StoreError> = async {
        let mut unit = db.begin().await?;
        within!(&mut unit, tx => {
            sqlx::query(
                "INSERT INTO interactions (cluster_id, id, organisation_id, contact_id, kind, occurred_on, staff_user_id, \
                 subject, notes, template_id, created_by, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)")
                .bind(scope.cluster_id()).bind(id).bind(f.organisation_id).bind(f.contact_id).bind(f.kind.code())
                .bind(f.occurred_on).bind(f.staff_user_id).bind(&f.subject).bind(&f.notes).bind(f.template_id)
                .bind(by).bind(at)
                .execute(&mut *tx).await?;
            for (position, (question, answer)) in answers.iter().enumerate() {
                sqlx::query("INSERT INTO interview_answers (cluster_id, interaction_id, position, question, answer) \
                             VALUES ($1, $2, $3, $4, $5)")
                    .bind(scope.cluster_id()).bind(id).bind(position as i32 + 1).bind(question).bind(answer)
                    .execute(&mut *tx).await?;
            }
        });
        unit.commit().await?;
        Ok(())
    }
    .await;
    match result {
        Ok(()) => Ok(Some(id)),
        Err(StoreError::Database(sqlx::Error::Database(e))) if e.is_foreign_key_violation() => Ok(None),
        Err(e) => Err(e),
    }
}

pub async fn get(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<Interaction>, StoreError> {
    let sql = format!("{SELECT} WHERE i.cluster_id = $1 AND i.id = $2");
    let row: Option<Row> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    row.map(Interaction::try_from).transpose()
}

/// An interview's questions and answers, in order.
pub async fn answers(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Vec<(String, String)>, StoreError> {
    let rows: Vec<(String, String)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT question, answer FROM interview_answers WHERE cluster_id = $1 AND interaction_id = $2 ORDER BY position")
        .bind(scope.cluster_id()).bind(id).fetch_all(pool).await)?;
    Ok(rows)
}

/// The interactions with an organisation (or with one of its people), newest first.
pub async fn of_organisation(
    db: &Db,
    scope: &ClusterScope,
    organisation_id: Uuid,
) -> Result<Vec<Interaction>, StoreError> {
    let sql =
        format!("{SELECT} WHERE i.cluster_id = $1 AND i.organisation_id = $2 ORDER BY i.occurred_on DESC, i.id DESC");
    let rows: Vec<Row> = dispatch!(db, pool => sqlx::query_as(&sql)
        .bind(scope.cluster_id()).bind(organisation_id).fetch_all(pool).await)?;
    rows.into_iter().map(Interaction::try_from).collect()
}

/// The interactions with a person, newest first.
pub async fn of_contact(db: &Db, scope: &ClusterScope, contact_id: Uuid) -> Result<Vec<Interaction>, StoreError> {
    let sql = format!("{SELECT} WHERE i.cluster_id = $1 AND i.contact_id = $2 ORDER BY i.occurred_on DESC, i.id DESC");
    let rows: Vec<Row> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(contact_id).fetch_all(pool).await)?;
    rows.into_iter().map(Interaction::try_from).collect()
}

/// The cluster's latest interactions, newest first.
pub async fn recent(db: &Db, scope: &ClusterScope, limit: i64) -> Result<Vec<Interaction>, StoreError> {
    let sql = format!("{SELECT} WHERE i.cluster_id = $1 ORDER BY i.occurred_on DESC, i.id DESC LIMIT $2");
    let rows: Vec<Row> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(limit).fetch_all(pool).await)?;
    rows.into_iter().map(Interaction::try_from).collect()
}

pub async fn insert_template(
    db: &Db,
    scope: &ClusterScope,
    name: &str,
    questions: &[String],
) -> Result<Uuid, StoreError> {
    let id = new_id();
    let json = serde_json::to_string(questions).expect("serialisable");
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO interview_templates (cluster_id, id, name, questions_json, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(scope.cluster_id()).bind(id).bind(name).bind(&json).bind(now()).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(id)
}

/// The cluster's interview templates, by name.
pub async fn templates(db: &Db, scope: &ClusterScope) -> Result<Vec<InterviewTemplate>, StoreError> {
    let rows: Vec<(Uuid, String, String)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, name, questions_json FROM interview_templates WHERE cluster_id = $1 AND archived_at IS NULL ORDER BY name")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    let templates = rows
        .into_iter()
        .map(|(id, name, json)| {
            let questions = serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            Ok(InterviewTemplate { id, name, questions })
        })
        .collect::<Result<_, StoreError>>()?;
    Ok(crate::by_name(scope, templates, |t: &InterviewTemplate| &t.name))
}

/// Records many interactions without answers in one transaction (demo data).
pub async fn insert_many(db: &Db, scope: &ClusterScope, all: &[InteractionFields], by: &str) -> Result<(), StoreError> {
    let at = now();
    let mut unit = db.begin().await?;
    within!(&mut unit, tx => {
        for chunk in all.chunks(2000) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO interactions (cluster_id, id, organisation_id, contact_id, kind, occurred_on, staff_user_id, \
                 subject, notes, template_id, created_by, created_at, updated_at) ");
            qb.push_values(chunk, |mut b, f| {
                b.push_bind(scope.cluster_id()).push_bind(new_id()).push_bind(f.organisation_id).push_bind(f.contact_id)
                    .push_bind(f.kind.code()).push_bind(f.occurred_on).push_bind(f.staff_user_id).push_bind(f.subject.clone())
                    .push_bind(f.notes.clone()).push_bind(f.template_id).push_bind(by).push_bind(at).push_bind(at);
            });
            qb.build().execute(&mut *tx).await?;
        }
    });
    unit.commit().await?;
    Ok(())
}
