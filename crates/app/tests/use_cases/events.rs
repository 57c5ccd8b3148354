//! Events: registrations without an account, matched to contacts; the last seats under
//! concurrency; the waiting list; paid events; confirmations with the `.ics`; calendars that parse
//! back; on every backend.

use crate::common;

use std::sync::Arc;

use app::registration::RegistrationInput;
use app::{App, Error};
use chrono::{NaiveDate, NaiveDateTime};
use common::build;
use domain::event::{EventFields, EventFormat, EventKind, RegistrationStatus};
use domain::id::Uuid;

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap()
}

fn event(title: &str, capacity: Option<i64>, non_member_price: i64) -> EventFields {
    EventFields {
        title: title.into(),
        kind: EventKind::Networking,
        format: EventFormat::InPerson,
        place: Some("Bizkaia Aretoa, Bilbao".into()),
        link: None,
        capacity,
        member_price: 0,
        non_member_price,
        tax_rate_basis_points: 2100,
        starts_at: at(2026, 12, 10, 9, 30),
        ends_at: at(2026, 12, 10, 13, 30),
        description: "Members meet the port authority.".into(),
        agenda: domain::event::parse_agenda("09:30-10:00 Welcome | The cluster\n10:00-10:30 Coffee break").unwrap(),
    }
}

fn person(n: usize, organisation: &str) -> RegistrationInput {
    RegistrationInput {
        first_name: Some(format!("Person{n}")),
        last_name: Some("Test".into()),
        email: Some(format!("person{n}@visitors.example")),
        organisation: Some(organisation.into()),
        wants_news: None,
        // As the event's page in English sends it; the cluster writes Spanish.
        language: Some("en".into()),
    }
}

const NOW: fn() -> NaiveDateTime = || at(2026, 11, 27, 12, 0);

async fn visitor(app: &App, slug: &str) -> app::auth::Visitor {
    app::auth::visitor_scope(app, slug).await.unwrap()
}

async fn the_last_seats_go_to_the_first_and_never_more_than_there_are(app: App) {
    let manager = common::own_cluster(&app, "seats").await;
    let id = app::event::create(&app, &manager, &event("Port night", Some(3), 0), None).await.unwrap();
    let scope = Arc::new(visitor(&app, "seats").await);
    let app = Arc::new(app);
    let mut runs = Vec::new();
    for n in 0..12 {
        let (app, scope) = (app.clone(), scope.clone());
        runs.push(tokio::spawn(async move {
            build::registration(&app.at_local(&scope, NOW()), &scope, id, &person(n, &format!("Visitor Company {n}")))
                .await
        }));
    }
    let mut outcomes = Vec::new();
    for r in runs {
        outcomes.push(r.await.unwrap().unwrap());
    }
    let seats = outcomes.iter().filter(|o| o.status == RegistrationStatus::Registered).count();
    assert_eq!(seats, 3, "three seats, twelve people");
    let e = app::event::get(&app, &manager, id).await.unwrap();
    assert_eq!((e.registered, e.waitlisted), (3, 9));

    // A seat freed goes to the first who waited.
    let all = app::event::registrations(&app, &manager, id).await.unwrap();
    let first_waiting = all.iter().find(|r| r.status == RegistrationStatus::Waitlisted).unwrap().id;
    let leaving = outcomes.iter().find(|o| o.status == RegistrationStatus::Registered).unwrap();
    let promoted = app::event::cancel_by_token(&app, &scope, leaving.token.as_deref().unwrap()).await.unwrap();
    assert_eq!(promoted, Some(first_waiting));
    let e = app::event::get(&app, &manager, id).await.unwrap();
    assert_eq!((e.registered, e.waitlisted), (3, 8));
    let again = app::event::cancel_by_token(&app, &scope, leaving.token.as_deref().unwrap()).await;
    assert!(matches!(again, Err(Error::BadRequest(_))));
    // Registering twice changes nothing (for someone who still holds a registration).
    let stays = outcomes.iter().position(|o| o.registration_id != leaving.registration_id).unwrap();
    let again = person(stays, &format!("Visitor Company {stays}"));
    let twice = build::registration(&app.at_local(&scope, NOW()), &scope, id, &again).await.unwrap();
    assert!(twice.already && twice.token.is_none());
    assert_eq!(app::event::get(&app, &manager, id).await.unwrap().waitlisted, 8);
}

async fn the_same_new_person_registering_twice_at_once_is_recorded_once(app: App) {
    let manager = common::own_cluster(&app, "twice").await;
    let id = app::event::create(&app, &manager, &event("Port night", Some(2), 4_000), None).await.unwrap();
    let scope = Arc::new(visitor(&app, "twice").await);
    let app = Arc::new(app.at_local(&scope, NOW()));
    let mut runs = Vec::new();
    for _ in 0..2 {
        let (app, scope) = (app.clone(), scope.clone());
        runs.push(tokio::spawn(
            async move { build::registration(&app, &*scope, id, &person(7, "Brand New S.L.")).await },
        ));
    }
    let mut outcomes = Vec::new();
    for r in runs {
        outcomes.push(r.await.unwrap().unwrap());
    }
    assert_eq!(outcomes.iter().filter(|o| o.already).count(), 1, "{outcomes:?}");
    assert_eq!(outcomes.iter().filter_map(|o| o.invoice_number.as_ref()).count(), 1, "one invoice");
    let registrations = app::event::registrations(&app, &manager, id).await.unwrap();
    assert_eq!(registrations.len(), 1);
    let people = app::contact::list(&app, &manager, &Default::default(), app::Paging::new(None, None)).await.unwrap();
    assert_eq!(people.total, 1, "one contact");
    let organisations =
        app::organisation::list(&app, &manager, &Default::default(), app::Paging::new(None, None)).await.unwrap();
    assert_eq!(organisations.total, 1, "one organisation");
}

/// Colleagues of one organisation new to the cluster register at once, each for another event:
/// the organisation is made once, and both people are at it.
async fn colleagues_of_a_new_organisation_registering_at_once_make_it_once(app: App) {
    let manager = common::own_cluster(&app, "colleagues").await;
    let mut events = Vec::new();
    for title in ["Port night", "Rail morning", "Bus afternoon", "Tram evening"] {
        events.push(app::event::create(&app, &manager, &event(title, None, 0), None).await.unwrap());
    }
    let scope = Arc::new(visitor(&app, "colleagues").await);
    let app = Arc::new(app.at_local(&scope, NOW()));
    let mut runs = Vec::new();
    for (n, id) in events.iter().copied().enumerate() {
        let (app, scope) = (app.clone(), scope.clone());
        runs.push(tokio::spawn(async move {
            build::registration(&app, &*scope, id, &person(n, "Brand New Colleagues S.L.")).await
        }));
    }
    for r in runs {
        r.await.unwrap().unwrap();
    }
    let organisations =
        app::organisation::list(&app, &manager, &Default::default(), app::Paging::new(None, None)).await.unwrap();
    assert_eq!(organisations.total, 1, "one organisation: {:?}", organisations.items);
    let people = app::contact::list(&app, &manager, &Default::default(), app::Paging::new(None, None)).await.unwrap();
    assert_eq!(people.total, 4);
    assert!(people.items.iter().all(|c| c.organisation_id == organisations.items[0].id));
}

async fn the_last_paid_seats_each_get_one_invoice_and_the_waiting_none(app: App) {
    let manager = common::own_cluster(&app, "paid-seats").await;
    let id = app::event::create(&app, &manager, &event("Port night", Some(3), 4_000), None).await.unwrap();
    let scope = Arc::new(visitor(&app, "paid-seats").await);
    let app = Arc::new(app.at_local(&scope, NOW()));
    let mut runs = Vec::new();
    for n in 0..8 {
        let (app, scope) = (app.clone(), scope.clone());
        runs.push(tokio::spawn(async move {
            build::registration(&app, &scope, id, &person(n, &format!("Company {n}"))).await
        }));
    }
    let mut numbers = Vec::new();
    for r in runs {
        let o = r.await.unwrap().unwrap();
        assert_eq!(o.invoice_number.is_some(), o.status == RegistrationStatus::Registered, "{o:?}");
        numbers.extend(o.invoice_number);
    }
    numbers.sort();
    assert_eq!(numbers, ["2026-0001", "2026-0002", "2026-0003"], "numbered without gaps");
    let invoices = app::invoice::list(&app, &manager, &Default::default()).await.unwrap();
    assert_eq!(invoices.len(), 3);
    let registrations = app::event::registrations(&app, &manager, id).await.unwrap();
    assert_eq!(registrations.iter().filter(|r| r.invoice_id.is_some()).count(), 3);
}

/// Seats freed by a cancellation (the person's or the team's) or a larger room go to the first
/// who wait, in order and at once, each invoiced with the event's tax; a cancelled registration's
/// invoice, or a cancelled event's, is credited in full.
async fn freed_seats_move_the_waiting_list_and_cancellations_are_credited(app: App) {
    let manager = common::own_cluster(&app, "waiting").await;
    let fields = event("Port night", Some(2), 4_000);
    let id = app::event::create(&app, &manager, &fields, None).await.unwrap();
    let scope = visitor(&app, "waiting").await;
    let app = app.at_local(&scope, NOW());
    let mut outcomes = Vec::new();
    for n in 0..6 {
        outcomes.push(build::registration(&app, &scope, id, &person(n, &format!("Company {n}"))).await.unwrap());
    }
    // 40.00 and 21 % tax; nothing for those who wait.
    assert_eq!(outcomes[0].invoice_gross_minor, Some(4_840));
    assert!(outcomes[2..].iter().all(|o| o.status == RegistrationStatus::Waitlisted && o.invoice_number.is_none()));
    let invoice_of = |registrations: &[domain::event::Registration], n: usize| {
        registrations.iter().find(|r| r.id == outcomes[n].registration_id).unwrap().invoice_id
    };

    // A larger room: the first who waits moves up in the same unit, invoiced.
    let bigger = domain::event::EventFields { capacity: Some(3), ..fields.clone() };
    app::event::update(&app, &manager, id, &bigger).await.unwrap();
    let now = app::event::registrations(&app, &manager, id).await.unwrap();
    let status = |rs: &[domain::event::Registration], n: usize| {
        rs.iter().find(|r| r.id == outcomes[n].registration_id).unwrap().status
    };
    assert_eq!((status(&now, 2), status(&now, 3)), (RegistrationStatus::Registered, RegistrationStatus::Waitlisted));
    assert!(invoice_of(&now, 2).is_some(), "the seat raises the invoice");

    // The team removes one who paid: the invoice is credited in full, what was paid becomes the
    // customer's credit, and the next who waits moves up.
    let paid = app::invoice::PaymentInput { amount: Some("48.40".into()), ..Default::default() };
    app::invoice::record_payment(&app, &manager, invoice_of(&now, 0).unwrap(), &paid, "m").await.unwrap();
    let promoted = app::event::cancel_registration(&app, &manager, outcomes[0].registration_id, "m").await.unwrap();
    assert_eq!(promoted, vec![outcomes[3].registration_id]);
    let credited = app::invoice::detail(&app, &manager, invoice_of(&now, 0).unwrap()).await.unwrap();
    assert_eq!((credited.state, credited.invoice.outstanding_minor()), (domain::invoice::InvoiceState::Credited, 0));
    assert_eq!(credited.credit_notes[0].gross_minor, -4_840);
    assert_eq!((credited.invoice.paid_minor, credited.customer_credit_minor), (0, 4_840), "the payment is credit now");
    let again = app::event::cancel_registration(&app, &manager, outcomes[0].registration_id, "m").await;
    assert!(matches!(again, Err(Error::BadRequest(_))));

    // The person cancels through the link: the same.
    let promoted = app::event::cancel_by_token(&app, &scope, outcomes[1].token.as_deref().unwrap()).await.unwrap();
    assert_eq!(promoted, Some(outcomes[4].registration_id));
    let now = app::event::registrations(&app, &manager, id).await.unwrap();
    let credited = app::invoice::detail(&app, &manager, invoice_of(&now, 1).unwrap()).await.unwrap();
    assert_eq!(credited.state, domain::invoice::InvoiceState::Credited);
    let e = app::event::get(&app, &manager, id).await.unwrap();
    assert_eq!((e.registered, e.waitlisted), (3, 1));

    // A cancelled event credits every invoice of its registrations, and nobody moves up.
    app::event::cancel(&app, &manager, id, "m").await.unwrap();
    let invoices = app::invoice::list(&app, &manager, &Default::default()).await.unwrap();
    let open: Vec<_> = invoices
        .iter()
        .filter(|i| i.invoice.kind == domain::invoice::InvoiceKind::Event && i.invoice.outstanding_minor() > 0)
        .collect();
    assert!(open.is_empty(), "{open:?}");
    assert_eq!(app::event::get(&app, &manager, id).await.unwrap().waitlisted, 1);

    let theirs = common::own_cluster(&app, "not-waiting").await;
    let r = app::event::cancel_registration(&app, &theirs, outcomes[5].registration_id, "x").await;
    assert!(matches!(r, Err(Error::NotFound(_))));
}

async fn visitors_are_matched_to_contacts_and_new_ones_are_marked_for_review(app: App) {
    let manager = common::own_cluster(&app, "matching").await;
    let fields = domain::organisation::OrganisationFields {
        name: "Zubi Logistics S.L.".into(),
        kind: domain::organisation::OrganisationKind::Company,
        nace_code: None,
        employees: Some(12),
        turnover: None,
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
    let zubi = store::testing::organisation(app.db(), &manager, &fields).await.unwrap();
    let known = domain::contact::ContactFields {
        first_name: "Ane".into(),
        last_name: "Known".into(),
        email: Some("ane@zubi.example".into()),
        phone: None,
        position: None,
        cluster_roles: None,
        billing_contact: false,
    };
    let ane = store::testing::contact(app.db(), &manager, zubi, &known).await.unwrap().unwrap();
    let id = app::event::create(&app, &manager, &event("Port night", None, 4_000), None).await.unwrap();
    let scope = visitor(&app, "matching").await;

    let bad = RegistrationInput { email: Some("not an address".into()), ..Default::default() };
    match build::registration(&app.at_local(&scope, NOW()), &scope, id, &bad).await {
        Err(Error::Invalid(e)) => {
            for field in ["first_name", "last_name", "email", "organisation"] {
                assert!(e.message_for(field).is_some(), "{field}: {e}");
            }
        }
        other => panic!("expected field errors: {other:?}"),
    }

    let mut input = person(1, "anything");
    input.email = Some("ANE@zubi.example".into());
    build::registration(&app.at_local(&scope, NOW()), &scope, id, &input).await.unwrap();
    // A name anyone can type never attaches a registration (nor its invoice) to an organisation
    // the team knows: a new one is made, for the team to merge.
    let same_org = person(2, "zubi logistics");
    build::registration(&app.at_local(&scope, NOW()), &scope, id, &same_org).await.unwrap();
    let new_org = person(3, "Brand New Robotics");
    let outcome = build::registration(&app.at_local(&scope, NOW()), &scope, id, &new_org).await.unwrap();
    assert!(outcome.invoice_number.is_some(), "a non-member pays the non-member price");

    let regs = app::event::registrations(&app, &manager, id).await.unwrap();
    let of =
        |email: &str| regs.iter().find(|r| r.email.as_deref().is_some_and(|e| e.eq_ignore_ascii_case(email))).unwrap();
    assert_eq!((of("ane@zubi.example").contact_id, of("ane@zubi.example").needs_review), (ane, false));
    let typed_zubi = of("person2@visitors.example");
    assert_ne!(typed_zubi.organisation_id, zubi, "never found by a typed name");
    assert!(typed_zubi.needs_review, "a new person is reviewed");
    let tags = app::segment::tags_of(&app, &manager, typed_zubi.organisation_id).await.unwrap();
    assert!(tags.iter().any(|(_, t)| t == app::registration::REVIEW_TAG));
    assert_eq!(
        store::invoice::invoices_of(app.db(), &manager, zubi).await.unwrap().len(),
        1,
        "the known organisation is invoiced for its own contact only"
    );
    let brand_new = of("person3@visitors.example");
    assert!(brand_new.needs_review && brand_new.organisation == "Brand New Robotics");
    let tags = app::segment::tags_of(&app, &manager, brand_new.organisation_id).await.unwrap();
    assert!(tags.iter().any(|(_, t)| t == app::registration::REVIEW_TAG));
    let invoice = store::invoice::invoices_of(app.db(), &manager, brand_new.organisation_id).await.unwrap().remove(0);
    assert_eq!((invoice.kind.code(), invoice.gross_minor), ("event", 4_840), "40.00 and 21 % tax");
}

/// With the cluster's default check, a visitor's registration waits for its confirmation by
/// mail: the mail carries the link, nothing is registered before it is used, and the confirmation
/// then carries the `.ics`; a seat freed later is announced to the one who waited.
async fn confirmations_carry_the_ics_and_a_freed_seat_is_announced(app: App) {
    let listener = app::mail::testing::SmtpListener::start().await;
    let mailer = app::mail::SmtpMailer::from_url(&listener.url).unwrap();
    let app = app.with_mail(app::mail::Mail { mailer: Arc::new(mailer), from: "events@cluster.example".into() });
    let manager = common::own_cluster(&app, "mailed").await;
    let id = app::event::create(&app, &manager, &event("Port night", Some(1), 0), None).await.unwrap();
    let scope = visitor(&app, "mailed").await;
    let app = app.at_local(&scope, NOW());
    let mut sent = Vec::new();
    for n in [1, 2] {
        let request =
            app::registration::request(&app, &scope, id, &person(n, "One S.L."), "https://desk.example").await.unwrap();
        assert!(request.mailed && request.check == domain::event::RegistrationCheck::Mail);
        assert!(app::event::registrations(&app, &manager, id).await.unwrap().len() < n, "no seat before the link");
        app::mail::deliver_pending(&app, "worker").await.unwrap();
        let mail = listener.received().into_iter().last().unwrap();
        assert!(mail.data.contains("Subject: Confirm your registration: Port night"), "{}", mail.data);
        assert_eq!(mail.to, vec![format!("person{n}@visitors.example")]);
        let link = mail.text().split_whitespace().find(|w| w.contains("/events/mailed/requests/")).unwrap().to_string();
        let token = link.rsplit('/').next().unwrap().to_string();
        assert_eq!(token, request.token, "the mail carries the link");
        let confirmed = app::registration::confirm(&app, &scope, &token, "https://desk.example").await.unwrap();
        assert!(confirmed.mailed && !confirmed.already);
        let again = app::registration::confirm(&app, &scope, &token, "https://desk.example").await;
        assert!(matches!(again, Err(Error::BadRequest(ref m)) if m.contains("confirmed already")), "{again:?}");
        app::mail::deliver_pending(&app, "worker").await.unwrap();
        sent.push(confirmed);
    }
    let received = listener.received();
    let confirmation = &received[1];
    assert_eq!(confirmation.to, vec!["person1@visitors.example".to_string()]);
    assert!(confirmation.data.contains("Subject: Registered: Port night"), "{}", confirmation.data);
    assert!(confirmation.data.contains("text/calendar") && confirmation.data.contains("event.ics"));
    let token = sent[0].token.as_deref().unwrap();
    assert!(confirmation.text().contains(&format!("https://desk.example/events/mailed/registrations/{token}")));
    assert!(received[3].data.contains("Subject: Waiting list: Port night"));
    app::event::cancel_by_token(&app, &scope, token).await.unwrap();
    app::mail::deliver_pending(&app, "worker").await.unwrap();
    let last = listener.received();
    assert!(last[4].data.contains("Subject: A seat is yours: Port night"));
    assert_eq!(last[4].to, vec!["person2@visitors.example".to_string()]);

    // Someone registered already asks again: the page cannot tell; the mail says so after the
    // link is used, and nothing new is recorded.
    let request = app::registration::request(&app, &scope, id, &person(2, "Two S.L."), "x").await.unwrap();
    let again = app::registration::confirm(&app, &scope, &request.token, "x").await.unwrap();
    assert!(again.already && again.token.is_none());
    app::mail::deliver_pending(&app, "worker").await.unwrap();
    let mail = listener.received().into_iter().last().unwrap();
    assert!(mail.data.contains("Subject: Registered already: Port night"), "{}", mail.data);
    assert_eq!(app::event::registrations(&app, &manager, id).await.unwrap().len(), 2);
}

/// A visitor registers through the mailed link; returns the outcome and the text of the last mail.
async fn register_by_mail(
    app: &App,
    scope: &app::auth::Visitor,
    listener: &app::mail::testing::SmtpListener,
    event: Uuid,
    input: &RegistrationInput,
) -> (app::registration::RegistrationOutcome, String) {
    let request = app::registration::request(app, scope, event, input, "x").await.unwrap();
    let outcome = app::registration::confirm(app, scope, &request.token, "x").await.unwrap();
    app::mail::deliver_pending(app, "worker").await.unwrap();
    (outcome, listener.received().last().unwrap().text())
}

/// Mail about a registration keeps to the language it was asked in; a person the request
/// created learns it, one known before keeps their own (else their organisation's), and a
/// visitor who named none of the nine is written to in the cluster's language, not in English.
async fn mail_about_a_registration_keeps_the_language_it_was_asked_in(app: App) {
    let listener = app::mail::testing::SmtpListener::start().await;
    let mailer = app::mail::SmtpMailer::from_url(&listener.url).unwrap();
    let app = app.with_mail(app::mail::Mail { mailer: Arc::new(mailer), from: "events@cluster.example".into() });
    let manager = common::own_cluster(&app, "tongues").await;
    let hafen = build::organisation(&app, &manager, "Hafen GmbH").await;
    app::organisation::set_language(&app, &manager, hafen.id, "de").await.unwrap();
    let karl = build::contact(&app, &manager, hafen.id, "Karl", "Brandt", Some("karl@hafen.example")).await;
    let id = app::event::create(&app, &manager, &event("Port night", Some(1), 0), None).await.unwrap();
    let scope = visitor(&app, "tongues").await;
    let app = app.at_local(&scope, NOW());

    let ana = RegistrationInput { language: None, ..person(1, "Ana S.L.") };
    let (ana, text) = register_by_mail(&app, &scope, &listener, id, &ana).await;
    assert_eq!(ana.status, RegistrationStatus::Registered);
    assert!(text.contains("Su inscripción está confirmada"), "the cluster's Spanish: {text}");
    let karl_asks = RegistrationInput { language: Some("pl".into()), ..build::typed(&karl) };
    let (waiting, _) = register_by_mail(&app, &scope, &listener, id, &karl_asks).await;
    assert_eq!(waiting.status, RegistrationStatus::Waitlisted);
    let zoe = RegistrationInput { language: Some("fr".into()), ..person(3, "Zoé SARL") };
    register_by_mail(&app, &scope, &listener, id, &zoe).await;

    let registrations = app::event::registrations(&app, &manager, id).await.unwrap();
    let language_of = |first: &str| registrations.iter().find(|r| r.first_name == first).unwrap().language;
    use domain::language::Language;
    assert_eq!(language_of("Person1"), None, "none asked: the cluster's");
    assert_eq!(language_of("Karl"), Some(Language::Polish), "as asked");
    assert_eq!(language_of("Person3"), Some(Language::French));
    let karl_now = app::contact::get(&app, &manager, karl.id).await.unwrap();
    assert_eq!(karl_now.language, Some(Language::German), "a known person keeps their organisation's");
    let zoe_id = registrations.iter().find(|r| r.first_name == "Person3").unwrap().contact_id;
    let zoe_now = app::contact::get(&app, &manager, zoe_id).await.unwrap();
    assert_eq!(zoe_now.language, Some(Language::French), "a new person learns the request's");

    // The seat Ana frees goes to Karl, told in the Polish he registered in.
    app::event::cancel_by_token(&app, &scope, ana.token.as_deref().unwrap()).await.unwrap();
    app::mail::deliver_pending(&app, "worker").await.unwrap();
    let freed = listener.received().last().unwrap().clone();
    assert_eq!(freed.to, vec!["karl@hafen.example".to_string()]);
    assert!(freed.text().contains("zwolniło się miejsce"), "{}", freed.text());

    // What the team registers him for is written in his organisation's German.
    let another = build::event(&app, &manager, "Harbour tour", NOW().date() + chrono::Duration::days(3)).await;
    app::registration::register_contact(&app, &manager, another, karl.id, "x").await.unwrap();
    app::mail::deliver_pending(&app, "worker").await.unwrap();
    let text = listener.received().last().unwrap().text();
    assert!(text.contains("Sie sind angemeldet"), "{text}");
}

/// A cluster that checks registrations itself holds them for the team: the team sees whom an
/// email belongs to, accepts (a seat, the invoice, the consent to news when the box was ticked)
/// or declines (nothing at all); the personal link shows only what the visitor typed.
async fn the_team_accepts_or_declines_held_registrations(app: App) {
    use domain::event::{RegistrationCheck, RequestState};
    let manager = common::own_cluster(&app, "held").await;
    app::registration::set_public_registration(
        &app,
        &manager,
        RegistrationCheck::Review,
        "https://held.example/privacy",
    )
    .await
    .unwrap();
    let bad =
        app::registration::set_public_registration(&app, &manager, RegistrationCheck::Review, "javascript:x").await;
    assert!(matches!(bad, Err(Error::Invalid(ref e)) if e.message_for("privacy_notice_url").is_some()), "{bad:?}");
    let manager = app::auth::operator_scope(&app, "held").await.unwrap();
    assert_eq!(manager.cluster().privacy_notice_url.as_deref(), Some("https://held.example/privacy"));
    let known = build::organisation(&app, &manager, "Zubi Logistics S.L.").await;
    build::contact(&app, &manager, known.id, "Ane", "Known", Some("ane@zubi.example")).await;
    let id = app::event::create(&app, &manager, &event("Port night", None, 4_000), None).await.unwrap();
    let scope = visitor(&app, "held").await;
    let app = app.at_local(&scope, NOW());

    // Someone types Ane's email and another name: held, nothing matched until the team looks.
    let mut input = person(1, "Anything S.L.");
    input.email = Some("ANE@zubi.example".into());
    input.wants_news = Some("yes".into());
    let held = app::registration::request(&app, &scope, id, &input, "x").await.unwrap();
    assert_eq!((held.check, held.mailed), (RegistrationCheck::Review, false));
    let declined = app::registration::request(&app, &scope, id, &person(2, "Spam S.L."), "x").await.unwrap();
    assert!(app::event::registrations(&app, &manager, id).await.unwrap().is_empty());
    let requests = app::registration::requests(&app, &manager, id).await.unwrap();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].known_organisation.as_deref(), Some("Zubi Logistics S.L."), "whom the email belongs to");
    assert!(requests.iter().all(|r| r.state == RequestState::Held));
    let cannot = app::registration::confirm(&app, &scope, &held.token, "x").await;
    assert!(matches!(cannot, Err(Error::BadRequest(_))), "a held request is not confirmed from its link");

    app::registration::decline(&app, &manager, declined.request_id, "manager").await.unwrap();
    let accepted = app::registration::accept(&app, &manager, held.request_id, "x", "manager").await.unwrap();
    let twice = app::registration::accept(&app, &manager, held.request_id, "x", "manager").await;
    assert!(matches!(twice, Err(Error::BadRequest(_))));
    assert!(matches!(
        app::registration::accept(&app, &manager, declined.request_id, "x", "manager").await,
        Err(Error::BadRequest(_))
    ));
    let registrations = app::event::registrations(&app, &manager, id).await.unwrap();
    assert_eq!(registrations.len(), 1, "the declined one took nothing");
    assert_eq!(registrations[0].organisation_id, known.id, "accepted under the contact the email is");
    assert!(accepted.invoice_number.is_some());
    let consents = app::privacy::consents(&app, &manager, registrations[0].contact_id).await.unwrap();
    assert_eq!(consents.len(), 1, "the ticked box is a consent");
    assert_eq!(consents[0].purpose, app::registration::NEWS_PURPOSE);
    let states: Vec<RequestState> =
        app::registration::requests(&app, &manager, id).await.unwrap().iter().map(|r| r.state).collect();
    assert_eq!(states, [RequestState::Accepted, RequestState::Declined]);

    // Someone else sends the same email with other names; accepted, it finds the registration
    // made, and the personal link still shows what its own visitor typed.
    let mut again = person(9, "Other Names S.L.");
    again.email = Some("ane@zubi.example".into());
    let second = app::registration::request(&app, &scope, id, &again, "x").await.unwrap();
    let repeat = app::registration::accept(&app, &manager, second.request_id, "x", "manager").await.unwrap();
    assert!(repeat.already && repeat.token.is_none());
    let personal = app::event::by_token(&app, &scope, accepted.token.as_deref().unwrap()).await.unwrap();
    let typed = personal.typed.expect("what the visitor typed");
    assert_eq!((typed.name(), typed.organisation.as_str()), ("Person1 Test".to_string(), "Anything S.L."));

    // Erasing the person erases what they typed on the public page too.
    app::privacy::erase_person(&app, &manager, "manager", registrations[0].contact_id).await.unwrap();
    let left = app::registration::requests(&app, &manager, id).await.unwrap();
    assert!(left.iter().all(|r| !r.email.eq_ignore_ascii_case("ane@zubi.example")), "{left:?}");
    assert_eq!(left.len(), 1);

    // Another cluster's team sees and decides nothing of it.
    let other = common::own_cluster(&app, "held-other").await;
    assert!(matches!(app::registration::requests(&app, &other, id).await, Err(Error::NotFound(_))));
    let again = app::registration::request(&app, &scope, id, &person(3, "Three S.L."), "x").await.unwrap();
    assert!(matches!(
        app::registration::accept(&app, &other, again.request_id, "x", "them").await,
        Err(Error::NotFound(_))
    ));
    assert!(matches!(
        app::registration::decline(&app, &other, again.request_id, "them").await,
        Err(Error::NotFound(_))
    ));
}

/// Line breaks in what the team typed stay inside their property: a title with CR LF cannot end
/// the event and start another, in the `.ics` or the feed; a link other than a web address is
/// left out.
async fn typed_line_breaks_never_add_a_calendar_property_or_event(app: App) {
    use icalendar::Component;
    let manager = common::own_cluster(&app, "smuggling").await;
    let mut fields = event("Port night\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Smuggled\rX-A:1", None, 0);
    fields.description = "First line\r\nATTACH:https://evil.example/x\rmore".into();
    fields.place = Some("Hall\r\nLOCATION:elsewhere".into());
    fields.link = Some("javascript:alert(1)\r\nURL:https://evil.example".into());
    let id = app::event::create(&app, &manager, &fields, None).await.unwrap();
    let text = app::event::ics(&app, &manager, id, "https://desk.example").await.unwrap();
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 1, "{text}");
    assert!(lines.iter().all(|l| !l.starts_with("SUMMARY:Smuggled")), "{text}");
    for smuggled in [
        "\r\nSUMMARY:Smuggled",
        "\r\nX-A:",
        "\r\nATTACH:",
        "\r\nLOCATION:elsewhere",
        "\r\nURL:javascript",
        "\r\nURL:https://evil",
    ] {
        assert!(!text.contains(smuggled), "{smuggled:?} stands as a line of its own: {text}");
    }
    let parsed: icalendar::Calendar = text.parse().unwrap();
    let events: Vec<_> = parsed.events().collect();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].get_summary(), Some("Port night\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Smuggled\nX-A:1"));
    assert!(events[0].get_url().unwrap_or_default().starts_with("https://desk.example/"), "{text}");
}

async fn calendars_parse_back_with_time_zones_stable_uids_updates_and_cancellations(app: App) {
    use icalendar::Component;
    let manager = common::own_cluster(&app, "calendar").await;
    let mut fields = event("Port night", None, 0);
    let id = app::event::create(&app, &manager, &fields, None).await.unwrap();
    let text = app::event::ics(&app, &manager, id, "https://desk.example").await.unwrap();
    assert!(
        text.starts_with("BEGIN:VCALENDAR\r\n") && text.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Madrid\r\n"),
        "{text}"
    );
    assert!(text.lines().all(|l| l.len() <= 75), "lines are folded at 75 octets");
    assert!(text.split("\r\n").all(|l| !l.contains('\n')), "every line ends in CRLF");
    let tz = text.split_once("BEGIN:VTIMEZONE").unwrap().1.split_once("END:VTIMEZONE").unwrap().0;
    assert!(!tz.contains("UID:") && !tz.contains("DTSTAMP:"), "a VTIMEZONE has neither: {tz}");
    assert!(tz.contains("BEGIN:DAYLIGHT") && tz.contains("BEGIN:STANDARD"));
    let parsed: icalendar::Calendar = text.parse().unwrap();
    let e = parsed.events().next().unwrap();
    assert_eq!(e.get_uid(), Some(format!("{id}@clusterdesk").as_str()));
    assert_eq!(e.get_summary(), Some("Port night"));
    assert_eq!(e.get_sequence(), Some(0));
    assert!(e.get_description().unwrap().contains("09:30-10:00 Welcome | The cluster"));
    assert!(e.get_description().unwrap().contains("Agenda\n09:30"), "the reader's language, here nobody's");
    let starts = e.properties().get("DTSTART").unwrap();
    assert_eq!(starts.value(), "20261210T093000");
    assert_eq!(starts.params().get("TZID").map(|p| p.value()), Some("Europe/Madrid"));
    // The round trip: what was parsed prints to the same calendar.
    let reparsed: icalendar::Calendar = parsed.to_string().parse().unwrap();
    assert_eq!(reparsed.events().next().unwrap().get_uid(), e.get_uid());

    fields.title = "Port night (new venue)".into();
    app::event::update(&app, &manager, id, &fields).await.unwrap();
    app::event::cancel(&app, &manager, id, "manager").await.unwrap();
    let early = visitor(&app, "calendar").await;
    assert!(app::event::feed(&app, &early, "", "https://desk.example").await.unwrap().is_none());
    let made = store::event::calendar_secret(app.db(), &manager).await.unwrap();
    assert!(made.is_none(), "a visitor's request makes no secret");
    let feed_path = app::event::feed_path(&app, &manager).await.unwrap();
    let secret = feed_path.rsplit('/').next().unwrap().trim_end_matches(".ics").to_string();
    let scope = visitor(&app, "calendar").await;
    assert!(
        app::event::feed(&app.at_local(&scope, NOW()), &scope, "guess", "https://desk.example")
            .await
            .unwrap()
            .is_none()
    );
    let feed =
        app::event::feed(&app.at_local(&scope, NOW()), &scope, &secret, "https://desk.example").await.unwrap().unwrap();
    let parsed: icalendar::Calendar = feed.parse().unwrap();
    let e = parsed.events().next().unwrap();
    assert_eq!((e.get_uid(), e.get_sequence()), (Some(format!("{id}@clusterdesk").as_str()), Some(2)));
    assert_eq!(e.get_status(), Some(icalendar::EventStatus::Cancelled));
    assert_eq!(e.get_summary(), Some("Port night (new venue)"));
    // A calendar program asks in no language: the feed speaks the cluster's, Spanish.
    let agenda = i18n::text(domain::language::Language::Spanish, "events-calendar-agenda");
    assert!(e.get_description().unwrap().contains(&format!("{agenda}\n09:30")), "{feed}");
    assert_ne!(agenda, "Agenda");
    assert_eq!(app::event::feed_path(&app, &manager).await.unwrap(), feed_path, "the secret stays");
    let renewed = app::event::renew_feed_path(&app, &manager).await.unwrap();
    assert_ne!(renewed, feed_path);
    assert_eq!(app::event::feed_path(&app, &manager).await.unwrap(), renewed);
    let old_secret = feed_path.rsplit('/').next().unwrap().trim_end_matches(".ics");
    let new_secret = renewed.rsplit('/').next().unwrap().trim_end_matches(".ics");
    assert!(
        app::event::feed(&app, &scope, old_secret, "https://desk.example").await.unwrap().is_none(),
        "the old address"
    );
    assert!(app::event::feed(&app, &scope, new_secret, "https://desk.example").await.unwrap().is_some());
}

async fn another_cluster_neither_sees_nor_touches_an_event_or_a_registration(app: App) {
    let manager = common::own_cluster(&app, "ours").await;
    let theirs = common::own_cluster(&app, "other-events").await;
    let id = app::event::create(&app, &manager, &event("Port night", Some(5), 0), None).await.unwrap();
    let scope = visitor(&app, "ours").await;
    let outcome = build::registration(&app.at_local(&scope, NOW()), &scope, id, &person(1, "One S.L.")).await.unwrap();
    let token = outcome.token.unwrap();
    let other_visitor = visitor(&app, "other-events").await;
    assert!(matches!(app::event::get(&app, &theirs, id).await, Err(Error::NotFound(_))));
    assert!(matches!(app::event::registrations(&app, &theirs, id).await, Err(Error::NotFound(_))));
    let r = build::registration(&app.at_local(&other_visitor, NOW()), &other_visitor, id, &person(2, "Two")).await;
    assert!(matches!(r, Err(Error::NotFound(_))));
    assert!(matches!(app::event::cancel_by_token(&app, &other_visitor, &token).await, Err(Error::NotFound(_))));
    assert!(matches!(app::event::by_token(&app, &other_visitor, &token).await, Err(Error::NotFound(_))));
    assert!(matches!(app::event::cancel(&app, &theirs, id, "x").await, Err(Error::NotFound(_))));
    assert!(app::event::list(&app, &theirs, NOW()).await.unwrap().is_empty());
    let reg = outcome.registration_id;
    assert!(matches!(app::event::check_in(&app, &theirs, reg, None).await, Err(Error::NotFound(_))));
    assert_eq!(app::event::get(&app, &manager, id).await.unwrap().registered, 1);
    let _: Uuid = reg;
}

on_each_backend!(empty: the_last_seats_go_to_the_first_and_never_more_than_there_are, visitors_are_matched_to_contacts_and_new_ones_are_marked_for_review, the_team_accepts_or_declines_held_registrations, another_cluster_neither_sees_nor_touches_an_event_or_a_registration);

on_each_backend!(empty: freed_seats_move_the_waiting_list_and_cancellations_are_credited, colleagues_of_a_new_organisation_registering_at_once_make_it_once, the_same_new_person_registering_twice_at_once_is_recorded_once, the_last_paid_seats_each_get_one_invoice_and_the_waiting_none);

on_each_backend!(empty: confirmations_carry_the_ics_and_a_freed_seat_is_announced, mail_about_a_registration_keeps_the_language_it_was_asked_in, calendars_parse_back_with_time_zones_stable_uids_updates_and_cancellations, typed_line_breaks_never_add_a_calendar_property_or_event);
