//! The service catalogue of one cluster and its deliveries.

use chrono::{DateTime, NaiveDate, Utc};
use domain::id::{Uuid, new_id};
use domain::service::{Delivery, DeliveryFields, Service, ServiceFields};

use crate::db::{Source, Tx, dispatch, reading, within};
use crate::{ClusterScope, Db, StoreError, now};

#[derive(sqlx::FromRow)]
struct ServiceRow {
    id: Uuid,
    name: String,
    kind: String,
    description: String,
    member_price_minor: i64,
    non_member_price_minor: i64,
    unit: String,
    tax_rate_basis_points: i64,
    archived_at: Option<DateTime<Utc>>,
}

impl From<ServiceRow> for Service {
    fn from(r: ServiceRow) -> Self {
        Service {
            id: r.id,
            fields: ServiceFields {
                name: r.name,
                kind: r.kind,
                description: r.description,
                member_price_minor: r.member_price_minor,
                non_member_price_minor: r.non_member_price_minor,
                unit: r.unit,
                tax_rate_basis_points: r.tax_rate_basis_points,
            },
            archived_at: r.archived_at,
        }
    }
}

const SERVICE_COLUMNS: &str = "id, name, kind, description, member_price_minor, non_member_price_minor, unit, \
                               tax_rate_basis_points, archived_at";

pub async fn insert(db: &Db, scope: &ClusterScope, f: &ServiceFields) -> Result<Uuid, StoreError> {
    let (id, at) = (new_id(), now());
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO services (cluster_id, id, name, kind, description, member_price_minor, non_member_price_minor, \
         unit, tax_rate_basis_points, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)")
        .bind(scope.cluster_id()).bind(id).bind(&f.name).bind(&f.kind).bind(&f.description)
        .bind(f.member_price_minor).bind(f.non_member_price_minor).bind(&f.unit).bind(f.tax_rate_basis_points)
        .bind(at).execute(pool).await.map(|_| ()))?;
    Ok(id)
}

/// Rewrites a service: deliveries made keep the price they had. False when there is no such one.
pub async fn update(db: &Db, scope: &ClusterScope, id: Uuid, f: &ServiceFields) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE services SET name = $3, kind = $4, description = $5, member_price_minor = $6, \
         non_member_price_minor = $7, unit = $8, tax_rate_basis_points = $9, updated_at = $10 \
         WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(&f.name).bind(&f.kind).bind(&f.description)
        .bind(f.member_price_minor).bind(f.non_member_price_minor).bind(&f.unit).bind(f.tax_rate_basis_points)
        .bind(now()).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Takes a service out of the catalogue (no new deliveries), or back in.
pub async fn archive(db: &Db, scope: &ClusterScope, id: Uuid, archived: bool) -> Result<bool, StoreError> {
    let at = now();
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE services SET archived_at = $3, updated_at = $4 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(archived.then_some(at)).bind(at).execute(pool).await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The catalogue, by name.
pub async fn services(source: impl Into<Source<'_>>, scope: &ClusterScope) -> Result<Vec<Service>, StoreError> {
    let sql = format!("SELECT {SERVICE_COLUMNS} FROM services WHERE cluster_id = $1 ORDER BY name, id");
    let rows: Vec<ServiceRow> =
        reading!(source.into(), c => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(c).await)?;
    Ok(crate::by_name(scope, rows.into_iter().map(Service::from).collect(), |s: &Service| &s.fields.name))
}

pub async fn get(source: impl Into<Source<'_>>, scope: &ClusterScope, id: Uuid) -> Result<Option<Service>, StoreError> {
    let sql = format!("SELECT {SERVICE_COLUMNS} FROM services WHERE cluster_id = $1 AND id = $2");
    let row: Option<ServiceRow> = reading!(source.into(), c => sqlx::query_as(&sql)
        .bind(scope.cluster_id()).bind(id).fetch_optional(c).await)?;
    Ok(row.map(Service::from))
}

/// Records a delivery at the price it was decided on, inside the unit of work; `None` when the
/// service or the organisation is not the cluster's.
pub async fn insert_delivery(
    tx: &mut Tx,
    scope: &ClusterScope,
    service: Uuid,
    organisation: Uuid,
    f: &DeliveryFields,
    (unit_price_minor, tax_rate_basis_points, member_price): (i64, i64, bool),
    by: &str,
) -> Result<Option<Uuid>, StoreError> {
    let id = new_id();
    let result = within!(tx, c => sqlx::query(
        "INSERT INTO service_deliveries (cluster_id, id, service_id, organisation_id, delivered_on, quantity, \
         unit_price_minor, tax_rate_basis_points, member_price, satisfaction, note, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)")
        .bind(scope.cluster_id()).bind(id).bind(service).bind(organisation).bind(f.delivered_on).bind(f.quantity)
        .bind(unit_price_minor).bind(tax_rate_basis_points).bind(member_price).bind(f.satisfaction).bind(&f.note).bind(by).bind(now())
        .execute(&mut *c).await.map(|_| ()));
    match result {
        Ok(()) => Ok(Some(id)),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Records what the organisation said of a delivery; false when there is no such delivery.
pub async fn set_satisfaction(db: &Db, scope: &ClusterScope, id: Uuid, score: Option<i64>) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "UPDATE service_deliveries SET satisfaction = $3 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(score).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Deletes a delivery not on an invoice; false when there is none such.
pub async fn delete_delivery(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<bool, StoreError> {
    let n = dispatch!(db, pool => sqlx::query(
        "DELETE FROM service_deliveries WHERE cluster_id = $1 AND id = $2 AND (invoice_id IS NULL \
         OR invoice_id IN (SELECT id FROM invoices WHERE cluster_id = $1 AND voided_at IS NOT NULL))")
        .bind(scope.cluster_id()).bind(id).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Puts deliveries on an invoice inside the unit of work that writes it: only those on no invoice
/// (or on a voided one) are taken. Returns how many were taken; fewer than asked means another
/// request invoiced some first, and the unit must be dropped.
pub async fn put_on_invoice(
    tx: &mut Tx,
    scope: &ClusterScope,
    ids: &[Uuid],
    invoice: Uuid,
) -> Result<usize, StoreError> {
    let mut taken = 0;
    for id in ids {
        let n = within!(tx, c => sqlx::query(
            "UPDATE service_deliveries SET invoice_id = $3 WHERE cluster_id = $1 AND id = $2 AND (invoice_id IS NULL \
             OR invoice_id IN (SELECT id FROM invoices WHERE cluster_id = $1 AND voided_at IS NOT NULL))")
            .bind(scope.cluster_id()).bind(id).bind(invoice).execute(&mut *c).await.map(|r| r.rows_affected()))?;
        taken += n as usize;
    }
    Ok(taken)
}

#[derive(sqlx::FromRow)]
struct DeliveryRow {
    id: Uuid,
    service_id: Uuid,
    service_name: String,
    organisation_id: Uuid,
    organisation_name: String,
    delivered_on: NaiveDate,
    quantity: i64,
    satisfaction: Option<i64>,
    note: String,
    unit_price_minor: i64,
    tax_rate_basis_points: i64,
    member_price: bool,
    invoice_id: Option<Uuid>,
    invoice_number: Option<String>,
    invoice_draft: Option<bool>,
}

impl From<DeliveryRow> for Delivery {
    fn from(r: DeliveryRow) -> Self {
        Delivery {
            id: r.id,
            service_id: r.service_id,
            service_name: r.service_name,
            organisation_id: r.organisation_id,
            organisation_name: r.organisation_name,
            fields: DeliveryFields {
                delivered_on: r.delivered_on,
                quantity: r.quantity,
                satisfaction: r.satisfaction,
                note: r.note,
            },
            unit_price_minor: r.unit_price_minor,
            tax_rate_basis_points: r.tax_rate_basis_points,
            member_price: r.member_price,
            invoice_id: r.invoice_number.as_ref().and(r.invoice_id),
            invoice_number: r.invoice_number,
            invoice_draft: r.invoice_draft.unwrap_or(false),
        }
    }
}

/// Which deliveries a list holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeliveryFilter {
    pub service_id: Option<Uuid>,
    pub organisation_id: Option<Uuid>,
    /// Delivered on or after, and before.
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// Only those on no invoice (or a voided one).
    pub not_invoiced: bool,
    pub ids: Option<Vec<Uuid>>,
}

const DELIVERY_SELECT: &str = "SELECT d.id, d.service_id, s.name AS service_name, d.organisation_id, \
     o.name AS organisation_name, d.delivered_on, d.quantity, d.satisfaction, d.note, d.unit_price_minor, \
     d.tax_rate_basis_points, d.member_price, d.invoice_id, i.number AS invoice_number, i.draft AS invoice_draft \
     FROM service_deliveries d \
     JOIN services s ON s.cluster_id = d.cluster_id AND s.id = d.service_id \
     JOIN organisations o ON o.cluster_id = d.cluster_id AND o.id = d.organisation_id \
     LEFT JOIN invoices i ON i.cluster_id = d.cluster_id AND i.id = d.invoice_id AND i.voided_at IS NULL";

/// The deliveries that match, the latest first.
pub async fn deliveries(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    filter: &DeliveryFilter,
) -> Result<Vec<Delivery>, StoreError> {
    let mut sql = format!(
        "{DELIVERY_SELECT} WHERE d.cluster_id = $1 AND ($2 IS NULL OR d.service_id = $2) \
         AND ($3 IS NULL OR d.organisation_id = $3) AND ($4 IS NULL OR d.delivered_on >= $4) \
         AND ($5 IS NULL OR d.delivered_on < $5)"
    );
    if filter.not_invoiced {
        sql.push_str(" AND i.id IS NULL");
    }
    let ids = filter.ids.as_deref().unwrap_or(&[]);
    if filter.ids.is_some() {
        let marks: Vec<String> = (0..ids.len()).map(|n| format!("${}", n + 6)).collect();
        if marks.is_empty() {
            return Ok(Vec::new());
        }
        sql.push_str(&format!(" AND d.id IN ({})", marks.join(", ")));
    }
    sql.push_str(" ORDER BY d.delivered_on DESC, d.created_at DESC, d.id");
    let rows: Vec<DeliveryRow> = reading!(source.into(), c => {
        let mut q = sqlx::query_as(&sql).bind(scope.cluster_id()).bind(filter.service_id).bind(filter.organisation_id)
            .bind(filter.from).bind(filter.until);
        for id in ids {
            q = q.bind(*id);
        }
        q.fetch_all(c).await
    })?;
    Ok(rows.into_iter().map(Delivery::from).collect())
}
