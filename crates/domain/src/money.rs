//! Money is an integer count of minor units with an ISO 4217 currency, never a float.

use std::fmt;

/// ISO 4217 currencies that clusterdesk accepts, with their number of minor-unit digits and an
/// approximate value of one major unit in euro cents. The euro values serve only the SME size
/// thresholds, which the EU sets in euro; they are reference figures, not a rate table for
/// accounting.
const CURRENCIES: &[(&str, u32, i64)] = &[
    ("EUR", 2, 100),
    ("BGN", 2, 51),
    ("CHF", 2, 106),
    ("CZK", 2, 4),
    ("DKK", 2, 13),
    ("GBP", 2, 117),
    ("HUF", 2, 0),
    ("ISK", 0, 1),
    ("NOK", 2, 9),
    ("PLN", 2, 23),
    ("RON", 2, 20),
    ("RSD", 2, 1),
    ("SEK", 2, 9),
    ("TRY", 2, 3),
    ("UAH", 2, 2),
    ("USD", 2, 92),
    ("JPY", 0, 1),
    ("CAD", 2, 68),
    ("AUD", 2, 61),
];

/// An ISO 4217 currency code that clusterdesk knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency(&'static str);

impl Currency {
    pub const EUR: Currency = Currency("EUR");

    pub fn parse(raw: &str) -> Result<Self, String> {
        let code = raw.trim().to_ascii_uppercase();
        CURRENCIES
            .iter()
            .find(|(c, _, _)| *c == code)
            .map(|(c, _, _)| Currency(c))
            .ok_or_else(|| i18n::said_with("invalid-money-currency", &[("value", raw.trim().to_string())]))
    }

    pub fn code(self) -> &'static str {
        self.0
    }

    /// How many digits follow the decimal separator (2 for EUR, 0 for JPY).
    pub fn minor_digits(self) -> u32 {
        self.entry().1
    }

    fn entry(self) -> &'static (&'static str, u32, i64) {
        CURRENCIES.iter().find(|(c, _, _)| *c == self.0).expect("currency from the table")
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// An amount of money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Self {
        Self { minor, currency }
    }

    /// Parses a plain decimal amount in major units, such as `1234567.89` or `-12`, exactly.
    pub fn parse_decimal(raw: &str, currency: Currency) -> Result<Self, String> {
        let s = raw.trim();
        let bad = || i18n::said_with("invalid-money-amount", &[("value", s.to_string())]);
        let (negative, digits) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (whole, fraction) = match digits.split_once('.') {
            Some((w, f)) => (w, f),
            None => (digits, ""),
        };
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        if !fraction.bytes().all(|b| b.is_ascii_digit()) || (digits.contains('.') && fraction.is_empty()) {
            return Err(bad());
        }
        let places = currency.minor_digits();
        if fraction.len() > places as usize {
            return Err(i18n::said_with(
                "invalid-money-decimals",
                &[("value", s.to_string()), ("places", places.to_string()), ("currency", currency.to_string())],
            ));
        }
        let scale = 10_i64.pow(places);
        let too_large = || i18n::said_with("invalid-money-too-large", &[("value", s.to_string())]);
        let whole: i64 = whole.parse().map_err(|_| too_large())?;
        let mut frac: i64 = if fraction.is_empty() { 0 } else { fraction.parse().map_err(|_| bad())? };
        frac *= 10_i64.pow(places - fraction.len() as u32);
        let minor = whole.checked_mul(scale).and_then(|m| m.checked_add(frac)).ok_or_else(too_large)?;
        Ok(Money::new(if negative { -minor } else { minor }, currency))
    }

    /// The amount as a plain decimal in major units, the inverse of [`Money::parse_decimal`].
    pub fn to_decimal(self) -> String {
        let places = self.currency.minor_digits();
        if places == 0 {
            return self.minor.to_string();
        }
        let scale = 10_u64.pow(places);
        let abs = self.minor.unsigned_abs();
        let sign = if self.minor < 0 { "-" } else { "" };
        format!("{sign}{}.{:0width$}", abs / scale, abs % scale, width = places as usize)
    }

    /// The amount as `language` writes the number (ICU4X, CLDR), with its currency's ISO 4217 code
    /// after it: `1,234.56 EUR` in English, `1.234,56 EUR` in German, `1 234,56 PLN` in Polish.
    pub fn written_in(self, language: crate::language::Language) -> String {
        format!("{}\u{a0}{}", i18n::decimal(language, self.minor, self.currency.minor_digits()), self.currency)
    }

    /// Whole euros at the reference value, for thresholds set in euro.
    pub fn approx_euros(self) -> i64 {
        let (_, places, euro_cents) = *self.currency.entry();
        let major = self.minor / 10_i64.pow(places);
        if euro_cents == 0 {
            // Currencies worth less than a euro cent a unit (HUF): about 400 to the euro.
            return major / 400;
        }
        major.saturating_mul(euro_cents) / 100
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let decimal = self.to_decimal();
        let (sign, digits) = match decimal.strip_prefix('-') {
            Some(d) => ("-", d),
            None => ("", decimal.as_str()),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let grouped = crate::text::group_thousands(whole, '\u{202f}');
        if fraction.is_empty() {
            write!(f, "{sign}{grouped} {}", self.currency)
        } else {
            write!(f, "{sign}{grouped}.{fraction} {}", self.currency)
        }
    }
}

/// Reads an exchange rate as people type it (`4.265`, `4,265`, `0.8512`): how many units of a
/// currency one euro buys, in millionths (4.265 is 4,265,000).
///
/// # Errors
/// A text that is not a positive number of at most six decimals, or above a million.
pub fn parse_rate(raw: &str) -> Result<i64, String> {
    let text = raw.trim().replace(',', ".");
    let (whole, part) = text.split_once('.').unwrap_or((&text, ""));
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let dangling = text.contains('.') && part.is_empty();
    if dangling || !digits(whole) || !(part.is_empty() || digits(part)) || part.len() > 6 || whole.len() > 7 {
        return Err(i18n::said_with("invalid-money-rate-format", &[("value", raw.trim().to_string())]));
    }
    let not_a_rate = || i18n::said_with("invalid-money-rate", &[("value", raw.trim().to_string())]);
    let whole: i64 = whole.parse().map_err(|_| not_a_rate())?;
    let part: i64 = format!("{part:0<6}").parse().map_err(|_| not_a_rate())?;
    let rate = whole * 1_000_000 + part;
    if rate == 0 || rate > 1_000_000 * 1_000_000 {
        return Err(i18n::said_with("invalid-money-rate-range", &[("value", raw.trim().to_string())]));
    }
    Ok(rate)
}

/// A rate in millionths as people read it: `4.265`.
pub fn rate_text(per_euro_millionths: i64) -> String {
    let text = format!("{}.{:06}", per_euro_millionths / 1_000_000, per_euro_millionths % 1_000_000);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `minor` units of `currency` in euro cents through a rate of `per_euro_millionths` (units of
/// the currency one euro buys), rounded half away from zero.
pub fn to_euro_cents(minor: i64, currency: Currency, per_euro_millionths: i64) -> i64 {
    let numerator = i128::from(minor) * 100 * 1_000_000;
    let denominator = 10_i128.pow(currency.minor_digits()) * i128::from(per_euro_millionths.max(1));
    let q = (numerator + numerator.signum() * denominator / 2) / denominator;
    i64::try_from(q).unwrap_or(if q > 0 { i64::MAX } else { i64::MIN })
}

#[cfg(test)]
mod tests {
    use crate::language::Language;

    #[test]
    fn an_amount_is_written_as_each_language_writes_numbers() {
        let amount = Money::new(123456, Currency::EUR);
        assert_eq!(amount.written_in(Language::English), "1,234.56\u{a0}EUR");
        assert_eq!(amount.written_in(Language::French), "1\u{202f}234,56\u{a0}EUR");
        assert_eq!(Money::new(-5, Currency::EUR).written_in(Language::German), "-0,05\u{a0}EUR");
    }

    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_plain_decimals_exactly() {
        let eur = Currency::EUR;
        assert_eq!(Money::parse_decimal("1234567.89", eur).unwrap().minor, 123_456_789);
        assert_eq!(Money::parse_decimal("12.5", eur).unwrap().minor, 1250);
        assert_eq!(Money::parse_decimal("-3", eur).unwrap().minor, -300);
        assert!(Money::parse_decimal("1.234", eur).is_err());
        assert!(Money::parse_decimal("1,5", eur).is_err());
        assert!(Money::parse_decimal("12.", eur).is_err());
        assert!(Money::parse_decimal("99999999999999999999", eur).is_err());
        assert!(Currency::parse("XXX").is_err());
        assert_eq!(Currency::parse(" pln").unwrap().code(), "PLN");
    }

    #[test]
    fn displays_with_groups_and_currency() {
        let m = Money::new(123_456_789, Currency::EUR);
        assert_eq!(m.to_string(), "1\u{202f}234\u{202f}567.89 EUR");
        assert_eq!(Money::new(-5, Currency::EUR).to_decimal(), "-0.05");
    }

    #[test]
    fn converts_to_euros_for_thresholds() {
        let pln = Currency::parse("PLN").unwrap();
        assert_eq!(Money::parse_decimal("1000", pln).unwrap().approx_euros(), 230);
        assert_eq!(Money::parse_decimal("1000", Currency::EUR).unwrap().approx_euros(), 1000);
    }

    proptest! {
        #[test]
        fn decimal_round_trips(minor in -1_000_000_000_000_i64..1_000_000_000_000) {
            for code in ["EUR", "JPY"] {
                let c = Currency::parse(code).unwrap();
                let m = Money::new(minor, c);
                prop_assert_eq!(Money::parse_decimal(&m.to_decimal(), c).unwrap(), m);
            }
        }

        #[test]
        fn parsing_never_panics(s in "\\PC*") {
            let _ = Money::parse_decimal(&s, Currency::EUR);
        }
    }

    #[test]
    fn rates_are_read_as_typed_and_convert_amounts_to_euro_cents() {
        assert_eq!(parse_rate("4.265"), Ok(4_265_000));
        assert_eq!(parse_rate(" 4,265 "), Ok(4_265_000));
        assert_eq!(parse_rate("1"), Ok(1_000_000));
        for bad in ["", "0", "-4", "4.2650001", "abc", "1e3", "4.", "10000000"] {
            assert!(parse_rate(bad).is_err(), "{bad}");
        }
        assert_eq!(rate_text(4_265_000), "4.265");
        assert_eq!(rate_text(1_000_000), "1");
        let zloty = Currency::parse("PLN").unwrap();
        assert_eq!(to_euro_cents(426_500, zloty, 4_265_000), 100_000, "4,265 zloty are 1,000 euro");
        assert_eq!(to_euro_cents(-426_500, zloty, 4_265_000), -100_000);
        let krona = Currency::parse("ISK").unwrap();
        assert_eq!(to_euro_cents(150, krona, 150_000_000), 100, "150 krónur at 150 a euro are 1 euro");
        assert_eq!(to_euro_cents(1_234, Currency::EUR, 1_000_000), 1_234);
    }
}
