//! The network's pages, for its administrators: chosen indicators of every cluster side by side
//! for a period (money in euro through the network's rate table, the other clusters without
//! their names when one is benchmarked), and the rate table.

use std::borrow::Cow;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use domain::monitoring::Period;

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, PageUser};
use crate::error::PageError;
use crate::reader::{t, t1, t2};

pub fn router() -> Routes {
    Routes::new().route("/network/monitoring", &["GET"], get(compare)).route(
        "/network/rates",
        &["POST"],
        post(set_rate),
    )
}

#[derive(serde::Deserialize, Default)]
struct CompareQuery {
    period: Option<String>,
    #[serde(default)]
    indicators: Vec<String>,
    /// The slug of the one cluster shown by name; the others lettered.
    named: Option<String>,
}

async fn compare(
    State(state): State<AppState>,
    user: PageUser,
    query: axum::extract::RawQuery,
    flash: Flash,
) -> Result<Response, PageError> {
    let q: CompareQuery = serde_html_form::from_str(query.0.as_deref().unwrap_or_default())
        .map_err(|e| app::Error::BadRequest(t1("workplace-address-unread", "problem", e)))?;
    if !user.actor.is_network_admin() {
        return Err(app::Error::Forbidden("the network's view is for network administrators").into());
    }
    let year = chrono::Datelike::year(&state.app.now().date_naive());
    let (period, unread) = match q.period.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        None => (Period::year(year), None),
        Some(raw) => match Period::parse(raw) {
            Ok(p) => (p, None),
            Err(m) => (Period::year(year), Some(t2("workplace-network-period-unread", "problem", m, "year", year))),
        },
    };
    let keys: Vec<String> = q.indicators.iter().map(|k| k.trim().to_string()).filter(|k| !k.is_empty()).collect();
    let named = q.named.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let view = app::network::compare(&state.app, &user.actor, &keys, period, named).await?;
    let rates = app::network::rates(&state.app, &user.actor).await?;
    let clusters = app::auth::clusters(&state.app, &user.actor).await?;
    let layout = Layout::without_cluster(&user, t("workplace-network-clusters"), "network");
    let mut page = ReportPage::new(layout, t1("workplace-network-clusters-in", "period", period));
    page.subheading = t("workplace-network-intro-compare");
    page.notice = flash.notice;
    page.problem = flash.problem.or(unread).or_else(|| {
        (!view.missing_rates.is_empty())
            .then(|| t1("workplace-network-missing-rates", "currencies", view.missing_rates.join(", ")))
    });
    page.forms_last = true;
    let mut columns: Vec<Column> =
        vec![Column { label: Cow::Owned(t("workplace-indicator")), href: None, sort_state: "", class: "" }];
    columns.extend(view.clusters.iter().map(|c| Column {
        label: Cow::Owned(c.label.clone()),
        href: None,
        sort_state: "",
        class: "num",
    }));
    let rows = view
        .indicators
        .iter()
        .enumerate()
        .map(|(i, indicator)| {
            let mut row = vec![Cell::text(format!("{} {}", indicator.code, indicator.name))];
            row.extend(
                view.clusters.iter().map(|c| Cell::text(c.texts.get(i).cloned().unwrap_or_default()).class("num")),
            );
            row
        })
        .collect();
    page.sections.push(Section {
        title: if named.is_some() { t("workplace-network-benchmark") } else { t("workplace-network-side-by-side") },
        table: Table { columns, rows },
        empty: t("workplace-network-no-indicators"),
        actions: Vec::new(),
    });
    page.sections.push(Section {
        title: t("workplace-rate-table"),
        table: plain_table(
            &[
                (t("workplace-currency"), ""),
                (t("workplace-units-a-euro-buys"), "num"),
                (t("workplace-set-by"), "optional"),
                (t("workplace-set-on"), "optional"),
            ],
            rates
                .iter()
                .map(|r| {
                    vec![
                        Cell::text(r.currency.clone()),
                        Cell::text(r.per_euro.clone()).class("num"),
                        Cell::text(r.set_by.clone()).class("optional"),
                        Cell::text(r.set_at.date_naive().to_string()).class("optional"),
                    ]
                })
                .collect(),
        ),
        empty: t("workplace-no-rates"),
        actions: Vec::new(),
    });
    let chosen: Vec<&str> = view.indicators.iter().map(|i| i.key.as_str()).collect();
    let catalogue = domain::monitoring::builtin();
    let text = period.to_string();
    page.forms.push(PostForm::get(
        t("workplace-what-to-compare"),
        "/network/monitoring".into(),
        t("workplace-show"),
        vec![
            FormField::text("period", &t("workplace-year-or-quarter"), Some(&text), None),
            FormField::text("indicators", &t("workplace-indicators"), None, None).checkboxes(
                catalogue
                    .iter()
                    .map(|d| SelectOption {
                        value: d.key.clone(),
                        label: format!("{} {}", d.code, d.name),
                        selected: chosen.contains(&d.key.as_str()),
                    })
                    .collect(),
            ),
            FormField::text("named", &t("workplace-benchmark-for"), None, None)
                .select(options(
                    &t("workplace-every-cluster-by-name"),
                    clusters.iter().map(|(c, _)| (c.slug.as_str(), c.name.as_str())),
                    named,
                ))
                .hint(t("workplace-benchmark-hint")),
        ],
    ));
    page.forms.push(PostForm::post(
        t("workplace-set-a-rate"),
        "/network/rates".into(),
        t("workplace-save"),
        vec![
            FormField::text("currency", &t("workplace-currency"), None, None)
                .required()
                .hint(t("workplace-currency-hint")),
            FormField::text("per_euro", &t("workplace-units-one-euro-buys"), None, None)
                .required()
                .hint(t("workplace-per-euro-hint")),
        ],
    ));
    Ok(page.into_response())
}

#[derive(serde::Deserialize)]
struct RateForm {
    currency: Option<String>,
    per_euro: Option<String>,
}

async fn set_rate(
    State(state): State<AppState>,
    headers: HeaderMap,
    user: PageUser,
    CsrfForm(form): CsrfForm<RateForm>,
) -> Result<Response, PageError> {
    let currency = form.currency.unwrap_or_default();
    let done = app::network::set_rate(&state.app, &user.actor, &currency, &form.per_euro.unwrap_or_default())
        .await
        .map(|()| t1("workplace-rate-set", "currency", currency.trim().to_ascii_uppercase()));
    if let Err(app::Error::Forbidden(m)) = done {
        return Err(app::Error::Forbidden(m).into());
    }
    after_action(&headers, "/network/monitoring", done)
}
