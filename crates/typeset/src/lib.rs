//! Typst markup set as PDF in process: the printed documents of clusterdesk (the annual
//! monitoring report). The fonts shipped with Typst (Libertinus Serif, New Computer Modern,
//! DejaVu Sans Mono) are compiled in and embedded in every PDF, so a document reads the same on
//! any machine and its text can be extracted (`pdftotext`). Nothing is read from the disk or the
//! network: the markup and the files it names (SVG charts) are all there is.

use std::collections::HashMap;
use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The fonts, read once.
static FONTS: LazyLock<(LazyHash<FontBook>, Vec<Font>)> = LazyLock::new(|| {
    let fonts: Vec<Font> = typst_assets::fonts().flat_map(|data| Font::iter(Bytes::new(data))).collect();
    (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
});

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::builder().build()));

/// A document to set: its markup and the files it names by path (`/chart-1.svg`), on one day.
struct Document {
    main: Source,
    files: HashMap<FileId, Bytes>,
    today: Datetime,
}

fn file_id(path: &str) -> Result<FileId, String> {
    let path = VirtualPath::new(path).map_err(|e| format!("'{path}' cannot name a file: {e:?}"))?;
    Ok(RootedPath::new(VirtualRoot::Project, path).intern())
}

impl World for Document {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.0
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() { Ok(self.main.clone()) } else { Err(FileError::AccessDenied) }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files.get(&id).cloned().ok_or(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.1.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

fn messages(diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Sets `markup` as a PDF. `files` are the files it names, by absolute path (`/chart-1.svg`);
/// `today` (year, month, day) is the day `datetime.today()` gives, so that the same input always
/// gives the same document.
///
/// # Errors
/// The markup's errors, or a file path that cannot be one, as one message: a bug in the
/// caller's markup, never a reader's input (text is escaped with [`escape`]).
pub fn pdf(markup: &str, files: &[(String, Vec<u8>)], today: (i32, u8, u8)) -> Result<Vec<u8>, String> {
    let main = Source::new(file_id("/main.typ")?, markup.to_string());
    let files = files
        .iter()
        .map(|(path, bytes)| Ok((file_id(path)?, Bytes::new(bytes.clone()))))
        .collect::<Result<HashMap<_, _>, String>>()?;
    let today = Datetime::from_ymd(today.0, today.1, today.2).ok_or("the day is no date")?;
    let document = Document { main, files, today };
    let paged = typst::compile::<typst_layout::PagedDocument>(&document).output.map_err(|e| messages(&e))?;
    typst_pdf::pdf(&paged, &typst_pdf::PdfOptions::default()).map_err(|e| messages(&e))
}

/// `text` as Typst content inside `[...]`: every character that markup reads (`# * _ $ @ < > [ ]
/// \ / ~ = - + ' " ` and line starts) escaped, so that what people typed is printed as typed.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '#' | '*' | '_' | '$' | '@' | '<' | '>' | '[' | ']' | '`' | '~' | '/' | '=' | '-' | '+' | '\''
            | '"' | '{' | '}' | ':' | '.' => {
                out.push('\\');
                out.push(c);
            }
            // Every character Typst reads as a line break is a space here.
            '\r' | '\n' | '\t' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{b}' | '\u{c}' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// `text` as a Typst string literal, quotes included.
pub fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\r' | '\n' | '\t' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{b}' | '\u{c}' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_set_as_a_pdf_with_its_fonts_and_typed_text_stays_text() {
        let hostile =
            "= Not a heading #panic() *bold* $x$ <label> @ref [x] \\ `code` // comment\u{0}\u{2028}\u{2029}\u{85}- x";
        let markup = format!(
            "#set document(title: {})\n= Annual report\n{}\n\n- #strong[{}]: {}\n\n#image(\"/chart.svg\", width: 4cm)\n",
            string("Report \"2025\"\u{2028}"),
            escape(hostile),
            escape(hostile),
            escape(hostile)
        );
        let svg =
            br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>"#;
        let bytes = pdf(&markup, &[("/chart.svg".into(), svg.to_vec())], (2025, 12, 31)).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("/FontFile"), "the fonts are embedded");
        let again = pdf(&markup, &[("/chart.svg".into(), svg.to_vec())], (2025, 12, 31)).unwrap();
        assert_eq!(bytes, again, "the same input gives the same document");
    }

    #[test]
    fn a_file_the_markup_was_not_given_is_an_error_not_a_read() {
        let error = pdf("#image(\"/etc/passwd\")", &[], (2025, 1, 1)).unwrap_err();
        assert!(!error.is_empty());
        assert!(pdf("#read(\"/main.typ\")", &[], (2025, 1, 1)).is_err(), "not even its own source as a file");
    }
}
