//! Engagement pages: working groups with their members and meetings, the feedback of a year, who
//! takes part and who is at risk, and the rule for an active member.

use crate::reader;
use app::auth::{Edit, Manage, Read};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use chrono::{Datelike, NaiveDate};
use domain::access::Permission;
use domain::id::Uuid;

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, CsrfListForm, NoFields, PageId, PageScope, resource};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/working-groups", &["GET", "POST"], get(groups).post(create_group))
        .route("/clusters/{cluster}/working-groups/{id}", &["GET"], get(group))
        .route("/clusters/{cluster}/working-groups/{id}/members", &["POST"], post(join))
        .route("/clusters/{cluster}/working-groups/{id}/members/{spell}/leave", &["POST"], post(leave))
        .route("/clusters/{cluster}/engagement", &["GET"], get(engagement))
        .route("/clusters/{cluster}/engagement/rule", &["POST"], post(set_rule))
        .route("/clusters/{cluster}/engagement/survey", &["POST"], post(survey_at_risk))
        .route("/clusters/{cluster}/feedback", &["GET"], get(feedback))
}

fn engagement_actions(slug: &str) -> Vec<Action> {
    vec![
        link("Engagement", format!("/clusters/{slug}/engagement")),
        link("Working groups", format!("/clusters/{slug}/working-groups")),
        link("Feedback", format!("/clusters/{slug}/feedback")),
        link("Events", format!("/clusters/{slug}/events")),
    ]
}

async fn groups(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "engagement", "Working groups".into()).await?;
    let all = app::engagement::groups(&state.app, &page.scope).await?;
    let can_edit = page.can_edit();
    let rows = all
        .iter()
        .map(|g| {
            vec![
                Cell::link(&g.name, format!("/clusters/{slug}/working-groups/{}", g.id)),
                Cell::text(g.members.to_string()).class("num"),
                Cell::text(&g.description).class("optional"),
            ]
        })
        .collect();
    let mut report = ReportPage::new(page.layout, "Working groups");
    report.subheading = "Members meet around a theme; their meetings are events linked to the group.".into();
    report.actions = engagement_actions(&slug);
    report.notice = flash.notice;
    report.problem = flash.problem;
    if can_edit {
        report.forms.push(PostForm::post(
            "New working group",
            format!("/clusters/{slug}/working-groups"),
            "Create group",
            vec![
                FormField::text("name", "Name", None, None).required(),
                FormField::text("description", "What it works on", None, None),
            ],
        ));
    }
    report.sections.push(Section {
        title: "Groups".into(),
        table: plain_table(&[("Group", ""), ("Members", "num"), ("About", "optional")], rows),
        empty: "No working groups yet.".into(),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

#[derive(Debug, serde::Deserialize)]
struct GroupForm {
    name: Option<String>,
    description: Option<String>,
}

async fn create_group(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<GroupForm>,
) -> Result<Response, PageError> {
    let name = form.name.unwrap_or_default();
    match app::engagement::create_group(&state.app, &scope, &name, form.description.as_deref().unwrap_or_default())
        .await
    {
        Ok(id) => Ok(see_other(&headers, &format!("/clusters/{slug}/working-groups/{id}"))),
        Err(e) => after_action(&headers, &format!("/clusters/{slug}/working-groups"), Err(e)),
    }
}

async fn group(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::WorkingGroup>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "engagement", "Working group".into()).await?;
    let view = app::engagement::group(&state.app, &page.scope, id).await?;
    let can_edit = page.can_edit();
    let page_today = page.today;
    let mut layout = page.layout;
    layout.title = view.group.name.clone();
    let mut report = ReportPage::new(layout, view.group.name.clone());
    report.subheading = view.group.description.clone();
    report.actions = engagement_actions(&slug);
    report.notice = flash.notice;
    report.problem = flash.problem;
    let base = format!("/clusters/{slug}/working-groups/{id}");
    if can_edit {
        let today_text = page_today.to_string();
        report.forms.push(PostForm::post(
            "Add a member",
            format!("{base}/members"),
            "Add",
            vec![
                FormField::text("email", "Email of the contact", None, None).required().input("email"),
                FormField::text("day", "From", Some(&today_text), None).input("date"),
            ],
        ));
    }
    let rows = view
        .members
        .iter()
        .map(|m| {
            let mut row = vec![
                Cell::link(
                    format!("{} {}", m.first_name, m.last_name),
                    format!("/clusters/{slug}/contacts/{}", m.contact_id),
                ),
                Cell::link(&m.organisation, format!("/clusters/{slug}/organisations/{}", m.organisation_id)),
                Cell::text(reader::day(m.joined_on)).class("optional"),
                Cell::text(m.left_on.map(|d| format!("left on {d}")).unwrap_or_default()),
            ];
            if can_edit && m.left_on.is_none() {
                row.push(Cell::button("Leaves", format!("{base}/members/{}/leave", m.id)));
            } else {
                row.push(Cell::text(""));
            }
            row
        })
        .collect();
    report.sections.push(Section {
        title: format!("Members ({})", view.group.members),
        table: plain_table(&[("Person", ""), ("Organisation", ""), ("Since", "optional"), ("", ""), ("", "")], rows),
        empty: "Nobody yet.".into(),
        actions: Vec::new(),
    });
    let meetings = view
        .meetings
        .iter()
        .map(|m| {
            vec![
                Cell::link(&m.title, format!("/clusters/{slug}/events/{}", m.id)),
                Cell::text(reader::wall_clock(m.starts_at)),
                Cell::text(m.registered.to_string()).class("num"),
                Cell::text(m.attended.to_string()).class("num"),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: "Meetings".into(),
        table: plain_table(&[("Meeting", ""), ("When", ""), ("Registered", "num"), ("Came", "num")], meetings),
        empty: "No meetings yet: link an event to the group from the event's page.".into(),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

#[derive(Debug, serde::Deserialize)]
struct JoinForm {
    email: Option<String>,
    day: Option<String>,
}

fn day_of(raw: &Option<String>, today: NaiveDate) -> Result<NaiveDate, app::Error> {
    match non_empty(raw) {
        None => Ok(today),
        Some(d) => domain::written::parse_date(d, None).map_err(|e| domain::Invalid::one("day", e).into()),
    }
}

async fn join(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::WorkingGroup>,
    CsrfForm(form): CsrfForm<JoinForm>,
) -> Result<Response, PageError> {
    app::engagement::group(&state.app, &scope, id).await?;
    let done = async {
        let email = non_empty(&form.email).ok_or_else(|| app::Error::BadRequest("give the contact's email".into()))?;
        let person = app::privacy::contact_by_email(&state.app, &scope, email).await?;
        app::engagement::join(&state.app, &scope, id, person.id, day_of(&form.day, state.app.today(&scope))?).await?;
        Ok(format!("{} joined the group.", person.fields.full_name()))
    }
    .await;
    let done = done.map_err(|e| match e {
        app::Error::NotFound(_) => app::Error::BadRequest("no contact of the cluster has that email".into()),
        other => other,
    });
    after_action(&headers, &format!("/clusters/{slug}/working-groups/{id}"), done)
}

async fn leave(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, id, spell)): Path<(String, String, String)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "working group")?;
    let spell = parse_id(&spell, "group membership")?;
    app::engagement::group(&state.app, &scope, id).await?;
    app::engagement::leave(&state.app, &scope, spell, state.app.today(&scope)).await?;
    Ok(see_other_with(
        &headers,
        &format!("/clusters/{slug}/working-groups/{id}"),
        "notice",
        "The person left the group.",
    ))
}

#[derive(Debug, Default, serde::Deserialize)]
struct YearQuery {
    period: Option<String>,
    at_risk: Option<String>,
    /// all (the default), members, at_risk or new.
    show: Option<String>,
    /// organisation (the default), activities or since, with `desc` for the other way.
    sort: Option<String>,
    desc: Option<String>,
}

async fn engagement(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<YearQuery>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "engagement", "Engagement".into()).await?;
    let year = year_of(&q.period, page.today)?;
    let show = if q.at_risk.is_some() { "at_risk" } else { q.show.as_deref().unwrap_or("all") };
    let mut all = app::engagement::of_year(&state.app, &page.scope, year).await?;
    let rule = app::engagement::active_rule(&state.app, &page.scope).await?;
    let members = all.iter().filter(|e| e.member).count();
    let active = all.iter().filter(|e| e.member && e.active).count();
    let risk = all.iter().filter(|e| e.at_risk).count();
    let new_members = all.iter().filter(|e| e.new_member && !e.active).count();
    let can_manage = page.scope.role().allows(Permission::Manage);
    let can_edit = page.can_edit();
    let mut report = ReportPage::new(page.layout, format!("Engagement {year}"));
    report.subheading = format!("{} At risk: members who pay but do not take part.", rule.sentence());
    report.actions = engagement_actions(&slug);
    report.notice = flash.notice;
    report.problem = flash.problem;
    let listing = |show: &str| format!("/clusters/{slug}/engagement?period={year}&show={show}");
    report.facts = vec![
        Fact { href: Some(listing("members")), ..Fact::new("Members", Some(members.to_string())) },
        Fact::new("Active", Some(active.to_string())),
        Fact { href: Some(listing("at_risk")), ..Fact::new("At risk", Some(risk.to_string())) },
        Fact { href: Some(listing("new")), ..Fact::new("New, not yet active", Some(new_members.to_string())) },
    ];
    report.forms.push(PostForm::get(
        "Show",
        format!("/clusters/{slug}/engagement"),
        "Show",
        vec![
            FormField::text("period", "Year", Some(&year.to_string()), None).input("number"),
            FormField::text("show", "Who", Some(show), None).select(options(
                "Every organisation",
                [("members", "Members"), ("at_risk", "Members at risk"), ("new", "New members")],
                Some(show).filter(|s| *s != "all"),
            )),
        ],
    ));
    if can_edit && risk > 0 {
        report.forms.push(
            PostForm::post(
                "Ask the members at risk",
                format!("/clusters/{slug}/engagement/survey?period={year}"),
                "Survey them",
                Vec::new(),
            )
            .ask(format!(
                "Tag the {risk} members at risk \u{201c}{}\u{201d} and choose a survey to send them?",
                app::engagement::at_risk_tag(year)
            )),
        );
    }
    if can_manage {
        let (a, p, g) = (rule.min_activities.to_string(), rule.min_projects.to_string(), rule.grace_months.to_string());
        let counted = app::engagement::Activity::ALL
            .iter()
            .map(|a| SelectOption {
                value: a.code().into(),
                label: a.label().into(),
                selected: rule.counts.contains(a),
            })
            .collect();
        report.forms.push(PostForm::post(
            "Rule for an active member",
            format!("/clusters/{slug}/engagement/rule"),
            "Save rule",
            vec![
                FormField::text("activities", "Activities a year, at least", Some(&a), None).input("number"),
                FormField::text("projects", "or projects a year, at least", Some(&p), None).input("number"),
                FormField::text("grace_months", "New members are not at risk for (months)", Some(&g), None)
                    .input("number"),
                FormField::text("counts", "Activities that count", None, None).checkboxes(counted),
            ],
        ));
    }
    all.retain(|e| match show {
        "members" => e.member,
        "at_risk" => e.at_risk,
        "new" => e.new_member,
        _ => true,
    });
    let descending = q.desc.is_some();
    let sort = q.sort.as_deref().unwrap_or("organisation");
    match sort {
        "activities" => all.sort_by_key(|e| (e.activities, e.projects)),
        "since" => all.sort_by_key(|e| e.member_since),
        _ => all.sort_by_cached_key(|e| domain::text::fold(&e.organisation)),
    }
    if descending {
        all.reverse();
    }
    let rows = all
        .iter()
        .map(|e| {
            let (label, class) = match (e.member, e.active, e.new_member) {
                (true, true, _) => ("Active member", "status-ok"),
                (true, false, true) => ("New member", "status-warning"),
                (true, false, false) => ("At risk", "status-problem"),
                (false, _, _) => ("Not a member", ""),
            };
            let organisation = e.organisation_id;
            let next = if can_edit && e.at_risk {
                vec![
                    Cell::link(
                        "Log a call",
                        format!("/clusters/{slug}/interactions/new?organisation={organisation}&kind=call"),
                    ),
                    Cell::link("Create a task", format!("/clusters/{slug}/tasks/new?organisation={organisation}")),
                ]
            } else {
                vec![Cell::text(""), Cell::text("")]
            };
            let mut row = vec![
                Cell::link(&e.organisation, format!("/clusters/{slug}/organisations/{organisation}")),
                Cell::text(label).class(class),
                Cell::text(reader::day_or(e.member_since, "")).class("optional"),
                Cell::text(e.activities.to_string()).class("num"),
                Cell::text(e.events_attended.to_string()).class("num optional"),
                Cell::text(e.working_groups.to_string()).class("num optional"),
                Cell::text(e.services_received.to_string()).class("num optional"),
                Cell::text(e.surveys_answered.to_string()).class("num optional"),
                Cell::text(e.projects.to_string()).class("num"),
            ];
            row.extend(next);
            row
        })
        .collect();
    let sorted = |key: &'static str, label: &'static str, class: &'static str| {
        let here = sort == key;
        let flip = if here && !descending { "&desc=1" } else { "" };
        Column {
            label: label.into(),
            href: Some(format!("/clusters/{slug}/engagement?period={year}&show={show}&sort={key}{flip}")),
            sort_state: match (here, descending) {
                (false, _) => "",
                (true, false) => "ascending",
                (true, true) => "descending",
            },
            class,
        }
    };
    let plain =
        |label: &'static str, class: &'static str| Column { label: label.into(), href: None, sort_state: "", class };
    report.sections.push(Section {
        title: match show {
            "members" => format!("Members ({})", all.len()),
            "at_risk" => format!("Members at risk ({})", all.len()),
            "new" => format!("New members ({})", all.len()),
            _ => format!("Organisations ({})", all.len()),
        },
        table: Table {
            columns: vec![
                sorted("organisation", "Organisation", ""),
                plain("Status", ""),
                sorted("since", "Member since", "optional"),
                sorted("activities", "Activities", "num"),
                plain("Events attended", "num optional"),
                plain("Working groups", "num optional"),
                plain("Services received", "num optional"),
                plain("Surveys answered", "num optional"),
                plain("Projects", "num"),
                plain("Next step", ""),
                plain("Or", ""),
            ],
            rows,
        },
        empty: "Nobody here.".into(),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

#[derive(Debug, serde::Deserialize)]
struct RuleForm {
    activities: Option<String>,
    projects: Option<String>,
    grace_months: Option<String>,
    #[serde(default)]
    counts: Vec<String>,
}

async fn set_rule(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfListForm(form): CsrfListForm<RuleForm>,
) -> Result<Response, PageError> {
    let input = app::engagement::ActiveRuleInput {
        activities: form.activities.unwrap_or_default(),
        projects: form.projects.unwrap_or_default(),
        grace_months: form.grace_months.unwrap_or_default(),
        counts: form.counts,
    };
    let done =
        app::engagement::set_active_rule(&state.app, &scope, &input).await.map(|()| "The rule is saved.".to_string());
    after_action(&headers, &format!("/clusters/{slug}/engagement"), done)
}

async fn survey_at_risk(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(q): Query<YearQuery>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let year = year_of(&q.period, app::App::today(&state.app, &scope))?;
    match app::engagement::gather_at_risk(&state.app, &scope, year, user.actor.email()).await {
        Ok((segment, n)) => Ok(see_other_with(
            &headers,
            &format!("/clusters/{slug}/surveys?segment={segment}"),
            "notice",
            &format!(
                "The {n} members at risk are in the segment \u{201c}{}\u{201d}: choose the questionnaire and send.",
                app::engagement::at_risk_tag(year)
            ),
        )),
        Err(e) => after_action(&headers, &format!("/clusters/{slug}/engagement?period={year}"), Err(e)),
    }
}

async fn feedback(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "engagement", "Feedback".into()).await?;
    let year = year_of(&q.period, page.today)?;
    let report_data = app::engagement::feedback(&state.app, &page.scope, year).await?;
    let mut report = ReportPage::new(page.layout, format!("Feedback {year}"));
    report.subheading = "Ratings from 1 to 5 that attendees gave through their personal link.".into();
    report.actions = engagement_actions(&slug);
    report.forms.push(year_form(format!("/clusters/{slug}/feedback"), year, "Show"));
    for (title, averages) in
        [("By event", &report_data.by_event), ("By kind", &report_data.by_kind), ("By month", &report_data.by_month)]
    {
        let rows = averages
            .iter()
            .map(|a| {
                let name = match a.day {
                    Some(day) => format!("{} {}", reader::day(day), a.name),
                    None => a.name.clone(),
                };
                vec![
                    Cell::text(name),
                    Cell::text(format!("{}.{}", a.mean_tenths / 10, a.mean_tenths % 10)).class("num"),
                    Cell::text(a.ratings.to_string()).class("num"),
                ]
            })
            .collect();
        report.sections.push(Section {
            title: title.into(),
            table: plain_table(&[("", ""), ("Average", "num"), ("Ratings", "num")], rows),
            empty: "No ratings in this year.".into(),
            actions: Vec::new(),
        });
    }
    let rows = report_data
        .comments
        .iter()
        .map(|(event, rating, comment)| {
            vec![Cell::text(event), Cell::text(rating.to_string()).class("num"), Cell::text(comment)]
        })
        .collect();
    report.sections.push(Section {
        title: "Comments".into(),
        table: plain_table(&[("Event", ""), ("Rating", "num"), ("Comment", "")], rows),
        empty: "No comments.".into(),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

/// The engagement of an organisation this year, as a section of its page.
pub async fn section(state: &AppState, scope: &app::ClusterScope, organisation: Uuid) -> Result<Section, app::Error> {
    let slug = &scope.cluster().slug;
    let e = app::engagement::of_organisation(&state.app, scope, organisation).await?;
    let rows = match e {
        None => Vec::new(),
        Some(e) => {
            let (label, class) = match (e.member, e.active, e.new_member) {
                (true, true, _) => ("Active member", "status-ok"),
                (true, false, true) => ("New member, not yet active", "status-warning"),
                (true, false, false) => ("At risk: a member who does not take part", "status-problem"),
                (false, _, _) => ("Takes part without being a member", ""),
            };
            vec![vec![
                Cell::text(label).class(class),
                Cell::text(e.events_attended.to_string()).class("num"),
                Cell::text(e.working_groups.to_string()).class("num"),
                Cell::text(e.services_received.to_string()).class("num optional"),
                Cell::text(e.surveys_answered.to_string()).class("num optional"),
                Cell::text(e.projects.to_string()).class("num"),
            ]]
        }
    };
    Ok(Section {
        title: format!("Engagement {}", state.app.today(scope).year()),
        table: plain_table(
            &[
                ("", ""),
                ("Events attended", "num"),
                ("Working groups", "num"),
                ("Services received", "num optional"),
                ("Surveys answered", "num optional"),
                ("Projects", "num"),
            ],
            rows,
        ),
        empty: "Neither a member nor taking part this year.".into(),
        actions: vec![link("Engagement of all", format!("/clusters/{slug}/engagement"))],
    })
}
