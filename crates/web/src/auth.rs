//! Who is asking: the session cookie of the pages (with its CSRF token), the bearer token of
//! the API, and the login and logout pages.

use crate::pages::Routes;
use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, FromRef, FromRequest, FromRequestParts, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, routing::get};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::AppState;
use crate::error::{ApiError, PageError};
use crate::reader::{t, t_count, t1, t2};

pub const SESSION_COOKIE: &str = "clusterdesk_session";
/// Holds the login form's CSRF token before there is a session (double-submit).
pub const LOGIN_CSRF_COOKIE: &str = "clusterdesk_login";

/// The value of a cookie in the request.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

fn set_cookie(state: &AppState, name: &str, value: &str, max_age_seconds: i64) -> String {
    let secure = if state.config.secure_cookies { "; Secure" } else { "" };
    format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_seconds}{secure}")
}

/// The logged-in user of a page request, with the session's CSRF token.
#[derive(Debug, Clone)]
pub struct PageUser {
    pub actor: app::Actor,
    pub csrf: String,
}

/// Sends a visitor without a session to the login page, and back afterwards.
pub struct LoginRedirect(String);

impl IntoResponse for LoginRedirect {
    fn into_response(self) -> Response {
        Redirect::to(&format!("/login?next={}", urlencode(&self.0))).into_response()
    }
}

pub fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("", s)]).map(|e| e.strip_prefix('=').unwrap_or(&e).to_string()).unwrap_or_default()
}

impl<S> FromRequestParts<S> for PageUser
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        if let Some(user) = parts.extensions.get::<PageUser>() {
            return Ok(user.clone());
        }
        let state = AppState::from_ref(state);
        let next = parts.uri.path_and_query().map_or("/".to_string(), |p| p.to_string());
        let Some(secret) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Err(LoginRedirect(next).into_response());
        };
        match app::auth::session(&state.app, &secret).await {
            Ok(Some((actor, csrf))) => {
                crate::reader::reads_as(&actor);
                let user = PageUser { actor, csrf };
                parts.extensions.insert(user.clone());
                Ok(user)
            }
            Ok(None) => Err(LoginRedirect(next).into_response()),
            Err(e) => Err(PageError(e).into_response()),
        }
    }
}

/// A form posted from a page of a logged-in user, accepted only with the session's CSRF token
/// in its `_csrf` field.
pub struct CsrfForm<T>(pub T);

#[derive(Deserialize)]
struct CsrfField {
    #[serde(rename = "_csrf")]
    csrf: Option<String>,
}

fn csrf_rejected() -> Response {
    PageError(app::Error::BadRequest(t("workplace-form-expired-or-foreign"))).into_response()
}

pub use app::auth::same_secret;

impl<S, T> FromRequest<S> for CsrfForm<T>
where
    AppState: FromRef<S>,
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = checked_form(req, state).await?;
        let value = serde_urlencoded::from_bytes(&bytes).map_err(form_unread)?;
        Ok(CsrfForm(value))
    }
}

/// A [`CsrfForm`] whose fields may repeat, as a group of checkboxes sends them: a field read
/// into a `Vec` takes every value; an empty value of an `Option` field reads as `None`.
pub struct CsrfListForm<T>(pub T);

impl<S, T> FromRequest<S> for CsrfListForm<T>
where
    AppState: FromRef<S>,
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = checked_form(req, state).await?;
        let value = serde_html_form::from_bytes(&bytes).map_err(form_unread)?;
        Ok(CsrfListForm(value))
    }
}

/// The body of a form posted by the logged-in user, once its CSRF token is checked.
async fn checked_form<S>(req: Request, state: &S) -> Result<Bytes, Response>
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    let (mut parts, body) = req.into_parts();
    let user = PageUser::from_request_parts(&mut parts, state).await?;
    let req = Request::from_parts(parts, body);
    let bytes = Bytes::from_request(req, state).await.map_err(IntoResponse::into_response)?;
    let field: CsrfField = serde_urlencoded::from_bytes(&bytes).map_err(|_| csrf_rejected())?;
    if !field.csrf.is_some_and(|c| same_secret(&c, &user.csrf)) {
        return Err(csrf_rejected());
    }
    Ok(bytes)
}

fn form_unread(e: impl std::fmt::Display) -> Response {
    PageError(app::Error::BadRequest(t1("workplace-form-unread", "problem", e))).into_response()
}

/// The bearer token of an API request.
fn bearer_token(parts: &Parts) -> Result<&str, ApiError> {
    parts
        .headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .ok_or(ApiError(app::Error::Unauthenticated(crate::error::NO_TOKEN)))
}

/// The user behind the API request's bearer token.
pub struct ApiUser(pub app::Actor);

impl<S> FromRequestParts<S> for ApiUser
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = AppState::from_ref(state);
        let token = bearer_token(parts)?;
        match app::auth::token_actor(&state.app, token).await? {
            Some(actor) => Ok(ApiUser(actor)),
            None => Err(ApiError(app::Error::Unauthenticated(crate::error::UNKNOWN_TOKEN))),
        }
    }
}

/// The API caller's scope in the cluster the path names (`{cluster}`), when their role there
/// allows `N` (`app::auth::Read`, `Edit` or `Manage`): a cluster out of their reach is not found
/// (404), a role that falls short is forbidden (403), before anything of the request is read.
pub struct ApiScope<N> {
    pub actor: app::Actor,
    pub scope: app::ClusterScope,
    need: std::marker::PhantomData<N>,
}

impl<S, N> FromRequestParts<S> for ApiScope<N>
where
    AppState: FromRef<S>,
    S: Send + Sync,
    N: app::auth::Need,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let token = bearer_token(parts)?.to_string();
        let slug = path_param(parts, state, "cluster").await?.ok_or(app::Error::NotFound("cluster"))?;
        let state = AppState::from_ref(state);
        match app::auth::token_scope(&state.app, &token, &slug, N::PERMISSION).await? {
            Some((actor, scope)) => Ok(ApiScope { actor, scope, need: std::marker::PhantomData }),
            None => Err(ApiError(app::Error::Unauthenticated(crate::error::UNKNOWN_TOKEN))),
        }
    }
}

/// A signed-in staff member's scope in the cluster the path names (`{cluster}`), when their role
/// there allows `N` (`app::auth::Read`, `Edit` or `Manage`): without a session the visitor is sent
/// to log in; a cluster out of their reach is not found (404) and a role that falls short is
/// forbidden (403), before anything of the request's body is read.
pub struct PageScope<N> {
    pub user: PageUser,
    pub scope: app::ClusterScope,
    need: std::marker::PhantomData<N>,
}

impl<S, N> FromRequestParts<S> for PageScope<N>
where
    AppState: FromRef<S>,
    S: Send + Sync,
    N: app::auth::Need,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let slug = path_param(parts, state, "cluster")
            .await
            .and_then(|slug| slug.ok_or(app::Error::NotFound("cluster")))
            .map_err(|e| PageError(e).into_response())?;
        let app_state = AppState::from_ref(state);
        if let Some(user) = parts.extensions.get::<PageUser>().cloned() {
            let scope = app::auth::scope(&app_state.app, &user.actor, &slug, N::PERMISSION)
                .await
                .map_err(|e| PageError(e).into_response())?;
            crate::reader::reads_in(scope.cluster());
            return Ok(PageScope { user, scope, need: std::marker::PhantomData });
        }
        // Session and scope in one lookup.
        let next = parts.uri.path_and_query().map_or("/".to_string(), |p| p.to_string());
        let Some(secret) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Err(LoginRedirect(next).into_response());
        };
        match app::auth::session_scope(&app_state.app, &secret, &slug, N::PERMISSION).await {
            Ok(Some((actor, csrf, scope))) => {
                crate::reader::reads_as(&actor);
                let user = PageUser { actor, csrf };
                parts.extensions.insert(user.clone());
                crate::reader::reads_in(scope.cluster());
                Ok(PageScope { user, scope, need: std::marker::PhantomData })
            }
            Ok(None) => Err(LoginRedirect(next).into_response()),
            Err(e) => Err(PageError(e).into_response()),
        }
    }
}

/// The value of the path parameter `name`, as the route names it.
async fn path_param<S: Send + Sync>(parts: &mut Parts, state: &S, name: &str) -> Result<Option<String>, app::Error> {
    let params = axum::extract::RawPathParams::from_request_parts(parts, state)
        .await
        .map_err(|_| app::Error::NotFound("page"))?;
    Ok(params.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string()))
}

/// The record id of the path (`{id}`), as a UUID: one that is not a UUID names nothing, so it is
/// not found, as the resource `R` names it.
pub struct Id<R>(pub uuid::Uuid, pub std::marker::PhantomData<R>);

/// What a record id names, for the message that says it was not found.
pub trait Resource {
    const NAME: &'static str;
}

macro_rules! resources {
    ($($marker:ident => $name:literal),+ $(,)?) => {
        /// The resources a path's record id can name.
        pub mod resource {
            /// What each resource is called, as a refusal names what it could not find.
            pub const NAMES: &[&str] = &[$($name),+];
            $(
                pub enum $marker {}
                impl super::Resource for $marker {
                    const NAME: &'static str = $name;
                }
            )+
        }
    };
}

resources!(
    ApiToken => "API token",
    Organisation => "organisation",
    Contact => "contact",
    Event => "event",
    Registration => "registration",
    RegistrationRequest => "registration request",
    Invoice => "invoice",
    Payment => "payment",
    Membership => "membership",
    MembershipType => "membership type",
    Interaction => "interaction",
    Task => "task",
    Consent => "consent",
    Segment => "segment",
    Import => "import",
    Offer => "offer or need",
    Series => "series",
    WorkingGroup => "working group",
    Strategy => "strategy",
    Challenge => "challenge",
    ActionLine => "action line",
    Idea => "idea",
    Project => "project",
    Service => "service",
    Delivery => "delivery",
    LedgerEntry => "ledger line",
    StaffMember => "staff member",
    Scenario => "scenario",
    Questionnaire => "questionnaire",
    Campaign => "campaign",
    FigureReview => "review of figures",
    Indicator => "indicator",
    Evidence => "evidence",
);

impl<S, R> FromRequestParts<S> for Id<R>
where
    S: Send + Sync,
    R: Resource,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let raw = path_param(parts, state, "id").await?.ok_or(app::Error::NotFound(R::NAME))?;
        let id = crate::params::parse_id(&raw, R::NAME)?;
        Ok(Id(id, std::marker::PhantomData))
    }
}

/// [`Id`] for pages: a malformed or missing id answers the HTML "not found" page.
pub struct PageId<R>(pub uuid::Uuid, pub std::marker::PhantomData<R>);

impl<S, R> FromRequestParts<S> for PageId<R>
where
    S: Send + Sync,
    R: Resource,
{
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Id(id, _) = Id::<R>::from_request_parts(parts, state).await.map_err(|ApiError(e)| PageError(e))?;
        Ok(PageId(id, std::marker::PhantomData))
    }
}

pub fn router() -> Routes {
    Routes::new()
        .route("/login", &["GET", "POST"], get(login_page).post(login))
        .route("/logout", &["POST"], axum::routing::post(logout))
        .route("/password/forgot", &["GET", "POST"], get(forgot_page).post(forgot))
        .route("/password/{secret}", &["GET", "POST"], get(link_page).post(set_password))
}

#[derive(Template, WebTemplate)]
#[template(path = "login.html")]
struct LoginPage {
    csrf: String,
    next: String,
    email: String,
    error: Option<String>,
    notice: Option<String>,
}

#[derive(Deserialize)]
struct NextQuery {
    next: Option<String>,
    /// Set after a password was chosen through a link: the page says so.
    password_set: Option<String>,
}

/// Only paths of this site are followed after login, never another address: a path that starts
/// with one slash, without backslashes or spaces; anything else goes home. Control characters
/// (which browsers drop, so that `/\t/evil.example/` would leave the site) are refused: 400.
fn safe_next(next: Option<&str>) -> Result<String, PageError> {
    match next {
        Some(n) if n.chars().any(char::is_control) => {
            Err(PageError(app::Error::BadRequest(t("workplace-next-has-control-characters"))))
        }
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.chars().any(|c| c == '\\' || c.is_whitespace()) => {
            Ok(n.to_string())
        }
        _ => Ok("/".to_string()),
    }
}

async fn login_page(
    State(state): State<AppState>,
    axum::extract::Query(q): axum::extract::Query<NextQuery>,
) -> Response {
    let next = match safe_next(q.next.as_deref()) {
        Ok(next) => next,
        Err(refused) => return refused.into_response(),
    };
    let csrf = app::auth::random_hex(16);
    let notice = q.password_set.map(|_| t("workplace-password-set-log-in"));
    let page = LoginPage { csrf: csrf.clone(), next, email: String::new(), error: None, notice };
    ([(header::SET_COOKIE, set_cookie(&state, LOGIN_CSRF_COOKIE, &csrf, 3600))], page).into_response()
}

/// The page to ask for a password reset and to choose a password through a one-time link: no
/// session, so its form carries the CSRF token of its own cookie, as the login's does.
#[derive(Template, WebTemplate)]
#[template(path = "password.html")]
struct PasswordPage {
    heading: String,
    intro: String,
    notice: Option<String>,
    problem: Option<String>,
    csrf: String,
    /// Where the form posts; empty for a page without a form.
    action: String,
    submit: String,
    fields: Vec<crate::pages::FormField>,
}

impl PasswordPage {
    fn answer(self, state: &AppState, status: StatusCode) -> Response {
        let cookie = set_cookie(state, LOGIN_CSRF_COOKIE, &self.csrf, 3600);
        (status, [(header::SET_COOKIE, cookie)], self).into_response()
    }
}

fn forgot_form(email: &str, errors: Option<&domain::Invalid>) -> PasswordPage {
    PasswordPage {
        heading: t("forgot-password"),
        intro: t_count("workplace-forgot-intro", app::account::RESET_MINUTES),
        notice: None,
        problem: None,
        csrf: app::auth::random_hex(16),
        action: "/password/forgot".into(),
        submit: t("workplace-send-the-link"),
        fields: vec![
            crate::pages::FormField::text("email", &t("email"), Some(email), errors).input("email").required(),
        ],
    }
}

async fn forgot_page(State(state): State<AppState>) -> Response {
    forgot_form("", None).answer(&state, StatusCode::OK)
}

#[derive(Deserialize)]
struct ForgotForm {
    #[serde(default)]
    email: String,
    #[serde(rename = "_csrf", default)]
    csrf: String,
}

/// The same answer whether or not an account has the email.
async fn forgot(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Form(form): Form<ForgotForm>,
) -> Response {
    if !cookie(&headers, LOGIN_CSRF_COOKIE).is_some_and(|c| same_secret(&c, &form.csrf)) {
        let page =
            PasswordPage { problem: Some(t("workplace-form-expired-send-again")), ..forgot_form(&form.email, None) };
        return page.answer(&state, StatusCode::BAD_REQUEST);
    }
    let base = state.config.public_url.clone();
    match app::account::request_reset(&state.app, &form.email, &address, &base).await {
        Ok(()) => PasswordPage {
            notice: Some(format!(
                "{} {}",
                t1("workplace-reset-link-on-its-way", "email", form.email.trim()),
                t_count("workplace-reset-link-works", app::account::RESET_MINUTES)
            )),
            action: String::new(),
            intro: String::new(),
            ..forgot_form("", None)
        }
        .answer(&state, StatusCode::OK),
        Err(app::Error::Invalid(e)) => {
            forgot_form(&form.email, Some(&e)).answer(&state, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e @ app::Error::RateLimited { .. }) => PasswordPage {
            problem: Some(format!("{}.", crate::pages::capitalise(&e.to_string()))),
            ..forgot_form(&form.email, None)
        }
        .answer(&state, StatusCode::TOO_MANY_REQUESTS),
        Err(e) => PageError(e).into_response(),
    }
}

fn choose_form(secret: &str, link: &app::account::LiveLink, errors: Option<&domain::Invalid>) -> PasswordPage {
    let invitation = link.purpose == app::account::LinkPurpose::Invitation;
    PasswordPage {
        heading: if invitation { t("workplace-welcome") } else { t("workplace-choose-a-new-password") },
        intro: t2("workplace-choose-intro", "email", &link.email, "chars", app::auth::MIN_PASSWORD_CHARS),
        notice: None,
        problem: None,
        csrf: app::auth::random_hex(16),
        action: format!("/password/{secret}"),
        submit: t("workplace-set-the-password"),
        fields: vec![
            crate::pages::FormField::text("new_password", &t("workplace-new-password"), None, errors)
                .input("password")
                .required(),
            crate::pages::FormField::text("repeat_password", &t("workplace-new-password-again"), None, errors)
                .input("password")
                .required(),
        ],
    }
}

fn dead_link_page(e: &app::Error) -> PasswordPage {
    PasswordPage { problem: Some(format!("{}.", crate::pages::capitalise(&e.to_string()))), ..forgot_form("", None) }
}

async fn link_page(State(state): State<AppState>, Path(secret): Path<String>) -> Response {
    match app::account::link(&state.app, &secret).await {
        Ok(link) => choose_form(&secret, &link, None).answer(&state, StatusCode::OK),
        Err(e @ app::Error::BadRequest(_)) => dead_link_page(&e).answer(&state, StatusCode::GONE),
        Err(e) => PageError(e).into_response(),
    }
}

#[derive(Deserialize)]
struct ChooseForm {
    #[serde(default)]
    new_password: String,
    #[serde(default)]
    repeat_password: String,
    #[serde(rename = "_csrf", default)]
    csrf: String,
}

async fn set_password(
    State(state): State<AppState>,
    Path(secret): Path<String>,
    headers: HeaderMap,
    Form(form): Form<ChooseForm>,
) -> Response {
    let link = match app::account::link(&state.app, &secret).await {
        Ok(link) => link,
        Err(e @ app::Error::BadRequest(_)) => return dead_link_page(&e).answer(&state, StatusCode::GONE),
        Err(e) => return PageError(e).into_response(),
    };
    if !cookie(&headers, LOGIN_CSRF_COOKIE).is_some_and(|c| same_secret(&c, &form.csrf)) {
        let page =
            PasswordPage { problem: Some(t("workplace-form-expired-type-again")), ..choose_form(&secret, &link, None) };
        return page.answer(&state, StatusCode::BAD_REQUEST);
    }
    match app::account::set_password_by_link(&state.app, &secret, &form.new_password, &form.repeat_password).await {
        Ok(_) => {
            let mut response = Redirect::to("/login?password_set=1").into_response();
            let clear = set_cookie(&state, LOGIN_CSRF_COOKIE, "", 0);
            response.headers_mut().append(header::SET_COOKIE, clear.parse().expect("cookie header"));
            response
        }
        Err(app::Error::Invalid(e)) => {
            choose_form(&secret, &link, Some(&e)).answer(&state, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e @ app::Error::BadRequest(_)) => dead_link_page(&e).answer(&state, StatusCode::GONE),
        Err(e) => PageError(e).into_response(),
    }
}

#[derive(Deserialize)]
struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
    #[serde(rename = "_csrf")]
    csrf: String,
}

/// The client's address, for throttling and the log: the last address in the header the trusted
/// proxy sets (`WebConfig::client_address_header`, such as `X-Forwarded-For`), when one is
/// configured and holds an IP address; else the peer's; "unknown" where the server runs without
/// connect info.
pub struct ClientAddress(pub String);

impl<S> FromRequestParts<S> for ClientAddress
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = AppState::from_ref(state);
        let forwarded = state.config.client_address_header.as_ref().and_then(|name| {
            let values = parts.headers.get_all(name).iter().filter_map(|v| v.to_str().ok()).collect::<Vec<_>>();
            // The proxy appends what it saw last: earlier entries are what the client claimed.
            let last = values.last()?.rsplit(',').next()?.trim();
            last.parse::<std::net::IpAddr>().ok().map(|ip| ip.to_string())
        });
        let connect = parts.extensions.get::<ConnectInfo<std::net::SocketAddr>>();
        let peer = connect.map_or_else(|| "unknown".to_string(), |c| c.0.ip().to_string());
        Ok(ClientAddress(forwarded.unwrap_or(peer)))
    }
}

/// A form with nothing in it but its CSRF token.
#[derive(Deserialize)]
pub struct NoFields {}

async fn login(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    let next = match safe_next(form.next.as_deref()) {
        Ok(next) => next,
        Err(refused) => return refused.into_response(),
    };
    let again = |status: StatusCode, message: String| {
        let csrf = app::auth::random_hex(16);
        let page = LoginPage {
            csrf: csrf.clone(),
            next: next.clone(),
            email: form.email.clone(),
            error: Some(message),
            notice: None,
        };
        (status, [(header::SET_COOKIE, set_cookie(&state, LOGIN_CSRF_COOKIE, &csrf, 3600))], page).into_response()
    };
    if !cookie(&headers, LOGIN_CSRF_COOKIE).is_some_and(|c| same_secret(&c, &form.csrf)) {
        return again(StatusCode::BAD_REQUEST, t("workplace-login-form-expired"));
    }
    let user_agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(|agent| agent.chars().filter(|c| !c.is_control()).take(300).collect());
    let client = app::auth::Client { address, user_agent };
    match app::auth::login_from(&state.app, &form.email, &form.password, &client).await {
        Ok(session) => {
            let max_age = app::auth::SESSION_DAYS * 24 * 3600;
            let mut response = Redirect::to(&next).into_response();
            let cookies = response.headers_mut();
            cookies.append(
                header::SET_COOKIE,
                set_cookie(&state, SESSION_COOKIE, &session.secret, max_age).parse().expect("cookie header"),
            );
            cookies.append(
                header::SET_COOKIE,
                set_cookie(&state, LOGIN_CSRF_COOKIE, "", 0).parse().expect("cookie header"),
            );
            response
        }
        Err(app::Error::BadCredentials) => again(StatusCode::UNAUTHORIZED, t("workplace-email-or-password-wrong")),
        Err(e @ app::Error::TooManyAttempts { .. }) => {
            again(StatusCode::TOO_MANY_REQUESTS, format!("{}.", crate::pages::capitalise(&e.to_string())))
        }
        Err(e) => PageError(e).into_response(),
    }
}

async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Response {
    if let Some(secret) = cookie(&headers, SESSION_COOKIE)
        && let Err(e) = app::auth::logout(&state.app, &secret).await
    {
        return PageError(e).into_response();
    }
    let mut response = Redirect::to("/login").into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, set_cookie(&state, SESSION_COOKIE, "", 0).parse().expect("cookie header"));
    response
}

/// A page's multipart form (a file upload), read once the handler has checked the scope: its
/// text fields and its first file, the form's CSRF token checked against the session's.
#[derive(Debug, Default)]
pub struct UploadForm {
    pub fields: std::collections::HashMap<String, String>,
    /// The file's name and bytes; `None` when no file, or an empty one, was sent.
    pub file: Option<(String, Bytes)>,
}

/// As a handler's last extractor, after the [`PageScope`] that answers 404 for a cluster out of
/// reach before the body is read. A body that is not multipart, is larger than
/// [`crate::IMPORT_LIMIT`] or breaks off is a bad request; a missing or stale CSRF token says to
/// reload the page.
impl<S> FromRequest<S> for UploadForm
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = req.into_parts();
        let user = PageUser::from_request_parts(&mut parts, state).await?;
        let multipart = axum::extract::Multipart::from_request(Request::from_parts(parts, body), state).await;
        UploadForm::read(multipart, &user).await.map_err(|e| PageError(e).into_response())
    }
}

impl UploadForm {
    async fn read(
        body: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
        user: &PageUser,
    ) -> Result<UploadForm, app::Error> {
        let unreadable =
            || app::Error::BadRequest(t1("workplace-upload-unreadable", "mib", crate::IMPORT_LIMIT / 1024 / 1024));
        let mut multipart = body.map_err(|_| unreadable())?;
        let mut form = UploadForm::default();
        while let Some(field) = multipart.next_field().await.map_err(|_| unreadable())? {
            let name = field.name().unwrap_or_default().to_string();
            match field.file_name().map(str::to_string) {
                Some(file_name) if form.file.is_none() => {
                    let bytes = field.bytes().await.map_err(|_| unreadable())?;
                    form.file = Some((file_name, bytes)).filter(|(_, b)| !b.is_empty());
                }
                Some(_) => {}
                None => {
                    let text = field.text().await.map_err(|_| unreadable())?;
                    if text.contains('\0') || name.contains('\0') {
                        let field = name.replace('\0', "");
                        return Err(app::Error::Invalid(domain::Invalid::one(field, crate::door::nul_message())));
                    }
                    form.fields.insert(name, text);
                }
            }
        }
        if !form.fields.get("_csrf").is_some_and(|c| same_secret(c, &user.csrf)) {
            return Err(app::Error::BadRequest(t("workplace-upload-form-expired")));
        }
        Ok(form)
    }
}
