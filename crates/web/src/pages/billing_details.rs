//! The issuer's billing details: what every invoice of the cluster prints about its issuer.

use crate::reader;
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
    Routes::new().route("/clusters/{cluster}/billing", &["GET", "POST"], get(billing).post(save_billing)).route(
        "/clusters/{cluster}/language",
        &["GET", "POST"],
        get(language).post(set_language),
    )
}

fn billing_fields(d: &domain::cluster::BillingDetails, errors: Option<&domain::Invalid>) -> Vec<FormField> {
    vec![
        FormField::text("legal_name", &reader::t("billing-legal-name"), d.legal_name.as_deref(), errors)
            .hint(reader::t("billing-legal-name-hint")),
        FormField::text("address", &reader::t("billing-address"), d.address.as_deref(), errors).input("textarea"),
        FormField::text("vat_id", &reader::t("billing-vat-id"), d.vat_id.as_deref(), errors),
        FormField::text("iban", &reader::t("billing-iban"), d.iban.as_deref(), errors)
            .hint(reader::t("billing-iban-hint")),
        FormField::text("billing_email", &reader::t("billing-billing-email"), d.billing_email.as_deref(), errors)
            .hint(reader::t("billing-billing-email-hint")),
    ]
}

async fn billing(State(state): State<AppState>, access: PageScope<Manage>) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", reader::t("billing-billing-details")).await?;
    let details = app::invoice::billing_details(&state.app, &page.scope).await?;
    Ok(billing_form(page, &details, None))
}

fn billing_form(page: ClusterPage, d: &domain::cluster::BillingDetails, errors: Option<&domain::Invalid>) -> Response {
    let slug = page.slug().to_string();
    let status = if errors.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    (
        status,
        FormPage {
            heading: reader::t("billing-billing-details"),
            action: format!("/clusters/{slug}/billing"),
            submit: reader::t("billing-save").into(),
            cancel_href: format!("/clusters/{slug}/invoices"),
            fields: billing_fields(d, errors),
            has_errors: errors.is_some(),
            intro: reader::t("billing-details-intro"),
            links: vec![Action {
                label: reader::t1(
                    "billing-documents-language-is",
                    "language",
                    page.scope.cluster().language().native_name(),
                ),
                href: format!("/clusters/{slug}/language"),
                primary: false,
            }],
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
    let page = ClusterPage::open(&state, access, "invoices", reader::t("billing-billing-details")).await?;
    match app::invoice::set_billing_details(&state.app, &page.scope, &details).await {
        Ok(()) => Ok(see_other_with(
            &axum::http::HeaderMap::new(),
            &format!("/clusters/{slug}/invoices"),
            "notice",
            &reader::t("billing-details-saved"),
        )),
        Err(app::Error::Invalid(e) | app::Error::Conflict(e)) => Ok(billing_form(page, &details, Some(&e))),
        Err(e) => Err(e.into()),
    }
}

/// The form that chooses the language of the cluster's documents.
async fn language(State(state): State<AppState>, access: PageScope<Manage>) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", reader::t("billing-documents-language")).await?;
    let chosen = page.scope.cluster().language_override.map(|l| l.code().to_string()).unwrap_or_default();
    Ok(language_form(page, &chosen, None))
}

fn language_form(page: ClusterPage, chosen: &str, errors: Option<&domain::Invalid>) -> Response {
    let slug = page.slug().to_string();
    let country = domain::language::Language::of_country(&page.scope.cluster().country);
    let choices: Vec<(&str, &str)> =
        domain::language::Language::ALL.iter().map(|l| (l.code(), l.native_name())).collect();
    let empty = reader::t1("billing-documents-language-of-country", "language", country.native_name());
    let field = FormField::text("language", &reader::t("billing-documents-language"), None, errors)
        .select(options(&empty, choices, Some(chosen).filter(|c| !c.is_empty())))
        .hint(reader::t("billing-documents-language-hint"));
    let status = if errors.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let form = FormPage {
        heading: reader::t("billing-documents-language"),
        action: format!("/clusters/{slug}/language"),
        submit: reader::t("billing-save").into(),
        cancel_href: format!("/clusters/{slug}/billing"),
        fields: vec![field],
        has_errors: errors.is_some(),
        intro: String::new(),
        links: Vec::new(),
        layout: page.layout,
    };
    (status, form).into_response()
}

async fn set_language(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", reader::t("billing-documents-language")).await?;
    match app::cluster::set_language(&state.app, &page.scope, &form.language).await {
        Ok(language) => Ok(see_other_with(
            &axum::http::HeaderMap::new(),
            &format!("/clusters/{slug}/invoices"),
            "notice",
            &reader::t1("billing-documents-language-set", "language", language.native_name()),
        )),
        Err(app::Error::Invalid(e)) => Ok(language_form(page, &form.language, Some(&e))),
        Err(e) => Err(e.into()),
    }
}
