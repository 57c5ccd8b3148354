//! Value chains: the network's taxonomy of segments and technologies (kept by network
//! administrators), each organisation's segments, and its offers and needs.

use domain::id::Uuid;
use domain::value_chain::{Direction, OfferOrNeed, Term, TermKind};

use crate::auth::{Allows, Edit, Read};
use crate::{Actor, App, Error};

pub async fn terms(app: &App, scope: &impl Allows<Read>) -> Result<Vec<Term>, Error> {
    let scope = scope.checked()?;
    Ok(store::value_chain::terms(&app.db, scope).await?)
}

/// Adds a term to the network's taxonomy; network administrators only, since every cluster of
/// the network shares it.
pub async fn add_term(
    app: &App,
    scope: &impl Allows<Read>,
    actor: &Actor,
    kind: &str,
    name: &str,
) -> Result<Term, Error> {
    let scope = scope.checked()?;
    if !actor.is_network_admin() {
        return Err(Error::Forbidden("the network's taxonomy is kept by network administrators"));
    }
    let mut problems = Vec::new();
    let kind = TermKind::parse(kind)
        .map_err(|_| problems.push(domain::FieldError::new("kind", i18n::said("invalid-app-value-chain-kind"))))
        .ok();
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 120 {
        problems.push(domain::FieldError::new("name", i18n::said("invalid-app-interaction-template-name")));
    }
    let existing = terms(app, scope).await?;
    if existing.iter().any(|t| Some(t.kind) == kind && domain::text::fold(&t.name) == domain::text::fold(name)) {
        problems.push(domain::FieldError::new("name", i18n::said("invalid-app-value-chain-term-exists")));
    }
    let (Some(kind), true) = (kind, problems.is_empty()) else {
        return Err(domain::Invalid(problems).into());
    };
    let id = store::value_chain::add_term(&app.db, scope, kind, name).await?;
    Ok(Term { id, kind, name: name.to_string() })
}

pub async fn of_organisation(app: &App, scope: &impl Allows<Read>, organisation_id: Uuid) -> Result<Vec<Term>, Error> {
    let scope = scope.checked()?;
    Ok(store::value_chain::of_organisation(&app.db, scope, organisation_id).await?)
}

/// Sets an organisation's segments and technologies to these terms of the network.
pub async fn set_terms(
    app: &App,
    scope: &impl Allows<Edit>,
    organisation_id: Uuid,
    term_ids: &[Uuid],
) -> Result<Vec<Term>, Error> {
    let scope = scope.checked()?;
    crate::organisation::get(app, scope, organisation_id).await?;
    let known = terms(app, scope).await?;
    if let Some(unknown) = term_ids.iter().find(|id| !known.iter().any(|t| t.id == **id)) {
        return Err(domain::Invalid::one(
            "term_ids",
            i18n::said_with("invalid-app-value-chain-unknown-term", &[("id", unknown.to_string())]),
        )
        .into());
    }
    let mut ids = term_ids.to_vec();
    ids.sort();
    ids.dedup();
    store::value_chain::set_organisation_terms(&app.db, scope, organisation_id, &ids).await?;
    of_organisation(app, scope, organisation_id).await
}

pub async fn offers_and_needs(
    app: &App,
    scope: &impl Allows<Read>,
    organisation_id: Uuid,
) -> Result<Vec<OfferOrNeed>, Error> {
    let scope = scope.checked()?;
    Ok(store::value_chain::offers_and_needs(&app.db, scope, organisation_id).await?)
}

/// Records something an organisation offers (a capability, technology, product) or needs.
pub async fn add_offer_or_need(
    app: &App,
    scope: &impl Allows<Edit>,
    organisation_id: Uuid,
    direction: &str,
    title: &str,
    description: Option<&str>,
    term_id: Option<Uuid>,
) -> Result<OfferOrNeed, Error> {
    let scope = scope.checked()?;
    crate::organisation::get(app, scope, organisation_id).await?;
    let mut problems = Vec::new();
    let direction =
        Direction::parse(direction).map_err(|why| problems.push(domain::FieldError::new("direction", why))).ok();
    let title = title.trim();
    if title.is_empty() || title.chars().count() > 200 {
        problems.push(domain::FieldError::new("title", i18n::said("invalid-app-value-chain-title")));
    }
    if let Some(t) = term_id
        && !terms(app, scope).await?.iter().any(|k| k.id == t)
    {
        problems.push(domain::FieldError::new("term_id", i18n::said("invalid-app-value-chain-choose-term")));
    }
    let (Some(direction), true) = (direction, problems.is_empty()) else {
        return Err(domain::Invalid(problems).into());
    };
    let description = description.map(str::trim).filter(|d| !d.is_empty());
    let id =
        store::value_chain::add_offer_or_need(&app.db, scope, organisation_id, direction, title, description, term_id)
            .await?
            .ok_or(Error::NotFound("organisation"))?;
    offers_and_needs(app, scope, organisation_id)
        .await?
        .into_iter()
        .find(|o| o.id == id)
        .ok_or(Error::Internal("offer vanished".into()))
}

/// Removes an offer or need; returns the organisation it was of.
pub async fn remove_offer_or_need(app: &App, scope: &impl Allows<Edit>, id: Uuid) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    store::value_chain::remove_offer_or_need(&app.db, scope, id).await?.ok_or(Error::NotFound("offer or need"))
}
