//! Mail leaving clusterdesk (confirmations of registration, invoice reminders, requests for
//! feedback). A use case writes its messages to the outbox in its own unit of work ([`queue`]);
//! a worker in every server ([`spawn_worker`]) or `clusterdesk mail send-pending`
//! ([`deliver_pending`]) sends them through a [`Mailer`]: SMTP in production, a listener on
//! 127.0.0.1 in tests.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use domain::id::Uuid;
use store::outbox::{Attempt, Leased, MessageState, NewMessage};

use crate::auth::{Allows, Edit};
use crate::{App, ClusterScope, Error};

/// A message to send: plain text, one or more recipients.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub from: String,
    pub reply_to: Option<String>,
    pub to: Vec<String>,
    pub subject: String,
    pub text: String,
    pub attachments: Vec<MailAttachment>,
}

/// A file sent with a message, such as an event's `.ics`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailAttachment {
    pub file_name: String,
    /// Such as `text/calendar; charset=utf-8`.
    pub content_type: String,
    pub bytes: Vec<u8>,
}

pub type Sending<'a> = Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>>;

/// Sends mail; the error says why a message did not go.
pub trait Mailer: Send + Sync {
    fn send<'a>(&'a self, mail: &'a OutgoingMail) -> Sending<'a>;
}

/// The mailer of an [`App`](crate::App), if mail is set up.
#[derive(Clone)]
pub struct Mail {
    pub mailer: Arc<dyn Mailer>,
    /// The address mail comes from, such as `clusterdesk@cluster.example`.
    pub from: String,
}

impl Mail {
    /// A plain-text message from the configured address to one person, without attachments.
    pub fn to_one(&self, to: &str, subject: String, text: String) -> OutgoingMail {
        OutgoingMail {
            from: self.from.clone(),
            reply_to: None,
            to: vec![to.to_string()],
            subject,
            text,
            attachments: Vec::new(),
        }
    }
}

impl std::fmt::Debug for Mail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mail").field("from", &self.from).finish_non_exhaustive()
    }
}

/// What a message is about, as the sent log shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// A registration's confirmation, or its place on the waiting list.
    Registration,
    /// A reminder of an overdue invoice.
    Reminder,
    /// A request to rate an event.
    Feedback,
    /// A survey's personal link, or a reminder of it.
    Survey,
    /// An invitation to work in a cluster, or a link to reset a password.
    Account,
}

impl Purpose {
    pub fn code(self) -> &'static str {
        match self {
            Self::Registration => "registration",
            Self::Reminder => "reminder",
            Self::Feedback => "feedback",
            Self::Survey => "survey",
            Self::Account => "account",
        }
    }
}

/// Writes a message to the outbox inside the unit of work `tx` that causes it: it leaves when the
/// unit commits (call [`App::mail_queued`] then), and never when the unit fails.
pub(crate) async fn queue(
    app: &App,
    tx: &mut store::Tx,
    scope: &ClusterScope,
    purpose: Purpose,
    mail: &OutgoingMail,
) -> Result<(), Error> {
    let message = NewMessage {
        purpose: purpose.code().to_string(),
        from: mail.from.clone(),
        reply_to: mail.reply_to.clone(),
        to: mail.to.clone(),
        subject: mail.subject.clone(),
        body: mail.text.clone(),
        attachments: mail
            .attachments
            .iter()
            .map(|a| store::outbox::Attachment {
                file_name: a.file_name.clone(),
                content_type: a.content_type.clone(),
                bytes: a.bytes.clone(),
            })
            .collect(),
    };
    store::outbox::enqueue(tx, scope, &message, app.now()).await?;
    Ok(())
}

/// How long a worker holds a message it is sending before another worker may take it: longer
/// than an SMTP conversation can last (lettre gives up after a minute).
pub const LEASE_SECONDS: i64 = 300;

/// How many attempts a message gets before it is given up.
pub const ATTEMPTS: i64 = 6;

/// How long to wait after the `attempt`th failed attempt (1-based) before the next one: 1 and 5
/// minutes, half an hour, 2 and 6 hours. `None` after the last attempt.
pub fn retry_after(attempt: i64) -> Option<Duration> {
    match attempt {
        1 => Some(Duration::minutes(1)),
        2 => Some(Duration::minutes(5)),
        3 => Some(Duration::minutes(30)),
        4 => Some(Duration::hours(2)),
        5 => Some(Duration::hours(6)),
        _ => None,
    }
}

/// What one delivery run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Delivery {
    pub sent: usize,
    /// Refused by the mail server, to be tried again later.
    pub deferred: usize,
    /// Refused at the last attempt: given up.
    pub failed: usize,
}

/// A name for this process's worker, different from any other server's.
pub fn worker_name() -> String {
    format!("{}-{}", std::process::id(), crate::auth::random_hex(6))
}

/// Sends what the outbox holds that is due now, in every cluster, as the worker `worker`: each
/// message under a lease in the database, so that workers of other servers on the same database
/// take other messages. A refused message is tried again after [`retry_after`], and given up
/// after [`ATTEMPTS`].
pub async fn deliver_pending(app: &App, worker: &str) -> Result<Delivery, Error> {
    let Some(mail) = &app.mail else {
        return Err(Error::BadRequest(i18n::said("invalid-app-event-mail-not-set-up")));
    };
    let mut done = Delivery::default();
    for cluster_id in store::outbox::clusters_waiting(&app.db).await? {
        loop {
            let now = app.now();
            let until = now + Duration::seconds(LEASE_SECONDS);
            let leased = store::outbox::lease(&app.db, cluster_id, worker, now, until, 20).await?;
            if leased.is_empty() {
                break;
            }
            for message in &leased {
                let attempt = match mail.mailer.send(&outgoing(message)).await {
                    Ok(()) => {
                        done.sent += 1;
                        Attempt::Sent
                    }
                    Err(error) => {
                        let retry_at = retry_after(message.attempts + 1).map(|wait| app.now() + wait);
                        if retry_at.is_some() {
                            done.deferred += 1;
                        } else {
                            done.failed += 1;
                        }
                        tracing::warn!(message = %message.id, %error, "mail not sent");
                        Attempt::Refused { error, retry_at }
                    }
                };
                if !store::outbox::record_attempt(&app.db, message, worker, app.now(), &attempt).await? {
                    tracing::warn!(message = %message.id, "the lease on a message ran out while it was sent");
                }
            }
        }
    }
    Ok(done)
}

fn outgoing(leased: &Leased) -> OutgoingMail {
    let m = &leased.message;
    OutgoingMail {
        from: m.from.clone(),
        reply_to: m.reply_to.clone(),
        to: m.to.clone(),
        subject: m.subject.clone(),
        text: m.body.clone(),
        attachments: m
            .attachments
            .iter()
            .map(|a| MailAttachment {
                file_name: a.file_name.clone(),
                content_type: a.content_type.clone(),
                bytes: a.bytes.clone(),
            })
            .collect(),
    }
}

/// How often a worker looks at the outbox when no use case of its own server wakes it: what
/// another server queued waits at most this long.
pub const WORKER_INTERVAL_SECONDS: u64 = 10;

/// Runs a worker for as long as the server runs: it delivers at once what a use case of this
/// server queues ([`App::mail_queued`]), and looks every [`WORKER_INTERVAL_SECONDS`] for the rest
/// (messages of other servers, retries). Nothing runs when mail is not set up.
pub fn spawn_worker(app: App) -> Option<tokio::task::JoinHandle<()>> {
    app.mail.as_ref()?;
    let worker = worker_name();
    Some(tokio::spawn(async move {
        loop {
            if let Err(e) = deliver_pending(&app, &worker).await {
                tracing::error!(error = %e, "the mail worker failed; it tries again");
            }
            tokio::select! {
                _ = app.outbox.notified() => {}
                _ = tokio::time::sleep(std::time::Duration::from_secs(WORKER_INTERVAL_SECONDS)) => {}
            }
        }
    }))
}

/// One message in the sent log.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoggedMessage {
    pub id: Uuid,
    /// `registration`, `reminder` or `feedback`.
    #[cfg_attr(feature = "openapi", schema(value_type = Purpose))]
    pub purpose: String,
    pub to: Vec<String>,
    pub subject: String,
    pub state: MessageState,
    pub attempts: i64,
    /// Why the last attempt failed.
    pub error: Option<String>,
    pub queued_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    /// When a pending message is tried next.
    pub next_attempt_at: Option<DateTime<Utc>>,
}

/// How many messages the sent log shows.
pub const LOG_SHOWN: i64 = 200;

/// The cluster's latest [`LOG_SHOWN`] messages, newest first: to whom, about what, when, and
/// whether they left. For the team (edit permission): it names people and their addresses.
pub async fn sent_log(app: &App, scope: &impl Allows<Edit>) -> Result<Vec<LoggedMessage>, Error> {
    let scope = scope.checked()?;
    let rows = store::outbox::log(&app.db, scope, LOG_SHOWN).await?;
    Ok(rows
        .into_iter()
        .map(|m| LoggedMessage {
            id: m.id,
            purpose: m.purpose,
            to: m.to,
            subject: m.subject,
            state: m.state,
            attempts: m.attempts,
            error: m.last_error,
            queued_at: m.created_at,
            sent_at: m.sent_at,
            next_attempt_at: (m.state == MessageState::Pending).then_some(m.next_attempt_at),
        })
        .collect())
}

/// Sends through an SMTP server given by URL: `smtp://host:25` (plain, for a relay on the same
/// network), `smtp://user:password@host:587?tls=required` (STARTTLS) or `smtps://host:465`.
pub struct SmtpMailer {
    transport: lettre::AsyncSmtpTransport<lettre::Tokio1Executor>,
}

impl SmtpMailer {
    pub fn from_url(url: &str) -> Result<Self, String> {
        let transport = lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::from_url(url)
            .map_err(|e| {
                i18n::said_with("invalid-mail-smtp-address-unusable", &[("url", redact(url)), ("error", e.to_string())])
            })?
            .build();
        Ok(SmtpMailer { transport })
    }
}

/// An SMTP URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.split_once("://"), url.rsplit_once('@')) {
        (Some((scheme, _)), Some((before, host))) if before.len() > scheme.len() => format!("{scheme}://…@{host}"),
        _ => url.to_string(),
    }
}

fn message(mail: &OutgoingMail) -> Result<lettre::Message, String> {
    let address = |a: &str| {
        a.parse::<lettre::message::Mailbox>().map_err(|e| {
            i18n::said_with("invalid-mail-smtp-not-an-address", &[("address", a.to_string()), ("error", e.to_string())])
        })
    };
    let mut builder = lettre::Message::builder().from(address(&mail.from)?).subject(mail.subject.as_str());
    if let Some(reply_to) = &mail.reply_to {
        builder = builder.reply_to(address(reply_to)?);
    }
    for to in &mail.to {
        builder = builder.to(address(to)?);
    }
    let failed =
        |e: lettre::error::Error| i18n::said_with("invalid-mail-smtp-message-not-built", &[("error", e.to_string())]);
    if mail.attachments.is_empty() {
        return builder
            .header(lettre::message::header::ContentType::TEXT_PLAIN)
            .body(mail.text.clone())
            .map_err(failed);
    }
    use lettre::message::{Attachment, MultiPart, SinglePart};
    let mut parts = MultiPart::mixed().singlepart(SinglePart::plain(mail.text.clone()));
    for a in &mail.attachments {
        let content_type = lettre::message::header::ContentType::parse(&a.content_type).map_err(|e| {
            i18n::said_with(
                "invalid-mail-smtp-not-a-content-type",
                &[("content_type", a.content_type.clone()), ("error", e.to_string())],
            )
        })?;
        parts = parts.singlepart(Attachment::new(a.file_name.clone()).body(a.bytes.clone(), content_type));
    }
    builder.multipart(parts).map_err(failed)
}

impl Mailer for SmtpMailer {
    fn send<'a>(&'a self, mail: &'a OutgoingMail) -> Sending<'a> {
        Box::pin(async move {
            use lettre::AsyncTransport;
            let message = message(mail)?;
            self.transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| i18n::said_with("invalid-mail-smtp-refused", &[("error", e.to_string())]))
        })
    }
}

/// A minimal SMTP server on 127.0.0.1 that keeps what it receives, so tests send real SMTP and
/// read the messages back.
#[cfg(feature = "testing")]
pub mod testing {
    use std::sync::{Arc, Mutex};

    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    use tokio::net::TcpListener;

    /// One message as received: envelope and the raw data (headers and body).
    #[derive(Debug, Clone, Default, PartialEq, Eq)]
    pub struct Received {
        pub from: String,
        pub to: Vec<String>,
        pub data: String,
    }

    impl Received {
        /// The body with quoted-printable soft line breaks and `=XX` escapes undone.
        pub fn text(&self) -> String {
            let body = self.data.split_once("\r\n\r\n").map_or("", |(_, b)| b);
            let joined = body.replace("=\r\n", "");
            let mut out = Vec::new();
            let bytes = joined.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i] == b'='
                    && i + 2 < bytes.len()
                    && let Some(b) =
                        std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok())
                {
                    out.push(b);
                    i += 3;
                    continue;
                }
                out.push(bytes[i]);
                i += 1;
            }
            String::from_utf8_lossy(&out).into_owned()
        }
    }

    pub struct SmtpListener {
        pub url: String,
        received: Arc<Mutex<Vec<Received>>>,
    }

    impl SmtpListener {
        pub async fn start() -> SmtpListener {
            let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port on 127.0.0.1");
            let url = format!("smtp://{}", listener.local_addr().expect("an address"));
            let received = Arc::new(Mutex::new(Vec::new()));
            let store = received.clone();
            tokio::spawn(async move {
                while let Ok((socket, _)) = listener.accept().await {
                    let store = store.clone();
                    tokio::spawn(async move {
                        let _ = session(socket, store).await;
                    });
                }
            });
            SmtpListener { url, received }
        }

        pub fn received(&self) -> Vec<Received> {
            self.received.lock().expect("not poisoned").clone()
        }
    }

    async fn session(socket: tokio::net::TcpStream, store: Arc<Mutex<Vec<Received>>>) -> std::io::Result<()> {
        let (read, mut write) = socket.into_split();
        let mut lines = BufReader::new(read);
        write.write_all(b"220 127.0.0.1 ready\r\n").await?;
        let mut current = Received::default();
        let mut line = String::new();
        loop {
            line.clear();
            if lines.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let command = line.trim_end().to_ascii_uppercase();
            let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO") {
                b"250 127.0.0.1\r\n"
            } else if command.starts_with("MAIL FROM:") {
                current = Received { from: address(&line), ..Default::default() };
                b"250 OK\r\n"
            } else if command.starts_with("RCPT TO:") {
                current.to.push(address(&line));
                b"250 OK\r\n"
            } else if command == "DATA" {
                write.write_all(b"354 go on\r\n").await?;
                let mut data = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" {
                        break;
                    }
                    data.push_str(line.strip_prefix('.').filter(|_| line.starts_with("..")).unwrap_or(&line));
                }
                current.data = data;
                store.lock().expect("not poisoned").push(std::mem::take(&mut current));
                b"250 queued\r\n"
            } else if command == "QUIT" {
                write.write_all(b"221 bye\r\n").await?;
                return Ok(());
            } else {
                b"250 OK\r\n"
            };
            write.write_all(reply).await?;
        }
    }

    fn address(line: &str) -> String {
        let after = line.split_once('<').map_or(line, |(_, rest)| rest);
        after.rsplit_once('>').map_or(after, |(inside, _)| inside).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_never_shows_in_a_message() {
        assert_eq!(redact("smtp://ana:secret@mail.example:587"), "smtp://…@mail.example:587");
        assert_eq!(redact("smtp://mail.example"), "smtp://mail.example");
        assert!(SmtpMailer::from_url("ftp://ana:secret@x").err().is_some_and(|e| !e.contains("secret")));
    }
}
