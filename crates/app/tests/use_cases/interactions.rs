//! Interactions, interviews, tasks and the timeline, on every backend.

use crate::common;

use app::interaction::{NewInteraction, TimelineEntry};
use app::{App, Paging};
use chrono::NaiveDate;
use common::build;
use domain::access::{Permission, Role};
use domain::interaction::InteractionInput;
use domain::task::{TaskInput, TaskLinks};

/// A new cluster "ours" with a staff member, signed in there.
async fn staff(app: &App) -> (app::Actor, app::ClusterScope) {
    common::own_cluster(app, "ours").await;
    build::user(app, "iker.agirre@ours.example", Role::Staff, "ours").await;
    build::signed_in(app, "iker.agirre@ours.example", "ours", Permission::Edit).await
}

fn input(kind: &str, day: &str, subject: &str) -> InteractionInput {
    InteractionInput {
        kind: Some(kind.into()),
        occurred_on: Some(day.into()),
        subject: Some(subject.into()),
        notes: None,
    }
}

async fn an_interview_keeps_its_answers_and_the_timeline_shows_everything(app: App) {
    let (actor, scope) = staff(&app).await;
    let organisation = build::organisation(&app, &scope, "Zubi Logística S.L.").await;
    let person = build::contact(&app, &scope, organisation.id, "Ane", "Etxeberria", Some("ane@zubi.example")).await;
    let template = app::interaction::create_template(
        &app,
        &scope,
        "Needs interview",
        "What limits your growth?\n\nWhich markets next?\n",
    )
    .await
    .unwrap();
    assert_eq!(template.questions.len(), 2);
    let members = app::interaction::members(&app, &scope).await.unwrap();
    let me = members.iter().find(|m| m.email == "iker.agirre@ours.example").unwrap().id;

    let interview = app::interaction::create(
        &app,
        &scope,
        &actor,
        &NewInteraction {
            organisation_id: Some(organisation.id),
            contact_id: Some(person.id),
            staff_user_id: Some(me),
            template_id: Some(template.id),
            input: input("interview", "2026-10-02", "Yearly needs interview"),
            answers: vec!["Finding engineers".into(), "Nordic countries".into()],
        },
    )
    .await
    .unwrap();
    let (stored, answers) = app::interaction::get(&app, &scope, interview.id).await.unwrap();
    assert_eq!(stored.staff_name.as_deref(), Some("iker.agirre"), "the name of the account, not its email");
    assert_eq!(
        answers,
        [
            ("What limits your growth?".into(), "Finding engineers".into()),
            ("Which markets next?".into(), "Nordic countries".into())
        ]
    );
    let call = app::interaction::create(
        &app,
        &scope,
        &actor,
        &NewInteraction {
            organisation_id: Some(organisation.id),
            input: input("call", "14/11/2026", "Follow-up call"),
            ..Default::default()
        },
    )
    .await
    .unwrap();

    let (open_before, overdue_before) =
        app::task::my_counts(&app.on(NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()), &scope, &actor).await.unwrap();
    let links = TaskLinks {
        assignee_id: Some(me),
        organisation_id: Some(organisation.id),
        interaction_id: Some(interview.id),
        ..Default::default()
    };
    let task = app::task::create(
        &app,
        &scope,
        &actor,
        &TaskInput { title: Some("Send the Nordic mission call".into()), due_on: Some("2026-11-20".into()) },
        links,
    )
    .await
    .unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let (open, overdue) = app::task::my_counts(&app.on(today), &scope, &actor).await.unwrap();
    assert_eq!((open, overdue), (open_before + 1, overdue_before + 1), "one more open task, overdue");

    let timeline = app::interaction::timeline(&app, &scope, organisation.id).await.unwrap();
    let order: Vec<String> = timeline
        .iter()
        .map(|e| match e {
            TimelineEntry::Interaction(i) => i.subject.clone(),
            TimelineEntry::Task(t) => t.title.clone(),
        })
        .collect();
    assert_eq!(order, ["Send the Nordic mission call", "Follow-up call", "Yearly needs interview"]);
    assert_eq!(call.organisation_name, organisation.fields.name);

    app::task::set_done(&app, &scope, task.id, true).await.unwrap();
    assert_eq!(app::task::my_counts(&app.on(today), &scope, &actor).await.unwrap(), (open_before, overdue_before));
    assert_eq!(
        app::interaction::timeline(&app, &scope, organisation.id).await.unwrap().len(),
        3,
        "done tasks stay in the timeline"
    );
}

/// A task goes only to someone who may complete it: staff or a cluster manager of the cluster,
/// whose account is active; not a board member, a deactivated account or another cluster's staff.
async fn tasks_are_assigned_only_to_those_who_may_complete_them(app: App) {
    let (actor, scope) = staff(&app).await;
    build::user(&app, "ane@ours.example", Role::Staff, "ours").await;
    build::user(&app, "jon@ours.example", Role::ClusterManager, "ours").await;
    build::user(&app, "miren@ours.example", Role::Board, "ours").await;
    build::user(&app, "gone@ours.example", Role::Staff, "ours").await;
    app::auth::set_active(&app, "gone@ours.example", false).await.unwrap();
    common::own_cluster(&app, "theirs").await;
    build::user(&app, "giulia@theirs.example", Role::Staff, "theirs").await;

    let everyone = app::interaction::members(&app, &scope).await.unwrap();
    let id_of = |email: &str| everyone.iter().find(|m| m.email == email).map(|m| m.id);
    let assignees: Vec<String> =
        app::task::assignees(&app, &scope).await.unwrap().into_iter().map(|m| m.email).collect();
    assert_eq!(assignees, ["ane@ours.example", "iker.agirre@ours.example", "jon@ours.example"]);

    let task = |assignee| {
        (
            TaskInput { title: Some("Send the offer".into()), due_on: Some("2026-12-01".into()) },
            TaskLinks { assignee_id: assignee, ..Default::default() },
        )
    };
    for (email, allowed) in [
        ("ane@ours.example", true),
        ("jon@ours.example", true),
        ("miren@ours.example", false),
        ("gone@ours.example", false),
    ] {
        let (input, links) = task(Some(id_of(email).unwrap()));
        let made = app::task::create(&app, &scope, &actor, &input, links).await;
        match made {
            Ok(_) => assert!(allowed, "{email} may not be given a task"),
            Err(app::Error::Invalid(e)) => {
                assert!(!allowed, "{email} may be given a task: {e:?}");
                assert!(e.message_for("assignee_id").unwrap().contains("staff or a cluster manager"), "{e:?}");
            }
            Err(e) => panic!("{email}: {e:?}"),
        }
    }
    let giulia = app::auth::operator_actor(&app, "giulia@theirs.example").await.unwrap().user_id();
    let (input, links) = task(Some(giulia));
    assert!(matches!(app::task::create(&app, &scope, &actor, &input, links).await, Err(app::Error::Invalid(_))));
    let before = app::task::list(&app, &scope, &Default::default()).await.unwrap().len();
    assert_eq!(before, 2, "only the two allowed tasks were recorded");
}

async fn what_an_interaction_or_task_refers_to_must_be_the_clusters(app: App) {
    let (actor, scope) = staff(&app).await;
    common::own_cluster(&app, "theirs").await;
    build::network_admin(&app, "admin@network.example").await;
    let (admin, their_scope) = build::signed_in(&app, "admin@network.example", "theirs", Permission::Edit).await;
    let theirs = build::organisation(&app, &their_scope, "Collina Sistemi S.r.l.").await.id;
    let their_contact = build::contact(&app, &their_scope, theirs, "Giulia", "Rossi", None).await.id;
    let mine = build::organisation(&app, &scope, "Zubi Logística S.L.").await.id;

    let at_theirs =
        NewInteraction { organisation_id: Some(theirs), input: input("call", "2026-11-01", "x"), ..Default::default() };
    assert!(matches!(app::interaction::create(&app, &scope, &actor, &at_theirs).await, Err(app::Error::NotFound(_))));
    let with_their_person = NewInteraction {
        organisation_id: Some(mine),
        contact_id: Some(their_contact),
        staff_user_id: Some(admin.user_id()),
        input: input("lunch", "", ""),
        ..Default::default()
    };
    let Err(app::Error::Invalid(invalid)) = app::interaction::create(&app, &scope, &actor, &with_their_person).await
    else {
        panic!("accepted a person of another cluster");
    };
    let fields: Vec<&str> = invalid.0.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["kind", "occurred_on", "subject", "contact_id", "staff_user_id"]);

    let task = TaskInput { title: Some("Call back".into()), due_on: None };
    let links = TaskLinks { organisation_id: Some(theirs), ..Default::default() };
    assert!(matches!(app::task::create(&app, &scope, &actor, &task, links).await, Err(app::Error::NotFound(_))));
    let their_task = app::task::create(
        &app,
        &their_scope,
        &admin,
        &task,
        TaskLinks { organisation_id: Some(theirs), ..Default::default() },
    )
    .await
    .unwrap();
    assert!(matches!(app::task::set_done(&app, &scope, their_task.id, true).await, Err(app::Error::NotFound(_))));
    assert!(app::interaction::of_organisation(&app, &scope, theirs).await.unwrap().is_empty());
}

async fn a_merge_moves_interactions_and_tasks_and_an_import_with_them_cannot_be_reverted(app: App) {
    let (actor, scope) = staff(&app).await;
    let plan = app::import::run(
        &app,
        &scope,
        app::import::Target::Organisations,
        "two.csv",
        b"name,country\nUno Bis S.L.,ES\nDos Bis S.L.,ES\n",
        &[],
        "x",
        false,
    )
    .await
    .unwrap();
    let find = |name: &'static str| {
        let app = app.clone();
        let scope = scope.clone();
        async move {
            let filter = store::organisation::OrganisationFilter { search: Some(name.into()), ..Default::default() };
            app::organisation::list(&app, &scope, &filter, Paging::new(None, None)).await.unwrap().items[0].id
        }
    };
    let (uno, dos) = (find("uno bis").await, find("dos bis").await);
    let call = app::interaction::create(
        &app,
        &scope,
        &actor,
        &NewInteraction {
            organisation_id: Some(dos),
            input: input("call", "2026-11-02", "Intro call"),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let refused = app::import::revert(&app, &scope, plan.import_id.unwrap(), "x").await;
    assert!(
        matches!(refused, Err(app::Error::BadRequest(m)) if m.contains("interactions, tasks")),
        "nothing is lost by a revert"
    );
    let moved = app::duplicate::merge_organisations(&app, &scope, uno, dos, None, "x").await.unwrap();
    assert_eq!(moved.rows["interactions"], vec![call.id]);
    assert_eq!(app::interaction::of_organisation(&app, &scope, uno).await.unwrap()[0].id, call.id);
}

on_each_backend!(empty: tasks_are_assigned_only_to_those_who_may_complete_them, an_interview_keeps_its_answers_and_the_timeline_shows_everything, what_an_interaction_or_task_refers_to_must_be_the_clusters, a_merge_moves_interactions_and_tasks_and_an_import_with_them_cannot_be_reverted);
