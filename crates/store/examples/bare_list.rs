//! The yardstick of the API's request path (`scripts/bench-api.sh`): a bare axum handler that
//! serves the first page of a cluster's organisations as JSON, in one sqlx statement on the
//! same pool settings, with no authentication, no scope and no middleware. What clusterdesk
//! serves beyond this is the cost of its request path.
//!
//! Usage: `cargo run --release -p store --example bare_list -- DATABASE ADDRESS`
//! answers `GET /api/v1/clusters/{cluster}/organisations`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::get;
use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use sqlx::Row;
use uuid::Uuid;

const FIRST_PAGE: &str = "SELECT o.id, o.name, o.kind, o.nace_code, o.employees, o.turnover_minor, \
     o.balance_sheet_minor, o.size_class, o.country, o.region, o.vat_id, o.website, o.archived_at, \
     o.created_at, o.updated_at, (SELECT COUNT(*) FROM organisations i \
     WHERE i.cluster_id = (SELECT id FROM clusters WHERE slug = $1) AND i.archived_at IS NULL) AS total_matching \
     FROM organisations o WHERE o.cluster_id = (SELECT id FROM clusters WHERE slug = $1) AND o.archived_at IS NULL \
     ORDER BY o.name_sort_key ASC, o.id ASC LIMIT 25 OFFSET 0";

fn decimal(minor: Option<i64>) -> Value {
    minor.map_or(Value::Null, |m| Value::String(format!("{}.{:02}", m / 100, (m % 100).abs())))
}

async fn first_page(
    State(pool): State<sqlx::SqlitePool>,
    Path(cluster): Path<String>,
) -> Result<Json<Value>, StatusCode> {
    let rows =
        sqlx::query(FIRST_PAGE).bind(cluster).fetch_all(&pool).await.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let total: i64 = rows.first().map_or(0, |r| r.get("total_matching"));
    let items: Vec<Value> = rows
        .iter()
        .map(|r| {
            json!({
                "id": r.get::<Uuid, _>("id"),
                "name": r.get::<String, _>("name"),
                "kind": r.get::<String, _>("kind"),
                "nace_code": r.get::<Option<String>, _>("nace_code"),
                "employees": r.get::<Option<i64>, _>("employees"),
                "turnover": decimal(r.get("turnover_minor")),
                "balance_sheet_total": decimal(r.get("balance_sheet_minor")),
                "currency": "EUR",
                "size_class": r.get::<Option<String>, _>("size_class"),
                "country": r.get::<Option<String>, _>("country"),
                "region": r.get::<Option<String>, _>("region"),
                "vat_id": r.get::<Option<String>, _>("vat_id"),
                "website": r.get::<Option<String>, _>("website"),
                "archived_at": r.get::<Option<DateTime<Utc>>, _>("archived_at"),
                "created_at": r.get::<DateTime<Utc>, _>("created_at"),
                "updated_at": r.get::<DateTime<Utc>, _>("updated_at"),
            })
        })
        .collect();
    Ok(Json(json!({ "items": items, "total": total, "page": 1, "per_page": 25 })))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(database), Some(address)) = (args.next(), args.next()) else {
        return Err("usage: bare_list DATABASE ADDRESS".into());
    };
    let store::Db::Sqlite(pool) = store::Db::connect(&database).await? else {
        return Err("the yardstick runs on SQLite".into());
    };
    let app = axum::Router::new().route("/api/v1/clusters/{cluster}/organisations", get(first_page)).with_state(pool);
    let listener = tokio::net::TcpListener::bind(&address).await?;
    axum::serve(listener, app).await?;
    Ok(())
}
