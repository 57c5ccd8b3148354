//! Configuration: defaults, then `clusterdesk.toml` in the working directory, then `CLUSTERDESK_*`
//! environment variables; command-line flags win over all of them.

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use tracing_subscriber::EnvFilter;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Settings {
    /// Where the server listens.
    pub bind: String,
    /// The database: a SQLite path or URL, or a PostgreSQL URL.
    pub database_url: String,
    /// Mark cookies Secure; set it when users reach clusterdesk over HTTPS.
    pub secure_cookies: bool,
    /// `text` (default) or `json` logs on standard error.
    pub log_format: String,
    /// A tracing filter, such as `info` or `clusterdesk=debug,sqlx=warn`.
    pub log: String,
    /// Where mail (invoice reminders) is sent: `smtp://host:25`,
    /// `smtp://user:password@host:587?tls=required` or `smtps://host:465`; none to send no mail.
    pub smtp_url: Option<String>,
    /// The address mail comes from.
    pub mail_from: String,
    /// Where users reach clusterdesk, such as `https://desk.cluster.example`: links in mail
    /// (registrations, feedback) start from it.
    pub public_url: Option<String>,
    /// The header a trusted reverse proxy in front of clusterdesk sets to the client's address,
    /// such as `X-Forwarded-For`: login throttling and the log use its last address. Leave it
    /// unset without such a proxy, or any client could claim any address.
    pub client_address_header: Option<String>,
    /// How many public form submissions (registrations and the personal links' actions) one
    /// client address may send an hour; beyond it the answer is 429 with Retry-After.
    pub public_forms_per_address_per_hour: u32,
    /// How many registrations one event may receive an hour, from everyone together.
    pub public_forms_per_event_per_hour: u32,
    /// The clock: none for the system clock; an RFC 3339 instant (`2026-11-29T10:00:00Z`) makes
    /// clusterdesk stand at that moment, for tests and for showing a given day.
    pub now: Option<String>,
}

fn web_defaults() -> web::door::PublicFormLimits {
    web::door::PublicFormLimits::default()
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            bind: "127.0.0.1:8080".into(),
            database_url: "clusterdesk.db".into(),
            secure_cookies: false,
            log_format: "text".into(),
            log: "info,sqlx=warn".into(),
            smtp_url: None,
            mail_from: "clusterdesk@localhost".into(),
            public_url: None,
            client_address_header: None,
            public_forms_per_address_per_hour: web_defaults().per_address_per_hour,
            public_forms_per_event_per_hour: web_defaults().per_event_per_hour,
            now: None,
        }
    }
}

impl Settings {
    pub fn load() -> anyhow::Result<Settings> {
        Figment::from(Serialized::defaults(Settings::default()))
            .merge(Toml::file("clusterdesk.toml"))
            .merge(Env::prefixed("CLUSTERDESK_").only(&[
                "bind",
                "database_url",
                "secure_cookies",
                "log_format",
                "log",
                "smtp_url",
                "mail_from",
                "public_url",
                "client_address_header",
                "public_forms_per_address_per_hour",
                "public_forms_per_event_per_hour",
                "now",
            ]))
            .extract()
            .map_err(|e| anyhow::anyhow!("the configuration is not valid: {e}"))
    }
}

impl Settings {
    /// The application with the configured clock, and with mail when an SMTP server is
    /// configured.
    pub fn configure(&self, mut app: app::App) -> anyhow::Result<app::App> {
        if let Some(at) = self.now.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
            let at = chrono::DateTime::parse_from_rfc3339(at).map_err(|e| {
                anyhow::anyhow!("CLUSTERDESK_NOW '{at}' is not an RFC 3339 instant such as 2026-11-29T10:00:00Z: {e}")
            })?;
            app = app.with_clock(app::clock::Clock::fixed(at.to_utc()));
        }
        match self.smtp_url.as_deref().filter(|u| !u.trim().is_empty()) {
            None => Ok(app),
            Some(url) => {
                let mailer = app::mail::SmtpMailer::from_url(url.trim()).map_err(|e| anyhow::anyhow!(e))?;
                Ok(app.with_mail(app::mail::Mail { mailer: std::sync::Arc::new(mailer), from: self.mail_from.clone() }))
            }
        }
    }
}

/// Structured logs on standard error (standard output carries exports and tokens).
pub fn init_logging(settings: &Settings) {
    let filter = EnvFilter::try_new(&settings.log).unwrap_or_else(|_| EnvFilter::new("info"));
    // Colours only for a person at a terminal, never in a file or a log collector.
    let colour = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(colour);
    if settings.log_format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}
