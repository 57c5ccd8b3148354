//! clusterdesk's messages in the nine languages of [`Language`]: one Fluent file set per
//! language under `locales/{code}/`, built into the binary. Plurals and other choices are the
//! files' own (Fluent selectors on the CLDR plural categories); a message a language lacks falls
//! back to English, and the tests of this crate forbid that any does.

use std::borrow::Cow;
use std::collections::HashMap;

pub use domain::language::Language;
pub use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static MESSAGES = {
        locales: "./locales",
        fallback_language: "en",
        // Unicode isolation marks around each argument would show in attributes and CSV cells.
        customise: |bundle| bundle.set_use_isolating(false),
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
