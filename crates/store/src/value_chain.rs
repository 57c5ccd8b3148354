//! The network's taxonomy of value-chain segments and technologies, each organisation's place
//! in it, and its offers and needs.

use chrono::{DateTime, Utc};
use domain::id::{Uuid, new_id};

use crate::db::{dispatch, models, read_model, within};
use crate::{ClusterScope, Db, StoreError, now};

pub use domain::value_chain::{Direction, OfferOrNeed, Term, TermKind};

read_model!(TermRow => Term { id: Uuid, kind: String as TermKind::parse, name: String });

const NETWORK_OF_SCOPE: &str = "(SELECT network_id FROM clusters WHERE id = $1)";

/// The taxonomy of the scope's network, by kind and name.
pub async fn terms(db: &Db, scope: &ClusterScope) -> Result<Vec<Term>, StoreError> {
    let sql =
        format!("SELECT id, kind, name FROM taxonomy_terms WHERE network_id = {NETWORK_OF_SCOPE} ORDER BY kind, name");
    let rows: Vec<TermRow> =
        dispatch!(db, pool => sqlx::query_as(&sql).bind(scope.cluster_id()).fetch_all(pool).await)?;
    Ok(by_kind_and_name(scope, models(rows)?))
}

/// Terms by kind (as SQL ordered them), then by name as the cluster's language sorts names.
fn by_kind_and_name(scope: &ClusterScope, mut terms: Vec<Term>) -> Vec<Term> {
    let language = scope.cluster().language();
    terms.sort_by(|a, b| a.kind.code().cmp(b.kind.code()).then_with(|| i18n::collate(language, &a.name, &b.name)));
    terms
}

/// Adds a term to the scope's network.
pub async fn add_term(db: &Db, scope: &ClusterScope, kind: TermKind, name: &str) -> Result<Uuid, StoreError> {
    let id = new_id();
    let sql = format!(
        "INSERT INTO taxonomy_terms (network_id, id, kind, name, created_at) VALUES ({NETWORK_OF_SCOPE}, $2, $3, $4, $5)"
    );
    dispatch!(db, pool => sqlx::query(&sql).bind(scope.cluster_id()).bind(id).bind(kind.code()).bind(name).bind(now())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(id)
}

/// An organisation's terms, by kind and name.
pub async fn of_organisation(db: &Db, scope: &ClusterScope, organisation_id: Uuid) -> Result<Vec<Term>, StoreError> {
    let rows: Vec<TermRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT t.id, t.kind, t.name FROM organisation_terms ot \
         JOIN taxonomy_terms t ON t.id = ot.term_id AND t.network_id = (SELECT network_id FROM clusters WHERE id = ot.cluster_id) \
         WHERE ot.cluster_id = $1 AND ot.organisation_id = $2 ORDER BY t.kind, t.name")
        .bind(scope.cluster_id()).bind(organisation_id).fetch_all(pool).await)?;
    Ok(by_kind_and_name(scope, models(rows)?))
}

/// Replaces an organisation's terms, in one transaction that first locks the organisation's row,
/// so that two replacements at once take turns (the second's delete sees the first's inserts).
/// The caller checks that the terms are the network's.
pub async fn set_organisation_terms(
    db: &Db,
    scope: &ClusterScope,
    organisation_id: Uuid,
    terms: &[Uuid],
) -> Result<(), StoreError> {
    let mut unit = db.begin().await?;
    within!(&mut unit, tx => {
        sqlx::query("UPDATE organisations SET updated_at = updated_at WHERE cluster_id = $1 AND id = $2")
            .bind(scope.cluster_id()).bind(organisation_id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM organisation_terms WHERE cluster_id = $1 AND organisation_id = $2")
            .bind(scope.cluster_id()).bind(organisation_id).execute(&mut *tx).await?;
        for term in terms {
            sqlx::query("INSERT INTO organisation_terms (cluster_id, organisation_id, term_id) VALUES ($1, $2, $3)")
                .bind(scope.cluster_id()).bind(organisation_id).bind(term).execute(&mut *tx).await?;
        }
    });
    unit.commit().await?;
    Ok(())
}

read_model!(OfferOrNeedRow => OfferOrNeed {
    id: Uuid,
    organisation_id: Uuid,
    direction: String as Direction::parse,
    title: String,
    description: Option<String>,
    term_id: Option<Uuid>,
    created_at: DateTime<Utc>,
});

pub async fn add_offer_or_need(
    db: &Db,
    scope: &ClusterScope,
    organisation_id: Uuid,
    direction: Direction,
    title: &str,
    description: Option<&str>,
    term_id: Option<Uuid>,
) -> Result<Option<Uuid>, StoreError> {
    let id = new_id();
    let result = dispatch!(db, pool => sqlx::query(
        "INSERT INTO offers_needs (cluster_id, id, organisation_id, direction, title, description, term_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
        .bind(scope.cluster_id()).bind(id).bind(organisation_id).bind(direction.code()).bind(title).bind(description)
        .bind(term_id).bind(now()).execute(pool).await.map(|r| r.rows_affected()));
    match result {
        Ok(_) => Ok(Some(id)),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Ok(None),
        Err(e) => Err(e.into()),
    }
}

pub async fn offers_and_needs(
    db: &Db,
    scope: &ClusterScope,
    organisation_id: Uuid,
) -> Result<Vec<OfferOrNeed>, StoreError> {
    let rows: Vec<OfferOrNeedRow> = dispatch!(db, pool => sqlx::query_as(
        "SELECT id, organisation_id, direction, title, description, term_id, created_at FROM offers_needs \
         WHERE cluster_id = $1 AND organisation_id = $2 ORDER BY direction DESC, created_at")
        .bind(scope.cluster_id()).bind(organisation_id).fetch_all(pool).await)?;
    models(rows)
}

/// Removes an offer or need; the organisation it was of, or `None` when there is no such one.
pub async fn remove_offer_or_need(db: &Db, scope: &ClusterScope, id: Uuid) -> Result<Option<Uuid>, StoreError> {
    let row: Option<(Uuid,)> = dispatch!(db, pool => sqlx::query_as(
        "DELETE FROM offers_needs WHERE cluster_id = $1 AND id = $2 RETURNING organisation_id")
        .bind(scope.cluster_id()).bind(id).fetch_optional(pool).await)?;
    Ok(row.map(|(o,)| o))
}

/// Places many organisations in the value chain at once, in one transaction (demo data, imports).
pub async fn add_organisation_terms_many(
    db: &Db,
    scope: &ClusterScope,
    pairs: &[(Uuid, Uuid)],
) -> Result<(), StoreError> {
    let mut unit = db.begin().await?;
    within!(&mut unit, tx => {
        for chunk in pairs.chunks(5000) {
            let mut qb = sqlx::QueryBuilder::<Dialect>::new("INSERT INTO organisation_terms (cluster_id, organisation_id, term_id) ");
            qb.push_values(chunk, |mut b, (organisation, term)| {
                b.push_bind(scope.cluster_id()).push_bind(*organisation).push_bind(*term);
            });
            qb.build().execute(&mut *tx).await?;
        }
    });
    unit.commit().await?;
    Ok(())
}
