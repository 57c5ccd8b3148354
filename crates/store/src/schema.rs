//! The schema as the database reports it, so that tests can hold the two backends to one shape.

use std::collections::BTreeMap;

use crate::db::dispatch;
use crate::{Db, StoreError};

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
    for (table, column) in rows {
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
    for (table, index, column) in rows {
        match out.last_mut() {
            Some((t, i, cols)) if *t == table && *i == index => cols.push(column),
            _ => out.push((table, index, vec![column])),
        }
    }
    Ok(out)
}
