//! Small builders: each makes one thing a test needs, through the use cases where there is one,
//! so that a test holds what it counts and nothing else.

// Each test file uses a few of them.
#![allow(dead_code)]

use app::auth::UserRole;
use app::{Actor, App, ClusterScope};
use domain::access::{Permission, Role};
use domain::contact::ContactInput;
use domain::id::Uuid;
use domain::organisation::{Organisation, OrganisationInput};
use store::contact::Contact;

/// The password of every account the builders make.
pub const PASSWORD: &str = app::demo::DEMO_PASSWORD;

/// A new, empty cluster of the demo network in `country` (euro, calendar year), entered as its
/// manager; no use case makes a cluster.
pub async fn cluster_in(app: &App, slug: &str, country: &str) -> ClusterScope {
    let network = store::cluster::ensure_network(app.db(), app::demo::NETWORK_NAME).await.unwrap();
    let new = store::cluster::NewCluster {
        slug: slug.into(),
        name: format!("Cluster {slug}"),
        country: country.into(),
        region_code: None,
        region_name: None,
        base_currency: domain::money::Currency::EUR,
        domains: vec![],
        fiscal_year_start_month: 1,
        maturity: "emerging".into(),
    };
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
pub async fn event(app: &App, scope: &ClusterScope, title: &str, day: chrono::NaiveDate) -> Uuid {
    use domain::event::{EventFields, EventFormat, EventKind};
    let fields = EventFields {
        title: title.into(),
        kind: EventKind::Networking,
        format: EventFormat::InPerson,
        place: Some("The cluster's office".into()),
        link: None,
        capacity: None,
        member_price: 0,
        non_member_price: 0,
        starts_at: day.and_hms_opt(9, 0, 0).unwrap(),
        ends_at: day.and_hms_opt(13, 0, 0).unwrap(),
        description: String::new(),
        agenda: Vec::new(),
    };
    app::event::create(app, scope, &fields, None).await.unwrap()
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
