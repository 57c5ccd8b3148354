//! Contacts: people at the cluster's organisations.

use domain::access::Permission;
use domain::contact::ContactInput;
use domain::id::Uuid;
use store::Page;
use store::contact::{self as repo, Contact, ContactFilter};

use crate::auth::require;
use crate::{App, ClusterScope, Error, Paging};

pub async fn list(
    app: &App,
    scope: &ClusterScope,
    filter: &ContactFilter,
    paging: Paging,
) -> Result<Page<Contact>, Error> {
    require(scope, Permission::Read)?;
    Ok(repo::list(&app.db, scope, filter, paging.per_page, paging.offset()).await?)
}

pub async fn get(app: &App, scope: &ClusterScope, id: Uuid) -> Result<Contact, Error> {
    require(scope, Permission::Read)?;
    repo::get(&app.db, scope, id).await?.ok_or(Error::NotFound("contact"))
}

fn unknown_organisation() -> Error {
    Error::Invalid(domain::Invalid::one("organisation_id", "choose an organisation of this cluster"))
}

pub async fn create(
    app: &App,
    scope: &ClusterScope,
    organisation_id: Option<Uuid>,
    input: &ContactInput,
) -> Result<Contact, Error> {
    require(scope, Permission::Edit)?;
    let fields = parse_with_organisation(organisation_id, input)?;
    let id = repo::insert(&app.db, scope, fields.0, &fields.1).await?.ok_or_else(unknown_organisation)?;
    get(app, scope, id).await
}

pub async fn update(
    app: &App,
    scope: &ClusterScope,
    id: Uuid,
    organisation_id: Option<Uuid>,
    input: &ContactInput,
) -> Result<Contact, Error> {
    require(scope, Permission::Edit)?;
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
                errors.insert(0, domain::FieldError::new("organisation_id", "choose the contact's organisation"));
            }
            Err(Error::Invalid(domain::Invalid(errors)))
        }
    }
}

/// Archives a contact, or restores it with `archived = false`.
pub async fn set_archived(app: &App, scope: &ClusterScope, id: Uuid, archived: bool) -> Result<Contact, Error> {
    require(scope, Permission::Edit)?;
    if !repo::set_archived(&app.db, scope, id, archived).await? {
        return Err(Error::NotFound("contact"));
    }
    get(app, scope, id).await
}
