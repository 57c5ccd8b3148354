//! The cluster's strategy: strategic challenges, the themes of its strategic analysis that
//! projects should serve, in a strategy of a period (2025-2028) that is reviewed from time to time;
//! and the yearly action plan that turns it into lines of action.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::validation::{Collector, Invalid, optional, optional_text, required_text};

/// The longest title, and the longest description or list of actions, taken.
pub const TITLE_CHARS: usize = 200;
pub const TEXT_CHARS: usize = 4000;

/// A strategy as typed: its title and the years it runs (`2025` to `2028`).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct StrategyInput {
    pub title: Option<String>,
    pub first_year: Option<String>,
    pub last_year: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StrategyFields {
    pub title: String,
    pub first_year: i32,
    pub last_year: i32,
}

/// A year as typed: four digits between 2000 and 2100.
pub fn parse_year(raw: &str) -> Result<i32, String> {
    raw.trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y))
        .ok_or_else(|| i18n::said_with("invalid-strategy-year", &[("value", raw.trim().to_string())]))
}

/// Why a field left empty is refused.
fn required() -> String {
    i18n::said("invalid-validation-required")
}

impl StrategyInput {
    pub fn parse(&self) -> Result<StrategyFields, Invalid> {
        let mut c = Collector::new();
        let title = c.take("title", required_text(self.title.as_deref(), TITLE_CHARS));
        let first =
            c.take("first_year", optional(self.first_year.as_deref()).ok_or_else(required).and_then(parse_year));
        let last = c.take("last_year", optional(self.last_year.as_deref()).ok_or_else(required).and_then(parse_year));
        if let (Some(f), Some(l)) = (first, last)
            && l < f
        {
            c.push(
                "last_year",
                i18n::said_with(
                    "invalid-strategy-last-before-first",
                    &[("last", l.to_string()), ("first", f.to_string())],
                ),
            );
        }
        c.finish(|| StrategyFields {
            title: title.expect("checked"),
            first_year: first.expect("checked"),
            last_year: last.expect("checked"),
        })
    }
}

impl StrategyFields {
    /// "2025-2028".
    pub fn period(&self) -> String {
        if self.first_year == self.last_year {
            self.first_year.to_string()
        } else {
            format!("{}-{}", self.first_year, self.last_year)
        }
    }

    pub fn to_input(&self) -> StrategyInput {
        StrategyInput {
            title: Some(self.title.clone()),
            first_year: Some(self.first_year.to_string()),
            last_year: Some(self.last_year.to_string()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Strategy {
    pub id: Uuid,
    pub fields: StrategyFields,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// A strategic challenge as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct ChallengeInput {
    pub title: Option<String>,
    pub description: Option<String>,
    /// The year by which it should be met.
    pub horizon: Option<String>,
    pub owner: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChallengeFields {
    pub title: String,
    pub description: String,
    pub horizon: Option<i32>,
    pub owner: String,
    /// The value-chain segments it concerns (terms of the network's taxonomy).
    pub segment_ids: Vec<Uuid>,
}

impl ChallengeInput {
    pub fn parse(&self, segment_ids: Vec<Uuid>) -> Result<ChallengeFields, Invalid> {
        let mut c = Collector::new();
        let title = c.take("title", required_text(self.title.as_deref(), TITLE_CHARS));
        let description = c.take("description", optional_text(self.description.as_deref(), TEXT_CHARS));
        let horizon = c.take("horizon", optional(self.horizon.as_deref()).map(parse_year).transpose());
        let owner = c.take("owner", optional_text(self.owner.as_deref(), TITLE_CHARS));
        c.finish(|| ChallengeFields {
            title: title.expect("checked"),
            description: description.expect("checked").unwrap_or_default(),
            horizon: horizon.expect("checked"),
            owner: owner.expect("checked").unwrap_or_default(),
            segment_ids,
        })
    }
}

impl ChallengeFields {
    pub fn to_input(&self) -> ChallengeInput {
        ChallengeInput {
            title: Some(self.title.clone()),
            description: Some(self.description.clone()),
            horizon: self.horizon.map(|h| h.to_string()),
            owner: Some(self.owner.clone()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Challenge {
    pub id: Uuid,
    pub strategy_id: Uuid,
    pub fields: ChallengeFields,
    /// Set when a review takes it out of the strategy; its projects keep it.
    pub retired_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl Challenge {
    pub fn is_current(&self) -> bool {
        self.retired_at.is_none()
    }
}

/// A challenge as a review saw it, kept with the review.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChallengeSnapshot {
    pub id: Uuid,
    pub title: String,
    pub description: String,
    pub horizon: Option<i32>,
    pub owner: String,
    /// The value-chain segments it concerned; absent from snapshots taken before they were kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment_ids: Option<Vec<Uuid>>,
}

impl ChallengeSnapshot {
    /// Whether the challenge was reworded or its segments changed between two snapshots; the
    /// segments compare only when both snapshots kept them.
    fn differs_from(&self, before: &ChallengeSnapshot) -> bool {
        let segments_changed = match (&self.segment_ids, &before.segment_ids) {
            (Some(now), Some(then)) => now != then,
            _ => false,
        };
        self.title != before.title
            || self.description != before.description
            || self.horizon != before.horizon
            || self.owner != before.owner
            || segments_changed
    }
}

impl From<&Challenge> for ChallengeSnapshot {
    fn from(c: &Challenge) -> Self {
        let mut segments = c.fields.segment_ids.clone();
        segments.sort();
        ChallengeSnapshot {
            id: c.id,
            title: c.fields.title.clone(),
            description: c.fields.description.clone(),
            horizon: c.fields.horizon,
            owner: c.fields.owner.clone(),
            segment_ids: Some(segments),
        }
    }
}

/// What changed in the challenges between two reviews, in words: "added: Digital twins; retired:
/// Skills; changed: Energy transition" (reworded, another horizon or owner, other segments).
/// Empty when nothing changed.
pub fn changes_between(before: &[ChallengeSnapshot], now: &[ChallengeSnapshot]) -> String {
    let titles = |list: Vec<&ChallengeSnapshot>| list.iter().map(|c| c.title.clone()).collect::<Vec<_>>().join(", ");
    let added: Vec<&ChallengeSnapshot> = now.iter().filter(|c| !before.iter().any(|b| b.id == c.id)).collect();
    let retired: Vec<&ChallengeSnapshot> = before.iter().filter(|b| !now.iter().any(|c| c.id == b.id)).collect();
    let changed: Vec<&ChallengeSnapshot> =
        now.iter().filter(|c| before.iter().any(|b| b.id == c.id && c.differs_from(b))).collect();
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(i18n::said_with("invalid-strategy-changes-added", &[("titles", titles(added))]));
    }
    if !retired.is_empty() {
        parts.push(i18n::said_with("invalid-strategy-changes-retired", &[("titles", titles(retired))]));
    }
    if !changed.is_empty() {
        parts.push(i18n::said_with("invalid-strategy-changes-changed", &[("titles", titles(changed))]));
    }
    parts.join("; ")
}

/// A review of the strategy: when, by whom, and what changed since the review before.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StrategyReview {
    pub id: Uuid,
    pub reviewed_on: NaiveDate,
    pub reviewed_by: String,
    /// What the reviewer wrote, then the changes of the challenges ([`changes_between`]).
    pub changes: String,
}

coded!(
    /// Where a line of the action plan stands, as its owner says; whether it is late follows from
    /// its dates ([`ActionLine::standing`]).
    ActionStatus,
    "an action status",
    [
        (NotStarted, "not_started", "Not started"),
        (OnTrack, "on_track", "On track"),
        (AtRisk, "at_risk", "At risk"),
        (Done, "done", "Done"),
    ]
);

coded!(
    /// Where a line stands on a day: its status, or late when its dates have passed.
    ActionStanding,
    "an action standing",
    [
        (NotStarted, "not_started", "Not started"),
        (OnTrack, "on_track", "On track"),
        (AtRisk, "at_risk", "At risk"),
        (Late, "late", "Late"),
        (Done, "done", "Done"),
    ]
);

/// A line of the action plan as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct ActionLineInput {
    pub objective: Option<String>,
    pub actions: Option<String>,
    pub owner: Option<String>,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub status: Option<String>,
    /// The indicator the line aims at, named until the monitoring system links it.
    pub indicator: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActionLineFields {
    pub year: i32,
    pub objective: String,
    pub actions: String,
    pub owner: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub challenge_id: Option<Uuid>,
    pub status: ActionStatus,
    pub indicator: Option<String>,
}

fn required_day(raw: Option<&str>) -> Result<NaiveDate, String> {
    optional(raw).ok_or_else(required).and_then(crate::interaction::parse_day)
}

impl ActionLineInput {
    /// The line of the plan of `year`; its dates may run into the next year, not start before.
    pub fn parse(&self, year: i32, challenge_id: Option<Uuid>) -> Result<ActionLineFields, Invalid> {
        let mut c = Collector::new();
        let objective = c.take("objective", required_text(self.objective.as_deref(), TITLE_CHARS));
        let actions = c.take("actions", optional_text(self.actions.as_deref(), TEXT_CHARS));
        let owner = c.take("owner", required_text(self.owner.as_deref(), TITLE_CHARS));
        let starts_on = c.take("starts_on", required_day(self.starts_on.as_deref()));
        let ends_on = c.take("ends_on", required_day(self.ends_on.as_deref()));
        let status = c
            .take("status", optional(self.status.as_deref()).map_or(Ok(ActionStatus::NotStarted), ActionStatus::parse));
        let indicator = c.take("indicator", optional_text(self.indicator.as_deref(), TITLE_CHARS));
        if let Some(s) = starts_on
            && chrono::Datelike::year(&s) != year
        {
            c.push(
                "starts_on",
                i18n::said_with(
                    "invalid-strategy-start-outside-year",
                    &[("start", s.to_string()), ("year", year.to_string())],
                ),
            );
        }
        if let (Some(s), Some(e)) = (starts_on, ends_on)
            && e < s
        {
            let (end, start) = (e.to_string(), s.to_string());
            c.push("ends_on", i18n::said_with("invalid-domain-ends-before-start", &[("end", end), ("start", start)]));
        }
        c.finish(|| ActionLineFields {
            year,
            objective: objective.expect("checked"),
            actions: actions.expect("checked").unwrap_or_default(),
            owner: owner.expect("checked"),
            starts_on: starts_on.expect("checked"),
            ends_on: ends_on.expect("checked"),
            challenge_id,
            status: status.expect("checked"),
            indicator: indicator.expect("checked"),
        })
    }
}

impl ActionLineFields {
    pub fn to_input(&self) -> ActionLineInput {
        ActionLineInput {
            objective: Some(self.objective.clone()),
            actions: Some(self.actions.clone()),
            owner: Some(self.owner.clone()),
            starts_on: Some(self.starts_on.to_string()),
            ends_on: Some(self.ends_on.to_string()),
            status: Some(self.status.code().to_string()),
            indicator: self.indicator.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActionLine {
    pub id: Uuid,
    pub fields: ActionLineFields,
}

impl ActionLine {
    /// Where the line stands on `today`: done when done; late when it should have ended, or
    /// started, and has not; else its status.
    pub fn standing(&self, today: NaiveDate) -> ActionStanding {
        let f = &self.fields;
        match f.status {
            ActionStatus::Done => ActionStanding::Done,
            _ if f.ends_on < today => ActionStanding::Late,
            ActionStatus::NotStarted if f.starts_on < today => ActionStanding::Late,
            ActionStatus::NotStarted => ActionStanding::NotStarted,
            ActionStatus::OnTrack => ActionStanding::OnTrack,
            ActionStatus::AtRisk => ActionStanding::AtRisk,
        }
    }
}

/// The share of `lines` on track or done on `today`, in whole percent (rounded half up); `None`
/// for a plan without lines.
pub fn share_on_track(lines: &[ActionLine], today: NaiveDate) -> Option<i64> {
    if lines.is_empty() {
        return None;
    }
    let good =
        lines.iter().filter(|l| matches!(l.standing(today), ActionStanding::OnTrack | ActionStanding::Done)).count()
            as i64;
    let all = lines.len() as i64;
    Some((good * 200 + all) / (2 * all))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn line(status: ActionStatus, starts_on: NaiveDate, ends_on: NaiveDate) -> ActionLine {
        ActionLine {
            id: Uuid::nil(),
            fields: ActionLineFields {
                year: 2026,
                objective: "Map the supply chain".into(),
                actions: String::new(),
                owner: "Ane".into(),
                starts_on,
                ends_on,
                challenge_id: None,
                status,
                indicator: None,
            },
        }
    }

    #[test]
    fn late_follows_from_the_dates() {
        use ActionStanding as S;
        use ActionStatus::*;
        let today = d(2026, 6, 1);
        let cases = [
            (line(OnTrack, d(2026, 1, 1), d(2026, 12, 31)), S::OnTrack),
            (line(OnTrack, d(2026, 1, 1), d(2026, 5, 31)), S::Late),
            (line(AtRisk, d(2026, 1, 1), d(2026, 6, 1)), S::AtRisk),
            (line(Done, d(2026, 1, 1), d(2026, 3, 1)), S::Done),
            (line(NotStarted, d(2026, 5, 1), d(2026, 12, 31)), S::Late),
            (line(NotStarted, d(2026, 6, 1), d(2026, 12, 31)), S::NotStarted),
        ];
        for (i, (l, expected)) in cases.iter().enumerate() {
            assert_eq!(l.standing(today), *expected, "case {i}");
        }
        let lines: Vec<ActionLine> = cases.into_iter().map(|(l, _)| l).collect();
        assert_eq!(share_on_track(&lines, today), Some(33), "2 of 6");
        assert_eq!(share_on_track(&[], today), None);
    }

    #[test]
    fn a_line_belongs_to_its_year_and_ends_after_it_starts() {
        let input = ActionLineInput {
            objective: Some("Map".into()),
            owner: Some("Ane".into()),
            starts_on: Some("2025-12-01".into()),
            ends_on: Some("2025-11-01".into()),
            status: Some("finished".into()),
            ..Default::default()
        };
        let err = input.parse(2026, None).unwrap_err();
        assert!(err.message_for("starts_on").unwrap().contains("not in 2026"), "{err}");
        assert!(err.message_for("ends_on").unwrap().contains("before the start"), "{err}");
        assert!(err.message_for("status").unwrap().contains("not_started, on_track, at_risk, done"), "{err}");
    }

    #[test]
    fn a_review_says_what_changed_in_the_challenges() {
        let snap = |id: u128, title: &str| ChallengeSnapshot {
            id: Uuid::from_u128(id),
            title: title.into(),
            description: String::new(),
            horizon: None,
            owner: String::new(),
            segment_ids: Some(Vec::new()),
        };
        let before = vec![snap(1, "Skills"), snap(2, "Energy")];
        let now = vec![snap(2, "Energy transition"), snap(3, "Digital twins")];
        assert_eq!(changes_between(&before, &now), "added: Digital twins; retired: Skills; changed: Energy transition");
        assert_eq!(changes_between(&now, &now), "");
        let mut segmented = now.clone();
        segmented[1].segment_ids = Some(vec![Uuid::from_u128(9)]);
        assert_eq!(changes_between(&now, &segmented), "changed: Digital twins", "other segments");
        let mut older = now.clone();
        older[1].segment_ids = None;
        assert_eq!(changes_between(&older, &segmented), "", "a snapshot without segments compares without them");
        let err =
            StrategyInput { title: Some("S".into()), first_year: Some("2028".into()), last_year: Some("2025".into()) }
                .parse()
                .unwrap_err();
        assert!(err.message_for("last_year").is_some());
    }
}
