//! Whose language a sentence is written in when the code that writes it does not know its reader:
//! a refused value's explanation written deep in the domain reaches the person who typed it in
//! their language, told by the web server's reader of each request.

use std::cell::Cell;
use std::sync::OnceLock;

use crate::{FluentValue, Language, text_with};

static READER: OnceLock<fn() -> Language> = OnceLock::new();

thread_local! {
    /// The reader on this thread, when [`read_by`] says so, over the process's source.
    static LENT: Cell<Option<Language>> = const { Cell::new(None) };
}

/// Sets where [`reader`] learns whose language to write in: the web server's reader of each
/// request. Set once per process; later calls change nothing. Without it (the command line, the
/// tests of a crate alone) sentences are written in English.
pub fn learn_reader_from(source: fn() -> Language) {
    let _ = READER.set(source);
}

/// The language of whoever reads what is written now: what [`read_by`] says on this thread, else
/// the source [`learn_reader_from`] set, else English.
pub fn reader() -> Language {
    LENT.with(Cell::get).or_else(|| READER.get().map(|source| source())).unwrap_or_default()
}

/// Runs `write` on this thread with `language` as the reader's: work a request hands to threads
/// of its own, which its reader does not reach.
pub fn read_by<T>(language: Language, write: impl FnOnce() -> T) -> T {
    struct Restore(Option<Language>);
    impl Drop for Restore {
        fn drop(&mut self) {
            LENT.with(|lent| lent.set(self.0));
        }
    }
    let _restore = Restore(LENT.with(|lent| lent.replace(Some(language))));
    write()
}

/// The message `key` in the reader's language ([`reader`]).
pub fn said(key: &str) -> String {
    crate::text(reader(), key)
}

/// The message `key` in the reader's language with its arguments, each given as text (numbers
/// written as they should read: a year is `2026`, not `2,026`) except a `count` that is a whole
/// number, which a plural selector reads as a number.
pub fn said_with(key: &str, args: &[(&str, String)]) -> String {
    let args: Vec<(&str, FluentValue<'_>)> = args
        .iter()
        .map(|(name, value)| match (*name, value.parse::<i64>()) {
            ("count", Ok(n)) => (*name, FluentValue::from(n)),
            _ => (*name, FluentValue::from(value.as_str())),
        })
        .collect();
    text_with(reader(), key, &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_is_written_in_the_language_lent_to_its_thread_and_english_otherwise() {
        assert_eq!(reader(), Language::English);
        let german = read_by(Language::German, || {
            assert_eq!(reader(), Language::German);
            said("problem-title-404")
        });
        assert_eq!(reader(), Language::English);
        assert_eq!(german, crate::text(Language::German, "problem-title-404"));
        assert_ne!(german, said("problem-title-404"));
        let named = read_by(Language::Polish, || said_with("problem-not-found", &[("what", "X-17".into())]));
        assert_eq!(named, crate::text_with(Language::Polish, "problem-not-found", &[("what", "X-17".into())]));
        assert!(named.contains("X-17") && named != said_with("problem-not-found", &[("what", "X-17".into())]));
    }
}
