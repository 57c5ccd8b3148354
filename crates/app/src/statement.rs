//! Bank statements as banks write them: CSV or XLSX with an amount column or separate debit and
//! credit columns, signs written `+`, `-`, a trailing minus or parentheses, a currency code beside
//! the amount or in its own column; and ISO 20022 CAMT.053 XML (the account statement European
//! banks export, `BkToCstmrStmt`), read into the lines a statement import matches.

use chrono::NaiveDate;
use domain::money::{Currency, Money};
use domain::written::{DateOrder, NumberStyle};

use crate::RowError;

/// One line of a statement, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct StatementLine {
    /// The line in the file (the header is 1); for CAMT.053 the line of the entry's element.
    pub line: u64,
    pub booked_on: NaiveDate,
    /// Minor units of `currency` (or of the cluster's currency when the statement names none):
    /// money in above zero, money out below.
    pub amount_minor: i64,
    /// The ISO 4217 code the line is in, when the statement says.
    pub currency: Option<String>,
    /// The statement's text of the line: counterparty, description and reference.
    pub reference: String,
}

/// A statement read: its lines, and the lines that could not be read.
pub(crate) type Read = (Vec<StatementLine>, Vec<RowError>);

/// Reads a statement: CAMT.053 when the file is XML, else a sheet (CSV or XLSX). Amounts are read
/// in `currency` (the cluster's) unless the line names another. A statement that cannot be read
/// at all is refused with what to fix.
pub(crate) fn read(bytes: &[u8], currency: Currency) -> Result<Read, String> {
    let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = start.iter().position(|b| !b.is_ascii_whitespace()).map(|i| &start[i..]).unwrap_or_default();
    if first.starts_with(b"<") {
        let limit = crate::sheet::LIMITS.file_bytes;
        if bytes.len() > limit {
            return Err(i18n::said_with(
                "invalid-app-statement-too-large",
                &[("size", (limit / 1024 / 1024).to_string())],
            ));
        }
        return read_camt(bytes, currency);
    }
    read_sheet(bytes, currency)
}

const DATE_HEADERS: [&str; 14] = [
    "date",
    "booking date",
    "value date",
    "fecha",
    "fecha valor",
    "fecha operacion",
    "data",
    "data valuta",
    "data operazione",
    "datum",
    "buchungstag",
    "valutadatum",
    "date operation",
    "data ksiegowania",
];
const AMOUNT_HEADERS: [&str; 10] =
    ["amount", "importe", "importo", "betrag", "montant", "amount eur", "kwota", "suma", "umsatz", "valoare"];
const CREDIT_HEADERS: [&str; 13] = [
    "credit",
    "haber",
    "avere",
    "eingang",
    "abono",
    "money in",
    "paid in",
    "gutschrift",
    "haben",
    "ingresos",
    "entrate",
    "uznania",
    "wplywy",
];
const DEBIT_HEADERS: [&str; 13] = [
    "debit",
    "debe",
    "cargo",
    "soll",
    "addebito",
    "dare",
    "uscite",
    "money out",
    "paid out",
    "lastschrift",
    "gastos",
    "obciazenia",
    "wydatki",
];
// Not "valuta": in German and Swiss statements it is the value date.
const CURRENCY_HEADERS: [&str; 7] = ["currency", "moneda", "divisa", "wahrung", "devise", "waluta", "ccy"];

/// Where a statement's amount stands: one column, or money in and money out apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AmountColumns {
    Signed(usize),
    Split { credit: usize, debit: usize },
}

/// The columns of a statement sheet, found by their names in the network's languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Columns {
    pub date: usize,
    pub amount: AmountColumns,
    pub currency: Option<usize>,
    /// Every other column, read as text for matching.
    pub text: Vec<usize>,
}

pub(crate) fn columns(headers: &[String]) -> Result<Columns, String> {
    let keys: Vec<String> = headers.iter().map(|h| domain::text::fold(h)).collect();
    let find = |names: &[&str]| keys.iter().position(|k| names.contains(&k.as_str()));
    let date = find(&DATE_HEADERS)
        .ok_or_else(|| i18n::said_with("invalid-app-statement-no-date-column", &[("found", headers.join(", "))]))?;
    let amount = match (find(&AMOUNT_HEADERS), find(&CREDIT_HEADERS), find(&DEBIT_HEADERS)) {
        (Some(a), _, _) => AmountColumns::Signed(a),
        (None, Some(credit), Some(debit)) => AmountColumns::Split { credit, debit },
        (None, Some(credit), None) => AmountColumns::Signed(credit),
        _ => {
            return Err(i18n::said_with("invalid-app-statement-no-amount-column", &[("found", headers.join(", "))]));
        }
    };
    let currency = find(&CURRENCY_HEADERS);
    let used = |c: usize| {
        c == date
            || Some(c) == currency
            || match amount {
                AmountColumns::Signed(a) => c == a,
                AmountColumns::Split { credit, debit } => c == credit || c == debit,
            }
    };
    Ok(Columns { date, amount, currency, text: (0..headers.len()).filter(|c| !used(*c)).collect() })
}

/// An amount as a statement writes it, taken apart: its sign (`+`, `-`, a trailing minus,
/// parentheses), a currency code or symbol beside it, and the number left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WrittenAmount {
    pub negative: bool,
    pub currency: Option<String>,
    pub number: String,
}

pub(crate) fn written_amount(raw: &str) -> WrittenAmount {
    let mut s = raw.trim().to_string();
    let mut currency = None;
    for (symbol, code) in [("€", "EUR"), ("£", "GBP"), ("$", "USD"), ("zł", "PLN"), ("CHF", "CHF")] {
        if s.contains(symbol) {
            s = s.replace(symbol, " ");
            currency = Some(code.to_string());
        }
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let is_code = |w: &str| w.len() == 3 && w.chars().all(|c| c.is_ascii_alphabetic());
    let (codes, rest): (Vec<&str>, Vec<&str>) = words.into_iter().partition(|w| is_code(w));
    if let Some(code) = codes.first() {
        currency = Some(code.to_ascii_uppercase());
    }
    let mut number: String = rest.concat();
    let mut negative = false;
    if let Some(inner) = number.strip_prefix('(').and_then(|n| n.strip_suffix(')')).filter(|n| !n.is_empty()) {
        negative = true;
        number = inner.to_string();
    }
    if let Some(n) = number.strip_suffix('-') {
        negative = !negative;
        number = n.to_string();
    } else if let Some(n) = number.strip_prefix('-') {
        negative = !negative;
        number = n.to_string();
    }
    if let Some(n) = number.strip_prefix('+').or_else(|| number.strip_suffix('+')) {
        number = n.to_string();
    }
    WrittenAmount { negative, currency, number }
}

/// An amount of the statement in minor units: a bank's file, which no person typed, so its column
/// alone settles how it writes decimals.
fn minor(number: &str, style: Option<NumberStyle>, currency: Currency) -> Result<i64, String> {
    let plain = domain::written::typed_by(None, || domain::written::parse_number(number, style, false))?;
    Ok(Money::parse_decimal(&plain, currency)?.minor)
}

fn read_sheet(bytes: &[u8], currency: Currency) -> Result<Read, String> {
    let sheet = crate::sheet::read(bytes)?;
    let cols = columns(&sheet.headers)?;
    let cell = |row: &crate::sheet::SheetRow, c: usize| row.cells.get(c).unwrap_or_default().trim().to_string();
    let dates: Vec<String> = sheet.rows.iter().map(|r| cell(r, cols.date)).collect();
    // European banks write the day first; a column that shows otherwise says so.
    let order = DateOrder::of_column(dates.iter().map(String::as_str)).or(Some(DateOrder::DayFirst));
    let amount_cells = |r: &crate::sheet::SheetRow| match cols.amount {
        AmountColumns::Signed(a) => vec![cell(r, a)],
        AmountColumns::Split { credit, debit } => vec![cell(r, credit), cell(r, debit)],
    };
    let numbers: Vec<String> =
        sheet.rows.iter().flat_map(amount_cells).map(|a| written_amount(&a).number).filter(|n| !n.is_empty()).collect();
    let style = NumberStyle::of_column(numbers.iter().map(String::as_str));
    let (mut lines, mut errors) = (Vec::new(), Vec::new());
    for row in &sheet.rows {
        if (0..sheet.headers.len()).all(|c| cell(row, c).is_empty()) {
            continue;
        }
        let error = |field: &str, message: String| RowError { line: row.line, field: Some(field.into()), message };
        let booked_on = domain::written::parse_date(&cell(row, cols.date), order).map_err(|e| error("date", e));
        // Only a currency code counts: anything else in that column is not a currency.
        let column_currency = cols
            .currency
            .map(|c| cell(row, c))
            .filter(|c| c.len() == 3 && c.chars().all(|ch| ch.is_ascii_alphabetic()))
            .map(|c| c.to_uppercase());
        let signed = |raw: &str| -> Result<(i64, Option<String>), String> {
            let w = written_amount(raw);
            let amount = minor(&w.number, style, currency)?;
            Ok((if w.negative { -amount } else { amount }, w.currency))
        };
        let amount = match cols.amount {
            AmountColumns::Signed(a) => signed(&cell(row, a)),
            AmountColumns::Split { credit, debit } => {
                let (inn, out) = (cell(row, credit), cell(row, debit));
                match (inn.is_empty(), out.is_empty()) {
                    (false, _) => signed(&inn).map(|(a, c)| (a.abs(), c)),
                    (true, false) => signed(&out).map(|(a, c)| (-a.abs(), c)),
                    (true, true) => Err(i18n::said("invalid-app-statement-no-credit-or-debit")),
                }
            }
        }
        .map_err(|e| error("amount", e));
        let text: Vec<String> = cols.text.iter().map(|c| cell(row, *c)).filter(|t| !t.is_empty()).collect();
        let reference: String = text.join(" / ").chars().take(300).collect();
        match (booked_on, amount) {
            (Ok(booked_on), Ok((amount_minor, written))) => lines.push(StatementLine {
                line: row.line,
                booked_on,
                amount_minor,
                currency: column_currency.or(written),
                reference,
            }),
            (d, a) => errors.extend(d.err().into_iter().chain(a.err())),
        }
    }
    Ok((lines, errors))
}

/// The child elements of `node` with this local name (namespaces vary by CAMT version).
fn children<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &'a str) -> impl Iterator<Item = roxmltree::Node<'a, 'i>> {
    node.children().filter(move |c| c.is_element() && c.tag_name().name() == name)
}

fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, path: &[&'a str]) -> Option<roxmltree::Node<'a, 'i>> {
    let mut at = node;
    for name in path {
        at = children(at, name).next()?;
    }
    Some(at)
}

fn text_at(node: roxmltree::Node<'_, '_>, path: &[&str]) -> Option<String> {
    child(node, path).and_then(|n| n.text()).map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
}

/// Reads the entries (`Ntry`) of every statement (`Stmt`) of a CAMT.053 file: the booking date
/// (else the value date), the amount with its currency (`Amt/@Ccy`) and direction (`CdtDbtInd`:
/// `CRDT` in, `DBIT` out), and as text the remittance information, the counterparty's name, the
/// end-to-end reference and the bank's additional information. Source: ISO 20022
/// camt.053.001 (Bank to Customer Statement).
fn read_camt(bytes: &[u8], currency: Currency) -> Result<Read, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| i18n::said("invalid-app-statement-not-utf8"))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = roxmltree::ParsingOptions { allow_dtd: false, ..Default::default() };
    let doc = roxmltree::Document::parse_with_options(text, options)
        .map_err(|e| i18n::said_with("invalid-app-statement-unreadable", &[("problem", e.to_string())]))?;
    let root = doc.root_element();
    let Some(report) = child(root, &["BkToCstmrStmt"]) else {
        return Err(match root.first_element_child() {
            Some(n) => i18n::said_with("invalid-app-statement-not-camt", &[("found", n.tag_name().name().to_string())]),
            None => i18n::said("invalid-app-statement-not-camt-empty"),
        });
    };
    let (mut lines, mut errors) = (Vec::new(), Vec::new());
    for statement in children(report, "Stmt") {
        for entry in children(statement, "Ntry") {
            let line = doc.text_pos_at(entry.range().start).row as u64;
            let error = |field: &str, message: String| RowError { line, field: Some(field.into()), message };
            let day = text_at(entry, &["BookgDt", "Dt"])
                .or_else(|| text_at(entry, &["BookgDt", "DtTm"]))
                .or_else(|| text_at(entry, &["ValDt", "Dt"]))
                .or_else(|| text_at(entry, &["ValDt", "DtTm"]));
            let booked_on = day
                .as_deref()
                .and_then(|d| d.get(..10))
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .and_then(|d| domain::written::plausible_day(d).ok())
                .ok_or_else(|| error("date", i18n::said("invalid-app-statement-entry-no-date")));
            let amount = child(entry, &["Amt"]);
            let code = amount.and_then(|a| a.attribute("Ccy")).map(|c| c.trim().to_uppercase());
            let read_in = code.as_deref().and_then(|c| Currency::parse(c).ok()).unwrap_or(currency);
            let value = amount
                .and_then(|a| a.text())
                .ok_or_else(|| i18n::said("invalid-app-statement-entry-no-amount"))
                .and_then(|v| Money::parse_decimal(v, read_in).map(|m| m.minor));
            let direction = text_at(entry, &["CdtDbtInd"]);
            let signed = match (value, direction.as_deref()) {
                (Ok(v), Some("CRDT")) => Ok(v),
                (Ok(v), Some("DBIT")) => Ok(-v),
                (Ok(_), other) => {
                    Err(i18n::said_with("invalid-app-statement-entry-direction", &[("value", format!("{other:?}"))]))
                }
                (Err(e), _) => Err(e),
            }
            .map_err(|e| error("amount", e));
            let mut parts: Vec<String> = Vec::new();
            for details in children(entry, "NtryDtls").flat_map(|d| children(d, "TxDtls")) {
                for path in [
                    &["RltdPties", "Dbtr", "Nm"][..],
                    &["RltdPties", "Dbtr", "Pty", "Nm"],
                    &["RmtInf", "Strd", "CdtrRefInf", "Ref"],
                    &["Refs", "EndToEndId"],
                    &["AddtlTxInf"],
                ] {
                    parts.extend(text_at(details, path));
                }
                parts.extend(
                    child(details, &["RmtInf"])
                        .into_iter()
                        .flat_map(|r| children(r, "Ustrd"))
                        .filter_map(|u| u.text().map(|t| t.trim().to_string())),
                );
            }
            parts.extend(text_at(entry, &["AddtlNtryInf"]));
            parts.retain(|p| !p.is_empty() && p != "NOTPROVIDED");
            parts.dedup();
            let reference: String = parts.join(" / ").chars().take(300).collect();
            match (booked_on, signed) {
                (Ok(booked_on), Ok(amount_minor)) => {
                    lines.push(StatementLine { line, booked_on, amount_minor, currency: code, reference })
                }
                (d, a) => errors.extend(d.err().into_iter().chain(a.err())),
            }
        }
    }
    if lines.is_empty() && errors.is_empty() {
        return Err(i18n::said("invalid-app-statement-no-entries"));
    }
    Ok((lines, errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_and_currencies_are_read_as_banks_write_them() {
        let w = |raw: &str| {
            let w = written_amount(raw);
            (w.negative, w.currency, w.number)
        };
        assert_eq!(w("1.250,50"), (false, None, "1.250,50".into()));
        assert_eq!(w("+1,250.50 EUR"), (false, Some("EUR".into()), "1,250.50".into()));
        assert_eq!(w("-12,00"), (true, None, "12,00".into()));
        assert_eq!(w("12,00-"), (true, None, "12,00".into()));
        assert_eq!(w("(12.00)"), (true, None, "12.00".into()));
        assert_eq!(w("USD 300.00"), (false, Some("USD".into()), "300.00".into()));
        assert_eq!(w("€ 45,00"), (false, Some("EUR".into()), "45,00".into()));
        assert_eq!(w("(1 200,00) PLN"), (true, Some("PLN".into()), "1200,00".into()));
    }

    #[test]
    fn xml_that_declares_entities_or_is_not_a_statement_is_refused() {
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\
                      <Document><BkToCstmrStmt><Stmt><Ntry>&b;</Ntry></Stmt></BkToCstmrStmt></Document>";
        assert!(read(laughs.as_bytes(), Currency::EUR).unwrap_err().contains("cannot be read"));
        let empty = "<Document><BkToCstmrStmt><Stmt/></BkToCstmrStmt></Document>";
        assert!(read(empty.as_bytes(), Currency::EUR).unwrap_err().contains("no entries"));
        let broken = "<Document><BkToCstmrStmt><Stmt><Ntry><Amt Ccy=\"EUR\">1x</Amt><CdtDbtInd>CRDT</CdtDbtInd>\
                      <BookgDt><Dt>2026-13-01</Dt></BookgDt></Ntry></Stmt></BkToCstmrStmt></Document>";
        let (lines, errors) = read(broken.as_bytes(), Currency::EUR).unwrap();
        assert_eq!((lines.len(), errors.len()), (0, 2), "{errors:?}");
    }

    #[test]
    fn statement_columns_are_found_by_their_names_in_several_languages() {
        let headers = |h: &[&str]| h.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let c = columns(&headers(&["Fecha", "Concepto", "Importe"])).unwrap();
        assert_eq!((c.date, c.amount, c.text), (0, AmountColumns::Signed(2), vec![1]));
        let c = columns(&headers(&["Buchungstag", "Betrag", "Verwendungszweck", "Währung", "Name"])).unwrap();
        assert_eq!((c.amount, c.currency, c.text), (AmountColumns::Signed(1), Some(3), vec![2, 4]));
        let c = columns(&headers(&["Date", "Description", "Debit", "Credit"])).unwrap();
        assert_eq!(c.amount, AmountColumns::Split { credit: 3, debit: 2 });
        assert!(columns(&headers(&["Fecha", "Concepto"])).unwrap_err().contains("amount"));
    }
}
