//! Reading the files users have: CSV with commas, semicolons or tabs, in UTF-8 (with or without a
//! byte-order mark) or Windows-1252, with quoted fields that hold line breaks; and XLSX.

use std::io::Cursor;

/// A table read from a file: its header row and its data rows, each with its line in the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sheet {
    pub headers: Vec<String>,
    pub rows: Vec<SheetRow>,
    /// What reading found about the file, for the report ("Windows-1252, semicolons").
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    /// The line (CSV) or row (XLSX) in the file; the header is 1.
    pub line: u64,
    /// The cells in one buffer (two allocations a row, not one a cell: a file has a million cells).
    pub cells: csv::StringRecord,
}

/// Reads a file by its content: a zip archive is taken for XLSX, anything else for CSV.
pub fn read(bytes: &[u8]) -> Result<Sheet, String> {
    if bytes.starts_with(b"PK\x03\x04") { read_xlsx(bytes) } else { read_csv(bytes) }
}

/// The text of a CSV file: UTF-8 when it is valid UTF-8, else Windows-1252 (what Excel on
/// Windows writes for "CSV").
fn decode(bytes: &[u8]) -> (std::borrow::Cow<'_, str>, Option<&'static str>) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), None),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text, Some("the file was read as Windows-1252 and converted"))
        }
    }
}

/// The separator the header line uses most, outside quotes: comma, semicolon or tab.
fn delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in text.bytes() {
        if c == b'\n' && !quoted {
            break;
        }
        if c == b'"' {
            quoted = !quoted;
        }
        if !quoted && let Some(entry) = counts.iter_mut().find(|(d, _)| *d == c) {
            entry.1 += 1;
        }
    }
    counts.iter().max_by_key(|(_, n)| *n).filter(|(_, n)| *n > 0).map_or(b',', |(d, _)| *d)
}

fn read_csv(bytes: &[u8]) -> Result<Sheet, String> {
    let (text, encoding_note) = decode(bytes);
    let delimiter = delimiter(&text);
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| format!("the header row cannot be read: {e}"))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    if headers.iter().all(String::is_empty) {
        return Err("the file is empty: the first line must name the columns".into());
    }
    let mut rows = Vec::new();
    for record in reader.into_records() {
        let mut cells =
            record.map_err(|e| format!("line {}: cannot be read as CSV: {e}", e.position().map_or(0, |p| p.line())))?;
        let line = cells.position().map_or(0, |p| p.line());
        cells.set_position(None);
        rows.push(SheetRow { line, cells });
    }
    let mut notes = Vec::new();
    notes.extend(encoding_note.map(String::from));
    notes.push(format!(
        "columns separated by {}",
        match delimiter {
            b';' => "semicolons",
            b'\t' => "tabs",
            _ => "commas",
        }
    ));
    Ok(Sheet { headers, rows, notes })
}

fn read_xlsx(bytes: &[u8]) -> Result<Sheet, String> {
    use calamine::{Data, Reader, Xlsx};
    let mut workbook: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| format!("the file is not a readable XLSX workbook: {e}"))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or("the workbook has no worksheet")?
        .map_err(|e| format!("the first worksheet cannot be read: {e}"))?;
    let (first_row, _) = range.start().unwrap_or((0, 0));
    let mut all = range.rows().enumerate().map(|(i, row)| {
        let cells = row
            .iter()
            .map(|cell| match cell {
                Data::Empty => String::new(),
                Data::String(s) => s.clone(),
                Data::Int(i) => i.to_string(),
                Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
                Data::Float(f) => f.to_string(),
                Data::Bool(b) => b.to_string(),
                Data::DateTime(d) => excel_date(d.as_f64()),
                Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
                Data::Error(e) => format!("#{e:?}"),
            })
            .collect::<Vec<_>>();
        (first_row as u64 + i as u64 + 1, cells)
    });
    let (_, headers) = all.next().ok_or("the first worksheet is empty: its first row must name the columns")?;
    let rows = all.map(|(line, cells)| SheetRow { line, cells: cells.into() }).collect();
    Ok(Sheet {
        headers: headers.into_iter().map(|h| h.trim().to_string()).collect(),
        rows,
        notes: vec!["read from the first worksheet".into()],
    })
}

/// An Excel serial date (days since 1899-12-30) as `2025-12-14`.
fn excel_date(serial: f64) -> String {
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).expect("valid date");
    epoch
        .checked_add_signed(chrono::Duration::days(serial.floor() as i64))
        .map_or_else(|| serial.to_string(), |d| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_semicolons_bom_and_line_breaks_in_quotes() {
        let file = "\u{feff}Nombre;País\n\"Zubi; Logística\nS.L.\";ES\nOtra;PT\n";
        let sheet = read(file.as_bytes()).unwrap();
        assert_eq!(sheet.headers, ["Nombre", "País"]);
        assert_eq!(sheet.rows[0].cells, vec!["Zubi; Logística\nS.L.", "ES"]);
        assert_eq!((sheet.rows[0].line, sheet.rows[1].line), (2, 4));
        assert!(sheet.notes.iter().any(|n| n.contains("semicolons")));
    }

    #[test]
    fn converts_windows_1252() {
        let sheet = read(b"name\tcity\nIng\xe9nierie \x80 SARL\tN\xeemes\n").unwrap();
        assert_eq!(sheet.rows[0].cells, vec!["Ingénierie € SARL", "Nîmes"]);
        assert!(sheet.notes.iter().any(|n| n.contains("Windows-1252")));
        assert!(sheet.notes.iter().any(|n| n.contains("tabs")));
    }

    #[test]
    fn reads_xlsx_with_numbers_and_dates() {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.write_string(0, 0, "name").unwrap();
        sheet.write_string(0, 1, "employees").unwrap();
        sheet.write_string(0, 2, "since").unwrap();
        sheet.write_string(1, 0, "Dora Dati S.r.l.").unwrap();
        sheet.write_number(1, 1, 42.0).unwrap();
        let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2025, 12, 14).unwrap();
        sheet
            .write_datetime_with_format(1, 2, &date, &rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy"))
            .unwrap();
        let bytes = workbook.save_to_buffer().unwrap();
        let read = read(&bytes).unwrap();
        assert_eq!(read.headers, ["name", "employees", "since"]);
        assert_eq!(read.rows[0].cells, vec!["Dora Dati S.r.l.", "42", "2025-12-14"]);
        assert_eq!(read.rows[0].line, 2);
    }

    #[test]
    fn an_empty_file_is_explained() {
        assert!(read(b"").unwrap_err().contains("empty"));
        assert!(read(b"PK\x03\x04garbage").unwrap_err().contains("not a readable XLSX"));
    }
}
