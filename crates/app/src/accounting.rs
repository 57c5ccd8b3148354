//! The accounting export: invoices and payments as CSV or XLSX, for the cluster's bookkeeping.

use domain::money::{Currency, Money};

use crate::auth::{Allows, Read};
use crate::{App, Error};

/// One cell of an exported table.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    /// An amount in minor units of a currency: a plain decimal in CSV, a number in XLSX.
    Money(i64, Currency),
}

/// A table to export: a name (the XLSX sheet's), its columns and its rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [&'static str],
    pub rows: Vec<Vec<Value>>,
}

fn text(s: impl Into<String>) -> Value {
    Value::Text(s.into())
}

fn currency(code: &str) -> Currency {
    Currency::parse(code).unwrap_or(Currency::EUR)
}

impl Table {
    pub fn to_csv(&self) -> Result<Vec<u8>, Error> {
        let failed = |e: csv::Error| Error::Internal(e.to_string());
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(self.columns).map_err(failed)?;
        for row in &self.rows {
            let cells = row.iter().map(|v| match v {
                Value::Text(s) => s.clone(),
                Value::Money(minor, c) => Money::new(*minor, *c).to_decimal(),
            });
            writer.write_record(cells).map_err(failed)?;
        }
        writer.into_inner().map_err(|e| Error::Internal(e.to_string()))
    }

    pub fn to_xlsx(&self) -> Result<Vec<u8>, Error> {
        use rust_xlsxwriter::{Format, Workbook};
        let failed = |e: rust_xlsxwriter::XlsxError| Error::Internal(e.to_string());
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.set_name(self.name).map_err(failed)?;
        let bold = Format::new().set_bold();
        for (col, name) in self.columns.iter().enumerate() {
            sheet.write_string_with_format(0, col as u16, *name, &bold).map_err(failed)?;
        }
        for (r, row) in self.rows.iter().enumerate() {
            for (col, value) in row.iter().enumerate() {
                let (r, col) = (r as u32 + 1, col as u16);
                match value {
                    Value::Text(s) => sheet.write_string(r, col, s),
                    Value::Money(minor, c) => {
                        let digits = c.minor_digits();
                        let format = Format::new().set_num_format(if digits == 0 { "#,##0" } else { "#,##0.00" });
                        sheet.write_number_with_format(r, col, *minor as f64 / 10f64.powi(digits as i32), &format)
                    }
                }
                .map_err(failed)?;
            }
        }
        sheet.autofit();
        sheet.set_freeze_panes(1, 0).map_err(failed)?;
        workbook.save_to_buffer().map_err(failed)
    }
}

pub const INVOICE_COLUMNS: [&str; 12] =
    ["number", "date", "due_date", "kind", "customer", "vat_id", "net", "tax", "gross", "currency", "status", "paid"];

/// Every invoice of the cluster, by number, with its state on `today`.
pub async fn invoices(app: &App, scope: &impl Allows<Read>) -> Result<Table, Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let rows = store::invoice::all_with_customers(&app.db, scope)
        .await?
        .into_iter()
        .map(|r| {
            let i = &r.invoice;
            let c = currency(&i.currency);
            let state = i.state(today);
            vec![
                text(&i.number),
                text(i.issued_on.to_string()),
                text(i.due_on.to_string()),
                text(i.kind.code()),
                text(&r.customer),
                text(r.customer_vat_id.clone().unwrap_or_default()),
                Value::Money(i.net_minor, c),
                Value::Money(i.tax_minor, c),
                Value::Money(i.gross_minor, c),
                text(&i.currency),
                text(state.code()),
                Value::Money(i.paid_minor, c),
            ]
        })
        .collect();
    Ok(Table { name: "Invoices", columns: &INVOICE_COLUMNS, rows })
}

pub const PAYMENT_COLUMNS: [&str; 8] =
    ["date", "amount", "currency", "invoice", "customer", "vat_id", "reference", "source"];

/// Every payment of the cluster, by day.
pub async fn payments(app: &App, scope: &impl Allows<Read>) -> Result<Table, Error> {
    let scope = scope.checked()?;
    let base = scope.cluster().base_currency;
    let rows = store::invoice::payments(&app.db, scope)
        .await?
        .into_iter()
        .map(|p| {
            let c = p.currency.as_deref().map_or(base, currency);
            vec![
                text(p.paid_on.to_string()),
                Value::Money(p.amount_minor, c),
                text(c.code()),
                text(p.invoice_number.unwrap_or_default()),
                text(p.customer.unwrap_or_default()),
                text(p.customer_vat_id.unwrap_or_default()),
                text(p.reference),
                text(p.source.code()),
            ]
        })
        .collect();
    Ok(Table { name: "Payments", columns: &PAYMENT_COLUMNS, rows })
}
