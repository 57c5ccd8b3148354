//! Folding of names for search and comparison: case and accents do not matter to a user who
//! types "energia" and means "Energía".

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Lower case, accents removed, white space collapsed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    let mut emit = |c: char, out: &mut String| {
        if !c.is_ascii() && is_combining_mark(c) {
            return;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            return;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        // Letters that NFKD does not decompose into a base letter and a mark.
        match c {
            'ł' | 'Ł' => out.push('l'),
            'ß' => out.push_str("ss"),
            'ø' | 'Ø' => out.push('o'),
            'đ' | 'Đ' => out.push('d'),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ı' => out.push('i'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            _ => out.extend(c.to_lowercase()),
        }
    };
    for c in s.chars() {
        // Names are mostly ASCII: only the other characters need decomposing.
        if c.is_ascii() {
            emit(c, &mut out);
        } else {
            decompose_compatible(c, |d| emit(d, &mut out));
        }
    }
    out
}

/// Digits grouped by thousands with `separator`: `1234567` → `1,234,567`.
pub fn group_thousands(digits: &str, separator: char) -> String {
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(c);
    }
    grouped
}

/// How many characters of a search are used: longer text names nothing more, and would only
/// cost the database.
pub const SEARCH_CHARS: usize = 100;

/// The text of a search as it is looked for: control characters (NUL, line breaks, …) are
/// dropped, space around it is trimmed, and it is cut to [`SEARCH_CHARS`] characters; `None`
/// when nothing is left.
pub fn search_text(raw: &str) -> Option<String> {
    let kept: String = raw.chars().filter(|c| !c.is_control()).collect();
    let text: String = kept.trim().chars().take(SEARCH_CHARS).collect();
    (!text.trim().is_empty()).then(|| text.trim_end().to_string())
}

/// A `LIKE` pattern that finds `term` anywhere, with the pattern's own wildcards escaped
/// (the query uses `ESCAPE '\'`).
pub fn contains_pattern(term: &str) -> String {
    let mut p = String::from("%");
    for c in fold(term).chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

/// The characters that make a spreadsheet take a CSV cell for a formula (OWASP, "CSV
/// Injection"): `=`, `+`, `-`, `@`, tab and carriage return.
pub const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `cell`, after any apostrophes it begins with, begins with a formula trigger.
fn quoted_for_spreadsheets(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(FORMULA_TRIGGERS)
}

/// A text cell as a CSV export writes it: one that a spreadsheet would take for a formula, or
/// that only an apostrophe keeps from being one, gets an apostrophe in front, as OWASP
/// recommends ("CSV Injection"). [`restore_formula`] undoes exactly that.
pub fn neutralise_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    if quoted_for_spreadsheets(cell) { format!("'{cell}").into() } else { cell.into() }
}

/// A CSV cell as it was before [`neutralise_formula`]: an export imports back unchanged.
pub fn restore_formula(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if quoted_for_spreadsheets(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod formula_tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn cells_a_spreadsheet_would_run_get_an_apostrophe() {
        for (cell, written) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+34 944 000 001", "'+34 944 000 001"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("'=1", "''=1"),
            ("'quoted", "'quoted"),
            ("Zubi = S.L.", "Zubi = S.L."),
            ("", ""),
        ] {
            assert_eq!(neutralise_formula(cell), written, "{cell:?}");
            assert_eq!(restore_formula(written), cell, "{written:?}");
        }
    }

    proptest! {
        #[test]
        fn any_text_comes_back_unchanged_and_never_starts_a_formula(cell in "['=+@\\-\t\ra-z ]{0,12}|\\PC{0,20}") {
            let written = neutralise_formula(&cell);
            prop_assert!(!written.starts_with(FORMULA_TRIGGERS));
            prop_assert_eq!(restore_formula(&written), cell.as_str());
        }
    }
}

#[cfg(test)]
mod search_tests {
    use super::*;

    #[test]
    fn a_search_drops_control_characters_and_is_cut_to_its_length() {
        assert_eq!(search_text("  zu\0bi\r\n "), Some("zubi".into()));
        assert_eq!(search_text("\0\t \n"), None);
        assert_eq!(search_text(&"é".repeat(70_000)).map(|s| s.chars().count()), Some(SEARCH_CHARS));
        assert_eq!(search_text("Ta Te"), Some("Ta Te".into()), "inner spaces stay");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_spaces() {
        assert_eq!(fold("  Energía   Łódź "), "energia lodz");
        assert_eq!(fold("Straße ÆON"), "strasse aeon");
        assert_eq!(fold("Șoseaua Țării"), "soseaua tarii");
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group_thousands("1234567", ','), "1,234,567");
        assert_eq!(group_thousands("123", ','), "123");
    }

    #[test]
    fn pattern_escapes_wildcards() {
        assert_eq!(contains_pattern("50%_A"), "%50\\%\\_a%");
    }
}

/// A count with its noun, in English: `1 activity`, `3 activities`.
pub fn counted(n: i64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
