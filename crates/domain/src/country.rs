//! Countries as ISO 3166-1 alpha-2 codes, with their English names (ISO 3166-1's short names,
//! from the `isocountry` crate) for the lists people pick a country from.

const CODES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

/// Whether `code` is in CODES, which is sorted, two letters and a space each.
fn is_known(code: &str) -> bool {
    let (mut low, mut high) = (0, CODES.len().div_ceil(3));
    while low < high {
        let middle = (low + high) / 2;
        match CODES.get(middle * 3..middle * 3 + 2).unwrap_or_default().cmp(code) {
            std::cmp::Ordering::Less => low = middle + 1,
            std::cmp::Ordering::Greater => high = middle,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// A country code: two upper-case letters from ISO 3166-1 (plus XK for Kosovo).
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct Country(String);

impl Country {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let code = raw.trim().to_ascii_uppercase();
        // Greece is EL in EU statistics and VAT ids; ISO says GR.
        let code = if code == "EL" { "GR".to_string() } else { code };
        if is_known(&code) {
            Ok(Country(code))
        } else {
            Err(i18n::said_with("invalid-country-code", &[("value", raw.trim().to_string())]))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The country's English name, such as "Spain"; the code itself for one the ISO list does
    /// not name.
    pub fn name(&self) -> &'static str {
        name_of(&self.0).unwrap_or("")
    }
}

/// The English name of the country `code` (ISO 3166-1, plus Kosovo for XK).
fn name_of(code: &str) -> Option<&'static str> {
    if code == "XK" {
        return Some("Kosovo");
    }
    isocountry::CountryCode::for_alpha2(code).ok().map(|c| c.name())
}

/// Every country a form offers, by English name: its code and its name.
pub fn all() -> Vec<(&'static str, &'static str)> {
    let mut all: Vec<(&str, &str)> = CODES.split(' ').map(|code| (code, name_of(code).unwrap_or(code))).collect();
    all.sort_by_key(|(_, name)| crate::text::fold(name));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_list_is_sorted_for_its_search() {
        let codes: Vec<&str> = CODES.split(' ').collect();
        assert!(codes.windows(2).all(|w| w[0] < w[1]) && codes.iter().all(|c| c.len() == 2));
        assert!(codes.iter().all(|c| is_known(c)));
    }

    #[test]
    fn every_country_has_a_name_and_the_list_goes_by_name() {
        let all = all();
        assert_eq!(all.len(), CODES.split(' ').count());
        assert!(all.iter().all(|(code, name)| code != name && !name.is_empty()), "{all:?}");
        assert_eq!(Country::parse("es").unwrap().name(), "Spain");
        assert_eq!(Country::parse("XK").unwrap().name(), "Kosovo");
        let names: Vec<String> = all.iter().map(|(_, n)| crate::text::fold(n)).collect();
        assert!(names.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(all[0].1, "Afghanistan");
    }

    #[test]
    fn accepts_iso_codes_only() {
        assert_eq!(Country::parse(" es ").unwrap().as_str(), "ES");
        assert_eq!(Country::parse("EL").unwrap().as_str(), "GR");
        assert!(Country::parse("Spain").is_err());
        assert!(Country::parse("ZZ").is_err());
    }
}
