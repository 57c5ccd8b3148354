//! The one writer of exported tables: every CSV and XLSX export (organisations, contacts,
//! invoices, payments) is a [`Table`], written the same way.

use domain::money::{Currency, Money};

use crate::Error;

/// One cell of an exported table.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    /// A whole number: as it is in CSV, a number in XLSX.
    Count(i64),
    /// An amount in minor units of a currency: a plain decimal in CSV, a number in XLSX.
    Money(i64, Currency),
}

/// A table to export: a name (the XLSX sheet's), its columns and its rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub name: &'static str,
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    pub fn to_csv(&self) -> Result<Vec<u8>, Error> {
        let failed = |e: csv::Error| Error::Internal(e.to_string());
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(&self.columns).map_err(failed)?;
        for row in &self.rows {
            let cells = row.iter().map(|v| match v {
                Value::Text(s) => s.clone(),
                Value::Count(n) => n.to_string(),
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
                    Value::Count(n) => sheet.write_number(r, col, *n as f64),
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
