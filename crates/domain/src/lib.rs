//! The rules of clusterdesk: the words of the domain as types, and the checks that make a value
//! of each. Nothing here does IO, so every rule can be tested on its own.

/// An enumeration stored and sent as its codes (`snake_case`), with a label for people: `ALL`,
/// `code`, `label`, and `parse`, whose error names the codes.
macro_rules! coded {
    ($(#[$doc:meta])* $name:ident, $what:literal, [$(($variant:ident, $code:literal, $label:literal)),+ $(,)?]) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label),+
                }
            }

            pub fn parse(raw: &str) -> Result<Self, String> {
                let raw = raw.trim();
                Self::ALL.iter().copied().find(|k| k.code() == raw).ok_or_else(|| {
                    let codes: Vec<&str> = Self::ALL.iter().map(|k| k.code()).collect();
                    crate::not_coded(stringify!($name), raw, &codes.join(", "))
                })
            }
        }

        impl crate::Coded for $name {
            const NAME: &'static str = stringify!($name);

            fn code(self) -> &'static str {
                $name::code(self)
            }

            fn label(self) -> &'static str {
                $name::label(self)
            }
        }
    };
}

/// Why `raw` is no value of the enumeration `name` made by `coded!`, with its codes, in the
/// reader's language.
fn not_coded(name: &str, raw: &str, codes: &str) -> String {
    let args = [("value", raw.to_string()), ("codes", codes.to_string())];
    match name {
        "IncomeStream" => i18n::said_with("invalid-domain-not-income-stream", &args),
        "CostKind" => i18n::said_with("invalid-domain-not-cost-kind", &args),
        "Basis" => i18n::said_with("invalid-domain-not-basis", &args),
        "Origin" => i18n::said_with("invalid-domain-not-origin", &args),
        "StaffRole" => i18n::said_with("invalid-domain-not-staff-role", &args),
        "OrganisationModel" => i18n::said_with("invalid-domain-not-organisation-model", &args),
        "Template" => i18n::said_with("invalid-domain-not-template", &args),
        "Group" => i18n::said_with("invalid-domain-not-group", &args),
        "Unit" => i18n::said_with("invalid-domain-not-unit", &args),
        "IndicatorDirection" => i18n::said_with("invalid-domain-not-indicator-direction", &args),
        "Source" => i18n::said_with("invalid-domain-not-source", &args),
        "Periodicity" => i18n::said_with("invalid-domain-not-periodicity", &args),
        "EvidenceKind" => i18n::said_with("invalid-domain-not-evidence-kind", &args),
        "ProjectScope" => i18n::said_with("invalid-domain-not-project-scope", &args),
        "ProjectArea" => i18n::said_with("invalid-domain-not-project-area", &args),
        "ProjectStage" => i18n::said_with("invalid-domain-not-project-stage", &args),
        "ParticipantRole" => i18n::said_with("invalid-domain-not-participant-role", &args),
        "BudgetCategory" => i18n::said_with("invalid-domain-not-budget-category", &args),
        "IdeaSource" => i18n::said_with("invalid-domain-not-idea-source", &args),
        "FigureSource" => i18n::said_with("invalid-domain-not-figure-source", &args),
        "ActionStatus" => i18n::said_with("invalid-domain-not-action-status", &args),
        "ActionStanding" => i18n::said_with("invalid-domain-not-action-standing", &args),
        "Activity" => i18n::said_with("invalid-domain-not-activity", &args),
        "EventKind" => i18n::said_with("invalid-domain-not-event-kind", &args),
        "EventFormat" => i18n::said_with("invalid-domain-not-event-format", &args),
        "RegistrationStatus" => i18n::said_with("invalid-domain-not-registration-status", &args),
        "Attendance" => i18n::said_with("invalid-domain-not-attendance", &args),
        "RegistrationCheck" => i18n::said_with("invalid-domain-not-registration-check", &args),
        "RequestState" => i18n::said_with("invalid-domain-not-request-state", &args),
        "Comparison" => i18n::said_with("invalid-domain-not-comparison", &args),
        // An enumeration without a sentence of its own is refused in general words.
        _ => i18n::said_with("invalid-domain-not-coded", &[("value", raw.to_string()), ("codes", codes.to_string())]),
    }
}

/// [`Coded`] for an enum written by hand with its own `code` and `label`.
macro_rules! coded_by_hand {
    ($($name:ident),+) => {$(
        impl crate::Coded for $name {
            const NAME: &'static str = stringify!($name);

            fn code(self) -> &'static str {
                $name::code(self)
            }

            fn label(self) -> &'static str {
                $name::label(self)
            }
        }
    )+};
}

/// A value of an enumeration made by `coded!`: the enumeration's name and the value's code,
/// from which a page finds its label in the reader's language (the message
/// `{enumeration-name}-{code}`, both in kebab case: `event-kind-company-visit`), and its English
/// label.
pub trait Coded: Copy {
    const NAME: &'static str;
    fn code(self) -> &'static str;
    fn label(self) -> &'static str;

    /// The message key of this value's label.
    fn message_key(self) -> String {
        let mut key = String::new();
        for (i, c) in Self::NAME.char_indices() {
            if c.is_ascii_uppercase() && i > 0 {
                key.push('-');
            }
            key.push(c.to_ascii_lowercase());
        }
        key.push('-');
        key.push_str(&self.code().replace('_', "-"));
        key
    }

    /// The label in the reader's language ([`i18n::reader`]): its message
    /// ([`Coded::message_key`]), else its English label.
    fn said_label(self) -> String {
        let key = self.message_key();
        i18n::own_text(i18n::reader(), &key)
            .or_else(|| i18n::own_text(i18n::Language::English, &key))
            .unwrap_or_else(|| self.label().to_string())
    }
}

pub mod access;
pub mod cluster;
pub mod consent;
pub mod contact;
pub mod country;
pub mod economics;
pub mod event;
pub mod fee;
pub mod figures;
pub mod group;
pub mod id;
pub mod import;
pub mod indicator_set;
pub mod interaction;
pub mod invoice;
pub use i18n::language;
pub mod mail;
pub mod membership;
pub mod money;
pub mod monitoring;
pub mod nace;
pub mod organisation;
pub mod period;
pub mod project;
pub mod segment;
pub mod service;
pub mod strategy;
pub mod survey;
pub mod task;
pub mod text;
pub mod time_zone;
pub mod validation;
pub mod value_chain;
pub mod written;

pub use validation::{FieldError, Invalid};

/// One page of a list, with the number of items that match in all pages.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: i64,
}
