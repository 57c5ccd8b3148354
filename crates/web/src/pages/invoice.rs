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

use super::membership::{invoice_columns, kind_label, money, payment_source_label, state_label};
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
        (Edit, "billing-bank-statement", "payments/bank"),
        (Read, "billing-unmatched-payments", "payments/unmatched"),
        (Read, "billing-reminders", "reminders"),
        (Edit, "billing-sent-mail", "mail"),
        (Manage, "billing-billing-details", "billing"),
    ]
    .into_iter()
    .filter(|(needs, _, _)| role.allows(*needs))
    .map(|(_, label, path)| link(reader::t(label), format!("/clusters/{slug}/{path}")))
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

fn kinds() -> Vec<(&'static str, String)> {
    InvoiceKind::ALL.into_iter().map(|k| (k.code(), kind_label(k))).collect()
}

async fn list(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<ListQuery>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", reader::t("nav-invoices")).await?;
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
    let mut columns = invoice_columns();
    columns.insert(1, (reader::t("billing-customer"), ""));
    let can_edit = page.can_edit();
    let mut report = ReportPage::new(page.layout, reader::t("nav-invoices"));
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.subheading = format!(
        "{}{}",
        reader::t2(
            "billing-outstanding-summary",
            "invoices",
            reader::t_count("billing-invoices-n", items.len() as i64),
            "amount",
            reader::money(Money::new(outstanding, page.scope.cluster().base_currency)),
        ),
        if items.len() > shown.len() { format!("; {}", reader::t("billing-first-500")) } else { String::new() }
    );
    report.actions = invoice_actions(&slug, page.scope.role());
    if can_edit {
        report.actions.insert(
            0,
            Action {
                label: reader::t("billing-new-invoice"),
                href: format!("/clusters/{slug}/invoices/new"),
                primary: true,
            },
        );
    }
    let states: Vec<(&str, String)> = InvoiceState::ALL.iter().map(|s| (s.code(), state_label(*s))).collect();
    let kinds = kinds();
    report.forms.push(PostForm::get(
        reader::t("billing-find"),
        format!("/clusters/{slug}/invoices"),
        reader::t("billing-show"),
        vec![
            FormField::text("q", &reader::t("billing-number-or-customer"), non_empty(&q.q), None),
            FormField::text("state", &reader::t("billing-state"), None, None).select(options(
                &reader::t("billing-every-state"),
                states.iter().map(|(code, label)| (*code, label.as_str())),
                non_empty(&q.state),
            )),
            FormField::text("kind", &reader::t("kind"), None, None).select(options(
                &reader::t("billing-every-kind"),
                kinds.iter().map(|(code, label)| (*code, label.as_str())),
                non_empty(&q.kind),
            )),
        ],
    ));
    report.sections.push(Section {
        title: reader::t("nav-invoices"),
        table: plain_table(&columns, rows),
        empty: reader::t("billing-no-invoices-match"),
        actions: vec![
            link(reader::t("billing-invoices-csv"), format!("/clusters/{slug}/invoices/export?format=csv")),
            link(reader::t("billing-invoices-xlsx"), format!("/clusters/{slug}/invoices/export?format=xlsx")),
            link(reader::t("billing-payments-csv"), format!("/clusters/{slug}/payments/export?format=csv")),
            link(reader::t("billing-payments-xlsx"), format!("/clusters/{slug}/payments/export?format=xlsx")),
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
        FormField::text("organisation", &reader::t("billing-customer"), None, errors).required().select(options(
            &reader::t("choose"),
            choices.iter().map(|(v, l)| (v.as_str(), l.as_str())),
            non_empty(&form.organisation),
        )),
        FormField::text("kind", &reader::t("kind"), None, errors)
            .select(options(
                &kind_label(InvoiceKind::Service),
                [
                    ("event", kind_label(InvoiceKind::Event).as_str()),
                    ("fee", reader::t("billing-fee-from-membership-option").as_str()),
                ],
                non_empty(&form.kind)
                    .filter(|k| matches!(InvoiceKind::parse(k), Some(InvoiceKind::Event | InvoiceKind::Fee))),
            ))
            .hint(reader::t("billing-kind-hint")),
        FormField::text("tax_rate", &reader::t("billing-tax-rate"), form.tax_rate.as_deref(), errors)
            .hint(reader::t("billing-tax-rate-none-hint")),
        FormField::text("note", &reader::t("billing-note-on-invoice"), form.note.as_deref(), errors).input("textarea"),
    ];
    fields[0].error = errors.and_then(|e| e.message_for("organisation_id")).map(String::from);
    for n in 1..=FORM_LINES {
        let error = errors.and_then(|e| e.message_for(&format!("line_{n}"))).map(String::from);
        let mut description = FormField::text(
            &format!("line{n}_description"),
            &reader::t1("billing-line-what-for", "n", n),
            form.line(n, "description").as_deref(),
            None,
        );
        description.error = error;
        fields.push(description);
        fields.push(
            FormField::text(
                &format!("line{n}_quantity"),
                &reader::t1("billing-line-quantity", "n", n),
                form.line(n, "quantity").as_deref(),
                None,
            )
            .hint(reader::t("billing-quantity-hint")),
        );
        fields.push(FormField::text(
            &format!("line{n}_unit_price"),
            &reader::t2("billing-line-price", "n", n, "currency", currency),
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
            heading: reader::t("billing-new-invoice"),
            action: format!("/clusters/{slug}/invoices"),
            submit: reader::t("billing-save-draft").into(),
            cancel_href,
            fields,
            has_errors: errors.is_some(),
            intro: reader::t("billing-draft-intro"),
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
    let page = ClusterPage::open(&state, access, "invoices", reader::t("billing-new-invoice")).await?;
    let form = DraftForm { organisation: q.organisation, ..Default::default() };
    draft_form(&state, page, &form, None).await
}

async fn create(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<DraftForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", reader::t("billing-new-invoice")).await?;
    if non_empty(&form.kind) == Some("fee") {
        return fee_from_membership(&state, page, &form).await;
    }
    match app::invoice::draft(&state.app, &page.scope, &form.input(), page.user.actor.email()).await {
        Ok(id) => Ok(created(&format!("/clusters/{slug}/invoices/{id}"), reader::t("billing-draft-saved"))),
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
            &reader::t("billing-issue-from-membership"),
        )),
        None => {
            let why = match customer {
                None => reader::t("billing-choose-fee-customer"),
                Some(_) => reader::t("billing-no-accepted-membership"),
            };
            let e = domain::Invalid::one(if customer.is_none() { "organisation_id" } else { "kind" }, why);
            draft_form(state, page, form, Some(&e)).await
        }
    }
}

fn number_of(i: &domain::invoice::Invoice) -> String {
    if i.draft { reader::t("billing-draft") } else { i.number.clone() }
}

async fn show(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Invoice>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "invoices", reader::t("billing-invoice")).await?;
    let scope = &page.scope;
    let d = app::invoice::detail(&state.app, scope, id).await?;
    let i = &d.invoice;
    let show_money = |m: i64| money(m, &i.currency);
    let can_edit = page.can_edit();
    let can_manage = scope.role().allows(Permission::Manage);
    let mut layout = page.layout;
    layout.title = reader::t1("billing-invoice-title", "number", number_of(i));
    let mut report = ReportPage::new(layout, format!("{} {}", kind_label(i.kind), number_of(i)));
    report.subheading = format!("{}, {}", d.customer.fields.name, state_label(d.state));
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.actions = vec![
        link(reader::t("billing-printable-invoice"), format!("/clusters/{slug}/invoices/{id}/print")),
        link(d.customer.fields.name.clone(), format!("/clusters/{slug}/organisations/{}", d.customer.id)),
        link(reader::t("billing-all-invoices"), format!("/clusters/{slug}/invoices")),
    ];
    let mut facts = vec![
        Fact {
            label: reader::t("billing-customer"),
            value: d.customer.fields.name.clone(),
            href: Some(format!("/clusters/{slug}/organisations/{}", d.customer.id)),
        },
        Fact::new(reader::t("billing-state"), Some(state_label(d.state))),
        Fact::new(reader::t("billing-issued"), (!i.draft).then(|| reader::day(i.issued_on))),
        Fact::new(
            reader::t("billing-due"),
            (!i.draft && i.kind != InvoiceKind::CreditNote).then(|| reader::day(i.due_on)),
        ),
        Fact::new(reader::t("billing-net"), Some(show_money(i.net_minor))),
        Fact::new(
            reader::t1("billing-tax-percent", "rate", domain::written::percent_text(i.tax_rate_basis_points)),
            Some(show_money(i.tax_minor)),
        ),
        Fact::new(reader::t("billing-total"), Some(show_money(i.gross_minor))),
    ];
    if i.credited_minor != 0 {
        facts.push(Fact::new(reader::t("billing-credited"), Some(show_money(i.credited_minor))));
    }
    if i.kind != InvoiceKind::CreditNote {
        facts.push(Fact::new(reader::t("billing-paid"), Some(show_money(i.paid_minor))));
        facts.push(Fact::new(reader::t("billing-outstanding"), Some(show_money(i.outstanding_minor()))));
    }
    if let Some(original) = &d.corrects {
        facts.push(Fact {
            label: reader::t("billing-corrects"),
            value: original.number.clone(),
            href: Some(format!("/clusters/{slug}/invoices/{}", original.id)),
        });
    }
    if !i.explanation.is_empty() {
        facts.push(Fact::new(
            reader::t(if i.kind == InvoiceKind::Fee { "billing-how-fee-is-made" } else { "billing-note" }),
            Some(i.explanation.clone()),
        ));
    }
    if let Some(reason) = &i.void_reason {
        facts.push(Fact::new(reader::t("billing-void-because"), Some(reason.clone())));
    }
    report.facts = facts;
    let base = format!("/clusters/{slug}/invoices/{id}");
    if can_edit && i.draft {
        report.forms.push(
            PostForm::post(
                reader::t("billing-issue"),
                format!("{base}/issue"),
                reader::t("billing-issue-the-invoice"),
                Vec::new(),
            )
            .ask(reader::t("billing-issue-ask")),
        );
        report.forms.push(
            PostForm::post(
                reader::t("billing-discard"),
                format!("{base}/discard"),
                reader::t("billing-discard-the-draft"),
                Vec::new(),
            )
            .confirm(reader::t("billing-discard-confirm")),
        );
    }
    if can_edit && d.state.is_open() && i.may_pay().is_ok() {
        let today_text = state.app.today(scope).to_string();
        let owed = domain::money::Money::new(i.outstanding_minor(), scope.cluster().base_currency).to_decimal();
        report.forms.push(PostForm::post(
            reader::t("billing-record-a-payment"),
            format!("{base}/payments"),
            reader::t("billing-record-payment"),
            vec![
                FormField::text("paid_on", &reader::t("billing-received-on"), Some(&today_text), None).input("date"),
                FormField::text("amount", &reader::t("billing-amount"), Some(&owed), None).required(),
                FormField::text("reference", &reader::t("billing-reference"), None, None),
                FormField::text("overpayment", &reader::t("billing-keep-overpayment"), None, None)
                    .input("checkbox")
                    .hint(reader::t("billing-keep-overpayment-hint")),
            ],
        ));
        if d.customer_credit_minor > 0 && i.outstanding_minor() > 0 {
            let usable = d.customer_credit_minor.min(i.outstanding_minor());
            report.forms.push(
                PostForm::post(
                    reader::t1("billing-customer-has-credit", "amount", show_money(d.customer_credit_minor)),
                    format!("{base}/apply-credit"),
                    reader::t("billing-use-the-credit"),
                    Vec::new(),
                )
                .confirm(reader::t1("billing-use-credit-confirm", "amount", show_money(usable))),
            );
        }
    }
    if can_manage && i.may_credit().is_ok() {
        report.forms.push(
            PostForm::post(
                kind_label(InvoiceKind::CreditNote),
                format!("{base}/credit"),
                reader::t("billing-issue-credit-note"),
                vec![
                    FormField::text("credit_amount", &reader::t("billing-amount-to-credit"), None, None)
                        .hint(reader::t("billing-amount-to-credit-hint")),
                    FormField::text("credit_reason", &reader::t("billing-what-it-corrects"), None, None).required(),
                ],
            )
            .confirm(reader::t("billing-credit-note-confirm")),
        );
    }
    if can_manage && i.may_void().is_ok() {
        report.forms.push(
            PostForm::post(
                reader::t("billing-void-title"),
                format!("{base}/void"),
                reader::t("billing-void-the-invoice"),
                vec![FormField::text("void_reason", &reader::t("billing-why"), None, None).required()],
            )
            .confirm(reader::t("billing-void-confirm")),
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
        title: reader::t("billing-lines"),
        table: plain_table(
            &[
                (reader::t("billing-description"), ""),
                (reader::t("billing-quantity"), "num"),
                (reader::t("billing-price"), "num"),
                (reader::t("billing-net"), "num"),
            ],
            lines,
        ),
        empty: reader::t("billing-no-lines"),
        actions: Vec::new(),
    });
    if i.kind != InvoiceKind::CreditNote {
        let payments = d
            .payments
            .iter()
            .map(|p| {
                let state = match (&p.reversed_at, &p.reversal_reason) {
                    (Some(at), reason) => Cell::text(reader::t2(
                        "billing-reversed-on",
                        "day",
                        reader::day(*at),
                        "reason",
                        reason.as_deref().unwrap_or_default(),
                    ))
                    .class("status-problem"),
                    (None, _) if p.kept_as_credit_minor > 0 => Cell::link(
                        reader::t1("billing-kept-as-credit", "amount", show_money(p.kept_as_credit_minor)),
                        format!("/clusters/{slug}/organisations/{}/credit", d.customer.id),
                    ),
                    (None, _) => Cell::text(""),
                };
                vec![
                    Cell::text(reader::day(p.paid_on)),
                    Cell::text(show_money(p.amount_minor)).class("num"),
                    Cell::text(&p.reference),
                    Cell::text(payment_source_label(p.source)).class("optional"),
                    state,
                ]
            })
            .collect();
        if can_manage {
            for p in d.payments.iter().filter(|p| p.may_reverse().is_ok()) {
                report.forms.push(
                    PostForm::post(
                        reader::t2(
                            "billing-reverse-payment-title",
                            "amount",
                            show_money(p.amount_minor),
                            "day",
                            reader::day(p.paid_on),
                        ),
                        format!("/clusters/{slug}/payments/{}/reverse", p.id),
                        reader::t("billing-reverse-payment"),
                        vec![FormField::text("reversal_reason", &reader::t("billing-why"), None, None).required()],
                    )
                    .confirm(reader::t("billing-reverse-confirm")),
                );
            }
        }
        report.sections.push(Section {
            title: reader::t("billing-payments"),
            table: plain_table(
                &[
                    (reader::t("billing-received"), ""),
                    (reader::t("billing-amount"), "num"),
                    (reader::t("billing-reference"), ""),
                    (reader::t("billing-from"), "optional"),
                    (String::new(), ""),
                ],
                payments,
            ),
            empty: reader::t("billing-nothing-paid-yet"),
            actions: Vec::new(),
        });
    }
    if !d.credit_notes.is_empty() {
        let today = state.app.today(scope);
        let rows = d.credit_notes.iter().map(|c| super::membership::invoice_row(&slug, c, c.state(today))).collect();
        report.sections.push(Section {
            title: reader::t("billing-credit-notes"),
            table: plain_table(&invoice_columns(), rows),
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
            title: reader::t("billing-reminders-sent"),
            table: plain_table(
                &[
                    (reader::t("billing-when"), ""),
                    (reader::t("billing-to"), ""),
                    (reader::t("billing-by"), "optional"),
                ],
                rows,
            ),
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
    kind: String,
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
    /// How to pay, in the reader's words: HTML, its IBAN and reference escaped.
    pay_line: String,
    back_href: String,
}

/// `text` made safe to put in HTML.
fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

async fn print(
    State(state): State<AppState>,
    PageScope { scope, .. }: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Invoice>,
) -> Result<Response, PageError> {
    let d = app::invoice::detail(&state.app, &scope, id).await?;
    // The invoice is written in its customer's language, else the cluster's, whoever prints it.
    let language = app::organisation::document_language(&scope, &d.customer);
    Ok(reader::writes_in(language, || printed(&d, &slug, id).into_response()))
}

/// The printable invoice or credit note, in the reader's language.
fn printed(d: &app::invoice::InvoiceDetail, slug: &str, id: Uuid) -> PrintPage {
    let i = &d.invoice;
    let m = |minor: i64| money(minor, &i.currency);
    let kind = reader::t(match i.kind {
        InvoiceKind::CreditNote => "billing-print-credit-note",
        _ if i.draft => "billing-print-draft-invoice",
        _ => "billing-print-invoice",
    });
    let o = &d.customer.fields;
    let customer_address = o.postal_address();
    let strong = |text: &str| format!("<strong>{}</strong>", escape_html(text));
    let reference = strong(&number_of(i));
    let pay_line = match &d.issuer.iban {
        Some(iban) => reader::t2("billing-print-pay-to-iban", "iban", strong(iban), "reference", &reference),
        None => reader::t1("billing-print-pay-reference", "reference", &reference),
    };
    PrintPage {
        title: format!("{kind} {}", number_of(i)),
        kind,
        number: number_of(i),
        state: d.state,
        issuer_name: d.issuer.legal_name.clone().unwrap_or_else(|| d.cluster_name.clone()),
        issuer: d.issuer.clone(),
        customer: o.name.clone(),
        customer_vat_id: o.vat_id.clone(),
        customer_address,
        issued_on: reader::long_date(i.issued_on),
        due_on: (i.kind != InvoiceKind::CreditNote).then(|| reader::long_date(i.due_on)),
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
        tax_label: reader::t1("billing-print-tax-rate", "rate", domain::written::percent_text(i.tax_rate_basis_points)),
        tax: m(i.tax_minor),
        gross: m(i.gross_minor),
        credited: (i.credited_minor != 0).then(|| m(i.credited_minor)),
        paid: (i.paid_minor != 0).then(|| m(i.paid_minor)),
        outstanding: (i.paid_minor != 0 || i.credited_minor != 0).then(|| m(i.outstanding_minor())),
        note: i.explanation.clone(),
        corrects: d.corrects.as_ref().map(|c| c.number.clone()),
        pay_line,
        back_href: format!("/clusters/{slug}/invoices/{id}"),
    }
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
    let done = app::invoice::issue(&state.app, &scope, id).await.map(|n| reader::t1("billing-issued-as", "number", n));
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
            let notice = reader::t("billing-draft-discarded");
            Ok(see_other_with(&headers, &format!("/clusters/{slug}/invoices"), "notice", &notice))
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
        .map(|()| reader::t("billing-invoice-is-void"));
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
        .map(|(_, number)| reader::t1("billing-credit-note-issued", "number", number));
    act(&headers, &slug, id, done)
}
