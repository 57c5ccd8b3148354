//! The one writer of exported tables: every CSV and XLSX export (organisations, contacts,
//! invoices, payments) is a [`Table`], written the same way. A table's rows arrive as the
//! database hands them over, so an export of 100,000 rows never holds them all: CSV leaves in
//! chunks as it is written, XLSX is written row by row to a temporary file and zipped at the end.

use domain::money::{Currency, Money};
use futures_util::stream::BoxStream;
use futures_util::{StreamExt, TryStreamExt};

use crate::Error;

/// One cell of an exported table.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    /// A whole number: as it is in CSV, a number in XLSX.
    Count(i64),
    /// An amount in minor units of a currency: a plain decimal in CSV, a number in XLSX.
    Money(i64, Currency),
    /// A value in units of `1 / scale` (a percent in basis points has scale 100): a plain
    /// decimal in CSV, a number in XLSX.
    Scaled(i64, i64),
}

/// `value / scale` as a plain decimal with as many places as the scale has zeros: `4250 / 100`
/// is `42.50`.
fn scaled_decimal(value: i64, scale: i64) -> String {
    let scale = scale.max(1);
    let places = scale.ilog10() as usize;
    if places == 0 {
        return value.to_string();
    }
    let sign = if value < 0 { "-" } else { "" };
    let (whole, part) = (value.unsigned_abs() / scale as u64, value.unsigned_abs() % scale as u64);
    format!("{sign}{whole}.{part:0places$}")
}

/// A table's rows, in order, as they are read; an error ends them.
pub type Rows = BoxStream<'static, Result<Vec<Value>, Error>>;

/// The UTF-8 byte-order mark that begins every CSV export.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// A table to export: a name (the XLSX sheet's), its columns and its rows.
pub struct Table {
    pub name: std::borrow::Cow<'static, str>,
    pub columns: Vec<String>,
    pub rows: Rows,
}

/// How many bytes of CSV are gathered before they leave as one chunk.
pub const CSV_CHUNK_BYTES: usize = 64 * 1024;

fn csv_failed(e: impl std::fmt::Display) -> Error {
    Error::Internal(format!("cannot write the CSV: {e}"))
}

/// A row's cells as CSV text: text that a spreadsheet would run as a formula is neutralised
/// (`domain::text::neutralise_formula`), numbers and amounts are written as they are.
fn csv_cells(row: Vec<Value>) -> impl Iterator<Item = String> {
    row.into_iter().map(|v| match v {
        Value::Text(s) => domain::text::neutralise_formula(&s).into_owned(),
        Value::Count(n) => n.to_string(),
        Value::Money(minor, c) => Money::new(minor, c).to_decimal(),
        Value::Scaled(v, scale) => scaled_decimal(v, scale),
    })
}

impl Table {
    /// A table whose rows come from `rows`, each made into cells by `row`.
    pub fn streamed<T: Send + 'static>(
        name: &'static str,
        columns: Vec<&'static str>,
        rows: store::RowStream<T>,
        row: impl Fn(T) -> Vec<Value> + Send + 'static,
    ) -> Table {
        let columns = columns.into_iter().map(String::from).collect();
        Table { name: name.into(), columns, rows: rows.map_ok(row).map_err(Error::from).boxed() }
    }

    /// A table of rows already in hand (a few: the rejected rows of an import).
    pub fn of_rows(
        name: impl Into<std::borrow::Cow<'static, str>>,
        columns: Vec<String>,
        rows: Vec<Vec<Value>>,
    ) -> Table {
        Table { name: name.into(), columns, rows: futures_util::stream::iter(rows.into_iter().map(Ok)).boxed() }
    }

    /// The rows, all of them: for tests and small tables.
    pub async fn collect_rows(self) -> Result<Vec<Vec<Value>>, Error> {
        self.rows.try_collect().await
    }

    /// The table as CSV, in chunks of about [`CSV_CHUNK_BYTES`], the header line first after a
    /// UTF-8 byte-order mark (without it Excel reads UTF-8 as the system's code page and garbles
    /// accents; the importer skips it). An error reading a row ends the chunks with it.
    pub fn csv_chunks(self) -> BoxStream<'static, Result<Vec<u8>, Error>> {
        let start = (Some(self.columns), self.rows, false);
        futures_util::stream::try_unfold(start, |(header, mut rows, done)| async move {
            if done {
                return Ok(None);
            }
            // A writer a chunk: csv buffers what it writes, and gives its bytes back whole.
            let mut buffer = Vec::with_capacity(CSV_CHUNK_BYTES + 1024);
            if header.is_some() {
                buffer.extend_from_slice(UTF8_BOM);
            }
            let mut writer = csv::Writer::from_writer(buffer);
            if let Some(columns) = &header {
                writer.write_record(columns).map_err(csv_failed)?;
            }
            let mut ended = false;
            while writer.get_ref().len() < CSV_CHUNK_BYTES {
                match rows.try_next().await? {
                    Some(row) => writer.write_record(csv_cells(row)).map_err(csv_failed)?,
                    None => {
                        ended = true;
                        break;
                    }
                }
            }
            let chunk = writer.into_inner().map_err(csv_failed)?;
            Ok(Some((chunk, (None, rows, ended))))
        })
        .boxed()
    }

    /// The whole table as CSV (with the byte-order mark, see [`Table::csv_chunks`]).
    pub async fn to_csv(self) -> Result<Vec<u8>, Error> {
        self.csv_chunks().try_concat().await
    }

    /// The table as an XLSX workbook: a bold, frozen header row, numbers as numbers, amounts in
    /// the currency's decimals, columns as wide as their longest value (up to 60 characters).
    /// The rows go to a temporary file as they come; only the zipped workbook is held at the end.
    pub async fn to_xlsx(mut self) -> Result<Vec<u8>, Error> {
        use rust_xlsxwriter::{Format, Workbook};
        let failed = |e: rust_xlsxwriter::XlsxError| Error::Internal(format!("cannot write the workbook: {e}"));
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet_with_constant_memory().map_err(failed)?;
        sheet.set_name(&*self.name).map_err(failed)?;
        sheet.set_freeze_panes(1, 0).map_err(failed)?;
        let bold = Format::new().set_bold();
        let mut widths: Vec<usize> = self.columns.iter().map(|c| c.chars().count()).collect();
        for (col, name) in self.columns.iter().enumerate() {
            sheet.write_string_with_format(0, col as u16, name, &bold).map_err(failed)?;
        }
        let (whole, decimal) = (Format::new().set_num_format("#,##0"), Format::new().set_num_format("#,##0.00"));
        let mut r: u32 = 0;
        while let Some(row) = self.rows.try_next().await? {
            r += 1;
            for (col, value) in row.into_iter().enumerate() {
                let shown = match &value {
                    Value::Text(s) => s.chars().count(),
                    Value::Count(n) => n.to_string().len(),
                    Value::Money(minor, c) => Money::new(*minor, *c).to_decimal().len() + 1,
                    Value::Scaled(v, scale) => scaled_decimal(*v, *scale).len(),
                };
                if let Some(width) = widths.get_mut(col) {
                    *width = (*width).max(shown);
                }
                let col = col as u16;
                match value {
                    Value::Text(s) => sheet.write_string(r, col, s),
                    Value::Count(n) => sheet.write_number(r, col, n as f64),
                    Value::Money(minor, c) => {
                        let digits = c.minor_digits();
                        let format = if digits == 0 { &whole } else { &decimal };
                        sheet.write_number_with_format(r, col, minor as f64 / 10f64.powi(digits as i32), format)
                    }
                    Value::Scaled(v, scale) => sheet.write_number(r, col, v as f64 / scale.max(1) as f64),
                }
                .map_err(failed)?;
            }
        }
        for (col, width) in widths.into_iter().enumerate() {
            sheet.set_column_width(col as u16, (width.min(60) + 2) as f64).map_err(failed)?;
        }
        tokio::task::spawn_blocking(move || workbook.save_to_buffer().map_err(failed))
            .await
            .map_err(|e| Error::Internal(format!("cannot write the workbook: {e}")))?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: Vec<Vec<Value>>) -> Table {
        let rows = futures_util::stream::iter(rows.into_iter().map(Ok)).boxed();
        Table { name: "Test".into(), columns: vec!["name".into(), "amount".into()], rows }
    }

    #[test]
    fn scaled_values_are_plain_decimals_with_the_places_of_their_scale() {
        assert_eq!(scaled_decimal(4250, 100), "42.50");
        assert_eq!(scaled_decimal(-406, 100), "-4.06");
        assert_eq!(scaled_decimal(-6, 100), "-0.06");
        assert_eq!(scaled_decimal(15, 1), "15");
        assert_eq!(scaled_decimal(1_234_567, 1000), "1234.567");
    }

    #[tokio::test]
    async fn csv_leaves_in_chunks_that_join_into_the_whole_table() {
        let many: Vec<Vec<Value>> = (0..20_000)
            .map(|i| vec![Value::Text(format!("Organisation \"{i}\", S.L.")), Value::Money(i * 101, Currency::EUR)])
            .collect();
        let chunks: Vec<Vec<u8>> = table(many).csv_chunks().try_collect().await.unwrap();
        assert!(chunks.len() > 5, "{} chunks", chunks.len());
        assert!(chunks.iter().all(|c| c.len() <= 2 * CSV_CHUNK_BYTES), "a chunk is about CSV_CHUNK_BYTES");
        let text = String::from_utf8(chunks.concat()).unwrap();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), ["name", "amount"]);
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), 20_000);
        assert_eq!(&records[19_999][0], "Organisation \"19999\", S.L.");
        assert_eq!(&records[19_999][1], "20198.99");
    }

    #[tokio::test]
    async fn an_empty_table_is_its_header_and_an_error_ends_the_file() {
        assert_eq!(table(vec![]).to_csv().await.unwrap(), b"\xEF\xBB\xBFname,amount\n");
        let failing = futures_util::stream::iter([
            Ok(vec![Value::Text("first".into()), Value::Count(1)]),
            Err(Error::Internal("the database went away".into())),
        ])
        .boxed();
        let broken = Table { name: "Test".into(), columns: vec!["name".into(), "n".into()], rows: failing };
        assert!(matches!(broken.to_csv().await, Err(Error::Internal(m)) if m.contains("went away")));
    }

    #[tokio::test]
    async fn xlsx_is_a_workbook_with_the_rows() {
        let rows = vec![vec![Value::Text("Zubi S.L.".into()), Value::Money(123_456, Currency::EUR)]];
        let bytes = table(rows).to_xlsx().await.unwrap();
        assert_eq!(&bytes[..2], b"PK", "a zip container");
        let sheet = crate::sheet::read(&bytes).unwrap();
        assert_eq!(sheet.rows[0].cells, vec!["Zubi S.L.", "1234.56"]);
    }
}
