//! Working groups: their members over time, their meetings, and what members take part in.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use uuid::Uuid;

use crate::event::EventKind;

/// A working group, with how many contacts are in it today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkingGroup {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    pub members: i64,
}

/// A contact's spell in a working group: from the day they joined to the day they left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupMember {
    pub id: Uuid,
    pub contact_id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub organisation_id: Uuid,
    /// The organisation's name.
    pub organisation: String,
    pub joined_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
}

/// A meeting of a working group (an event linked to it), with who registered and who came.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub id: Uuid,
    pub title: String,
    pub starts_at: NaiveDateTime,
    pub registered: i64,
    pub attended: i64,
}

/// An attendee's rating of an event (1 to 5) and comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub registration_id: Uuid,
    pub event_id: Uuid,
    /// The event's title.
    pub event: String,
    pub kind: EventKind,
    pub starts_at: NaiveDateTime,
    pub rating: i64,
    pub comment: String,
    pub given_at: DateTime<Utc>,
}

/// What an organisation's people took part in over a period.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Participation {
    pub events_attended: i64,
    pub working_groups: i64,
    /// Projects it took part in (not as an observer) that ran in the period: funded, running or
    /// completed.
    pub projects: i64,
    /// Deliveries of the cluster's services it received in the period.
    pub services: i64,
    /// Survey invitations of its people answered, of campaigns that closed in the period (an
    /// anonymous campaign's too: that someone answered is known, not what).
    pub surveys: i64,
}

coded!(
    /// An activity that may count towards an active member, as the cluster chooses.
    Activity,
    "an activity",
    [
        (Events, "events", "Events attended"),
        (WorkingGroups, "working_groups", "Working groups"),
        (Services, "services", "Services received"),
        (Surveys, "surveys", "Surveys answered"),
    ]
);

impl Activity {
    /// The activity within a sentence, in the reader's language: "events attended".
    fn in_sentence(self) -> String {
        match self {
            Activity::Events => i18n::said("invalid-group-activity-events"),
            Activity::WorkingGroups => i18n::said("invalid-group-activity-working-groups"),
            Activity::Services => i18n::said("invalid-group-activity-services"),
            Activity::Surveys => i18n::said("invalid-group-activity-surveys"),
        }
    }
}

/// The cluster's rule for an active member: at least `min_activities` of the activities it
/// counts, or `min_projects` projects, in its year; a member in their first `grace_months`
/// months is new, not at risk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActiveRule {
    pub min_activities: i64,
    pub min_projects: i64,
    pub grace_months: i64,
    /// The activities that count, in the order of [`Activity::ALL`]; at least one.
    pub counts: Vec<Activity>,
}

impl ActiveRule {
    /// The activities in `counted`, a comma-separated list of codes as stored; unknown codes are
    /// an error.
    pub fn parse_counts(counted: &str) -> Result<Vec<Activity>, String> {
        let mut counts =
            counted.split(',').filter(|c| !c.trim().is_empty()).map(Activity::parse).collect::<Result<Vec<_>, _>>()?;
        counts.sort_by_key(|a| Activity::ALL.iter().position(|b| b == a));
        counts.dedup();
        Ok(counts)
    }

    /// The counted activities as stored: codes separated by commas.
    pub fn counts_code(&self) -> String {
        self.counts.iter().map(|a| a.code()).collect::<Vec<_>>().join(",")
    }

    /// How many activities count of what an organisation did.
    pub fn activities(&self, done: impl Fn(Activity) -> i64) -> i64 {
        self.counts.iter().map(|a| done(*a)).sum()
    }

    /// What the rule says in a sentence, for the engagement page.
    pub fn sentence(&self) -> String {
        let counted: Vec<String> = self.counts.iter().map(|a| a.in_sentence()).collect();
        i18n::said_with(
            "invalid-group-active-rule",
            &[
                ("activities", self.min_activities.to_string()),
                ("counted", counted.join(", ")),
                ("projects", self.min_projects.to_string()),
                ("months", self.grace_months.to_string()),
            ],
        )
    }
}

#[cfg(test)]
mod rule_tests {
    use super::*;

    #[test]
    fn only_the_chosen_activities_count() {
        let rule = ActiveRule {
            min_activities: 2,
            min_projects: 1,
            grace_months: 6,
            counts: ActiveRule::parse_counts("surveys,events,events").unwrap(),
        };
        assert_eq!(rule.counts, [Activity::Events, Activity::Surveys]);
        assert_eq!(rule.counts_code(), "events,surveys");
        let done = |a: Activity| match a {
            Activity::Events => 1,
            Activity::WorkingGroups => 5,
            Activity::Services => 7,
            Activity::Surveys => 2,
        };
        assert_eq!(rule.activities(done), 3);
        assert!(ActiveRule::parse_counts("events,parties").unwrap_err().contains("'parties' is not an activity"));
        assert!(rule.sentence().contains("(events attended, surveys answered)"));
    }
}
