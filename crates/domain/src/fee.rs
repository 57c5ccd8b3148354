//! Fee rules of membership types, and the fee one organisation owes under them, explained.
//! Amounts are in minor units (cents) of the cluster's base currency.

use chrono::NaiveDate;

use crate::money::{Currency, Money};
use crate::period::Period;

/// One band of a banded fee: up to and including `up_to` (employees, or turnover in minor units),
/// this fee. The last band has no bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Band {
    pub up_to: Option<i64>,
    pub fee: i64,
}

/// How a membership type prices its fee.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
            FeeRule::Flat { fee } if *fee < 0 => Err(i18n::said("invalid-fee-negative")),
            FeeRule::Flat { .. } => Ok(()),
            FeeRule::ByEmployees { bands } | FeeRule::ByTurnover { bands } => check_bands(bands),
            FeeRule::TurnoverShare { basis_points, floor, cap } => {
                if !(1..=10_000).contains(basis_points) {
                    Err(i18n::said("invalid-fee-share-range"))
                } else if *floor < 0 || floor > cap {
                    Err(i18n::said("invalid-fee-floor"))
                } else {
                    Ok(())
                }
            }
            FeeRule::InKind { hours, rate } if *hours <= 0 || *rate < 0 => Err(i18n::said("invalid-fee-in-kind")),
            FeeRule::InKind { .. } => Ok(()),
        }
    }

    /// The fee of a whole period for an organisation with these employees and turnover (minor
    /// units). An error says which figure of the organisation is missing.
    pub fn quote(&self, employees: Option<i64>, turnover: Option<i64>, currency: Currency) -> Result<FeeQuote, String> {
        let quote = |amount: i64, explanation: String| FeeQuote { amount, in_kind: false, explanation };
        match self {
            FeeRule::Flat { fee } => {
                Ok(quote(*fee, i18n::said_with("invalid-fee-quote-flat", &[("fee", money(*fee, currency))])))
            }
            FeeRule::ByEmployees { bands } => {
                let n = employees.ok_or_else(|| i18n::said("invalid-fee-no-headcount"))?;
                let band = band_of(bands, n);
                let within = band.up_to.map_or_else(
                    || i18n::said("invalid-fee-top-band"),
                    |u| i18n::said_with("invalid-fee-band-up-to", &[("limit", u.to_string())]),
                );
                Ok(quote(
                    band.fee,
                    i18n::said_with(
                        "invalid-fee-quote-employees",
                        &[("employees", n.to_string()), ("band", within), ("fee", money(band.fee, currency))],
                    ),
                ))
            }
            FeeRule::ByTurnover { bands } => {
                let t = turnover.ok_or_else(|| i18n::said("invalid-fee-no-turnover"))?;
                let band = band_of(bands, t);
                let within = band.up_to.map_or_else(
                    || i18n::said("invalid-fee-top-band"),
                    |u| i18n::said_with("invalid-fee-band-up-to", &[("limit", money(u, currency))]),
                );
                Ok(quote(
                    band.fee,
                    i18n::said_with(
                        "invalid-fee-quote-turnover",
                        &[("turnover", money(t, currency)), ("band", within), ("fee", money(band.fee, currency))],
                    ),
                ))
            }
            FeeRule::TurnoverShare { basis_points, floor, cap } => {
                let t = turnover.ok_or_else(|| i18n::said("invalid-fee-share-no-turnover"))?;
                let share = round_half_up(i128::from(t) * i128::from(*basis_points), 10_000);
                let amount = share.clamp(*floor, *cap);
                let percent = format!("{}.{:02} %", basis_points / 100, basis_points % 100);
                let args = [("share", percent), ("turnover", money(t, currency)), ("fee", money(amount, currency))];
                let explanation = if amount == *floor && share < *floor {
                    let args = [args.as_slice(), &[("floor", money(*floor, currency))]].concat();
                    i18n::said_with("invalid-fee-quote-share-floor", &args)
                } else if amount == *cap && share > *cap {
                    let args = [args.as_slice(), &[("cap", money(*cap, currency))]].concat();
                    i18n::said_with("invalid-fee-quote-share-cap", &args)
                } else {
                    i18n::said_with("invalid-fee-quote-share", &args)
                };
                Ok(quote(amount, explanation))
            }
            FeeRule::InKind { hours, rate } => {
                let amount = hours * rate;
                Ok(FeeQuote {
                    amount,
                    in_kind: true,
                    explanation: i18n::said_with(
                        "invalid-fee-quote-in-kind",
                        &[
                            ("hours", hours.to_string()),
                            ("rate", money(*rate, currency)),
                            ("worth", money(amount, currency)),
                        ],
                    ),
                })
            }
        }
    }
}

/// A fee rule as a form holds it: the rule's code and its figures as typed. Bands are written one
/// a line, `LIMIT: FEE`, the last one `rest: FEE` (`9: 300`, `49: 800`, `rest: 2000`).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeeRuleForm {
    /// flat, by_employees, by_turnover, turnover_share or in_kind.
    pub rule: Option<String>,
    pub fee: Option<String>,
    pub bands: Option<String>,
    pub share: Option<String>,
    pub floor: Option<String>,
    pub cap: Option<String>,
    pub hours: Option<String>,
    pub rate: Option<String>,
}

pub const RULES: [(&str, &str); 5] = [
    ("flat", "Flat fee"),
    ("by_employees", "Banded by employees"),
    ("by_turnover", "Banded by turnover"),
    ("turnover_share", "Share of turnover, with floor and cap"),
    ("in_kind", "In kind (hours at a rate)"),
];

fn band_lines(raw: &str, limit: impl Fn(&str) -> Result<i64, String>, currency: Currency) -> Result<Vec<Band>, String> {
    let mut bands = Vec::new();
    for (n, line) in raw.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        let (bound, fee) = line
            .rsplit_once(':')
            .ok_or_else(|| i18n::said_with("invalid-fee-band-format", &[("band", (n + 1).to_string())]))?;
        let problem =
            |e: String| i18n::said_with("invalid-fee-band-problem", &[("band", (n + 1).to_string()), ("problem", e)]);
        let fee = crate::written::parse_amount(fee, currency).map_err(problem)?;
        let bound = bound.trim().trim_start_matches("up to").trim();
        let up_to = if matches!(bound.to_lowercase().as_str(), "rest" | "more" | "above" | "*" | "") {
            None
        } else {
            Some(limit(bound).map_err(problem)?)
        };
        bands.push(Band { up_to, fee });
    }
    Ok(bands)
}

impl FeeRuleForm {
    /// The rule the form describes, checked; each problem names its field.
    pub fn parse(&self, currency: Currency) -> Result<FeeRule, crate::validation::Invalid> {
        let mut c = crate::validation::Collector::new();
        let text = |v: &Option<String>| v.as_deref().map(str::trim).unwrap_or_default().to_string();
        let amount = |v: &Option<String>| crate::written::parse_amount(&text(v), currency);
        let whole = |v: &Option<String>| {
            crate::written::parse_number(&text(v), None, true).and_then(|n| {
                n.parse::<i64>().map_err(|_| i18n::said_with("invalid-validation-whole-number", &[("value", text(v))]))
            })
        };
        let rule = match text(&self.rule).as_str() {
            "flat" => c.take("fee", amount(&self.fee)).map(|fee| FeeRule::Flat { fee }),
            "by_employees" => c
                .take("bands", band_lines(&text(&self.bands), |b| whole(&Some(b.to_string())), currency))
                .map(|bands| FeeRule::ByEmployees { bands }),
            "by_turnover" => c
                .take("bands", band_lines(&text(&self.bands), |b| crate::written::parse_amount(b, currency), currency))
                .map(|bands| FeeRule::ByTurnover { bands }),
            "turnover_share" => {
                let share = c.take("share", crate::written::parse_percent(&text(&self.share)));
                let floor = c.take("floor", amount(&self.floor));
                let cap = c.take("cap", amount(&self.cap));
                share.zip(floor).zip(cap).map(|((basis_points, floor), cap)| FeeRule::TurnoverShare {
                    basis_points,
                    floor,
                    cap,
                })
            }
            "in_kind" => {
                let hours = c.take("hours", whole(&self.hours));
                let rate = c.take("rate", amount(&self.rate));
                hours.zip(rate).map(|(hours, rate)| FeeRule::InKind { hours, rate })
            }
            other => {
                c.push("rule", i18n::said_with("invalid-fee-rule", &[("value", other.to_string())]));
                None
            }
        };
        if let Some(r) = &rule {
            let field = match r {
                FeeRule::ByEmployees { .. } | FeeRule::ByTurnover { .. } => "bands",
                FeeRule::TurnoverShare { .. } => "share",
                FeeRule::InKind { .. } => "hours",
                FeeRule::Flat { .. } => "fee",
            };
            c.take(field, r.check());
        }
        let rule = rule.unwrap_or(FeeRule::Flat { fee: 0 });
        c.finish(|| rule)
    }
}

impl FeeRule {
    /// The rule as its form shows it, the inverse of [`FeeRuleForm::parse`].
    pub fn to_form(&self, currency: Currency) -> FeeRuleForm {
        let amount = |minor: i64| Some(Money::new(minor, currency).to_decimal());
        let bands = |bands: &[Band], limit: &dyn Fn(i64) -> String| {
            Some(
                bands
                    .iter()
                    .map(|b| {
                        format!(
                            "{}: {}",
                            b.up_to.map_or_else(|| "rest".to_string(), limit),
                            amount(b.fee).unwrap_or_default()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
        };
        let code = |c: &str| Some(c.to_string());
        match self {
            FeeRule::Flat { fee } => FeeRuleForm { rule: code("flat"), fee: amount(*fee), ..Default::default() },
            FeeRule::ByEmployees { bands: b } => {
                FeeRuleForm { rule: code("by_employees"), bands: bands(b, &|n| n.to_string()), ..Default::default() }
            }
            FeeRule::ByTurnover { bands: b } => FeeRuleForm {
                rule: code("by_turnover"),
                bands: bands(b, &|n| Money::new(n, currency).to_decimal()),
                ..Default::default()
            },
            FeeRule::TurnoverShare { basis_points, floor, cap } => FeeRuleForm {
                rule: code("turnover_share"),
                share: Some(crate::written::percent_text(*basis_points).trim_end_matches(" %").to_string()),
                floor: amount(*floor),
                cap: amount(*cap),
                ..Default::default()
            },
            FeeRule::InKind { hours, rate } => FeeRuleForm {
                rule: code("in_kind"),
                hours: Some(hours.to_string()),
                rate: amount(*rate),
                ..Default::default()
            },
        }
    }

    /// The rule in a few words, for lists: "banded by employees: 4 bands".
    pub fn summary(&self, currency: Currency) -> String {
        match self {
            FeeRule::Flat { fee } => i18n::said_with("invalid-fee-summary-flat", &[("fee", money(*fee, currency))]),
            FeeRule::ByEmployees { bands } => {
                i18n::said_with("invalid-fee-summary-employees", &[("bands", bands.len().to_string())])
            }
            FeeRule::ByTurnover { bands } => {
                i18n::said_with("invalid-fee-summary-turnover", &[("bands", bands.len().to_string())])
            }
            FeeRule::TurnoverShare { basis_points, floor, cap } => i18n::said_with(
                "invalid-fee-summary-share",
                &[
                    ("share", crate::written::percent_text(*basis_points)),
                    ("floor", money(*floor, currency)),
                    ("cap", money(*cap, currency)),
                ],
            ),
            FeeRule::InKind { hours, rate } => i18n::said_with(
                "invalid-fee-summary-in-kind",
                &[("hours", hours.to_string()), ("rate", money(*rate, currency))],
            ),
        }
    }
}

fn check_bands(bands: &[Band]) -> Result<(), String> {
    let Some(last) = bands.last() else { return Err(i18n::said("invalid-fee-no-band")) };
    if last.up_to.is_some() {
        return Err(i18n::said("invalid-fee-last-band-open"));
    }
    if bands.iter().any(|b| b.fee < 0) {
        return Err(i18n::said("invalid-fee-negative"));
    }
    let bounds: Vec<i64> = bands[..bands.len() - 1]
        .iter()
        .map(|b| b.up_to.ok_or_else(|| i18n::said("invalid-fee-only-last-open")))
        .collect::<Result<_, _>>()?;
    if bounds.windows(2).any(|w| w[0] >= w[1]) || bounds.first().is_some_and(|b| *b < 0) {
        return Err(i18n::said("invalid-fee-bands-rise"));
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

        #[test]
        fn a_rule_reads_back_from_its_form(bands in checked_bands(), fee in 0i64..100_000_000, bp in 1i64..=10_000) {
            let rules = [
                FeeRule::Flat { fee },
                FeeRule::ByEmployees { bands: bands.clone() },
                FeeRule::ByTurnover { bands },
                FeeRule::TurnoverShare { basis_points: bp, floor: fee / 2, cap: fee },
                FeeRule::InKind { hours: 1 + fee % 500, rate: fee % 20_000 },
            ];
            for rule in rules {
                prop_assert_eq!(rule.to_form(EUR).parse(EUR).unwrap(), rule);
            }
        }
    }

    #[test]
    fn a_form_that_does_not_describe_a_rule_says_where() {
        let form = |rule: &str, bands: &str| FeeRuleForm {
            rule: Some(rule.into()),
            bands: Some(bands.into()),
            ..Default::default()
        };
        let e = form("by_employees", "9: 300\n49: 800").parse(EUR).unwrap_err();
        assert!(e.message_for("bands").unwrap().contains("last band"), "{e}");
        let e = form("by_employees", "9 300").parse(EUR).unwrap_err();
        assert!(e.message_for("bands").unwrap().contains("LIMIT: FEE"), "{e}");
        let e = form("by_employees", "nine: 300\nrest: 500").parse(EUR).unwrap_err();
        assert!(e.message_for("bands").unwrap().starts_with("band 1"), "{e}");
        assert!(form("lottery", "").parse(EUR).unwrap_err().message_for("rule").is_some());
        let ok = form("by_employees", "up to 9: 300\n49: 1.250,50\nrest: 2000").parse(EUR).unwrap();
        assert_eq!(
            ok,
            FeeRule::ByEmployees {
                bands: vec![
                    Band { up_to: Some(9), fee: 300_00 },
                    Band { up_to: Some(49), fee: 1_250_50 },
                    Band { up_to: None, fee: 2_000_00 }
                ]
            }
        );
    }
}
