//! The languages of the network's clusters: each user reads clusterdesk in one, each cluster
//! writes its documents in one, each customer is written to in one. Codes are ISO 639-1, as
//! BCP 47 (RFC 5646) language tags and HTTP's `Accept-Language` (RFC 9110 §12.5.4) name them.

/// One of the nine languages clusterdesk is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Language {
    #[default]
    English,
    Bulgarian,
    French,
    German,
    Italian,
    Polish,
    Romanian,
    Spanish,
    Ukrainian,
}

impl Language {
    pub const ALL: [Language; 9] = [
        Language::English,
        Language::Bulgarian,
        Language::French,
        Language::German,
        Language::Italian,
        Language::Polish,
        Language::Romanian,
        Language::Spanish,
        Language::Ukrainian,
    ];

    /// The ISO 639-1 code: `en`, `bg`, `fr`, `de`, `it`, `pl`, `ro`, `es`, `uk`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Bulgarian => "bg",
            Language::French => "fr",
            Language::German => "de",
            Language::Italian => "it",
            Language::Polish => "pl",
            Language::Romanian => "ro",
            Language::Spanish => "es",
            Language::Ukrainian => "uk",
        }
    }

    /// The language's name in itself, as a switcher offers it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Bulgarian => "Български",
            Language::French => "Français",
            Language::German => "Deutsch",
            Language::Italian => "Italiano",
            Language::Polish => "Polski",
            Language::Romanian => "Română",
            Language::Spanish => "Español",
            Language::Ukrainian => "Українська",
        }
    }

    /// The language of a code or of a language tag (`es`, `ES`, `es-ES`, `pt_BR` is none).
    /// Errors: a tag of a language clusterdesk is not written in, with the ones it is.
    pub fn parse(tag: &str) -> Result<Language, String> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary).ok_or_else(|| {
            let known: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
            crate::said_with("invalid-language", &[("value", tag.trim().to_string()), ("codes", known.join(", "))])
        })
    }

    /// The language people of a country (ISO 3166-1 alpha-2) read first, among the nine; English
    /// for any other country.
    pub fn of_country(country: &str) -> Language {
        match country.trim().to_ascii_uppercase().as_str() {
            "BG" => Language::Bulgarian,
            "FR" | "BE" | "LU" => Language::French,
            "DE" | "AT" => Language::German,
            "IT" => Language::Italian,
            "PL" => Language::Polish,
            "RO" | "MD" => Language::Romanian,
            "ES" => Language::Spanish,
            "UA" => Language::Ukrainian,
            _ => Language::English,
        }
    }

    /// The language a browser asks for first among the nine, from an `Accept-Language` header
    /// (`pl-PL,pl;q=0.9,en;q=0.8`): the highest quality wins, the first listed among equals; a
    /// range of quality 0 is refused; `*` and unknown languages are passed over. `None` when no
    /// range names one of the nine.
    pub fn preferred(accept_language: &str) -> Option<Language> {
        Self::preferred_with_region(accept_language).map(|(language, _)| language)
    }

    /// [`Language::preferred`] with the region of the tag that asked for it (`US` of `en-US`,
    /// upper case), when the tag names one: a language's people in another region may write
    /// numbers and dates otherwise.
    pub fn preferred_with_region(accept_language: &str) -> Option<(Language, Option<String>)> {
        let mut best: Option<(u16, Language, &str)> = None;
        for range in accept_language.split(',').take(32) {
            let mut parts = range.split(';');
            let tag = parts.next().unwrap_or_default().trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q=").or_else(|| p.trim().strip_prefix("Q=")))
                .map_or(Some(1000), thousandths);
            let (Some(quality), Ok(language)) = (quality, Language::parse(tag)) else { continue };
            if quality > 0 && best.is_none_or(|(q, _, _)| quality > q) {
                best = Some((quality, language, tag));
            }
        }
        best.map(|(_, language, tag)| {
            let region = tag
                .split(['-', '_'])
                .skip(1)
                .find(|s| s.len() == 2 && s.chars().all(|c| c.is_ascii_alphabetic()))
                .map(str::to_ascii_uppercase);
            (language, region)
        })
    }
}

/// A quality value (`0`, `0.8`, `1.000`) in thousandths; `None` when it is not one.
fn thousandths(q: &str) -> Option<u16> {
    let q = q.trim();
    let (whole, fraction) = q.split_once('.').unwrap_or((q, ""));
    if fraction.len() > 3 || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let fraction: u16 = format!("{fraction:0<3}").parse().ok()?;
    match whole {
        "0" => Some(fraction),
        "1" if fraction == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_tags_read_back() {
        for l in Language::ALL {
            assert_eq!(Language::parse(l.code()), Ok(l));
        }
        assert_eq!(Language::parse(" es-ES "), Ok(Language::Spanish));
        assert_eq!(Language::parse("UK_ua"), Ok(Language::Ukrainian));
        assert!(Language::parse("pt-BR").unwrap_err().contains("en, bg, fr"));
        assert!(Language::parse("").is_err());
        assert_eq!(Language::of_country("es"), Language::Spanish);
        assert_eq!(Language::of_country("IE"), Language::English);
    }

    #[test]
    fn the_browser_preference_is_read_by_quality() {
        assert_eq!(Language::preferred("pl-PL,pl;q=0.9,en;q=0.8"), Some(Language::Polish));
        assert_eq!(Language::preferred("pt-BR, it;q=0.5, de;q=0.7"), Some(Language::German));
        assert_eq!(Language::preferred("fr;q=0.5, ro;q=0.5"), Some(Language::French), "the first of equals");
        assert_eq!(Language::preferred("es;q=0, en;q=0.1"), Some(Language::English), "q=0 refuses");
        assert_eq!(Language::preferred("*, ja"), None);
        assert_eq!(Language::preferred(""), None);
        assert_eq!(Language::preferred("de;q=2, bg;q=0.3"), Some(Language::Bulgarian), "a bad quality is passed over");
        assert_eq!(Language::preferred("uk;q=1.000"), Some(Language::Ukrainian));
    }

    #[test]
    fn the_region_is_that_of_the_tag_preferred() {
        let region = |header| Language::preferred_with_region(header).and_then(|(_, region)| region);
        assert_eq!(Language::preferred_with_region("en-US,en;q=0.9"), Some((Language::English, Some("US".into()))));
        assert_eq!(region("en-us;q=0.5, en;q=0.9"), None, "the preferred tag names no region");
        assert_eq!(region("de_ch"), Some("CH".into()));
        assert_eq!(region("sr-Latn-RS, ro-MD;q=0.8"), Some("MD".into()), "Serbian is none of the nine");
        assert_eq!(region("es-419, ro-MD;q=0.8"), None, "419 is no region of two letters");
        assert_eq!(region("pl"), None);
    }
}
