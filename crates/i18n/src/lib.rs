//! clusterdesk's messages in the nine languages of [`Language`]: one Fluent file set per
//! language under `locales/{code}/`, built into the binary. Plurals and other choices are the
//! files' own (Fluent selectors on the CLDR plural categories); a message a language lacks falls
//! back to English, and the tests of this crate forbid that any does.

use std::borrow::Cow;
use std::collections::HashMap;

mod collation;
mod dates;
pub mod language;
mod numbers;
mod reader;

pub use collation::{
    SORT_KEY_LIMIT, SORT_KEYS_VERSION, collate, sort_by_name, sort_key, sort_key_of_parts, sort_keys_made_as,
};
pub use dates::{Length, date, writes_month_first};
pub use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
pub use language::Language;
pub use numbers::{decimal, number, writes_decimal_comma};
pub use reader::{learn_reader_from, read_by, reader, said, said_with};

fluent_templates::static_loader! {
    static MESSAGES = {
        locales: "./locales",
        fallback_language: "en",
        // Unicode isolation marks around each argument would show in attributes and CSV cells.
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(numbers::in_message));
        },
    };
}

/// Where the message files are, below the crate: `locales/{code}/*.ftl`.
pub const LOCALES: &str = "locales";

fn identifier(language: Language) -> LanguageIdentifier {
    language.code().parse().unwrap_or_default()
}

/// The message `key` in `language` (English when the language lacks it; the key itself when no
/// language has it).
pub fn text(language: Language, key: &str) -> String {
    MESSAGES.lookup(&identifier(language), key)
}

/// The message `key` in `language` with its arguments: `("count", 3.into())`.
pub fn text_with(language: Language, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> =
        args.iter().map(|(name, value)| (Cow::Owned(name.to_string()), value.clone())).collect();
    MESSAGES.lookup_with_args(&identifier(language), key, &args)
}

/// The message `key` in `language` alone, without falling back: `None` when it lacks it (or
/// when it needs arguments: see [`own_text_with`]).
pub fn own_text(language: Language, key: &str) -> Option<String> {
    MESSAGES.lookup_single_language::<&str>(&identifier(language), key, None).ok()
}

/// [`own_text`] with arguments.
pub fn own_text_with(language: Language, key: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
    let args: HashMap<&str, FluentValue<'_>> = args.iter().map(|(name, value)| (*name, value.clone())).collect();
    MESSAGES.lookup_single_language(&identifier(language), key, Some(&args)).ok()
}

/// The messages of one language, for text written outside a page's request: a mail in its
/// recipient's language, a document in its customer's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct In(pub Language);

impl In {
    /// The message `key`.
    pub fn t(self, key: &str) -> String {
        text(self.0, key)
    }

    /// The message `key` with its arguments, each written as text (numbers already written
    /// the language's way: [`number`], the domain's `Money::written_in`, [`date`]) except
    /// `count`, which a plural selector reads as a number.
    pub fn t_args(self, key: &str, args: &[(&str, String)]) -> String {
        read_by(self.0, || said_with(key, args))
    }

    /// A whole number the language's way.
    pub fn number(self, value: i64) -> String {
        number(self.0, value)
    }

    /// A day, its month by name, the language's way.
    pub fn long_date(self, day: chrono::NaiveDate) -> String {
        date(self.0, day, Length::Long)
    }

    /// When something happens on one day, on its own clock: the day with its weekday, and the
    /// hours on the 24-hour clock (`Tuesday, 1 December 2026 16:00–18:00`).
    pub fn when(self, starts: chrono::NaiveDateTime, ends: chrono::NaiveDateTime) -> String {
        format!(
            "{} {}–{}",
            date(self.0, starts.date(), Length::LongWithWeekday),
            starts.format("%H:%M"),
            ends.format("%H:%M")
        )
    }
}

/// The English texts of the questionnaire templates shipped with clusterdesk, each with the name
/// of its message (`locales/en/templates.ftl`).
static TEMPLATE_KEYS: std::sync::LazyLock<HashMap<&'static str, &'static str>> = std::sync::LazyLock::new(|| {
    include_str!("../locales/en/templates.ftl")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once(" = "))
        .map(|(key, english)| (english.trim(), key.trim()))
        .collect()
});

/// A text of a shipped questionnaire template (the domain's `survey::templates`, written in English)
/// in `language`: the message of `templates.ftl` whose English it is; any other text as it is.
pub fn template_text(language: Language, english: &str) -> String {
    TEMPLATE_KEYS.get(english).and_then(|key| own_text(language, key)).unwrap_or_else(|| english.to_string())
}

/// Every message name of `templates.ftl` with its English text, for the tests that hold the
/// templates and the file to each other.
pub fn template_messages() -> Vec<(&'static str, &'static str)> {
    TEMPLATE_KEYS.iter().map(|(english, key)| (*key, *english)).collect()
}
