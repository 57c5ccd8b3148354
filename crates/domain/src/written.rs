//! Numbers and dates as Europeans write them in spreadsheets: `1.234.567,89`, `1 234 567`,
//! `1,234,567.89`, `14/12/2025`, `14.12.2025`, `2025-12-14`. A value that could be read two ways
//! is never guessed: a column's other values often settle it (see [`NumberStyle`] and
//! [`DateOrder`]), else the language of the person typing ([`Typist`]), else it is reported.

use chrono::{Datelike, NaiveDate};

/// Which character separates the decimals in a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberStyle {
    /// `1,234.56`
    DecimalPoint,
    /// `1.234,56`
    DecimalComma,
}

/// What one written number shows of its style.
fn evidence(raw: &str) -> Option<NumberStyle> {
    let s: String = raw.chars().filter(|c| !is_group_space(*c)).collect();
    let (dots, commas) = (s.matches('.').count(), s.matches(',').count());
    match (dots, commas) {
        (0, 0) => None,
        (_, 0) if dots > 1 => Some(NumberStyle::DecimalComma),
        (0, _) if commas > 1 => Some(NumberStyle::DecimalPoint),
        (1, 0) => digits_after(&s, '.').filter(|n| *n != 3).map(|_| NumberStyle::DecimalPoint),
        (0, 1) => digits_after(&s, ',').filter(|n| *n != 3).map(|_| NumberStyle::DecimalComma),
        _ => {
            if s.rfind('.') > s.rfind(',') {
                Some(NumberStyle::DecimalPoint)
            } else {
                Some(NumberStyle::DecimalComma)
            }
        }
    }
}

fn digits_after(s: &str, separator: char) -> Option<usize> {
    s.rsplit_once(separator).map(|(_, after)| after.len())
}

fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'')
}

impl NumberStyle {
    /// The style the values of a column show, if they show one and do not contradict each other.
    pub fn of_column<'a>(values: impl IntoIterator<Item = &'a str>) -> Option<NumberStyle> {
        let mut found = None;
        for v in values {
            match (found, evidence(v)) {
                (_, None) => {}
                (None, e) => found = e,
                (Some(f), Some(e)) if f != e => return None,
                _ => {}
            }
        }
        found
    }
}

/// Reads a written number into a plain decimal (`1234567.89`). `style` is the column's style when
/// known; `whole` says the number must be whole (a headcount), which settles `1.234` as 1234.
pub fn parse_number(raw: &str, style: Option<NumberStyle>, whole: bool) -> Result<String, String> {
    let trimmed = raw.trim();
    let digits = trimmed.strip_prefix('-').unwrap_or(trimmed);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(trimmed.to_string());
    }
    let s: String = trimmed.chars().filter(|c| !is_group_space(*c)).collect();
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, s.clone()),
    };
    if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(i18n::said_with("invalid-written-not-number", &[("value", trimmed.to_string())]));
    }
    let style = match evidence(&body).or(style) {
        Some(st) => st,
        None if !body.contains(['.', ',']) => NumberStyle::DecimalPoint,
        // One separator followed by three digits: a thousands group, or three decimals.
        None if whole => {
            if body.contains('.') {
                NumberStyle::DecimalComma
            } else {
                NumberStyle::DecimalPoint
            }
        }
        None => match typist() {
            Some(typist) => typist.numbers,
            None => {
                return Err(i18n::said_with("invalid-written-two-ways", &[("value", trimmed.to_string())]));
            }
        },
    };
    let (group, decimal) = match style {
        NumberStyle::DecimalPoint => (',', '.'),
        NumberStyle::DecimalComma => ('.', ','),
    };
    let (int_part, frac_part) = match body.split_once(decimal) {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (body.clone(), None),
    };
    let groups: Vec<&str> = int_part.split(group).collect();
    let grouped_ok = groups.len() == 1
        || (!groups[0].is_empty() && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3));
    let frac_ok = frac_part.as_deref().is_none_or(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()));
    if !grouped_ok || !frac_ok || int_part.is_empty() {
        return Err(i18n::said_with("invalid-written-not-one-style", &[("value", trimmed.to_string())]));
    }
    let digits: String = groups.concat();
    let mut out = if negative { format!("-{digits}") } else { digits };
    if let Some(f) = frac_part {
        if whole && f.chars().any(|c| c != '0') {
            return Err(i18n::said_with("invalid-validation-whole-number", &[("value", trimmed.to_string())]));
        }
        if !whole {
            out.push('.');
            out.push_str(&f);
        }
    }
    Ok(out)
}

/// Reads an amount as people type it (`1.250,50`, `1250.5`, `1 250`) into minor units of
/// `currency`.
pub fn parse_amount(raw: &str, currency: crate::money::Currency) -> Result<i64, String> {
    let plain = parse_number(raw, None, false)?;
    Ok(crate::money::Money::parse_decimal(&plain, currency)?.minor)
}

/// Reads a percentage (`21`, `21 %`, `5,5`) into basis points (2100, 550), from 0 % to 100 %.
pub fn parse_percent(raw: &str) -> Result<i64, String> {
    let s = raw.trim().trim_end_matches('%').trim();
    let not_percentage = || i18n::said_with("invalid-written-not-percentage", &[("value", raw.trim().to_string())]);
    let plain = parse_number(s, None, false).map_err(|_| not_percentage())?;
    let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
    if fraction.len() > 2 {
        return Err(i18n::said_with("invalid-written-two-decimals", &[("value", raw.trim().to_string())]));
    }
    let whole: i64 = whole.parse().map_err(|_| not_percentage())?;
    let fraction: i64 = format!("{fraction:0<2}").parse().unwrap_or(0);
    let points = whole * 100 + if whole < 0 { -fraction } else { fraction };
    if (0..=10_000).contains(&points) {
        Ok(points)
    } else {
        Err(i18n::said_with("invalid-written-percent-range", &[("value", raw.trim().to_string())]))
    }
}

/// A percentage in basis points as people write it: `21 %`, `5.5 %`.
pub fn percent_text(basis_points: i64) -> String {
    let sign = if basis_points < 0 { "-" } else { "" };
    let points = basis_points.unsigned_abs();
    let (whole, fraction) = (points / 100, points % 100);
    match fraction {
        0 => format!("{sign}{whole} %"),
        f if f % 10 == 0 => format!("{sign}{whole}.{} %", f / 10),
        f => format!("{sign}{whole}.{f:02} %"),
    }
}

/// Which part of a `14/12/2025`-style date comes first in a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    DayFirst,
    MonthFirst,
}

/// How the person typing writes numbers and dates: what settles a value that could be read two
/// ways (`1.500`, `03/04/2026`) when neither the value nor its column does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Typist {
    pub numbers: NumberStyle,
    pub dates: DateOrder,
}

impl Typist {
    /// How a person writing `language` types: its decimal separator and date order as ICU4X
    /// writes them (CLDR).
    pub fn of(language: crate::language::Language) -> Self {
        Typist {
            numbers: if i18n::writes_decimal_comma(language) {
                NumberStyle::DecimalComma
            } else {
                NumberStyle::DecimalPoint
            },
            dates: if i18n::writes_month_first(language) { DateOrder::MonthFirst } else { DateOrder::DayFirst },
        }
    }
}

static TYPIST: std::sync::OnceLock<fn() -> Option<Typist>> = std::sync::OnceLock::new();

/// Sets where the readers of numbers and dates learn who is typing: the web server's reader of
/// each request, whose language says it. Set once per process; later calls change nothing.
/// Without it (the command line, a file's columns alone), a value that could be read two ways is
/// reported.
pub fn learn_typist_from(source: fn() -> Option<Typist>) {
    let _ = TYPIST.set(source);
}

thread_local! {
    /// Who is typing on this thread, when [`typed_by`] says so, over the process's source.
    static LENT: std::cell::Cell<Option<Option<Typist>>> = const { std::cell::Cell::new(None) };
}

/// Who is typing, when the process knows: what [`typed_by`] says on this thread, else the
/// source [`learn_typist_from`] set.
pub fn typist() -> Option<Typist> {
    if let Some(lent) = LENT.with(std::cell::Cell::get) {
        return lent;
    }
    TYPIST.get().and_then(|source| source())
}

/// Runs `read` on this thread with `typist` as who is typing: work a request hands to threads
/// of its own (which its reader does not reach), or a file no person typed, such as a bank's
/// statement (`None`: its columns alone settle its values).
pub fn typed_by<T>(typist: Option<Typist>, read: impl FnOnce() -> T) -> T {
    struct Restore(Option<Option<Typist>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            LENT.with(|lent| lent.set(self.0));
        }
    }
    let _restore = Restore(LENT.with(|lent| lent.replace(Some(typist))));
    read()
}

fn numeric_parts(raw: &str) -> Option<(u32, u32, i32, char)> {
    let s = raw.trim();
    let separator = s.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let parts: Vec<&str> = s.split(separator).collect();
    if parts.len() != 3 || parts[0].len() > 2 || parts[1].len() > 2 || parts[2].len() != 4 {
        return None;
    }
    Some((parts[0].parse().ok()?, parts[1].parse().ok()?, parts[2].parse().ok()?, separator))
}

impl DateOrder {
    /// The order a column's dates show: a first part over 12 means day first, a second part over
    /// 12 means month first. Dots are day first by convention everywhere.
    pub fn of_column<'a>(values: impl IntoIterator<Item = &'a str>) -> Option<DateOrder> {
        let mut found = None;
        for v in values {
            let Some((a, b, _, separator)) = numeric_parts(v) else { continue };
            let shown = if separator == '.' || a > 12 {
                Some(DateOrder::DayFirst)
            } else if b > 12 {
                Some(DateOrder::MonthFirst)
            } else {
                None
            };
            match (found, shown) {
                (_, None) => {}
                (None, s) => found = s,
                (Some(f), Some(s)) if f != s => return None,
                _ => {}
            }
        }
        found
    }
}

/// Reads `2025-12-14`, `14/12/2025`, `14.12.2025` or `14-12-2025`. A date whose day and month
/// could be swapped needs the column's `order`; without one it is reported.
pub fn parse_date(raw: &str, order: Option<DateOrder>) -> Result<NaiveDate, String> {
    plausible_day(parse_any_date(raw, order)?)
}

/// The day, if its year is one a record of a cluster can have ([`PLAUSIBLE_YEARS`]). Chrono
/// reads years up to 262,142 and below zero: days whose period arithmetic would run off the
/// calendar and which PostgreSQL refuses. Every day that comes in (typed, read from a file or a
/// bank statement, sent to the API) passes here.
pub fn plausible_day(day: NaiveDate) -> Result<NaiveDate, String> {
    if PLAUSIBLE_YEARS.contains(&day.year()) {
        Ok(day)
    } else {
        Err(i18n::said_with(
            "invalid-written-implausible-date",
            &[
                ("day", day.to_string()),
                ("first", PLAUSIBLE_YEARS.start().to_string()),
                ("last", PLAUSIBLE_YEARS.end().to_string()),
            ],
        ))
    }
}

/// The years a date typed or read from a file may have.
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

fn parse_any_date(raw: &str, order: Option<DateOrder>) -> Result<NaiveDate, String> {
    let s = raw.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(d);
    }
    let bad = || i18n::said_with("invalid-written-not-date", &[("value", s.to_string())]);
    let (a, b, year, separator) = numeric_parts(s).ok_or_else(bad)?;
    let order = if separator == '.' || a > 12 {
        DateOrder::DayFirst
    } else if b > 12 {
        DateOrder::MonthFirst
    } else if a == b {
        DateOrder::DayFirst
    } else {
        order.or_else(|| typist().map(|t| t.dates)).ok_or_else(|| {
            i18n::said_with(
                "invalid-written-day-or-month",
                &[
                    ("value", s.to_string()),
                    ("first", day_of_month(a, b)),
                    ("second", day_of_month(b, a)),
                    ("written", format!("{year}-{b:02}-{a:02}")),
                ],
            )
        })?
    };
    let (day, month) = match order {
        DateOrder::DayFirst => (a, b),
        DateOrder::MonthFirst => (b, a),
    };
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(bad)
}

/// The day `day` of the month `m` (1 to 12; 0 is taken as January), in words: "3 April".
fn day_of_month(day: u32, m: u32) -> String {
    let args = [("day", day.to_string())];
    match m {
        0 | 1 => i18n::said_with("invalid-written-day-of-january", &args),
        2 => i18n::said_with("invalid-written-day-of-february", &args),
        3 => i18n::said_with("invalid-written-day-of-march", &args),
        4 => i18n::said_with("invalid-written-day-of-april", &args),
        5 => i18n::said_with("invalid-written-day-of-may", &args),
        6 => i18n::said_with("invalid-written-day-of-june", &args),
        7 => i18n::said_with("invalid-written-day-of-july", &args),
        8 => i18n::said_with("invalid-written-day-of-august", &args),
        9 => i18n::said_with("invalid-written-day-of-september", &args),
        10 => i18n::said_with("invalid-written-day-of-october", &args),
        11 => i18n::said_with("invalid-written-day-of-november", &args),
        12 => i18n::said_with("invalid-written-day-of-december", &args),
        _ => format!("{day} ?"),
    }
}

/// How a person wants days written on the pages they read, chosen on their account. Times are
/// always written on the 24-hour clock, after the day: `1 Dec 2026, 14:30`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateStyle {
    /// `1 Dec 2026`: cannot be misread in any country.
    #[default]
    DayMonthName,
    /// `01.12.2026`, as Germany, Poland, Romania, Bulgaria and Ukraine write it.
    DayMonthYearDots,
    /// `01/12/2026`, as France, Spain, Italy and Ireland write it.
    DayMonthYearSlashes,
    /// `2026-12-01`, ISO 8601.
    Iso,
}

impl DateStyle {
    pub const ALL: [DateStyle; 4] =
        [DateStyle::DayMonthName, DateStyle::DayMonthYearDots, DateStyle::DayMonthYearSlashes, DateStyle::Iso];

    /// The code stored on the user.
    pub fn code(self) -> &'static str {
        match self {
            DateStyle::DayMonthName => "day_month_name",
            DateStyle::DayMonthYearDots => "day_month_year_dots",
            DateStyle::DayMonthYearSlashes => "day_month_year_slashes",
            DateStyle::Iso => "iso",
        }
    }

    /// The style of a stored code. Errors: an unknown code, with the known ones.
    pub fn parse(code: &str) -> Result<DateStyle, String> {
        DateStyle::ALL.into_iter().find(|s| s.code() == code).ok_or_else(|| {
            let known: Vec<&str> = DateStyle::ALL.iter().map(|s| s.code()).collect();
            i18n::said_with(
                "invalid-written-not-date-style",
                &[("value", code.to_string()), ("known", known.join(", "))],
            )
        })
    }

    /// `day` written in this style.
    pub fn day(self, day: NaiveDate) -> String {
        day.format(match self {
            DateStyle::DayMonthName => "%-d %b %Y",
            DateStyle::DayMonthYearDots => "%d.%m.%Y",
            DateStyle::DayMonthYearSlashes => "%d/%m/%Y",
            DateStyle::Iso => "%Y-%m-%d",
        })
        .to_string()
    }

    /// A day and a time of day: `1 Dec 2026, 14:30`.
    pub fn moment(self, at: chrono::NaiveDateTime) -> String {
        format!("{}, {}", self.day(at.date()), at.format("%H:%M"))
    }

    /// A day with its weekday, for an event's date: `Tue 1 Dec 2026`.
    pub fn weekday_and_day(self, day: NaiveDate) -> String {
        format!("{} {}", day.format("%a"), self.day(day))
    }

    /// How the style is offered to choose: its example day.
    pub fn example(self) -> String {
        self.day(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numbers_in_every_european_style() {
        assert_eq!(parse_number("1.234.567,89", None, false).unwrap(), "1234567.89");
        assert_eq!(parse_number("1 234 567", None, false).unwrap(), "1234567");
        assert_eq!(parse_number("1,234,567.89", None, false).unwrap(), "1234567.89");
        assert_eq!(parse_number("1\u{a0}234,5", None, false).unwrap(), "1234.5");
        assert_eq!(parse_number("-12,50", None, false).unwrap(), "-12.50");
        assert_eq!(parse_number("5400000.50", None, false).unwrap(), "5400000.50");
        assert_eq!(parse_number("1.234", None, true).unwrap(), "1234", "a headcount is whole");
        assert!(parse_number("1.234", None, false).unwrap_err().contains("two ways"));
        assert_eq!(parse_number("1.234", Some(NumberStyle::DecimalComma), false).unwrap(), "1234");
        assert_eq!(parse_number("1,234", Some(NumberStyle::DecimalComma), false).unwrap(), "1.234");
        assert!(parse_number("12,34,5", None, false).is_err());
        assert!(parse_number("1.2.3,4.5", None, false).is_err());
        assert!(parse_number("twelve", None, false).is_err());
        assert!(parse_number("12,5", None, true).is_err());
    }

    #[test]
    fn a_column_settles_its_style() {
        assert_eq!(NumberStyle::of_column(["1.234", "2.345,50", "17"]), Some(NumberStyle::DecimalComma));
        assert_eq!(NumberStyle::of_column(["1.234", "99.5"]), Some(NumberStyle::DecimalPoint));
        assert_eq!(NumberStyle::of_column(["1.234", "2.345"]), None);
        assert_eq!(NumberStyle::of_column(["1,5", "2.5"]), None, "contradicting values settle nothing");
    }

    #[test]
    fn days_off_the_calendar_of_a_cluster_are_refused() {
        for raw in ["+262142-12-31", "-0001-01-01", "0000-01-01", "1899-12-31", "2200-01-01", "31/12/9999"] {
            assert!(parse_date(raw, None).unwrap_err().contains("not a plausible date"), "{raw}");
        }
        assert!(parse_date("1900-01-01", None).is_ok() && parse_date("31.12.2199", None).is_ok());
    }

    #[test]
    fn dates_in_every_european_style() {
        let d = NaiveDate::from_ymd_opt(2025, 12, 14).unwrap();
        for s in ["2025-12-14", "14/12/2025", "14.12.2025", "14-12-2025", "12/14/2025"] {
            assert_eq!(parse_date(s, None).unwrap(), d, "{s}");
        }
        assert!(parse_date("03/04/2025", None).unwrap_err().contains("could be 3 April or 4 March"));
        assert_eq!(
            parse_date("03/04/2025", Some(DateOrder::DayFirst)).unwrap(),
            NaiveDate::from_ymd_opt(2025, 4, 3).unwrap()
        );
        assert_eq!(parse_date("03.04.2025", None).unwrap(), NaiveDate::from_ymd_opt(2025, 4, 3).unwrap());
        assert!(parse_date("31/02/2025", None).is_err());
        assert!(parse_date("yesterday", None).is_err());
        assert_eq!(DateOrder::of_column(["03/04/2025", "25/04/2025"]), Some(DateOrder::DayFirst));
        assert_eq!(DateOrder::of_column(["03/04/2025", "04/25/2025"]), Some(DateOrder::MonthFirst));
        assert_eq!(DateOrder::of_column(["03/04/2025"]), None);
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,20}", whole: bool) {
            let _ = parse_number(&s, None, whole);
            let _ = parse_date(&s, None);
        }

        #[test]
        fn written_numbers_read_back(n in 0_u64..10_000_000_000, cents in 0_u32..100) {
            let grouped = crate::text::group_thousands(&n.to_string(), '.');
            prop_assert_eq!(parse_number(&format!("{grouped},{cents:02}"), None, false).unwrap(), format!("{n}.{cents:02}"));
            let grouped = crate::text::group_thousands(&n.to_string(), ',');
            prop_assert_eq!(parse_number(&format!("{grouped}.{cents:02}"), None, false).unwrap(), format!("{n}.{cents:02}"));
        }
    }

    #[test]
    fn amounts_and_percentages_read_as_people_type_them() {
        let eur = crate::money::Currency::EUR;
        assert_eq!(parse_amount("1.250,50", eur), Ok(125_050));
        assert_eq!(parse_amount("1250.5", eur), Ok(125_050));
        assert_eq!(parse_amount("300", eur), Ok(30_000));
        assert!(parse_amount("1.250", eur).is_err(), "thousands or decimals: reported, not guessed");
        assert!(parse_amount("12,345,6", eur).is_err());
        assert_eq!(parse_percent("21"), Ok(2100));
        assert_eq!(parse_percent("5,5 %"), Ok(550));
        assert_eq!(parse_percent("0"), Ok(0));
        assert_eq!(parse_percent("0.25%"), Ok(25));
        assert!(parse_percent("101").is_err());
        assert!(parse_percent("-1").is_err());
        assert!(parse_percent("1.234").is_err());
        assert!(parse_percent("lots").is_err());
        assert_eq!(percent_text(2100), "21 %");
        assert_eq!(percent_text(550), "5.5 %");
        assert_eq!(percent_text(25), "0.25 %");
    }

    #[test]
    fn every_date_style_writes_the_day_its_own_way_and_reads_back_its_code() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 4).unwrap();
        let written: Vec<String> = DateStyle::ALL.iter().map(|s| s.day(day)).collect();
        assert_eq!(written, ["4 Mar 2026", "04.03.2026", "04/03/2026", "2026-03-04"]);
        for style in DateStyle::ALL {
            assert_eq!(DateStyle::parse(style.code()), Ok(style));
            if style != DateStyle::DayMonthName {
                assert_eq!(
                    parse_date(&style.day(day), Some(DateOrder::DayFirst)),
                    Ok(day),
                    "{style:?} reads back as typed"
                );
            }
        }
        assert!(DateStyle::parse("us").unwrap_err().contains("day_month_name"));
        assert_eq!(DateStyle::Iso.moment(day.and_hms_opt(9, 5, 0).unwrap()), "2026-03-04, 09:05");
        assert_eq!(DateStyle::DayMonthName.weekday_and_day(day), "Wed 4 Mar 2026");
    }
}
