//! Service pages: the catalogue with its revenue, the deliveries, and invoicing what an
//! organisation received.

use crate::reader;
use app::auth::{Edit, Manage, Read};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use domain::money::Money;
use domain::service::{DeliveryInput, ServiceInput};

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, CsrfListForm, NoFields, PageId, PageScope, resource};
use crate::error::PageError;
use crate::params::parse_id;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/services", &["GET", "POST"], get(services).post(create))
        .route("/clusters/{cluster}/services/deliveries", &["POST"], post(deliver))
        .route("/clusters/{cluster}/services/invoice", &["POST"], post(invoice))
        .route("/clusters/{cluster}/services/export", &["GET"], get(export))
        .route("/clusters/{cluster}/services/catalogue/export", &["GET"], get(export_catalogue))
        .route("/clusters/{cluster}/services/{id}/archive", &["POST"], post(archive))
        .route("/clusters/{cluster}/services/{id}/restore", &["POST"], post(restore))
        .route("/clusters/{cluster}/services/{id}/edit", &["GET", "POST"], get(edit).post(update))
        .route("/clusters/{cluster}/services/satisfaction", &["POST"], post(rate))
        .route("/clusters/{cluster}/deliveries/{id}/remove", &["POST"], post(remove_delivery))
}

async fn services(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "services", "Services".into()).await?;
    let scope = page.scope.clone();
    let currency = scope.cluster().base_currency;
    let money = |minor: i64| Money::new(minor, currency).to_string();
    let catalogue = app::service::catalogue(&state.app, &scope).await?;
    let revenue = app::service::revenue(&state.app, &scope, None, None).await?;
    let deliveries = app::service::deliveries(&state.app, &scope, &Default::default()).await?;
    let can_edit = page.can_edit();
    let can_manage = scope.role().allows(domain::access::Permission::Manage);
    let mut report = ReportPage::new(page.layout, "Services");
    report.notice = flash.notice;
    report.forms_last = true;
    report.problem = flash.problem;
    report.subheading =
        "The cluster's offer to its members and others, what it delivered and what it brought in".into();
    report.actions = vec![
        link("Download deliveries (CSV)", format!("/clusters/{slug}/services/export")),
        link("Download deliveries (XLSX)", format!("/clusters/{slug}/services/export?format=xlsx")),
        link("Download catalogue (CSV)", format!("/clusters/{slug}/services/catalogue/export")),
        link("Download catalogue (XLSX)", format!("/clusters/{slug}/services/catalogue/export?format=xlsx")),
    ];
    let rows = catalogue
        .iter()
        .map(|s| {
            let f = &s.fields;
            let action = match (can_manage, s.archived_at.is_some()) {
                (false, _) => Cell::text(""),
                (true, false) => Cell::button("Archive", format!("/clusters/{slug}/services/{}/archive", s.id))
                    .confirm(format!("Take “{}” out of the catalogue? Its deliveries stay.", f.name)),
                (true, true) => Cell::button("Restore", format!("/clusters/{slug}/services/{}/restore", s.id)),
            };
            let name = if can_manage {
                Cell::link(&f.name, format!("/clusters/{slug}/services/{}/edit", s.id))
            } else {
                Cell::text(&f.name)
            };
            vec![
                name,
                Cell::text(domain::service::kind_label(&f.kind)).class("optional"),
                Cell::text(format!("{} / {}", money(f.member_price_minor), f.unit)).class("num"),
                Cell::text(format!("{} / {}", money(f.non_member_price_minor), f.unit)).class("num"),
                Cell::text(domain::written::percent_text(f.tax_rate_basis_points)).class("num optional"),
                Cell::text(if s.archived_at.is_some() { "archived" } else { "offered" }),
                action,
            ]
        })
        .collect();
    report.sections.push(Section {
        title: "Catalogue".into(),
        table: plain_table(
            &[
                ("Service", ""),
                ("Kind", "optional"),
                ("Members", "num"),
                ("Others", "num"),
                ("Tax", "num optional"),
                ("", ""),
                ("", ""),
            ],
            rows,
        ),
        empty: "No services yet.".into(),
        actions: Vec::new(),
    });
    let revenue_rows = revenue
        .iter()
        .map(|r| {
            vec![
                Cell::text(r.year.to_string()),
                Cell::text(&r.service),
                Cell::text(r.deliveries.to_string()).class("num"),
                Cell::text(money(r.amount_minor)).class("num"),
                Cell::text(money(r.invoiced_minor)).class("num optional"),
                Cell::text(r.to_members.to_string()).class("num optional"),
                Cell::text(r.satisfaction_tenths.map(|t| format!("{}.{} / 5", t / 10, t % 10)).unwrap_or_default())
                    .class("num optional"),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: "Revenue by year".into(),
        table: plain_table(
            &[
                ("Year", ""),
                ("Service", ""),
                ("Deliveries", "num"),
                ("Amount", "num"),
                ("Invoiced", "num optional"),
                ("To members", "num optional"),
                ("Satisfaction", "num optional"),
            ],
            revenue_rows,
        ),
        empty: "Nothing delivered yet.".into(),
        actions: Vec::new(),
    });
    let delivery_rows = deliveries
        .iter()
        .take(100)
        .map(|d| {
            vec![
                Cell::text(reader::day(d.fields.delivered_on)),
                Cell::text(&d.service_name),
                Cell::link(&d.organisation_name, format!("/clusters/{slug}/organisations/{}", d.organisation_id)),
                Cell::text(d.fields.quantity.to_string()).class("num optional"),
                Cell::text(format!("{}{}", money(d.amount_minor()), if d.member_price { " (member)" } else { "" }))
                    .class("num"),
                match (&d.invoice_id, &d.invoice_number) {
                    (Some(i), Some(_)) if d.invoice_draft => {
                        Cell::link("draft", format!("/clusters/{slug}/invoices/{i}"))
                    }
                    (Some(i), Some(n)) => Cell::link(n, format!("/clusters/{slug}/invoices/{i}")),
                    _ if d.is_free() => Cell::text("free"),
                    _ => Cell::text("not invoiced").class("status-warning"),
                },
                Cell::text(d.fields.satisfaction.map(|s| format!("{s} / 5")).unwrap_or_default()).class("num optional"),
                if can_edit && !d.is_invoiced() {
                    Cell::button("Remove", format!("/clusters/{slug}/deliveries/{}/remove", d.id)).confirm(format!(
                        "Remove the delivery of {} to {} on {}?",
                        d.service_name,
                        d.organisation_name,
                        reader::day(d.fields.delivered_on)
                    ))
                } else {
                    Cell::text("")
                },
            ]
        })
        .collect();
    report.sections.push(Section {
        title: "Latest deliveries".into(),
        table: plain_table(
            &[
                ("Delivered", ""),
                ("Service", ""),
                ("Organisation", ""),
                ("Units", "num optional"),
                ("Amount", "num"),
                ("Invoice", ""),
                ("Satisfaction", "num optional"),
                ("", ""),
            ],
            delivery_rows,
        ),
        empty: "No deliveries yet.".into(),
        actions: Vec::new(),
    });
    if can_edit {
        let organisations = app::invoice::customers(&state.app, &scope).await?;
        let offered: Vec<(String, String)> = catalogue
            .iter()
            .filter(|s| s.archived_at.is_none())
            .map(|s| (s.id.to_string(), s.fields.name.clone()))
            .collect();
        let orgs: Vec<(String, String)> = organisations.iter().map(|(id, n)| (id.to_string(), n.clone())).collect();
        let waiting: Vec<SelectOption> = deliveries
            .iter()
            .filter(|d| !d.is_invoiced() && !d.is_free())
            .map(|d| SelectOption {
                value: d.id.to_string(),
                label: format!(
                    "{}: {} to {}, {}",
                    reader::day(d.fields.delivered_on),
                    d.service_name,
                    d.organisation_name,
                    money(d.amount_minor())
                ),
                selected: false,
            })
            .collect();
        let recent: Vec<SelectOption> = deliveries
            .iter()
            .take(100)
            .map(|d| SelectOption {
                value: d.id.to_string(),
                label: format!("{}: {} to {}", reader::day(d.fields.delivered_on), d.service_name, d.organisation_name),
                selected: false,
            })
            .collect();
        let select = |name: &str, label: &str, v: &[(String, String)]| {
            FormField::text(name, label, None, None)
                .select(options("Choose", v.iter().map(|(a, b)| (a.as_str(), b.as_str())), None))
                .required()
        };
        if !offered.is_empty() {
            report.forms.push(PostForm::post(
                "Record a delivery",
                format!("/clusters/{slug}/services/deliveries"),
                "Record",
                vec![
                    select("service_id", "Service", &offered),
                    select("organisation_id", "Organisation", &orgs),
                    FormField::text("delivered_on", "Delivered on", None, None).input("date").required(),
                    FormField::text("quantity", "Units", Some("1"), None).input("number"),
                    satisfaction_field("satisfaction"),
                    FormField::text("note", "Note", None, None),
                ]
                .into_iter()
                .map(|f| f.hint(""))
                .collect(),
            ));
        }
        if !waiting.is_empty() {
            report.forms.push(PostForm::post(
                "Invoice deliveries",
                format!("/clusters/{slug}/services/invoice"),
                "Make the draft invoice",
                vec![FormField::text("delivery_ids", "Deliveries not invoiced yet", None, None)
                    .checkboxes(waiting)
                    .hint("Those chosen go on one draft invoice, a line each: all to one organisation, at one tax rate. Issue it from the invoice's page.")],
            ));
        }
        if !recent.is_empty() {
            report.forms.push(PostForm::post(
                "Record what an organisation thought of a delivery",
                format!("/clusters/{slug}/services/satisfaction"),
                "Save",
                vec![
                    FormField::text("delivery_id", "Delivery", None, None).select(recent).required(),
                    satisfaction_field("rating"),
                ],
            ));
        }
        if can_manage {
            let input = ServiceInput { unit: Some("session".into()), ..Default::default() };
            report.forms.push(PostForm::post(
                "New service",
                format!("/clusters/{slug}/services"),
                "Add",
                service_fields(&input, None),
            ));
        }
    }
    Ok(report.into_response())
}

async fn create(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(input): CsrfForm<ServiceInput>,
) -> Result<Response, PageError> {
    let done =
        app::service::create(&state.app, &scope, &input).await.map(|_| "The service is in the catalogue.".to_string());
    after_action(&headers, &format!("/clusters/{slug}/services"), done)
}

#[derive(serde::Deserialize)]
struct DeliveryForm {
    #[serde(default)]
    service_id: String,
    #[serde(default)]
    organisation_id: String,
    #[serde(flatten)]
    input: DeliveryInput,
}

async fn deliver(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<DeliveryForm>,
) -> Result<Response, PageError> {
    let (service, organisation) =
        (parse_id(&form.service_id, "service")?, parse_id(&form.organisation_id, "organisation")?);
    let done = app::service::deliver(&state.app, &scope, service, organisation, &form.input, user.actor.email())
        .await
        .map(|_| "The delivery is recorded.".to_string());
    after_action(&headers, &format!("/clusters/{slug}/services"), done)
}

/// The satisfaction select; `name` tells two of them on one page apart.
fn satisfaction_field(name: &str) -> FormField {
    FormField::text(name, "Satisfaction (1 to 5)", None, None).select(options(
        "Not asked",
        [("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5")],
        None,
    ))
}

fn service_fields(input: &ServiceInput, errors: Option<&domain::Invalid>) -> Vec<FormField> {
    vec![
        FormField::text("name", "Name", input.name.as_deref(), errors).required(),
        FormField::text("kind", "Kind", input.kind.as_deref(), errors).required().hint(
            "training, internationalisation, market intelligence, matchmaking, consulting, visibility, access to funding, or your own",
        ),
        FormField::text("member_price", "Member price", input.member_price.as_deref(), errors).required(),
        FormField::text("non_member_price", "Non-member price", input.non_member_price.as_deref(), errors).required(),
        FormField::text("unit", "Per", input.unit.as_deref(), errors).hint("hour, day, session, report..."),
        FormField::text("tax_rate", "Tax rate (%)", input.tax_rate.as_deref(), errors),
        FormField::text("description", "Description", input.description.as_deref(), errors).input("textarea"),
    ]
}

async fn edit(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Service>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "services", "Service".into()).await?;
    let service = app::service::get(&state.app, &page.scope, id).await?;
    let fields = service_fields(&service.fields.to_input(page.scope.cluster().base_currency), None);
    let action = format!("/clusters/{slug}/services/{id}/edit");
    Ok(edit_page(page.layout, service.fields.name, action, format!("/clusters/{slug}/services"), fields, None))
}

async fn update(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Service>,
    CsrfForm(input): CsrfForm<ServiceInput>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "services", "Service".into()).await?;
    let service = app::service::get(&state.app, &page.scope, id).await?;
    let saved = app::service::update(&state.app, &page.scope, id, &input).await;
    let back = format!("/clusters/{slug}/services");
    saved_or_form(&headers, saved, &back, "The service is saved; deliveries recorded before keep their prices.", |e| {
        let action = format!("/clusters/{slug}/services/{id}/edit");
        edit_page(
            page.layout,
            service.fields.name.clone(),
            action,
            back.clone(),
            service_fields(&input, Some(e)),
            Some(e),
        )
    })
}

#[derive(serde::Deserialize)]
struct RatingForm {
    #[serde(default)]
    delivery_id: String,
    rating: Option<String>,
}

async fn rate(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<RatingForm>,
) -> Result<Response, PageError> {
    let id = parse_id(&form.delivery_id, "delivery")?;
    let done = app::service::rate(&state.app, &scope, id, form.rating.as_deref())
        .await
        .map(|()| "What the organisation thought is recorded.".to_string());
    after_action(&headers, &format!("/clusters/{slug}/services"), done)
}

async fn remove_delivery(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Delivery>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let done =
        app::service::remove_delivery(&state.app, &scope, id).await.map(|()| "The delivery is removed.".to_string());
    after_action(&headers, &format!("/clusters/{slug}/services"), done)
}

/// The deliveries chosen to go on one invoice.
#[derive(serde::Deserialize)]
struct InvoiceForm {
    #[serde(default)]
    delivery_ids: Vec<String>,
}

async fn invoice(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfListForm(form): CsrfListForm<InvoiceForm>,
) -> Result<Response, PageError> {
    let ids = form.delivery_ids.iter().map(|d| parse_id(d, "delivery")).collect::<Result<Vec<_>, _>>()?;
    match app::service::invoice(&state.app, &scope, &ids, user.actor.email()).await {
        Ok(invoice) => Ok(see_other_with(
            &headers,
            &format!("/clusters/{slug}/invoices/{invoice}"),
            "notice",
            "The deliveries are on this draft invoice; issue it when it is right.",
        )),
        Err(e) => after_action(&headers, &format!("/clusters/{slug}/services"), Err(e)),
    }
}

#[derive(serde::Deserialize)]
struct FormatQuery {
    format: Option<String>,
}

async fn export(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, PageError> {
    let table = app::service::deliveries_table(&state.app, &scope, &Default::default()).await?;
    Ok(crate::exports::download(table, q.format.as_deref(), "deliveries").await?)
}

async fn export_catalogue(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, PageError> {
    let table = app::service::catalogue_table(&state.app, &scope).await?;
    Ok(crate::exports::download(table, q.format.as_deref(), "services").await?)
}

async fn archive(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Service>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let done =
        app::service::archive(&state.app, &scope, id, true).await.map(|()| "The service is archived.".to_string());
    after_action(&headers, &format!("/clusters/{slug}/services"), done)
}

async fn restore(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Service>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let done = app::service::archive(&state.app, &scope, id, false)
        .await
        .map(|()| "The service is offered again.".to_string());
    after_action(&headers, &format!("/clusters/{slug}/services"), done)
}
