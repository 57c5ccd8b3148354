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
            Err(i18n::said_with("invalid-cluster-slug", &[("value", s.to_string())]))
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
            other => Err(i18n::said_with("invalid-cluster-maturity", &[("value", other.to_string())])),
        }
    }
}

/// A cluster organisation: the tenant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    pub id: uuid::Uuid,
    pub slug: String,
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub region_code: Option<String>,
    pub region_name: Option<String>,
    pub base_currency: crate::money::Currency,
    /// The fields the cluster works in, such as "mobility" and "logistics".
    pub domains: Vec<String>,
    /// 1 for a fiscal year that is the calendar year, 7 for one from July.
    pub fiscal_year_start_month: i32,
    pub maturity: Maturity,
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// The IANA time zone the cluster chose, when it is not its country's.
    pub time_zone_override: Option<crate::time_zone::Tz>,
    /// How registrations from its public pages are checked.
    pub registration_check: crate::event::RegistrationCheck,
    /// Where its privacy notice is published (http or https), linked from every public form.
    pub privacy_notice_url: Option<String>,
    /// The language the cluster chose for its documents, when it is not its country's.
    pub language_override: Option<crate::language::Language>,
}

impl Cluster {
    /// The fiscal year that holds `day`, named by the calendar year it starts in: with a year from
    /// July, 15 March 2027 is in 2026.
    pub fn fiscal_year_of(&self, day: chrono::NaiveDate) -> i32 {
        use chrono::Datelike;
        let start_month = self.fiscal_year_start_month.clamp(1, 12) as u32;
        if day.month() >= start_month { day.year() } else { day.year() - 1 }
    }

    /// The cluster's time zone: the one it chose, else its country's capital's.
    pub fn time_zone(&self) -> crate::time_zone::Tz {
        self.time_zone_override.unwrap_or_else(|| crate::time_zone::of_country(&self.country))
    }

    /// The language of the cluster's documents, and of mail to those who chose none: the one it
    /// chose, else its country's ([`crate::language::Language::of_country`]).
    pub fn language(&self) -> crate::language::Language {
        self.language_override.unwrap_or_else(|| crate::language::Language::of_country(&self.country))
    }
}

/// What a cluster prints on its invoices as their issuer; empty fields are left off.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BillingDetails {
    pub legal_name: Option<String>,
    pub address: Option<String>,
    pub vat_id: Option<String>,
    pub iban: Option<String>,
    /// Where members write about invoices; reminders come from and answer to it.
    pub billing_email: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fiscal_year_is_named_by_the_calendar_year_it_starts_in() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let mut cluster = Cluster {
            id: uuid::Uuid::nil(),
            slug: "x".into(),
            name: "X".into(),
            country: "ES".into(),
            region_code: None,
            region_name: None,
            base_currency: crate::money::Currency::EUR,
            domains: Vec::new(),
            fiscal_year_start_month: 7,
            maturity: Maturity::Mature,
            created_at: chrono::DateTime::UNIX_EPOCH,
            time_zone_override: None,
            registration_check: crate::event::RegistrationCheck::Mail,
            privacy_notice_url: None,
            language_override: None,
        };
        assert_eq!(cluster.language(), crate::language::Language::Spanish, "its country's");
        for (on, year) in [(day(2027, 3, 15), 2026), (day(2026, 7, 1), 2026), (day(2026, 6, 30), 2025)] {
            assert_eq!(cluster.fiscal_year_of(on), year, "{on}");
        }
        cluster.fiscal_year_start_month = 1;
        assert_eq!((cluster.fiscal_year_of(day(2026, 1, 1)), cluster.fiscal_year_of(day(2026, 12, 31))), (2026, 2026));
    }

    #[test]
    fn slugs_are_address_safe() {
        assert!(Slug::parse("mobility-basque").is_ok());
        assert!(Slug::parse("Mobility").is_err());
        assert!(Slug::parse("-x").is_err());
        assert!(Slug::parse("a b").is_err());
        assert_eq!(Maturity::parse("mature").unwrap().code(), "mature");
    }
}
