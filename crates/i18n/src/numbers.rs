//! Numbers and amounts written as each language writes them (its decimal separator, its grouping
//! of thousands and where it groups), by ICU4X's decimal formatter on CLDR's data, built in.

use fixed_decimal::Decimal;
use fluent_templates::LanguageIdentifier;
use fluent_templates::fluent_bundle::FluentValue;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;

use crate::Language;

/// The decimal formatter of a language, as Fluent's bundles keep one per language.
struct Formatter(DecimalFormatter);

impl Memoizable for Formatter {
    type Args = ();
    type Error = icu_provider::DataError;

    fn construct(language: LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        Ok(Self(of(&language.to_string())?))
    }
}

fn of(tag: &str) -> Result<DecimalFormatter, icu_provider::DataError> {
    let locale = Locale::try_from_str(tag).unwrap_or(Locale::UNKNOWN);
    DecimalFormatter::try_new((&locale).into(), Default::default())
}

/// The CLDR locale a language's numbers and days are written by: English as written in
/// Ireland, the network's English-speaking country (day before month, the 24-hour clock), the
/// others as in their own country.
pub(crate) fn locale(language: Language) -> Locale {
    let tag = match language {
        Language::English => "en-IE",
        other => other.code(),
    };
    Locale::try_from_str(tag).unwrap_or(Locale::UNKNOWN)
}

fn formatter(language: Language) -> &'static DecimalFormatter {
    use std::sync::OnceLock;
    static FORMATTERS: OnceLock<Vec<DecimalFormatter>> = OnceLock::new();
    let all = FORMATTERS.get_or_init(|| {
        Language::ALL
            .into_iter()
            .map(|l| {
                DecimalFormatter::try_new((&locale(l)).into(), Default::default())
                    .or_else(|_| of("und"))
                    .expect("the compiled data has the root locale")
            })
            .collect()
    });
    let index = Language::ALL.into_iter().position(|l| l == language).unwrap_or(0);
    &all[index]
}

/// Numbers placed in a message (`{ $count }`) written the message's language's way; other
/// values as Fluent writes them.
pub(crate) fn in_message(value: &FluentValue<'_>, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else { return None };
    let decimal = number.as_string().parse::<Decimal>().ok()?;
    memoizer.with_try_get::<Formatter, _, _>((), |f| f.0.format(&decimal).to_string()).ok()
}

/// A whole number as `language` writes it: `12,345` in English, `12.345` in German, `12 345` in
/// French (with its narrow no-break space).
pub fn number(language: Language, value: i64) -> String {
    formatter(language).format(&Decimal::from(value)).to_string()
}

/// `minor` hundredths (or thousandths…: `fraction_digits` of them) as `language` writes the
/// decimal number, all its fraction digits shown: `decimal(German, 123456, 2)` is `1.234,56`.
pub fn decimal(language: Language, minor: i64, fraction_digits: u32) -> String {
    let mut value = Decimal::from(minor);
    value.multiply_pow10(-(fraction_digits.min(18) as i16));
    formatter(language).format(&value).to_string()
}

/// Whether `language` separates a number's decimals with a comma (rather than a point), as
/// ICU4X's formatter writes one and a half.
pub fn writes_decimal_comma(language: Language) -> bool {
    decimal(language, 15, 1).contains(',')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_alone_separates_decimals_with_a_point() {
        for language in Language::ALL {
            assert_eq!(writes_decimal_comma(language), language != Language::English, "{language:?}");
        }
    }

    #[test]
    fn each_language_writes_numbers_its_own_way() {
        assert_eq!(number(Language::English, 1234567), "1,234,567");
        assert_eq!(number(Language::German, 1234567), "1.234.567");
        assert_eq!(number(Language::Spanish, -1234), "-1234");
        // CLDR groups four-digit numbers in some languages only.
        assert_eq!(decimal(Language::Italian, 123456, 2), "1234,56");
        assert_eq!(decimal(Language::Italian, 1234567, 2), "12.345,67");
        assert_eq!(decimal(Language::Polish, 1234567, 3), "1234,567");
        assert_eq!(decimal(Language::English, -5, 2), "-0.05");
    }
}
