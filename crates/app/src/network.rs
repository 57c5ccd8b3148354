//! The network's view of its clusters, for its administrators: chosen built-in indicators of
//! every cluster side by side for a period, money converted to euro through the rate table the
//! network keeps, and, for benchmarking with one cluster, the others shown without their names.

use domain::monitoring::{Period, Unit};

use crate::{Actor, App, Error};

fn network_admin(actor: &Actor) -> Result<(), Error> {
    if actor.is_network_admin() {
        Ok(())
    } else {
        Err(Error::Forbidden("the network's view is for network administrators"))
    }
}

/// A rate of the network's table, as people read it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExchangeRate {
    /// ISO 4217 code.
    pub currency: String,
    /// How many units of the currency one euro buys: `4.265`.
    pub per_euro: String,
    pub set_by: String,
    pub set_at: chrono::DateTime<chrono::Utc>,
}

/// The network's rate table, by currency; network administrators only.
pub async fn rates(app: &App, actor: &Actor) -> Result<Vec<ExchangeRate>, Error> {
    network_admin(actor)?;
    Ok(store::network::rates(&app.db)
        .await?
        .into_iter()
        .map(|r| ExchangeRate {
            currency: r.currency,
            per_euro: domain::money::rate_text(r.per_euro_millionths),
            set_by: r.set_by,
            set_at: r.set_at,
        })
        .collect())
}

/// Sets how many units of `currency` one euro buys (`4,265`); network administrators only.
///
/// # Errors
/// A currency that is none, the euro itself, or a rate that is not a positive number.
pub async fn set_rate(app: &App, actor: &Actor, currency: &str, per_euro: &str) -> Result<(), Error> {
    network_admin(actor)?;
    let mut problems = Vec::new();
    let code = domain::money::Currency::parse(currency.trim().to_ascii_uppercase().as_str())
        .map_err(|m| problems.push(domain::FieldError::new("currency", m)))
        .ok();
    if code == Some(domain::money::Currency::EUR) {
        problems.push(domain::FieldError::new("currency", i18n::said("invalid-network-euro-rate")));
    }
    let rate =
        domain::money::parse_rate(per_euro).map_err(|m| problems.push(domain::FieldError::new("per_euro", m))).ok();
    let (Some(code), Some(rate), true) = (code, rate, problems.is_empty()) else {
        return Err(domain::Invalid(problems).into());
    };
    store::network::set_rate(&app.db, code.code(), rate, actor.email()).await?;
    Ok(())
}

/// An indicator compared across the network.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Compared {
    pub key: String,
    pub code: String,
    pub name: String,
    pub unit: Unit,
}

/// A cluster's column: its name (or a letter when anonymised) and its values, money in euro
/// cents.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClusterColumn {
    pub label: String,
    /// The cluster's address; none when anonymised.
    pub slug: Option<String>,
    /// In the order of the indicators; none where there is no value, or money in a currency the
    /// rate table lacks.
    pub values: Vec<Option<i64>>,
    pub texts: Vec<String>,
}

/// Chosen indicators of every cluster for a period.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NetworkView {
    pub period: String,
    pub indicators: Vec<Compared>,
    pub clusters: Vec<ClusterColumn>,
    /// Currencies of clusters whose money could not be converted, for want of a rate.
    pub missing_rates: Vec<String>,
}

/// The indicators compared when none are chosen.
pub const DEFAULT_INDICATORS: [&str; 8] = [
    "members",
    "participation_rate",
    "events_held",
    "participants",
    "projects_running",
    "budget_mobilised",
    "staff_fte",
    "fees_collected",
];

/// The built-in indicators `keys` (the defaults when empty) of every cluster in `period`, side by
/// side; with `named_only` given, every other cluster is shown as `Cluster A`, `Cluster B`, … in
/// the order of their first value, so that none is known by its place.
///
/// # Errors
/// [`Error::Forbidden`] for anyone but a network administrator; a key that is no built-in
/// indicator.
pub async fn compare(
    app: &App,
    actor: &Actor,
    keys: &[String],
    period: Period,
    named_only: Option<&str>,
) -> Result<NetworkView, Error> {
    network_admin(actor)?;
    let catalogue = domain::monitoring::builtin();
    let keys: Vec<String> =
        if keys.is_empty() { DEFAULT_INDICATORS.iter().map(|k| k.to_string()).collect() } else { keys.to_vec() };
    let mut indicators = Vec::with_capacity(keys.len());
    for key in &keys {
        let d = catalogue.iter().find(|d| &d.key == key).ok_or_else(|| {
            Error::BadRequest(i18n::said_with("invalid-network-unknown-indicator", &[("key", key.clone())]))
        })?;
        indicators.push(Compared { key: d.key.clone(), code: d.code.clone(), name: d.name.clone(), unit: d.unit });
    }
    let rates = store::network::rates(&app.db).await?;
    let mut missing_rates = Vec::new();
    let mut columns = Vec::new();
    let clusters = store::cluster::all(&app.db).await?;
    let slugs: Vec<String> = clusters.iter().map(|c| c.slug.clone()).collect();
    let every_value = crate::parallel::spawned(slugs, |slug| {
        let app = app.clone();
        async move {
            let scope = crate::auth::operator_scope(&app, &slug).await?;
            crate::monitoring::values(&app, &scope, period).await
        }
    })
    .await?;
    for (cluster, values) in clusters.into_iter().zip(every_value) {
        let currency = cluster.base_currency;
        let rate = if currency == domain::money::Currency::EUR {
            Some(1_000_000)
        } else {
            rates.iter().find(|r| r.currency == currency.code()).map(|r| r.per_euro_millionths)
        };
        let mut column = ClusterColumn {
            label: cluster.name.clone(),
            slug: Some(cluster.slug.clone()),
            values: Vec::new(),
            texts: Vec::new(),
        };
        for c in &indicators {
            let value = values.get(&c.key).and_then(|v| v.value);
            let value = match (c.unit, value, rate) {
                (Unit::Money, Some(v), Some(r)) => Some(domain::money::to_euro_cents(v, currency, r)),
                (Unit::Money, Some(_), None) => {
                    if !missing_rates.contains(&currency.code().to_string()) {
                        missing_rates.push(currency.code().to_string());
                    }
                    None
                }
                (_, v, _) => v,
            };
            column.values.push(value);
            column.texts.push(value.map_or_else(|| "–".into(), |v| c.unit.text(v, domain::money::Currency::EUR)));
        }
        columns.push(column);
    }
    if let Some(named) = named_only {
        if !columns.iter().any(|c| c.slug.as_deref() == Some(named)) {
            return Err(Error::BadRequest(i18n::said_with(
                "invalid-network-unknown-cluster",
                &[("slug", named.to_string())],
            )));
        }
        let (mut shown, mut others): (Vec<ClusterColumn>, Vec<ClusterColumn>) =
            columns.into_iter().partition(|c| c.slug.as_deref() == Some(named));
        others.sort_by(|a, b| b.values.first().cmp(&a.values.first()).then_with(|| a.texts.cmp(&b.texts)));
        for (i, other) in others.iter_mut().enumerate() {
            other.label = i18n::said_with("invalid-network-unnamed-cluster", &[("letters", letters(i))]);
            other.slug = None;
        }
        shown.extend(others);
        columns = shown;
    }
    Ok(NetworkView { period: period.to_string(), indicators, clusters: columns, missing_rates })
}

/// `A` … `Z`, then `AA`, `AB`, …
fn letters(mut i: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn anonymised_clusters_are_lettered_past_z() {
        let names: Vec<String> = [0, 1, 25, 26, 27, 51, 52].iter().map(|i| super::letters(*i)).collect();
        assert_eq!(names, ["A", "B", "Z", "AA", "AB", "AZ", "BA"]);
    }
}
