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
        link(reader::t("nav-engagement"), format!("/clusters/{slug}/engagement")),
        link(reader::t("engagement-working-groups"), format!("/clusters/{slug}/working-groups")),
        link(reader::t("engagement-feedback"), format!("/clusters/{slug}/feedback")),
        link(reader::t("nav-events"), format!("/clusters/{slug}/events")),
    ]
}

async fn groups(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "engagement", reader::t("engagement-working-groups")).await?;
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
    let mut report = ReportPage::new(page.layout, reader::t("engagement-working-groups"));
    report.subheading = reader::t("engagement-groups-subheading");
    report.actions = engagement_actions(&slug);
    report.notice = flash.notice;
    report.problem = flash.problem;
    if can_edit {
        report.forms.push(PostForm::post(
            reader::t("engagement-new-working-group"),
            format!("/clusters/{slug}/working-groups"),
            reader::t("engagement-create-group"),
            vec![
                FormField::text("name", &reader::t("engagement-group-name"), None, None).required(),
                FormField::text("description", &reader::t("engagement-what-it-works-on"), None, None),
            ],
        ));
    }
    report.sections.push(Section {
        title: reader::t("engagement-groups"),
        table: plain_table(
            &[
                (reader::t("engagement-group"), ""),
                (reader::t("engagement-group-members"), "num"),
                (reader::t("events-description"), "optional"),
            ],
            rows,
        ),
        empty: reader::t("engagement-no-working-groups"),
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
    let page = ClusterPage::open(&state, access, "engagement", reader::t("engagement-working-group")).await?;
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
            reader::t("engagement-add-a-member"),
            format!("{base}/members"),
            reader::t("engagement-add"),
            vec![
                FormField::text("email", &reader::t("engagement-email-of-the-contact"), None, None)
                    .required()
                    .input("email"),
                FormField::text("day", &reader::t("engagement-from"), Some(&today_text), None).input("date"),
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
                Cell::text(m.left_on.map(|d| reader::t1("engagement-left-on", "day", d)).unwrap_or_default()),
            ];
            if can_edit && m.left_on.is_none() {
                row.push(Cell::button(reader::t("engagement-leaves"), format!("{base}/members/{}/leave", m.id)));
            } else {
                row.push(Cell::text(""));
            }
            row
        })
        .collect();
    report.sections.push(Section {
        title: reader::t_count("engagement-group-members-count", view.group.members),
        table: plain_table(
            &[
                (reader::t("events-person"), ""),
                (reader::t("organisation"), ""),
                (reader::t("engagement-since"), "optional"),
                (String::new(), ""),
                (String::new(), ""),
            ],
            rows,
        ),
        empty: reader::t("engagement-nobody-yet"),
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
        title: reader::t("engagement-meetings"),
        table: plain_table(
            &[
                (reader::t("engagement-meeting"), ""),
                (reader::t("when"), ""),
                (reader::t("engagement-registered"), "num"),
                (reader::t("events-came"), "num"),
            ],
            meetings,
        ),
        empty: reader::t("engagement-no-meetings"),
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
        let email =
            non_empty(&form.email).ok_or_else(|| app::Error::BadRequest(reader::t("engagement-give-the-email")))?;
        let person = app::privacy::contact_by_email(&state.app, &scope, email).await?;
        app::engagement::join(&state.app, &scope, id, person.id, day_of(&form.day, state.app.today(&scope))?).await?;
        Ok(reader::t1("engagement-joined", "name", person.fields.full_name()))
    }
    .await;
    let done = done.map_err(|e| match e {
        app::Error::NotFound(_) => app::Error::BadRequest(reader::t("engagement-no-contact-with-email")),
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
        &reader::t("engagement-person-left"),
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
    let page = ClusterPage::open(&state, access, "engagement", reader::t("nav-engagement")).await?;
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
    let mut report = ReportPage::new(page.layout, reader::t1("engagement-of-year", "year", year));
    report.subheading = format!("{} {}", rule.sentence(), reader::t("engagement-at-risk-explained"));
    report.actions = engagement_actions(&slug);
    report.notice = flash.notice;
    report.problem = flash.problem;
    let listing = |show: &str| format!("/clusters/{slug}/engagement?period={year}&show={show}");
    report.facts = vec![
        Fact { href: Some(listing("members")), ..Fact::new(reader::t("nav-members"), Some(members.to_string())) },
        Fact::new(reader::t("engagement-active"), Some(active.to_string())),
        Fact { href: Some(listing("at_risk")), ..Fact::new(reader::t("engagement-at-risk"), Some(risk.to_string())) },
        Fact {
            href: Some(listing("new")),
            ..Fact::new(reader::t("engagement-new-not-yet-active"), Some(new_members.to_string()))
        },
    ];
    let (members_label, at_risk_label, new_label) =
        (reader::t("nav-members"), reader::t("engagement-members-at-risk"), reader::t("engagement-new-members"));
    report.forms.push(PostForm::get(
        reader::t("engagement-show"),
        format!("/clusters/{slug}/engagement"),
        reader::t("engagement-show"),
        vec![
            FormField::text("period", &reader::t("engagement-year"), Some(&year.to_string()), None).input("number"),
            FormField::text("show", &reader::t("engagement-who"), Some(show), None).select(options(
                &reader::t("engagement-every-organisation"),
                [("members", members_label.as_str()), ("at_risk", at_risk_label.as_str()), ("new", new_label.as_str())],
                Some(show).filter(|s| *s != "all"),
            )),
        ],
    ));
    if can_edit && risk > 0 {
        report.forms.push(
            PostForm::post(
                reader::t("engagement-ask-the-members-at-risk"),
                format!("/clusters/{slug}/engagement/survey?period={year}"),
                reader::t("engagement-survey-them"),
                Vec::new(),
            )
            .ask(reader::t2(
                "engagement-tag-at-risk-ask",
                "count",
                risk,
                "tag",
                app::engagement::at_risk_tag(year),
            )),
        );
    }
    if can_manage {
        let (a, p, g) = (rule.min_activities.to_string(), rule.min_projects.to_string(), rule.grace_months.to_string());
        let counted = app::engagement::Activity::ALL
            .iter()
            .map(|a| SelectOption {
                value: a.code().into(),
                label: reader::label(*a),
                selected: rule.counts.contains(a),
            })
            .collect();
        report.forms.push(PostForm::post(
            reader::t("engagement-rule"),
            format!("/clusters/{slug}/engagement/rule"),
            reader::t("engagement-save-rule"),
            vec![
                FormField::text("activities", &reader::t("engagement-rule-activities"), Some(&a), None).input("number"),
                FormField::text("projects", &reader::t("engagement-rule-projects"), Some(&p), None).input("number"),
                FormField::text("grace_months", &reader::t("engagement-rule-grace-months"), Some(&g), None)
                    .input("number"),
                FormField::text("counts", &reader::t("engagement-rule-counts"), None, None).checkboxes(counted),
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
        _ => i18n::sort_by_name(reader::language(), &mut all, |e| &e.organisation),
    }
    if descending {
        all.reverse();
    }
    let rows = all
        .iter()
        .map(|e| {
            let (label, class) = match (e.member, e.active, e.new_member) {
                (true, true, _) => ("engagement-active-member", "status-ok"),
                (true, false, true) => ("engagement-new-member", "status-warning"),
                (true, false, false) => ("engagement-at-risk", "status-problem"),
                (false, _, _) => ("engagement-not-a-member", ""),
            };
            let label = reader::t(label);
            let organisation = e.organisation_id;
            let next = if can_edit && e.at_risk {
                vec![
                    Cell::link(
                        reader::t("engagement-log-a-call"),
                        format!("/clusters/{slug}/interactions/new?organisation={organisation}&kind=call"),
                    ),
                    Cell::link(
                        reader::t("engagement-create-a-task"),
                        format!("/clusters/{slug}/tasks/new?organisation={organisation}"),
                    ),
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
    let sorted = |key: &'static str, label: String, class: &'static str| {
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
    let plain = |label: String, class: &'static str| Column { label: label.into(), href: None, sort_state: "", class };
    let shown = all.len() as i64;
    report.sections.push(Section {
        title: match show {
            "members" => reader::t_count("engagement-members-count", shown),
            "at_risk" => reader::t_count("engagement-members-at-risk-count", shown),
            "new" => reader::t_count("engagement-new-members-count", shown),
            _ => reader::t_count("engagement-organisations-count", shown),
        },
        table: Table {
            columns: vec![
                sorted("organisation", reader::t("organisation"), ""),
                plain(reader::t("status"), ""),
                sorted("since", reader::t("engagement-member-since"), "optional"),
                sorted("activities", reader::t("engagement-activities"), "num"),
                plain(reader::t("activity-events"), "num optional"),
                plain(reader::t("activity-working-groups"), "num optional"),
                plain(reader::t("activity-services"), "num optional"),
                plain(reader::t("activity-surveys"), "num optional"),
                plain(reader::t("nav-projects"), "num"),
                plain(reader::t("engagement-next-step"), ""),
                plain(reader::t("engagement-or"), ""),
            ],
            rows,
        },
        empty: reader::t("engagement-nobody-here"),
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
        app::engagement::set_active_rule(&state.app, &scope, &input).await.map(|()| reader::t("engagement-rule-saved"));
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
            &reader::t2("engagement-at-risk-gathered", "count", n, "tag", app::engagement::at_risk_tag(year)),
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
    let page = ClusterPage::open(&state, access, "engagement", reader::t("engagement-feedback")).await?;
    let year = year_of(&q.period, page.today)?;
    let report_data = app::engagement::feedback(&state.app, &page.scope, year).await?;
    let mut report = ReportPage::new(page.layout, reader::t1("engagement-feedback-of-year", "year", year));
    report.subheading = reader::t("engagement-feedback-subheading");
    report.actions = engagement_actions(&slug);
    report.forms.push(year_form(format!("/clusters/{slug}/feedback"), year, reader::t("engagement-show")));
    for (title, averages) in [
        (reader::t("engagement-by-event"), &report_data.by_event),
        (reader::t("engagement-by-kind"), &report_data.by_kind),
        (reader::t("engagement-by-month"), &report_data.by_month),
    ] {
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
            title,
            table: plain_table(
                &[
                    (String::new(), ""),
                    (reader::t("engagement-average"), "num"),
                    (reader::t("engagement-ratings"), "num"),
                ],
                rows,
            ),
            empty: reader::t("engagement-no-ratings"),
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
        title: reader::t("engagement-comments"),
        table: plain_table(
            &[
                (reader::t("events-event"), ""),
                (reader::t("engagement-rating"), "num"),
                (reader::t("engagement-comment"), ""),
            ],
            rows,
        ),
        empty: reader::t("engagement-no-comments"),
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
                (true, true, _) => ("engagement-active-member", "status-ok"),
                (true, false, true) => ("engagement-new-member-not-yet-active", "status-warning"),
                (true, false, false) => ("engagement-at-risk-member", "status-problem"),
                (false, _, _) => ("engagement-takes-part-not-member", ""),
            };
            vec![vec![
                Cell::text(reader::t(label)).class(class),
                Cell::text(e.events_attended.to_string()).class("num"),
                Cell::text(e.working_groups.to_string()).class("num"),
                Cell::text(e.services_received.to_string()).class("num optional"),
                Cell::text(e.surveys_answered.to_string()).class("num optional"),
                Cell::text(e.projects.to_string()).class("num"),
            ]]
        }
    };
    Ok(Section {
        title: reader::t1("engagement-of-year", "year", state.app.today(scope).year()),
        table: plain_table(
            &[
                (String::new(), ""),
                (reader::t("activity-events"), "num"),
                (reader::t("activity-working-groups"), "num"),
                (reader::t("activity-services"), "num optional"),
                (reader::t("activity-surveys"), "num optional"),
                (reader::t("nav-projects"), "num"),
            ],
            rows,
        ),
        empty: reader::t("engagement-neither"),
        actions: vec![link(reader::t("engagement-of-all"), format!("/clusters/{slug}/engagement"))],
    })
}
