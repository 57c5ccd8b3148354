//! Follow-up tasks: something to do, by someone, by a date, about an organisation, a person or an
//! interaction.

use chrono::{DateTime, NaiveDate, Utc};
use domain::id::{Uuid, new_id};
use domain::task::TaskFields;

use crate::db::{dispatch, models, read_model};
use crate::{ClusterScope, Db, StoreError, now};

pub use domain::task::Task;

read_model!(TaskRow => Task {
    id: Uuid,
    title: String,
    assignee_id: Option<Uuid>,
    assignee_name: Option<String>,
    due_on: Option<NaiveDate>,
    organisation_id: Option<Uuid>,
    organisation_name: Option<String>,
    contact_id: Option<Uuid>,
    interaction_id: Option<Uuid>,
    done_at: Option<DateTime<Utc>>,
    created_by: String,
    created_at: DateTime<Utc>,
});

const SELECT: &str = "SELECT t.id, t.title, t.assignee_id, u.display_name AS assignee_name, t.due_on, \
     t.organisation_id, o.name AS organisation_name, t.contact_id, t.interaction_id, t.done_at, t.created_by, t.created_at \
     FROM tasks t LEFT JOIN users u ON u.id = t.assignee_id \
     LEFT JOIN organisations o ON o.cluster_id = t.cluster_id AND o.id = t.organisation_id";

pub use domain::task::TaskFilter;

/// Records a task; `None` when something it refers to is not the cluster's.
pub async fn insert(db: &Db, scope: &ClusterScope, f: &TaskFields, by: &str) -> Result<Option<Uuid>, StoreError> {
    let id = new_id();
    let at = now();
    let result = dispatch!(db, pool => sqlx::query(
        "INSERT INTO tasks (cluster_id, id, title, assignee_id, due_on, organisation_id, contact_id, interaction_id, \
         created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)")
        .bind(scope.cluster_id()).bind(id).bind(&f.title).bind(f.assignee_id).bind(f.due_on)
        .bind(f.organisation_id).bind(f.contact_id).bind(f.interaction_id).bind(by).bind(at)
        .execute(pool).await.map(|r| r.rows_affected()));
    match result {
        Ok(_) => Ok(Some(id)),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Tasks that match the filter: open ones by due date (undated last), done ones newest first.
pub async fn list(db: &Db, scope: &ClusterScope, filter: &TaskFilter) -> Result<Vec<Task>, StoreError> {
    let order = if filter.done { "t.done_at DESC" } else { "(t.due_on IS NULL), t.due_on, t.created_at" };
    let sql = format!(
        "{SELECT} WHERE t.cluster_id = $1 AND t.done_at IS {} AND ($2 IS NULL OR t.assignee_id = $2) \
         AND ($3 IS NULL OR t.organisation_id = $3) AND ($4 IS NULL OR t.contact_id = $4) \
         AND ($5 IS NULL OR t.interaction_id = $5) ORDER BY {order}, t.id LIMIT 500",
        if filter.done { "NOT NULL" } else { "NULL" }
    );
    let rows: Vec<TaskRow> = dispatch!(db, pool => sqlx::query_as(&sql)
        .bind(scope.cluster_id()).bind(filter.assignee_id).bind(filter.organisation_id)
        .bind(filter.contact_id).bind(filter.interaction_id).fetch_all(pool).await)?;
    models(rows)
}

pub async fn get(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<Task>, StoreError> {
    let sql = format!("{SELECT} WHERE t.cluster_id = $1 AND t.id = $2");
    let row: Option<TaskRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    row.map(Task::try_from).transpose()
}

/// Marks a task done, or open again; false when the cluster has no such task.
pub async fn set_done(db: &Db, scope: &ClusterScope, id: Uuid, done: bool) -> Result<bool, StoreError> {
    let at = now();
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE tasks SET done_at = $3, updated_at = $4 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(done.then_some(at)).bind(at).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Open tasks of a user in the cluster, and how many of them are overdue on `today`.
pub async fn open_counts(
    db: &Db,
    scope: &ClusterScope,
    user: Uuid,
    today: NaiveDate,
) -> Result<(i64, i64), StoreError> {
    let counts: (i64, i64) = dispatch!(db, pool => sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN due_on < $3 THEN 1 ELSE 0 END), 0) FROM tasks \
         WHERE cluster_id = $1 AND assignee_id = $2 AND done_at IS NULL")
        .bind(scope.cluster_id()).bind(user).bind(today).fetch_one(pool).await)?;
    Ok(counts)
}
