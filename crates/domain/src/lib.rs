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
                    format!("'{raw}' is not {}; use one of {}", $what, codes.join(", "))
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
