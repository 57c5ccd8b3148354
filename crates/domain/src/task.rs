//! Follow-up tasks.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::validation::{Collector, Invalid, optional, required_text};

/// A task as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct TaskInput {
    pub title: Option<String>,
    pub due_on: Option<String>,
}

/// A task once checked, with who does it and what it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskFields {
    pub title: String,
    pub assignee_id: Option<Uuid>,
    pub due_on: Option<NaiveDate>,
    pub organisation_id: Option<Uuid>,
    pub contact_id: Option<Uuid>,
    pub interaction_id: Option<Uuid>,
}

/// What a task is about and who does it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TaskLinks {
    pub assignee_id: Option<Uuid>,
    pub organisation_id: Option<Uuid>,
    pub contact_id: Option<Uuid>,
    pub interaction_id: Option<Uuid>,
}

impl TaskInput {
    pub fn parse(&self, links: TaskLinks) -> Result<TaskFields, Invalid> {
        let mut c = Collector::new();
        let title = c.take("title", required_text(self.title.as_deref(), 300));
        let due_on = c.take("due_on", optional(self.due_on.as_deref()).map(crate::interaction::parse_day).transpose());
        c.finish(|| TaskFields {
            title: title.expect("checked"),
            assignee_id: links.assignee_id,
            due_on: due_on.expect("checked"),
            organisation_id: links.organisation_id,
            contact_id: links.contact_id,
            interaction_id: links.interaction_id,
        })
    }
}

/// Whether an open task is late on `today`.
pub fn is_overdue(due_on: Option<NaiveDate>, done: bool, today: NaiveDate) -> bool {
    !done && due_on.is_some_and(|d| d < today)
}

/// A follow-up task, with the names of whom it is assigned to and what it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub id: uuid::Uuid,
    pub title: String,
    pub assignee_id: Option<uuid::Uuid>,
    pub assignee_name: Option<String>,
    pub due_on: Option<NaiveDate>,
    pub organisation_id: Option<uuid::Uuid>,
    pub organisation_name: Option<String>,
    pub contact_id: Option<uuid::Uuid>,
    pub interaction_id: Option<uuid::Uuid>,
    pub done_at: Option<chrono::DateTime<chrono::Utc>>,
    pub created_by: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

impl Task {
    pub fn is_done(&self) -> bool {
        self.done_at.is_some()
    }

    /// Whether it is past its due day on `today` and not done ([`is_overdue`]).
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        is_overdue(self.due_on, self.is_done(), today)
    }
}

/// Which tasks a list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TaskFilter {
    pub assignee_id: Option<uuid::Uuid>,
    pub organisation_id: Option<uuid::Uuid>,
    pub contact_id: Option<uuid::Uuid>,
    pub interaction_id: Option<uuid::Uuid>,
    /// Done tasks instead of open ones.
    pub done: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tasks_need_a_title_and_a_real_day() {
        let err = TaskInput { title: None, due_on: Some("31/02/2026".into()) }.parse(TaskLinks::default()).unwrap_err();
        assert_eq!(err.0.len(), 2);
        let t = TaskInput { title: Some("Send the offer".into()), due_on: Some("2026-01-15".into()) }
            .parse(TaskLinks::default())
            .unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 1, 16).unwrap();
        assert!(is_overdue(t.due_on, false, today));
        assert!(!is_overdue(t.due_on, true, today));
        assert!(!is_overdue(None, false, today));
    }
}
