//! Consent of a person to be contacted, per channel and purpose, with when, how and the source.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::validation::{Collector, Invalid, optional, required_text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Email,
    Phone,
    Post,
}

impl Channel {
    pub const ALL: [Channel; 3] = [Self::Email, Self::Phone, Self::Post];

    pub fn code(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Phone => "phone",
            Self::Post => "post",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Email => "Email",
            Self::Phone => "Phone",
            Self::Post => "Post",
        }
    }

    /// The channel of its code, or of a word for it in the languages of the files people import
    /// (English, Spanish, French, German, Italian, Polish), case and accents aside.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let folded = crate::text::fold(raw).replace([' ', '_'], "-");
        let words: &[(&str, Self)] = &[
            ("e-mail", Self::Email),
            ("mail", Self::Email),
            ("correo", Self::Email),
            ("correo-electronico", Self::Email),
            ("courriel", Self::Email),
            ("posta-elettronica", Self::Email),
            ("telephone", Self::Phone),
            ("telefono", Self::Phone),
            ("telefon", Self::Phone),
            ("tel", Self::Phone),
            ("mobile", Self::Phone),
            ("correo-postal", Self::Post),
            ("courrier", Self::Post),
            ("brief", Self::Post),
            ("posta", Self::Post),
            ("poczta", Self::Post),
            ("letter", Self::Post),
            ("mail-postal", Self::Post),
        ];
        Self::ALL
            .into_iter()
            .find(|c| c.code() == folded)
            .or_else(|| words.iter().find(|(w, _)| *w == folded).map(|(_, c)| *c))
            .ok_or_else(|| i18n::said_with("invalid-consent-channel", &[("value", raw.trim().to_string())]))
    }
}

/// A consent as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct ConsentInput {
    pub channel: Option<String>,
    /// What the person agreed to, such as "newsletter" or "event invitations".
    pub purpose: Option<String>,
    /// The day it was given.
    pub given_on: Option<String>,
    /// How and where: "registration form, 2026 annual meeting", "signed paper form".
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentFields {
    pub channel: Channel,
    pub purpose: String,
    pub given_on: NaiveDate,
    pub source: String,
}

impl ConsentInput {
    pub fn parse(&self, today: NaiveDate) -> Result<ConsentFields, Invalid> {
        let mut c = Collector::new();
        let channel = c.take("channel", Channel::parse(optional(self.channel.as_deref()).unwrap_or("")));
        let purpose = c.take("purpose", required_text(self.purpose.as_deref(), 200));
        let given_on = c.take(
            "given_on",
            optional(self.given_on.as_deref())
                .ok_or_else(|| i18n::said("invalid-validation-required"))
                .and_then(crate::interaction::parse_day)
                .and_then(|d| if d > today { Err(i18n::said("invalid-consent-in-future")) } else { Ok(d) }),
        );
        let source = c.take("source", required_text(self.source.as_deref(), 300));
        c.finish(|| ConsentFields {
            channel: channel.expect("checked"),
            purpose: purpose.expect("checked"),
            given_on: given_on.expect("checked"),
            source: source.expect("checked"),
        })
    }
}

/// A consent as recorded: given on a day from a source, and perhaps withdrawn since.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Consent {
    pub id: Uuid,
    pub contact_id: Uuid,
    pub channel: Channel,
    pub purpose: String,
    pub given_at: DateTime<Utc>,
    /// Where it was given: a form, a signed sheet, an import.
    pub source: String,
    pub recorded_by: String,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub withdrawn_by: Option<String>,
}

impl Consent {
    /// Whether it still stands.
    pub fn stands(&self) -> bool {
        self.withdrawn_at.is_none()
    }
}

/// What was done with a person's data under the GDPR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PrivacyAction {
    /// Everything stored about them was exported (GDPR art. 15 and 20).
    Export,
    /// Their personal data was erased (GDPR art. 17).
    Erasure,
}

impl PrivacyAction {
    pub const ALL: [PrivacyAction; 2] = [Self::Export, Self::Erasure];

    pub fn code(self) -> &'static str {
        match self {
            Self::Export => "export",
            Self::Erasure => "erasure",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.code() == raw)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Export => "Data exported",
            Self::Erasure => "Data erased",
        }
    }
}

/// One line of a person's privacy history.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PrivacyEvent {
    pub kind: PrivacyAction,
    pub done_by: String,
    pub created_at: DateTime<Utc>,
}

coded_by_hand!(Channel, PrivacyAction);

#[cfg(test)]
mod tests {

    #[test]
    fn channels_are_read_in_the_languages_of_the_files() {
        for (word, channel) in [
            ("email", Channel::Email),
            ("E-Mail", Channel::Email),
            ("Correo electrónico", Channel::Email),
            ("Téléphone", Channel::Phone),
            ("Telefono", Channel::Phone),
            ("Poczta", Channel::Post),
            ("post", Channel::Post),
        ] {
            assert_eq!(Channel::parse(word), Ok(channel), "{word}");
        }
        assert!(Channel::parse("pigeon").unwrap_err().contains("is not a channel"));
    }
    use super::*;

    #[test]
    fn a_consent_says_what_when_and_how() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let err =
            ConsentInput { channel: Some("fax".into()), given_on: Some("2027-01-01".into()), ..Default::default() }
                .parse(today)
                .unwrap_err();
        let fields: Vec<&str> = err.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["channel", "purpose", "given_on", "source"]);
        assert_eq!(err.message_for("given_on"), Some("cannot be in the future"));
        let ok = ConsentInput {
            channel: Some("email".into()),
            purpose: Some("Newsletter".into()),
            given_on: Some("14/11/2026".into()),
            source: Some("Annual meeting registration form".into()),
        }
        .parse(today)
        .unwrap();
        assert_eq!(ok.channel, Channel::Email);
    }
}
