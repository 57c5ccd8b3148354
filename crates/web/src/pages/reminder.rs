//! Reminder pages: the overdue invoices, which of them a reminder run would remind, and the run.

use app::auth::{Edit, Read};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use domain::money::Money;

use super::invoice::invoice_actions;
use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageScope};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new().route("/clusters/{cluster}/reminders", &["GET", "POST"], get(reminders).post(send_reminders))
}

async fn reminders(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", "Reminders".into()).await?;
    let scope = &page.scope;
    let currency = scope.cluster().base_currency;
    let preview = app::invoice::remind(&state.app, scope, page.user.actor.email(), true).await?;
    let would = preview.lines.iter().filter(|l| l.outcome == app::invoice::ReminderOutcome::WouldSend).count();
    let can_edit = page.can_edit();
    let mut report = ReportPage::new(page.layout, "Reminders");
    report.subheading = format!(
        "Overdue invoices, and whom a reminder goes to: the customer's contacts in billing or finance, or else all its contacts with an email address. An invoice is reminded at most once every {} days.",
        app::invoice::REMINDER_INTERVAL_DAYS
    );
    report.actions = invoice_actions(&slug, page.scope.role());
    report.notice = flash.notice;
    report.problem = flash.problem;
    if state.app.mail.is_none() {
        report.problem.get_or_insert_with(|| {
            "Mail is not set up, so reminders cannot be sent: set CLUSTERDESK_SMTP_URL and CLUSTERDESK_MAIL_FROM."
                .into()
        });
    } else if can_edit && would > 0 {
        report.forms.push(
            PostForm::post(
                format!("Send {would} reminders"),
                format!("/clusters/{slug}/reminders"),
                "Send reminders",
                Vec::new(),
            )
            .confirm(format!("Send {would} reminder emails now?")),
        );
    }
    let rows = preview
        .lines
        .iter()
        .map(|l| {
            let outcome = match &l.outcome {
                app::invoice::ReminderOutcome::WouldSend => "Will be reminded".to_string(),
                app::invoice::ReminderOutcome::Queued => "Queued to send".to_string(),
                app::invoice::ReminderOutcome::NoAddress => "No contact with an email address".to_string(),
                app::invoice::ReminderOutcome::RemindedRecently { on } => format!("Reminded on {on}"),
                app::invoice::ReminderOutcome::NoLongerOverdue => "Paid or settled meanwhile".to_string(),
            };
            vec![
                Cell::link(&l.number, format!("/clusters/{slug}/invoices/{}", l.invoice_id)),
                Cell::text(&l.customer),
                Cell::text(l.days_overdue.to_string()).class("num"),
                Cell::text(Money::new(l.outstanding_minor, currency).to_string()).class("num"),
                Cell::text(l.to.join(", ")).class("optional"),
                Cell::text(outcome),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: "Overdue invoices".into(),
        table: plain_table(
            &[
                ("Invoice", ""),
                ("Customer", ""),
                ("Days overdue", "num"),
                ("Open", "num"),
                ("To", "optional"),
                ("Reminder", ""),
            ],
            rows,
        ),
        empty: "No invoice is overdue.".into(),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

async fn send_reminders(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let back = format!("/clusters/{slug}/reminders");
    match app::invoice::remind(&state.app, &scope, user.actor.email(), false).await {
        Ok(r) => {
            let message = format!("{} reminders are on their way: the sent log shows when each leaves.", r.queued);
            Ok(see_other_with(&headers, &back, "notice", &message))
        }
        Err(e @ app::Error::BadRequest(_)) => Ok(see_other_with(&headers, &back, "problem", &e.to_string())),
        Err(e) => Err(e.into()),
    }
}
