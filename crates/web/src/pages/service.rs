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
    let page = ClusterPage::open(&state, access, "services", reader::t("nav-services")).await?;
    let scope = page.scope.clone();
    let currency = scope.cluster().base_currency;
    let money = |minor: i64| crate::reader::money(Money::new(minor, currency));
    let catalogue = app::service::catalogue(&state.app, &scope).await?;
    let revenue = app::service::revenue(&state.app, &scope, None, None).await?;
    let deliveries = app::service::deliveries(&state.app, &scope, &Default::default()).await?;
    let can_edit = page.can_edit();
    let can_manage = scope.role().allows(domain::access::Permission::Manage);
    let mut report = ReportPage::new(page.layout, reader::t("nav-services"));
    report.notice = flash.notice;
    report.forms_last = true;
    report.problem = flash.problem;
    report.subheading = reader::t("service-subheading");
    report.actions = vec![
        link(reader::t("service-download-deliveries-csv"), format!("/clusters/{slug}/services/export")),
        link(reader::t("service-download-deliveries-xlsx"), format!("/clusters/{slug}/services/export?format=xlsx")),
        link(reader::t("service-download-catalogue-csv"), format!("/clusters/{slug}/services/catalogue/export")),
        link(
            reader::t("service-download-catalogue-xlsx"),
            format!("/clusters/{slug}/services/catalogue/export?format=xlsx"),
        ),
    ];
    let rows = catalogue
        .iter()
        .map(|s| {
            let f = &s.fields;
            let action = match (can_manage, s.archived_at.is_some()) {
                (false, _) => Cell::text(""),
                (true, false) => {
                    Cell::button(reader::t("archive"), format!("/clusters/{slug}/services/{}/archive", s.id))
                        .confirm(reader::t1("service-archive-confirm", "name", &f.name))
                }
                (true, true) => {
                    Cell::button(reader::t("restore"), format!("/clusters/{slug}/services/{}/restore", s.id))
                }
            };
            let name = if can_manage {
                Cell::link(&f.name, format!("/clusters/{slug}/services/{}/edit", s.id))
            } else {
                Cell::text(&f.name)
            };
            vec![
                name,
                Cell::text(kind_text(&f.kind)).class("optional"),
                Cell::text(format!("{} / {}", money(f.member_price_minor), f.unit)).class("num"),
                Cell::text(format!("{} / {}", money(f.non_member_price_minor), f.unit)).class("num"),
                Cell::text(domain::written::percent_text(f.tax_rate_basis_points)).class("num optional"),
                Cell::text(reader::t(if s.archived_at.is_some() { "service-archived" } else { "service-offered" })),
                action,
            ]
        })
        .collect();
    report.sections.push(Section {
        title: reader::t("service-catalogue"),
        table: plain_table(
            &[
                (reader::t("project-service"), ""),
                (reader::t("kind"), "optional"),
                (reader::t("nav-members"), "num"),
                (reader::t("service-others"), "num"),
                (reader::t("service-tax"), "num optional"),
                (String::new(), ""),
                (String::new(), ""),
            ],
            rows,
        ),
        empty: reader::t("service-no-services"),
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
        title: reader::t("service-revenue-by-year"),
        table: plain_table(
            &[
                (reader::t("service-year"), ""),
                (reader::t("project-service"), ""),
                (reader::t("service-deliveries"), "num"),
                (reader::t("project-amount"), "num"),
                (reader::t("service-invoiced"), "num optional"),
                (reader::t("service-to-members"), "num optional"),
                (reader::t("service-satisfaction"), "num optional"),
            ],
            revenue_rows,
        ),
        empty: reader::t("service-nothing-delivered"),
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
                Cell::text(if d.member_price {
                    reader::t1("service-member-price", "amount", money(d.amount_minor()))
                } else {
                    money(d.amount_minor())
                })
                .class("num"),
                match (&d.invoice_id, &d.invoice_number) {
                    (Some(i), Some(_)) if d.invoice_draft => {
                        Cell::link(reader::t("service-draft"), format!("/clusters/{slug}/invoices/{i}"))
                    }
                    (Some(i), Some(n)) => Cell::link(n, format!("/clusters/{slug}/invoices/{i}")),
                    _ if d.is_free() => Cell::text(reader::t("free")),
                    _ => Cell::text(reader::t("project-not-invoiced")).class("status-warning"),
                },
                Cell::text(d.fields.satisfaction.map(|s| format!("{s} / 5")).unwrap_or_default()).class("num optional"),
                if can_edit && !d.is_invoiced() {
                    Cell::button(reader::t("project-remove"), format!("/clusters/{slug}/deliveries/{}/remove", d.id))
                        .confirm(reader::t_args(
                            "service-remove-delivery-confirm",
                            &[
                                ("service", d.service_name.clone()),
                                ("organisation", d.organisation_name.clone()),
                                ("date", reader::day(d.fields.delivered_on)),
                            ],
                        ))
                } else {
                    Cell::text("")
                },
            ]
        })
        .collect();
    report.sections.push(Section {
        title: reader::t("service-latest-deliveries"),
        table: plain_table(
            &[
                (reader::t("service-delivered"), ""),
                (reader::t("project-service"), ""),
                (reader::t("organisation"), ""),
                (reader::t("service-units"), "num optional"),
                (reader::t("project-amount"), "num"),
                (reader::t("service-invoice"), ""),
                (reader::t("service-satisfaction"), "num optional"),
                (String::new(), ""),
            ],
            delivery_rows,
        ),
        empty: reader::t("service-no-deliveries"),
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
                label: reader::t_args(
                    "service-waiting-delivery",
                    &[
                        ("date", reader::day(d.fields.delivered_on)),
                        ("service", d.service_name.clone()),
                        ("organisation", d.organisation_name.clone()),
                        ("amount", money(d.amount_minor())),
                    ],
                ),
                selected: false,
            })
            .collect();
        let recent: Vec<SelectOption> = deliveries
            .iter()
            .take(100)
            .map(|d| SelectOption {
                value: d.id.to_string(),
                label: reader::t_args(
                    "service-recent-delivery",
                    &[
                        ("date", reader::day(d.fields.delivered_on)),
                        ("service", d.service_name.clone()),
                        ("organisation", d.organisation_name.clone()),
                    ],
                ),
                selected: false,
            })
            .collect();
        let select = |name: &str, label: &str, v: &[(String, String)]| {
            FormField::text(name, label, None, None)
                .select(options(&reader::t("project-choose"), v.iter().map(|(a, b)| (a.as_str(), b.as_str())), None))
                .required()
        };
        if !offered.is_empty() {
            report.forms.push(PostForm::post(
                reader::t("service-record-a-delivery"),
                format!("/clusters/{slug}/services/deliveries"),
                reader::t("project-record"),
                vec![
                    select("service_id", &reader::t("project-service"), &offered),
                    select("organisation_id", &reader::t("organisation"), &orgs),
                    FormField::text("delivered_on", &reader::t("service-delivered-on"), None, None)
                        .input("date")
                        .required(),
                    FormField::text("quantity", &reader::t("service-units"), Some("1"), None).input("number"),
                    satisfaction_field("satisfaction"),
                    FormField::text("note", &reader::t("service-note"), None, None),
                ]
                .into_iter()
                .map(|f| f.hint(""))
                .collect(),
            ));
        }
        if !waiting.is_empty() {
            report.forms.push(PostForm::post(
                reader::t("service-invoice-deliveries"),
                format!("/clusters/{slug}/services/invoice"),
                reader::t("service-make-the-draft-invoice"),
                vec![
                    FormField::text("delivery_ids", &reader::t("service-deliveries-not-invoiced"), None, None)
                        .checkboxes(waiting)
                        .hint(reader::t("service-invoice-deliveries-hint")),
                ],
            ));
        }
        if !recent.is_empty() {
            report.forms.push(PostForm::post(
                reader::t("service-record-satisfaction"),
                format!("/clusters/{slug}/services/satisfaction"),
                reader::t("project-save"),
                vec![
                    FormField::text("delivery_id", &reader::t("service-delivery"), None, None)
                        .select(recent)
                        .required(),
                    satisfaction_field("rating"),
                ],
            ));
        }
        if can_manage {
            let input = ServiceInput { unit: Some(reader::t("service-default-unit")), ..Default::default() };
            report.forms.push(PostForm::post(
                reader::t("service-new-service"),
                format!("/clusters/{slug}/services"),
                reader::t("project-add"),
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
    let done = app::service::create(&state.app, &scope, &input).await.map(|_| reader::t("service-created"));
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
        .map(|_| reader::t("service-delivery-recorded"));
    after_action(&headers, &format!("/clusters/{slug}/services"), done)
}

/// The satisfaction select; `name` tells two of them on one page apart.
fn satisfaction_field(name: &str) -> FormField {
    FormField::text(name, &reader::t("service-satisfaction-1-to-5"), None, None).select(options(
        &reader::t("service-not-asked"),
        [("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5")],
        None,
    ))
}

fn service_fields(input: &ServiceInput, errors: Option<&domain::Invalid>) -> Vec<FormField> {
    let t = reader::t;
    vec![
        FormField::text("name", &t("project-name"), input.name.as_deref(), errors).required(),
        FormField::text("kind", &t("kind"), input.kind.as_deref(), errors).required().hint(t("service-kind-hint")),
        FormField::text("member_price", &t("service-member-price-label"), input.member_price.as_deref(), errors)
            .required(),
        FormField::text("non_member_price", &t("service-non-member-price"), input.non_member_price.as_deref(), errors)
            .required(),
        FormField::text("unit", &t("service-per"), input.unit.as_deref(), errors).hint(t("service-unit-hint")),
        FormField::text("tax_rate", &t("service-tax-rate"), input.tax_rate.as_deref(), errors),
        FormField::text("description", &t("project-description"), input.description.as_deref(), errors)
            .input("textarea"),
    ]
}

/// A service's kind as people read it: a standard kind in the reader's language, or the
/// cluster's own kind as written.
fn kind_text(kind: &str) -> String {
    let key = match kind {
        "training" => "service-kind-training",
        "internationalisation" => "service-kind-internationalisation",
        "market_intelligence" => "service-kind-market-intelligence",
        "matchmaking" => "service-kind-matchmaking",
        "consulting" => "service-kind-consulting",
        "visibility" => "service-kind-visibility",
        "access_to_funding" => "service-kind-access-to-funding",
        own => return domain::service::kind_label(own).to_string(),
    };
    reader::t(key)
}

async fn edit(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Service>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "services", reader::t("project-service")).await?;
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
    let page = ClusterPage::open(&state, access, "services", reader::t("project-service")).await?;
    let service = app::service::get(&state.app, &page.scope, id).await?;
    let saved = app::service::update(&state.app, &page.scope, id, &input).await;
    let back = format!("/clusters/{slug}/services");
    saved_or_form(&headers, saved, &back, &reader::t("service-saved"), |e| {
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
        .map(|()| reader::t("service-satisfaction-recorded"));
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
        app::service::remove_delivery(&state.app, &scope, id).await.map(|()| reader::t("service-delivery-removed"));
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
            &reader::t("service-invoiced-notice"),
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
    let done = app::service::archive(&state.app, &scope, id, true).await.map(|()| reader::t("service-archived-notice"));
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
    let done = app::service::archive(&state.app, &scope, id, false).await.map(|()| reader::t("service-offered-again"));
    after_action(&headers, &format!("/clusters/{slug}/services"), done)
}
