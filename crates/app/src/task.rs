//! Follow-up tasks and "my tasks".

use domain::Invalid;
use domain::id::Uuid;
use domain::task::{TaskInput, TaskLinks};
use store::task::{Task, TaskFilter};

use crate::auth::{Allows, Edit, Read};
use crate::{Actor, App, Error};

/// Records a task. The assignee must be one of [`assignees`]; what the task is about must be the
/// cluster's.
pub async fn create(
    app: &App,
    scope: &impl Allows<Edit>,
    actor: &Actor,
    input: &TaskInput,
    links: TaskLinks,
) -> Result<Task, Error> {
    let scope = scope.checked()?;
    // What the task is about must exist in the cluster: not found before anything else.
    if let Some(o) = links.organisation_id {
        crate::organisation::get(app, scope, o).await?;
    }
    if let Some(c) = links.contact_id {
        crate::contact::get(app, scope, c).await?;
    }
    if let Some(i) = links.interaction_id {
        crate::interaction::get(app, scope, i).await?;
    }
    let mut problems = Vec::new();
    if let Some(assignee) = links.assignee_id
        && !assignees(app, scope).await?.iter().any(|m| m.id == assignee)
    {
        problems.push(domain::FieldError::new("assignee_id", i18n::said("invalid-app-task-assignee")));
    }
    let fields = match input.parse(links) {
        Ok(f) if problems.is_empty() => f,
        Ok(_) => return Err(Invalid(problems).into()),
        Err(mut invalid) => {
            invalid.0.extend(problems);
            return Err(invalid.into());
        }
    };
    let id = store::task::insert(&app.db, scope, &fields, actor.email()).await?.ok_or(Error::NotFound("record"))?;
    get(app, scope, id).await
}

/// Who a task may be assigned to: the cluster's staff and managers whose account is active, by
/// name. A board member, who may not mark a task done, is not one of them.
pub async fn assignees(app: &App, scope: &impl Allows<Read>) -> Result<Vec<store::access::Member>, Error> {
    let scope = scope.checked()?;
    Ok(store::access::task_assignees(&app.db, scope).await?)
}

pub async fn get(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<Task, Error> {
    let scope = scope.checked()?;
    store::task::get(&app.db, scope, id).await?.ok_or(Error::NotFound("task"))
}

pub async fn list(app: &App, scope: &impl Allows<Read>, filter: &TaskFilter) -> Result<Vec<Task>, Error> {
    let scope = scope.checked()?;
    Ok(store::task::list(&app.db, scope, filter).await?)
}

/// Marks a task done, or open again.
pub async fn set_done(app: &App, scope: &impl Allows<Edit>, id: Uuid, done: bool) -> Result<Task, Error> {
    let scope = scope.checked()?;
    if !store::task::set_done(&app.db, scope, id, done).await? {
        return Err(Error::NotFound("task"));
    }
    get(app, scope, id).await
}

/// How many open tasks the actor has in the cluster, and how many of them are overdue.
pub async fn my_counts(app: &App, scope: &impl Allows<Read>, actor: &Actor) -> Result<(i64, i64), Error> {
    let scope = scope.checked()?;
    let today = app.today(scope);
    Ok(store::task::open_counts(&app.db, scope, actor.user_id(), today).await?)
}
