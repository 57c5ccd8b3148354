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
    Money::new(minor, scope.cluster().base_currency).to_string()
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
    let page = ClusterPage::open(&state, access, "projects", "Project ideas".into()).await?;
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
                Some(p) => Cell::link("its project", format!("/clusters/{slug}/projects/{p}")),
                None if can_edit => Cell::button("Take forward", format!("/clusters/{slug}/ideas/{}/promote", i.id))
                    .confirm(format!("Make “{}” a project?", i.fields.title)),
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
                Cell::text(format!("{} {}", i.fields.source.label(), i.fields.source_note).trim().to_string())
                    .class("optional"),
                Cell::text(i.organisation_name.clone().unwrap_or_default()).class("optional"),
                Cell::text(i.challenge_title.clone().unwrap_or_default()).class("optional"),
                next,
            ]
        })
        .collect();
    let mut report = ReportPage::new(page.layout, "Project ideas");
    report.notice = flash.notice;
    report.forms_last = true;
    report.problem = flash.problem;
    report.actions = strategy_actions(&slug);
    report.actions.push(link("Download CSV", format!("/clusters/{slug}/ideas/export")));
    report.actions.push(link("Download XLSX", format!("/clusters/{slug}/ideas/export?format=xlsx")));
    report.subheading = format!(
        "Ranked by their score: alignment ×{}, member interest ×{}, feasibility ×{}, funding fit ×{} (each scored 0 to 5)",
        weights.alignment, weights.interest, weights.feasibility, weights.funding_fit
    );
    report.sections.push(Section {
        title: "Ideas".into(),
        table: plain_table(
            &[
                ("#", "num"),
                ("Idea", ""),
                ("Score", "num"),
                ("Alignment · interest · feasibility · funding", "optional"),
                ("From", "optional"),
                ("Proposed by", "optional"),
                ("Challenge", "optional"),
                ("", ""),
            ],
            rows,
        ),
        empty: "No ideas yet: capture them from members, interviews, working groups and workshops.".into(),
        actions: Vec::new(),
    });
    if can_edit {
        report.forms.push(PostForm::post(
            "New idea",
            format!("/clusters/{slug}/ideas"),
            "Record",
            idea_fields(&IdeaChoices::load(&state, &page.scope, None).await?, &IdeaForm::default(), None),
        ));
        let idea_options: Vec<SelectOption> = all
            .iter()
            .filter(|i| i.project_id.is_none())
            .map(|i| SelectOption { value: i.id.to_string(), label: i.fields.title.clone(), selected: false })
            .collect();
        if !idea_options.is_empty() {
            let scale = || {
                options("Not scored", [("0", "0"), ("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5")], None)
            };
            let mut fields = vec![FormField::text("idea_id", "Idea", None, None).select(idea_options).required()];
            fields.extend(
                domain::project::CRITERIA
                    .iter()
                    .map(|(name, label)| FormField::text(name, label, None, None).select(scale())),
            );
            report.forms.push(PostForm::post(
                "Score an idea",
                format!("/clusters/{slug}/ideas/scores"),
                "Score",
                fields,
            ));
        }
        if can_manage {
            let fields = domain::project::CRITERIA
                .iter()
                .map(|(name, label)| {
                    let value = match *name {
                        "alignment" => weights.alignment,
                        "interest" => weights.interest,
                        "feasibility" => weights.feasibility,
                        _ => weights.funding_fit,
                    }
                    .to_string();
                    FormField::text(name, label, Some(&value), None).input("number").hint("0 to 10")
                })
                .collect();
            report.forms.push(PostForm::post(
                "Weights of the score",
                format!("/clusters/{slug}/ideas/weights"),
                "Save",
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
    vec![
        FormField::text("title", "Idea", i.title.as_deref(), errors).required(),
        FormField::text("description", "Description", i.description.as_deref(), errors).input("textarea"),
        FormField::text("source", "From", None, errors).select(options(
            "A member",
            domain::project::IdeaSource::ALL.iter().skip(1).map(|s| (s.code(), s.label())),
            i.source.as_deref().filter(|s| *s != domain::project::IdeaSource::Member.code()),
        )),
        FormField::text("source_note", "Which workshop or meeting", i.source_note.as_deref(), errors),
        select("organisation_id", "Proposed by", "No one in particular", &choices.organisations, &form.organisation_id),
        select("challenge_id", "Challenge it serves", "None yet", &choices.challenges, &form.challenge_id),
        select("working_group_id", "Working group", "None", &choices.groups, &form.working_group_id),
        FormField::text("interaction_id", "Interview or interaction (its id)", form.interaction_id.as_deref(), errors)
            .hint("Filled in when the idea is recorded from the interview's or interaction's page."),
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
    let page = ClusterPage::open(&state, access, "projects", "New idea".into()).await?;
    let choices = IdeaChoices::load(&state, &page.scope, None).await?;
    let href = format!("/clusters/{slug}/ideas");
    Ok(edit_page(page.layout, "New idea".into(), href.clone(), href, idea_fields(&choices, &form, None), None))
}

async fn edit_idea(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Idea>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "projects", "Idea".into()).await?;
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
    let page = ClusterPage::open(&state, access, "projects", "Idea".into()).await?;
    let idea = app::project::idea(&state.app, &page.scope, id).await?;
    let saved = app::project::update_idea(&state.app, &page.scope, id, &form.input, form.links()?).await;
    let choices = IdeaChoices::load(&state, &page.scope, Some(&idea)).await?;
    let back = format!("/clusters/{slug}/ideas");
    saved_or_form(&headers, saved, &back, "The idea is saved.", |e| {
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
    let page = ClusterPage::open(&state, access, "projects", "New idea".into()).await?;
    let saved = app::project::add_idea(&state.app, &page.scope, &form.input, form.links()?, page.user.actor.email())
        .await
        .map(|_| ());
    let choices = IdeaChoices::load(&state, &page.scope, None).await?;
    let href = format!("/clusters/{slug}/ideas");
    saved_or_form(&headers, saved, &href, "The idea is recorded.", |e| {
        edit_page(
            page.layout,
            "New idea".into(),
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
            app::project::score_idea(&state.app, &scope, id, &scores).await.map(|()| "The idea is scored.".into())
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
        Ok(w) => app::project::set_weights(&state.app, &scope, &w).await.map(|()| "The weights are saved.".into()),
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
            "The idea is a project now, at the definition stage.",
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
    let mut lines = vec![p.fields.area.label().to_string()];
    if !served.is_empty() {
        lines.push(format!("Serves: {}", served.join(", ")));
    }
    lines.push(format!(
        "Budget {} · funding {} · {} taking part",
        money(scope, i.financing.budget),
        money(scope, i.financing.funding()),
        i.participants.len()
    ));
    let mut flags = Vec::new();
    if p.serves_no_challenge() && p.stage != ProjectStage::Abandoned {
        flags.push("Serves no challenge".to_string());
    }
    if i.overdue_milestones > 0 {
        flags.push(format!("{} milestone(s) overdue", i.overdue_milestones));
    }
    let next = p.stage.next().filter(|_| can_edit);
    BoardCard {
        title: p.fields.title.clone(),
        href: format!("/clusters/{slug}/projects/{}", p.id),
        lines,
        flags,
        move_on: next.map(|n| BoardMove {
            label: format!("Move to {}", n.label().to_lowercase()),
            spoken: format!("Move {} to {}", p.fields.title, n.label().to_lowercase()),
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
    let page = ClusterPage::open(&state, access, "projects", "Projects".into()).await?;
    let items = app::project::list(&state.app, &page.scope).await?;
    let all_challenges = challenge_list(&state, &page.scope).await?;
    let challenges: Vec<(uuid::Uuid, String)> = all_challenges.iter().map(|(id, t, _)| (*id, t.clone())).collect();
    let can_edit = page.can_edit();
    let scope = page.scope.clone();
    let mut report = ReportPage::new(page.layout, "Projects");
    report.notice = flash.notice;
    report.forms_last = true;
    report.problem = flash.problem;
    report.actions = strategy_actions(&slug);
    report.actions.push(link("Download CSV", format!("/clusters/{slug}/projects/export")));
    report.actions.push(link("Download XLSX", format!("/clusters/{slug}/projects/export?format=xlsx")));
    let flagged =
        items.iter().filter(|i| i.project.serves_no_challenge() && i.project.stage != ProjectStage::Abandoned).count();
    report.subheading = "By stage, from idea to completed; a project moves on from its card or its page".into();
    if flagged > 0 {
        report.problem.get_or_insert(format!(
            "{flagged} project(s) serve no strategic challenge: projects are financed because they serve the strategy, not because a grant exists."
        ));
    }
    report.board = ProjectStage::ALL
        .iter()
        .map(|stage| {
            let cards: Vec<BoardCard> = items
                .iter()
                .filter(|i| i.project.stage == *stage)
                .map(|i| project_card(&slug, &scope, i, &challenges, can_edit))
                .collect();
            BoardColumn { title: format!("{} ({})", stage.label(), cards.len()), cards, empty: "None.".into() }
        })
        .collect();
    if can_edit {
        report.forms.push(PostForm::post(
            "New project",
            format!("/clusters/{slug}/projects"),
            "Record",
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
    let mut fields = vec![
        FormField::text("title", "Title", form.title.as_deref(), errors).required(),
        FormField::text("summary", "Summary", form.summary.as_deref(), errors).input("textarea"),
        FormField::text("area", "Area", None, errors)
            .select(options(
                "Choose",
                ProjectArea::ALL.iter().map(|a| (a.code(), a.label())),
                form.area.as_deref().filter(|a| !a.is_empty()),
            ))
            .required(),
        FormField::text("scope", "Scope", None, errors).select(options(
            "Collective",
            [("individual_use", "Individual use")],
            form.scope.as_deref().filter(|s| *s == "individual_use"),
        )),
    ];
    if with_stage {
        fields.push(FormField::text("stage", "Stage", None, errors).select(options(
            "Idea",
            ProjectStage::ALL.iter().skip(1).map(|s| (s.code(), s.label())),
            form.stage.as_deref().filter(|s| !s.is_empty()),
        )));
    }
    fields.push(
        FormField::text("challenge_ids", "Challenges it serves", None, errors)
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
            .hint("A project that serves no challenge is flagged wherever it appears."),
    );
    fields.push(FormField::text("starts_on", "Starts on", form.starts_on.as_deref(), errors).input("date"));
    fields.push(FormField::text("ends_on", "Ends on", form.ends_on.as_deref(), errors).input("date"));
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
            "The project is recorded.",
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
    let page = ClusterPage::open(&state, access, "projects", "Project".into()).await?;
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
    let page = ClusterPage::open(&state, access, "projects", "Project".into()).await?;
    let v = app::project::get(&state.app, &page.scope, id).await?;
    let saved = app::project::update(&state.app, &page.scope, id, &form.input(), &form.challenges()?).await;
    let challenges = challenge_list(&state, &page.scope).await?;
    let href = format!("/clusters/{slug}/projects/{id}");
    saved_or_form(&headers, saved, &href, "The project is saved.", |e| {
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
    let page = ClusterPage::open(&state, access, "projects", "Project".into()).await?;
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
    report.subheading = format!("{} · {} · {}", p.stage.label(), p.fields.area.label(), p.fields.scope.label());
    if p.serves_no_challenge() {
        report.badges.push("Serves no strategic challenge".into());
    }
    report.actions = vec![
        link("All projects", format!("/clusters/{slug}/projects")),
        link("Printable sheet", format!("/clusters/{slug}/projects/{id}/sheet")),
    ];
    if can_edit {
        report.actions.push(link("Edit", format!("/clusters/{slug}/projects/{id}/edit")));
    }
    report.facts = vec![
        Fact::new("Dates", Some(format!("{} – {}", date_text(p.fields.starts_on), date_text(p.fields.ends_on)))),
        Fact::new("Budget", Some(money(&scope, f.budget))),
        Fact::new("Public funding", Some(money(&scope, f.public))),
        Fact::new("Private funding", Some(money(&scope, f.private))),
        Fact::new("Own contribution", Some(money(&scope, f.own_contribution))),
        Fact::new("Brought by participants", Some(money(&scope, f.money.saturating_add(f.in_kind)))),
        Fact::new("Funding gap", Some(money(&scope, f.gap))),
    ];
    if !p.fields.summary.is_empty() {
        report.facts.insert(0, Fact::new("Summary", Some(p.fields.summary.clone())));
    }
    if let Some(idea) = &v.idea {
        report.facts.push(Fact::new("From the idea", Some(idea.fields.title.clone())));
    }
    // A button that removes one of the project's rows, after asking.
    let remove = |kind: &str, part: uuid::Uuid, what: &str| {
        if !can_edit {
            return Cell::text("");
        }
        Cell::button("Remove", format!("/clusters/{slug}/projects/{id}/parts/{part}/remove?kind={kind}"))
            .confirm(format!("Remove {what} from the project?"))
    };
    let table = |title: &str, columns: &[(&'static str, &'static str)], rows: Vec<Vec<Cell>>, empty: &str| Section {
        title: title.into(),
        table: plain_table(columns, rows),
        empty: empty.into(),
        actions: Vec::new(),
    };
    report.sections.push(table(
        "Challenges it serves",
        &[("Challenge", "")],
        v.challenges.iter().map(|(_, t)| vec![Cell::text(t)]).collect(),
        "None: a project should serve a strategic challenge.",
    ));
    report.sections.push(table(
        "Participants",
        &[("Who", ""), ("Role", ""), ("Money", "num"), ("In kind", "num optional"), ("", "")],
        v.participants
            .iter()
            .map(|pt| {
                let who = match &pt.fields.of {
                    domain::project::ParticipantOf::Organisation { organisation_id } => {
                        Cell::link(&pt.name, format!("/clusters/{slug}/organisations/{organisation_id}"))
                    }
                    domain::project::ParticipantOf::PartnerCluster { .. } => {
                        Cell::text(format!("{} (partner cluster)", pt.name))
                    }
                    domain::project::ParticipantOf::Outside { country, .. } => {
                        Cell::text(format!("{} ({})", pt.name, country.as_str()))
                    }
                };
                vec![
                    who,
                    Cell::text(pt.fields.role.label()),
                    Cell::text(money(&scope, pt.fields.money_minor)).class("num"),
                    Cell::text(money(&scope, pt.fields.in_kind_minor)).class("num optional"),
                    remove("participant", pt.id, &pt.name),
                ]
            })
            .collect(),
        "No participants yet.",
    ));
    report.sections.push(table(
        "Budget",
        &[("Category", ""), ("What", "optional"), ("Amount", "num"), ("", "")],
        v.budget_lines
            .iter()
            .map(|b| {
                vec![
                    Cell::text(b.category.label()),
                    Cell::text(&b.description).class("optional"),
                    Cell::text(money(&scope, b.amount_minor)).class("num"),
                    remove("budget_line", b.id, b.category.label()),
                ]
            })
            .collect(),
        "No budget lines yet.",
    ));
    report.sections.push(table(
        "Funding",
        &[("Programme", ""), ("Kind", ""), ("Amount", "num"), ("Rate", "num optional"), ("", "")],
        v.funding
            .iter()
            .map(|s| {
                vec![
                    Cell::text(&s.programme),
                    Cell::text(if s.public { "public" } else { "private" }),
                    Cell::text(money(&scope, s.amount_minor)).class("num"),
                    Cell::text(s.rate_basis_points.map(domain::written::percent_text).unwrap_or_default())
                        .class("num optional"),
                    remove("funding", s.id, &s.programme),
                ]
            })
            .collect(),
        "No funding sources yet.",
    ));
    report.sections.push(table(
        "Milestones",
        &[("Milestone", ""), ("Due", ""), ("", ""), ("", "")],
        v.milestones
            .iter()
            .map(|m| {
                let state_cell = match m.done_on {
                    Some(d) if can_edit => Cell::button(
                        format!("Done on {}: open again", reader::day(d)),
                        format!("/clusters/{slug}/projects/{id}/milestones/{}/undone", m.id),
                    ),
                    Some(d) => Cell::text(format!("done on {}", reader::day(d))).class("status-ok"),
                    None if can_edit => {
                        let cell = Cell::button(
                            "Mark done",
                            format!("/clusters/{slug}/projects/{id}/milestones/{}/done", m.id),
                        );
                        if m.is_overdue(today) { cell.class("status-problem") } else { cell }
                    }
                    None if m.is_overdue(today) => Cell::text("overdue").class("status-problem"),
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
        "No milestones yet.",
    ));
    report.sections.push(table(
        "Outcomes",
        &[("Outcome", ""), ("Recorded", ""), ("", "")],
        v.outcomes
            .iter()
            .map(|o| {
                vec![
                    Cell::text(&o.description),
                    Cell::text(reader::day(o.recorded_on)),
                    remove("outcome", o.id, "the outcome"),
                ]
            })
            .collect(),
        "No outcomes yet.",
    ));
    report.sections.push(table(
        "History",
        &[("When", ""), ("Move", ""), ("By", "optional")],
        v.history
            .iter()
            .map(|h| {
                let from = h.from.map(|s| format!("{} → ", s.label())).unwrap_or_else(|| "recorded at ".into());
                vec![
                    Cell::text(reader::day(h.changed_at)),
                    Cell::text(format!("{from}{}", h.to.label())),
                    Cell::text(&h.changed_by).class("optional"),
                ]
            })
            .collect(),
        "",
    ));
    if can_edit {
        let base = format!("/clusters/{slug}/projects/{id}");
        report.forms.push(PostForm::post(
            "Move to another stage",
            format!("{base}/stage"),
            "Move",
            vec![
                FormField::text("stage", "Stage", None, None).select(
                    ProjectStage::ALL
                        .iter()
                        .map(|s| SelectOption {
                            value: s.code().into(),
                            label: s.label().into(),
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
        report.forms.push(PostForm::post(
            "Add a participant",
            format!("{base}/participants"),
            "Add",
            vec![
                FormField::text("organisation_id", "One of our organisations", None, None).select(options(
                    "—",
                    org_options.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                    None,
                )),
                FormField::text("partner_cluster_id", "or a partner cluster", None, None).select(options(
                    "—",
                    partner_options.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                    None,
                )),
                FormField::text("outside_name", "or an organisation outside the network", None, None),
                FormField::text("outside_country", "its country (ISO code)", None, None),
                FormField::text("role", "Role", None, None).select(options(
                    "Partner",
                    domain::project::ParticipantRole::ALL.iter().map(|r| (r.code(), r.label())),
                    None,
                )),
                FormField::text("money", "Contribution in money", None, None),
                FormField::text("in_kind", "Contribution in kind", None, None),
            ],
        ));
        report.forms.push(PostForm::post(
            "Add a budget line",
            format!("{base}/budget-lines"),
            "Add",
            vec![
                FormField::text("category", "Category", None, None)
                    .select(options(
                        "Choose",
                        domain::project::BudgetCategory::ALL.iter().map(|c| (c.code(), c.label())),
                        None,
                    ))
                    .required(),
                FormField::text("description", "What", None, None),
                FormField::text("amount", "Amount", None, None).required(),
            ],
        ));
        report.forms.push(PostForm::post(
            "Add a funding source",
            format!("{base}/funding"),
            "Add",
            vec![
                FormField::text("programme", "Programme", None, None).required(),
                FormField::text("kind", "Kind", None, None).select(options("Public", [("private", "Private")], None)),
                FormField::text("amount", "Amount", None, None).required(),
                FormField::text("rate", "Co-financing rate (%)", None, None),
            ],
        ));
        report.forms.push(PostForm::post(
            "Add a milestone",
            format!("{base}/milestones"),
            "Add",
            vec![
                FormField::text("title", "Milestone", None, None).required(),
                FormField::text("due_on", "Due on", None, None).input("date").required(),
            ],
        ));
        report.forms.push(PostForm::post(
            "Record an outcome",
            format!("{base}/outcomes"),
            "Record",
            vec![FormField::text("description", "Outcome", None, None).required()],
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
            p.stage.label(),
            p.fields.area.label(),
            p.fields.scope.label(),
            date_text(p.fields.starts_on),
            date_text(p.fields.ends_on)
        ),
        summary: p.fields.summary.clone(),
        facts: vec![
            ("Budget".into(), money(&scope, f.budget)),
            ("Public funding".into(), format!("{}{}", money(&scope, f.public), share(f.public))),
            ("Private funding".into(), format!("{}{}", money(&scope, f.private), share(f.private))),
            ("Own contribution".into(), money(&scope, f.own_contribution)),
            ("Funding gap".into(), money(&scope, f.gap)),
        ],
        challenges: v.challenges.iter().map(|(_, t)| t.clone()).collect(),
        participants: v
            .participants
            .iter()
            .map(|pt| {
                let brought = pt.fields.money_minor.saturating_add(pt.fields.in_kind_minor);
                (pt.name.clone(), pt.fields.role.label().to_string(), money(&scope, brought))
            })
            .collect(),
        budget: v
            .budget_lines
            .iter()
            .map(|b| (format!("{} {}", b.category.label(), b.description), money(&scope, b.amount_minor)))
            .collect(),
        funding: v
            .funding
            .iter()
            .map(|s| {
                (
                    format!("{} ({})", s.programme, if s.public { "public" } else { "private" }),
                    money(&scope, s.amount_minor),
                )
            })
            .collect(),
        milestones: v
            .milestones
            .iter()
            .map(|m| {
                let state = match m.done_on {
                    Some(d) => format!("done {d}"),
                    None if m.is_overdue(today) => "overdue".into(),
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
            .map(|()| format!("The project is at the stage {} now.", stage.label().to_lowercase())),
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
        .map(|_| "The participant is added.".to_string());
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
        .map(|_| "The budget line is added.".to_string());
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
        .map(|_| "The funding source is added.".to_string());
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
        .map(|_| "The milestone is added.".to_string());
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
        .map(|_| "The outcome is recorded.".to_string());
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
    let notice = if done { "The milestone is done." } else { "The milestone is open again." };
    let result =
        app::project::milestone_done(&state.app, scope, project, milestone, done).await.map(|()| notice.to_string());
    after_action(headers, &format!("/clusters/{slug}/projects/{project}"), result)
}

async fn portfolio(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "projects", "Portfolio".into()).await?;
    let p = app::project::portfolio(&state.app, &page.scope).await?;
    let scope = page.scope.clone();
    let mut report = ReportPage::new(page.layout, "Portfolio");
    report.forms_last = true;
    report.actions = strategy_actions(&slug);
    report.subheading = "The projects not abandoned, and the money they mobilise for the members".into();
    report.facts = vec![
        Fact::new("Projects", Some(p.projects.to_string())),
        Fact::new("Budget mobilised", Some(money(&scope, p.budget_minor))),
        Fact::new("Public funding raised", Some(money(&scope, p.public_funding_minor))),
        Fact::new("Private funding raised", Some(money(&scope, p.private_funding_minor))),
        Fact::new("Members taking part", Some(p.members_taking_part.to_string())),
        Fact::new(
            "SMEs among them",
            Some(format!("{}{}", p.smes_taking_part, p.sme_percent.map(|s| format!(" ({s} %)")).unwrap_or_default())),
        ),
        Fact::new("Inter-cluster projects", Some(p.inter_cluster.to_string())),
        Fact::new("Serving no challenge", Some(p.serving_no_challenge.to_string())),
    ];
    let rows = |groups: &[app::project::ProjectGroup]| -> Vec<Vec<Cell>> {
        groups
            .iter()
            .map(|g| {
                vec![
                    Cell::text(&g.label),
                    Cell::text(g.projects.to_string()).class("num"),
                    Cell::text(money(&scope, g.budget_minor)).class("num"),
                    Cell::text(money(&scope, g.public_funding_minor)).class("num optional"),
                    Cell::text(money(&scope, g.private_funding_minor)).class("num optional"),
                ]
            })
            .collect()
    };
    let columns = [
        ("", ""),
        ("Projects", "num"),
        ("Budget", "num"),
        ("Public funding", "num optional"),
        ("Private funding", "num optional"),
    ];
    for (title, groups) in [("By challenge", &p.by_challenge), ("By stage", &p.by_stage), ("By area", &p.by_area)] {
        report.sections.push(Section {
            title: title.into(),
            table: plain_table(&columns, rows(groups)),
            empty: "None.".into(),
            actions: Vec::new(),
        });
    }
    report.sections.push(Section {
        title: "Blind spots: challenges no project serves".into(),
        table: plain_table(
            &[("Challenge", "")],
            p.challenges_without_project.iter().map(|c| vec![Cell::text(c)]).collect(),
        ),
        empty: "Every challenge is served by a project.".into(),
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
                .map(|p| p.fields.role.label())
                .unwrap_or_default();
            let flag = if i.project.serves_no_challenge() { " · serves no challenge" } else { "" };
            vec![
                Cell::text("Project"),
                Cell::link(&i.project.fields.title, format!("/clusters/{slug}/projects/{}", i.project.id)),
                Cell::text(format!("{}, {}{flag}", i.project.stage.label(), role.to_lowercase())),
            ]
        })
        .collect();
    rows.extend(deliveries.iter().take(20).map(|d| {
        vec![
            Cell::text("Service"),
            Cell::text(&d.service_name),
            Cell::text(format!(
                "{} · {}{}",
                reader::day(d.fields.delivered_on),
                money(scope, d.amount_minor()),
                if d.is_invoiced() { "" } else { " · not invoiced" }
            )),
        ]
    }));
    Ok(Section {
        title: "Projects and services".into(),
        table: plain_table(&[("Kind", ""), ("Name", ""), ("Where it stands", "")], rows),
        empty: "Takes part in no project and has received no service.".into(),
        actions: vec![link("All projects", format!("/clusters/{slug}/projects"))],
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
    let done = app::project::remove(&state.app, &scope, kind, project, part).await.map(|()| "Removed.".to_string());
    after_action(&headers, &format!("/clusters/{slug}/projects/{project}"), done)
}
