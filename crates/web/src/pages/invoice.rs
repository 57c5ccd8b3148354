//! Invoice pages: the list with its accounting exports, a new service or event invoice, one
//! invoice with its payments, credit notes and corrections, the printable invoice, bank
//! statements and unmatched payments, reminders, and the issuer's billing details.

use crate::auth::PageScope;
use app::auth::{Edit, Manage, Read};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{routing::get, routing::post};
use domain::access::Permission;
use domain::id::Uuid;
use domain::invoice::{InvoiceKind, InvoiceState};

use super::membership::money;
use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/invoices", &["GET", "POST"], get(list).post(create))
        .route("/clusters/{cluster}/invoices/new", &["GET"], get(new))
        .route("/clusters/{cluster}/invoices/export", &["GET"], get(export_invoices))
        .route("/clusters/{cluster}/payments/export", &["GET"], get(export_payments))
        .route("/clusters/{cluster}/invoices/{id}", &["GET"], get(show))
        .route("/clusters/{cluster}/invoices/{id}/print", &["GET"], get(print))
        .route("/clusters/{cluster}/invoices/{id}/issue", &["POST"], post(issue))
        .route("/clusters/{cluster}/invoices/{id}/discard", &["POST"], post(discard))
        .route("/clusters/{cluster}/invoices/{id}/void", &["POST"], post(void))
        .route("/clusters/{cluster}/invoices/{id}/credit", &["POST"], post(credit))
        .route("/clusters/{cluster}/invoices/{id}/payments", &["POST"], post(pay))
        .route(
            "/clusters/{cluster}/payments/bank",
            &["GET", "POST"],
            get(bank_page).post(bank_upload).layer(axum::extract::DefaultBodyLimit::max(crate::IMPORT_LIMIT)),
        )
        .route("/clusters/{cluster}/payments/bank/{upload}", &["GET", "POST"], get(bank_check).post(bank_record))
        .route("/clusters/{cluster}/payments/unmatched", &["GET"], get(unmatched))
        .route("/clusters/{cluster}/payments/{id}/assign", &["POST"], post(assign))
        .route("/clusters/{cluster}/reminders", &["GET", "POST"], get(reminders).post(send_reminders))
        .route("/clusters/{cluster}/billing", &["GET", "POST"], get(billing).post(save_billing))
}

fn invoice_actions(slug: &str) -> Vec<Action> {
    vec![
        link("Bank statement", format!("/clusters/{slug}/payments/bank")),
        link("Unmatched payments", format!("/clusters/{slug}/payments/unmatched")),
        link("Reminders", format!("/clusters/{slug}/reminders")),
        link("Sent mail", format!("/clusters/{slug}/mail")),
        link("Billing details", format!("/clusters/{slug}/billing")),
    ]
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct FormatQuery {
    pub format: Option<String>,
}

async fn export_invoices(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, PageError> {
    Ok(crate::exports::accounting(&state, &scope, "invoices", q.format.as_deref()).await?)
}

async fn export_payments(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, PageError> {
    Ok(crate::exports::accounting(&state, &scope, "payments", q.format.as_deref()).await?)
}

#[derive(Debug, Default, serde::Deserialize)]
struct ListQuery {
    state: Option<String>,
    kind: Option<String>,
    q: Option<String>,
    notice: Option<String>,
}

fn kinds() -> impl Iterator<Item = (&'static str, &'static str)> {
    InvoiceKind::ALL.into_iter().map(|k| (k.code(), k.label()))
}

async fn list(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<ListQuery>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", "Invoices".into()).await?;
    let filter = app::invoice::InvoiceFilter {
        state: non_empty(&q.state).and_then(InvoiceState::parse),
        kind: non_empty(&q.kind).and_then(InvoiceKind::parse),
        search: non_empty(&q.q).map(String::from),
    };
    let items = app::invoice::list(&state.app, &page.scope, &filter).await?;
    let outstanding: i64 = items.iter().map(|i| i.invoice.outstanding_minor()).sum();
    let shown = &items[..items.len().min(500)];
    let rows = shown
        .iter()
        .map(|i| {
            let mut row = super::membership::invoice_row(&slug, &i.invoice, i.state);
            row.insert(
                1,
                Cell::link(&i.customer, format!("/clusters/{slug}/organisations/{}", i.invoice.organisation_id)),
            );
            row
        })
        .collect();
    let mut columns = super::membership::INVOICE_COLUMNS.to_vec();
    columns.insert(1, ("Customer", ""));
    let can_edit = page.can_edit();
    let mut report = ReportPage::new(page.layout, "Invoices");
    report.notice = q.notice.clone();
    report.subheading = format!(
        "{}; {} outstanding{}",
        count_text(items.len() as i64, "invoice", "invoices"),
        Money::new(outstanding, page.scope.cluster().base_currency),
        if items.len() > shown.len() { "; the first 500 are shown, narrow the list to see the others" } else { "" }
    );
    report.actions = invoice_actions(&slug);
    if can_edit {
        report.actions.insert(
            0,
            Action { label: "New invoice".into(), href: format!("/clusters/{slug}/invoices/new"), primary: true },
        );
    }
    let states: Vec<(&str, &str)> = InvoiceState::ALL.iter().map(|s| (s.code(), s.label())).collect();
    report.forms.push(PostForm::get(
        "Find",
        format!("/clusters/{slug}/invoices"),
        "Show",
        vec![
            FormField::text("q", "Number or customer", non_empty(&q.q), None),
            FormField::text("state", "State", None, None).select(options("Every state", states, non_empty(&q.state))),
            FormField::text("kind", "Kind", None, None).select(options("Every kind", kinds(), non_empty(&q.kind))),
        ],
    ));
    report.sections.push(Section {
        title: "Invoices".into(),
        table: plain_table(&columns, rows),
        empty: "No invoices match.".into(),
        actions: vec![
            link("Invoices CSV", format!("/clusters/{slug}/invoices/export?format=csv")),
            link("Invoices XLSX", format!("/clusters/{slug}/invoices/export?format=xlsx")),
            link("Payments CSV", format!("/clusters/{slug}/payments/export?format=csv")),
            link("Payments XLSX", format!("/clusters/{slug}/payments/export?format=xlsx")),
        ],
    });
    Ok(report.into_response())
}

use domain::money::Money;

/// The new-invoice form as posted: up to five lines.
#[derive(Debug, Default, serde::Deserialize)]
struct DraftForm {
    organisation: Option<String>,
    kind: Option<String>,
    tax_rate: Option<String>,
    note: Option<String>,
    #[serde(flatten)]
    lines: std::collections::HashMap<String, String>,
}

const FORM_LINES: usize = 5;

impl DraftForm {
    fn line(&self, n: usize, part: &str) -> Option<String> {
        self.lines.get(&format!("line{n}_{part}")).cloned()
    }

    fn input(&self) -> app::invoice::DraftInput {
        app::invoice::DraftInput {
            kind: self.kind.clone(),
            organisation_id: non_empty(&self.organisation).and_then(|o| Uuid::parse_str(o).ok()),
            tax_rate: self.tax_rate.clone(),
            note: self.note.clone(),
            lines: (1..=FORM_LINES)
                .map(|n| app::invoice::LineInput {
                    description: self.line(n, "description"),
                    quantity: self.line(n, "quantity"),
                    unit_price: self.line(n, "unit_price"),
                })
                .collect(),
        }
    }
}

async fn draft_form(
    state: &AppState,
    page: ClusterPage,
    form: &DraftForm,
    errors: Option<&domain::Invalid>,
) -> Result<Response, PageError> {
    let slug = page.slug().to_string();
    let choices: Vec<(String, String)> = app::invoice::customers(&state.app, &page.scope)
        .await?
        .into_iter()
        .map(|(id, name)| (id.to_string(), name))
        .collect();
    let currency = page.scope.cluster().base_currency;
    let mut fields = vec![
        FormField::text("organisation", "Customer", None, errors).required().select(options(
            "(choose)",
            choices.iter().map(|(v, l)| (v.as_str(), l.as_str())),
            non_empty(&form.organisation),
        )),
        FormField::text("kind", "Kind", None, errors).select(options(
            "Service",
            [("event", "Event")],
            non_empty(&form.kind).filter(|k| *k == "event"),
        )),
        FormField::text("tax_rate", "Tax rate (%)", form.tax_rate.as_deref(), errors).hint("Empty or 0 for none."),
        FormField::text("note", "Note on the invoice", form.note.as_deref(), errors).input("textarea"),
    ];
    fields[0].error = errors.and_then(|e| e.message_for("organisation_id")).map(String::from);
    for n in 1..=FORM_LINES {
        let error = errors.and_then(|e| e.message_for(&format!("line_{n}"))).map(String::from);
        let mut description = FormField::text(
            &format!("line{n}_description"),
            &format!("Line {n}: what for"),
            form.line(n, "description").as_deref(),
            None,
        );
        description.error = error;
        fields.push(description);
        fields.push(
            FormField::text(
                &format!("line{n}_quantity"),
                &format!("Line {n}: quantity"),
                form.line(n, "quantity").as_deref(),
                None,
            )
            .hint("1 when empty"),
        );
        fields.push(FormField::text(
            &format!("line{n}_unit_price"),
            &format!("Line {n}: price of one ({currency})"),
            form.line(n, "unit_price").as_deref(),
            None,
        ));
    }
    let status = if errors.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let cancel_href = match non_empty(&form.organisation) {
        Some(o) => format!("/clusters/{slug}/organisations/{o}"),
        None => format!("/clusters/{slug}/invoices"),
    };
    Ok((
        status,
        FormPage {
            heading: "New invoice".into(),
            action: format!("/clusters/{slug}/invoices"),
            submit: "Save draft",
            cancel_href,
            fields,
            has_errors: errors.is_some(),
            intro: "A service or event invoice. It is saved as a draft: check it, then issue it to give it its number."
                .into(),
            links: Vec::new(),
            layout: page.layout,
        },
    )
        .into_response())
}

#[derive(Debug, Default, serde::Deserialize)]
struct NewQuery {
    organisation: Option<String>,
}

async fn new(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Query(q): Query<NewQuery>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", "New invoice".into()).await?;
    let form = DraftForm { organisation: q.organisation, ..Default::default() };
    draft_form(&state, page, &form, None).await
}

async fn create(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<DraftForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", "New invoice".into()).await?;
    match app::invoice::draft(&state.app, &page.scope, &form.input(), page.user.actor.email()).await {
        Ok(id) => Ok(Redirect::to(&format!("/clusters/{slug}/invoices/{id}")).into_response()),
        Err(app::Error::Invalid(e)) => draft_form(&state, page, &form, Some(&e)).await,
        Err(e) => Err(e.into()),
    }
}

fn number_of(i: &domain::invoice::Invoice) -> String {
    if i.draft { "Draft".to_string() } else { i.number.clone() }
}

async fn show(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path((slug, id)): Path<(String, String)>,
    Query(flash): Query<Flash>,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "invoice")?;
    let page = ClusterPage::open(&state, access, "invoices", "Invoice".into()).await?;
    let scope = &page.scope;
    let d = app::invoice::detail(&state.app, scope, id).await?;
    let i = &d.invoice;
    let show_money = |m: i64| money(m, &i.currency);
    let can_edit = page.can_edit();
    let can_manage = scope.role().allows(Permission::Manage);
    let mut layout = page.layout;
    layout.title = format!("Invoice {}", number_of(i));
    let mut report = ReportPage::new(layout, format!("{} {}", i.kind.label(), number_of(i)));
    report.subheading = format!("{}, {}", d.customer.fields.name, d.state.label());
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.actions = vec![
        link("Printable invoice", format!("/clusters/{slug}/invoices/{id}/print")),
        link(d.customer.fields.name.clone(), format!("/clusters/{slug}/organisations/{}", d.customer.id)),
        link("All invoices", format!("/clusters/{slug}/invoices")),
    ];
    let mut facts = vec![
        Fact {
            label: "Customer".into(),
            value: d.customer.fields.name.clone(),
            href: Some(format!("/clusters/{slug}/organisations/{}", d.customer.id)),
        },
        Fact::new("State", Some(d.state.label())),
        Fact::new("Issued", (!i.draft).then(|| i.issued_on.to_string())),
        Fact::new("Due", (!i.draft && i.kind != InvoiceKind::CreditNote).then(|| i.due_on.to_string())),
        Fact::new("Net", Some(show_money(i.net_minor))),
        Fact::new(
            format!("Tax ({})", domain::written::percent_text(i.tax_rate_basis_points)),
            Some(show_money(i.tax_minor)),
        ),
        Fact::new("Total", Some(show_money(i.gross_minor))),
    ];
    if i.credited_minor != 0 {
        facts.push(Fact::new("Credited", Some(show_money(i.credited_minor))));
    }
    if i.kind != InvoiceKind::CreditNote {
        facts.push(Fact::new("Paid", Some(show_money(i.paid_minor))));
        facts.push(Fact::new("Outstanding", Some(show_money(i.outstanding_minor()))));
    }
    if let Some(original) = &d.corrects {
        facts.push(Fact {
            label: "Corrects".into(),
            value: original.number.clone(),
            href: Some(format!("/clusters/{slug}/invoices/{}", original.id)),
        });
    }
    if !i.explanation.is_empty() {
        facts.push(Fact::new(
            if i.kind == InvoiceKind::Fee { "How the fee is made" } else { "Note" },
            Some(i.explanation.clone()),
        ));
    }
    if let Some(reason) = &i.void_reason {
        facts.push(Fact::new("Void because", Some(reason.clone())));
    }
    report.facts = facts;
    let base = format!("/clusters/{slug}/invoices/{id}");
    if can_edit && i.draft {
        report.forms.push(PostForm::post("Issue", format!("{base}/issue"), "Issue the invoice", Vec::new()));
        report.forms.push(
            PostForm::post("Discard", format!("{base}/discard"), "Discard the draft", Vec::new())
                .confirm("Discard this draft? It has no number yet; nothing else is lost."),
        );
    }
    if can_edit && d.state.is_open() && i.may_pay().is_ok() {
        let today_text = state.app.today(scope).to_string();
        let owed = domain::money::Money::new(i.outstanding_minor(), scope.cluster().base_currency).to_decimal();
        report.forms.push(PostForm::post(
            "Record a payment",
            format!("{base}/payments"),
            "Record payment",
            vec![
                FormField::text("paid_on", "Received on", Some(&today_text), None).input("date"),
                FormField::text("amount", "Amount", Some(&owed), None).required(),
                FormField::text("reference", "Reference", None, None),
            ],
        ));
    }
    if can_manage && i.may_credit().is_ok() {
        report.forms.push(
            PostForm::post(
                "Credit note",
                format!("{base}/credit"),
                "Issue credit note",
                vec![
                    FormField::text("credit_amount", "Amount to credit", None, None)
                        .hint("Empty for all that is not credited yet."),
                    FormField::text("credit_reason", "What it corrects", None, None).required(),
                ],
            )
            .confirm("Issue a credit note? It takes the next invoice number and cannot be deleted."),
        );
    }
    if can_manage && i.may_void().is_ok() {
        report.forms.push(
            PostForm::post(
                "Void",
                format!("{base}/void"),
                "Void the invoice",
                vec![FormField::text("void_reason", "Why", None, None).required()],
            )
            .confirm("Void this invoice? It keeps its number, marked void, and nothing is owed on it."),
        );
    }
    let lines = d
        .lines
        .iter()
        .map(|l| {
            vec![
                Cell::text(&l.description),
                Cell::text(l.quantity.to_string()).class("num"),
                Cell::text(show_money(l.unit_price_minor)).class("num"),
                Cell::text(show_money(l.net_minor)).class("num"),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: "Lines".into(),
        table: plain_table(&[("Description", ""), ("Quantity", "num"), ("Price", "num"), ("Net", "num")], lines),
        empty: "No lines.".into(),
        actions: Vec::new(),
    });
    if i.kind != InvoiceKind::CreditNote {
        let payments = d
            .payments
            .iter()
            .map(|p| {
                vec![
                    Cell::text(p.paid_on.to_string()),
                    Cell::text(show_money(p.amount_minor)).class("num"),
                    Cell::text(&p.reference),
                    Cell::text(p.source.label()).class("optional"),
                ]
            })
            .collect();
        report.sections.push(Section {
            title: "Payments".into(),
            table: plain_table(
                &[("Received", ""), ("Amount", "num"), ("Reference", ""), ("From", "optional")],
                payments,
            ),
            empty: "Nothing paid yet.".into(),
            actions: Vec::new(),
        });
    }
    if !d.credit_notes.is_empty() {
        let today = state.app.today(scope);
        let rows = d.credit_notes.iter().map(|c| super::membership::invoice_row(&slug, c, c.state(today))).collect();
        report.sections.push(Section {
            title: "Credit notes".into(),
            table: plain_table(&super::membership::INVOICE_COLUMNS, rows),
            empty: String::new(),
            actions: Vec::new(),
        });
    }
    if !d.reminders.is_empty() {
        let rows = d
            .reminders
            .iter()
            .map(|r| {
                vec![
                    Cell::text(r.sent_at.format("%Y-%m-%d %H:%M").to_string()),
                    Cell::text(&r.sent_to),
                    Cell::text(&r.sent_by).class("optional"),
                ]
            })
            .collect();
        report.sections.push(Section {
            title: "Reminders sent".into(),
            table: plain_table(&[("When", ""), ("To", ""), ("By", "optional")], rows),
            empty: String::new(),
            actions: Vec::new(),
        });
    }
    Ok(report.into_response())
}

#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "invoice_print.html")]
struct PrintPage {
    title: String,
    kind: &'static str,
    number: String,
    state: InvoiceState,
    issuer: domain::cluster::BillingDetails,
    issuer_name: String,
    customer: String,
    customer_vat_id: Option<String>,
    customer_address: String,
    issued_on: String,
    due_on: Option<String>,
    lines: Vec<(String, String, String, String)>,
    net: String,
    tax_label: String,
    tax: String,
    gross: String,
    credited: Option<String>,
    paid: Option<String>,
    outstanding: Option<String>,
    note: String,
    corrects: Option<String>,
    reference: String,
    back_href: String,
}

async fn print(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "invoice")?;
    let d = app::invoice::detail(&state.app, &scope, id).await?;
    let i = &d.invoice;
    let m = |minor: i64| money(minor, &i.currency);
    let kind = match i.kind {
        InvoiceKind::CreditNote => "Credit note",
        _ if i.draft => "Draft invoice",
        _ => "Invoice",
    };
    let o = &d.customer.fields;
    let customer_address = [o.region.clone(), o.country.as_ref().map(|c| c.as_str().to_string())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let page = PrintPage {
        title: format!("{kind} {}", number_of(i)),
        kind,
        number: number_of(i),
        state: d.state,
        issuer_name: d.issuer.legal_name.clone().unwrap_or_else(|| d.cluster_name.clone()),
        issuer: d.issuer.clone(),
        customer: o.name.clone(),
        customer_vat_id: o.vat_id.clone(),
        customer_address,
        issued_on: i.issued_on.format("%-d %B %Y").to_string(),
        due_on: (i.kind != InvoiceKind::CreditNote).then(|| i.due_on.format("%-d %B %Y").to_string()),
        lines: d
            .lines
            .iter()
            .map(|l| (l.description.clone(), l.quantity.to_string(), m(l.unit_price_minor), m(l.net_minor)))
            .collect(),
        net: m(i.net_minor),
        tax_label: format!("Tax {}", domain::written::percent_text(i.tax_rate_basis_points)),
        tax: m(i.tax_minor),
        gross: m(i.gross_minor),
        credited: (i.credited_minor != 0).then(|| m(i.credited_minor)),
        paid: (i.paid_minor != 0).then(|| m(i.paid_minor)),
        outstanding: (i.paid_minor != 0 || i.credited_minor != 0).then(|| m(i.outstanding_minor())),
        note: i.explanation.clone(),
        corrects: d.corrects.as_ref().map(|c| c.number.clone()),
        reference: number_of(i),
        back_href: format!("/clusters/{slug}/invoices/{id}"),
    };
    Ok(page.into_response())
}

/// Goes back to the invoice with what an action did, or why not.
fn act(headers: &HeaderMap, slug: &str, id: Uuid, done: Result<String, app::Error>) -> Result<Response, PageError> {
    after_action(headers, &format!("/clusters/{slug}/invoices/{id}"), done)
}

async fn issue(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "invoice")?;
    let done = app::invoice::issue(&state.app, &scope, id).await.map(|n| format!("Issued as {n}."));
    act(&headers, &slug, id, done)
}

async fn discard(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "invoice")?;
    match app::invoice::discard(&state.app, &scope, id).await {
        Ok(()) => Ok(see_other(
            &headers,
            &with_message(&format!("/clusters/{slug}/invoices"), "notice", "The draft is discarded."),
        )),
        Err(e) => act(&headers, &slug, id, Err(e)),
    }
}

/// The void and credit-note forms, whose fields share the invoice page with the payment form's.
#[derive(Debug, serde::Deserialize)]
struct CorrectionForm {
    void_reason: Option<String>,
    credit_reason: Option<String>,
    credit_amount: Option<String>,
}

async fn void(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<CorrectionForm>,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "invoice")?;
    let reason = form.void_reason.unwrap_or_default();
    let done = app::invoice::void(&state.app, &scope, id, &reason, user.actor.email())
        .await
        .map(|()| "The invoice is void.".to_string());
    act(&headers, &slug, id, done)
}

async fn credit(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<CorrectionForm>,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "invoice")?;
    let reason = form.credit_reason.unwrap_or_default();
    let done = app::invoice::credit(&state.app, &scope, id, form.credit_amount.as_deref(), &reason, user.actor.email())
        .await
        .map(|(_, number)| format!("Credit note {number} issued."));
    act(&headers, &slug, id, done)
}

async fn pay(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<app::invoice::PaymentInput>,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "invoice")?;
    let done = app::invoice::record_payment(&state.app, &scope, id, &form, user.actor.email())
        .await
        .map(|_| "The payment is recorded.".to_string());
    act(&headers, &slug, id, done)
}

async fn bank_page(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Query(flash): Query<Flash>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", "Bank statement".into()).await?;
    Ok(bank_upload_view(page, flash.problem).into_response())
}

#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "bank_upload.html")]
struct BankUploadPage {
    layout: Layout,
    action: String,
    limit_mib: usize,
    problem: Option<String>,
    unmatched_href: String,
}

fn bank_upload_view(page: ClusterPage, problem: Option<String>) -> BankUploadPage {
    let slug = page.slug().to_string();
    BankUploadPage {
        action: format!("/clusters/{slug}/payments/bank"),
        limit_mib: crate::IMPORT_LIMIT / 1024 / 1024,
        problem,
        unmatched_href: format!("/clusters/{slug}/payments/unmatched"),
        layout: page.layout,
    }
}

async fn bank_upload(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path(slug): Path<String>,
    form: crate::auth::UploadForm,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", "Bank statement".into()).await?;
    let Some((name, bytes)) = form.file else {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, bank_upload_view(page, Some("Choose a file to upload.".into())))
            .into_response());
    };
    match app::import::save_upload(&state.app, &page.scope, &name, &bytes, page.user.actor.email()).await {
        Ok(id) => Ok(Redirect::to(&format!("/clusters/{slug}/payments/bank/{id}")).into_response()),
        Err(app::Error::BadRequest(message)) => {
            let view = bank_upload_view(page, Some(format!("This file cannot be read: {message}.")));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, view).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

fn bank_rows(slug: &str, report: &app::invoice::BankImport, currency: domain::money::Currency) -> Vec<Vec<Cell>> {
    report
        .lines
        .iter()
        .map(|l| {
            let outcome = match &l.outcome {
                app::invoice::BankOutcome::Matched { invoice_id, number, customer, by } => Cell::link(
                    format!("{number} ({customer}, by {by})"),
                    format!("/clusters/{slug}/invoices/{invoice_id}"),
                )
                .class("status-ok"),
                app::invoice::BankOutcome::Unmatched => {
                    Cell::text("No invoice found: kept as unmatched").class("status-warning")
                }
                app::invoice::BankOutcome::Outgoing => Cell::text("Money out: left alone"),
                app::invoice::BankOutcome::AlreadyRecorded => Cell::text("Recorded before"),
            };
            vec![
                Cell::text(l.line.to_string()).class("num optional"),
                Cell::text(l.paid_on.to_string()),
                Cell::text(Money::new(l.amount_minor, currency).to_string()).class("num"),
                Cell::text(&l.reference),
                outcome,
            ]
        })
        .collect()
}

async fn bank_check(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((slug, upload)): Path<(String, String)>,
    Query(flash): Query<Flash>,
) -> Result<Response, PageError> {
    let upload = parse_id(&upload, "upload")?;
    let page = ClusterPage::open(&state, access, "invoices", "Bank statement".into()).await?;
    let scope = &page.scope;
    let (name, bytes) = app::import::load_upload(&state.app, scope, upload).await?;
    let currency = scope.cluster().base_currency;
    let mut report = ReportPage::new(page.layout, format!("Bank statement {name}"));
    report.actions = invoice_actions(&slug);
    report.notice = flash.notice;
    report.problem = flash.problem;
    match app::invoice::bank_statement(&state.app, scope, &bytes, page.user.actor.email(), true).await {
        Err(app::Error::BadRequest(message)) => {
            report.problem = Some(format!("This statement cannot be read: {message}."))
        }
        Err(e) => return Err(e.into()),
        Ok(preview) => {
            report.subheading = "What recording this statement will do, line by line. Nothing is recorded yet.".into();
            report.facts = vec![
                Fact::new("Matched to an invoice", Some(preview.matched.to_string())),
                Fact::new("Unmatched, kept to assign by hand", Some(preview.unmatched.to_string())),
                Fact::new("Recorded before", Some(preview.already_recorded.to_string())),
            ];
            if !preview.errors.is_empty() {
                report.problem = Some(format!(
                    "{} lines cannot be read, so nothing can be recorded: {}",
                    preview.errors.len(),
                    preview.errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; ")
                ));
            } else if preview.matched + preview.unmatched > 0 {
                report.forms.push(PostForm::post(
                    "Record",
                    format!("/clusters/{slug}/payments/bank/{upload}"),
                    "Record the payments",
                    Vec::new(),
                ));
            }
            report.sections.push(Section {
                title: "Lines".into(),
                table: plain_table(
                    &[("Line", "num optional"), ("Date", ""), ("Amount", "num"), ("Text", ""), ("Outcome", "")],
                    bank_rows(&slug, &preview, currency),
                ),
                empty: "The statement has no lines.".into(),
                actions: Vec::new(),
            });
        }
    }
    Ok(report.into_response())
}

async fn bank_record(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, upload)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let upload = parse_id(&upload, "upload")?;
    let (_, bytes) = app::import::load_upload(&state.app, &scope, upload).await?;
    let back = format!("/clusters/{slug}/payments/bank/{upload}");
    let report = app::invoice::bank_statement(&state.app, &scope, &bytes, user.actor.email(), false).await?;
    let message = if report.recorded {
        format!("{} payments recorded on invoices; {} kept as unmatched.", report.matched, report.unmatched)
    } else {
        "Nothing was recorded: some lines cannot be read.".into()
    };
    Ok(see_other(&headers, &with_message(&back, if report.recorded { "notice" } else { "problem" }, &message)))
}

async fn unmatched(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(flash): Query<Flash>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", "Unmatched payments".into()).await?;
    let currency = page.scope.cluster().base_currency;
    let payments = app::invoice::unmatched(&state.app, &page.scope).await?;
    let can_edit = page.can_edit();
    let mut report = ReportPage::new(page.layout, "Unmatched payments");
    report.subheading =
        "Money received that no invoice number or VAT id settled. Give each the invoice it pays.".into();
    report.actions = invoice_actions(&slug);
    report.notice = flash.notice;
    report.problem = flash.problem;
    for p in &payments {
        if can_edit {
            report.forms.push(PostForm::post(
                format!("{} on {}: {}", Money::new(p.amount_minor, currency), p.paid_on, p.reference),
                format!("/clusters/{slug}/payments/{}/assign", p.id),
                "Assign",
                vec![FormField::text("number", "Invoice number", None, None).required()],
            ));
        }
    }
    let rows = payments
        .iter()
        .map(|p| {
            vec![
                Cell::text(p.paid_on.to_string()),
                Cell::text(Money::new(p.amount_minor, currency).to_string()).class("num"),
                Cell::text(&p.reference),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: "Payments".into(),
        table: plain_table(&[("Received", ""), ("Amount", "num"), ("Text", "")], rows),
        empty: "Every payment received is matched to an invoice.".into(),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

#[derive(Debug, serde::Deserialize)]
struct AssignForm {
    number: Option<String>,
}

async fn assign(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<AssignForm>,
) -> Result<Response, PageError> {
    let id = parse_id(&id, "payment")?;
    let back = format!("/clusters/{slug}/payments/unmatched");
    let done = app::invoice::assign(&state.app, &scope, id, form.number.as_deref().unwrap_or_default())
        .await
        .map(|number| format!("The payment now pays {number}."));
    after_action(&headers, &back, done)
}

async fn reminders(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(flash): Query<Flash>,
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
    report.actions = invoice_actions(&slug);
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
            Ok(see_other(&headers, &with_message(&back, "notice", &message)))
        }
        Err(e @ app::Error::BadRequest(_)) => Ok(see_other(&headers, &with_message(&back, "problem", &e.to_string()))),
        Err(e) => Err(e.into()),
    }
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
            submit: "Save",
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
        Ok(()) => {
            Ok(Redirect::to(&with_message(&format!("/clusters/{slug}/invoices"), "notice", "Billing details saved."))
                .into_response())
        }
        Err(app::Error::Invalid(e)) => Ok(billing_form(page, &details, Some(&e))),
        Err(e) => Err(e.into()),
    }
}
