//! What one search box finds beyond the organisations and contacts (which have search of their
//! own): invoices by number, and the titles of events and projects, read narrowly for the
//! application to fold and match.

use chrono::{NaiveDate, NaiveDateTime};
use domain::id::Uuid;

use crate::access::ClusterScope;
use crate::db::dispatch;
use crate::{Db, StoreError};

/// An invoice found by its number.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct NumberedInvoice {
    pub id: Uuid,
    pub number: String,
    pub customer: String,
    pub issued_on: NaiveDate,
}

/// The `limit` invoices whose number holds `needle` (case aside), the newest first.
pub async fn invoices_numbered(
    db: &Db,
    scope: &ClusterScope,
    needle: &str,
    limit: i64,
) -> Result<Vec<NumberedInvoice>, StoreError> {
    let pattern = format!("%{}%", like_escaped(&needle.to_lowercase()));
    Ok(dispatch!(db, pool => sqlx::query_as(
        "SELECT i.id, i.number, o.name AS customer, i.issued_on FROM invoices i \
         JOIN organisations o ON o.cluster_id = i.cluster_id AND o.id = i.organisation_id \
         WHERE i.cluster_id = $1 AND LOWER(i.number) LIKE $2 ESCAPE '\\' \
         ORDER BY i.issued_on DESC, i.number DESC LIMIT $3")
        .bind(scope.cluster_id()).bind(pattern).bind(limit).fetch_all(pool).await)?)
}

/// `text` with the characters LIKE reads as patterns escaped by a backslash.
fn like_escaped(text: &str) -> String {
    text.chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect()
}

/// An event's title and start, to match a search against.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct EventTitle {
    pub id: Uuid,
    pub title: String,
    /// Local time of the cluster.
    pub starts_at: NaiveDateTime,
    pub cancelled: bool,
}

/// Every event's title, the latest first.
pub async fn event_titles(db: &Db, scope: &ClusterScope) -> Result<Vec<EventTitle>, StoreError> {
    Ok(dispatch!(db, pool => sqlx::query_as(
        "SELECT id, title, starts_at, cancelled_at IS NOT NULL AS cancelled FROM events \
         WHERE cluster_id = $1 ORDER BY starts_at DESC, id")
        .bind(scope.cluster_id()).fetch_all(pool).await)?)
}

/// A project's title and stage (its code), to match a search against.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ProjectTitle {
    pub id: Uuid,
    pub title: String,
    pub stage: String,
}

/// Every project's title, by title.
pub async fn project_titles(db: &Db, scope: &ClusterScope) -> Result<Vec<ProjectTitle>, StoreError> {
    let titles = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, title, stage FROM projects WHERE cluster_id = $1 ORDER BY title, id")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(crate::by_name(scope, titles, |p: &ProjectTitle| &p.title))
}

#[cfg(test)]
mod tests {
    #[test]
    fn like_patterns_are_escaped() {
        assert_eq!(super::like_escaped("10%_a\\b"), "10\\%\\_a\\\\b");
        assert_eq!(super::like_escaped("2026-0001"), "2026-0001");
    }
}
