//! NACE Rev. 2, the EU's classification of economic activities.

/// The sections of NACE Rev. 2 with the divisions (two-digit codes) that belong to them.
const SECTIONS: &[(char, u8, u8)] = &[
    ('A', 1, 3),
    ('B', 5, 9),
    ('C', 10, 33),
    ('D', 35, 35),
    ('E', 36, 39),
    ('F', 41, 43),
    ('G', 45, 47),
    ('H', 49, 53),
    ('I', 55, 56),
    ('J', 58, 63),
    ('K', 64, 66),
    ('L', 68, 68),
    ('M', 69, 75),
    ('N', 77, 82),
    ('O', 84, 84),
    ('P', 85, 85),
    ('Q', 86, 88),
    ('R', 90, 93),
    ('S', 94, 96),
    ('T', 97, 98),
    ('U', 99, 99),
];

/// A NACE Rev. 2 code at division, group or class level, kept as `29`, `29.1` or `29.10`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NaceCode(String);

impl NaceCode {
    /// Accepts `29.10`, `29.1`, `29`, `2910` and a leading section letter (`C29.10`, `C 29.10`).
    pub fn parse(raw: &str) -> Result<Self, String> {
        let bad = || i18n::said_with("invalid-nace-code", &[("value", raw.trim().to_string())]);
        let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        let mut chars = compact.chars();
        let (section, rest) = match chars.next() {
            Some(c) if c.is_ascii_alphabetic() => (Some(c.to_ascii_uppercase()), chars.as_str()),
            _ => (None, compact.as_str()),
        };
        let digits: String = rest.chars().filter(|c| *c != '.').collect();
        if digits.len() < 2 || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        if rest.contains('.') && rest.find('.') != Some(2) {
            return Err(bad());
        }
        let (division, class) = digits.split_at_checked(2).ok_or_else(bad)?;
        let division: u8 = division.parse().map_err(|_| bad())?;
        let found = SECTIONS.iter().find(|(_, lo, hi)| (*lo..=*hi).contains(&division)).ok_or_else(bad)?;
        if let Some(s) = section
            && s != found.0
        {
            return Err(i18n::said_with(
                "invalid-nace-section",
                &[("division", format!("{division:02}")), ("section", found.0.to_string()), ("written", s.to_string())],
            ));
        }
        let code = if class.is_empty() { format!("{division:02}") } else { format!("{division:02}.{class}") };
        Ok(NaceCode(code))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The section letter, such as `C` for manufacturing.
    pub fn section(&self) -> char {
        let division: u8 = self.0.get(..2).and_then(|d| d.parse().ok()).expect("parsed code");
        SECTIONS
            .iter()
            .find(|(_, lo, hi)| (*lo..=*hi).contains(&division))
            .map(|(s, _, _)| *s)
            .expect("parsed code has a section")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_the_common_spellings() {
        assert_eq!(NaceCode::parse("29.10").unwrap().as_str(), "29.10");
        assert_eq!(NaceCode::parse("C29.1").unwrap().as_str(), "29.1");
        assert_eq!(NaceCode::parse("c 2910").unwrap().as_str(), "29.10");
        assert_eq!(NaceCode::parse("62").unwrap().section(), 'J');
    }

    #[test]
    fn rejects_what_is_not_a_code() {
        assert!(NaceCode::parse("04.1").is_err(), "division 04 does not exist");
        assert!(NaceCode::parse("D29.10").is_err(), "29 is in section C");
        assert!(NaceCode::parse("2.910").is_err());
        assert!(NaceCode::parse("software").is_err());
        assert!(NaceCode::parse("29.101").is_err());
    }
}
