//! The issuer's billing details: what every invoice of the cluster prints about its issuer.

use app::auth::Manage;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, PageScope};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new().route("/clusters/{cluster}/billing", &["GET", "POST"], get(billing).post(save_billing))
}

fn billing_fields(d: &domain::cluster::BillingDetails, errors: Option<&domain::Invalid>) -> Vec<FormField> {
    vec![
        FormField::text("legal_name", "Legal name", d.legal_name.as_deref(), errors)
            .hint("As it appears on invoices; the cluster's name when empty."),
        FormField::text("address", "Address", d.address.as_deref(), errors).input("textarea"),
        FormField::text("vat_id", "VAT id", d.vat_id.as_deref(), errors),
        FormField::text("iban", "IBAN", d.iban.as_deref(), errors)
            .hint("Where members transfer their fees; printed on invoices and reminders."),
        FormField::text("billing_email", "Billing email", d.billing_email.as_deref(), errors)
            .hint("Replies to reminders go here."),
    ]
}

async fn billing(State(state): State<AppState>, access: PageScope<Manage>) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", "Billing details".into()).await?;
    let details = app::invoice::billing_details(&state.app, &page.scope).await?;
    Ok(billing_form(page, &details, None))
}

fn billing_form(page: ClusterPage, d: &domain::cluster::BillingDetails, errors: Option<&domain::Invalid>) -> Response {
    let slug = page.slug().to_string();
    let status = if errors.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    (
        status,
        FormPage {
            heading: "Billing details".into(),
            action: format!("/clusters/{slug}/billing"),
            submit: "Save".into(),
            cancel_href: format!("/clusters/{slug}/invoices"),
            fields: billing_fields(d, errors),
            has_errors: errors.is_some(),
            intro: "What the cluster prints on its invoices as their issuer.".into(),
            links: Vec::new(),
            layout: page.layout,
        },
    )
        .into_response()
}

async fn save_billing(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    Path(slug): Path<String>,
    CsrfForm(details): CsrfForm<domain::cluster::BillingDetails>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", "Billing details".into()).await?;
    match app::invoice::set_billing_details(&state.app, &page.scope, &details).await {
        Ok(()) => Ok(see_other_with(
            &axum::http::HeaderMap::new(),
            &format!("/clusters/{slug}/invoices"),
            "notice",
            "Billing details saved.",
        )),
        Err(app::Error::Invalid(e) | app::Error::Conflict(e)) => Ok(billing_form(page, &details, Some(&e))),
        Err(e) => Err(e.into()),
    }
}
