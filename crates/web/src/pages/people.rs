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
use crate::reader::{t, t_count, t1, t2};

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
fn role_hint() -> String {
    t("workplace-role-hint")
}

fn role_options(selected: Option<&str>) -> Vec<SelectOption> {
    ROLES
        .iter()
        .map(|r| SelectOption { value: r.code().into(), label: role_label(*r), selected: selected == Some(r.code()) })
        .collect()
}

fn state_of(person: &app::account::Person) -> String {
    match (person.active, person.has_password) {
        (false, _) => t("workplace-person-deactivated"),
        (true, false) => t("workplace-person-invited"),
        (true, true) => t("workplace-person-active"),
    }
}

async fn list(State(state): State<AppState>, access: PageScope<Manage>, flash: Flash) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "people", t("nav-people")).await?;
    let people = app::account::people(&state.app, &page.scope).await?;
    let slug = page.slug().to_string();
    let rows = people
        .iter()
        .map(|p| {
            vec![
                Cell::link(&p.display_name, format!("/clusters/{slug}/people/{}", p.user_id)),
                Cell::text(&p.email).class("optional"),
                Cell::text(if p.is_network_admin { t("workplace-network-administrator") } else { role_label(p.role) }),
                Cell::text(state_of(p)),
            ]
        })
        .collect();
    let mut report = ReportPage::new(page.layout, t("nav-people"));
    report.subheading = t("workplace-people-intro");
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.actions.push(Action {
        label: t("workplace-invite-someone"),
        href: format!("/clusters/{slug}/people/new"),
        primary: true,
    });
    report.sections.push(Section {
        title: t_count("workplace-people-count", people.len() as i64),
        table: plain_table(
            &[
                (t("workplace-name"), ""),
                (t("email"), "optional"),
                (t("workplace-role"), ""),
                (t("workplace-state"), ""),
            ],
            rows,
        ),
        empty: t("workplace-nobody-works-here"),
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
        FormField::text("email", &t("email"), Some(&form.email), errors).input("email").required(),
        FormField::text("name", &t("workplace-name"), Some(&form.name), errors).hint(t("workplace-invite-name-hint")),
        FormField::text("role", &t("workplace-role"), Some(role), errors)
            .select(role_options(Some(role)))
            .required()
            .hint(role_hint()),
    ];
    let form_page = FormPage {
        heading: t("workplace-invite-someone"),
        action: format!("/clusters/{slug}/people"),
        submit: t("workplace-send-the-invitation").into(),
        cancel_href: format!("/clusters/{slug}/people"),
        fields,
        has_errors: errors.is_some(),
        intro: t_count("workplace-invite-intro", app::account::INVITATION_DAYS),
        links: Vec::new(),
        layout: page.layout,
    };
    (status, form_page).into_response()
}

async fn new(State(state): State<AppState>, access: PageScope<Manage>) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "people", t("workplace-invite-someone")).await?;
    Ok(invite_page(page, &InviteForm::default(), None))
}

async fn invite(
    State(state): State<AppState>,
    headers: HeaderMap,
    access: PageScope<Manage>,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "people", t("workplace-invite-someone")).await?;
    let base = super::event::link_base(&state);
    let slug = page.slug().to_string();
    match app::account::invite(&state.app, &page.scope, &page.user.actor, &form.email, &form.name, &form.role, &base)
        .await
    {
        Ok(invited) => {
            let notice = match (&invited.link, invited.new_account) {
                (Some(link), _) => t2("workplace-invited-give-link", "email", &invited.email, "link", link),
                (None, true) => t1("workplace-invited", "email", &invited.email),
                (None, false) => t1("workplace-invited-has-account", "email", &invited.email),
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
    let page = ClusterPage::open(&state, access, "people", t("workplace-person")).await?;
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
    report.badges.push(state_of(&person));
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.actions.push(link(t("workplace-all-people"), format!("/clusters/{slug}/people")));
    report.facts.push(Fact::new(t("workplace-role"), Some(role_label(person.role))));
    report.facts.push(Fact::new(t("workplace-works-in-other-clusters"), Some(person.other_clusters.to_string())));
    if person.is_network_admin {
        report
            .facts
            .push(Fact::new(t("workplace-network-administrator"), Some(t("workplace-network-administrator-yes"))));
    }
    if own {
        report.facts.push(Fact::new(t("workplace-your-own-account"), Some(t("workplace-your-own-account-note"))));
    } else {
        report.forms.push(PostForm::post(
            t("workplace-role"),
            format!("{base}/role"),
            t("workplace-change-the-role"),
            vec![
                FormField::text("role", &t("workplace-role"), Some(person.role.code()), None)
                    .select(role_options(Some(person.role.code())))
                    .hint(role_hint()),
            ],
        ));
        let cluster_name = report.layout.cluster.as_ref().map_or("", |c| c.name.as_str()).to_string();
        report.forms.push(
            PostForm::post(
                t("workplace-take-out-of-cluster"),
                format!("{base}/remove"),
                t("workplace-remove-from-cluster"),
                Vec::new(),
            )
            .confirm(t2("workplace-remove-confirm", "name", &person.display_name, "cluster", cluster_name)),
        );
        if may_deactivate {
            report.forms.push(if person.active {
                PostForm::post(
                    t("workplace-account"),
                    format!("{base}/deactivate"),
                    t("workplace-deactivate-account"),
                    Vec::new(),
                )
                .confirm(t1("workplace-deactivate-confirm", "email", &person.email))
            } else {
                PostForm::post(
                    t("workplace-account"),
                    format!("{base}/reactivate"),
                    t("workplace-reactivate-account"),
                    Vec::new(),
                )
                .ask(t1("workplace-reactivate-confirm", "email", &person.email))
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
        .map(|p| t2("workplace-role-set", "name", &p.display_name, "role", role_in_sentence(p.role)));
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
            &t1("workplace-removed", "name", &p.display_name),
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
            t1("workplace-reactivated", "email", &p.email)
        } else {
            t1("workplace-deactivated", "email", &p.email)
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
