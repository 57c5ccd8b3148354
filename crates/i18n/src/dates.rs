//! Days written as each language writes them, by ICU4X's date formatter on CLDR's data: the order
//! of day, month and year, the month's name and its case, the punctuation (`1 December 2026`,
//! `1. Dezember 2026`, `1 grudnia 2026`).

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{YMD, YMDE};
use icu_datetime::input::Date;

use crate::Language;
use crate::numbers::locale;

/// How long a written day is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Length {
    /// The month by name: `1 December 2026`, documents and mail.
    Long,
    /// The month shortened or as a number, as the language prefers: `1 Dec 2026`, `01.12.2026`.
    Medium,
    /// [`Length::Long`] with the day of the week: `Tuesday, 1 December 2026`, `Dienstag, 1. Dezember 2026`.
    LongWithWeekday,
}

/// The formatter of `fields` for the language at `index` in [`Language::ALL`], all nine made once
/// in `cell`.
macro_rules! formatter {
    ($cell:expr, $fields:expr, $index:expr) => {
        &$cell.get_or_init(|| {
            Language::ALL
                .into_iter()
                .map(|l| {
                    DateTimeFormatter::try_new((&locale(l)).into(), $fields)
                        .or_else(|_| DateTimeFormatter::try_new(Default::default(), $fields))
                        .expect("the compiled data has the root locale")
                })
                .collect::<Vec<_>>()
        })[$index]
    };
}

/// `day` as `language` writes it, at `length`. A day outside the calendar's range (never one
/// chrono holds) is written in ISO 8601.
pub fn date(language: Language, day: NaiveDate, length: Length) -> String {
    static LONG: OnceLock<Vec<DateTimeFormatter<YMD>>> = OnceLock::new();
    static MEDIUM: OnceLock<Vec<DateTimeFormatter<YMD>>> = OnceLock::new();
    static WEEKDAY: OnceLock<Vec<DateTimeFormatter<YMDE>>> = OnceLock::new();
    let index = Language::ALL.into_iter().position(|l| l == language).unwrap_or(0);
    let (Ok(month), Ok(dom)) = (u8::try_from(day.month()), u8::try_from(day.day())) else { return day.to_string() };
    let Ok(date) = Date::try_new_iso(day.year(), month, dom) else { return day.to_string() };
    match length {
        Length::Long => formatter!(LONG, YMD::long(), index).format(&date).to_string(),
        Length::Medium => formatter!(MEDIUM, YMD::medium(), index).format(&date).to_string(),
        Length::LongWithWeekday => formatter!(WEEKDAY, YMDE::long(), index).format(&date).to_string(),
    }
}

/// Whether `language` writes a date in figures month first (`12/31/26`) rather than day first
/// (`31/12/2026`, `31.12.26`), as ICU4X's short pattern writes the last day of a year.
pub fn writes_month_first(language: Language) -> bool {
    static SHORT: OnceLock<Vec<DateTimeFormatter<YMD>>> = OnceLock::new();
    let index = Language::ALL.into_iter().position(|l| l == language).unwrap_or(0);
    let Ok(last) = Date::try_new_iso(2026, 12, 31) else { return false };
    let written = formatter!(SHORT, YMD::short(), index).format(&last).to_string();
    matches!((written.find("31"), written.find("12")), (Some(day), Some(month)) if month < day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_of_the_network_writes_the_day_before_the_month() {
        for language in Language::ALL {
            assert!(!writes_month_first(language), "{language:?}");
        }
    }

    #[test]
    fn each_language_writes_a_day_its_own_way() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let long = |l| date(l, day, Length::Long);
        assert_eq!(long(Language::English), "1 December 2026");
        assert_eq!(long(Language::German), "1. Dezember 2026");
        assert_eq!(long(Language::French), "1 décembre 2026");
        assert_eq!(long(Language::Polish), "1 grudnia 2026");
        assert_eq!(long(Language::Spanish), "1 de diciembre de 2026");
        assert_eq!(date(Language::English, day, Length::Medium), "1 Dec 2026");
        assert_eq!(date(Language::German, day, Length::Medium), "01.12.2026");
        assert_eq!(date(Language::English, day, Length::LongWithWeekday), "Tuesday, 1 December 2026");
        assert_eq!(date(Language::German, day, Length::LongWithWeekday), "Dienstag, 1. Dezember 2026");
    }
}
