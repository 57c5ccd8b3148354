//! Fee rules of membership types, and the fee one organisation owes under them, explained.
//! Amounts are in minor units (cents) of the cluster's base currency.

use chrono::NaiveDate;

use crate::money::{Currency, Money};
use crate::period::Period;

/// One band of a banded fee: up to and including `up_to` (employees, or turnover in minor units),
/// this fee. The last band has no bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Band {
    pub up_to: Option<i64>,
    pub fee: i64,
}

/// How a membership type prices its fee.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum FeeRule {
    Flat {
        fee: i64,
    },
    /// By headcount.
    ByEmployees {
        bands: Vec<Band>,
    },
    /// By annual turnover.
    ByTurnover {
        bands: Vec<Band>,
    },
    /// A share of turnover in basis points (25 = 0.25 %), never below `floor` nor above `cap`.
    TurnoverShare {
        basis_points: i64,
        floor: i64,
        cap: i64,
    },
    /// A contribution of staff time or services, `hours` valued at `rate` an hour, as universities
    /// and technology centres often pay; it is recorded, not invoiced.
    InKind {
        hours: i64,
        rate: i64,
    },
}

/// What one organisation owes for one period, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeeQuote {
    pub amount: i64,
    pub in_kind: bool,
    pub explanation: String,
}

/// An amount as the rest of the product shows money: thousands grouped, currency after.
fn money(minor: i64, currency: Currency) -> String {
    Money::new(minor, currency).to_string()
}

impl FeeRule {
    /// Checks a rule as a user set it up; the message says what to change.
    pub fn check(&self) -> Result<(), String> {
        match self {
            FeeRule::Flat { fee } if *fee < 0 => Err("a fee cannot be negative".into()),
            FeeRule::Flat { .. } => Ok(()),
            FeeRule::ByEmployees { bands } | FeeRule::ByTurnover { bands } => check_bands(bands),
            FeeRule::TurnoverShare { basis_points, floor, cap } => {
                if !(1..=10_000).contains(basis_points) {
                    Err("the share of turnover must be above 0 % and at most 100 %".into())
                } else if *floor < 0 || floor > cap {
                    Err("the floor must be at least 0 and at most the cap".into())
                } else {
                    Ok(())
                }
            }
            FeeRule::InKind { hours, rate } if *hours <= 0 || *rate < 0 => {
                Err("an in-kind contribution needs some hours and a rate of at least 0".into())
            }
            FeeRule::InKind { .. } => Ok(()),
        }
    }

    /// The fee of a whole period for an organisation with these employees and turnover (minor
    /// units). An error says which figure of the organisation is missing.
    pub fn quote(&self, employees: Option<i64>, turnover: Option<i64>, currency: Currency) -> Result<FeeQuote, String> {
        let quote = |amount: i64, explanation: String| FeeQuote { amount, in_kind: false, explanation };
        match self {
            FeeRule::Flat { fee } => Ok(quote(*fee, format!("flat fee {}", money(*fee, currency)))),
            FeeRule::ByEmployees { bands } => {
                let n = employees.ok_or("the fee goes by employees, and the organisation's headcount is not known")?;
                let band = band_of(bands, n);
                let within = band.up_to.map_or_else(|| "the top band".to_string(), |u| format!("the band up to {u}"));
                Ok(quote(band.fee, format!("{n} employees: {within}, {}", money(band.fee, currency))))
            }
            FeeRule::ByTurnover { bands } => {
                let t = turnover.ok_or("the fee goes by turnover, and the organisation's turnover is not known")?;
                let band = band_of(bands, t);
                let within = band
                    .up_to
                    .map_or_else(|| "the top band".to_string(), |u| format!("the band up to {}", money(u, currency)));
                Ok(quote(band.fee, format!("turnover {}: {within}, {}", money(t, currency), money(band.fee, currency))))
            }
            FeeRule::TurnoverShare { basis_points, floor, cap } => {
                let t =
                    turnover.ok_or("the fee is a share of turnover, and the organisation's turnover is not known")?;
                let share = round_half_up(i128::from(t) * i128::from(*basis_points), 10_000);
                let amount = share.clamp(*floor, *cap);
                let percent = format!("{}.{:02} %", basis_points / 100, basis_points % 100);
                let bound = if amount == *floor && share < *floor {
                    format!(", raised to the floor {}", money(*floor, currency))
                } else if amount == *cap && share > *cap {
                    format!(", limited to the cap {}", money(*cap, currency))
                } else {
                    String::new()
                };
                Ok(quote(
                    amount,
                    format!("{percent} of turnover {}{bound}: {}", money(t, currency), money(amount, currency)),
                ))
            }
            FeeRule::InKind { hours, rate } => {
                let amount = hours * rate;
                Ok(FeeQuote {
                    amount,
                    in_kind: true,
                    explanation: format!(
                        "in kind: {hours} hours at {} an hour, worth {}",
                        money(*rate, currency),
                        money(amount, currency)
                    ),
                })
            }
        }
    }
}

fn check_bands(bands: &[Band]) -> Result<(), String> {
    let Some(last) = bands.last() else { return Err("a banded fee needs at least one band".into()) };
    if last.up_to.is_some() {
        return Err("the last band must have no upper limit, so that every organisation falls in a band".into());
    }
    if bands.iter().any(|b| b.fee < 0) {
        return Err("a fee cannot be negative".into());
    }
    let bounds: Vec<i64> = bands[..bands.len() - 1]
        .iter()
        .map(|b| b.up_to.ok_or("only the last band may be open"))
        .collect::<Result<_, _>>()?;
    if bounds.windows(2).any(|w| w[0] >= w[1]) || bounds.first().is_some_and(|b| *b < 0) {
        return Err("the bands' upper limits must rise from one band to the next".into());
    }
    Ok(())
}

/// The band a value falls in: the first whose upper limit it does not pass.
fn band_of(bands: &[Band], value: i64) -> Band {
    *bands.iter().find(|b| b.up_to.is_none_or(|u| value <= u)).or(bands.last()).expect("checked bands are not empty")
}

/// `n / d` rounded to the nearest whole number, halves away from zero.
fn round_half_up(n: i128, d: i128) -> i64 {
    let q = (2 * n.abs() + d) / (2 * d);
    (if n < 0 { -q } else { q }) as i64
}

/// The part of a period's fee owed by a member who joins on `joined_on`: by the days left in the
/// period, the join day included.
pub fn pro_rata(amount: i64, period: &Period, joined_on: NaiveDate) -> i64 {
    let from = joined_on.max(period.start);
    if from >= period.end {
        return 0;
    }
    let left = (period.end - from).num_days();
    round_half_up(i128::from(amount) * i128::from(left), i128::from(period.days()))
}

// Amounts in the tests are written as euros_cents.
#[allow(clippy::inconsistent_digit_grouping)]
#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const EUR: Currency = Currency::EUR;

    fn bands() -> Vec<Band> {
        vec![
            Band { up_to: Some(9), fee: 300_00 },
            Band { up_to: Some(49), fee: 800_00 },
            Band { up_to: Some(249), fee: 2_000_00 },
            Band { up_to: None, fee: 5_000_00 },
        ]
    }

    #[test]
    fn bands_hold_their_edges() {
        let rule = FeeRule::ByEmployees { bands: bands() };
        let fee = |n| rule.quote(Some(n), None, EUR).unwrap().amount;
        assert_eq!(
            [fee(0), fee(9), fee(10), fee(49), fee(50), fee(249), fee(250)],
            [300_00, 300_00, 800_00, 800_00, 2_000_00, 2_000_00, 5_000_00]
        );
        let q = rule.quote(Some(120), None, EUR).unwrap();
        assert_eq!(q.explanation, "120 employees: the band up to 249, 2\u{202f}000.00 EUR");
        assert!(rule.quote(None, Some(1), EUR).unwrap_err().contains("headcount is not known"));
    }

    #[test]
    fn a_share_of_turnover_stays_between_floor_and_cap() {
        let rule = FeeRule::TurnoverShare { basis_points: 25, floor: 500_00, cap: 10_000_00 };
        let q = |t| rule.quote(None, Some(t), EUR).unwrap();
        assert_eq!(q(1_000_000_00).amount, 2_500_00);
        assert_eq!(
            q(1_000_000_00).explanation,
            "0.25 % of turnover 1\u{202f}000\u{202f}000.00 EUR: 2\u{202f}500.00 EUR"
        );
        assert_eq!(q(10_000_00).amount, 500_00);
        assert!(q(10_000_00).explanation.contains("raised to the floor"));
        assert_eq!(q(100_000_000_00).amount, 10_000_00);
        assert!(q(100_000_000_00).explanation.contains("limited to the cap"));
    }

    #[test]
    fn in_kind_is_valued_and_marked() {
        let q = FeeRule::InKind { hours: 40, rate: 75_00 }.quote(None, None, EUR).unwrap();
        assert_eq!((q.amount, q.in_kind), (3_000_00, true));
        assert_eq!(q.explanation, "in kind: 40 hours at 75.00 EUR an hour, worth 3\u{202f}000.00 EUR");
    }

    #[test]
    fn bad_rules_say_what_to_change() {
        let open_middle = vec![Band { up_to: None, fee: 1 }, Band { up_to: None, fee: 2 }];
        assert!(FeeRule::ByTurnover { bands: open_middle }.check().is_err());
        let falling =
            vec![Band { up_to: Some(50), fee: 1 }, Band { up_to: Some(10), fee: 2 }, Band { up_to: None, fee: 3 }];
        assert!(FeeRule::ByEmployees { bands: falling }.check().unwrap_err().contains("rise"));
        assert!(
            FeeRule::ByEmployees { bands: vec![Band { up_to: Some(9), fee: 1 }] }
                .check()
                .unwrap_err()
                .contains("last band")
        );
        assert!(FeeRule::TurnoverShare { basis_points: 25, floor: 10, cap: 5 }.check().is_err());
        assert!(FeeRule::Flat { fee: -1 }.check().is_err());
        assert!(FeeRule::ByEmployees { bands: bands() }.check().is_ok());
    }

    #[test]
    fn pro_rata_counts_the_days_left_the_join_day_included() {
        let year = Period {
            start: NaiveDate::from_ymd_opt(2028, 1, 1).unwrap(),
            end: NaiveDate::from_ymd_opt(2029, 1, 1).unwrap(),
        };
        assert_eq!(pro_rata(366_00, &year, year.start), 366_00);
        assert_eq!(pro_rata(366_00, &year, NaiveDate::from_ymd_opt(2028, 12, 31).unwrap()), 1_00);
        // 1 July 2028: 184 of 366 days left.
        assert_eq!(pro_rata(1_000_00, &year, NaiveDate::from_ymd_opt(2028, 7, 1).unwrap()), 502_73);
        assert_eq!(pro_rata(1_000_00, &year, year.end), 0);
        assert_eq!(pro_rata(1_000_00, &year, NaiveDate::from_ymd_opt(2027, 6, 1).unwrap()), 1_000_00);
    }

    fn checked_bands() -> impl Strategy<Value = Vec<Band>> {
        (proptest::collection::btree_set(0i64..1_000_000, 0..6), proptest::collection::vec(0i64..1_000_000, 7))
            .prop_map(|(bounds, fees)| {
                let mut bands: Vec<Band> =
                    bounds.iter().zip(&fees).map(|(u, f)| Band { up_to: Some(*u), fee: *f }).collect();
                bands.push(Band { up_to: None, fee: fees[6] });
                bands
            })
    }

    proptest! {
        #[test]
        fn every_value_falls_in_exactly_the_band_of_its_edges(bands in checked_bands(), value in 0i64..2_000_000) {
            prop_assert!(check_bands(&bands).is_ok());
            let band = band_of(&bands, value);
            let index = bands.iter().position(|b| *b == band).unwrap();
            prop_assert!(band.up_to.is_none_or(|u| value <= u));
            if index > 0 {
                prop_assert!(value > bands[index - 1].up_to.unwrap());
            }
        }

        #[test]
        fn a_share_is_never_outside_its_bounds(
            bp in 1i64..=10_000, floor in 0i64..1_000_000, extra in 0i64..1_000_000, turnover in 0i64..i64::MAX / 10_001,
        ) {
            let rule = FeeRule::TurnoverShare { basis_points: bp, floor, cap: floor + extra };
            prop_assert!(rule.check().is_ok());
            let q = rule.quote(None, Some(turnover), EUR).unwrap();
            prop_assert!(q.amount >= floor && q.amount <= floor + extra);
        }

        #[test]
        fn pro_rata_is_between_nothing_and_the_whole_fee(
            amount in 0i64..100_000_000, start in 0i64..40_000, length in 28i64..800, offset in -100i64..900,
        ) {
            let start = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Duration::days(start);
            let period = Period { start, end: start + chrono::Duration::days(length) };
            let joined = start + chrono::Duration::days(offset);
            let owed = pro_rata(amount, &period, joined);
            prop_assert!((0..=amount).contains(&owed));
            if joined <= start {
                prop_assert_eq!(owed, amount);
            }
            // A later join never owes more.
            prop_assert!(pro_rata(amount, &period, joined + chrono::Duration::days(1)) <= owed);
        }
    }
}
