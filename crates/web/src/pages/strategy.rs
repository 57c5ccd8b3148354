//! Strategy pages: the strategy with its challenges and reviews, and the action plan of a year.

use crate::reader;
use app::auth::{Edit, Manage, Read};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use chrono::Datelike;
use domain::strategy::{ActionLineInput, ActionStanding, ChallengeInput, StrategyInput};

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, CsrfListForm, NoFields, PageId, PageScope, resource};
use crate::error::PageError;
use crate::params::parse_id;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/strategy", &["GET", "POST"], get(strategy).post(create_strategy))
        .route("/clusters/{cluster}/strategy/{id}/challenges", &["POST"], post(add_challenge))
        .route("/clusters/{cluster}/strategy/{id}/reviews", &["POST"], post(review))
        .route("/clusters/{cluster}/challenges/{id}/retire", &["POST"], post(retire))
        .route("/clusters/{cluster}/challenges/{id}/restore", &["POST"], post(restore))
        .route("/clusters/{cluster}/action-plan", &["GET", "POST"], get(action_plan).post(add_line))
        .route("/clusters/{cluster}/action-plan/status", &["POST"], post(line_status))
        .route("/clusters/{cluster}/strategy/{id}/edit", &["GET", "POST"], get(edit_strategy).post(update_strategy))
        .route("/clusters/{cluster}/challenges/{id}/edit", &["GET", "POST"], get(edit_challenge).post(update_challenge))
        .route("/clusters/{cluster}/action-plan/{id}/edit", &["GET", "POST"], get(edit_line).post(update_line))
}

/// The links between the strategy's pages.
pub fn strategy_actions(slug: &str) -> Vec<Action> {
    vec![
        link(reader::t("nav-strategy"), format!("/clusters/{slug}/strategy")),
        link(reader::t("strategy-action-plan"), format!("/clusters/{slug}/action-plan")),
        link(reader::t("project-ideas"), format!("/clusters/{slug}/ideas")),
        link(reader::t("nav-projects"), format!("/clusters/{slug}/projects")),
        link(reader::t("project-portfolio"), format!("/clusters/{slug}/portfolio")),
    ]
}

#[derive(serde::Deserialize)]
struct StrategyQuery {
    id: Option<String>,
}

async fn strategy(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<StrategyQuery>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "strategy", reader::t("nav-strategy")).await?;
    let all = app::strategy::strategies(&state.app, &page.scope).await?;
    let wanted = match q.id.as_deref().filter(|s| !s.is_empty()) {
        Some(id) => Some(parse_id(id, "strategy")?),
        None => all.first().map(|s| s.id),
    };
    let can_manage = page.scope.role().allows(domain::access::Permission::Manage);
    let mut report = ReportPage::new(page.layout, reader::t("nav-strategy"));
    report.notice = flash.notice;
    report.forms_last = true;
    report.problem = flash.problem;
    report.actions = strategy_actions(&slug);
    let Some(id) = wanted else {
        report.subheading = reader::t("strategy-none-yet");
        if can_manage {
            report.forms.push(strategy_form(&slug));
        }
        return Ok(report.into_response());
    };
    let view = app::strategy::get(&state.app, &page.scope, id).await?;
    let projects = app::project::list(&state.app, &page.scope).await?;
    report.heading = view.strategy.fields.title.clone();
    if can_manage {
        report
            .actions
            .push(link(reader::t("strategy-edit-the-strategy"), format!("/clusters/{slug}/strategy/{id}/edit")));
    }
    report.subheading = reader::t1("strategy-period", "period", view.strategy.fields.period());
    let segment_name = |id: &uuid::Uuid| view.segments.iter().find(|(s, _)| s == id).map(|(_, n)| n.clone());
    let rows = view
        .challenges
        .iter()
        .map(|c| {
            let served = projects
                .iter()
                .filter(|p| p.project.stage != domain::project::ProjectStage::Abandoned)
                .filter(|p| p.project.challenge_ids.contains(&c.id))
                .count();
            let segments: Vec<String> = c.fields.segment_ids.iter().filter_map(segment_name).collect();
            let action = if !can_manage {
                Cell::text("")
            } else if c.is_current() {
                Cell::button(reader::t("strategy-retire"), format!("/clusters/{slug}/challenges/{}/retire", c.id))
                    .confirm(reader::t1("strategy-retire-confirm", "title", &c.fields.title))
            } else {
                Cell::button(reader::t("restore"), format!("/clusters/{slug}/challenges/{}/restore", c.id))
            };
            let title = if can_manage {
                Cell::link(&c.fields.title, format!("/clusters/{slug}/challenges/{}/edit", c.id))
            } else {
                Cell::text(&c.fields.title)
            };
            vec![
                title,
                Cell::text(c.fields.horizon.map(|h| h.to_string()).unwrap_or_default()).class("optional"),
                Cell::text(&c.fields.owner).class("optional"),
                Cell::text(segments.join(", ")).class("optional"),
                Cell::text(if served == 0 { reader::t("strategy-blind-spot") } else { served.to_string() })
                    .class(if served == 0 { "status-warning" } else { "num" }),
                Cell::text(reader::t(if c.is_current() { "strategy-current" } else { "strategy-retired" })),
                action,
            ]
        })
        .collect();
    report.sections.push(Section {
        title: reader::t("strategy-strategic-challenges"),
        table: plain_table(
            &[
                (reader::t("project-challenge"), ""),
                (reader::t("strategy-horizon"), "optional"),
                (reader::t("strategy-owner"), "optional"),
                (reader::t("strategy-value-chain-segments"), "optional"),
                (reader::t("nav-projects"), "num"),
                (String::new(), ""),
                (String::new(), ""),
            ],
            rows,
        ),
        empty: reader::t("strategy-no-challenges"),
        actions: Vec::new(),
    });
    let reviews = view
        .reviews
        .iter()
        .map(|r| vec![Cell::text(reader::day(r.reviewed_on)), Cell::text(&r.reviewed_by), Cell::text(&r.changes)])
        .collect();
    report.sections.push(Section {
        title: reader::t("strategy-reviews"),
        table: plain_table(
            &[
                (reader::t("strategy-reviewed-on"), ""),
                (reader::t("project-by"), ""),
                (reader::t("strategy-what-changed"), ""),
            ],
            reviews,
        ),
        empty: reader::t("strategy-not-reviewed"),
        actions: Vec::new(),
    });
    if can_manage {
        let fields = challenge_edit_fields(&ChallengeInput::default(), &[], &view.segments, None);
        report.forms.push(PostForm::post(
            reader::t("strategy-add-a-challenge"),
            format!("/clusters/{slug}/strategy/{id}/challenges"),
            reader::t("project-add"),
            fields,
        ));
        report.forms.push(PostForm::post(
            reader::t("strategy-record-a-review"),
            format!("/clusters/{slug}/strategy/{id}/reviews"),
            reader::t("strategy-record-the-review"),
            vec![
                FormField::text("note", &reader::t("strategy-what-the-review-decided"), None, None)
                    .hint(reader::t("strategy-review-hint")),
            ],
        ));
        report.forms.push(strategy_form(&slug));
    }
    if all.len() > 1 {
        report.forms.push(PostForm::get(
            reader::t("strategy-other-strategies"),
            format!("/clusters/{slug}/strategy"),
            reader::t("strategy-show"),
            vec![
                FormField::text("id", &reader::t("nav-strategy"), Some(&id.to_string()), None).select(
                    all.iter()
                        .map(|s| SelectOption {
                            value: s.id.to_string(),
                            label: format!("{} ({})", s.fields.title, s.fields.period()),
                            selected: s.id == id,
                        })
                        .collect(),
                ),
            ],
        ));
    }
    Ok(report.into_response())
}

fn strategy_form(slug: &str) -> PostForm {
    PostForm::post(
        reader::t("strategy-new-strategy"),
        format!("/clusters/{slug}/strategy"),
        reader::t("strategy-set-out"),
        strategy_fields(&StrategyInput::default(), None),
    )
}

fn strategy_fields(input: &StrategyInput, errors: Option<&domain::Invalid>) -> Vec<FormField> {
    vec![
        FormField::text("title", &reader::t("project-title"), input.title.as_deref(), errors).required(),
        FormField::text("first_year", &reader::t("strategy-from"), input.first_year.as_deref(), errors)
            .input("number")
            .required(),
        FormField::text("last_year", &reader::t("strategy-to"), input.last_year.as_deref(), errors)
            .input("number")
            .required(),
    ]
}

fn challenge_fields(input: &ChallengeInput, errors: Option<&domain::Invalid>) -> Vec<FormField> {
    vec![
        FormField::text("title", &reader::t("project-challenge"), input.title.as_deref(), errors).required(),
        FormField::text("description", &reader::t("project-description"), input.description.as_deref(), errors)
            .input("textarea"),
        FormField::text("horizon", &reader::t("strategy-met-by"), input.horizon.as_deref(), errors).input("number"),
        FormField::text("owner", &reader::t("strategy-owner"), input.owner.as_deref(), errors),
    ]
}

async fn create_strategy(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(input): CsrfForm<StrategyInput>,
) -> Result<Response, PageError> {
    let back = format!("/clusters/{slug}/strategy");
    match app::strategy::create(&state.app, &scope, &input).await {
        Ok(id) => {
            Ok(see_other_with(&headers, &format!("{back}?id={id}"), "notice", &reader::t("strategy-set-out-notice")))
        }
        Err(e) => after_action(&headers, &back, Err(e)),
    }
}

async fn add_challenge(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Strategy>,
    CsrfListForm(form): CsrfListForm<ChallengeEditForm>,
) -> Result<Response, PageError> {
    let (input, segments) = form.parts()?;
    let done = app::strategy::add_challenge(&state.app, &scope, id, &input, &segments)
        .await
        .map(|_| reader::t("strategy-challenge-added"));
    after_action(&headers, &format!("/clusters/{slug}/strategy?id={id}"), done)
}

#[derive(serde::Deserialize)]
struct ReviewForm {
    #[serde(default)]
    note: String,
}

async fn review(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Strategy>,
    CsrfForm(form): CsrfForm<ReviewForm>,
) -> Result<Response, PageError> {
    let done = app::strategy::review(&state.app, &scope, id, &form.note, user.actor.email())
        .await
        .map(|changes| reader::t1("strategy-review-recorded", "changes", changes));
    after_action(&headers, &format!("/clusters/{slug}/strategy?id={id}"), done)
}

async fn retire_or_restore(
    state: &AppState,
    scope: &app::ClusterScope,
    headers: &HeaderMap,
    slug: &str,
    id: uuid::Uuid,
    retired: bool,
) -> Result<Response, PageError> {
    let result = app::strategy::retire_challenge(&state.app, scope, id, retired).await;
    let strategy = app::strategy::challenge(&state.app, scope, id).await.map(|c| c.strategy_id).ok();
    let back = match strategy {
        Some(s) => format!("/clusters/{slug}/strategy?id={s}"),
        None => format!("/clusters/{slug}/strategy"),
    };
    let notice = reader::t(if retired { "strategy-challenge-retired" } else { "strategy-challenge-back" });
    after_action(headers, &back, result.map(|()| notice))
}

async fn retire(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Challenge>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    retire_or_restore(&state, &scope, &headers, &slug, id, true).await
}

async fn restore(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Challenge>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    retire_or_restore(&state, &scope, &headers, &slug, id, false).await
}

#[derive(serde::Deserialize)]
struct YearQuery {
    period: Option<String>,
}

fn standing_class(s: ActionStanding) -> &'static str {
    match s {
        ActionStanding::OnTrack | ActionStanding::Done => "status-ok",
        ActionStanding::NotStarted | ActionStanding::AtRisk => "status-warning",
        ActionStanding::Late => "status-problem",
    }
}

async fn action_plan(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<YearQuery>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "strategy", reader::t("strategy-action-plan")).await?;
    let this_year = state.app.today(&page.scope).year();
    let year = q.period.as_deref().and_then(|p| domain::strategy::parse_year(p).ok()).unwrap_or(this_year);
    let plan = app::strategy::plan(&state.app, &page.scope, year).await?;
    let challenges = app::strategy::challenges(&state.app, &page.scope).await?;
    let can_edit = page.can_edit();
    let mut report = ReportPage::new(page.layout, reader::t1("strategy-action-plan-of", "year", year));
    report.notice = flash.notice;
    report.forms_last = true;
    report.problem = flash.problem;
    report.actions = strategy_actions(&slug);
    report.subheading = reader::t("strategy-action-plan-subheading");
    report.facts = vec![
        Fact::new(reader::t("strategy-lines"), Some(plan.lines.len().to_string())),
        Fact::new(reader::t("strategy-on-track-or-done"), plan.on_track_percent.map(|p| format!("{p} %"))),
        Fact::new(
            reader::label(ActionStanding::Late),
            Some(plan.lines.iter().filter(|l| l.standing == ActionStanding::Late).count().to_string()),
        ),
    ];
    report.forms.push(year_form(format!("/clusters/{slug}/action-plan"), year, reader::t("strategy-show")));
    let rows = plan
        .lines
        .iter()
        .map(|l| {
            let f = &l.line.fields;
            let objective = if can_edit {
                Cell::link(&f.objective, format!("/clusters/{slug}/action-plan/{}/edit", l.line.id))
            } else {
                Cell::text(&f.objective)
            };
            vec![
                objective,
                Cell::text(&f.owner).class("optional"),
                Cell::text(format!("{} – {}", reader::day(f.starts_on), reader::day(f.ends_on))).class("optional"),
                Cell::text(l.challenge.clone().unwrap_or_default()).class("optional"),
                Cell::text(f.indicator.clone().unwrap_or_default()).class("optional"),
                Cell::text(reader::label(l.standing)).class(standing_class(l.standing)),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: reader::t("strategy-lines"),
        table: plain_table(
            &[
                (reader::t("strategy-objective"), ""),
                (reader::t("strategy-owner"), "optional"),
                (reader::t("project-dates"), "optional"),
                (reader::t("project-challenge"), "optional"),
                (reader::t("strategy-target-indicator"), "optional"),
                (reader::t("status"), ""),
            ],
            rows,
        ),
        empty: reader::t1("strategy-no-lines", "year", year),
        actions: Vec::new(),
    });
    if can_edit {
        let challenge_options = challenge_choices(&challenges, None);
        let statuses = || status_options(None);
        report.forms.push(PostForm::post(
            reader::t("strategy-add-a-line"),
            format!("/clusters/{slug}/action-plan?period={year}"),
            reader::t("project-add"),
            line_fields(&ActionLineInput::default(), None, &challenge_options, None),
        ));
        let lines: Vec<(String, String)> =
            plan.lines.iter().map(|l| (l.line.id.to_string(), l.line.fields.objective.clone())).collect();
        if !lines.is_empty() {
            report.forms.push(PostForm::post(
                reader::t("strategy-say-where-a-line-stands"),
                format!("/clusters/{slug}/action-plan/status"),
                reader::t("project-save"),
                vec![
                    FormField::text("line_id", &reader::t("strategy-line"), None, None)
                        .select(
                            lines
                                .iter()
                                .map(|(a, b)| SelectOption { value: a.clone(), label: b.clone(), selected: false })
                                .collect(),
                        )
                        .required(),
                    FormField::text("status", &reader::t("status"), None, None).select(statuses()),
                ],
            ));
        }
    }
    Ok(report.into_response())
}

#[derive(serde::Deserialize)]
struct LineForm {
    #[serde(flatten)]
    input: ActionLineInput,
    challenge_id: Option<String>,
}

async fn add_line(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(q): Query<YearQuery>,
    CsrfForm(form): CsrfForm<LineForm>,
) -> Result<Response, PageError> {
    let year = q
        .period
        .as_deref()
        .and_then(|p| domain::strategy::parse_year(p).ok())
        .unwrap_or_else(|| state.app.today(&scope).year());
    let challenge =
        form.challenge_id.as_deref().filter(|s| !s.is_empty()).map(|s| parse_id(s, "challenge")).transpose()?;
    let done = app::strategy::add_line(&state.app, &scope, year, &form.input, challenge)
        .await
        .map(|_| reader::t("strategy-line-added"));
    after_action(&headers, &format!("/clusters/{slug}/action-plan?period={year}"), done)
}

#[derive(serde::Deserialize)]
struct StatusForm {
    line_id: String,
    status: Option<String>,
}

async fn line_status(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<StatusForm>,
) -> Result<Response, PageError> {
    let id = parse_id(&form.line_id, "action line")?;
    let line = app::strategy::line(&state.app, &scope, id).await?;
    let mut input = line.fields.to_input();
    input.status = form.status;
    let done = app::strategy::update_line(&state.app, &scope, id, &input, line.fields.challenge_id)
        .await
        .map(|()| reader::t("strategy-line-updated"));
    after_action(&headers, &format!("/clusters/{slug}/action-plan?period={}", line.fields.year), done)
}

fn line_fields(
    input: &ActionLineInput,
    challenge: Option<uuid::Uuid>,
    challenges: &[(String, String)],
    errors: Option<&domain::Invalid>,
) -> Vec<FormField> {
    let challenge = challenge.map(|c| c.to_string());
    let t = reader::t;
    vec![
        FormField::text("objective", &t("strategy-objective"), input.objective.as_deref(), errors).required(),
        FormField::text("actions", &t("actions"), input.actions.as_deref(), errors).input("textarea"),
        FormField::text("owner", &t("strategy-owner"), input.owner.as_deref(), errors).required(),
        FormField::text("starts_on", &t("project-starts-on"), input.starts_on.as_deref(), errors)
            .input("date")
            .required(),
        FormField::text("ends_on", &t("project-ends-on"), input.ends_on.as_deref(), errors).input("date").required(),
        FormField::text("challenge_id", &t("project-challenge-it-serves"), None, errors).select(options(
            &t("project-none"),
            challenges.iter().map(|(a, b)| (a.as_str(), b.as_str())),
            challenge.as_deref(),
        )),
        FormField::text("status", &t("status"), None, errors).select(status_options(
            input.status.as_deref().filter(|s| *s != domain::strategy::ActionStatus::ALL[0].code()),
        )),
        FormField::text("indicator", &t("strategy-target-indicator"), input.indicator.as_deref(), errors)
            .hint(t("strategy-indicator-hint")),
    ]
}

/// The statuses a line can be given, "Not started" first for none, `selected` chosen.
fn status_options(selected: Option<&str>) -> Vec<SelectOption> {
    let statuses: Vec<(&str, String)> =
        domain::strategy::ActionStatus::ALL.iter().skip(1).map(|s| (s.code(), reader::label(*s))).collect();
    options(
        &reader::label(domain::strategy::ActionStatus::NotStarted),
        statuses.iter().map(|(a, b)| (*a, b.as_str())),
        selected,
    )
}

/// The current challenges to choose from, and `keep` (the one a record already serves) even when
/// it is retired.
fn challenge_choices(challenges: &[domain::strategy::Challenge], keep: Option<uuid::Uuid>) -> Vec<(String, String)> {
    challenges
        .iter()
        .filter(|c| c.is_current() || Some(c.id) == keep)
        .map(|c| (c.id.to_string(), c.fields.title.clone()))
        .collect()
}

async fn edit_strategy(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Strategy>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "strategy", reader::t("nav-strategy")).await?;
    let view = app::strategy::get(&state.app, &page.scope, id).await?;
    let back = format!("/clusters/{slug}/strategy?id={id}");
    let fields = strategy_fields(&view.strategy.fields.to_input(), None);
    Ok(edit_page(
        page.layout,
        view.strategy.fields.title,
        format!("/clusters/{slug}/strategy/{id}/edit"),
        back,
        fields,
        None,
    ))
}

async fn update_strategy(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Strategy>,
    CsrfForm(input): CsrfForm<StrategyInput>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "strategy", reader::t("nav-strategy")).await?;
    let heading = app::strategy::get(&state.app, &page.scope, id).await?.strategy.fields.title;
    let saved = app::strategy::update(&state.app, &page.scope, id, &input).await;
    let back = format!("/clusters/{slug}/strategy?id={id}");
    saved_or_form(&headers, saved, &back, &reader::t("strategy-saved"), |e| {
        let action = format!("/clusters/{slug}/strategy/{id}/edit");
        edit_page(page.layout, heading, action, back.clone(), strategy_fields(&input, Some(e)), Some(e))
    })
}

/// A challenge as the edit form posts it: its value-chain segments as checkboxes.
#[derive(serde::Deserialize)]
struct ChallengeEditForm {
    title: Option<String>,
    description: Option<String>,
    horizon: Option<String>,
    owner: Option<String>,
    #[serde(default)]
    segment_ids: Vec<String>,
}

impl ChallengeEditForm {
    fn parts(self) -> Result<(ChallengeInput, Vec<uuid::Uuid>), PageError> {
        let segments = self
            .segment_ids
            .iter()
            .filter(|s| !s.is_empty())
            .map(|s| parse_id(s, "segment"))
            .collect::<Result<Vec<_>, _>>()?;
        let input = ChallengeInput {
            title: self.title,
            description: self.description,
            horizon: self.horizon,
            owner: self.owner,
        };
        Ok((input, segments))
    }
}

fn challenge_edit_fields(
    input: &ChallengeInput,
    chosen: &[uuid::Uuid],
    segments: &[(uuid::Uuid, String)],
    errors: Option<&domain::Invalid>,
) -> Vec<FormField> {
    let mut fields = challenge_fields(input, errors);
    fields.push(
        FormField::text("segment_ids", &reader::t("strategy-segments-it-concerns"), None, errors).checkboxes(
            segments
                .iter()
                .map(|(id, name)| SelectOption {
                    value: id.to_string(),
                    label: name.clone(),
                    selected: chosen.contains(id),
                })
                .collect(),
        ),
    );
    fields
}

async fn edit_challenge(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Challenge>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "strategy", reader::t("project-challenge")).await?;
    let challenge = app::strategy::challenge(&state.app, &page.scope, id).await?;
    let segments = app::strategy::segments(&state.app, &page.scope).await?;
    let fields = challenge_edit_fields(&challenge.fields.to_input(), &challenge.fields.segment_ids, &segments, None);
    let back = format!("/clusters/{slug}/strategy?id={}", challenge.strategy_id);
    let action = format!("/clusters/{slug}/challenges/{id}/edit");
    Ok(edit_page(page.layout, challenge.fields.title, action, back, fields, None))
}

async fn update_challenge(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Challenge>,
    CsrfListForm(form): CsrfListForm<ChallengeEditForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "strategy", reader::t("project-challenge")).await?;
    let challenge = app::strategy::challenge(&state.app, &page.scope, id).await?;
    let (input, chosen) = form.parts()?;
    let saved = app::strategy::update_challenge(&state.app, &page.scope, id, &input, &chosen).await;
    let back = format!("/clusters/{slug}/strategy?id={}", challenge.strategy_id);
    let segments = app::strategy::segments(&state.app, &page.scope).await?;
    saved_or_form(&headers, saved, &back, &reader::t("strategy-challenge-saved"), |e| {
        let action = format!("/clusters/{slug}/challenges/{id}/edit");
        let fields = challenge_edit_fields(&input, &chosen, &segments, Some(e));
        edit_page(page.layout, challenge.fields.title.clone(), action, back.clone(), fields, Some(e))
    })
}

async fn edit_line(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::ActionLine>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "strategy", reader::t("strategy-action-line")).await?;
    let line = app::strategy::line(&state.app, &page.scope, id).await?;
    let challenges = app::strategy::challenges(&state.app, &page.scope).await?;
    let f = &line.fields;
    let fields = line_fields(&f.to_input(), f.challenge_id, &challenge_choices(&challenges, f.challenge_id), None);
    let back = format!("/clusters/{slug}/action-plan?period={}", f.year);
    let action = format!("/clusters/{slug}/action-plan/{id}/edit");
    Ok(edit_page(page.layout, f.objective.clone(), action, back, fields, None))
}

async fn update_line(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::ActionLine>,
    CsrfForm(form): CsrfForm<LineForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "strategy", reader::t("strategy-action-line")).await?;
    let line = app::strategy::line(&state.app, &page.scope, id).await?;
    let challenge =
        form.challenge_id.as_deref().filter(|s| !s.is_empty()).map(|s| parse_id(s, "challenge")).transpose()?;
    let saved = app::strategy::update_line(&state.app, &page.scope, id, &form.input, challenge).await;
    let back = format!("/clusters/{slug}/action-plan?period={}", line.fields.year);
    let challenges = app::strategy::challenges(&state.app, &page.scope).await?;
    saved_or_form(&headers, saved, &back, &reader::t("strategy-line-saved"), |e| {
        let fields = line_fields(&form.input, challenge, &challenge_choices(&challenges, challenge), Some(e));
        let action = format!("/clusters/{slug}/action-plan/{id}/edit");
        edit_page(page.layout, line.fields.objective.clone(), action, back.clone(), fields, Some(e))
    })
}
