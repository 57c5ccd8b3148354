//! People at organisations.

use crate::validation::{Collector, Invalid, optional, optional_text, required_text};

/// A contact's fields as typed by a person.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactInput {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub position: Option<String>,
    /// Roles in the cluster, such as "board member; working group mobility".
    pub cluster_roles: Option<String>,
    /// yes when invoices and reminders of the organisation go to this person.
    pub billing_contact: Option<String>,
}

/// A contact's fields once checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactFields {
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub position: Option<String>,
    pub cluster_roles: Option<String>,
    /// Invoices and payment reminders of the organisation go to its billing contacts (or, when it
    /// has none, to every contact with an address).
    pub billing_contact: bool,
}

impl ContactFields {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }
}

impl ContactFields {
    /// The fields back as text, the inverse of [`ContactInput::parse`].
    pub fn to_input(&self) -> ContactInput {
        ContactInput {
            first_name: Some(self.first_name.clone()),
            last_name: Some(self.last_name.clone()),
            email: self.email.clone(),
            phone: self.phone.clone(),
            position: self.position.clone(),
            cluster_roles: self.cluster_roles.clone(),
            billing_contact: self.billing_contact.then(|| "yes".to_string()),
        }
    }

    /// The key that finds the same person again: the email, compared without case.
    pub fn email_key(&self) -> Option<String> {
        self.email.as_ref().map(|e| e.to_lowercase())
    }
}

impl ContactInput {
    pub fn parse(&self) -> Result<ContactFields, Invalid> {
        let mut c = Collector::new();
        let first_name = c.take("first_name", required_text(self.first_name.as_deref(), 100));
        let last_name = c.take("last_name", required_text(self.last_name.as_deref(), 100));
        let email = c.take("email", optional(self.email.as_deref()).map(parse_email).transpose());
        let phone = c.take("phone", optional(self.phone.as_deref()).map(parse_phone).transpose());
        let position = c.take("position", optional_text(self.position.as_deref(), 120));
        let cluster_roles = c.take("cluster_roles", optional_text(self.cluster_roles.as_deref(), 300));
        let billing_contact = c.take("billing_contact", crate::validation::yes_no(&self.billing_contact, false));
        c.finish(|| ContactFields {
            first_name: first_name.expect("checked"),
            last_name: last_name.expect("checked"),
            email: email.expect("checked"),
            phone: phone.expect("checked"),
            position: position.expect("checked"),
            cluster_roles: cluster_roles.expect("checked"),
            billing_contact: billing_contact.expect("checked"),
        })
    }
}

/// An email address, lower-cased in its domain part. The check is deliberately plain: one `@`,
/// something before it, a dotted domain after it, no spaces.
pub fn parse_email(raw: &str) -> Result<String, String> {
    let s = raw.trim();
    let bad = || i18n::said_with("invalid-contact-email", &[("value", s.to_string())]);
    let (local, domain) = s.split_once('@').ok_or_else(bad)?;
    let ok = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && s.len() <= 254;
    if ok { Ok(format!("{local}@{}", domain.to_lowercase())) } else { Err(bad()) }
}

/// A phone number as people write it: digits, spaces, and `+ ( ) - . /`.
pub fn parse_phone(raw: &str) -> Result<String, String> {
    let s = raw.trim();
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let ok = s.chars().all(|c| c.is_ascii_digit() || " +()-./".contains(c)) && (5..=20).contains(&digits);
    if ok { Ok(s.to_string()) } else { Err(i18n::said_with("invalid-contact-phone", &[("value", s.to_string())])) }
}

/// A contact: a person at one of the cluster's organisations, with the organisation's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub id: uuid::Uuid,
    pub organisation_id: uuid::Uuid,
    pub organisation_name: String,
    pub fields: ContactFields,
    pub archived_at: Option<chrono::DateTime<chrono::Utc>>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// The language mail to them is written in: their own, else their organisation's; `None`:
    /// the cluster's.
    pub language: Option<crate::language::Language>,
}

/// How a list of contacts is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContactSort {
    #[default]
    Name,
    Organisation,
    Created,
}

impl ContactSort {
    pub const ALL: [ContactSort; 3] = [Self::Name, Self::Organisation, Self::Created];

    pub fn code(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Organisation => "organisation",
            Self::Created => "created",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == raw)
    }
}

/// Which contacts a list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactFilter {
    /// Part of the name or email, case and accents ignored.
    pub search: Option<String>,
    pub organisation_id: Option<uuid::Uuid>,
    pub archived: bool,
    pub sort: ContactSort,
    pub descending: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_needs_names_and_a_real_email() {
        let err = ContactInput { email: Some("ana at example".into()), ..Default::default() }.parse().unwrap_err();
        assert_eq!(err.message_for("first_name"), Some("is required"));
        assert!(err.message_for("email").unwrap().contains("not an email"));
        let ok = ContactInput {
            first_name: Some("Ana".into()),
            last_name: Some("Etxeberria".into()),
            email: Some("Ana.E@Movilidad.EXAMPLE".into()),
            phone: Some("+34 944 000 001".into()),
            ..Default::default()
        }
        .parse()
        .unwrap();
        assert_eq!(ok.email.as_deref(), Some("Ana.E@movilidad.example"));
        assert!(parse_phone("call me").is_err());
    }
}
