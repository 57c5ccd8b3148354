//! Membership types and memberships of one cluster, with the history of every change.

use chrono::{DateTime, NaiveDate, Utc};
use domain::fee::FeeRule;
use domain::id::{Uuid, new_id};
use domain::membership::MembershipTypeFields;
use domain::organisation::OrganisationKind;
use domain::period::PeriodRule;

use crate::db::{Source, Tx, dispatch, models, read_model, reading, within};
use crate::{ClusterScope, Db, StoreError, now};

pub use domain::membership::{Membership, MembershipChange, MembershipEvent, MembershipType};

#[derive(sqlx::FromRow)]
struct TypeRow {
    id: Uuid,
    name: String,
    eligible_kinds: String,
    voting_rights: bool,
    benefits: String,
    period_kind: String,
    rollover_month: Option<i32>,
    rollover_day: Option<i32>,
    rolling_months: Option<i32>,
    fee_rule: String,
    pro_rata: bool,
    tax_rate_basis_points: i64,
    archived_at: Option<DateTime<Utc>>,
}

const TYPE_COLUMNS: &str = "id, name, eligible_kinds, voting_rights, benefits, period_kind, rollover_month, \
                            rollover_day, rolling_months, fee_rule, pro_rata, tax_rate_basis_points, archived_at";

impl TypeRow {
    fn into_type(self, scope: &ClusterScope) -> Result<MembershipType, StoreError> {
        let corrupt = StoreError::Corrupt;
        let eligible_kinds = self
            .eligible_kinds
            .split(',')
            .filter(|k| !k.is_empty())
            .map(OrganisationKind::parse)
            .collect::<Result<_, _>>()
            .map_err(corrupt)?;
        let period = match (self.period_kind.as_str(), self.rolling_months) {
            ("rolling", Some(months)) => PeriodRule::Rolling { months: months as u32 },
            ("fixed", _) => PeriodRule::Fixed {
                start_month: scope.cluster().fiscal_year_start_month as u32,
                rollover: self.rollover_month.zip(self.rollover_day).map(|(m, d)| (m as u32, d as u32)),
            },
            (other, _) => return Err(StoreError::Corrupt(format!("period kind '{other}'"))),
        };
        let fee_rule: FeeRule = serde_json::from_str(&self.fee_rule).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        Ok(MembershipType {
            id: self.id,
            fields: MembershipTypeFields {
                name: self.name,
                eligible_kinds,
                voting_rights: self.voting_rights,
                benefits: self.benefits,
                period,
                fee_rule,
                pro_rata: self.pro_rata,
                tax_rate_basis_points: self.tax_rate_basis_points,
            },
            archived_at: self.archived_at,
        })
    }
}

/// The stored columns of a type's period: kind, rollover month and day, rolling months.
fn period_columns(period: &PeriodRule) -> (&'static str, Option<i32>, Option<i32>, Option<i32>) {
    match *period {
        PeriodRule::Fixed { rollover, .. } => {
            ("fixed", rollover.map(|(m, _)| m as i32), rollover.map(|(_, d)| d as i32), None)
        }
        PeriodRule::Rolling { months } => ("rolling", None, None, Some(months as i32)),
    }
}

fn kinds_column(f: &MembershipTypeFields) -> String {
    f.eligible_kinds.iter().map(|k| k.code()).collect::<Vec<_>>().join(",")
}

pub async fn insert_type(db: &Db, scope: &ClusterScope, f: &MembershipTypeFields) -> Result<Uuid, StoreError> {
    let id = new_id();
    let at = now();
    let (period_kind, rollover_month, rollover_day, rolling_months) = period_columns(&f.period);
    let fee_rule = serde_json::to_string(&f.fee_rule).expect("serialisable rule");
    dispatch!(db, pool => sqlx::query(
        "INSERT INTO membership_types (cluster_id, id, name, eligible_kinds, voting_rights, benefits, period_kind, \
         rollover_month, rollover_day, rolling_months, fee_rule, pro_rata, tax_rate_basis_points, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $14, $13, $13)")
        .bind(scope.cluster_id()).bind(id).bind(f.name.trim()).bind(kinds_column(f)).bind(f.voting_rights)
        .bind(&f.benefits).bind(period_kind).bind(rollover_month).bind(rollover_day).bind(rolling_months)
        .bind(&fee_rule).bind(f.pro_rata).bind(at).bind(f.tax_rate_basis_points)
        .execute(pool).await.map(|_| ()))?;
    Ok(id)
}

/// Replaces a type's fields; false when the cluster has no such type.
pub async fn update_type(
    db: &Db,
    scope: &ClusterScope,
    id: Uuid,
    f: &MembershipTypeFields,
) -> Result<bool, StoreError> {
    let (period_kind, rollover_month, rollover_day, rolling_months) = period_columns(&f.period);
    let fee_rule = serde_json::to_string(&f.fee_rule).expect("serialisable rule");
    let done = dispatch!(db, pool => sqlx::query(
        "UPDATE membership_types SET name = $3, eligible_kinds = $4, voting_rights = $5, benefits = $6, \
         period_kind = $7, rollover_month = $8, rollover_day = $9, rolling_months = $10, fee_rule = $11, \
         pro_rata = $12, updated_at = $13, tax_rate_basis_points = $14 WHERE cluster_id = $1 AND id = $2")
        .bind(scope.cluster_id()).bind(id).bind(f.name.trim()).bind(kinds_column(f)).bind(f.voting_rights)
        .bind(&f.benefits).bind(period_kind).bind(rollover_month).bind(rollover_day).bind(rolling_months)
        .bind(&fee_rule).bind(f.pro_rata).bind(now()).bind(f.tax_rate_basis_points)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// The cluster's membership types, by name; archived ones too.
pub async fn types(source: impl Into<Source<'_>>, scope: &ClusterScope) -> Result<Vec<MembershipType>, StoreError> {
    let sql = format!("SELECT {TYPE_COLUMNS} FROM membership_types WHERE cluster_id = $1 ORDER BY name, id");
    let rows: Vec<TypeRow> =
        reading!(source.into(), pool => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(pool).await)?;
    let types = rows.into_iter().map(|r| r.into_type(scope)).collect::<Result<_, _>>()?;
    Ok(crate::by_name(scope, types, |t: &MembershipType| &t.fields.name))
}

pub async fn get_type(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    id: Uuid,
) -> Result<Option<MembershipType>, StoreError> {
    let sql = format!("SELECT {TYPE_COLUMNS} FROM membership_types WHERE cluster_id = $1 AND id = $2");
    let row: Option<TypeRow> = reading!(source.into(), pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    row.map(|r| r.into_type(scope)).transpose()
}

read_model!(raw MembershipRow => Membership {
    id: Uuid,
    organisation_id: Uuid,
    type_id: Uuid,
    applied_on: NaiveDate,
    starts_on: Option<NaiveDate>,
    suspended_on: Option<NaiveDate>,
    terminated_on: Option<NaiveDate>,
    created_at: DateTime<Utc>,
});

const MEMBERSHIP_COLUMNS: &str =
    "id, organisation_id, type_id, applied_on, starts_on, suspended_on, terminated_on, created_at";

/// Records a membership (applied, or accepted from `starts_on`) and its first history line;
/// `None` when the cluster has no such organisation or type.
pub async fn insert_membership(
    tx: &mut Tx,
    scope: &ClusterScope,
    organisation_id: Uuid,
    type_id: Uuid,
    applied_on: NaiveDate,
    starts_on: Option<NaiveDate>,
    by: &str,
) -> Result<Uuid, StoreError> {
    let id = new_id();
    let at = now();
    let change = match starts_on {
        Some(day) => format!("applied on {applied_on}; accepted, starting on {day}"),
        None => format!("applied on {applied_on}"),
    };
    within!(&mut *tx, c => sqlx::query(
        "INSERT INTO memberships (cluster_id, id, organisation_id, type_id, applied_on, starts_on, created_at, \
         updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)")
        .bind(scope.cluster_id()).bind(id).bind(organisation_id).bind(type_id).bind(applied_on)
        .bind(starts_on).bind(at).execute(&mut *c).await.map(|_| ()))?;
    record_event(tx, scope, id, &change, by, at).await?;
    Ok(id)
}

/// The membership, its row locked until the unit of work ends (see [`Tx`]).
pub async fn lock(tx: &mut Tx, scope: &ClusterScope, id: Uuid) -> Result<Option<Membership>, StoreError> {
    let sql = format!("SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE cluster_id = $1 AND id = $2");
    let row: Option<MembershipRow> = within!(tx, c => {
        sqlx::query("UPDATE memberships SET updated_at = updated_at WHERE cluster_id = $1 AND id = $2")
            .bind(scope.cluster_id()).bind(id).execute(&mut *c).await?;
        sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(&mut *c).await?
    });
    row.map(Membership::try_from).transpose()
}

/// Adds a line to a membership's history inside the unit of work.
async fn record_event(
    tx: &mut Tx,
    scope: &ClusterScope,
    membership: Uuid,
    change: &str,
    by: &str,
    at: DateTime<Utc>,
) -> Result<(), StoreError> {
    within!(tx, c => sqlx::query(
        "INSERT INTO membership_events (cluster_id, id, membership_id, change, changed_by, changed_at) \
         VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(scope.cluster_id()).bind(new_id()).bind(membership).bind(change).bind(by).bind(at)
        .execute(&mut *c).await.map(|_| ()))?;
    Ok(())
}

/// Applies a change and records it in the history; false when the cluster has no such
/// membership.
pub async fn change(
    tx: &mut Tx,
    scope: &ClusterScope,
    id: Uuid,
    change: MembershipChange,
    by: &str,
) -> Result<bool, StoreError> {
    let at = now();
    let (sql, day, words) = match change {
        MembershipChange::Accept(d) => ("starts_on = $3", Some(d), format!("accepted, starting on {d}")),
        MembershipChange::Suspend(d) => ("suspended_on = $3", Some(d), format!("suspended from {d}")),
        MembershipChange::Reinstate => ("suspended_on = $3", None, "reinstated".to_string()),
        MembershipChange::Terminate(d) => ("terminated_on = $3", Some(d), format!("terminated on {d}")),
    };
    let n = within!(&mut *tx, c => sqlx::query(
        &format!("UPDATE memberships SET {sql}, updated_at = $4 WHERE cluster_id = $1 AND id = $2"))
        .bind(scope.cluster_id()).bind(id).bind(day).bind(at).execute(&mut *c).await.map(|r| r.rows_affected()))?;
    if n != 1 {
        return Ok(false);
    }
    record_event(tx, scope, id, &words, by, at).await?;
    Ok(true)
}

pub async fn get(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<Membership>, StoreError> {
    let sql = format!("SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE cluster_id = $1 AND id = $2");
    let row: Option<MembershipRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    row.map(Membership::try_from).transpose()
}

/// An organisation's memberships, newest first.
pub async fn memberships_of(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    organisation_id: Uuid,
) -> Result<Vec<Membership>, StoreError> {
    let sql = format!(
        "SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE cluster_id = $1 AND organisation_id = $2 \
         ORDER BY applied_on DESC, id DESC"
    );
    let rows: Vec<MembershipRow> = reading!(source.into(), pool => sqlx::query_as(&sql).bind(scope.cluster_id()).bind(organisation_id).fetch_all(pool).await)?;
    models(rows)
}

/// Every membership of the cluster that has not ended before `since`.
pub async fn all_memberships(
    source: impl Into<Source<'_>>,
    scope: &ClusterScope,
    since: NaiveDate,
) -> Result<Vec<Membership>, StoreError> {
    let sql = format!(
        "SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE cluster_id = $1 \
         AND (terminated_on IS NULL OR terminated_on >= $2)"
    );
    let rows: Vec<MembershipRow> =
        crate::many::fetch_all(source.into(), &sql, &[scope.cluster_id().into(), since.into()]).await?;
    models(rows)
}

read_model!(MembershipEventRow => MembershipEvent { change: String, changed_by: String, changed_at: DateTime<Utc> });

/// A membership's history, oldest first.
pub async fn history(db: &Db, scope: &ClusterScope, membership_id: Uuid) -> Result<Vec<MembershipEvent>, StoreError> {
    let rows: Vec<MembershipEventRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT change, changed_by, changed_at FROM membership_events WHERE cluster_id = $1 AND membership_id = $2 \
         ORDER BY changed_at, id")
        .bind(scope.cluster_id()).bind(membership_id).fetch_all(pool).await)?;
    models(rows)
}

/// A membership to record in bulk (the demo and its generated clusters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMembership {
    pub organisation_id: Uuid,
    pub type_id: Uuid,
    pub applied_on: NaiveDate,
    pub starts_on: Option<NaiveDate>,
    pub terminated_on: Option<NaiveDate>,
}

/// How many rows go into one multi-row INSERT.
const BATCH_ROWS: usize = 2000;

/// Records many memberships, each with its history, in one transaction.
pub async fn insert_memberships_many(
    db: &Db,
    scope: &ClusterScope,
    all: &[NewMembership],
    by: &str,
) -> Result<(), StoreError> {
    let at = now();
    let rows: Vec<(Uuid, &NewMembership)> = all.iter().map(|m| (new_id(), m)).collect();
    let events: Vec<(Uuid, String)> = rows
        .iter()
        .flat_map(|(id, m)| {
            let accepted = m.starts_on.map(|s| format!("; accepted, starting on {s}")).unwrap_or_default();
            std::iter::once((*id, format!("applied on {}{accepted}", m.applied_on)))
                .chain(m.terminated_on.map(|t| (*id, format!("terminated on {t}"))))
        })
        .collect();
    let mut unit = db.begin().await?;
    within!(&mut unit, tx => {
        for chunk in rows.chunks(BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO memberships (cluster_id, id, organisation_id, type_id, applied_on, starts_on, terminated_on, \
                 created_at, updated_at) ",
            );
            qb.push_values(chunk, |mut b, (id, m)| {
                b.push_bind(scope.cluster_id()).push_bind(*id).push_bind(m.organisation_id).push_bind(m.type_id)
                    .push_bind(m.applied_on).push_bind(m.starts_on).push_bind(m.terminated_on).push_bind(at).push_bind(at);
            });
            qb.build().execute(&mut *tx).await?;
        }
        for chunk in events.chunks(BATCH_ROWS) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new(
                "INSERT INTO membership_events (cluster_id, id, membership_id, change, changed_by, changed_at) ",
            );
            qb.push_values(chunk, |mut b, (membership, change)| {
                b.push_bind(scope.cluster_id()).push_bind(new_id()).push_bind(*membership).push_bind(change.clone())
                    .push_bind(by.to_string()).push_bind(at);
            });
            qb.build().execute(&mut *tx).await?;
        }
    });
    unit.commit().await?;
    Ok(())
}

/// How many times the cluster's membership types, organisations, memberships, invoices or
/// payments have changed (0 before the first change), counted by the database's triggers in the
/// transaction of each change (migration 0042): what is worked out from them while the count
/// stands still still holds.
pub async fn revision(source: impl Into<Source<'_>>, scope: &ClusterScope) -> Result<i64, StoreError> {
    let sql = "SELECT revision FROM membership_revisions WHERE cluster_id = $1";
    let row: Option<(i64,)> =
        reading!(source.into(), pool => sqlx::query_as(sql).bind(scope.cluster_id()).fetch_optional(pool).await)?;
    Ok(row.map_or(0, |(revision,)| revision))
}
