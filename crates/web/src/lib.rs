//! The web doors of clusterdesk: HTML pages for the team, a JSON API for integrators, both over
//! the same use cases in `app`.

pub mod annual_report;
mod api;
mod assets;
mod auth;
pub mod charts;
pub mod door;
mod error;
pub use auth::resource::NAMES as PATH_RESOURCES;
pub use error::ApiError;
pub use error::resource_key;
pub use reader::{unit_value, writes_in};
mod exports;
mod pages;
mod params;
mod reader;

use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, Request, header};
use axum::response::IntoResponse;
use axum::routing::get;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use api::openapi;
pub use pages::page_routes;

/// Largest request body outside imports.
pub const BODY_LIMIT: usize = 256 * 1024;
/// Largest import upload: the largest file an import reads (`app::sheet::LIMITS`).
pub const IMPORT_LIMIT: usize = app::sheet::LIMITS.file_bytes;

/// Settings of the web layer.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Mark cookies `Secure`: set when clusterdesk is served over HTTPS.
    pub secure_cookies: bool,
    /// Where users reach clusterdesk (`https://desk.cluster.example`, no trailing slash): links in
    /// mail and calendars start from it, never from the Host a request names, which a visitor
    /// chooses.
    pub public_url: String,
    /// The header a trusted reverse proxy sets to the client's address (`X-Forwarded-For`), when
    /// clusterdesk runs behind one: login throttling and the log then see the client, not the
    /// proxy. Without a proxy it must stay unset, or any client could claim any address.
    pub client_address_header: Option<HeaderName>,
    /// How often visitors may send the public forms.
    pub public_form_limits: door::PublicFormLimits,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            secure_cookies: false,
            public_url: "http://127.0.0.1:8080".into(),
            client_address_header: None,
            public_form_limits: Default::default(),
        }
    }
}

/// What every handler gets.
#[derive(Debug, Clone)]
pub struct AppState {
    pub app: app::App,
    pub config: WebConfig,
    /// The counters of `config.public_form_limits`.
    pub public_limiter: std::sync::Arc<door::PublicLimiter>,
}

impl AppState {
    pub fn new(app: app::App, config: WebConfig) -> Self {
        let public_limiter = std::sync::Arc::new(door::PublicLimiter::new(config.public_form_limits));
        AppState { app, config, public_limiter }
    }
}

static REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The whole HTTP interface.
pub fn router(state: AppState) -> Router {
    domain::written::learn_typist_from(reader::typist);
    i18n::learn_reader_from(reader::language);
    let (api_router, _) = api::router().split_for_parts();
    with_layers(
        Router::new()
            .merge(pages::router())
            .merge(api_router)
            .route("/api/v1/openapi.json", get(api::openapi_json))
            .route("/healthz", get(|| async { "ok" }))
            .route("/readyz", get(readyz))
            .merge(assets::router())
            .fallback(fallback)
            .with_state(state),
    )
}

/// `routes` behind what every request passes: NUL characters refused, panics answered, body
/// limits, compression, a timeout, security headers, request ids and the request's log line.
pub fn with_layers(routes: Router) -> Router {
    routes
        .layer(axum::middleware::from_fn(door::explain_plain_rejections))
        .layer(axum::middleware::from_fn(pages::show_flash_once))
        .layer(axum::middleware::from_fn(door::refuse_nul))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(door::panicked))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        // Pages, JSON and exports go out gzipped to a client that says it takes gzip.
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(RequestBodyLimitLayer::new(IMPORT_LIMIT + 64 * 1024))
        .layer(axum::middleware::from_fn(door::explain_too_large))
        // Outside every refusal at the door, so that each is written in the reader's language.
        .layer(axum::middleware::from_fn(reader::scope))
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, Duration::from_secs(60)))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; \
                 form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            ),
        ))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("same-origin")))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID.clone()))
        // One line a request at the default level: when it is answered, with its status and time,
        // inside the request's span (method, path, request id).
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request<_>| {
                    let request_id = request.headers().get(&REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("-");
                    tracing::info_span!("request", method = %request.method(), path = %loggable_path(request.uri().path()), request_id = %request_id)
                })
                .on_request(())
                .on_response(
                    tower_http::trace::DefaultOnResponse::new()
                        .level(tracing::Level::INFO)
                        .latency_unit(tower_http::LatencyUnit::Millis),
                ),
        )
        .layer(SetRequestIdLayer::new(REQUEST_ID.clone(), MakeRequestUuid))
}

/// A request's path as the log keeps it: the secrets of personal links (a survey's, a
/// registration's, a calendar feed's: 32 or more hexadecimal characters in one segment) are
/// left out, so that reading the log opens no one's link.
pub fn loggable_path(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            let secret = segment.trim_end_matches(".ics");
            if secret.len() >= 32 && secret.bytes().all(|b| b.is_ascii_hexdigit()) { "(secret)" } else { segment }
        })
        .collect::<Vec<_>>()
        .join("/")
}

async fn readyz(axum::extract::State(state): axum::extract::State<AppState>) -> impl IntoResponse {
    match state.app.ping().await {
        Ok(()) => (axum::http::StatusCode::OK, "ready"),
        Err(e) => {
            tracing::error!(error = %e, "database not reachable");
            (axum::http::StatusCode::SERVICE_UNAVAILABLE, "database not reachable")
        }
    }
}

async fn fallback(request: Request<axum::body::Body>) -> axum::response::Response {
    if request.uri().path().starts_with("/api/") {
        error::ApiError(app::Error::NotFound("resource")).into_response()
    } else {
        error::PageError(app::Error::NotFound("page")).into_response()
    }
}

/// Serves the interface on `listener` until `shutdown` resolves; requests in flight finish first.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(state).into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
}
