//! An organisation's yearly company figures: employees, turnover, exports, R&D spending, new
//! products, new foreign markets and digital maturity, each with where it came from. The
//! company-performance survey brings them; figures that differ from those known wait for the
//! team's review.

use crate::money::Currency;
use crate::survey::{Answer, Answers};
use crate::validation::{Collector, Invalid, optional};

coded!(
    /// Where a year's figures came from.
    FigureSource,
    "a source of figures",
    [(Survey, "survey", "Survey"), (Entry, "entry", "Entered"), (Import, "import", "Imported")]
);

/// One year's figures of one organisation; a figure not known is `None`. Money in minor units of
/// the cluster's currency; digital maturity from 1 (paper and e-mail) to 5 (fully digital).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompanyFigures {
    pub employees: Option<i64>,
    pub turnover_minor: Option<i64>,
    pub exports_minor: Option<i64>,
    pub rd_spending_minor: Option<i64>,
    pub new_products: Option<i64>,
    pub new_foreign_markets: Option<i64>,
    pub digital_maturity: Option<i64>,
}

impl CompanyFigures {
    /// The figures a company-performance survey's answers give, by the keys of
    /// [`crate::survey::COMPANY_FIGURE_KEYS`]; answers of other kinds are left out.
    pub fn from_answers(answers: &Answers) -> CompanyFigures {
        let number = |key: &str| match answers.get(key) {
            Some(Answer::Number(n) | Answer::Money(n)) => Some(*n),
            Some(Answer::Scale(p)) => Some(i64::from(*p)),
            _ => None,
        };
        CompanyFigures {
            employees: number("employees"),
            turnover_minor: number("turnover"),
            exports_minor: number("exports"),
            rd_spending_minor: number("rd_spending"),
            new_products: number("new_products"),
            new_foreign_markets: number("new_foreign_markets"),
            digital_maturity: number("digital_maturity"),
        }
    }

    fn fields(&self) -> [(&'static str, Option<i64>); 7] {
        [
            ("employees", self.employees),
            ("turnover", self.turnover_minor),
            ("exports", self.exports_minor),
            ("rd_spending", self.rd_spending_minor),
            ("new_products", self.new_products),
            ("new_foreign_markets", self.new_foreign_markets),
            ("digital_maturity", self.digital_maturity),
        ]
    }

    /// Whether no figure is known.
    pub fn is_empty(&self) -> bool {
        self.fields().iter().all(|(_, v)| v.is_none())
    }

    /// The figures `proposed` gives that differ from these (a figure these do not know is no
    /// difference: it only adds), by field name.
    pub fn differences(&self, proposed: &CompanyFigures) -> Vec<&'static str> {
        self.fields()
            .iter()
            .zip(proposed.fields())
            .filter_map(|((name, known), (_, new))| match (known, new) {
                (Some(k), Some(n)) if *k != n => Some(*name),
                _ => None,
            })
            .collect()
    }

    /// These figures with those `proposed` gives laid over them.
    pub fn with(&self, proposed: &CompanyFigures) -> CompanyFigures {
        CompanyFigures {
            employees: proposed.employees.or(self.employees),
            turnover_minor: proposed.turnover_minor.or(self.turnover_minor),
            exports_minor: proposed.exports_minor.or(self.exports_minor),
            rd_spending_minor: proposed.rd_spending_minor.or(self.rd_spending_minor),
            new_products: proposed.new_products.or(self.new_products),
            new_foreign_markets: proposed.new_foreign_markets.or(self.new_foreign_markets),
            digital_maturity: proposed.digital_maturity.or(self.digital_maturity),
        }
    }
}

/// A year's figures as a form or the API types them; empty fields are not known.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FiguresInput {
    pub employees: Option<String>,
    /// In the cluster's currency: `1.250.000` or `1250000.00`.
    pub turnover: Option<String>,
    pub exports: Option<String>,
    pub rd_spending: Option<String>,
    pub new_products: Option<String>,
    pub new_foreign_markets: Option<String>,
    /// From 1 to 5.
    pub digital_maturity: Option<String>,
}

/// The most a figure holds: a thousand billion (of people, products or major units).
const FIGURE_MAX: i64 = 1_000_000_000_000;

impl FiguresInput {
    /// # Errors
    /// By field: a count that is not a whole number from 0, an amount that is not one or is
    /// negative, a digital maturity off 1 to 5, or nothing given at all.
    pub fn parse(&self, currency: Currency) -> Result<CompanyFigures, Invalid> {
        let mut c = Collector::new();
        let count = |c: &mut Collector, field: &str, raw: &Option<String>| {
            optional(raw.as_deref()).and_then(|r| {
                c.take(
                    field,
                    crate::written::parse_number(r, None, true)
                        .ok()
                        .and_then(|p| p.parse::<i64>().ok())
                        .filter(|n| (0..=FIGURE_MAX).contains(n))
                        .ok_or_else(|| i18n::said_with("invalid-figures-count", &[("value", r.to_string())])),
                )
            })
        };
        let money = |c: &mut Collector, field: &str, raw: &Option<String>| {
            optional(raw.as_deref()).and_then(|r| {
                c.take(
                    field,
                    crate::written::parse_amount(r, currency).and_then(|m| {
                        if (0..=FIGURE_MAX * 100).contains(&m) {
                            Ok(m)
                        } else {
                            Err(i18n::said("invalid-figures-amount"))
                        }
                    }),
                )
            })
        };
        let figures = CompanyFigures {
            employees: count(&mut c, "employees", &self.employees),
            turnover_minor: money(&mut c, "turnover", &self.turnover),
            exports_minor: money(&mut c, "exports", &self.exports),
            rd_spending_minor: money(&mut c, "rd_spending", &self.rd_spending),
            new_products: count(&mut c, "new_products", &self.new_products),
            new_foreign_markets: count(&mut c, "new_foreign_markets", &self.new_foreign_markets),
            digital_maturity: count(&mut c, "digital_maturity", &self.digital_maturity),
        };
        if figures.digital_maturity.is_some_and(|d| !(1..=5).contains(&d)) {
            c.push("digital_maturity", i18n::said("invalid-figures-digital-maturity"));
        }
        if c.is_empty() && figures.is_empty() {
            c.push("employees", i18n::said("invalid-figures-none"));
        }
        c.finish(|| figures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_survey_gives_figures_and_only_changed_known_ones_are_differences() {
        let answers: Answers = [
            ("employees".to_string(), Answer::Number(42)),
            ("turnover".to_string(), Answer::Money(530_000_000)),
            ("digital_maturity".to_string(), Answer::Scale(3)),
            ("comment".to_string(), Answer::Text("n/a".into())),
        ]
        .into_iter()
        .collect();
        let proposed = CompanyFigures::from_answers(&answers);
        assert_eq!(
            proposed,
            CompanyFigures {
                employees: Some(42),
                turnover_minor: Some(530_000_000),
                digital_maturity: Some(3),
                ..Default::default()
            }
        );
        let known = CompanyFigures { employees: Some(40), exports_minor: Some(1), ..Default::default() };
        assert_eq!(known.differences(&proposed), vec!["employees"], "turnover only adds");
        let merged = known.with(&proposed);
        assert_eq!(
            (merged.employees, merged.exports_minor, merged.turnover_minor),
            (Some(42), Some(1), Some(530_000_000))
        );
        assert!(proposed.differences(&proposed).is_empty());
    }

    #[test]
    fn typed_figures_are_counts_amounts_and_a_maturity_from_1_to_5() {
        let input = FiguresInput {
            employees: Some("1.250".into()),
            turnover: Some("2.500.000,00".into()),
            digital_maturity: Some("4".into()),
            ..Default::default()
        };
        let f = input.parse(Currency::EUR).unwrap();
        assert_eq!((f.employees, f.turnover_minor, f.digital_maturity), (Some(1_250), Some(250_000_000), Some(4)));
        let bad = FiguresInput {
            employees: Some("-3".into()),
            exports: Some("-5".into()),
            digital_maturity: Some("9".into()),
            ..Default::default()
        };
        let e = bad.parse(Currency::EUR).unwrap_err();
        assert!(e.message_for("employees").is_some() && e.message_for("exports").is_some());
        assert!(e.message_for("digital_maturity").is_some());
        assert!(FiguresInput::default().parse(Currency::EUR).unwrap_err().message_for("employees").is_some());
    }
}
