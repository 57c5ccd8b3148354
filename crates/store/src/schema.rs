//! The schema as the database reports it, so that tests can hold the two backends to one shape.

use std::collections::BTreeMap;

use crate::db::dispatch;
use crate::{Db, StoreError};

/// What each backend builds its own way, and the comparison of the two schemas leaves out: the
/// trigram index of organisation names (an FTS5 table with its shadow tables on SQLite, a GIN
/// index on PostgreSQL) and the triggers that count a cluster's membership revisions (one for
/// each row on SQLite, one for each transaction on PostgreSQL). Migrations mark their SQL for it as a block between
/// `-- backend-specific: NAME` and `-- end backend-specific`.
pub const BACKEND_SPECIFIC: [&str; 2] = ["organisation_name_search", "membership_revision_triggers"];

/// Whether a table or index is one of [`BACKEND_SPECIFIC`] or a part of one (FTS5's shadow
/// tables are named after it, with a suffix).
fn backend_specific(name: &str) -> bool {
    BACKEND_SPECIFIC.iter().any(|b| name == *b || name.strip_prefix(b).is_some_and(|rest| rest.starts_with('_')))
}

/// Table name → column names, both sorted, without sqlx's own bookkeeping table.
pub async fn columns(db: &Db) -> Result<BTreeMap<String, Vec<String>>, StoreError> {
    let sql = match db {
        Db::Sqlite(_) => {
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_sqlx_migrations'"
        }
        Db::Postgres(_) => {
            "SELECT table_name::text, column_name::text FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name <> '_sqlx_migrations'"
        }
    };
    let rows: Vec<(String, String)> = dispatch!(db, pool => sqlx::query_as(sql).fetch_all(pool).await)?;
    let mut tables: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (table, column) in rows.into_iter().filter(|(table, _)| !backend_specific(table)) {
        tables.entry(table).or_default().push(column);
    }
    tables.values_mut().for_each(|c| c.sort());
    Ok(tables)
}

/// Every index as (table, indexed columns in order), primary keys included.
pub async fn indexes(db: &Db) -> Result<Vec<(String, String, Vec<String>)>, StoreError> {
    let sql = match db {
        Db::Sqlite(_) => {
            "SELECT m.name, il.name, ii.name FROM sqlite_master m \
             JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii \
             WHERE m.type = 'table' AND m.name <> '_sqlx_migrations' ORDER BY m.name, il.name, ii.seqno"
        }
        Db::Postgres(_) => {
            "SELECT t.relname::text, i.relname::text, a.attname::text FROM pg_index x \
             JOIN pg_class t ON t.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid \
             JOIN pg_namespace n ON n.oid = t.relnamespace \
             JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord) ON true \
             JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum \
             WHERE n.nspname = current_schema() AND t.relname <> '_sqlx_migrations' ORDER BY 1, 2, k.ord"
        }
    };
    let rows: Vec<(String, String, String)> = dispatch!(db, pool => sqlx::query_as(sql).fetch_all(pool).await)?;
    let mut out: Vec<(String, String, Vec<String>)> = Vec::new();
    for (table, index, column) in rows.into_iter().filter(|(table, _, _)| !backend_specific(table)) {
        match out.last_mut() {
            Some((t, i, cols)) if *t == table && *i == index => cols.push(column),
            _ => out.push((table, index, vec![column])),
        }
    }
    Ok(out)
}

/// Every column as (table, column, type, NOT NULL), sorted. Types are named as the SQLite
/// migrations declare them; PostgreSQL's are put in those words (uuid and bytea are BLOB,
/// timestamps TEXT), so the two backends can be compared.
pub async fn column_types(db: &Db) -> Result<Vec<(String, String, String, bool)>, StoreError> {
    let mut columns: Vec<(String, String, String, bool)> = match db {
        Db::Sqlite(pool) => {
            let rows: Vec<(String, String, String, bool, bool)> = sqlx::query_as(
                "SELECT m.name, p.name, upper(p.type), p.\"notnull\" <> 0, p.pk > 0 FROM sqlite_master m \
                 JOIN pragma_table_info(m.name) p \
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_sqlx_migrations'",
            )
            .fetch_all(pool)
            .await?;
            // A single-column primary key is NOT NULL on PostgreSQL whatever it says; on SQLite
            // it is declared so or not, and the migrations say it the PostgreSQL way.
            rows.into_iter().map(|(t, c, ty, not_null, pk)| (t, c, ty, not_null || pk)).collect()
        }
        Db::Postgres(pool) => {
            let rows: Vec<(String, String, String, String)> = sqlx::query_as(
                "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text \
                 FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name <> '_sqlx_migrations'",
            )
            .fetch_all(pool)
            .await?;
            rows.into_iter()
                .map(|(t, c, ty, nullable)| {
                    let ty = match ty.as_str() {
                        "uuid" | "bytea" => "BLOB".to_string(),
                        "timestamp with time zone" | "timestamp without time zone" => "TEXT".to_string(),
                        other => other.to_uppercase(),
                    };
                    (t, c, ty, nullable == "NO")
                })
                .collect()
        }
    };
    columns.retain(|(table, ..)| !backend_specific(table));
    columns.sort();
    Ok(columns)
}

/// Every index by its shape: (table, indexed columns in order, unique, partial), sorted. Names
/// are left out: each backend names primary keys and unique constraints its own way.
pub async fn index_shapes(db: &Db) -> Result<Vec<(String, Vec<String>, bool, bool)>, StoreError> {
    let sql = match db {
        Db::Sqlite(_) => {
            "SELECT m.name, il.name, il.\"unique\" <> 0, il.partial <> 0, ii.name FROM sqlite_master m \
             JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii \
             WHERE m.type = 'table' AND m.name <> '_sqlx_migrations' ORDER BY m.name, il.name, ii.seqno"
        }
        Db::Postgres(_) => {
            "SELECT t.relname::text, i.relname::text, x.indisunique, x.indpred IS NOT NULL, a.attname::text \
             FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid \
             JOIN pg_namespace n ON n.oid = t.relnamespace \
             JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord) ON true \
             JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum \
             WHERE n.nspname = current_schema() AND t.relname <> '_sqlx_migrations' ORDER BY 1, 2, k.ord"
        }
    };
    let rows: Vec<(String, String, bool, bool, String)> =
        dispatch!(db, pool => sqlx::query_as(sql).fetch_all(pool).await)?;
    let mut named: Vec<(String, String, Vec<String>, bool, bool)> = Vec::new();
    let rows = rows.into_iter().filter(|(table, index, ..)| !backend_specific(table) && !backend_specific(index));
    for (table, index, unique, partial, column) in rows {
        match named.last_mut() {
            Some((t, i, cols, _, _)) if *t == table && *i == index => cols.push(column),
            _ => named.push((table, index, vec![column], unique, partial)),
        }
    }
    let mut shapes: Vec<(String, Vec<String>, bool, bool)> =
        named.into_iter().map(|(t, _, cols, unique, partial)| (t, cols, unique, partial)).collect();
    shapes.sort();
    Ok(shapes)
}

/// A foreign key: (table, columns, referenced table, referenced columns).
pub type ForeignKey = (String, Vec<String>, String, Vec<String>);

/// Every foreign key, sorted.
pub async fn foreign_keys(db: &Db) -> Result<Vec<ForeignKey>, StoreError> {
    let sql = match db {
        Db::Sqlite(_) => {
            "SELECT m.name, f.id, f.\"from\", f.\"table\", COALESCE(f.\"to\", '') FROM sqlite_master m \
             JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND m.name <> '_sqlx_migrations' \
             ORDER BY m.name, f.id, f.seq"
        }
        Db::Postgres(_) => {
            "SELECT t.relname::text, c.oid::bigint, a.attname::text, r.relname::text, ra.attname::text \
             FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid \
             JOIN pg_namespace n ON n.oid = t.relnamespace \
             JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(attnum, refnum, ord) ON true \
             JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum \
             JOIN pg_attribute ra ON ra.attrelid = r.oid AND ra.attnum = k.refnum \
             WHERE c.contype = 'f' AND n.nspname = current_schema() ORDER BY 1, 2, k.ord"
        }
    };
    let rows: Vec<(String, i64, String, String, String)> =
        dispatch!(db, pool => sqlx::query_as(sql).fetch_all(pool).await)?;
    let mut keys: Vec<(i64, ForeignKey)> = Vec::new();
    for (table, id, from, to_table, to) in rows {
        match keys.last_mut() {
            Some((i, (t, froms, _, tos))) if *t == table && *i == id => {
                froms.push(from);
                tos.push(to);
            }
            _ => keys.push((id, (table, vec![from], to_table, vec![to]))),
        }
    }
    let mut out: Vec<ForeignKey> = keys.into_iter().map(|(_, key)| key).collect();
    out.sort();
    Ok(out)
}
