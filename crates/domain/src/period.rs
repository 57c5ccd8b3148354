//! Membership periods: the stretch of time one fee pays for. A membership type's period is fixed
//! (the cluster's calendar or fiscal year, with a rollover day after which a new member joins the
//! next period) or rolling (a duration from the join date, renewed on its anniversaries).

use chrono::{Datelike, Months, NaiveDate};

/// A stretch of days: from `start`, up to but not including `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days()
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day < self.end
    }

    /// The last day of the period.
    pub fn last_day(&self) -> NaiveDate {
        self.end.pred_opt().expect("a period ends after it starts")
    }

    /// How people name it: `2026` for a calendar year, `2026/27` for a fiscal year that starts in
    /// another month, the dates for any other stretch.
    /// The dates are ISO 8601 (`2026-03-01 to 2027-02-28`): the name kept on records and sent
    /// through the API; [`Period::label_in`] writes them for a reader.
    pub fn label(&self) -> String {
        self.label_in(crate::written::DateStyle::Iso)
    }

    /// [`Period::label`] with the dates of a stretch written in `style`.
    pub fn label_in(&self, style: crate::written::DateStyle) -> String {
        let (s, e) = (self.start, self.end);
        let whole_year = s.day() == 1 && e == add_months(s, 12);
        match (whole_year, s.month()) {
            (true, 1) => s.year().to_string(),
            (true, _) => format!("{}/{:02}", s.year(), (s.year() + 1) % 100),
            _ => format!("{} to {}", style.day(s), style.day(self.last_day())),
        }
    }
}

/// `months` after `day`, on the same day of the month or, when that month is shorter, its last
/// day (31 January + 1 month = 28 or 29 February).
pub fn add_months(day: NaiveDate, months: u32) -> NaiveDate {
    day.checked_add_months(Months::new(months)).expect("dates stay within chrono's range")
}

/// A day of a month that may be shorter than the day: 29 February in 2025 is 28 February.
fn clamped(year: i32, month: u32, day: u32) -> NaiveDate {
    (1..=day).rev().find_map(|d| NaiveDate::from_ymd_opt(year, month, d)).expect("every month has a first day")
}

/// How a membership type divides time into periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodRule {
    /// The cluster's year, starting on the first day of `start_month` (1 for the calendar year).
    /// A member who joins on or after the rollover day (month and day) joins the next period; the
    /// rest of the current one comes free.
    Fixed { start_month: u32, rollover: Option<(u32, u32)> },
    /// `months` from the join date, renewed on each anniversary.
    Rolling { months: u32 },
}

impl PeriodRule {
    /// Checks the numbers a user typed.
    pub fn check(&self) -> Result<(), String> {
        match *self {
            PeriodRule::Fixed { start_month, rollover } => {
                if !(1..=12).contains(&start_month) {
                    return Err(i18n::said_with("invalid-period-start-month", &[("month", start_month.to_string())]));
                }
                match rollover {
                    Some((m, d)) if NaiveDate::from_ymd_opt(2024, m, d).is_none() => {
                        Err(i18n::said_with("invalid-period-rollover", &[("day", format!("{d}/{m}"))]))
                    }
                    _ => Ok(()),
                }
            }
            PeriodRule::Rolling { months: 1..=60 } => Ok(()),
            PeriodRule::Rolling { months } => {
                Err(i18n::said_with("invalid-period-months", &[("months", months.to_string())]))
            }
        }
    }

    /// The fixed period that starts in `year` (for `--period 2026`); `None` for a rolling rule,
    /// whose periods belong to each member.
    pub fn fixed_period(&self, year: i32) -> Option<Period> {
        match *self {
            PeriodRule::Fixed { start_month, .. } => {
                let start = NaiveDate::from_ymd_opt(year, start_month, 1)?;
                Some(Period { start, end: add_months(start, 12) })
            }
            PeriodRule::Rolling { .. } => None,
        }
    }

    /// The period that holds `day`, for a member who joined on `joined_on`.
    pub fn period_containing(&self, day: NaiveDate, joined_on: NaiveDate) -> Period {
        match *self {
            PeriodRule::Fixed { start_month, .. } => {
                let year = if day.month() >= start_month { day.year() } else { day.year() - 1 };
                self.fixed_period(year).expect("a fixed rule has a period every year")
            }
            PeriodRule::Rolling { months } => {
                // Anniversaries are counted from the join date each time, so that 31 January
                // renews on 28 February and then on 31 March, never drifting to the 28th.
                let mut k = 0;
                if day >= joined_on {
                    let elapsed = (day.year() - joined_on.year()) * 12 + day.month() as i32 - joined_on.month() as i32;
                    k = (elapsed.max(0) as u32) / months;
                    while add_months(joined_on, (k + 1) * months) <= day {
                        k += 1;
                    }
                    while k > 0 && add_months(joined_on, k * months) > day {
                        k -= 1;
                    }
                }
                Period { start: add_months(joined_on, k * months), end: add_months(joined_on, (k + 1) * months) }
            }
        }
    }

    /// The periods of a member who joined on `joined_on` that start in `year`, in order: for a
    /// fixed rule, the cluster's year that starts in it; for a rolling one, every period from an
    /// anniversary in it (twelve of a monthly rule, two of a six-month one), none before joining.
    pub fn periods_starting_in(&self, year: i32, joined_on: NaiveDate) -> Vec<Period> {
        if let Some(p) = self.fixed_period(year) {
            return vec![p];
        }
        let Some(jan_first) = NaiveDate::from_ymd_opt(year, 1, 1) else { return Vec::new() };
        let mut p = self.period_containing(jan_first.max(joined_on), joined_on);
        if p.start < jan_first {
            p = self.period_containing(p.end, joined_on);
        }
        let mut all = Vec::new();
        while p.start.year() == year {
            all.push(p);
            p = self.period_containing(p.end, joined_on);
        }
        all
    }

    /// The first period a member who joins on `joined_on` pays for: the one that holds the day,
    /// or, past a fixed rule's rollover day, the next.
    pub fn first_period(&self, joined_on: NaiveDate) -> Period {
        let current = self.period_containing(joined_on, joined_on);
        match *self {
            PeriodRule::Fixed { rollover: Some((month, day)), .. } => {
                let year = if month >= current.start.month() { current.start.year() } else { current.start.year() + 1 };
                if joined_on >= clamped(year, month, day) {
                    self.period_containing(current.end, joined_on)
                } else {
                    current
                }
            }
            _ => current,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_period_that_starts_in_a_year_is_listed_whatever_its_length() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let half = PeriodRule::Rolling { months: 6 };
        let starts = |rule: PeriodRule, joined| {
            rule.periods_starting_in(2026, joined).iter().map(|p| p.start).collect::<Vec<_>>()
        };
        assert_eq!(starts(half, d(2025, 3, 15)), vec![d(2026, 3, 15), d(2026, 9, 15)]);
        assert_eq!(starts(half, d(2026, 8, 1)), vec![d(2026, 8, 1)]);
        assert!(starts(half, d(2027, 1, 1)).is_empty());
        let monthly = starts(PeriodRule::Rolling { months: 1 }, d(2024, 1, 31));
        assert_eq!((monthly.len(), monthly[1], monthly[2]), (12, d(2026, 2, 28), d(2026, 3, 31)));
        assert_eq!(starts(PeriodRule::Rolling { months: 3 }, d(2025, 12, 1)).len(), 4);
        assert_eq!(starts(PeriodRule::Rolling { months: 24 }, d(2025, 6, 1)), Vec::<NaiveDate>::new());
        let fiscal = PeriodRule::Fixed { start_month: 7, rollover: None };
        assert_eq!(starts(fiscal, d(2020, 1, 1)), vec![d(2026, 7, 1)]);
    }

    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn fixed_periods_follow_the_calendar_or_the_fiscal_year() {
        let calendar = PeriodRule::Fixed { start_month: 1, rollover: None };
        let p = calendar.period_containing(d(2026, 11, 27), d(2020, 5, 1));
        assert_eq!((p.start, p.end, p.days(), p.label()), (d(2026, 1, 1), d(2027, 1, 1), 365, "2026".to_string()));
        assert_eq!(calendar.fixed_period(2028).unwrap().days(), 366, "2028 is a leap year");

        let fiscal = PeriodRule::Fixed { start_month: 7, rollover: None };
        let p = fiscal.period_containing(d(2026, 3, 1), d(2020, 5, 1));
        assert_eq!((p.start, p.end, p.label()), (d(2025, 7, 1), d(2026, 7, 1), "2025/26".to_string()));
        assert_eq!(fiscal.period_containing(d(2026, 7, 1), d(2020, 5, 1)).start, d(2026, 7, 1));
    }

    #[test]
    fn past_the_rollover_day_a_new_member_joins_the_next_period() {
        let rule = PeriodRule::Fixed { start_month: 1, rollover: Some((10, 1)) };
        assert_eq!(rule.first_period(d(2026, 9, 30)).label(), "2026");
        assert_eq!(rule.first_period(d(2026, 10, 1)).label(), "2027");
        assert_eq!(rule.first_period(d(2026, 12, 31)).label(), "2027");
        // A fiscal year from July with a rollover in April: April falls in the year's second half.
        let fiscal = PeriodRule::Fixed { start_month: 7, rollover: Some((4, 1)) };
        assert_eq!(fiscal.first_period(d(2026, 3, 31)).label(), "2025/26");
        assert_eq!(fiscal.first_period(d(2026, 4, 1)).label(), "2026/27");
        assert_eq!(fiscal.first_period(d(2026, 8, 1)).label(), "2026/27");
        // 29 February as a rollover day is 28 February in other years.
        let leap = PeriodRule::Fixed { start_month: 1, rollover: Some((2, 29)) };
        assert_eq!(leap.first_period(d(2027, 2, 28)).label(), "2028");
        assert_eq!(leap.first_period(d(2028, 2, 28)).label(), "2028");
        assert_eq!(leap.first_period(d(2028, 2, 29)).label(), "2029");
    }

    #[test]
    fn rolling_periods_renew_on_anniversaries_without_drifting() {
        let yearly = PeriodRule::Rolling { months: 12 };
        let joined = d(2024, 2, 29);
        let p = yearly.period_containing(d(2025, 3, 1), joined);
        assert_eq!((p.start, p.end), (d(2025, 2, 28), d(2026, 2, 28)));
        assert_eq!(yearly.period_containing(d(2028, 2, 29), joined).start, d(2028, 2, 29));
        let monthly = PeriodRule::Rolling { months: 1 };
        let joined = d(2026, 1, 31);
        assert_eq!(monthly.period_containing(d(2026, 3, 15), joined).start, d(2026, 2, 28));
        assert_eq!(monthly.period_containing(d(2026, 4, 1), joined).start, d(2026, 3, 31));
        assert_eq!(monthly.period_containing(d(2025, 12, 1), joined).start, joined, "before joining: the first");
    }

    #[test]
    fn bad_rules_are_explained() {
        assert!(PeriodRule::Fixed { start_month: 13, rollover: None }.check().unwrap_err().contains("month 13"));
        assert!(PeriodRule::Fixed { start_month: 1, rollover: Some((2, 30)) }.check().is_err());
        assert!(PeriodRule::Fixed { start_month: 1, rollover: Some((2, 29)) }.check().is_ok());
        assert!(PeriodRule::Rolling { months: 0 }.check().is_err());
    }

    fn day() -> impl Strategy<Value = NaiveDate> {
        (2000i32..2100, 1u32..=366)
            .prop_map(|(y, n)| NaiveDate::from_yo_opt(y, n).unwrap_or_else(|| NaiveDate::from_yo_opt(y, 365).unwrap()))
    }

    fn rule() -> impl Strategy<Value = PeriodRule> {
        prop_oneof![
            (1u32..=12, proptest::option::of((1u32..=12, 1u32..=31))).prop_map(|(start_month, rollover)| {
                PeriodRule::Fixed { start_month, rollover: rollover.map(|(m, d)| (m, d.min(28))) }
            }),
            (1u32..=36).prop_map(|months| PeriodRule::Rolling { months }),
        ]
    }

    proptest! {
        #[test]
        fn the_period_of_a_day_holds_it_and_the_next_follows_without_a_gap(
            rule in rule(), joined in day(), offset in 0i64..4000,
        ) {
            let today = joined + chrono::Duration::days(offset);
            let p = rule.period_containing(today, joined);
            prop_assert!(p.contains(today), "{p:?} does not hold {today}");
            prop_assert!((28..=366 * 3).contains(&p.days()));
            let next = rule.period_containing(p.end, joined);
            prop_assert_eq!(next.start, p.end);
            prop_assert!(next.end > next.start);
        }

        #[test]
        fn a_new_member_pays_for_the_period_of_the_join_day_or_the_next(rule in rule(), joined in day()) {
            let first = rule.first_period(joined);
            let current = rule.period_containing(joined, joined);
            prop_assert!(first == current || first.start == current.end);
            if let PeriodRule::Fixed { rollover: None, .. } | PeriodRule::Rolling { .. } = rule {
                prop_assert_eq!(first, current);
            }
        }
    }
}
