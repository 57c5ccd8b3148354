//! Open invoices brought over from another system: what each customer still owes on the first
//! day, under the old system's numbers, with what was paid on them there. An invoice paid in full
//! stays in the old system's books; so do credit notes.

use std::collections::HashMap;

use chrono::NaiveDate;
use domain::Coded;
use domain::id::Uuid;
use domain::invoice::InvoiceKind;
use domain::money::{Currency, Money};
use store::import::{ImportTarget, ImportedInvoice};
use store::membership::{Membership, MembershipType};

use super::{OrganisationFinder, RowAction, RowPlan, RowPlans, Write, date_order, mapped_columns, plan_rows, value};
use crate::sheet::Sheet;

/// The fields of an invoices file, in the order of forms. `number` to `paid` are the accounting
/// export's columns (`crate::accounting::INVOICE_COLUMNS`), so that an export imports back.
pub const FIELDS: [&str; 13] = [
    "number",
    "date",
    "due_date",
    "kind",
    "customer",
    "vat_id",
    "tax",
    "gross",
    "currency",
    "status",
    "paid",
    "period",
    "description",
];

/// The largest amount an invoice brought over may have, in minor units (100 billion in major
/// units): beyond it a cell holds something else, and sums of such amounts would overflow.
const AMOUNT_MAX_MINOR: i64 = 10_000_000_000_000;

/// The fields that hold amounts.
pub(super) const MONEY_FIELDS: [&str; 3] = ["tax", "gross", "paid"];

/// The longest invoice number and line description taken.
const NUMBER_CHARS: usize = 40;
const DESCRIPTION_CHARS: usize = 300;

/// Header words that name each field (see `super::synonyms`).
pub(super) fn synonyms(field: &str) -> &'static [&'static str] {
    match field {
        "number" => &[
            "number",
            "invoice",
            "invoice number",
            "invoice no",
            "invoice nr",
            "no",
            "numero",
            "numero de facture",
            "facture",
            "n facture",
            "rechnungsnummer",
            "rechnung",
            "rechnungsnr",
            "numero de factura",
            "factura",
            "n factura",
            "numero fattura",
            "fattura",
            "numer faktury",
            "faktura",
            "numar factura",
        ],
        "date" => &[
            "date",
            "invoice date",
            "issued on",
            "issue date",
            "date de facture",
            "date d emission",
            "rechnungsdatum",
            "datum",
            "fecha",
            "fecha de factura",
            "fecha de emision",
            "data",
            "data fattura",
            "data emissione",
            "data wystawienia",
            "data facturii",
        ],
        "due_date" => &[
            "due date",
            "due",
            "due on",
            "payable by",
            "echeance",
            "date d echeance",
            "falligkeit",
            "falligkeitsdatum",
            "fallig am",
            "vencimiento",
            "fecha de vencimiento",
            "scadenza",
            "data scadenza",
            "termin platnosci",
            "scadenta",
        ],
        "kind" => &[
            "kind",
            "type",
            "invoice type",
            "type de facture",
            "art",
            "rechnungsart",
            "belegart",
            "tipo",
            "tipo de factura",
            "rodzaj",
        ],
        "customer" => &[
            "customer",
            "client",
            "organisation",
            "organization",
            "member",
            "company",
            "debtor",
            "kunde",
            "debitor",
            "rechnungsempfanger",
            "cliente",
            "deudor",
            "empresa",
            "azienda",
            "klient",
            "kontrahent",
        ],
        "vat_id" => &[
            "vat id",
            "vat number",
            "customer vat id",
            "numero de tva",
            "ust idnr",
            "ust id",
            "nif",
            "cif",
            "partita iva",
            "nip",
            "cui",
        ],
        "tax" => &[
            "tax",
            "vat",
            "tva",
            "vat amount",
            "tax amount",
            "montant tva",
            "mwst",
            "steuer",
            "iva",
            "importe iva",
            "imposta",
            "podatek",
            "kwota vat",
        ],
        "gross" => &[
            "gross",
            "amount",
            "total",
            "amount due",
            "invoice amount",
            "montant",
            "montant ttc",
            "total ttc",
            "betrag",
            "bruttobetrag",
            "brutto",
            "gesamtbetrag",
            "importe",
            "importe total",
            "total factura",
            "importo",
            "importo totale",
            "totale",
            "kwota",
            "kwota brutto",
            "suma",
            "suma",
            "valoare",
            "total de plata",
        ],
        "currency" => &["currency", "devise", "monnaie", "wahrung", "moneda", "divisa", "valuta", "waluta"],
        "paid" => &[
            "paid",
            "paid so far",
            "amount paid",
            "payments",
            "paye",
            "montant paye",
            "regle",
            "bezahlt",
            "gezahlt",
            "pagado",
            "importe pagado",
            "cobrado",
            "pagato",
            "incassato",
            "zaplacono",
            "platit",
        ],
        "period" => &["period", "fee period", "periode", "zeitraum", "periodo", "okres", "perioada"],
        "description" => &[
            "description",
            "text",
            "designation",
            "libelle",
            "beschreibung",
            "bezeichnung",
            "descripcion",
            "concepto",
            "descrizione",
            "causale",
            "opis",
            "descriere",
        ],
        _ => &[],
    }
}

/// The kind a cell names: the kinds' codes and labels, and the other words files use (the kinds'
/// names in the nine languages are read before, see `super::languages`).
fn kind_of(cell: &str) -> Option<InvoiceKind> {
    let words = super::header_words(cell);
    let named = |list: &[&str]| list.contains(&words.as_str());
    if named(&[
        "fee",
        "membership fee",
        "cotisation",
        "beitrag",
        "mitgliedsbeitrag",
        "cuota",
        "quota",
        "quota associativa",
        "skladka",
        "cotizatie",
    ]) {
        Some(InvoiceKind::Fee)
    } else if named(&[
        "service",
        "services",
        "prestation",
        "dienstleistung",
        "leistung",
        "servicio",
        "servizio",
        "usluga",
        "serviciu",
    ]) {
        Some(InvoiceKind::Service)
    } else if named(&[
        "event",
        "registration",
        "evenement",
        "inscription",
        "veranstaltung",
        "evento",
        "inscripcion",
        "iscrizione",
        "wydarzenie",
        "eveniment",
    ]) {
        Some(InvoiceKind::Event)
    } else if named(&[
        "credit note",
        "credit_note",
        "avoir",
        "gutschrift",
        "nota de credito",
        "nota di credito",
        "korekta",
        "nota de creditare",
    ]) {
        Some(InvoiceKind::CreditNote)
    } else {
        None
    }
}

/// What the plan of an invoices file reads the cluster's records with.
pub(super) struct Known<'a> {
    pub finder: OrganisationFinder<'a>,
    pub currency: Currency,
    /// The cluster's invoices that have a number of the file: number → (id, customer, gross).
    pub numbers: HashMap<String, (Uuid, Uuid, i64)>,
    pub memberships: &'a [Membership],
    pub types: &'a [MembershipType],
    /// The fee invoices issued: (membership, period start) → number.
    pub fees: HashMap<(Uuid, NaiveDate), String>,
    pub file_name: &'a str,
    pub payment_term_days: i64,
    pub today: NaiveDate,
}

pub(super) fn plan(sheet: &Sheet, mapping: &[Option<&'static str>], known: &Known) -> RowPlans {
    let orders: HashMap<&'static str, Option<domain::written::DateOrder>> =
        ["date", "due_date", "period"].into_iter().map(|f| (f, date_order(sheet, mapping, f))).collect();
    let styles = super::column_styles(sheet, mapping, &MONEY_FIELDS);
    let mut memberships: HashMap<Uuid, Vec<&Membership>> = HashMap::new();
    for m in known.memberships {
        memberships.entry(m.organisation_id).or_default().push(m);
    }
    let columns = mapped_columns(ImportTarget::Invoices, mapping);
    let currency = known.currency;
    plan_rows(sheet, |row| {
        let values = super::row_values(&columns, &row.cells);
        let number = value(&values, "number").unwrap_or("").to_string();
        let label = number.clone();
        let mut reasons = super::field_count(row, sheet);
        if number.is_empty() {
            reasons.push(format!("number: {}", i18n::said("invalid-validation-required")));
        } else if number.chars().count() > NUMBER_CHARS || number.chars().any(char::is_control) {
            reasons.push(format!(
                "number: {}",
                i18n::said_with("invalid-import-invoices-number-too-long", &[("limit", NUMBER_CHARS.to_string())])
            ));
        }
        let day = |field: &'static str, reasons: &mut Vec<String>| -> Option<NaiveDate> {
            let cell = value(&values, field)?;
            domain::written::parse_date(cell, orders.get(field).copied().flatten())
                .map_err(|m| reasons.push(format!("{field}: {m}")))
                .ok()
        };
        let amount = |field: &'static str, reasons: &mut Vec<String>| -> Option<i64> {
            let cell = value(&values, field)?;
            domain::written::parse_number(cell, styles.get(field).copied().flatten(), false)
                .and_then(|plain| Money::parse_decimal(&plain, currency))
                .map(|m| m.minor)
                .map_err(|m| reasons.push(format!("{field}: {m}")))
                .ok()
        };
        let issued_on = day("date", &mut reasons);
        if value(&values, "date").is_none() {
            reasons.push(format!("date: {}", i18n::said("invalid-import-invoices-date-required")));
        }
        let due_on = day("due_date", &mut reasons);
        let period_day = day("period", &mut reasons);
        // By VAT id first, then by name: a customer whose VAT id the cluster does not have is still
        // found by the name beside it.
        let customer = match (value(&values, "vat_id"), value(&values, "customer")) {
            (None, None) => {
                reasons.push(format!("customer: {}", i18n::said("invalid-import-invoices-customer-required")));
                None
            }
            (Some(vat), name) => match (known.finder.find("vat_id", vat), name) {
                (Ok(found), _) => Some(found),
                (Err(_), Some(name)) => known.finder.find("customer", name).map_err(|r| reasons.push(r)).ok(),
                (Err(why), None) => {
                    reasons.push(why);
                    None
                }
            },
            (None, Some(name)) => known.finder.find("customer", name).map_err(|r| reasons.push(r)).ok(),
        };
        if let Some(day) = issued_on.filter(|d| *d > known.today) {
            reasons.push(format!(
                "date: {}",
                i18n::said_with("invalid-import-invoices-date-after-today", &[("day", day.to_string())])
            ));
        }
        if let Some(cell) = value(&values, "status") {
            match domain::invoice::InvoiceState::parse(cell.trim()) {
                Some(state) if state.is_open() => {}
                Some(state) => {
                    // The state in a sentence (`paid`), and as a label for the languages that
                    // keep its capital (`Bezahlt`).
                    let state_label = i18n::said(&state.message_key());
                    reasons.push(format!(
                        "status: {}",
                        i18n::said_with(
                            "invalid-import-invoices-not-open",
                            &[("state", state_label.to_lowercase()), ("label", state_label)],
                        )
                    ));
                }
                None if super::header_words(cell) == "open" => {}
                None => reasons.push(format!(
                    "status: {}",
                    i18n::said_with("invalid-import-invoices-unknown-status", &[("value", cell.to_string())])
                )),
            }
        }
        let gross = amount("gross", &mut reasons);
        if value(&values, "gross").is_none() {
            reasons.push(format!("gross: {}", i18n::said("invalid-import-invoices-gross-required")));
        }
        let tax = amount("tax", &mut reasons).unwrap_or(0);
        let paid = amount("paid", &mut reasons).unwrap_or(0);
        if let Some(code) = value(&values, "currency")
            && !code.eq_ignore_ascii_case(currency.code())
        {
            reasons.push(format!(
                "currency: {}",
                i18n::said_with(
                    "invalid-import-invoices-other-currency",
                    &[("code", code.to_string()), ("currency", currency.to_string())],
                )
            ));
        }
        let kind = match value(&values, "kind") {
            None => InvoiceKind::Service,
            Some(cell) => match kind_of(cell) {
                Some(InvoiceKind::CreditNote) => {
                    reasons.push(format!("kind: {}", i18n::said("invalid-import-invoices-credit-note")));
                    InvoiceKind::CreditNote
                }
                Some(kind) => kind,
                None => {
                    reasons.push(format!(
                        "kind: {}",
                        i18n::said_with("invalid-import-invoices-unknown-kind", &[("value", cell.to_string())])
                    ));
                    InvoiceKind::Service
                }
            },
        };
        let description = match domain::validation::optional_text(value(&values, "description"), DESCRIPTION_CHARS) {
            Ok(d) => d,
            Err(m) => {
                reasons.push(format!("description: {m}"));
                None
            }
        };
        if let Some(gross) = gross {
            if gross > AMOUNT_MAX_MINOR {
                reasons.push(format!("gross: {}", i18n::said("invalid-import-invoices-gross-too-large")));
            } else if gross <= 0 {
                reasons.push(format!(
                    "gross: {}",
                    i18n::said_with(
                        "invalid-import-invoices-owes-nothing",
                        &[("gross", Money::new(gross, currency).to_decimal())],
                    )
                ));
            } else if paid >= gross {
                reasons.push(format!(
                    "paid: {}",
                    i18n::said_with(
                        "invalid-import-invoices-paid-in-full",
                        &[
                            ("paid", Money::new(paid, currency).to_decimal()),
                            ("gross", Money::new(gross, currency).to_decimal()),
                        ],
                    )
                ));
            }
            if gross > 0 && !(0..=gross / 2).contains(&tax) {
                reasons.push(format!("tax: {}", i18n::said("invalid-import-invoices-tax-range")));
            }
        }
        if paid < 0 {
            reasons.push(format!("paid: {}", i18n::said("invalid-domain-below-zero")));
        }
        if let (Some(issued), Some(due)) = (issued_on, due_on)
            && due < issued
        {
            reasons.push(format!(
                "due_date: {}",
                i18n::said_with(
                    "invalid-import-invoices-due-before-date",
                    &[("due", due.to_string()), ("issued", issued.to_string())],
                )
            ));
        }
        let (Some(customer), Some(issued_on), Some(gross), true) = (customer, issued_on, gross, reasons.is_empty())
        else {
            return RowPlan::rejected(row.line, label, reasons);
        };
        if let Some((id, holder, stored_gross)) = known.numbers.get(&number) {
            if *holder == customer.id && *stored_gross == gross {
                return RowPlan {
                    line: row.line,
                    label,
                    key: Some(format!("number {number}")),
                    action: RowAction::Unchanged { id: *id },
                    write: None,
                };
            }
            return RowPlan::rejected(
                row.line,
                label,
                vec![format!(
                    "number: {}",
                    i18n::said_with("invalid-import-invoices-number-taken", &[("number", number.clone())])
                )],
            );
        }
        let mut key = format!("number {number}");
        let (membership_id, period_start) = if kind == InvoiceKind::Fee {
            let day = period_day.unwrap_or(issued_on);
            let theirs = memberships.get(&customer.id).map(Vec::as_slice).unwrap_or(&[]);
            let holding: Vec<&&Membership> = theirs
                .iter()
                .filter(|m| m.starts_on.is_some_and(|s| s <= day) && m.terminated_on.is_none_or(|t| t > day))
                .collect();
            if holding.len() > 1 {
                return RowPlan::rejected(
                    row.line,
                    label,
                    vec![format!(
                        "kind: {}",
                        i18n::said_with(
                            "invalid-import-invoices-several-memberships",
                            &[("customer", customer.fields.name.clone()), ("day", day.to_string())],
                        )
                    )],
                );
            }
            let Some(membership) = holding.first() else {
                return RowPlan::rejected(
                    row.line,
                    label,
                    vec![format!(
                        "kind: {}",
                        i18n::said_with(
                            "invalid-import-invoices-no-membership",
                            &[("customer", customer.fields.name.clone()), ("day", day.to_string())],
                        )
                    )],
                );
            };
            let Some(kind) = known.types.iter().find(|t| t.id == membership.type_id) else {
                return RowPlan::rejected(
                    row.line,
                    label,
                    vec![format!("kind: {}", i18n::said("invalid-import-invoices-type-not-found"))],
                );
            };
            let period = crate::membership::period_of(kind, membership, day);
            if let Some(taken) = known.fees.get(&(membership.id, period.start)) {
                return RowPlan::rejected(
                    row.line,
                    label,
                    vec![format!(
                        "kind: {}",
                        i18n::said_with(
                            "invalid-import-invoices-fee-invoiced",
                            &[("period", period.label()), ("number", taken.clone())],
                        )
                    )],
                );
            }
            key = super::either_key(key, format!("fee {} {}", membership.id, period.start));
            (Some(membership.id), Some(period.start))
        } else {
            (None, None)
        };
        let net = gross - tax;
        // The rate the tax amounts to, rounded half up (in 128 bits: the product passes 64).
        let tax_rate_basis_points =
            if net > 0 { ((i128::from(tax) * 20_000 + i128::from(net)) / (2 * i128::from(net))) as i64 } else { 0 };
        let text = description.unwrap_or_else(|| kind.label().to_string());
        let paid_text = Money::new(paid, currency).to_decimal();
        RowPlan {
            line: row.line,
            label,
            key: Some(key),
            action: RowAction::Create,
            write: Some(Box::new(Write::NewInvoice(Box::new(ImportedInvoice {
                number: number.clone(),
                kind,
                organisation_id: customer.id,
                membership_id,
                period_start,
                issued_on,
                due_on: due_on.unwrap_or_else(|| {
                    issued_on.checked_add_signed(chrono::Duration::days(known.payment_term_days)).unwrap_or(issued_on)
                }),
                net_minor: net,
                tax_minor: tax,
                tax_rate_basis_points,
                description: text,
                explanation: format!(
                    "Invoice {number} of the previous system, brought over from {}; {paid_text} {currency} was paid \
                     on it before.",
                    known.file_name
                ),
                paid_minor: paid,
                payment_reference: format!("paid before the move, as {} says", known.file_name),
            })))),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_read_in_the_languages_of_the_headers() {
        let cases = [
            ("fee", Some(InvoiceKind::Fee)),
            ("Cotisation", Some(InvoiceKind::Fee)),
            ("Mitgliedsbeitrag", Some(InvoiceKind::Fee)),
            ("Membership fee", Some(InvoiceKind::Fee)),
            ("Servicio", Some(InvoiceKind::Service)),
            ("Evento", Some(InvoiceKind::Event)),
            ("Avoir", Some(InvoiceKind::CreditNote)),
            ("credit_note", Some(InvoiceKind::CreditNote)),
            ("other", None),
        ];
        for (cell, expected) in cases {
            assert_eq!(kind_of(cell), expected, "{cell}");
        }
    }
}
