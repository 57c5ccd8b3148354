//! How a failed use case reaches a person (an HTML page) or a program (RFC 9457 problem JSON).
//! Server faults are logged with their cause and answered without internals.

use askama::Template;
use askama_web::WebTemplate;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::reader;

fn status_of(error: &app::Error) -> StatusCode {
    use app::Error::*;
    match error {
        NotFound(_) => StatusCode::NOT_FOUND,
        Forbidden(_) => StatusCode::FORBIDDEN,
        BadCredentials | Unauthenticated(_) => StatusCode::UNAUTHORIZED,
        TooManyAttempts { .. } | RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
        Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
        BadRequest(_) => StatusCode::BAD_REQUEST,
        Conflict(_) => StatusCode::CONFLICT,
        Store(_) | Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// The API token message of [`crate::auth`] when none is sent.
pub(crate) const NO_TOKEN: &str =
    "send an API token as 'Authorization: Bearer TOKEN' (make one with 'clusterdesk token create')";
/// The API token message when the token sent is not one this server knows.
pub(crate) const UNKNOWN_TOKEN: &str = "the API token is unknown or revoked";

/// The title of a refusal by its status, in the reader's language.
fn title_of(status: StatusCode) -> String {
    let key = match status.as_u16() {
        400 => "problem-title-400",
        401 => "problem-title-401",
        403 => "problem-title-403",
        404 => "problem-title-404",
        409 => "problem-title-409",
        413 => "problem-title-413",
        422 => "problem-title-422",
        429 => "problem-title-429",
        500 => "problem-title-500",
        _ => return status.canonical_reason().unwrap_or("Error").to_string(),
    };
    reader::t(key)
}

/// The message key of a thing a request may not find (`membership type` →
/// `resource-membership-type`).
pub fn resource_key(what: &str) -> String {
    let mut key = String::from("resource");
    for word in what.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        key.push('-');
        key.push_str(&word.to_ascii_lowercase());
    }
    key
}

/// The minutes a client is asked to wait, in a message whose plural forms count them.
fn with_minutes(key: &str, minutes: u64) -> String {
    i18n::text_with(reader::language(), key, &[("minutes", minutes.into())])
}

/// The message a user may read, in the reader's language (the browser's for the API, by its
/// `Accept-Language`): what the request could not find, what the role does not allow, a wrong
/// login, a wait. A refused value's own explanation (`Invalid`, `Conflict`, `BadRequest`) was
/// written in the reader's language where it was said (`i18n::said`). Server faults are logged
/// and never show their cause.
fn public_message(error: &app::Error, status: StatusCode) -> String {
    use app::Error::*;
    if status.is_server_error() {
        tracing::error!(error = ?error, "request failed");
        return reader::t("problem-server");
    }
    match error {
        NotFound(what) => {
            let noun = i18n::own_text(reader::language(), &resource_key(what)).unwrap_or_else(|| what.to_string());
            reader::t1("problem-not-found", "what", noun)
        }
        Forbidden(reason) => {
            let key = match *reason {
                "reading" => Some("problem-forbidden-reading"),
                "changing records needs the staff or cluster-manager role" => Some("problem-forbidden-edit"),
                "this needs the cluster-manager role" => Some("problem-forbidden-manage"),
                "the network's rate table is kept by network administrators" => Some("problem-forbidden-rate-table"),
                "the network's taxonomy is kept by network administrators" => Some("problem-forbidden-taxonomy"),
                "the network's view is for network administrators" => Some("problem-forbidden-network-view"),
                _ => None,
            };
            reader::t1("problem-forbidden", "reason", key.map_or_else(|| reason.to_string(), reader::t))
        }
        BadCredentials => reader::t("problem-bad-credentials"),
        Unauthenticated(UNKNOWN_TOKEN) => reader::t("problem-token-unknown"),
        Unauthenticated(NO_TOKEN) => reader::t("problem-token-missing"),
        TooManyAttempts { retry_after_minutes } => {
            with_minutes("problem-too-many-attempts", (*retry_after_minutes).max(1) as u64)
        }
        RateLimited { retry_after_seconds } => with_minutes("problem-rate-limited", retry_after_seconds.div_ceil(60)),
        other => other.to_string(),
    }
}

/// An error shown as a page.
#[derive(Debug)]
pub struct PageError(pub app::Error);

impl From<app::Error> for PageError {
    fn from(e: app::Error) -> Self {
        PageError(e)
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "error.html")]
struct ErrorPage {
    title: String,
    message: String,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let status = status_of(&self.0);
        self.with_status(status)
    }
}

impl PageError {
    /// The error page with `status` rather than the one the error's kind has, and its title.
    pub(crate) fn with_status(self, status: StatusCode) -> Response {
        let message = public_message(&self.0, status);
        let title = title_of(status);
        let mut response = (status, ErrorPage { title, message }).into_response();
        set_retry_after(&self.0, &mut response);
        response
    }
}

/// `Retry-After` in seconds (RFC 9110, 10.2.3) for an answer that asks the client to wait.
fn set_retry_after(error: &app::Error, response: &mut Response) {
    let seconds = match error {
        app::Error::TooManyAttempts { retry_after_minutes } => *retry_after_minutes as u64 * 60,
        app::Error::RateLimited { retry_after_seconds } => *retry_after_seconds,
        _ => return,
    };
    response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds.max(1)));
}

/// An error as `application/problem+json`.
#[derive(Debug)]
pub struct ApiError(pub app::Error);

impl From<app::Error> for ApiError {
    fn from(e: app::Error) -> Self {
        ApiError(e)
    }
}

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// Always `about:blank`: the status says what kind of problem it is.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    /// What went wrong, and what to do about it.
    pub detail: String,
    /// The fields that could not be accepted, for 422 answers, or whose value is taken, for 409.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<domain::FieldError>,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = status_of(&self.0);
        self.with_status(status)
    }
}

impl ApiError {
    /// The problem document with `status` rather than the one the error's kind has, and its
    /// title.
    pub(crate) fn with_status(self, status: StatusCode) -> Response {
        let detail = public_message(&self.0, status);
        let errors = match &self.0 {
            app::Error::Invalid(invalid) | app::Error::Conflict(invalid) => invalid.0.clone(),
            _ => Vec::new(),
        };
        let problem =
            Problem { kind: "about:blank".into(), title: title_of(status), status: status.as_u16(), detail, errors };
        let mut response = (status, axum::Json(problem)).into_response();
        response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        set_retry_after(&self.0, &mut response);
        response
    }
}
