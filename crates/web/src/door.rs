//! What every request passes before any handler: text that no database may store is refused at
//! the door, and a handler that panics is answered, not dropped; and the limits on how often
//! visitors may send the public forms.

use std::any::Any;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::{ApiError, PageError};

/// The answer for `error`: problem+json under `/api/`, the error page elsewhere.
fn answer(path: &str, error: app::Error) -> Response {
    if path.starts_with("/api/") { ApiError(error).into_response() } else { PageError(error).into_response() }
}

/// [`answer`] with `status` and its title, whatever the error's kind says.
fn answer_as(path: &str, error: app::Error, status: StatusCode) -> Response {
    if path.starts_with("/api/") { ApiError(error).with_status(status) } else { PageError(error).with_status(status) }
}

/// What a field holding a NUL character says, in the reader's language.
pub(crate) fn nul_message() -> String {
    i18n::said("invalid-web-nul")
}

/// Refuses, with 422 naming the field, a request whose address, form or JSON body holds a NUL
/// character: PostgreSQL cannot store one in text, and no person types one. Form and JSON bodies
/// are read whole for the check (they are at most [`crate::BODY_LIMIT`]); uploads are checked
/// by their readers (`app::sheet`).
pub async fn refuse_nul(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    if let Some(part) = nul_in_address(&request) {
        return answer(&path, app::Error::Invalid(domain::Invalid::one(part, nul_message())));
    }
    let content_type =
        request.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    let form = content_type.starts_with("application/x-www-form-urlencoded");
    let json = content_type.starts_with("application/json") || content_type.contains("+json");
    if !form && !json {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let bytes = match axum::body::to_bytes(body, crate::BODY_LIMIT).await {
        Ok(bytes) => bytes,
        Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
    };
    let field = if form { nul_in_form(&bytes) } else { nul_in_json(&bytes) };
    if let Some(field) = field {
        return answer(&path, app::Error::Invalid(domain::Invalid::one(field, nul_message())));
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

/// "address" or the name of the query parameter whose decoded text holds a NUL.
fn nul_in_address(request: &Request) -> Option<String> {
    if percent_encoding::percent_decode_str(request.uri().path()).any(|byte| byte == 0) {
        return Some("address".into());
    }
    let query = request.uri().query()?;
    nul_in_form(query.as_bytes())
}

/// The name of the first form field whose name or value holds a NUL.
fn nul_in_form(bytes: &[u8]) -> Option<String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(bytes).ok()?;
    pairs
        .into_iter()
        .find(|(name, value)| name.contains('\0') || value.contains('\0'))
        .map(|(name, _)| name.replace('\0', ""))
}

/// The path (`contacts[2].name`) of the first JSON string, or key, that holds a NUL.
pub(crate) fn nul_in_json(bytes: &[u8]) -> Option<String> {
    fn walk(value: &serde_json::Value, at: &str) -> Option<String> {
        match value {
            serde_json::Value::String(s) if s.contains('\0') => Some(at.to_string()),
            serde_json::Value::Array(items) => {
                items.iter().enumerate().find_map(|(i, item)| walk(item, &format!("{at}[{i}]")))
            }
            serde_json::Value::Object(fields) => fields.iter().find_map(|(key, item)| {
                let here =
                    if at.is_empty() { key.replace('\0', "") } else { format!("{at}.{}", key.replace('\0', "")) };
                if key.contains('\0') { Some(here) } else { walk(item, &here) }
            }),
            _ => None,
        }
    }
    let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    walk(&value, "").map(|at| if at.is_empty() { "body".to_string() } else { at })
}

/// Answers, as problem+json under `/api/` and as the error page elsewhere, a client error that an
/// extractor wrote as plain text (a query, path or JSON body it could not read), with its words.
pub async fn explain_plain_rejections(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let response = next.run(request).await;
    let plain = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/plain"));
    let status = response.status();
    if !plain || !status.is_client_error() || status == StatusCode::PAYLOAD_TOO_LARGE {
        return response;
    }
    let text = match axum::body::to_bytes(response.into_body(), 64 * 1024).await {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(_) => i18n::said("invalid-web-request-unreadable"),
    };
    answer_as(&path, app::Error::BadRequest(text), status)
}

/// Answers a request refused for its size (413, from the body limits) with what the limits are,
/// as problem+json under `/api/` and as the error page elsewhere.
pub async fn explain_too_large(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let response = next.run(request).await;
    if response.status() != StatusCode::PAYLOAD_TOO_LARGE {
        return response;
    }
    let message = i18n::said_with(
        "invalid-web-request-too-large",
        &[
            ("import", (crate::IMPORT_LIMIT / 1024 / 1024).to_string()),
            ("other", (crate::BODY_LIMIT / 1024).to_string()),
        ],
    );
    answer_as(&path, app::Error::BadRequest(message), StatusCode::PAYLOAD_TOO_LARGE)
}

/// The answer to a handler that panicked: logged (inside the request's span, so with its request
/// id) with what the panic said, and answered 500 as problem+json without it.
pub fn panicked(panic: Box<dyn Any + Send + 'static>) -> Response {
    let said = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("a panic without a message");
    tracing::error!(panic = said, "a handler panicked");
    ApiError(app::Error::Internal("a handler panicked".into())).into_response()
}

/// How many public form submissions (registrations, confirmations, cancellations, feedback) one
/// client address may send an hour, and how many one event may receive an hour from everyone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicFormLimits {
    pub per_address_per_hour: u32,
    pub per_event_per_hour: u32,
}

impl Default for PublicFormLimits {
    fn default() -> Self {
        PublicFormLimits { per_address_per_hour: 30, per_event_per_hour: 600 }
    }
}

/// The counters of [`PublicFormLimits`], in this process's memory (GCRA, the `governor` crate): a
/// burst up to the hourly number, then one more each hour / number. Servers behind one address
/// count each for itself.
pub struct PublicLimiter {
    by_address: governor::DefaultKeyedRateLimiter<String>,
    by_event: governor::DefaultKeyedRateLimiter<domain::id::Uuid>,
    clock: governor::clock::DefaultClock,
}

impl std::fmt::Debug for PublicLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PublicLimiter").field("addresses", &self.by_address.len()).finish()
    }
}

/// What one client is, for the limits: an IPv4 address, or an IPv6 address's /64 network (a home
/// or a server gets a whole /64, so its addresses count as one, RFC 6177).
fn limited_as(address: &str) -> String {
    match address.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Ok(ip) => ip.to_canonical().to_string(),
        Err(_) => address.to_string(),
    }
}

/// Keys a limiter forgets the idle ones beyond, so that many addresses cannot fill the memory.
const REMEMBERED_KEYS: usize = 100_000;

impl PublicLimiter {
    pub fn new(limits: PublicFormLimits) -> Self {
        let quota = |n: u32| {
            governor::Quota::per_hour(std::num::NonZeroU32::new(n.max(1)).unwrap_or(std::num::NonZeroU32::MIN))
        };
        PublicLimiter {
            by_address: governor::RateLimiter::keyed(quota(limits.per_address_per_hour)),
            by_event: governor::RateLimiter::keyed(quota(limits.per_event_per_hour)),
            clock: governor::clock::DefaultClock::default(),
        }
    }

    /// Counts one submission from `address` (for `event`, if it concerns one).
    ///
    /// # Errors
    /// [`app::Error::RateLimited`] with the seconds to wait, when either limit is reached.
    pub fn check(&self, address: &str, event: Option<domain::id::Uuid>) -> Result<(), app::Error> {
        use governor::clock::Clock;
        let refused = |until: governor::NotUntil<_>| app::Error::RateLimited {
            retry_after_seconds: until.wait_time_from(self.clock.now()).as_secs() + 1,
        };
        self.by_address.check_key(&limited_as(address)).map_err(refused)?;
        if let Some(event) = event {
            self.by_event.check_key(&event).map_err(refused)?;
        }
        if self.by_address.len() > REMEMBERED_KEYS {
            self.by_address.retain_recent();
        }
        if self.by_event.len() > REMEMBERED_KEYS {
            self.by_event.retain_recent();
        }
        Ok(())
    }
}
