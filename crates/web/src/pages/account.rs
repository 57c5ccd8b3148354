//! The signed-in user's own settings: their API tokens, listed (never their secrets), made (shown
//! once) and revoked.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageUser};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new().route("/account/tokens", &["GET", "POST"], get(tokens).post(create_token)).route(
        "/account/tokens/{id}/revoke",
        &["POST"],
        post(revoke_token),
    )
}

/// The page of the user's tokens, with `made` (a token just made) shown once.
async fn tokens_page(
    state: &AppState,
    user: PageUser,
    flash: Flash,
    made: Option<(String, String)>,
) -> Result<Response, PageError> {
    let all = app::auth::tokens(&state.app, &user.actor).await?;
    let layout = Layout::without_cluster(&user, "API tokens", "account");
    let mut page = ReportPage::new(layout, "Your API tokens");
    page.subheading = "A token lets a program use the API as you, in the clusters you work in.".into();
    page.notice = flash.notice;
    page.problem = flash.problem;
    if let Some((name, token)) = made {
        page.notice = Some(format!("The token '{name}' is made. Copy it now: it is shown only this once."));
        page.facts.push(Fact::new("New token", Some(token)));
    }
    let rows = all
        .iter()
        .map(|t| {
            vec![
                Cell::text(&t.name),
                Cell::text(t.created_at.format("%Y-%m-%d %H:%M UTC").to_string()),
                match t.revoked_at {
                    Some(at) => Cell::text(format!("revoked {}", at.format("%Y-%m-%d %H:%M UTC"))),
                    None => Cell::text("works"),
                },
                if t.revoked_at.is_none() {
                    Cell::button("Revoke", format!("/account/tokens/{}/revoke", t.id)).class("secondary")
                } else {
                    Cell::text("")
                },
            ]
        })
        .collect();
    page.sections.push(Section {
        title: format!("Tokens ({})", all.len()),
        table: plain_table(&[("Name", ""), ("Made", ""), ("State", ""), ("", "")], rows),
        empty: "You have no API tokens.".into(),
        actions: Vec::new(),
    });
    page.forms.push(PostForm::post(
        "New token",
        "/account/tokens".into(),
        "Make a token",
        vec![FormField::text("name", "Name", None, None).required().hint("What uses it, to recognise it later.")],
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
    let done = app::auth::revoke_own_token(&state.app, &user.actor, id)
        .await
        .map(|()| "The token is revoked: programs that use it are refused from now on.".to_string());
    after_action(&headers, "/account/tokens", done)
}
