//! The sent log: the mail the cluster's outbox holds, and whether it left.

use crate::auth::PageScope;
use crate::reader;
use app::auth::Edit;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use domain::mail::MessageState;

use super::*;
use crate::AppState;
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new().route("/clusters/{cluster}/mail", &["GET"], get(sent_log))
}

async fn sent_log(State(state): State<AppState>, access: PageScope<Edit>, flash: Flash) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "events", "Sent mail".into()).await?;
    let zone = app::App::zone(&page.scope);
    let messages = app::mail::sent_log(&state.app, &page.scope).await?;
    let mut report = ReportPage::new(page.layout, "Sent mail");
    report.subheading = format!(
        "The latest {} messages: confirmations of registration, reminders and requests for feedback. Mail waits in the outbox until it leaves; what the mail server refuses is tried again, {} times in all. Times are in {}.",
        app::mail::LOG_SHOWN,
        app::mail::ATTEMPTS,
        zone.name()
    );
    report.notice = flash.notice;
    report.problem = flash.problem;
    if state.app.mail.is_none() {
        report.problem.get_or_insert_with(|| {
            "Mail is not set up, so nothing is queued or sent: set CLUSTERDESK_SMTP_URL and CLUSTERDESK_MAIL_FROM."
                .into()
        });
    }
    let rows = messages
        .iter()
        .map(|m| {
            let state = match m.state {
                MessageState::Sent => format!("Sent {}", m.sent_at.map(reader::moment).unwrap_or_default()),
                MessageState::Failed => format!("Given up after {} attempts", m.attempts),
                MessageState::Pending if m.attempts == 0 => "Waiting to leave".to_string(),
                MessageState::Pending => format!(
                    "Refused {} times; next try {}",
                    m.attempts,
                    m.next_attempt_at.map(reader::moment).unwrap_or_default()
                ),
            };
            vec![
                Cell::text(reader::moment(m.queued_at)),
                Cell::text(m.to.join(", ")),
                Cell::text(&m.subject),
                Cell::text(&m.purpose).class("optional"),
                Cell::text(state),
                Cell::text(m.error.clone().unwrap_or_default()).class("optional"),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: "Messages".into(),
        table: plain_table(
            &[
                ("Queued", ""),
                ("To", ""),
                ("Subject", ""),
                ("About", "optional"),
                ("State", ""),
                ("Last error", "optional"),
            ],
            rows,
        ),
        empty: "No mail has been queued yet.".into(),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}
