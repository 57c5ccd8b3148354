//! How a failed use case reaches a person (an HTML page) or a program (RFC 9457 problem JSON).
//! Server faults are logged with their cause and answered without internals.

use askama::Template;
use askama_web::WebTemplate;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

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

/// The message a user may read: the error's own words, except for server faults.
fn public_message(error: &app::Error, status: StatusCode) -> String {
    if status.is_server_error() {
        tracing::error!(error = ?error, "request failed");
        "Something went wrong on the server. It has been logged; please try again.".into()
    } else {
        error.to_string()
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
        let message = public_message(&self.0, status);
        let title = match status {
            StatusCode::NOT_FOUND => "Not found".to_string(),
            StatusCode::FORBIDDEN => "Not allowed".to_string(),
            s => s.canonical_reason().unwrap_or("Error").to_string(),
        };
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
        let detail = public_message(&self.0, status);
        let errors = match &self.0 {
            app::Error::Invalid(invalid) | app::Error::Conflict(invalid) => invalid.0.clone(),
            _ => Vec::new(),
        };
        let problem = Problem {
            kind: "about:blank".into(),
            title: status.canonical_reason().unwrap_or("Error").into(),
            status: status.as_u16(),
            detail,
            errors,
        };
        let mut response = (status, axum::Json(problem)).into_response();
        response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        set_retry_after(&self.0, &mut response);
        response
    }
}
