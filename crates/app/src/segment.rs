//! Tags on organisations, and segments: filters saved under a name ("SMEs in mobility without a
//! project") that later modules reuse for mailings and surveys.

use domain::id::Uuid;
use store::contact::Contact;
use store::organisation::Organisation;
use store::tag::Tag;

use crate::auth::{Allows, Edit, Read};
use crate::organisation::FilterInput;
use crate::{App, Error};

/// Puts a tag on an organisation; the tag is made on first use.
pub async fn tag(app: &App, scope: &impl Allows<Edit>, organisation_id: Uuid, name: &str) -> Result<(), Error> {
    let scope = scope.checked()?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 60 {
        return Err(domain::Invalid::one("name", i18n::said("invalid-app-segment-tag-length")).into());
    }
    crate::organisation::get(app, scope, organisation_id).await?;
    let mut tx = app.begin().await?;
    store::tag::attach(&mut tx, scope, organisation_id, name).await?.ok_or(Error::NotFound("organisation"))?;
    tx.commit().await?;
    Ok(())
}

pub async fn untag(app: &App, scope: &impl Allows<Edit>, organisation_id: Uuid, tag_id: Uuid) -> Result<(), Error> {
    let scope = scope.checked()?;
    if store::tag::detach(&app.db, scope, organisation_id, tag_id).await? {
        Ok(())
    } else {
        Err(Error::NotFound("tag"))
    }
}

pub async fn tags_of(
    app: &App,
    scope: &impl Allows<Read>,
    organisation_id: Uuid,
) -> Result<Vec<(Uuid, String)>, Error> {
    let scope = scope.checked()?;
    Ok(store::tag::of_organisation(&app.db, scope, organisation_id).await?)
}

pub async fn tags(app: &App, scope: &impl Allows<Read>) -> Result<Vec<Tag>, Error> {
    let scope = scope.checked()?;
    Ok(store::tag::all(&app.db, scope).await?)
}

/// A segment with its filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub id: Uuid,
    pub name: String,
    pub filter: FilterInput,
    pub created_by: String,
}

fn segment(s: store::tag::Segment) -> Result<Segment, Error> {
    let filter = serde_json::from_str(&s.filter_json).map_err(|e| Error::Internal(e.to_string()))?;
    Ok(Segment { id: s.id, name: s.name, filter, created_by: s.created_by })
}

/// Saves a filter under a name; the filter is checked first. A name taken by another segment
/// (in any case or accents) is [`Error::Conflict`] on `name`.
pub async fn save(
    app: &App,
    scope: &impl Allows<Edit>,
    name: &str,
    filter: &FilterInput,
    by: &str,
) -> Result<Segment, Error> {
    let scope = scope.checked()?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 120 {
        return Err(domain::Invalid::one("name", i18n::said("invalid-app-interaction-template-name")).into());
    }
    filter.parse()?;
    let json = serde_json::to_string(filter).map_err(|e| Error::Internal(e.to_string()))?;
    let id = store::tag::insert_segment(&app.db, scope, name, &json, by).await.map_err(|e| match Error::from(e) {
        Error::Conflict(_) => {
            Error::conflict("name", i18n::said_with("invalid-app-segment-name-taken", &[("name", name.to_string())]))
        }
        other => other,
    })?;
    get(app, scope, id).await
}

pub async fn list(app: &App, scope: &impl Allows<Read>) -> Result<Vec<Segment>, Error> {
    let scope = scope.checked()?;
    let mut segments: Vec<Segment> =
        store::tag::segments(&app.db, scope).await?.into_iter().map(segment).collect::<Result<_, _>>()?;
    i18n::sort_by_name(i18n::reader(), &mut segments, |s| &s.name);
    Ok(segments)
}

pub async fn get(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<Segment, Error> {
    let scope = scope.checked()?;
    segment(store::tag::segment(&app.db, scope, id).await?.ok_or(Error::NotFound("segment"))?)
}

pub async fn delete(app: &App, scope: &impl Allows<Edit>, id: Uuid) -> Result<(), Error> {
    let scope = scope.checked()?;
    if store::tag::delete_segment(&app.db, scope, id).await? { Ok(()) } else { Err(Error::NotFound("segment")) }
}

/// The organisations a segment selects now.
pub async fn organisations(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<Vec<Organisation>, Error> {
    let scope = scope.checked()?;
    let s = get(app, scope, id).await?;
    Ok(store::organisation::list_all(&app.db, scope, &s.filter.parse()?).await?)
}

/// The current contacts of the organisations a segment selects as one vCard 4.0 file, in chunks
/// as they are read.
pub async fn vcards(
    app: &App,
    scope: &impl Allows<Read>,
    id: Uuid,
) -> Result<futures_util::stream::BoxStream<'static, Result<Vec<u8>, Error>>, Error> {
    use futures_util::{StreamExt, TryStreamExt};
    let scope = scope.checked()?;
    let organisations: std::collections::HashSet<Uuid> =
        organisations(app, scope, id).await?.into_iter().map(|o| o.id).collect();
    let contacts = store::contact::stream_all(&app.db, scope, &Default::default())
        .map_err(Error::from)
        .try_filter(move |c| std::future::ready(organisations.contains(&c.organisation_id)));
    Ok(crate::vcard::stream(contacts.boxed()))
}

/// The current contacts of the organisations a segment selects: who a mailing or survey reaches.
pub async fn contacts(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<Vec<Contact>, Error> {
    let scope = scope.checked()?;
    let organisations: std::collections::HashSet<Uuid> =
        organisations(app, scope, id).await?.into_iter().map(|o| o.id).collect();
    let all = store::contact::list(&app.db, scope, &Default::default(), i64::MAX, 0).await?.items;
    Ok(all.into_iter().filter(|c| organisations.contains(&c.organisation_id)).collect())
}
