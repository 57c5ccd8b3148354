//! Interactions and interviews, and the timeline of an organisation.

use chrono::NaiveDate;
use domain::Invalid;
use domain::id::Uuid;
use domain::interaction::{InteractionInput, InteractionKind};
use store::interaction::{Interaction, InterviewTemplate};

use crate::auth::{Allows, Edit, Read};
use crate::{Actor, App, Error};

/// An interaction to record, with the records it refers to and an interview's answers.
#[derive(Debug, Clone, Default)]
pub struct NewInteraction {
    pub organisation_id: Option<Uuid>,
    pub contact_id: Option<Uuid>,
    pub staff_user_id: Option<Uuid>,
    pub template_id: Option<Uuid>,
    pub input: InteractionInput,
    /// One answer per question of the template, in order.
    pub answers: Vec<String>,
}

/// The people of the cluster's team (users with a role in it).
pub async fn members(app: &App, scope: &impl Allows<Read>) -> Result<Vec<store::access::Member>, Error> {
    let scope = scope.checked()?;
    Ok(store::access::cluster_members(&app.db, scope).await?)
}

/// Records an interaction; an interview keeps its answers per question of its template.
pub async fn create(
    app: &App,
    scope: &impl Allows<Edit>,
    actor: &Actor,
    new: &NewInteraction,
) -> Result<Interaction, Error> {
    let scope = scope.checked()?;
    let mut problems = Vec::new();
    let Some(organisation_id) = new.organisation_id else {
        return Err(Invalid::one("organisation_id", i18n::said("invalid-app-interaction-organisation")).into());
    };
    let organisation = crate::organisation::get(app, scope, organisation_id).await?;
    if let Some(contact) = new.contact_id {
        let at = crate::contact::get(app, scope, contact).await.ok().map(|c| c.organisation_id);
        if at != Some(organisation.id) {
            problems.push(domain::FieldError::new("contact_id", i18n::said("invalid-app-interaction-contact")));
        }
    }
    if let Some(staff) = new.staff_user_id
        && !members(app, scope).await?.iter().any(|m| m.id == staff)
    {
        problems.push(domain::FieldError::new("staff_user_id", i18n::said("invalid-app-interaction-staff")));
    }
    let mut answers = Vec::new();
    if let Some(template_id) = new.template_id {
        let template = templates(app, scope).await?.into_iter().find(|t| t.id == template_id);
        match template {
            None => {
                problems.push(domain::FieldError::new("template_id", i18n::said("invalid-app-interaction-template")))
            }
            Some(t) => {
                if new.answers.iter().all(|a| a.trim().is_empty()) {
                    problems.push(domain::FieldError::new("answers", i18n::said("invalid-app-interaction-answers")));
                }
                answers = t
                    .questions
                    .iter()
                    .zip(new.answers.iter().map(|a| a.trim().to_string()).chain(std::iter::repeat(String::new())))
                    .map(|(q, a)| (q.clone(), a))
                    .collect();
            }
        }
    }
    let parsed = new.input.parse(organisation.id, new.contact_id, new.staff_user_id, new.template_id);
    if let Ok(f) = &parsed
        && new.template_id.is_some()
        && f.kind != InteractionKind::Interview
    {
        problems.push(domain::FieldError::new("kind", i18n::said("invalid-app-interaction-template-kind")));
    }
    let fields = match parsed {
        Ok(f) if problems.is_empty() => f,
        Ok(_) => return Err(Invalid(problems).into()),
        Err(mut invalid) => {
            invalid.0.extend(problems);
            return Err(invalid.into());
        }
    };
    let id = store::interaction::insert(&app.db, scope, &fields, &answers, actor.email())
        .await?
        .ok_or(Error::NotFound("organisation"))?;
    get(app, scope, id).await.map(|(i, _)| i)
}

/// An interaction and, for an interview, its questions and answers.
pub async fn get(
    app: &App,
    scope: &impl Allows<Read>,
    id: Uuid,
) -> Result<(Interaction, Vec<(String, String)>), Error> {
    let scope = scope.checked()?;
    let interaction = store::interaction::get(&app.db, scope, id).await?.ok_or(Error::NotFound("interaction"))?;
    let answers = store::interaction::answers(&app.db, scope, id).await?;
    Ok((interaction, answers))
}

pub async fn of_organisation(
    app: &App,
    scope: &impl Allows<Read>,
    organisation_id: Uuid,
) -> Result<Vec<Interaction>, Error> {
    let scope = scope.checked()?;
    Ok(store::interaction::of_organisation(&app.db, scope, organisation_id).await?)
}

pub async fn of_contact(app: &App, scope: &impl Allows<Read>, contact_id: Uuid) -> Result<Vec<Interaction>, Error> {
    let scope = scope.checked()?;
    Ok(store::interaction::of_contact(&app.db, scope, contact_id).await?)
}

pub async fn recent(app: &App, scope: &impl Allows<Read>, limit: i64) -> Result<Vec<Interaction>, Error> {
    let scope = scope.checked()?;
    Ok(store::interaction::recent(&app.db, scope, limit).await?)
}

pub async fn templates(app: &App, scope: &impl Allows<Read>) -> Result<Vec<InterviewTemplate>, Error> {
    let scope = scope.checked()?;
    Ok(store::interaction::templates(&app.db, scope).await?)
}

/// Adds an interview template: a name and its questions, one a line.
pub async fn create_template(
    app: &App,
    scope: &impl Allows<Edit>,
    name: &str,
    questions: &str,
) -> Result<InterviewTemplate, Error> {
    let scope = scope.checked()?;
    let mut problems = Vec::new();
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 120 {
        problems.push(domain::FieldError::new("name", i18n::said("invalid-app-interaction-template-name")));
    }
    let questions: Vec<String> = questions.lines().map(str::trim).filter(|q| !q.is_empty()).map(String::from).collect();
    if questions.is_empty() || questions.len() > 60 {
        problems.push(domain::FieldError::new("questions", i18n::said("invalid-app-interaction-template-questions")));
    }
    if !problems.is_empty() {
        return Err(Invalid(problems).into());
    }
    let id = store::interaction::insert_template(&app.db, scope, name, &questions).await?;
    Ok(InterviewTemplate { id, name: name.to_string(), questions })
}

/// One entry of an organisation's timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineEntry {
    Interaction(Interaction),
    Task(store::task::Task),
}

impl TimelineEntry {
    /// The day the entry stands at: an interaction's day, a task's due day (or creation).
    pub fn day(&self) -> NaiveDate {
        match self {
            TimelineEntry::Interaction(i) => i.occurred_on,
            TimelineEntry::Task(t) => t.due_on.unwrap_or_else(|| t.created_at.date_naive()),
        }
    }
}

/// An organisation's interactions and tasks, open and done, newest first.
pub async fn timeline(
    app: &App,
    scope: &impl Allows<Read>,
    organisation_id: Uuid,
) -> Result<Vec<TimelineEntry>, Error> {
    let scope = scope.checked()?;
    let mut entries: Vec<TimelineEntry> =
        of_organisation(app, scope, organisation_id).await?.into_iter().map(TimelineEntry::Interaction).collect();
    for done in [false, true] {
        let filter = store::task::TaskFilter { organisation_id: Some(organisation_id), done, ..Default::default() };
        entries.extend(store::task::list(&app.db, scope, &filter).await?.into_iter().map(TimelineEntry::Task));
    }
    entries.sort_by_key(|e| std::cmp::Reverse(e.day()));
    Ok(entries)
}
