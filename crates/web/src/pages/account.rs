//! The signed-in user's own account: their password, their sessions (listed by where they were
//! opened, each ended on its own), and their API tokens, listed (never their secrets), made
//! (shown once) and revoked.

use crate::reader;
use crate::reader::{t, t_count, t1};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use domain::language::Language;
use domain::written::DateStyle;

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageUser};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route("/account", &["GET"], get(account))
        .route("/account/password", &["GET", "POST"], get(password_page).post(change_password))
        .route("/account/sessions/{id}/end", &["POST"], post(end_session))
        .route("/account/date-style", &["POST"], post(set_date_style))
        .route("/account/language", &["POST"], post(set_language))
        .route("/account/tokens", &["GET", "POST"], get(tokens).post(create_token))
        .route("/account/tokens/{id}/revoke", &["POST"], post(revoke_token))
}

fn session_secret(headers: &HeaderMap) -> String {
    crate::auth::cookie(headers, crate::auth::SESSION_COOKIE).unwrap_or_default()
}

/// The browser a `User-Agent` names, in words a person recognises ("Firefox on Linux").
fn browser(agent: Option<&str>) -> String {
    let Some(agent) = agent else { return t("workplace-unknown") };
    let name =
        [("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Safari/", "Safari")]
            .iter()
            .find(|(mark, _)| agent.contains(mark))
            .map(|(_, name)| *name);
    let system = [
        ("Android", "Android"),
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Windows", "Windows"),
        ("Mac OS", "macOS"),
        ("Linux", "Linux"),
    ]
    .iter()
    .find(|(mark, _)| agent.contains(mark))
    .map(|(_, name)| *name);
    match (name, system) {
        (Some(name), Some(system)) => reader::t2("workplace-browser-on", "browser", name, "system", system),
        (Some(name), None) => name.into(),
        (None, _) => agent.chars().take(60).collect(),
    }
}

async fn account(
    State(state): State<AppState>,
    headers: HeaderMap,
    user: PageUser,
    flash: Flash,
) -> Result<Response, PageError> {
    let sessions = app::account::sessions(&state.app, &user.actor, &session_secret(&headers)).await?;
    let clusters = app::auth::clusters(&state.app, &user.actor).await?;
    let layout = Layout::without_cluster(&user, t("workplace-your-account"), "account");
    let mut page = ReportPage::new(layout, t("workplace-your-account"));
    page.subheading = format!("{} · {}", user.actor.display_name(), user.actor.email());
    page.notice = flash.notice;
    page.problem = flash.problem;
    page.actions.push(Action {
        label: t("workplace-change-your-password"),
        href: "/account/password".into(),
        primary: true,
    });
    page.actions.push(link(t("workplace-api-tokens"), "/account/tokens".into()));
    if user.actor.is_network_admin() {
        page.facts.push(Fact::new(t("workplace-network-administrator"), Some(t("workplace-you-manage-every-cluster"))));
    }
    let roles: Vec<String> =
        clusters.iter().map(|(c, role)| format!("{} ({})", c.name, role_in_sentence(*role))).collect();
    page.facts.push(Fact::new(
        t("workplace-works-in"),
        Some(if roles.is_empty() { t("workplace-no-cluster-yet-short") } else { roles.join(", ") }),
    ));
    page.forms.push(language_form(user.actor.language()));
    page.forms.push(date_style_form(user.actor.date_style()));
    let rows = sessions
        .iter()
        .map(|s| {
            vec![
                Cell::text(browser(s.user_agent.as_deref())),
                Cell::text(s.address.clone().unwrap_or_else(|| t("workplace-unknown"))).class("optional"),
                Cell::text(reader::moment(s.created_at)).class("optional"),
                Cell::text(reader::moment(s.last_seen_at)),
                if s.current {
                    Cell::text(t("workplace-this-browser"))
                } else {
                    Cell::button(t("workplace-end-session"), format!("/account/sessions/{}/end", s.id))
                        .class("secondary")
                },
            ]
        })
        .collect();
    page.sections.push(Section {
        title: t_count("workplace-signed-in-where", sessions.len() as i64),
        table: plain_table(
            &[
                (t("workplace-browser"), ""),
                (t("workplace-address"), "optional"),
                (t("workplace-signed-in"), "optional"),
                (t("workplace-last-used"), ""),
                (t("actions"), ""),
            ],
            rows,
        ),
        empty: t("workplace-no-other-session"),
        actions: Vec::new(),
    });
    Ok(page.into_response())
}

/// The choice of how the pages write days, each style shown by the day it writes.
fn date_style_form(current: DateStyle) -> PostForm {
    let styles: Vec<(&str, String)> = DateStyle::ALL.iter().map(|s| (s.code(), s.example())).collect();
    let field = FormField::text("date_style", &t("workplace-dates-are-written"), None, None)
        .select(
            styles
                .iter()
                .map(|(code, example)| SelectOption {
                    value: code.to_string(),
                    label: example.clone(),
                    selected: *code == current.code(),
                })
                .collect(),
        )
        .hint(t("workplace-dates-hint"));
    PostForm::post(t("workplace-how-you-read-dates"), "/account/date-style".into(), t("workplace-save"), vec![field])
}

/// The choice of the language the pages are written in, each language named in itself.
fn language_form(current: Option<Language>) -> PostForm {
    let mut choices = vec![SelectOption {
        value: String::new(),
        label: t("workplace-as-my-browser-asks"),
        selected: current.is_none(),
    }];
    choices.extend(Language::ALL.iter().map(|l| SelectOption {
        value: l.code().to_string(),
        label: l.native_name().to_string(),
        selected: current == Some(*l),
    }));
    let field = FormField::text("language", &t("workplace-pages-are-written-in"), None, None).select(choices);
    PostForm::post(t("workplace-your-language"), "/account/language".into(), t("workplace-save"), vec![field])
}

async fn set_language(
    State(state): State<AppState>,
    headers: HeaderMap,
    user: PageUser,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> Result<Response, PageError> {
    let done =
        app::account::set_language(&state.app, &user.actor, &form.language).await.map(|language| match language {
            Some(l) => t1("workplace-language-set", "language", l.native_name()),
            None => t("workplace-language-of-browser"),
        });
    after_action(&headers, "/account", done)
}

#[derive(serde::Deserialize)]
struct DateStyleForm {
    #[serde(default)]
    date_style: String,
}

async fn set_date_style(
    State(state): State<AppState>,
    headers: HeaderMap,
    user: PageUser,
    CsrfForm(form): CsrfForm<DateStyleForm>,
) -> Result<Response, PageError> {
    let done = app::account::set_date_style(&state.app, &user.actor, &form.date_style)
        .await
        .map(|style| t1("workplace-date-style-set", "example", style.example()));
    after_action(&headers, "/account", done)
}

#[derive(Debug, Default, serde::Deserialize)]
struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
    #[serde(default)]
    repeat_password: String,
}

fn password_form(user: &PageUser, errors: Option<&domain::Invalid>) -> Response {
    let status =
        if errors.is_some() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    let page = FormPage {
        heading: t("workplace-change-your-password"),
        action: "/account/password".into(),
        submit: t("workplace-change-the-password").into(),
        cancel_href: "/account".into(),
        fields: vec![
            FormField::text("current_password", &t("workplace-current-password"), None, errors)
                .input("password")
                .required(),
            FormField::text("new_password", &t("workplace-new-password"), None, errors)
                .input("password")
                .required()
                .hint(t1("workplace-new-password-hint", "chars", app::auth::MIN_PASSWORD_CHARS)),
            FormField::text("repeat_password", &t("workplace-new-password-again"), None, errors)
                .input("password")
                .required(),
        ],
        has_errors: errors.is_some(),
        intro: t("workplace-other-sessions-end"),
        links: Vec::new(),
        layout: Layout::without_cluster(user, t("workplace-change-your-password"), "account"),
    };
    (status, page).into_response()
}

async fn password_page(user: PageUser) -> Response {
    password_form(&user, None)
}

async fn change_password(
    State(state): State<AppState>,
    headers: HeaderMap,
    user: PageUser,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> Result<Response, PageError> {
    let secret = session_secret(&headers);
    match app::account::change_password(
        &state.app,
        &user.actor,
        Some(&secret),
        &form.current_password,
        &form.new_password,
        &form.repeat_password,
    )
    .await
    {
        Ok(ended) => {
            let notice = match ended {
                0 => t("workplace-password-changed"),
                n => t_count("workplace-password-changed-sessions-ended", n as i64),
            };
            Ok(see_other_with(&headers, "/account", "notice", &notice))
        }
        Err(app::Error::Invalid(e)) => Ok(password_form(&user, Some(&e))),
        Err(e) => Err(e.into()),
    }
}

async fn end_session(
    State(state): State<AppState>,
    headers: HeaderMap,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let id = crate::params::parse_id(&id, "session")?;
    let done = app::account::end_session(&state.app, &user.actor, id).await.map(|()| t("workplace-session-ended"));
    after_action(&headers, "/account", done)
}

/// The page of the user's tokens, with `made` (a token just made) shown once.
async fn tokens_page(
    state: &AppState,
    user: PageUser,
    flash: Flash,
    made: Option<(String, String)>,
) -> Result<Response, PageError> {
    let all = app::auth::tokens(&state.app, &user.actor).await?;
    let layout = Layout::without_cluster(&user, t("workplace-api-tokens"), "account");
    let mut page = ReportPage::new(layout, t("workplace-your-api-tokens"));
    page.actions.push(link(t("workplace-your-account"), "/account".into()));
    page.subheading = t("workplace-tokens-intro");
    page.notice = flash.notice;
    page.problem = flash.problem;
    if let Some((name, token)) = made {
        page.notice = Some(t1("workplace-token-made", "name", &name));
        page.facts.push(Fact::new(t("workplace-new-token"), Some(token)));
    }
    let rows = all
        .iter()
        .map(|token| {
            vec![
                Cell::text(&token.name),
                Cell::text(reader::moment(token.created_at)),
                match token.revoked_at {
                    Some(at) => Cell::text(t1("workplace-token-revoked-at", "moment", reader::moment(at))),
                    None => Cell::text(t("workplace-token-works")),
                },
                if token.revoked_at.is_none() {
                    Cell::button(t("workplace-revoke"), format!("/account/tokens/{}/revoke", token.id))
                        .class("secondary")
                } else {
                    Cell::text("")
                },
            ]
        })
        .collect();
    page.sections.push(Section {
        title: t_count("workplace-tokens-count", all.len() as i64),
        table: plain_table(
            &[(t("workplace-name"), ""), (t("workplace-made"), ""), (t("workplace-state"), ""), (String::new(), "")],
            rows,
        ),
        empty: t("workplace-no-tokens"),
        actions: Vec::new(),
    });
    page.forms.push(PostForm::post(
        t("workplace-new-token"),
        "/account/tokens".into(),
        t("workplace-make-a-token"),
        vec![FormField::text("name", &t("workplace-name"), None, None).required().hint(t("workplace-token-name-hint"))],
    ));
    Ok(page.into_response())
}

async fn tokens(State(state): State<AppState>, user: PageUser, flash: Flash) -> Result<Response, PageError> {
    tokens_page(&state, user, flash, None).await
}

#[derive(Debug, serde::Deserialize)]
struct TokenForm {
    name: Option<String>,
}

async fn create_token(
    State(state): State<AppState>,
    headers: HeaderMap,
    user: PageUser,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> Result<Response, PageError> {
    let name = form.name.unwrap_or_default();
    match app::auth::create_own_token(&state.app, &user.actor, &name).await {
        Ok(token) => tokens_page(&state, user, Flash::default(), Some((name.trim().to_string(), token))).await,
        Err(e) => after_action(&headers, "/account/tokens", Err(e)),
    }
}

async fn revoke_token(
    State(state): State<AppState>,
    headers: HeaderMap,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let id = crate::params::parse_id(&id, "API token")?;
    let done = app::auth::revoke_own_token(&state.app, &user.actor, id).await.map(|()| t("workplace-token-revoked"));
    after_action(&headers, "/account/tokens", done)
}
