//! The network's taxonomy of value-chain segments and technologies, each organisation's place in
//! it, and what organisations offer and need.

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// What a term of the taxonomy names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum TermKind {
    /// A step of the value chain the cluster covers, such as "Battery cells".
    Segment,
    Technology,
}

impl TermKind {
    pub const ALL: [TermKind; 2] = [Self::Segment, Self::Technology];

    pub fn code(self) -> &'static str {
        match self {
            Self::Segment => "segment",
            Self::Technology => "technology",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Segment => "Value-chain segment",
            Self::Technology => "Technology",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|k| k.code() == raw.trim())
            .ok_or_else(|| i18n::said_with("invalid-value-chain-term-kind", &[("value", raw.trim().to_string())]))
    }
}

/// A term of the network's taxonomy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub id: Uuid,
    pub kind: TermKind,
    pub name: String,
}

/// Whether an organisation offers something or needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Offer,
    Need,
}

impl Direction {
    pub fn code(self) -> &'static str {
        match self {
            Self::Offer => "offer",
            Self::Need => "need",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Offer => "Offer",
            Self::Need => "Need",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, String> {
        match raw.trim() {
            "offer" => Ok(Self::Offer),
            "need" => Ok(Self::Need),
            _ => Err(i18n::said("invalid-value-chain-direction")),
        }
    }
}

/// Something an organisation offers or needs, possibly placed on a term of the taxonomy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferOrNeed {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub direction: Direction,
    pub title: String,
    pub description: Option<String>,
    pub term_id: Option<Uuid>,
    pub created_at: DateTime<Utc>,
}
