//! Contacts: people at the organisations of one cluster.

use chrono::{DateTime, Utc};
use domain::contact::ContactFields;
use domain::id::{Uuid, new_id};
use domain::language::Language;
use domain::text::{contains_pattern, fold};

use crate::db::{RowStream, Source, Tx, counted_rows, dispatch, reading, send_rows, spawn_rows, total_column, within};
use crate::{ClusterScope, Db, Page, StoreError, now};

pub use domain::contact::{Contact, ContactFilter, ContactSort};

/// The columns a contact list is ordered by.
fn sort_columns(sort: ContactSort) -> &'static str {
    match sort {
        ContactSort::Name => "c.name_sort_key",
        ContactSort::Organisation => "o.name_sort_key",
        ContactSort::Created => "c.created_at",
    }
}

#[derive(sqlx::FromRow)]
struct Row {
    id: Uuid,
    organisation_id: Uuid,
    organisation_name: String,
    first_name: String,
    last_name: String,
    email: Option<String>,
    phone: Option<String>,
    position: Option<String>,
    cluster_roles: Option<String>,
    billing_contact: bool,
    archived_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    language: Option<String>,
}

impl From<Row> for Contact {
    fn from(r: Row) -> Self {
        Contact {
            // The column's CHECK keeps it to the codes `parse` knows.
            language: r.language.as_deref().and_then(|code| Language::parse(code).ok()),
            id: r.id,
            organisation_id: r.organisation_id,
            organisation_name: r.organisation_name,
            fields: ContactFields {
                first_name: r.first_name,
                last_name: r.last_name,
                email: r.email,
                phone: r.phone,
                position: r.position,
                cluster_roles: r.cluster_roles,
                billing_contact: r.billing_contact,
            },
            archived_at: r.archived_at,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

const SELECT: &str = "SELECT c.id, c.organisation_id, o.name AS organisation_name, c.first_name, c.last_name, \
     c.email, c.phone, c.position, c.cluster_roles, c.billing_contact, c.archived_at, c.created_at, c.updated_at, \
     COALESCE(c.language, o.language) AS language \
     FROM contacts c JOIN organisations o ON o.cluster_id = c.cluster_id AND o.id = c.organisation_id";

pub(crate) fn search_text(f: &ContactFields) -> String {
    fold(&format!("{} {} {}", f.first_name, f.last_name, f.email.as_deref().unwrap_or("")))
}

/// The WHERE clause of a filter (`$1` the cluster, `$2` the search pattern, `$3` the
/// organisation; a NULL switches its condition off), its ORDER BY, and the search pattern.
fn filter_clauses(filter: &ContactFilter) -> (String, String, Option<String>) {
    let mut where_sql = String::from(" WHERE c.cluster_id = $1 AND c.archived_at IS ");
    where_sql.push_str(if filter.archived { "NOT NULL" } else { "NULL" });
    let search = filter.search.as_deref().and_then(domain::text::search_text).map(|s| contains_pattern(&s));
    where_sql.push_str(" AND ($2 IS NULL OR c.search_folded LIKE $2 ESCAPE '\\')");
    where_sql.push_str(" AND ($3 IS NULL OR c.organisation_id = $3)");
    let direction = if filter.descending { "DESC" } else { "ASC" };
    let order: Vec<String> = sort_columns(filter.sort).split(", ").map(|c| format!("{c} {direction}")).collect();
    (where_sql, format!(" ORDER BY {}, c.id {direction}", order.join(", ")), search)
}

/// Every contact that matches the filter, in its order, as they are read: what an export
/// writes.
pub fn stream_all(db: &Db, scope: &ClusterScope, filter: &ContactFilter) -> RowStream<Contact> {
    let (where_sql, order_sql, search) = filter_clauses(filter);
    let sql = format!("{SELECT}{where_sql}{order_sql}");
    let (db, cluster_id, organisation_id) = (db.clone(), scope.cluster_id(), filter.organisation_id);
    spawn_rows(move |sender| async move {
        dispatch!(&db, pool => send_rows(
            sqlx::query_as::<_, Row>(&sql).bind(cluster_id).bind(&search).bind(organisation_id).fetch(pool),
            &sender,
            |r| Ok(Contact::from(r)),
        ).await)
    })
}

/// One page of the contacts that match the filter, and how many match in all.
pub async fn list(
    db: &Db,
    scope: &ClusterScope,
    filter: &ContactFilter,
    limit: i64,
    offset: i64,
) -> Result<Page<Contact>, StoreError> {
    let (where_sql, order_sql, search) = filter_clauses(filter);
    let page_sql = format!("{SELECT}{where_sql}{order_sql} LIMIT $4 OFFSET $5").replacen(
        " FROM contacts c",
        &format!(", {} FROM contacts c", total_column(&format!("contacts c{where_sql}"))),
        1,
    );
    let (total, rows): (Option<i64>, Vec<Row>) = dispatch!(db, pool => counted_rows(
        sqlx::query(&page_sql)
            .bind(scope.cluster_id()).bind(&search).bind(filter.organisation_id).bind(limit).bind(offset)
            .fetch_all(pool).await?)?);
    let total = match total {
        Some(total) => total,
        // Past the last page there is no row to carry the count.
        None if offset > 0 => {
            let count_sql = format!("SELECT COUNT(*) FROM contacts c{where_sql}");
            dispatch!(db, pool => sqlx::query_as::<_, (i64,)>(&count_sql)
                .bind(scope.cluster_id()).bind(&search).bind(filter.organisation_id)
                .fetch_one(pool).await?.0)
        }
        None => 0,
    };
    Ok(Page { items: rows.into_iter().map(Contact::from).collect(), total })
}

pub async fn get(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<Contact>, StoreError> {
    let sql = format!("{SELECT} WHERE c.cluster_id = $1 AND c.id = $2");
    let row: Option<Row> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    Ok(row.map(Contact::from))
}

/// The contacts of `ids` (archived ones too), in no given order; ids not the cluster's are left
/// out.
pub async fn by_ids(db: &Db, scope: &ClusterScope, ids: &[Uuid]) -> Result<Vec<Contact>, StoreError> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let sql = format!("{SELECT} WHERE c.cluster_id = $1 AND c.id IN ({})", crate::db::placeholders(2, chunk.len()));
        let rows: Vec<Row> = dispatch!(db, pool => {
            let mut query = sqlx::query_as(&sql).bind(scope.cluster_id());
            for id in chunk {
                query = query.bind(*id);
            }
            query.fetch_all(pool).await
        })?;
        out.extend(rows.into_iter().map(Contact::from));
    }
    Ok(out)
}

/// The contact as it stands inside the unit of work, its row locked until the unit ends.
pub async fn lock(tx: &mut Tx, scope: &ClusterScope, id: Uuid) -> Result<Option<Contact>, StoreError> {
    let sql = format!("{SELECT} WHERE c.cluster_id = $1 AND c.id = $2");
    let row: Option<Row> = within!(tx, c => {
        sqlx::query("UPDATE contacts SET updated_at = updated_at WHERE cluster_id = $1 AND id = $2")
            .bind(scope.cluster_id()).bind(id).execute(&mut *c).await?;
        sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(&mut *c).await?
    });
    Ok(row.map(Contact::from))
}

/// Whether the cluster has this organisation, archived or not.
async fn has_organisation(db: &Db, scope: &ClusterScope, organisation_id: Uuid) -> Result<bool, StoreError> {
    let found: Option<(i32,)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT 1 FROM organisations WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(organisation_id).fetch_optional(pool).await)?;
    Ok(found.is_some())
}

/// 16 parameters a row stays under SQLite's limit of 32,766.
pub(crate) const BATCH_ROWS: usize = 2000;

/// What orders a contact among the cluster's by name: surname, then first name, as the
/// cluster's language sorts them.
pub(crate) fn name_sort_key(scope: &ClusterScope, first_name: &str, last_name: &str) -> Vec<u8> {
    i18n::sort_key_of_parts(scope.cluster().language(), &[last_name, first_name])
}

/// Inserts contacts `(id, organisation id, fields)` inside the unit of work, recording the import
/// that made them, if any.
pub(crate) async fn insert_rows(
    tx: &mut Tx,
    scope: &ClusterScope,
    rows: &[(Uuid, Uuid, &ContactFields)],
    at: DateTime<Utc>,
    import: Option<Uuid>,
) -> Result<(), StoreError> {
    within!(tx, c => {
        for chunk in rows.chunks(BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO contacts (cluster_id, id, organisation_id, first_name, last_name, search_folded, \
                 email, email_key, phone, position, cluster_roles, billing_contact, created_at, updated_at, import_id, \
                 name_sort_key) ",
            );
            qb.push_values(chunk.iter(), |mut b, (id, organisation_id, f)| {
                b.push_bind(scope.cluster_id())
                    .push_bind(*id)
                    .push_bind(*organisation_id)
                    .push_bind(f.first_name.clone())
                    .push_bind(f.last_name.clone())
                    .push_bind(search_text(f))
                    .push_bind(f.email.clone())
                    .push_bind(f.email_key())
                    .push_bind(f.phone.clone())
                    .push_bind(f.position.clone())
                    .push_bind(f.cluster_roles.clone())
                    .push_bind(f.billing_contact)
                    .push_bind(at)
                    .push_bind(at)
                    .push_bind(import)
                    .push_bind(name_sort_key(scope, &f.first_name, &f.last_name));
            });
            qb.build().execute(&mut *c).await?;
        }
    });
    Ok(())
}

/// Replaces a contact's fields and organisation inside the unit of work; false when the cluster
/// has no such contact.
pub(crate) async fn write_fields(
    tx: &mut Tx,
    scope: &ClusterScope,
    id: Uuid,
    organisation_id: Uuid,
    f: &ContactFields,
    at: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let n = within!(tx, c => sqlx::query(
        "UPDATE contacts SET organisation_id = $3, first_name = $4, last_name = $5, search_folded = $6, email = $7, \
         email_key = $8, phone = $9, position = $10, cluster_roles = $11, updated_at = $12, billing_contact = $13, \
         name_sort_key = $14 WHERE cluster_id = $1 AND id = $2",
    )
    .bind(scope.cluster_id())
    .bind(id)
    .bind(organisation_id)
    .bind(&f.first_name)
    .bind(&f.last_name)
    .bind(search_text(f))
    .bind(&f.email)
    .bind(f.email_key())
    .bind(&f.phone)
    .bind(&f.position)
    .bind(&f.cluster_roles)
    .bind(at)
    .bind(f.billing_contact)
    .bind(name_sort_key(scope, &f.first_name, &f.last_name))
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Inserts contacts at their organisations in one transaction. `None` when an organisation is
/// not the cluster's; then nothing is written.
pub async fn insert_many(
    db: &Db,
    scope: &ClusterScope,
    all: &[(Uuid, ContactFields)],
) -> Result<Option<Vec<Uuid>>, StoreError> {
    let mut organisations: Vec<Uuid> = all.iter().map(|(o, _)| *o).collect();
    organisations.sort();
    organisations.dedup();
    if organisations.len() == 1 && !has_organisation(db, scope, organisations[0]).await? {
        return Ok(None);
    }
    let rows: Vec<(Uuid, Uuid, &ContactFields)> = all.iter().map(|(o, f)| (new_id(), *o, f)).collect();
    let at = now();
    let result: Result<(), StoreError> = async {
        let mut tx = db.begin().await?;
        insert_rows(&mut tx, scope, &rows, at, None).await?;
        tx.commit().await
    }
    .await;
    match result {
        Ok(()) => Ok(Some(rows.into_iter().map(|(id, _, _)| id).collect())),
        // The composite foreign key refuses an organisation of another cluster.
        Err(StoreError::Database(sqlx::Error::Database(e))) if e.is_foreign_key_violation() => Ok(None),
        Err(e) => Err(e),
    }
}

/// Inserts one contact inside the unit of work; `None` when the organisation is not the
/// cluster's (checked first, so that the unit stays usable on PostgreSQL).
pub async fn insert(
    tx: &mut Tx,
    scope: &ClusterScope,
    organisation_id: Uuid,
    fields: &ContactFields,
) -> Result<Option<Uuid>, StoreError> {
    let found: Option<(i32,)> = within!(tx, c => sqlx::query_as(
        "SELECT 1 FROM organisations WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(organisation_id).fetch_optional(&mut *c).await)?;
    if found.is_none() {
        return Ok(None);
    }
    let id = new_id();
    insert_rows(tx, scope, &[(id, organisation_id, fields)], now(), None).await?;
    Ok(Some(id))
}

/// The current contact (neither archived nor merged) with this email address, case aside, inside
/// the unit of work: its id and its organisation's.
pub async fn by_email<'a>(
    source: impl Into<Source<'a>>,
    scope: &ClusterScope,
    email: &str,
) -> Result<Option<(Uuid, Uuid)>, StoreError> {
    let found = reading!(source.into(), c => sqlx::query_as(
        "SELECT id, organisation_id FROM contacts WHERE cluster_id = $1 AND email_key = $2 \
         AND archived_at IS NULL AND merged_into IS NULL ORDER BY created_at, id LIMIT 1")
        .bind(scope.cluster_id()).bind(email.to_lowercase()).fetch_optional(c).await)?;
    Ok(found)
}

/// Replaces the fields and organisation. `None` when the cluster has no such contact,
/// `Some(false)` when the organisation is not the cluster's.
pub async fn update(
    db: &Db,
    scope: &ClusterScope,
    id: Uuid,
    organisation_id: Uuid,
    f: &ContactFields,
) -> Result<Option<bool>, StoreError> {
    if !has_organisation(db, scope, organisation_id).await? {
        return Ok(if get(db, scope, id).await?.is_some() { Some(false) } else { None });
    }
    let mut tx = db.begin().await?;
    let done = write_fields(&mut tx, scope, id, organisation_id, f, now()).await?;
    tx.commit().await?;
    Ok(done.then_some(true))
}

/// Archives (or restores) a contact; false when the cluster has no such contact.
pub async fn set_archived(db: &Db, scope: &ClusterScope, id: Uuid, archived: bool) -> Result<bool, StoreError> {
    let at = now();
    let done = dispatch!(db, pool => sqlx::query(
        "UPDATE contacts SET archived_at = $3, updated_at = $4 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(archived.then_some(at)).bind(at).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Fills `email_key` for rows written before it existed.
pub(crate) async fn backfill_email_keys(db: &Db) -> Result<(), StoreError> {
    let rows: Vec<(Uuid, Uuid, String)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT cluster_id, id, email FROM contacts WHERE email IS NOT NULL AND email_key IS NULL").fetch_all(pool).await)?;
    if rows.is_empty() {
        return Ok(());
    }
    let mut unit = db.begin().await?;
    within!(&mut unit, tx => {
        for (cluster_id, id, email) in &rows {
            sqlx::query("UPDATE contacts SET email_key = $3 WHERE cluster_id = $1 AND id = $2")
                .bind(cluster_id).bind(id).bind(email.to_lowercase()).execute(&mut *tx).await?;
        }
    });
    unit.commit().await?;
    Ok(())
}

/// Every contact of the cluster that has not been merged into another, archived or not.
pub async fn all_for_matching(db: &Db, scope: &ClusterScope) -> Result<Vec<Contact>, StoreError> {
    let sql = format!("{SELECT} WHERE c.cluster_id = $1 AND c.merged_into IS NULL");
    let rows: Vec<Row> = dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(rows.into_iter().map(Contact::from).collect())
}

/// Records `language` as the contact's own when they have none yet (a visitor's first
/// registration tells it).
pub async fn learn_language(tx: &mut Tx, scope: &ClusterScope, id: Uuid, language: Language) -> Result<(), StoreError> {
    within!(tx, c => {
        sqlx::query("UPDATE contacts SET language = $3 WHERE cluster_id = $1 AND id = $2 AND language IS NULL")
            .bind(scope.cluster_id())
            .bind(id)
            .bind(language.code())
            .execute(&mut *c)
            .await?;
    });
    Ok(())
}
