//! Membership types, memberships with their derived status, and the renewal run: previewed,
//! explained, numbered without gaps, and safe to run twice or twice at once; on every backend.

use crate::common;

use app::membership::{RenewalAction, renew};
use app::{App, ClusterScope};
use chrono::NaiveDate;
use common::build;
use domain::fee::{Band, FeeRule};
use domain::id::Uuid;
use domain::membership::{MembershipStatus, MembershipTypeFields};
use domain::money::{Currency, Money};
use domain::organisation::{OrganisationFields, OrganisationKind};
use domain::period::PeriodRule;
use domain::written::DateStyle;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn kind(name: &str, period: PeriodRule, fee_rule: FeeRule, eligible: Vec<OrganisationKind>) -> MembershipTypeFields {
    MembershipTypeFields {
        name: name.into(),
        eligible_kinds: eligible,
        voting_rights: true,
        benefits: String::new(),
        period,
        fee_rule,
        pro_rata: true,
        tax_rate_basis_points: 0,
    }
}

async fn organisation(
    app: &App,
    scope: &ClusterScope,
    name: &str,
    kind: OrganisationKind,
    employees: Option<i64>,
) -> Uuid {
    let fields = OrganisationFields {
        name: name.into(),
        kind,
        nace_code: None,
        employees,
        turnover: Some(Money::new(100_000_000, Currency::EUR)),
        balance_sheet_total: None,
        country: None,
        region: None,
        vat_id: None,
        website: None,
        street: None,
        postcode: None,
        city: None,
        email: None,
        phone: None,
    };
    store::testing::organisation(app.db(), scope, &fields).await.unwrap()
}

/// The members of the test: name, organisation id, membership id.
struct Members {
    by_name: Vec<(String, Uuid, Uuid)>,
}

impl Members {
    fn organisation(&self, name: &str) -> Uuid {
        self.by_name.iter().find(|(n, _, _)| n == name).unwrap().1
    }
}

async fn set_up(app: &App, scope: &ClusterScope) -> Members {
    let bands = vec![
        Band { up_to: Some(9), fee: 30_000 },
        Band { up_to: Some(249), fee: 200_000 },
        Band { up_to: None, fee: 500_000 },
    ];
    let full = app::membership::create_type(
        app,
        scope,
        &kind(
            "Full member",
            PeriodRule::Fixed { start_month: 1, rollover: Some((10, 1)) },
            FeeRule::ByEmployees { bands },
            vec![OrganisationKind::Company],
        ),
    )
    .await
    .unwrap();
    let associate = app::membership::create_type(
        app,
        scope,
        &kind("Associate", PeriodRule::Rolling { months: 12 }, FeeRule::Flat { fee: 50_000 }, vec![]),
    )
    .await
    .unwrap();
    let partner = app::membership::create_type(
        app,
        scope,
        &kind(
            "Research partner",
            PeriodRule::Fixed { start_month: 1, rollover: None },
            FeeRule::InKind { hours: 40, rate: 7_500 },
            vec![],
        ),
    )
    .await
    .unwrap();
    /// Name, kind, employees, membership type, applied on, starts on.
    type Member<'a> = (&'a str, OrganisationKind, Option<i64>, Uuid, NaiveDate, Option<NaiveDate>);
    let plan: [Member; 7] = [
        ("Aldatu Mugikortasuna", OrganisationKind::Company, Some(120), full, d(2024, 12, 1), Some(d(2025, 1, 1))),
        ("Bizkor Txikia", OrganisationKind::Company, Some(5), full, d(2026, 2, 20), Some(d(2026, 3, 1))),
        ("Berandu Heldua", OrganisationKind::Company, Some(30), full, d(2026, 10, 20), Some(d(2026, 11, 1))),
        ("Eskaera Soilik", OrganisationKind::Company, Some(30), full, d(2026, 1, 5), None),
        ("Zenbaki Gabe", OrganisationKind::Company, None, full, d(2024, 5, 1), Some(d(2024, 6, 1))),
        ("Lagun Elkartea", OrganisationKind::Association, None, associate, d(2025, 6, 1), Some(d(2025, 6, 15))),
        ("Ikerketa Zentroa", OrganisationKind::ResearchCentre, None, partner, d(2024, 1, 10), Some(d(2024, 2, 1))),
    ];
    let mut by_name = Vec::new();
    for (name, k, employees, type_id, applied, starts) in plan {
        let o = organisation(app, scope, name, k, employees).await;
        let m = app::membership::add(app, scope, o, type_id, applied, starts, "manager").await.unwrap();
        by_name.push((name.to_string(), o, m));
    }
    Members { by_name }
}

/// Another cluster with a type named as ours and a member of its own, invoiced and paid for 2026.
async fn neighbour(app: &App, slug: &str) -> ClusterScope {
    let scope = common::own_cluster(app, slug).await;
    let full = kind(
        "Full member",
        PeriodRule::Fixed { start_month: 1, rollover: None },
        FeeRule::Flat { fee: 40_000 },
        vec![OrganisationKind::Company],
    );
    let full = app::membership::create_type(app, &scope, &full).await.unwrap();
    let member = organisation(app, &scope, "Beste Kide", OrganisationKind::Company, Some(12)).await;
    app::membership::add(app, &scope, member, full, d(2025, 11, 1), Some(d(2025, 12, 1)), "manager").await.unwrap();
    renew(&app.on(d(2026, 1, 15)), &scope, 2026, "manager", false).await.unwrap();
    let invoice = store::invoice::invoices_of(app.db(), &scope, member).await.unwrap().remove(0);
    pay(app, &scope, invoice.id, d(2026, 2, 1), invoice.gross_minor).await;
    scope
}

fn action_of<'a>(renewal: &'a app::membership::Renewal, organisation: &str) -> &'a RenewalAction {
    &renewal.lines.iter().find(|l| l.organisation == organisation).unwrap().action
}

async fn a_renewal_is_previewed_explained_and_creates_nothing_the_second_time(app: App) {
    let scope = common::own_cluster(&app, "ours").await;
    let members = set_up(&app, &scope).await;

    let preview = renew(&app.on(d(2026, 1, 15)), &scope, 2026, "manager", true).await.unwrap();
    let invoice = |name: &str| match action_of(&preview, name) {
        RenewalAction::Invoice { amount_minor, explanation } => (*amount_minor, explanation.clone()),
        other => panic!("{name}: {other:?}"),
    };
    let skip = |name: &str| match action_of(&preview, name) {
        RenewalAction::Skip { reason } => reason.clone(),
        other => panic!("{name}: {other:?}"),
    };
    assert_eq!(
        invoice("Aldatu Mugikortasuna"),
        (200_000, "120 employees: the band up to 249, 2\u{202f}000.00 EUR".into())
    );
    // 306 of 365 days from 1 March: 300.00 × 306 / 365.
    assert_eq!(invoice("Bizkor Txikia").0, 25_151);
    assert!(invoice("Bizkor Txikia").1.ends_with("pro rata from 2026-03-01"));
    assert_eq!(invoice("Lagun Elkartea").0, 50_000, "the associate's anniversary falls in 2026");
    assert_eq!(skip("Berandu Heldua"), "joined after the rollover day; first fee for 2027");
    assert_eq!(skip("Eskaera Soilik"), "applied, not accepted yet");
    assert!(skip("Zenbaki Gabe").contains("headcount is not known"));
    assert!(skip("Ikerketa Zentroa").starts_with("in kind: 40 hours"));
    let ours = |r: &app::membership::Renewal| {
        r.lines
            .iter()
            .filter(|l| members.by_name.iter().any(|(_, _, m)| *m == l.membership_id))
            .cloned()
            .collect::<Vec<_>>()
    };
    let to_invoice = |r: &app::membership::Renewal| {
        ours(r).iter().filter(|l| matches!(l.action, RenewalAction::Invoice { .. })).count()
    };
    assert_eq!((to_invoice(&preview), preview.issued), (3, 0));
    let fee_invoices = || store::invoice::fee_invoices(app.db(), &scope, d(2025, 1, 1));
    let before = fee_invoices().await.unwrap().len();
    assert_eq!(renew(&app.on(d(2026, 1, 15)), &scope, 2026, "manager", true).await.unwrap().issued, 0);
    assert_eq!(fee_invoices().await.unwrap().len(), before, "a preview writes nothing");

    let done = renew(&app.on(d(2026, 1, 15)), &scope, 2026, "manager", false).await.unwrap();
    assert_eq!(done.issued, preview.to_invoice(), "the run does what the preview said");
    assert_eq!(fee_invoices().await.unwrap().len(), before + done.issued);
    let (first, last) = done.numbers.clone().unwrap();
    let sequence = |n: &str| n.strip_prefix("2026-").unwrap().parse::<usize>().unwrap();
    assert_eq!(sequence(&last) - sequence(&first) + 1, done.issued, "numbers without gaps: {first} to {last}");
    let again = renew(&app.on(d(2026, 1, 20)), &scope, 2026, "manager", false).await.unwrap();
    assert_eq!(again.issued, 0);
    assert!(
        matches!(action_of(&again, "Aldatu Mugikortasuna"), RenewalAction::Skip { reason } if reason == "already invoiced for this period")
    );
    assert_eq!(fee_invoices().await.unwrap().len(), before + done.issued);

    // The status follows the invoice and its payments.
    let aldatu = members.organisation("Aldatu Mugikortasuna");
    let invoice = &store::invoice::invoices_of(app.db(), &scope, aldatu).await.unwrap()[0];
    let view = &app::membership::of_organisation(&app.on(d(2026, 3, 17)), &scope, aldatu).await.unwrap()[0];
    assert_eq!(view.standing.status, MembershipStatus::ActiveFeeUnpaid);
    assert_eq!(
        view.standing.reason(DateStyle::Iso),
        format!("active; 2026 fee invoice {} unpaid, 31 days overdue", invoice.number)
    );
    pay(&app, &scope, invoice.id, d(2026, 3, 18), 150_000).await;
    let view = &app::membership::of_organisation(&app.on(d(2026, 3, 20)), &scope, aldatu).await.unwrap()[0];
    assert_eq!(view.standing.status, MembershipStatus::ActiveFeeUnpaid, "a part payment is not a payment");
    pay(&app, &scope, invoice.id, d(2026, 3, 21), 50_000).await;
    let view = &app::membership::of_organisation(&app.on(d(2026, 3, 22)), &scope, aldatu).await.unwrap()[0];
    assert_eq!(
        (view.standing.status, view.standing.reason(DateStyle::Iso)),
        (MembershipStatus::Active, format!("active; 2026 fee invoice {} paid", invoice.number))
    );
    let late = members.organisation("Berandu Heldua");
    let view = &app::membership::of_organisation(&app.on(d(2026, 12, 1)), &scope, late).await.unwrap()[0];
    assert_eq!(view.standing.reason(DateStyle::Iso), "active; joined after the rollover day; first fee for 2027");

    // Another cluster, with records of its own, sees none of it.
    let other = neighbour(&app, "theirs").await;
    assert!(app::membership::of_organisation(&app.on(d(2026, 3, 22)), &other, aldatu).await.unwrap().is_empty());
    let customer = async |t: app::accounting::Table| {
        let rows = t.collect_rows().await.unwrap();
        rows.iter().any(|r| r.contains(&app::accounting::Value::Text("Aldatu Mugikortasuna".into())))
    };
    assert!(customer(app::accounting::invoices(&app.on(d(2026, 3, 22)), &scope).await.unwrap()).await);
    assert!(customer(app::accounting::payments(&app, &scope).await.unwrap()).await);
    assert!(!customer(app::accounting::invoices(&app.on(d(2026, 3, 22)), &other).await.unwrap()).await);
    assert!(!customer(app::accounting::payments(&app, &other).await.unwrap()).await);
    let ours: Vec<Uuid> = app::membership::types(&app, &scope).await.unwrap().into_iter().map(|t| t.id).collect();
    assert!(app::membership::types(&app, &other).await.unwrap().iter().all(|t| !ours.contains(&t.id)));
    assert!(
        renew(&app.on(d(2026, 1, 15)), &other, 2026, "manager", true)
            .await
            .unwrap()
            .lines
            .iter()
            .all(|l| l.organisation != "Aldatu Mugikortasuna")
    );
}

async fn two_renewal_runs_at_once_issue_each_invoice_once_with_numbers_without_gaps(app: App) {
    let scope = common::own_cluster(&app, "ours").await;
    set_up(&app, &scope).await;
    let then = app.on(d(2027, 1, 10));
    let (a, b) = tokio::join!(renew(&then, &scope, 2027, "manager", false), renew(&then, &scope, 2027, "staff", false));
    let (a, b) = (a.unwrap(), b.unwrap());
    let expected = a.to_invoice().max(b.to_invoice());
    let invoiced_late_joiner = |r: &app::membership::Renewal| {
        r.lines.iter().any(|l| l.organisation == "Berandu Heldua" && matches!(l.action, RenewalAction::Invoice { .. }))
    };
    assert!(invoiced_late_joiner(&a) != invoiced_late_joiner(&b), "in 2027 the late joiner pays, once");
    assert_eq!(a.issued + b.issued, expected, "{a:?} {b:?}");
    let mut numbers: Vec<String> = store::invoice::fee_invoices(app.db(), &scope, d(2027, 1, 1))
        .await
        .unwrap()
        .into_iter()
        .map(|i| i.number)
        .collect();
    numbers.sort();
    assert_eq!(numbers, (1..=expected).map(|n| format!("2027-{n:04}")).collect::<Vec<_>>());
}

async fn types_and_memberships_refuse_what_makes_no_sense(app: App) {
    let scope = common::own_cluster(&app, "ours").await;
    let bad = kind("", PeriodRule::Rolling { months: 0 }, FeeRule::Flat { fee: -5 }, vec![]);
    let Err(app::Error::Invalid(invalid)) = app::membership::create_type(&app, &scope, &bad).await else {
        panic!("accepted a bad type")
    };
    let fields: Vec<&str> = invalid.0.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["name", "period", "fee_rule"]);

    let members = set_up(&app, &scope).await;
    let types = app::membership::types(&app, &scope).await.unwrap();
    let full = types.iter().find(|t| t.fields.name == "Full member").unwrap().id;
    let centre = members.organisation("Ikerketa Zentroa");
    let refused = app::membership::add(&app, &scope, centre, full, d(2026, 1, 1), None, "manager").await;
    assert!(matches!(refused, Err(app::Error::BadRequest(m)) if m.contains("not open to organisations of the kind")));
    let aldatu = members.organisation("Aldatu Mugikortasuna");
    let twice = app::membership::add(&app, &scope, aldatu, full, d(2026, 1, 1), None, "manager").await;
    assert!(matches!(twice, Err(app::Error::BadRequest(m)) if m.contains("already has a membership")));
    let history = store::membership::history(app.db(), &scope, members.by_name[0].2).await.unwrap();
    assert_eq!(history[0].change, "applied on 2024-12-01; accepted, starting on 2025-01-01");
}

/// Records a payment received on `day` through the use case, as the team would.
async fn pay(app: &App, scope: &ClusterScope, invoice: Uuid, day: NaiveDate, amount_minor: i64) {
    let input = app::invoice::PaymentInput {
        paid_on: Some(day.to_string()),
        amount: Some(format!("{}.{:02}", amount_minor / 100, amount_minor % 100)),
        reference: Some("transfer".into()),
        overpayment: None,
    };
    app::invoice::record_payment(&app.on(day), scope, invoice, &input, "manager").await.unwrap();
}

async fn the_figures_of_a_period_count_members_fees_and_who_pays_them(app: App) {
    // A cluster of its own, so that every figure is known, and another beside it.
    let scope = common::own_cluster(&app, "figures").await;
    neighbour(&app, "beside").await;
    let members = set_up(&app, &scope).await;
    renew(&app.on(d(2026, 1, 15)), &scope, 2026, "manager", false).await.unwrap();
    let pay = |name: &str, amount: i64| {
        let (app, scope, organisation) = (&app, &scope, members.organisation(name));
        async move {
            let invoice = store::invoice::invoices_of(app.db(), scope, organisation).await.unwrap().remove(0);
            pay(app, scope, invoice.id, d(2026, 3, 18), amount).await;
        }
    };
    pay("Aldatu Mugikortasuna", 200_000).await;
    pay("Bizkor Txikia", 10_000).await;

    let f = app::membership::figures(&app.on(d(2026, 3, 22)), &scope, 2026).await.unwrap();
    assert_eq!((f.period.as_str(), f.as_of), ("2026", d(2026, 3, 22)));
    // Members on 22 March: Aldatu (paid), Bizkor (fee unpaid), Zenbaki (2026 not invoiced yet),
    // Lagun (associate), Ikerketa (in kind); not the late joiner, nor the mere applicant.
    assert_eq!(f.members, 5);
    let counts = |c: &[app::membership::Count]| c.iter().map(|c| (c.name.clone(), c.members)).collect::<Vec<_>>();
    assert_eq!(
        counts(&f.by_type),
        vec![("Full member".into(), 3), ("Associate".into(), 1), ("Research partner".into(), 1)]
    );
    assert_eq!(counts(&f.by_kind)[0], ("company".to_string(), 3));
    assert_eq!(f.new, 2, "Bizkor in March, Berandu in November");
    // At the start: Aldatu, Lagun and Ikerketa (Zenbaki had lapsed, never invoiced for 2025).
    assert_eq!((f.lost, f.retention_percent), (0, Some(100)));
    assert_eq!((f.fees_billed, f.fees_collected, f.fees_outstanding), (275_151, 210_000, 65_151));
    assert_eq!(f.fee_concentration_percent, Some(100));

    // The exact counts above hold while the cluster beside it has a paying member of a type
    // named as ours: the figures are the cluster's own. A year that is over is counted at its end.
    let end = app::membership::figures(&app.on(d(2027, 5, 1)), &scope, 2026).await.unwrap();
    assert_eq!(end.as_of, d(2026, 12, 31));
}

/// The figures are remembered between requests; each change they are made of, however it is
/// made, is in the next figures asked for.
async fn the_figures_follow_each_change_they_are_made_of(app: App) {
    let scope = common::own_cluster(&app, "remembered").await;
    let beside = neighbour(&app, "next-door").await;
    let members = set_up(&app, &scope).await;
    renew(&app.on(d(2026, 1, 15)), &scope, 2026, "manager", false).await.unwrap();
    let today = app.on(d(2026, 3, 22));
    let figures = || app::membership::figures(&today, &scope, 2026);
    let first = figures().await.unwrap();
    assert_eq!(figures().await.unwrap(), first, "asked again, nothing changed");
    // What another cluster changes leaves these figures as they are.
    organisation(&app, &beside, "Ondoko Enpresa", OrganisationKind::Company, Some(8)).await;
    assert_eq!(figures().await.unwrap(), first);

    // A payment (payments).
    let aldatu = members.organisation("Aldatu Mugikortasuna");
    let fee = store::invoice::invoices_of(app.db(), &scope, aldatu).await.unwrap().remove(0);
    pay(&app, &scope, fee.id, d(2026, 3, 18), 200_000).await;
    let paid = figures().await.unwrap();
    assert_eq!(paid.fees_collected, first.fees_collected + 200_000);

    // A voided fee (invoices).
    let bizkor = members.organisation("Bizkor Txikia");
    let unpaid = store::invoice::invoices_of(app.db(), &scope, bizkor).await.unwrap().remove(0);
    app::invoice::void(&today, &scope, unpaid.id, "sent twice", "manager").await.unwrap();
    let voided = figures().await.unwrap();
    assert_eq!(voided.fees_billed, paid.fees_billed - unpaid.gross_minor);

    // A renamed membership type (membership_types).
    let types = app::membership::types(&app, &scope).await.unwrap();
    let full = types.iter().find(|t| t.fields.name == "Full member").unwrap();
    let renamed = MembershipTypeFields { name: "Ordinary member".into(), ..full.fields.clone() };
    app::membership::update_type(&app, &scope, full.id, &renamed).await.unwrap();
    let by_type = figures().await.unwrap().by_type;
    assert!(by_type.iter().any(|c| c.name == "Ordinary member") && by_type.iter().all(|c| c.name != "Full member"));

    // An organisation of another kind (organisations).
    let organisation = app::organisation::get(&app, &scope, aldatu).await.unwrap();
    let input = domain::organisation::OrganisationInput {
        kind: Some(OrganisationKind::ResearchCentre.code().into()),
        ..organisation.fields.to_input()
    };
    app::organisation::update(&app, &scope, aldatu, &input).await.unwrap();
    let by_kind = figures().await.unwrap().by_kind;
    assert!(by_kind.iter().any(|c| c.name == OrganisationKind::ResearchCentre.code()), "{by_kind:?}");

    // A membership terminated (memberships), written on the store as another process would.
    let before = figures().await.unwrap().members;
    let membership = members.by_name.iter().find(|(name, _, _)| name == "Lagun Elkartea").unwrap().2;
    let mut tx = store::Db::begin(app.db()).await.unwrap();
    let ended = store::membership::MembershipChange::Terminate(d(2026, 2, 1));
    assert!(store::membership::change(&mut tx, &scope, membership, ended, "elsewhere").await.unwrap());
    tx.commit().await.unwrap();
    assert_eq!(figures().await.unwrap().members, before - 1);
}

async fn a_fee_rule_is_tried_on_the_members_without_saving_anything(app: App) {
    let scope = common::own_cluster(&app, "simulation").await;
    set_up(&app, &scope).await;
    let types = app::membership::types(&app, &scope).await.unwrap();
    let full = types.iter().find(|t| t.fields.name == "Full member").unwrap();
    // Two bands instead of three: small members pay more, the large one less.
    let tried =
        FeeRule::ByEmployees { bands: vec![Band { up_to: Some(49), fee: 60_000 }, Band { up_to: None, fee: 150_000 }] };
    let s = app::membership::simulate(&app.on(d(2026, 3, 22)), &scope, full.id, &tried).await.unwrap();
    let member = |name: &str| s.members.iter().find(|m| m.organisation == name).unwrap();
    assert_eq!(
        (member("Aldatu Mugikortasuna").current_minor, member("Aldatu Mugikortasuna").projected_minor),
        (Some(200_000), Some(150_000))
    );
    assert_eq!(member("Bizkor Txikia").difference(), Some(30_000));
    assert_eq!(member("Zenbaki Gabe").projected_minor, None, "no headcount: cannot be priced");
    assert!(member("Zenbaki Gabe").explanation.contains("headcount"));
    assert_eq!((s.pay_more, s.pay_less, s.pay_same), (1, 1, 0));
    assert_eq!(s.members[0].organisation, "Bizkor Txikia", "those who would pay more come first");
    let income = |name: &str| s.by_type.iter().find(|t| t.name == name).unwrap();
    assert_eq!((income("Full member").current_minor, income("Full member").projected_minor), (230_000, 210_000));
    assert_eq!(income("Associate").current_minor, income("Associate").projected_minor, "other types unchanged");
    let after = app::membership::get_type(&app, &scope, full.id).await.unwrap();
    assert_eq!(after.fields.fee_rule, full.fields.fee_rule, "nothing saved");
    let bad = FeeRule::ByEmployees { bands: vec![Band { up_to: Some(9), fee: 1 }] };
    assert!(matches!(
        app::membership::simulate(&app.on(d(2026, 3, 22)), &scope, full.id, &bad).await,
        Err(app::Error::Invalid(_))
    ));
}

async fn membership_changes_are_checked_and_kept_in_the_history(app: App) {
    use store::membership::MembershipChange::*;
    let scope = common::own_cluster(&app, "changes").await;
    let members = set_up(&app, &scope).await;
    let applicant = members.by_name.iter().find(|(n, _, _)| n == "Eskaera Soilik").unwrap().2;
    let e = app::membership::change(&app, &scope, applicant, Suspend(d(2026, 2, 1)), "m").await.unwrap_err();
    assert!(e.to_string().contains("only an accepted membership"), "{e}");
    let e = app::membership::change(&app, &scope, applicant, Accept(d(2025, 1, 1)), "m").await.unwrap_err();
    assert!(e.to_string().contains("before it was applied"), "{e}");
    app::membership::change(&app, &scope, applicant, Accept(d(2026, 2, 1)), "m").await.unwrap();
    app::membership::change(&app, &scope, applicant, Suspend(d(2026, 5, 1)), "m").await.unwrap();
    app::membership::change(&app, &scope, applicant, Reinstate, "m").await.unwrap();
    app::membership::change(&app, &scope, applicant, Terminate(d(2026, 12, 31)), "m").await.unwrap();
    let e = app::membership::change(&app, &scope, applicant, Reinstate, "m").await.unwrap_err();
    assert!(e.to_string().contains("terminated"), "{e}");
    let history: Vec<String> =
        app::membership::history(&app, &scope, applicant).await.unwrap().into_iter().map(|h| h.change).collect();
    assert_eq!(
        history,
        [
            "applied on 2026-01-05",
            "accepted, starting on 2026-02-01",
            "suspended from 2026-05-01",
            "reinstated",
            "terminated on 2026-12-31"
        ]
    );
    let other = common::own_cluster(&app, "changes-other").await;
    assert!(matches!(
        app::membership::change(&app, &other, applicant, Reinstate, "m").await,
        Err(app::Error::NotFound(_))
    ));
    assert!(app::membership::members(&app.on(d(2026, 3, 1)), &other).await.unwrap().is_empty());
    assert_eq!(app::membership::members(&app.on(d(2026, 3, 1)), &scope).await.unwrap().len(), 7);
}

on_each_backend!(empty: a_renewal_is_previewed_explained_and_creates_nothing_the_second_time, two_renewal_runs_at_once_issue_each_invoice_once_with_numbers_without_gaps, types_and_memberships_refuse_what_makes_no_sense, the_figures_of_a_period_count_members_fees_and_who_pays_them, the_figures_follow_each_change_they_are_made_of, a_fee_rule_is_tried_on_the_members_without_saving_anything);

/// Two people add a membership for one organisation at the same moment, or suspend one and
/// terminate it: the rule "one membership at a time" and the checks of a change hold, because
/// each is made inside its unit of work on the locked row.
async fn memberships_added_or_changed_at_once_keep_their_rules(app: App) {
    use store::membership::MembershipChange::*;
    let scope = common::own_cluster(&app, "at-once").await;
    let full = build::full_member_type(&app, &scope).await;
    for n in 0..6 {
        let company = build::organisation(&app, &scope, &format!("Batera {n} S.L.")).await.id;
        let (a, b) = tokio::join!(
            app::membership::add(&app, &scope, company, full, d(2026, 1, 5), Some(d(2026, 1, 5)), "a"),
            app::membership::add(&app, &scope, company, full, d(2026, 1, 6), None, "b")
        );
        assert_eq!([&a, &b].iter().filter(|r| r.is_ok()).count(), 1, "{a:?} {b:?}");
        let refused = if a.is_err() { a } else { b }.unwrap_err();
        assert!(refused.to_string().contains("already has a membership"), "{refused}");
        let memberships = app::membership::of_organisation(&app, &scope, company).await.unwrap();
        assert_eq!(memberships.len(), 1);
        let id = memberships[0].membership.id;
        if memberships[0].membership.starts_on.is_some() {
            let (a, b) = tokio::join!(
                app::membership::change(&app, &scope, id, Suspend(d(2026, 3, 1)), "a"),
                app::membership::change(&app, &scope, id, Suspend(d(2026, 3, 2)), "b")
            );
            assert_eq!([&a, &b].iter().filter(|r| r.is_ok()).count(), 1, "suspended once: {a:?} {b:?}");
        }
    }
}

on_each_backend!(empty: membership_changes_are_checked_and_kept_in_the_history, memberships_added_or_changed_at_once_keep_their_rules);

/// A type with periods of six, three or one month is billed for every period that starts in the
/// year of the run, and the preview says, for each member, which periods are billed and which are
/// left out, and why.
async fn periods_of_any_length_are_each_billed_once(app: App) {
    let scope = common::own_cluster(&app, "half-years").await;
    let rolling = |name: &str, months| {
        kind(name, PeriodRule::Rolling { months }, FeeRule::Flat { fee: 30_000 }, vec![OrganisationKind::Company])
    };
    let half = app::membership::create_type(&app, &scope, &rolling("Half-year member", 6)).await.unwrap();
    let quarter = app::membership::create_type(&app, &scope, &rolling("Quarterly member", 3)).await.unwrap();
    let monthly = app::membership::create_type(&app, &scope, &rolling("Monthly member", 1)).await.unwrap();
    let alba = organisation(&app, &scope, "Alba Sensors", OrganisationKind::Company, Some(10)).await;
    let boreal = organisation(&app, &scope, "Boreal Tech", OrganisationKind::Company, Some(10)).await;
    let cierzo = organisation(&app, &scope, "Cierzo Motion", OrganisationKind::Company, Some(10)).await;
    build::member(&app, &scope, alba, half, d(2025, 3, 15)).await;
    let leaving = build::member(&app, &scope, boreal, quarter, d(2025, 12, 1)).await;
    app::membership::change(&app, &scope, leaving, store::membership::MembershipChange::Terminate(d(2026, 6, 1)), "m")
        .await
        .unwrap();
    build::member(&app, &scope, cierzo, monthly, d(2026, 10, 31)).await;

    let today = d(2026, 1, 10);
    let preview = renew(&app.on(today), &scope, 2026, "manager", true).await.unwrap();
    let periods = |name: &str| -> Vec<(String, bool)> {
        preview
            .lines
            .iter()
            .filter(|l| l.organisation == name)
            .map(|l| (l.period.clone(), matches!(l.action, RenewalAction::Invoice { .. })))
            .collect()
    };
    assert_eq!(
        periods("Alba Sensors"),
        vec![("2026-03-15 to 2026-09-14".into(), true), ("2026-09-15 to 2027-03-14".into(), true)]
    );
    let boreal_lines = periods("Boreal Tech");
    assert_eq!(boreal_lines.iter().map(|(_, billed)| *billed).collect::<Vec<_>>(), vec![true, false, false, false]);
    let left_out = preview.lines.iter().filter(|l| l.organisation == "Boreal Tech").nth(1).unwrap();
    assert!(matches!(&left_out.action, RenewalAction::Skip { reason } if reason.contains("terminated")));
    let cierzo_lines = periods("Cierzo Motion");
    assert_eq!(cierzo_lines.len(), 3, "31 October, 30 November, 31 December: {cierzo_lines:?}");
    assert_eq!(cierzo_lines[1].0, "2026-11-30 to 2026-12-30");
    assert_eq!(preview.to_invoice(), 2 + 1 + 3);

    let run = renew(&app.on(today), &scope, 2026, "manager", false).await.unwrap();
    assert_eq!(run.issued, 6);
    let fees = store::invoice::invoices_of(app.db(), &scope, alba).await.unwrap();
    let mut starts: Vec<NaiveDate> = fees.iter().filter_map(|i| i.period_start).collect();
    starts.sort();
    assert_eq!(starts, vec![d(2026, 3, 15), d(2026, 9, 15)]);
    assert!(fees.iter().all(|i| i.due_on >= i.period_start.unwrap()), "a later period falls due after it starts");
    let again = renew(&app.on(today), &scope, 2026, "manager", false).await.unwrap();
    assert_eq!(again.issued, 0, "{again:#?}");

    // In the second half-year the member is in good standing, not lapsed: its period is billed.
    let standing = app::membership::of_organisation(&app.on(d(2026, 10, 1)), &scope, alba).await.unwrap();
    assert_eq!(standing[0].standing.status, MembershipStatus::ActiveFeeUnpaid, "{:?}", standing[0].standing);
}

/// A new member's fee invoice is issued from its membership, priced and prorated as a renewal
/// would, linked to the membership so that the renewal never bills the period again.
async fn a_new_members_fee_is_invoiced_from_its_membership(app: App) {
    let scope = common::own_cluster(&app, "new-member").await;
    let full = build::full_member_type(&app, &scope).await;
    let acme = organisation(&app, &scope, "Acme Logistics", OrganisationKind::Company, Some(30)).await;
    let membership = build::member(&app, &scope, acme, full, d(2026, 4, 1)).await;
    let on = app.on(d(2026, 4, 2));

    let quote = app::membership::invoice_fee(&on, &scope, membership, None, "m", true).await.unwrap();
    assert_eq!((quote.period.as_str(), quote.invoice_id), ("2026", None));
    let RenewalAction::Invoice { amount_minor, explanation } = &quote.action else { panic!("{quote:?}") };
    // 800 for 10 to 49 employees, for the 275 days of 365 from 1 April, to the cent.
    assert_eq!(*amount_minor, 60_274);
    assert!(explanation.contains("pro rata from 2026-04-01"), "{explanation}");
    assert!(store::invoice::invoices_of(app.db(), &scope, acme).await.unwrap().is_empty(), "a quote issues nothing");

    let issued = app::membership::invoice_fee(&on, &scope, membership, None, "m", false).await.unwrap();
    let number = issued.number.clone().unwrap();
    let detail = app::invoice::detail(&on, &scope, issued.invoice_id.unwrap()).await.unwrap();
    assert_eq!(detail.invoice.kind, domain::invoice::InvoiceKind::Fee);
    assert_eq!((detail.invoice.membership_id, detail.invoice.period_start), (Some(membership), Some(d(2026, 1, 1))));
    // The plan speaks to its reader (here nobody's: English); the invoice to its customer, in the
    // cluster's language (Spanish) as long as Acme chose none.
    use domain::language::Language;
    let line = |language, kind: &str| {
        i18n::text_with(language, "invoice-line-membership-fee", &[("type", kind.into()), ("period", "2026".into())])
    };
    assert_eq!(detail.lines[0].description, line(Language::Spanish, "Full member"), "{:?}", detail.lines);
    assert!(detail.invoice.explanation.contains("prorrateo desde el 2026-04-01"), "{}", detail.invoice.explanation);
    let twice = app::membership::invoice_fee(&on, &scope, membership, None, "m", false).await.unwrap();
    assert!(matches!(twice.action, RenewalAction::Skip { ref reason } if reason.contains("already invoiced")));
    assert_eq!(twice.invoice_id, None);

    let renewal = renew(&on, &scope, 2026, "manager", false).await.unwrap();
    assert_eq!(renewal.issued, 0, "the renewal does not bill the period again: {renewal:#?}");
    let all = store::invoice::invoices_of(app.db(), &scope, acme).await.unwrap();
    assert_eq!((all.len(), all[0].number.as_str()), (1, number.as_str()));

    // The next period is billed from the membership too, by a day in it.
    let next = app::membership::invoice_fee(&on, &scope, membership, Some(d(2027, 2, 1)), "m", true).await.unwrap();
    assert_eq!(next.period, "2027");
    assert!(matches!(next.action, RenewalAction::Invoice { amount_minor: 80_000, .. }), "{next:?}");

    // A customer who reads German gets its credit note in German.
    app::organisation::set_language(&app, &scope, acme, "de").await.unwrap();
    let invoice = issued.invoice_id.unwrap();
    let (note, _) = app::invoice::credit(&on, &scope, invoice, Some("100"), "wrong size class", "m").await.unwrap();
    let note = app::invoice::detail(&on, &scope, note).await.unwrap();
    let credit = [("number", number.clone()), ("reason", "wrong size class".to_string())];
    let credit: Vec<_> = credit.iter().map(|(k, v)| (*k, i18n::FluentValue::from(v.as_str()))).collect();
    assert_eq!(note.lines[0].description, i18n::text_with(Language::German, "invoice-line-credit", &credit));
    assert!(note.lines[0].description.starts_with("Gutschrift"), "{}", note.lines[0].description);

    let other = common::own_cluster(&app, "not-new-member").await;
    let theirs = app::membership::invoice_fee(&on, &other, membership, None, "x", false).await;
    assert!(matches!(theirs, Err(app::Error::NotFound(_))));
}

on_each_backend!(empty: periods_of_any_length_are_each_billed_once, a_new_members_fee_is_invoiced_from_its_membership);
