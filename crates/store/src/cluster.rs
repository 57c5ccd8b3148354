//! Networks and their clusters.

use chrono::{DateTime, Utc};
use domain::id::{Uuid, new_id};
use domain::money::Currency;

use crate::db::{dispatch, read_model, within};
use crate::{Db, StoreError, now};

pub use domain::cluster::{BillingDetails, Cluster};

#[derive(sqlx::FromRow)]
pub(crate) struct ClusterRow {
    id: Uuid,
    slug: String,
    name: String,
    country: String,
    region_code: Option<String>,
    region_name: Option<String>,
    base_currency: String,
    domains: String,
    fiscal_year_start_month: i32,
    maturity: String,
    created_at: DateTime<Utc>,
    time_zone: Option<String>,
    registration_check: String,
    privacy_notice_url: Option<String>,
    language: Option<String>,
}

pub(crate) const CLUSTER_COLUMNS: &str = "c.id, c.slug, c.name, c.country, c.region_code, c.region_name, \
     c.base_currency, c.domains, c.fiscal_year_start_month, c.maturity, c.created_at, c.time_zone, \
     c.registration_check, c.privacy_notice_url, c.language";

impl TryFrom<ClusterRow> for Cluster {
    type Error = StoreError;

    fn try_from(r: ClusterRow) -> Result<Self, StoreError> {
        Ok(Cluster {
            id: r.id,
            base_currency: Currency::parse(&r.base_currency).map_err(StoreError::Corrupt)?,
            domains: r.domains.split(',').map(str::trim).filter(|d| !d.is_empty()).map(String::from).collect(),
            slug: r.slug,
            name: r.name,
            country: r.country,
            region_code: r.region_code,
            region_name: r.region_name,
            fiscal_year_start_month: r.fiscal_year_start_month,
            maturity: domain::cluster::Maturity::parse(&r.maturity).map_err(StoreError::Corrupt)?,
            created_at: r.created_at,
            time_zone_override: r
                .time_zone
                .as_deref()
                .map(domain::time_zone::parse)
                .transpose()
                .map_err(StoreError::Corrupt)?,
            registration_check: domain::event::RegistrationCheck::parse(&r.registration_check)
                .map_err(StoreError::Corrupt)?,
            privacy_notice_url: r.privacy_notice_url,
            language_override: r
                .language
                .as_deref()
                .map(domain::language::Language::parse)
                .transpose()
                .map_err(StoreError::Corrupt)?,
        })
    }
}

/// A cluster's columns where it may be missing (the outer side of a LEFT JOIN).
#[derive(sqlx::FromRow)]
pub(crate) struct MaybeClusterRow {
    id: Option<Uuid>,
    slug: Option<String>,
    name: Option<String>,
    country: Option<String>,
    region_code: Option<String>,
    region_name: Option<String>,
    base_currency: Option<String>,
    domains: Option<String>,
    fiscal_year_start_month: Option<i32>,
    maturity: Option<String>,
    created_at: Option<DateTime<Utc>>,
    time_zone: Option<String>,
    registration_check: Option<String>,
    privacy_notice_url: Option<String>,
    language: Option<String>,
}

impl MaybeClusterRow {
    /// The cluster, when the join found one.
    pub(crate) fn into_cluster(self) -> Result<Option<Cluster>, StoreError> {
        let Some(id) = self.id else {
            return Ok(None);
        };
        let missing = || StoreError::Corrupt("a cluster's row lacks a required column".into());
        let row = ClusterRow {
            id,
            slug: self.slug.ok_or_else(missing)?,
            name: self.name.ok_or_else(missing)?,
            country: self.country.ok_or_else(missing)?,
            region_code: self.region_code,
            region_name: self.region_name,
            base_currency: self.base_currency.ok_or_else(missing)?,
            domains: self.domains.ok_or_else(missing)?,
            fiscal_year_start_month: self.fiscal_year_start_month.ok_or_else(missing)?,
            maturity: self.maturity.ok_or_else(missing)?,
            created_at: self.created_at.ok_or_else(missing)?,
            time_zone: self.time_zone,
            registration_check: self.registration_check.ok_or_else(missing)?,
            privacy_notice_url: self.privacy_notice_url,
            language: self.language,
        };
        Ok(Some(Cluster::try_from(row)?))
    }
}

/// What it takes to found a cluster.
#[derive(Debug, Clone)]
pub struct NewCluster {
    pub slug: String,
    pub name: String,
    pub country: String,
    pub region_code: Option<String>,
    pub region_name: Option<String>,
    pub base_currency: Currency,
    pub domains: Vec<String>,
    pub fiscal_year_start_month: i32,
    pub maturity: String,
}

/// The installation's network, made on first use.
pub async fn ensure_network(db: &Db, name: &str) -> Result<Uuid, StoreError> {
    let existing: Option<(Uuid,)> = dispatch!(db, pool => sqlx::query_as("SELECT id FROM networks ORDER BY created_at LIMIT 1").fetch_optional(pool).await)?;
    if let Some((id,)) = existing {
        return Ok(id);
    }
    let id = new_id();
    dispatch!(db, pool => sqlx::query("INSERT INTO networks (id, name, created_at) VALUES ($1, $2, $3)")
        .bind(id).bind(name).bind(now()).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(id)
}

/// Creates the cluster, or returns the one that already has this slug.
pub async fn ensure_cluster(db: &Db, network_id: Uuid, new: &NewCluster) -> Result<Cluster, StoreError> {
    if let Some(c) = by_slug(db, &new.slug).await? {
        return Ok(c);
    }
    let id = new_id();
    let mut unit = db.begin().await?;
    within!(&mut unit, tx => {
        sqlx::query(
            "INSERT INTO clusters (id, network_id, slug, name, country, region_code, region_name, base_currency, \
             domains, fiscal_year_start_month, maturity, created_at, names_sorted_as) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(id)
        .bind(network_id)
        .bind(&new.slug)
        .bind(&new.name)
        .bind(&new.country)
        .bind(&new.region_code)
        .bind(&new.region_name)
        .bind(new.base_currency.code())
        .bind(new.domains.join(", "))
        .bind(new.fiscal_year_start_month)
        .bind(&new.maturity)
        .bind(now())
        // A new cluster has no names yet: those it gets are sorted in its country's language.
        .bind(i18n::sort_keys_made_as(domain::language::Language::of_country(&new.country)))
        .execute(&mut *tx)
        .await?;
    });
    unit.commit().await?;
    by_slug(db, &new.slug).await?.ok_or_else(|| StoreError::Corrupt("cluster vanished after insert".into()))
}

/// A cluster by its slug, for the operator and for access checks; not a way into its rows.
pub async fn by_slug(db: &Db, slug: &str) -> Result<Option<Cluster>, StoreError> {
    let sql = format!("SELECT {CLUSTER_COLUMNS} FROM clusters c WHERE c.slug = $1");
    let row: Option<ClusterRow> = dispatch!(db, pool => sqlx::query_as(&sql).bind(slug).fetch_optional(pool).await)?;
    row.map(Cluster::try_from).transpose()
}

/// Every cluster of the installation, by name.
pub async fn all(db: &Db) -> Result<Vec<Cluster>, StoreError> {
    let sql = format!("SELECT {CLUSTER_COLUMNS} FROM clusters c ORDER BY c.name");
    let rows: Vec<ClusterRow> = dispatch!(db, pool => sqlx::query_as(&sql).fetch_all(pool).await)?;
    rows.into_iter().map(Cluster::try_from).collect()
}

/// The other clusters of the scope's network, by name: `(id, name, country)`, partners of its
/// inter-cluster projects.
pub async fn network_partners(db: &Db, scope: &crate::ClusterScope) -> Result<Vec<(Uuid, String, String)>, StoreError> {
    let rows: Vec<(Uuid, String, String)> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, name, country FROM clusters WHERE network_id = (SELECT network_id FROM clusters WHERE id = $1) \
         AND id <> $1 ORDER BY name, id")
        .bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(crate::by_name(scope, rows, |(_, name, _): &(Uuid, String, String)| name))
}

/// Whether the installation has any cluster yet.
pub async fn is_empty(db: &Db) -> Result<bool, StoreError> {
    let (n,): (i64,) = dispatch!(db, pool => sqlx::query_as("SELECT COUNT(*) FROM clusters").fetch_one(pool).await)?;
    Ok(n == 0)
}

read_model!(BillingRow => BillingDetails {
    legal_name: Option<String>,
    address: Option<String>,
    vat_id: Option<String>,
    iban: Option<String>,
    billing_email: Option<String>,
});

pub async fn billing_details(db: &Db, scope: &crate::ClusterScope) -> Result<BillingDetails, StoreError> {
    let row: BillingRow = dispatch!(db, pool => sqlx::query_as(
        "SELECT legal_name, address, vat_id, iban, billing_email FROM clusters WHERE id = $1")
        .bind(scope.cluster_id()).fetch_one(pool).await)?;
    row.try_into()
}

pub async fn set_billing_details(
    db: &Db,
    scope: &crate::ClusterScope,
    details: &BillingDetails,
) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query(
        "UPDATE clusters SET legal_name = $2, address = $3, vat_id = $4, iban = $5, billing_email = $6 WHERE id = $1")
        .bind(scope.cluster_id()).bind(&details.legal_name).bind(&details.address).bind(&details.vat_id)
        .bind(&details.iban).bind(&details.billing_email).execute(pool).await.map(|_| ()))?;
    Ok(())
}

/// Sets the cluster's own time zone, or with `None` goes back to its country's.
pub async fn set_time_zone(
    db: &Db,
    scope: &crate::ClusterScope,
    zone: Option<domain::time_zone::Tz>,
) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query("UPDATE clusters SET time_zone = $2 WHERE id = $1")
        .bind(scope.cluster_id()).bind(zone.map(|z| z.name())).execute(pool).await.map(|_| ()))?;
    Ok(())
}

/// Sets the language of the cluster's documents inside the unit of work (`None`: its
/// country's), and sorts its organisations' and contacts' names again when the language now in
/// force is not the one they were sorted in.
pub async fn set_language(
    tx: &mut crate::Tx,
    scope: &crate::ClusterScope,
    language: Option<domain::language::Language>,
) -> Result<(), StoreError> {
    within!(tx, c => sqlx::query("UPDATE clusters SET language = $2 WHERE id = $1")
        .bind(scope.cluster_id()).bind(language.map(|l| l.code())).execute(&mut *c).await?.rows_affected());
    let in_force = language.unwrap_or_else(|| domain::language::Language::of_country(&scope.cluster().country));
    let (sorted_as,): (Option<String>,) = within!(tx, c => sqlx::query_as(
        "SELECT names_sorted_as FROM clusters WHERE id = $1").bind(scope.cluster_id()).fetch_one(&mut *c).await?);
    // Choosing the language already in force (the country's, named) changes no key.
    if sorted_as != Some(i18n::sort_keys_made_as(in_force)) {
        crate::organisation::sort_names(tx, scope.cluster_id(), in_force).await?;
    }
    Ok(())
}

/// Sets how visitors' registrations are checked and where the privacy notice is.
pub async fn set_public_registration(
    db: &Db,
    scope: &crate::ClusterScope,
    check: domain::event::RegistrationCheck,
    privacy_notice_url: Option<&str>,
) -> Result<(), StoreError> {
    dispatch!(db, pool => sqlx::query("UPDATE clusters SET registration_check = $2, privacy_notice_url = $3 WHERE id = $1")
        .bind(scope.cluster_id()).bind(check.code()).bind(privacy_notice_url).execute(pool).await.map(|_| ()))?;
    Ok(())
}

/// Takes the cluster's turn inside the unit of work: units that read the cluster's records to
/// decide what to write (an import, a bank statement, a registration that may add an
/// organisation) run one after the other. PostgreSQL holds the cluster's row until the unit ends;
/// SQLite's write transactions are exclusive already.
pub async fn take_turn(tx: &mut crate::Tx, scope: &crate::ClusterScope) -> Result<(), StoreError> {
    crate::db::within!(tx, c => sqlx::query("UPDATE clusters SET slug = slug WHERE id = $1")
        .bind(scope.cluster_id()).execute(&mut *c).await.map(|r| r.rows_affected()))?;
    Ok(())
}
