//! Mail leaving clusterdesk (invoice reminders), through a [`Mailer`]: SMTP in production, a
//! listener on 127.0.0.1 in tests.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

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

impl std::fmt::Debug for Mail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mail").field("from", &self.from).finish_non_exhaustive()
    }
}

/// Sends through an SMTP server given by URL: `smtp://host:25` (plain, for a relay on the same
/// network), `smtp://user:password@host:587?tls=required` (STARTTLS) or `smtps://host:465`.
pub struct SmtpMailer {
    transport: lettre::AsyncSmtpTransport<lettre::Tokio1Executor>,
}

impl SmtpMailer {
    pub fn from_url(url: &str) -> Result<Self, String> {
        let transport = lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::from_url(url)
            .map_err(|e| format!("the SMTP address '{}' is not usable: {e}", redact(url)))?
            .build();
        Ok(SmtpMailer { transport })
    }
}

/// An SMTP URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => format!("{}://…@{}", &url[..scheme], &url[at + 1..]),
        _ => url.to_string(),
    }
}

fn message(mail: &OutgoingMail) -> Result<lettre::Message, String> {
    let address = |a: &str| a.parse::<lettre::message::Mailbox>().map_err(|e| format!("'{a}' is not an address: {e}"));
    let mut builder = lettre::Message::builder().from(address(&mail.from)?).subject(mail.subject.as_str());
    if let Some(reply_to) = &mail.reply_to {
        builder = builder.reply_to(address(reply_to)?);
    }
    for to in &mail.to {
        builder = builder.to(address(to)?);
    }
    let failed = |e: lettre::error::Error| format!("the message could not be built: {e}");
    if mail.attachments.is_empty() {
        return builder
            .header(lettre::message::header::ContentType::TEXT_PLAIN)
            .body(mail.text.clone())
            .map_err(failed);
    }
    use lettre::message::{Attachment, MultiPart, SinglePart};
    let mut parts = MultiPart::mixed().singlepart(SinglePart::plain(mail.text.clone()));
    for a in &mail.attachments {
        let content_type = lettre::message::header::ContentType::parse(&a.content_type)
            .map_err(|e| format!("'{}' is not a content type: {e}", a.content_type))?;
        parts = parts.singlepart(Attachment::new(a.file_name.clone()).body(a.bytes.clone(), content_type));
    }
    builder.multipart(parts).map_err(failed)
}

impl Mailer for SmtpMailer {
    fn send<'a>(&'a self, mail: &'a OutgoingMail) -> Sending<'a> {
        Box::pin(async move {
            use lettre::AsyncTransport;
            let message = message(mail)?;
            self.transport.send(message).await.map(|_| ()).map_err(|e| format!("the mail server refused: {e}"))
        })
    }
}

/// A minimal SMTP server on 127.0.0.1 that keeps what it receives, so tests send real SMTP and
/// read the messages back.
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
        let start = line.find('<').map_or(0, |i| i + 1);
        let end = line.rfind('>').unwrap_or(line.len());
        line[start..end].to_string()
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
