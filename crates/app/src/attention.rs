//! What needs the team's attention today in one cluster: tasks due, events coming up,
//! applications and registration requests waiting, money not matched or not paid, members at
//! risk, milestones and action-plan lines due. Each entry names the record where it is dealt
//! with; the pages turn that into a link.

use domain::Coded;
use domain::written::DateStyle;
use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use domain::id::Uuid;
use domain::invoice::InvoiceState;
use domain::membership::MembershipStatus;
use domain::money::Money;
use domain::strategy::ActionStanding;

use crate::auth::{Allows, Read};
use crate::{Actor, App, Error};

/// A task, a milestone or an action-plan line is "due soon" when its day is at most this many
/// days away.
pub const DUE_SOON_DAYS: i64 = 7;

/// Events that begin within this many days are "coming up".
pub const COMING_UP_DAYS: i64 = 14;

/// At most this many entries of one kind are listed; the rest are counted.
pub const LISTED: usize = 8;

/// The kinds of what needs attention, in the order the home page shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Concern {
    Tasks,
    Events,
    Applications,
    RegistrationRequests,
    UnmatchedPayments,
    OverdueInvoices,
    MembersAtRisk,
    Milestones,
    ActionLines,
}

impl Concern {
    pub const ALL: [Concern; 9] = [
        Self::Tasks,
        Self::Events,
        Self::Applications,
        Self::RegistrationRequests,
        Self::UnmatchedPayments,
        Self::OverdueInvoices,
        Self::MembersAtRisk,
        Self::Milestones,
        Self::ActionLines,
    ];

    /// The heading of its part of the home page.
    pub fn label(self) -> &'static str {
        match self {
            Self::Tasks => "Tasks due",
            Self::Events => "Events coming up",
            Self::Applications => "Membership applications waiting",
            Self::RegistrationRequests => "Registrations to review",
            Self::UnmatchedPayments => "Payments not matched to an invoice",
            Self::OverdueInvoices => "Overdue invoices",
            Self::MembersAtRisk => "Members at risk",
            Self::Milestones => "Project milestones due",
            Self::ActionLines => "Action-plan lines due or late",
        }
    }
}

/// The record where an entry is dealt with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "record", content = "id", rename_all = "snake_case")]
pub enum Subject {
    /// The task list, where a task is done or reopened.
    Task(Uuid),
    Event(Uuid),
    Organisation(Uuid),
    /// A membership's page, where an application is accepted.
    Membership(Uuid),
    Invoice(Uuid),
    /// The list of unmatched payments, where a payment is assigned.
    Payment(Uuid),
    Project(Uuid),
    /// The action plan of a year, which everyone of the cluster reads.
    ActionPlan(i32),
}

/// One thing that needs attention.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Entry {
    /// What it is: a task's title, an event's, an organisation's name, an invoice's number.
    pub title: String,
    /// Why it is here, in words: "overdue since 2026-11-20", "31 of 40 seats taken".
    pub detail: String,
    /// Past its day, or otherwise most pressing.
    pub urgent: bool,
    /// The acting user's own (a task assigned to them).
    pub mine: bool,
    pub subject: Subject,
}

/// The entries of one kind, most pressing first: at most [`LISTED`], with how many there are.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Part {
    pub concern: Concern,
    pub label: &'static str,
    pub entries: Vec<Entry>,
    /// How many there are, and how many of them are urgent, listed or not.
    pub total: usize,
    pub urgent: usize,
}

/// What needs attention in a cluster on `today`; no parts when all is done.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Attention {
    pub today: NaiveDate,
    /// Only the kinds that have entries, in the order of [`Concern::ALL`].
    pub parts: Vec<Part>,
}

impl Attention {
    pub fn all_done(&self) -> bool {
        self.parts.is_empty()
    }

    /// How many entries there are in all, and how many of them are urgent.
    pub fn counts(&self) -> (usize, usize) {
        let total = self.parts.iter().map(|p| p.total).sum();
        let urgent = self.parts.iter().map(|p| p.urgent).sum();
        (total, urgent)
    }
}

fn day_words(day: NaiveDate, today: NaiveDate, style: DateStyle) -> String {
    match (day - today).num_days() {
        0 => i18n::said("invalid-app-attention-due-today"),
        1 => i18n::said("invalid-app-attention-due-tomorrow"),
        n if n < 0 => i18n::said_with("invalid-app-attention-overdue-since", &[("day", style.day(day))]),
        _ => i18n::said_with("invalid-app-attention-due-on", &[("day", style.day(day))]),
    }
}

/// What needs attention in the cluster today, for `actor` (their own tasks first).
pub async fn today(app: &App, scope: &impl Allows<Read>, actor: &Actor) -> Result<Attention, Error> {
    let scope = scope.checked()?;
    let style = actor.date_style();
    let today = app.today(scope);
    let soon = today + chrono::Duration::days(DUE_SOON_DAYS);
    let mut found: HashMap<Concern, Vec<Entry>> = HashMap::new();

    // Open tasks due within the week or overdue: mine first, then by day.
    let open = store::task::list(&app.db, scope, &store::task::TaskFilter::default()).await?;
    let mut tasks: Vec<_> = open.into_iter().filter(|t| !t.is_done() && t.due_on.is_some_and(|d| d <= soon)).collect();
    tasks.sort_by_key(|t| (t.assignee_id != Some(actor.user_id()), t.due_on, t.title.clone()));
    found.insert(
        Concern::Tasks,
        tasks
            .into_iter()
            .map(|t| {
                let due = t.due_on.unwrap_or(today);
                let mine = t.assignee_id == Some(actor.user_id());
                let whose = match (&t.assignee_name, mine) {
                    (_, true) => String::new(),
                    (Some(name), false) => {
                        i18n::said_with("invalid-app-attention-for-someone", &[("name", name.clone())])
                    }
                    (None, false) => i18n::said("invalid-app-attention-not-assigned"),
                };
                Entry {
                    detail: format!("{}{whose}", day_words(due, today, style)),
                    urgent: due < today,
                    mine,
                    subject: Subject::Task(t.id),
                    title: t.title,
                }
            })
            .collect(),
    );

    // Events that begin within two weeks, with the seats taken.
    let coming_up = today + chrono::Duration::days(COMING_UP_DAYS);
    let events = crate::event::upcoming(app, scope).await?;
    found.insert(
        Concern::Events,
        events
            .into_iter()
            .filter(|e| e.cancelled_at.is_none() && e.fields.starts_at.date() <= coming_up)
            .map(|e| {
                let seats = match e.fields.capacity {
                    Some(capacity) => i18n::said_with(
                        "invalid-app-attention-seats-taken",
                        &[("count", e.registered.to_string()), ("capacity", capacity.to_string())],
                    ),
                    None => i18n::said_with("invalid-app-attention-registered", &[("count", e.registered.to_string())]),
                };
                let waiting = if e.waitlisted > 0 {
                    i18n::said_with("invalid-app-attention-waiting", &[("count", e.waitlisted.to_string())])
                } else {
                    String::new()
                };
                Entry {
                    detail: format!("{}; {seats}{waiting}", style.moment(e.fields.starts_at)),
                    urgent: e.fields.starts_at.date() <= today + chrono::Duration::days(1),
                    mine: false,
                    subject: Subject::Event(e.id),
                    title: e.fields.title,
                }
            })
            .collect(),
    );

    // Applications not accepted yet, oldest first.
    let mut applications: Vec<_> = crate::membership::members(app, scope)
        .await?
        .into_iter()
        .filter(|m| m.standing.status == MembershipStatus::Applied && m.membership.starts_on.is_none())
        .collect();
    applications.sort_by_key(|m| (m.membership.applied_on, m.organisation.clone()));
    found.insert(
        Concern::Applications,
        applications
            .into_iter()
            .map(|m| {
                let waited = (today - m.membership.applied_on).num_days();
                Entry {
                    detail: i18n::said_with(
                        "invalid-app-attention-applied",
                        &[
                            ("type", m.type_name.clone()),
                            ("day", style.day(m.membership.applied_on)),
                            ("count", waited.to_string()),
                        ],
                    ),
                    urgent: waited > 30,
                    mine: false,
                    subject: Subject::Membership(m.membership.id),
                    title: m.organisation,
                }
            })
            .collect(),
    );

    // Requests from the public pages that the team accepts or declines, oldest first.
    found.insert(
        Concern::RegistrationRequests,
        store::event::held_requests(&app.db, scope)
            .await?
            .into_iter()
            .map(|(request, event)| Entry {
                detail: i18n::said_with(
                    "invalid-app-attention-request",
                    &[("event", event), ("day", style.day(request.created_at.date_naive()))],
                ),
                urgent: (today - request.created_at.date_naive()).num_days() > 3,
                mine: false,
                subject: Subject::Event(request.event_id),
                title: request.name(),
            })
            .collect(),
    );

    // Payments that matched no invoice, oldest first.
    let mut unmatched = crate::invoice::unmatched(app, scope).await?;
    unmatched.sort_by_key(|p| (p.paid_on, p.id));
    let currency = scope.cluster().base_currency;
    found.insert(
        Concern::UnmatchedPayments,
        unmatched
            .into_iter()
            .map(|p| Entry {
                title: Money::new(p.amount_minor, currency).to_string(),
                detail: i18n::said_with(
                    "invalid-app-attention-payment",
                    &[("day", style.day(p.paid_on)), ("reference", p.reference.clone())],
                ),
                urgent: false,
                mine: false,
                subject: Subject::Payment(p.id),
            })
            .collect(),
    );

    // Invoices past their due day, the longest overdue first.
    let overdue_only = crate::invoice::InvoiceFilter { state: Some(InvoiceState::Overdue), ..Default::default() };
    let mut overdue = crate::invoice::list(app, scope, &overdue_only).await?;
    overdue.sort_by_key(|i| (i.invoice.due_on, i.invoice.number.clone()));
    found.insert(
        Concern::OverdueInvoices,
        overdue
            .into_iter()
            .map(|i| {
                let owed = Money::new(
                    i.invoice.outstanding_minor(),
                    domain::money::Currency::parse(&i.invoice.currency).unwrap_or(currency),
                );
                let late = (today - i.invoice.due_on).num_days();
                Entry {
                    title: format!("{} · {}", i.invoice.number, i.customer),
                    detail: i18n::said_with(
                        "invalid-app-attention-owes",
                        &[("owed", owed.to_string()), ("count", late.to_string())],
                    ),
                    urgent: late > 30,
                    mine: false,
                    subject: Subject::Invoice(i.invoice.id),
                }
            })
            .collect(),
    );

    // Members whose engagement this fiscal year is below the cluster's rule.
    let at_risk = crate::engagement::at_risk(app, scope, scope.cluster().fiscal_year_of(today)).await?;
    found.insert(
        Concern::MembersAtRisk,
        at_risk
            .into_iter()
            .map(|e| Entry {
                detail: i18n::said_with(
                    "invalid-app-attention-at-risk",
                    &[
                        (
                            "events",
                            i18n::said_with(
                                "invalid-app-attention-events-attended",
                                &[("count", e.events_attended.to_string())],
                            ),
                        ),
                        (
                            "projects",
                            i18n::said_with("invalid-app-attention-projects", &[("count", e.projects.to_string())]),
                        ),
                    ],
                ),
                urgent: false,
                mine: false,
                subject: Subject::Organisation(e.organisation_id),
                title: e.organisation,
            })
            .collect(),
    );

    // Milestones not done whose day is past or within the week.
    let projects = crate::project::milestones_due(app, scope, soon).await?;
    found.insert(
        Concern::Milestones,
        projects
            .into_iter()
            .map(|(project_id, project, milestone)| Entry {
                detail: format!("{project}: {}", day_words(milestone.due_on, today, style)),
                urgent: milestone.due_on < today,
                mine: false,
                subject: Subject::Project(project_id),
                title: milestone.title,
            })
            .collect(),
    );

    // Lines of this year's plan, and of last year's, that are late or at risk, or end within the
    // week: a line left late in December is still late in January.
    let mut lines = Vec::new();
    for year in [today.year() - 1, today.year()] {
        let plan = crate::strategy::plan(app, scope, year).await?;
        lines.extend(plan.lines.into_iter().filter(|l| match l.standing {
            ActionStanding::Late | ActionStanding::AtRisk => true,
            ActionStanding::Done => false,
            _ => l.line.fields.ends_on <= soon,
        }));
    }
    lines.sort_by_key(|l| (l.standing != ActionStanding::Late, l.line.fields.ends_on));
    found.insert(
        Concern::ActionLines,
        lines
            .into_iter()
            .map(|l| Entry {
                detail: i18n::said_with(
                    "invalid-app-attention-action-line",
                    &[("standing", l.standing.said_label()), ("day", style.day(l.line.fields.ends_on))],
                ),
                urgent: l.standing == ActionStanding::Late,
                mine: false,
                subject: Subject::ActionPlan(l.line.fields.year),
                title: l.line.fields.objective,
            })
            .collect(),
    );

    let parts = Concern::ALL
        .into_iter()
        .filter_map(|concern| {
            let mut entries = found.remove(&concern).unwrap_or_default();
            let total = entries.len();
            let urgent = entries.iter().filter(|e| e.urgent).count();
            entries.truncate(LISTED);
            (total > 0).then(|| Part { concern, label: concern.label(), entries, total, urgent })
        })
        .collect();
    Ok(Attention { today, parts })
}

/// A cluster of the network at a glance, for the home of its administrators.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClusterGlance {
    pub slug: String,
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub organisations: i64,
    /// Members today (of the fiscal year that holds today).
    pub members: usize,
    pub overdue_invoices: usize,
    /// Entries that need attention there, and how many of them are urgent.
    pub needs_attention: usize,
    pub urgent: usize,
}

/// Every cluster of the network at a glance, by name, worked out on every core.
///
/// # Errors
/// [`Error::Forbidden`] for anyone but a network administrator.
pub async fn network(app: &App, actor: &Actor) -> Result<Vec<ClusterGlance>, Error> {
    if !actor.is_network_admin() {
        return Err(Error::Forbidden("the network's view is for network administrators"));
    }
    let clusters = store::cluster::all(&app.db).await?;
    let mut glances = crate::parallel::spawned(clusters, |cluster| {
        let (app, actor) = (app.clone(), actor.clone());
        async move {
            let scope = crate::auth::operator_scope(&app, &cluster.slug).await?;
            let year = cluster.fiscal_year_of(app.today(&scope));
            let (organisations, _) = crate::organisation::counts(&app, &scope).await?;
            let members = crate::membership::figures(&app, &scope, year).await?.members;
            let attention = today(&app, &scope, &actor).await?;
            let (needs_attention, urgent) = attention.counts();
            let overdue_invoices =
                attention.parts.iter().find(|p| p.concern == Concern::OverdueInvoices).map_or(0, |p| p.total);
            Ok(ClusterGlance {
                slug: cluster.slug,
                name: cluster.name,
                country: cluster.country,
                organisations,
                members,
                overdue_invoices,
                needs_attention,
                urgent,
            })
        }
    })
    .await?;
    i18n::sort_by_name(i18n::reader(), &mut glances, |g| &g.name);
    Ok(glances)
}
