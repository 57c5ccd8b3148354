//! Membership pages: the members and their status, membership types with their fee rules and a
//! simulation of a new rule, the renewal run, the figures of a period, one membership with its
//! history; and the membership and invoices sections of an organisation's page.

use crate::reader;
use app::auth::{Edit, Manage, Read};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{routing::get, routing::post};
use chrono::NaiveDate;
use domain::access::Permission;
use domain::id::Uuid;
use domain::invoice::InvoiceState;
use domain::membership::{MembershipStatus, MembershipTypeInput};
use domain::money::{Currency, Money};

use super::*;
use crate::AppState;
use crate::auth::{CsrfForm, PageId, PageScope, resource};
use crate::error::PageError;

pub fn router() -> Routes {
    Routes::new()
        .route("/clusters/{cluster}/members", &["GET"], get(members))
        .route("/clusters/{cluster}/membership-types", &["GET", "POST"], get(types).post(create_type))
        .route("/clusters/{cluster}/membership-types/new", &["GET"], get(new_type))
        .route("/clusters/{cluster}/membership-types/{id}", &["GET", "POST"], get(edit_type).post(update_type))
        .route("/clusters/{cluster}/membership-types/{id}/simulate", &["GET"], get(simulate))
        .route("/clusters/{cluster}/renewal", &["GET", "POST"], get(renewal).post(run_renewal))
        .route("/clusters/{cluster}/membership-figures", &["GET"], get(figures))
        .route("/clusters/{cluster}/organisations/{id}/memberships/new", &["GET"], get(new_membership))
        .route("/clusters/{cluster}/organisations/{id}/memberships", &["POST"], post(add_membership))
        .route("/clusters/{cluster}/memberships/{id}", &["GET"], get(membership))
        .route("/clusters/{cluster}/memberships/{id}/change", &["POST"], post(change_membership))
        .route("/clusters/{cluster}/memberships/{id}/fee-invoice", &["POST"], post(fee_invoice))
}

/// An amount in a currency given by its code, as pages show money.
pub fn money(minor: i64, currency: &str) -> String {
    Currency::parse(currency)
        .map_or_else(|_| format!("{minor} {currency}"), |c| crate::reader::money(Money::new(minor, c)))
}

fn base_money(scope: &app::ClusterScope, minor: i64) -> String {
    crate::reader::money(Money::new(minor, scope.cluster().base_currency))
}

pub fn status_class(status: MembershipStatus) -> &'static str {
    match status {
        MembershipStatus::Active => "status-ok",
        MembershipStatus::ActiveFeeUnpaid | MembershipStatus::Applied | MembershipStatus::Suspended => "status-warning",
        MembershipStatus::Lapsed | MembershipStatus::Terminated => "status-problem",
    }
}

pub fn invoice_class(state: InvoiceState) -> &'static str {
    match state {
        InvoiceState::Paid => "status-ok",
        InvoiceState::Overdue => "status-problem",
        InvoiceState::Issued | InvoiceState::PartiallyPaid | InvoiceState::Draft => "status-warning",
        InvoiceState::Credited | InvoiceState::Void => "",
    }
}

/// A membership's status in the reader's language.
pub fn status_label(status: MembershipStatus) -> String {
    reader::label(status)
}

/// An invoice's state in the reader's language.
pub fn state_label(state: InvoiceState) -> String {
    reader::label(state)
}

/// An invoice's kind in the reader's language.
pub fn kind_label(kind: domain::invoice::InvoiceKind) -> String {
    reader::label(kind)
}

/// How a payment was recorded, in the reader's language.
pub fn payment_source_label(source: domain::invoice::PaymentSource) -> String {
    reader::label(source)
}

/// How a customer's credit changed, in the reader's language.
pub fn credit_kind_label(kind: domain::invoice::CreditKind) -> String {
    reader::label(kind)
}

/// The message `key` with a count for its plural forms (`$count`) and other arguments.
pub(super) fn t_count_args(key: &str, count: i64, args: &[(&str, String)]) -> String {
    let mut all: Vec<(&str, i18n::FluentValue<'_>)> = vec![("count", count.into())];
    all.extend(args.iter().map(|(name, value)| (*name, i18n::FluentValue::from(value.as_str()))));
    i18n::text_with(reader::language(), key, &all)
}

/// The organisation's memberships with their status and why, its invoices, and its current
/// membership's type and status in a few words for the page's header ("Full member: member"),
/// or "Not a member".
pub async fn sections(
    state: &AppState,
    scope: &app::ClusterScope,
    organisation: Uuid,
) -> Result<(Section, Section, String), app::Error> {
    let slug = &scope.cluster().slug;
    let memberships = app::membership::of_organisation(&state.app, scope, organisation).await?;
    let rows = memberships
        .iter()
        .map(|m| {
            let status = m.standing.status;
            vec![
                Cell::link(&m.type_name, format!("/clusters/{slug}/memberships/{}", m.membership.id)),
                Cell::text(status_label(status)).class(status_class(status)),
                Cell::text(m.standing.reason(reader::date_style())),
                Cell::text(reader::day_or(m.membership.starts_on, "")).class("optional"),
            ]
        })
        .collect();
    let invoices = app::invoice::of_organisation(&state.app, scope, organisation).await?;
    let invoice_rows = invoices.iter().map(|(i, state)| invoice_row(slug, i, *state)).collect();
    let current = memberships.iter().any(|m| m.membership.terminated_on.is_none());
    let credit = app::invoice::credit_of(&state.app, scope, organisation).await?;
    let mut invoice_actions = vec![link(
        reader::t("billing-new-invoice"),
        format!("/clusters/{slug}/invoices/new?organisation={organisation}"),
    )];
    if !credit.entries.is_empty() {
        invoice_actions.push(link(
            reader::t1("billing-credit-balance", "amount", base_money(scope, credit.balance_minor)),
            format!("/clusters/{slug}/organisations/{organisation}/credit"),
        ));
    }
    let standing =
        memberships.iter().find(|m| m.membership.terminated_on.is_none()).or(memberships.first()).map_or_else(
            || reader::t("billing-not-a-member"),
            |m| format!("{}: {}", m.type_name, status_label(m.standing.status).to_lowercase()),
        );
    Ok((
        Section {
            title: reader::t("billing-membership"),
            table: plain_table(
                &[
                    (reader::t("billing-type"), ""),
                    (reader::t("status"), ""),
                    (reader::t("billing-why"), ""),
                    (reader::t("billing-member-since"), "optional"),
                ],
                rows,
            ),
            empty: reader::t("billing-not-a-member-empty"),
            actions: if current {
                Vec::new()
            } else {
                vec![link(
                    reader::t("billing-add-membership"),
                    format!("/clusters/{slug}/organisations/{organisation}/memberships/new"),
                )]
            },
        },
        Section {
            title: reader::t_count("billing-invoices-count", invoices.len() as i64),
            table: plain_table(&invoice_columns(), invoice_rows),
            empty: reader::t("billing-no-invoices"),
            actions: invoice_actions,
        },
        standing,
    ))
}

/// The columns of a table of invoices, in the reader's language.
pub fn invoice_columns() -> Vec<(String, &'static str)> {
    vec![
        (reader::t("billing-number"), ""),
        (reader::t("billing-issued"), "optional"),
        (reader::t("billing-due"), "optional"),
        (reader::t("billing-amount"), "num"),
        (reader::t("billing-paid"), "num optional"),
        (reader::t("billing-state"), ""),
    ]
}

pub fn invoice_row(slug: &str, i: &domain::invoice::Invoice, state: InvoiceState) -> Vec<Cell> {
    let number = if i.draft { reader::t("billing-draft") } else { i.number.clone() };
    vec![
        Cell::link(number, format!("/clusters/{slug}/invoices/{}", i.id)),
        Cell::text(reader::day(i.issued_on)).class("optional"),
        Cell::text(reader::day(i.due_on)).class("optional"),
        Cell::text(money(i.gross_minor, &i.currency)).class("num"),
        Cell::text(money(i.paid_minor, &i.currency)).class("num optional"),
        Cell::text(state_label(state)).class(invoice_class(state)),
    ]
}

fn membership_actions(slug: &str) -> Vec<Action> {
    vec![
        link(reader::t("billing-membership-types"), format!("/clusters/{slug}/membership-types")),
        link(reader::t("billing-renewal"), format!("/clusters/{slug}/renewal")),
        link(reader::t("billing-figures"), format!("/clusters/{slug}/membership-figures")),
        link(reader::t("nav-invoices"), format!("/clusters/{slug}/invoices")),
    ]
}

#[derive(Debug, Default, serde::Deserialize)]
struct MembersQuery {
    status: Option<String>,
}

async fn members(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<MembersQuery>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "members", reader::t("nav-members")).await?;
    let all = app::membership::members(&state.app, &page.scope).await?;
    let wanted = non_empty(&q.status).and_then(MembershipStatus::parse);
    let mut counts: Vec<(MembershipStatus, usize)> =
        MembershipStatus::ALL.iter().map(|s| (*s, all.iter().filter(|m| m.standing.status == *s).count())).collect();
    counts.retain(|(_, n)| *n > 0);
    let rows: Vec<Vec<Cell>> = all
        .iter()
        .filter(|m| wanted.is_none_or(|w| m.standing.status == w))
        .map(|m| {
            let status = m.standing.status;
            vec![
                Cell::link(&m.organisation, format!("/clusters/{slug}/organisations/{}", m.membership.organisation_id)),
                Cell::link(&m.type_name, format!("/clusters/{slug}/memberships/{}", m.membership.id)),
                Cell::text(status_label(status)).class(status_class(status)),
                Cell::text(m.standing.reason(reader::date_style())).class("optional"),
            ]
        })
        .collect();
    let mut report = ReportPage::new(page.layout, reader::t("nav-members"));
    report.subheading = reader::t_count("billing-memberships-count", rows.len() as i64);
    report.actions = membership_actions(&slug);
    let status_labels: Vec<(&str, String)> = counts.iter().map(|(s, _)| (s.code(), status_label(*s))).collect();
    report.forms.push(PostForm::get(
        reader::t("billing-show"),
        format!("/clusters/{slug}/members"),
        reader::t("billing-show"),
        vec![FormField::text("status", &reader::t("status"), wanted.map(MembershipStatus::code), None).select(
            options(
                &reader::t("billing-every-status"),
                status_labels.iter().map(|(code, label)| (*code, label.as_str())),
                wanted.map(MembershipStatus::code),
            ),
        )],
    ));
    report.facts = counts.iter().map(|(s, n)| Fact::new(status_label(*s), Some(n.to_string()))).collect();
    report.sections.push(Section {
        title: reader::t("billing-memberships"),
        table: plain_table(
            &[
                (reader::t("organisation"), ""),
                (reader::t("billing-type"), ""),
                (reader::t("status"), ""),
                (reader::t("billing-why"), "optional"),
            ],
            rows,
        ),
        empty: reader::t("billing-no-memberships-yet"),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

fn period_text(p: &domain::period::PeriodRule) -> String {
    match p {
        domain::period::PeriodRule::Fixed { rollover: Some((m, d)), .. } => {
            reader::t2("billing-period-fixed-rollover", "day", d, "month", m)
        }
        domain::period::PeriodRule::Fixed { rollover: None, .. } => reader::t("billing-period-fixed"),
        domain::period::PeriodRule::Rolling { months } => reader::t1("billing-period-rolling", "months", months),
    }
}

async fn types(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "members", reader::t("billing-membership-types")).await?;
    let currency = page.scope.cluster().base_currency;
    let all = app::membership::types(&state.app, &page.scope).await?;
    let manages = page.scope.role().allows(Permission::Manage);
    let rows = all
        .iter()
        .map(|t| {
            let f = &t.fields;
            vec![
                if manages {
                    Cell::link(&f.name, format!("/clusters/{slug}/membership-types/{}", t.id))
                } else {
                    Cell::text(&f.name)
                },
                Cell::text(f.fee_rule.summary(currency)),
                Cell::text(period_text(&f.period)).class("optional"),
                Cell::text(domain::written::percent_text(f.tax_rate_basis_points)).class("num optional"),
                Cell::text(if f.eligible_kinds.is_empty() {
                    reader::t("billing-every-kind-lower")
                } else {
                    f.eligible_kinds.iter().map(|k| reader::label(*k)).collect::<Vec<_>>().join(", ")
                })
                .class("optional"),
                Cell::text(reader::t(if f.voting_rights { "billing-yes-lower" } else { "billing-no-lower" }))
                    .class("optional"),
            ]
        })
        .collect();
    let can_manage = page.scope.role().allows(Permission::Manage);
    let mut report = ReportPage::new(page.layout, reader::t("billing-membership-types"));
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.subheading = reader::t("billing-types-subheading");
    report.actions = membership_actions(&slug);
    if can_manage {
        report.actions.insert(
            0,
            Action {
                label: reader::t("billing-new-type"),
                href: format!("/clusters/{slug}/membership-types/new"),
                primary: true,
            },
        );
    }
    report.sections.push(Section {
        title: reader::t("billing-types"),
        table: plain_table(
            &[
                (reader::t("billing-name"), ""),
                (reader::t("billing-fee"), ""),
                (reader::t("billing-period"), "optional"),
                (reader::t("billing-tax"), "num optional"),
                (reader::t("billing-open-to"), "optional"),
                (reader::t("billing-vote"), "optional"),
            ],
            rows,
        ),
        empty: reader::t("billing-no-types-yet"),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

fn kind_hint() -> String {
    let codes: Vec<&str> = domain::organisation::OrganisationKind::ALL.iter().map(|k| k.code()).collect();
    reader::t1("billing-open-to-hint", "codes", codes.join(", "))
}

fn yes_no_options(value: Option<&str>) -> Vec<SelectOption> {
    [("yes", reader::t("billing-yes")), ("no", reader::t("no"))]
        .into_iter()
        .map(|(v, l)| SelectOption { value: v.into(), label: l, selected: value == Some(v) })
        .collect()
}

fn type_fields(input: &MembershipTypeInput, errors: Option<&domain::Invalid>, currency: Currency) -> Vec<FormField> {
    let fee = &input.fee;
    let rule_labels: Vec<(&str, String)> = domain::fee::RULES
        .iter()
        .map(|(code, english)| {
            let key = match *code {
                "flat" => "fee-rule-flat",
                "by_employees" => "fee-rule-by-employees",
                "by_turnover" => "fee-rule-by-turnover",
                "turnover_share" => "fee-rule-turnover-share",
                "in_kind" => "fee-rule-in-kind",
                _ => return (*code, english.to_string()),
            };
            (*code, reader::t(key))
        })
        .collect();
    let rules = rule_labels.iter().map(|(code, label)| (*code, label.as_str()));
    vec![
        FormField::text("name", &reader::t("billing-name"), input.name.as_deref(), errors).required(),
        FormField::text("eligible_kinds", &reader::t("billing-open-to"), input.eligible_kinds.as_deref(), errors)
            .hint(kind_hint()),
        FormField::text("voting_rights", &reader::t("billing-voting-rights"), None, errors)
            .select(yes_no_options(input.voting_rights.as_deref().or(Some("yes")))),
        FormField::text("benefits", &reader::t("billing-benefits"), input.benefits.as_deref(), errors)
            .input("textarea"),
        FormField::text("period", &reader::t("billing-period"), None, errors).select(
            [
                ("fixed", reader::t("billing-period-option-fixed")),
                ("rolling", reader::t("billing-period-option-rolling")),
            ]
            .into_iter()
            .map(|(v, l)| SelectOption {
                value: v.into(),
                label: l,
                selected: input.period.as_deref().unwrap_or("fixed") == v,
            })
            .collect(),
        ),
        FormField::text("rollover", &reader::t("billing-rollover-day"), input.rollover.as_deref(), errors)
            .hint(reader::t("billing-rollover-hint")),
        FormField::text("months", &reader::t("billing-months"), input.months.as_deref(), errors)
            .hint(reader::t("billing-months-hint"))
            .input("number"),
        FormField::text("pro_rata", &reader::t("billing-pro-rata"), None, errors)
            .select(yes_no_options(input.pro_rata.as_deref().or(Some("no"))))
            .hint(reader::t("billing-pro-rata-hint")),
        FormField::text("tax_rate", &reader::t("billing-tax-rate"), input.tax_rate.as_deref(), errors)
            .hint(reader::t("billing-tax-rate-hint")),
        FormField::text("rule", &reader::t("billing-fee-rule"), fee.rule.as_deref(), errors).select(options(
            &reader::t("choose"),
            rules,
            fee.rule.as_deref(),
        )),
        FormField::text("fee", &reader::t1("billing-flat-fee", "currency", currency), fee.fee.as_deref(), errors),
        FormField::text("bands", &reader::t("billing-bands"), fee.bands.as_deref(), errors)
            .input("textarea")
            .hint(reader::t("billing-bands-hint")),
        FormField::text("share", &reader::t("billing-share-of-turnover"), fee.share.as_deref(), errors),
        FormField::text("floor", &reader::t1("billing-floor", "currency", currency), fee.floor.as_deref(), errors),
        FormField::text("cap", &reader::t1("billing-cap", "currency", currency), fee.cap.as_deref(), errors),
        FormField::text("hours", &reader::t("billing-in-kind-hours"), fee.hours.as_deref(), errors),
        FormField::text("rate", &reader::t1("billing-in-kind-rate", "currency", currency), fee.rate.as_deref(), errors),
    ]
}

/// The frame of a membership type's form.
struct TypeForm {
    layout: Layout,
    heading: String,
    action: String,
    cancel_href: String,
    links: Vec<Action>,
}

impl TypeForm {
    fn new(layout: Layout, heading: String, action: String, slug: &str) -> Self {
        TypeForm {
            layout,
            heading,
            action,
            cancel_href: format!("/clusters/{slug}/membership-types"),
            links: Vec::new(),
        }
    }

    fn render(self, input: &MembershipTypeInput, errors: Option<&domain::Invalid>, currency: Currency) -> Response {
        let status =
            if errors.is_some() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
        let page = FormPage {
            heading: self.heading,
            action: self.action,
            submit: reader::t("billing-save-type").into(),
            cancel_href: self.cancel_href,
            fields: type_fields(input, errors, currency),
            has_errors: errors.is_some(),
            intro: reader::t("billing-type-form-intro"),
            links: self.links,
            layout: self.layout,
        };
        (status, page).into_response()
    }
}

async fn new_type(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "members", reader::t("billing-new-membership-type")).await?;
    let currency = page.scope.cluster().base_currency;
    let form = TypeForm::new(
        page.layout,
        reader::t("billing-new-membership-type"),
        format!("/clusters/{slug}/membership-types"),
        &slug,
    );
    Ok(form.render(&MembershipTypeInput::default(), None, currency))
}

fn parse_type(
    scope: &app::ClusterScope,
    input: &MembershipTypeInput,
) -> Result<domain::membership::MembershipTypeFields, domain::Invalid> {
    input.parse(scope.cluster().base_currency, scope.cluster().fiscal_year_start_month as u32)
}

async fn create_type(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    Path(slug): Path<String>,
    CsrfForm(input): CsrfForm<MembershipTypeInput>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "members", reader::t("billing-new-membership-type")).await?;
    let currency = page.scope.cluster().base_currency;
    let saved = match parse_type(&page.scope, &input) {
        Ok(fields) => app::membership::create_type(&state.app, &page.scope, &fields).await,
        Err(e) => Err(e.into()),
    };
    match saved {
        Ok(_) => Ok(created(&format!("/clusters/{slug}/membership-types"), reader::t("billing-type-created"))),
        Err(app::Error::Invalid(e) | app::Error::Conflict(e)) => {
            let href = format!("/clusters/{slug}/membership-types");
            let heading = reader::t("billing-new-membership-type");
            Ok(TypeForm::new(page.layout, heading, href, &slug).render(&input, Some(&e), currency))
        }
        Err(e) => Err(e.into()),
    }
}

async fn edit_type(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::MembershipType>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "members", reader::t("billing-membership-type")).await?;
    let t = app::membership::get_type(&state.app, &page.scope, id).await?;
    let currency = page.scope.cluster().base_currency;
    let input = t.fields.to_input(currency);
    let mut layout = page.layout;
    layout.title = t.fields.name.clone();
    let href = format!("/clusters/{slug}/membership-types/{id}");
    let mut form = TypeForm::new(layout, t.fields.name.clone(), href, &slug);
    form.links =
        vec![link(reader::t("billing-simulate-another"), format!("/clusters/{slug}/membership-types/{id}/simulate"))];
    Ok(form.render(&input, None, currency))
}

async fn update_type(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::MembershipType>,
    CsrfForm(input): CsrfForm<MembershipTypeInput>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "members", reader::t("billing-membership-type")).await?;
    app::membership::get_type(&state.app, &page.scope, id).await?;
    let currency = page.scope.cluster().base_currency;
    let saved = match parse_type(&page.scope, &input) {
        Ok(fields) => app::membership::update_type(&state.app, &page.scope, id, &fields).await,
        Err(e) => Err(e.into()),
    };
    match saved {
        Ok(()) => Ok(Redirect::to(&format!("/clusters/{slug}/membership-types")).into_response()),
        Err(app::Error::Invalid(e) | app::Error::Conflict(e)) => {
            let href = format!("/clusters/{slug}/membership-types/{id}");
            let name = input.name.clone().unwrap_or_default();
            Ok(TypeForm::new(page.layout, name, href, &slug).render(&input, Some(&e), currency))
        }
        Err(e) => Err(e.into()),
    }
}

async fn simulate(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::MembershipType>,
    Query(form): Query<domain::fee::FeeRuleForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "members", reader::t("billing-fee-simulation")).await?;
    let scope = &page.scope;
    let currency = scope.cluster().base_currency;
    let t = app::membership::get_type(&state.app, scope, id).await?;
    let tried = if form.rule.is_some() { form.clone() } else { t.fields.fee_rule.to_form(currency) };
    let parsed = tried.parse(currency);
    let mut report = ReportPage::new(page.layout, reader::t1("billing-fee-simulation-of", "name", &t.fields.name));
    report.subheading = reader::t1("billing-simulation-subheading", "rule", t.fields.fee_rule.summary(currency));
    report.actions = vec![link(reader::t("billing-membership-types"), format!("/clusters/{slug}/membership-types"))];
    let errors = parsed.as_ref().err();
    let mut fields = type_fields(&MembershipTypeInput { fee: tried.clone(), ..Default::default() }, errors, currency);
    fields.retain(|f| ["rule", "fee", "bands", "share", "floor", "cap", "hours", "rate"].contains(&f.name.as_str()));
    report.forms.push(PostForm::get(
        reader::t("billing-fee-rule-to-try"),
        format!("/clusters/{slug}/membership-types/{id}/simulate"),
        reader::t("billing-simulate"),
        fields,
    ));
    match parsed {
        Err(_) => report.problem = Some(reader::t("billing-rule-cannot-be-tried")),
        Ok(rule) => {
            let s = app::membership::simulate(&state.app, scope, id, &rule).await?;
            report.facts = vec![
                Fact::new(reader::t("billing-would-pay-more"), Some(s.pay_more.to_string())),
                Fact::new(reader::t("billing-would-pay-less"), Some(s.pay_less.to_string())),
                Fact::new(reader::t("billing-would-pay-same"), Some(s.pay_same.to_string())),
            ];
            let income_rows = s
                .by_type
                .iter()
                .map(|t| {
                    vec![
                        Cell::text(&t.name),
                        Cell::text(t.members.to_string()).class("num"),
                        Cell::text(base_money(scope, t.current_minor)).class("num"),
                        Cell::text(base_money(scope, t.projected_minor)).class("num"),
                        Cell::text(base_money(scope, t.projected_minor - t.current_minor)).class("num"),
                    ]
                })
                .collect();
            report.sections.push(Section {
                title: reader::t("billing-income-by-type"),
                table: plain_table(
                    &[
                        (reader::t("billing-type"), ""),
                        (reader::t("nav-members"), "num"),
                        (reader::t("billing-now"), "num"),
                        (reader::t("billing-projected"), "num"),
                        (reader::t("billing-change"), "num"),
                    ],
                    income_rows,
                ),
                empty: reader::t("billing-no-types"),
                actions: Vec::new(),
            });
            let show = |m: Option<i64>| m.map(|m| base_money(scope, m)).unwrap_or_else(|| "—".into());
            let member_rows = s
                .members
                .iter()
                .map(|m| {
                    vec![
                        Cell::link(&m.organisation, format!("/clusters/{slug}/organisations/{}", m.organisation_id)),
                        Cell::text(show(m.current_minor)).class("num"),
                        Cell::text(show(m.projected_minor)).class("num"),
                        Cell::text(m.difference().map(|d| base_money(scope, d)).unwrap_or_else(|| "—".into()))
                            .class("num"),
                        Cell::text(&m.explanation).class("optional"),
                    ]
                })
                .collect();
            report.sections.push(Section {
                title: reader::t1("billing-members-of", "name", &s.type_name),
                table: plain_table(
                    &[
                        (reader::t("billing-member"), ""),
                        (reader::t("billing-now"), "num"),
                        (reader::t("billing-projected"), "num"),
                        (reader::t("billing-change"), "num"),
                        (reader::t("billing-why"), "optional"),
                    ],
                    member_rows,
                ),
                empty: reader::t("billing-type-has-no-members"),
                actions: Vec::new(),
            });
        }
    }
    Ok(report.into_response())
}

#[derive(Debug, Default, serde::Deserialize)]
struct PeriodQuery {
    period: Option<String>,
}

async fn renewal(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<PeriodQuery>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "members", reader::t("billing-renewal")).await?;
    let year = year_of(&q.period, page.today)?;
    let scope = &page.scope;
    let preview = app::membership::renew(&state.app, scope, year, page.user.actor.email(), true).await?;
    let can_manage = scope.role().allows(Permission::Manage);
    let mut report = ReportPage::new(page.layout, reader::t1("billing-renewal-year", "year", year));
    report.subheading = reader::t("billing-renewal-subheading");
    report.actions = membership_actions(&slug);
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.forms.push(year_form(format!("/clusters/{slug}/renewal"), year, reader::t("billing-preview")));
    let to_invoice = preview.to_invoice();
    if can_manage && to_invoice > 0 {
        let mut form = PostForm::post(
            reader::t_count("billing-issue-n-invoices", to_invoice as i64),
            format!("/clusters/{slug}/renewal"),
            reader::t("billing-issue-the-invoices"),
            vec![FormField::text("period", &reader::t("billing-year"), Some(&year.to_string()), None).input("hidden")],
        );
        form.confirm = t_count_args(
            "billing-renewal-confirm",
            to_invoice as i64,
            &[("year", year.to_string()), ("total", base_money(scope, preview.total_minor()))],
        );
        report.forms.push(form);
    }
    report.facts = vec![
        Fact::new(
            reader::t("billing-to-invoice"),
            Some(reader::t_count("billing-memberships-count", to_invoice as i64)),
        ),
        Fact::new(reader::t("billing-total"), Some(base_money(scope, preview.total_minor()))),
        Fact::new(
            reader::t("billing-left-out"),
            Some(reader::t_count("billing-memberships-count", (preview.lines.len() - to_invoice) as i64)),
        ),
    ];
    let rows = preview
        .lines
        .iter()
        .map(|l| {
            let (amount, why) = match &l.action {
                app::membership::RenewalAction::Invoice { amount_minor, explanation } => {
                    (base_money(scope, *amount_minor), explanation.clone())
                }
                app::membership::RenewalAction::Skip { reason } => ("—".into(), reason.clone()),
            };
            vec![
                Cell::link(&l.organisation, format!("/clusters/{slug}/organisations/{}", l.organisation_id)),
                Cell::text(&l.membership_type).class("optional"),
                Cell::text(l.days.map_or_else(|| l.period.clone(), reader::period)).class("optional"),
                Cell::text(amount).class("num"),
                Cell::text(why),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: reader::t("billing-memberships"),
        table: plain_table(
            &[
                (reader::t("billing-member"), ""),
                (reader::t("billing-type"), "optional"),
                (reader::t("billing-period"), "optional"),
                (reader::t("billing-fee"), "num"),
                (reader::t("billing-why"), ""),
            ],
            rows,
        ),
        empty: reader::t("billing-no-renewals"),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

#[derive(Debug, serde::Deserialize)]
struct PeriodForm {
    period: Option<String>,
}

async fn run_renewal(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Manage>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<PeriodForm>,
) -> Result<Response, PageError> {
    let year = year_of(&form.period, state.app.today(&scope))?;
    let done = app::membership::renew(&state.app, &scope, year, user.actor.email(), false).await?;
    let message = match &done.numbers {
        Some((first, last)) => t_count_args(
            "billing-renewal-done",
            done.issued as i64,
            &[("first", first.to_string()), ("last", last.to_string())],
        ),
        None => reader::t("billing-renewal-nothing"),
    };
    Ok(see_other_with(&headers, &format!("/clusters/{slug}/renewal?period={year}"), "notice", &message))
}

async fn figures(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "members", reader::t("billing-membership-figures")).await?;
    let year = year_of(&q.period, page.today)?;
    let scope = &page.scope;
    let f = app::membership::figures(&state.app, scope, year).await?;
    let mut report = ReportPage::new(page.layout, reader::t1("billing-membership-figures-of", "period", &f.period));
    report.subheading = reader::t1("billing-as-of", "day", reader::day(f.as_of));
    report.actions = membership_actions(&slug);
    report.forms.push(year_form(format!("/clusters/{slug}/membership-figures"), year, reader::t("billing-show")));
    let percent = |p: Option<u32>| p.map(|p| format!("{p} %"));
    report.facts = vec![
        Fact::new(reader::t("nav-members"), Some(f.members.to_string())),
        Fact::new(reader::t("billing-new"), Some(f.new.to_string())),
        Fact::new(reader::t("billing-lost"), Some(f.lost.to_string())),
        Fact::new(reader::t("billing-retention"), percent(f.retention_percent)),
        Fact::new(reader::t("billing-fees-billed"), Some(base_money(scope, f.fees_billed))),
        Fact::new(reader::t("billing-fees-collected"), Some(base_money(scope, f.fees_collected))),
        Fact::new(reader::t("billing-fees-outstanding"), Some(base_money(scope, f.fees_outstanding))),
        Fact::new(reader::t("billing-five-largest"), percent(f.fee_concentration_percent)),
    ];
    // Types are named by the team; kinds and size classes come as codes, named here.
    let kind_name = |code: &str| {
        domain::organisation::OrganisationKind::parse(code).map_or_else(|_| code.to_string(), reader::label)
    };
    let size_name = |code: &str| {
        domain::organisation::SizeClass::parse(code).map_or_else(|_| reader::t("size-class-unknown"), reader::label)
    };
    let by_type: Vec<(String, usize)> = f.by_type.iter().map(|c| (c.name.clone(), c.members)).collect();
    let by_kind: Vec<(String, usize)> = f.by_kind.iter().map(|c| (kind_name(&c.name), c.members)).collect();
    let by_size: Vec<(String, usize)> = f.by_size_class.iter().map(|c| (size_name(&c.name), c.members)).collect();
    for (title, counts) in [
        (reader::t("billing-by-type"), by_type),
        (reader::t("billing-by-kind"), by_kind),
        (reader::t("billing-by-size-class"), by_size),
    ] {
        let rows = counts
            .into_iter()
            .map(|(name, members)| vec![Cell::text(name), Cell::text(members.to_string()).class("num")])
            .collect();
        report.sections.push(Section {
            title,
            table: plain_table(&[(String::new(), ""), (reader::t("nav-members"), "num")], rows),
            empty: reader::t("billing-no-members"),
            actions: Vec::new(),
        });
    }
    Ok(report.into_response())
}

#[derive(Debug, Default, serde::Deserialize)]
struct MembershipForm {
    type_id: Option<String>,
    applied_on: Option<String>,
    starts_on: Option<String>,
}

async fn membership_form(
    state: &AppState,
    page: ClusterPage,
    organisation: Uuid,
    form: &MembershipForm,
    problem: Option<String>,
) -> Result<Response, PageError> {
    let slug = page.slug().to_string();
    let o = app::organisation::get(&state.app, &page.scope, organisation).await?;
    let types = app::membership::types(&state.app, &page.scope).await?;
    let choices: Vec<(String, String)> = types
        .iter()
        .filter(|t| t.archived_at.is_none() && t.fields.admits(o.fields.kind))
        .map(|t| (t.id.to_string(), t.fields.name.clone()))
        .collect();
    let today_text = page.today.to_string();
    let fields = vec![
        FormField::text("type_id", &reader::t("billing-type"), None, None).required().select(options(
            &reader::t("choose"),
            choices.iter().map(|(v, l)| (v.as_str(), l.as_str())),
            non_empty(&form.type_id),
        )),
        FormField::text(
            "applied_on",
            &reader::t("billing-applied-on"),
            non_empty(&form.applied_on).or(Some(&today_text)),
            None,
        )
        .input("date"),
        FormField::text("starts_on", &reader::t("billing-accepted-member-from"), non_empty(&form.starts_on), None)
            .input("date")
            .hint(reader::t("billing-accepted-hint")),
    ];
    let status =
        if problem.is_some() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    Ok((
        status,
        FormPage {
            heading: reader::t1("billing-membership-of", "name", &o.fields.name),
            action: format!("/clusters/{slug}/organisations/{organisation}/memberships"),
            submit: reader::t("billing-add-membership").into(),
            cancel_href: format!("/clusters/{slug}/organisations/{organisation}"),
            fields,
            has_errors: problem.is_some(),
            intro: problem.unwrap_or_else(|| reader::t("billing-membership-form-intro")),
            links: Vec::new(),
            layout: page.layout,
        },
    )
        .into_response())
}

async fn new_membership(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    PageId(id, _): PageId<resource::Organisation>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "members", reader::t("billing-new-membership")).await?;
    membership_form(&state, page, id, &MembershipForm::default(), None).await
}

fn date_of(raw: &Option<String>, field: &str) -> Result<Option<NaiveDate>, app::Error> {
    non_empty(raw)
        .map(|d| domain::written::parse_date(d, None).map_err(|e| domain::Invalid::one(field, e).into()))
        .transpose()
}

async fn add_membership(
    State(state): State<AppState>,
    access: PageScope<Edit>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Organisation>,
    CsrfForm(form): CsrfForm<MembershipForm>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "members", reader::t("billing-new-membership")).await?;
    let added = async {
        let type_id = non_empty(&form.type_id)
            .and_then(|t| Uuid::parse_str(t).ok())
            .ok_or_else(|| app::Error::BadRequest(reader::t("billing-choose-membership-type")))?;
        let applied_on = date_of(&form.applied_on, "applied_on")?.unwrap_or(page.today);
        let starts_on = date_of(&form.starts_on, "starts_on")?;
        app::membership::add(&state.app, &page.scope, id, type_id, applied_on, starts_on, page.user.actor.email()).await
    }
    .await;
    match added {
        Ok(_) => Ok(created(&format!("/clusters/{slug}/organisations/{id}"), reader::t("billing-membership-recorded"))),
        Err(e @ (app::Error::BadRequest(_) | app::Error::Invalid(_))) => {
            let problem = reader::t1("billing-nothing-saved-because", "error", &e);
            membership_form(&state, page, id, &form, Some(problem)).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn membership(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Membership>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "members", reader::t("billing-membership")).await?;
    let scope = &page.scope;
    let m = app::membership::get(&state.app, scope, id).await?;
    let views = app::membership::of_organisation(&state.app, scope, m.organisation_id).await?;
    let view = views.into_iter().find(|v| v.membership.id == id).ok_or(app::Error::NotFound("membership"))?;
    let o = app::organisation::get(&state.app, scope, m.organisation_id).await?;
    let history = app::membership::history(&state.app, scope, id).await?;
    let can_edit = scope.role().allows(Permission::Edit);
    let mut report = ReportPage::new(page.layout, format!("{}: {}", o.fields.name, view.type_name));
    report.subheading =
        format!("{}: {}", status_label(view.standing.status), view.standing.reason(reader::date_style()));
    report.actions = vec![link(o.fields.name.clone(), format!("/clusters/{slug}/organisations/{}", o.id))];
    report.notice = flash.notice;
    report.problem = flash.problem;
    let day = |d: Option<NaiveDate>| d.map(reader::day);
    report.facts = vec![
        Fact::new(reader::t("billing-applied-on"), Some(reader::day(m.applied_on))),
        Fact::new(reader::t("billing-member-from"), day(m.starts_on)),
        Fact::new(reader::t("billing-suspended-from"), day(m.suspended_on)),
        Fact::new(reader::t("billing-terminated-on"), day(m.terminated_on)),
    ];
    if can_edit && m.terminated_on.is_none() {
        let mut changes: Vec<(&str, String)> = Vec::new();
        if m.starts_on.is_none() {
            changes.push(("accept", reader::t("billing-accept-from-day")));
        } else if m.suspended_on.is_none() {
            changes.push(("suspend", reader::t("billing-suspend-from-day")));
        } else {
            changes.push(("reinstate", reader::t("billing-reinstate")));
        }
        changes.push(("terminate", reader::t("billing-terminate-on-day")));
        let today_text = state.app.today(scope).to_string();
        let form = PostForm::post(
            reader::t("billing-change"),
            format!("/clusters/{slug}/memberships/{id}/change"),
            reader::t("apply"),
            vec![
                FormField::text("action", &reader::t("billing-change"), None, None).select(
                    changes
                        .iter()
                        .map(|(v, l)| SelectOption { value: v.to_string(), label: l.clone(), selected: false })
                        .collect(),
                ),
                FormField::text("day", &reader::t("billing-day"), Some(&today_text), None).input("date"),
            ],
        )
        .confirm(reader::t("billing-change-confirm"));
        report.forms.push(form);
    }
    if can_edit && m.starts_on.is_some() {
        let quote = app::membership::invoice_fee(&state.app, scope, id, None, "", true).await?;
        let title = match &quote.action {
            app::membership::RenewalAction::Invoice { amount_minor, explanation } => reader::t_args(
                "billing-fee-invoice-for",
                &[
                    ("period", reader::period(quote.days)),
                    ("amount", base_money(scope, *amount_minor)),
                    ("explanation", explanation.to_string()),
                ],
            ),
            app::membership::RenewalAction::Skip { reason } => {
                reader::t2("billing-fee-invoice-none", "period", reader::period(quote.days), "reason", reason)
            }
        };
        report.forms.push(
            PostForm::post(
                title,
                format!("/clusters/{slug}/memberships/{id}/fee-invoice"),
                reader::t("billing-issue-fee-invoice"),
                vec![
                    FormField::text("period_day", &reader::t("billing-day-of-period"), None, None)
                        .input("date")
                        .hint(reader::t("billing-day-of-period-hint")),
                ],
            )
            .confirm(reader::t("billing-issue-fee-invoice-confirm")),
        );
    }
    let fee_rows = app::invoice::of_organisation(&state.app, scope, m.organisation_id)
        .await?
        .into_iter()
        .filter(|(i, _)| i.membership_id == Some(id))
        .map(|(i, state)| invoice_row(&slug, &i, state))
        .collect();
    report.sections.push(Section {
        title: reader::t("billing-fee-invoices"),
        table: plain_table(&invoice_columns(), fee_rows),
        empty: reader::t("billing-no-fee-yet"),
        actions: Vec::new(),
    });
    let rows = history
        .iter()
        .map(|h| {
            vec![
                Cell::text(reader::moment(h.changed_at)),
                Cell::text(history_text(&h.change)),
                Cell::text(&h.changed_by).class("optional"),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: reader::t("billing-history"),
        table: plain_table(
            &[
                (reader::t("billing-when"), ""),
                (reader::t("billing-change"), ""),
                (reader::t("billing-by"), "optional"),
            ],
            rows,
        ),
        empty: reader::t("billing-no-changes"),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

#[derive(Debug, serde::Deserialize)]
struct FeeInvoiceForm {
    period_day: Option<String>,
}

async fn fee_invoice(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Membership>,
    CsrfForm(form): CsrfForm<FeeInvoiceForm>,
) -> Result<Response, PageError> {
    app::membership::get(&state.app, &scope, id).await?;
    let back = format!("/clusters/{slug}/memberships/{id}");
    let day = match form.period_day.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => None,
        Some(d) => match domain::written::parse_date(d, None) {
            Ok(day) => Some(day),
            Err(e) => return after_action(&headers, &back, Err(domain::Invalid::one("period_day", e).into())),
        },
    };
    let fee = app::membership::invoice_fee(&state.app, &scope, id, day, user.actor.email(), false).await?;
    match (fee.invoice_id, &fee.action) {
        (Some(invoice), _) => Ok(see_other_with(
            &headers,
            &format!("/clusters/{slug}/invoices/{invoice}"),
            "notice",
            &reader::t2(
                "billing-fee-invoice-issued",
                "number",
                fee.number.unwrap_or_default(),
                "period",
                reader::period(fee.days),
            ),
        )),
        (None, app::membership::RenewalAction::Skip { reason }) => after_action(
            &headers,
            &back,
            Err(app::Error::BadRequest(reader::t2(
                "billing-no-fee-invoice-for",
                "period",
                &fee.period,
                "reason",
                reason,
            ))),
        ),
        (None, _) => Err(app::Error::Internal("a fee invoice was planned, yet not issued".into()).into()),
    }
}

#[derive(Debug, serde::Deserialize)]
struct ChangeForm {
    action: Option<String>,
    day: Option<String>,
}

async fn change_membership(
    State(state): State<AppState>,
    PageScope { user, scope, .. }: PageScope<Edit>,
    headers: HeaderMap,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::Membership>,
    CsrfForm(form): CsrfForm<ChangeForm>,
) -> Result<Response, PageError> {
    use domain::membership::MembershipChange;
    app::membership::get(&state.app, &scope, id).await?;
    let back = format!("/clusters/{slug}/memberships/{id}");
    let changed = async {
        let day = date_of(&form.day, "day")?.unwrap_or_else(|| state.app.today(&scope));
        let change = match non_empty(&form.action) {
            Some("accept") => MembershipChange::Accept(day),
            Some("suspend") => MembershipChange::Suspend(day),
            Some("reinstate") => MembershipChange::Reinstate,
            Some("terminate") => MembershipChange::Terminate(day),
            _ => return Err(app::Error::BadRequest(reader::t("billing-choose-change"))),
        };
        app::membership::change(&state.app, &scope, id, change, user.actor.email()).await
    }
    .await;
    after_action(&headers, &back, changed.map(|()| reader::t("billing-change-recorded")))
}

/// A membership's history entry, kept as the English clauses it was recorded in (`applied on
/// 2026-01-10; accepted, starting on 2026-02-01`, `imported from members.csv: …`), in the
/// reader's language with its days written their way; a clause of another shape stays as kept.
fn history_text(kept: &str) -> String {
    let day = |written: &str| NaiveDate::parse_from_str(written, "%Y-%m-%d").ok().map(reader::day);
    let clause = |clause: &str| -> String {
        let dated = [
            ("applied on ", "membership-history-applied"),
            ("accepted, starting on ", "membership-history-accepted"),
            ("suspended from ", "membership-history-suspended"),
            ("terminated on ", "membership-history-terminated"),
        ];
        let said = dated
            .iter()
            .find_map(|(start, key)| clause.strip_prefix(start).and_then(day).map(|d| reader::t1(key, "day", d)));
        said.unwrap_or_else(|| match clause {
            "reinstated" => reader::t("membership-history-reinstated"),
            "suspended when imported" => reader::t("membership-history-suspended-when-imported"),
            other => other.to_string(),
        })
    };
    kept.split("; ")
        .map(|part| match part.strip_prefix("imported from ").and_then(|rest| rest.rsplit_once(": ")) {
            Some((file, rest)) => reader::t2("membership-history-imported", "file", file, "what", clause(rest)),
            None => clause(part),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::history_text;
    use crate::reader;
    use domain::language::Language;

    #[test]
    fn a_membership_history_is_read_in_the_readers_language() {
        let kept = "imported from socios: 2025.csv: applied on 2025-01-10; accepted, starting on 2025-02-01; \
                    suspended when imported; renamed by hand";
        let english = history_text(kept);
        assert!(english.starts_with("imported from socios: 2025.csv: applied on "), "{english}");
        assert!(!english.contains("2025-01-10") && english.ends_with("; suspended when imported; renamed by hand"));
        let spanish = reader::writes_in(Language::Spanish, || history_text(kept));
        assert!(spanish.starts_with("importada de socios: 2025.csv: solicitada el "), "{spanish}");
        assert!(
            spanish.contains("; aceptada, desde el ") && spanish.contains("; suspendida al importarla; "),
            "{spanish}"
        );
        assert!(spanish.ends_with("; renamed by hand"), "a clause of another shape stays as kept: {spanish}");
        assert_eq!(history_text("reinstated"), "reinstated");
        assert_eq!(reader::writes_in(Language::German, || history_text("reinstated")), "wieder aufgenommen");
    }
}
