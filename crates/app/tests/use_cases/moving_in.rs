//! Moving in from another system: memberships and open invoices imported with the importer's
//! mapping, dry run, choice of writing the valid rows, and undo; on every backend.

use crate::common;

use app::import::{Mode, RowAction, Target, run_with};
use app::{App, ClusterScope};
use chrono::NaiveDate;
use common::build;
use domain::membership::MembershipStatus;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The day the cluster moves in: every import runs on it.
fn moving_day() -> NaiveDate {
    day(2026, 2, 2)
}

async fn import(app: &App, scope: &ClusterScope, target: Target, file: &str, mode: Mode) -> app::import::ImportPlan {
    let then = app.on(moving_day());
    run_with(&then, scope, target, "old-system.csv", file.as_bytes(), &[], "staff@ours.example", mode).await.unwrap()
}

const ORGANISATIONS: &str = "name,kind,country,vat_id,employees\n\
Errota Movilidad S.L.,company,ES,ESB11111111,42\n\
\"Garraio, Bidea eta Logistika S.A.\",company,ES,,260\n\
Centro Ikerketa Zentroa,research_centre,ES,,80\n\
Hautagaia Sistemak S.L.,company,ES,,12\n";

/// A cluster with the organisations and the demo's two membership types: its scope.
async fn moving_cluster(app: &App) -> ClusterScope {
    let scope = common::own_cluster(app, "ours").await;
    build::full_member_type(app, &scope).await;
    build::in_kind_member_type(app, &scope).await;
    let organisations = import(app, &scope, Target::Organisations, ORGANISATIONS, Mode::AllOrNothing).await;
    assert_eq!(organisations.created, 4, "{:?}", organisations.rows);
    scope
}

async fn organisation_id(app: &App, scope: &ClusterScope, name: &str) -> domain::id::Uuid {
    let filter = store::organisation::OrganisationFilter { search: Some(name.into()), ..Default::default() };
    app::organisation::list(app, scope, &filter, app::Paging::new(None, None)).await.unwrap().items[0].id
}

async fn statuses(app: &App, scope: &ClusterScope, name: &str) -> Vec<(MembershipStatus, String)> {
    let id = organisation_id(app, scope, name).await;
    let then = app.on(moving_day());
    let mut views = app::membership::of_organisation(&then, scope, id).await.unwrap();
    views.sort_by_key(|v| v.membership.applied_on);
    views.into_iter().map(|v| (v.standing.status, v.type_name)).collect()
}

fn reasons(plan: &app::import::ImportPlan, line: u64) -> String {
    match &plan.rows.iter().find(|r| r.line == line).map(|r| &r.action) {
        Some(RowAction::Reject { reasons }) => reasons.join("; "),
        other => format!("line {line} is not rejected: {other:?}"),
    }
}

/// Spanish headers, European dates, statuses in Spanish: a history of memberships.
const MEMBERSHIPS: &str = "Socio;Tipo de socio;Fecha de solicitud;Socio desde;Fecha de baja;Estado\n\
Errota Movilidad S.L.;Full member;;01/03/2019;;Activo\n\
Garraio, Bidea eta Logistika S.A.;Full member;;15/01/2018;31/12/2024;Baja\n\
Garraio, Bidea eta Logistika S.A.;Full member;;01/01/2025;;Activo\n\
Centro Ikerketa Zentroa;Research partner;;01/01/2020;;\n\
Hautagaia Sistemak S.L.;Full member;20/01/2026;;;Solicitud\n\
Centro Ikerketa Zentroa;Full member;;01/01/2021;31/12/2021;Baja\n\
Errota Movilidad S.L.;Full member;;01/03/2022;;\n\
Solo Suyo S.L.;Full member;;01/01/2020;;Activo\n\
Hautagaia Sistemak S.L.;Full member;;01/06/2020;01/01/2020;Baja\n\
Hautagaia Sistemak S.L.;Socio de honor;;01/06/2020;;Activo\n\
Hautagaia Sistemak S.L.;Full member;;01/06/2020;;Quizás\n";

async fn memberships_come_with_their_dates_and_statuses(app: App) {
    let scope = moving_cluster(&app).await;
    // An organisation of another cluster is not found from this one.
    let theirs = common::own_cluster(&app, "theirs").await;
    build::organisation(&app, &theirs, "Solo Suyo S.L.").await;

    let dry = import(&app, &scope, Target::Memberships, MEMBERSHIPS, Mode::DryRun).await;
    assert_eq!(
        dry.mapped(),
        vec![
            Some("organisation"),
            Some("membership_type"),
            Some("applied_on"),
            Some("start"),
            Some("end"),
            Some("status")
        ]
    );
    assert_eq!((dry.created, dry.rejected, dry.import_id), (5, 6, None), "{:?}", dry.rows);
    assert!(
        reasons(&dry, 7).contains("not open to organisations of the kind research or technology centre"),
        "{}",
        reasons(&dry, 7)
    );
    assert!(reasons(&dry, 8).contains("overlaps the organisation's membership of line 2"), "{}", reasons(&dry, 8));
    assert!(reasons(&dry, 9).contains("no organisation 'Solo Suyo S.L.'"), "{}", reasons(&dry, 9));
    assert!(reasons(&dry, 10).contains("is before the start"), "{}", reasons(&dry, 10));
    assert!(reasons(&dry, 11).contains("no membership type 'Socio de honor'"), "{}", reasons(&dry, 11));
    assert!(reasons(&dry, 12).contains("'Quizás' is not a status"), "{}", reasons(&dry, 12));
    assert!(statuses(&app, &scope, "Errota").await.is_empty(), "a dry run writes nothing");

    let all_or_nothing = import(&app, &scope, Target::Memberships, MEMBERSHIPS, Mode::AllOrNothing).await;
    assert_eq!(all_or_nothing.import_id, None);
    let written = import(&app, &scope, Target::Memberships, MEMBERSHIPS, Mode::ValidRows).await;
    assert_eq!((written.created, written.rejected), (5, 6));
    let import_id = written.import_id.expect("the valid rows are written");

    let full = "Full member".to_string();
    assert_eq!(statuses(&app, &scope, "Errota").await, vec![(MembershipStatus::Active, full.clone())]);
    assert_eq!(
        statuses(&app, &scope, "Garraio").await,
        vec![(MembershipStatus::Terminated, full.clone()), (MembershipStatus::Active, full.clone())]
    );
    assert_eq!(statuses(&app, &scope, "Hautagaia").await, vec![(MembershipStatus::Applied, full.clone())]);
    assert_eq!(
        statuses(&app, &scope, "Ikerketa").await,
        vec![(MembershipStatus::Active, "Research partner".to_string())]
    );
    let errota = organisation_id(&app, &scope, "Errota").await;
    let membership = app::membership::of_organisation(&app, &scope, errota).await.unwrap().remove(0).membership;
    let history = app::membership::history(&app, &scope, membership.id).await.unwrap();
    assert_eq!(
        history[0].change,
        "imported from old-system.csv: applied on 2019-03-01; accepted, starting on 2019-03-01"
    );

    // Imported again, the memberships are there already; a second open one is refused.
    let again = import(&app, &scope, Target::Memberships, MEMBERSHIPS, Mode::ValidRows).await;
    assert_eq!((again.created, again.unchanged, again.import_id), (0, 5, None), "{:?}", again.rows);
    let second = "organisation,membership type,start\nErrota Movilidad S.L.,Full member,2026-01-01\n";
    let refused = import(&app, &scope, Target::Memberships, second, Mode::AllOrNothing).await;
    assert!(reasons(&refused, 2).contains("holds one membership at a time"), "{}", reasons(&refused, 2));

    // Undone as a whole; once a fee is invoiced for one of them, no longer.
    app::import::revert(&app, &scope, import_id, "staff").await.unwrap();
    assert!(statuses(&app, &scope, "Garraio").await.is_empty());
    let written = import(&app, &scope, Target::Memberships, MEMBERSHIPS, Mode::ValidRows).await;
    let membership = app::membership::of_organisation(&app, &scope, errota).await.unwrap().remove(0).membership;
    app::membership::invoice_fee(&app.on(moving_day()), &scope, membership.id, None, "manager", false).await.unwrap();
    let blocked = app::import::revert(&app, &scope, written.import_id.unwrap(), "staff").await.unwrap_err();
    assert!(blocked.to_string().contains("1 fee invoices were issued since"), "{blocked}");
    assert_eq!(statuses(&app, &scope, "Errota").await.len(), 1, "a refused revert changes nothing");
}

/// German headers and numbers, as an old system exports them.
const INVOICES: &str = "Rechnungsnummer;Datum;Fällig am;Kunde;Betrag;Bezahlt;Art;Währung\n\
RE-2025-118;15.11.2025;15.12.2025;Errota Movilidad S.L.;1.210,00;210,00;Mitgliedsbeitrag;EUR\n\
2026-0007;10.01.2026;;Garraio, Bidea eta Logistika S.A.;500,00;;Dienstleistung;EUR\n\
RE-2025-119;20.11.2025;;Errota Movilidad S.L.;300,00;300,00;Dienstleistung;EUR\n\
RE-2025-120;21.11.2025;;Nadie S.A.;100,00;;;EUR\n\
RE-2025-118;15.11.2025;;Errota Movilidad S.L.;50,00;;;EUR\n\
RE-2025-121;22.11.2025;;Errota Movilidad S.L.;-50,00;;;EUR\n\
RE-2025-122;23.11.2025;;Errota Movilidad S.L.;80,00;;;USD\n\
RE-2025-123;24.11.2025;;Centro Ikerketa Zentroa;80,00;;Mitgliedsbeitrag;EUR\n\
RE-2025-124;25.11.2025;01.11.2025;Errota Movilidad S.L.;80,00;;;EUR\n";

async fn open_invoices_come_with_what_was_paid_on_them(app: App) {
    let scope = moving_cluster(&app).await;
    let types = app::membership::types(&app, &scope).await.unwrap();
    let full = types.iter().find(|t| t.fields.name == "Full member").unwrap().id;
    let errota = organisation_id(&app, &scope, "Errota").await;
    build::member(&app, &scope, errota, full, day(2024, 1, 1)).await;

    let dry = import(&app, &scope, Target::Invoices, INVOICES, Mode::DryRun).await;
    assert_eq!((dry.created, dry.rejected), (2, 7), "{:?}", dry.rows);
    assert!(reasons(&dry, 4).contains("paid in full (300.00 of 300.00)"), "{}", reasons(&dry, 4));
    assert!(reasons(&dry, 5).contains("no organisation 'Nadie S.A.'"), "{}", reasons(&dry, 5));
    assert!(reasons(&dry, 6).contains("the same invoice as line 2"), "{}", reasons(&dry, 6));
    assert!(reasons(&dry, 7).contains("owes nothing"), "{}", reasons(&dry, 7));
    assert!(reasons(&dry, 8).contains("the invoice is in USD"), "{}", reasons(&dry, 8));
    assert!(reasons(&dry, 9).contains("held none on 2025-11-24"), "{}", reasons(&dry, 9));
    assert!(reasons(&dry, 10).contains("is before the invoice's date"), "{}", reasons(&dry, 10));

    let written = import(&app, &scope, Target::Invoices, INVOICES, Mode::ValidRows).await;
    let import_id = written.import_id.expect("the open invoices are written");
    let numbers = ["RE-2025-118".to_string(), "2026-0007".to_string()];
    let found = store::invoice::by_numbers(app.db(), &scope, &numbers).await.unwrap();
    let fee = found.iter().find(|i| i.number == "RE-2025-118").unwrap();
    assert_eq!((fee.gross_minor, fee.paid_minor, fee.outstanding_minor()), (121_000, 21_000, 100_000));
    assert_eq!(
        (fee.kind, fee.period_start, fee.due_on),
        (domain::invoice::InvoiceKind::Fee, Some(day(2025, 1, 1)), day(2025, 12, 15))
    );
    assert!(fee.membership_id.is_some(), "a fee is its membership's");
    let service = found.iter().find(|i| i.number == "2026-0007").unwrap();
    assert_eq!((service.outstanding_minor(), service.due_on), (50_000, day(2026, 2, 9)), "due after the fee's term");

    // The 2025 fee is not invoiced again; the cluster's own numbers go on after the old ones.
    let renewal = app::membership::renew(&app.on(moving_day()), &scope, 2025, "manager", true).await.unwrap();
    assert_eq!(renewal.to_invoice(), 0, "{:?}", renewal.lines);
    let garraio = organisation_id(&app, &scope, "Garraio").await;
    let (_, number) = build::issued_invoice(&app, &scope, garraio, "100", moving_day()).await;
    assert_eq!(number, "2026-0008");

    // Imported again, nothing new; undone as a whole until someone pays on an imported invoice.
    let again = import(&app, &scope, Target::Invoices, INVOICES, Mode::ValidRows).await;
    assert_eq!((again.created, again.unchanged, again.import_id), (0, 2, None), "{:?}", again.rows);
    app::import::revert(&app, &scope, import_id, "staff").await.unwrap();
    assert!(store::invoice::by_numbers(app.db(), &scope, &numbers).await.unwrap().is_empty());
    let written = import(&app, &scope, Target::Invoices, INVOICES, Mode::ValidRows).await;
    let fee = store::invoice::by_numbers(app.db(), &scope, &numbers[..1]).await.unwrap().remove(0);
    let payment = app::invoice::PaymentInput {
        paid_on: Some(moving_day().to_string()),
        amount: Some("1000".into()),
        reference: Some("transfer".into()),
        overpayment: None,
    };
    app::invoice::record_payment(&app.on(moving_day()), &scope, fee.id, &payment, "manager").await.unwrap();
    let blocked = app::import::revert(&app, &scope, written.import_id.unwrap(), "staff").await.unwrap_err();
    assert!(blocked.to_string().contains("payments were recorded since"), "{blocked}");
}

/// Rows an old system's export may hold, each refused with what to fix, or read as meant.
async fn hostile_and_ambiguous_rows_are_refused_with_their_reasons(app: App) {
    let scope = moving_cluster(&app).await;
    // Without a status, a membership with a past end has ended; one that will end holds until
    // then, so another from today overlaps it.
    let members = "organisation,membership type,start,end\n\
Errota Movilidad S.L.,Full member,2018-01-01,2020-12-31\n\
Errota Movilidad S.L.,Full member,2021-01-01,2026-12-31\n\
Errota Movilidad S.L.,Full member,2026-02-01,\n\
Garraio Bidea eta Logistika S.A.,Full member,+262142-01-01,\n\
Hautagaia Sistemak S.L.,Full member,2020-01-01,2025-12-31\n";
    let plan = import(&app, &scope, Target::Memberships, members, Mode::ValidRows).await;
    assert_eq!((plan.created, plan.rejected), (3, 2), "{:?}", plan.rows);
    assert!(reasons(&plan, 4).contains("overlaps the organisation's membership of line 3"), "{}", reasons(&plan, 4));
    assert!(reasons(&plan, 5).contains("not a plausible date"), "{}", reasons(&plan, 5));
    assert_eq!(
        statuses(&app, &scope, "Errota").await,
        vec![(MembershipStatus::Terminated, "Full member".into()), (MembershipStatus::Active, "Full member".into())]
    );
    assert_eq!(statuses(&app, &scope, "Hautagaia").await[0].0, MembershipStatus::Terminated);
    // An overlapping membership in the cluster already is refused too.
    let later = "organisation,membership type,start,status\nErrota Movilidad S.L.,Full member,2026-06-01,active\n";
    let refused = import(&app, &scope, Target::Memberships, later, Mode::DryRun).await;
    assert!(reasons(&refused, 2).contains("overlaps this one"), "{}", reasons(&refused, 2));

    // Invoices: a VAT column naming a VAT id the cluster lacks falls back to the name; the rest are
    // refused for what they are.
    let invoices = "number,date,customer,vat_id,gross,tax,status\n\
A-1,2026-01-10,Garraio Bidea eta Logistika S.A.,ESA99999999,100.00,,\n\
A-2,2026-03-01,Errota Movilidad S.L.,,100.00,,\n\
A-3,2026-01-10,Errota Movilidad S.L.,,100.00,,paid\n\
A-4,2026-01-10,Errota Movilidad S.L.,,100.00,60.00,\n\
A-5,2026-01-10,Errota Movilidad S.L.,,99999999999999999,,\n\
A-6,2026-01-10,Errota Movilidad S.L.,ESB11111111,121.00,21.00,overdue\n";
    let plan = import(&app, &scope, Target::Invoices, invoices, Mode::DryRun).await;
    assert_eq!(plan.mapped()[3], Some("vat_id"));
    assert_eq!((plan.created, plan.rejected), (2, 4), "{:?}", plan.rows);
    assert!(reasons(&plan, 3).contains("is after today"), "{}", reasons(&plan, 3));
    assert!(reasons(&plan, 4).contains("the invoice is paid"), "{}", reasons(&plan, 4));
    assert!(reasons(&plan, 5).contains("at most 100 %"), "{}", reasons(&plan, 5));
    assert!(reasons(&plan, 6).contains("too large"), "{}", reasons(&plan, 6));

    // Undoing what brings invoices and payments away is for those who may void an invoice.
    let written = import(&app, &scope, Target::Invoices, invoices, Mode::ValidRows).await;
    build::user(&app, "staff@ours.example", domain::access::Role::Staff, "ours").await;
    let staff = build::signed_in(&app, "staff@ours.example", "ours", domain::access::Permission::Edit).await.1;
    let refused = app::import::revert(&app, &staff, written.import_id.unwrap(), "staff").await.unwrap_err();
    assert!(matches!(refused, app::Error::Forbidden(_)), "{refused}");
    app::import::revert(&app, &scope, written.import_id.unwrap(), "manager").await.unwrap();
}

on_each_backend!(empty: memberships_come_with_their_dates_and_statuses, open_invoices_come_with_what_was_paid_on_them, hostile_and_ambiguous_rows_are_refused_with_their_reasons);
