//! Clusters, the tenants of a network.

/// The short name of a cluster in addresses: lower-case letters, digits and dashes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Slug(String);

impl Slug {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let s = raw.trim();
        let ok = (2..=40).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-');
        if ok {
            Ok(Slug(s.to_string()))
        } else {
            Err(format!("'{s}' is not a cluster slug (2 to 40 lower-case letters, digits and dashes)"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// How far a cluster organisation has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Maturity {
    Emerging,
    Developing,
    Mature,
}

impl Maturity {
    pub fn code(self) -> &'static str {
        match self {
            Self::Emerging => "emerging",
            Self::Developing => "developing",
            Self::Mature => "mature",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, String> {
        match raw.trim() {
            "emerging" => Ok(Self::Emerging),
            "developing" => Ok(Self::Developing),
            "mature" => Ok(Self::Mature),
            other => Err(format!("'{other}' is not a maturity; use emerging, developing or mature")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_address_safe() {
        assert!(Slug::parse("mobility-basque").is_ok());
        assert!(Slug::parse("Mobility").is_err());
        assert!(Slug::parse("-x").is_err());
        assert!(Slug::parse("a b").is_err());
        assert_eq!(Maturity::parse("mature").unwrap().code(), "mature");
    }
}
