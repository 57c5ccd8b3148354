//! Imports of organisations and contacts from files: what an import was, and what it may undo.

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// What a file is imported into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ImportTarget {
    Organisations,
    Contacts,
    /// Memberships brought over from another system.
    Memberships,
    /// Open invoices of another system, with what was paid on them.
    Invoices,
    /// Lines of the structure's ledger from the accounting program: income and costs per year.
    Ledger,
    /// Answers to a survey campaign given in another tool (a web form or survey service).
    SurveyAnswers,
}

impl ImportTarget {
    /// The targets of the import page; survey answers are imported into a campaign, from its page.
    pub const ALL: [ImportTarget; 5] =
        [Self::Organisations, Self::Contacts, Self::Memberships, Self::Invoices, Self::Ledger];

    /// What a person reads: "organisations", "open invoices".
    pub fn label(self) -> &'static str {
        match self {
            Self::Organisations => "organisations",
            Self::Contacts => "contacts",
            Self::Memberships => "memberships",
            Self::Invoices => "open invoices",
            Self::Ledger => "ledger lines",
            Self::SurveyAnswers => "survey answers",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::Organisations => "organisations",
            Self::Contacts => "contacts",
            Self::Memberships => "memberships",
            Self::Invoices => "invoices",
            Self::Ledger => "ledger",
            Self::SurveyAnswers => "survey_answers",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "organisations" => Some(Self::Organisations),
            "contacts" => Some(Self::Contacts),
            "memberships" => Some(Self::Memberships),
            "invoices" => Some(Self::Invoices),
            "ledger" => Some(Self::Ledger),
            "survey_answers" => Some(Self::SurveyAnswers),
            _ => None,
        }
    }
}

/// An import as recorded: what it created, updated and left unchanged, and whether it was
/// reverted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRecord {
    pub id: Uuid,
    pub target: ImportTarget,
    pub file_name: String,
    pub imported_by: String,
    pub created_count: i64,
    pub updated_count: i64,
    pub unchanged_count: i64,
    pub created_at: DateTime<Utc>,
    pub reverted_at: Option<DateTime<Utc>>,
    pub reverted_by: Option<String>,
}

impl ImportRecord {
    /// Whether it may still be reverted.
    pub fn may_revert(&self) -> bool {
        self.reverted_at.is_none()
    }
}

/// What a merge of two records moved to the survivor, as recorded so that it can be read back.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Moved {
    /// Table name → ids of the rows that now belong to the survivor.
    pub rows: std::collections::BTreeMap<String, Vec<Uuid>>,
    /// Fields of the survivor filled in from the merged record.
    pub filled: Vec<String>,
}

/// A merge of one record into another, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeRecord {
    pub id: Uuid,
    /// `organisations` or `contacts`.
    pub target: ImportTarget,
    pub survivor_id: Uuid,
    pub merged_id: Uuid,
    pub reason: String,
    /// What moved ([`Moved`] in JSON).
    pub moved_json: String,
    pub merged_by: String,
    pub created_at: DateTime<Utc>,
}
