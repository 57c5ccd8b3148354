//! Organisations of one cluster.

use chrono::{DateTime, Utc};
use domain::country::Country;
use domain::id::{Uuid, new_id};
use domain::language::Language;
use domain::money::Money;
use domain::nace::NaceCode;
use domain::organisation::{OrganisationFields, OrganisationKind, SizeClass};
use domain::text::contains_pattern;

use crate::db::{
    Backend, RowStream, Source, TOTAL_OVER_SORTED_ROWS, Tx, counted_rows, dispatch, models, read_model, send_rows,
    spawn_rows, total_column, within,
};
use crate::{ClusterScope, Db, Page, StoreError, now};

pub use domain::organisation::{Organisation, OrganisationFilter, OrganisationSort};

/// The column an organisation list is ordered by.
fn sort_column(sort: OrganisationSort) -> &'static str {
    match sort {
        OrganisationSort::Name => "name_sort_key",
        OrganisationSort::Country => "country",
        OrganisationSort::Kind => "kind",
        OrganisationSort::Employees => "employees",
        OrganisationSort::SizeClass => {
            "CASE size_class WHEN 'micro' THEN 1 WHEN 'small' THEN 2 WHEN 'medium' THEN 3 WHEN 'large' THEN 4 END"
        }
        OrganisationSort::Created => "created_at",
    }
}

#[derive(sqlx::FromRow)]
struct Row {
    id: Uuid,
    name: String,
    kind: String,
    nace_code: Option<String>,
    employees: Option<i64>,
    turnover_minor: Option<i64>,
    balance_sheet_minor: Option<i64>,
    size_class: Option<String>,
    country: Option<String>,
    region: Option<String>,
    vat_id: Option<String>,
    website: Option<String>,
    street: Option<String>,
    postcode: Option<String>,
    city: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    archived_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    language: Option<String>,
}

const COLUMNS: &str = "id, name, kind, nace_code, employees, turnover_minor, balance_sheet_minor, size_class, \
                       country, region, vat_id, website, street, postcode, city, email, phone, archived_at, \
                       created_at, updated_at, language";

impl Row {
    /// A row of a `SELECT {COLUMNS}` read on SQLite's raw handle.
    fn from_sqlite(r: &rusqlite::Row<'_>) -> Result<Row, StoreError> {
        use crate::bulk::{parse_sqlite_time, parse_sqlite_uuid};
        let archived_at: Option<String> = r.get(17)?;
        let corrupt = |e: rusqlite::types::FromSqlError| StoreError::Corrupt(e.to_string());
        Ok(Row {
            id: parse_sqlite_uuid(r.get_ref(0)?.as_blob().map_err(corrupt)?)?,
            name: r.get(1)?,
            kind: r.get(2)?,
            nace_code: r.get(3)?,
            employees: r.get(4)?,
            turnover_minor: r.get(5)?,
            balance_sheet_minor: r.get(6)?,
            size_class: r.get(7)?,
            country: r.get(8)?,
            region: r.get(9)?,
            vat_id: r.get(10)?,
            website: r.get(11)?,
            street: r.get(12)?,
            postcode: r.get(13)?,
            city: r.get(14)?,
            email: r.get(15)?,
            phone: r.get(16)?,
            archived_at: archived_at.as_deref().map(parse_sqlite_time).transpose()?,
            created_at: parse_sqlite_time(r.get_ref(18)?.as_str().map_err(corrupt)?)?,
            updated_at: parse_sqlite_time(r.get_ref(19)?.as_str().map_err(corrupt)?)?,
            language: r.get(20)?,
        })
    }

    fn into_organisation(self, scope: &ClusterScope) -> Result<Organisation, StoreError> {
        let currency = scope.cluster().base_currency;
        let corrupt = StoreError::Corrupt;
        Ok(Organisation {
            id: self.id,
            fields: OrganisationFields {
                name: self.name,
                kind: OrganisationKind::parse(&self.kind).map_err(corrupt)?,
                nace_code: self.nace_code.as_deref().map(NaceCode::parse).transpose().map_err(corrupt)?,
                employees: self.employees,
                turnover: self.turnover_minor.map(|m| Money::new(m, currency)),
                balance_sheet_total: self.balance_sheet_minor.map(|m| Money::new(m, currency)),
                country: self.country.as_deref().map(Country::parse).transpose().map_err(corrupt)?,
                region: self.region,
                vat_id: self.vat_id,
                website: self.website,
                street: self.street,
                postcode: self.postcode,
                city: self.city,
                email: self.email,
                phone: self.phone,
            },
            size_class: self.size_class.as_deref().map(SizeClass::parse).transpose().map_err(corrupt)?,
            archived_at: self.archived_at,
            created_at: self.created_at,
            updated_at: self.updated_at,
            language: self.language.as_deref().map(Language::parse).transpose().map_err(corrupt)?,
        })
    }
}

/// Records the language `id`'s invoices and reminders are written in (`None`: the cluster's).
/// False when the cluster has no such organisation.
pub async fn set_language(tx: &mut Tx, scope: &ClusterScope, id: Uuid, code: Option<&str>) -> Result<bool, StoreError> {
    let done = within!(tx, c => {
        sqlx::query("UPDATE organisations SET language = $3 WHERE cluster_id = $1 AND id = $2")
            .bind(scope.cluster_id())
            .bind(id)
            .bind(code)
            .execute(&mut *c)
            .await?
            .rows_affected()
    });
    Ok(done == 1)
}

/// How many characters a name search needs before the trigram index can answer it.
const TRIGRAM: usize = 3;

/// Whether a search's text is long enough for the trigram index.
fn trigrams(search: &str) -> bool {
    domain::text::fold(search).chars().count() >= TRIGRAM
}

/// An FTS5 query for the folded `term` as one phrase: with the trigram tokenizer, the names that
/// contain it. Double quotes are doubled, so no character of the term is query syntax.
fn trigram_phrase(term: &str) -> String {
    format!("\"{}\"", domain::text::fold(term).replace('"', "\"\""))
}

/// How many names one unit of work of [`index_names`] moves into the index: about 50 ms of
/// holding SQLite's write lock.
pub const NAMES_PER_INDEXING: i64 = 2_000;

/// Moves up to [`NAMES_PER_INDEXING`] names from the backlog into the trigram index of names,
/// in one unit of work, and answers how many it moved (0: nothing waits). On PostgreSQL the
/// index follows every write itself, so nothing ever waits.
pub async fn index_names(db: &Db) -> Result<u64, StoreError> {
    let Db::Sqlite(pool) = db else {
        return Ok(0);
    };
    // Read first, so that an indexer with nothing to do never takes the write lock.
    let waiting: Option<(i64,)> =
        sqlx::query_as("SELECT organisation_rowid FROM organisation_name_search_backlog LIMIT 1")
            .fetch_optional(pool)
            .await?;
    if waiting.is_none() {
        return Ok(0);
    }
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let last: Option<(i64,)> = sqlx::query_as(
        "SELECT MAX(organisation_rowid) FROM (SELECT organisation_rowid FROM organisation_name_search_backlog \
         ORDER BY organisation_rowid LIMIT $1) AS batch HAVING COUNT(*) > 0",
    )
    .bind(NAMES_PER_INDEXING)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((last,)) = last else {
        return Ok(0);
    };
    sqlx::query(
        "INSERT INTO organisation_name_search (rowid, name_folded) SELECT o.rowid, o.name_folded \
         FROM organisation_name_search_backlog b JOIN organisations o ON o.rowid = b.organisation_rowid \
         WHERE b.organisation_rowid <= $1",
    )
    .bind(last)
    .execute(&mut *tx)
    .await?;
    let moved = sqlx::query("DELETE FROM organisation_name_search_backlog WHERE organisation_rowid <= $1")
        .bind(last)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    tx.commit().await?;
    Ok(moved)
}

/// The WHERE clause of a filter, with its text parameters from `$2` on (`$1` is the cluster).
/// A name search of three characters or more reads the trigram index of names
/// (`organisation_name_search`: FTS5 on SQLite, pg_trgm on PostgreSQL, which answers the LIKE
/// itself); the LIKE decides in the end on both, so both find the same names.
fn where_clause(filter: &OrganisationFilter, backend: Backend) -> (String, Vec<String>) {
    let search = filter.search.as_deref().and_then(domain::text::search_text);
    let search = search.as_deref();
    let trigrams = backend == Backend::Sqlite && search.is_some_and(trigrams);
    // Reading the names that hold the text from the trigram index, SQLite must not prefer
    // walking the whole cluster by its index: `+` keeps it off that index.
    let mut sql = String::from(if trigrams { " WHERE +cluster_id = $1" } else { " WHERE cluster_id = $1" });
    sql.push_str(if filter.archived { " AND archived_at IS NOT NULL" } else { " AND archived_at IS NULL" });
    let mut params = Vec::new();
    let mut add = |sql_part: &str, value: String| {
        params.push(value);
        sql.push_str(&sql_part.replace('?', &format!("${}", params.len() + 1)));
    };
    if let Some(search) = search {
        if trigrams {
            add(
                " AND (rowid IN (SELECT rowid FROM organisation_name_search WHERE organisation_name_search MATCH ?) \
                 OR rowid IN (SELECT organisation_rowid FROM organisation_name_search_backlog))",
                trigram_phrase(search),
            );
        }
        add(" AND name_folded LIKE ? ESCAPE '\\'", contains_pattern(search));
    }
    if let Some(country) = &filter.country {
        add(" AND country = ?", country.as_str().to_string());
    }
    if let Some(kind) = filter.kind {
        add(" AND kind = ?", kind.code().to_string());
    }
    if let Some(size) = filter.size_class {
        add(" AND size_class = ?", size.code().to_string());
    }
    if let Some(tag) = filter.tag.as_deref().map(domain::text::fold).filter(|t| !t.is_empty()) {
        add(
            " AND id IN (SELECT ot.organisation_id FROM organisation_tags ot JOIN tags t ON t.cluster_id = ot.cluster_id \
             AND t.id = ot.tag_id WHERE ot.cluster_id = $1 AND t.name_key = ?)",
            tag,
        );
    }
    (sql, params)
}

/// Whether the page query sorts every organisation that matches: on PostgreSQL, when the
/// trigram index finds the names and the list is sorted by name, PostgreSQL would rather walk
/// every name of the cluster in order until it has a page (100 ms for a rare text at 150,000
/// names), so the order is then an expression no index has, and the few names found are sorted.
fn sorts_every_match(filter: &OrganisationFilter, backend: Backend) -> bool {
    let searching = filter.search.as_deref().and_then(domain::text::search_text).is_some_and(|s| trigrams(&s));
    backend == Backend::Postgres && searching && filter.sort == OrganisationSort::Name
}

fn order_clause(filter: &OrganisationFilter, backend: Backend) -> String {
    let direction = if filter.descending { "DESC" } else { "ASC" };
    let column = sort_column(filter.sort);
    // Empty values go last whichever way the list is sorted; the id keeps pages stable. Names
    // are never empty, and sorted by them a page is read in the order of their index.
    match filter.sort {
        OrganisationSort::Name if sorts_every_match(filter, backend) => {
            format!(" ORDER BY {column} || ''::bytea {direction}, id {direction}")
        }
        OrganisationSort::Name => format!(" ORDER BY {column} {direction}, id {direction}"),
        _ => format!(" ORDER BY ({column}) IS NULL, {column} {direction}, id {direction}"),
    }
}

/// One page of the organisations that match the filter, and how many match in all.
pub async fn list(
    db: &Db,
    scope: &ClusterScope,
    filter: &OrganisationFilter,
    limit: i64,
    offset: i64,
) -> Result<Page<Organisation>, StoreError> {
    let (where_sql, params) = where_clause(filter, db.backend());
    let n = params.len();
    let total = if sorts_every_match(filter, db.backend()) {
        TOTAL_OVER_SORTED_ROWS.to_string()
    } else {
        total_column(&format!("organisations{where_sql}"))
    };
    let page_sql = format!(
        "SELECT {COLUMNS}, {total} FROM organisations{where_sql}{} LIMIT ${} OFFSET ${}",
        order_clause(filter, db.backend()),
        n + 2,
        n + 3
    );
    let (total, rows): (Option<i64>, Vec<Row>) = dispatch!(db, pool => {
        let mut page = sqlx::query(&page_sql).bind(scope.cluster_id());
        for p in &params {
            page = page.bind(p);
        }
        counted_rows(page.bind(limit).bind(offset).fetch_all(pool).await?)?
    });
    let total = match total {
        Some(total) => total,
        // Past the last page there is no row to carry the count.
        None if offset > 0 => {
            let count_sql = format!("SELECT COUNT(*) FROM organisations{where_sql}");
            dispatch!(db, pool => {
                let mut count = sqlx::query_as::<_, (i64,)>(&count_sql).bind(scope.cluster_id());
                for p in &params {
                    count = count.bind(p);
                }
                count.fetch_one(pool).await?.0
            })
        }
        None => 0,
    };
    let items = rows.into_iter().map(|r| r.into_organisation(scope)).collect::<Result<_, _>>()?;
    Ok(Page { items, total })
}

/// Every organisation that matches the filter, in its order.
pub async fn list_all(
    db: &Db,
    scope: &ClusterScope,
    filter: &OrganisationFilter,
) -> Result<Vec<Organisation>, StoreError> {
    use futures_util::TryStreamExt;
    stream_all(db, scope, filter).try_collect().await
}

/// Every organisation that matches the filter, in its order, as they are read: what an export
/// writes.
pub fn stream_all(db: &Db, scope: &ClusterScope, filter: &OrganisationFilter) -> RowStream<Organisation> {
    let (where_sql, params) = where_clause(filter, db.backend());
    let sql = format!("SELECT {COLUMNS} FROM organisations{where_sql}{}", order_clause(filter, db.backend()));
    let (db, scope) = (db.clone(), scope.clone());
    spawn_rows(move |sender| async move {
        dispatch!(&db, pool => {
            let mut query = sqlx::query_as::<_, Row>(&sql).bind(scope.cluster_id());
            for p in &params {
                query = query.bind(p);
            }
            send_rows(query.fetch(pool), &sender, |r| r.into_organisation(&scope)).await
        })
    })
}

pub async fn get(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<Organisation>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM organisations WHERE cluster_id = $1 AND id = $2");
    let row: Option<Row> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    row.map(|r| r.into_organisation(scope)).transpose()
}

/// The organisations of `ids` (archived ones too), in no given order; ids not the cluster's are
/// left out.
pub async fn by_ids(db: &Db, scope: &ClusterScope, ids: &[Uuid]) -> Result<Vec<Organisation>, StoreError> {
    let mut unique = ids.to_vec();
    unique.sort_unstable();
    unique.dedup();
    let mut out = Vec::with_capacity(unique.len());
    for chunk in unique.chunks(500) {
        let sql = format!(
            "SELECT {COLUMNS} FROM organisations WHERE cluster_id = $1 AND id IN ({})",
            crate::db::placeholders(2, chunk.len())
        );
        let rows: Vec<Row> = dispatch!(db, pool => {
            let mut query = sqlx::query_as(&sql).bind(scope.cluster_id());
            for id in chunk {
                query = query.bind(*id);
            }
            query.fetch_all(pool).await
        })?;
        for r in rows {
            out.push(r.into_organisation(scope)?);
        }
    }
    Ok(out)
}

/// The organisation as it stands inside the unit of work, its row locked until the unit ends.
pub async fn lock(tx: &mut Tx, scope: &ClusterScope, id: Uuid) -> Result<Option<Organisation>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM organisations WHERE cluster_id = $1 AND id = $2");
    let row: Option<Row> = within!(tx, c => {
        sqlx::query("UPDATE organisations SET updated_at = updated_at WHERE cluster_id = $1 AND id = $2")
            .bind(scope.cluster_id()).bind(id).execute(&mut *c).await?;
        sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(&mut *c).await?
    });
    row.map(|r| r.into_organisation(scope)).transpose()
}

/// The ids and names of the current organisations, for choosing one in a form.
pub async fn names(db: &Db, scope: &ClusterScope) -> Result<Vec<(Uuid, String)>, StoreError> {
    let rows: Vec<(Uuid, String)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, name FROM organisations WHERE cluster_id = $1 AND archived_at IS NULL ORDER BY name_sort_key, id")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(rows)
}

/// The countries the cluster's current organisations are in, for filters.
pub async fn countries(db: &Db, scope: &ClusterScope) -> Result<Vec<String>, StoreError> {
    let rows: Vec<(String,)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT DISTINCT country FROM organisations WHERE cluster_id = $1 AND country IS NOT NULL ORDER BY country")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(rows.into_iter().map(|(c,)| c).collect())
}

/// Current organisations and contacts of the cluster.
pub async fn counts(db: &Db, scope: &ClusterScope) -> Result<(i64, i64), StoreError> {
    let counts: (i64, i64) = dispatch!(db, pool => sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM organisations WHERE cluster_id = $1 AND archived_at IS NULL), \
                (SELECT COUNT(*) FROM contacts WHERE cluster_id = $1 AND archived_at IS NULL)")
        .bind(scope.cluster_id()).fetch_one(pool).await)?;
    Ok(counts)
}

/// Writes many organisations inside a transaction: on SQLite row after row through one
/// prepared statement (see `bulk`), on PostgreSQL in multi-row statements.
pub(crate) trait OrganisationWrites {
    /// Inserts organisations with their ids, recording the import that made them, if any.
    async fn insert_organisations(
        &mut self,
        scope: &ClusterScope,
        rows: &[(Uuid, &OrganisationFields)],
        at: DateTime<Utc>,
        import: Option<Uuid>,
    ) -> Result<(), StoreError>;

    /// Replaces the fields of organisations, by id, with the names of the fields that change.
    async fn update_organisations(
        &mut self,
        scope: &ClusterScope,
        rows: &[(Uuid, &OrganisationFields, &[&'static str])],
        at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
}

/// The stored form of an organisation's fields, derived columns included, in the column order
/// of [`WRITTEN_COLUMNS`].
struct Written<'a> {
    f: &'a OrganisationFields,
    name_folded: String,
    name_key: String,
    name_sort_key: Vec<u8>,
}

/// The columns an insert or update writes from an organisation's fields.
const WRITTEN_COLUMNS: [&str; 20] = [
    "name",
    "name_folded",
    "name_key",
    "name_sort_key",
    "kind",
    "nace_code",
    "employees",
    "turnover_minor",
    "balance_sheet_minor",
    "size_class",
    "country",
    "region",
    "vat_id",
    "website",
    "street",
    "postcode",
    "city",
    "email",
    "phone",
    "updated_at",
];

impl<'a> Written<'a> {
    /// The stored form in `scope`'s cluster, whose language orders the names.
    fn of(f: &'a OrganisationFields, scope: &ClusterScope) -> Self {
        let name_folded = domain::text::fold(&f.name);
        let name_key = domain::organisation::name_key_of_folded(&name_folded);
        let name_sort_key = i18n::sort_key(scope.cluster().language(), &f.name);
        Written { f, name_folded, name_key, name_sort_key }
    }
}

/// The stored forms of many organisations' fields, worked out on every core for a large batch:
/// a name's sort key costs about a microsecond, which an import of 100,000 rows would otherwise
/// spend on one.
fn written_all<'a, T: Sync>(
    rows: &'a [T],
    scope: &ClusterScope,
    fields: impl Fn(&'a T) -> &'a OrganisationFields + Sync,
) -> Vec<Written<'a>> {
    const ON_ONE_CORE: usize = 2_000;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if rows.len() <= ON_ONE_CORE || cores == 1 {
        return rows.iter().map(|r| Written::of(fields(r), scope)).collect();
    }
    let fields = &fields;
    std::thread::scope(|threads| {
        let parts: Vec<_> = rows
            .chunks(rows.len().div_ceil(cores))
            .map(|part| threads.spawn(move || part.iter().map(|r| Written::of(fields(r), scope)).collect::<Vec<_>>()))
            .collect();
        parts
            .into_iter()
            .flat_map(|part| part.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    })
}

/// The SQLite statements, with numbered parameters: `?1` the cluster, `?2` the id, then the
/// written columns (`?22` the time, `updated_at`, which an insert also writes as `created_at`),
/// then (for an insert) `?23` the import.
/// The parameter of the time (`updated_at`, the last written column); an insert's import follows.
const SQLITE_TIME_PARAMETER: usize = WRITTEN_COLUMNS.len() + 2;
// `bind_sqlite` binds the written columns by their numbers: a column added is bound there too.
const _: () = assert!(SQLITE_TIME_PARAMETER == 22, "bind the new column in bind_sqlite");

fn sqlite_insert_sql() -> String {
    let n = WRITTEN_COLUMNS.len();
    format!(
        "INSERT INTO organisations (cluster_id, id, {}, created_at, import_id) VALUES (?1, ?2, {}, ?{}, ?{})",
        WRITTEN_COLUMNS.join(", "),
        (3..3 + n).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", "),
        n + 2,
        n + 3
    )
}

/// An update of the columns that hold the `changed` fields (and `updated_at`), so that SQLite
/// leaves alone the indexes of the others.
fn sqlite_update_sql(changed: &[&str]) -> String {
    let sets: Vec<String> = WRITTEN_COLUMNS
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == "updated_at" || changed.iter().any(|f| column_holds(c, f)))
        .map(|(i, c)| format!("{c} = ?{}", i + 3))
        .collect();
    format!("UPDATE organisations SET {} WHERE cluster_id = ?1 AND id = ?2", sets.join(", "))
}

/// Whether a written column holds (or is derived from) a field of `ORGANISATION_FIELDS`.
fn column_holds(column: &str, field: &str) -> bool {
    match column {
        "name" | "name_folded" | "name_key" | "name_sort_key" => field == "name",
        "turnover_minor" => field == "turnover",
        "balance_sheet_minor" => field == "balance_sheet_total",
        "size_class" => matches!(field, "employees" | "turnover" | "balance_sheet_total"),
        _ => column == field,
    }
}

/// Binds the cluster, the id and the written columns of one organisation (parameters 1 to 22).
fn bind_sqlite(
    statement: &mut rusqlite::Statement<'_>,
    cluster: &Uuid,
    id: &Uuid,
    w: &Written<'_>,
    at: &str,
) -> rusqlite::Result<()> {
    let f = w.f;
    statement.raw_bind_parameter(1, &cluster.as_bytes()[..])?;
    statement.raw_bind_parameter(2, &id.as_bytes()[..])?;
    statement.raw_bind_parameter(3, f.name.as_str())?;
    statement.raw_bind_parameter(4, w.name_folded.as_str())?;
    statement.raw_bind_parameter(5, w.name_key.as_str())?;
    statement.raw_bind_parameter(6, w.name_sort_key.as_slice())?;
    statement.raw_bind_parameter(7, f.kind.code())?;
    statement.raw_bind_parameter(8, f.nace_code.as_ref().map(|n| n.as_str()))?;
    statement.raw_bind_parameter(9, f.employees)?;
    statement.raw_bind_parameter(10, f.turnover.map(|m| m.minor))?;
    statement.raw_bind_parameter(11, f.balance_sheet_total.map(|m| m.minor))?;
    statement.raw_bind_parameter(12, f.size_class().map(|s| s.code()))?;
    statement.raw_bind_parameter(13, f.country.as_ref().map(|c| c.as_str()))?;
    statement.raw_bind_parameter(14, f.region.as_deref())?;
    statement.raw_bind_parameter(15, f.vat_id.as_deref())?;
    statement.raw_bind_parameter(16, f.website.as_deref())?;
    statement.raw_bind_parameter(17, f.street.as_deref())?;
    statement.raw_bind_parameter(18, f.postcode.as_deref())?;
    statement.raw_bind_parameter(19, f.city.as_deref())?;
    statement.raw_bind_parameter(20, f.email.as_deref())?;
    statement.raw_bind_parameter(21, f.phone.as_deref())?;
    statement.raw_bind_parameter(SQLITE_TIME_PARAMETER, at)
}

impl OrganisationWrites for sqlx::SqliteConnection {
    async fn insert_organisations(
        &mut self,
        scope: &ClusterScope,
        rows: &[(Uuid, &OrganisationFields)],
        at: DateTime<Utc>,
        import: Option<Uuid>,
    ) -> Result<(), StoreError> {
        let at = crate::bulk::sqlite_time(at);
        let cluster = scope.cluster_id();
        let written = written_all(rows, scope, |(_, f)| f);
        crate::bulk::on_raw_handle(self, |connection| {
            let mut insert = connection.prepare(&sqlite_insert_sql())?;
            for ((id, _), w) in rows.iter().zip(&written) {
                bind_sqlite(&mut insert, &cluster, id, w, &at)?;
                insert.raw_bind_parameter(SQLITE_TIME_PARAMETER + 1, import.as_ref().map(|i| &i.as_bytes()[..]))?;
                insert.raw_execute()?;
            }
            Ok(())
        })
        .await
    }

    async fn update_organisations(
        &mut self,
        scope: &ClusterScope,
        rows: &[(Uuid, &OrganisationFields, &[&'static str])],
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let at = crate::bulk::sqlite_time(at);
        let cluster = scope.cluster_id();
        let written = written_all(rows, scope, |(_, f, _)| f);
        crate::bulk::on_raw_handle(self, |connection| {
            let mut sql_of: std::collections::HashMap<&[&str], String> = std::collections::HashMap::new();
            for ((id, _, changed), w) in rows.iter().zip(&written) {
                let sql = sql_of.entry(changed).or_insert_with(|| sqlite_update_sql(changed));
                // Every statement names `?22` (`updated_at`), so all parameters up to it exist.
                let mut update = connection.prepare_cached(sql)?;
                bind_sqlite(&mut update, &cluster, id, w, &at)?;
                update.raw_execute()?;
            }
            Ok(())
        })
        .await
    }
}

/// How many rows go into one statement on PostgreSQL: 24 parameters a row, well under its limit
/// of 65,535.
const PG_BATCH_ROWS: usize = 1800;

/// Binds the written columns of one organisation into a row of a multi-row statement.
fn push_written<'args>(
    b: &mut sqlx::query_builder::Separated<'_, 'args, sqlx::Postgres, &'static str>,
    w: Written<'_>,
    at: DateTime<Utc>,
) {
    let f = w.f;
    b.push_bind(f.name.clone())
        .push_bind(w.name_folded)
        .push_bind(w.name_key)
        .push_bind(w.name_sort_key)
        .push_bind(f.kind.code())
        .push_bind(f.nace_code.as_ref().map(|n| n.as_str().to_string()))
        .push_bind(f.employees)
        .push_bind(f.turnover.map(|m| m.minor))
        .push_bind(f.balance_sheet_total.map(|m| m.minor))
        .push_bind(f.size_class().map(|s| s.code()))
        .push_bind(f.country.as_ref().map(|c| c.as_str().to_string()))
        .push_bind(f.region.clone())
        .push_bind(f.vat_id.clone())
        .push_bind(f.website.clone())
        .push_bind(f.street.clone())
        .push_bind(f.postcode.clone())
        .push_bind(f.city.clone())
        .push_bind(f.email.clone())
        .push_bind(f.phone.clone())
        .push_bind(at);
}

impl OrganisationWrites for sqlx::PgConnection {
    async fn insert_organisations(
        &mut self,
        scope: &ClusterScope,
        rows: &[(Uuid, &OrganisationFields)],
        at: DateTime<Utc>,
        import: Option<Uuid>,
    ) -> Result<(), StoreError> {
        let mut written = written_all(rows, scope, |(_, f)| f).into_iter();
        for chunk in rows.chunks(PG_BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<sqlx::Postgres>::new(format!(
                "INSERT INTO organisations (cluster_id, id, {}, created_at, import_id) ",
                WRITTEN_COLUMNS.join(", ")
            ));
            qb.push_values(chunk.iter().zip(written.by_ref()), |mut b, ((id, _), w)| {
                b.push_bind(scope.cluster_id()).push_bind(*id);
                push_written(&mut b, w, at);
                b.push_bind(at).push_bind(import);
            });
            qb.build().execute(&mut *self).await?;
        }
        Ok(())
    }

    /// One `UPDATE ... FROM (VALUES ...)` a batch rather than one statement a row.
    async fn update_organisations(
        &mut self,
        scope: &ClusterScope,
        rows: &[(Uuid, &OrganisationFields, &[&'static str])],
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let sets: Vec<String> =
            WRITTEN_COLUMNS.iter().enumerate().map(|(i, c)| format!("{c} = v.column{}", i + 2)).collect();
        let mut written = written_all(rows, scope, |(_, f, _)| f).into_iter();
        for chunk in rows.chunks(PG_BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<sqlx::Postgres>::new(format!(
                "UPDATE organisations SET {} FROM (",
                sets.join(", ")
            ));
            qb.push_values(chunk.iter().zip(written.by_ref()), |mut b, ((id, _, _), w)| {
                b.push_bind(*id);
                push_written(&mut b, w, at);
            });
            qb.push(") AS v WHERE organisations.cluster_id = ");
            qb.push_bind(scope.cluster_id());
            qb.push(" AND organisations.id = v.column1");
            qb.build().execute(&mut *self).await?;
        }
        Ok(())
    }
}

/// Replaces an organisation's fields inside the unit of work; false when the cluster has no such
/// organisation.
pub(crate) async fn write_fields(
    tx: &mut Tx,
    scope: &ClusterScope,
    id: Uuid,
    f: &OrganisationFields,
    at: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let n = within!(tx, c => sqlx::query(
        "UPDATE organisations SET name = $3, name_folded = $4, name_key = $5, kind = $6, nace_code = $7, \
         employees = $8, turnover_minor = $9, balance_sheet_minor = $10, size_class = $11, country = $12, \
         region = $13, vat_id = $14, website = $15, updated_at = $16, street = $17, postcode = $18, city = $19, \
         email = $20, phone = $21, name_sort_key = $22 WHERE cluster_id = $1 AND id = $2",
    )
    .bind(scope.cluster_id())
    .bind(id)
    .bind(&f.name)
    .bind(domain::text::fold(&f.name))
    .bind(domain::organisation::name_key(&f.name))
    .bind(f.kind.code())
    .bind(f.nace_code.as_ref().map(|n| n.as_str()))
    .bind(f.employees)
    .bind(f.turnover.map(|m| m.minor))
    .bind(f.balance_sheet_total.map(|m| m.minor))
    .bind(f.size_class().map(|s| s.code()))
    .bind(f.country.as_ref().map(|c| c.as_str()))
    .bind(&f.region)
    .bind(&f.vat_id)
    .bind(&f.website)
    .bind(at)
    .bind(&f.street)
    .bind(&f.postcode)
    .bind(&f.city)
    .bind(&f.email)
    .bind(&f.phone)
    .bind(i18n::sort_key(scope.cluster().language(), &f.name))
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Inserts all the organisations in one transaction: all of them or none.
pub async fn insert_many(db: &Db, scope: &ClusterScope, all: &[OrganisationFields]) -> Result<Vec<Uuid>, StoreError> {
    let rows: Vec<(Uuid, &OrganisationFields)> = all.iter().map(|f| (new_id(), f)).collect();
    let at = now();
    let mut unit = db.begin().await?;
    within!(&mut unit, tx => {
        tx.insert_organisations(scope, &rows, at, None).await?;
    });
    unit.commit().await?;
    Ok(rows.into_iter().map(|(id, _)| id).collect())
}

/// Inserts one organisation inside the unit of work.
pub async fn insert(tx: &mut Tx, scope: &ClusterScope, fields: &OrganisationFields) -> Result<Uuid, StoreError> {
    let id = new_id();
    let at = now();
    within!(tx, c => c.insert_organisations(scope, &[(id, fields)], at, None).await)?;
    Ok(id)
}

/// The current organisation (not merged) whose name has this key (see
/// [`domain::organisation::name_key`]) and which carries the tag `tag` (a tag's name, any case),
/// inside the unit of work: an organisation visitors made, still waiting for the team's review.
pub async fn by_name_key_tagged(
    tx: &mut Tx,
    scope: &ClusterScope,
    key: &str,
    tag: &str,
) -> Result<Option<Uuid>, StoreError> {
    // Driven by the tag: the cluster's organisations are many, those waiting for review few.
    // Without statistics SQLite would walk the organisations (150 ms at 200,000); its CROSS JOIN
    // keeps the written order, and is a plain join to PostgreSQL, whose planner has statistics.
    // No ORDER BY, which could tempt a planner to walk the organisations in order; the first
    // made (the smallest UUIDv7) is chosen here.
    let found: Vec<(Uuid,)> = within!(tx, c => {
        let tag: Option<(Uuid,)> = sqlx::query_as("SELECT id FROM tags WHERE cluster_id = $1 AND name_key = $2")
            .bind(scope.cluster_id()).bind(domain::text::fold(tag)).fetch_optional(&mut *c).await?;
        let Some((tag,)) = tag else { return Ok(None) };
        sqlx::query_as(
            "SELECT o.id FROM organisation_tags ot CROSS JOIN organisations o \
             WHERE o.cluster_id = ot.cluster_id AND o.id = ot.organisation_id \
             AND ot.cluster_id = $1 AND ot.tag_id = $2 AND o.name_key = $3 AND o.merged_into IS NULL \
             AND o.archived_at IS NULL")
            .bind(scope.cluster_id()).bind(tag).bind(key).fetch_all(&mut *c).await?
    });
    Ok(found.into_iter().map(|(id,)| id).min())
}

/// Replaces the fields; false when the cluster has no such organisation.
pub async fn update(db: &Db, scope: &ClusterScope, id: Uuid, f: &OrganisationFields) -> Result<bool, StoreError> {
    let mut tx = db.begin().await?;
    let done = write_fields(&mut tx, scope, id, f, now()).await?;
    tx.commit().await?;
    Ok(done)
}

/// Archives (or restores) an organisation; false when the cluster has no such organisation.
pub async fn set_archived(db: &Db, scope: &ClusterScope, id: Uuid, archived: bool) -> Result<bool, StoreError> {
    let at = now();
    let archived_at = archived.then_some(at);
    let done = dispatch!(db, pool => sqlx::query(
        "UPDATE organisations SET archived_at = $3, updated_at = $4 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(archived_at).bind(at).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Fills `name_key` for rows written before it existed (computed here, not in SQL, so that it is
/// the same fold on both databases).
pub(crate) async fn backfill_name_keys(db: &Db) -> Result<(), StoreError> {
    let rows: Vec<(Uuid, Uuid, String)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT cluster_id, id, name FROM organisations WHERE name_key IS NULL").fetch_all(pool).await)?;
    if rows.is_empty() {
        return Ok(());
    }
    let mut unit = db.begin().await?;
    within!(&mut unit, tx => {
        for (cluster_id, id, name) in &rows {
            sqlx::query("UPDATE organisations SET name_key = $3 WHERE cluster_id = $1 AND id = $2")
                .bind(cluster_id).bind(id).bind(domain::organisation::name_key(name)).execute(&mut *tx).await?;
        }
    });
    unit.commit().await?;
    Ok(())
}

/// Makes again, inside the unit of work, the sort key of every organisation and contact of the
/// cluster (archived and merged ones too) in `language`, and records the cluster's keys as made
/// so ([`i18n::sort_keys_made_as`]). Answers how many names were sorted.
pub(crate) async fn sort_names(tx: &mut Tx, cluster_id: Uuid, language: Language) -> Result<usize, StoreError> {
    let organisations: Vec<(Uuid, String)> = within!(tx, c => sqlx::query_as(
        "SELECT id, name FROM organisations WHERE cluster_id = $1").bind(cluster_id).fetch_all(&mut *c).await?);
    let contacts: Vec<(Uuid, String, String)> = within!(tx, c => sqlx::query_as(
        "SELECT id, last_name, first_name FROM contacts WHERE cluster_id = $1").bind(cluster_id).fetch_all(&mut *c).await?);
    let sorted = organisations.len() + contacts.len();
    let organisations = organisations.into_iter().map(|(id, name)| (id, i18n::sort_key(language, &name))).collect();
    write_sort_keys(tx, "organisations", cluster_id, organisations).await?;
    let contacts = contacts
        .into_iter()
        .map(|(id, last, first)| (id, i18n::sort_key_of_parts(language, &[&last, &first])))
        .collect();
    write_sort_keys(tx, "contacts", cluster_id, contacts).await?;
    within!(tx, c => sqlx::query("UPDATE clusters SET names_sorted_as = $2 WHERE id = $1")
        .bind(cluster_id).bind(i18n::sort_keys_made_as(language)).execute(&mut *c).await?.rows_affected());
    Ok(sorted)
}

/// Writes `name_sort_key` of the rows of `table` (organisations or contacts) by id.
async fn write_sort_keys(
    tx: &mut Tx,
    table: &str,
    cluster_id: Uuid,
    keys: Vec<(Uuid, Vec<u8>)>,
) -> Result<(), StoreError> {
    match tx {
        Tx::Sqlite(t) => {
            let sql = format!("UPDATE {table} SET name_sort_key = ?3 WHERE cluster_id = ?1 AND id = ?2");
            crate::bulk::on_raw_handle(t, |connection| {
                let mut update = connection.prepare(&sql)?;
                for (id, key) in &keys {
                    update.execute((&cluster_id.as_bytes()[..], &id.as_bytes()[..], key.as_slice()))?;
                }
                Ok(())
            })
            .await
        }
        Tx::Postgres(t) => {
            let (ids, keys): (Vec<Uuid>, Vec<Vec<u8>>) = keys.into_iter().unzip();
            sqlx::query(&format!(
                "UPDATE {table} SET name_sort_key = v.key FROM UNNEST($2::uuid[], $3::bytea[]) AS v(id, key) \
                 WHERE {table}.cluster_id = $1 AND {table}.id = v.id"
            ))
            .bind(cluster_id)
            .bind(&ids)
            .bind(&keys)
            .execute(&mut **t)
            .await?;
            Ok(())
        }
    }
}

/// Sorts again the names of each cluster whose keys were not made in its language by this
/// collator (a cluster older than the keys, or a new ICU4X), or that has a name without a key,
/// one unit of work a cluster; what the store does when it starts.
pub(crate) async fn sort_names_where_needed(db: &Db) -> Result<(), StoreError> {
    let clusters: Vec<(Uuid, String, Option<String>, Option<String>)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, country, language, names_sorted_as FROM clusters").fetch_all(pool).await)?;
    // Names another program wrote without a key (an older clusterdesk on the same database).
    let unkeyed: Vec<(Uuid,)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT DISTINCT cluster_id FROM organisations WHERE name_sort_key IS NULL \
         UNION SELECT DISTINCT cluster_id FROM contacts WHERE name_sort_key IS NULL").fetch_all(pool).await)?;
    for (id, country, chosen, sorted_as) in clusters {
        let language = match chosen.as_deref() {
            Some(code) => Language::parse(code).map_err(StoreError::Corrupt)?,
            None => Language::of_country(&country),
        };
        let keyed = !unkeyed.iter().any(|(c,)| *c == id);
        if keyed && sorted_as.as_deref() == Some(i18n::sort_keys_made_as(language).as_str()) {
            continue;
        }
        let mut unit = db.begin().await?;
        sort_names(&mut unit, id, language).await?;
        unit.commit().await?;
    }
    Ok(())
}

/// Every organisation of the cluster that has not been merged into another, archived or not:
/// what an import matches its rows against.
pub async fn all_for_matching(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
) -> Result<Vec<Organisation>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM organisations WHERE cluster_id = $1 AND merged_into IS NULL");
    let read_raw = |c: &rusqlite::Connection| {
        let mut select = c.prepare(&sql)?;
        let mut rows = select.query([&scope.cluster_id().as_bytes()[..]])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(Row::from_sqlite(r)?);
        }
        Ok(out)
    };
    let rows: Vec<Row> = match source.into() {
        Source::Pool(Db::Sqlite(pool)) => {
            let mut connection = pool.acquire().await?;
            crate::bulk::on_raw_handle(&mut connection, read_raw).await?
        }
        Source::Unit(Tx::Sqlite(t)) => crate::bulk::on_raw_handle(t, read_raw).await?,
        Source::Pool(Db::Postgres(pool)) => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(pool).await?,
        Source::Unit(Tx::Postgres(t)) => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(&mut **t).await?,
    };
    rows.into_iter().map(|r| r.into_organisation(scope)).collect()
}

/// What the figures and the monitoring read of an organisation: its name, kind, size class and
/// country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationFacts {
    pub id: Uuid,
    pub name: String,
    pub kind: String,
    pub size_class: Option<String>,
    pub country: Option<String>,
}

read_model!(raw FactsRow => OrganisationFacts {
    id: Uuid,
    name: String,
    kind: String,
    size_class: Option<String>,
    country: Option<String>,
});

/// The name, kind, size class and country of every organisation of the cluster (merged ones
/// left out), in one query.
pub async fn facts(source: impl Into<Source<'_>>, scope: &ClusterScope) -> Result<Vec<OrganisationFacts>, StoreError> {
    let rows: Vec<FactsRow> = crate::many::fetch_all(
        source.into(),
        "SELECT id, name, kind, size_class, country FROM organisations WHERE cluster_id = $1 AND merged_into IS NULL",
        &[scope.cluster_id().into()],
    )
    .await?;
    models(rows)
}

/// The language an organisation chose for its invoices, credit notes and reminders.
pub struct ChosenLanguage {
    pub language: Option<Language>,
}

read_model!(raw ChosenLanguageRow => ChosenLanguage { language: Option<String> as Language::parse });

/// The language organisation `id` chose for its documents, read within a unit of work (a paid
/// registration's invoice is issued in the registration's): `None` when it chose none (its
/// cluster's, then) or is none of the cluster's.
///
/// # Errors
/// The database's; [`StoreError::Corrupt`] for a stored code that is none of the nine.
pub async fn chosen_language(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    id: Uuid,
) -> Result<Option<Language>, StoreError> {
    let rows: Vec<ChosenLanguageRow> = crate::many::fetch_all(
        source.into(),
        "SELECT language FROM organisations WHERE cluster_id = $1 AND id = $2",
        &[scope.cluster_id().into(), id.into()],
    )
    .await?;
    Ok(models::<_, ChosenLanguage>(rows)?.into_iter().next().and_then(|c| c.language))
}
