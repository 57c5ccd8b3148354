//! Company figures per organisation and year, and the reviews of figures a survey brought that
//! differ from those known (migration 0029).

use chrono::{DateTime, Utc};
use domain::figures::{CompanyFigures, FigureSource};
use domain::id::{Uuid, new_id};

use crate::db::{Source, Tx, dispatch, reading, within};
use crate::{ClusterScope, Db, StoreError, now};

/// One year's figures of one organisation as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearFigures {
    pub organisation_id: Uuid,
    pub year: i32,
    pub figures: CompanyFigures,
    pub source: FigureSource,
    pub campaign_id: Option<Uuid>,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct Row {
    organisation_id: Uuid,
    year: i32,
    employees: Option<i64>,
    turnover_minor: Option<i64>,
    exports_minor: Option<i64>,
    rd_spending_minor: Option<i64>,
    new_products: Option<i64>,
    new_foreign_markets: Option<i64>,
    digital_maturity: Option<i64>,
    source: String,
    campaign_id: Option<Uuid>,
    recorded_by: String,
    recorded_at: DateTime<Utc>,
}

impl TryFrom<Row> for YearFigures {
    type Error = StoreError;

    fn try_from(r: Row) -> Result<Self, StoreError> {
        Ok(YearFigures {
            organisation_id: r.organisation_id,
            year: r.year,
            figures: CompanyFigures {
                employees: r.employees,
                turnover_minor: r.turnover_minor,
                exports_minor: r.exports_minor,
                rd_spending_minor: r.rd_spending_minor,
                new_products: r.new_products,
                new_foreign_markets: r.new_foreign_markets,
                digital_maturity: r.digital_maturity,
            },
            source: FigureSource::parse(&r.source).map_err(StoreError::corrupt)?,
            campaign_id: r.campaign_id,
            recorded_by: r.recorded_by,
            recorded_at: r.recorded_at,
        })
    }
}

const COLUMNS: &str = "organisation_id, year, employees, turnover_minor, exports_minor, rd_spending_minor, \
                       new_products, new_foreign_markets, digital_maturity, source, campaign_id, recorded_by, recorded_at";

/// Writes a year's figures of an organisation, replacing those recorded; false when the
/// organisation is not the cluster's.
#[allow(clippy::too_many_arguments)]
pub async fn record(
    tx: &mut Tx,
    scope: &ClusterScope,
    organisation: Uuid,
    year: i32,
    f: &CompanyFigures,
    source: FigureSource,
    campaign: Option<Uuid>,
    by: &str,
) -> Result<bool, StoreError> {
    let result = within!(tx, c => sqlx::query(
        "INSERT INTO company_figures (cluster_id, organisation_id, year, employees, turnover_minor, exports_minor, \
         rd_spending_minor, new_products, new_foreign_markets, digital_maturity, source, campaign_id, recorded_by, \
         recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) \
         ON CONFLICT (cluster_id, organisation_id, year) DO UPDATE SET employees = excluded.employees, \
         turnover_minor = excluded.turnover_minor, exports_minor = excluded.exports_minor, \
         rd_spending_minor = excluded.rd_spending_minor, new_products = excluded.new_products, \
         new_foreign_markets = excluded.new_foreign_markets, digital_maturity = excluded.digital_maturity, \
         source = excluded.source, campaign_id = excluded.campaign_id, recorded_by = excluded.recorded_by, \
         recorded_at = excluded.recorded_at")
        .bind(scope.cluster_id()).bind(organisation).bind(year).bind(f.employees).bind(f.turnover_minor)
        .bind(f.exports_minor).bind(f.rd_spending_minor).bind(f.new_products).bind(f.new_foreign_markets)
        .bind(f.digital_maturity).bind(source.code()).bind(campaign).bind(by).bind(now())
        .execute(&mut *c).await.map(|_| ()));
    match result {
        Ok(()) => Ok(true),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// The figures of one organisation, by year.
pub async fn of_organisation(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    organisation: Uuid,
) -> Result<Vec<YearFigures>, StoreError> {
    let sql =
        format!("SELECT {COLUMNS} FROM company_figures WHERE cluster_id = $1 AND organisation_id = $2 ORDER BY year");
    let rows: Vec<Row> = reading!(source.into(), c => sqlx::query_as(&sql)
        .bind(scope.cluster_id()).bind(organisation).fetch_all(c).await)?;
    rows.into_iter().map(YearFigures::try_from).collect()
}

/// Every organisation's figures of the years from `first` to `last`.
pub async fn of_years(db: &Db, scope: &ClusterScope, first: i32, last: i32) -> Result<Vec<YearFigures>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS} FROM company_figures WHERE cluster_id = $1 AND year >= $2 AND year <= $3 \
         ORDER BY year, organisation_id"
    );
    let rows: Vec<Row> = dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(first).bind(last).fetch_all(pool).await)?;
    rows.into_iter().map(YearFigures::try_from).collect()
}

/// Figures a survey brought that differ from those known, waiting for the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub year: i32,
    pub proposed: CompanyFigures,
    pub campaign_id: Uuid,
    pub created_at: DateTime<Utc>,
    /// `accepted` or `rejected` once decided.
    pub decision: Option<String>,
}

type ReviewRow = (Uuid, Uuid, i32, String, Uuid, DateTime<Utc>, Option<String>);

fn review(r: ReviewRow) -> Result<Review, StoreError> {
    Ok(Review {
        id: r.0,
        organisation_id: r.1,
        year: r.2,
        proposed: serde_json::from_str(&r.3).map_err(StoreError::corrupt)?,
        campaign_id: r.4,
        created_at: r.5,
        decision: r.6,
    })
}

const REVIEW_COLUMNS: &str = "id, organisation_id, year, proposed, campaign_id, created_at, decision";

pub async fn insert_review(
    tx: &mut Tx,
    scope: &ClusterScope,
    organisation: Uuid,
    year: i32,
    proposed: &CompanyFigures,
    campaign: Uuid,
) -> Result<Uuid, StoreError> {
    let id = new_id();
    let json = serde_json::to_string(proposed).map_err(StoreError::corrupt)?;
    within!(tx, c => sqlx::query(
        "INSERT INTO figure_reviews (cluster_id, id, organisation_id, year, proposed, campaign_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(scope.cluster_id()).bind(id).bind(organisation).bind(year).bind(json).bind(campaign).bind(now())
        .execute(&mut *c).await.map(|_| ()))?;
    Ok(id)
}

/// The reviews not decided yet, oldest first.
pub async fn pending_reviews(db: &Db, scope: &ClusterScope) -> Result<Vec<Review>, StoreError> {
    let sql = format!(
        "SELECT {REVIEW_COLUMNS} FROM figure_reviews WHERE cluster_id = $1 AND decision IS NULL ORDER BY created_at, id"
    );
    let rows: Vec<ReviewRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(pool).await)?;
    rows.into_iter().map(review).collect()
}

/// Decides a review not decided yet, in the unit: the review as it was, or `None` when there is
/// none such or it was decided already (two decisions at once: one counts).
pub async fn decide(
    tx: &mut Tx,
    scope: &ClusterScope,
    id: Uuid,
    accepted: bool,
    by: &str,
) -> Result<Option<Review>, StoreError> {
    let sql = format!(
        "UPDATE figure_reviews SET decision = $3, decided_by = $4, decided_at = $5 \
         WHERE cluster_id = $1 AND id = $2 AND decision IS NULL RETURNING {REVIEW_COLUMNS}"
    );
    let row: Option<ReviewRow> = within!(tx, c => sqlx::query_as(&sql)
        .bind(scope.cluster_id()).bind(id).bind(if accepted { "accepted" } else { "rejected" }).bind(by).bind(now())
        .fetch_optional(&mut *c).await)?;
    row.map(review).transpose()
}
