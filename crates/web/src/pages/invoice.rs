//! Invoice pages: the list with its accounting export, a new service or event invoice, one
//! invoice with its payments, credit notes and corrections, and the printable invoice.

use crate::reader;
use app::auth::{Edit, Read};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{routing::get, routing::post};
use domain::access::Permission;
use domain::id::Uuid;
use domain::invoice::{InvoiceKind, InvoiceState};
use domain::money::Money;

use super::membership::money;
use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, NoFields, PageId, PageScope, resource};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/invoices", &["GET", "POST"], get(list).post(create))
        .route("/clusters/{cluster}/invoices/new", &["GET"], get(new))
        .route("/clusters/{cluster}/invoices/export", &["GET"], get(export_invoices))
        .route("/clusters/{cluster}/invoices/{id}", &["GET"], get(show))
        .route("/clusters/{cluster}/invoices/{id}/print", &["GET"], get(print))
        .route("/clusters/{cluster}/invoices/{id}/issue", &["POST"], post(issue))
        .route("/clusters/{cluster}/invoices/{id}/discard", &["POST"], post(discard))
        .route("/clusters/{cluster}/invoices/{id}/void", &["POST"], post(void))
        .route("/clusters/{cluster}/invoices/{id}/credit", &["POST"], post(credit))
}

/// The links of the invoices' pages that the role may follow: reading a bank statement and the
/// sent mail needs staff, the billing details a cluster manager.
pub(super) fn invoice_actions(slug: &str, role: domain::access::Role) -> Vec<Action> {
    use domain::access::Permission::{Edit, Manage, Read};
    [
        (Edit, "Bank statement", "payments/bank"),
        (Read, "Unmatched payments", "payments/unmatched"),
        (Read, "Reminders", "reminders"),
        (Edit, "Sent mail", "mail"),
        (Manage, "Billing details", "billing"),
    ]
    .into_iter()
    .filter(|(needs, _, _)| role.allows(*needs))
    .map(|(_, label, path)| link(label, format!("/clusters/{slug}/{path}")))
    .collect()
}

#[derive(Debug, Default, serde::Deserialize)]
pub(super) struct FormatQuery {
    pub format: Option<String>,
}

async fn export_invoices(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, PageError> {
    Ok(crate::exports::accounting(&state, &scope, "invoices", q.format.as_deref()).await?)
}

#[derive(Debug, Default, serde::Deserialize)]
struct ListQuery {
    state: Option<String>,
    kind: Option<String>,
    q: Option<String>,
}

fn kinds() -> impl Iterator<Item = (&'static str, &'static str)> {
    InvoiceKind::ALL.into_iter().map(|k| (k.code(), k.label()))
}

async fn list(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<ListQuery>,
    flash: Flash,
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
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.subheading = format!(
        "{}; {} outstanding{}",
        count_text(items.len() as i64, "invoice", "invoices"),
        Money::new(outstanding, page.scope.cluster().base_currency),
        if items.len() > shown.len() { "; the first 500 are shown, narrow the list to see the others" } else { "" }
    );
    report.actions = invoice_actions(&slug, page.scope.role());
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
        FormField::text("kind", "Kind", None, errors)
            .select(options(
                "Service",
                [("event", "Event"), ("fee", "Membership fee (issued from the customer's membership)")],
                non_empty(&form.kind).filter(|k| matches!(InvoiceKind::parse(k), Some(InvoiceKind::Event | InvoiceKind::Fee))),
            ))
            .hint("A membership fee takes you to the membership, which prices it and keeps the renewal from billing it twice."),
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
            submit: "Save draft".into(),
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
    if non_empty(&form.kind) == Some("fee") {
        return fee_from_membership(&state, page, &form).await;
    }
    match app::invoice::draft(&state.app, &page.scope, &form.input(), page.user.actor.email()).await {
        Ok(id) => {
            Ok(created(&format!("/clusters/{slug}/invoices/{id}"), "The draft is saved: check it, then issue it."))
        }
        Err(app::Error::Invalid(e) | app::Error::Conflict(e)) => draft_form(&state, page, &form, Some(&e)).await,
        Err(e) => Err(e.into()),
    }
}

/// A membership fee is never drafted by hand: the customer's current membership issues it.
async fn fee_from_membership(state: &AppState, page: ClusterPage, form: &DraftForm) -> Result<Response, PageError> {
    let slug = page.slug().to_string();
    let customer = form.input().organisation_id;
    let current = match customer {
        Some(o) => app::membership::of_organisation(&state.app, &page.scope, o)
            .await?
            .into_iter()
            .find(|m| m.membership.terminated_on.is_none() && m.membership.starts_on.is_some()),
        None => None,
    };
    match current {
        Some(m) => Ok(see_other_with(
            &HeaderMap::new(),
            &format!("/clusters/{slug}/memberships/{}", m.membership.id),
            "notice",
            "Issue the fee invoice from the membership: its type prices it, and the renewal will not bill it again.",
        )),
        None => {
            let why = match customer {
                None => "choose the customer whose membership fee to invoice",
                Some(_) => "the customer holds no accepted membership: add or accept one, then invoice its fee from it",
            };
            let e = domain::Invalid::one(if customer.is_none() { "organisation_id" } else { "kind" }, why);
            draft_form(state, page, form, Some(&e)).await
        }
    }
}

fn number_of(i: &domain::invoice::Invoice) -> String {
    if i.draft { "Draft".to_string() } else { i.number.clone() }
}

async fn show(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Invoice>,
    flash: Flash,
) -> Result<Response, PageError> {
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
        Fact::new("Issued", (!i.draft).then(|| reader::day(i.issued_on))),
        Fact::new("Due", (!i.draft && i.kind != InvoiceKind::CreditNote).then(|| reader::day(i.due_on))),
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
        report.forms.push(PostForm::post("Issue", format!("{base}/issue"), "Issue the invoice", Vec::new()).ask(
            "Issue the invoice? It takes the next number of the year and cannot be changed afterwards, only \
             corrected by a credit note.",
        ));
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
                FormField::text(
                    "overpayment",
                    "Keep what is paid above the amount owed as the customer's credit",
                    None,
                    None,
                )
                .input("checkbox")
                .hint("Without it, an amount above what is owed is refused."),
            ],
        ));
        if d.customer_credit_minor > 0 && i.outstanding_minor() > 0 {
            let usable = d.customer_credit_minor.min(i.outstanding_minor());
            report.forms.push(
                PostForm::post(
                    format!("The customer has {} of credit", show_money(d.customer_credit_minor)),
                    format!("{base}/apply-credit"),
                    "Use the credit",
                    Vec::new(),
                )
                .confirm(format!("Pay {} of this invoice from the customer's credit?", show_money(usable))),
            );
        }
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
                let state = match (&p.reversed_at, &p.reversal_reason) {
                    (Some(at), reason) => Cell::text(format!(
                        "Reversed on {}: {}",
                        reader::day(*at),
                        reason.as_deref().unwrap_or_default()
                    ))
                    .class("status-problem"),
                    (None, _) if p.kept_as_credit_minor > 0 => Cell::link(
                        format!("{} kept as credit", show_money(p.kept_as_credit_minor)),
                        format!("/clusters/{slug}/organisations/{}/credit", d.customer.id),
                    ),
                    (None, _) => Cell::text(""),
                };
                vec![
                    Cell::text(reader::day(p.paid_on)),
                    Cell::text(show_money(p.amount_minor)).class("num"),
                    Cell::text(&p.reference),
                    Cell::text(p.source.label()).class("optional"),
                    state,
                ]
            })
            .collect();
        if can_manage {
            for p in d.payments.iter().filter(|p| p.may_reverse().is_ok()) {
                report.forms.push(
                    PostForm::post(
                        format!(
                            "Reverse the payment of {} received on {}",
                            show_money(p.amount_minor),
                            reader::day(p.paid_on)
                        ),
                        format!("/clusters/{slug}/payments/{}/reverse", p.id),
                        "Reverse payment",
                        vec![FormField::text("reversal_reason", "Why", None, None).required()],
                    )
                    .confirm(
                        "Reverse this payment? It stays in the history, marked reversed, and the amount is owed again.",
                    ),
                );
            }
        }
        report.sections.push(Section {
            title: "Payments".into(),
            table: plain_table(
                &[("Received", ""), ("Amount", "num"), ("Reference", ""), ("From", "optional"), ("", "")],
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
                    Cell::text(reader::moment(r.sent_at)),
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

/// One line of a printed invoice, with its tax at the invoice's rate.
struct PrintedLine {
    description: String,
    quantity: String,
    price: String,
    net: String,
    tax: String,
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
    customer_address: Vec<String>,
    issued_on: String,
    due_on: Option<String>,
    lines: Vec<PrintedLine>,
    tax_rate: String,
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
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Invoice>,
) -> Result<Response, PageError> {
    let d = app::invoice::detail(&state.app, &scope, id).await?;
    let i = &d.invoice;
    let m = |minor: i64| money(minor, &i.currency);
    let kind = match i.kind {
        InvoiceKind::CreditNote => "Credit note",
        _ if i.draft => "Draft invoice",
        _ => "Invoice",
    };
    let o = &d.customer.fields;
    let customer_address = o.postal_address();
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
            .map(|l| PrintedLine {
                description: l.description.clone(),
                quantity: l.quantity.to_string(),
                price: m(l.unit_price_minor),
                net: m(l.net_minor),
                tax: m(domain::invoice::tax_minor(l.net_minor, i.tax_rate_basis_points)),
            })
            .collect(),
        tax_rate: domain::written::percent_text(i.tax_rate_basis_points),
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
pub(super) fn act(
    headers: &HeaderMap,
    slug: &str,
    id: Uuid,
    done: Result<String, app::Error>,
) -> Result<Response, PageError> {
    after_action(headers, &format!("/clusters/{slug}/invoices/{id}"), done)
}

async fn issue(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Invoice>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let done = app::invoice::issue(&state.app, &scope, id).await.map(|n| format!("Issued as {n}."));
    act(&headers, &slug, id, done)
}

async fn discard(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Invoice>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    match app::invoice::discard(&state.app, &scope, id).await {
        Ok(()) => {
            Ok(see_other_with(&headers, &format!("/clusters/{slug}/invoices"), "notice", "The draft is discarded."))
        }
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
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Invoice>,
    CsrfForm(form): CsrfForm<CorrectionForm>,
) -> Result<Response, PageError> {
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
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Invoice>,
    CsrfForm(form): CsrfForm<CorrectionForm>,
) -> Result<Response, PageError> {
    let reason = form.credit_reason.unwrap_or_default();
    let done = app::invoice::credit(&state.app, &scope, id, form.credit_amount.as_deref(), &reason, user.actor.email())
        .await
        .map(|(_, number)| format!("Credit note {number} issued."));
    act(&headers, &slug, id, done)
}
