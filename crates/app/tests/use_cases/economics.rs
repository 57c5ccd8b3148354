//! The economics of the cluster organisation: the ledger put together from what was entered, the
//! invoices, the projects and the team; the ratios and the aid cap on it; on every backend.

use crate::common;

use app::App;
use app::import::{Mode, RowAction, Target, run_with};
use chrono::NaiveDate;
use common::build;
use domain::economics::{Basis, EntryInput, IncomeStream, Origin, StaffInput};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn line(pairs: &[(&str, &str)]) -> EntryInput {
    let get = |k: &str| pairs.iter().find(|(f, _)| *f == k).map(|(_, v)| v.to_string());
    EntryInput {
        year: get("year"),
        basis: get("basis"),
        stream: get("stream"),
        cost_kind: get("cost_kind"),
        amount: get("amount"),
        hours: get("hours"),
        hourly_rate: get("hourly_rate"),
        public: get("public"),
        recurring: get("recurring"),
        description: get("description"),
    }
}

fn ratio(year: &app::economics::EconomicYear, basis: Basis, code: &str) -> Option<i64> {
    let ratios = if basis == Basis::Budget { &year.budget_ratios } else { &year.actual_ratios };
    ratios.iter().find(|r| r.code == code).unwrap().value
}

/// A year worked out by hand, in euros. Invoiced: two service invoices of 1 000 and 500 (a
/// credit note takes 200 off the first). Entered: public support 9 000, office 3 000, sponsorship
/// 1 000, 20 hours in kind at 50. Team: a manager costing 12 000 a year, all year. Reserves 7 500.
///
/// Structure costs 15 000; recurring structure income 1 300 + 9 000 = 10 300: coverage 0.6867;
/// total income 1 300 + 9 000 + 1 000 + 1 000 = 12 300, private 3 300: 26.83 %; public 9 000 of
/// 15 000 structure costs: 60 %, above the cap; runway 7 500 × 12 / 15 000 = 6 months.
async fn the_ledger_reads_the_invoices_once_and_computes_the_ratios_and_the_cap(app: App) {
    let scope = common::own_cluster(&app, "ledger").await;
    // On the last day of the year, so that the year is whole: the actual counts the days gone by.
    let on = app.on(day(2026, 12, 31));
    let company = build::organisation(&app, &scope, "Errota Movilidad S.L.").await.id;
    let (first, _) = build::issued_invoice(&app, &scope, company, "1000", day(2026, 3, 1)).await;
    build::issued_invoice(&app, &scope, company, "500", day(2026, 4, 1)).await;
    build::issued_invoice(&app, &scope, company, "9999", day(2025, 12, 31)).await;
    app::invoice::credit(&on, &scope, first, Some("200"), "Half a day less", "m").await.unwrap();
    for pairs in [
        vec![("year", "2026"), ("stream", "public_support"), ("amount", "9000")],
        vec![("year", "2026"), ("cost_kind", "office"), ("amount", "3000")],
        vec![("year", "2026"), ("stream", "sponsorship"), ("amount", "1000")],
        vec![("year", "2026"), ("stream", "in_kind"), ("hours", "20"), ("hourly_rate", "50")],
        vec![("year", "2026"), ("basis", "budget"), ("stream", "services"), ("amount", "2000")],
        vec![("year", "2026"), ("basis", "budget"), ("cost_kind", "office"), ("amount", "3000")],
    ] {
        app::economics::add_entry(&on, &scope, &line(&pairs), None, "m").await.unwrap();
    }
    let manager = StaffInput {
        name: Some("Ane Etxeberria".into()),
        role: Some("cluster_manager".into()),
        fte: None,
        yearly_cost: Some("12000".into()),
        starts_on: Some("2024-01-01".into()),
        ends_on: None,
        qualifications: Some("MBA".into()),
    };
    app::economics::add_staff(&on, &scope, &manager, None).await.unwrap();
    app::economics::set_reserves(&on, &scope, Some("2026"), Some("7500"), "m").await.unwrap();
    let staff_line = line(&[("year", "2026"), ("basis", "budget"), ("cost_kind", "staff"), ("amount", "100")]);
    let refused = app::economics::add_entry(&on, &scope, &staff_line, None, "m").await.unwrap_err();
    assert!(refused.to_string().contains("come from the team"), "{refused}");

    // Actual fees and services come from the invoices: typing them again is refused.
    let twice = line(&[("year", "2026"), ("stream", "services"), ("amount", "1300")]);
    let refused = app::economics::add_entry(&on, &scope, &twice, None, "m").await.unwrap_err();
    assert!(refused.to_string().contains("come from the invoices"), "{refused}");
    let history = line(&[("year", "2024"), ("stream", "services"), ("amount", "1300")]);
    app::economics::add_entry(&on, &scope, &history, None, "m")
        .await
        .expect("a year without invoices takes its history");

    let years = app::economics::years(&on, &scope, 2024, 2026).await.unwrap();
    assert_eq!(years[0].actual.stream(IncomeStream::Services), 130_000, "entered history");
    let (last, this) = (&years[1], &years[2]);
    assert_eq!(last.actual.stream(IncomeStream::Services), 999_900, "the invoice of 31 December is last year's");
    let services: Vec<_> = this
        .actual
        .income
        .iter()
        .filter(|l| l.stream == IncomeStream::Services)
        .map(|l| (l.origin, l.amount_minor))
        .collect();
    assert_eq!(services, vec![(Origin::Invoices, 130_000)], "1 000 − 200 + 500, once");
    assert_eq!(this.actual.stream(IncomeStream::InKind), 100_000);
    assert_eq!((this.actual.structure_costs(), this.budget.structure_costs()), (1_500_000, 1_500_000));
    assert_eq!(ratio(this, Basis::Actual, "fixed_cost_coverage"), Some(6_867));
    assert_eq!(ratio(this, Basis::Actual, "private_share"), Some(2_683));
    assert_eq!(ratio(this, Basis::Actual, "public_dependency"), Some(7_317));
    assert_eq!(ratio(this, Basis::Actual, "runway"), Some(60_000));
    assert_eq!(ratio(this, Basis::Actual, "fee_coverage"), Some(0));
    assert_eq!(ratio(this, Basis::Actual, "fee_concentration"), None, "no fee invoiced");
    assert_eq!(ratio(this, Basis::Budget, "services_share"), Some(10_000), "the budget's only income is services");
    let cap = this.actual_aid_cap;
    assert_eq!(
        (cap.public_minor, cap.eligible_minor, cap.share_basis_points, cap.over),
        (900_000, 1_500_000, Some(6_000), true)
    );
    assert!(!this.budget_aid_cap.over);
    assert_eq!(this.entries.len(), 6);
}

/// Fee income is read per payer for the concentration; project grants come from the funding of
/// projects that have it, in the year they start; a person's cost goes to their project.
async fn fees_by_payer_project_grants_and_project_staff(app: App) {
    let scope = common::own_cluster(&app, "payers").await;
    // On the last day of the year, so that the year is whole: the actual counts the days gone by.
    let on = app.on(day(2026, 12, 31));
    let flat = domain::membership::MembershipTypeFields {
        name: "Member".into(),
        eligible_kinds: vec![domain::organisation::OrganisationKind::Company],
        voting_rights: true,
        benefits: String::new(),
        period: domain::period::PeriodRule::Fixed { start_month: 1, rollover: None },
        fee_rule: domain::fee::FeeRule::Flat { fee: 100_000 },
        pro_rata: false,
        tax_rate_basis_points: 2_100,
    };
    let member = app::membership::create_type(&app, &scope, &flat).await.unwrap();
    for name in ["Uno", "Dos", "Tres", "Cuatro", "Cinco", "Seis"] {
        let org = build::organisation(&app, &scope, &format!("{name} S.L.")).await.id;
        let membership = build::member(&app, &scope, org, member, day(2026, 1, 1)).await;
        app::membership::invoice_fee(&on, &scope, membership, None, "m", false).await.unwrap();
    }
    let years = app::economics::years(&on, &scope, 2026, 2026).await.unwrap();
    // Six fees of 1 000 net of the 21 % tax; the five largest pay five sixths of them.
    assert_eq!(years[0].actual.stream(IncomeStream::MembershipFees), 600_000);
    assert_eq!(years[0].actual.fee_payers, vec![100_000; 6]);
    assert_eq!(ratio(&years[0], Basis::Actual, "fee_concentration"), Some(8_333));

    let project = app::project::create(
        &on,
        &scope,
        &domain::project::ProjectInput {
            title: Some("Corridor pilot".into()),
            area: Some("innovation".into()),
            starts_on: Some("2026-03-01".into()),
            ..Default::default()
        },
        domain::project::ProjectStage::Funded,
        &[],
        "m",
    )
    .await
    .unwrap();
    let grant = domain::project::FundingInput {
        programme: Some("Horizon Europe".into()),
        kind: Some("public".into()),
        amount: Some("40000".into()),
        rate: Some("70".into()),
    };
    app::project::add_funding(&on, &scope, project, &grant).await.unwrap();
    let analyst = StaffInput {
        name: Some("Jon".into()),
        role: Some("project_manager".into()),
        fte: Some("0.5".into()),
        yearly_cost: Some("20000".into()),
        starts_on: Some("2026-01-01".into()),
        ..Default::default()
    };
    app::economics::add_staff(&on, &scope, &analyst, Some(project)).await.unwrap();
    let years = app::economics::years(&on, &scope, 2025, 2026).await.unwrap();
    let this = &years[1];
    assert_eq!(this.actual.stream(IncomeStream::ProjectGrants), 4_000_000);
    assert_eq!(this.actual.project_funding_minor, 4_000_000);
    assert_eq!(years[0].actual.stream(IncomeStream::ProjectGrants), 0, "the project starts in 2026");
    assert_eq!((this.actual.project_costs(), this.actual.structure_costs()), (2_000_000, 0));
    assert_eq!(ratio(this, Basis::Actual, "project_leverage"), None, "no structure costs to lever");
    let cost = line(&[("year", "2026"), ("cost_kind", "project"), ("amount", "100")]);
    let refused = app::economics::add_entry(&on, &scope, &cost, None, "m").await.unwrap_err();
    assert!(refused.to_string().contains("names its project"), "{refused}");
    app::economics::add_entry(&on, &scope, &cost, Some(project), "m").await.unwrap();
}

/// Another cluster's ledger lines, team and projects are not found, and nothing of theirs shows.
async fn the_ledger_and_team_stay_in_their_cluster(app: App) {
    let ours = common::own_cluster(&app, "ours").await;
    let theirs = common::own_cluster(&app, "theirs").await;
    let on = app.on(day(2026, 6, 1));
    let their_line = app::economics::add_entry(
        &on,
        &theirs,
        &line(&[("year", "2026"), ("stream", "public_support"), ("amount", "5000")]),
        None,
        "t",
    )
    .await
    .unwrap();
    let their_person = app::economics::add_staff(
        &on,
        &theirs,
        &StaffInput {
            name: Some("Lia".into()),
            role: Some("cluster_manager".into()),
            yearly_cost: Some("1000".into()),
            starts_on: Some("2026-01-01".into()),
            ..Default::default()
        },
        None,
    )
    .await
    .unwrap();
    let their_project = app::project::create(
        &on,
        &theirs,
        &domain::project::ProjectInput {
            title: Some("Theirs".into()),
            area: Some("innovation".into()),
            ..Default::default()
        },
        domain::project::ProjectStage::Idea,
        &[],
        "t",
    )
    .await
    .unwrap();
    let mine = app::economics::years(&on, &ours, 2026, 2026).await.unwrap();
    assert!(mine[0].entries.is_empty() && mine[0].actual.income.is_empty() && mine[0].actual.costs.is_empty());
    assert!(app::economics::staff(&on, &ours).await.unwrap().is_empty());
    assert!(matches!(app::economics::remove_entry(&on, &ours, their_line).await, Err(app::Error::NotFound(_))));
    assert!(matches!(app::economics::remove_staff(&on, &ours, their_person).await, Err(app::Error::NotFound(_))));
    assert!(matches!(app::economics::staff_member(&on, &ours, their_person).await, Err(app::Error::NotFound(_))));
    let cost = line(&[("year", "2026"), ("cost_kind", "project"), ("amount", "100")]);
    assert!(matches!(
        app::economics::add_entry(&on, &ours, &cost, Some(their_project), "m").await,
        Err(app::Error::NotFound("project"))
    ));
    assert_eq!(app::economics::years(&on, &theirs, 2026, 2026).await.unwrap()[0].entries.len(), 1, "theirs stays");
    assert!(app::economics::years(&on, &ours, 2015, 2026).await.is_err(), "at most ten years at once");
}

/// The team page's figures: the model from the staff, the workload, the advice with its figures,
/// and who joined and left each year.
async fn the_team_says_its_model_workload_and_when_it_no_longer_fits(app: App) {
    let scope = common::own_cluster(&app, "team").await;
    let on = app.on(day(2026, 6, 1));
    let person = |name: &str, role: &str, starts: &str, ends: Option<&str>| StaffInput {
        name: Some(name.into()),
        role: Some(role.into()),
        fte: None,
        yearly_cost: Some("50000".into()),
        starts_on: Some(starts.into()),
        ends_on: ends.map(String::from),
        qualifications: None,
    };
    app::economics::add_staff(&on, &scope, &person("Ane", "cluster_manager", "2020-01-01", None), None).await.unwrap();
    app::economics::add_staff(&on, &scope, &person("Jon", "project_manager", "2025-03-01", None), None).await.unwrap();
    app::economics::add_staff(&on, &scope, &person("Leire", "administration", "2022-01-01", Some("2025-06-30")), None)
        .await
        .unwrap();
    for n in 0..5 {
        let input = domain::project::ProjectInput {
            title: Some(format!("Project {n}")),
            area: Some("innovation".into()),
            ..Default::default()
        };
        app::project::create(&on, &scope, &input, domain::project::ProjectStage::Running, &[], "m").await.unwrap();
    }
    let team = app::economics::team(&on, &scope).await.unwrap();
    assert_eq!(team.model, Some(domain::economics::OrganisationModel::SupportTeam));
    assert_eq!(
        (team.workload.fte_hundredths, team.workload.project_managers, team.workload.running_projects),
        (200, 1, 5)
    );
    let rules: Vec<&str> = team.advice.iter().map(|a| a.rule).collect();
    assert_eq!(rules, vec!["projects_per_manager"], "{:?}", team.advice);
    assert!(team.advice[0].says.starts_with("1 project manager(s) run 5 projects"));
    let y2025 = team.stability.iter().find(|y| y.year == 2025).unwrap();
    assert_eq!((y2025.people, y2025.joined, y2025.left), (2, 1, 1));
    assert_eq!(team.stability.len(), 5);
}

/// An export of a Spanish accounting program: semicolons, booking dates, decimal commas, costs
/// as money going out, the program's own account names read as categories by the mapping.
const BOOKS: &str = "Fecha;Cuenta;Concepto;Importe;Horas;Tarifa hora;Proyecto\n\
31/12/2025;Subvenciones;Agencia de desarrollo;120.000,00;;;\n\
31/12/2025;6210 Arrendamientos;Oficina enero-junio;-18.000,00;;;\n\
31/12/2025;6210 Arrendamientos;Oficina enero-junio;-18.000,00;;;\n\
31/12/2025;in_kind;Universidad: horas de laboratorio;;40;55,00;\n\
31/12/2025;project;Estudio de viabilidad;-4.500,00;;;Corridor pilot\n";

/// What the file's bad lines are: each refused with what to do instead.
const BAD_LINES: &str = "31/12/2025;services;Consultoría;5.000,00;;;\n\
2026;staff;Sueldos;-50.000,00;;;\n\
2025;other;Varios;10,00;;;\n\
2025;office;Alquiler;-10,00;;;Corridor pilot\n\
2025;6999 Otros;Varios;-10,00;;;\n";

async fn ledger_lines_import_from_the_accounting_program_and_revert(app: App) {
    let scope = common::own_cluster(&app, "books").await;
    let on = app.on(day(2026, 12, 31));
    let company = build::organisation(&app, &scope, "Errota Movilidad S.L.").await.id;
    build::issued_invoice(&app, &scope, company, "1000", day(2025, 6, 1)).await;
    let project = domain::project::ProjectInput {
        title: Some("Corridor pilot".into()),
        area: Some("innovation".into()),
        ..Default::default()
    };
    let project =
        app::project::create(&on, &scope, &project, domain::project::ProjectStage::Idea, &[], "m").await.unwrap();
    let manager = StaffInput {
        name: Some("Ane Etxeberria".into()),
        role: Some("cluster_manager".into()),
        fte: None,
        yearly_cost: Some("50000".into()),
        starts_on: Some("2026-01-01".into()),
        ends_on: None,
        qualifications: None,
    };
    app::economics::add_staff(&on, &scope, &manager, None).await.unwrap();
    let choices: Vec<(String, String)> = [
        ("category: Subvenciones", "public_support"),
        ("category: 6210 Arrendamientos", "office"),
        ("category: 6999 Otros", "other costs"),
    ]
    .iter()
    .map(|(l, r)| (l.to_string(), r.to_string()))
    .collect();
    let import = |file: String, mode: Mode| {
        let (on, scope, choices) = (&on, &scope, &choices);
        async move {
            run_with(on, scope, Target::Ledger, "libro-2025.csv", file.as_bytes(), choices, "m", mode).await.unwrap()
        }
    };
    let ledger_of = |year: i32| {
        let (on, scope) = (&on, &scope);
        async move { app::economics::years(on, scope, year, year).await.unwrap().remove(0) }
    };

    // One wrong line and nothing is written; each wrong line says why.
    let with_bad = format!("{BOOKS}{BAD_LINES}");
    let refused = import(with_bad.clone(), Mode::AllOrNothing).await;
    assert_eq!((refused.created, refused.rejected, refused.import_id), (6, 4, None), "{:?}", refused.rows);
    let reasons: Vec<String> = refused
        .rows
        .iter()
        .filter_map(|r| match &r.action {
            RowAction::Reject { reasons } => Some(format!("{}: {}", r.line, reasons.join("; "))),
            _ => None,
        })
        .collect();
    let expected = [
        "7: category: actual services come from the invoices already",
        "8: category: staff costs come from the team for this year",
        "9: category: 'other' is other income or other costs: write which",
        "10: project: only a project cost names a project",
    ];
    for (reason, wanted) in reasons.iter().zip(expected) {
        assert!(reason.starts_with(wanted), "{reason} / {wanted}");
    }
    assert_eq!(reasons.len(), 4, "the mapped account reads as other costs: {reasons:?}");
    assert!(ledger_of(2025).await.entries.is_empty());

    // A dry run says what would be written, and writes nothing.
    let dry = import(BOOKS.to_string(), Mode::DryRun).await;
    assert_eq!((dry.created, dry.rejected, dry.import_id), (5, 0, None));
    assert!(ledger_of(2025).await.entries.is_empty());

    let written = import(BOOKS.to_string(), Mode::AllOrNothing).await;
    let import_id = written.import_id.expect("written");
    let year = ledger_of(2025).await;
    let actual = &year.actual;
    // 120 000 of public support; two lines of rent, 18 000 each; 40 hours at 55 in kind, private;
    // 4 500 of the pilot's costs.
    assert_eq!(actual.stream(IncomeStream::PublicSupport), 12_000_000);
    assert_eq!(actual.income_of(|l| l.stream == IncomeStream::PublicSupport && l.public), 12_000_000);
    assert_eq!(actual.income_of(|l| l.stream == IncomeStream::InKind && !l.public), 220_000);
    assert_eq!(
        actual
            .costs
            .iter()
            .filter(|c| c.kind == domain::economics::CostKind::Office)
            .map(|c| c.amount_minor)
            .sum::<i64>(),
        3_600_000
    );
    let pilot: Vec<_> = actual.costs.iter().filter(|c| c.project_id == Some(project)).collect();
    assert_eq!(pilot.len(), 1);
    assert_eq!(pilot[0].amount_minor, 450_000);
    // The service invoice still counts once, from the invoices.
    assert_eq!(actual.stream(IncomeStream::Services), 100_000);
    assert!(year.entries.iter().all(|e| e.import_id == Some(import_id)));

    // The same file again: every line is in the ledger already.
    let again = import(BOOKS.to_string(), Mode::AllOrNothing).await;
    assert_eq!((again.created, again.unchanged, again.import_id), (0, 5, None));
    // A team recorded since for 2025 does not make the lines held already refused.
    let person = StaffInput {
        name: Some("Mikel Arana".into()),
        role: Some("project_manager".into()),
        fte: None,
        yearly_cost: Some("40000".into()),
        starts_on: Some("2025-01-01".into()),
        ends_on: None,
        qualifications: None,
    };
    app::economics::add_staff(&on, &scope, &person, None).await.unwrap();
    let after_team = import(BOOKS.to_string(), Mode::DryRun).await;
    assert_eq!((after_team.unchanged, after_team.rejected), (5, 0));
    // In a file that writes costs as negative amounts, a positive cost takes money back.
    let refund = format!("{BOOKS}31/12/2025;6210 Arrendamientos;Devolución fianza;300,00;;;\n");
    let refund = import(refund, Mode::DryRun).await;
    assert_eq!(refund.rejected, 1);
    assert!(format!("{:?}", refund.rows[5].action).contains("takes money back"), "{:?}", refund.rows[5]);
    // One more month of rent in the next file is one more line.
    let more = format!("{BOOKS}31/12/2025;6210 Arrendamientos;Oficina enero-junio;-18.000,00;;;\n");
    let third = import(more, Mode::DryRun).await;
    assert_eq!((third.created, third.unchanged), (1, 5));

    // Someone who may edit but not manage the cluster's money imports no ledger lines.
    build::user(&app, "staff@books.example", domain::access::Role::Staff, "books").await;
    let (_, staff) = build::signed_in(&app, "staff@books.example", "books", domain::access::Permission::Edit).await;
    let forbidden =
        run_with(&on, &staff, Target::Ledger, "libro.csv", BOOKS.as_bytes(), &choices, "s", Mode::DryRun).await;
    assert!(matches!(forbidden, Err(app::Error::Forbidden(_))), "{forbidden:?}");
    assert!(app::import::revert(&on, &staff, import_id, "s").await.is_err());

    app::import::revert(&on, &scope, import_id, "m").await.unwrap();
    assert!(ledger_of(2025).await.entries.is_empty());
}

/// Lines typed before the invoices or the team held the same money: the year says it counts
/// twice, and what to remove.
async fn lines_entered_before_the_records_held_them_are_shown_as_counted_twice(app: App) {
    let scope = common::own_cluster(&app, "twice").await;
    let on = app.on(day(2026, 12, 31));
    for pairs in [
        vec![("year", "2024"), ("stream", "services"), ("amount", "500")],
        vec![("year", "2024"), ("cost_kind", "staff"), ("amount", "100")],
        vec![("year", "2024"), ("basis", "budget"), ("cost_kind", "staff"), ("amount", "70")],
    ] {
        app::economics::add_entry(&on, &scope, &line(&pairs), None, "m").await.unwrap();
    }
    let of_2024 = || async { app::economics::years(&on, &scope, 2024, 2024).await.unwrap().remove(0) };
    assert!(of_2024().await.counted_twice.is_empty());
    let company = build::organisation(&app, &scope, "Errota Movilidad S.L.").await.id;
    build::issued_invoice(&app, &scope, company, "1000", day(2024, 5, 1)).await;
    let person = StaffInput {
        name: Some("Ane Etxeberria".into()),
        role: Some("cluster_manager".into()),
        fte: None,
        yearly_cost: Some("36500".into()),
        starts_on: Some("2024-01-01".into()),
        ends_on: None,
        qualifications: None,
    };
    app::economics::add_staff(&on, &scope, &person, None).await.unwrap();
    let year = of_2024().await;
    assert_eq!(year.counted_twice.len(), 3, "{:?}", year.counted_twice);
    assert!(year.counted_twice[0].starts_with("2024: Services are both entered as lines (500.00 EUR)"));
    assert!(year.counted_twice[1].starts_with("2024: actual staff costs are both entered as lines (100.00 EUR)"));
    assert!(year.counted_twice[2].starts_with("2024: budget staff costs are both entered as lines (70.00 EUR)"));
    // Both still count until the lines are removed: the figures are not guessed away.
    assert_eq!(year.actual.stream(IncomeStream::Services), 150_000);
}

on_each_backend!(empty: lines_entered_before_the_records_held_them_are_shown_as_counted_twice, ledger_lines_import_from_the_accounting_program_and_revert, the_ledger_reads_the_invoices_once_and_computes_the_ratios_and_the_cap, fees_by_payer_project_grants_and_project_staff, the_ledger_and_team_stay_in_their_cluster, the_team_says_its_model_workload_and_when_it_no_longer_fits);
