//! Reading the files users have: CSV with commas, semicolons or tabs, in UTF-8 (with or without a
//! byte-order mark) or Windows-1252, with quoted fields that hold line breaks; and XLSX.
//!
//! Every file is read within [`LIMITS`]: a file comes from anyone who may upload one, and what it
//! declares (an XLSX's range, a zip entry's size) is not believed. An XLSX is read cell by cell
//! as its worksheet is unzipped, never as the range it declares, so a small file that claims
//! the cells A1 to XFD1048576 costs what its cells cost.

use std::io::Cursor;

/// What a file may hold. A file beyond any of them is refused whole, with the limit named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of the file itself.
    pub file_bytes: usize,
    /// Rows that hold a value, the header row included.
    pub rows: usize,
    /// Columns, counted from the first (A).
    pub columns: usize,
    /// Characters of one cell: Excel's own limit (Microsoft, "Excel specifications and limits":
    /// "Total number of characters that a cell can contain: 32,767").
    pub cell_chars: usize,
    /// Bytes an XLSX (a zip archive) may unzip to, all its entries together.
    pub unzipped_bytes: u64,
    /// Entries of an XLSX's zip archive.
    pub zip_entries: usize,
}

/// The limits of every file clusterdesk reads: imports of organisations and contacts, bank
/// statements and whatever reads a spreadsheet later.
pub const LIMITS: Limits = Limits {
    file_bytes: 32 * 1024 * 1024,
    rows: 250_000,
    columns: 256,
    cell_chars: 32_767,
    unzipped_bytes: 128 * 1024 * 1024,
    zip_entries: 1_000,
};

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

/// Reads a file by its content: a zip archive is taken for XLSX, anything else for CSV. A file
/// beyond [`LIMITS`], or with a NUL character in a cell, is refused with what to change.
pub fn read(bytes: &[u8]) -> Result<Sheet, String> {
    if bytes.len() > LIMITS.file_bytes {
        return Err(i18n::said_with(
            "invalid-sheet-file-too-large",
            &[
                ("size", format!("{:.1}", bytes.len() as f64 / 1024.0 / 1024.0)),
                ("limit", (LIMITS.file_bytes / 1024 / 1024).to_string()),
            ],
        ));
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return read_csv(bytes);
    }
    // The workbook's parser is another crate's, and a hostile file has made it panic (a declared
    // range that ends before it starts): whatever it does, the answer is a refusal, never a panic
    // that takes the request or the command down.
    std::panic::catch_unwind(|| read_xlsx(bytes))
        .unwrap_or_else(|_| Err(i18n::said("invalid-sheet-xlsx-contradictory")))
}

/// Why the cells of a row, at `at` ("line 3", "row 3"), cannot be read: too many, too long, or
/// holding a NUL character (which no database text may hold).
fn check_cells<'a>(at: &str, count: usize, cells: impl Iterator<Item = &'a str>) -> Result<(), String> {
    if count > LIMITS.columns {
        return Err(i18n::said_with(
            "invalid-sheet-too-many-columns",
            &[("at", at.to_string()), ("columns", count.to_string()), ("limit", LIMITS.columns.to_string())],
        ));
    }
    for cell in cells {
        if cell.contains('\0') {
            return Err(i18n::said_with("invalid-sheet-nul-character", &[("at", at.to_string())]));
        }
        if cell.chars().count() > LIMITS.cell_chars {
            return Err(i18n::said_with(
                "invalid-sheet-cell-too-long",
                &[("at", at.to_string()), ("limit", LIMITS.cell_chars.to_string())],
            ));
        }
    }
    Ok(())
}

/// Where a line of a CSV file is, as a refusal names it: "line 3".
fn line_at(line: u64) -> String {
    i18n::said_with("invalid-sheet-line", &[("line", line.to_string())])
}

/// The text of a CSV file: UTF-16 when it says so with its byte-order mark or looks like it (what
/// Excel writes as "Unicode text"), UTF-8 when it is valid UTF-8, else Windows-1252 (what Excel on
/// Windows writes for "CSV").
fn decode(bytes: &[u8]) -> (std::borrow::Cow<'_, str>, Option<String>) {
    let utf16 = |encoding: &'static encoding_rs::Encoding, rest: &[u8]| {
        let (text, _) = encoding.decode_without_bom_handling(rest);
        (std::borrow::Cow::Owned(text.into_owned()), Some(i18n::said("invalid-sheet-read-as-utf16")))
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(encoding_rs::UTF_16LE, rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(encoding_rs::UTF_16BE, rest);
    }
    // Without its mark, UTF-16 of European text has a NUL in most of every other byte (all but
    // the letters beyond Latin-1), and none in the others.
    let start = &bytes[..bytes.len().min(512) & !1];
    let pairs = start.len() / 2;
    let nuls = |parity: usize| start.iter().skip(parity).step_by(2).filter(|b| **b == 0).count();
    let (even, odd) = (nuls(0), nuls(1));
    if pairs >= 4 && odd * 10 >= pairs * 7 && even * 10 <= pairs {
        return utf16(encoding_rs::UTF_16LE, bytes);
    }
    if pairs >= 4 && even * 10 >= pairs * 7 && odd * 10 <= pairs {
        return utf16(encoding_rs::UTF_16BE, bytes);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), None),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text, Some(i18n::said("invalid-sheet-read-as-windows-1252")))
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
    // The csv reader counts a CR LF ending one line short: line numbers are counted on LF alone
    // (a line break inside a quoted cell is then LF too).
    let text = if text.contains("\r\n") { std::borrow::Cow::Owned(text.replace("\r\n", "\n")) } else { text };
    let delimiter = delimiter(&text);
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| i18n::said_with("invalid-sheet-header-unreadable", &[("error", e.to_string())]))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    if headers.iter().all(String::is_empty) {
        return Err(i18n::said("invalid-sheet-empty-file"));
    }
    check_cells(&line_at(1), headers.len(), headers.iter().map(String::as_str))?;
    let mut rows = Vec::new();
    for record in reader.into_records() {
        let mut cells = record.map_err(|e| {
            i18n::said_with(
                "invalid-sheet-line-not-csv",
                &[("line", e.position().map_or(0, |p| p.line()).to_string()), ("error", e.to_string())],
            )
        })?;
        let line = cells.position().map_or(0, |p| p.line());
        if rows.len() + 1 >= LIMITS.rows {
            return Err(i18n::said_with("invalid-sheet-too-many-rows", &[("limit", LIMITS.rows.to_string())]));
        }
        check_cells(&line_at(line), cells.len(), cells.iter())?;
        if cells.iter().any(|cell| cell.starts_with('\'')) {
            // What a CSV export kept from being a formula is read as it was.
            cells = cells.iter().map(domain::text::restore_formula).collect();
        }
        cells.set_position(None);
        rows.push(SheetRow { line, cells });
    }
    let mut notes = Vec::new();
    notes.extend(encoding_note);
    notes.push(match delimiter {
        b';' => i18n::said("invalid-sheet-separated-by-semicolons"),
        b'\t' => i18n::said("invalid-sheet-separated-by-tabs"),
        _ => i18n::said("invalid-sheet-separated-by-commas"),
    });
    Ok(Sheet { headers, rows, notes })
}

/// Refuses an archive with more entries than [`LIMITS`] allows, or whose entries unzip to more
/// bytes. The sizes are those the archive's central directory declares; the zip reader stops an
/// entry that unzips to more than its declared size, so they bound what reading can cost.
fn check_archive(bytes: &[u8]) -> Result<(), String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| i18n::said_with("invalid-sheet-xlsx-unreadable", &[("error", e.to_string())]))?;
    if archive.len() > LIMITS.zip_entries {
        return Err(i18n::said_with(
            "invalid-sheet-too-many-parts",
            &[("parts", archive.len().to_string()), ("limit", LIMITS.zip_entries.to_string())],
        ));
    }
    let mut unzipped: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive
            .by_index_raw(index)
            .map_err(|e| i18n::said_with("invalid-sheet-xlsx-unreadable", &[("error", e.to_string())]))?;
        unzipped = unzipped.saturating_add(entry.size());
    }
    if unzipped > LIMITS.unzipped_bytes {
        return Err(i18n::said_with(
            "invalid-sheet-unzips-too-large",
            &[
                ("size", (unzipped / 1024 / 1024).to_string()),
                ("limit", (LIMITS.unzipped_bytes / 1024 / 1024).to_string()),
            ],
        ));
    }
    Ok(())
}

/// The name of a column as a spreadsheet shows it: 0 is A, 25 is Z, 26 is AA.
fn column_name(index: u32) -> String {
    let mut n = u64::from(index) + 1;
    let mut name = Vec::new();
    while n > 0 {
        let rest = (n - 1) % 26;
        name.push(b'A' + rest as u8);
        n = (n - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// A cell's value as the text an import reads.
fn cell_text(value: &calamine::DataRef<'_>) -> String {
    use calamine::DataRef;
    match value {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        DataRef::Float(f) => f.to_string(),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(d) => excel_date(d),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => format!("#{e:?}"),
    }
}

/// The first worksheet, read cell by cell: only rows that hold a value are kept, and a value
/// beyond the column limit, a row beyond the row limit or a cell longer than the cell limit
/// refuses the file as soon as it is met.
fn read_xlsx(bytes: &[u8]) -> Result<Sheet, String> {
    use calamine::{Reader, Xlsx};
    check_archive(bytes)?;
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes))
        .map_err(|e| i18n::said_with("invalid-sheet-xlsx-unreadable", &[("error", e.to_string())]))?;
    let first = workbook.sheet_names().into_iter().next().ok_or_else(|| i18n::said("invalid-sheet-no-worksheet"))?;
    let unreadable =
        |e: calamine::XlsxError| i18n::said_with("invalid-sheet-worksheet-unreadable", &[("error", e.to_string())]);
    let mut cells = workbook.worksheet_cells_reader(&first).map_err(unreadable)?;
    // (row index, cells by column index), in the order of the rows.
    let mut rows: Vec<(u32, Vec<String>)> = Vec::new();
    let mut first_column = u32::MAX;
    while let Some(cell) = cells.next_cell().map_err(unreadable)? {
        let (row, column) = cell.get_position();
        let text = cell_text(cell.get_value());
        if text.is_empty() {
            continue;
        }
        let at = || {
            i18n::said_with("invalid-sheet-cell", &[("cell", format!("{}{}", column_name(column), u64::from(row) + 1))])
        };
        if column as usize >= LIMITS.columns {
            return Err(i18n::said_with(
                "invalid-sheet-value-beyond-columns",
                &[
                    ("at", at()),
                    ("limit", LIMITS.columns.to_string()),
                    ("last", column_name(LIMITS.columns as u32 - 1)),
                ],
            ));
        }
        check_cells(&at(), 1, std::iter::once(text.as_str()))?;
        match rows.last() {
            Some((last, _)) if *last == row => {}
            Some((last, _)) if *last > row => {
                return Err(i18n::said_with(
                    "invalid-sheet-rows-out-of-order",
                    &[("at", at()), ("row", (last + 1).to_string())],
                ));
            }
            _ if rows.len() == LIMITS.rows => {
                return Err(i18n::said_with(
                    "invalid-sheet-worksheet-too-many-rows",
                    &[("limit", LIMITS.rows.to_string())],
                ));
            }
            _ => rows.push((row, Vec::new())),
        }
        let Some((_, values)) = rows.last_mut() else { continue };
        let column = column as usize;
        if values.len() <= column {
            values.resize(column + 1, String::new());
        }
        values[column] = text;
        first_column = first_column.min(column as u32);
    }
    // Every row as wide as the widest, as the worksheet's grid shows it: a row whose last cells
    // are empty still has them.
    let skip = first_column as usize;
    let width = rows.iter().map(|(_, values)| values.len()).max().unwrap_or(0);
    let mut rows = rows.into_iter().map(|(row, mut values)| {
        values.resize(width, String::new());
        let cells: Vec<String> = values.into_iter().skip(skip).collect();
        (u64::from(row) + 1, cells)
    });
    let (_, headers) = rows.next().ok_or_else(|| i18n::said("invalid-sheet-empty-worksheet"))?;
    Ok(Sheet {
        headers: headers.into_iter().map(|h| h.trim().to_string()).collect(),
        rows: rows.map(|(line, cells)| SheetRow { line, cells: cells.into() }).collect(),
        notes: vec![i18n::said("invalid-sheet-read-from-first-worksheet")],
    })
}

/// An Excel date as `2025-12-14`, in the workbook's date system: days since 1899-12-30, or since
/// 1904-01-01 in a workbook saved in the 1904 system (Excel for Mac before 2011; calamine reads the
/// workbook's `date1904` flag). A duration is left as its number of days.
fn excel_date(value: &calamine::ExcelDateTime) -> String {
    if value.is_duration() {
        return value.as_f64().to_string();
    }
    let (year, month, day, ..) = value.to_ymd_hms_milli();
    format!("{year:04}-{month:02}-{day:02}")
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

    /// The workbook `bytes` with its `xl/workbook.xml` passed through `change`.
    fn with_workbook_xml(bytes: &[u8], change: impl Fn(&str) -> String) -> Vec<u8> {
        use std::io::{Read, Write};
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i).unwrap();
            let name = entry.name().unwrap().to_string();
            let mut content = Vec::new();
            entry.read_to_end(&mut content).unwrap();
            if name == "xl/workbook.xml" {
                content = change(std::str::from_utf8(&content).unwrap()).into_bytes();
            }
            out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
            out.write_all(&content).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    #[test]
    fn dates_of_a_workbook_in_the_1904_system_are_read_in_it() {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.write_string(0, 0, "since").unwrap();
        // The serial number 45,000 is 2023-03-15 in the 1900 system, 2027-03-16 in the 1904 one.
        sheet
            .write_number_with_format(1, 0, 45_000.0, &rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd"))
            .unwrap();
        let bytes = workbook.save_to_buffer().unwrap();
        assert_eq!(read(&bytes).unwrap().rows[0].cells, vec!["2023-03-15"]);
        let mac = with_workbook_xml(&bytes, |xml| {
            assert!(xml.contains("<workbookPr"), "{xml}");
            xml.replacen("<workbookPr", "<workbookPr date1904=\"1\"", 1)
        });
        assert_eq!(read(&mac).unwrap().rows[0].cells, vec!["2027-03-16"], "four years and a day later");
    }

    #[test]
    fn utf16_text_is_read_with_or_without_its_mark() {
        let text = "Nazwa\tMiasto\nPołączenie sp. z o.o.\tGdańsk\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for bytes in [[&[0xFF, 0xFE][..], &le].concat(), [&[0xFE, 0xFF][..], &be].concat(), le.clone(), be.clone()] {
            let sheet = read(&bytes).unwrap();
            assert_eq!(sheet.headers, ["Nazwa", "Miasto"]);
            assert_eq!(sheet.rows[0].cells, vec!["Połączenie sp. z o.o.", "Gdańsk"]);
            assert!(sheet.notes.iter().any(|n| n.contains("UTF-16")), "{:?}", sheet.notes);
        }
    }

    #[test]
    fn line_numbers_are_the_files_whatever_its_line_endings() {
        for ending in ["\n", "\r\n"] {
            let quoted = format!("\"Zubi{ending}Logística\";Bilbao");
            let file = ["name;city", &quoted, "Otra;Vigo", "Tercera;Lugo"].join(ending) + ending;
            let sheet = read(file.as_bytes()).unwrap();
            let lines: Vec<u64> = sheet.rows.iter().map(|r| r.line).collect();
            assert_eq!(lines, [2, 4, 5], "with {ending:?}");
        }
    }

    #[test]
    fn an_empty_file_is_explained() {
        assert!(read(b"").unwrap_err().contains("empty"));
        assert!(read(b"PK\x03\x04garbage").unwrap_err().contains("not a readable XLSX"));
    }
}
