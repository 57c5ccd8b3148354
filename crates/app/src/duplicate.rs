//! Likely duplicates, ranked with their reasons, and merges that keep everything on one record.

use std::collections::HashMap;

use domain::id::Uuid;
use domain::organisation::{ORGANISATION_FIELDS, OrganisationFields};
use store::duplicate::{Moved, Survivor};
use store::organisation::Organisation;

use crate::auth::{Allows, Edit, Read};
use crate::{App, Error};

/// One side of a likely duplicate.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Side {
    pub id: Uuid,
    pub label: String,
    /// Country, VAT id or organisation: what tells the two apart.
    pub detail: String,
}

/// Two records that are probably one, with how sure the scan is (0 to 100) and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Candidate {
    /// organisations or contacts.
    pub target: &'static str,
    pub a: Side,
    pub b: Side,
    pub score: u8,
    pub reasons: Vec<String>,
}

fn organisation_side(o: &Organisation) -> Side {
    let f = &o.fields;
    let detail = [
        f.country.as_ref().map(|c| c.as_str().to_string()),
        f.vat_id.clone(),
        f.employees.map(|e| i18n::said_with("invalid-duplicate-employees", &[("employees", e.to_string())])),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    Side { id: o.id, label: f.name.clone(), detail }
}

fn organisation_reasons(a: &OrganisationFields, b: &OrganisationFields) -> (u8, Vec<String>) {
    let mut reasons = Vec::new();
    let mut score = 0;
    if a.vat_id.is_some() && a.vat_id == b.vat_id {
        let vat_id = a.vat_id.as_deref().unwrap_or_default().to_string();
        reasons.push(i18n::said_with("invalid-duplicate-same-vat-id", &[("vat_id", vat_id)]));
        score = 100;
    }
    let key = domain::organisation::name_key(&a.name);
    if !key.is_empty() && key == domain::organisation::name_key(&b.name) {
        let same_country = a.country.is_some() && a.country == b.country;
        reasons.push(if same_country {
            i18n::said("invalid-duplicate-same-name-and-country")
        } else {
            i18n::said("invalid-duplicate-same-name-ignoring-form")
        });
        score = score.max(if same_country { 90 } else { 70 });
    }
    (score, reasons)
}

/// Pairs of current organisations that share a VAT id or a name key, each pair once (by the
/// index of its organisations in `all`, lower first). Grouping in memory beats a self-join on
/// indexes that every insert would have to keep up.
fn organisation_pairs(all: &[Organisation]) -> Vec<(usize, usize)> {
    let mut by_vat: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    let name_keys = crate::parallel::map(all, |o| domain::organisation::name_key(&o.fields.name));
    for ((i, o), key) in all.iter().enumerate().zip(name_keys).filter(|((_, o), _)| o.archived_at.is_none()) {
        if let Some(vat) = o.fields.vat_id.as_deref() {
            by_vat.entry(vat).or_default().push(i);
        }
        if !key.is_empty() {
            by_name.entry(key).or_default().push(i);
        }
    }
    let mut pairs: Vec<(usize, usize)> = by_vat
        .values()
        .chain(by_name.values())
        .flat_map(|group| {
            group.iter().enumerate().flat_map(move |(n, a)| group[n + 1..].iter().map(move |b| (*a.min(b), *a.max(b))))
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Scans the cluster's current organisations and contacts; the surest pairs first.
pub async fn scan(app: &App, scope: &impl Allows<Read>) -> Result<Vec<Candidate>, Error> {
    let scope = scope.checked()?;
    let organisations = store::organisation::all_for_matching(&app.db, scope).await?;
    let mut candidates = Vec::new();
    for (a, b) in organisation_pairs(&organisations) {
        let (a, b) = (&organisations[a], &organisations[b]);
        let (a, b) = if a.id < b.id { (a, b) } else { (b, a) };
        let (score, reasons) = organisation_reasons(&a.fields, &b.fields);
        candidates.push(Candidate {
            target: "organisations",
            a: organisation_side(a),
            b: organisation_side(b),
            score,
            reasons,
        });
    }
    let pairs = store::duplicate::contact_pairs(&app.db, scope).await?;
    if !pairs.is_empty() {
        let contacts: HashMap<Uuid, store::contact::Contact> =
            store::contact::all_for_matching(&app.db, scope).await?.into_iter().map(|c| (c.id, c)).collect();
        for (a, b) in pairs {
            let (Some(a), Some(b)) = (contacts.get(&a), contacts.get(&b)) else { continue };
            let side = |c: &store::contact::Contact| Side {
                id: c.id,
                label: c.fields.full_name(),
                detail: c.organisation_name.clone(),
            };
            let email = a.fields.email.clone().unwrap_or_default();
            let same_name = domain::text::fold(&a.fields.full_name()) == domain::text::fold(&b.fields.full_name());
            candidates.push(Candidate {
                target: "contacts",
                a: side(a),
                b: side(b),
                score: if same_name { 95 } else { 80 },
                reasons: std::iter::once(i18n::said_with("invalid-duplicate-same-email-address", &[("email", email)]))
                    .chain(same_name.then(|| i18n::said("invalid-duplicate-same-name")))
                    .collect(),
            });
        }
    }
    candidates.sort_by(|x, y| y.score.cmp(&x.score).then_with(|| x.a.label.cmp(&y.a.label)));
    Ok(candidates)
}

fn not_mergeable(message: String) -> Error {
    Error::BadRequest(message)
}

/// Folds organisation `merged` into `survivor`: every record that refers to it (contacts,
/// memberships with their history, invoices and payments, credit, registrations, interactions,
/// tasks, offers and needs, tags and value-chain terms; see
/// [`store::duplicate::ORGANISATION_REFERENCES`]) moves to the survivor, the survivor's empty
/// fields are filled from it, and it is archived as merged. Recorded with the reason. When both
/// hold a current membership, `keep_membership` says which stays; the other is terminated on the
/// day of the merge (a conflict on `keep_membership` until it is chosen).
pub async fn merge_organisations(
    app: &App,
    scope: &impl Allows<Edit>,
    survivor: Uuid,
    merged: Uuid,
    keep_membership: Option<Uuid>,
    by: &str,
) -> Result<Moved, Error> {
    let scope = scope.checked()?;
    // One unit of work: both records are read locked, so the survivor's fields are filled from
    // what they are at the merge, not from what they were a moment before.
    let mut tx = app.begin().await?;
    let keep = store::organisation::lock(&mut tx, scope, survivor).await?.ok_or(Error::NotFound("organisation"))?;
    let gone = store::organisation::lock(&mut tx, scope, merged).await?.ok_or(Error::NotFound("organisation"))?;
    if survivor == merged {
        return Err(not_mergeable(i18n::said("invalid-duplicate-organisation-into-itself")));
    }
    if gone.archived_at.is_some() || keep.archived_at.is_some() {
        return Err(not_mergeable(i18n::said("invalid-duplicate-organisations-archived")));
    }
    let mut fields = keep.fields.to_input();
    let other = gone.fields.to_input();
    let mut filled = Vec::new();
    for f in ORGANISATION_FIELDS {
        if fields.field(f).is_none()
            && let Some(v) = other.field(f)
        {
            fields.set_field(f, v.to_string());
            filled.push(f.to_string());
        }
    }
    let fields = fields.parse(scope.cluster().base_currency)?;
    let mut current = Vec::new();
    for organisation in [survivor, merged] {
        let held = store::membership::memberships_of(&mut tx, scope, organisation).await?;
        current.extend(held.into_iter().filter(|m| m.terminated_on.is_none()));
    }
    if current.len() > 1 {
        let Some(kept) = keep_membership.filter(|k| current.iter().any(|m| m.id == *k)) else {
            return Err(Error::conflict("keep_membership", i18n::said("invalid-duplicate-choose-membership")));
        };
        let today = app.today(scope);
        for m in current.iter().filter(|m| m.id != kept) {
            let ends = store::membership::MembershipChange::Terminate(today.max(m.applied_on));
            store::membership::change(&mut tx, scope, m.id, ends, by).await?;
        }
    }
    let (_, reasons) = organisation_reasons(&keep.fields, &gone.fields);
    let reason = if reasons.is_empty() { i18n::said("invalid-duplicate-chosen-by-hand") } else { reasons.join("; ") };
    let moved =
        store::duplicate::merge(&mut tx, scope, survivor, &Survivor::Organisation(fields), merged, &reason, by, filled)
            .await?
            .ok_or_else(|| not_mergeable(i18n::said("invalid-duplicate-organisations-archived")))?;
    tx.commit().await?;
    Ok(moved)
}

/// Folds contact `merged` into `survivor`, filling the survivor's empty fields from it.
pub async fn merge_contacts(
    app: &App,
    scope: &impl Allows<Edit>,
    survivor: Uuid,
    merged: Uuid,
    by: &str,
) -> Result<Moved, Error> {
    let scope = scope.checked()?;
    let mut tx = app.begin().await?;
    let keep = store::contact::lock(&mut tx, scope, survivor).await?.ok_or(Error::NotFound("contact"))?;
    let gone = store::contact::lock(&mut tx, scope, merged).await?.ok_or(Error::NotFound("contact"))?;
    if survivor == merged {
        return Err(not_mergeable(i18n::said("invalid-duplicate-contact-into-itself")));
    }
    if gone.archived_at.is_some() || keep.archived_at.is_some() {
        return Err(not_mergeable(i18n::said("invalid-duplicate-contacts-archived")));
    }
    let mut fields = keep.fields.clone();
    let mut filled = Vec::new();
    for (name, slot, other) in [
        ("email", &mut fields.email, &gone.fields.email),
        ("phone", &mut fields.phone, &gone.fields.phone),
        ("position", &mut fields.position, &gone.fields.position),
        ("cluster_roles", &mut fields.cluster_roles, &gone.fields.cluster_roles),
    ] {
        if slot.is_none() && other.is_some() {
            *slot = other.clone();
            filled.push(name.to_string());
        }
    }
    if gone.fields.billing_contact && !fields.billing_contact {
        fields.billing_contact = true;
        filled.push("billing_contact".to_string());
    }
    let same_email = keep.fields.email_key().is_some() && keep.fields.email_key() == gone.fields.email_key();
    let reason = if same_email {
        i18n::said("invalid-duplicate-same-email")
    } else {
        i18n::said("invalid-duplicate-chosen-by-hand")
    };
    let survivor_fields = Survivor::Contact(keep.organisation_id, fields);
    let moved = store::duplicate::merge(&mut tx, scope, survivor, &survivor_fields, merged, &reason, by, filled)
        .await?
        .ok_or_else(|| not_mergeable(i18n::said("invalid-duplicate-contacts-archived")))?;
    tx.commit().await?;
    Ok(moved)
}

/// The merges into or of a record.
pub async fn merges_of(
    app: &App,
    scope: &impl Allows<Read>,
    record: Uuid,
) -> Result<Vec<store::duplicate::MergeRecord>, Error> {
    let scope = scope.checked()?;
    Ok(store::duplicate::merges_of(&app.db, scope, record).await?)
}
