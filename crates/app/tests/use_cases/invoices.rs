//! Service and event invoices, corrections by credit note and voiding, payments by hand and from
//! a bank statement, and reminders sent through a real SMTP conversation; on every backend.

use crate::common;

use std::sync::Arc;

use app::invoice::{BankOutcome, DraftInput, LineInput, PaymentInput, ReminderOutcome};
use app::{App, ClusterScope, Error};
use chrono::{NaiveDate, TimeZone, Utc};
use domain::contact::ContactFields;
use domain::id::Uuid;
use domain::invoice::InvoiceState;
use domain::organisation::{OrganisationFields, OrganisationKind};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

async fn organisation(app: &App, scope: &ClusterScope, name: &str, vat_id: Option<&str>) -> Uuid {
    let fields = OrganisationFields {
        name: name.into(),
        kind: OrganisationKind::Company,
        nace_code: None,
        employees: Some(20),
        turnover: None,
        balance_sheet_total: None,
        country: None,
        region: None,
        vat_id: vat_id.map(Into::into),
        website: None,
        street: None,
        postcode: None,
        city: None,
        email: None,
        phone: None,
    };
    store::testing::organisation(app.db(), scope, &fields).await.unwrap()
}

fn line(description: &str, quantity: &str, price: &str) -> LineInput {
    LineInput { description: Some(description.into()), quantity: Some(quantity.into()), unit_price: Some(price.into()) }
}

fn service(organisation: Uuid, tax: &str, lines: Vec<LineInput>) -> DraftInput {
    DraftInput {
        kind: Some("service".into()),
        organisation_id: Some(organisation),
        tax_rate: Some(tax.into()),
        note: None,
        lines,
    }
}

/// Drafts and issues an invoice of one line on `day`; returns its id and number.
async fn issued(app: &App, scope: &ClusterScope, organisation: Uuid, price: &str, day: NaiveDate) -> (Uuid, String) {
    let input = service(organisation, "", vec![line("Consulting", "1", price)]);
    let id = app::invoice::draft(&app.on(day), scope, &input, "manager").await.unwrap();
    let number = app::invoice::issue(&app.on(day), scope, id).await.unwrap();
    (id, number)
}

fn payment(paid_on: &str, amount: &str) -> PaymentInput {
    PaymentInput { paid_on: Some(paid_on.into()), amount: Some(amount.into()), ..Default::default() }
}

fn invalid(e: Error) -> domain::Invalid {
    match e {
        Error::Invalid(invalid) => invalid,
        other => panic!("expected field errors, got {other:?}"),
    }
}

async fn service_invoices_are_drafted_issued_numbered_without_gaps_and_corrected_never_deleted(app: App) {
    let scope = common::own_cluster(&app, "billing").await;
    let acme = organisation(&app, &scope, "Acme Logistics", Some("ESB12345678")).await;
    let (day, later) = (d(2026, 3, 2), d(2026, 4, 2));

    let bad = DraftInput {
        kind: Some("gift".into()),
        organisation_id: None,
        tax_rate: Some("150".into()),
        note: None,
        lines: vec![line("", "x", "1.250")],
    };
    let e = invalid(app::invoice::draft(&app.on(day), &scope, &bad, "manager").await.unwrap_err());
    for field in ["kind", "organisation_id", "tax_rate", "line_1"] {
        assert!(e.message_for(field).is_some(), "{field}: {e}");
    }
    let empty = service(acme, "21", vec![LineInput::default()]);
    let e = invalid(app::invoice::draft(&app.on(day), &scope, &empty, "manager").await.unwrap_err());
    assert!(e.message_for("line_1").unwrap().contains("at least one line"));
    assert!(app::invoice::list(&app.on(day), &scope, &Default::default()).await.unwrap().is_empty());

    let mut input = service(
        acme,
        "21",
        vec![
            line("Matchmaking at Hannover Messe", "2", "1.250,50"),
            line("Travel coordination", "", "300"),
            LineInput::default(),
        ],
    );
    input.note = Some("Internationalisation mission".into());
    let id = app::invoice::draft(&app.on(day), &scope, &input, "manager").await.unwrap();
    let draft = app::invoice::detail(&app.on(day), &scope, id).await.unwrap();
    assert_eq!(draft.state, InvoiceState::Draft);
    assert!(draft.invoice.number.starts_with("draft-"));
    assert_eq!(draft.lines.len(), 2);
    assert_eq!(
        (draft.invoice.net_minor, draft.invoice.tax_minor, draft.invoice.gross_minor),
        (280_100, 58_821, 338_921),
        "2 × 1,250.50 + 300.00, with 21 % tax"
    );
    let e = app::invoice::record_payment(&app.on(day), &scope, id, &payment("2026-03-02", "10"), "m").await;
    assert!(matches!(e, Err(Error::BadRequest(_))), "a draft is not paid");

    assert_eq!(app::invoice::issue(&app.on(day), &scope, id).await.unwrap(), "2026-0001");
    let first = app::invoice::detail(&app.on(day), &scope, id).await.unwrap();
    assert_eq!((first.state, first.invoice.due_on), (InvoiceState::Issued, d(2026, 4, 1)));
    assert!(matches!(app::invoice::issue(&app.on(day), &scope, id).await, Err(Error::BadRequest(_))));
    let refused = app::invoice::discard(&app, &scope, id).await.unwrap_err().to_string();
    assert!(refused.contains("cannot be deleted") && refused.contains("credit note"), "{refused}");

    // A discarded draft takes no number: the next invoice is the second.
    let throwaway = app::invoice::draft(&app.on(day), &scope, &input, "manager").await.unwrap();
    app::invoice::discard(&app, &scope, throwaway).await.unwrap();
    assert!(matches!(app::invoice::detail(&app.on(day), &scope, throwaway).await, Err(Error::NotFound(_))));
    let (second, number) = issued(&app, &scope, acme, "90", day).await;
    assert_eq!(number, "2026-0002");

    // Void while nothing is paid; it keeps its number.
    let e = invalid(app::invoice::void(&app, &scope, second, " ", "manager").await.unwrap_err());
    assert!(e.message_for("reason").is_some());
    app::invoice::void(&app, &scope, second, "sent to the wrong company", "manager").await.unwrap();
    let voided = app::invoice::detail(&app.on(day), &scope, second).await.unwrap();
    assert_eq!((voided.state, voided.invoice.number.as_str()), (InvoiceState::Void, "2026-0002"));
    assert!(matches!(app::invoice::void(&app, &scope, second, "again", "m").await, Err(Error::BadRequest(_))));
    let e = app::invoice::record_payment(&app.on(day), &scope, second, &payment("2026-03-03", "90"), "m").await;
    assert!(matches!(e, Err(Error::BadRequest(_))), "nothing is owed on a void invoice");

    // Payments by hand, checked.
    let e = invalid(
        app::invoice::record_payment(&app.on(day), &scope, id, &payment("2026-03-09", "-5"), "m").await.unwrap_err(),
    );
    assert!(e.message_for("amount").is_some());
    let e = invalid(
        app::invoice::record_payment(&app.on(day), &scope, id, &payment("2026-03-09", "10"), "m").await.unwrap_err(),
    );
    assert!(e.message_for("paid_on").unwrap().contains("before it is received"));
    let on = d(2026, 3, 20);
    app::invoice::record_payment(&app.on(on), &scope, id, &payment("14/03/2026", "1000"), "m").await.unwrap();
    assert_eq!(app::invoice::detail(&app.on(on), &scope, id).await.unwrap().state, InvoiceState::PartiallyPaid);
    assert_eq!(app::invoice::detail(&app.on(later), &scope, id).await.unwrap().state, InvoiceState::Overdue);
    let refused = app::invoice::void(&app, &scope, id, "x", "m").await.unwrap_err().to_string();
    assert!(refused.contains("credit note"), "{refused}");

    // Corrections by credit note, for part and then for the rest.
    let (note, number) =
        app::invoice::credit(&app.on(on), &scope, id, Some("500"), "Travel not needed", "m").await.unwrap();
    assert_eq!(number, "2026-0003");
    let credit_note = app::invoice::detail(&app.on(on), &scope, note).await.unwrap();
    assert_eq!(credit_note.invoice.kind, domain::invoice::InvoiceKind::CreditNote);
    assert_eq!(credit_note.invoice.gross_minor, -50_000);
    assert_eq!(credit_note.corrects.as_ref().map(|i| i.id), Some(id));
    assert_eq!(credit_note.state, InvoiceState::Issued);
    let corrected = app::invoice::detail(&app.on(on), &scope, id).await.unwrap();
    assert_eq!(corrected.invoice.credited_minor, 50_000);
    assert_eq!(corrected.invoice.outstanding_minor(), 338_921 - 50_000 - 100_000);
    assert_eq!(corrected.credit_notes.len(), 1);
    let e = invalid(app::invoice::credit(&app.on(on), &scope, id, Some("5000"), "x", "m").await.unwrap_err());
    assert!(e.message_for("amount").is_some(), "no more than what is left");
    assert!(matches!(app::invoice::credit(&app.on(on), &scope, note, None, "x", "m").await, Err(Error::BadRequest(_))));
    let e = app::invoice::record_payment(&app.on(on), &scope, note, &payment("2026-03-03", "1"), "m").await;
    assert!(matches!(e, Err(Error::BadRequest(_))), "nothing is paid on a credit note");
    app::invoice::credit(&app.on(on), &scope, id, None, "Mission cancelled", "m").await.unwrap();
    let settled = app::invoice::detail(&app.on(later), &scope, id).await.unwrap();
    assert_eq!((settled.state, settled.invoice.outstanding_minor()), (InvoiceState::Paid, 0));

    // Credited in full with nothing paid.
    let (third, _) = issued(&app, &scope, acme, "40", on).await;
    app::invoice::credit(&app.on(on), &scope, third, None, "Duplicate", "m").await.unwrap();
    assert_eq!(app::invoice::detail(&app.on(later), &scope, third).await.unwrap().state, InvoiceState::Credited);

    let numbers: Vec<String> = app::invoice::list(&app.on(on), &scope, &Default::default())
        .await
        .unwrap()
        .into_iter()
        .map(|i| i.invoice.number)
        .collect();
    let mut sorted = numbers.clone();
    sorted.sort();
    assert_eq!(sorted, (1..=6).map(|n| format!("2026-{n:04}")).collect::<Vec<_>>(), "no gaps: {numbers:?}");
    let void_only = app::invoice::InvoiceFilter { state: Some(InvoiceState::Void), ..Default::default() };
    assert_eq!(app::invoice::list(&app.on(on), &scope, &void_only).await.unwrap().len(), 1);
}

async fn a_bank_statement_is_matched_by_number_or_vat_id_recorded_once_and_the_rest_listed(app: App) {
    let scope = common::own_cluster(&app, "bank").await;
    let day = d(2026, 3, 1);
    let acme = organisation(&app, &scope, "Acme Logistics", Some("ESB12345678")).await;
    let bolt = organisation(&app, &scope, "Bolt Robotics", Some("IT01234567890")).await;
    let (first, n1) = issued(&app, &scope, acme, "1000", day).await;
    let (second, _) = issued(&app, &scope, bolt, "250", day).await;
    let (third, n3) = issued(&app, &scope, bolt, "75,50", day).await;
    let statement = format!(
        "Fecha;Concepto;Ordenante;Importe\n\
         03/03/2026;Pago factura {n1};ACME S.L.;1.000,00\n\
         04/03/2026;Cuota anual;IT 01234567890 Bolt S.p.A.;250,00\n\
         05/03/2026;Transferencia;Desconocido;75,50\n\
         06/03/2026;Comisión mantenimiento;Banco;-12,00\n"
    );
    let today = d(2026, 3, 10);
    let preview = app::invoice::bank_statement(&app.on(today), &scope, statement.as_bytes(), "m", true).await.unwrap();
    assert_eq!((preview.matched, preview.unmatched, preview.recorded), (2, 1, false), "{preview:#?}");
    assert!(
        matches!(&preview.lines[0].outcome, BankOutcome::Matched { number, by, .. } if *number == n1 && by == "invoice number")
    );
    assert!(
        matches!(&preview.lines[1].outcome, BankOutcome::Matched { invoice_id, by, .. } if *invoice_id == second && by == "VAT id and amount")
    );
    assert_eq!(preview.lines[3].outcome, BankOutcome::Outgoing);
    assert_eq!(preview.lines[0].amount_minor, 100_000);
    assert!(app::invoice::unmatched(&app, &scope).await.unwrap().is_empty(), "a preview records nothing");

    let broken = format!("{statement}31/02/2026;Otro;X;10,00\n");
    let report = app::invoice::bank_statement(&app.on(today), &scope, broken.as_bytes(), "m", false).await.unwrap();
    assert_eq!((report.errors.len(), report.errors[0].line, report.recorded), (1, 6, false));
    assert_eq!(app::invoice::detail(&app.on(today), &scope, first).await.unwrap().invoice.paid_minor, 0);

    let report = app::invoice::bank_statement(&app.on(today), &scope, statement.as_bytes(), "m", false).await.unwrap();
    assert!(report.recorded);
    assert_eq!(app::invoice::detail(&app.on(today), &scope, first).await.unwrap().state, InvoiceState::Paid);
    assert_eq!(app::invoice::detail(&app.on(today), &scope, second).await.unwrap().state, InvoiceState::Paid);
    let again = app::invoice::bank_statement(&app.on(today), &scope, statement.as_bytes(), "m", false).await.unwrap();
    assert_eq!((again.matched, again.unmatched, again.already_recorded), (0, 0, 3));
    assert_eq!(app::invoice::detail(&app.on(today), &scope, first).await.unwrap().invoice.paid_minor, 100_000);

    let unmatched = app::invoice::unmatched(&app, &scope).await.unwrap();
    assert_eq!((unmatched.len(), unmatched[0].amount_minor), (1, 7_550));
    assert!(unmatched[0].reference.contains("Desconocido"));
    let e = invalid(app::invoice::assign(&app, &scope, unmatched[0].id, "2026-9999").await.unwrap_err());
    assert!(e.message_for("number").is_some());
    assert_eq!(app::invoice::assign(&app, &scope, unmatched[0].id, &n3).await.unwrap(), n3);
    assert_eq!(app::invoice::detail(&app.on(today), &scope, third).await.unwrap().state, InvoiceState::Paid);
    assert!(app::invoice::unmatched(&app, &scope).await.unwrap().is_empty());

    let e = app::invoice::bank_statement(&app.on(today), &scope, b"Fecha;Texto\n01/03/2026;x\n", "m", true).await;
    assert!(e.unwrap_err().to_string().contains("amount column"));
}

/// Statements as banks write them: CAMT.053 XML, debit and credit columns, signs before or after
/// the number or in parentheses, a currency beside the amount or in its own column. Money out is
/// left alone, money in another currency never pays an invoice, and importing a statement again
/// records nothing new.
async fn statements_are_read_as_banks_write_them(app: App) {
    let scope = common::own_cluster(&app, "banks").await;
    let day = d(2026, 11, 2);
    let acme = organisation(&app, &scope, "Errota Movilidad S.L.", None).await;
    let (first, n1) = issued(&app, &scope, acme, "968", day).await;
    let (second, n2) = issued(&app, &scope, acme, "2420", day).await;
    let (third, n3) = issued(&app, &scope, acme, "250", day).await;
    assert_eq!((n1.as_str(), n2.as_str(), n3.as_str()), ("2026-0001", "2026-0002", "2026-0003"));
    let on = app.on(d(2026, 11, 28));

    let camt = include_bytes!("../../../../docs/samples/camt053.xml");
    let report = app::invoice::bank_statement(&on, &scope, camt, "m", false).await.unwrap();
    assert!(report.recorded && report.errors.is_empty(), "{report:#?}");
    let outcomes: Vec<&BankOutcome> = report.lines.iter().map(|l| &l.outcome).collect();
    assert!(matches!(outcomes[0], BankOutcome::Matched { number, .. } if *number == n1), "{outcomes:?}");
    assert!(matches!(outcomes[1], BankOutcome::Matched { number, .. } if *number == n2));
    assert_eq!(*outcomes[2], BankOutcome::OtherCurrency { currency: "USD".into() });
    assert_eq!(*outcomes[3], BankOutcome::Outgoing);
    assert_eq!((report.lines[1].paid_on, report.lines[3].amount_minor), (d(2026, 11, 25), -1_200));
    assert!(
        report.lines[0].reference.contains("Errota Movilidad S.L.")
            && !report.lines[0].reference.contains("NOTPROVIDED")
    );
    assert_eq!(report.lines[0].line, 14, "the line of the entry in the file");
    for invoice in [first, second] {
        assert_eq!(app::invoice::detail(&on, &scope, invoice).await.unwrap().state, InvoiceState::Paid);
    }
    assert_eq!(
        app::invoice::detail(&on, &scope, third).await.unwrap().invoice.paid_minor,
        0,
        "dollars pay no euro invoice"
    );
    let again = app::invoice::bank_statement(&on, &scope, camt, "m", false).await.unwrap();
    assert_eq!((again.matched, again.already_recorded), (0, 2), "{again:#?}");
    let broken =
        app::invoice::bank_statement(&on, &scope, b"<?xml version=\"1.0\"?><Document><Other/></Document>", "m", true)
            .await;
    assert!(broken.unwrap_err().to_string().contains("not a CAMT.053"));

    // Debit and credit apart, a currency column, signs in parentheses.
    let (fourth, n4) = issued(&app, &scope, acme, "75,50", day).await;
    let split = format!(
        "Date;Description;Debit;Credit;Currency\n\
         20/11/2026;Transfer {n4};;75,50;EUR\n\
         21/11/2026;Card fee;(3,20);;EUR\n\
         22/11/2026;Wire {n3};;310,00;CHF\n"
    );
    let split = format!("{split}23/11/2026;Again for {n1};;968,00;EUR\n");
    let report = app::invoice::bank_statement(&on, &scope, split.as_bytes(), "m", false).await.unwrap();
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert_eq!(report.lines[3].outcome, BankOutcome::Unmatched, "a paid invoice is not paid twice unasked");
    // Assigned by hand to it anyway, the money is kept as the customer's credit.
    let unmatched = app::invoice::unmatched(&on, &scope).await.unwrap();
    let again = unmatched.iter().find(|p| p.reference.contains("Again")).unwrap();
    app::invoice::assign(&on, &scope, again.id, &n1).await.unwrap();
    assert_eq!(app::invoice::credit_of(&on, &scope, acme).await.unwrap().balance_minor, 96_800);
    assert!(matches!(&report.lines[0].outcome, BankOutcome::Matched { invoice_id, .. } if *invoice_id == fourth));
    assert_eq!((report.lines[1].outcome.clone(), report.lines[1].amount_minor), (BankOutcome::Outgoing, -320));
    assert_eq!(report.lines[2].outcome, BankOutcome::OtherCurrency { currency: "CHF".into() });

    // One amount column: a trailing minus, a plus, a code beside the number.
    let (fifth, n5) = issued(&app, &scope, acme, "40", day).await;
    let signed = format!(
        "Buchungstag;Verwendungszweck;Betrag\n\
         23.11.2026;Rechnung {n5};+40,00 EUR\n\
         24.11.2026;Kontoführung;5,00-\n"
    );
    let report = app::invoice::bank_statement(&on, &scope, signed.as_bytes(), "m", false).await.unwrap();
    assert!(matches!(&report.lines[0].outcome, BankOutcome::Matched { invoice_id, .. } if *invoice_id == fifth));
    assert_eq!((report.lines[1].outcome.clone(), report.lines[1].amount_minor), (BankOutcome::Outgoing, -500));
    let again = app::invoice::bank_statement(&on, &scope, signed.as_bytes(), "m", false).await.unwrap();
    assert_eq!((again.matched, again.already_recorded), (0, 1));
}

/// The same statement imported several times at once records each of its lines once, and a line
/// that the statement holds twice is recorded twice.
async fn a_statement_imported_several_times_at_once_is_recorded_once(app: App) {
    let scope = common::own_cluster(&app, "bank-race").await;
    let day = d(2026, 3, 1);
    let acme = organisation(&app, &scope, "Acme Logistics", Some("ESB12345678")).await;
    let (first, n1) = issued(&app, &scope, acme, "1000", day).await;
    let statement = format!(
        "Fecha;Concepto;Importe\n\
         03/03/2026;Pago factura {n1};400,00\n\
         04/03/2026;Transferencia;75,50\n\
         04/03/2026;Transferencia;75,50\n"
    );
    let app = Arc::new(app.on(d(2026, 3, 10)));
    let scope = Arc::new(scope);
    let mut runs = Vec::new();
    for _ in 0..4 {
        let (app, scope, statement) = (app.clone(), scope.clone(), statement.clone());
        runs.push(tokio::spawn(async move {
            app::invoice::bank_statement(&app, &*scope, statement.as_bytes(), "m", false).await
        }));
    }
    let mut recorded_lines = 0;
    for run in runs {
        let report = run.await.unwrap().unwrap();
        recorded_lines += report.matched + report.unmatched;
    }
    assert_eq!(recorded_lines, 3, "each line is recorded by one of the imports");
    assert_eq!(app::invoice::detail(&app, &*scope, first).await.unwrap().invoice.paid_minor, 40_000);
    let unmatched = app::invoice::unmatched(&app, &*scope).await.unwrap();
    assert_eq!(unmatched.iter().map(|p| p.amount_minor).collect::<Vec<_>>(), [7_550, 7_550], "the line twice, twice");
}

async fn contact(
    app: &App,
    scope: &ClusterScope,
    organisation: Uuid,
    name: &str,
    position: &str,
    email: Option<&str>,
    billing_contact: bool,
) {
    let fields = ContactFields {
        first_name: name.into(),
        last_name: "Test".into(),
        email: email.map(Into::into),
        phone: None,
        position: Some(position.into()),
        cluster_roles: None,
        billing_contact,
    };
    store::testing::contact(app.db(), scope, organisation, &fields).await.unwrap().unwrap();
}

async fn overdue_invoices_are_reminded_through_smtp_at_most_once_a_fortnight(app: App) {
    let listener = app::mail::testing::SmtpListener::start().await;
    let without_mail = app.clone();
    let mailer = app::mail::SmtpMailer::from_url(&listener.url).unwrap();
    let app = app.with_mail(app::mail::Mail { mailer: Arc::new(mailer), from: "desk@cluster.example".into() });
    let scope = common::own_cluster(&app, "reminders").await;
    let details = store::cluster::BillingDetails {
        legal_name: Some("Asociación Cluster Reminders".into()),
        iban: Some("ES91 2100 0418 4502 0005 1332".into()),
        billing_email: Some("cuotas@cluster.example".into()),
        ..Default::default()
    };
    store::cluster::set_billing_details(app.db(), &scope, &details).await.unwrap();
    let acme = organisation(&app, &scope, "Acme Logistics", None).await;
    // Acme reads English; the others get the cluster's language, its country's (Spanish).
    app::organisation::set_language(&app, &scope, acme, "en").await.unwrap();
    // The billing contact the team marked gets the reminder, whatever the positions say.
    contact(&app, &scope, acme, "Ane", "Responsable de Finanzas", Some("ane@acme.example"), true).await;
    contact(&app, &scope, acme, "Jon", "Key Account Manager", Some("jon@acme.example"), false).await;
    let bolt = organisation(&app, &scope, "Bolt Robotics", None).await;
    contact(&app, &scope, bolt, "Pia", "CEO", None, false).await;
    // Without a billing contact, every contact with an address.
    let cierzo = organisation(&app, &scope, "Cierzo Motion", None).await;
    contact(&app, &scope, cierzo, "Iker", "Key Account Manager", Some("iker@cierzo.example"), false).await;
    contact(&app, &scope, cierzo, "Leire", "CEO", Some("leire@cierzo.example"), false).await;
    let (_, number) = issued(&app, &scope, acme, "1200", d(2026, 1, 10)).await;
    issued(&app, &scope, bolt, "300", d(2026, 1, 10)).await;
    let (_, cierzo_number) = issued(&app, &scope, cierzo, "80", d(2026, 1, 10)).await;
    let (paid, _) = issued(&app, &scope, acme, "50", d(2026, 1, 10)).await;
    app::invoice::record_payment(&app.on(d(2026, 1, 20)), &scope, paid, &payment("2026-01-20", "50"), "m")
        .await
        .unwrap();
    let now = Utc.with_ymd_and_hms(2026, 3, 15, 9, 0, 0).unwrap();
    let before = listener.received().len();

    let preview = app::invoice::remind(&app.at(now), &scope, "manager", true).await.unwrap();
    assert_eq!(preview.lines.len(), 3, "the paid invoice is not overdue");
    let cierzo_line = preview.lines.iter().find(|l| l.number == cierzo_number).unwrap();
    assert_eq!(cierzo_line.to, vec!["iker@cierzo.example".to_string(), "leire@cierzo.example".to_string()]);
    let acme_line = preview.lines.iter().find(|l| l.number == number).unwrap();
    assert_eq!(
        (acme_line.outcome.clone(), acme_line.to.clone()),
        (ReminderOutcome::WouldSend, vec!["ane@acme.example".to_string()])
    );
    assert_eq!(acme_line.days_overdue, 34);
    assert!(preview.lines.iter().any(|l| l.outcome == ReminderOutcome::NoAddress));
    assert_eq!(listener.received().len(), before, "a preview sends nothing");

    let run = app::invoice::remind(&app.at(now), &scope, "manager", false).await.unwrap();
    assert_eq!(run.queued, 2);
    assert_eq!(listener.received().len(), before, "a reminder waits in the outbox until it is delivered");
    let sent = app::mail::deliver_pending(&app.at(now), "worker").await.unwrap();
    assert_eq!(sent, app::mail::Delivery { sent: 2, deferred: 0, failed: 0 });
    let received = listener.received();
    assert_eq!(received.len(), before + 2);
    let message = received.iter().find(|m| m.data.contains(&number)).unwrap();
    assert_eq!(
        (message.from.as_str(), message.to.clone()),
        ("desk@cluster.example", vec!["ane@acme.example".to_string()])
    );
    assert!(
        message.data.contains(&format!("Subject: Reminder: invoice {number} of Cluster reminders is 34 days overdue")),
        "{}",
        message.data
    );
    assert!(message.data.contains("Reply-To: cuotas@cluster.example"), "{}", message.data);
    let text = message.text();
    assert!(text.contains("Dear colleagues at Acme Logistics"), "{text}");
    assert!(text.contains("was due on 9 February 2026 and is now 34 days overdue"), "{text}");
    assert!(text.contains("1,200.00\u{a0}EUR") && text.contains("ES91 2100 0418 4502 0005 1332"), "{text}");
    let spanish = received.iter().find(|m| m.data.contains(&cierzo_number)).unwrap().text();
    assert!(spanish.contains("Estimados compañeros de Cierzo Motion"), "{spanish}");
    assert!(spanish.contains("vencía el 9 de febrero de 2026 y lleva 34 días vencida"), "{spanish}");
    assert!(spanish.contains("Quedan pendientes 80,00\u{a0}EUR"), "{spanish}");

    let again = app::invoice::remind(&app.at(now + chrono::Duration::days(3)), &scope, "manager", false).await.unwrap();
    assert_eq!(again.queued, 0);
    app::mail::deliver_pending(&app.at(now + chrono::Duration::days(3)), "worker").await.unwrap();
    assert!(again.lines.iter().any(|l| l.outcome == ReminderOutcome::RemindedRecently { on: d(2026, 3, 15) }));
    assert_eq!(listener.received().len(), before + 2);
    let later =
        app::invoice::remind(&app.at(now + chrono::Duration::days(15)), &scope, "manager", false).await.unwrap();
    app::mail::deliver_pending(&app.at(now + chrono::Duration::days(15)), "worker").await.unwrap();
    assert_eq!((later.queued, listener.received().len()), (2, before + 4));
    let log = app::mail::sent_log(&app, &scope).await.unwrap();
    assert_eq!(log.len(), 4);
    assert!(
        log.iter()
            .all(|m| m.state == domain::mail::MessageState::Sent && m.purpose == "reminder" && m.sent_at.is_some()),
        "{log:?}"
    );

    let e = app::invoice::remind(&without_mail.at(now), &scope, "manager", false).await.unwrap_err();
    assert!(e.to_string().contains("CLUSTERDESK_SMTP_URL"), "{e}");
}

async fn another_cluster_neither_sees_nor_touches_an_invoice(app: App) {
    let scope = common::own_cluster(&app, "mine").await;
    let other = common::own_cluster(&app, "theirs").await;
    let day = d(2026, 3, 2);
    let acme = organisation(&app, &scope, "Acme Logistics", Some("ESB12345678")).await;
    let (id, number) = issued(&app, &scope, acme, "100", day).await;
    let statement = format!("date,text,amount\n2026-03-03,{number},100.00\n");
    app::invoice::bank_statement(&app.on(d(2026, 3, 5)), &other, statement.as_bytes(), "x", false).await.unwrap();
    let lost = app::invoice::unmatched(&app, &other).await.unwrap();
    assert_eq!(lost.len(), 1, "their statement does not reach my invoice");
    assert!(app::invoice::list(&app.on(day), &other, &Default::default()).await.unwrap().is_empty());
    assert!(matches!(app::invoice::detail(&app.on(day), &other, id).await, Err(Error::NotFound(_))));
    assert!(matches!(app::invoice::issue(&app.on(day), &other, id).await, Err(Error::NotFound(_))));
    assert!(matches!(app::invoice::void(&app, &other, id, "x", "x").await, Err(Error::NotFound(_))));
    assert!(matches!(app::invoice::credit(&app.on(day), &other, id, None, "x", "x").await, Err(Error::NotFound(_))));
    let pay = app::invoice::record_payment(&app.on(day), &other, id, &payment("2026-03-02", "1"), "x").await;
    assert!(matches!(pay, Err(Error::NotFound(_))));
    assert!(app::invoice::assign(&app, &other, lost[0].id, &number).await.is_err());
    assert!(matches!(app::invoice::assign(&app, &scope, lost[0].id, &number).await, Err(Error::NotFound(_))));
    let mine = app::invoice::detail(&app.on(day), &scope, id).await.unwrap();
    assert_eq!((mine.state, mine.invoice.paid_minor), (InvoiceState::Issued, 0));
    let input = service(acme, "", vec![line("x", "1", "1")]);
    assert!(matches!(app::invoice::draft(&app.on(day), &other, &input, "x").await, Err(Error::NotFound(_))));
}

/// A payment above what is owed is refused unless confirmed, and the rest is then kept as the
/// customer's credit, to use on the next invoice or refund; a payment is reversed with a reason,
/// never deleted.
async fn overpayments_are_kept_as_credit_and_payments_reversed_never_deleted(app: App) {
    let scope = common::own_cluster(&app, "credit").await;
    let day = d(2026, 3, 1);
    let on = d(2026, 3, 10);
    let acme = organisation(&app, &scope, "Acme Logistics", None).await;
    let (first, _) = issued(&app, &scope, acme, "50", day).await;
    let (second, _) = issued(&app, &scope, acme, "80", day).await;

    let refused = invalid(
        app::invoice::record_payment(&app.on(on), &scope, first, &payment("2026-03-05", "5000"), "m")
            .await
            .unwrap_err(),
    );
    let why = refused.message_for("amount").unwrap();
    assert!(why.contains("50.00") && why.contains("confirm the overpayment"), "{why}");
    let unchanged = app::invoice::detail(&app.on(on), &scope, first).await.unwrap();
    assert!(unchanged.payments.is_empty(), "a refused payment writes nothing");
    assert_eq!(app::invoice::credit_of(&app, &scope, acme).await.unwrap().balance_minor, 0);

    let confirmed = PaymentInput { overpayment: Some("yes".into()), ..payment("2026-03-05", "130") };
    let paid = app::invoice::record_payment(&app.on(on), &scope, first, &confirmed, "m").await.unwrap();
    let first_now = app::invoice::detail(&app.on(on), &scope, first).await.unwrap();
    assert_eq!((first_now.state, first_now.invoice.paid_minor), (InvoiceState::Paid, 5_000));
    assert_eq!(first_now.payments[0].kept_as_credit_minor, 8_000);
    assert_eq!(first_now.customer_credit_minor, 8_000);
    let credit = app::invoice::credit_of(&app, &scope, acme).await.unwrap();
    assert_eq!((credit.balance_minor, credit.entries[0].kind), (8_000, domain::invoice::CreditKind::Overpayment));

    // The credit pays the next invoice, as far as it goes.
    assert_eq!(app::invoice::apply_credit(&app.on(on), &scope, second, "m").await.unwrap(), 8_000);
    let second_now = app::invoice::detail(&app.on(on), &scope, second).await.unwrap();
    assert_eq!(second_now.state, InvoiceState::Paid);
    assert_eq!(second_now.payments[0].source, domain::invoice::PaymentSource::Credit);
    assert_eq!(app::invoice::credit_of(&app, &scope, acme).await.unwrap().balance_minor, 0);
    assert!(matches!(app::invoice::apply_credit(&app.on(on), &scope, second, "m").await, Err(Error::BadRequest(_))));

    // The overpayment cannot be reversed while its credit is spent: first the use of it.
    let e = app::invoice::reverse_payment(&app, &scope, paid, "bounced", "m").await.unwrap_err();
    assert!(matches!(&e, Error::Conflict(_)) && e.to_string().contains("used it"), "{e}");
    let e = invalid(app::invoice::reverse_payment(&app, &scope, paid, "  ", "m").await.unwrap_err());
    assert!(e.message_for("reason").is_some());
    let used = second_now.payments[0].id;
    assert_eq!(
        app::invoice::reverse_payment(&app, &scope, used, "applied by mistake", "m").await.unwrap(),
        Some(second)
    );
    assert_eq!(app::invoice::credit_of(&app, &scope, acme).await.unwrap().balance_minor, 8_000);
    let second_now = app::invoice::detail(&app.on(on), &scope, second).await.unwrap();
    assert_eq!((second_now.state, second_now.invoice.outstanding_minor()), (InvoiceState::Issued, 8_000));
    assert_eq!(second_now.payments.len(), 1, "a reversed payment stays in the history");
    assert_eq!(second_now.payments[0].reversal_reason.as_deref(), Some("applied by mistake"));
    assert!(matches!(app::invoice::reverse_payment(&app, &scope, used, "again", "m").await, Err(Error::BadRequest(_))));

    // Reversing the overpayment takes its credit back and leaves the first invoice owed again.
    app::invoice::reverse_payment(&app, &scope, paid, "transfer returned by the bank", "m").await.unwrap();
    let first_now = app::invoice::detail(&app.on(on), &scope, first).await.unwrap();
    assert_eq!((first_now.invoice.paid_minor, first_now.invoice.outstanding_minor()), (0, 5_000));
    let credit = app::invoice::credit_of(&app, &scope, acme).await.unwrap();
    assert_eq!((credit.balance_minor, credit.entries.len()), (0, 4), "overpayment, use, reversals: {credit:#?}");

    // A refund takes from the credit, never more than there is.
    let again = PaymentInput { overpayment: Some("yes".into()), ..payment("2026-03-06", "70") };
    app::invoice::record_payment(&app.on(on), &scope, first, &again, "m").await.unwrap();
    let e = invalid(app::invoice::refund_credit(&app, &scope, acme, Some("30"), "", "m").await.unwrap_err());
    assert!(e.message_for("note").is_some() && e.message_for("amount").is_some());
    assert_eq!(app::invoice::refund_credit(&app, &scope, acme, Some("5"), "transfer back", "m").await.unwrap(), 500);
    assert_eq!(app::invoice::refund_credit(&app, &scope, acme, None, "transfer back", "m").await.unwrap(), 1_500);
    assert_eq!(app::invoice::credit_of(&app, &scope, acme).await.unwrap().balance_minor, 0);
    let e = invalid(app::invoice::refund_credit(&app, &scope, acme, None, "again", "m").await.unwrap_err());
    assert!(e.message_for("amount").unwrap().contains("no credit"));

    // Payments taken into the accounting export keep their reversals.
    let export = app::accounting::payments(&app, &scope).await.unwrap().collect_rows().await.unwrap();
    let reversed =
        |row: &Vec<app::table::Value>| !matches!(row.last(), Some(app::table::Value::Text(t)) if t.is_empty());
    assert_eq!((export.len(), export.iter().filter(|r| reversed(r)).count()), (3, 2), "{export:?}");
    assert_eq!(export[0][8], app::table::Value::Money(8_000, domain::money::Currency::EUR));

    // Another cluster reaches none of it.
    let other = common::own_cluster(&app, "not-credit").await;
    assert!(matches!(app::invoice::reverse_payment(&app, &other, paid, "x", "x").await, Err(Error::NotFound(_))));
    assert!(matches!(app::invoice::apply_credit(&app.on(on), &other, first, "x").await, Err(Error::NotFound(_))));
    assert!(matches!(app::invoice::refund_credit(&app, &other, acme, None, "x", "x").await, Err(Error::NotFound(_))));
    assert!(app::invoice::credit_of(&app, &other, acme).await.unwrap().entries.is_empty());
}

on_each_backend!(empty: overpayments_are_kept_as_credit_and_payments_reversed_never_deleted, statements_are_read_as_banks_write_them);

on_each_backend!(empty: service_invoices_are_drafted_issued_numbered_without_gaps_and_corrected_never_deleted, a_bank_statement_is_matched_by_number_or_vat_id_recorded_once_and_the_rest_listed, another_cluster_neither_sees_nor_touches_an_invoice);

on_each_backend!(empty: overdue_invoices_are_reminded_through_smtp_at_most_once_a_fortnight, a_statement_imported_several_times_at_once_is_recorded_once);
