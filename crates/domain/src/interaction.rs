//! Touch points with members: what happened, when, with whom, and who of the team was there.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::validation::{Collector, Invalid, optional, optional_text, required_text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InteractionKind {
    Meeting,
    Call,
    Email,
    Visit,
    /// Structured notes: answers to the questions of an interview template.
    Interview,
}

impl InteractionKind {
    pub const ALL: [InteractionKind; 5] = [Self::Meeting, Self::Call, Self::Email, Self::Visit, Self::Interview];

    pub fn code(self) -> &'static str {
        match self {
            Self::Meeting => "meeting",
            Self::Call => "call",
            Self::Email => "email",
            Self::Visit => "visit",
            Self::Interview => "interview",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Meeting => "Meeting",
            Self::Call => "Call",
            Self::Email => "Email",
            Self::Visit => "Visit",
            Self::Interview => "Interview",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|k| k.code() == raw.trim())
            .ok_or_else(|| i18n::said_with("invalid-interaction-kind", &[("value", raw.trim().to_string())]))
    }
}

/// An interaction as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct InteractionInput {
    pub kind: Option<String>,
    /// The day it happened, `2025-12-14` or `14/12/2025`.
    pub occurred_on: Option<String>,
    pub subject: Option<String>,
    pub notes: Option<String>,
}

/// An interaction once checked, with the records it refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InteractionFields {
    pub organisation_id: Uuid,
    pub contact_id: Option<Uuid>,
    pub kind: InteractionKind,
    pub occurred_on: NaiveDate,
    pub staff_user_id: Option<Uuid>,
    pub subject: String,
    pub notes: Option<String>,
    pub template_id: Option<Uuid>,
}

/// A day as typed in a form or file, `2025-12-14` or `14/12/2025`.
pub fn parse_day(raw: &str) -> Result<NaiveDate, String> {
    crate::written::parse_date(raw, Some(crate::written::DateOrder::DayFirst))
}

impl InteractionInput {
    pub fn parse(
        &self,
        organisation_id: Uuid,
        contact_id: Option<Uuid>,
        staff_user_id: Option<Uuid>,
        template_id: Option<Uuid>,
    ) -> Result<InteractionFields, Invalid> {
        let mut c = Collector::new();
        let kind = c.take("kind", InteractionKind::parse(optional(self.kind.as_deref()).unwrap_or("meeting")));
        let occurred_on = c.take(
            "occurred_on",
            optional(self.occurred_on.as_deref())
                .ok_or_else(|| i18n::said("invalid-validation-required"))
                .and_then(parse_day),
        );
        let subject = c.take("subject", required_text(self.subject.as_deref(), 200));
        let notes = c.take("notes", optional_text(self.notes.as_deref(), 20_000));
        c.finish(|| InteractionFields {
            organisation_id,
            contact_id,
            kind: kind.expect("checked"),
            occurred_on: occurred_on.expect("checked"),
            staff_user_id,
            subject: subject.expect("checked"),
            notes: notes.expect("checked"),
            template_id,
        })
    }
}

/// An interaction with the names around it: the organisation, the contact, the staff member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interaction {
    pub id: uuid::Uuid,
    pub organisation_id: uuid::Uuid,
    pub organisation_name: String,
    pub contact_id: Option<uuid::Uuid>,
    pub contact_name: Option<String>,
    pub kind: InteractionKind,
    pub occurred_on: NaiveDate,
    pub staff_user_id: Option<uuid::Uuid>,
    pub staff_name: Option<String>,
    pub subject: String,
    pub notes: Option<String>,
    pub template_id: Option<uuid::Uuid>,
    pub created_by: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// A template of interview questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewTemplate {
    pub id: uuid::Uuid,
    pub name: String,
    pub questions: Vec<String>,
}

coded_by_hand!(InteractionKind);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interaction_needs_a_day_and_a_subject() {
        let org = crate::id::new_id();
        let err = InteractionInput { kind: Some("lunch".into()), ..Default::default() }
            .parse(org, None, None, None)
            .unwrap_err();
        let fields: Vec<&str> = err.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["kind", "occurred_on", "subject"]);
        let ok = InteractionInput {
            kind: Some("visit".into()),
            occurred_on: Some("14/12/2025".into()),
            subject: Some("Plant visit".into()),
            notes: Some("  ".into()),
        }
        .parse(org, None, None, None)
        .unwrap();
        assert_eq!(
            (ok.kind, ok.occurred_on.to_string(), ok.notes),
            (InteractionKind::Visit, "2025-12-14".into(), None)
        );
    }
}
