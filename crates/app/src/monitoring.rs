//! The monitoring system: the catalogue (built in, and the cluster's own indicators), every
//! value of a period worked out when read (computed from the records, taken from survey answers,
//! entered by hand, or a formula over the others), targets and the status against them, and what
//! stands behind each computed value.
//!
//! Built-in indicators are yearly and read the cluster's year as the records it comes from
//! define it: memberships, fees, engagement and events the cluster's fiscal year starting in that
//! year; projects, the ledger, the team and company figures the calendar year.

use domain::Coded;
use std::collections::{HashMap, HashSet};

use chrono::Datelike;
use domain::id::Uuid;
use domain::monitoring::{Definition, Formula, Group, IndicatorDirection, Period, Periodicity, Source, Status, Unit};

use crate::auth::{Allows, Edit, Manage, Read};
use crate::{App, ClusterScope, Error};

pub use store::monitoring::Evidence;

/// An indicator of the catalogue: built in, or the cluster's own (with its id).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Indicator {
    #[serde(flatten)]
    pub definition: Definition,
    /// The id of one of the cluster's own indicators; none for a built-in one.
    pub custom_id: Option<Uuid>,
}

/// The catalogue: the built-in indicators, then the cluster's own, each group by code.
pub async fn catalogue(app: &App, scope: &impl Allows<Read>) -> Result<Vec<Indicator>, Error> {
    let scope = scope.checked()?;
    let mut all: Vec<Indicator> =
        domain::monitoring::builtin().into_iter().map(|definition| Indicator { definition, custom_id: None }).collect();
    all.extend(
        store::monitoring::indicators(&app.db, scope)
            .await?
            .into_iter()
            .map(|c| Indicator { definition: c.definition, custom_id: Some(c.id) }),
    );
    all.sort_by_key(|i| code_order(&i.definition.code));
    Ok(all)
}

/// `1.1.10` after `1.1.9`, a cluster's `1.1.c1` after the built-in ones.
pub(crate) fn code_order(code: &str) -> Vec<(u8, u32, String)> {
    code.split('.')
        .map(|part| match part.parse::<u32>() {
            Ok(n) => (0, n, String::new()),
            Err(_) => (1, part.trim_start_matches('c').parse().unwrap_or(u32::MAX), part.to_string()),
        })
        .collect()
}

/// One row of what stands behind a value: a record, what it adds, and whether it counts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DetailRow {
    /// The day of the record (an event's, a review's), apart so that each reader writes it
    /// their own way; `None` for a record without one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<chrono::NaiveDate>,
    pub label: String,
    pub value: String,
    /// Whether it counts towards the value (a member that took part) or not (one that did not).
    pub counted: bool,
    /// Where the record is, below the cluster's address: `organisations/{id}`, `projects/{id}`.
    pub href: Option<String>,
}

impl DetailRow {
    fn new(label: impl Into<String>, value: impl Into<String>, counted: bool) -> Self {
        DetailRow { day: None, label: label.into(), value: value.into(), counted, href: None }
    }

    fn on(mut self, day: chrono::NaiveDate) -> Self {
        self.day = Some(day);
        self
    }

    fn at(mut self, href: String) -> Self {
        self.href = Some(href);
        self
    }
}

/// An indicator's value in a period, with what stands behind it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Value {
    pub key: String,
    /// Scaled by the indicator's unit; none when there is nothing to work it out from.
    pub value: Option<i64>,
    /// The records and figures behind a computed or survey value, the note of one entered by
    /// hand, the values a formula read.
    pub detail: Vec<DetailRow>,
    /// For a value entered by hand: its note and the evidence it cites.
    pub note: Option<String>,
    pub evidence_id: Option<Uuid>,
}

impl Value {
    fn of(key: &str, value: Option<i64>, detail: Vec<DetailRow>) -> Self {
        Value { key: key.to_string(), value, detail, note: None, evidence_id: None }
    }
}

/// A share in basis points, rounded half up; none over nothing.
fn share(part: usize, whole: usize) -> Option<i64> {
    let (part, whole) = (part as i64, whole as i64);
    (whole > 0).then(|| (part * 20_000 + whole) / (2 * whole))
}

/// A change from `before` to `now` in basis points, rounded half away from zero; none from nothing.
fn growth(before: i64, now: i64) -> Option<i64> {
    (before > 0).then(|| {
        let change = i128::from(now - before) * 10_000;
        let b = i128::from(before);
        let q = (change + change.signum() * b / 2) / b;
        i64::try_from(q).unwrap_or(i64::MAX)
    })
}

fn money_text(minor: i64, currency: domain::money::Currency) -> String {
    domain::money::Money::new(minor, currency).to_string()
}

/// The cluster's year that holds today: the fiscal year starting in this calendar year, or in the
/// one before while its first month has not come.
pub fn current_year(app: &App, scope: &impl crate::auth::InCluster) -> i32 {
    let today = app.today(scope);
    let start = (scope.cluster().fiscal_year_start_month as u32).max(1);
    if today.month() >= start { today.year() } else { today.year() - 1 }
}

/// Every built-in computed indicator of the cluster's year `year`, each with what stands behind it.
async fn computed(app: &App, scope: &ClusterScope, year: i32) -> Result<HashMap<String, Value>, Error> {
    let currency = scope.cluster().base_currency;
    let mut out: HashMap<String, Value> = HashMap::new();
    let mut put = |v: Value| {
        out.insert(v.key.clone(), v);
    };
    let today = app.today(scope);

    // Members and their participation in the cluster's year.
    let engagement = crate::engagement::of_year(app, scope, year).await?;
    let members: Vec<&crate::engagement::Engagement> = engagement.iter().filter(|e| e.member).collect();
    let member_ids: HashSet<Uuid> = members.iter().map(|e| e.organisation_id).collect();
    let organisation = |e: &crate::engagement::Engagement, value: String, counted: bool| {
        DetailRow::new(e.organisation.clone(), value, counted).at(format!("organisations/{}", e.organisation_id))
    };
    let reached: Vec<DetailRow> = members
        .iter()
        .filter(|e| e.events_attended > 0)
        .map(|e| {
            let attended =
                i18n::said_with("invalid-app-monitoring-events-attended", &[("count", e.events_attended.to_string())]);
            organisation(e, attended, true)
        })
        .collect();
    put(Value::of("members_reached", Some(reached.len() as i64), reached));
    let took_part = |e: &crate::engagement::Engagement| e.activities > 0 || e.projects > 0;
    let what_it_did = |e: &crate::engagement::Engagement| {
        format!(
            "{}, {}",
            i18n::said_with("invalid-app-monitoring-activities", &[("count", e.activities.to_string())]),
            i18n::said_with("invalid-app-monitoring-projects", &[("count", e.projects.to_string())])
        )
    };
    let mut participation: Vec<DetailRow> =
        members.iter().map(|e| organisation(e, what_it_did(e), took_part(e))).collect();
    participation.sort_by_key(|r| !r.counted);
    let participated = members.iter().filter(|e| took_part(e)).count();
    put(Value::of("participation_rate", share(participated, members.len()), participation));
    let mut active: Vec<DetailRow> = members
        .iter()
        .map(|e| {
            let what = if e.active {
                i18n::said("invalid-app-monitoring-active")
            } else {
                i18n::said("invalid-app-monitoring-not-active")
            };
            organisation(e, what, e.active)
        })
        .collect();
    active.sort_by_key(|r| !r.counted);
    let active_count = members.iter().filter(|e| e.active).count();
    put(Value::of("active_member_share", share(active_count, members.len()), active));
    let facts: HashMap<Uuid, store::organisation::OrganisationFacts> =
        store::organisation::facts(&app.db, scope).await?.into_iter().map(|f| (f.id, f)).collect();
    let is_sme = |id: &Uuid| {
        facts
            .get(id)
            .and_then(|f| f.size_class.as_deref())
            .and_then(|c| domain::organisation::SizeClass::parse(c).ok())
            .map(|c| c != domain::organisation::SizeClass::Large)
    };
    let actors: Vec<&&crate::engagement::Engagement> = members.iter().filter(|e| e.active).collect();
    put(Value::of(
        "active_actors",
        Some(actors.len() as i64),
        actors.iter().map(|e| organisation(e, what_it_did(e), true)).collect(),
    ));
    let mut smes: Vec<DetailRow> = actors
        .iter()
        .map(|e| {
            let sme = is_sme(&e.organisation_id);
            let what = match sme {
                Some(true) => i18n::said("invalid-app-monitoring-sme"),
                Some(false) => i18n::said("invalid-app-monitoring-large"),
                None => i18n::said("invalid-app-monitoring-size-unknown"),
            };
            organisation(e, what, sme == Some(true))
        })
        .collect();
    smes.sort_by_key(|r| !r.counted);
    put(Value::of("active_smes", Some(smes.iter().filter(|r| r.counted).count() as i64), smes));
    let mut strands: Vec<DetailRow> = Vec::new();
    for strand in ["business", "knowledge", "government"] {
        let of_strand: Vec<&str> = members
            .iter()
            .filter(|e| {
                facts
                    .get(&e.organisation_id)
                    .and_then(|f| domain::organisation::OrganisationKind::parse(&f.kind).ok())
                    .and_then(|k| k.helix())
                    == Some(strand)
            })
            .map(|e| e.organisation.as_str())
            .collect();
        strands.push(DetailRow::new(
            {
                let count = [("count", of_strand.len().to_string())];
                match strand {
                    "business" => i18n::said_with("invalid-app-monitoring-strand-business", &count),
                    "knowledge" => i18n::said_with("invalid-app-monitoring-strand-knowledge", &count),
                    _ => i18n::said_with("invalid-app-monitoring-strand-government", &count),
                }
            },
            of_strand.iter().take(5).copied().collect::<Vec<_>>().join(", "),
            !of_strand.is_empty(),
        ));
    }
    put(Value::of("triple_helix_kinds", Some(strands.iter().filter(|r| r.counted).count() as i64), strands));
    put(Value::of(
        "members",
        Some(members.len() as i64),
        members.iter().map(|e| organisation(e, String::new(), true)).collect(),
    ));

    // Memberships and fees.
    let figures = crate::membership::figures(app, scope, year).await?;
    put(Value::of(
        "new_members",
        Some(figures.new as i64),
        vec![DetailRow::new(
            i18n::said_with("invalid-app-monitoring-memberships-began", &[("period", figures.period.clone())]),
            figures.new.to_string(),
            true,
        )],
    ));
    put(Value::of(
        "retention_rate",
        figures.retention_percent.map(|p| i64::from(p) * 100),
        vec![DetailRow::new(i18n::said("invalid-app-monitoring-members-lost"), figures.lost.to_string(), false)],
    ));
    put(Value::of(
        "fees_billed",
        Some(figures.fees_billed),
        vec![DetailRow::new(
            i18n::said_with("invalid-app-monitoring-fee-invoices-of", &[("period", figures.period.clone())]),
            money_text(figures.fees_billed, currency),
            true,
        )],
    ));
    put(Value::of(
        "fees_collected",
        Some(figures.fees_collected),
        vec![
            DetailRow::new(
                i18n::said("invalid-app-monitoring-paid"),
                money_text(figures.fees_collected, currency),
                true,
            ),
            DetailRow::new(
                i18n::said("invalid-app-monitoring-still-owed"),
                money_text(figures.fees_outstanding, currency),
                false,
            ),
        ],
    ));

    // Events and interactions of the cluster's year.
    let start_month = scope.cluster().fiscal_year_start_month as u32;
    let period =
        domain::period::PeriodRule::Fixed { start_month, rollover: None }.fixed_period(year).ok_or_else(|| {
            Error::BadRequest(i18n::said_with("invalid-app-economics-not-a-year", &[("year", year.to_string())]))
        })?;
    let midnight = |d: chrono::NaiveDate| d.and_hms_opt(0, 0, 0).unwrap_or_default();
    let events = store::monitoring::events_between(
        &app.db,
        scope,
        midnight(period.start),
        midnight(period.last_day().succ_opt().unwrap_or(period.last_day())),
    )
    .await?;
    let board = domain::event::EventKind::BoardMeeting.code();
    let mut by_kind: Vec<DetailRow> = domain::event::EventKind::ALL
        .iter()
        .filter(|k| k.code() != board)
        .map(|k| (k, events.iter().filter(|e| e.kind == k.code()).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| DetailRow::new(k.said_label(), n.to_string(), true))
        .collect();
    let held: Vec<&store::monitoring::EventFacts> = events.iter().filter(|e| e.kind != board).collect();
    by_kind.extend(held.iter().map(|e| {
        DetailRow::new(e.title.clone(), String::new(), true).on(e.starts_at.date()).at(format!("events/{}", e.id))
    }));
    put(Value::of("events_held", Some(held.len() as i64), by_kind));
    put(Value::of(
        "participants",
        Some(held.iter().map(|e| e.attended).sum()),
        held.iter()
            .map(|e| {
                let attended = i18n::said_with("invalid-app-monitoring-attended", &[("count", e.attended.to_string())]);
                DetailRow::new(e.title.clone(), attended, e.attended > 0).at(format!("events/{}", e.id))
            })
            .collect(),
    ));
    let meetings: Vec<DetailRow> = events
        .iter()
        .filter(|e| e.kind == board)
        .map(|e| DetailRow::new(e.title.clone(), "", true).on(e.starts_at.date()).at(format!("events/{}", e.id)))
        .collect();
    put(Value::of("board_meetings", Some(meetings.len() as i64), meetings));
    let groups = store::group::all(&app.db, scope).await?;
    let met: HashSet<Uuid> = events.iter().filter_map(|e| e.working_group_id).collect();
    let mut group_rows: Vec<DetailRow> = groups
        .iter()
        .map(|g| {
            let n = events.iter().filter(|e| e.working_group_id == Some(g.id)).count() as i64;
            let meetings = i18n::said_with("invalid-app-monitoring-meetings", &[("count", n.to_string())]);
            DetailRow::new(g.name.clone(), meetings, met.contains(&g.id))
        })
        .collect();
    group_rows.sort_by_key(|r| !r.counted);
    put(Value::of(
        "working_groups_met",
        Some(groups.iter().filter(|g| met.contains(&g.id)).count() as i64),
        group_rows,
    ));
    let interactions = store::monitoring::interactions_between(&app.db, scope, period.start, period.last_day()).await?;
    put(Value::of(
        "interactions_logged",
        Some(interactions.iter().map(|(_, n)| n).sum()),
        interactions
            .iter()
            .map(|(kind, n)| {
                let label = domain::interaction::InteractionKind::parse(kind).map_or(kind.clone(), |k| k.said_label());
                DetailRow::new(label, n.to_string(), true)
            })
            .collect(),
    ));

    // Projects that ran in the calendar year.
    let items: Vec<crate::project::ProjectItem> =
        crate::project::list(app, scope).await?.into_iter().filter(|i| i.project.active_in(year)).collect();
    let strategies = store::strategy::strategies(&app.db, scope).await?;
    let strategy = strategies.first().map(|s| s.id);
    let challenges = match strategy {
        Some(s) => store::strategy::challenges(&app.db, scope, Some(s)).await?,
        None => Vec::new(),
    };
    let portfolio = crate::project::portfolio_of(&items, &challenges, &member_ids);
    let live: Vec<&crate::project::ProjectItem> =
        items.iter().filter(|i| i.project.stage != domain::project::ProjectStage::Abandoned).collect();
    let project_row = |i: &crate::project::ProjectItem, value: String, counted: bool| {
        DetailRow::new(i.project.fields.title.clone(), value, counted).at(format!("projects/{}", i.project.id))
    };
    let mut stages: Vec<DetailRow> = portfolio
        .by_stage
        .iter()
        .filter(|g| g.projects > 0)
        .map(|g| DetailRow::new(g.label.clone(), g.projects.to_string(), true))
        .collect();
    stages.extend(live.iter().map(|i| project_row(i, i.project.stage.said_label(), true)));
    put(Value::of("projects_running", Some(portfolio.projects as i64), stages));
    let mut aligned: Vec<DetailRow> = live
        .iter()
        .map(|i| {
            let serves = !i.project.serves_no_challenge();
            let what = if serves {
                i18n::said("invalid-app-monitoring-serves-a-challenge")
            } else {
                i18n::said("invalid-app-monitoring-serves-no-challenge")
            };
            project_row(i, what, serves)
        })
        .collect();
    aligned.sort_by_key(|r| !r.counted);
    put(Value::of(
        "aligned_share",
        share(portfolio.projects - portfolio.serving_no_challenge, portfolio.projects),
        aligned,
    ));
    let mut in_projects: HashMap<Uuid, (String, Option<bool>)> = HashMap::new();
    for i in &live {
        for p in &i.participants {
            if let domain::project::ParticipantOf::Organisation { organisation_id } = &p.fields.of
                && member_ids.contains(organisation_id)
            {
                in_projects.insert(*organisation_id, (p.name.clone(), p.sme));
            }
        }
    }
    let mut taking_part: Vec<(&Uuid, &(String, Option<bool>))> = in_projects.iter().collect();
    taking_part.sort_by(|a, b| a.1.0.cmp(&b.1.0));
    put(Value::of(
        "members_in_projects",
        Some(portfolio.members_taking_part as i64),
        taking_part
            .iter()
            .map(|(id, (name, _))| DetailRow::new(name.clone(), "", true).at(format!("organisations/{id}")))
            .collect(),
    ));
    put(Value::of(
        "sme_share",
        portfolio.sme_percent.map(|p| p * 100),
        taking_part
            .iter()
            .map(|(id, (name, sme))| {
                let what = match sme {
                    Some(true) => i18n::said("invalid-app-monitoring-sme"),
                    Some(false) => i18n::said("invalid-app-monitoring-large"),
                    None => i18n::said("invalid-app-monitoring-size-unknown"),
                };
                DetailRow::new(name.clone(), what, *sme == Some(true)).at(format!("organisations/{id}"))
            })
            .collect(),
    ));
    // Money counts in the year a project starts, so that five years of trend count it once.
    let started: Vec<&&crate::project::ProjectItem> =
        live.iter().filter(|i| i.project.fields.starts_on.is_some_and(|d| d.year() == year)).collect();
    let funded: Vec<&&&crate::project::ProjectItem> = started.iter().filter(|i| i.project.stage.is_funded()).collect();
    let total = |amounts: &mut dyn Iterator<Item = i64>| amounts.fold(0i64, i64::saturating_add);
    put(Value::of(
        "budget_mobilised",
        Some(total(&mut started.iter().map(|i| i.financing.budget))),
        started.iter().map(|i| project_row(i, money_text(i.financing.budget, currency), true)).collect(),
    ));
    put(Value::of(
        "public_funding",
        Some(total(&mut funded.iter().map(|i| i.financing.public))),
        funded.iter().map(|i| project_row(i, money_text(i.financing.public, currency), true)).collect(),
    ));
    put(Value::of(
        "private_funding",
        Some(total(&mut funded.iter().map(|i| i.financing.private))),
        funded.iter().map(|i| project_row(i, money_text(i.financing.private, currency), true)).collect(),
    ));
    put(Value::of(
        "inter_cluster_projects",
        Some(portfolio.inter_cluster as i64),
        live.iter()
            .filter(|i| {
                i.project.fields.area == domain::project::ProjectArea::InterCluster
                    || i.participants
                        .iter()
                        .any(|p| matches!(p.fields.of, domain::project::ParticipantOf::PartnerCluster { .. }))
            })
            .map(|i| project_row(i, String::new(), true))
            .collect(),
    ));

    put(Value::of(
        "projects_approved",
        Some(funded.len() as i64),
        funded.iter().map(|i| project_row(i, i.project.stage.said_label(), true)).collect(),
    ));
    let home = scope.cluster().country.as_str();
    let partner_countries: HashMap<Uuid, String> =
        store::cluster::network_partners(&app.db, scope).await?.into_iter().map(|(id, _, c)| (id, c)).collect();
    let abroad = |p: &domain::project::Participant| -> Option<String> {
        let country = match &p.fields.of {
            domain::project::ParticipantOf::Organisation { organisation_id } => {
                facts.get(organisation_id)?.country.clone()?
            }
            domain::project::ParticipantOf::PartnerCluster { cluster_id } => partner_countries.get(cluster_id)?.clone(),
            domain::project::ParticipantOf::Outside { country, .. } => country.as_str().to_string(),
        };
        (!country.eq_ignore_ascii_case(home)).then(|| format!("{} ({country})", p.name))
    };
    let international: Vec<DetailRow> = live
        .iter()
        .filter_map(|i| {
            let partners: Vec<String> = i.participants.iter().filter_map(abroad).collect();
            (!partners.is_empty()).then(|| project_row(i, partners.join(", "), true))
        })
        .collect();
    put(Value::of("international_projects", Some(international.len() as i64), international));

    // The ledger's actual ratios of the calendar year: a share in basis points as it is, times and
    // months (in ten-thousandths) as hundredths.
    let economic = crate::economics::years(app, scope, year, year).await?;
    for code in domain::economics::RATIO_CODES {
        let ratio = economic.first().and_then(|y| y.actual_ratios.iter().find(|r| r.code == code));
        let value = ratio.and_then(|r| {
            let v = r.value?;
            Some(match r.unit {
                domain::economics::RatioUnit::Percent => v,
                _ => (v + v.signum() * 50) / 100,
            })
        });
        put(Value::of(
            code,
            value,
            ratio
                .map(|r| {
                    vec![
                        DetailRow::new(r.definition, r.value_text(), true),
                        DetailRow::new(
                            i18n::said("invalid-app-monitoring-numerator"),
                            money_text(r.numerator_minor, currency),
                            true,
                        ),
                        DetailRow::new(
                            i18n::said("invalid-app-monitoring-denominator"),
                            money_text(r.denominator_minor, currency),
                            true,
                        ),
                    ]
                })
                .unwrap_or_default(),
        ));
    }

    // The team at the year's end, or today within the year.
    let staff = crate::economics::staff(app, scope).await?;
    let fields: Vec<domain::economics::StaffFields> = staff.iter().map(|s| s.fields.clone()).collect();
    let day = domain::economics::year_end(year).unwrap_or(today).min(today);
    let fte = domain::economics::fte_on(&fields, day);
    put(Value::of(
        "staff_fte",
        Some(fte),
        staff
            .iter()
            .filter(|s| s.fields.on_team(day))
            .map(|s| DetailRow::new(s.fields.name.clone(), domain::economics::fte_text(s.fields.fte_hundredths), true))
            .collect(),
    ));
    let workload =
        domain::economics::Workload { members: figures.members as i64, fte_hundredths: fte, ..Default::default() };
    put(Value::of(
        "members_per_fte",
        workload.members_per_fte(),
        vec![
            DetailRow::new(i18n::said("invalid-app-monitoring-members"), figures.members.to_string(), true),
            DetailRow::new(i18n::said("invalid-app-monitoring-fte"), domain::economics::fte_text(fte), true),
        ],
    ));

    // The action plan of the year.
    let plan = crate::strategy::plan(app, scope, year).await?;
    let on_track = |s: domain::strategy::ActionStanding| {
        matches!(s, domain::strategy::ActionStanding::OnTrack | domain::strategy::ActionStanding::Done)
    };
    let good = plan.lines.iter().filter(|l| on_track(l.standing)).count();
    put(Value::of(
        "action_lines_on_track",
        share(good, plan.lines.len()),
        plan.lines
            .iter()
            .map(|l| DetailRow::new(l.line.fields.objective.clone(), l.standing.said_label(), on_track(l.standing)))
            .collect(),
    ));

    let covering = strategies.iter().find(|s| s.fields.first_year <= year && year <= s.fields.last_year);
    let covering_challenges = match covering {
        Some(s) if Some(s.id) == strategy => challenges.len(),
        Some(s) => store::strategy::challenges(&app.db, scope, Some(s.id)).await?.len(),
        None => 0,
    };
    let documented = covering.is_some() && covering_challenges > 0 && !plan.lines.is_empty();
    put(Value::of(
        "strategy_documented",
        Some(i64::from(documented)),
        vec![
            DetailRow::new(
                covering.map_or_else(
                    || i18n::said("invalid-app-monitoring-no-strategy"),
                    |s| format!("{} ({})", s.fields.title, s.fields.period()),
                ),
                i18n::said_with("invalid-app-monitoring-challenges", &[("count", covering_challenges.to_string())]),
                covering.is_some() && covering_challenges > 0,
            )
            .at("strategy".into()),
            DetailRow::new(
                i18n::said_with("invalid-app-monitoring-action-plan", &[("year", year.to_string())]),
                i18n::said_with("invalid-app-monitoring-lines", &[("count", plan.lines.len().to_string())]),
                !plan.lines.is_empty(),
            )
            .at(format!("action-plan?period={year}")),
        ],
    ));
    let reviews = match covering {
        Some(s) => store::strategy::reviews(&app.db, scope, s.id).await?,
        None => Vec::new(),
    };
    let reviewed: Vec<DetailRow> = reviews
        .iter()
        .filter(|r| r.reviewed_on.year() == year)
        .map(|r| {
            DetailRow::new(
                i18n::said_with("invalid-app-monitoring-reviewed-by", &[("name", r.reviewed_by.clone())]),
                "",
                true,
            )
            .on(r.reviewed_on)
            .at("strategy".into())
        })
        .collect();
    put(Value::of("strategy_reviews", Some(reviewed.len() as i64), reviewed));

    // Company figures of the members at the year's end.
    let known = store::figures::of_years(&app.db, scope, year - 1, year).await?;
    let of = |y: i32| -> HashMap<Uuid, &domain::figures::CompanyFigures> {
        known
            .iter()
            .filter(|f| f.year == y && member_ids.contains(&f.organisation_id))
            .map(|f| (f.organisation_id, &f.figures))
            .collect()
    };
    let (now, before) = (of(year), of(year - 1));
    let name_of: HashMap<Uuid, &str> = members.iter().map(|e| (e.organisation_id, e.organisation.as_str())).collect();
    let company = |id: &Uuid, value: String, counted: bool| {
        DetailRow::new(name_of.get(id).copied().unwrap_or_default(), value, counted).at(format!("organisations/{id}"))
    };
    let mut ids: Vec<&Uuid> = now.keys().collect();
    i18n::sort_by_name(i18n::reader(), &mut ids, |id| name_of.get(id).copied().unwrap_or_default());
    let pair_growth = |field: fn(&domain::figures::CompanyFigures) -> Option<i64>, text: &dyn Fn(i64) -> String| {
        let both: Vec<(&Uuid, i64, i64)> =
            ids.iter().filter_map(|id| Some((*id, field(before.get(id)?)?, field(now.get(id)?)?))).collect();
        let (b, n): (i64, i64) =
            both.iter().fold((0, 0), |(b, n), (_, x, y)| (b.saturating_add(*x), n.saturating_add(*y)));
        let rows = both.iter().map(|(id, x, y)| company(id, format!("{} → {}", text(*x), text(*y)), true)).collect();
        (growth(b, n), rows)
    };
    let (turnover, rows) = pair_growth(|f| f.turnover_minor, &|m| money_text(m, currency));
    put(Value::of("turnover_growth", turnover, rows));
    let (employment, rows) = pair_growth(|f| f.employees, &|n| n.to_string());
    put(Value::of("employment_growth", employment, rows));
    let part_of_turnover = |field: fn(&domain::figures::CompanyFigures) -> Option<i64>| {
        let both: Vec<(&Uuid, i64, i64)> =
            ids.iter().filter_map(|id| Some((*id, field(now.get(id)?)?, now.get(id)?.turnover_minor?))).collect();
        let (part, whole) =
            both.iter().fold((0i64, 0i64), |(p, w), (_, x, t)| (p.saturating_add(*x), w.saturating_add(*t)));
        let rows = both
            .iter()
            .map(|(id, x, t)| {
                let part = i18n::said_with(
                    "invalid-app-monitoring-part-of",
                    &[("part", money_text(*x, currency)), ("whole", money_text(*t, currency))],
                );
                company(id, part, true)
            })
            .collect();
        (domain::economics::basis_points(part, whole), rows)
    };
    let (exports, rows) = part_of_turnover(|f| f.exports_minor);
    put(Value::of("export_share", exports, rows));
    let (rd, rows) = part_of_turnover(|f| f.rd_spending_minor);
    put(Value::of("rd_intensity", rd, rows));
    let with_products: Vec<(&Uuid, i64)> =
        ids.iter().filter_map(|id| Some((*id, now.get(id)?.new_products?))).collect();
    let innovating = with_products.iter().filter(|(_, n)| *n > 0).count();
    let mut rows: Vec<DetailRow> = with_products
        .iter()
        .map(|(id, n)| {
            let products = i18n::said_with("invalid-app-monitoring-new-products", &[("count", n.to_string())]);
            company(id, products, *n > 0)
        })
        .collect();
    rows.sort_by_key(|r| !r.counted);
    put(Value::of("innovating_share", share(innovating, with_products.len()), rows));
    let markets: Vec<(&Uuid, i64)> =
        ids.iter().filter_map(|id| Some((*id, now.get(id)?.new_foreign_markets?))).collect();
    put(Value::of(
        "new_foreign_markets",
        (!markets.is_empty()).then(|| markets.iter().map(|(_, n)| n).sum()),
        markets.iter().filter(|(_, n)| *n > 0).map(|(id, n)| company(id, n.to_string(), true)).collect(),
    ));
    let maturity: Vec<i64> = ids.iter().filter_map(|id| now.get(id)?.digital_maturity).collect();
    put(Value::of(
        "digital_maturity",
        domain::survey::mean_and_median(&maturity).0,
        ids.iter().filter_map(|id| Some(company(id, now.get(id)?.digital_maturity?.to_string(), true))).collect(),
    ));
    Ok(out)
}

/// The mean answer to the question `key` over `answered` (the campaigns closing in a period), in
/// hundredths of a whole answer rounded half away from zero: a scale's point, a single choice's
/// place among its options (from 1), a number in its unit, an amount in major units of
/// `currency`; with each campaign's mean behind it.
fn survey_mean(
    answered: &[store::survey::Answered],
    key: &str,
    currency: domain::money::Currency,
) -> (Option<i64>, Vec<DetailRow>) {
    use domain::survey::{Answer, QuestionKind};
    let mean = |values: &[f64]| {
        (!values.is_empty()).then(|| (values.iter().sum::<f64>() / values.len() as f64 * 100.0).round() as i64)
    };
    let mut all: Vec<f64> = Vec::new();
    let mut rows = Vec::new();
    for a in answered {
        let Some(q) = a.questionnaire.question(key) else { continue };
        let values: Vec<f64> = a
            .answers
            .iter()
            .filter_map(|answers| match (&q.kind, answers.get(key)?) {
                (QuestionKind::Likert { .. }, Answer::Scale(p)) => Some(f64::from(*p)),
                (QuestionKind::SingleChoice { options }, Answer::Choice(c)) => {
                    options.iter().position(|o| o.trim() == c).map(|i| i as f64 + 1.0)
                }
                (QuestionKind::Number { decimals, .. }, Answer::Number(n)) => {
                    Some(*n as f64 / 10_f64.powi(i32::from((*decimals).min(3))))
                }
                (QuestionKind::Money, Answer::Money(m)) => {
                    Some(*m as f64 / 10_f64.powi(currency.minor_digits() as i32))
                }
                _ => None,
            })
            .collect();
        rows.push(
            DetailRow::new(
                i18n::said_with("invalid-app-monitoring-campaign-closed", &[("title", a.campaign.title.clone())]),
                i18n::said_with(
                    "invalid-app-monitoring-answers-mean",
                    &[
                        ("count", values.len().to_string()),
                        ("mean", mean(&values).map_or("–".into(), |m| Unit::Score.text(m, currency))),
                    ],
                ),
                !values.is_empty(),
            )
            .on(a.campaign.closes_on)
            .at(format!("campaigns/{}", a.campaign.id)),
        );
        all.extend(values);
    }
    (mean(&all), rows)
}

/// Every indicator's value in `period`: those of other periodicities have none, and a formula
/// that cannot be worked out has none either, the reason in its detail.
pub async fn values(app: &App, scope: &impl Allows<Read>, period: Period) -> Result<HashMap<String, Value>, Error> {
    let scope = scope.checked()?;
    let catalogue = catalogue(app, scope).await?;
    values_of(app, scope, &catalogue, period).await
}

pub(crate) async fn values_of(
    app: &App,
    scope: &ClusterScope,
    catalogue: &[Indicator],
    period: Period,
) -> Result<HashMap<String, Value>, Error> {
    let currency = scope.cluster().base_currency;
    let periodicity = if period.quarter.is_some() { Periodicity::Quarter } else { Periodicity::Year };
    let mut out: HashMap<String, Value> =
        if periodicity == Periodicity::Year { computed(app, scope, period.year).await? } else { HashMap::new() };
    let (first, last) = period.days();
    let surveyed =
        catalogue.iter().any(|i| i.definition.source == Source::Survey && i.definition.periodicity == periodicity);
    if surveyed {
        let answered = store::survey::closing_between(&app.db, scope, first, last).await?;
        for i in catalogue
            .iter()
            .filter(|i| i.definition.source == Source::Survey && i.definition.periodicity == periodicity)
        {
            let (value, detail) =
                survey_mean(&answered, i.definition.question.as_deref().unwrap_or_default(), currency);
            // The mean in hundredths, in the indicator's own unit.
            let value = value.and_then(|v| domain::monitoring::scaled(v as f64 / 100.0, i.definition.unit, currency));
            out.insert(i.definition.key.clone(), Value::of(&i.definition.key, value, detail));
        }
    }
    let label = period.to_string();
    for v in store::monitoring::values(&app.db, scope).await?.into_iter().filter(|v| v.period == label) {
        let unit = catalogue.iter().find(|i| i.definition.key == v.indicator_key).map(|i| i.definition.unit);
        let text = unit.map_or(v.value.to_string(), |u| u.text(v.value, currency));
        out.insert(
            v.indicator_key.clone(),
            Value {
                key: v.indicator_key.clone(),
                value: Some(v.value),
                detail: vec![
                    DetailRow::new(
                        i18n::said_with("invalid-app-monitoring-entered-by", &[("name", v.entered_by.clone())]),
                        text,
                        true,
                    )
                    .on(v.entered_at.date_naive()),
                ],
                note: Some(v.note),
                evidence_id: v.evidence_id,
            },
        );
    }
    let definitions: Vec<Definition> = catalogue.iter().map(|i| i.definition.clone()).collect();
    let formulas = definitions.iter().filter(|d| d.source == Source::Formula && d.periodicity == periodicity);
    // A formula that cannot be worked out has no value and says why; the others stand.
    let order = match domain::monitoring::formula_order(&definitions) {
        Ok(order) => order,
        Err(why) => {
            for d in formulas {
                out.insert(d.key.clone(), Value::of(&d.key, None, vec![DetailRow::new(why.clone(), "", false)]));
            }
            return Ok(out);
        }
    };
    for key in order {
        let Some(d) = definitions.iter().find(|d| d.key == key) else { continue };
        if d.periodicity != periodicity {
            continue;
        }
        let worked = Formula::parse(d.formula.as_deref().unwrap_or_default()).and_then(|formula| {
            let mut inputs: HashMap<String, Option<f64>> = HashMap::new();
            let mut detail = Vec::new();
            for k in &formula.keys {
                let unit = definitions.iter().find(|x| &x.key == k).map_or(Unit::Number, |x| x.unit);
                let v = out.get(k).and_then(|v| v.value);
                detail.push(DetailRow::new(k.clone(), v.map_or("–".into(), |v| unit.text(v, currency)), v.is_some()));
                inputs.insert(k.clone(), v.map(|v| domain::monitoring::unscaled(v, unit, currency)));
            }
            let value = formula.evaluate(&inputs)?.and_then(|f| domain::monitoring::scaled(f, d.unit, currency));
            Ok((value, detail))
        });
        let value = match worked {
            Ok((value, detail)) => Value::of(&key, value, detail),
            Err(why) => Value::of(&key, None, vec![DetailRow::new(why, "", false)]),
        };
        out.insert(key.clone(), value);
    }
    Ok(out)
}

/// One indicator on the dashboard.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Row {
    #[serde(flatten)]
    pub indicator: Indicator,
    pub value: Option<i64>,
    pub target: Option<i64>,
    pub status: Option<Status>,
    /// The values of the last five periods, oldest first, this one last.
    pub trend: Vec<TrendPoint>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrendPoint {
    pub period: String,
    pub value: Option<i64>,
}

/// A group of the dashboard with its indicators.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupRows {
    pub group: Group,
    pub name: &'static str,
    pub rows: Vec<Row>,
}

/// The dashboard of a period: each group's indicators of its periodicity with value, target,
/// status and trend.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Dashboard {
    pub period: String,
    pub groups: Vec<GroupRows>,
}

/// How many periods a trend shows.
pub const TREND_PERIODS: usize = 5;

/// The dashboard of `period`, with the trend over the last [`TREND_PERIODS`] periods.
pub async fn dashboard(app: &App, scope: &impl Allows<Read>, period: Period) -> Result<Dashboard, Error> {
    let scope = scope.checked()?;
    let catalogue = catalogue(app, scope).await?;
    Ok(dashboard_and_values(app, scope, &catalogue, period).await?.0)
}

/// The dashboard of `period` and the period's values with what stands behind them, worked out
/// once.
pub(crate) async fn dashboard_and_values(
    app: &App,
    scope: &ClusterScope,
    catalogue: &[Indicator],
    period: Period,
) -> Result<(Dashboard, HashMap<String, Value>), Error> {
    let periods = period.trailing(TREND_PERIODS);
    let mut by_period: Vec<HashMap<String, Value>> = crate::parallel::spawned(periods.clone(), |p| {
        let (app, scope, catalogue) = (app.clone(), scope.clone(), catalogue.to_vec());
        async move { values_of(&app, &scope, &catalogue, p).await }
    })
    .await?;
    let targets = store::monitoring::targets(&app.db, scope).await?;
    let label = period.to_string();
    let periodicity = if period.quarter.is_some() { Periodicity::Quarter } else { Periodicity::Year };
    let groups = Group::ALL
        .iter()
        .map(|g| GroupRows {
            group: *g,
            name: g.label(),
            rows: catalogue
                .iter()
                .filter(|i| i.definition.group == *g && i.definition.periodicity == periodicity)
                .map(|i| {
                    let key = &i.definition.key;
                    let value = by_period.last().and_then(|m| m.get(key)).and_then(|v| v.value);
                    let target =
                        targets.iter().find(|t| &t.indicator_key == key && t.period == label).map(|t| t.target);
                    let status = value.zip(target).map(|(v, t)| {
                        domain::monitoring::status(
                            v,
                            t,
                            i.definition.direction,
                            i.definition.unit.scale(scope.cluster().base_currency),
                        )
                    });
                    Row {
                        indicator: i.clone(),
                        value,
                        target,
                        status,
                        trend: periods
                            .iter()
                            .zip(&by_period)
                            .map(|(p, m)| TrendPoint { period: p.to_string(), value: m.get(key).and_then(|v| v.value) })
                            .collect(),
                    }
                })
                .collect(),
        })
        .collect();
    let values = by_period.pop().unwrap_or_default();
    Ok((Dashboard { period: label, groups }, values))
}

/// An indicator's value in a period with what stands behind it.
///
/// # Errors
/// [`Error::NotFound`] for a key that is no indicator of the cluster.
pub async fn detail(
    app: &App,
    scope: &impl Allows<Read>,
    key: &str,
    period: Period,
) -> Result<(Indicator, Value), Error> {
    let scope = scope.checked()?;
    let catalogue = catalogue(app, scope).await?;
    let indicator = catalogue.iter().find(|i| i.definition.key == key).cloned().ok_or(Error::NotFound("indicator"))?;
    let mut values = values_of(app, scope, &catalogue, period).await?;
    let value = values.remove(key).unwrap_or_else(|| Value::of(key, None, Vec::new()));
    Ok((indicator, value))
}

/// A custom indicator as the form sends it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IndicatorInput {
    /// `1.1` to `2.3`.
    pub group: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    /// Its key for formulas; made from the name when empty.
    pub key: Option<String>,
    /// count, percent, money, score, fte or number.
    pub unit: Option<String>,
    /// higher or lower.
    pub direction: Option<String>,
    /// hand, formula or survey.
    pub source: Option<String>,
    /// year or quarter.
    pub periodicity: Option<String>,
    pub formula: Option<String>,
    /// For a survey-sourced indicator: the question's key.
    pub question: Option<String>,
}

/// Reads a custom indicator's form against the catalogue `others` (every indicator but itself).
fn read_input(input: &IndicatorInput, others: &[Indicator], code: String) -> Result<Definition, Error> {
    use domain::validation::{Collector, optional};
    let mut c = Collector::new();
    let name = c.take(
        "name",
        match optional(input.name.as_deref()) {
            None => Err(i18n::said("invalid-app-monitoring-name-required")),
            Some(n) if n.chars().count() > 200 => Err(i18n::said("invalid-app-monitoring-at-most-200")),
            Some(n) if n.chars().any(char::is_control) => Err(i18n::said("invalid-app-monitoring-control-character")),
            Some(n) => Ok(n.to_string()),
        },
    );
    let description = c.take(
        "description",
        match input.description.as_deref().map(str::trim).unwrap_or_default() {
            d if d.chars().count() > 2000 => Err(i18n::said("invalid-app-monitoring-at-most-2000")),
            d if d.chars().any(|ch| ch.is_control() && ch != '\n' && ch != '\r') => {
                Err(i18n::said("invalid-app-monitoring-control-character"))
            }
            d => Ok(d.to_string()),
        },
    );
    let group = c.take("group", Group::parse(optional(input.group.as_deref()).unwrap_or_default()));
    let unit = c.take("unit", Unit::parse(optional(input.unit.as_deref()).unwrap_or("number")));
    let direction =
        c.take("direction", IndicatorDirection::parse(optional(input.direction.as_deref()).unwrap_or("higher")));
    let periodicity =
        c.take("periodicity", Periodicity::parse(optional(input.periodicity.as_deref()).unwrap_or("year")));
    let source = c.take(
        "source",
        Source::parse(optional(input.source.as_deref()).unwrap_or("hand")).and_then(|s| match s {
            Source::Computed => Err(i18n::said("invalid-app-monitoring-own-source")),
            s => Ok(s),
        }),
    );
    let key = c.take(
        "key",
        match optional(input.key.as_deref()) {
            Some(k) if !domain::monitoring::valid_key(k) => {
                Err(i18n::said_with("invalid-app-monitoring-not-a-key", &[("key", k.to_string())]))
            }
            Some(k) => Ok(k.to_string()),
            None => Ok(domain::survey::key_from(input.name.as_deref().unwrap_or_default()).chars().take(40).collect()),
        }
        .and_then(|k: String| match others.iter().find(|i| i.definition.key == k) {
            Some(i) => Err(i18n::said_with(
                "invalid-app-monitoring-key-taken",
                &[("key", k.clone()), ("name", i.definition.name.clone()), ("code", i.definition.code.clone())],
            )),
            None => Ok(k),
        }),
    );
    let formula = match source {
        Some(Source::Formula) => c.take(
            "formula",
            Formula::parse(input.formula.as_deref().unwrap_or_default())
                .map(|_| input.formula.clone().unwrap_or_default().trim().to_string()),
        ),
        _ => Some(String::new()),
    };
    let question = match source {
        Some(Source::Survey) => c.take(
            "question",
            match optional(input.question.as_deref()) {
                Some(q) if domain::monitoring::valid_key(q) => Ok(q.to_string()),
                Some(q) => Err(i18n::said_with("invalid-app-monitoring-not-a-question-key", &[("key", q.to_string())])),
                None => Err(i18n::said("invalid-app-monitoring-question-required")),
            },
        ),
        _ => Some(String::new()),
    };
    let definition = c.finish(|| Definition {
        code,
        key: key.expect("checked"),
        group: group.expect("checked"),
        name: name.expect("checked"),
        description: description.expect("checked"),
        unit: unit.expect("checked"),
        direction: direction.expect("checked"),
        source: source.expect("checked"),
        periodicity: periodicity.expect("checked"),
        formula: formula.filter(|f| !f.is_empty()),
        question: question.filter(|q| !q.is_empty()),
    })?;
    if definition.source == Source::Formula {
        let mut all: Vec<Definition> = others.iter().map(|i| i.definition.clone()).collect();
        all.push(definition.clone());
        domain::monitoring::formula_order(&all).map_err(|m| domain::Invalid::one("formula", m))?;
        let mixed = Formula::parse(definition.formula.as_deref().unwrap_or_default())
            .map_err(|m| domain::Invalid::one("formula", m))?
            .keys
            .into_iter()
            .filter_map(|k| others.iter().find(|i| i.definition.key == k))
            .find(|i| i.definition.periodicity != definition.periodicity);
        if let Some(i) = mixed {
            return Err(domain::Invalid::one(
                "formula",
                i18n::said_with(
                    "invalid-app-monitoring-formula-periodicity",
                    &[
                        ("key", i.definition.key.clone()),
                        ("periodicity", i.definition.periodicity.said_label().to_lowercase()),
                        ("own", definition.periodicity.said_label().to_lowercase()),
                    ],
                ),
            )
            .into());
        }
    }
    Ok(definition)
}

/// Adds one of the cluster's own indicators; its code is the group's next `c` number (`1.1.c1`).
///
/// # Errors
/// Every problem of the form by field; a formula that reads an unknown key or closes a circle is
/// refused naming them.
pub async fn create(app: &App, scope: &impl Allows<Manage>, input: &IndicatorInput, by: &str) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    let others = catalogue(app, scope).await?;
    let group = input.group.as_deref().unwrap_or_default().trim();
    let next = others
        .iter()
        .filter_map(|i| i.definition.code.strip_prefix(&format!("{group}.c"))?.parse::<u32>().ok())
        .max()
        .unwrap_or(0)
        + 1;
    let definition = read_input(input, &others, format!("{group}.c{next}"))?;
    match store::monitoring::insert_indicator(&app.db, scope, &definition, by).await {
        Ok(id) => Ok(id),
        Err(e) if e.is_unique_violation() => {
            Err(Error::conflict("key", i18n::said("invalid-app-monitoring-added-meanwhile")))
        }
        Err(e) => Err(e.into()),
    }
}

/// Changes one of the cluster's own indicators: its name, description, direction, formula or
/// question, those the input leaves out staying (its key, group, unit, source and periodicity
/// stay, so that its values keep their meaning).
pub async fn update(app: &App, scope: &impl Allows<Manage>, id: Uuid, input: &IndicatorInput) -> Result<(), Error> {
    let scope = scope.checked()?;
    let all = catalogue(app, scope).await?;
    let current = all.iter().find(|i| i.custom_id == Some(id)).ok_or(Error::NotFound("indicator"))?.definition.clone();
    let others: Vec<Indicator> = all.into_iter().filter(|i| i.custom_id != Some(id)).collect();
    // What the input leaves out stays as it is.
    let kept = IndicatorInput {
        group: Some(current.group.code().into()),
        key: Some(current.key.clone()),
        unit: Some(current.unit.code().into()),
        source: Some(current.source.code().into()),
        periodicity: Some(current.periodicity.code().into()),
        name: input.name.clone().or(Some(current.name.clone())),
        description: input.description.clone().or(Some(current.description.clone())),
        direction: input.direction.clone().or(Some(current.direction.code().into())),
        formula: input.formula.clone().or(current.formula.clone()),
        question: input.question.clone().or(current.question.clone()),
    };
    let definition = read_input(&kept, &others, current.code.clone())?;
    if !store::monitoring::update_indicator(&app.db, scope, id, &definition).await? {
        return Err(Error::NotFound("indicator"));
    }
    Ok(())
}

/// Removes one of the cluster's own indicators with its values and targets; refused while a
/// formula reads it.
pub async fn remove(app: &App, scope: &impl Allows<Manage>, id: Uuid) -> Result<(), Error> {
    let scope = scope.checked()?;
    let all = catalogue(app, scope).await?;
    let key = all.iter().find(|i| i.custom_id == Some(id)).ok_or(Error::NotFound("indicator"))?.definition.key.clone();
    if let Some(reader) = all.iter().find(|i| {
        i.definition.formula.as_deref().and_then(|f| Formula::parse(f).ok()).is_some_and(|f| f.keys.contains(&key))
    }) {
        return Err(Error::conflict(
            "indicator",
            i18n::said_with(
                "invalid-app-monitoring-read-by-formula",
                &[
                    ("name", reader.definition.name.clone()),
                    ("code", reader.definition.code.clone()),
                    ("key", key.clone()),
                ],
            ),
        ));
    }
    if !store::monitoring::remove_indicator(&app.db, scope, id).await? {
        return Err(Error::NotFound("indicator"));
    }
    Ok(())
}

/// The indicator `key` and the period `raw` read for it.
fn indicator_and_period<'a>(all: &'a [Indicator], key: &str, raw: &str) -> Result<(&'a Indicator, Period), Error> {
    let indicator = all.iter().find(|i| i.definition.key == key).ok_or(Error::NotFound("indicator"))?;
    let period = Period::parse(raw).map_err(|m| domain::Invalid::one("period", m))?;
    let wanted = indicator.definition.periodicity;
    if (period.quarter.is_some()) != (wanted == Periodicity::Quarter) {
        return Err(domain::Invalid::one("period", {
            let args =
                [("name", indicator.definition.name.clone()), ("periodicity", wanted.said_label().to_lowercase())];
            match wanted {
                Periodicity::Year => i18n::said_with("invalid-app-monitoring-give-a-year", &args),
                Periodicity::Quarter => i18n::said_with("invalid-app-monitoring-give-a-quarter", &args),
            }
        })
        .into());
    }
    Ok((indicator, period))
}

/// A value entered by hand as the form sends it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ValueInput {
    /// `2025` or `2025-Q3`.
    pub period: Option<String>,
    /// As people write it: `42,5`, `1.250,00`.
    pub value: Option<String>,
    pub note: Option<String>,
    /// An item of the evidence store.
    pub evidence_id: Option<String>,
}

/// Enters (or replaces) a value of one of the cluster's indicators entered by hand.
///
/// # Errors
/// An indicator computed, surveyed or worked out by a formula (nothing is typed twice); a
/// period of the other periodicity; a value that is not one; a note over 1,000 characters; an
/// evidence item the cluster does not hold.
pub async fn enter_value(
    app: &App,
    scope: &impl Allows<Edit>,
    key: &str,
    input: &ValueInput,
    by: &str,
) -> Result<(), Error> {
    use domain::validation::{Collector, optional};
    let scope = scope.checked()?;
    let all = catalogue(app, scope).await?;
    let (indicator, period) = indicator_and_period(&all, key, input.period.as_deref().unwrap_or_default())?;
    if indicator.definition.source != Source::Hand {
        return Err(domain::Invalid::one(
            "value",
            i18n::said_with(
                "invalid-app-monitoring-not-typed",
                &[
                    ("name", indicator.definition.name.clone()),
                    ("source", indicator.definition.source.said_label().to_lowercase()),
                ],
            ),
        )
        .into());
    }
    let mut c = Collector::new();
    let value = c.take(
        "value",
        optional(input.value.as_deref())
            .ok_or_else(|| i18n::said("invalid-app-monitoring-value-required"))
            .and_then(|v| indicator.definition.unit.read(v, scope.cluster().base_currency)),
    );
    let note = c.take(
        "note",
        match input.note.as_deref().map(str::trim).unwrap_or_default() {
            n if n.chars().count() > 1000 => Err(i18n::said("invalid-app-monitoring-at-most-1000")),
            n if n.chars().any(|ch| ch.is_control() && ch != '\n' && ch != '\r') => {
                Err(i18n::said("invalid-app-monitoring-control-character"))
            }
            n => Ok(n.to_string()),
        },
    );
    let evidence = c.take(
        "evidence_id",
        optional(input.evidence_id.as_deref())
            .map(|e| {
                Uuid::parse_str(e)
                    .map_err(|_| i18n::said_with("invalid-app-monitoring-not-an-id", &[("value", e.to_string())]))
            })
            .transpose(),
    );
    let (value, note, evidence) = c.finish(|| (value.expect("checked"), note.expect("checked"), evidence.flatten()))?;
    if let Some(e) = evidence
        && !store::monitoring::evidence(&app.db, scope).await?.iter().any(|x| x.id == e)
    {
        return Err(domain::Invalid::one("evidence_id", i18n::said("invalid-app-monitoring-no-such-evidence")).into());
    }
    let hand = store::monitoring::HandValue {
        indicator_key: key.to_string(),
        period: period.to_string(),
        value,
        note,
        evidence_id: evidence,
        entered_by: by.to_string(),
        entered_at: store::now(),
    };
    store::monitoring::set_value(&app.db, scope, &hand).await?;
    Ok(())
}

/// Sets (or replaces, or with an empty target removes) the target of any indicator for a period.
pub async fn set_target(
    app: &App,
    scope: &impl Allows<Manage>,
    key: &str,
    period: &str,
    target: &str,
    by: &str,
) -> Result<(), Error> {
    let scope = scope.checked()?;
    let all = catalogue(app, scope).await?;
    let (indicator, period) = indicator_and_period(&all, key, period)?;
    if target.trim().is_empty() {
        store::monitoring::remove_target(&app.db, scope, key, &period.to_string()).await?;
        return Ok(());
    }
    let value = indicator
        .definition
        .unit
        .read(target, scope.cluster().base_currency)
        .map_err(|m| domain::Invalid::one("target", m))?;
    store::monitoring::set_target(&app.db, scope, key, &period.to_string(), value, by).await?;
    Ok(())
}

/// An item of the evidence store as the form sends it (the file, if any, comes beside it).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EvidenceInput {
    /// strategy_paper, board_minutes, survey_results, press_clipping, success_story or other.
    pub kind: Option<String>,
    pub title: Option<String>,
    /// A link, for evidence that lives elsewhere (a press article, a published strategy).
    pub url: Option<String>,
    /// The day of the document: `2025-06-30`.
    pub dated_on: Option<String>,
    /// The indicator and period it backs, when it backs one.
    pub indicator_key: Option<String>,
    pub period: Option<String>,
}

/// The cluster's evidence store, newest first.
pub async fn evidence(app: &App, scope: &impl Allows<Read>) -> Result<Vec<store::monitoring::Evidence>, Error> {
    let scope = scope.checked()?;
    Ok(store::monitoring::evidence(&app.db, scope).await?)
}

/// Adds an item to the evidence store: a link, or a file (its name and bytes).
///
/// # Errors
/// By field: a kind, title or day that is not one; neither a link nor a file, or both; a link
/// that is not a web address; a file over [`domain::monitoring::EVIDENCE_FILE_BYTES`], empty, or
/// of a kind the store does not keep (only documents, sheets, pictures and texts); an indicator
/// the cluster does not have, or a period of the other periodicity. A file that would take the
/// cluster's files past [`domain::monitoring::EVIDENCE_QUOTA_BYTES`] is refused, nothing written.
pub async fn add_evidence(
    app: &App,
    scope: &impl Allows<Edit>,
    input: &EvidenceInput,
    file: Option<(&str, &[u8])>,
    by: &str,
) -> Result<Uuid, Error> {
    use domain::monitoring::{EVIDENCE_FILE_BYTES, EVIDENCE_QUOTA_BYTES, EvidenceKind, evidence_content_type};
    use domain::validation::{Collector, optional};
    let scope = scope.checked()?;
    let mut c = Collector::new();
    let kind = c.take("kind", EvidenceKind::parse(optional(input.kind.as_deref()).unwrap_or("other")));
    let title = c.take(
        "title",
        match optional(input.title.as_deref()).or(file.map(|(name, _)| name)) {
            None => Err(i18n::said("invalid-app-monitoring-title-required")),
            Some(t) if t.chars().count() > 200 => Err(i18n::said("invalid-app-monitoring-at-most-200")),
            Some(t) if t.chars().any(char::is_control) => Err(i18n::said("invalid-app-monitoring-control-character")),
            Some(t) => Ok(t.trim().to_string()),
        },
    );
    let dated_on = c.take(
        "dated_on",
        match optional(input.dated_on.as_deref()) {
            None => Ok(app.today(scope)),
            Some(d) => domain::written::parse_date(d, Some(domain::written::DateOrder::DayFirst)),
        },
    );
    let url =
        c.take("url", optional(input.url.as_deref()).map(|u| domain::validation::web_address(u, 500)).transpose());
    let file = match file {
        Some((_, [])) => {
            c.push("file", i18n::said("invalid-app-monitoring-file-empty"));
            None
        }
        Some((_, bytes)) if bytes.len() > EVIDENCE_FILE_BYTES => {
            c.push(
                "file",
                i18n::said_with(
                    "invalid-app-monitoring-file-too-large",
                    &[("size", (EVIDENCE_FILE_BYTES / 1024 / 1024).to_string())],
                ),
            );
            None
        }
        Some((name, bytes)) => match evidence_content_type(name) {
            Some(t) => {
                let name: String = name.chars().filter(|ch| !ch.is_control()).take(200).collect();
                Some((name, t.to_string(), bytes.to_vec()))
            }
            None => {
                c.push("file", i18n::said("invalid-app-monitoring-file-kind"));
                None
            }
        },
        None => None,
    };
    match (&url, &file) {
        (Some(Some(_)), Some(_)) => c.push("url", i18n::said("invalid-app-monitoring-link-and-file")),
        (Some(None), None) if !c.has("file") => c.push("url", i18n::said("invalid-app-monitoring-link-or-file")),
        _ => {}
    }
    let all = catalogue(app, scope).await?;
    let backs = match optional(input.indicator_key.as_deref()) {
        None => Ok(None),
        Some(key) => {
            let raw = optional(input.period.as_deref()).unwrap_or_default();
            match indicator_and_period(&all, key, raw) {
                Ok((_, period)) => Ok(Some((key.to_string(), period.to_string()))),
                Err(Error::Invalid(e)) => Err(e.0.into_iter().map(|f| f.message).collect::<Vec<_>>().join("; ")),
                Err(_) => Err(i18n::said_with("invalid-app-monitoring-no-such-indicator", &[("key", key.to_string())])),
            }
        }
    };
    let backs = c.take("indicator_key", backs);
    let (kind, title, dated_on, url, backs) = c.finish(|| {
        (kind.expect("checked"), title.expect("checked"), dated_on.expect("checked"), url.flatten(), backs.flatten())
    })?;
    let (indicator_key, period) = backs.map_or((None, None), |(k, p)| (Some(k), Some(p)));
    let item = store::monitoring::NewEvidence {
        kind: kind.code().to_string(),
        title,
        url,
        file,
        dated_on,
        indicator_key,
        period,
    };
    store::monitoring::insert_evidence(&app.db, scope, &item, by, EVIDENCE_QUOTA_BYTES).await?.ok_or_else(|| {
        domain::Invalid::one(
            "file",
            i18n::said_with(
                "invalid-app-monitoring-store-full",
                &[("size", (EVIDENCE_QUOTA_BYTES / 1024 / 1024).to_string())],
            ),
        )
        .into()
    })
}

/// An item's file: its name, content type and bytes.
///
/// # Errors
/// [`Error::NotFound`] for an item not of the cluster, or a link.
pub async fn evidence_file(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<(String, String, Vec<u8>), Error> {
    let scope = scope.checked()?;
    store::monitoring::evidence_file(&app.db, scope, id).await?.ok_or(Error::NotFound("file"))
}

/// Removes an item; values that cited it keep their notes.
pub async fn remove_evidence(app: &App, scope: &impl Allows<Edit>, id: Uuid) -> Result<(), Error> {
    let scope = scope.checked()?;
    if !store::monitoring::remove_evidence(&app.db, scope, id).await? {
        return Err(Error::NotFound("evidence"));
    }
    Ok(())
}

/// Removes the value of `period` of an indicator entered by hand.
///
/// # Errors
/// [`Error::NotFound`] for an indicator the cluster does not have or a period without a value;
/// a period that does not read, by field.
pub async fn remove_value(app: &App, scope: &impl Allows<Edit>, key: &str, period: &str) -> Result<(), Error> {
    let scope = scope.checked()?;
    let all = catalogue(app, scope).await?;
    let (_, period) = indicator_and_period(&all, key, period)?;
    if !store::monitoring::remove_value(&app.db, scope, key, &period.to_string()).await? {
        return Err(Error::NotFound("value"));
    }
    Ok(())
}
