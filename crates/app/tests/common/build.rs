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
