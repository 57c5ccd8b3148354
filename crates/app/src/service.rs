//! The service catalogue and its deliveries: each delivery priced by whether the organisation was
//! a member on the day, invoiced through the invoices (one or many deliveries on one invoice,
//! never twice), with the revenue of each service by period.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use domain::id::Uuid;
use domain::service::{Delivery, DeliveryInput, Service, ServiceInput};
use store::invoice::{InvoiceKind, NewInvoice, NewLine};
pub use store::service::DeliveryFilter;

use crate::auth::{Allows, Edit, Manage, Read};
use crate::{App, Error};

pub async fn create(app: &App, scope: &impl Allows<Manage>, input: &ServiceInput) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let fields = input.parse(scope.cluster().base_currency)?;
    Ok(store::service::insert(&app.db, scope, &fields).await?)
}

/// Rewrites a service; deliveries made keep the price they were made at.
pub async fn update(app: &App, scope: &impl Allows<Manage>, id: Uuid, input: &ServiceInput) -> Result<(), Error> {
    let scope = scope.checked()?;
    store::service::get(&app.db, scope, id).await?.ok_or(Error::NotFound("service"))?;
    let fields = input.parse(scope.cluster().base_currency)?;
    if !store::service::update(&app.db, scope, id, &fields).await? {
        return Err(Error::NotFound("service"));
    }
    Ok(())
}

/// Takes a service out of the catalogue (no new deliveries), or back in.
pub async fn archive(app: &App, scope: &impl Allows<Manage>, id: Uuid, archived: bool) -> Result<(), Error> {
    let scope = scope.checked()?;
    if !store::service::archive(&app.db, scope, id, archived).await? {
        return Err(Error::NotFound("service"));
    }
    Ok(())
}

pub async fn catalogue(app: &App, scope: &impl Allows<Read>) -> Result<Vec<Service>, Error> {
    let scope = scope.checked()?;
    Ok(store::service::services(&app.db, scope).await?)
}

pub async fn get(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<Service, Error> {
    let scope = scope.checked()?;
    store::service::get(&app.db, scope, id).await?.ok_or(Error::NotFound("service"))
}

/// Records that `organisation` used `service`, at the member price if it was a member on the
/// day of the delivery (its membership's status then, as the fee invoices make it), else at the
/// non-member price; decided and written in one unit of work.
pub async fn deliver(
    app: &App,
    scope: &impl Allows<Edit>,
    service: Uuid,
    organisation: Uuid,
    input: &DeliveryInput,
    by: &str,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let fields = input.parse()?;
    let mut tx = app.begin().await?;
    let found = store::service::get(&mut tx, scope, service).await?.ok_or(Error::NotFound("service"))?;
    if found.archived_at.is_some() {
        return Err(Error::BadRequest(i18n::said_with(
            "invalid-app-service-archived",
            &[("name", found.fields.name.clone())],
        )));
    }
    let customer =
        store::organisation::lock(&mut tx, scope, organisation).await?.ok_or(Error::NotFound("organisation"))?;
    if customer.archived_at.is_some() {
        return Err(Error::BadRequest(i18n::said_with(
            "invalid-app-project-organisation-archived",
            &[("name", customer.fields.name.clone())],
        )));
    }
    let member = crate::membership::standings_on(app, (&mut tx).into(), scope, organisation, fields.delivered_on)
        .await?
        .iter()
        .any(|m| m.standing.status.is_member());
    let price = (found.fields.unit_price(member), found.fields.tax_rate_basis_points, member);
    let id = store::service::insert_delivery(&mut tx, scope, service, organisation, &fields, price, by)
        .await?
        .ok_or(Error::NotFound("service or organisation"))?;
    tx.commit().await?;
    Ok(id)
}

/// Records what the organisation said of a delivery (1 to 5), or clears it.
pub async fn rate(app: &App, scope: &impl Allows<Edit>, id: Uuid, satisfaction: Option<&str>) -> Result<(), Error> {
    let scope = scope.checked()?;
    let score =
        domain::service::parse_satisfaction(satisfaction).map_err(|m| domain::Invalid::one("satisfaction", m))?;
    if !store::service::set_satisfaction(&app.db, scope, id, score).await? {
        return Err(Error::NotFound("delivery"));
    }
    Ok(())
}

/// Deletes a delivery recorded by mistake; one on an invoice is corrected on the invoice.
pub async fn remove_delivery(app: &App, scope: &impl Allows<Edit>, id: Uuid) -> Result<(), Error> {
    let scope = scope.checked()?;
    if !store::service::delete_delivery(&app.db, scope, id).await? {
        let filter = DeliveryFilter { ids: Some(vec![id]), ..Default::default() };
        if store::service::deliveries(&app.db, scope, &filter).await?.is_empty() {
            return Err(Error::NotFound("delivery"));
        }
        return Err(Error::BadRequest(i18n::said("invalid-app-service-delivery-invoiced")));
    }
    Ok(())
}

pub async fn deliveries(app: &App, scope: &impl Allows<Read>, filter: &DeliveryFilter) -> Result<Vec<Delivery>, Error> {
    let scope = scope.checked()?;
    Ok(store::service::deliveries(&app.db, scope, filter).await?)
}

/// The most deliveries one invoice holds.
pub const DELIVERIES_PER_INVOICE: usize = 200;

/// Puts deliveries on one draft invoice to their organisation, a line each, in one unit of work:
/// all of one organisation and one tax rate, none on an invoice already. Of two requests at once
/// for the same deliveries one makes the invoice and the other is refused (409), so a delivery is
/// never invoiced twice. A draft discarded or an invoice voided lets them be invoiced again.
pub async fn invoice(app: &App, scope: &impl Allows<Edit>, ids: &[Uuid], by: &str) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let mut ids = ids.to_vec();
    ids.sort();
    ids.dedup();
    if ids.is_empty() {
        return Err(domain::Invalid::one("delivery_ids", i18n::said("invalid-app-service-choose-deliveries")).into());
    }
    if ids.len() > DELIVERIES_PER_INVOICE {
        return Err(domain::Invalid::one(
            "delivery_ids",
            i18n::said_with("invalid-app-service-too-many-deliveries", &[("max", DELIVERIES_PER_INVOICE.to_string())]),
        )
        .into());
    }
    let today = app.today(scope);
    let mut tx = app.begin().await?;
    // The cluster's turn: two requests for the same deliveries are taken one after the other.
    store::cluster::take_turn(&mut tx, scope).await?;
    let filter = DeliveryFilter { ids: Some(ids.clone()), ..Default::default() };
    let found = store::service::deliveries(&mut tx, scope, &filter).await?;
    if found.len() != ids.len() {
        return Err(Error::NotFound("delivery"));
    }
    if let Some(d) = found.iter().find(|d| d.is_invoiced()) {
        return Err(Error::conflict(
            "delivery_ids",
            i18n::said_with(
                "invalid-app-service-delivery-on-invoice",
                &[
                    ("service", d.service_name.clone()),
                    ("day", d.fields.delivered_on.to_string()),
                    ("number", d.invoice_number.clone().unwrap_or_default()),
                ],
            ),
        ));
    }
    let organisation = found[0].organisation_id;
    if found.iter().any(|d| d.organisation_id != organisation) {
        return Err(Error::BadRequest(i18n::said("invalid-app-service-different-organisations")));
    }
    let rate = found[0].tax_rate_basis_points;
    if found.iter().any(|d| d.tax_rate_basis_points != rate) {
        return Err(Error::BadRequest(i18n::said("invalid-app-service-different-tax-rates")));
    }
    if found.iter().all(Delivery::is_free) {
        return Err(Error::BadRequest(i18n::said("invalid-app-service-free")));
    }
    let customer = crate::invoice::customer_language(&mut tx, scope, organisation).await?;
    let (lines, explanation) = i18n::read_by(customer, || {
        let lines = found
            .iter()
            .map(|d| {
                let args = [
                    ("service", d.service_name.clone()),
                    ("day", i18n::date(customer, d.fields.delivered_on, i18n::Length::Long)),
                ];
                let key = if d.member_price { "invoice-line-service-member" } else { "invoice-line-service" };
                NewLine {
                    description: i18n::said_with(key, &args),
                    quantity: d.fields.quantity,
                    unit_price_minor: d.unit_price_minor,
                }
            })
            .collect();
        (lines, i18n::said_with("invoice-explanation-services", &[("count", found.len().to_string())]))
    });
    let draft = NewInvoice {
        kind: InvoiceKind::Service,
        organisation_id: organisation,
        membership_id: None,
        period_start: None,
        issued_on: today,
        due_on: today + chrono::Duration::days(crate::membership::PAYMENT_TERM_DAYS),
        tax_rate_basis_points: rate,
        lines,
        explanation,
        credited_invoice_id: None,
    };
    let invoice = store::invoice::save_draft_in(&mut tx, scope, &draft, by).await?;
    if store::service::put_on_invoice(&mut tx, scope, &ids, invoice).await? != ids.len() {
        return Err(Error::conflict("delivery_ids", i18n::said("invalid-app-service-invoiced-meanwhile")));
    }
    tx.commit().await?;
    Ok(invoice)
}

/// What a service brought in a year: deliveries, units, amount before tax (minor units), how
/// much of it is on issued invoices, and the average satisfaction (in tenths, of those rated).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Revenue {
    pub service_id: Uuid,
    pub service: String,
    pub year: i32,
    pub deliveries: usize,
    pub units: i64,
    pub amount_minor: i64,
    pub invoiced_minor: i64,
    pub to_members: usize,
    /// Average satisfaction × 10 (43 for 4.3), of the deliveries rated.
    pub satisfaction_tenths: Option<i64>,
}

/// Revenue per service and year, from deliveries on or after `from` and before `until`.
pub async fn revenue(
    app: &App,
    scope: &impl Allows<Read>,
    from: Option<NaiveDate>,
    until: Option<NaiveDate>,
) -> Result<Vec<Revenue>, Error> {
    let scope = scope.checked()?;
    let filter = DeliveryFilter { from, until, ..Default::default() };
    let all = store::service::deliveries(&app.db, scope, &filter).await?;
    Ok(revenue_of(&all))
}

/// Sums deliveries per service and year, the latest year first, then by service name.
pub fn revenue_of(deliveries: &[Delivery]) -> Vec<Revenue> {
    // Latest year first, then by name; with the count and the sum of the ratings.
    type Key = (std::cmp::Reverse<i32>, String, Uuid);
    let mut by: BTreeMap<Key, (Revenue, i64, i64)> = BTreeMap::new();
    for d in deliveries {
        let year = d.fields.delivered_on.year();
        let key = (std::cmp::Reverse(year), d.service_name.clone(), d.service_id);
        let (r, rated, points) = by.entry(key).or_insert_with(|| {
            (Revenue { service_id: d.service_id, service: d.service_name.clone(), year, ..Default::default() }, 0, 0)
        });
        r.deliveries += 1;
        r.units = r.units.saturating_add(d.fields.quantity);
        r.amount_minor = r.amount_minor.saturating_add(d.amount_minor());
        if d.is_invoiced() && !d.invoice_draft {
            r.invoiced_minor = r.invoiced_minor.saturating_add(d.amount_minor());
        }
        if d.member_price {
            r.to_members += 1;
        }
        if let Some(s) = d.fields.satisfaction {
            *rated += 1;
            *points += s;
        }
    }
    by.into_values()
        .map(|(mut r, rated, points)| {
            r.satisfaction_tenths = (rated > 0).then(|| (points * 20 + rated) / (2 * rated));
            r
        })
        .collect()
}

/// The columns of the deliveries export.
pub const DELIVERY_COLUMNS: [&str; 11] = [
    "delivered_on",
    "service",
    "organisation",
    "quantity",
    "unit_price",
    "amount",
    "member_price",
    "satisfaction",
    "invoice",
    "note",
    "currency",
];

/// The deliveries that match, for a spreadsheet.
pub async fn deliveries_table(
    app: &App,
    scope: &impl Allows<Read>,
    filter: &DeliveryFilter,
) -> Result<crate::table::Table, Error> {
    use crate::table::Value::{Count, Money, Text};
    let all = deliveries(app, scope, filter).await?;
    let currency = scope.checked()?.cluster().base_currency;
    let rows = all
        .into_iter()
        .map(|d| {
            vec![
                Text(d.fields.delivered_on.to_string()),
                Text(d.service_name.clone()),
                Text(d.organisation_name.clone()),
                Count(d.fields.quantity),
                Money(d.unit_price_minor, currency),
                Money(d.amount_minor(), currency),
                Text(if d.member_price { "yes" } else { "no" }.into()),
                d.fields.satisfaction.map_or(Text(String::new()), Count),
                Text(d.invoice_number.clone().unwrap_or_default()),
                Text(d.fields.note.clone()),
                Text(currency.code().into()),
            ]
        })
        .collect();
    Ok(crate::table::Table::of_rows("Deliveries", DELIVERY_COLUMNS.iter().map(|c| c.to_string()).collect(), rows))
}

/// The columns of the catalogue's spreadsheet.
pub const CATALOGUE_COLUMNS: [&str; 9] = [
    "name",
    "kind",
    "member_price",
    "non_member_price",
    "unit",
    "tax_rate_percent",
    "description",
    "archived",
    "currency",
];

/// The catalogue, archived services included, for a spreadsheet.
pub async fn catalogue_table(app: &App, scope: &impl Allows<Read>) -> Result<crate::table::Table, Error> {
    use crate::table::Value::{Money, Text};
    let all = catalogue(app, scope).await?;
    let currency = scope.checked()?.cluster().base_currency;
    let rows = all
        .into_iter()
        .map(|s| {
            let f = s.fields;
            vec![
                Text(f.name),
                Text(domain::service::kind_label(&f.kind).to_string()),
                Money(f.member_price_minor, currency),
                Money(f.non_member_price_minor, currency),
                Text(f.unit),
                Text(domain::written::percent_text(f.tax_rate_basis_points)),
                Text(f.description),
                Text(if s.archived_at.is_some() { "yes" } else { "no" }.into()),
                Text(currency.code().into()),
            ]
        })
        .collect();
    Ok(crate::table::Table::of_rows("Services", CATALOGUE_COLUMNS.iter().map(|c| c.to_string()).collect(), rows))
}
