//! The cluster's services: a catalogue of offers with a member and a non-member price, and their
//! deliveries, each one use of a service by an organisation, priced by whether it was a member on
//! the day, invoiced once.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::money::Currency;
use crate::strategy::{TEXT_CHARS, TITLE_CHARS};
use crate::validation::{Collector, Invalid, optional, optional_text, required_text};

/// The kinds of service most clusters offer: `(code, label)`. A cluster may write its own.
pub const STANDARD_KINDS: [(&str, &str); 7] = [
    ("training", "Training"),
    ("internationalisation", "Internationalisation"),
    ("market_intelligence", "Market intelligence"),
    ("matchmaking", "Matchmaking"),
    ("consulting", "Consulting"),
    ("visibility", "Visibility"),
    ("access_to_funding", "Access to funding"),
];

/// What people read for a kind: a standard kind's label, or the cluster's own kind as written.
pub fn kind_label(kind: &str) -> &str {
    STANDARD_KINDS.iter().find(|(code, _)| *code == kind).map_or(kind, |(_, label)| label)
}

/// A service as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct ServiceInput {
    pub name: Option<String>,
    /// A standard kind's code (or label), or the cluster's own kind.
    pub kind: Option<String>,
    pub description: Option<String>,
    pub member_price: Option<String>,
    pub non_member_price: Option<String>,
    /// What one is priced by: hour, day, session, report...
    pub unit: Option<String>,
    /// In percent (`21`, `5,5 %`).
    pub tax_rate: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceFields {
    pub name: String,
    pub kind: String,
    pub description: String,
    /// Per unit, in minor units of the cluster's currency, before tax.
    pub member_price_minor: i64,
    pub non_member_price_minor: i64,
    pub unit: String,
    pub tax_rate_basis_points: i64,
}

/// The highest price of one unit, in minor units (a billion in major units): with
/// [`QUANTITY_MAX`] units and a few hundred deliveries on one invoice, sums stay far from
/// overflowing.
pub const PRICE_MAX_MINOR: i64 = 100_000_000_000;

fn price(raw: Option<&str>, currency: Currency) -> Result<i64, String> {
    let s = optional(raw).ok_or_else(|| i18n::said("invalid-service-price-required"))?;
    match crate::written::parse_amount(s, currency)? {
        minor if minor < 0 => Err(i18n::said("invalid-domain-below-zero")),
        minor if minor > PRICE_MAX_MINOR => Err(i18n::said("invalid-service-price-too-large")),
        minor => Ok(minor),
    }
}

impl ServiceInput {
    pub fn parse(&self, currency: Currency) -> Result<ServiceFields, Invalid> {
        let mut c = Collector::new();
        let name = c.take("name", required_text(self.name.as_deref(), TITLE_CHARS));
        let kind = c.take("kind", required_text(self.kind.as_deref(), 60)).map(|k| {
            let folded = crate::text::fold(&k);
            STANDARD_KINDS
                .iter()
                .find(|(code, label)| *code == k || crate::text::fold(label) == folded)
                .map_or(k, |(code, _)| code.to_string())
        });
        let description = c.take("description", optional_text(self.description.as_deref(), TEXT_CHARS));
        let member = c.take("member_price", price(self.member_price.as_deref(), currency));
        let non_member = c.take("non_member_price", price(self.non_member_price.as_deref(), currency));
        let unit = c.take("unit", optional_text(self.unit.as_deref(), 40));
        let tax = c.take("tax_rate", optional(self.tax_rate.as_deref()).map_or(Ok(0), crate::written::parse_percent));
        c.finish(|| ServiceFields {
            name: name.expect("checked"),
            kind: kind.expect("checked"),
            description: description.expect("checked").unwrap_or_default(),
            member_price_minor: member.expect("checked"),
            non_member_price_minor: non_member.expect("checked"),
            unit: unit.expect("checked").unwrap_or_else(|| "unit".into()),
            tax_rate_basis_points: tax.expect("checked"),
        })
    }
}

impl ServiceFields {
    pub fn to_input(&self, currency: Currency) -> ServiceInput {
        let amount = |minor| crate::money::Money::new(minor, currency).to_decimal();
        ServiceInput {
            name: Some(self.name.clone()),
            kind: Some(self.kind.clone()),
            description: Some(self.description.clone()),
            member_price: Some(amount(self.member_price_minor)),
            non_member_price: Some(amount(self.non_member_price_minor)),
            unit: Some(self.unit.clone()),
            tax_rate: Some(crate::written::percent_text(self.tax_rate_basis_points)),
        }
    }

    /// The price of one unit for a member or not.
    pub fn unit_price(&self, member: bool) -> i64 {
        if member { self.member_price_minor } else { self.non_member_price_minor }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Service {
    pub id: Uuid,
    pub fields: ServiceFields,
    pub archived_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// A delivery as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct DeliveryInput {
    pub delivered_on: Option<String>,
    /// How many units; 1 when empty.
    pub quantity: Option<String>,
    /// From 1 to 5, once the organisation said.
    pub satisfaction: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeliveryFields {
    pub delivered_on: NaiveDate,
    pub quantity: i64,
    pub satisfaction: Option<i64>,
    pub note: String,
}

/// The most units one delivery holds.
pub const QUANTITY_MAX: i64 = 100_000;

pub fn parse_satisfaction(raw: Option<&str>) -> Result<Option<i64>, String> {
    optional(raw)
        .map(|s| {
            s.parse::<i64>()
                .ok()
                .filter(|n| (1..=5).contains(n))
                .ok_or_else(|| i18n::said_with("invalid-service-satisfaction", &[("value", s.to_string())]))
        })
        .transpose()
}

impl DeliveryInput {
    pub fn parse(&self) -> Result<DeliveryFields, Invalid> {
        let mut c = Collector::new();
        let day = c.take(
            "delivered_on",
            optional(self.delivered_on.as_deref())
                .ok_or_else(|| i18n::said("invalid-validation-required"))
                .and_then(crate::interaction::parse_day),
        );
        let quantity = c.take(
            "quantity",
            optional(self.quantity.as_deref()).map_or(Ok(1), |q| {
                q.parse::<i64>().ok().filter(|n| (1..=QUANTITY_MAX).contains(n)).ok_or_else(|| {
                    i18n::said_with(
                        "invalid-service-quantity",
                        &[("value", q.to_string()), ("max", QUANTITY_MAX.to_string())],
                    )
                })
            }),
        );
        let satisfaction = c.take("satisfaction", parse_satisfaction(self.satisfaction.as_deref()));
        let note = c.take("note", optional_text(self.note.as_deref(), TITLE_CHARS));
        c.finish(|| DeliveryFields {
            delivered_on: day.expect("checked"),
            quantity: quantity.expect("checked"),
            satisfaction: satisfaction.expect("checked"),
            note: note.expect("checked").unwrap_or_default(),
        })
    }
}

/// A delivery with its service's and organisation's names and what it costs.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Delivery {
    pub id: Uuid,
    pub service_id: Uuid,
    pub service_name: String,
    pub organisation_id: Uuid,
    pub organisation_name: String,
    pub fields: DeliveryFields,
    pub unit_price_minor: i64,
    /// The service's tax rate on the day, which its invoice applies.
    pub tax_rate_basis_points: i64,
    /// Whether the organisation was a member on the day, which set the price.
    pub member_price: bool,
    /// The invoice it is on, and that invoice's number, unless that invoice was voided.
    pub invoice_id: Option<Uuid>,
    pub invoice_number: Option<String>,
    /// Whether that invoice is still a draft.
    pub invoice_draft: bool,
}

impl Delivery {
    /// Before tax, in minor units.
    pub fn amount_minor(&self) -> i64 {
        self.unit_price_minor.saturating_mul(self.fields.quantity)
    }

    /// On an invoice (a draft or issued, not voided): not to be invoiced again.
    pub fn is_invoiced(&self) -> bool {
        self.invoice_id.is_some()
    }

    /// Whether nothing is to be invoiced for it (a free service).
    pub fn is_free(&self) -> bool {
        self.amount_minor() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_service_takes_a_standard_kind_by_its_label_or_its_own() {
        let input = |kind: &str| ServiceInput {
            name: Some("Export clinic".into()),
            kind: Some(kind.into()),
            member_price: Some("150".into()),
            non_member_price: Some("300,00".into()),
            unit: None,
            tax_rate: Some("21 %".into()),
            description: None,
        };
        let f = input("Internationalisation").parse(Currency::EUR).unwrap();
        assert_eq!(
            (f.kind.as_str(), f.member_price_minor, f.non_member_price_minor),
            ("internationalisation", 15_000, 30_000)
        );
        assert_eq!((f.tax_rate_basis_points, f.unit.as_str(), f.unit_price(false)), (2_100, "unit", 30_000));
        let own = input("Test bench time").parse(Currency::EUR).unwrap();
        assert_eq!(kind_label(&own.kind), "Test bench time");
        let bad =
            ServiceInput { member_price: Some("-5".into()), ..input("training") }.parse(Currency::EUR).unwrap_err();
        assert!(bad.message_for("member_price").is_some());
    }

    #[test]
    fn a_delivery_has_a_day_a_quantity_and_maybe_a_satisfaction() {
        let d = DeliveryInput { delivered_on: Some("2026-03-04".into()), ..Default::default() }.parse().unwrap();
        assert_eq!((d.quantity, d.satisfaction), (1, None));
        let err = DeliveryInput { quantity: Some("0".into()), satisfaction: Some("6".into()), ..Default::default() }
            .parse()
            .unwrap_err();
        assert_eq!(err.0.len(), 3, "{err}");
    }
}
