//! Files made to hurt the reader every import and bank statement goes through: declared ranges
//! far larger than their cells, millions of rows, zip entries that unzip to gigabytes, cells
//! beyond the limits, and arbitrary bytes and arbitrary zip contents. Each is refused with its
//! limit named, or read, and never costs more memory than [`MEMORY_BOUND`] while it is read.
//!
//! This test binary counts what each thread allocates (see [`Counting`]), so the memory a read
//! costs is measured, not guessed.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::{Cursor, Read, Write};

use app::sheet::{LIMITS, read};
use proptest::prelude::*;

/// Counts the bytes each thread holds and the most it held, so that a test can measure what one
/// read costs while other tests run on other threads.
struct Counting;

thread_local! {
    static HELD: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            shrank(layout.size());
            grew(new_size);
        }
        p
    }
}

fn grew(bytes: usize) {
    // `try_with`: a thread that is ending has no counters left, and allocates nothing that matters.
    let _ = HELD.try_with(|held| {
        let now = held.get().saturating_add(bytes);
        held.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

fn shrank(bytes: usize) {
    let _ = HELD.try_with(|held| held.set(held.get().saturating_sub(bytes)));
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most one read may hold at once, whatever the file: a few times the largest file a user may
/// upload.
const MEMORY_BOUND: usize = 4 * LIMITS.file_bytes;

/// What `read` answers for `bytes`, and the most memory this thread held while it read.
fn measured(bytes: &[u8]) -> (Result<app::sheet::Sheet, String>, usize) {
    // The messages a reading note is written in are loaded once for the whole process, on first
    // use: what they hold is no cost of the file.
    let _ = i18n::said("invalid-validation-required");
    let before = HELD.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let result = read(bytes);
    let peak = PEAK.with(Cell::get) - before;
    (result, peak)
}

fn refused(bytes: &[u8]) -> String {
    let (result, peak) = measured(bytes);
    assert!(peak < MEMORY_BOUND, "reading held {} MiB", peak / 1024 / 1024);
    result.expect_err("a file beyond the limits is refused")
}

/// A workbook of one worksheet whose XML is `sheet_data` (the rows inside `<sheetData>`), after a
/// `<dimension>` of `dimension`, with the rest of the package as rust_xlsxwriter writes it.
fn workbook(dimension: &str, sheet_data: &str) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet().write_string(0, 0, "name").unwrap();
    let plain = book.save_to_buffer().unwrap();
    let sheet = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\
         <dimension ref=\"{dimension}\"/><sheetData>{sheet_data}</sheetData></worksheet>"
    );
    replace_entry(&plain, "xl/worksheets/sheet1.xml", sheet.as_bytes())
}

/// The zip archive `zip` with the entry `name` holding `content` instead.
fn replace_entry(zip: &[u8], name: &str, content: &[u8]) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(zip)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        let entry_name = entry.name().unwrap().to_string();
        out.start_file(entry_name.as_str(), options).unwrap();
        if entry_name == name {
            out.write_all(content).unwrap();
        } else {
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            out.write_all(&bytes).unwrap();
        }
    }
    out.finish().unwrap().into_inner()
}

fn inline(row: u64, column: &str, text: &str) -> String {
    format!("<c r=\"{column}{row}\" t=\"inlineStr\"><is><t>{text}</t></is></c>")
}

#[test]
fn a_small_file_that_declares_the_whole_sheet_costs_only_its_cells() {
    let data = format!("<row r=\"1\">{}</row><row r=\"2\">{}</row>", inline(1, "A", "name"), inline(2, "A", "Zubi"));
    let (sheet, peak) = measured(&workbook("A1:XFD1048576", &data));
    let sheet = sheet.unwrap();
    assert_eq!((sheet.headers.as_slice(), sheet.rows.len()), (["name".to_string()].as_slice(), 1));
    assert!(peak < 4 * 1024 * 1024, "a two-cell workbook held {peak} bytes");

    let far = format!(
        "<row r=\"1\">{}</row><row r=\"1048576\">{}</row>",
        inline(1, "A", "name"),
        inline(1048576, "XFD", "x")
    );
    let error = refused(&workbook("A1:XFD1048576", &far));
    assert!(error.contains("XFD1048576") && error.contains("256 columns"), "{error}");

    // A range that ends before it starts made the workbook parser panic.
    let error = refused(&workbook("B5:A1", &data));
    assert!(error.contains("not a readable XLSX"), "{error}");
}

#[test]
fn millions_of_rows_are_refused_at_the_limit() {
    let mut data = String::with_capacity(40 * (LIMITS.rows + 2));
    for row in 1..=(LIMITS.rows as u64 + 1) {
        data.push_str(&format!("<row r=\"{row}\"><c r=\"A{row}\"><v>{row}</v></c></row>"));
    }
    let file = workbook("A1:A20000000", &data);
    assert!(file.len() < LIMITS.file_bytes, "the test's file fits the upload limit");
    let error = refused(&file);
    assert!(error.contains(&format!("more than {} rows", LIMITS.rows)), "{error}");

    let lines = "a\n".repeat(LIMITS.rows + 1);
    let error = refused(format!("name\n{lines}").as_bytes());
    assert!(error.contains(&format!("more than {} rows", LIMITS.rows)), "{error}");
}

/// The zip archive `zip` with the size its central directory declares for the entry `name`
/// unzipped changed to `size`, as a hostile archive would declare it.
fn with_declared_size(zip: &[u8], name: &str, size: u32) -> Vec<u8> {
    const CENTRAL_HEADER: [u8; 4] = [0x50, 0x4b, 0x01, 0x02];
    let mut out = zip.to_vec();
    let at = (0..out.len().saturating_sub(46))
        .find(|&i| {
            out[i..i + 4] == CENTRAL_HEADER && {
                let name_length = u16::from_le_bytes([out[i + 28], out[i + 29]]) as usize;
                out.get(i + 46..i + 46 + name_length) == Some(name.as_bytes())
            }
        })
        .expect("the entry is in the central directory");
    out[at + 24..at + 28].copy_from_slice(&size.to_le_bytes());
    out
}

#[test]
fn an_archive_is_believed_for_no_more_than_it_declares_and_may_declare_little() {
    let plain = workbook("A1", &format!("<row r=\"1\">{}</row>", inline(1, "A", "name")));
    let error = refused(&with_declared_size(&plain, "xl/worksheets/sheet1.xml", u32::MAX - 1));
    assert!(error.contains("unzips to") && error.contains("at most 128 MiB"), "{error}");

    // What unzips to more than its entry declares is cut off, not read to its end.
    let rows: String =
        (2..=60_000u64).map(|r| format!("<row r=\"{r}\">{}</row>", inline(r, "A", "filler text"))).collect();
    let big = workbook("A1:A60000", &format!("<row r=\"1\">{}</row>{rows}", inline(1, "A", "name")));
    let error = refused(&with_declared_size(&big, "xl/worksheets/sheet1.xml", 4096));
    assert!(error.contains("cannot be read") || error.contains("not a readable"), "{error}");
}

#[test]
fn cells_and_files_beyond_the_limits_are_refused_with_the_limit_named() {
    let long = "x".repeat(LIMITS.cell_chars + 1);
    let error = refused(format!("name\n{long}\n").as_bytes());
    assert!(error.contains("line 2") && error.contains("32767 characters"), "{error}");
    let data = format!("<row r=\"1\">{}</row><row r=\"2\">{}</row>", inline(1, "A", "name"), inline(2, "A", &long));
    let error = refused(&workbook("A1:A2", &data));
    assert!(error.contains("cell A2") && error.contains("32767 characters"), "{error}");

    let wide = (0..=LIMITS.columns).map(|c| format!("c{c}")).collect::<Vec<_>>().join(",");
    let error = refused(format!("{wide}\n").as_bytes());
    assert!(error.contains("256 columns"), "{error}");

    let error = refused(&vec![b'a'; LIMITS.file_bytes + 1]);
    assert!(error.contains("at most 32 MiB"), "{error}");

    let error = refused(b"name,city\nZubi\0,Bilbao\n");
    assert!(error.contains("line 2") && error.contains("NUL"), "{error}");
}

/// Pieces a worksheet's XML is made of, valid or not, for arbitrary sheets.
fn sheet_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        (1u64..2_000_000, "[A-Z]{1,3}", "[a-z0-9 ]{0,12}").prop_map(|(r, c, t)| inline(r, &c, &t)),
        (1u64..2_000_000).prop_map(|r| format!("<row r=\"{r}\">")),
        Just("</row>".to_string()),
        (1u64..2_000_000, "[A-Z]{1,4}", any::<f64>()).prop_map(|(r, c, v)| format!("<c r=\"{c}{r}\"><v>{v}</v></c>")),
        (0u32..100).prop_map(|s| format!("<c r=\"B2\" t=\"s\"><v>{s}</v></c>")),
        "[<>/=\" a-z0-9]{0,20}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_are_read_or_refused_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let (_, peak) = measured(&bytes);
        prop_assert!(peak < MEMORY_BOUND);
    }

    #[test]
    fn arbitrary_text_is_read_or_refused_without_panic(text in "[a-zA-Z0-9,;\t\"\r\n\u{00e9}\u{20ac}\0]{0,2000}") {
        let (_, peak) = measured(text.as_bytes());
        prop_assert!(peak < MEMORY_BOUND);
    }

    #[test]
    fn arbitrary_worksheets_are_read_or_refused_without_panic(
        dimension in "[A-Z]{1,3}[0-9]{1,7}(:[A-Z]{1,3}[0-9]{1,7})?",
        pieces in proptest::collection::vec(sheet_piece(), 0..40),
    ) {
        let (_, peak) = measured(&workbook(&dimension, &pieces.concat()));
        prop_assert!(peak < MEMORY_BOUND);
    }

    #[test]
    fn arbitrary_zip_contents_are_read_or_refused_without_panic(
        entries in proptest::collection::vec(
            (prop_oneof![
                Just("[Content_Types].xml".to_string()),
                Just("_rels/.rels".to_string()),
                Just("xl/workbook.xml".to_string()),
                Just("xl/_rels/workbook.xml.rels".to_string()),
                Just("xl/worksheets/sheet1.xml".to_string()),
                Just("xl/sharedStrings.xml".to_string()),
                Just("xl/styles.xml".to_string()),
                "[a-z/.]{1,20}",
            ], proptest::collection::vec(any::<u8>(), 0..512)),
            0..8,
        ),
    ) {
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, content) in &entries {
            if out.start_file(name.as_str(), zip::write::SimpleFileOptions::default()).is_ok() {
                out.write_all(content).unwrap();
            }
        }
        let bytes = out.finish().unwrap().into_inner();
        let (_, peak) = measured(&bytes);
        prop_assert!(peak < MEMORY_BOUND);
    }
}
