//! GDPR: consent per person, channel and purpose; an export of everything stored about one
//! person; and erasure that anonymises the person everywhere while every count stays right.
//! Exports and erasures are recorded.

use domain::consent::ConsentInput;
use domain::id::Uuid;
use store::privacy::{Consent, PrivacyEvent};

use crate::auth::{Allows, Edit, Manage, Read};
use crate::{App, Error};

pub async fn consents(app: &App, scope: &impl Allows<Read>, contact_id: Uuid) -> Result<Vec<Consent>, Error> {
    let scope = scope.checked()?;
    crate::contact::get(app, scope, contact_id).await?;
    Ok(store::privacy::consents_of(&app.db, scope, contact_id).await?)
}

/// Records a consent given by a contact.
pub async fn give(
    app: &App,
    scope: &impl Allows<Edit>,
    by: &str,
    contact_id: Uuid,
    input: &ConsentInput,
) -> Result<Consent, Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    let fields = input.parse(today)?;
    let mut tx = app.begin().await?;
    store::contact::lock(&mut tx, scope, contact_id).await?.ok_or(Error::NotFound("contact"))?;
    let id = store::privacy::insert_consent(&mut tx, scope, contact_id, &fields, by).await?;
    tx.commit().await?;
    let all = store::privacy::consents_of(&app.db, scope, contact_id).await?;
    all.into_iter().find(|c| c.id == id).ok_or(Error::Internal("consent vanished".into()))
}

/// Withdraws a consent; it stays, marked withdrawn, as the record of what was agreed. Returns
/// the contact it belonged to.
pub async fn withdraw(app: &App, scope: &impl Allows<Edit>, by: &str, consent_id: Uuid) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    store::privacy::withdraw(&app.db, scope, consent_id, by).await?.ok_or(Error::NotFound("current consent"))
}

pub async fn events(app: &App, scope: &impl Allows<Read>, contact_id: Uuid) -> Result<Vec<PrivacyEvent>, Error> {
    let scope = scope.checked()?;
    Ok(store::privacy::events_of(&app.db, scope, contact_id).await?)
}

/// Everything stored about one person, as JSON; the export is recorded.
pub async fn export_person(
    app: &App,
    scope: &impl Allows<Edit>,
    by: &str,
    contact_id: Uuid,
) -> Result<serde_json::Value, Error> {
    let scope = scope.checked()?;
    let c = crate::contact::get(app, scope, contact_id).await?;
    let consents = store::privacy::consents_of(&app.db, scope, contact_id).await?;
    let mut interactions = Vec::new();
    for i in crate::interaction::of_contact(app, scope, contact_id).await? {
        let answers = store::interaction::answers(&app.db, scope, i.id).await?;
        interactions.push(serde_json::json!({
            "kind": i.kind.code(),
            "day": i.occurred_on,
            "organisation": i.organisation_name,
            "subject": i.subject,
            "notes": i.notes,
            "answers": answers.into_iter().map(|(q, a)| serde_json::json!({"question": q, "answer": a})).collect::<Vec<_>>(),
        }));
    }
    let mut tasks = Vec::new();
    for done in [false, true] {
        let filter = store::task::TaskFilter { contact_id: Some(contact_id), done, ..Default::default() };
        tasks.extend(
            store::task::list(&app.db, scope, &filter)
                .await?
                .into_iter()
                .map(|t| serde_json::json!({"title": t.title, "due_on": t.due_on, "done_at": t.done_at})),
        );
    }
    let history = crate::contact::history(app, scope, contact_id).await?;
    let registrations: Vec<_> = history
        .events
        .iter()
        .map(|e| {
            serde_json::json!({
                "event": e.title,
                "starts_at": e.starts_at,
                "status": e.status.code(),
                "attendance": e.attendance.map(|a| a.code()),
            })
        })
        .collect();
    let groups: Vec<_> = history
        .groups
        .iter()
        .map(|g| serde_json::json!({"working_group": g.name, "joined_on": g.joined_on, "left_on": g.left_on}))
        .collect();
    // Whether an anonymous survey was answered is not linked to the person, so it is not theirs.
    let surveys: Vec<_> = history
        .surveys
        .iter()
        .map(|v| {
            serde_json::json!({
                "survey": v.title,
                "invited_at": v.invited_at,
                "answered": (!v.anonymous).then_some(v.answered),
            })
        })
        .collect();
    store::privacy::record_export(&app.db, scope, contact_id, by).await?;
    let events = store::privacy::events_of(&app.db, scope, contact_id).await?;
    Ok(serde_json::json!({
        "exported_at": store::now(),
        "exported_by": by,
        "cluster": scope.cluster().name,
        "person": {
            "id": c.id,
            "first_name": c.fields.first_name,
            "last_name": c.fields.last_name,
            "email": c.fields.email,
            "phone": c.fields.phone,
            "position": c.fields.position,
            "roles_in_the_cluster": c.fields.cluster_roles,
            "billing_contact": c.fields.billing_contact,
            "organisation": c.organisation_name,
            "created_at": c.created_at,
            "updated_at": c.updated_at,
            "archived_at": c.archived_at,
        },
        "consents": consents,
        "interactions": interactions,
        "tasks": tasks,
        "registrations": registrations,
        "working_groups": groups,
        "surveys": surveys,
        "privacy_events": events,
    }))
}

/// Anonymises a person everywhere. Only a cluster manager may; it cannot be undone.
pub async fn erase_person(app: &App, scope: &impl Allows<Manage>, by: &str, contact_id: Uuid) -> Result<(), Error> {
    let scope = scope.checked()?;
    if store::privacy::erase(&app.db, scope, contact_id, by).await? { Ok(()) } else { Err(Error::NotFound("contact")) }
}

/// The contact with this email in the cluster, for the command line.
pub async fn contact_by_email(
    app: &App,
    scope: &impl Allows<Read>,
    email: &str,
) -> Result<store::contact::Contact, Error> {
    let scope = scope.checked()?;
    let key = email.trim().to_lowercase();
    let all = store::contact::all_for_matching(&app.db, scope).await?;
    let mut found = all.into_iter().filter(|c| c.fields.email_key().as_deref() == Some(key.as_str()));
    match (found.next(), found.next()) {
        (Some(c), None) => Ok(c),
        (None, _) => Err(Error::NotFound("contact with that email")),
        (Some(_), Some(_)) => Err(Error::BadRequest(i18n::said_with(
            "invalid-privacy-email-of-several-contacts",
            &[("email", email.to_string())],
        ))),
    }
}
