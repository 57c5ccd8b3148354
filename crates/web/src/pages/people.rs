//! The people of a cluster, for its managers: who works in it and in which role, an invitation
//! by email, a person's page where their role changes, and where they are taken out of the
//! cluster or their account is deactivated.

use app::auth::Manage;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use domain::access::Role;

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageScope};
use crate::error::PageError;
use crate::params::parse_id;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/people", &["GET", "POST"], get(list).post(invite))
        .route("/clusters/{cluster}/people/new", &["GET"], get(new))
        .route("/clusters/{cluster}/people/{id}", &["GET"], get(show))
        .route("/clusters/{cluster}/people/{id}/role", &["POST"], post(set_role))
        .route("/clusters/{cluster}/people/{id}/remove", &["POST"], post(remove))
        .route("/clusters/{cluster}/people/{id}/deactivate", &["POST"], post(deactivate))
        .route("/clusters/{cluster}/people/{id}/reactivate", &["POST"], post(reactivate))
}

const ROLES: [Role; 3] = [Role::ClusterManager, Role::Staff, Role::Board];

/// What each role may do, as the forms explain it.
fn role_hint() -> &'static str {
    "Cluster managers run everything, people and settings included; staff change records; the board reads."
}

fn role_options(selected: Option<&str>) -> Vec<SelectOption> {
    ROLES
        .iter()
        .map(|r| SelectOption { value: r.code().into(), label: r.label().into(), selected: selected == Some(r.code()) })
        .collect()
}

fn state_of(person: &app::account::Person) -> &'static str {
    match (person.active, person.has_password) {
        (false, _) => "deactivated",
        (true, false) => "invited, no password yet",
        (true, true) => "active",
    }
}

async fn list(State(state): State<AppState>, access: PageScope<Manage>, flash: Flash) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "people", "People".into()).await?;
    let people = app::account::people(&state.app, &page.scope).await?;
    let slug = page.slug().to_string();
    let rows = people
        .iter()
        .map(|p| {
            vec![
                Cell::link(&p.display_name, format!("/clusters/{slug}/people/{}", p.user_id)),
                Cell::text(&p.email).class("optional"),
                Cell::text(if p.is_network_admin { "Network administrator" } else { p.role.label() }),
                Cell::text(state_of(p)),
            ]
        })
        .collect();
    let mut report = ReportPage::new(page.layout, "People");
    report.subheading = "Everyone who works in this cluster, and their role.".into();
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.actions.push(Action {
        label: "Invite someone".into(),
        href: format!("/clusters/{slug}/people/new"),
        primary: true,
    });
    report.sections.push(Section {
        title: format!("People ({})", people.len()),
        table: plain_table(&[("Name", ""), ("Email", "optional"), ("Role", ""), ("State", "")], rows),
        empty: "Nobody works in this cluster yet.".into(),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

#[derive(Debug, Default, serde::Deserialize)]
struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
}

fn invite_page(page: ClusterPage, form: &InviteForm, errors: Option<&domain::Invalid>) -> Response {
    let slug = page.slug().to_string();
    let status =
        if errors.is_some() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    let role = if form.role.is_empty() { Role::Staff.code() } else { form.role.as_str() };
    let fields = vec![
        FormField::text("email", "Email", Some(&form.email), errors).input("email").required(),
        FormField::text("name", "Name", Some(&form.name), errors).hint("How others see them; they can keep it."),
        FormField::text("role", "Role", Some(role), errors)
            .select(role_options(Some(role)))
            .required()
            .hint(role_hint()),
    ];
    let form_page = FormPage {
        heading: "Invite someone".into(),
        action: format!("/clusters/{slug}/people"),
        submit: "Send the invitation".into(),
        cancel_href: format!("/clusters/{slug}/people"),
        fields,
        has_errors: errors.is_some(),
        intro: format!(
            "They get an email with a link to choose their password, which works once, for {} days.",
            app::account::INVITATION_DAYS
        ),
        links: Vec::new(),
        layout: page.layout,
    };
    (status, form_page).into_response()
}

async fn new(State(state): State<AppState>, access: PageScope<Manage>) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "people", "Invite someone".into()).await?;
    Ok(invite_page(page, &InviteForm::default(), None))
}

async fn invite(
    State(state): State<AppState>,
    headers: HeaderMap,
    access: PageScope<Manage>,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "people", "Invite someone".into()).await?;
    let base = super::event::link_base(&state);
    let slug = page.slug().to_string();
    match app::account::invite(&state.app, &page.scope, &page.user.actor, &form.email, &form.name, &form.role, &base)
        .await
    {
        Ok(invited) => {
            let notice = match (&invited.link, invited.new_account) {
                (Some(link), _) => format!(
                    "{} is invited, but mail is not set up: give them this link yourself, it works once: {link}",
                    invited.email
                ),
                (None, true) => format!("{} is invited: a link to choose a password is on its way.", invited.email),
                (None, false) => {
                    format!("{} has an account already and now works here too; they are told by mail.", invited.email)
                }
            };
            Ok(see_other_with(&headers, &format!("/clusters/{slug}/people"), "notice", &notice))
        }
        Err(app::Error::Invalid(e) | app::Error::Conflict(e)) => Ok(invite_page(page, &form, Some(&e))),
        Err(e) => Err(e.into()),
    }
}

async fn show(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    Path((_, id)): Path<(String, String)>,
    flash: Flash,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "person")?;
    let page = ClusterPage::open(&state, access, "people", "Person".into()).await?;
    let person = app::account::people(&state.app, &page.scope)
        .await?
        .into_iter()
        .find(|p| p.user_id == id)
        .ok_or(app::Error::NotFound("person"))?;
    let slug = page.slug().to_string();
    let base = format!("/clusters/{slug}/people/{id}");
    let own = person.user_id == page.user.actor.user_id();
    let may_deactivate = page.user.actor.is_network_admin() || (!person.is_network_admin && person.other_clusters == 0);
    let mut report = ReportPage::new(page.layout, person.display_name.clone());
    report.subheading = person.email.clone();
    report.badges.push(state_of(&person).into());
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.actions.push(link("All people", format!("/clusters/{slug}/people")));
    report.facts.push(Fact::new("Role", Some(person.role.label())));
    report.facts.push(Fact::new("Works in other clusters", Some(person.other_clusters.to_string())));
    if person.is_network_admin {
        report.facts.push(Fact::new("Network administrator", Some("yes: works in every cluster as a manager")));
    }
    if own {
        report.facts.push(Fact::new(
            "Your own account",
            Some("another cluster manager changes your role here; your password and sessions are under Your account"),
        ));
    } else {
        report.forms.push(PostForm::post(
            "Role",
            format!("{base}/role"),
            "Change the role",
            vec![
                FormField::text("role", "Role", Some(person.role.code()), None)
                    .select(role_options(Some(person.role.code())))
                    .hint(role_hint()),
            ],
        ));
        report.forms.push(
            PostForm::post("Take out of the cluster", format!("{base}/remove"), "Remove from this cluster", Vec::new())
                .confirm(format!(
                    "Remove {} from {}? Their account and the records they made stay.",
                    person.display_name,
                    report.layout.cluster.as_ref().map_or("", |c| c.name.as_str())
                )),
        );
        if may_deactivate {
            report.forms.push(if person.active {
                PostForm::post("Account", format!("{base}/deactivate"), "Deactivate the account", Vec::new()).confirm(
                    format!(
                        "Deactivate {}? They can no longer sign in; their sessions and API tokens stop at once.",
                        person.email
                    ),
                )
            } else {
                PostForm::post("Account", format!("{base}/reactivate"), "Reactivate the account", Vec::new())
                    .ask(format!("Let {} sign in again?", person.email))
            });
        }
    }
    Ok(report.into_response())
}

#[derive(Debug, serde::Deserialize)]
struct RoleForm {
    #[serde(default)]
    role: String,
}

fn person_page(slug: &str, id: domain::id::Uuid) -> String {
    format!("/clusters/{slug}/people/{id}")
}

async fn set_role(
    State(state): State<AppState>,
    headers: HeaderMap,
    PageScope { user, scope, .. }: PageScope<Manage>,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<RoleForm>,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "person")?;
    let done = app::account::set_role(&state.app, &scope, &user.actor, id, &form.role)
        .await
        .map(|p| format!("{} is now {}.", p.display_name, p.role.label().to_lowercase()));
    after_action(&headers, &person_page(&slug, id), done)
}

async fn remove(
    State(state): State<AppState>,
    headers: HeaderMap,
    PageScope { user, scope, .. }: PageScope<Manage>,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "person")?;
    match app::account::remove(&state.app, &scope, &user.actor, id).await {
        Ok(p) => Ok(see_other_with(
            &headers,
            &format!("/clusters/{slug}/people"),
            "notice",
            &format!("{} no longer works in this cluster.", p.display_name),
        )),
        Err(e) => after_action(&headers, &person_page(&slug, id), Err(e)),
    }
}

async fn activity(
    state: AppState,
    headers: HeaderMap,
    PageScope { user, scope, .. }: PageScope<Manage>,
    slug: String,
    id: String,
    active: bool,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "person")?;
    let done = app::account::set_active(&state.app, &scope, &user.actor, id, active).await.map(|p| {
        if active {
            format!("{} can sign in again.", p.email)
        } else {
            format!("{} is deactivated: signed out everywhere, and can no longer sign in.", p.email)
        }
    });
    after_action(&headers, &person_page(&slug, id), done)
}

async fn deactivate(
    State(state): State<AppState>,
    headers: HeaderMap,
    access: PageScope<Manage>,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    activity(state, headers, access, slug, id, false).await
}

async fn reactivate(
    State(state): State<AppState>,
    headers: HeaderMap,
    access: PageScope<Manage>,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    activity(state, headers, access, slug, id, true).await
}
