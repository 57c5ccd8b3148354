//! The event pages for visitors without an account: the event with its registration form, the
//! personal link to cancel or give feedback, and the cluster's calendar feed.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use domain::event::RegistrationStatus;
use domain::id::Uuid;

use super::event::{agenda_section, calendar_response, event_facts, link_base, when};
use super::*;
use crate::AppState;
use crate::auth::{PageId, resource};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route("/events/{cluster}/registrations/{token}/feedback", &["POST"], post(personal_feedback))
        .route("/events/{cluster}/{id}", &["GET", "POST"], get(public_event).post(public_register))
        .route("/events/{cluster}/registrations/{token}", &["GET", "POST"], get(personal).post(personal_cancel))
        .route("/calendar/{cluster}/{file}", &["GET"], get(feed))
}

#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "public.html")]
struct PublicPage {
    cluster_name: String,
    heading: String,
    subheading: String,
    notice: Option<String>,
    problem: Option<String>,
    facts: Vec<Fact>,
    sections: Vec<Section>,
    form: Option<PostForm>,
    links: Vec<Action>,
}

impl PublicPage {
    fn new(scope: &app::auth::Visitor, heading: String) -> Self {
        PublicPage {
            cluster_name: scope.cluster().name.clone(),
            heading,
            subheading: String::new(),
            notice: None,
            problem: None,
            facts: Vec::new(),
            sections: Vec::new(),
            form: None,
            links: Vec::new(),
        }
    }
}

async fn visitor(state: &AppState, slug: &str) -> Result<app::auth::Visitor, app::Error> {
    app::auth::visitor_scope(&state.app, slug).await
}

fn registration_form(
    action: String,
    input: &app::event::RegistrationInput,
    errors: Option<&domain::Invalid>,
) -> PostForm {
    PostForm::post(
        "Register",
        action,
        "Register",
        vec![
            FormField::text("first_name", "First name", input.first_name.as_deref(), errors).required(),
            FormField::text("last_name", "Last name", input.last_name.as_deref(), errors).required(),
            FormField::text("email", "Email", input.email.as_deref(), errors).required().input("email"),
            FormField::text("organisation", "Organisation", input.organisation.as_deref(), errors).required(),
        ],
    )
}

async fn public_page(
    state: &AppState,
    scope: &app::auth::Visitor,
    id: Uuid,
    input: &app::event::RegistrationInput,
    errors: Option<&domain::Invalid>,
) -> Result<Response, PageError> {
    let e = app::event::for_visitors(&state.app, scope, id).await?;
    let mut page = PublicPage::new(scope, e.fields.title.clone());
    page.subheading = when(&e);
    page.facts = event_facts(scope, &e);
    page.sections.push(agenda_section(&e));
    let open = e.cancelled_at.is_none() && !app::event::is_over(&state.app, scope, &e);
    if e.cancelled_at.is_some() {
        page.problem = Some("This event is cancelled.".into());
    } else if !open {
        page.notice = Some("This event is over.".into());
    } else {
        if e.fields.capacity.is_some_and(|c| e.registered >= c) {
            page.notice = Some(
                "The event is full: register to join the waiting list; a freed seat goes to the first who waits."
                    .into(),
            );
        }
        if errors.is_some() {
            page.problem = Some("Please correct the fields marked below.".into());
        }
        page.form = Some(registration_form(app::event::public_path(scope, id), input, errors));
    }
    let status = if errors.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok((status, page).into_response())
}

async fn public_event(
    State(state): State<AppState>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Event>,
) -> Result<Response, PageError> {
    let scope = visitor(&state, &slug).await?;
    public_page(&state, &scope, id, &Default::default(), None).await
}

async fn public_register(
    State(state): State<AppState>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Event>,
    axum::Form(input): axum::Form<app::event::RegistrationInput>,
) -> Result<Response, PageError> {
    let scope = visitor(&state, &slug).await?;
    let base = link_base(&state);
    match app::event::register(&state.app, &scope, id, &input, &base).await {
        Ok(outcome) => {
            let e = app::event::for_visitors(&state.app, &scope, id).await?;
            let mut page = PublicPage::new(&scope, e.fields.title.clone());
            page.subheading = when(&e);
            page.notice = Some(match (outcome.already, outcome.status) {
                (true, _) => "You were registered already: nothing changed.".into(),
                (false, RegistrationStatus::Waitlisted) => {
                    "The event is full: you are on the waiting list. A freed seat is yours, and you will hear from us."
                        .into()
                }
                (false, _) => "You are registered.".into(),
            });
            if let Some(token) = &outcome.token {
                let personal = app::event::personal_path(&scope, token);
                page.facts.push(Fact {
                    label: "Your link".into(),
                    value: format!("{base}{personal}"),
                    href: Some(personal),
                });
                page.facts.push(Fact::new(
                    "Keep it",
                    Some(if outcome.mailed {
                        "It is in the confirmation we emailed you, with the event for your calendar."
                    } else {
                        "It lets you cancel, so that someone else can take your seat."
                    }),
                ));
            }
            if let Some(number) = outcome.invoice_number {
                page.facts.push(Fact::new("Invoice", Some(format!("{number}, sent to your organisation"))));
            }
            Ok(page.into_response())
        }
        Err(app::Error::Invalid(errors) | app::Error::Conflict(errors)) => {
            public_page(&state, &scope, id, &input, Some(&errors)).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn personal(
    State(state): State<AppState>,
    Path((slug, token)): Path<(String, String)>,
    flash: Flash,
) -> Result<Response, PageError> {
    let scope = visitor(&state, &slug).await?;
    let view = app::event::by_token(&state.app, &scope, &token).await?;
    let r = &view.registration;
    let mut page = PublicPage::new(&scope, view.event.fields.title.clone());
    page.subheading = when(&view.event);
    page.notice = flash.notice;
    page.problem = flash.problem;
    page.facts = vec![
        Fact::new("Registration of", Some(format!("{}, {}", r.name(), r.organisation))),
        Fact::new("Status", Some(r.status.label())),
    ];
    let over = app::event::is_over(&state.app, &scope, &view.event);
    if r.may_give_feedback(over) {
        page.form = Some(PostForm::post(
            "How was it?",
            format!("{}/feedback", app::event::personal_path(&scope, &token)),
            "Send",
            vec![
                FormField::text("rating", "Your rating", None, None).required().select(options(
                    "(choose)",
                    [
                        ("5", "5: excellent"),
                        ("4", "4: good"),
                        ("3", "3: fair"),
                        ("2", "2: poor"),
                        ("1", "1: very poor"),
                    ],
                    None,
                )),
                FormField::text("comment", "What should we keep or change?", None, None).input("textarea"),
            ],
        ));
    } else if r.may_cancel(over) {
        page.form = Some(PostForm::post(
            "Cannot come?",
            app::event::personal_path(&scope, &token),
            "Cancel my registration",
            Vec::new(),
        ));
    }
    page.links.push(Action {
        label: "The event".into(),
        href: app::event::public_path(&scope, view.event.id),
        primary: false,
    });
    Ok(page.into_response())
}

async fn personal_cancel(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((slug, token)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let scope = visitor(&state, &slug).await?;
    let back = app::event::personal_path(&scope, &token);
    let done = app::event::cancel_by_token(&state.app, &scope, &token)
        .await
        .map(|_| "Your registration is cancelled. Thank you for freeing the seat.".to_string());
    after_action(&headers, &back, done)
}

async fn feed(
    State(state): State<AppState>,
    Path((slug, file)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let scope = visitor(&state, &slug).await?;
    let secret = file.strip_suffix(".ics").ok_or(app::Error::NotFound("calendar"))?;
    let text = app::event::feed(&state.app, &scope, secret, &link_base(&state))
        .await?
        .ok_or(app::Error::NotFound("calendar"))?;
    Ok(calendar_response(text, &format!("{slug}.ics")))
}

#[derive(Debug, serde::Deserialize)]
struct FeedbackForm {
    rating: Option<String>,
    comment: Option<String>,
}

async fn personal_feedback(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((slug, token)): Path<(String, String)>,
    axum::Form(form): axum::Form<FeedbackForm>,
) -> Result<Response, PageError> {
    let scope = visitor(&state, &slug).await?;
    let done =
        app::engagement::give_feedback(&state.app, &scope, &token, form.rating.as_deref(), form.comment.as_deref())
            .await
            .map(|()| "Thank you: your feedback is recorded.".to_string());
    after_action(&headers, &app::event::personal_path(&scope, &token), done)
}
