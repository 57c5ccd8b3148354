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
        .map_err(|e| app::Error::BadRequest(format!("the address cannot be read: {e}")))?;
    if !user.actor.is_network_admin() {
        return Err(app::Error::Forbidden("the network's view is for network administrators").into());
    }
    let year = chrono::Datelike::year(&state.app.now().date_naive());
    let (period, unread) = match q.period.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        None => (Period::year(year), None),
        Some(raw) => match Period::parse(raw) {
            Ok(p) => (p, None),
            Err(m) => (Period::year(year), Some(format!("{m}. Showing {year}."))),
        },
    };
    let keys: Vec<String> = q.indicators.iter().map(|k| k.trim().to_string()).filter(|k| !k.is_empty()).collect();
    let named = q.named.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let view = app::network::compare(&state.app, &user.actor, &keys, period, named).await?;
    let rates = app::network::rates(&state.app, &user.actor).await?;
    let clusters = app::auth::clusters(&state.app, &user.actor).await?;
    let layout = Layout::without_cluster(&user, "The network's clusters", "network");
    let mut page = ReportPage::new(layout, format!("The network's clusters, {period}"));
    page.subheading = "Chosen indicators of every cluster side by side; money in euro through the network's rate \
                       table"
        .into();
    page.notice = flash.notice;
    page.problem = flash.problem.or(unread).or_else(|| {
        (!view.missing_rates.is_empty()).then(|| {
            format!(
                "Amounts in {} are left out: the rate table has no rate for them. Add one below.",
                view.missing_rates.join(", ")
            )
        })
    });
    page.forms_last = true;
    let mut columns: Vec<Column> =
        vec![Column { label: Cow::Borrowed("Indicator"), href: None, sort_state: "", class: "" }];
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
        title: if named.is_some() { "Benchmark: the others without their names".into() } else { "Side by side".into() },
        table: Table { columns, rows },
        empty: "No indicators chosen.".into(),
        actions: Vec::new(),
    });
    page.sections.push(Section {
        title: "The rate table".into(),
        table: plain_table(
            &[("Currency", ""), ("Units a euro buys", "num"), ("Set by", "optional"), ("On", "optional")],
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
        empty: "No rates yet: amounts in euro need none.".into(),
        actions: Vec::new(),
    });
    let chosen: Vec<&str> = view.indicators.iter().map(|i| i.key.as_str()).collect();
    let catalogue = domain::monitoring::builtin();
    let text = period.to_string();
    page.forms.push(PostForm::get(
        "What to compare",
        "/network/monitoring".into(),
        "Show",
        vec![
            FormField::text("period", "Year or quarter", Some(&text), None),
            FormField::text("indicators", "Indicators", None, None).checkboxes(
                catalogue
                    .iter()
                    .map(|d| SelectOption {
                        value: d.key.clone(),
                        label: format!("{} {}", d.code, d.name),
                        selected: chosen.contains(&d.key.as_str()),
                    })
                    .collect(),
            ),
            FormField::text("named", "Benchmark for", None, None)
                .select(options(
                    "Every cluster by name",
                    clusters.iter().map(|(c, _)| (c.slug.as_str(), c.name.as_str())),
                    named,
                ))
                .hint("Show one cluster by name and the others as Cluster A, B, … in the order of their first value."),
        ],
    ));
    page.forms.push(PostForm::post(
        "Set a rate",
        "/network/rates".into(),
        "Save",
        vec![
            FormField::text("currency", "Currency", None, None).required().hint("ISO 4217 code: PLN, RON, BGN, UAH."),
            FormField::text("per_euro", "Units one euro buys", None, None).required().hint("4.265, or 4,265."),
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
        .map(|()| format!("The rate of {} is set.", currency.trim().to_ascii_uppercase()));
    if let Err(app::Error::Forbidden(m)) = done {
        return Err(app::Error::Forbidden(m).into());
    }
    after_action(&headers, "/network/monitoring", done)
}
