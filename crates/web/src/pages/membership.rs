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
    Currency::parse(currency).map_or_else(|_| format!("{minor} {currency}"), |c| Money::new(minor, c).to_string())
}

fn base_money(scope: &app::ClusterScope, minor: i64) -> String {
    Money::new(minor, scope.cluster().base_currency).to_string()
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
                Cell::text(status.label()).class(status_class(status)),
                Cell::text(m.standing.reason(reader::date_style())),
                Cell::text(reader::day_or(m.membership.starts_on, "")).class("optional"),
            ]
        })
        .collect();
    let invoices = app::invoice::of_organisation(&state.app, scope, organisation).await?;
    let invoice_rows = invoices.iter().map(|(i, state)| invoice_row(slug, i, *state)).collect();
    let current = memberships.iter().any(|m| m.membership.terminated_on.is_none());
    let credit = app::invoice::credit_of(&state.app, scope, organisation).await?;
    let mut invoice_actions =
        vec![link("New invoice", format!("/clusters/{slug}/invoices/new?organisation={organisation}"))];
    if !credit.entries.is_empty() {
        invoice_actions.push(link(
            format!("Credit: {}", base_money(scope, credit.balance_minor)),
            format!("/clusters/{slug}/organisations/{organisation}/credit"),
        ));
    }
    let standing =
        memberships.iter().find(|m| m.membership.terminated_on.is_none()).or(memberships.first()).map_or_else(
            || "Not a member".to_string(),
            |m| format!("{}: {}", m.type_name, m.standing.status.label().to_lowercase()),
        );
    Ok((
        Section {
            title: "Membership".into(),
            table: plain_table(&[("Type", ""), ("Status", ""), ("Why", ""), ("Member since", "optional")], rows),
            empty: "Not a member.".into(),
            actions: if current {
                Vec::new()
            } else {
                vec![link("Add membership", format!("/clusters/{slug}/organisations/{organisation}/memberships/new"))]
            },
        },
        Section {
            title: format!("Invoices ({})", invoices.len()),
            table: plain_table(&INVOICE_COLUMNS, invoice_rows),
            empty: "No invoices.".into(),
            actions: invoice_actions,
        },
        standing,
    ))
}

pub const INVOICE_COLUMNS: [(&str, &str); 6] = [
    ("Number", ""),
    ("Issued", "optional"),
    ("Due", "optional"),
    ("Amount", "num"),
    ("Paid", "num optional"),
    ("State", ""),
];

pub fn invoice_row(slug: &str, i: &domain::invoice::Invoice, state: InvoiceState) -> Vec<Cell> {
    let number = if i.draft { "Draft".to_string() } else { i.number.clone() };
    vec![
        Cell::link(number, format!("/clusters/{slug}/invoices/{}", i.id)),
        Cell::text(reader::day(i.issued_on)).class("optional"),
        Cell::text(reader::day(i.due_on)).class("optional"),
        Cell::text(money(i.gross_minor, &i.currency)).class("num"),
        Cell::text(money(i.paid_minor, &i.currency)).class("num optional"),
        Cell::text(state.label()).class(invoice_class(state)),
    ]
}

fn membership_actions(slug: &str) -> Vec<Action> {
    vec![
        link("Membership types", format!("/clusters/{slug}/membership-types")),
        link("Renewal", format!("/clusters/{slug}/renewal")),
        link("Figures", format!("/clusters/{slug}/membership-figures")),
        link("Invoices", format!("/clusters/{slug}/invoices")),
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
    let page = ClusterPage::open(&state, access, "members", "Members".into()).await?;
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
                Cell::text(status.label()).class(status_class(status)),
                Cell::text(m.standing.reason(reader::date_style())).class("optional"),
            ]
        })
        .collect();
    let mut report = ReportPage::new(page.layout, "Members");
    report.subheading = count_text(rows.len() as i64, "membership", "memberships");
    report.actions = membership_actions(&slug);
    report.forms.push(PostForm::get(
        "Show",
        format!("/clusters/{slug}/members"),
        "Show",
        vec![FormField::text("status", "Status", wanted.map(MembershipStatus::code), None).select(options(
            "Every status",
            counts.iter().map(|(s, _)| (s.code(), s.label())),
            wanted.map(MembershipStatus::code),
        ))],
    ));
    report.facts = counts.iter().map(|(s, n)| Fact::new(s.label(), Some(n.to_string()))).collect();
    report.sections.push(Section {
        title: "Memberships".into(),
        table: plain_table(&[("Organisation", ""), ("Type", ""), ("Status", ""), ("Why", "optional")], rows),
        empty: "No memberships yet: add one from an organisation's page.".into(),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

fn period_text(p: &domain::period::PeriodRule) -> String {
    match p {
        domain::period::PeriodRule::Fixed { rollover: Some((m, d)), .. } => {
            format!("the cluster's year; joiners from {d}/{m} start the next")
        }
        domain::period::PeriodRule::Fixed { rollover: None, .. } => "the cluster's year".into(),
        domain::period::PeriodRule::Rolling { months } => format!("{months} months from joining"),
    }
}

async fn types(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    flash: Flash,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "members", "Membership types".into()).await?;
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
                    "every kind".to_string()
                } else {
                    f.eligible_kinds.iter().map(|k| k.label()).collect::<Vec<_>>().join(", ")
                })
                .class("optional"),
                Cell::text(if f.voting_rights { "yes" } else { "no" }).class("optional"),
            ]
        })
        .collect();
    let can_manage = page.scope.role().allows(Permission::Manage);
    let mut report = ReportPage::new(page.layout, "Membership types");
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.subheading = "What members pay, for which period, and what they get".into();
    report.actions = membership_actions(&slug);
    if can_manage {
        report.actions.insert(
            0,
            Action { label: "New type".into(), href: format!("/clusters/{slug}/membership-types/new"), primary: true },
        );
    }
    report.sections.push(Section {
        title: "Types".into(),
        table: plain_table(
            &[
                ("Name", ""),
                ("Fee", ""),
                ("Period", "optional"),
                ("Tax", "num optional"),
                ("Open to", "optional"),
                ("Vote", "optional"),
            ],
            rows,
        ),
        empty: "No membership types yet.".into(),
        actions: Vec::new(),
    });
    Ok(report.into_response())
}

fn kind_hint() -> String {
    let codes: Vec<&str> = domain::organisation::OrganisationKind::ALL.iter().map(|k| k.code()).collect();
    format!("Separated by commas, from: {}. Empty for every kind.", codes.join(", "))
}

fn yes_no_options(value: Option<&str>) -> Vec<SelectOption> {
    [("yes", "Yes"), ("no", "No")]
        .into_iter()
        .map(|(v, l)| SelectOption { value: v.into(), label: l.into(), selected: value == Some(v) })
        .collect()
}

fn type_fields(input: &MembershipTypeInput, errors: Option<&domain::Invalid>, currency: Currency) -> Vec<FormField> {
    let fee = &input.fee;
    let rules = domain::fee::RULES.iter().map(|(v, l)| (*v, *l));
    vec![
        FormField::text("name", "Name", input.name.as_deref(), errors).required(),
        FormField::text("eligible_kinds", "Open to", input.eligible_kinds.as_deref(), errors).hint(kind_hint()),
        FormField::text("voting_rights", "Voting rights", None, errors)
            .select(yes_no_options(input.voting_rights.as_deref().or(Some("yes")))),
        FormField::text("benefits", "Benefits", input.benefits.as_deref(), errors).input("textarea"),
        FormField::text("period", "Period", None, errors).select(
            [("fixed", "The cluster's year"), ("rolling", "A number of months from joining")]
                .into_iter()
                .map(|(v, l)| SelectOption {
                    value: v.into(),
                    label: l.into(),
                    selected: input.period.as_deref().unwrap_or("fixed") == v,
                })
                .collect(),
        ),
        FormField::text("rollover", "Rollover day", input.rollover.as_deref(), errors)
            .hint("For the cluster's year: who joins on or after this day (day/month, such as 1/10) starts in the next year, the rest of this one free."),
        FormField::text("months", "Months", input.months.as_deref(), errors)
            .hint("For a period from joining: how many months it lasts (12 for a year).")
            .input("number"),
        FormField::text("pro_rata", "Pro rata", None, errors)
            .select(yes_no_options(input.pro_rata.as_deref().or(Some("no"))))
            .hint("Whether a member who joins during a period pays only for the days left."),
        FormField::text("tax_rate", "Tax rate (%)", input.tax_rate.as_deref(), errors)
            .hint("Empty or 0 where fees are not taxed."),
        FormField::text("rule", "Fee rule", fee.rule.as_deref(), errors).select(options(
            "(choose)",
            rules,
            fee.rule.as_deref(),
        )),
        FormField::text("fee", &format!("Flat fee ({currency})"), fee.fee.as_deref(), errors),
        FormField::text("bands", "Bands", fee.bands.as_deref(), errors).input("textarea").hint(
            "One band a line, LIMIT: FEE, the last one rest: FEE. By employees: '9: 300', '49: 800', 'rest: 2000'. By turnover, the limits are amounts.",
        ),
        FormField::text("share", "Share of turnover (%)", fee.share.as_deref(), errors),
        FormField::text("floor", &format!("Floor ({currency})"), fee.floor.as_deref(), errors),
        FormField::text("cap", &format!("Cap ({currency})"), fee.cap.as_deref(), errors),
        FormField::text("hours", "In kind: hours a period", fee.hours.as_deref(), errors),
        FormField::text("rate", &format!("In kind: value of an hour ({currency})"), fee.rate.as_deref(), errors),
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
            submit: "Save type".into(),
            cancel_href: self.cancel_href,
            fields: type_fields(input, errors, currency),
            has_errors: errors.is_some(),
            intro: "Only the fields of the chosen fee rule are read.".into(),
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
    let page = ClusterPage::open(&state, access, "members", "New membership type".into()).await?;
    let currency = page.scope.cluster().base_currency;
    let form =
        TypeForm::new(page.layout, "New membership type".into(), format!("/clusters/{slug}/membership-types"), &slug);
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
    let page = ClusterPage::open(&state, access, "members", "New membership type".into()).await?;
    let currency = page.scope.cluster().base_currency;
    let saved = match parse_type(&page.scope, &input) {
        Ok(fields) => app::membership::create_type(&state.app, &page.scope, &fields).await,
        Err(e) => Err(e.into()),
    };
    match saved {
        Ok(_) => Ok(created(&format!("/clusters/{slug}/membership-types"), "The membership type is created.")),
        Err(app::Error::Invalid(e) | app::Error::Conflict(e)) => {
            let href = format!("/clusters/{slug}/membership-types");
            Ok(TypeForm::new(page.layout, "New membership type".into(), href, &slug).render(&input, Some(&e), currency))
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
    let page = ClusterPage::open(&state, access, "members", "Membership type".into()).await?;
    let t = app::membership::get_type(&state.app, &page.scope, id).await?;
    let currency = page.scope.cluster().base_currency;
    let input = t.fields.to_input(currency);
    let mut layout = page.layout;
    layout.title = t.fields.name.clone();
    let href = format!("/clusters/{slug}/membership-types/{id}");
    let mut form = TypeForm::new(layout, t.fields.name.clone(), href, &slug);
    form.links = vec![link("Simulate another fee rule", format!("/clusters/{slug}/membership-types/{id}/simulate"))];
    Ok(form.render(&input, None, currency))
}

async fn update_type(
    State(state): State<AppState>,
    access: PageScope<Manage>,
    Path((slug, _)): Path<(String, String)>,
    PageId(id, _): PageId<resource::MembershipType>,
    CsrfForm(input): CsrfForm<MembershipTypeInput>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "members", "Membership type".into()).await?;
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
    let page = ClusterPage::open(&state, access, "members", "Fee simulation".into()).await?;
    let scope = &page.scope;
    let currency = scope.cluster().base_currency;
    let t = app::membership::get_type(&state.app, scope, id).await?;
    let tried = if form.rule.is_some() { form.clone() } else { t.fields.fee_rule.to_form(currency) };
    let parsed = tried.parse(currency);
    let mut report = ReportPage::new(page.layout, format!("Fee simulation: {}", t.fields.name));
    report.subheading = format!(
        "Try another fee rule on the type's current members. Nothing is saved. Now: {}.",
        t.fields.fee_rule.summary(currency)
    );
    report.actions = vec![link("Membership types", format!("/clusters/{slug}/membership-types"))];
    let errors = parsed.as_ref().err();
    let mut fields = type_fields(&MembershipTypeInput { fee: tried.clone(), ..Default::default() }, errors, currency);
    fields.retain(|f| ["rule", "fee", "bands", "share", "floor", "cap", "hours", "rate"].contains(&f.name.as_str()));
    report.forms.push(PostForm::get(
        "Fee rule to try",
        format!("/clusters/{slug}/membership-types/{id}/simulate"),
        "Simulate",
        fields,
    ));
    match parsed {
        Err(_) => report.problem = Some("The rule cannot be tried yet: correct the fields marked below.".into()),
        Ok(rule) => {
            let s = app::membership::simulate(&state.app, scope, id, &rule).await?;
            report.facts = vec![
                Fact::new("Would pay more", Some(s.pay_more.to_string())),
                Fact::new("Would pay less", Some(s.pay_less.to_string())),
                Fact::new("Would pay the same", Some(s.pay_same.to_string())),
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
                title: "Fee income a period, by type".into(),
                table: plain_table(
                    &[("Type", ""), ("Members", "num"), ("Now", "num"), ("Projected", "num"), ("Change", "num")],
                    income_rows,
                ),
                empty: "No types.".into(),
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
                title: format!("Members of {}", s.type_name),
                table: plain_table(
                    &[("Member", ""), ("Now", "num"), ("Projected", "num"), ("Change", "num"), ("Why", "optional")],
                    member_rows,
                ),
                empty: "The type has no members now.".into(),
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
    let page = ClusterPage::open(&state, access, "members", "Renewal".into()).await?;
    let year = year_of(&q.period, page.today)?;
    let scope = &page.scope;
    let preview = app::membership::renew(&state.app, scope, year, page.user.actor.email(), true).await?;
    let can_manage = scope.role().allows(Permission::Manage);
    let mut report = ReportPage::new(page.layout, format!("Renewal {year}"));
    report.subheading = "The fee invoices of a period: first who will be invoiced, how much and why; then one click issues them all. Running it again issues nothing twice.".into();
    report.actions = membership_actions(&slug);
    report.notice = flash.notice;
    report.problem = flash.problem;
    report.forms.push(year_form(format!("/clusters/{slug}/renewal"), year, "Preview"));
    let to_invoice = preview.to_invoice();
    if can_manage && to_invoice > 0 {
        let mut form = PostForm::post(
            format!("Issue {to_invoice} invoices"),
            format!("/clusters/{slug}/renewal"),
            "Issue the invoices",
            vec![FormField::text("period", "Year", Some(&year.to_string()), None).input("hidden")],
        );
        form.confirm = format!(
            "Issue {to_invoice} fee invoices for {year}, {} in all? Invoices are numbered and cannot be deleted.",
            base_money(scope, preview.total_minor())
        );
        report.forms.push(form);
    }
    report.facts = vec![
        Fact::new("To invoice", Some(count_text(to_invoice as i64, "membership", "memberships"))),
        Fact::new("Total", Some(base_money(scope, preview.total_minor()))),
        Fact::new("Left out", Some(count_text((preview.lines.len() - to_invoice) as i64, "membership", "memberships"))),
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
        title: "Memberships".into(),
        table: plain_table(
            &[("Member", ""), ("Type", "optional"), ("Period", "optional"), ("Fee", "num"), ("Why", "")],
            rows,
        ),
        empty: "No memberships renew in this year.".into(),
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
        Some((first, last)) => format!("{} invoices issued, {first} to {last}.", done.issued),
        None => "Nothing to issue: every membership of the period is invoiced already.".into(),
    };
    Ok(see_other_with(&headers, &format!("/clusters/{slug}/renewal?period={year}"), "notice", &message))
}

async fn figures(
    State(state): State<AppState>,
    access: PageScope<Read>,
    Path(slug): Path<String>,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, PageError> {
    let page = ClusterPage::open(&state, access, "members", "Membership figures".into()).await?;
    let year = year_of(&q.period, page.today)?;
    let scope = &page.scope;
    let f = app::membership::figures(&state.app, scope, year).await?;
    let mut report = ReportPage::new(page.layout, format!("Membership figures {}", f.period));
    report.subheading = format!("As of {}", reader::day(f.as_of));
    report.actions = membership_actions(&slug);
    report.forms.push(year_form(format!("/clusters/{slug}/membership-figures"), year, "Show"));
    let percent = |p: Option<u32>| p.map(|p| format!("{p} %"));
    report.facts = vec![
        Fact::new("Members", Some(f.members.to_string())),
        Fact::new("New", Some(f.new.to_string())),
        Fact::new("Lost", Some(f.lost.to_string())),
        Fact::new("Retention", percent(f.retention_percent)),
        Fact::new("Fees billed", Some(base_money(scope, f.fees_billed))),
        Fact::new("Fees collected", Some(base_money(scope, f.fees_collected))),
        Fact::new("Fees outstanding", Some(base_money(scope, f.fees_outstanding))),
        Fact::new("Paid by the five largest payers", percent(f.fee_concentration_percent)),
    ];
    for (title, counts) in [("By type", &f.by_type), ("By kind", &f.by_kind), ("By size class", &f.by_size_class)] {
        let rows =
            counts.iter().map(|c| vec![Cell::text(&c.name), Cell::text(c.members.to_string()).class("num")]).collect();
        report.sections.push(Section {
            title: title.into(),
            table: plain_table(&[("", ""), ("Members", "num")], rows),
            empty: "No members.".into(),
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
        FormField::text("type_id", "Type", None, None).required().select(options(
            "(choose)",
            choices.iter().map(|(v, l)| (v.as_str(), l.as_str())),
            non_empty(&form.type_id),
        )),
        FormField::text("applied_on", "Applied on", non_empty(&form.applied_on).or(Some(&today_text)), None)
            .input("date"),
        FormField::text("starts_on", "Accepted, member from", non_empty(&form.starts_on), None)
            .input("date")
            .hint("Empty while the application waits for the board."),
    ];
    let status =
        if problem.is_some() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    Ok((
        status,
        FormPage {
            heading: format!("Membership of {}", o.fields.name),
            action: format!("/clusters/{slug}/organisations/{organisation}/memberships"),
            submit: "Add membership".into(),
            cancel_href: format!("/clusters/{slug}/organisations/{organisation}"),
            fields,
            has_errors: problem.is_some(),
            intro: problem.unwrap_or_else(|| "The types open to this kind of organisation.".into()),
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
    let page = ClusterPage::open(&state, access, "members", "New membership".into()).await?;
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
    let page = ClusterPage::open(&state, access, "members", "New membership".into()).await?;
    let added = async {
        let type_id = non_empty(&form.type_id)
            .and_then(|t| Uuid::parse_str(t).ok())
            .ok_or_else(|| app::Error::BadRequest("choose a membership type".into()))?;
        let applied_on = date_of(&form.applied_on, "applied_on")?.unwrap_or(page.today);
        let starts_on = date_of(&form.starts_on, "starts_on")?;
        app::membership::add(&state.app, &page.scope, id, type_id, applied_on, starts_on, page.user.actor.email()).await
    }
    .await;
    match added {
        Ok(_) => Ok(created(&format!("/clusters/{slug}/organisations/{id}"), "The membership is recorded.")),
        Err(e @ (app::Error::BadRequest(_) | app::Error::Invalid(_))) => {
            membership_form(&state, page, id, &form, Some(format!("Nothing was saved: {e}."))).await
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
    let page = ClusterPage::open(&state, access, "members", "Membership".into()).await?;
    let scope = &page.scope;
    let m = app::membership::get(&state.app, scope, id).await?;
    let views = app::membership::of_organisation(&state.app, scope, m.organisation_id).await?;
    let view = views.into_iter().find(|v| v.membership.id == id).ok_or(app::Error::NotFound("membership"))?;
    let o = app::organisation::get(&state.app, scope, m.organisation_id).await?;
    let history = app::membership::history(&state.app, scope, id).await?;
    let can_edit = scope.role().allows(Permission::Edit);
    let mut report = ReportPage::new(page.layout, format!("{}: {}", o.fields.name, view.type_name));
    report.subheading = format!("{}: {}", view.standing.status.label(), view.standing.reason(reader::date_style()));
    report.actions = vec![link(o.fields.name.clone(), format!("/clusters/{slug}/organisations/{}", o.id))];
    report.notice = flash.notice;
    report.problem = flash.problem;
    let day = |d: Option<NaiveDate>| d.map(reader::day);
    report.facts = vec![
        Fact::new("Applied on", Some(reader::day(m.applied_on))),
        Fact::new("Member from", day(m.starts_on)),
        Fact::new("Suspended from", day(m.suspended_on)),
        Fact::new("Terminated on", day(m.terminated_on)),
    ];
    if can_edit && m.terminated_on.is_none() {
        let mut changes: Vec<(&str, &str)> = Vec::new();
        if m.starts_on.is_none() {
            changes.push(("accept", "Accept from the day"));
        } else if m.suspended_on.is_none() {
            changes.push(("suspend", "Suspend from the day"));
        } else {
            changes.push(("reinstate", "Reinstate"));
        }
        changes.push(("terminate", "Terminate on the day"));
        let today_text = state.app.today(scope).to_string();
        let form = PostForm::post(
            "Change",
            format!("/clusters/{slug}/memberships/{id}/change"),
            "Apply",
            vec![
                FormField::text("action", "Change", None, None).select(
                    changes
                        .iter()
                        .map(|(v, l)| SelectOption { value: v.to_string(), label: l.to_string(), selected: false })
                        .collect(),
                ),
                FormField::text("day", "Day", Some(&today_text), None).input("date"),
            ],
        )
        .confirm("Apply this change to the membership? It is recorded in its history.");
        report.forms.push(form);
    }
    if can_edit && m.starts_on.is_some() {
        let quote = app::membership::invoice_fee(&state.app, scope, id, None, "", true).await?;
        let title = match &quote.action {
            app::membership::RenewalAction::Invoice { amount_minor, explanation } => {
                format!(
                    "Fee invoice for {}: {} ({explanation})",
                    reader::period(quote.days),
                    base_money(scope, *amount_minor)
                )
            }
            app::membership::RenewalAction::Skip { reason } => {
                format!("Fee invoice: the current period, {}, has none to issue ({reason})", reader::period(quote.days))
            }
        };
        report.forms.push(
            PostForm::post(
                title,
                format!("/clusters/{slug}/memberships/{id}/fee-invoice"),
                "Issue fee invoice",
                vec![
                    FormField::text("period_day", "A day of the period", None, None)
                        .input("date")
                        .hint("Empty for the period above; the renewal run never bills an invoiced period again."),
                ],
            )
            .confirm("Issue the fee invoice? It takes the next invoice number."),
        );
    }
    let fee_rows = app::invoice::of_organisation(&state.app, scope, m.organisation_id)
        .await?
        .into_iter()
        .filter(|(i, _)| i.membership_id == Some(id))
        .map(|(i, state)| invoice_row(&slug, &i, state))
        .collect();
    report.sections.push(Section {
        title: "Fee invoices".into(),
        table: plain_table(&INVOICE_COLUMNS, fee_rows),
        empty: "No fee invoiced yet.".into(),
        actions: Vec::new(),
    });
    let rows = history
        .iter()
        .map(|h| {
            vec![
                Cell::text(reader::moment(h.changed_at)),
                Cell::text(&h.change),
                Cell::text(&h.changed_by).class("optional"),
            ]
        })
        .collect();
    report.sections.push(Section {
        title: "History".into(),
        table: plain_table(&[("When", ""), ("Change", ""), ("By", "optional")], rows),
        empty: "No changes.".into(),
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
            &format!("Fee invoice {} issued for {}.", fee.number.unwrap_or_default(), reader::period(fee.days)),
        )),
        (None, app::membership::RenewalAction::Skip { reason }) => after_action(
            &headers,
            &back,
            Err(app::Error::BadRequest(format!("no fee invoice for {}: {reason}", fee.period))),
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
            _ => return Err(app::Error::BadRequest("choose a change".into())),
        };
        app::membership::change(&state.app, &scope, id, change, user.actor.email()).await
    }
    .await;
    after_action(&headers, &back, changed.map(|()| "The change is recorded.".to_string()))
}
