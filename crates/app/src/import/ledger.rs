//! Lines of the structure's ledger from the accounting program: for each line its year (or a
//! booking date), budget or actual, its category (an income stream or a cost kind), its amount
//! (or hours and an hourly rate for a contribution in kind), the project of a project cost, and a
//! description. What clusterdesk holds already is refused as the form refuses it (see
//! `crate::economics::Recorded`): actual fees and services of a year with invoices, actual project
//! grants, staff costs of a year the team has costs in.
//!
//! Accounting programs write costs as negative amounts as often as positive ones: a cost's sign is
//! dropped, its category says it is a cost; in a file that writes costs so, a positive cost takes
//! money back and is refused. A line the ledger holds already (the same in every field) is left
//! as it is, as many times as the ledger holds it, so that a file imported twice counts once.

use std::collections::HashMap;

use domain::Coded;
use domain::economics::{CostKind, EntryFields, EntryInput, IncomeStream, LedgerEntry};
use domain::id::Uuid;
use domain::money::Currency;
use domain::project::Project;

use super::{RowAction, RowPlan, RowPlans, Write, column_styles, date_order, mapped_columns, plan_rows, value};
use crate::economics::Recorded;
use crate::sheet::Sheet;
use store::import::ImportTarget;

/// The fields of a ledger file, in the order of forms.
pub const FIELDS: [&str; 10] =
    ["year", "basis", "category", "amount", "hours", "hourly_rate", "public", "recurring", "project", "description"];

/// The fields that hold amounts, read in the number style of their column.
const MONEY_FIELDS: [&str; 2] = ["amount", "hourly_rate"];

/// Header words that name each field (see `super::synonyms`).
pub(super) fn synonyms(field: &str) -> &'static [&'static str] {
    match field {
        "year" => &[
            "year",
            "fiscal year",
            "financial year",
            "date",
            "booking date",
            "posting date",
            "annee",
            "exercice",
            "date comptable",
            "jahr",
            "geschaftsjahr",
            "buchungsdatum",
            "datum",
            "ano",
            "ejercicio",
            "fecha",
            "fecha contable",
            "anno",
            "esercizio",
            "data",
            "data registrazione",
            "rok",
            "data ksiegowania",
            "an",
            "exercitiu",
        ],
        "basis" => &["budget or actual", "budget actual", "plan or actual", "version", "scenario", "base"],
        "category" => &[
            "category",
            "stream",
            "income stream",
            "cost kind",
            "account",
            "account name",
            "type",
            "categorie",
            "compte",
            "kategorie",
            "konto",
            "kontobezeichnung",
            "categoria",
            "cuenta",
            "conto",
            "kategoria",
            "konto ksiegowe",
            "cont",
        ],
        "amount" => &[
            "amount",
            "value",
            "sum",
            "total",
            "net",
            "montant",
            "somme",
            "betrag",
            "summe",
            "importe",
            "cantidad",
            "importo",
            "kwota",
            "suma",
            "valoare",
            "suma neta",
        ],
        "hours" => &["hours", "heures", "stunden", "horas", "ore", "godziny"],
        "hourly_rate" => &[
            "hourly rate",
            "rate",
            "rate per hour",
            "taux horaire",
            "stundensatz",
            "tarifa por hora",
            "tarifa hora",
            "coste hora",
            "tariffa oraria",
            "costo orario",
            "stawka godzinowa",
            "tarif orar",
        ],
        "public" => &["public", "public money", "publique", "offentlich", "publico", "pubblico", "publiczny"],
        "recurring" => &["recurring", "recurrent", "recurrente", "ricorrente", "wiederkehrend", "cykliczny"],
        "project" => &["project", "projet", "projekt", "proyecto", "progetto", "proiect"],
        "description" => &[
            "description",
            "text",
            "label",
            "memo",
            "narrative",
            "libelle",
            "buchungstext",
            "beschreibung",
            "concepto",
            "descripcion",
            "descrizione",
            "causale",
            "opis",
            "descriere",
        ],
        _ => &[],
    }
}

/// What a line of the file is: income of a stream, or a cost of a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Category {
    Income(IncomeStream),
    Cost(CostKind),
}

/// The words a category cell may hold: the codes and labels of the streams and cost kinds (the
/// word `other` alone is either, so the category says which).
fn category_of(cell: &str) -> Result<Category, String> {
    let words = super::header_words(cell);
    let named = |code: &str, label: &str| words == super::header_words(code) || words == super::header_words(label);
    if let Some(s) = IncomeStream::ALL.iter().copied().find(|s| *s != IncomeStream::Other && named(s.code(), s.label()))
    {
        return Ok(Category::Income(s));
    }
    if let Some(k) =
        CostKind::ALL.iter().copied().find(|k| *k != CostKind::OtherStructure && named(k.code(), k.label()))
    {
        return Ok(Category::Cost(k));
    }
    match words.as_str() {
        "other income" => Ok(Category::Income(IncomeStream::Other)),
        "other costs" | "other cost" | "other structure costs" | "other structure" => {
            Ok(Category::Cost(CostKind::OtherStructure))
        }
        "other" => Err(i18n::said("invalid-import-ledger-other-which")),
        _ => Err(i18n::said_with(
            "invalid-import-ledger-unknown-category",
            &[
                ("value", cell.to_string()),
                (
                    "streams",
                    IncomeStream::ALL
                        .iter()
                        .filter(|s| **s != IncomeStream::Other)
                        .map(|s| s.code())
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                (
                    "costs",
                    CostKind::ALL
                        .iter()
                        .filter(|k| **k != CostKind::OtherStructure)
                        .map(|k| k.code())
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            ],
        )),
    }
}

/// What the plan of a ledger file reads the cluster's records with.
pub(super) struct Known<'a> {
    pub currency: Currency,
    pub projects: &'a [Project],
    pub recorded: &'a Recorded,
    /// The lines the ledger holds already.
    pub entries: &'a [LedgerEntry],
}

/// A year cell: the year itself, or a date in it. A date whose day and month could be swapped
/// (`01/03/2025`) still has one year.
fn year_of(cell: &str, order: Option<domain::written::DateOrder>) -> Result<String, String> {
    use domain::written::DateOrder;
    let cell = cell.trim();
    if cell.len() == 4 && cell.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(cell.to_string());
    }
    let year = |order| domain::written::parse_date(cell, order).map(|d| chrono::Datelike::year(&d));
    match year(order) {
        Ok(y) => Ok(y.to_string()),
        Err(m) => match (year(Some(DateOrder::DayFirst)), year(Some(DateOrder::MonthFirst))) {
            (Ok(a), Ok(b)) if a == b => Ok(a.to_string()),
            _ => Err(i18n::said_with("invalid-import-ledger-not-a-year", &[("value", cell.to_string()), ("error", m)])),
        },
    }
}

/// The project a cell names, by its title.
fn project_of(cell: &str, projects: &[Project]) -> Result<Uuid, String> {
    let wanted = domain::text::fold(cell);
    let mut named = projects.iter().filter(|p| domain::text::fold(&p.fields.title) == wanted);
    match (named.next(), named.next()) {
        (Some(p), None) => Ok(p.id),
        (Some(_), Some(_)) => {
            Err(i18n::said_with("invalid-import-ledger-project-ambiguous", &[("title", cell.to_string())]))
        }
        (None, _) => Err(i18n::said_with("invalid-import-ledger-project-unknown", &[("title", cell.to_string())])),
    }
}

/// Whether the file writes costs as money going out: any cost row with a negative amount says so.
/// Such a file's positive cost is a reversal, not a cost.
fn costs_written_negative(sheet: &Sheet, mapping: &[Option<&'static str>]) -> bool {
    let column = |field| mapping.iter().position(|f| *f == Some(field));
    let (Some(category), Some(amount)) = (column("category"), column("amount")) else { return false };
    sheet.rows.iter().any(|row| {
        matches!(row.cells.get(category).map(category_of), Some(Ok(Category::Cost(_))))
            && row.cells.get(amount).is_some_and(|a| a.trim().starts_with('-'))
    })
}

/// What makes two ledger lines the same line: every field (year, basis, category, amount, hours
/// and rate, public, recurring, project and description).
fn same_line(fields: &EntryFields) -> String {
    format!("{fields:?}")
}

pub(super) fn plan(sheet: &Sheet, mapping: &[Option<&'static str>], known: &Known) -> RowPlans {
    let styles = column_styles(sheet, mapping, &MONEY_FIELDS);
    let year_order = date_order(sheet, mapping, "year");
    let columns = mapped_columns(ImportTarget::Ledger, mapping);
    let costs_negative = costs_written_negative(sheet, mapping);
    let planned: Vec<RowPlan> = plan_rows(sheet, |row| {
        let values = super::row_values(&columns, &row.cells);
        let mut reasons = super::field_count(row, sheet);
        let category = match value(&values, "category") {
            None => {
                reasons.push(format!("category: {}", i18n::said("invalid-validation-required")));
                None
            }
            Some(cell) => category_of(cell).map_err(|m| reasons.push(format!("category: {m}"))).ok(),
        };
        let label = match (value(&values, "description"), category) {
            (Some(d), _) => d.to_string(),
            (None, Some(Category::Income(s))) => i18n::said(&s.message_key()),
            (None, Some(Category::Cost(k))) => i18n::said(&k.message_key()),
            (None, None) => value(&values, "category").unwrap_or("").to_string(),
        };
        let year = value(&values, "year")
            .and_then(|cell| year_of(cell, year_order).map_err(|m| reasons.push(format!("year: {m}"))).ok());
        if value(&values, "year").is_none() {
            reasons.push(format!("year: {}", i18n::said("invalid-validation-required")));
        }
        let money = |field: &'static str, reasons: &mut Vec<String>| {
            let cell = value(&values, field)?;
            let plain = domain::written::parse_number(cell, styles.get(field).copied().flatten(), false)
                .map_err(|m| reasons.push(format!("{field}: {m}")))
                .ok()?;
            match (category, plain.strip_prefix('-')) {
                // A cost written as money going out.
                (Some(Category::Cost(_)), Some(positive)) if field == "amount" => Some(positive.to_string()),
                (Some(Category::Cost(_)), None) if field == "amount" && costs_negative && plain != "0" => {
                    reasons.push(format!(
                        "amount: {}",
                        i18n::said_with("invalid-import-ledger-positive-cost", &[("amount", cell.to_string())])
                    ));
                    None
                }
                _ => Some(plain),
            }
        };
        let amount = money("amount", &mut reasons);
        let hourly_rate = money("hourly_rate", &mut reasons);
        let project = match (value(&values, "project"), category) {
            (Some(cell), Some(Category::Cost(CostKind::Project))) => {
                project_of(cell, known.projects).map_err(|m| reasons.push(format!("project: {m}"))).ok()
            }
            (Some(_), Some(_)) => {
                reasons.push(format!("project: {}", i18n::said("invalid-import-ledger-project-not-cost")));
                None
            }
            (None, _) | (Some(_), None) => None,
        };
        let input = EntryInput {
            year,
            basis: value(&values, "basis").map(str::to_string),
            stream: match category {
                Some(Category::Income(s)) => Some(s.code().to_string()),
                _ => None,
            },
            cost_kind: match category {
                Some(Category::Cost(k)) => Some(k.code().to_string()),
                _ => None,
            },
            amount,
            hours: value(&values, "hours").map(str::to_string),
            hourly_rate,
            public: value(&values, "public").map(str::to_string),
            recurring: value(&values, "recurring").map(str::to_string),
            description: value(&values, "description").map(str::to_string),
        };
        let fields = match input.parse(known.currency, project) {
            Ok(fields) if reasons.is_empty() => fields,
            Ok(_) => return RowPlan::rejected(row.line, label, reasons),
            Err(invalid) => {
                // A field the row's own reading found wrong is told once.
                for e in invalid.0 {
                    let field = field_of(&e.field);
                    if !reasons.iter().any(|r| r.strip_prefix(field).is_some_and(|r| r.starts_with(": "))) {
                        reasons.push(format!("{field}: {}", e.message));
                    }
                }
                return RowPlan::rejected(row.line, label, reasons);
            }
        };
        RowPlan {
            line: row.line,
            label,
            // Two equal lines of one file are two lines (twelve months of rent).
            key: None,
            action: RowAction::Create,
            write: Some(Box::new(Write::NewLedgerEntry(fields))),
        }
    })
    .collect();
    // The ledger's own lines, each standing for one line of the file at most.
    let mut held: HashMap<String, Vec<Uuid>> = HashMap::new();
    for e in known.entries.iter().rev() {
        held.entry(same_line(&e.fields)).or_default().push(e.id);
    }
    let planned: Vec<Option<RowPlan>> = planned
        .into_iter()
        .map(|mut row| {
            let Some(Write::NewLedgerEntry(fields)) = row.write.as_deref() else { return Some(row) };
            // A line held already is unchanged, even one the records would refuse now (a file
            // imported before the year's invoices or team): the year says what counts twice.
            if let Some(id) = held.get_mut(&same_line(fields)).and_then(Vec::pop) {
                row.action = RowAction::Unchanged { id };
                row.write = None;
            } else if let Some((field, message)) = known.recorded.refusal(fields) {
                let reasons = vec![format!("{}: {message}", field_of(field))];
                return Some(RowPlan::rejected(row.line, row.label, reasons));
            }
            Some(row)
        })
        .collect();
    planned.into_iter().flatten()
}

/// The file's field a field of the ledger's form is read from.
fn field_of(form_field: &str) -> &str {
    match form_field {
        "stream" | "cost_kind" => "category",
        "project_id" => "project",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_are_read_by_code_and_label_and_other_must_say_which() {
        let cases = [
            ("public_support", Ok(Category::Income(IncomeStream::PublicSupport))),
            ("Public structural support", Ok(Category::Income(IncomeStream::PublicSupport))),
            ("MEMBERSHIP FEES", Ok(Category::Income(IncomeStream::MembershipFees))),
            ("in-kind", Ok(Category::Income(IncomeStream::InKind))),
            ("Other income", Ok(Category::Income(IncomeStream::Other))),
            ("office", Ok(Category::Cost(CostKind::Office))),
            ("Project costs", Ok(Category::Cost(CostKind::Project))),
            ("other costs", Ok(Category::Cost(CostKind::OtherStructure))),
        ];
        for (cell, expected) in cases {
            assert_eq!(category_of(cell), expected, "{cell}");
        }
        assert!(category_of("other").unwrap_err().contains("write which"));
        assert!(category_of("6230 Rent").unwrap_err().contains("map the file's values"));
    }

    #[test]
    fn a_year_is_a_year_or_the_year_of_a_date() {
        assert_eq!(year_of("2025", None).as_deref(), Ok("2025"));
        assert_eq!(year_of("2024-03-31", None).as_deref(), Ok("2024"));
        assert_eq!(year_of("31.12.2023", None).as_deref(), Ok("2023"));
        assert!(year_of("last year", None).is_err());
        // The first of March or the third of January: 2025 either way.
        assert_eq!(year_of("01/03/2025", None).as_deref(), Ok("2025"));
    }
}
