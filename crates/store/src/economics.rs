//! The ledger of the cluster organisation, its reserves and its team, and what the invoices and
//! the projects already say of its money.

use chrono::NaiveDate;
use domain::economics::{
    Basis, CostKind, EntryFields, EntryLine, IncomeStream, LedgerEntry, Scenario, StaffFields, StaffMember, StaffRole,
};
use domain::id::{Uuid, new_id};
use domain::invoice::InvoiceKind;
use domain::project::ProjectStage;

use crate::db::{Source, Tx, dispatch, reading, within};
use crate::{ClusterScope, Db, StoreError, now};

#[derive(sqlx::FromRow)]
struct EntryRow {
    id: Uuid,
    year: i32,
    basis: String,
    stream: Option<String>,
    cost_kind: Option<String>,
    public: bool,
    recurring: bool,
    project_id: Option<Uuid>,
    amount_minor: i64,
    hours: Option<i64>,
    hourly_rate_minor: Option<i64>,
    description: String,
    import_id: Option<Uuid>,
}

impl TryFrom<EntryRow> for LedgerEntry {
    type Error = StoreError;

    fn try_from(r: EntryRow) -> Result<Self, StoreError> {
        let line = match (r.stream.as_deref(), r.cost_kind.as_deref()) {
            (Some(s), None) => EntryLine::Income {
                stream: IncomeStream::parse(s).map_err(StoreError::corrupt)?,
                public: r.public,
                recurring: r.recurring,
            },
            (None, Some(k)) => {
                EntryLine::Cost { kind: CostKind::parse(k).map_err(StoreError::corrupt)?, project_id: r.project_id }
            }
            _ => return Err(StoreError::corrupt("a ledger line is income or a cost")),
        };
        Ok(LedgerEntry {
            id: r.id,
            fields: EntryFields {
                year: r.year,
                basis: Basis::parse(&r.basis).map_err(StoreError::corrupt)?,
                line,
                amount_minor: r.amount_minor,
                hours: r.hours,
                hourly_rate_minor: r.hourly_rate_minor,
                description: r.description,
            },
            import_id: r.import_id,
        })
    }
}

const ENTRY_COLUMNS: &str = "id, year, basis, stream, cost_kind, public, recurring, project_id, amount_minor, hours, \
                             hourly_rate_minor, description, import_id";

/// Writes a ledger line; `None` when the project it names is not the cluster's.
pub async fn insert_entry(
    db: &Db,
    scope: &ClusterScope,
    f: &EntryFields,
    import_id: Option<Uuid>,
    by: &str,
) -> Result<Option<Uuid>, StoreError> {
    let mut tx = db.begin().await?;
    match insert_entries(&mut tx, scope, std::slice::from_ref(f), import_id, by).await {
        Ok(ids) => {
            tx.commit().await?;
            Ok(ids.into_iter().next())
        }
        Err(StoreError::Database(sqlx::Error::Database(e))) if e.is_foreign_key_violation() => Ok(None),
        Err(e) => Err(e),
    }
}

/// Writes ledger lines in the unit, in multi-row statements, and returns their ids.
pub async fn insert_entries(
    tx: &mut Tx,
    scope: &ClusterScope,
    lines: &[EntryFields],
    import_id: Option<Uuid>,
    by: &str,
) -> Result<Vec<Uuid>, StoreError> {
    let at = now();
    let rows: Vec<(Uuid, &EntryFields)> = lines.iter().map(|f| (new_id(), f)).collect();
    within!(tx, c => {
        for chunk in rows.chunks(1000) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO ledger_entries (cluster_id, id, year, basis, stream, cost_kind, public, recurring, \
                 project_id, amount_minor, hours, hourly_rate_minor, description, import_id, created_by, created_at) ",
            );
            qb.push_values(chunk, |mut b, (id, f)| {
                let (stream, cost_kind, public, recurring, project) = match f.line {
                    EntryLine::Income { stream, public, recurring } => (Some(stream.code()), None, public, recurring, None),
                    EntryLine::Cost { kind, project_id } => (None, Some(kind.code()), false, !kind.is_structure(), project_id),
                };
                b.push_bind(scope.cluster_id()).push_bind(*id).push_bind(f.year).push_bind(f.basis.code())
                    .push_bind(stream).push_bind(cost_kind).push_bind(public).push_bind(recurring).push_bind(project)
                    .push_bind(f.amount_minor).push_bind(f.hours).push_bind(f.hourly_rate_minor)
                    .push_bind(f.description.clone()).push_bind(import_id).push_bind(by.to_string()).push_bind(at);
            });
            qb.build().execute(&mut *c).await?;
        }
    });
    Ok(rows.into_iter().map(|(id, _)| id).collect())
}

/// Deletes a ledger line; false when there is none such.
pub async fn delete_entry(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query("DELETE FROM ledger_entries WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The lines entered for the years from `first` to `last`, by year, basis and entry.
pub async fn entries(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    first: i32,
    last: i32,
) -> Result<Vec<LedgerEntry>, StoreError> {
    let sql = format!(
        "SELECT {ENTRY_COLUMNS} FROM ledger_entries WHERE cluster_id = $1 AND year >= $2 AND year <= $3 \
         ORDER BY year, basis, created_at, id"
    );
    let rows: Vec<EntryRow> = reading!(source.into(), c => sqlx::query_as(&sql)
        .bind(scope.cluster_id()).bind(first).bind(last).fetch_all(c).await)?;
    rows.into_iter().map(LedgerEntry::try_from).collect()
}

/// Sets the reserves held at the end of a year.
pub async fn set_reserves(db: &Db, scope: &ClusterScope, year: i32, minor: i64, by: &str) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO economic_years (cluster_id, year, reserves_minor, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (cluster_id, year) DO UPDATE SET reserves_minor = excluded.reserves_minor, \
         updated_by = excluded.updated_by, updated_at = excluded.updated_at")
        .bind(scope.cluster_id()).bind(year).bind(minor).bind(by).bind(now())
        .execute(pool).await.map(|_| ()))?;
    Ok(())
}

/// The reserves known at the end of each year: `(year, minor units)`.
pub async fn reserves(db: &Db, scope: &ClusterScope) -> Result<Vec<(i32, i64)>, StoreError> {
    let rows: Vec<(i32, i64)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT year, reserves_minor FROM economic_years WHERE cluster_id = $1 ORDER BY year")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(rows)
}

/// An issued invoice's net amount, under the kind of invoice it is or, for a credit note, the
/// kind of the invoice it corrects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoicedIncome {
    pub issued_on: NaiveDate,
    pub kind: InvoiceKind,
    pub organisation_id: Uuid,
    /// For a fee: the type of the membership it bills.
    pub membership_type_id: Option<Uuid>,
    pub net_minor: i64,
}

/// What the invoices issued from `first` to `last` (drafts and voided ones left out) brought in,
/// net of tax; credit notes count against the kind of invoice they correct.
pub async fn invoiced_income(
    db: &Db,
    scope: &ClusterScope,
    first: NaiveDate,
    last: NaiveDate,
) -> Result<Vec<InvoicedIncome>, StoreError> {
    let rows: Vec<(NaiveDate, String, Uuid, Option<Uuid>, i64)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT i.issued_on, COALESCE(c.kind, i.kind), i.organisation_id, m.type_id, i.net_minor FROM invoices i \
         LEFT JOIN invoices c ON c.cluster_id = i.cluster_id AND c.id = i.credited_invoice_id \
         LEFT JOIN memberships m ON m.cluster_id = i.cluster_id AND m.id = COALESCE(c.membership_id, i.membership_id) \
         WHERE i.cluster_id = $1 AND i.draft = FALSE AND i.voided_at IS NULL \
         AND i.issued_on >= $2 AND i.issued_on <= $3")
        .bind(scope.cluster_id()).bind(first).bind(last).fetch_all(pool).await)?;
    rows.into_iter()
        .map(|(issued_on, kind, organisation_id, membership_type_id, net_minor)| {
            let kind = InvoiceKind::parse(&kind).ok_or_else(|| StoreError::corrupt("an unknown invoice kind"))?;
            Ok(InvoicedIncome { issued_on, kind, organisation_id, membership_type_id, net_minor })
        })
        .collect()
}

/// A funding source of a project that has its money: funded, running or completed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecuredFunding {
    pub project_id: Uuid,
    pub starts_on: Option<NaiveDate>,
    pub public: bool,
    pub amount_minor: i64,
}

/// The funding sources of the projects funded, running or completed.
pub async fn secured_funding(db: &Db, scope: &ClusterScope) -> Result<Vec<SecuredFunding>, StoreError> {
    let stages = [ProjectStage::Funded, ProjectStage::Running, ProjectStage::Completed].map(|s| s.code());
    let rows: Vec<(Uuid, Option<NaiveDate>, bool, i64)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT p.id, p.starts_on, f.public, f.amount_minor FROM project_funding f \
         JOIN projects p ON p.cluster_id = f.cluster_id AND p.id = f.project_id \
         WHERE f.cluster_id = $1 AND p.stage IN ($2, $3, $4)")
        .bind(scope.cluster_id()).bind(stages[0]).bind(stages[1]).bind(stages[2]).fetch_all(pool).await)?;
    Ok(rows
        .into_iter()
        .map(|(project_id, starts_on, public, amount_minor)| SecuredFunding {
            project_id,
            starts_on,
            public,
            amount_minor,
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct StaffRow {
    id: Uuid,
    name: String,
    role: String,
    fte_hundredths: i64,
    yearly_cost_minor: i64,
    starts_on: NaiveDate,
    ends_on: Option<NaiveDate>,
    qualifications: String,
    project_id: Option<Uuid>,
}

impl TryFrom<StaffRow> for StaffMember {
    type Error = StoreError;

    fn try_from(r: StaffRow) -> Result<Self, StoreError> {
        Ok(StaffMember {
            id: r.id,
            fields: StaffFields {
                name: r.name,
                role: StaffRole::parse(&r.role).map_err(StoreError::corrupt)?,
                fte_hundredths: r.fte_hundredths,
                yearly_cost_minor: r.yearly_cost_minor,
                starts_on: r.starts_on,
                ends_on: r.ends_on,
                qualifications: r.qualifications,
                project_id: r.project_id,
            },
        })
    }
}

const STAFF_COLUMNS: &str =
    "id, name, role, fte_hundredths, yearly_cost_minor, starts_on, ends_on, qualifications, project_id";

/// Adds a member of the team; `None` when the project named is not the cluster's.
pub async fn insert_staff(db: &Db, scope: &ClusterScope, f: &StaffFields) -> Result<Option<Uuid>, StoreError> {
    let (id, at) = (new_id(), now());
    let result = dispatch!(db, pool => sqlx::query(
        "INSERT INTO staff_members (cluster_id, id, name, role, fte_hundredths, yearly_cost_minor, starts_on, ends_on, \
         qualifications, project_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)")
        .bind(scope.cluster_id()).bind(id).bind(&f.name).bind(f.role.code()).bind(f.fte_hundredths)
        .bind(f.yearly_cost_minor).bind(f.starts_on).bind(f.ends_on).bind(&f.qualifications).bind(f.project_id).bind(at)
        .execute(pool).await.map(|_| ()));
    match result {
        Ok(()) => Ok(Some(id)),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Rewrites a member of the team: `Some(false)` when there is none such, `None` when the project
/// named is not the cluster's.
pub async fn update_staff(
    db: &Db,
    scope: &ClusterScope,
    id: Uuid,
    f: &StaffFields,
) -> Result<Option<bool>, StoreError> {
    let result = dispatch!(db, pool => sqlx::query(
        "UPDATE staff_members SET name = $3, role = $4, fte_hundredths = $5, yearly_cost_minor = $6, starts_on = $7, \
         ends_on = $8, qualifications = $9, project_id = $10, updated_at = $11 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(&f.name).bind(f.role.code()).bind(f.fte_hundredths)
        .bind(f.yearly_cost_minor).bind(f.starts_on).bind(f.ends_on).bind(&f.qualifications).bind(f.project_id).bind(now())
        .execute(pool).await.map(|r| r.rows_affected()));
    match result {
        Ok(n) => Ok(Some(n == 1)),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Deletes a member of the team entered by mistake (one who left keeps an end date instead).
pub async fn delete_staff(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query("DELETE FROM staff_members WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The team, past and present, by start.
pub async fn staff(db: &Db, scope: &ClusterScope) -> Result<Vec<StaffMember>, StoreError> {
    let sql = format!("SELECT {STAFF_COLUMNS} FROM staff_members WHERE cluster_id = $1 ORDER BY starts_on, name, id");
    let rows: Vec<StaffRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(pool).await)?;
    rows.into_iter().map(StaffMember::try_from).collect()
}

pub async fn get_staff(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<StaffMember>, StoreError> {
    let sql = format!("SELECT {STAFF_COLUMNS} FROM staff_members WHERE cluster_id = $1 AND id = $2");
    let row: Option<StaffRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    row.map(StaffMember::try_from).transpose()
}

pub async fn insert_scenario(
    db: &Db,
    scope: &ClusterScope,
    name: &str,
    assumptions: &domain::economics::Assumptions,
    by: &str,
) -> Result<Uuid, StoreError> {
    let id = new_id();
    let json = serde_json::to_string(assumptions).map_err(StoreError::corrupt)?;
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO economic_scenarios (cluster_id, id, name, assumptions, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(scope.cluster_id()).bind(id).bind(name).bind(json).bind(by).bind(now())
        .execute(pool).await.map(|_| ()))?;
    Ok(id)
}

pub async fn delete_scenario(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query("DELETE FROM economic_scenarios WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The scenarios saved, oldest first.
pub async fn scenarios(db: &Db, scope: &ClusterScope) -> Result<Vec<Scenario>, StoreError> {
    let rows: Vec<(Uuid, String, String)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, name, assumptions FROM economic_scenarios WHERE cluster_id = $1 ORDER BY created_at, id")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    rows.into_iter()
        .map(|(id, name, json)| {
            let assumptions = serde_json::from_str(&json).map_err(StoreError::corrupt)?;
            Ok(Scenario { id, name, assumptions })
        })
        .collect()
}
