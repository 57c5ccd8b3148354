//! The demo network: four smart-city clusters of a European partnership, with invented
//! organisations and people in realistic shapes, and a generator that scales the same shapes up
//! for benchmarks. Seeding is idempotent: a cluster that exists is left as it is.

use domain::access::Role;
use domain::contact::ContactFields;
use domain::country::Country;
use domain::id::Uuid;
use domain::money::{Currency, Money};
use domain::nace::NaceCode;
use domain::organisation::{OrganisationFields, OrganisationKind};
use domain::project::{ProjectArea, ProjectStage};
use domain::value_chain::TermKind;
use futures_util::TryStreamExt;
use store::access;
use store::cluster::{self, NewCluster};

use crate::auth::hash_password;
use crate::{App, ClusterScope, Error};

/// The network administrator of the demo, and the password of every demo account.
pub const DEMO_ADMIN_EMAIL: &str = "admin@clusterdesk.example";
pub const DEMO_PASSWORD: &str = "clusterdesk-demo";
pub const NETWORK_NAME: &str = "Smart Cities Cluster Partnership";

/// A deterministic pseudo-random sequence (SplitMix64): the same seed makes the same network.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % ((hi - lo + 1) as u64)) as i64
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.next() as usize % items.len()]
    }

    fn chance(&mut self, percent: i64) -> bool {
        self.range(1, 100) <= percent
    }
}

/// The shape of one cluster: where it is, what it does, how its members are called.
struct Profile {
    slug: &'static str,
    name: &'static str,
    country: &'static str,
    region_code: &'static str,
    region_name: &'static str,
    currency: &'static str,
    /// Value of one euro in the cluster's currency, for realistic turnover figures.
    per_euro: i64,
    domains: &'static [&'static str],
    maturity: &'static str,
    members: i64,
    nace: &'static [&'static str],
    roots: &'static [&'static str],
    activities: &'static [&'static str],
    legal_forms: &'static [&'static str],
    universities: &'static [&'static str],
    centres: &'static [&'static str],
    public_bodies: &'static [&'static str],
    associations: &'static [&'static str],
    first_names: &'static [&'static str],
    last_names: &'static [&'static str],
    phone_prefix: &'static str,
    /// Postcodes and towns of the region, and how a street is written before its name.
    towns: &'static [(&'static str, &'static str)],
    street: &'static str,
}

const PROFILES: [Profile; 4] = [
    Profile {
        slug: "mobility-basque",
        name: "Ibaizabal Mobility and Logistics Cluster",
        country: "ES",
        region_code: "ES21",
        region_name: "País Vasco",
        currency: "EUR",
        per_euro: 1,
        domains: &["mobility", "logistics"],
        maturity: "mature",
        members: 120,
        nace: &["29.10", "29.32", "30.20", "33.17", "45.20", "49.41", "52.10", "52.29", "62.01", "71.12"],
        roots: &[
            "Zubi", "Ibai", "Mendi", "Itsaso", "Haize", "Bide", "Orbe", "Lurra", "Ekin", "Garbi", "Arrano", "Ola",
            "Txori", "Harri",
        ],
        activities: &[
            "Logística",
            "Movilidad",
            "Transportes",
            "Componentes",
            "Ingeniería",
            "Automoción",
            "Sistemas",
            "Ferroviaria",
            "Puertos",
        ],
        legal_forms: &["S.L.", "S.L.", "S.A.", "S.Coop."],
        universities: &["Universidad Técnica de Ibaizabal", "Escuela Politécnica de Arrano"],
        centres: &["Centro Tecnológico Zubi-Tek"],
        public_bodies: &["Diputación de Ibaizabal, Departamento de Movilidad", "Autoridad Portuaria de Itsaso"],
        associations: &["Asociación de Transportistas de Ibaizabal"],
        first_names: &[
            "Ane", "Iker", "Miren", "Jon", "Leire", "Unai", "Nerea", "Asier", "Maite", "Gorka", "Elena", "Javier",
            "Lucía", "Pablo",
        ],
        last_names: &[
            "Etxeberria",
            "Agirre",
            "Zubizarreta",
            "Urrutia",
            "Garmendia",
            "Larrañaga",
            "Ibarra",
            "Olabarria",
            "Arana",
            "Mendizabal",
            "Ortiz",
            "Sáez",
        ],
        phone_prefix: "+34 94",
        towns: &[
            ("48015", "Bilbao"),
            ("48902", "Barakaldo"),
            ("48170", "Zamudio"),
            ("20009", "Donostia / San Sebastián"),
        ],
        street: "Calle",
    },
    Profile {
        slug: "smart-piemonte",
        name: "Collina Smart Communities Cluster",
        country: "IT",
        region_code: "ITC1",
        region_name: "Piemonte",
        currency: "EUR",
        per_euro: 1,
        domains: &["ICT", "smart city platforms"],
        maturity: "mature",
        members: 90,
        nace: &["26.30", "58.29", "61.10", "62.01", "62.02", "63.11", "70.22", "72.19"],
        roots: &[
            "Collina", "Dora", "Monviso", "Langa", "Aurora", "Vela", "Stella", "Tessera", "Brina", "Castello", "Gioia",
            "Pietra",
        ],
        activities: &["Digitale", "Sistemi", "Reti", "Software", "Dati", "Piattaforme", "Servizi Urbani", "Sensori"],
        legal_forms: &["S.r.l.", "S.r.l.", "S.p.A."],
        universities: &["Politecnico della Collina", "Università di Dora Alta"],
        centres: &["Fondazione Dora Lab per l'Innovazione"],
        public_bodies: &["Comune di Collina, Ufficio Smart City"],
        associations: &["Associazione Imprese Digitali del Monviso"],
        first_names: &[
            "Giulia",
            "Marco",
            "Chiara",
            "Luca",
            "Francesca",
            "Matteo",
            "Sara",
            "Davide",
            "Elisa",
            "Andrea",
            "Paola",
            "Stefano",
        ],
        last_names: &[
            "Rossi",
            "Ferrero",
            "Bianchi",
            "Gallo",
            "Bertolino",
            "Costa",
            "Martinengo",
            "Giordano",
            "Rinaldi",
            "Bosio",
            "Peano",
        ],
        phone_prefix: "+39 011",
        towns: &[("10121", "Torino"), ("10093", "Collegno"), ("12100", "Cuneo"), ("28100", "Novara")],
        street: "Via",
    },
    Profile {
        slug: "energy-pomorskie",
        name: "Bursztyn Energy Cluster",
        country: "PL",
        region_code: "PL63",
        region_name: "Pomorskie",
        currency: "PLN",
        per_euro: 4,
        domains: &["energy", "grids"],
        maturity: "developing",
        members: 60,
        nace: &["27.12", "28.11", "35.11", "35.13", "35.14", "43.21", "71.12"],
        roots: &["Bałtyk", "Wydma", "Kaszuby", "Jantar", "Zatoka", "Wiatr", "Północ", "Latarnia", "Mewa", "Sosna"],
        activities: &["Energia", "Sieci", "Instalacje", "Technika", "Serwis", "Systemy", "Magazyny Energii"],
        legal_forms: &["sp. z o.o.", "sp. z o.o.", "S.A."],
        universities: &["Politechnika Bursztynowa"],
        centres: &["Instytut Energii Nadmorskiej"],
        public_bodies: &["Urząd Gminy Wydma, Wydział Energii"],
        associations: &["Stowarzyszenie Energetyków Pomorza Zachodniego"],
        first_names: &[
            "Anna",
            "Piotr",
            "Katarzyna",
            "Tomasz",
            "Magdalena",
            "Paweł",
            "Agnieszka",
            "Michał",
            "Joanna",
            "Łukasz",
        ],
        last_names: &[
            "Kowalczyk",
            "Wiśniewska",
            "Zieliński",
            "Szymańska",
            "Woźniak",
            "Kamiński",
            "Lewandowska",
            "Dąbrowski",
            "Kaczmarek",
        ],
        phone_prefix: "+48 58",
        towns: &[("80-001", "Gdańsk"), ("81-301", "Gdynia"), ("81-701", "Sopot"), ("83-000", "Pruszcz Gdański")],
        street: "ul.",
    },
    Profile {
        slug: "environment-nord-vest",
        name: "Someș Environment Cluster",
        country: "RO",
        region_code: "RO11",
        region_name: "Nord-Vest",
        currency: "RON",
        per_euro: 5,
        domains: &["water", "waste", "air quality"],
        maturity: "emerging",
        members: 35,
        nace: &["26.51", "36.00", "37.00", "38.21", "38.32", "39.00", "71.20", "74.90"],
        roots: &["Someș", "Apuseni", "Arieș", "Crișana", "Vlădeasa", "Izvor", "Codru", "Feleac", "Fagul", "Stejar"],
        activities: &["Apă", "Eco", "Reciclare", "Mediu", "Aer Curat", "Filtre", "Servicii Verzi"],
        legal_forms: &["S.R.L.", "S.R.L.", "S.A."],
        universities: &["Universitatea Tehnică din Someș"],
        centres: &["Centrul de Cercetare Izvor"],
        public_bodies: &["Agenția de Dezvoltare Regională Apuseni"],
        associations: &[],
        first_names: &["Ioana", "Andrei", "Maria", "Mihai", "Elena", "Alexandru", "Ana", "Radu", "Cristina", "Bogdan"],
        last_names: &["Popescu", "Pop", "Moldovan", "Crișan", "Mureșan", "Rus", "Bălan", "Toma", "Sabău"],
        phone_prefix: "+40 264",
        towns: &[("400001", "Cluj-Napoca"), ("410001", "Oradea"), ("440001", "Satu Mare"), ("430001", "Baia Mare")],
        street: "Strada",
    },
];

const POSITIONS_COMPANY: [&str; 10] = [
    "CEO",
    "Managing director",
    "R&D manager",
    "Export manager",
    "Innovation manager",
    "Operations director",
    "Head of digital",
    "Sales director",
    "Project manager",
    "CFO",
];
const POSITIONS_OTHER: [&str; 5] =
    ["Head of department", "Technology transfer officer", "Director", "Project manager", "Programme officer"];
const CLUSTER_ROLES: [&str; 3] = ["board member", "working group: digital", "working group: internationalisation"];

/// Lower-case ASCII letters and digits of a name, for invented web and mail domains.
fn domain_label(name: &str) -> String {
    domain::text::fold(name).chars().filter(char::is_ascii_alphanumeric).take(24).collect()
}

fn organisation(rng: &mut Rng, p: &Profile, kind: OrganisationKind, name: String) -> OrganisationFields {
    let currency = Currency::parse(p.currency).expect("demo currency");
    let (employees, turnover_eur) = match kind {
        OrganisationKind::Company => match rng.range(1, 100) {
            1..=38 => (rng.range(2, 9), rng.range(150_000, 1_900_000)),
            39..=74 => (rng.range(10, 49), rng.range(1_500_000, 9_500_000)),
            75..=94 => (rng.range(50, 249), rng.range(9_000_000, 48_000_000)),
            _ => (rng.range(250, 3_000), rng.range(55_000_000, 900_000_000)),
        },
        OrganisationKind::University => (rng.range(800, 4_000), rng.range(60_000_000, 300_000_000)),
        OrganisationKind::ResearchCentre => (rng.range(60, 400), rng.range(5_000_000, 40_000_000)),
        OrganisationKind::PublicAdministration => (rng.range(40, 900), 0),
        _ => (rng.range(2, 15), rng.range(100_000, 900_000)),
    };
    let turnover = (turnover_eur > 0).then(|| Money::new(turnover_eur / 1000 * 1000 * 100 * p.per_euro, currency));
    let vat_digits = rng.range(10_000_000, 99_999_999);
    let town = *rng.pick(p.towns);
    let vat = match p.country {
        "ES" => format!("ESB{vat_digits}"),
        "IT" => format!("IT0{vat_digits}{:02}", rng.range(10, 99)),
        "PL" => format!("PL58{vat_digits}"),
        _ => format!("RO{vat_digits}"),
    };
    OrganisationFields {
        kind,
        nace_code: match kind {
            OrganisationKind::University => NaceCode::parse("85.42").ok(),
            OrganisationKind::ResearchCentre => NaceCode::parse("72.19").ok(),
            OrganisationKind::PublicAdministration => NaceCode::parse("84.13").ok(),
            OrganisationKind::Association => NaceCode::parse("94.11").ok(),
            _ => NaceCode::parse(rng.pick::<&str>(p.nace)).ok(),
        },
        employees: Some(employees),
        turnover,
        balance_sheet_total: None,
        country: Country::parse(p.country).ok(),
        region: Some(p.region_name.to_string()),
        vat_id: (kind != OrganisationKind::PublicAdministration).then_some(vat),
        website: Some(format!("https://{}.example", domain_label(&name))),
        street: Some(format!("{} {} {}", p.street, rng.pick(p.last_names), rng.range(1, 120))),
        postcode: Some(town.0.to_string()),
        city: Some(town.1.to_string()),
        email: Some(format!("info@{}.example", domain_label(&name))),
        phone: Some(format!("{} {:03} {:03}", p.phone_prefix, rng.range(100, 999), rng.range(100, 999))),
        name,
    }
}

/// The member organisations of a cluster of this profile, about `members` of them.
fn organisations(rng: &mut Rng, p: &Profile, members: i64) -> Vec<OrganisationFields> {
    let mut all = Vec::new();
    let named = [
        (OrganisationKind::University, p.universities),
        (OrganisationKind::ResearchCentre, p.centres),
        (OrganisationKind::PublicAdministration, p.public_bodies),
        (OrganisationKind::Association, p.associations),
    ];
    for (kind, names) in named {
        for name in names {
            all.push(organisation(rng, p, kind, name.to_string()));
        }
    }
    let mut taken: std::collections::HashSet<String> = all.iter().map(|o| o.name.clone()).collect();
    while (all.len() as i64) < members {
        let base = format!("{} {}", rng.pick(p.roots), rng.pick(p.activities));
        let mut name = format!("{base} {}", rng.pick(p.legal_forms));
        let mut n = 2;
        while taken.contains(&name) {
            name = format!("{base} {n} {}", rng.pick(p.legal_forms));
            n += 1;
        }
        taken.insert(name.clone());
        let kind = if rng.chance(3) { OrganisationKind::Investor } else { OrganisationKind::Company };
        all.push(organisation(rng, p, kind, name));
    }
    all
}

fn contacts(rng: &mut Rng, p: &Profile, organisation: &OrganisationFields) -> Vec<ContactFields> {
    let count = rng.range(1, 5);
    let web = organisation.website.as_deref().unwrap_or("https://example.example");
    let mail_domain = web.trim_start_matches("https://");
    let mut people = Vec::new();
    for i in 0..count {
        let first = *rng.pick(p.first_names);
        let last = *rng.pick(p.last_names);
        let positions: &[&str] =
            if organisation.kind == OrganisationKind::Company { &POSITIONS_COMPANY } else { &POSITIONS_OTHER };
        let local = format!("{}.{}", domain_label(first), domain_label(last));
        people.push(ContactFields {
            first_name: first.to_string(),
            last_name: last.to_string(),
            email: Some(if i == 0 { format!("{local}@{mail_domain}") } else { format!("{local}{i}@{mail_domain}") }),
            phone: Some(format!("{} {:03} {:03}", p.phone_prefix, rng.range(100, 999), rng.range(100, 999))),
            position: Some(rng.pick(positions).to_string()),
            cluster_roles: (i == 0 && rng.chance(12)).then(|| rng.pick(&CLUSTER_ROLES).to_string()),
            // The second person of a company receives its invoices and reminders.
            billing_contact: i == 1 && organisation.kind == OrganisationKind::Company,
        });
    }
    people
}

/// Creates a cluster of the profile with its organisations and contacts, unless it exists.
/// Returns whether it was created.
async fn seed_cluster(
    app: &App,
    network_id: Uuid,
    profile_index: usize,
    slug: &str,
    name: &str,
    members: i64,
    seed: u64,
) -> Result<bool, Error> {
    let p = &PROFILES[profile_index];
    if cluster::by_slug(&app.db, slug).await?.is_some() {
        return Ok(false);
    }
    let new = NewCluster {
        slug: slug.to_string(),
        name: name.to_string(),
        country: p.country.to_string(),
        region_code: Some(p.region_code.to_string()),
        region_name: Some(p.region_name.to_string()),
        base_currency: Currency::parse(p.currency).expect("demo currency"),
        domains: p.domains.iter().map(|d| d.to_string()).collect(),
        fiscal_year_start_month: 1,
        maturity: p.maturity.to_string(),
    };
    cluster::ensure_cluster(&app.db, network_id, &new).await?;
    let scope = access::operator_scope(&app.db, slug).await?.ok_or(Error::NotFound("cluster"))?;
    let mut rng = Rng(seed);
    let orgs = organisations(&mut rng, p, members);
    let ids = store::organisation::insert_many(&app.db, &scope, &orgs).await?;
    let people: Vec<(Uuid, ContactFields)> =
        ids.iter().zip(&orgs).flat_map(|(id, o)| contacts(&mut rng, p, o).into_iter().map(move |c| (*id, c))).collect();
    store::contact::insert_many(&app.db, &scope, &people).await?;
    Ok(true)
}

/// Network-wide value-chain terms: (kind, name, index of the profile they belong to).
const TERMS: &[(TermKind, &str, usize)] = &[
    (TermKind::Segment, "Vehicle components", 0),
    (TermKind::Segment, "Logistics services", 0),
    (TermKind::Segment, "Rail and port operations", 0),
    (TermKind::Segment, "Smart city platforms", 1),
    (TermKind::Segment, "Data analytics services", 1),
    (TermKind::Segment, "Connectivity and networks", 1),
    (TermKind::Segment, "Renewable generation", 2),
    (TermKind::Segment, "Grid services", 2),
    (TermKind::Segment, "Energy storage", 2),
    (TermKind::Segment, "Water treatment", 3),
    (TermKind::Segment, "Waste recovery", 3),
    (TermKind::Segment, "Air quality monitoring", 3),
    (TermKind::Technology, "IoT sensors", 1),
    (TermKind::Technology, "AI and data", 1),
    (TermKind::Technology, "Batteries", 2),
    (TermKind::Technology, "Hydrogen", 2),
    (TermKind::Technology, "Digital twins", 0),
    (TermKind::Technology, "Membrane filtration", 3),
];

const OFFERS: [&str; 6] = [
    "Pilot site for field tests",
    "Testing laboratory time",
    "Engineering team for joint R&D",
    "Data platform for partners",
    "Export channel to Latin America",
    "Training on EU funding calls",
];
const NEEDS: [&str; 6] = [
    "Partner for a Horizon Europe proposal",
    "Supplier of low-cost sensors",
    "Access to a pilot city",
    "Skilled data engineers",
    "Distributor in the Nordic countries",
    "Investor for scale-up",
];
const INTERVIEW_QUESTIONS: [&str; 5] = [
    "What are your main challenges for the next two years?",
    "Which markets or customers do you want to reach?",
    "Which partners or capabilities are you looking for?",
    "Which cluster services did you use, and how useful were they?",
    "Would you take part in a collaborative project this year?",
];
const INTERVIEW_ANSWERS: [&str; 6] = [
    "Finding qualified engineers and keeping them.",
    "Public transport operators in Northern Europe.",
    "A university lab for battery testing.",
    "The B2B meetings were the most useful; the newsletter less so.",
    "Yes, if the project fits our product roadmap.",
    "Digitalising operations and meeting new EU reporting rules.",
];
const CALL_SUBJECTS: [&str; 6] = [
    "Follow-up after the annual meeting",
    "Interest in the working group",
    "Questions on the membership fee",
    "Introduction to a potential partner",
    "Preparing a joint project proposal",
    "Feedback on the last training session",
];
const TASK_TITLES: [&str; 6] = [
    "Send the call for proposals",
    "Introduce to the university lab",
    "Share the partner search on the opportunities board",
    "Invite to the next B2B meeting",
    "Send the membership renewal offer",
    "Follow up on the project idea",
];

/// Terms of the network for each profile, made once.
async fn seed_terms(app: &App, scope: &ClusterScope) -> Result<Vec<(Uuid, usize)>, Error> {
    let mut existing = store::value_chain::terms(&app.db, scope).await?;
    if existing.is_empty() {
        for (kind, name, _) in TERMS {
            store::value_chain::add_term(&app.db, scope, *kind, name).await?;
        }
        existing = store::value_chain::terms(&app.db, scope).await?;
    }
    Ok(TERMS
        .iter()
        .filter_map(|(_, name, profile)| existing.iter().find(|t| t.name == *name).map(|t| (t.id, *profile)))
        .collect())
}

/// Days before the cluster's today (by the application's clock), as a date.
fn days_ago(app: &App, scope: &ClusterScope, days: i64) -> chrono::NaiveDate {
    app.today(scope) - chrono::Duration::days(days)
}

/// Interactions, interviews, tasks, consents, tags, segments, the value chain, and offers and
/// needs of a demo cluster.
#[allow(clippy::too_many_arguments)]
async fn seed_extras(
    app: &App,
    scope: &ClusterScope,
    rng: &mut Rng,
    profile: usize,
    ids: &[Uuid],
    orgs: &[OrganisationFields],
    contacts: &[(Uuid, Uuid, &ContactFields)],
) -> Result<(), Error> {
    use domain::consent::{Channel, ConsentFields};
    use domain::interaction::{InteractionFields, InteractionKind};
    let by = "demo";
    let members = store::access::cluster_members(&app.db, scope).await?;
    let member = |rng: &mut Rng| (!members.is_empty()).then(|| rng.pick(&members).id);
    // Tasks go only to those who may complete them.
    let assignees = store::access::task_assignees(&app.db, scope).await?;
    let assignee = |rng: &mut Rng| (!assignees.is_empty()).then(|| rng.pick(&assignees).id);

    let terms: Vec<Uuid> =
        seed_terms(app, scope).await?.into_iter().filter(|(_, p)| *p == profile).map(|(t, _)| t).collect();
    let mut placed = Vec::new();
    for id in ids {
        let first = *rng.pick(&terms);
        placed.push((*id, first));
        let second = *rng.pick(&terms);
        if second != first && rng.chance(40) {
            placed.push((*id, second));
        }
    }
    store::value_chain::add_organisation_terms_many(&app.db, scope, &placed).await?;
    let mut tags = Vec::new();
    for (id, f) in ids.iter().zip(orgs) {
        if f.kind == OrganisationKind::Company && rng.chance(25) {
            store::value_chain::add_offer_or_need(
                &app.db,
                scope,
                *id,
                domain::value_chain::Direction::Offer,
                rng.pick::<&str>(&OFFERS),
                None,
                Some(*rng.pick(&terms)),
            )
            .await?;
        }
        if rng.chance(15) {
            store::value_chain::add_offer_or_need(
                &app.db,
                scope,
                *id,
                domain::value_chain::Direction::Need,
                rng.pick::<&str>(&NEEDS),
                None,
                None,
            )
            .await?;
        }
        if f.kind == OrganisationKind::Company && rng.chance(30) {
            tags.push((*id, "Exporter"));
        }
    }
    tags.extend(
        contacts
            .iter()
            .filter(|(_, _, c)| c.cluster_roles.as_deref() == Some("board member"))
            .map(|(_, o, _)| (*o, "Board member")),
    );
    let mut tx = app.begin().await?;
    for (organisation, tag) in tags {
        store::tag::attach(&mut tx, scope, organisation, tag).await?;
    }
    tx.commit().await?;
    for (name, filter) in [
        ("Small and micro companies", r#"{"kind":"company","size_class":"small"}"#),
        ("Exporters", r#"{"tag":"Exporter"}"#),
    ] {
        store::tag::insert_segment(&app.db, scope, name, filter, by).await?;
    }

    let questions: Vec<String> = INTERVIEW_QUESTIONS.iter().map(|q| q.to_string()).collect();
    let template = store::interaction::insert_template(&app.db, scope, "Annual needs interview", &questions).await?;
    let mut interactions = Vec::new();
    for (id, organisation, c) in contacts {
        if !rng.chance(45) {
            continue;
        }
        let organisation = *organisation;
        let kind = *rng.pick(&[
            InteractionKind::Call,
            InteractionKind::Meeting,
            InteractionKind::Email,
            InteractionKind::Visit,
        ]);
        interactions.push(InteractionFields {
            organisation_id: organisation,
            contact_id: Some(*id),
            kind,
            occurred_on: days_ago(app, scope, rng.range(3, 360)),
            staff_user_id: member(rng),
            subject: rng.pick(&CALL_SUBJECTS).to_string(),
            notes: rng.chance(50).then(|| format!("Spoke with {}; agreed to follow up.", c.first_name)),
            template_id: None,
        });
    }
    store::interaction::insert_many(&app.db, scope, &interactions, by).await?;
    for (id, organisation, _) in contacts.iter().take(60) {
        if !rng.chance(20) {
            continue;
        }
        let answers: Vec<(String, String)> =
            questions.iter().map(|q| (q.clone(), rng.pick(&INTERVIEW_ANSWERS).to_string())).collect();
        let fields = InteractionFields {
            organisation_id: *organisation,
            contact_id: Some(*id),
            kind: InteractionKind::Interview,
            occurred_on: days_ago(app, scope, rng.range(10, 200)),
            staff_user_id: member(rng),
            subject: "Annual needs interview".into(),
            notes: None,
            template_id: Some(template),
        };
        store::interaction::insert(&app.db, scope, &fields, &answers, by).await?;
    }
    for i in 0..14 {
        let (_, organisation, _) = rng.pick(contacts);
        let fields = domain::task::TaskFields {
            title: rng.pick(&TASK_TITLES).to_string(),
            assignee_id: assignee(rng),
            due_on: Some(days_ago(app, scope, rng.range(-30, 20))),
            organisation_id: Some(*organisation),
            contact_id: None,
            interaction_id: None,
        };
        let id = store::task::insert(&app.db, scope, &fields, by).await?;
        if let Some(id) = id.filter(|_| i % 4 == 0) {
            store::task::set_done(&app.db, scope, id, true).await?;
        }
    }
    let mut consents: Vec<(Uuid, ConsentFields)> = Vec::new();
    for (id, _, c) in contacts {
        if c.email.is_some() && rng.chance(55) {
            consents.push((
                *id,
                ConsentFields {
                    channel: Channel::Email,
                    purpose: "Newsletter and event invitations".into(),
                    given_on: days_ago(app, scope, rng.range(30, 900)),
                    source: "Membership application form".into(),
                },
            ));
        }
    }
    // Most who take the newsletter answer surveys too; a few agreed to surveys alone.
    let mut surveys: Vec<(Uuid, ConsentFields)> = Vec::new();
    for (id, _, c) in contacts {
        let newsletter = consents.iter().any(|(c, _)| c == id);
        if c.email.is_some() && (newsletter || rng.chance(10)) && rng.chance(85) {
            surveys.push((
                *id,
                ConsentFields {
                    channel: Channel::Email,
                    purpose: "Member surveys and consultations".into(),
                    given_on: days_ago(app, scope, rng.range(30, 900)),
                    source: "Membership application form".into(),
                },
            ));
        }
    }
    consents.extend(surveys);
    store::privacy::insert_consents_many(&app.db, scope, &consents, by).await?;
    seed_memberships(app, scope, rng, ids, orgs).await?;
    seed_events(app, scope, rng, profile, contacts).await?;
    seed_strategy(app, scope, rng, profile, ids).await?;
    seed_economics(app, scope, rng, profile, ids).await?;
    seed_figures(app, scope, rng, orgs, ids).await?;
    seed_surveys(app, scope, rng, contacts).await?;
    seed_monitoring(app, scope, rng).await
}

/// The cluster's own indicators (press mentions and working groups entered by hand, events per
/// FTE as a formula, the recommendation score from the satisfaction survey), three years of their
/// values, targets for last year and this year set near what the records give (so that most are
/// on track, some at risk, a few off track), and evidence: board minutes, the strategy paper, a
/// press clipping.
async fn seed_monitoring(app: &App, scope: &ClusterScope, rng: &mut Rng) -> Result<(), Error> {
    use crate::monitoring::{EvidenceInput, IndicatorInput, ValueInput};
    use domain::monitoring::Period;
    let by = "demo";
    let year = crate::monitoring::current_year(app, scope);
    let own = |group: &str, name: &str, source: &str, unit: &str, formula: Option<&str>, question: Option<&str>| {
        IndicatorInput {
            group: Some(group.into()),
            name: Some(name.into()),
            unit: Some(unit.into()),
            source: Some(source.into()),
            formula: formula.map(String::from),
            question: question.map(String::from),
            ..Default::default()
        }
    };
    for input in [
        own("1.2", "Success stories published", "hand", "count", None, None),
        own("1.1", "Matchmaking meetings arranged", "hand", "count", None, None),
        own("1.3", "Events per FTE", "formula", "number", Some("if(staff_fte > 0, events_held / staff_fte, 0)"), None),
        own("1.1", "Recommendation score", "survey", "score", None, Some("recommend")),
    ] {
        crate::monitoring::create(app, scope, &input, by).await?;
    }
    let clipping = EvidenceInput {
        kind: Some("press_clipping".into()),
        title: Some(format!("{} in the regional press", scope.cluster().name)),
        url: Some(format!("https://press.example/{}/{}", scope.cluster().slug, year - 1)),
        dated_on: Some(format!("{}-10-14", year - 1)),
        indicator_key: Some("media_mentions".into()),
        period: Some((year - 1).to_string()),
    };
    let clipping = crate::monitoring::add_evidence(app, scope, &clipping, None, by).await?;
    let website = EvidenceInput {
        kind: Some("other".into()),
        title: Some("The cluster's website: news and events of the year".into()),
        url: Some(format!("https://{}.example/news", scope.cluster().slug)),
        dated_on: Some(format!("{year}-01-15")),
        indicator_key: Some("internet_presence".into()),
        period: Some(year.to_string()),
    };
    let website = crate::monitoring::add_evidence(app, scope, &website, None, by).await?;
    for (offset, mentions, stories, meetings) in [(3, 4, 1, 18), (2, 7, 2, 26), (1, 9, 2, 31), (0, 5, 1, 22)] {
        let period = (year - offset).to_string();
        for (key, value, note) in [
            ("media_mentions", mentions + rng.range(0, 3), "Counted from the press folder"),
            ("success_stories_published", stories, "Stories on the website and in the newsletter"),
            ("matchmaking_meetings_arranged", meetings + rng.range(0, 8), "Meetings arranged between members"),
            ("internet_presence", 1, "News and events of the year on the website"),
        ] {
            let evidence_id = match (key, offset) {
                ("media_mentions", 1) => Some(clipping.to_string()),
                ("internet_presence", 0) => Some(website.to_string()),
                _ => None,
            };
            let entry = ValueInput {
                period: Some(period.clone()),
                value: Some(value.to_string()),
                note: Some(note.into()),
                evidence_id,
            };
            crate::monitoring::enter_value(app, scope, key, &entry, by).await?;
        }
    }
    let minutes = EvidenceInput {
        kind: Some("board_minutes".into()),
        title: Some(format!("Minutes of the board, June {}", year - 1)),
        dated_on: Some(format!("{}-06-20", year - 1)),
        indicator_key: Some("board_meetings".into()),
        period: Some((year - 1).to_string()),
        ..Default::default()
    };
    let text = format!(
        "Minutes of the board of {}\n\nPresent: the chair, the treasurer, four members.\nThe board reviewed the \
         action plan and the monitoring indicators, and approved the accounts.\n",
        scope.cluster().name
    );
    crate::monitoring::add_evidence(app, scope, &minutes, Some(("board-minutes.txt", text.as_bytes())), by).await?;
    let strategy = EvidenceInput {
        kind: Some("strategy_paper".into()),
        title: Some("Strategy and action plan".into()),
        url: Some(format!("https://{}.example/strategy.pdf", scope.cluster().slug)),
        dated_on: Some(format!("{}-01-31", year - 1)),
        ..Default::default()
    };
    crate::monitoring::add_evidence(app, scope, &strategy, None, by).await?;
    let plan = EvidenceInput {
        title: Some(format!("Action plan {year}, as the board approved it")),
        url: Some(format!("https://{}.example/action-plan-{year}.pdf", scope.cluster().slug)),
        dated_on: Some(format!("{year}-02-20")),
        ..strategy
    };
    crate::monitoring::add_evidence(app, scope, &plan, None, by).await?;
    // Targets near what the records give: most met, some short by a little, a few by more.
    let keys = [
        "events_held",
        "participants",
        "participation_rate",
        "new_members",
        "retention_rate",
        "fees_collected",
        "projects_running",
        "members_in_projects",
        "staff_fte",
        "action_lines_on_track",
        "digital_maturity",
        "average_satisfaction",
        "media_mentions",
        "active_actors",
        "projects_approved",
    ];
    for period in [Period::year(year - 1), Period::year(year)] {
        let values = crate::monitoring::values(app, scope, period).await?;
        let catalogue = crate::monitoring::catalogue(app, scope).await?;
        for key in keys {
            let (Some(value), Some(indicator)) =
                (values.get(key).and_then(|v| v.value), catalogue.iter().find(|i| i.definition.key == key))
            else {
                continue;
            };
            // A target 0 to 25 % above what was reached, in the indicator's own scale.
            let raise = rng.range(0, 26);
            let mut target = value + value * raise / 100;
            if indicator.definition.unit == domain::monitoring::Unit::Percent {
                // A share reaches 100 % at most.
                target = target.min(10_000);
            }
            let text = match indicator.definition.unit {
                domain::monitoring::Unit::Money => {
                    domain::money::Money::new(target, scope.cluster().base_currency).to_decimal()
                }
                unit => unit.text(target, scope.cluster().base_currency).replace([' ', '%'], ""),
            };
            crate::monitoring::set_target(app, scope, key, &period.to_string(), &text, by).await?;
        }
    }
    Ok(())
}

/// Three years of company figures for most organisations, growing a little each year; the last
/// closed year for about half of them (the company-performance survey brings the rest).
async fn seed_figures(
    app: &App,
    scope: &ClusterScope,
    rng: &mut Rng,
    orgs: &[OrganisationFields],
    ids: &[Uuid],
) -> Result<(), Error> {
    use chrono::Datelike;
    use domain::figures::{CompanyFigures, FigureSource};
    let year = app.today(scope).year();
    let mut tx = app.begin().await?;
    for (fields, id) in orgs.iter().zip(ids) {
        if fields.kind != domain::organisation::OrganisationKind::Company || !rng.chance(80) {
            continue;
        }
        let mut employees = fields.employees.unwrap_or_else(|| rng.range(5, 200));
        let mut turnover = employees * rng.range(90_000, 150_000);
        let export_share = rng.range(0, 60);
        let mut maturity = rng.range(1, 4);
        for y in (year - 4)..year {
            if y == year - 1 && rng.chance(50) {
                break;
            }
            let figures = CompanyFigures {
                employees: Some(employees),
                turnover_minor: Some(turnover * 100),
                exports_minor: Some(turnover * export_share),
                rd_spending_minor: Some(turnover * rng.range(1, 6)),
                new_products: Some(rng.range(0, 4)),
                new_foreign_markets: Some(rng.range(0, 2)),
                digital_maturity: Some(maturity),
            };
            store::figures::record(&mut tx, scope, *id, y, &figures, FigureSource::Import, None, "demo").await?;
            employees += employees * rng.range(-3, 8) / 100;
            turnover += turnover * rng.range(-4, 10) / 100;
            maturity = (maturity + i64::from(rng.chance(30))).min(5);
        }
    }
    tx.commit().await?;
    Ok(())
}

/// What a demo respondent writes in a text answer.
const SURVEY_TEXTS: [&str; 6] = [
    "More events outside the capital, please.",
    "Help us find partners for European projects.",
    "The training on digital tools was very useful.",
    "Shorter newsletters, with the calls for proposals first.",
    "A buyers' day with the large companies of the region.",
    "Keep the working groups small and practical.",
];

/// A respondent's answers, as a form would send them: each question answered in a plausible way
/// (satisfied more often than not; company figures in proportion to the company's size).
fn demo_answers(rng: &mut Rng, questionnaire: &domain::survey::Questionnaire) -> domain::survey::RawAnswers {
    use domain::survey::QuestionKind;
    let mut raw = domain::survey::RawAnswers::new();
    let employees = rng.range(4, 240);
    for q in questionnaire.questions() {
        let values: Vec<String> = match &q.kind {
            QuestionKind::SingleChoice { options } => vec![rng.pick(options).clone()],
            QuestionKind::MultipleChoice { options } => options.iter().filter(|_| rng.chance(35)).cloned().collect(),
            QuestionKind::Likert { points, .. } => {
                let p = i64::from(*points);
                vec![rng.range((p / 2).max(1), p).to_string()]
            }
            QuestionKind::Matrix { items, points, .. } => {
                for i in 0..items.len() {
                    if rng.chance(80) {
                        let p = i64::from(*points);
                        raw.insert(format!("{}.{i}", q.key), vec![rng.range(2, p).to_string()]);
                    }
                }
                Vec::new()
            }
            QuestionKind::Number { .. } if q.key == "employees" => vec![employees.to_string()],
            QuestionKind::Number { max, .. } => vec![rng.range(0, max.unwrap_or(5).min(5)).to_string()],
            QuestionKind::Money => {
                let turnover = employees * rng.range(90_000, 160_000);
                let share = match q.key.as_str() {
                    "turnover" => 100,
                    "exports" => rng.range(5, 60),
                    _ => rng.range(1, 8),
                };
                vec![(turnover * share / 100).to_string()]
            }
            QuestionKind::Text { .. } if rng.chance(30) => vec![rng.pick(&SURVEY_TEXTS).to_string()],
            QuestionKind::Text { .. } | QuestionKind::Date => Vec::new(),
        };
        if !values.is_empty() {
            raw.insert(q.key.clone(), values);
        }
    }
    raw
}

/// A member-satisfaction survey that closed three weeks ago and a company-performance survey
/// still open, each sent to everyone whose consent covers surveys, about two in five answering.
async fn seed_surveys(
    app: &App,
    scope: &ClusterScope,
    rng: &mut Rng,
    contacts: &[(Uuid, Uuid, &ContactFields)],
) -> Result<(), Error> {
    use chrono::Datelike;
    use domain::figures::CompanyFigures;
    use domain::survey::templates::Template;
    let by = "demo";
    let segment = store::tag::insert_segment(&app.db, scope, "Everyone", "{}", by).await?;
    let consents = store::privacy::standing_consents(&app.db, scope).await?;
    let covered: Vec<&(Uuid, Uuid, &ContactFields)> = contacts
        .iter()
        .filter(|(id, _, c)| {
            c.email.is_some()
                && consents.iter().any(|(contact, channel, purpose)| {
                    contact == id
                        && domain::consent::Channel::parse(channel)
                            .is_ok_and(|ch| domain::survey::consent_covers_surveys(ch, purpose))
                })
        })
        .collect();
    let organisations =
        store::organisation::by_ids(&app.db, scope, &covered.iter().map(|(_, o, _)| *o).collect::<Vec<_>>()).await?;
    let today = app.today(scope);
    for (template, closes_on, figures_year) in [
        (Template::MemberSatisfaction, today - chrono::Duration::days(21), None),
        (Template::CompanyPerformance, today + chrono::Duration::days(10), Some(today.year() - 1)),
    ] {
        let questionnaire = crate::survey::template_in(template, scope.cluster().language());
        let id = store::survey::insert_questionnaire(&app.db, scope, &questionnaire, by).await?;
        let invitations: Vec<store::survey::NewInvitation> = covered
            .iter()
            .map(|(contact, organisation, _)| store::survey::NewInvitation {
                contact_id: *contact,
                organisation_id: *organisation,
                token_hash: crate::auth::secret_hash(&crate::auth::random_hex(24)),
            })
            .collect();
        let campaign = store::survey::NewCampaign {
            questionnaire_id: id,
            version: 1,
            title: questionnaire.title.clone(),
            segment_id: Some(segment),
            audience: "Everyone".into(),
            anonymous: false,
            closes_on,
            figures_year,
        };
        let known = match figures_year {
            Some(year) => store::figures::of_years(&app.db, scope, year - 1, year).await?,
            None => Vec::new(),
        };
        let mut tx = app.begin().await?;
        let (campaign_id, invited) =
            store::survey::insert_campaign(&mut tx, scope, &campaign, &invitations, by).await?;
        let mut answered_for: std::collections::HashSet<Uuid> = std::collections::HashSet::new();
        for (invitation, (_, organisation, _)) in invited.iter().zip(&covered) {
            if !rng.chance(40) {
                continue;
            }
            // A company's figures come from one person, mostly; a second one sometimes answers
            // too, with figures of their own (the team reviews those).
            if figures_year.is_some() && !answered_for.insert(*organisation) && rng.chance(80) {
                continue;
            }
            let mut raw = demo_answers(rng, &questionnaire);
            if let Some(year) = figures_year {
                // Companies answer with the figures they have: most as the cluster knows them, a
                // few with corrections (the team reviews those), those unknown grown from the
                // year before.
                let theirs: Vec<&store::figures::YearFigures> =
                    known.iter().filter(|f| f.organisation_id == *organisation).collect();
                let this = theirs.iter().find(|f| f.year == year);
                let before = theirs.iter().find(|f| f.year == year - 1);
                let answered = match (this, before) {
                    (Some(f), _) if rng.chance(80) => Some(f.figures.clone()),
                    (Some(f), _) => {
                        Some(CompanyFigures { employees: f.figures.employees.map(|e| e + 3), ..f.figures.clone() })
                    }
                    (None, Some(f)) => Some(CompanyFigures {
                        employees: f.figures.employees.map(|e| e + e * rng.range(0, 6) / 100),
                        turnover_minor: f.figures.turnover_minor.map(|t| t + t * rng.range(0, 8) / 100),
                        ..f.figures.clone()
                    }),
                    (None, None) => None,
                };
                if let Some(f) = answered {
                    let money = |m: Option<i64>| m.map(|m| format!("{}.{:02}", m / 100, m % 100));
                    let count = |n: Option<i64>| n.map(|n| n.to_string());
                    for (key, value) in [
                        ("employees", count(f.employees)),
                        ("turnover", money(f.turnover_minor)),
                        ("exports", money(f.exports_minor)),
                        ("rd_spending", money(f.rd_spending_minor)),
                        ("new_products", count(f.new_products)),
                        ("new_foreign_markets", count(f.new_foreign_markets)),
                        ("digital_maturity", count(f.digital_maturity)),
                    ] {
                        if let Some(v) = value {
                            raw.insert(key.to_string(), vec![v]);
                        }
                    }
                }
            }

            let answers = domain::survey::read_answers(&questionnaire, &raw, scope.cluster().base_currency, false)?;
            let of = organisations.iter().find(|o| o.id == *organisation);
            let response = store::survey::NewResponse {
                campaign_id,
                invitation_id: Some(*invitation),
                organisation_kind: of.map(|o| o.fields.kind.code().to_string()),
                size_class: of.and_then(|o| o.fields.size_class()).map(|s| s.code().to_string()),
                answers,
                submitted_on: closes_on.min(today) - chrono::Duration::days(rng.range(1, 14)),
            };
            store::survey::answer(&mut tx, scope, *invitation, &response).await?;
            if let Some(year) = figures_year {
                crate::figures::from_survey(&mut tx, scope, *organisation, year, &response.answers, campaign_id)
                    .await?;
            }
        }
        tx.commit().await?;
    }
    Ok(())
}

/// The money of one demo cluster's structure, in euros of this year: (public structural support,
/// sponsorship, fees before the invoices were kept here, services likewise, office, overheads,
/// marketing, reserves), and how much each grows a year (public support may shrink).
struct MoneyProfile {
    now: [i64; 8],
    growth: [i64; 8],
    /// (name, role, FTE in hundredths, yearly cost in euros, whole years on the team: 0 for one
    /// who joined this year).
    team: &'static [(&'static str, &'static str, i64, i64, i32)],
    /// Whole hours a university gives in kind a year, at 45 euros.
    in_kind_hours: i64,
    /// Consulting assignments invoiced to members each of the last three years.
    consulting_invoices: usize,
}

/// Carried by fees and services; public support, declining, that fees outgrow.
const MONEY: [MoneyProfile; 4] = [
    MoneyProfile {
        now: [65_000, 20_000, 95_000, 45_000, 16_000, 8_000, 6_000, 120_000],
        growth: [-8_000, 2_000, 5_000, 5_000, 500, 300, 500, 15_000],
        team: &[
            ("Ane Etxeberria", "cluster_manager", 100, 62_000, 12),
            ("Jon Arrieta", "marketing_support", 100, 40_000, 7),
            ("Itziar Goikoetxea", "administration", 50, 18_000, 5),
        ],
        in_kind_hours: 160,
        consulting_invoices: 0,
    },
    // Carried by services; a team of project managers (model 3).
    MoneyProfile {
        now: [60_000, 25_000, 55_000, 160_000, 35_000, 20_000, 12_000, 150_000],
        growth: [0, 2_000, 2_000, 15_000, 800, 500, 500, 20_000],
        team: &[
            ("Giulia Ferraris", "cluster_manager", 100, 72_000, 15),
            ("Marco Bianchi", "project_manager", 100, 52_000, 8),
            ("Chiara Rinaldi", "project_manager", 100, 52_000, 5),
            ("Luca Gallo", "project_manager", 100, 50_000, 2),
            ("Elena Conti", "research_support", 100, 47_000, 6),
            ("Paolo Greco", "marketing_support", 80, 38_000, 4),
            ("Sara Moretti", "administration", 100, 30_000, 9),
        ],
        in_kind_hours: 240,
        consulting_invoices: 8,
    },
    // Dependent on public support, above the cap.
    MoneyProfile {
        now: [200_000, 5_000, 30_000, 8_000, 40_000, 25_000, 10_000, 30_000],
        growth: [10_000, 0, 1_000, 500, 1_000, 500, 0, -3_000],
        team: &[
            ("Katarzyna Nowak", "cluster_manager", 100, 55_000, 10),
            ("Piotr Wiśniewski", "research_support", 100, 40_000, 6),
            ("Anna Kowalczyk", "international_support", 100, 38_000, 4),
            ("Tomasz Zieliński", "administration", 100, 25_000, 8),
        ],
        in_kind_hours: 80,
        consulting_invoices: 0,
    },
    // Young: the manager alone until this year, when a support person joined (model 1 to 2);
    // fixed costs not yet covered.
    MoneyProfile {
        now: [34_000, 2_000, 16_000, 4_000, 12_000, 6_000, 3_000, 15_000],
        growth: [0, 500, 2_000, 1_000, 500, 300, 300, 2_000],
        team: &[
            ("Ioana Popescu", "cluster_manager", 100, 38_000, 4),
            ("Andrei Muresan", "research_support", 100, 30_000, 0),
        ],
        in_kind_hours: 40,
        consulting_invoices: 0,
    },
];

/// Five years of the structure's money: budget and actual lines, reserves and the team, each
/// cluster with its own profile (DEMO.md). Fees and services come from the invoices wherever
/// they exist; only the years before them get their history as lines.
async fn seed_economics(
    app: &App,
    scope: &ClusterScope,
    rng: &mut Rng,
    profile: usize,
    ids: &[Uuid],
) -> Result<(), Error> {
    use chrono::Datelike;
    use domain::economics::{EntryInput, StaffInput};
    let today = app.today(scope);
    let year = today.year();
    let money = &MONEY[profile];
    let per_euro = PROFILES[profile].per_euro;
    let by = "demo";
    if money.consulting_invoices > 0 {
        seed_consulting(app, scope, rng, ids, money.consulting_invoices, per_euro).await?;
    }
    for (name, role, fte, cost, years) in money.team {
        let starts_on = if *years == 0 {
            chrono::NaiveDate::from_ymd_opt(year, 2, 1).expect("a day").min(today)
        } else {
            chrono::NaiveDate::from_ymd_opt(year - years, 1 + (*years as u32 % 9), 1).expect("a day")
        };
        let input = StaffInput {
            name: Some((*name).into()),
            role: Some((*role).into()),
            fte: Some(domain::economics::fte_text(*fte)),
            yearly_cost: Some((cost * per_euro).to_string()),
            starts_on: Some(starts_on.to_string()),
            ends_on: None,
            qualifications: Some(rng.pick(&STAFF_QUALIFICATIONS).to_string()),
        };
        crate::economics::add_staff(app, scope, &input, None).await?;
    }
    let streams = ["public_support", "sponsorship", "membership_fees", "services"];
    let costs = ["office", "overheads", "marketing"];
    for back in 0..5 {
        let y = year - back;
        let of = |i: usize| (money.now[i] - money.growth[i] * i64::from(back)).max(0) * per_euro;
        let line = |basis: &str, amount: i64, stream: Option<&str>, cost: Option<&str>| EntryInput {
            year: Some(y.to_string()),
            basis: Some(basis.into()),
            stream: stream.map(String::from),
            cost_kind: cost.map(String::from),
            amount: Some(amount.to_string()),
            ..Default::default()
        };
        for (i, stream) in streams.iter().enumerate().filter(|(i, _)| of(*i) > 0) {
            let actual = of(i) * rng.range(94, 104) / 100;
            crate::economics::add_entry(app, scope, &line("budget", of(i), Some(stream), None), None, by).await?;
            match crate::economics::add_entry(app, scope, &line("actual", actual, Some(stream), None), None, by).await {
                // The invoices of the year hold them already.
                Ok(_) | Err(Error::Invalid(_)) => {}
                Err(e) => return Err(e),
            }
        }
        for (i, cost) in costs.iter().enumerate() {
            let budget = of(4 + i);
            crate::economics::add_entry(app, scope, &line("budget", budget, None, Some(cost)), None, by).await?;
            let actual = budget * rng.range(95, 108) / 100;
            crate::economics::add_entry(app, scope, &line("actual", actual, None, Some(cost)), None, by).await?;
        }
        let in_kind = EntryInput {
            year: Some(y.to_string()),
            stream: Some("in_kind".into()),
            hours: Some(money.in_kind_hours.to_string()),
            hourly_rate: Some((45 * per_euro).to_string()),
            description: Some("University researchers at the working groups".into()),
            ..Default::default()
        };
        crate::economics::add_entry(app, scope, &in_kind, None, by).await?;
        let reserves = (of(7)).to_string();
        crate::economics::set_reserves(app, scope, Some(&y.to_string()), Some(&reserves), by).await?;
    }
    Ok(())
}

/// A cluster that lives from its services invoices consulting assignments to its members: in each
/// of the last two years on 20 December (after the year's other invoices, so that numbers follow
/// the days), paid in January; this year today, not yet due.
async fn seed_consulting(
    app: &App,
    scope: &ClusterScope,
    rng: &mut Rng,
    ids: &[Uuid],
    each_year: usize,
    per_euro: i64,
) -> Result<(), Error> {
    use chrono::Datelike;
    let today = app.today(scope);
    let currency = scope.cluster().base_currency;
    for back in (0..3).rev() {
        let year = today.year() - back;
        let day = if back == 0 { today } else { chrono::NaiveDate::from_ymd_opt(year, 12, 20).expect("a day") };
        for _ in 0..each_year {
            let net = rng.range(12, 22) * 1_000 * per_euro;
            let input = crate::invoice::DraftInput {
                kind: Some("service".into()),
                organisation_id: Some(*rng.pick(ids)),
                tax_rate: Some("22".into()),
                note: None,
                lines: vec![crate::invoice::LineInput {
                    description: Some(rng.pick(&CONSULTING).to_string()),
                    quantity: Some("1".into()),
                    unit_price: Some(net.to_string()),
                }],
            };
            let then = app.on(day);
            let id = crate::invoice::draft(&then, scope, &input, "demo").await?;
            crate::invoice::issue(&then, scope, id).await?;
            if back > 0 {
                let gross = net * 122 / 100 * 100;
                let payment = crate::invoice::PaymentInput {
                    paid_on: Some(
                        chrono::NaiveDate::from_ymd_opt(year + 1, 1, 15).expect("a day").min(today).to_string(),
                    ),
                    amount: Some(domain::money::Money::new(gross, currency).to_decimal()),
                    reference: Some("Transfer".into()),
                    overpayment: None,
                };
                crate::invoice::record_payment(app, scope, id, &payment, "demo").await?;
            }
        }
    }
    Ok(())
}

const CONSULTING: [&str; 4] = [
    "Digital twin feasibility study",
    "Smart-city platform integration audit",
    "Open data strategy for a municipality",
    "Tender preparation support",
];

const STAFF_QUALIFICATIONS: [&str; 5] = [
    "Degree in economics; ten years in regional development",
    "Engineer; project management certification",
    "Master's in international business",
    "Degree in business administration",
    "PhD in engineering; innovation management",
];

/// The strategic challenges of each demo cluster: (title, what it means).
const CHALLENGES: [[(&str, &str); 5]; 4] = [
    [
        ("Zero-emission urban logistics", "Electric and cargo-bike deliveries, consolidation centres, clean fleets."),
        ("Connected and automated transport", "Vehicle-to-infrastructure data, automated shuttles, testbeds."),
        ("Digital skills for logistics SMEs", "Planning software, data literacy, cyber hygiene in small firms."),
        ("Access to export markets", "Missions, partner search and tenders abroad for the members."),
        ("Resilient supply chains", "Second sources, nearshoring and shared stocks after the crises."),
    ],
    [
        ("Open urban data platforms", "Interoperable platforms for the region's municipalities."),
        ("Cybersecurity for municipalities", "Shared monitoring and training for small towns."),
        ("AI skills for SMEs", "From pilots to products: applied AI in the members' firms."),
        ("Citizen-centred digital services", "Services designed with the people who use them."),
        ("Interoperable IoT", "Sensors and networks that speak the same language."),
    ],
    [
        ("Offshore wind supply chain", "Local suppliers for the Baltic wind farms."),
        ("Smart and flexible grids", "Storage, demand response and grid data."),
        ("Energy efficiency in industry", "Audits, heat recovery and financing for SMEs."),
        ("Hydrogen valley", "Production, storage and first users of green hydrogen."),
        ("Skills for the energy transition", "Technicians and engineers for the new energy jobs."),
    ],
    [
        ("Water reuse and quality", "Treated water for industry and farming; monitoring of rivers."),
        ("Circular waste management", "Sorting, recycling and markets for secondary materials."),
        ("Clean air monitoring", "Low-cost sensors and open air-quality data."),
        ("Green public procurement", "Helping buyers and suppliers meet green criteria."),
        ("Environmental skills", "Training for inspectors, engineers and technicians."),
    ],
];

/// How ideas are named after the challenge they serve.
const IDEA_PATTERNS: [&str; 12] = [
    "Shared test bench for {}",
    "Market study: {}",
    "Training path on {}",
    "Pilot with three members: {}",
    "Matchmaking day on {}",
    "Joint purchasing for {}",
    "Living lab for {}",
    "Export mission on {}",
    "Roadmap to 2030: {}",
    "Demonstrator of {}",
    "Benchmark of other regions: {}",
    "Funding clinic on {}",
];

/// The demo projects: (title pattern, area, stage, challenge index or none, partner cluster
/// offset in the network or none). Every stage appears; one serves no challenge and is flagged.
#[allow(clippy::type_complexity)]
const PROJECTS: [(&str, ProjectArea, ProjectStage, Option<usize>, Option<usize>); 9] = [
    ("Living lab: {}", ProjectArea::Innovation, ProjectStage::Running, Some(0), None),
    ("Academy: {}", ProjectArea::Training, ProjectStage::Completed, Some(2), None),
    ("Market watch: {}", ProjectArea::MarketKnowledge, ProjectStage::Funded, Some(3), None),
    ("Joint purchasing: {}", ProjectArea::Operations, ProjectStage::Definition, Some(4), None),
    ("Export mission: {}", ProjectArea::BusinessDevelopment, ProjectStage::Proposal, Some(3), None),
    ("Demonstrator: {}", ProjectArea::Innovation, ProjectStage::Idea, Some(1), None),
    ("Grant hunt without a challenge", ProjectArea::Innovation, ProjectStage::Abandoned, None, None),
    ("Smart-city value chain: {}", ProjectArea::InterCluster, ProjectStage::Running, Some(1), Some(1)),
    ("Cross-border partnership: {}", ProjectArea::InterCluster, ProjectStage::Proposal, Some(0), Some(3)),
];

/// A strategy with its challenges and two reviews, the action plans of last year and this one,
/// a dozen ideas (some scored, one taken forward), projects at every stage (two with partner
/// clusters of the network), and services delivered, some invoiced.
async fn seed_strategy(
    app: &App,
    scope: &ClusterScope,
    rng: &mut Rng,
    profile: usize,
    ids: &[Uuid],
) -> Result<(), Error> {
    use chrono::Datelike;
    use domain::project::{
        BudgetLineInput, FundingInput, IdeaInput, IdeaLinks, IdeaScores, ParticipantInput, ProjectInput,
    };
    use domain::service::{DeliveryInput, ServiceInput};
    use domain::strategy::{ActionLineInput, ChallengeInput, StrategyInput};
    let today = app.today(scope);
    let year = today.year();
    let day = |y: i32, m: u32, d: u32| chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a date").min(today);
    let per_euro = PROFILES[profile].per_euro;
    let amount = |euros: i64| (euros * per_euro).to_string();
    let lower = |s: &str| {
        let mut chars = s.chars();
        chars.next().map_or_else(String::new, |first| first.to_lowercase().chain(chars).collect())
    };
    let strategy = StrategyInput {
        title: Some(format!("Strategy {}-{}", year - 1, year + 2)),
        first_year: Some((year - 1).to_string()),
        last_year: Some((year + 2).to_string()),
    };
    let strategy = crate::strategy::create(app, scope, &strategy).await?;
    let segments = crate::strategy::segments(app, scope).await?;
    let mut challenges = Vec::new();
    for (i, (title, description)) in CHALLENGES[profile].iter().enumerate() {
        let input = ChallengeInput {
            title: Some(title.to_string()),
            description: Some(description.to_string()),
            horizon: Some((year + 2 - (i as i32 % 2)).to_string()),
            owner: Some(["Board", "Cluster manager", "Project officer"][i % 3].into()),
        };
        let segment: Vec<Uuid> = segments.get(i % segments.len().max(1)).map(|(id, _)| *id).into_iter().collect();
        challenges.push(crate::strategy::add_challenge(app, scope, strategy, &input, &segment).await?);
    }
    crate::strategy::review(&app.on(day(year - 1, 2, 15)), scope, strategy, "Adopted by the general assembly", "demo")
        .await?;
    let first = &CHALLENGES[profile][4];
    let reworded = ChallengeInput {
        title: Some(format!("{} and lifelong learning", first.0)),
        description: Some(first.1.to_string()),
        horizon: Some((year + 2).to_string()),
        owner: Some("Board".into()),
    };
    crate::strategy::update_challenge(app, scope, challenges[4], &reworded, &[]).await?;
    if day(year, 2, 20) < today {
        crate::strategy::review(&app.on(day(year, 2, 20)), scope, strategy, "Mid-term review by the board", "demo")
            .await?;
    }

    for (y, statuses) in
        [(year - 1, ["done", "done", "on_track", "done"]), (year, ["on_track", "at_risk", "not_started", "done"])]
    {
        for (i, status) in statuses.iter().enumerate() {
            let (title, _) = CHALLENGES[profile][i];
            let start = chrono::NaiveDate::from_ymd_opt(y, 1 + 3 * i as u32, 1).expect("a date");
            let line = ActionLineInput {
                objective: Some(format!("Move forward: {}", lower(title))),
                actions: Some("Workshop with the members, a pilot, a report to the board".into()),
                owner: Some(["Cluster manager", "Project officer", "Communication officer"][i % 3].into()),
                starts_on: Some(start.to_string()),
                ends_on: Some((start + chrono::Duration::days(150)).to_string()),
                status: Some(status.to_string()),
                indicator: Some(
                    ["Members taking part", "Projects started", "Funding raised", "Members trained"][i].into(),
                ),
            };
            crate::strategy::add_line(app, scope, y, &line, Some(challenges[i])).await?;
        }
    }

    let mut ideas = Vec::new();
    for (n, pattern) in IDEA_PATTERNS.iter().enumerate() {
        let c = n % challenges.len();
        let title = pattern.replace("{}", &lower(CHALLENGES[profile][c].0));
        let source = ["member", "workshop", "working_group", "member"][n % 4];
        let group = store::group::all(&app.db, scope).await?.first().map(|g| g.id);
        let links = IdeaLinks {
            organisation_id: (source == "member").then(|| *rng.pick(ids)),
            challenge_id: (n % 5 != 4).then_some(challenges[c]),
            working_group_id: if source == "working_group" { group } else { None },
            interaction_id: None,
        };
        let source = if source == "working_group" && group.is_none() { "workshop" } else { source };
        let input = IdeaInput {
            title: Some(title),
            description: Some("Raised by the members; to be scored by the team.".into()),
            source: Some(source.into()),
            source_note: Some(if source == "workshop" { "Spring workshop".into() } else { String::new() }),
        };
        let idea = crate::project::add_idea(app, scope, &input, links, "demo").await?;
        if n < 9 {
            let score = |rng: &mut Rng| Some(rng.range(1, 5));
            let scores = IdeaScores {
                alignment: score(rng),
                interest: score(rng),
                feasibility: score(rng),
                funding_fit: score(rng),
            };
            crate::project::score_idea(app, scope, idea, &scores).await?;
        }
        ideas.push(idea);
    }
    crate::project::promote(app, scope, ideas[0], ProjectArea::Innovation, "demo").await?;

    let partners = store::cluster::network_partners(&app.db, scope).await?;
    for (n, (pattern, area, stage, challenge, partner)) in PROJECTS.iter().enumerate() {
        let title = match challenge {
            Some(c) => pattern.replace("{}", &lower(CHALLENGES[profile][*c].0)),
            None => pattern.to_string(),
        };
        let starts = today - chrono::Duration::days(40 + 60 * n as i64);
        let input = ProjectInput {
            title: Some(title),
            summary: Some("Members share the work and the results; the cluster coordinates.".into()),
            scope: Some(if n % 4 == 3 { "individual_use" } else { "collective" }.into()),
            area: Some(area.code().into()),
            starts_on: (!matches!(stage, ProjectStage::Idea | ProjectStage::Definition)).then(|| starts.to_string()),
            ends_on: (!matches!(stage, ProjectStage::Idea | ProjectStage::Definition)).then(|| {
                if *stage == ProjectStage::Completed {
                    today - chrono::Duration::days(10)
                } else {
                    starts + chrono::Duration::days(730)
                }
                .to_string()
            }),
        };
        let challenge_ids: Vec<Uuid> = challenge.map(|c| challenges[c]).into_iter().collect();
        let project = crate::project::create(app, scope, &input, ProjectStage::Idea, &challenge_ids, "demo").await?;
        if *stage != ProjectStage::Idea {
            crate::project::move_to(app, scope, project, *stage, "demo").await?;
        }
        let who = |o: Uuid| crate::project::Who { organisation_id: Some(o), ..Default::default() };
        for (k, role) in ["leader", "partner", "partner", "subcontractor"].iter().enumerate().take(2 + n % 3) {
            let input = ParticipantInput {
                role: Some(role.to_string()),
                money: Some(amount(if k == 0 { 10_000 } else { 5_000 })),
                in_kind: Some(amount(3_000)),
            };
            crate::project::add_participant(app, scope, project, &who(ids[(n * 7 + k * 13) % ids.len()]), &input)
                .await?;
        }
        if let Some(offset) = partner {
            let me = PROFILES.iter().position(|p| p.slug == scope.cluster().slug).unwrap_or(profile);
            let wanted = PROFILES[(me + offset) % PROFILES.len()].name;
            let partner_id =
                partners.iter().find(|(_, name, _)| name == wanted).or_else(|| partners.first()).map(|(id, _, _)| *id);
            if let Some(partner_id) = partner_id {
                let with = crate::project::Who { partner_cluster_id: Some(partner_id), ..Default::default() };
                let input = ParticipantInput { role: Some("partner".into()), ..Default::default() };
                crate::project::add_participant(app, scope, project, &with, &input).await?;
            }
        }
        for (category, euros) in
            [("staff", 60_000), ("equipment", 25_000), ("travel", 6_000), ("subcontracting", 15_000)]
                .iter()
                .take(2 + n % 3)
        {
            let line = BudgetLineInput {
                category: Some(category.to_string()),
                description: None,
                amount: Some(amount(*euros)),
            };
            crate::project::add_budget_line(app, scope, project, &line).await?;
        }
        if !matches!(stage, ProjectStage::Idea | ProjectStage::Definition) {
            let programme = ["Interreg Europe", "Horizon Europe", "Regional innovation fund", "Digital Europe"][n % 4];
            let public = FundingInput {
                programme: Some(programme.into()),
                kind: Some("public".into()),
                amount: Some(amount(50_000 - 5_000 * (n as i64 % 3))),
                rate: Some("60".into()),
            };
            crate::project::add_funding(app, scope, project, &public).await?;
            if n % 2 == 0 {
                let private = FundingInput {
                    programme: Some("Regional savings bank foundation".into()),
                    kind: Some("private".into()),
                    amount: Some(amount(8_000)),
                    rate: None,
                };
                crate::project::add_funding(app, scope, project, &private).await?;
            }
        }
        if matches!(stage, ProjectStage::Running | ProjectStage::Funded | ProjectStage::Completed) {
            let kick_off = crate::project::add_milestone(
                app,
                scope,
                project,
                "Kick-off meeting",
                &(starts + chrono::Duration::days(14)).to_string(),
            )
            .await?;
            crate::project::milestone_done(
                &app.on((starts + chrono::Duration::days(14)).min(today)),
                scope,
                project,
                kick_off,
                true,
            )
            .await?;
            crate::project::add_milestone(
                app,
                scope,
                project,
                "Interim report",
                &(today - chrono::Duration::days(5)).to_string(),
            )
            .await?;
            crate::project::add_milestone(
                app,
                scope,
                project,
                "Final conference",
                &(today + chrono::Duration::days(200)).to_string(),
            )
            .await?;
        }
        if *stage == ProjectStage::Completed {
            crate::project::add_outcome(
                app,
                scope,
                project,
                "42 technicians trained; a course the members now run themselves",
            )
            .await?;
        }
    }

    let services = [
        ("Export clinic", "internationalisation", 150, 300, "session"),
        ("Market intelligence report", "market_intelligence", 400, 800, "report"),
        ("Funding check", "access_to_funding", 0, 250, "check"),
    ];
    let mut service_ids = Vec::new();
    for (name, kind, member, other, unit) in services {
        let input = ServiceInput {
            name: Some(name.into()),
            kind: Some(kind.into()),
            description: Some("Booked by the members through the cluster team.".into()),
            member_price: Some(amount(member)),
            non_member_price: Some(amount(other)),
            unit: Some(unit.into()),
            tax_rate: Some("21".into()),
        };
        service_ids.push(crate::service::create(app, scope, &input).await?);
    }
    let mut delivered: Vec<(Uuid, Uuid)> = Vec::new();
    for n in 0..14 {
        let organisation = *rng.pick(ids);
        let on = today - chrono::Duration::days(rng.range(3, 520));
        let input = DeliveryInput {
            delivered_on: Some(on.to_string()),
            quantity: Some(rng.range(1, 3).to_string()),
            satisfaction: rng.chance(70).then(|| rng.range(3, 5).to_string()),
            note: None,
        };
        let id = crate::service::deliver(app, scope, service_ids[n % service_ids.len()], organisation, &input, "demo")
            .await?;
        delivered.push((organisation, id));
    }
    // The deliveries of the first two organisations served are invoiced; the rest wait.
    let mut invoiced = 0;
    for (organisation, _) in delivered.clone() {
        if invoiced == 2 {
            break;
        }
        let theirs: Vec<Uuid> = delivered.iter().filter(|(o, _)| *o == organisation).map(|(_, d)| *d).collect();
        let filter =
            crate::service::DeliveryFilter { ids: Some(theirs.clone()), not_invoiced: true, ..Default::default() };
        let open = crate::service::deliveries(app, scope, &filter).await?;
        if open.len() == theirs.len() && open.iter().any(|d| !d.is_free()) {
            let invoice = crate::service::invoice(app, scope, &theirs, "demo").await?;
            crate::invoice::issue(app, scope, invoice).await?;
            invoiced += 1;
        }
    }
    Ok(())
}

/// The sessions of the network's online training programme for cluster organisations: day and
/// month, title, agenda.
const TRAINING: [(u32, u32, &str, &str); 6] = [
    (
        11,
        27,
        "Opening: partnership and clusters' roundtable",
        "09:30-10:00 Partnership presentation | Network secretariat\n10:00-11:15 Clusters' roundtable: profile, sectors, members, services, challenges, partnerships sought\n11:15-11:30 Break\n11:30-12:30 Dissemination of opportunities: open calls, project ideas, stakeholder committees\n12:30-13:15 Second roundtable\n13:15-13:30 Wrap-up",
    ),
    (
        12,
        1,
        "Module 1, part 1: cluster strategy and vision",
        "09:30-11:15 Cluster initiatives as a tool for competitiveness; case study: business definition in an ICT cluster\n11:15-11:30 Break\n11:30-13:30 Strategic analysis and change management to identify high-impact projects",
    ),
    (
        12,
        4,
        "Module 1, part 2: from strategy to action",
        "09:30-10:30 Case study: cluster strategy in textiles and fashion (working groups)\n10:30-11:15 Key tools for industry analysis\n11:15-11:30 Break\n11:30-12:30 From strategy to action plan\n12:30-13:30 The monitoring system: model and examples",
    ),
    (
        12,
        10,
        "Knowledge exchange",
        "09:30-10:15 The ESCA labelling process\n10:15-11:00 A gold-label cluster's experience\n11:00-11:45 Clusters in the regional smart specialisation strategy\n11:45-12:30 A national technology cluster's research and innovation roadmap\n12:30-13:00 Member surveys and online tools for a new strategic plan\n13:00-13:30 Open mic",
    ),
    (
        12,
        14,
        "Module 2, part 1: cluster governance and change management",
        "09:30-10:30 The monitoring system\n10:30-11:15 Change management to build a shared vision\n11:15-11:30 Break\n11:30-13:30 Key elements of cluster management and organisation models, with examples",
    ),
    (
        12,
        18,
        "Module 2, part 2: services and new sources of funding",
        "09:30-11:15 Services and new sources of funding\n11:15-11:30 Break\n11:30-12:30 Examples of new services and funding sources\n12:30-13:15 Cluster management tools (CRM, interviews, surveys, reports) and when to use each\n13:15-13:30 Wrap-up",
    ),
];

/// Events of the past year and the coming months, with registrations and attendance; and, in the
/// first cluster, the network's training programme at its most recent dates in the past.
async fn seed_events(
    app: &App,
    scope: &ClusterScope,
    rng: &mut Rng,
    profile: usize,
    contacts: &[(Uuid, Uuid, &ContactFields)],
) -> Result<(), Error> {
    use chrono::{Datelike, NaiveDate, NaiveTime};
    use domain::event::{Attendance, EventFields, EventFormat, EventKind, RegistrationStatus};
    let p = &PROFILES[profile];
    let today = app.today(scope);
    let time = |h: u32, m: u32| NaiveTime::from_hms_opt(h, m, 0).expect("a time");
    let place = format!("{} Innovation Centre, {}", p.region_name, p.region_name);
    let mut events: Vec<(Uuid, NaiveDate, Option<i64>)> = Vec::new();
    /// Days from today, kind, format, title, seats, price for non-members (members pay half).
    type Planned<'a> = (i64, EventKind, EventFormat, &'a str, Option<i64>, i64);
    let plan: [Planned; 13] = [
        (-340, EventKind::Networking, EventFormat::InPerson, "New year networking breakfast", Some(60), 0),
        (-300, EventKind::Training, EventFormat::Online, "Writing a winning Horizon Europe proposal", Some(40), 9_000),
        (-270, EventKind::WorkingGroupMeeting, EventFormat::Hybrid, "Working group: digitalisation", None, 0),
        (-230, EventKind::CompanyVisit, EventFormat::InPerson, "Visit to a member's production plant", Some(25), 0),
        (-200, EventKind::BoardMeeting, EventFormat::InPerson, "Board meeting", None, 0),
        (-160, EventKind::Conference, EventFormat::Hybrid, "Annual cluster conference", Some(150), 24_000),
        (-120, EventKind::B2bMatchmaking, EventFormat::InPerson, "B2B matchmaking with large buyers", Some(50), 0),
        (-90, EventKind::Webinar, EventFormat::Online, "Webinar: EU funding calls of the autumn", None, 0),
        (-60, EventKind::WorkingGroupMeeting, EventFormat::Hybrid, "Working group: skills and talent", None, 0),
        (-25, EventKind::Networking, EventFormat::InPerson, "Autumn networking afternoon", Some(80), 0),
        (12, EventKind::Training, EventFormat::InPerson, "Lean management for SMEs", Some(20), 12_000),
        (30, EventKind::Networking, EventFormat::InPerson, "End-of-year members' meeting", Some(120), 0),
        (55, EventKind::WorkingGroupMeeting, EventFormat::Online, "Working group: digitalisation", None, 0),
    ];
    for (days, kind, format, title, capacity, price) in plan {
        let day = today + chrono::Duration::days(days);
        let online = format != EventFormat::InPerson;
        let fields = EventFields {
            title: title.to_string(),
            kind,
            format,
            place: (format != EventFormat::Online).then(|| place.clone()),
            link: online.then(|| format!("https://meet.{}.example/{}", p.slug, days.unsigned_abs())),
            capacity,
            member_price: price / 2,
            non_member_price: price,
            tax_rate_basis_points: 0,
            starts_at: day.and_time(time(9, 30)),
            ends_at: day.and_time(time(13, 0)),
            description: format!("{title}, for the members of the {}.", p.name),
            agenda: domain::event::parse_agenda(
                "09:30-10:00 Welcome and introductions | The cluster team\n10:00-11:00 Keynote\n11:00-11:30 Coffee break\n11:30-13:00 Discussion in small groups",
            )
            .map_err(Error::BadRequest)?,
        };
        let id = store::event::insert_event(&app.db, scope, &fields, None).await?.ok_or(Error::NotFound("event"))?;
        events.push((id, day, capacity));
    }
    if profile == 0 {
        let last = |y: i32| NaiveDate::from_ymd_opt(y, 12, 18).expect("a date");
        let year = if last(today.year()) < today { today.year() } else { today.year() - 1 };
        let series = store::event::insert_series(
            &app.db,
            scope,
            "Online training programme for cluster organisations",
            "The network's first online training: six half-day sessions, about 20 clusters from nine countries.",
        )
        .await?;
        for (month, day, title, agenda) in TRAINING {
            let date = NaiveDate::from_ymd_opt(year, month, day).expect("a date");
            let fields = EventFields {
                title: title.to_string(),
                kind: EventKind::Training,
                format: EventFormat::Online,
                place: None,
                link: Some("https://meet.network.example/training".into()),
                capacity: Some(60),
                member_price: 0,
                non_member_price: 0,
                tax_rate_basis_points: 0,
                starts_at: date.and_time(time(9, 30)),
                ends_at: date.and_time(time(13, 30)),
                description: "Part of the online training programme for cluster organisations.".into(),
                agenda: domain::event::parse_agenda(agenda).map_err(Error::BadRequest)?,
            };
            let id = store::event::insert_event(&app.db, scope, &fields, Some(series))
                .await?
                .ok_or(Error::NotFound("event"))?;
            events.push((id, date, Some(60)));
        }
    }
    let mut registrations = Vec::new();
    for (event, day, capacity) in &events {
        let wanted = rng.range(8, 26) as usize;
        let start = rng.range(0, contacts.len().max(1) as i64) as usize;
        let wanted = wanted.min(contacts.len());
        // People register one after the other, by the product's rule; one who cancels does so
        // before the next registers, so the seat goes on to the next.
        let mut taken = 0;
        for (contact, organisation, _) in contacts.iter().cycle().skip(start).take(wanted) {
            let past = *day < today;
            let status = match domain::event::status_for_new(*capacity, taken) {
                RegistrationStatus::Registered if rng.chance(6) => RegistrationStatus::Cancelled,
                RegistrationStatus::Registered => {
                    taken += 1;
                    RegistrationStatus::Registered
                }
                other => other,
            };
            let attendance = (past && status == RegistrationStatus::Registered)
                .then(|| if rng.chance(85) { Attendance::Attended } else { Attendance::NoShow });
            registrations.push(store::event::PastRegistration {
                event_id: *event,
                contact_id: *contact,
                organisation_id: *organisation,
                status,
                attendance,
                token_hash: crate::auth::secret_hash(&crate::auth::random_hex(16)),
            });
        }
    }
    store::event::insert_registrations_many(&app.db, scope, &registrations).await?;
    // Working groups with members, whose meetings are the events named after them.
    for name in ["Digitalisation", "Skills and talent"] {
        let group = store::group::insert(
            &app.db,
            scope,
            name,
            &format!("Members working together on {}.", name.to_lowercase()),
        )
        .await?;
        let start = rng.range(0, contacts.len().max(1) as i64) as usize;
        for (contact, _, _) in contacts.iter().cycle().skip(start).take(8.min(contacts.len())) {
            store::group::join(&app.db, scope, group, *contact, today - chrono::Duration::days(rng.range(200, 400)))
                .await?;
        }
        let title = format!("Working group: {}", name.to_lowercase());
        for (event, _, _) in &events {
            if store::event::get(&app.db, scope, *event).await?.is_some_and(|e| e.fields.title == title) {
                store::group::link_meeting(&app.db, scope, *event, Some(group)).await?;
            }
        }
    }
    // Feedback from about half of those who came.
    const COMMENTS: [&str; 5] = [
        "Very useful, and well organised.",
        "Good speakers; the networking part was too short.",
        "I met two potential partners.",
        "More practical examples, please.",
        "",
    ];
    let mut ratings = Vec::new();
    for (event, day, _) in &events {
        if *day >= today {
            continue;
        }
        for r in store::event::registrations_of(&app.db, scope, *event).await? {
            if r.came() && rng.chance(50) {
                ratings.push((r.id, rng.range(3, 5), rng.pick(&COMMENTS).to_string()));
            }
        }
    }
    store::group::insert_feedback_many(&app.db, scope, &ratings).await?;
    Ok(())
}

/// Membership types, memberships of most organisations, and three years of fee invoices with
/// their payments: most paid on time, some late, some never (lapsed members).
async fn seed_memberships(
    app: &App,
    scope: &ClusterScope,
    rng: &mut Rng,
    ids: &[Uuid],
    orgs: &[OrganisationFields],
) -> Result<(), Error> {
    let by = "demo";
    let mut members = plan_members(app, scope, rng, ids, orgs).await?;
    members.sort_by_key(|m| m.applied_on);
    let today = app.today(scope);
    // Three years as they happened: renewal runs on the 15th of January and the 1st of July
    // (or today, if earlier), each seeing only the memberships applied for by then.
    let year = chrono::Datelike::year(&today);
    let mut runs = Vec::new();
    for y in [year - 2, year - 1, year] {
        let on = |month: u32, day: u32| chrono::NaiveDate::from_ymd_opt(y, month, day).expect("a date").min(today);
        runs.push((y, on(1, 15)));
        if on(7, 1) > on(1, 15) {
            runs.push((y, on(7, 1)));
        }
    }
    let mut inserted = 0;
    let mut payments = Vec::new();
    for (y, run_on) in runs {
        let applied = members.partition_point(|m| m.applied_on <= run_on);
        if applied > inserted {
            store::membership::insert_memberships_many(&app.db, scope, &members[inserted..applied], by).await?;
            inserted = applied;
        }
        crate::membership::renew(&app.on(run_on), scope, y, by, false).await?;
        let since = chrono::NaiveDate::from_ymd_opt(y, 1, 1).expect("a date");
        for invoice in store::invoice::fee_invoices(&app.db, scope, since).await? {
            if invoice.issued_on != run_on {
                continue;
            }
            let (on_time, late) = if y == year { (70, 15) } else { (90, 6) };
            let roll = rng.range(0, 100);
            let paid_on = if roll < on_time {
                invoice.due_on - chrono::Duration::days(rng.range(0, 25))
            } else if roll < on_time + late {
                invoice.due_on + chrono::Duration::days(rng.range(5, 80))
            } else {
                continue;
            };
            if paid_on <= today {
                payments.push(store::invoice::NewPayment {
                    invoice_id: Some(invoice.id),
                    paid_on,
                    amount_minor: invoice.gross_minor,
                    reference: format!("Transfer {}", invoice.number),
                    kept_as_credit: None,
                });
            }
        }
    }
    if inserted < members.len() {
        store::membership::insert_memberships_many(&app.db, scope, &members[inserted..], by).await?;
    }
    let mut tx = app.begin().await?;
    store::invoice::record_payments(&mut tx, scope, &payments, store::invoice::PaymentSource::Bank, by).await?;
    tx.commit().await?;
    seed_services(app, scope, ids, today).await
}

/// What the cluster prints on invoices, a few service invoices (with tax, one paid, one overdue,
/// one corrected by a credit note) and a transfer from the bank that matches no invoice.
async fn seed_services(app: &App, scope: &ClusterScope, ids: &[Uuid], today: chrono::NaiveDate) -> Result<(), Error> {
    use crate::invoice::{DraftInput, LineInput, PaymentInput};
    let cluster = scope.cluster();
    let details = store::cluster::BillingDetails {
        legal_name: Some(format!("Asociación {}", cluster.name)),
        address: Some(format!("Parque Tecnológico 204\n{}", cluster.region_name.clone().unwrap_or_default())),
        vat_id: Some(format!("{}G{:08}", cluster.country, ids.len() * 7919 % 100_000_000)),
        iban: Some("ES91 2100 0418 4502 0005 1332".into()),
        billing_email: Some(format!("billing@{}.example", cluster.slug)),
    };
    store::cluster::set_billing_details(&app.db, scope, &details).await?;
    let line = |description: &str, quantity: &str, price: &str| LineInput {
        description: Some(description.into()),
        quantity: Some(quantity.into()),
        unit_price: Some(price.into()),
    };
    let services = [
        (
            "service",
            vec![
                line("Internationalisation mission: stand at Hannover Messe", "1", "1800"),
                line("Matchmaking meetings", "6", "75"),
            ],
            70,
        ),
        ("event", vec![line("Annual congress, non-member registration", "3", "240")], 45),
        ("service", vec![line("Innovation voucher application support", "1", "950")], 20),
    ];
    let mut issued = Vec::new();
    for (n, (kind, lines, days)) in services.into_iter().enumerate() {
        let Some(organisation) = ids.get(n * 3 + 1) else { break };
        let day = today - chrono::Duration::days(days);
        let input = DraftInput {
            kind: Some(kind.into()),
            organisation_id: Some(*organisation),
            tax_rate: Some("21".into()),
            note: Some("Thank you for taking part.".into()),
            lines,
        };
        let then = app.on(day);
        let id = crate::invoice::draft(&then, scope, &input, "demo").await?;
        crate::invoice::issue(&then, scope, id).await?;
        issued.push((id, day));
    }
    if let Some((paid, day)) = issued.first() {
        // Paid a round sum above the invoice: the rest is kept as the customer's credit.
        let payment = PaymentInput {
            paid_on: Some((*day + chrono::Duration::days(12)).to_string()),
            amount: Some("2800.00".into()),
            reference: Some("Transfer".into()),
            overpayment: Some("yes".into()),
        };
        crate::invoice::record_payment(app, scope, *paid, &payment, "demo").await?;
    }
    if let Some((bounced, day)) = issued.get(2) {
        let payment = PaymentInput {
            paid_on: Some((*day + chrono::Duration::days(5)).to_string()),
            amount: Some("1149.50".into()),
            reference: Some("Direct debit".into()),
            overpayment: None,
        };
        let id = crate::invoice::record_payment(app, scope, *bounced, &payment, "demo").await?;
        crate::invoice::reverse_payment(app, scope, id, "Direct debit returned by the bank", "demo").await?;
    }
    if let Some((corrected, _)) = issued.get(1) {
        crate::invoice::credit(app, scope, *corrected, Some("290.40"), "One registration cancelled in time", "demo")
            .await?;
    }
    let unknown = store::invoice::NewPayment {
        invoice_id: None,
        paid_on: today - chrono::Duration::days(3),
        amount_minor: 45_000,
        reference: "TRANSFER FROM UNKNOWN SENDER / MEMBERSHIP".to_string(),
        kept_as_credit: None,
    };
    let mut tx = app.begin().await?;
    store::invoice::record_payments(&mut tx, scope, &[unknown], store::invoice::PaymentSource::Bank, "demo").await?;
    tx.commit().await?;
    // Yesterday's CAMT.053 statement from the bank: two open invoices paid, and the bank's fee.
    let open = crate::invoice::list(
        app,
        scope,
        &crate::invoice::InvoiceFilter { state: Some(domain::invoice::InvoiceState::Overdue), ..Default::default() },
    )
    .await?;
    let paid: Vec<(String, String, i64)> = open
        .iter()
        .filter(|i| i.invoice.currency == cluster.base_currency.code())
        .take(2)
        .map(|i| (i.invoice.number.clone(), i.customer.clone(), i.invoice.outstanding_minor()))
        .collect();
    let statement = camt053(&paid, cluster.base_currency, today - chrono::Duration::days(1));
    crate::invoice::bank_statement(app, scope, statement.as_bytes(), "demo", false).await?;
    Ok(())
}

/// A CAMT.053 account statement (ISO 20022 camt.053.001.02) of one day: a transfer received for
/// each (invoice number, payer, amount), and the bank's monthly fee paid out.
fn camt053(paid: &[(String, String, i64)], currency: Currency, day: chrono::NaiveDate) -> String {
    let entry = |amount: i64, direction: &str, text: &str| {
        format!(
            "      <Ntry><Amt Ccy=\"{code}\">{value}</Amt><CdtDbtInd>{direction}</CdtDbtInd>\
             <BookgDt><Dt>{day}</Dt></BookgDt>{text}</Ntry>\n",
            code = currency.code(),
            value = Money::new(amount, currency).to_decimal(),
        )
    };
    let escape = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let mut entries = String::new();
    for (number, payer, amount) in paid {
        let details = format!(
            "<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>{}</Nm></Dbtr></RltdPties><RmtInf><Ustrd>Invoice {number}</Ustrd>\
             </RmtInf></TxDtls></NtryDtls>",
            escape(payer)
        );
        entries.push_str(&entry(*amount, "CRDT", &details));
    }
    entries.push_str(&entry(1_200, "DBIT", "<AddtlNtryInf>Account maintenance fee</AddtlNtryInf>"));
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n  <BkToCstmrStmt>\n    <Stmt>\n\
         {entries}    </Stmt>\n  </BkToCstmrStmt>\n</Document>\n"
    )
}

/// What a seeding run did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seeded {
    pub clusters_created: usize,
    pub clusters_total: usize,
}

/// The demo's membership types, and memberships of about 85 % of the organisations: a few only
/// applied, a few terminated.
async fn seed_members(
    app: &App,
    scope: &ClusterScope,
    rng: &mut Rng,
    ids: &[Uuid],
    orgs: &[OrganisationFields],
) -> Result<(), Error> {
    let members = plan_members(app, scope, rng, ids, orgs).await?;
    store::membership::insert_memberships_many(&app.db, scope, &members, "demo").await?;
    Ok(())
}

/// The cluster's membership types, and the memberships of most organisations, to record.
async fn plan_members(
    app: &App,
    scope: &ClusterScope,
    rng: &mut Rng,
    ids: &[Uuid],
    orgs: &[OrganisationFields],
) -> Result<Vec<store::membership::NewMembership>, Error> {
    use domain::fee::{Band, FeeRule};
    use domain::membership::MembershipTypeFields;
    use domain::period::PeriodRule;
    let kind =
        |name: &str, period, fee_rule, eligible: Vec<OrganisationKind>, voting, benefits: &str| MembershipTypeFields {
            name: name.into(),
            eligible_kinds: eligible,
            voting_rights: voting,
            benefits: benefits.into(),
            period,
            fee_rule,
            pro_rata: true,
            tax_rate_basis_points: 0,
        };
    let bands = vec![
        Band { up_to: Some(9), fee: 30_000 },
        Band { up_to: Some(49), fee: 80_000 },
        Band { up_to: Some(249), fee: 200_000 },
        Band { up_to: None, fee: 450_000 },
    ];
    let full = store::membership::insert_type(
        &app.db,
        scope,
        &kind(
            "Full member",
            PeriodRule::Fixed { start_month: 1, rollover: Some((10, 1)) },
            FeeRule::ByEmployees { bands },
            vec![OrganisationKind::Company],
            true,
            "Vote at the general assembly; member prices for services and events; working groups",
        ),
    )
    .await?;
    let partner = store::membership::insert_type(
        &app.db,
        scope,
        &kind(
            "Research partner",
            PeriodRule::Fixed { start_month: 1, rollover: None },
            FeeRule::InKind { hours: 40, rate: 7_500 },
            vec![OrganisationKind::University, OrganisationKind::ResearchCentre],
            true,
            "Vote at the general assembly; joint project proposals",
        ),
    )
    .await?;
    let associate = store::membership::insert_type(
        &app.db,
        scope,
        &kind(
            "Associate",
            PeriodRule::Rolling { months: 12 },
            FeeRule::Flat { fee: 50_000 },
            vec![],
            false,
            "Events at member prices",
        ),
    )
    .await?;
    // Start-ups pay by the half year, a fee they can carry.
    let start_up = store::membership::insert_type(
        &app.db,
        scope,
        &kind(
            "Start-up (6 months)",
            PeriodRule::Rolling { months: 6 },
            FeeRule::Flat { fee: 12_000 },
            vec![OrganisationKind::Company],
            false,
            "Mentoring by members; events at member prices",
        ),
    )
    .await?;
    let mut members = Vec::new();
    for (id, o) in ids.iter().zip(orgs) {
        if !rng.chance(85) {
            continue;
        }
        let type_id = match o.kind {
            OrganisationKind::Company if o.employees.is_some_and(|e| e < 5) => start_up,
            OrganisationKind::Company => full,
            OrganisationKind::University | OrganisationKind::ResearchCentre => partner,
            _ => associate,
        };
        let starts_on = days_ago(app, scope, rng.range(60, 1500));
        let accepted = !rng.chance(3);
        members.push(store::membership::NewMembership {
            organisation_id: *id,
            type_id,
            applied_on: starts_on - chrono::Duration::days(rng.range(2, 30)),
            starts_on: accepted.then_some(starts_on),
            terminated_on: (accepted && rng.chance(4)).then(|| days_ago(app, scope, rng.range(10, 50))),
        });
    }
    Ok(members)
}

/// Seeds the four demo clusters and the demo accounts; a second run adds nothing.
pub async fn seed(app: &App) -> Result<Seeded, Error> {
    let network_id = cluster::ensure_network(&app.db, NETWORK_NAME).await?;
    let mut created = 0;
    for (i, p) in PROFILES.iter().enumerate() {
        if seed_cluster(app, network_id, i, p.slug, p.name, p.members, 2026 + i as u64).await? {
            created += 1;
        }
    }
    seed_accounts(app).await?;
    // The team's records need the team: seeded once the accounts exist, for new clusters only.
    for (i, p) in PROFILES.iter().enumerate() {
        let scope = access::operator_scope(&app.db, p.slug).await?.ok_or(Error::NotFound("cluster"))?;
        if store::interaction::templates(&app.db, &scope).await?.is_empty() {
            let mut rng = Rng(4242 + i as u64);
            let ids_and_orgs = store::organisation::all_for_matching(&app.db, &scope).await?;
            let ids: Vec<Uuid> = ids_and_orgs.iter().map(|o| o.id).collect();
            let orgs: Vec<OrganisationFields> = ids_and_orgs.iter().map(|o| o.fields.clone()).collect();
            let people = store::contact::all_for_matching(&app.db, &scope).await?;
            let contacts: Vec<(Uuid, Uuid, &ContactFields)> =
                people.iter().map(|c| (c.id, c.organisation_id, &c.fields)).collect();
            seed_extras(app, &scope, &mut rng, i, &ids, &orgs, &contacts).await?;
        }
    }
    Ok(Seeded { clusters_created: created, clusters_total: PROFILES.len() })
}

/// Generates `n` clusters in the shapes of the demo (100 to 150 organisations each, about three
/// contacts each, most of them members), named `scale-0001` and on; a second run adds only the
/// missing ones.
pub async fn seed_scale(app: &App, n: usize) -> Result<Seeded, Error> {
    let network_id = cluster::ensure_network(&app.db, NETWORK_NAME).await?;
    let mut created = 0;
    for i in 0..n {
        let p = &PROFILES[i % PROFILES.len()];
        let slug = format!("scale-{:04}", i + 1);
        let name = format!("{} {}", p.name, i + 1);
        let mut rng = Rng(i as u64);
        let members = rng.range(100, 150);
        if seed_cluster(app, network_id, i % PROFILES.len(), &slug, &name, members, 7_000 + i as u64).await? {
            created += 1;
            // Members, without invoices: what a renewal run at scale starts from.
            let scope = access::operator_scope(&app.db, &slug).await?.ok_or(Error::NotFound("cluster"))?;
            let all = store::organisation::all_for_matching(&app.db, &scope).await?;
            let ids: Vec<Uuid> = all.iter().map(|o| o.id).collect();
            let orgs: Vec<OrganisationFields> = all.into_iter().map(|o| o.fields).collect();
            seed_members(app, &scope, &mut rng, &ids, &orgs).await?;
        }
    }
    seed_accounts(app).await?;
    Ok(Seeded { clusters_created: created, clusters_total: n })
}

/// The demo accounts: a network administrator, who reads English, and a manager, a staff member
/// and a board member of the mobility cluster, who read its language (Spanish). All share
/// [`DEMO_PASSWORD`].
pub async fn seed_accounts(app: &App) -> Result<(), Error> {
    if access::operator_actor(&app.db, DEMO_ADMIN_EMAIL).await?.is_some() {
        return Ok(());
    }
    let hash = hash_password(app.password_cost, DEMO_PASSWORD.to_string()).await?;
    let admin = access::upsert_user(&app.db, DEMO_ADMIN_EMAIL, "Network administrator", Some(&hash), true).await?;
    let mut languages = vec![(admin, domain::language::Language::English)];
    if let Some(mobility) = access::operator_scope(&app.db, PROFILES[0].slug).await? {
        for (email, name, role) in [
            ("manager@clusterdesk.example", "Ane Etxeberria", Role::ClusterManager),
            ("staff@clusterdesk.example", "Iker Agirre", Role::Staff),
            ("board@clusterdesk.example", "Miren Urrutia", Role::Board),
        ] {
            let id = access::upsert_user(&app.db, email, name, Some(&hash), false).await?;
            access::grant_role(&app.db, id, mobility.cluster_id(), role).await?;
            languages.push((id, mobility.cluster().language()));
        }
    }
    let mut tx = app.begin().await?;
    for (user, language) in languages {
        store::account::set_language(&mut tx, user, Some(language.code())).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The slugs of the demo clusters, in the order of the demo.
pub fn demo_slugs() -> Vec<&'static str> {
    PROFILES.iter().map(|p| p.slug).collect()
}

/// A day before any record: both databases hold it (PostgreSQL refuses chrono's minimum).
const EPOCH: chrono::NaiveDate = chrono::NaiveDate::from_ymd_opt(1900, 1, 1).expect("a date");

/// The rules the product keeps, checked over every cluster of the installation: what the demo
/// (or any seeding) must never show, since no use case would let it happen. Each broken rule is
/// one line: the cluster, the record, and the rule.
pub async fn broken_rules(app: &App) -> Result<Vec<String>, Error> {
    use std::collections::HashMap;
    let mut broken = Vec::new();
    for cluster in store::cluster::all(&app.db).await? {
        let scope = access::operator_scope(&app.db, &cluster.slug).await?.ok_or(Error::NotFound("cluster"))?;
        let slug = &cluster.slug;
        let today = app.today(&scope);
        let mut say = |what: String| broken.push(format!("{slug}: {what}"));

        // Memberships: applied, then started, then ended; a fee invoice after the application.
        let memberships = store::membership::all_memberships(&app.db, &scope, EPOCH).await?;
        let by_id: HashMap<Uuid, &domain::membership::Membership> = memberships.iter().map(|m| (m.id, m)).collect();
        for m in &memberships {
            if m.starts_on.is_some_and(|s| s < m.applied_on) {
                say(format!("membership {} starts before it was applied for", m.id));
            }
            if let (Some(s), Some(t)) = (m.starts_on, m.terminated_on)
                && t < s
            {
                say(format!("membership {} ends before it starts", m.id));
            }
        }
        let invoices = store::invoice::all_with_customers(&app.db, &scope).try_collect::<Vec<_>>().await?;
        let mut numbers: HashMap<i32, Vec<(String, chrono::NaiveDate)>> = HashMap::new();
        for domain::invoice::InvoiceWithCustomer { invoice: i, .. } in &invoices {
            if i.draft {
                continue;
            }
            if i.issued_on > today {
                say(format!("invoice {} is issued after today", i.number));
            }
            if i.due_on < i.issued_on {
                say(format!("invoice {} falls due before it is issued", i.number));
            }
            if let Some(m) = i.membership_id.and_then(|m| by_id.get(&m))
                && i.kind == domain::invoice::InvoiceKind::Fee
                && i.issued_on < m.applied_on
            {
                say(format!(
                    "fee invoice {} is issued on {} for a membership applied for on {}",
                    i.number, i.issued_on, m.applied_on
                ));
            }
            if !i.is_receivable() && i.paid_minor != 0 {
                say(format!("invoice {} is paid on though nothing is owed on it", i.number));
            }
            numbers.entry(chrono::Datelike::year(&i.issued_on)).or_default().push((i.number.clone(), i.issued_on));
        }
        for (year, mut issued) in numbers {
            issued.sort();
            for (n, pair) in issued.windows(2).enumerate() {
                if pair[1].1 < pair[0].1 {
                    say(format!(
                        "invoice {} of {year} is dated before {}, which comes before it",
                        pair[1].0, pair[0].0
                    ));
                }
                let expected = store::invoice::invoice_number(year, n as i64 + 2);
                if pair[1].0 != expected {
                    say(format!("the numbers of {year} skip from {} to {}", pair[0].0, pair[1].0));
                }
            }
        }
        for p in store::invoice::payments(&app.db, &scope).try_collect::<Vec<_>>().await? {
            if p.paid_on > today {
                say(format!("a payment of {} is received after today", p.paid_on));
            }
        }

        // Events: never more seats taken than there are; nobody waits while a seat is free;
        // attendance only for who holds a seat, once the event is over.
        let local_now = app.local_now(&scope);
        for e in store::event::list(&app.db, &scope, EPOCH.and_time(chrono::NaiveTime::MIN)).await? {
            if let Some(c) = e.fields.capacity {
                if e.registered > c {
                    say(format!("event '{}' has {} seats taken of {c}", e.fields.title, e.registered));
                }
                if e.waitlisted > 0 && domain::event::free_seats(Some(c), e.registered) > 0 {
                    say(format!("on '{}', {} wait while a seat is free", e.fields.title, e.waitlisted));
                }
            } else if e.waitlisted > 0 {
                say(format!("'{}' has no capacity, yet {} wait", e.fields.title, e.waitlisted));
            }
            for r in store::event::registrations_of(&app.db, &scope, e.id).await? {
                if r.attendance.is_some() && !r.may_record_attendance(e.check_in_open(local_now)) {
                    say(format!(
                        "{} has an attendance on '{}' without a seat or before it began",
                        r.name(),
                        e.fields.title
                    ));
                }
            }
        }
    }
    Ok(broken)
}
