//! Reminder pages: the overdue invoices, which of them a reminder run would remind, and the run.

use crate::reader;
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
    let page = ClusterPage::open(&state, access, "invoices", reader::t("billing-reminders")).await?;
    let scope = &page.scope;
    let currency = scope.cluster().base_currency;
    let preview = app::invoice::remind(&state.app, scope, page.user.actor.email(), true).await?;
    let would = preview.lines.iter().filter(|l| l.outcome == app::invoice::ReminderOutcome::WouldSend).count();
    let can_edit = page.can_edit();
    let mut report = ReportPage::new(page.layout, reader::t("billing-reminders"));
    report.subheading = reader::t1("billing-reminders-subheading", "days", app::invoice::REMINDER_INTERVAL_DAYS);
    report.actions = invoice_actions(&slug, page.scope.role());
    report.notice = flash.notice;
    report.problem = flash.problem;
    if state.app.mail.is_none() {
        report.problem.get_or_insert_with(|| reader::t("billing-mail-not-set-up"));
    } else if can_edit && would > 0 {
        report.forms.push(
            PostForm::post(
                reader::t_count("billing-send-n-reminders", would as i64),
                format!("/clusters/{slug}/reminders"),
                reader::t("billing-send-reminders"),
                Vec::new(),
            )
            .confirm(reader::t_count("billing-send-reminders-confirm", would as i64)),
        );
    }
    let rows = preview
        .lines
        .iter()
        .map(|l| {
            let outcome = match &l.outcome {
                app::invoice::ReminderOutcome::WouldSend => reader::t("billing-will-be-reminded"),
                app::invoice::ReminderOutcome::Queued => reader::t("billing-queued"),
                app::invoice::ReminderOutcome::NoAddress => reader::t("billing-no-address"),
                app::invoice::ReminderOutcome::RemindedRecently { on } => reader::t1("billing-reminded-on", "day", on),
                app::invoice::ReminderOutcome::NoLongerOverdue => reader::t("billing-settled-meanwhile"),
            };
            vec![
                Cell::link(&l.number, format!("/clusters/{slug}/invoices/{}", l.invoice_id)),
                Cell::text(&l.customer),
                Cell::text(l.days_overdue.to_string()).class("num"),
                Cell::text(crate::reader::money(Money::new(l.outstanding_minor, currency))).class("num"),
                Cell::text(l.to.join(", ")).class("optional"),
                Cell::text(outcome),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: reader::t("billing-overdue-invoices"),
        table: plain_table(
            &[
                (reader::t("billing-invoice"), ""),
                (reader::t("billing-customer"), ""),
                (reader::t("billing-days-overdue"), "num"),
                (reader::t("billing-open"), "num"),
                (reader::t("billing-to"), "optional"),
                (reader::t("billing-reminder"), ""),
            ],
            rows,
        ),
        empty: reader::t("billing-none-overdue"),
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
            let message = reader::t_count("billing-reminders-on-way", r.queued as i64);
            Ok(see_other_with(&headers, &back, "notice", &message))
        }
        Err(e @ app::Error::BadRequest(_)) => Ok(see_other_with(&headers, &back, "problem", &e.to_string())),
        Err(e) => Err(e.into()),
    }
}
