//! Member engagement: working groups and their meetings, feedback on events, and who takes part,
//! counted per organisation and year from everything there is (events attended, working groups,
//! projects taken part in and services received; surveys as they come), against the cluster's
//! rule for an active member.

use domain::Coded;
use std::collections::HashMap;

use chrono::NaiveDate;
use domain::id::Uuid;
use store::group::{GroupMember, Meeting, WorkingGroup};

use crate::auth::{Allows, Edit, Manage, Read, Visitor};
use crate::mail::OutgoingMail;
use crate::{App, Error};

pub async fn create_group(app: &App, scope: &impl Allows<Edit>, name: &str, description: &str) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let name = domain::validation::required_text(Some(name), 120).map_err(|e| domain::Invalid::one("name", e))?;
    Ok(store::group::insert(&app.db, scope, &name, description.trim()).await?)
}

pub async fn groups(app: &App, scope: &impl Allows<Read>) -> Result<Vec<WorkingGroup>, Error> {
    let scope = scope.checked()?;
    let mut groups = store::group::all(&app.db, scope).await?;
    i18n::sort_by_name(i18n::reader(), &mut groups, |g| &g.name);
    Ok(groups)
}

/// A working group with its members (present and past) and its meetings with attendance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupView {
    pub group: WorkingGroup,
    pub members: Vec<GroupMember>,
    pub meetings: Vec<Meeting>,
}

pub async fn group(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<GroupView, Error> {
    let scope = scope.checked()?;
    let group = store::group::get(&app.db, scope, id).await?.ok_or(Error::NotFound("working group"))?;
    Ok(GroupView {
        members: store::group::members(&app.db, scope, id).await?,
        meetings: store::group::meetings(&app.db, scope, id).await?,
        group,
    })
}

/// A contact joins a group from `day`; someone already in it is not added twice.
pub async fn join(
    app: &App,
    scope: &impl Allows<Edit>,
    group: Uuid,
    contact: Uuid,
    day: NaiveDate,
) -> Result<(), Error> {
    let scope = scope.checked()?;
    let current = store::group::members(&app.db, scope, group).await?;
    if current.iter().any(|m| m.contact_id == contact && m.left_on.is_none()) {
        return Err(Error::BadRequest(i18n::said("invalid-app-engagement-in-group-already")));
    }
    store::group::join(&app.db, scope, group, contact, day)
        .await?
        .ok_or(Error::NotFound("working group or contact"))?;
    Ok(())
}

/// Ends a membership spell on `day`.
pub async fn leave(app: &App, scope: &impl Allows<Edit>, spell: Uuid, day: NaiveDate) -> Result<(), Error> {
    let scope = scope.checked()?;
    if !store::group::leave(&app.db, scope, spell, day).await? {
        return Err(Error::NotFound("group membership"));
    }
    Ok(())
}

/// Makes an event a meeting of a group (or of none).
pub async fn link_meeting(app: &App, scope: &impl Allows<Edit>, event: Uuid, group: Option<Uuid>) -> Result<(), Error> {
    let scope = scope.checked()?;
    crate::event::get(app, scope, event).await?;
    if let Some(g) = group {
        store::group::get(&app.db, scope, g).await?.ok_or(Error::NotFound("working group"))?;
    }
    store::group::link_meeting(&app.db, scope, event, group).await?;
    Ok(())
}

/// Emails every attendee of a past event a personal link to rate it (through the outbox);
/// returns how many messages were queued.
/// Each link is new (the one to cancel has served its purpose once the event is over).
pub async fn request_feedback(
    app: &App,
    scope: &impl Allows<Edit>,
    event_id: Uuid,
    link_base: &str,
) -> Result<usize, Error> {
    let scope = scope.checked()?;
    let event = crate::event::get(app, scope, event_id).await?;
    let Some(mail) = &app.mail else {
        return Err(Error::BadRequest(i18n::said("invalid-app-engagement-mail-not-set-up")));
    };
    if !crate::event::is_over(app, scope, &event) {
        return Err(Error::BadRequest(i18n::said("invalid-app-engagement-feedback-too-early")));
    }
    let attendees = store::event::registrations_of(&app.db, scope, event_id).await?;
    // One unit of work: each new link with the message that carries it, or none.
    let mut tx = app.begin().await?;
    let mut queued = 0;
    for r in attendees.iter().filter(|r| r.came()) {
        let Some(email) = &r.email else { continue };
        let token = crate::auth::random_hex(24);
        store::group::renew_token(&mut tx, scope, r.id, &crate::auth::secret_hash(&token)).await?;
        let words = i18n::In(r.language.unwrap_or_else(|| scope.cluster().language()));
        let title = [("title", event.fields.title.clone())];
        let message = OutgoingMail {
            from: mail.from.clone(),
            reply_to: None,
            to: vec![email.clone()],
            subject: words.t_args("mail-feedback-subject", &title),
            text: crate::registration::paragraphs(&[
                words.t_args("mail-hello-name", &[("name", r.first_name.clone())]),
                format!(
                    "{}\n{link_base}{}",
                    words.t_args("mail-feedback-ask", &title),
                    crate::event::personal_path(scope, &token)
                ),
                scope.cluster().name.clone(),
            ]),
            attachments: Vec::new(),
        };
        crate::mail::queue(app, &mut tx, scope, crate::mail::Purpose::Feedback, &message).await?;
        queued += 1;
    }
    tx.commit().await?;
    app.mail_queued();
    Ok(queued)
}

/// An attendee's rating (1 to 5) and comment, through their personal link, once the event is over.
pub async fn give_feedback(
    app: &App,
    visitor: &Visitor,
    token: &str,
    rating: Option<&str>,
    comment: Option<&str>,
) -> Result<(), Error> {
    let scope = visitor.scope();
    let local_now = app.local_now(scope);
    let view = crate::event::by_token(app, visitor, token).await?;
    if !view.registration.may_give_feedback(view.event.is_over(local_now)) {
        return Err(Error::BadRequest(i18n::said("invalid-app-engagement-feedback-not-open")));
    }
    let rating = rating
        .and_then(|r| r.trim().parse::<i64>().ok())
        .filter(|r| (1..=5).contains(r))
        .ok_or_else(|| domain::Invalid::one("rating", i18n::said("invalid-app-engagement-rating")))?;
    let comment = domain::validation::optional_text(comment, 2000).map_err(|e| domain::Invalid::one("comment", e))?;
    store::group::give_feedback(&app.db, scope, view.registration.id, rating, &comment.unwrap_or_default()).await?;
    Ok(())
}

/// An average rating: how many gave one, and the mean in tenths (43 = 4.3).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Average {
    /// The day of the event averaged; `None` for a kind or a month.
    pub day: Option<NaiveDate>,
    pub name: String,
    pub ratings: usize,
    pub mean_tenths: i64,
}

impl Average {
    pub fn text(&self) -> String {
        i18n::said_with(
            "invalid-app-engagement-average",
            &[
                ("mean", format!("{}.{}", self.mean_tenths / 10, self.mean_tenths % 10)),
                ("count", self.ratings.to_string()),
            ],
        )
    }
}

/// The averages of `groups` in the order of their keys, each named by `name`.
fn averages<K: Ord>(groups: HashMap<K, Vec<i64>>, name: impl Fn(K) -> (Option<NaiveDate>, String)) -> Vec<Average> {
    let mut groups: Vec<(K, Vec<i64>)> = groups.into_iter().collect();
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    groups
        .into_iter()
        .map(|(key, r)| {
            let sum: i64 = r.iter().sum();
            let (day, name) = name(key);
            Average { day, name, ratings: r.len(), mean_tenths: (sum * 10 + r.len() as i64 / 2) / r.len() as i64 }
        })
        .collect()
}

/// The feedback of a year: averages per event, per kind and per month, and the comments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackReport {
    pub by_event: Vec<Average>,
    pub by_kind: Vec<Average>,
    pub by_month: Vec<Average>,
    pub comments: Vec<(String, i64, String)>,
}

pub async fn feedback(app: &App, scope: &impl Allows<Read>, year: i32) -> Result<FeedbackReport, Error> {
    let scope = scope.checked()?;
    let start = |y: i32| NaiveDate::from_ymd_opt(y, 1, 1).map(|d| d.and_time(chrono::NaiveTime::MIN));
    let (Some(from), Some(to)) = (start(year), start(year + 1)) else {
        return Err(Error::BadRequest(i18n::said_with(
            "invalid-app-economics-not-a-year",
            &[("year", year.to_string())],
        )));
    };
    let all = store::group::feedback(&app.db, scope, from, to).await?;
    let (mut by_event, mut by_kind, mut by_month) = (HashMap::new(), HashMap::new(), HashMap::new());
    for f in &all {
        let kind = f.kind.said_label();
        by_event.entry((f.starts_at.date(), f.event.clone())).or_insert_with(Vec::new).push(f.rating);
        by_kind.entry(kind.to_string()).or_insert_with(Vec::new).push(f.rating);
        by_month.entry(f.starts_at.format("%Y-%m").to_string()).or_insert_with(Vec::new).push(f.rating);
    }
    Ok(FeedbackReport {
        by_event: averages(by_event, |(day, event)| (Some(day), event)),
        by_kind: averages(by_kind, |kind| (None, kind)),
        by_month: averages(by_month, |month| (None, month)),
        comments: all
            .iter()
            .filter(|f| !f.comment.is_empty())
            .map(|f| (f.event.clone(), f.rating, f.comment.clone()))
            .collect(),
    })
}

/// What an organisation did in a year, and whether that makes it an active member.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Engagement {
    pub organisation_id: Uuid,
    pub organisation: String,
    /// A member on the day the figures are taken.
    pub member: bool,
    pub events_attended: i64,
    pub working_groups: i64,
    /// Services of the cluster it received (deliveries).
    pub services_received: i64,
    /// Collaborative projects it took part in that ran in the year (not abandoned).
    pub projects: i64,
    /// Surveys its people answered, of campaigns that closed in the year.
    pub surveys_answered: i64,
    /// Activities in the sense of the cluster's rule: the sum of those it counts (by default
    /// events attended, services received and surveys answered).
    pub activities: i64,
    pub active: bool,
    /// The first day of its current membership, for a member.
    pub member_since: Option<NaiveDate>,
    /// A member within the rule's grace months of joining: new, not at risk.
    pub new_member: bool,
    /// A member, neither active nor new: who pays but does not take part.
    pub at_risk: bool,
}

/// The cluster's rule for an active member.
pub use domain::group::{ActiveRule, Activity};

/// The cluster's rule for an active member, its grace months and the activities it counts.
pub async fn active_rule(app: &App, scope: &impl Allows<Read>) -> Result<ActiveRule, Error> {
    let scope = scope.checked()?;
    Ok(store::group::active_rule(&app.db, scope).await?)
}

/// The rule as a form sends it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActiveRuleInput {
    pub activities: String,
    pub projects: String,
    pub grace_months: String,
    /// The codes of the activities that count ([`Activity`]).
    pub counts: Vec<String>,
}

/// Sets the cluster's rule for an active member.
///
/// # Errors
/// [`Error::Invalid`] on `activities` or `projects` (not a number from 1 to 100),
/// `grace_months` (not a number from 0 to 24) or `counts` (none, or an unknown code).
pub async fn set_active_rule(app: &App, scope: &impl Allows<Manage>, input: &ActiveRuleInput) -> Result<(), Error> {
    let scope = scope.checked()?;
    let mut c = domain::validation::Collector::new();
    let number = |raw: &str, range: std::ops::RangeInclusive<i64>| {
        raw.trim().parse::<i64>().ok().filter(|n| range.contains(n)).ok_or_else(|| {
            i18n::said_with(
                "invalid-app-engagement-not-in-range",
                &[
                    ("value", raw.trim().to_string()),
                    ("min", range.start().to_string()),
                    ("max", range.end().to_string()),
                ],
            )
        })
    };
    let min_activities = c.take("activities", number(&input.activities, 1..=100));
    let min_projects = c.take("projects", number(&input.projects, 1..=100));
    let grace_months = c.take("grace_months", number(&input.grace_months, 0..=24));
    let counts = c.take(
        "counts",
        ActiveRule::parse_counts(&input.counts.join(",")).and_then(|counts| {
            if counts.is_empty() { Err(i18n::said("invalid-app-engagement-no-activity")) } else { Ok(counts) }
        }),
    );
    let rule = c.finish(|| ActiveRule {
        min_activities: min_activities.unwrap_or(2),
        min_projects: min_projects.unwrap_or(1),
        grace_months: grace_months.unwrap_or(6),
        counts: counts.unwrap_or_default(),
    })?;
    Ok(store::group::set_active_rule(&app.db, scope, &rule).await?)
}

/// Engagement of every organisation that is a member or took part in the cluster's year that
/// starts in `year`, as of `today` within it.
pub async fn of_year(app: &App, scope: &impl Allows<Read>, year: i32) -> Result<Vec<Engagement>, Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let start_month = scope.cluster().fiscal_year_start_month as u32;
    let period =
        domain::period::PeriodRule::Fixed { start_month, rollover: None }.fixed_period(year).ok_or_else(|| {
            Error::BadRequest(i18n::said_with("invalid-app-economics-not-a-year", &[("year", year.to_string())]))
        })?;
    let as_of = period.last_day().min(today);
    let rule = store::group::active_rule(&app.db, scope).await?;
    let participation = store::group::participation(&app.db, scope, period.start, period.end).await?;
    let mut members: HashMap<Uuid, Option<NaiveDate>> = HashMap::new();
    for m in crate::membership::members(&app.on(as_of), scope).await? {
        if m.standing.status.is_member() {
            let since = members.entry(m.membership.organisation_id).or_insert(None);
            *since = match (*since, m.membership.starts_on) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
    }
    let grace_ends_after = as_of.checked_sub_months(chrono::Months::new(rule.grace_months as u32)).unwrap_or(as_of);
    let names: HashMap<Uuid, String> =
        store::organisation::facts(&app.db, scope).await?.into_iter().map(|o| (o.id, o.name)).collect();
    let mut ids: Vec<Uuid> = members.keys().copied().chain(participation.keys().copied()).collect();
    ids.sort();
    ids.dedup();
    let mut all: Vec<Engagement> = ids
        .into_iter()
        .filter_map(|id| {
            let p = participation.get(&id).cloned().unwrap_or_default();
            let projects = p.projects;
            let activities = rule.activities(|a| match a {
                Activity::Events => p.events_attended,
                Activity::WorkingGroups => p.working_groups,
                Activity::Services => p.services,
                Activity::Surveys => p.surveys,
            });
            let member = members.contains_key(&id);
            let member_since = members.get(&id).copied().flatten();
            let active = activities >= rule.min_activities || projects >= rule.min_projects;
            let new_member = member && member_since.is_some_and(|since| since > grace_ends_after);
            Some(Engagement {
                organisation_id: id,
                organisation: names.get(&id)?.clone(),
                member,
                events_attended: p.events_attended,
                working_groups: p.working_groups,
                services_received: p.services,
                projects,
                surveys_answered: p.surveys,
                activities,
                active,
                member_since,
                new_member,
                at_risk: member && !active && !new_member,
            })
        })
        .collect();
    all.sort_by(|a, b| a.organisation.cmp(&b.organisation));
    Ok(all)
}

/// Members who pay but do not take part: members not active in the year, past their grace
/// months.
pub async fn at_risk(app: &App, scope: &impl Allows<Read>, year: i32) -> Result<Vec<Engagement>, Error> {
    let scope = scope.checked()?;
    Ok(of_year(app, scope, year).await?.into_iter().filter(|e| e.at_risk).collect())
}

/// The name of the tag, and of the segment, that gather the members at risk of `year`.
pub fn at_risk_tag(year: i32) -> String {
    format!("At risk {year}")
}

/// Gathers the members at risk of `year` for a survey: the tag [`at_risk_tag`] is put on them
/// (and taken off those who no longer are), and the segment of that name, kept by the tag, is
/// saved when it is not yet. Answers the segment and how many members it holds.
///
/// # Errors
/// A bad request when no member is at risk.
pub async fn gather_at_risk(app: &App, scope: &impl Allows<Edit>, year: i32, by: &str) -> Result<(Uuid, usize), Error> {
    let scope = scope.checked()?;
    let at_risk = at_risk(app, scope, year).await?;
    if at_risk.is_empty() {
        return Err(Error::BadRequest(i18n::said_with(
            "invalid-app-engagement-nobody-at-risk",
            &[("year", year.to_string())],
        )));
    }
    let tag = at_risk_tag(year);
    let mut tx = app.begin().await?;
    store::tag::clear(&mut tx, scope, &tag).await?;
    for e in &at_risk {
        store::tag::attach(&mut tx, scope, e.organisation_id, &tag).await?;
    }
    tx.commit().await?;
    let segment = match store::tag::segments(&app.db, scope).await?.into_iter().find(|s| s.name == tag) {
        Some(segment) => segment.id,
        None => {
            let filter = crate::organisation::FilterInput { tag: Some(tag.clone()), ..Default::default() };
            crate::segment::save(app, scope, &tag, &filter, by).await?.id
        }
    };
    Ok((segment, at_risk.len()))
}

/// One organisation's engagement this year, and the events its people attended.
pub async fn of_organisation(
    app: &App,
    scope: &impl Allows<Read>,
    organisation: Uuid,
) -> Result<Option<Engagement>, Error> {
    let scope = scope.checked()?;
    let year = scope.cluster().fiscal_year_of(app.today(scope));
    Ok(of_year(app, scope, year).await?.into_iter().find(|e| e.organisation_id == organisation))
}
