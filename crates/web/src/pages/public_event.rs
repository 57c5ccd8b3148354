//! The event pages for visitors without an account: the event with its registration form, the
//! request's link (to confirm it, or see where it stands), the personal link to cancel or give
//! feedback, and the cluster's calendar feed. Every form here is limited per client address (and
//! a registration per event) by the door's `PublicLimiter`.

use crate::reader;
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
            label: reader::t("the-event"),
            href: app::event::public_path(scope, event),
            primary: false,
        });
    }

    /// The form, with what the cluster keeps of it and why, and its privacy notice.
    fn with_form(&mut self, scope: &app::auth::Visitor, form: PostForm) {
        let cluster = scope.cluster();
        self.form = Some(form);
        self.privacy = reader::t1("privacy-registration", "cluster", &cluster.name);
        if cluster.privacy_notice_url.is_none() {
            self.privacy = format!("{} {}", self.privacy, reader::t("privacy-not-published"));
        }
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
    let news = reader::t1("news-of-future-events", "cluster", &scope.cluster().name);
    PostForm::post(
        reader::t("register"),
        action,
        reader::t("register"),
        vec![
            FormField::text("first_name", &reader::t("first-name"), input.first_name.as_deref(), errors).required(),
            FormField::text("last_name", &reader::t("last-name"), input.last_name.as_deref(), errors).required(),
            FormField::text("email", &reader::t("email"), input.email.as_deref(), errors).required().input("email"),
            FormField::text("organisation", &reader::t("organisation"), input.organisation.as_deref(), errors)
                .required(),
            FormField::text("wants_news", &news, input.wants_news.as_deref(), None)
                .input("checkbox")
                .hint(reader::t("news-hint")),
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
        page.problem = Some(reader::t("event-cancelled"));
    } else if !open {
        page.notice = Some(reader::t("event-over"));
    } else {
        if e.fields.capacity.is_some_and(|c| e.registered >= c) {
            page.notice = Some(reader::t("event-full"));
        }
        if errors.is_some() {
            page.problem = Some(reader::t("correct-the-fields"));
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
    axum::Form(mut input): axum::Form<app::registration::RegistrationInput>,
) -> Result<Response, PageError> {
    let scope = visitor(&state, &slug).await?;
    state.public_limiter.check(&address, Some(id))?;
    // The visitor is written to in the language they asked to read the form in; one who asked
    // for none of the nine, in the cluster's.
    if input.language.is_none() {
        input.language = reader::asked_language().map(|l| l.code().to_string());
    }
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
                    page.notice = Some(reader::t("request-held"));
                    let path = app::registration::request_path(&scope, &sent.token);
                    page.facts.push(Fact {
                        label: reader::t("where-it-stands"),
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
        Fact::new(reader::t("registration-of"), Some(format!("{}, {}", q.name(), q.organisation))),
        Fact::new(reader::t("email"), Some(q.email.clone())),
        Fact::new(
            reader::t("news-by-email"),
            Some(if q.wants_news { reader::t("yes-by-email") } else { reader::t("no") }),
        ),
        Fact::new(reader::t("where-it-stands"), Some(reader::label(q.state))),
    ];
    if q.may_confirm() && view.event.takes_registrations(state.app.local_now(&scope)) {
        let form = PostForm::post(
            reader::t("confirm-your-registration"),
            app::registration::request_path(&scope, &token),
            reader::t("confirm-my-registration"),
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
    page.facts = vec![
        Fact::new(reader::t("registration-of"), Some(of)),
        Fact::new(reader::t("status"), Some(reader::label(r.status))),
    ];
    if let Some(i) = &view.invoice {
        let amount = |minor: i64| super::membership::money(minor, &i.currency);
        let mut said = reader::t2("price-tax-included", "amount", amount(i.gross_minor), "number", &i.number);
        if i.credited_minor > 0 {
            said = reader::t2("price-credited", "price", said, "amount", amount(i.credited_minor));
        }
        page.facts.push(Fact::new(reader::t("price"), Some(said)));
    } else if r.status == domain::event::RegistrationStatus::Waitlisted
        && (view.event.fields.member_price > 0 || view.event.fields.non_member_price > 0)
    {
        page.facts.push(Fact::new(reader::t("price"), Some(reader::t("nothing-invoiced-while-waiting"))));
    }
    let over = app::event::is_over(&state.app, &scope, &view.event);
    let ratings = [
        ("5", reader::t("rating-5")),
        ("4", reader::t("rating-4")),
        ("3", reader::t("rating-3")),
        ("2", reader::t("rating-2")),
        ("1", reader::t("rating-1")),
    ];
    if r.may_give_feedback(over) {
        page.with_form(
            &scope,
            PostForm::post(
                reader::t("how-was-it"),
                format!("{}/feedback", app::event::personal_path(&scope, &token)),
                reader::t("send"),
                vec![
                    FormField::text("rating", &reader::t("your-rating"), None, None).required().select(options(
                        &reader::t("choose"),
                        ratings.iter().map(|(value, label)| (*value, label.as_str())),
                        None,
                    )),
                    FormField::text("comment", &reader::t("keep-or-change"), None, None).input("textarea"),
                ],
            ),
        );
    } else if r.may_cancel(over) {
        page.with_form(
            &scope,
            PostForm::post(
                reader::t("cannot-come"),
                app::event::personal_path(&scope, &token),
                reader::t("cancel-my-registration"),
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
    let done =
        app::event::cancel_by_token(&state.app, &scope, &token).await.map(|_| reader::t("registration-cancelled"));
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
            .map(|()| reader::t("feedback-recorded"));
    after_action(&headers, &app::event::personal_path(&scope, &token), done)
}
