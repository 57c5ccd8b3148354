//! The sent log: the mail the cluster's outbox holds, and whether it left.

use crate::auth::PageScope;
use crate::reader;
use crate::reader::{t, t_count, t1};
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
    let page = ClusterPage::open(&state, access, "events", t("workplace-sent-mail")).await?;
    let zone = app::App::zone(&page.scope);
    let messages = app::mail::sent_log(&state.app, &page.scope).await?;
    let mut report = ReportPage::new(page.layout, t("workplace-sent-mail"));
    let intro_args = [
        ("shown", app::mail::LOG_SHOWN.to_string()),
        ("attempts", app::mail::ATTEMPTS.to_string()),
        ("zone", zone.name().to_string()),
    ];
    report.subheading = reader::t_args("workplace-sent-mail-intro", &intro_args);
    report.notice = flash.notice;
    report.problem = flash.problem;
    if state.app.mail.is_none() {
        report.problem.get_or_insert_with(|| t("workplace-mail-not-set-up"));
    }
    let rows = messages
        .iter()
        .map(|m| {
            let state = match m.state {
                MessageState::Sent => {
                    t1("workplace-mail-sent-at", "moment", m.sent_at.map(reader::moment).unwrap_or_default())
                }
                MessageState::Failed => t_count("workplace-mail-given-up", m.attempts),
                MessageState::Pending if m.attempts == 0 => t("workplace-mail-waiting"),
                MessageState::Pending => format!(
                    "{}; {}",
                    t_count("workplace-mail-refused", m.attempts),
                    t1("workplace-mail-next-try", "moment", m.next_attempt_at.map(reader::moment).unwrap_or_default())
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
        title: t("workplace-messages"),
        table: plain_table(
            &[
                (t("workplace-queued"), ""),
                (t("workplace-to"), ""),
                (t("workplace-subject"), ""),
                (t("workplace-about"), "optional"),
                (t("workplace-state"), ""),
                (t("workplace-last-error"), "optional"),
            ],
            rows,
        ),
        empty: t("workplace-no-mail-yet"),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}
