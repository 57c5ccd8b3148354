//! Small builders: each makes one thing a test needs, through the use cases where there is one,
//! so that a test holds what it counts and nothing else.

// Each test file uses a few of them.
#![allow(dead_code)]

use app::auth::InCluster;
use app::auth::UserRole;
use app::registration::{RegistrationInput, RegistrationOutcome};
use app::{Actor, App, ClusterScope};
use chrono::NaiveDate;
use domain::access::{Permission, Role};
use domain::contact::ContactInput;
use domain::event::{Attendance, EventFields, EventFormat, EventKind};
use domain::id::Uuid;
use domain::organisation::{Organisation, OrganisationInput};
use store::cluster::BillingDetails;
use store::contact::Contact;
use store::invoice::Payment;

/// The password of every account the builders make.
pub const PASSWORD: &str = app::demo::DEMO_PASSWORD;

/// A new, empty cluster of the demo network in `country` (euro, calendar year), entered as its
/// manager; no use case makes a cluster.
pub async fn cluster_in(app: &App, slug: &str, country: &str) -> ClusterScope {
    let network = store::cluster::ensure_network(app.db(), app::demo::NETWORK_NAME).await.unwrap();
    let new = store::testing::new_cluster(slug, country);
    store::cluster::ensure_cluster(app.db(), network, &new).await.unwrap();
    store::access::operator_scope(app.db(), slug).await.unwrap().unwrap()
}

/// An account with `role` in the cluster `slug`, who signs in as `email` with [`PASSWORD`].
pub async fn user(app: &App, email: &str, role: Role, slug: &str) {
    app::auth::add_user(app, email, UserRole::Cluster(role), Some(slug), Some(PASSWORD.into())).await.unwrap();
}

/// A network administrator, who holds every cluster, signing in as `email` with [`PASSWORD`].
pub async fn network_admin(app: &App, email: &str) {
    app::auth::add_user(app, email, UserRole::NetworkAdmin, None, Some(PASSWORD.into())).await.unwrap();
}

/// Signs `email` in with [`PASSWORD`] and enters the cluster `slug` for `permission`.
pub async fn signed_in(app: &App, email: &str, slug: &str, permission: Permission) -> (Actor, ClusterScope) {
    let session = app::auth::login(app, email, PASSWORD, "127.0.0.1").await.unwrap();
    let scope = app::auth::scope(app, &session.actor, slug, permission).await.unwrap();
    (session.actor, scope)
}

/// An organisation called `name`, with nothing else known, as the form makes it.
pub async fn organisation(app: &App, scope: &ClusterScope, name: &str) -> Organisation {
    let input = OrganisationInput { name: Some(name.into()), ..Default::default() };
    app::organisation::create(app, scope, &input).await.unwrap()
}

/// A person at `organisation`, as the form makes them.
pub async fn contact(
    app: &App,
    scope: &ClusterScope,
    organisation: Uuid,
    first_name: &str,
    last_name: &str,
    email: Option<&str>,
) -> Contact {
    let input = ContactInput {
        first_name: Some(first_name.into()),
        last_name: Some(last_name.into()),
        email: email.map(Into::into),
        ..Default::default()
    };
    app::contact::create(app, scope, Some(organisation), &input).await.unwrap()
}

/// A free networking morning (9:00 to 13:00, the cluster's time) on `day`, without a seat limit.
pub async fn event(app: &App, scope: &ClusterScope, title: &str, day: NaiveDate) -> Uuid {
    app::event::create(app, scope, &morning(title, day, None), None).await.unwrap()
}

/// The same free morning with `seats` seats.
pub async fn event_with_seats(app: &App, scope: &ClusterScope, title: &str, day: NaiveDate, seats: i64) -> Uuid {
    app::event::create(app, scope, &morning(title, day, Some(seats)), None).await.unwrap()
}

/// A morning of `seats` seats on `day` for `price` (minor units) to everyone, with 21 % tax.
pub async fn paid_event(app: &App, scope: &ClusterScope, title: &str, day: NaiveDate, seats: i64, price: i64) -> Uuid {
    let fields = EventFields {
        member_price: price,
        non_member_price: price,
        tax_rate_basis_points: 2100,
        ..morning(title, day, Some(seats))
    };
    app::event::create(app, scope, &fields, None).await.unwrap()
}

fn morning(title: &str, day: NaiveDate, capacity: Option<i64>) -> EventFields {
    EventFields {
        title: title.into(),
        kind: EventKind::Networking,
        format: EventFormat::InPerson,
        place: Some("The cluster's office".into()),
        link: None,
        capacity,
        member_price: 0,
        non_member_price: 0,
        tax_rate_basis_points: 0,
        starts_at: day.and_hms_opt(9, 0, 0).unwrap(),
        ends_at: day.and_hms_opt(13, 0, 0).unwrap(),
        description: String::new(),
        agenda: Vec::new(),
    }
}

/// A series called `title` with one free morning for each of `sessions` (title and day), as a
/// training programme runs.
pub async fn series(app: &App, scope: &ClusterScope, title: &str, sessions: &[(&str, NaiveDate)]) -> Uuid {
    let series = app::event::create_series(app, scope, title, "").await.unwrap();
    for (session, day) in sessions {
        app::event::create(app, scope, &morning(session, *day, None), Some(series)).await.unwrap();
    }
    series
}

/// A visitor's registration for `event` sent from its public page at `app`'s clock, then
/// confirmed from the mailed link (when the cluster checks by mail and mail is set up) or
/// accepted by the team, as the cluster's check has it.
pub async fn registration(
    app: &App,
    scope: &impl InCluster,
    event: Uuid,
    input: &RegistrationInput,
) -> Result<RegistrationOutcome, app::Error> {
    let slug = &scope.cluster().slug;
    let visitor = app::auth::visitor_scope(app, slug).await?;
    let sent = app::registration::request(app, &visitor, event, input, "http://x").await?;
    match sent.check {
        domain::event::RegistrationCheck::Mail => {
            app::registration::confirm(app, &visitor, &sent.token, "http://x").await
        }
        domain::event::RegistrationCheck::Review => {
            let team = app::auth::operator_scope(app, slug).await?;
            app::registration::accept(app, &team, sent.request_id, "http://x", "the team").await
        }
    }
}

/// What `person` types on a registration form.
pub fn typed(person: &Contact) -> RegistrationInput {
    RegistrationInput {
        first_name: Some(person.fields.first_name.clone()),
        last_name: Some(person.fields.last_name.clone()),
        email: person.fields.email.clone(),
        organisation: Some(person.organisation_name.clone()),
        wants_news: None,
        language: None,
    }
}

/// `person` registers for `event` through its public form the day before it and is checked in
/// at its start as having come; the registration keeps the secret of the personal link.
pub async fn attended(app: &App, scope: &ClusterScope, event: Uuid, person: &Contact) -> RegistrationOutcome {
    let starts_at = app::event::get(app, scope, event).await.unwrap().fields.starts_at;
    let the_day_before = app.at_local(scope, starts_at - chrono::Duration::days(1));
    let registered = registration(&the_day_before, scope, event, &typed(person)).await.unwrap();
    let at_the_door = app.at_local(scope, starts_at);
    app::event::check_in(&at_the_door, scope, registered.registration_id, Some(Attendance::Attended)).await.unwrap();
    registered
}

/// A working group called `name` that `people` (contacts) joined on `since`.
pub async fn working_group(app: &App, scope: &ClusterScope, name: &str, people: &[Uuid], since: NaiveDate) -> Uuid {
    let group = app::engagement::create_group(app, scope, name, "").await.unwrap();
    for person in people {
        app::engagement::join(app, scope, group, *person, since).await.unwrap();
    }
    group
}

/// "Full member", as the demo's: for companies, by calendar year (who joins from October pays
/// from the next), its fee banded by employees: 300 up to 9, 800 up to 49, 2,000 up to 249 and
/// 4,500 above.
pub async fn full_member_type(app: &App, scope: &ClusterScope) -> Uuid {
    use domain::fee::{Band, FeeRule};
    let bands = vec![
        Band { up_to: Some(9), fee: 30_000 },
        Band { up_to: Some(49), fee: 80_000 },
        Band { up_to: Some(249), fee: 200_000 },
        Band { up_to: None, fee: 450_000 },
    ];
    let fields = domain::membership::MembershipTypeFields {
        name: "Full member".into(),
        eligible_kinds: vec![domain::organisation::OrganisationKind::Company],
        voting_rights: true,
        benefits: "Vote at the general assembly".into(),
        period: domain::period::PeriodRule::Fixed { start_month: 1, rollover: Some((10, 1)) },
        fee_rule: FeeRule::ByEmployees { bands },
        pro_rata: true,
        tax_rate_basis_points: 0,
    };
    app::membership::create_type(app, scope, &fields).await.unwrap()
}

/// "Research partner", for universities and research centres: 40 hours of staff time a year at
/// 50 an hour, recorded, never invoiced.
pub async fn in_kind_member_type(app: &App, scope: &ClusterScope) -> Uuid {
    use domain::organisation::OrganisationKind;
    let fields = domain::membership::MembershipTypeFields {
        name: "Research partner".into(),
        eligible_kinds: vec![OrganisationKind::University, OrganisationKind::ResearchCentre],
        voting_rights: true,
        benefits: "Joint projects".into(),
        period: domain::period::PeriodRule::Fixed { start_month: 1, rollover: None },
        fee_rule: domain::fee::FeeRule::InKind { hours: 40, rate: 5_000 },
        pro_rata: false,
        tax_rate_basis_points: 0,
    };
    app::membership::create_type(app, scope, &fields).await.unwrap()
}

/// A membership of `organisation` in the type `type_id`, applied for and accepted on `since`.
pub async fn member(app: &App, scope: &ClusterScope, organisation: Uuid, type_id: Uuid, since: NaiveDate) -> Uuid {
    app::membership::add(app, scope, organisation, type_id, since, Some(since), "manager").await.unwrap()
}

/// What the cluster prints on its invoices: a legal name, an address, a VAT id, an IBAN, and
/// `billing@{slug}.example` as the address customers write to about them.
pub async fn billing_details(app: &App, scope: &ClusterScope) {
    let details = BillingDetails {
        legal_name: Some(format!("Asociación {}", scope.cluster().name)),
        address: Some("Parque Tecnológico 204".into()),
        vat_id: Some("ESG00000001".into()),
        iban: Some("ES91 2100 0418 4502 0005 1332".into()),
        billing_email: Some(format!("billing@{}.example", scope.cluster().slug)),
    };
    app::invoice::set_billing_details(app, scope, &details).await.unwrap();
}

/// A service invoice to `organisation` of one line at `price`, drafted and issued on `day`: its
/// id and number.
pub async fn issued_invoice(
    app: &App,
    scope: &ClusterScope,
    organisation: Uuid,
    price: &str,
    day: NaiveDate,
) -> (Uuid, String) {
    let input = app::invoice::DraftInput {
        kind: Some("service".into()),
        organisation_id: Some(organisation),
        tax_rate: None,
        note: None,
        lines: vec![app::invoice::LineInput {
            description: Some("Consulting".into()),
            quantity: Some("1".into()),
            unit_price: Some(price.into()),
        }],
    };
    let then = app.on(day);
    let id = app::invoice::draft(&then, scope, &input, "manager").await.unwrap();
    let number = app::invoice::issue(&then, scope, id).await.unwrap();
    (id, number)
}

/// A transfer of `amount` received today with the text `text`, which names no invoice, read
/// from the bank's statement: the payment that waits to be assigned.
pub async fn unmatched_transfer(app: &App, scope: &ClusterScope, text: &str, amount: &str) -> Payment {
    let statement = format!("date,text,amount\n{},{text},{amount}\n", app.today(scope));
    app::invoice::bank_statement(app, scope, statement.as_bytes(), "manager", false).await.unwrap();
    app::invoice::unmatched(app, scope).await.unwrap().into_iter().find(|p| p.reference == text).unwrap()
}

/// Organisations of every kind, from one with every field of the form to one with a name only,
/// in names with accents, commas, quotes and apostrophes: what a file of a cluster's records
/// holds.
pub async fn varied_organisations(app: &App, scope: &ClusterScope) -> Vec<Organisation> {
    /// Name, kind, NACE code, employees, turnover, balance sheet total, country, region, VAT id,
    /// website.
    type Row<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str, &'a str, &'a str, &'a str, &'a str, &'a str);
    let rows: [Row; 9] = [
        (
            "Errotabide Ingeniería, S.L.",
            "company",
            "71.12",
            "42",
            "5400000.50",
            "",
            "ES",
            "País Vasco",
            "ESB10000001",
            "errotabide.example",
        ),
        (
            "Universidad Técnica de Ibaizabal",
            "university",
            "85.42",
            "2100",
            "180000000",
            "",
            "ES",
            "País Vasco",
            "ESQ4800002B",
            "https://ibaizabal.example",
        ),
        (
            "Centro Tecnológico \"Zubi-Tek\"",
            "research_centre",
            "72.19",
            "120",
            "9000000",
            "12000000",
            "ES",
            "País Vasco",
            "ESG30000003",
            "https://zubitek.example/en",
        ),
        (
            "Diputación de Ibaizabal, Departamento de Movilidad",
            "public_administration",
            "84.13",
            "400",
            "",
            "",
            "ES",
            "País Vasco",
            "",
            "https://movilidad.ibaizabal.example",
        ),
        ("Asociación de Transportistas", "association", "94.11", "6", "350000", "", "ES", "", "ESG40000004", ""),
        (
            "Bałtyk Energia sp. z o.o.",
            "company",
            "35.11",
            "250",
            "60000000.99",
            "43000000",
            "PL",
            "Pomorskie",
            "PL5800000006",
            "baltyk.example",
        ),
        ("Someș Capital S.A.", "investor", "", "3", "", "", "RO", "Nord-Vest", "RO70000007", ""),
        ("O'Neil & Partners", "other", "", "", "", "", "IE", "", "", ""),
        ("Solo Nombre S.L.", "", "", "", "", "", "", "", "", ""),
    ];
    let given = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let mut made = Vec::new();
    for (name, kind, nace_code, employees, turnover, balance_sheet_total, country, region, vat_id, website) in rows {
        let input = OrganisationInput {
            name: given(name),
            kind: given(kind),
            nace_code: given(nace_code),
            employees: given(employees),
            turnover: given(turnover),
            balance_sheet_total: given(balance_sheet_total),
            country: given(country),
            region: given(region),
            vat_id: given(vat_id),
            website: given(website),
            street: None,
            postcode: None,
            city: None,
            email: None,
            phone: None,
        };
        made.push(app::organisation::create(app, scope, &input).await.unwrap());
    }
    made
}

/// Two people at each of `organisations`, one with every field of the form, one with a name and
/// an email only.
pub async fn varied_contacts(app: &App, scope: &ClusterScope, organisations: &[Organisation]) -> Vec<Contact> {
    let mut made = Vec::new();
    for (n, o) in organisations.iter().enumerate() {
        let full = ContactInput {
            first_name: Some("María José".into()),
            last_name: Some(format!("Ibáñez-O'Connor {n}")),
            email: Some(format!("maria.jose.{n}@people.example")),
            phone: Some(format!("+34 944 000 {n:03}")),
            position: Some("Head of R&D, \"digital\" projects".into()),
            cluster_roles: Some("board member; working group: digital".into()),
            billing_contact: Some("yes".into()),
        };
        made.push(app::contact::create(app, scope, Some(o.id), &full).await.unwrap());
        let email = format!("jon.{n}@people.example");
        made.push(contact(app, scope, o.id, "Jon", &format!("Arana {n}"), Some(&email)).await);
    }
    made
}

/// `n` companies of different sizes, from 10 employees up, each with one person.
pub async fn companies(app: &App, scope: &ClusterScope, n: usize) -> Vec<Organisation> {
    let mut made = Vec::new();
    for i in 0..n {
        let input = OrganisationInput {
            name: Some(format!("Company {i:03} S.L.")),
            employees: Some((10 + 13 * i).to_string()),
            ..Default::default()
        };
        let company = app::organisation::create(app, scope, &input).await.unwrap();
        contact(app, scope, company.id, "Person", &format!("{i:03}"), Some(&format!("person{i}@companies.example")))
            .await;
        made.push(company);
    }
    made
}
