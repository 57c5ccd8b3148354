//! The event pages for visitors without an account: the event with its registration form, the
//! request's link (to confirm it, or see where it stands), the personal link to cancel or give
//! feedback, and the cluster's calendar feed. Every form here is limited per client address (and
//! a registration per event) by the door's `PublicLimiter`.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use domain::event::RegistrationCheck;
use domain::id::Uuid;

use super::event::{agenda_section, calendar_response, event_facts, link_base, when};
use super::*;
use crate::AppState;
use crate::auth::{ClientAddress, PageId, resource};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route("/events/{cluster}/registrations/{token}/feedback", &["POST"], post(personal_feedback))
        .route("/events/{cluster}/{id}", &["GET", "POST"], get(public_event).post(public_register))
        .route("/events/{cluster}/registrations/{token}", &["GET", "POST"], get(personal).post(personal_cancel))
        .route("/events/{cluster}/requests/{token}", &["GET", "POST"], get(request_page).post(request_confirm))
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
    /// Under a form: what is kept and why, and the link to the cluster's privacy notice.
    privacy: String,
    privacy_notice: Option<String>,
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
            privacy: String::new(),
            privacy_notice: None,
        }
    }

    /// A link back to the event's public page.
    fn link_to_event(&mut self, scope: &app::auth::Visitor, event: Uuid) {
        self.links.push(Action {
            label: "The event".into(),
            href: app::event::public_path(scope, event),
            primary: false,
        });
    }

    /// The form, with what the cluster keeps of it and why, and its privacy notice.
    fn with_form(&mut self, scope: &app::auth::Visitor, form: PostForm) {
        let cluster = scope.cluster();
        self.form = Some(form);
        self.privacy = format!(
            "{} keeps what you send here to run your registration (the contract you ask for, GDPR \
             Art. 6(1)(b)), and uses your email for news only if you tick the box.{}",
            cluster.name,
            if cluster.privacy_notice_url.is_some() { "" } else { " Its privacy notice is not published yet." }
        );
        self.privacy_notice = cluster.privacy_notice_url.clone();
    }
}

async fn visitor(state: &AppState, slug: &str) -> Result<app::auth::Visitor, app::Error> {
    app::auth::visitor_scope(&state.app, slug).await
}

fn registration_form(
    scope: &app::auth::Visitor,
    action: String,
    input: &app::registration::RegistrationInput,
    errors: Option<&domain::Invalid>,
) -> PostForm {
    let news = format!("Tell me by email of future events of {}", scope.cluster().name);
    PostForm::post(
        "Register",
        action,
        "Register",
        vec![
            FormField::text("first_name", "First name", input.first_name.as_deref(), errors).required(),
            FormField::text("last_name", "Last name", input.last_name.as_deref(), errors).required(),
            FormField::text("email", "Email", input.email.as_deref(), errors).required().input("email"),
            FormField::text("organisation", "Organisation", input.organisation.as_deref(), errors).required(),
            FormField::text("wants_news", &news, input.wants_news.as_deref(), None)
                .input("checkbox")
                .hint("Optional. You can withdraw it at any time by writing to us."),
        ],
    )
}

async fn public_page(
    state: &AppState,
    scope: &app::auth::Visitor,
    id: Uuid,
    input: &app::registration::RegistrationInput,
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
        page.with_form(scope, registration_form(scope, app::event::public_path(scope, id), input, errors));
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
    ClientAddress(address): ClientAddress,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Event>,
    axum::Form(input): axum::Form<app::registration::RegistrationInput>,
) -> Result<Response, PageError> {
    let scope = visitor(&state, &slug).await?;
    state.public_limiter.check(&address, Some(id))?;
    let base = link_base(&state);
    match app::registration::request(&state.app, &scope, id, &input, &base).await {
        Ok(sent) => {
            let e = app::event::for_visitors(&state.app, &scope, id).await?;
            let mut page = PublicPage::new(&scope, e.fields.title.clone());
            page.subheading = when(&e);
            // The same answer whoever sends it: whether the address was registered before is
            // said only in the mail to it.
            match sent.check {
                RegistrationCheck::Mail => {
                    page.notice = Some(
                        "Almost there: we have sent you an email with a link. Open it to confirm your \
                         registration; until then no seat is held for you."
                            .into(),
                    );
                }
                RegistrationCheck::Review => {
                    page.notice = Some(
                        "Thank you. The team checks each registration before confirming it; you will hear \
                         from us by email."
                            .into(),
                    );
                    let path = app::registration::request_path(&scope, &sent.token);
                    page.facts.push(Fact {
                        label: "Where it stands".into(),
                        value: format!("{base}{path}"),
                        href: Some(path),
                    });
                }
            }
            Ok(page.into_response())
        }
        Err(app::Error::Invalid(errors) | app::Error::Conflict(errors)) => {
            public_page(&state, &scope, id, &input, Some(&errors)).await
        }
        Err(e) => Err(e.into()),
    }
}

/// A request's link: what the visitor typed, where it stands, and the button that confirms it.
async fn request_page(
    State(state): State<AppState>,
    Path((slug, token)): Path<(String, String)>,
    flash: Flash,
) -> Result<Response, PageError> {
    let scope = visitor(&state, &slug).await?;
    let view = app::registration::request_by_token(&state.app, &scope, &token).await?;
    let q = &view.request;
    let mut page = PublicPage::new(&scope, view.event.fields.title.clone());
    page.subheading = when(&view.event);
    page.notice = flash.notice;
    page.problem = flash.problem;
    page.facts = vec![
        Fact::new("Registration of", Some(format!("{}, {}", q.name(), q.organisation))),
        Fact::new("Email", Some(q.email.clone())),
        Fact::new("News of future events", Some(if q.wants_news { "Yes, by email" } else { "No" })),
        Fact::new("Where it stands", Some(q.state.label())),
    ];
    if q.may_confirm() && view.event.takes_registrations(state.app.local_now(&scope)) {
        let form = PostForm::post(
            "Confirm your registration",
            app::registration::request_path(&scope, &token),
            "Confirm my registration",
            Vec::new(),
        );
        page.with_form(&scope, form);
    }
    page.link_to_event(&scope, view.event.id);
    Ok(page.into_response())
}

async fn request_confirm(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Path((slug, token)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let scope = visitor(&state, &slug).await?;
    state.public_limiter.check(&address, None)?;
    let back = app::registration::request_path(&scope, &token);
    let done = app::registration::confirm(&state.app, &scope, &token, &link_base(&state)).await.map(|_| {
        "Your registration is confirmed. The confirmation is on its way to your email, with your personal link \
         and the event for your calendar."
            .to_string()
    });
    after_action(&headers, &back, done)
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
    // Only what the visitor typed: the cluster's records of the person stay with the team.
    let of = match &view.typed {
        Some(typed) => format!("{}, {}", typed.name(), typed.organisation),
        None => r.name(),
    };
    page.facts = vec![Fact::new("Registration of", Some(of)), Fact::new("Status", Some(r.status.label()))];
    if let Some(i) = &view.invoice {
        let amount = |minor: i64| super::membership::money(minor, &i.currency);
        let mut said = format!("{}, tax included: invoice {}", amount(i.gross_minor), i.number);
        if i.credited_minor > 0 {
            said.push_str(&format!(", {} credited", amount(i.credited_minor)));
        }
        page.facts.push(Fact::new("Price", Some(said)));
    } else if r.status == domain::event::RegistrationStatus::Waitlisted
        && (view.event.fields.member_price > 0 || view.event.fields.non_member_price > 0)
    {
        page.facts.push(Fact::new("Price", Some("Nothing is invoiced while you wait; the invoice comes with a seat.")));
    }
    let over = app::event::is_over(&state.app, &scope, &view.event);
    if r.may_give_feedback(over) {
        page.with_form(
            &scope,
            PostForm::post(
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
            ),
        );
    } else if r.may_cancel(over) {
        page.with_form(
            &scope,
            PostForm::post(
                "Cannot come?",
                app::event::personal_path(&scope, &token),
                "Cancel my registration",
                Vec::new(),
            ),
        );
    }
    page.link_to_event(&scope, view.event.id);
    Ok(page.into_response())
}

async fn personal_cancel(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Path((slug, token)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let scope = visitor(&state, &slug).await?;
    state.public_limiter.check(&address, None)?;
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
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Path((slug, token)): Path<(String, String)>,
    axum::Form(form): axum::Form<FeedbackForm>,
) -> Result<Response, PageError> {
    let scope = visitor(&state, &slug).await?;
    state.public_limiter.check(&address, None)?;
    let done =
        app::engagement::give_feedback(&state.app, &scope, &token, form.rating.as_deref(), form.comment.as_deref())
            .await
            .map(|()| "Thank you: your feedback is recorded.".to_string());
    after_action(&headers, &app::event::personal_path(&scope, &token), done)
}
