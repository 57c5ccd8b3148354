//! Contacts: people at the cluster's organisations.

use domain::contact::ContactInput;
use domain::id::Uuid;
use store::Page;
use store::contact::{self as repo, Contact, ContactFilter};

use crate::auth::{Allows, Edit, Read};
use crate::table::{Table, Value};
use crate::{App, Error, Paging};

pub async fn list(
    app: &App,
    scope: &impl Allows<Read>,
    filter: &ContactFilter,
    paging: Paging,
) -> Result<Page<Contact>, Error> {
    let scope = scope.checked()?;
    Ok(repo::list(&app.db, scope, filter, paging.per_page, paging.offset()).await?)
}

pub async fn get(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<Contact, Error> {
    let scope = scope.checked()?;
    repo::get(&app.db, scope, id).await?.ok_or(Error::NotFound("contact"))
}

fn unknown_organisation() -> Error {
    Error::Invalid(domain::Invalid::one("organisation_id", i18n::said("invalid-contact-choose-cluster-organisation")))
}

pub async fn create(
    app: &App,
    scope: &impl Allows<Edit>,
    organisation_id: Option<Uuid>,
    input: &ContactInput,
) -> Result<Contact, Error> {
    let scope = scope.checked()?;
    let fields = parse_with_organisation(organisation_id, input)?;
    let mut tx = app.begin().await?;
    let id = repo::insert(&mut tx, scope, fields.0, &fields.1).await?.ok_or_else(unknown_organisation)?;
    tx.commit().await?;
    get(app, scope, id).await
}

pub async fn update(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    organisation_id: Option<Uuid>,
    input: &ContactInput,
) -> Result<Contact, Error> {
    let scope = scope.checked()?;
    get(app, scope, id).await?;
    let (organisation_id, fields) = parse_with_organisation(organisation_id, input)?;
    match repo::update(&app.db, scope, id, organisation_id, &fields).await? {
        None => Err(Error::NotFound("contact")),
        Some(false) => Err(unknown_organisation()),
        Some(true) => get(app, scope, id).await,
    }
}

/// Checks the fields and that an organisation is chosen, reporting both at once.
fn parse_with_organisation(
    organisation_id: Option<Uuid>,
    input: &ContactInput,
) -> Result<(Uuid, domain::contact::ContactFields), Error> {
    match (organisation_id, input.parse()) {
        (Some(o), Ok(fields)) => Ok((o, fields)),
        (o, result) => {
            let mut errors = result.err().map(|e| e.0).unwrap_or_default();
            if o.is_none() {
                let message = i18n::said("invalid-contact-choose-organisation");
                errors.insert(0, domain::FieldError::new("organisation_id", message));
            }
            Err(Error::Invalid(domain::Invalid(errors)))
        }
    }
}

/// Archives a contact, or restores it with `archived = false`.
pub async fn set_archived(app: &App, scope: &impl Allows<Edit>, id: Uuid, archived: bool) -> Result<Contact, Error> {
    let scope = scope.checked()?;
    if !repo::set_archived(&app.db, scope, id, archived).await? {
        return Err(Error::NotFound("contact"));
    }
    get(app, scope, id).await
}

/// Columns of a contacts export, the import's fields: an export imports again unchanged.
const EXPORT_COLUMNS: [&str; 8] =
    ["first_name", "last_name", "organisation", "email", "phone", "position", "cluster_roles", "billing_contact"];

fn export_row(c: &Contact) -> [String; 8] {
    let f = &c.fields;
    [
        f.first_name.clone(),
        f.last_name.clone(),
        c.organisation_name.clone(),
        f.email.clone().unwrap_or_default(),
        f.phone.clone().unwrap_or_default(),
        f.position.clone().unwrap_or_default(),
        f.cluster_roles.clone().unwrap_or_default(),
        if f.billing_contact { "yes" } else { "no" }.to_string(),
    ]
}

/// The contacts that match the filter, as a table to export.
pub async fn export(app: &App, scope: &impl Allows<Read>, filter: &ContactFilter) -> Result<Table, Error> {
    let scope = scope.checked()?;
    let rows = repo::stream_all(&app.db, scope, filter);
    let row = |c: Contact| export_row(&c).into_iter().map(Value::Text).collect();
    Ok(Table::streamed("Contacts", EXPORT_COLUMNS.to_vec(), rows, row))
}

/// The contacts that match the filter as one vCard 4.0 file, in chunks as they are read.
pub async fn vcards(
    app: &App,
    scope: &impl Allows<Read>,
    filter: &ContactFilter,
) -> Result<futures_util::stream::BoxStream<'static, Result<Vec<u8>, Error>>, Error> {
    use futures_util::{StreamExt, TryStreamExt};
    let scope = scope.checked()?;
    Ok(crate::vcard::stream(repo::stream_all(&app.db, scope, filter).map_err(Error::from).boxed()))
}

/// The contacts that match the filter as CSV.
pub async fn export_csv(app: &App, scope: &impl Allows<Read>, filter: &ContactFilter) -> Result<Vec<u8>, Error> {
    export(app, scope, filter).await?.to_csv().await
}

/// The contacts that match the filter as an XLSX workbook.
pub async fn export_xlsx(app: &App, scope: &impl Allows<Read>, filter: &ContactFilter) -> Result<Vec<u8>, Error> {
    export(app, scope, filter).await?.to_xlsx().await
}

/// A person's history with the cluster: the events they registered for and whether they came,
/// their interactions with the team, the working groups they sat in and the surveys they were
/// sent, each the latest first. Their consents, and their organisation's membership and invoices,
/// have use cases of their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactHistory {
    pub events: Vec<store::history::EventTaken>,
    pub interactions: Vec<domain::interaction::Interaction>,
    pub groups: Vec<store::history::GroupSpell>,
    pub surveys: Vec<store::history::SurveySent>,
}

/// The history of the contact `id`, its four lists read at once; every list is empty for an id
/// that is no contact of this cluster (read the contact with [`get`] first).
pub async fn history(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<ContactHistory, Error> {
    let scope = scope.checked()?;
    let (events, interactions, groups, surveys) = tokio::try_join!(
        store::history::events_of(&app.db, scope, id),
        store::interaction::of_contact(&app.db, scope, id),
        store::history::groups_of(&app.db, scope, id),
        store::history::surveys_of(&app.db, scope, id),
    )?;
    Ok(ContactHistory { events, interactions, groups, surveys })
}
