//! Surveys: questionnaires in versions, campaigns sent only where consent allows, personal links
//! that reach their own answers and expire, reminders through a real SMTP listener, anonymity,
//! and the results; on every backend.

use crate::common;

use app::{App, Error};
use chrono::NaiveDate;
use common::build;
use domain::consent::ConsentInput;
use domain::survey::{Answer, RawAnswers};
use store::survey::Saved;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn raw(pairs: &[(&str, &str)]) -> RawAnswers {
    let mut out = RawAnswers::new();
    for (k, v) in pairs {
        out.entry(k.to_string()).or_default().push(v.to_string());
    }
    out
}

async fn consent(app: &App, scope: &app::ClusterScope, contact: uuid::Uuid, purpose: &str) {
    let input = ConsentInput {
        channel: Some("email".into()),
        purpose: Some(purpose.into()),
        given_on: Some("2026-01-15".into()),
        source: Some("membership form".into()),
    };
    app::privacy::give(app, scope, "m", contact, &input).await.unwrap();
}

/// The personal links mailed to `to` so far, newest last.
fn links_to(listener: &app::mail::testing::SmtpListener, to: &str) -> Vec<String> {
    listener
        .received()
        .iter()
        .filter(|m| m.to.iter().any(|t| t == to))
        .filter_map(|m| {
            m.text().split("/surveys/asks/").nth(1).and_then(|t| t.split_whitespace().next()).map(String::from)
        })
        .collect()
}

async fn a_survey_reaches_only_those_who_consented_and_each_link_only_its_own_answers(app: App) {
    let listener = app::mail::testing::SmtpListener::start().await;
    let mailer = app::mail::SmtpMailer::from_url(&listener.url).unwrap();
    let app = app.with_mail(app::mail::Mail { mailer: std::sync::Arc::new(mailer), from: "team@asks.example".into() });
    let scope = common::own_cluster(&app, "asks").await;
    let other = common::own_cluster(&app, "elsewhere").await;
    let visitor = app::auth::visitor_scope(&app, "asks").await.unwrap();
    let stranger = app::auth::visitor_scope(&app, "elsewhere").await.unwrap();
    let on = app.on(day(2026, 12, 1));
    let uno = build::organisation(&app, &scope, "Uno Movilidad S.L.").await.id;
    let dos = build::organisation(&app, &scope, "Dos Logística S.A.").await.id;
    // Uno reads English; Dos the cluster's Spanish.
    app::organisation::set_language(&app, &scope, uno, "en").await.unwrap();
    let ane = build::contact(&app, &scope, uno, "Ane", "Uno", Some("ane@uno.example")).await;
    let jon = build::contact(&app, &scope, uno, "Jon", "Uno", Some("jon@uno.example")).await;
    build::contact(&app, &scope, dos, "Miren", "Dos", None).await;
    let koldo = build::contact(&app, &scope, dos, "Koldo", "Dos", Some("koldo@dos.example")).await;
    consent(&app, &scope, ane.id, "Member surveys and consultations").await;
    consent(&app, &scope, jon.id, "Newsletter and event invitations").await;
    consent(&app, &scope, koldo.id, "Encuestas").await;
    let everyone = app::segment::save(&app, &scope, "Everyone", &Default::default(), "m").await.unwrap();
    let questionnaire = app::survey::from_template(&app, &scope, "member_satisfaction", "m").await.unwrap();
    assert!(app::survey::from_template(&app, &scope, "horoscope", "m").await.is_err());

    let input = |anonymous: &str, closes_on: &str| app::survey::CampaignInput {
        questionnaire_id: Some(questionnaire.to_string()),
        title: None,
        segment_id: Some(everyone.id.to_string()),
        anonymous: Some(anonymous.into()),
        closes_on: Some(closes_on.into()),
        figures_year: None,
    };
    let refused = app::survey::send(&on, &scope, &input("no", "2026-11-30"), "https://desk.example", "m").await;
    assert!(matches!(refused, Err(Error::Invalid(ref e)) if e.message_for("closes_on").is_some()), "{refused:?}");
    // Another cluster's questionnaire and segment are not found.
    let foreign = app::survey::send(&on, &other, &input("no", "2026-12-20"), "https://desk.example", "m").await;
    assert!(matches!(foreign, Err(Error::NotFound(_))), "{foreign:?}");

    let sent = app::survey::send(&on, &scope, &input("no", "2026-12-20"), "https://desk.example", "m").await.unwrap();
    assert_eq!(sent.invited, 2);
    let mut left: Vec<(String, String)> = sent.left_out.iter().map(|l| (l.name.clone(), l.reason.clone())).collect();
    left.sort();
    assert_eq!(
        left,
        vec![
            ("Jon Uno".to_string(), "no standing consent to surveys by email".to_string()),
            ("Miren Dos".to_string(), "no email address".to_string()),
        ]
    );
    app::mail::deliver_pending(&on, "worker").await.unwrap();
    assert!(links_to(&listener, "jon@uno.example").is_empty(), "no consent, no mail");
    let ane_link = links_to(&listener, "ane@uno.example").pop().expect("Ane has a link");
    let koldo_first = links_to(&listener, "koldo@dos.example").pop().expect("Koldo has a link");
    assert!(
        listener.received().iter().any(|m| m.to == ["ane@uno.example"] && m.text().contains("kept with your name"))
    );
    assert!(
        listener
            .received()
            .iter()
            .any(|m| m.to == ["koldo@dos.example"] && m.text().contains("Sus respuestas se guardan"))
    );

    // A link reaches only its own invitation, in its own cluster; anything else reaches nothing.
    assert!(matches!(app::survey::answering(&on, &stranger, &ane_link).await, Err(Error::NotFound(_))));
    assert!(matches!(app::survey::answering(&on, &visitor, &"0".repeat(48)).await, Err(Error::NotFound(_))));
    assert!(matches!(app::survey::answering(&on, &visitor, "../../etc").await, Err(Error::NotFound(_))));

    // Progress is saved without the required questions; sending needs them, once.
    app::survey::save_progress(&on, &visitor, &ane_link, &raw(&[("overall_satisfaction", "4")])).await.unwrap();
    let view = app::survey::answering(&on, &visitor, &ane_link).await.unwrap();
    assert_eq!(view.saved.get("overall_satisfaction"), Some(&Answer::Scale(4)));
    assert!(!view.answered && !view.closed && !view.anonymous);
    let bad = app::survey::save_progress(&on, &visitor, &ane_link, &raw(&[("recommend", "12")])).await;
    assert!(matches!(bad, Err(Error::Invalid(ref e)) if e.message_for("recommend").is_some()), "{bad:?}");
    let missing = app::survey::submit(&on, &visitor, &ane_link, &raw(&[("overall_satisfaction", "4")])).await;
    let Err(Error::Invalid(missing)) = missing else { panic!("{missing:?}") };
    assert_eq!(missing.message_for("recommend"), Some("please answer this question"));
    let probably_not = i18n::template_text(domain::language::Language::Spanish, "Probably not");
    let answers = raw(&[
        ("overall_satisfaction", "4"),
        ("recommend", "9"),
        // The questionnaire is in the cluster's Spanish, the option as its page offers it.
        ("renew", &probably_not),
        ("renew_why_not", "Events closer to Gipuzkoa, says Ane Uno"),
        ("service_quality.0", "5"),
    ]);
    app::survey::submit(&on, &visitor, &ane_link, &answers).await.unwrap();
    let twice = app::survey::submit(&on, &visitor, &ane_link, &answers).await;
    assert!(matches!(twice, Err(Error::Conflict(_))), "{twice:?}");
    assert!(app::survey::answering(&on, &visitor, &ane_link).await.unwrap().answered);
    // Answering counts as an activity of the organisation, in the year the campaign closes.
    let engagement = app::engagement::of_year(&on, &scope, 2026).await.unwrap();
    let of_uno = engagement.iter().find(|e| e.organisation_id == uno).expect("Uno takes part");
    assert_eq!((of_uno.surveys_answered, of_uno.activities), (1, 1));
    assert!(!engagement.iter().any(|e| e.organisation_id == dos), "Koldo has not answered yet");

    // A reminder goes to who has not answered, with a new link; the first one stops working.
    let campaign = sent.campaign_id;
    assert_eq!(app::survey::remind(&on, &scope, campaign, "https://desk.example").await.unwrap(), 1);
    app::mail::deliver_pending(&on, "worker").await.unwrap();
    let koldo_link = links_to(&listener, "koldo@dos.example").pop().unwrap();
    assert_ne!(koldo_link, koldo_first);
    assert!(matches!(app::survey::answering(&on, &visitor, &koldo_first).await, Err(Error::NotFound(_))));
    assert_eq!(links_to(&listener, "ane@uno.example").len(), 1, "who answered is not reminded");
    // Who withdrew their consent since hears no more.
    let given = app::privacy::consents(&on, &scope, koldo.id).await.unwrap()[0].id;
    app::privacy::withdraw(&on, &scope, "m", given).await.unwrap();
    assert_eq!(app::survey::remind(&on, &scope, campaign, "https://desk.example").await.unwrap(), 0);
    consent(&app, &scope, koldo.id, "Encuestas").await;
    // After the closing day the link takes nothing more.
    let late = app.on(day(2026, 12, 21));
    assert!(app::survey::answering(&late, &visitor, &koldo_link).await.unwrap().closed);
    let closed = app::survey::submit(&late, &visitor, &koldo_link, &answers).await;
    assert!(matches!(closed, Err(Error::Conflict(_))), "{closed:?}");

    let (results, _) = app::survey::results(&on, &scope, campaign, &Default::default()).await.unwrap();
    assert_eq!(
        (results.overall.invited, results.overall.answered, results.overall.rate_basis_points),
        (2, 1, Some(5_000))
    );
    let satisfaction = results.questions.iter().find(|q| q.key == "overall_satisfaction").unwrap();
    assert_eq!((satisfaction.answered, satisfaction.mean_hundredths), (1, Some(400)));
    let why = results.questions.iter().find(|q| q.key == "renew_why_not").unwrap();
    assert_eq!(why.texts, vec!["Events closer to Gipuzkoa, says Ane Uno".to_string()]);
    let table = app::survey::answers_table(&on, &scope, campaign).await.unwrap();
    let csv = String::from_utf8(table.to_csv().await.unwrap()).unwrap();
    assert!(csv.contains("Ane Uno") && csv.contains("service_quality.0") && csv.contains(&probably_not), "{csv}");
    assert!(matches!(app::survey::results(&on, &other, campaign, &Default::default()).await, Err(Error::NotFound(_))));

    // Changing a questionnaire that has answers makes a new version; the answers keep theirs.
    let mut changed = app::survey::questionnaire(&on, &scope, questionnaire).await.unwrap().questionnaire;
    changed.sections[1].questions.retain(|q| q.key != "renew_why_not");
    assert_eq!(app::survey::save(&on, &scope, questionnaire, &changed, "m").await.unwrap(), Saved::NewVersion(2));
    assert_eq!(app::survey::save(&on, &scope, questionnaire, &changed, "m").await.unwrap(), Saved::SameVersion(2));
    let (again, _) = app::survey::results(&on, &scope, campaign, &Default::default()).await.unwrap();
    assert_eq!(again.version, 1);
    assert!(again.questions.iter().any(|q| q.key == "renew_why_not"));
    assert!(matches!(app::survey::save(&on, &other, questionnaire, &changed, "m").await, Err(Error::NotFound(_))));

    // An anonymous campaign says so, and its answers name no invitation, contact or organisation.
    let sent = app::survey::send(&on, &scope, &input("yes", "2026-12-20"), "https://desk.example", "m").await.unwrap();
    app::mail::deliver_pending(&on, "worker").await.unwrap();
    assert!(listener.received().iter().any(|m| m.text().contains("The survey is anonymous")));
    let link = links_to(&listener, "koldo@dos.example").pop().unwrap();
    let answers = raw(&[("overall_satisfaction", "2"), ("recommend", "3"), ("renew", "No")]);
    app::survey::submit(&on, &visitor, &link, &answers).await.unwrap();
    let responses = store::survey::responses(app.db(), &scope, sent.campaign_id).await.unwrap();
    assert_eq!(responses.len(), 1);
    assert_eq!((responses[0].invitation_id, responses[0].contact_id, responses[0].organisation_id), (None, None, None));
    assert_eq!((responses[0].organisation_kind.as_deref(), responses[0].size_class.as_deref()), (None, None));
    let by_kind = app::survey::ResultsFilter { kind: Some("company".into()), ..Default::default() };
    assert!(app::survey::results(&on, &scope, sent.campaign_id, &by_kind).await.is_err(), "nothing to filter by");
    let table = app::survey::answers_table(&on, &scope, sent.campaign_id).await.unwrap();
    let csv = String::from_utf8(table.to_csv().await.unwrap()).unwrap();
    assert!(!csv.contains("Koldo") && !csv.contains("contact"), "{csv}");
    let (anonymous, _) = app::survey::results(&on, &scope, sent.campaign_id, &Default::default()).await.unwrap();
    assert_eq!(anonymous.overall.answered, 1, "the invitation knows it was answered, so no reminder follows");
    let by_segment = app::survey::ResultsFilter { segment_id: Some(everyone.id.to_string()), ..Default::default() };
    assert!(app::survey::results(&on, &scope, sent.campaign_id, &by_segment).await.is_err());

    // An erased person's answers stay in the results, joined to no one, their name taken out.
    app::privacy::erase_person(&on, &scope, "m", ane.id).await.unwrap();
    let responses = store::survey::responses(app.db(), &scope, campaign).await.unwrap();
    assert_eq!(responses.len(), 1);
    assert_eq!(responses[0].contact_id, None);
    let (after, _) = app::survey::results(&on, &scope, campaign, &Default::default()).await.unwrap();
    let why = after.questions.iter().find(|q| q.key == "renew_why_not").unwrap();
    assert!(why.texts.len() == 1 && !why.texts[0].contains("Ane Uno"), "{:?}", why.texts);
    assert!(matches!(app::survey::answering(&on, &visitor, &ane_link).await, Err(Error::NotFound(_))));
}

fn question(pairs: &[(&str, &str)]) -> domain::survey::QuestionInput {
    let get = |k: &str| pairs.iter().find(|(f, _)| *f == k).map(|(_, v)| v.to_string());
    domain::survey::QuestionInput {
        key: get("key"),
        text: get("text"),
        kind: get("kind"),
        options: get("options"),
        required: get("required"),
        show_if_question: get("show_if_question"),
        show_if_equals: get("show_if_equals"),
        ..Default::default()
    }
}

async fn a_questionnaire_is_built_question_by_question_and_its_conditions_hold(app: App) {
    let scope = common::own_cluster(&app, "builds").await;
    let id = app::survey::create_blank(&app, &scope, "Mobility needs", "m").await.unwrap();
    let member = question(&[("text", "Are you a member?"), ("kind", "single_choice"), ("options", "Yes\nNo")]);
    assert_eq!(app::survey::add_question(&app, &scope, id, 0, &member, "m").await.unwrap(), Saved::SameVersion(1));
    let why = question(&[
        ("text", "Why not?"),
        ("kind", "text"),
        ("show_if_question", "are_you_a_member"),
        ("show_if_equals", "Maybe"),
    ]);
    // The problem of the question is told by the form's field.
    let refused = app::survey::add_question(&app, &scope, id, 0, &why, "m").await;
    let Err(Error::Invalid(e)) = refused else { panic!("{refused:?}") };
    assert!(e.message_for("show_if_question").unwrap().contains("not one of the options"), "{e:?}");
    let why = question(&[
        ("text", "Why not?"),
        ("kind", "text"),
        ("show_if_question", "are_you_a_member"),
        ("show_if_equals", "No"),
    ]);
    app::survey::add_question(&app, &scope, id, 0, &why, "m").await.unwrap();
    // Keys made from texts without Latin letters do not collide.
    for text in ["Ποιο είναι το μέγεθος;", "Какой размер?"] {
        app::survey::add_question(&app, &scope, id, 0, &question(&[("text", text), ("kind", "text")]), "m")
            .await
            .unwrap();
    }
    let built = app::survey::questionnaire(&app, &scope, id).await.unwrap().questionnaire;
    assert!(built.question("q_").is_some() && built.question("q__2").is_some());
    app::survey::remove_question(&app, &scope, id, "q_", "m").await.unwrap();
    app::survey::remove_question(&app, &scope, id, "q__2", "m").await.unwrap();
    let odd = question(&[("text", "Lunch?"), ("kind", "single_choice"), ("options", "Yes")]);
    let Err(Error::Invalid(e)) = app::survey::add_question(&app, &scope, id, 0, &odd, "m").await else { panic!() };
    assert!(e.message_for("options").is_some(), "{e:?}");

    // A question others depend on is neither removed nor moved after them.
    assert!(app::survey::remove_question(&app, &scope, id, "are_you_a_member", "m").await.is_err());
    assert!(app::survey::move_question(&app, &scope, id, "why_not", true, "m").await.is_err());
    // Renaming its key carries the condition along.
    let renamed = question(&[
        ("key", "member"),
        ("text", "Are you a member?"),
        ("kind", "single_choice"),
        ("options", "Yes\nNo"),
    ]);
    app::survey::change_question(&app, &scope, id, "are_you_a_member", &renamed, "m").await.unwrap();
    let built = app::survey::questionnaire(&app, &scope, id).await.unwrap().questionnaire;
    assert_eq!(built.question("why_not").unwrap().show_if.as_ref().unwrap().question, "member");
    app::survey::add_section(&app, &scope, id, "About you", "m").await.unwrap();
    app::survey::move_question(&app, &scope, id, "why_not", false, "m").await.unwrap();
    let built = app::survey::questionnaire(&app, &scope, id).await.unwrap().questionnaire;
    assert_eq!(built.sections[1].questions[0].key, "why_not", "moved down into the next section");
    assert!(app::survey::remove_section(&app, &scope, id, 1, "m").await.is_err(), "it holds a question");
    app::survey::remove_question(&app, &scope, id, "why_not", "m").await.unwrap();
    app::survey::remove_section(&app, &scope, id, 1, "m").await.unwrap();
    let built = app::survey::questionnaire(&app, &scope, id).await.unwrap();
    assert_eq!((built.version, built.questionnaire.sections.len()), (1, 1), "no answers yet: one version");
    let other = common::own_cluster(&app, "elsewhere").await;
    assert!(matches!(app::survey::add_section(&app, &other, id, "X", "m").await, Err(Error::NotFound(_))));
}

async fn company_performance_answers_become_company_figures_after_review_where_they_differ(app: App) {
    let listener = app::mail::testing::SmtpListener::start().await;
    let mailer = app::mail::SmtpMailer::from_url(&listener.url).unwrap();
    let app = app.with_mail(app::mail::Mail { mailer: std::sync::Arc::new(mailer), from: "team@asks.example".into() });
    let scope = common::own_cluster(&app, "asks").await;
    let other = common::own_cluster(&app, "elsewhere").await;
    let visitor = app::auth::visitor_scope(&app, "asks").await.unwrap();
    let on = app.on(day(2026, 3, 2));
    let uno = build::organisation(&app, &scope, "Uno Movilidad S.L.").await.id;
    let dos = build::organisation(&app, &scope, "Dos Logística S.A.").await.id;
    let ane = build::contact(&app, &scope, uno, "Ane", "Uno", Some("ane@uno.example")).await;
    let koldo = build::contact(&app, &scope, dos, "Koldo", "Dos", Some("koldo@dos.example")).await;
    for c in [ane.id, koldo.id] {
        consent(&app, &scope, c, "Surveys").await;
    }
    // Dos's 2025 figures are known already: 35 people.
    let known = domain::figures::FiguresInput { employees: Some("35".into()), ..Default::default() };
    app::figures::enter(&on, &scope, dos, Some("2025"), &known, "m").await.unwrap();
    assert!(matches!(app::figures::enter(&on, &other, dos, Some("2025"), &known, "m").await, Err(Error::NotFound(_))));
    let everyone = app::segment::save(&app, &scope, "Everyone", &Default::default(), "m").await.unwrap();
    let questionnaire = app::survey::from_template(&app, &scope, "company_performance", "m").await.unwrap();
    let input = app::survey::CampaignInput {
        questionnaire_id: Some(questionnaire.to_string()),
        segment_id: Some(everyone.id.to_string()),
        closes_on: Some("2026-03-31".into()),
        figures_year: Some("2025".into()),
        ..Default::default()
    };
    app::survey::send(&on, &scope, &input, "https://desk.example", "m").await.unwrap();
    app::mail::deliver_pending(&on, "worker").await.unwrap();
    let answers = |employees: &str| {
        raw(&[("employees", employees), ("turnover", "4.200.000"), ("digital_maturity", "4"), ("new_products", "2")])
    };
    let ane_link = links_to(&listener, "ane@uno.example").pop().unwrap();
    app::survey::submit(&on, &visitor, &ane_link, &answers("42")).await.unwrap();
    let koldo_link = links_to(&listener, "koldo@dos.example").pop().unwrap();
    app::survey::submit(&on, &visitor, &koldo_link, &answers("38")).await.unwrap();

    // Uno had no figures for 2025: the answers are its figures, from the survey.
    let of_uno = app::figures::of_organisation(&on, &scope, uno).await.unwrap();
    assert_eq!(of_uno.len(), 1);
    assert_eq!((of_uno[0].year, of_uno[0].source), (2025, domain::figures::FigureSource::Survey));
    assert_eq!(
        (of_uno[0].figures.employees, of_uno[0].figures.turnover_minor, of_uno[0].figures.digital_maturity),
        (Some(42), Some(420_000_000), Some(4))
    );
    // Dos's answers differ from what is known: they wait for the team.
    let of_dos = app::figures::of_organisation(&on, &scope, dos).await.unwrap();
    assert_eq!(of_dos[0].figures.employees, Some(35));
    let pending = app::figures::pending(&on, &scope).await.unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(
        (pending[0].organisation.as_str(), pending[0].differences.clone()),
        ("Dos Logística S.A.", vec!["employees"])
    );
    assert!(app::figures::pending(&on, &other).await.unwrap().is_empty());
    let review = pending[0].review.id;
    assert!(matches!(app::figures::decide(&on, &other, review, true, "m").await, Err(Error::NotFound(_))));
    app::figures::decide(&on, &scope, review, true, "m").await.unwrap();
    assert!(app::figures::decide(&on, &scope, review, false, "m").await.is_err(), "decided once");
    let of_dos = app::figures::of_organisation(&on, &scope, dos).await.unwrap();
    assert_eq!((of_dos[0].figures.employees, of_dos[0].figures.new_products), (Some(38), Some(2)));
    assert!(app::figures::pending(&on, &scope).await.unwrap().is_empty());
}

/// A satisfaction survey run in another tool: its export (headers as the question texts, a
/// matrix as `Question [Item]`, labels for points, a timestamp) is imported into the campaign,
/// each row checked as the answering page checks it, a file imported twice counts once, the
/// answers count in the results and not the rates, and the import is undone as a whole.
async fn answers_from_another_tool_are_imported_into_a_campaign_checked_and_undone(app: App) {
    use app::import::Mode;
    let listener = app::mail::testing::SmtpListener::start().await;
    let mailer = app::mail::SmtpMailer::from_url(&listener.url).unwrap();
    let app = app.with_mail(app::mail::Mail { mailer: std::sync::Arc::new(mailer), from: "team@asks.example".into() });
    let scope = common::own_cluster(&app, "imported").await;
    // A cluster that writes English: the template's questions in English are the file's headers.
    assert_eq!(app::cluster::set_language(&app, &scope, "en").await.unwrap(), domain::language::Language::English);
    let scope = app::auth::operator_scope(&app, "imported").await.unwrap();
    let other = common::own_cluster(&app, "elsewhere").await;
    let on = app.on(day(2026, 12, 1));
    let uno = build::organisation(&app, &scope, "Uno Movilidad S.L.").await.id;
    let dos = build::organisation(&app, &scope, "Dos Logística S.A.").await.id;
    let ane = build::contact(&app, &scope, uno, "Ane", "Uno", Some("ane@uno.example")).await;
    build::contact(&app, &scope, dos, "Koldo", "Dos", Some("koldo@dos.example")).await;
    consent(&app, &scope, ane.id, "Member surveys and consultations").await;
    let everyone = app::segment::save(&app, &scope, "Everyone", &Default::default(), "m").await.unwrap();
    let questionnaire = app::survey::from_template(&app, &scope, "member_satisfaction", "m").await.unwrap();
    let input = |anonymous: &str| app::survey::CampaignInput {
        questionnaire_id: Some(questionnaire.to_string()),
        title: None,
        segment_id: Some(everyone.id.to_string()),
        anonymous: Some(anonymous.into()),
        closes_on: Some("2026-12-20".into()),
        figures_year: None,
    };
    let campaign = app::survey::send(&on, &scope, &input("no"), "https://desk.example", "m").await.unwrap().campaign_id;
    let file = "Timestamp,Email Address,Organisation,\
Which of the cluster's services did your organisation use this year?,\
How satisfied are you with each service? [Training],How satisfied are you with each service? [Access to funding],\
\"Overall, how satisfied are you with the cluster?\",How likely are you to recommend membership to a partner?,\
Will your organisation renew its membership?,What would make you stay?,What should the cluster do better or start doing?
2026/11/20 10:22:01 GMT+1,ANE@uno.example,,\"training, Access to funding\",4,Very satisfied,5,9,Yes,,More training
20/11/2026 11:00,,Dos Logística,Events and networking,,,4 - Satisfied,7,probably not,Lower fees,
21/11/2026 09:15,who@nowhere.example,,,,,6,7,Maybe,,
2027-01-05T08:00:00Z,,,,,,3,5,No,,
22/11/2026 16:40,,,,,,3,5,No,,\"=cmd|' /C calc'!A0, and fewer emails\"
";
    let run = |campaign: uuid::Uuid, bytes: &'static [u8], choices: Vec<(String, String)>, mode: Mode| {
        let on = on.clone();
        let scope = scope.clone();
        async move { app::import::answers::run(&on, &scope, campaign, "answers.csv", bytes, &choices, "m", mode).await }
    };
    let dry = run(campaign, file.as_bytes(), Vec::new(), Mode::DryRun).await.unwrap();
    assert_eq!(
        dry.mapped(),
        vec![
            Some("submitted_on"),
            Some("email"),
            Some("organisation"),
            Some("services_used"),
            Some("service_quality.4"),
            Some("service_quality.3"),
            Some("overall_satisfaction"),
            Some("recommend"),
            Some("renew"),
            Some("renew_why_not"),
            Some("improve"),
        ]
    );
    assert_eq!((dry.created, dry.rejected, dry.import_id), (3, 2, None), "{:?}", dry.rows);
    let reasons = |line: u64| match &dry.rows.iter().find(|r| r.line == line).unwrap().action {
        app::import::RowAction::Reject { reasons } => reasons.join("; "),
        other => panic!("line {line}: {other:?}"),
    };
    assert!(
        reasons(4).contains("email: no contact of the cluster has the email 'who@nowhere.example'"),
        "{}",
        reasons(4)
    );
    assert!(reasons(4).contains("overall_satisfaction: choose a point from 1 to 5"), "{}", reasons(4));
    assert!(reasons(4).contains("renew: 'Maybe' is not one of the options"), "{}", reasons(4));
    assert!(reasons(5).contains("submitted_on: 2027-01-05 is after today"), "{}", reasons(5));
    assert_eq!(dry.rows.iter().find(|r| r.line == 2).unwrap().label, "Uno Movilidad S.L.");

    // All or nothing writes nothing while a row is rejected; the valid rows may go alone.
    let refused = run(campaign, file.as_bytes(), Vec::new(), Mode::AllOrNothing).await.unwrap();
    assert_eq!(refused.import_id, None);
    assert_eq!(app::survey::results(&on, &scope, campaign, &Default::default()).await.unwrap().0.counted, 0);
    let written = run(campaign, file.as_bytes(), Vec::new(), Mode::ValidRows).await.unwrap();
    let import_id = written.import_id.expect("the valid rows are written");
    let (results, _) = app::survey::results(&on, &scope, campaign, &Default::default()).await.unwrap();
    assert_eq!((results.counted, results.imported), (3, 3));
    assert_eq!((results.overall.invited, results.overall.answered), (1, 0), "imported answers leave the rate");
    let overall = &results.questions[2];
    assert_eq!(overall.mean_hundredths, Some(400), "(5 + 4 + 3) / 3");
    let renew = &results.questions[4];
    assert!(renew.counts.contains(&("Probably not".to_string(), 1)), "{:?}", renew.counts);
    let quality = &results.questions[1];
    assert_eq!(quality.items[4].1[3], 1, "Training rated 4 once");
    assert_eq!(quality.items[3].1[4], 1, "Access to funding rated 'Very satisfied', 5");
    let companies = app::survey::ResultsFilter { kind: Some("company".into()), ..Default::default() };
    let (by_kind, _) = app::survey::results(&on, &scope, campaign, &companies).await.unwrap();
    assert_eq!(by_kind.counted, 2, "Uno (by its contact's email) and Dos (by name) are companies");
    let table = app::survey::answers_table(&on, &scope, campaign).await.unwrap();
    let csv = String::from_utf8(table.to_csv().await.unwrap()).unwrap();
    assert!(csv.contains("'=cmd"), "a formula trigger is defused in the export: {csv}");

    // The same file again changes nothing: every valid row is held already.
    let again = run(campaign, file.as_bytes(), Vec::new(), Mode::ValidRows).await.unwrap();
    assert_eq!((again.created, again.unchanged, again.import_id), (0, 3, None));
    // Two people who answered alike are two answers; the same file imported later, without a
    // date column, is recognised all the same.
    let alike =
        "Overall, how satisfied are you with the cluster?;Will your organisation renew its membership?\n4;Yes\n4;Yes\n";
    let first = run(campaign, alike.as_bytes(), Vec::new(), Mode::AllOrNothing).await.unwrap();
    assert_eq!((first.created, first.unchanged), (2, 0));
    let later = app.on(day(2026, 12, 9));
    let again =
        app::import::answers::run(&later, &scope, campaign, "a.csv", alike.as_bytes(), &[], "m", Mode::AllOrNothing)
            .await
            .unwrap();
    assert_eq!((again.created, again.unchanged, again.import_id), (0, 2, None));
    app::import::revert(&on, &scope, first.import_id.unwrap(), "m").await.unwrap();
    // The mapping leaves a column out and reads the file's own label as an option.
    let maybe = "Timestamp,Overall,Renew\n23/11/2026,2,Quizás\n";
    let choices = vec![
        ("Overall".to_string(), "overall_satisfaction".to_string()),
        ("Renew".to_string(), "renew".to_string()),
        ("renew: quizas".to_string(), "Probably".to_string()),
    ];
    let mapped = run(campaign, maybe.as_bytes(), choices, Mode::DryRun).await.unwrap();
    assert_eq!((mapped.created, mapped.rejected), (1, 0), "{:?}", mapped.rows);
    assert!(mapped.notes.iter().any(|n| n.contains("required question 'recommend'")), "{:?}", mapped.notes);
    let wrong = vec![("Overall".to_string(), "overall".to_string())];
    let wrong = run(campaign, maybe.as_bytes(), wrong, Mode::DryRun).await;
    assert!(
        matches!(wrong, Err(Error::BadRequest(ref m)) if m.contains("'overall', which is not a field")),
        "{wrong:?}"
    );
    let nothing = run(campaign, b"Timestamp,Name\n23/11/2026,Ane\n", Vec::new(), Mode::DryRun).await.unwrap();
    assert!(nothing.file_errors[0].contains("no column is mapped to a question"), "{:?}", nothing.file_errors);

    // In an anonymous campaign no column naming a respondent is read.
    let hidden = app::survey::send(&on, &scope, &input("yes"), "https://desk.example", "m").await.unwrap().campaign_id;
    let anonymous = run(hidden, file.as_bytes(), Vec::new(), Mode::ValidRows).await.unwrap();
    assert!(anonymous.notes.iter().any(|n| n.contains("anonymous")), "{:?}", anonymous.notes);
    assert_eq!(anonymous.created, 3);
    let unread = format!("{:?}", anonymous.rows.iter().find(|r| r.line == 4).unwrap().action);
    assert!(!unread.contains("email") && unread.contains("renew"), "{unread}");
    let stored = store::survey::responses(app.db(), &scope, hidden).await.unwrap();
    assert!(stored.iter().all(|r| r.organisation_kind.is_none() && r.contact_id.is_none()));

    // Another cluster's campaign is not found; undoing the import takes its answers away.
    let foreign =
        app::import::answers::run(&on, &other, campaign, "a.csv", file.as_bytes(), &[], "m", Mode::DryRun).await;
    assert!(matches!(foreign, Err(Error::NotFound(_))), "{foreign:?}");
    let history = app::import::history(&on, &scope).await.unwrap();
    assert_eq!(history[0].target, app::import::Target::SurveyAnswers);
    app::import::revert(&on, &scope, import_id, "m").await.unwrap();
    let (results, _) = app::survey::results(&on, &scope, campaign, &Default::default()).await.unwrap();
    assert_eq!((results.counted, results.imported), (0, 0));
    // The generic import refuses survey answers, saying where they go.
    let generic =
        app::import::run(&on, &scope, app::import::Target::SurveyAnswers, "a.csv", b"a\n1\n", &[], "m", true).await;
    assert!(matches!(generic, Err(Error::BadRequest(ref m)) if m.contains("into a campaign")), "{generic:?}");
}

on_each_backend!(empty: answers_from_another_tool_are_imported_into_a_campaign_checked_and_undone, company_performance_answers_become_company_figures_after_review_where_they_differ, a_questionnaire_is_built_question_by_question_and_its_conditions_hold, a_survey_reaches_only_those_who_consented_and_each_link_only_its_own_answers);
