//! The monitoring system: each built-in computed indicator on a small hand-made cluster whose
//! values are worked out here, survey-sourced values, the cluster's own indicators (entered by
//! hand and formulas), targets and their status, and isolation; on every backend.

use crate::common;

use app::{App, ClusterScope, Error};
use chrono::NaiveDate;
use common::build;
use domain::id::Uuid;
use domain::monitoring::{Period, Status};
use domain::organisation::OrganisationInput;
use domain::project::{BudgetLineInput, FundingInput, ParticipantInput, ProjectInput, ProjectStage};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

async fn organisation(app: &App, scope: &ClusterScope, name: &str, kind: &str, employees: Option<&str>) -> Uuid {
    let input = OrganisationInput {
        name: Some(name.into()),
        kind: Some(kind.into()),
        employees: employees.map(String::from),
        ..Default::default()
    };
    app::organisation::create(app, scope, &input).await.unwrap().id
}

/// The value of `key` in 2025.
async fn value(app: &App, scope: &ClusterScope, key: &str) -> Option<i64> {
    app::monitoring::values(app, scope, Period::year(2025)).await.unwrap().get(key).and_then(|v| v.value)
}

async fn each_computed_indicator_is_worked_out_from_the_records(app: App) {
    let scope = common::own_cluster(&app, "counted").await;
    let then = |d: NaiveDate| app.on(d);
    let now = app.on(day(2026, 3, 1));

    // Members: Alfa (40 people, an SME) since 2024, Beta (600, large) joined in 2025, Gamma a
    // university since 2024; Delta is no member.
    let alfa = organisation(&app, &scope, "Alfa Movilidad S.L.", "company", Some("40")).await;
    let beta = organisation(&app, &scope, "Beta Logística S.A.", "company", Some("600")).await;
    let gamma = organisation(&app, &scope, "Gamma Universidad", "university", None).await;
    let delta = organisation(&app, &scope, "Delta Puertos S.L.", "company", Some("12")).await;
    let full = build::full_member_type(&app, &scope).await;
    let research = build::in_kind_member_type(&app, &scope).await;
    let alfa_membership = build::member(&then(day(2024, 1, 1)), &scope, alfa, full, day(2024, 1, 1)).await;
    build::member(&then(day(2025, 3, 1)), &scope, beta, full, day(2025, 3, 1)).await;
    build::member(&then(day(2024, 1, 1)), &scope, gamma, research, day(2024, 1, 1)).await;
    let ane = build::contact(&app, &scope, alfa, "Ane", "Alfa", Some("ane@alfa.example")).await;
    let jon = build::contact(&app, &scope, alfa, "Jon", "Alfa", Some("jon@alfa.example")).await;
    let bea = build::contact(&app, &scope, beta, "Bea", "Beta", Some("bea@beta.example")).await;
    let dani = build::contact(&app, &scope, delta, "Dani", "Delta", Some("dani@delta.example")).await;

    // Events of 2025: a breakfast (Ane, Bea, and Dani of a non-member), a training (Ane, Jon); a
    // board meeting; one event of 2024 and one cancelled that do not count.
    let breakfast = build::event(&app, &scope, "Networking breakfast", day(2025, 3, 10)).await;
    for person in [&ane, &bea, &dani] {
        build::attended(&app, &scope, breakfast, person).await;
    }
    let training = build::event(&app, &scope, "Training day", day(2025, 5, 5)).await;
    build::attended(&app, &scope, training, &ane).await;
    build::attended(&app, &scope, training, &jon).await;
    let mut board =
        app::event::get(&app, &scope, build::event(&app, &scope, "Board", day(2025, 6, 2)).await).await.unwrap();
    board.fields.kind = domain::event::EventKind::BoardMeeting;
    app::event::update(&app, &scope, board.id, &board.fields).await.unwrap();
    build::event(&app, &scope, "Last year's breakfast", day(2024, 11, 5)).await;
    let cancelled = build::event(&app, &scope, "Cancelled visit", day(2025, 9, 9)).await;
    app::event::cancel(&then(day(2025, 9, 1)), &scope, cancelled, "m").await.unwrap();

    // Working groups: Batteries met at the training; Hydrogen did not meet in 2025.
    let batteries = app::engagement::create_group(&app, &scope, "Batteries", "").await.unwrap();
    app::engagement::create_group(&app, &scope, "Hydrogen", "").await.unwrap();
    app::engagement::link_meeting(&app, &scope, training, Some(batteries)).await.unwrap();

    // Interactions: two calls and a visit in 2025, one call in 2024.
    let interaction = |organisation: Uuid, kind, occurred_on| domain::interaction::InteractionFields {
        organisation_id: organisation,
        contact_id: None,
        kind,
        occurred_on,
        staff_user_id: None,
        subject: "Follow-up".into(),
        notes: None,
        template_id: None,
    };
    use domain::interaction::InteractionKind::{Call, Visit};
    let logged = [
        interaction(alfa, Call, day(2025, 2, 1)),
        interaction(beta, Call, day(2025, 4, 1)),
        interaction(gamma, Visit, day(2025, 10, 1)),
        interaction(alfa, Call, day(2024, 12, 31)),
    ];
    store::interaction::insert_many(app.db(), &scope, &logged, "m").await.unwrap();

    // Projects of 2025: Corridor (running, serves a challenge, Alfa and Gamma, 100,000 budget,
    // 60,000 public and 10,000 private), Partnering (inter-cluster, Beta, 20,000 budget, not yet
    // funded); an old one of 2023-2024 and an idea without dates do not count.
    let strategy = domain::strategy::StrategyInput {
        title: Some("Mobility 2025-2028".into()),
        first_year: Some("2025".into()),
        last_year: Some("2028".into()),
    };
    let strategy = app::strategy::create(&app, &scope, &strategy).await.unwrap();
    let challenge = domain::strategy::ChallengeInput { title: Some("Logistics".into()), ..Default::default() };
    let challenge = app::strategy::add_challenge(&app, &scope, strategy, &challenge, &[]).await.unwrap();
    app::strategy::review(&then(day(2025, 9, 15)), &scope, strategy, "Mid-term review", "m").await.unwrap();
    let project = |title: &str, area: &str, from: Option<&str>, to: Option<&str>| ProjectInput {
        title: Some(title.into()),
        area: Some(area.into()),
        starts_on: from.map(String::from),
        ends_on: to.map(String::from),
        ..Default::default()
    };
    let corridor = project("Corridor", "innovation", Some("2025-01-01"), Some("2026-12-31"));
    let corridor =
        app::project::create(&app, &scope, &corridor, ProjectStage::Running, &[challenge], "m").await.unwrap();
    let partnering = project("Partnering", "inter_cluster", Some("2025-06-01"), None);
    let partnering = app::project::create(&app, &scope, &partnering, ProjectStage::Proposal, &[], "m").await.unwrap();
    let old = project("Old", "innovation", Some("2023-01-01"), Some("2024-12-31"));
    let old = app::project::create(&app, &scope, &old, ProjectStage::Completed, &[challenge], "m").await.unwrap();
    app::project::create(&app, &scope, &project("Idea", "innovation", None, None), ProjectStage::Idea, &[], "m")
        .await
        .unwrap();
    let who = |o: Uuid| app::project::Who { organisation_id: Some(o), ..Default::default() };
    let part = ParticipantInput { role: Some("partner".into()), money: None, in_kind: None };
    for (p, o) in [(corridor, alfa), (corridor, gamma), (partnering, beta), (old, delta)] {
        app::project::add_participant(&app, &scope, p, &who(o), &part).await.unwrap();
    }
    // Partnering works with a cluster body in France; Corridor with a port at home.
    let outside = |name: &str, country: &str| app::project::Who {
        outside_name: Some(name.into()),
        outside_country: Some(country.into()),
        ..Default::default()
    };
    app::project::add_participant(&app, &scope, partnering, &outside("Pôle Véhicule du Futur", "FR"), &part)
        .await
        .unwrap();
    app::project::add_participant(&app, &scope, corridor, &outside("Puerto de Bilbao", "ES"), &part).await.unwrap();
    let budget = |amount: &str| BudgetLineInput {
        category: Some("staff".into()),
        description: Some("people".into()),
        amount: Some(amount.into()),
    };
    app::project::add_budget_line(&app, &scope, corridor, &budget("100000")).await.unwrap();
    app::project::add_budget_line(&app, &scope, partnering, &budget("20000")).await.unwrap();
    app::project::add_budget_line(&app, &scope, old, &budget("999999")).await.unwrap();
    let funding = |kind: &str, amount: &str| FundingInput {
        programme: Some("Programme".into()),
        kind: Some(kind.into()),
        amount: Some(amount.into()),
        rate: None,
    };
    app::project::add_funding(&app, &scope, corridor, &funding("public", "60000")).await.unwrap();
    app::project::add_funding(&app, &scope, corridor, &funding("private", "10000")).await.unwrap();
    app::project::add_funding(&app, &scope, partnering, &funding("public", "5000")).await.unwrap();

    // Fees of 2025: Alfa's 800 (40 people), paid; Beta's not yet invoiced.
    app::membership::invoice_fee(&then(day(2025, 1, 10)), &scope, alfa_membership, None, "m", false).await.unwrap();
    let invoices = app::invoice::list(&now, &scope, &Default::default()).await.unwrap();
    let alfa_fee = invoices.iter().find(|i| i.invoice.organisation_id == alfa).unwrap().invoice.id;
    let paid = app::invoice::PaymentInput {
        paid_on: Some("2025-02-01".into()),
        amount: Some("800".into()),
        reference: None,
        overpayment: None,
    };
    app::invoice::record_payment(&now, &scope, alfa_fee, &paid, "m").await.unwrap();

    // The team: a manager full time all year, an assistant at half time from July.
    let person = |name: &str, role: &str, fte: &str, from: &str| domain::economics::StaffInput {
        name: Some(name.into()),
        role: Some(role.into()),
        fte: Some(fte.into()),
        yearly_cost: Some("40000".into()),
        starts_on: Some(from.into()),
        ..Default::default()
    };
    app::economics::add_staff(&now, &scope, &person("Ane", "cluster_manager", "1", "2020-01-01"), None).await.unwrap();
    app::economics::add_staff(&now, &scope, &person("Iker", "administration", "0.5", "2025-07-01"), None)
        .await
        .unwrap();

    // The action plan of 2025: one line done, one on track, one late.
    let line = |objective: &str, from: &str, to: &str, status: &str| domain::strategy::ActionLineInput {
        objective: Some(objective.into()),
        owner: Some("Ane".into()),
        starts_on: Some(from.into()),
        ends_on: Some(to.into()),
        status: Some(status.into()),
        ..Default::default()
    };
    for l in [
        line("Map the supply chain", "2025-01-15", "2025-04-30", "done"),
        line("Train technicians", "2025-03-01", "2026-11-30", "on_track"),
        line("Open a test bench", "2025-05-01", "2025-12-31", "not_started"),
    ] {
        app::strategy::add_line(&now, &scope, 2025, &l, None).await.unwrap();
    }

    // Company figures: Alfa and Beta for 2024 and 2025, Delta (no member) too.
    let figures =
        |employees: &str, turnover: &str, exports: &str, rd: &str, products: &str, markets: &str, digital: &str| {
            domain::figures::FiguresInput {
                employees: Some(employees.into()),
                turnover: Some(turnover.into()),
                exports: Some(exports.into()),
                rd_spending: Some(rd.into()),
                new_products: Some(products.into()),
                new_foreign_markets: Some(markets.into()),
                digital_maturity: Some(digital.into()),
            }
        };
    let enter = |o: Uuid, year: &'static str, f: domain::figures::FiguresInput| {
        let now = now.clone();
        let scope = scope.clone();
        async move { app::figures::enter(&now, &scope, o, Some(year), &f, "m").await.unwrap() }
    };
    enter(alfa, "2024", figures("40", "2000000", "500000", "100000", "0", "0", "2")).await;
    enter(alfa, "2025", figures("44", "2200000", "800000", "150000", "2", "1", "3")).await;
    enter(beta, "2024", figures("600", "8000000", "4000000", "200000", "0", "0", "4")).await;
    enter(beta, "2025", figures("570", "7800000", "4200000", "250000", "0", "2", "4")).await;
    enter(delta, "2025", figures("12", "900000", "0", "0", "5", "3", "1")).await;

    let v = |key: &'static str| {
        let now = now.clone();
        let scope = scope.clone();
        async move { value(&now, &scope, key).await }
    };
    // 1.1
    assert_eq!(v("events_held").await, Some(2), "the breakfast and the training");
    assert_eq!(v("participants").await, Some(5), "three at the breakfast, two at the training");
    assert_eq!(v("members_reached").await, Some(2), "Alfa and Beta; Delta is no member");
    // Alfa (events), Beta (an event) and Gamma (a project) took part: 3 of 3.
    assert_eq!(v("participation_rate").await, Some(10_000));
    // Active by the rule (two activities or one project): Alfa (two events) and Gamma (a running
    // project); Beta attended one event and its project is only proposed: 2 of 3.
    assert_eq!(v("active_member_share").await, Some(6_667));
    assert_eq!(v("new_members").await, Some(1), "Beta");
    assert_eq!(v("retention_rate").await, Some(10_000), "Alfa and Gamma, members at the start, stayed");
    assert_eq!(v("interactions_logged").await, Some(3));
    assert_eq!(v("members").await, Some(3), "Alfa, Beta and Gamma");
    assert_eq!(v("active_actors").await, Some(2), "Alfa and Gamma");
    assert_eq!(v("active_smes").await, Some(1), "Alfa; Gamma's size is unknown");
    assert_eq!(v("working_groups_met").await, Some(1), "Batteries");
    assert_eq!(v("media_mentions").await, None, "entered by hand, and not yet");
    // 1.2
    assert_eq!(v("projects_running").await, Some(2), "Corridor and Partnering");
    assert_eq!(v("aligned_share").await, Some(5_000), "one of two serves a challenge");
    assert_eq!(v("members_in_projects").await, Some(3), "Alfa, Gamma and Beta");
    // Of Alfa (SME) and Beta (large), whose size is known, one is an SME; Gamma's size is unknown.
    assert_eq!(v("sme_share").await, Some(5_000));
    assert_eq!(v("budget_mobilised").await, Some(12_000_000), "100,000 + 20,000");
    assert_eq!(v("public_funding").await, Some(6_000_000), "Corridor's: Partnering is not funded yet");
    assert_eq!(v("private_funding").await, Some(1_000_000));
    assert_eq!(v("inter_cluster_projects").await, Some(1));
    assert_eq!(v("projects_approved").await, Some(1), "Corridor started in 2025 and is funded");
    assert_eq!(v("international_projects").await, Some(1), "Partnering, with a French partner");
    // 1.3
    assert_eq!(v("fees_billed").await, Some(80_000), "Alfa's 800");
    assert_eq!(v("fees_collected").await, Some(80_000));
    assert_eq!(v("staff_fte").await, Some(150), "1 + 0.5 at the year's end");
    assert_eq!(v("members_per_fte").await, Some(200), "3 members / 1.5 FTE");
    // On 1 March 2026 the first line is done, the second on track, the third late: 2 of 3.
    assert_eq!(v("action_lines_on_track").await, Some(6_667));
    assert_eq!(v("board_meetings").await, Some(1));
    assert_eq!(v("triple_helix_kinds").await, Some(2), "companies and a university");
    assert_eq!(v("strategy_documented").await, Some(1), "2025-2028 with a challenge, and a plan");
    assert_eq!(v("strategy_reviews").await, Some(1));
    assert_eq!(v("internet_presence").await, None);
    let years = app::economics::years(&now, &scope, 2025, 2025).await.unwrap();
    for ratio in &years[0].actual_ratios {
        // A share in basis points as it is; times and months in hundredths.
        let expected = match ratio.unit {
            domain::economics::RatioUnit::Percent => ratio.value,
            _ => ratio.value.map(|v| (v + v.signum() * 50) / 100),
        };
        assert_eq!(v(ratio.code).await, expected, "{} is the economics' ratio", ratio.code);
    }
    assert_eq!(years[0].actual_ratios.len(), 8, "every ratio is an indicator");
    // 2.1 over Alfa and Beta (Delta is no member): turnover 10,000,000 → 10,000,000, employees
    // 640 → 614, exports 5,000,000 of 10,000,000, R&D 400,000 of 10,000,000.
    assert_eq!(v("turnover_growth").await, Some(0));
    assert_eq!(v("employment_growth").await, Some(-406), "-26 / 640 = -4.06 %");
    assert_eq!(v("export_share").await, Some(5_000));
    assert_eq!(v("rd_intensity").await, Some(400));
    // 2.2: Alfa launched products, Beta did not; 1 + 2 new markets; maturity (3 + 4) / 2.
    assert_eq!(v("innovating_share").await, Some(5_000));
    assert_eq!(v("new_foreign_markets").await, Some(3));
    assert_eq!(v("digital_maturity").await, Some(350));

    // What stands behind: the participation rate names who counted and who did not.
    let (_, participation) =
        app::monitoring::detail(&now, &scope, "participation_rate", Period::year(2025)).await.unwrap();
    let counted: Vec<(&str, bool)> = participation.detail.iter().map(|r| (r.label.as_str(), r.counted)).collect();
    assert_eq!(counted.len(), 3);
    assert!(counted.contains(&("Gamma Universidad", true)), "{counted:?}");
    let (_, public) = app::monitoring::detail(&now, &scope, "public_funding", Period::year(2025)).await.unwrap();
    assert_eq!(public.detail.len(), 1);
    assert_eq!(public.detail[0].label, "Corridor");
    assert_eq!(public.detail[0].href.as_deref(), Some(format!("projects/{corridor}").as_str()));

    // Another cluster counts nothing of these.
    let theirs = common::own_cluster(&app, "theirs").await;
    let other = app::monitoring::values(&now, &theirs, Period::year(2025)).await.unwrap();
    for key in ["events_held", "participants", "interactions_logged", "projects_running", "board_meetings"] {
        assert_eq!(other.get(key).and_then(|v| v.value), Some(0), "{key}");
    }
    assert_eq!(other.get("budget_mobilised").and_then(|v| v.value), Some(0));
    assert_eq!(other.get("digital_maturity").and_then(|v| v.value), None);
}

/// A strategic-attitude survey's answers (here imported from another tool) are the 2.3 values of
/// the year its campaign closes.
async fn survey_answers_are_the_attitude_indicators(app: App) {
    let listener = app::mail::testing::SmtpListener::start().await;
    let mailer = app::mail::SmtpMailer::from_url(&listener.url).unwrap();
    let app = app.with_mail(app::mail::Mail { mailer: std::sync::Arc::new(mailer), from: "team@asks.example".into() });
    let scope = common::own_cluster(&app, "asked").await;
    // A cluster that writes English: the file's answers are the template's English options.
    app::cluster::set_language(&app, &scope, "en").await.unwrap();
    let scope = app::auth::operator_scope(&app, "asked").await.unwrap();
    let on = app.on(day(2025, 11, 1));
    let alfa = organisation(&app, &scope, "Alfa Movilidad S.L.", "company", Some("40")).await;
    let ane = build::contact(&app, &scope, alfa, "Ane", "Alfa", Some("ane@alfa.example")).await;
    let consent = domain::consent::ConsentInput {
        channel: Some("email".into()),
        purpose: Some("Member surveys and consultations".into()),
        given_on: Some("2025-01-15".into()),
        source: Some("membership form".into()),
    };
    app::privacy::give(&app, &scope, "m", ane.id, &consent).await.unwrap();
    let everyone = app::segment::save(&app, &scope, "Everyone", &Default::default(), "m").await.unwrap();
    let questionnaire = app::survey::from_template(&app, &scope, "strategic_attitude", "m").await.unwrap();
    let input = app::survey::CampaignInput {
        questionnaire_id: Some(questionnaire.to_string()),
        title: None,
        segment_id: Some(everyone.id.to_string()),
        anonymous: Some("yes".into()),
        closes_on: Some("2025-12-15".into()),
        figures_year: None,
    };
    let campaign = app::survey::send(&on, &scope, &input, "https://desk.example", "m").await.unwrap().campaign_id;
    let file = "openness_to_cooperation,strategic_planning,perceived_value\n\
                4,A written plan for several years,5\n\
                5,No written plan,4\n\
                3,\"A written plan, reviewed every year with indicators\",4\n";
    let plan = app::import::answers::run(
        &on,
        &scope,
        campaign,
        "a.csv",
        file.as_bytes(),
        &[],
        "m",
        app::import::Mode::AllOrNothing,
    )
    .await
    .unwrap();
    assert!(plan.import_id.is_some(), "{:?}", plan.rows);
    let later = app.on(day(2026, 1, 10));
    assert_eq!(value(&later, &scope, "openness_to_cooperation").await, Some(400), "(4 + 5 + 3) / 3");
    // The plans' levels: 3, 1 and 4 of the four options.
    assert_eq!(value(&later, &scope, "planning_maturity").await, Some(267));
    assert_eq!(value(&later, &scope, "perceived_value").await, Some(433));
    assert_eq!(value(&later, &scope, "average_satisfaction").await, None, "no satisfaction survey closed in 2025");
    let next = app::monitoring::values(&later, &scope, Period::year(2026)).await.unwrap();
    assert_eq!(next.get("perceived_value").and_then(|v| v.value), None, "the campaign closed in 2025");
}

/// The cluster's own indicators: values entered by hand with a note, a formula over others, a
/// formula that closes a circle or reads an unknown key refused by name; targets and status.
async fn own_indicators_formulas_and_targets(app: App) {
    let scope = common::own_cluster(&app, "own").await;
    let on = app.on(day(2026, 3, 1));
    let input =
        |group: &str, name: &str, source: &str, unit: &str, formula: Option<&str>| app::monitoring::IndicatorInput {
            group: Some(group.into()),
            name: Some(name.into()),
            unit: Some(unit.into()),
            source: Some(source.into()),
            formula: formula.map(String::from),
            ..Default::default()
        };
    let press = app::monitoring::create(&on, &scope, &input("1.1", "Press mentions", "hand", "count", None), "m")
        .await
        .unwrap();
    let catalogue = app::monitoring::catalogue(&on, &scope).await.unwrap();
    let mine = catalogue.iter().find(|i| i.custom_id == Some(press)).unwrap();
    assert_eq!((mine.definition.code.as_str(), mine.definition.key.as_str()), ("1.1.c1", "press_mentions"));
    let taken = app::monitoring::create(&on, &scope, &input("1.1", "Events held", "hand", "count", None), "m").await;
    assert!(
        matches!(taken, Err(Error::Invalid(ref e)) if e.message_for("key").is_some_and(|m| m.contains("1.1.1"))),
        "{taken:?}"
    );

    let entry = |period: &str, value: &str| app::monitoring::ValueInput {
        period: Some(period.into()),
        value: Some(value.into()),
        note: Some("Counted from the clippings folder".into()),
        evidence_id: None,
    };
    app::monitoring::enter_value(&on, &scope, "press_mentions", &entry("2025", "12"), "m").await.unwrap();
    let quarter = app::monitoring::enter_value(&on, &scope, "press_mentions", &entry("2025-Q2", "3"), "m").await;
    assert!(matches!(quarter, Err(Error::Invalid(ref e)) if e.message_for("period").is_some()), "{quarter:?}");
    let typed_twice = app::monitoring::enter_value(&on, &scope, "events_held", &entry("2025", "3"), "m").await;
    assert!(
        matches!(typed_twice, Err(Error::Invalid(ref e)) if e.message_for("value").is_some_and(|m| m.contains("not typed")))
    );
    let bad = app::monitoring::enter_value(&on, &scope, "press_mentions", &entry("2025", "1,5"), "m").await;
    assert!(matches!(bad, Err(Error::Invalid(_))), "{bad:?}");

    let per_event = input(
        "1.1",
        "Mentions per event",
        "formula",
        "number",
        Some("if(events_held > 0, press_mentions / events_held, 0)"),
    );
    app::monitoring::create(&on, &scope, &per_event, "m").await.unwrap();
    build::event(&app, &scope, "Breakfast", day(2025, 3, 10)).await;
    build::event(&app, &scope, "Lunch", day(2025, 4, 10)).await;
    build::event(&app, &scope, "Dinner", day(2025, 5, 10)).await;
    let values = app::monitoring::values(&on, &scope, Period::year(2025)).await.unwrap();
    assert_eq!(values["press_mentions"].value, Some(12));
    assert_eq!(values["press_mentions"].note.as_deref(), Some("Counted from the clippings folder"));
    assert_eq!(values["mentions_per_event"].value, Some(400), "12 / 3 = 4.00");
    assert_eq!(values["mentions_per_event"].detail.len(), 2, "it shows what it read");
    let unknown = input("1.1", "Typo", "formula", "number", Some("press_mentionz * 2"));
    let refused = app::monitoring::create(&on, &scope, &unknown, "m").await;
    assert!(
        matches!(refused, Err(Error::Invalid(ref e)) if e.message_for("formula") == Some("typo reads 'press_mentionz', which is no indicator")),
        "{refused:?}"
    );
    let first = app::monitoring::create(
        &on,
        &scope,
        &input("1.3", "Alpha", "formula", "number", Some("press_mentions + 1")),
        "m",
    )
    .await
    .unwrap();
    app::monitoring::create(&on, &scope, &input("1.3", "Beta", "formula", "number", Some("alpha * 2")), "m")
        .await
        .unwrap();
    let circle = app::monitoring::IndicatorInput { formula: Some("beta + 1".into()), ..Default::default() };
    let refused = app::monitoring::update(&on, &scope, first, &circle).await;
    assert!(
        matches!(refused, Err(Error::Invalid(ref e)) if e.message_for("formula").is_some_and(|m| m.contains("alpha → beta → alpha"))),
        "{refused:?}"
    );
    let removed = app::monitoring::remove(&on, &scope, press).await;
    assert!(matches!(removed, Err(Error::Conflict(_))), "a formula reads it: {removed:?}");

    // Targets and status, in the indicator's direction.
    app::monitoring::set_target(&on, &scope, "events_held", "2025", "3", "m").await.unwrap();
    app::monitoring::set_target(&on, &scope, "press_mentions", "2025", "13", "m").await.unwrap();
    app::monitoring::set_target(&on, &scope, "members_per_fte", "2025", "30", "m").await.unwrap();
    let refused = app::monitoring::set_target(&on, &scope, "events_held", "2025-Q1", "3", "m").await;
    assert!(matches!(refused, Err(Error::Invalid(_))), "{refused:?}");
    let dashboard = app::monitoring::dashboard(&on, &scope, Period::year(2025)).await.unwrap();
    let row = |key: &str| {
        dashboard.groups.iter().flat_map(|g| g.rows.iter()).find(|r| r.indicator.definition.key == key).unwrap().clone()
    };
    assert_eq!((row("events_held").value, row("events_held").status), (Some(3), Some(Status::OnTrack)));
    assert_eq!(row("press_mentions").status, Some(Status::AtRisk), "12 of 13 is within a tenth");
    assert_eq!(row("members_per_fte").status, None, "no team, no value");
    assert_eq!(row("events_held").trend.len(), 5);
    assert_eq!(row("events_held").trend[0].period, "2021");
    app::monitoring::set_target(&on, &scope, "events_held", "2025", "", "m").await.unwrap();
    let dashboard = app::monitoring::dashboard(&on, &scope, Period::year(2025)).await.unwrap();
    let events = dashboard.groups[0].rows.iter().find(|r| r.indicator.definition.key == "events_held").unwrap();
    assert_eq!((events.target, events.status), (None, None), "an empty target removes it");

    // A value entered by hand is removed; once.
    app::monitoring::enter_value(&on, &scope, "press_mentions", &entry("2024", "7"), "m").await.unwrap();
    app::monitoring::remove_value(&on, &scope, "press_mentions", "2024").await.unwrap();
    let gone = app::monitoring::values(&on, &scope, Period::year(2024)).await.unwrap();
    assert_eq!(gone.get("press_mentions").and_then(|v| v.value), None);
    let again = app::monitoring::remove_value(&on, &scope, "press_mentions", "2024").await;
    assert!(matches!(again, Err(Error::NotFound(_))), "{again:?}");

    // Another cluster sees none of the own indicators, values or targets.
    let theirs = common::own_cluster(&app, "theirs").await;
    assert!(app::monitoring::catalogue(&on, &theirs).await.unwrap().iter().all(|i| i.custom_id.is_none()));
    let entered = app::monitoring::enter_value(&on, &theirs, "press_mentions", &entry("2025", "1"), "m").await;
    assert!(matches!(entered, Err(Error::NotFound(_))), "{entered:?}");
    assert!(matches!(app::monitoring::remove(&on, &theirs, first).await, Err(Error::NotFound(_))));
}

/// The evidence store: files and links with their kind and date, backing an indicator's period;
/// files of the wrong kind, empty, too large or past the quota refused with nothing written;
/// another cluster reaches nothing.
async fn evidence_is_kept_within_limits_and_served_to_its_cluster_only(app: App) {
    use app::monitoring::EvidenceInput;
    let scope = common::own_cluster(&app, "proved").await;
    let on = app.on(day(2026, 3, 1));
    let minutes = EvidenceInput {
        kind: Some("board_minutes".into()),
        title: Some("Minutes of the board, June".into()),
        dated_on: Some("30/06/2025".into()),
        indicator_key: Some("board_meetings".into()),
        period: Some("2025".into()),
        ..Default::default()
    };
    let pdf = b"%PDF-1.4 the minutes".as_slice();
    let id = app::monitoring::add_evidence(&on, &scope, &minutes, Some(("minutes.pdf", pdf)), "m").await.unwrap();
    let clipping = EvidenceInput {
        kind: Some("press_clipping".into()),
        title: Some("The cluster in El Correo".into()),
        url: Some("elcorreo.example/cluster".into()),
        ..Default::default()
    };
    app::monitoring::add_evidence(&on, &scope, &clipping, None, "m").await.unwrap();
    let items = app::monitoring::evidence(&on, &scope).await.unwrap();
    assert_eq!(items.len(), 2);
    let kept = items.iter().find(|e| e.id == id).unwrap();
    assert_eq!(
        (kept.dated_on, kept.size_bytes, kept.period.as_deref()),
        (day(2025, 6, 30), pdf.len() as i64, Some("2025"))
    );
    let link = items.iter().find(|e| e.id != id).unwrap();
    assert_eq!((link.url.as_deref(), link.dated_on), (Some("https://elcorreo.example/cluster"), day(2026, 3, 1)));
    let (name, content_type, bytes) = app::monitoring::evidence_file(&on, &scope, id).await.unwrap();
    assert_eq!((name.as_str(), content_type.as_str(), bytes.as_slice()), ("minutes.pdf", "application/pdf", pdf));

    let refused = |input: EvidenceInput, file: Option<(&'static str, Vec<u8>)>, field: &'static str| {
        let on = on.clone();
        let scope = scope.clone();
        async move {
            let file_ref = file.as_ref().map(|(n, b)| (*n, b.as_slice()));
            let r = app::monitoring::add_evidence(&on, &scope, &input, file_ref, "m").await;
            assert!(matches!(r, Err(Error::Invalid(ref e)) if e.message_for(field).is_some()), "{field}: {r:?}");
        }
    };
    let titled = || EvidenceInput { title: Some("x".into()), ..Default::default() };
    refused(titled(), Some(("page.html", b"<script>alert(1)</script>".to_vec())), "file").await;
    refused(titled(), Some(("drawing.svg", b"<svg onload=alert(1)>".to_vec())), "file").await;
    refused(titled(), Some(("empty.pdf", Vec::new())), "file").await;
    let big = vec![b'x'; domain::monitoring::EVIDENCE_FILE_BYTES + 1];
    refused(titled(), Some(("big.pdf", big)), "file").await;
    refused(titled(), None, "url").await;
    refused(
        EvidenceInput { url: Some("https://a.example".into()), ..titled() },
        Some(("a.pdf", b"%PDF".to_vec())),
        "url",
    )
    .await;
    refused(EvidenceInput { url: Some("javascript:alert(1)".into()), ..titled() }, None, "url").await;
    refused(
        EvidenceInput { kind: Some("rumour".into()), url: Some("https://a.example".into()), ..titled() },
        None,
        "kind",
    )
    .await;
    let wrong_period = EvidenceInput {
        url: Some("https://a.example".into()),
        indicator_key: Some("board_meetings".into()),
        period: Some("2025-Q2".into()),
        ..titled()
    };
    refused(wrong_period, None, "indicator_key").await;
    let unknown = EvidenceInput {
        url: Some("https://a.example".into()),
        indicator_key: Some("nothing".into()),
        period: Some("2025".into()),
        ..titled()
    };
    refused(unknown, None, "indicator_key").await;
    assert_eq!(app::monitoring::evidence(&on, &scope).await.unwrap().len(), 2, "nothing refused was written");

    // Another cluster reaches none of it.
    let theirs = common::own_cluster(&app, "theirs").await;
    assert!(app::monitoring::evidence(&on, &theirs).await.unwrap().is_empty());
    assert!(matches!(app::monitoring::evidence_file(&on, &theirs, id).await, Err(Error::NotFound(_))));
    assert!(matches!(app::monitoring::remove_evidence(&on, &theirs, id).await, Err(Error::NotFound(_))));
    app::monitoring::remove_evidence(&on, &scope, id).await.unwrap();
    assert_eq!(app::monitoring::evidence(&on, &scope).await.unwrap().len(), 1);
}

/// Reporting regimes: the listing floor, the label's readiness, the regional programme and the
/// monitoring system read the same values, each line judged by its threshold, else its target,
/// and shown with its evidence; the cluster's own sets are made, copied, changed and exported, and
/// stay its own.
async fn reporting_regimes_read_the_same_values_with_their_thresholds_and_evidence(app: App) {
    use app::indicator_set::SetDocument;
    use domain::indicator_set::{SetLineInput, Verdict};
    let scope = common::own_cluster(&app, "regimes").await;
    let on = app.on(day(2026, 3, 1));
    let year = Period::year(2025);

    // Two members, a company and a university: two strands of the triple helix, not 15 members.
    let full = build::full_member_type(&app, &scope).await;
    let research = build::in_kind_member_type(&app, &scope).await;
    let alfa = organisation(&app, &scope, "Alfa Movilidad S.L.", "company", Some("40")).await;
    let uni = organisation(&app, &scope, "Universidad de Deusto", "university", None).await;
    let membership = build::member(&app.on(day(2024, 1, 1)), &scope, alfa, full, day(2024, 1, 1)).await;
    app::membership::invoice_fee(&app.on(day(2025, 1, 10)), &scope, membership, None, "m", false).await.unwrap();
    let invoices = app::invoice::list(&on, &scope, &Default::default()).await.unwrap();
    let paid = app::invoice::PaymentInput {
        paid_on: Some("2025-02-01".into()),
        amount: Some("800".into()),
        reference: None,
        overpayment: None,
    };
    app::invoice::record_payment(&on, &scope, invoices[0].invoice.id, &paid, "m").await.unwrap();
    build::member(&app.on(day(2024, 1, 1)), &scope, uni, research, day(2024, 1, 1)).await;
    // Half a manager: exactly the floor.
    let manager = domain::economics::StaffInput {
        name: Some("Ane".into()),
        role: Some("cluster_manager".into()),
        fte: Some("0.5".into()),
        yearly_cost: Some("30000".into()),
        starts_on: Some("2020-01-01".into()),
        ..Default::default()
    };
    app::economics::add_staff(&on, &scope, &manager, None).await.unwrap();

    let floor = app::indicator_set::reading(&on, &scope, "eccp_listing", year).await.unwrap();
    let verdicts: Vec<(&str, Verdict)> = floor.lines.iter().map(|l| (l.line.code.as_str(), l.verdict)).collect();
    assert_eq!(
        verdicts,
        [("F1", Verdict::Met), ("F2", Verdict::NotMet), ("F3", Verdict::Met), ("F4", Verdict::Missing)],
        "0.5 FTE meets at least 0.5; 2 members are not 15; two strands; no website entered"
    );
    assert_eq!((floor.holding, floor.short, floor.missing), (2, 1, 1));
    assert_eq!(floor.lines[0].threshold_text.as_deref(), Some("at least 0.50"));

    // The website is entered by hand with its address as evidence; a clipping backs the label's
    // media line by its kind and date alone, one of 2024 does not.
    let site = app::monitoring::EvidenceInput {
        kind: Some("other".into()),
        title: Some("The cluster's website".into()),
        url: Some("https://regimes.example".into()),
        dated_on: Some("2025-12-01".into()),
        indicator_key: Some("internet_presence".into()),
        period: Some("2025".into()),
    };
    let site = app::monitoring::add_evidence(&on, &scope, &site, None, "m").await.unwrap();
    let entry = |value: &str, evidence_id| app::monitoring::ValueInput {
        period: Some("2025".into()),
        value: Some(value.into()),
        note: Some("News and events of the year online".into()),
        evidence_id,
    };
    app::monitoring::enter_value(&on, &scope, "internet_presence", &entry("1", Some(site.to_string())), "m")
        .await
        .unwrap();
    let clipping = |title: &str, dated_on: &str| app::monitoring::EvidenceInput {
        kind: Some("press_clipping".into()),
        title: Some(title.into()),
        url: Some("https://news.example/cluster".into()),
        dated_on: Some(dated_on.into()),
        ..Default::default()
    };
    app::monitoring::add_evidence(&on, &scope, &clipping("In El Correo", "2025-05-04"), None, "m").await.unwrap();
    app::monitoring::add_evidence(&on, &scope, &clipping("An old story", "2024-05-04"), None, "m").await.unwrap();
    app::monitoring::enter_value(&on, &scope, "media_mentions", &entry("0", None), "m").await.unwrap();

    let floor = app::indicator_set::reading(&on, &scope, "eccp_listing", year).await.unwrap();
    let website = &floor.lines[3];
    assert_eq!(website.verdict, Verdict::Met);
    assert_eq!(website.evidence.iter().map(|e| e.id).collect::<Vec<_>>(), [site]);
    let label = app::indicator_set::reading(&on, &scope, "label_readiness", year).await.unwrap();
    let media = label.lines.iter().find(|l| l.line.indicator == "media_mentions").unwrap();
    assert_eq!(media.verdict, Verdict::NotMet, "no mention counted in 2025, though a clipping is held");
    assert_eq!(media.evidence.iter().map(|e| e.title.as_str()).collect::<Vec<_>>(), ["In El Correo"]);
    let satisfaction = label.lines.iter().find(|l| l.line.indicator == "average_satisfaction").unwrap();
    assert_eq!(satisfaction.verdict, Verdict::Missing, "no satisfaction survey closed in 2025");

    // Without a threshold a line is judged by the cluster's target: 2 members against 3 is short
    // by one, within the margin of one unit: at risk.
    app::monitoring::set_target(&on, &scope, "members", "2025", "3", "m").await.unwrap();
    let monitoring = app::indicator_set::reading(&on, &scope, "monitoring", year).await.unwrap();
    let members = monitoring.lines.iter().find(|l| l.line.indicator == "members").unwrap();
    assert_eq!((members.value, members.target, members.verdict), (Some(2), Some(3), Verdict::AtRisk));
    let catalogue = app::monitoring::catalogue(&on, &scope).await.unwrap();
    assert_eq!(monitoring.lines.len(), catalogue.len(), "the monitoring system holds every indicator");
    let programme = app::indicator_set::reading(&on, &scope, "regional_programme", year).await.unwrap();
    let active = programme.lines.iter().find(|l| l.line.indicator == "active_actors").unwrap();
    assert_eq!((active.value, active.verdict), (Some(0), Verdict::Measured), "nobody took part in anything");

    // The cluster's own: a set made whole, with every line's problem named by its place.
    let line = |code: &str, indicator: &str, comparison: &str, threshold: &str| SetLineInput {
        code: Some(code.into()),
        name: Some(format!("Line {code}")),
        indicator: Some(indicator.into()),
        comparison: Some(comparison.into()),
        threshold: Some(threshold.into()),
        evidence_kinds: vec!["board_minutes".into()],
    };
    let bad = SetDocument {
        name: Some("Board's figures".into()),
        description: None,
        lines: Some(vec![line("B1", "staff_fte", "at_least", "1"), line("B2", "members_count", "", "")]),
    };
    let refused = app::indicator_set::create(&on, &scope, &bad, "m").await;
    assert!(
        matches!(refused, Err(Error::Invalid(ref e)) if e.message_for("lines[1].indicator").is_some_and(|m| m.contains("members_count"))),
        "{refused:?}"
    );
    let twice = SetDocument {
        lines: Some(vec![line("B1", "staff_fte", "at_least", "1"), line("B1", "members", "at_least", "x")]),
        ..bad.clone()
    };
    let refused = app::indicator_set::create(&on, &scope, &twice, "m").await;
    assert!(
        matches!(refused, Err(Error::Invalid(ref e)) if e.message_for("lines[1].threshold").is_some()),
        "{refused:?}"
    );
    assert_eq!(app::indicator_set::sets(&on, &scope).await.unwrap().len(), 4, "nothing was written");
    let good = SetDocument {
        lines: Some(vec![line("B1", "staff_fte", "at_least", "1"), line("B2", "fee_concentration", "at_most", "40")]),
        ..bad
    };
    let board = app::indicator_set::create(&on, &scope, &good, "m").await.unwrap();
    let read = app::indicator_set::reading(&on, &scope, &board.to_string(), year).await.unwrap();
    assert!(read.own);
    assert_eq!(read.lines[0].verdict, Verdict::NotMet, "0.5 FTE is not at least 1");
    assert_eq!(read.lines[1].threshold_text.as_deref(), Some("at most 40 %"));
    let taken = app::indicator_set::add_line(&on, &scope, board, &line("B1", "members", "", "")).await;
    assert!(matches!(taken, Err(Error::Conflict(ref e)) if e.message_for("code").is_some()), "{taken:?}");
    let added = app::indicator_set::add_line(&on, &scope, board, &line("B3", "members", "", "")).await.unwrap();
    let (read, table) = app::indicator_set::export(&on, &scope, &board.to_string(), year).await.unwrap();
    assert_eq!(read.lines.iter().map(|l| l.line.code.as_str()).collect::<Vec<_>>(), ["B1", "B2", "B3"]);
    let rows = table.collect_rows().await.unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[2][0], app::table::Value::Text("B3".into()));
    assert_eq!(rows[2][4], app::table::Value::Text("2".into()), "two members");
    app::indicator_set::remove_line(&on, &scope, board, added).await.unwrap();
    let renamed = SetDocument { name: Some("The board's figures".into()), ..Default::default() };
    app::indicator_set::update(&on, &scope, board, &renamed).await.unwrap();
    let read = app::indicator_set::reading(&on, &scope, &board.to_string(), year).await.unwrap();
    assert_eq!((read.name.as_str(), read.lines.len()), ("The board's figures", 2), "the lines stayed");

    // A copy of the label's set keeps its lines, to change its thresholds.
    let copy = app::indicator_set::copy(&on, &scope, "label_readiness", "m").await.unwrap();
    let copied = app::indicator_set::reading(&on, &scope, &copy.to_string(), year).await.unwrap();
    assert_eq!(copied.lines.len(), label.lines.len());
    assert_eq!(
        copied.lines.iter().map(|l| l.verdict).collect::<Vec<_>>(),
        label.lines.iter().map(|l| l.verdict).collect::<Vec<_>>()
    );
    let all = app::indicator_set::readings(&on, &scope, year).await.unwrap();
    assert_eq!(all.len(), 6, "the monitoring system, three shipped, two own");

    // Another cluster reaches none of them.
    let theirs = common::own_cluster(&app, "elsewhere").await;
    let missing = app::indicator_set::reading(&on, &theirs, &board.to_string(), year).await;
    assert!(matches!(missing, Err(Error::NotFound(_))), "{missing:?}");
    assert!(matches!(app::indicator_set::remove(&on, &theirs, board).await, Err(Error::NotFound(_))));
    let line_there = app::indicator_set::add_line(&on, &theirs, board, &line("X", "members", "", "")).await;
    assert!(matches!(line_there, Err(Error::NotFound(_))), "{line_there:?}");
    assert!(matches!(app::indicator_set::remove_line(&on, &theirs, board, added).await, Err(Error::NotFound(_))));
    assert_eq!(app::indicator_set::sets(&on, &theirs).await.unwrap().len(), 4);
    app::indicator_set::remove(&on, &scope, board).await.unwrap();
    assert_eq!(app::indicator_set::sets(&on, &scope).await.unwrap().len(), 5);
}

/// The annual report sorts what met its target from what slipped, keeps the year before beside
/// each value and the notes of values entered by hand, reads the regimes, and writes every value
/// into its workbook as a number too.
async fn the_annual_report_sorts_what_met_its_target_from_what_slipped(app: App) {
    let scope = common::own_cluster(&app, "reported").await;
    let on = app.on(day(2026, 3, 1));
    let press = app::monitoring::IndicatorInput {
        group: Some("1.1".into()),
        name: Some("Press mentions".into()),
        unit: Some("count".into()),
        ..Default::default()
    };
    app::monitoring::create(&on, &scope, &press, "m").await.unwrap();
    let entry = |period: &str, value: &str| app::monitoring::ValueInput {
        period: Some(period.into()),
        value: Some(value.into()),
        note: Some(format!("Clippings of {period}")),
        evidence_id: None,
    };
    app::monitoring::enter_value(&on, &scope, "press_mentions", &entry("2024", "5"), "m").await.unwrap();
    app::monitoring::enter_value(&on, &scope, "press_mentions", &entry("2025", "12"), "m").await.unwrap();
    build::event(&app, &scope, "Breakfast", day(2025, 3, 10)).await;
    for (key, target) in [("press_mentions", "10"), ("events_held", "3"), ("interactions_logged", "0")] {
        app::monitoring::set_target(&on, &scope, key, "2025", target, "m").await.unwrap();
    }

    let report = app::report::annual(&on, &scope, 2025).await.unwrap();
    assert_eq!(
        (report.cluster.as_str(), report.year, report.currency.as_str()),
        (scope.cluster().name.as_str(), 2025, "EUR")
    );
    let met: Vec<&str> = report.met.iter().map(|r| r.key.as_str()).collect();
    let slipped: Vec<&str> = report.slipped.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(met, ["interactions_logged", "press_mentions"], "12 mentions meet 10; no interaction meets 0");
    assert_eq!(slipped, ["events_held"], "one event of three is off track");
    let press = report.met.iter().find(|r| r.key == "press_mentions").unwrap();
    assert_eq!((press.value_text.as_str(), press.previous_text.as_str()), ("12", "5"));
    assert_eq!(press.note.as_deref(), Some("Clippings of 2025"));
    assert_eq!((report.counts.on_track, report.counts.off_track), (2, 1));
    let improved: Vec<&str> = report.improved.iter().map(|r| r.key.as_str()).collect();
    assert!(improved.contains(&"press_mentions") && !improved.contains(&"interactions_logged"), "{improved:?}");
    let rows = report.rows().count();
    assert_eq!(rows, app::monitoring::catalogue(&on, &scope).await.unwrap().len());
    assert_eq!(report.groups.len(), 6);
    let regimes: Vec<&str> = report.regimes.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(regimes, ["eccp_listing", "label_readiness", "regional_programme"]);

    let table = app::report::values_table(&report).collect_rows().await.unwrap();
    assert_eq!(table.len(), rows);
    let press_row = table.iter().find(|r| r[2] == app::table::Value::Text("press_mentions".into())).unwrap();
    assert_eq!(press_row[11], app::table::Value::Scaled(12, 1));
    assert_eq!(press_row.len(), app::report::VALUE_COLUMNS.len() + 5, "and the five years of its trend");
    assert_eq!(press_row[press_row.len() - 2], app::table::Value::Scaled(5, 1), "2024");
    assert_eq!(press_row[10], app::table::Value::Text("Clippings of 2025".into()));
    // The workbook is written in its reader's language: the sheet, the headers, units and statuses.
    let german = i18n::read_by(domain::language::Language::German, || app::report::values_table(&report));
    assert_eq!(
        (&*german.name, &german.columns[..4]),
        ("Werte", &["Gruppe", "Code", "Schlüssel", "Indikator"].map(String::from)[..])
    );
    assert_eq!(german.columns[7], "Vorjahr");
    let german_rows = german.collect_rows().await.unwrap();
    let statuses: std::collections::BTreeSet<String> = german_rows
        .iter()
        .filter_map(|r| match &r[9] {
            app::table::Value::Text(s) if !s.is_empty() => Some(s.clone()),
            _ => None,
        })
        .collect();
    assert!(
        !statuses.is_empty() && statuses.iter().all(|s| ["im Plan", "gefährdet", "verfehlt"].contains(&s.as_str())),
        "{statuses:?}"
    );
    assert!(matches!(app::report::annual(&on, &scope, 99_999).await, Err(Error::BadRequest(_))));
    assert!(matches!(app::report::annual(&on, &scope, 1950).await, Err(Error::BadRequest(_))));
}

on_each_backend!(empty: the_annual_report_sorts_what_met_its_target_from_what_slipped, reporting_regimes_read_the_same_values_with_their_thresholds_and_evidence, evidence_is_kept_within_limits_and_served_to_its_cluster_only, each_computed_indicator_is_worked_out_from_the_records, survey_answers_are_the_attitude_indicators, own_indicators_formulas_and_targets);
