//! Project pages: ideas ranked and taken forward, the board of projects by stage, one project
//! with its participants, money, milestones and outcomes (and its printable sheet), and the
//! portfolio.

use crate::reader;
use app::auth::{Edit, Manage, Read};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use domain::money::Money;
use domain::project::{
    BudgetLineInput, FundingInput, IdeaInput, IdeaLinks, ParticipantInput, ProjectArea, ProjectInput, ProjectStage,
};

use super::strategy::strategy_actions;
use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, CsrfListForm, NoFields, PageId, PageScope, resource};
use crate::error::PageError;
use crate::params::parse_id;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/ideas", &["GET", "POST"], get(ideas).post(add_idea))
        .route("/clusters/{cluster}/ideas/scores", &["POST"], post(score))
        .route("/clusters/{cluster}/ideas/weights", &["POST"], post(weights))
        .route("/clusters/{cluster}/ideas/{id}/promote", &["POST"], post(promote))
        .route("/clusters/{cluster}/ideas/new", &["GET"], get(new_idea))
        .route("/clusters/{cluster}/ideas/{id}/edit", &["GET", "POST"], get(edit_idea).post(update_idea))
        .route("/clusters/{cluster}/projects/{id}/edit", &["GET", "POST"], get(edit_project).post(update_project))
        .route("/clusters/{cluster}/projects", &["GET", "POST"], get(board).post(create))
        .route("/clusters/{cluster}/portfolio", &["GET"], get(portfolio))
        .route("/clusters/{cluster}/projects/export", &["GET"], get(export_projects))
        .route("/clusters/{cluster}/ideas/export", &["GET"], get(export_ideas))
        .route("/clusters/{cluster}/projects/{id}", &["GET"], get(project))
        .route("/clusters/{cluster}/projects/{id}/sheet", &["GET"], get(sheet))
        .route("/clusters/{cluster}/projects/{id}/stage", &["POST"], post(move_stage))
        .route("/clusters/{cluster}/projects/{id}/participants", &["POST"], post(add_participant))
        .route("/clusters/{cluster}/projects/{id}/budget-lines", &["POST"], post(add_budget_line))
        .route("/clusters/{cluster}/projects/{id}/funding", &["POST"], post(add_funding))
        .route("/clusters/{cluster}/projects/{id}/milestones", &["POST"], post(add_milestone))
        .route("/clusters/{cluster}/projects/{id}/outcomes", &["POST"], post(add_outcome))
        .route("/clusters/{cluster}/projects/{id}/milestones/{milestone}/done", &["POST"], post(milestone_done))
        .route("/clusters/{cluster}/projects/{id}/milestones/{milestone}/undone", &["POST"], post(milestone_undone))
        .route("/clusters/{cluster}/projects/{id}/parts/{part}/remove", &["POST"], post(remove_part))
}

fn money(scope: &app::ClusterScope, minor: i64) -> String {
    crate::reader::money(Money::new(minor, scope.cluster().base_currency))
}

/// The headers of a table: (message key, class) each; an empty key is an empty header, `#` is
/// written as it is.
fn columns(keys: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
    keys.iter()
        .map(|(key, class)| {
            let label = match *key {
                "" | "#" => (*key).to_string(),
                key => reader::t(key),
            };
            (label, *class)
        })
        .collect()
}

/// The label of a criterion of an idea's score ([`domain::project::CRITERIA`]) by its name.
fn criterion_label(name: &str) -> String {
    reader::t(match name {
        "alignment" => "project-criterion-alignment",
        "interest" => "project-criterion-interest",
        "feasibility" => "project-criterion-feasibility",
        _ => "project-criterion-funding-fit",
    })
}

/// A participant's role as it reads inside a sentence ("Running, leader").
fn participant_role_in_sentence(role: domain::project::ParticipantRole) -> String {
    use domain::project::ParticipantRole::*;
    reader::t(match role {
        Leader => "project-role-in-sentence-leader",
        Partner => "project-role-in-sentence-partner",
        Subcontractor => "project-role-in-sentence-subcontractor",
        Observer => "project-role-in-sentence-observer",
    })
}

/// Whether a funding source is public or private, in a table cell.
fn public_or_private(public: bool) -> String {
    reader::t(if public { "project-public" } else { "project-private" })
}

fn optional_id(raw: &Option<String>, what: &'static str) -> Result<Option<uuid::Uuid>, PageError> {
    Ok(raw.as_deref().filter(|s| !s.is_empty()).map(|s| parse_id(s, what)).transpose()?)
}

async fn ideas(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "projects", reader::t("project-ideas-title")).await?;
    let (all, weights) = app::project::ideas(&state.app, &page.scope).await?;
    let can_edit = page.can_edit();
    let can_manage = page.scope.role().allows(domain::access::Permission::Manage);
    let score = |s: Option<i64>| s.map_or_else(|| "–".to_string(), |s| s.to_string());
    let rows = all
        .iter()
        .enumerate()
        .map(|(n, i)| {
            let s = &i.scores;
            let next = match i.project_id {
                Some(p) => Cell::link(reader::t("project-its-project"), format!("/clusters/{slug}/projects/{p}")),
                None if can_edit => {
                    Cell::button(reader::t("project-take-forward"), format!("/clusters/{slug}/ideas/{}/promote", i.id))
                        .confirm(reader::t1("project-take-forward-confirm", "title", &i.fields.title))
                }
                None => Cell::text(""),
            };
            let title = if can_edit {
                Cell::link(&i.fields.title, format!("/clusters/{slug}/ideas/{}/edit", i.id))
            } else {
                Cell::text(&i.fields.title)
            };
            vec![
                Cell::text((n + 1).to_string()).class("num"),
                title,
                Cell::text(score(s.total(&weights))).class("num"),
                Cell::text(format!(
                    "{} · {} · {} · {}",
                    score(s.alignment),
                    score(s.interest),
                    score(s.feasibility),
                    score(s.funding_fit)
                ))
                .class("optional"),
                Cell::text(format!("{} {}", reader::label(i.fields.source), i.fields.source_note).trim().to_string())
                    .class("optional"),
                Cell::text(i.organisation_name.clone().unwrap_or_default()).class("optional"),
                Cell::text(i.challenge_title.clone().unwrap_or_default()).class("optional"),
                next,
            ]
        })
        .collect();
    let mut report = ReportPage::new(page.layout, reader::t("project-ideas-title"));
    report.notice = flash.notice;
    report.forms_last = true;
    report.problem = flash.problem;
    report.actions = strategy_actions(&slug);
    report.actions.push(link(reader::t("project-download-csv"), format!("/clusters/{slug}/ideas/export")));
    report.actions.push(link(reader::t("project-download-xlsx"), format!("/clusters/{slug}/ideas/export?format=xlsx")));
    report.subheading = reader::t_args(
        "project-ideas-ranked",
        &[
            ("alignment", weights.alignment.to_string()),
            ("interest", weights.interest.to_string()),
            ("feasibility", weights.feasibility.to_string()),
            ("funding", weights.funding_fit.to_string()),
        ],
    );
    report.sections.push(Section {
        title: reader::t("project-ideas"),
        table: plain_table(
            &columns(&[
                ("#", "num"),
                ("project-idea", ""),
                ("project-score", "num"),
                ("project-col-criteria", "optional"),
                ("project-from", "optional"),
                ("project-proposed-by", "optional"),
                ("project-challenge", "optional"),
                ("", ""),
            ]),
            rows,
        ),
        empty: reader::t("project-no-ideas"),
        actions: Vec::new(),
    });
    if can_edit {
        report.forms.push(PostForm::post(
            reader::t("project-new-idea"),
            format!("/clusters/{slug}/ideas"),
            reader::t("project-record"),
            idea_fields(&IdeaChoices::load(&state, &page.scope, None).await?, &IdeaForm::default(), None),
        ));
        let idea_options: Vec<SelectOption> = all
            .iter()
            .filter(|i| i.project_id.is_none())
            .map(|i| SelectOption { value: i.id.to_string(), label: i.fields.title.clone(), selected: false })
            .collect();
        if !idea_options.is_empty() {
            let scale = || {
                options(
                    &reader::t("project-not-scored"),
                    [("0", "0"), ("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5")],
                    None,
                )
            };
            let mut fields = vec![
                FormField::text("idea_id", &reader::t("project-idea"), None, None).select(idea_options).required(),
            ];
            fields.extend(
                domain::project::CRITERIA
                    .iter()
                    .map(|(name, _)| FormField::text(name, &criterion_label(name), None, None).select(scale())),
            );
            report.forms.push(PostForm::post(
                reader::t("project-score-an-idea"),
                format!("/clusters/{slug}/ideas/scores"),
                reader::t("project-score-button"),
                fields,
            ));
        }
        if can_manage {
            let fields = domain::project::CRITERIA
                .iter()
                .map(|(name, _)| {
                    let value = match *name {
                        "alignment" => weights.alignment,
                        "interest" => weights.interest,
                        "feasibility" => weights.feasibility,
                        _ => weights.funding_fit,
                    }
                    .to_string();
                    FormField::text(name, &criterion_label(name), Some(&value), None)
                        .input("number")
                        .hint(reader::t("project-weight-hint"))
                })
                .collect();
            report.forms.push(PostForm::post(
                reader::t("project-weights-of-the-score"),
                format!("/clusters/{slug}/ideas/weights"),
                reader::t("project-save"),
                fields,
            ));
        }
    }
    Ok(report.into_response())
}

#[derive(serde::Deserialize, Default)]
struct IdeaForm {
    #[serde(flatten)]
    input: IdeaInput,
    organisation_id: Option<String>,
    challenge_id: Option<String>,
    interaction_id: Option<String>,
    working_group_id: Option<String>,
}

impl IdeaForm {
    fn links(&self) -> Result<IdeaLinks, PageError> {
        Ok(IdeaLinks {
            organisation_id: optional_id(&self.organisation_id, "organisation")?,
            challenge_id: optional_id(&self.challenge_id, "challenge")?,
            interaction_id: optional_id(&self.interaction_id, "interaction")?,
            working_group_id: optional_id(&self.working_group_id, "working group")?,
        })
    }

    fn of(idea: &domain::project::Idea) -> Self {
        let l = &idea.fields.links;
        let text = |id: Option<uuid::Uuid>| id.map(|i| i.to_string());
        IdeaForm {
            input: idea.fields.to_input(),
            organisation_id: text(l.organisation_id),
            challenge_id: text(l.challenge_id),
            interaction_id: text(l.interaction_id),
            working_group_id: text(l.working_group_id),
        }
    }
}

/// What an idea's form offers to link it to.
struct IdeaChoices {
    organisations: Vec<(String, String)>,
    challenges: Vec<(String, String)>,
    groups: Vec<(String, String)>,
}

impl IdeaChoices {
    /// The organisations and current challenges to choose from, and those `idea` is linked to
    /// already even when archived or retired, so that saving it keeps them.
    async fn load(
        state: &AppState,
        scope: &app::ClusterScope,
        idea: Option<&domain::project::Idea>,
    ) -> Result<Self, PageError> {
        let organisations = app::invoice::customers(&state.app, scope).await?;
        let challenges = app::strategy::challenges(&state.app, scope).await?;
        let groups = app::engagement::groups(&state.app, scope).await?;
        let links = idea.map(|i| i.fields.links).unwrap_or_default();
        let mut organisations: Vec<(String, String)> =
            organisations.iter().map(|(id, n)| (id.to_string(), n.clone())).collect();
        if let (Some(id), Some(name)) = (links.organisation_id, idea.and_then(|i| i.organisation_name.clone()))
            && !organisations.iter().any(|(o, _)| *o == id.to_string())
        {
            organisations.push((id.to_string(), name));
        }
        Ok(IdeaChoices {
            organisations,
            challenges: challenges
                .iter()
                .filter(|c| c.is_current() || Some(c.id) == links.challenge_id)
                .map(|c| (c.id.to_string(), c.fields.title.clone()))
                .collect(),
            groups: groups.iter().map(|g| (g.id.to_string(), g.name.clone())).collect(),
        })
    }
}

fn idea_fields(choices: &IdeaChoices, form: &IdeaForm, errors: Option<&domain::Invalid>) -> Vec<FormField> {
    let select = |name: &str, label: &str, empty: &str, v: &[(String, String)], chosen: &Option<String>| {
        FormField::text(name, label, None, errors).select(options(
            empty,
            v.iter().map(|(a, b)| (a.as_str(), b.as_str())),
            chosen.as_deref().filter(|c| !c.is_empty()),
        ))
    };
    let i = &form.input;
    let t = reader::t;
    let sources: Vec<(&str, String)> =
        domain::project::IdeaSource::ALL.iter().skip(1).map(|s| (s.code(), reader::label(*s))).collect();
    vec![
        FormField::text("title", &t("project-idea"), i.title.as_deref(), errors).required(),
        FormField::text("description", &t("project-description"), i.description.as_deref(), errors).input("textarea"),
        FormField::text("source", &t("project-from"), None, errors).select(options(
            &reader::label(domain::project::IdeaSource::Member),
            sources.iter().map(|(a, b)| (*a, b.as_str())),
            i.source.as_deref().filter(|s| *s != domain::project::IdeaSource::Member.code()),
        )),
        FormField::text("source_note", &t("project-which-workshop"), i.source_note.as_deref(), errors),
        select(
            "organisation_id",
            &t("project-proposed-by"),
            &t("project-no-one-in-particular"),
            &choices.organisations,
            &form.organisation_id,
        ),
        select(
            "challenge_id",
            &t("project-challenge-it-serves"),
            &t("project-none-yet"),
            &choices.challenges,
            &form.challenge_id,
        ),
        select(
            "working_group_id",
            &t("project-working-group"),
            &t("project-none"),
            &choices.groups,
            &form.working_group_id,
        ),
        FormField::text("interaction_id", &t("project-interaction-id"), form.interaction_id.as_deref(), errors)
            .hint(t("project-interaction-id-hint")),
    ]
}

/// The form of a new idea on a page of its own, filled from the query: the interview or
/// interaction page links here with its id, its organisation and the source.
async fn new_idea(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path(slug): Path<String>,
    Query(form): Query<IdeaForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "projects", reader::t("project-new-idea")).await?;
    let choices = IdeaChoices::load(&state, &page.scope, None).await?;
    let href = format!("/clusters/{slug}/ideas");
    Ok(edit_page(
        page.layout,
        reader::t("project-new-idea"),
        href.clone(),
        href,
        idea_fields(&choices, &form, None),
        None,
    ))
}

async fn edit_idea(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Idea>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "projects", reader::t("project-idea")).await?;
    let idea = app::project::idea(&state.app, &page.scope, id).await?;
    let choices = IdeaChoices::load(&state, &page.scope, Some(&idea)).await?;
    let fields = idea_fields(&choices, &IdeaForm::of(&idea), None);
    let action = format!("/clusters/{slug}/ideas/{id}/edit");
    Ok(edit_page(page.layout, idea.fields.title, action, format!("/clusters/{slug}/ideas"), fields, None))
}

async fn update_idea(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Idea>,
    CsrfForm(form): CsrfForm<IdeaForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "projects", reader::t("project-idea")).await?;
    let idea = app::project::idea(&state.app, &page.scope, id).await?;
    let saved = app::project::update_idea(&state.app, &page.scope, id, &form.input, form.links()?).await;
    let choices = IdeaChoices::load(&state, &page.scope, Some(&idea)).await?;
    let back = format!("/clusters/{slug}/ideas");
    saved_or_form(&headers, saved, &back, &reader::t("project-idea-saved"), |e| {
        let action = format!("/clusters/{slug}/ideas/{id}/edit");
        edit_page(
            page.layout,
            idea.fields.title.clone(),
            action,
            back.clone(),
            idea_fields(&choices, &form, Some(e)),
            Some(e),
        )
    })
}

async fn add_idea(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<IdeaForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "projects", reader::t("project-new-idea")).await?;
    let saved = app::project::add_idea(&state.app, &page.scope, &form.input, form.links()?, page.user.actor.email())
        .await
        .map(|_| ());
    let choices = IdeaChoices::load(&state, &page.scope, None).await?;
    let href = format!("/clusters/{slug}/ideas");
    saved_or_form(&headers, saved, &href, &reader::t("project-idea-recorded"), |e| {
        edit_page(
            page.layout,
            reader::t("project-new-idea"),
            href.clone(),
            href.clone(),
            idea_fields(&choices, &form, Some(e)),
            Some(e),
        )
    })
}

#[derive(serde::Deserialize)]
struct ScoreForm {
    idea_id: String,
    #[serde(flatten)]
    criteria: domain::project::CriteriaInput,
}

async fn score(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<ScoreForm>,
) -> Result<Response, PageError> {
    let id = parse_id(&form.idea_id, "idea")?;
    let done = match form.criteria.scores() {
        Ok(scores) => {
            app::project::score_idea(&state.app, &scope, id, &scores).await.map(|()| reader::t("project-idea-scored"))
        }
        Err(e) => Err(e.into()),
    };
    after_action(&headers, &format!("/clusters/{slug}/ideas"), done)
}

async fn weights(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<domain::project::CriteriaInput>,
) -> Result<Response, PageError> {
    let done = match form.weights() {
        Ok(w) => app::project::set_weights(&state.app, &scope, &w).await.map(|()| reader::t("project-weights-saved")),
        Err(e) => Err(e.into()),
    };
    after_action(&headers, &format!("/clusters/{slug}/ideas"), done)
}

#[derive(serde::Deserialize)]
struct AreaForm {
    area: Option<String>,
}

async fn promote(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Idea>,
    CsrfForm(form): CsrfForm<AreaForm>,
) -> Result<Response, PageError> {
    let area = form.area.as_deref().and_then(|a| ProjectArea::parse(a).ok()).unwrap_or(ProjectArea::Innovation);
    match app::project::promote(&state.app, &scope, id, area, user.actor.email()).await {
        Ok(project) => Ok(see_other_with(
            &headers,
            &format!("/clusters/{slug}/projects/{project}"),
            "notice",
            &reader::t("project-idea-promoted"),
        )),
        Err(e) => after_action(&headers, &format!("/clusters/{slug}/ideas"), Err(e)),
    }
}

/// A project's card on the board: what it is, its money, and what needs attention.
fn project_card(
    slug: &str,
    scope: &app::ClusterScope,
    i: &app::project::ProjectItem,
    challenges: &[(uuid::Uuid, String)],
    can_edit: bool,
) -> BoardCard {
    let p = &i.project;
    let served: Vec<&str> =
        challenges.iter().filter(|(id, _)| p.challenge_ids.contains(id)).map(|(_, t)| t.as_str()).collect();
    let mut lines = vec![reader::label(p.fields.area)];
    if !served.is_empty() {
        lines.push(reader::t1("project-card-serves", "challenges", served.join(", ")));
    }
    lines.push(reader::t_args(
        "project-card-money",
        &[
            ("budget", money(scope, i.financing.budget)),
            ("funding", money(scope, i.financing.funding())),
            ("count", i.participants.len().to_string()),
        ],
    ));
    let mut flags = Vec::new();
    if p.serves_no_challenge() && p.stage != ProjectStage::Abandoned {
        flags.push(reader::t("project-serves-no-challenge"));
    }
    if i.overdue_milestones > 0 {
        flags.push(reader::t_count("project-milestones-overdue", i.overdue_milestones as i64));
    }
    let next = p.stage.next().filter(|_| can_edit);
    BoardCard {
        title: p.fields.title.clone(),
        href: format!("/clusters/{slug}/projects/{}", p.id),
        lines,
        flags,
        move_on: next.map(|n| BoardMove {
            label: reader::t1("project-move-to", "stage", n.in_sentence()),
            spoken: reader::t2("project-move-title-to", "title", &p.fields.title, "stage", n.in_sentence()),
            action: format!("/clusters/{slug}/projects/{}/stage", p.id),
            field: "stage",
            value: n.code().to_string(),
        }),
    }
}

async fn board(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "projects", reader::t("nav-projects")).await?;
    let items = app::project::list(&state.app, &page.scope).await?;
    let all_challenges = challenge_list(&state, &page.scope).await?;
    let challenges: Vec<(uuid::Uuid, String)> = all_challenges.iter().map(|(id, t, _)| (*id, t.clone())).collect();
    let can_edit = page.can_edit();
    let scope = page.scope.clone();
    let mut report = ReportPage::new(page.layout, reader::t("nav-projects"));
    report.notice = flash.notice;
    report.forms_last = true;
    report.problem = flash.problem;
    report.actions = strategy_actions(&slug);
    report.actions.push(link(reader::t("project-download-csv"), format!("/clusters/{slug}/projects/export")));
    report
        .actions
        .push(link(reader::t("project-download-xlsx"), format!("/clusters/{slug}/projects/export?format=xlsx")));
    let flagged =
        items.iter().filter(|i| i.project.serves_no_challenge() && i.project.stage != ProjectStage::Abandoned).count();
    report.subheading = reader::t("project-board-subheading");
    if flagged > 0 {
        report.problem.get_or_insert(reader::t_count("project-board-flagged", flagged as i64));
    }
    report.board = ProjectStage::ALL
        .iter()
        .map(|stage| {
            let cards: Vec<BoardCard> = items
                .iter()
                .filter(|i| i.project.stage == *stage)
                .map(|i| project_card(&slug, &scope, i, &challenges, can_edit))
                .collect();
            BoardColumn {
                title: format!("{} ({})", reader::label(*stage), cards.len()),
                cards,
                empty: reader::t("project-none-dot"),
            }
        })
        .collect();
    if can_edit {
        report.forms.push(PostForm::post(
            reader::t("project-new-project"),
            format!("/clusters/{slug}/projects"),
            reader::t("project-record"),
            project_fields(&ProjectForm::default(), &all_challenges, true, None),
        ));
    }
    Ok(report.into_response())
}

/// A project as its form posts it: the challenges it serves as checkboxes; the stage only when
/// it is recorded (it moves on from its page after).
#[derive(serde::Deserialize, Default)]
struct ProjectForm {
    title: Option<String>,
    summary: Option<String>,
    scope: Option<String>,
    area: Option<String>,
    starts_on: Option<String>,
    ends_on: Option<String>,
    stage: Option<String>,
    #[serde(default)]
    challenge_ids: Vec<String>,
}

impl ProjectForm {
    fn of(p: &domain::project::Project) -> Self {
        let i = p.fields.to_input();
        ProjectForm {
            title: i.title,
            summary: i.summary,
            scope: i.scope,
            area: i.area,
            starts_on: i.starts_on,
            ends_on: i.ends_on,
            stage: None,
            challenge_ids: p.challenge_ids.iter().map(uuid::Uuid::to_string).collect(),
        }
    }

    fn input(&self) -> ProjectInput {
        ProjectInput {
            title: self.title.clone(),
            summary: self.summary.clone(),
            scope: self.scope.clone(),
            area: self.area.clone(),
            starts_on: self.starts_on.clone(),
            ends_on: self.ends_on.clone(),
        }
    }

    fn challenges(&self) -> Result<Vec<uuid::Uuid>, PageError> {
        Ok(self.challenge_ids.iter().map(|c| parse_id(c, "challenge")).collect::<Result<Vec<_>, _>>()?)
    }
}

/// The fields of a project's form; the challenges offered are the current ones and any the
/// project already serves.
fn project_fields(
    form: &ProjectForm,
    challenges: &[(uuid::Uuid, String, bool)],
    with_stage: bool,
    errors: Option<&domain::Invalid>,
) -> Vec<FormField> {
    let chosen = |id: &uuid::Uuid| form.challenge_ids.iter().any(|c| c == &id.to_string());
    let t = reader::t;
    let areas: Vec<(&str, String)> = ProjectArea::ALL.iter().map(|a| (a.code(), reader::label(*a))).collect();
    let individual = reader::label(domain::project::ProjectScope::IndividualUse);
    let mut fields = vec![
        FormField::text("title", &t("project-title"), form.title.as_deref(), errors).required(),
        FormField::text("summary", &t("project-summary"), form.summary.as_deref(), errors).input("textarea"),
        FormField::text("area", &t("project-area"), None, errors)
            .select(options(
                &t("project-choose"),
                areas.iter().map(|(a, b)| (*a, b.as_str())),
                form.area.as_deref().filter(|a| !a.is_empty()),
            ))
            .required(),
        FormField::text("scope", &t("project-scope"), None, errors).select(options(
            &reader::label(domain::project::ProjectScope::Collective),
            [("individual_use", individual.as_str())],
            form.scope.as_deref().filter(|s| *s == "individual_use"),
        )),
    ];
    if with_stage {
        let stages: Vec<(&str, String)> =
            ProjectStage::ALL.iter().skip(1).map(|s| (s.code(), reader::label(*s))).collect();
        fields.push(FormField::text("stage", &t("project-stage"), None, errors).select(options(
            &reader::label(ProjectStage::Idea),
            stages.iter().map(|(a, b)| (*a, b.as_str())),
            form.stage.as_deref().filter(|s| !s.is_empty()),
        )));
    }
    fields.push(
        FormField::text("challenge_ids", &t("project-challenges-it-serves"), None, errors)
            .checkboxes(
                challenges
                    .iter()
                    .filter(|(id, _, current)| *current || chosen(id))
                    .map(|(id, title, _)| SelectOption {
                        value: id.to_string(),
                        label: title.clone(),
                        selected: chosen(id),
                    })
                    .collect(),
            )
            .hint(t("project-challenges-hint")),
    );
    fields.push(FormField::text("starts_on", &t("project-starts-on"), form.starts_on.as_deref(), errors).input("date"));
    fields.push(FormField::text("ends_on", &t("project-ends-on"), form.ends_on.as_deref(), errors).input("date"));
    fields
}

async fn challenge_list(
    state: &AppState,
    scope: &app::ClusterScope,
) -> Result<Vec<(uuid::Uuid, String, bool)>, PageError> {
    Ok(app::strategy::challenges(&state.app, scope)
        .await?
        .into_iter()
        .map(|c| (c.id, c.fields.title.clone(), c.is_current()))
        .collect())
}

async fn create(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfListForm(form): CsrfListForm<ProjectForm>,
) -> Result<Response, PageError> {
    let stage = form
        .stage
        .as_deref()
        .filter(|s| !s.is_empty())
        .and_then(|s| ProjectStage::parse(s).ok())
        .unwrap_or(ProjectStage::Idea);
    let challenges = form.challenges()?;
    match app::project::create(&state.app, &scope, &form.input(), stage, &challenges, user.actor.email()).await {
        Ok(id) => Ok(see_other_with(
            &headers,
            &format!("/clusters/{slug}/projects/{id}"),
            "notice",
            &reader::t("project-recorded"),
        )),
        Err(e) => after_action(&headers, &format!("/clusters/{slug}/projects"), Err(e)),
    }
}

async fn edit_project(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Project>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "projects", reader::t("project-project")).await?;
    let v = app::project::get(&state.app, &page.scope, id).await?;
    let challenges = challenge_list(&state, &page.scope).await?;
    let fields = project_fields(&ProjectForm::of(&v.project), &challenges, false, None);
    let href = format!("/clusters/{slug}/projects/{id}");
    Ok(edit_page(page.layout, v.project.fields.title, format!("{href}/edit"), href, fields, None))
}

async fn update_project(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Project>,
    CsrfListForm(form): CsrfListForm<ProjectForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "projects", reader::t("project-project")).await?;
    let v = app::project::get(&state.app, &page.scope, id).await?;
    let saved = app::project::update(&state.app, &page.scope, id, &form.input(), &form.challenges()?).await;
    let challenges = challenge_list(&state, &page.scope).await?;
    let href = format!("/clusters/{slug}/projects/{id}");
    saved_or_form(&headers, saved, &href, &reader::t("project-saved"), |e| {
        let fields = project_fields(&form, &challenges, false, Some(e));
        edit_page(page.layout, v.project.fields.title.clone(), format!("{href}/edit"), href.clone(), fields, Some(e))
    })
}

async fn project(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Project>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "projects", reader::t("project-project")).await?;
    let v = app::project::get(&state.app, &page.scope, id).await?;
    let today = state.app.today(&page.scope);
    let can_edit = page.can_edit();
    let scope = page.scope.clone();
    let f = v.financing;
    let p = &v.project;
    let mut layout = page.layout;
    layout.title = p.fields.title.clone();
    let mut report = ReportPage::new(layout, p.fields.title.clone());
    report.notice = flash.notice;
    report.forms_last = true;
    report.problem = flash.problem;
    report.subheading =
        format!("{} · {} · {}", reader::label(p.stage), reader::label(p.fields.area), reader::label(p.fields.scope));
    if p.serves_no_challenge() {
        report.badges.push(reader::t("project-serves-no-strategic-challenge"));
    }
    report.actions = vec![
        link(reader::t("project-all-projects"), format!("/clusters/{slug}/projects")),
        link(reader::t("project-printable-sheet"), format!("/clusters/{slug}/projects/{id}/sheet")),
    ];
    if can_edit {
        report.actions.push(link(reader::t("edit"), format!("/clusters/{slug}/projects/{id}/edit")));
    }
    report.facts = vec![
        Fact::new(
            reader::t("project-dates"),
            Some(format!("{} – {}", date_text(p.fields.starts_on), date_text(p.fields.ends_on))),
        ),
        Fact::new(reader::t("project-budget"), Some(money(&scope, f.budget))),
        Fact::new(reader::t("project-public-funding"), Some(money(&scope, f.public))),
        Fact::new(reader::t("project-private-funding"), Some(money(&scope, f.private))),
        Fact::new(reader::t("project-own-contribution"), Some(money(&scope, f.own_contribution))),
        Fact::new(reader::t("project-brought-by-participants"), Some(money(&scope, f.money.saturating_add(f.in_kind)))),
        Fact::new(reader::t("project-funding-gap"), Some(money(&scope, f.gap))),
    ];
    if !p.fields.summary.is_empty() {
        report.facts.insert(0, Fact::new(reader::t("project-summary"), Some(p.fields.summary.clone())));
    }
    if let Some(idea) = &v.idea {
        report.facts.push(Fact::new(reader::t("project-from-the-idea"), Some(idea.fields.title.clone())));
    }
    // A button that removes one of the project's rows, after asking.
    let remove = |kind: &str, part: uuid::Uuid, what: &str| {
        if !can_edit {
            return Cell::text("");
        }
        Cell::button(
            reader::t("project-remove"),
            format!("/clusters/{slug}/projects/{id}/parts/{part}/remove?kind={kind}"),
        )
        .confirm(reader::t1("project-remove-confirm", "what", what))
    };
    // A section of the page: its title, columns and empty text are message keys.
    let table = |title: &str, cols: &[(&str, &'static str)], rows: Vec<Vec<Cell>>, empty: &str| Section {
        title: reader::t(title),
        table: plain_table(&columns(cols), rows),
        empty: if empty.is_empty() { String::new() } else { reader::t(empty) },
        actions: Vec::new(),
    };
    report.sections.push(table(
        "project-challenges-it-serves",
        &[("project-challenge", "")],
        v.challenges.iter().map(|(_, t)| vec![Cell::text(t)]).collect(),
        "project-no-challenge-served",
    ));
    report.sections.push(table(
        "project-participants",
        &[
            ("project-who", ""),
            ("project-role", ""),
            ("project-money", "num"),
            ("project-in-kind", "num optional"),
            ("", ""),
        ],
        v.participants
            .iter()
            .map(|pt| {
                let who = match &pt.fields.of {
                    domain::project::ParticipantOf::Organisation { organisation_id } => {
                        Cell::link(&pt.name, format!("/clusters/{slug}/organisations/{organisation_id}"))
                    }
                    domain::project::ParticipantOf::PartnerCluster { .. } => {
                        Cell::text(reader::t1("project-partner-cluster-name", "name", &pt.name))
                    }
                    domain::project::ParticipantOf::Outside { country, .. } => {
                        Cell::text(format!("{} ({})", pt.name, country.as_str()))
                    }
                };
                vec![
                    who,
                    Cell::text(reader::label(pt.fields.role)),
                    Cell::text(money(&scope, pt.fields.money_minor)).class("num"),
                    Cell::text(money(&scope, pt.fields.in_kind_minor)).class("num optional"),
                    remove("participant", pt.id, &pt.name),
                ]
            })
            .collect(),
        "project-no-participants",
    ));
    report.sections.push(table(
        "project-budget",
        &[("project-category", ""), ("project-what", "optional"), ("project-amount", "num"), ("", "")],
        v.budget_lines
            .iter()
            .map(|b| {
                vec![
                    Cell::text(reader::label(b.category)),
                    Cell::text(&b.description).class("optional"),
                    Cell::text(money(&scope, b.amount_minor)).class("num"),
                    remove("budget_line", b.id, &reader::label(b.category)),
                ]
            })
            .collect(),
        "project-no-budget-lines",
    ));
    report.sections.push(table(
        "project-funding",
        &[
            ("project-programme", ""),
            ("kind", ""),
            ("project-amount", "num"),
            ("project-rate", "num optional"),
            ("", ""),
        ],
        v.funding
            .iter()
            .map(|s| {
                vec![
                    Cell::text(&s.programme),
                    Cell::text(public_or_private(s.public)),
                    Cell::text(money(&scope, s.amount_minor)).class("num"),
                    Cell::text(s.rate_basis_points.map(domain::written::percent_text).unwrap_or_default())
                        .class("num optional"),
                    remove("funding", s.id, &s.programme),
                ]
            })
            .collect(),
        "project-no-funding-sources",
    ));
    report.sections.push(table(
        "project-milestones",
        &[("project-milestone", ""), ("project-due", ""), ("", ""), ("", "")],
        v.milestones
            .iter()
            .map(|m| {
                let state_cell = match m.done_on {
                    Some(d) if can_edit => Cell::button(
                        reader::t1("project-done-on-open-again", "date", reader::day(d)),
                        format!("/clusters/{slug}/projects/{id}/milestones/{}/undone", m.id),
                    ),
                    Some(d) => Cell::text(reader::t1("project-done-on", "date", reader::day(d))).class("status-ok"),
                    None if can_edit => {
                        let cell = Cell::button(
                            reader::t("project-mark-done"),
                            format!("/clusters/{slug}/projects/{id}/milestones/{}/done", m.id),
                        );
                        if m.is_overdue(today) { cell.class("status-problem") } else { cell }
                    }
                    None if m.is_overdue(today) => Cell::text(reader::t("project-overdue")).class("status-problem"),
                    None => Cell::text(""),
                };
                let due = Cell::text(reader::day(m.due_on));
                vec![
                    Cell::text(&m.title),
                    if m.is_overdue(today) { due.class("status-problem") } else { due },
                    state_cell,
                    remove("milestone", m.id, &m.title),
                ]
            })
            .collect(),
        "project-no-milestones",
    ));
    report.sections.push(table(
        "project-outcomes",
        &[("project-outcome", ""), ("project-recorded-column", ""), ("", "")],
        v.outcomes
            .iter()
            .map(|o| {
                vec![
                    Cell::text(&o.description),
                    Cell::text(reader::day(o.recorded_on)),
                    remove("outcome", o.id, &reader::t("project-the-outcome")),
                ]
            })
            .collect(),
        "project-no-outcomes",
    ));
    report.sections.push(table(
        "project-history",
        &[("when", ""), ("project-move", ""), ("project-by", "optional")],
        v.history
            .iter()
            .map(|h| {
                let from = h
                    .from
                    .map(|s| format!("{} → ", reader::label(s)))
                    .unwrap_or_else(|| format!("{} ", reader::t("project-recorded-at")));
                vec![
                    Cell::text(reader::day(h.changed_at)),
                    Cell::text(format!("{from}{}", reader::label(h.to))),
                    Cell::text(&h.changed_by).class("optional"),
                ]
            })
            .collect(),
        "",
    ));
    if can_edit {
        let base = format!("/clusters/{slug}/projects/{id}");
        report.forms.push(PostForm::post(
            reader::t("project-move-to-another-stage"),
            format!("{base}/stage"),
            reader::t("project-move-button"),
            vec![
                FormField::text("stage", &reader::t("project-stage"), None, None).select(
                    ProjectStage::ALL
                        .iter()
                        .map(|s| SelectOption {
                            value: s.code().into(),
                            label: reader::label(*s),
                            selected: *s == p.stage,
                        })
                        .collect(),
                ),
            ],
        ));
        let organisations = app::invoice::customers(&state.app, &scope).await?;
        let partners = app::project::partner_clusters(&state.app, &scope).await?;
        let org_options: Vec<(String, String)> =
            organisations.iter().map(|(id, n)| (id.to_string(), n.clone())).collect();
        let partner_options: Vec<(String, String)> =
            partners.iter().map(|(id, n)| (id.to_string(), n.clone())).collect();
        let t = reader::t;
        let roles: Vec<(&str, String)> =
            domain::project::ParticipantRole::ALL.iter().map(|r| (r.code(), reader::label(*r))).collect();
        let categories: Vec<(&str, String)> =
            domain::project::BudgetCategory::ALL.iter().map(|c| (c.code(), reader::label(*c))).collect();
        let private = t("project-kind-private");
        report.forms.push(PostForm::post(
            t("project-add-a-participant"),
            format!("{base}/participants"),
            t("project-add"),
            vec![
                FormField::text("organisation_id", &t("project-one-of-our-organisations"), None, None).select(options(
                    "—",
                    org_options.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                    None,
                )),
                FormField::text("partner_cluster_id", &t("project-or-a-partner-cluster"), None, None).select(options(
                    "—",
                    partner_options.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                    None,
                )),
                FormField::text("outside_name", &t("project-or-an-outside-organisation"), None, None),
                FormField::text("outside_country", &t("project-its-country"), None, None),
                FormField::text("role", &t("project-role"), None, None).select(options(
                    &reader::label(domain::project::ParticipantRole::Partner),
                    roles.iter().map(|(a, b)| (*a, b.as_str())),
                    None,
                )),
                FormField::text("money", &t("project-contribution-in-money"), None, None),
                FormField::text("in_kind", &t("project-contribution-in-kind"), None, None),
            ],
        ));
        report.forms.push(PostForm::post(
            t("project-add-a-budget-line"),
            format!("{base}/budget-lines"),
            t("project-add"),
            vec![
                FormField::text("category", &t("project-category"), None, None)
                    .select(options(&t("project-choose"), categories.iter().map(|(a, b)| (*a, b.as_str())), None))
                    .required(),
                FormField::text("description", &t("project-what"), None, None),
                FormField::text("amount", &t("project-amount"), None, None).required(),
            ],
        ));
        report.forms.push(PostForm::post(
            t("project-add-a-funding-source"),
            format!("{base}/funding"),
            t("project-add"),
            vec![
                FormField::text("programme", &t("project-programme"), None, None).required(),
                FormField::text("kind", &t("kind"), None, None).select(options(
                    &t("project-kind-public"),
                    [("private", private.as_str())],
                    None,
                )),
                FormField::text("amount", &t("project-amount"), None, None).required(),
                FormField::text("rate", &t("project-co-financing-rate"), None, None),
            ],
        ));
        report.forms.push(PostForm::post(
            t("project-add-a-milestone"),
            format!("{base}/milestones"),
            t("project-add"),
            vec![
                FormField::text("title", &t("project-milestone"), None, None).required(),
                FormField::text("due_on", &t("project-due-on"), None, None).input("date").required(),
            ],
        ));
        report.forms.push(PostForm::post(
            t("project-record-an-outcome"),
            format!("{base}/outcomes"),
            t("project-record"),
            vec![FormField::text("description", &t("project-outcome"), None, None).required()],
        ));
    }
    Ok(report.into_response())
}

fn date_text(d: Option<chrono::NaiveDate>) -> String {
    reader::day_or(d, "…")
}

/// The printable one-page sheet of a project.
#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "project_sheet.html")]
struct SheetPage {
    cluster: String,
    title: String,
    subtitle: String,
    summary: String,
    facts: Vec<(String, String)>,
    challenges: Vec<String>,
    participants: Vec<(String, String, String)>,
    budget: Vec<(String, String)>,
    funding: Vec<(String, String)>,
    milestones: Vec<(String, String, String)>,
    outcomes: Vec<String>,
    flag: bool,
    back_href: String,
}

async fn sheet(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Project>,
) -> Result<Response, PageError> {
    let v = app::project::get(&state.app, &scope, id).await?;
    let today = state.app.today(&scope);
    let f = v.financing;
    let p = &v.project;
    let share =
        |part: i64| f.share(part).map(|bp| format!(" ({})", domain::written::percent_text(bp))).unwrap_or_default();
    Ok(SheetPage {
        cluster: scope.cluster().name.clone(),
        title: p.fields.title.clone(),
        subtitle: format!(
            "{} · {} · {} · {} – {}",
            reader::label(p.stage),
            reader::label(p.fields.area),
            reader::label(p.fields.scope),
            date_text(p.fields.starts_on),
            date_text(p.fields.ends_on)
        ),
        summary: p.fields.summary.clone(),
        facts: vec![
            (reader::t("project-budget"), money(&scope, f.budget)),
            (reader::t("project-public-funding"), format!("{}{}", money(&scope, f.public), share(f.public))),
            (reader::t("project-private-funding"), format!("{}{}", money(&scope, f.private), share(f.private))),
            (reader::t("project-own-contribution"), money(&scope, f.own_contribution)),
            (reader::t("project-funding-gap"), money(&scope, f.gap)),
        ],
        challenges: v.challenges.iter().map(|(_, t)| t.clone()).collect(),
        participants: v
            .participants
            .iter()
            .map(|pt| {
                let brought = pt.fields.money_minor.saturating_add(pt.fields.in_kind_minor);
                (pt.name.clone(), reader::label(pt.fields.role), money(&scope, brought))
            })
            .collect(),
        budget: v
            .budget_lines
            .iter()
            .map(|b| (format!("{} {}", reader::label(b.category), b.description), money(&scope, b.amount_minor)))
            .collect(),
        funding: v
            .funding
            .iter()
            .map(|s| (format!("{} ({})", s.programme, public_or_private(s.public)), money(&scope, s.amount_minor)))
            .collect(),
        milestones: v
            .milestones
            .iter()
            .map(|m| {
                let state = match m.done_on {
                    Some(d) => reader::t1("project-sheet-done", "date", d),
                    None if m.is_overdue(today) => reader::t("project-overdue"),
                    None => String::new(),
                };
                (m.title.clone(), reader::day(m.due_on), state)
            })
            .collect(),
        outcomes: v.outcomes.iter().map(|o| o.description.clone()).collect(),
        flag: p.serves_no_challenge(),
        back_href: format!("/clusters/{slug}/projects/{id}"),
    }
    .into_response())
}

#[derive(serde::Deserialize)]
struct StageForm {
    stage: Option<String>,
}

async fn move_stage(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Project>,
    CsrfForm(form): CsrfForm<StageForm>,
) -> Result<Response, PageError> {
    app::project::check(&state.app, &scope, id).await?;
    let done = match ProjectStage::parse(form.stage.as_deref().unwrap_or("")) {
        Ok(stage) => app::project::move_to(&state.app, &scope, id, stage, user.actor.email())
            .await
            .map(|()| reader::t1("project-moved", "stage", stage.in_sentence())),
        Err(m) => Err(domain::Invalid::one("stage", m).into()),
    };
    // From the board, back to the board; from the project's page, back to it.
    let back = back_within(&headers, &format!("/clusters/{slug}/projects"), format!("/clusters/{slug}/projects/{id}"));
    after_action(&headers, &back, done)
}

#[derive(serde::Deserialize)]
struct ParticipantForm {
    organisation_id: Option<String>,
    partner_cluster_id: Option<String>,
    outside_name: Option<String>,
    outside_country: Option<String>,
    #[serde(flatten)]
    input: ParticipantInput,
}

async fn add_participant(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Project>,
    CsrfForm(form): CsrfForm<ParticipantForm>,
) -> Result<Response, PageError> {
    let who = app::project::Who {
        organisation_id: optional_id(&form.organisation_id, "organisation")?,
        partner_cluster_id: optional_id(&form.partner_cluster_id, "partner cluster")?,
        outside_name: form.outside_name.filter(|s| !s.trim().is_empty()),
        outside_country: form.outside_country.filter(|s| !s.trim().is_empty()),
    };
    let done = app::project::add_participant(&state.app, &scope, id, &who, &form.input)
        .await
        .map(|_| reader::t("project-participant-added"));
    after_action(&headers, &format!("/clusters/{slug}/projects/{id}"), done)
}

async fn add_budget_line(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Project>,
    CsrfForm(input): CsrfForm<BudgetLineInput>,
) -> Result<Response, PageError> {
    let done = app::project::add_budget_line(&state.app, &scope, id, &input)
        .await
        .map(|_| reader::t("project-budget-line-added"));
    after_action(&headers, &format!("/clusters/{slug}/projects/{id}"), done)
}

async fn add_funding(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Project>,
    CsrfForm(input): CsrfForm<FundingInput>,
) -> Result<Response, PageError> {
    let done = app::project::add_funding(&state.app, &scope, id, &input)
        .await
        .map(|_| reader::t("project-funding-source-added"));
    after_action(&headers, &format!("/clusters/{slug}/projects/{id}"), done)
}

#[derive(serde::Deserialize)]
struct MilestoneForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    due_on: String,
}

async fn add_milestone(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Project>,
    CsrfForm(form): CsrfForm<MilestoneForm>,
) -> Result<Response, PageError> {
    let done = app::project::add_milestone(&state.app, &scope, id, &form.title, &form.due_on)
        .await
        .map(|_| reader::t("project-milestone-added"));
    after_action(&headers, &format!("/clusters/{slug}/projects/{id}"), done)
}

#[derive(serde::Deserialize)]
struct OutcomeForm {
    #[serde(default)]
    description: String,
}

async fn add_outcome(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Project>,
    CsrfForm(form): CsrfForm<OutcomeForm>,
) -> Result<Response, PageError> {
    let done = app::project::add_outcome(&state.app, &scope, id, &form.description)
        .await
        .map(|_| reader::t("project-outcome-recorded"));
    after_action(&headers, &format!("/clusters/{slug}/projects/{id}"), done)
}

async fn milestone_done(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path(path): Path<(String, String, String)>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    set_milestone(&state, &scope, &headers, path, true).await
}

/// Marks a milestone done today (`done`), or open again, and goes back to its project.
async fn set_milestone(
    state: &AppState,
    scope: &app::ClusterScope,
    headers: &HeaderMap,
    (slug, project, milestone): (String, String, String),
    done: bool,
) -> Result<Response, PageError> {
    let (project, milestone) = (parse_id(&project, "project")?, parse_id(&milestone, "milestone")?);
    let notice = reader::t(if done { "project-milestone-done" } else { "project-milestone-open-again" });
    let result = app::project::milestone_done(&state.app, scope, project, milestone, done).await.map(|()| notice);
    after_action(headers, &format!("/clusters/{slug}/projects/{project}"), result)
}

async fn portfolio(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "projects", reader::t("project-portfolio")).await?;
    let p = app::project::portfolio(&state.app, &page.scope).await?;
    let scope = page.scope.clone();
    let mut report = ReportPage::new(page.layout, reader::t("project-portfolio"));
    report.forms_last = true;
    report.actions = strategy_actions(&slug);
    report.subheading = reader::t("project-portfolio-subheading");
    report.facts = vec![
        Fact::new(reader::t("nav-projects"), Some(p.projects.to_string())),
        Fact::new(reader::t("project-budget-mobilised"), Some(money(&scope, p.budget_minor))),
        Fact::new(reader::t("project-public-funding-raised"), Some(money(&scope, p.public_funding_minor))),
        Fact::new(reader::t("project-private-funding-raised"), Some(money(&scope, p.private_funding_minor))),
        Fact::new(reader::t("project-members-taking-part"), Some(p.members_taking_part.to_string())),
        Fact::new(
            reader::t("project-smes-among-them"),
            Some(format!("{}{}", p.smes_taking_part, p.sme_percent.map(|s| format!(" ({s} %)")).unwrap_or_default())),
        ),
        Fact::new(reader::t("project-inter-cluster-projects"), Some(p.inter_cluster.to_string())),
        Fact::new(reader::t("project-serving-no-challenge"), Some(p.serving_no_challenge.to_string())),
    ];
    // A stage's or an area's group is named in the reader's language; a challenge's as written.
    let named = |g: &app::project::ProjectGroup| {
        ProjectStage::parse(&g.key)
            .map(reader::label)
            .or_else(|_| ProjectArea::parse(&g.key).map(reader::label))
            .unwrap_or_else(|_| g.label.clone())
    };
    let rows = |groups: &[app::project::ProjectGroup]| -> Vec<Vec<Cell>> {
        groups
            .iter()
            .map(|g| {
                vec![
                    Cell::text(named(g)),
                    Cell::text(g.projects.to_string()).class("num"),
                    Cell::text(money(&scope, g.budget_minor)).class("num"),
                    Cell::text(money(&scope, g.public_funding_minor)).class("num optional"),
                    Cell::text(money(&scope, g.private_funding_minor)).class("num optional"),
                ]
            })
            .collect()
    };
    let group_columns = columns(&[
        ("", ""),
        ("nav-projects", "num"),
        ("project-budget", "num"),
        ("project-public-funding", "num optional"),
        ("project-private-funding", "num optional"),
    ]);
    for (title, groups) in
        [("project-by-challenge", &p.by_challenge), ("project-by-stage", &p.by_stage), ("project-by-area", &p.by_area)]
    {
        report.sections.push(Section {
            title: reader::t(title),
            table: plain_table(&group_columns, rows(groups)),
            empty: reader::t("project-none-dot"),
            actions: Vec::new(),
        });
    }
    report.sections.push(Section {
        title: reader::t("project-blind-spots"),
        table: plain_table(
            &columns(&[("project-challenge", "")]),
            p.challenges_without_project.iter().map(|c| vec![Cell::text(c)]).collect(),
        ),
        empty: reader::t("project-every-challenge-served"),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

#[derive(serde::Deserialize)]
struct FormatQuery {
    format: Option<String>,
}

async fn export_projects(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, PageError> {
    let table = app::project::projects_table(&state.app, &scope).await?;
    Ok(crate::exports::download(table, q.format.as_deref(), "projects").await?)
}

async fn export_ideas(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, PageError> {
    let table = app::project::ideas_table(&state.app, &scope).await?;
    Ok(crate::exports::download(table, q.format.as_deref(), "ideas").await?)
}

/// The projects an organisation takes part in and the services it received, as a section of its
/// page.
pub async fn organisation_section(
    state: &AppState,
    scope: &app::ClusterScope,
    organisation: uuid::Uuid,
) -> Result<Section, app::Error> {
    let slug = &scope.cluster().slug;
    let projects = app::project::of_organisation(&state.app, scope, organisation).await?;
    let filter = app::service::DeliveryFilter { organisation_id: Some(organisation), ..Default::default() };
    let deliveries = app::service::deliveries(&state.app, scope, &filter).await?;
    let mut rows: Vec<Vec<Cell>> = projects
        .iter()
        .map(|i| {
            let role = i
                .participants
                .iter()
                .find(|p| p.fields.of == domain::project::ParticipantOf::Organisation { organisation_id: organisation })
                .map(|p| participant_role_in_sentence(p.fields.role))
                .unwrap_or_default();
            let flag = if i.project.serves_no_challenge() {
                format!(" · {}", reader::t("project-serves-no-challenge-in-sentence"))
            } else {
                String::new()
            };
            vec![
                Cell::text(reader::t("project-project")),
                Cell::link(&i.project.fields.title, format!("/clusters/{slug}/projects/{}", i.project.id)),
                Cell::text(format!("{}, {role}{flag}", reader::label(i.project.stage))),
            ]
        })
        .collect();
    rows.extend(deliveries.iter().take(20).map(|d| {
        vec![
            Cell::text(reader::t("project-service")),
            Cell::text(&d.service_name),
            Cell::text(format!(
                "{} · {}{}",
                reader::day(d.fields.delivered_on),
                money(scope, d.amount_minor()),
                if d.is_invoiced() { String::new() } else { format!(" · {}", reader::t("project-not-invoiced")) }
            )),
        ]
    }));
    Ok(Section {
        title: reader::t("project-projects-and-services"),
        table: plain_table(&columns(&[("kind", ""), ("project-name", ""), ("project-where-it-stands", "")]), rows),
        empty: reader::t("project-no-projects-or-services"),
        actions: vec![link(reader::t("project-all-projects"), format!("/clusters/{slug}/projects"))],
    })
}

async fn milestone_undone(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path(path): Path<(String, String, String)>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    set_milestone(&state, &scope, &headers, path, false).await
}

#[derive(serde::Deserialize)]
struct KindQuery {
    kind: Option<String>,
}

async fn remove_part(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, project, part)): Path<(String, String, String)>,
    Query(q): Query<KindQuery>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let (project, part) = (parse_id(&project, "project")?, parse_id(&part, "project part")?);
    let kind = match q.kind.as_deref() {
        Some("participant") => app::project::Part::Participant,
        Some("budget_line") => app::project::Part::BudgetLine,
        Some("funding") => app::project::Part::Funding,
        Some("milestone") => app::project::Part::Milestone,
        Some("outcome") => app::project::Part::Outcome,
        _ => return Err(app::Error::NotFound("project part").into()),
    };
    let done =
        app::project::remove(&state.app, &scope, kind, project, part).await.map(|()| reader::t("project-removed"));
    after_action(&headers, &format!("/clusters/{slug}/projects/{project}"), done)
}
