//! Strategy, action plan, project ideas, projects and services: the chain a cluster manager runs,
//! on every backend.

use crate::common;

use app::{App, ClusterScope};
use chrono::NaiveDate;
use common::build;
use domain::id::Uuid;
use domain::project::{
    BudgetLineInput, FundingInput, IdeaInput, IdeaLinks, IdeaScores, IdeaWeights, ParticipantInput, ProjectArea,
    ProjectInput, ProjectStage,
};
use domain::service::{DeliveryInput, ServiceInput};
use domain::strategy::{ActionLineInput, ActionStanding, ChallengeInput, StrategyInput};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Every use case runs on this day.
fn today() -> NaiveDate {
    day(2026, 6, 1)
}

fn input(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let owned: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    move |field| owned.iter().find(|(k, _)| k == field).map(|(_, v)| v.clone())
}

async fn strategy_with(app: &App, scope: &ClusterScope, titles: &[&str]) -> (Uuid, Vec<Uuid>) {
    let strategy = StrategyInput {
        title: Some("Smart mobility 2025-2028".into()),
        first_year: Some("2025".into()),
        last_year: Some("2028".into()),
    };
    let id = app::strategy::create(app, scope, &strategy).await.unwrap();
    let mut challenges = Vec::new();
    for title in titles {
        let challenge =
            ChallengeInput { title: Some(title.to_string()), owner: Some("Ane".into()), ..Default::default() };
        challenges.push(app::strategy::add_challenge(app, scope, id, &challenge, &[]).await.unwrap());
    }
    (id, challenges)
}

async fn strategy_is_reviewed_and_the_action_plan_says_what_is_late(app: App) {
    let scope = common::own_cluster(&app, "ours").await;
    let app = app.on(today());
    let segment =
        store::value_chain::add_term(app.db(), &scope, store::value_chain::TermKind::Segment, "Battery cells")
            .await
            .unwrap();
    let (strategy, challenges) = strategy_with(&app, &scope, &["Skills", "Energy"]).await;
    let digital =
        ChallengeInput { title: Some("Digital twins".into()), horizon: Some("2027".into()), ..Default::default() };
    let twins = app::strategy::add_challenge(&app, &scope, strategy, &digital, &[segment]).await.unwrap();
    assert_eq!(app::strategy::challenge(&app, &scope, twins).await.unwrap().fields.segment_ids, vec![segment]);
    let unknown = app::strategy::add_challenge(&app, &scope, strategy, &digital, &[Uuid::nil()]).await.unwrap_err();
    assert!(unknown.to_string().contains("not a value-chain segment"), "{unknown}");

    let first = app::strategy::review(&app, &scope, strategy, "Adopted by the board", "manager").await.unwrap();
    assert_eq!(first, "Adopted by the board (added: Digital twins, Energy, Skills)");
    let energy = ChallengeInput { title: Some("Energy transition".into()), ..Default::default() };
    app::strategy::update_challenge(&app, &scope, challenges[1], &energy, &[]).await.unwrap();
    app::strategy::retire_challenge(&app, &scope, challenges[0], true).await.unwrap();
    let second = app::strategy::review(&app, &scope, strategy, "", "manager").await.unwrap();
    assert_eq!(second, "retired: Skills; changed: Energy transition");
    let view = app::strategy::get(&app, &scope, strategy).await.unwrap();
    assert_eq!(view.reviews.len(), 2);
    assert_eq!((view.reviews[0].reviewed_on, view.reviews[0].reviewed_by.as_str()), (today(), "manager"));

    let line = |objective: &str, start: &str, end: &str, status: &str| ActionLineInput {
        objective: Some(objective.into()),
        owner: Some("Ane".into()),
        starts_on: Some(start.into()),
        ends_on: Some(end.into()),
        status: Some(status.into()),
        indicator: Some("Members trained".into()),
        ..Default::default()
    };
    let plan = [
        line("Map the supply chain", "2026-01-15", "2026-04-30", "on_track"),
        line("Train 40 technicians", "2026-03-01", "2026-11-30", "on_track"),
        line("Open a test bench", "2026-05-01", "2026-12-31", "not_started"),
        line("Publish the study", "2026-02-01", "2026-03-31", "done"),
    ];
    for l in &plan {
        app::strategy::add_line(&app, &scope, 2026, l, Some(challenges[1])).await.unwrap();
    }
    let plan = app::strategy::plan(&app, &scope, 2026).await.unwrap();
    let standings: Vec<ActionStanding> = plan.lines.iter().map(|l| l.standing).collect();
    use ActionStanding::*;
    assert_eq!(standings, vec![Late, Done, OnTrack, Late]);
    assert_eq!(plan.on_track_percent, Some(50));
    assert_eq!(plan.lines[0].challenge.as_deref(), Some("Energy transition"));

    // Another cluster's challenge is not this one's.
    let theirs = common::own_cluster(&app, "theirs").await;
    let (_, their_challenges) = strategy_with(&app, &theirs, &["Theirs"]).await;
    let refused = app::strategy::add_line(
        &app,
        &scope,
        2026,
        &line("X", "2026-01-01", "2026-02-01", ""),
        Some(their_challenges[0]),
    )
    .await;
    assert!(matches!(refused, Err(app::Error::NotFound(_))), "{refused:?}");
    assert!(app::strategy::get(&app, &theirs, strategy).await.is_err(), "a strategy is its cluster's");
}

async fn ideas_are_scored_ranked_and_taken_forward_once(app: App) {
    let scope = common::own_cluster(&app, "ours").await;
    let app = app.on(today());
    let (_, challenges) = strategy_with(&app, &scope, &["Logistics"]).await;
    let errota = build::organisation(&app, &scope, "Errota Movilidad S.L.").await;
    let idea = |title: &str, source: &str| IdeaInput {
        title: Some(title.into()),
        description: Some("Members share a bench".into()),
        source: Some(source.into()),
        source_note: Some("Spring workshop".into()),
    };
    let from_member =
        IdeaLinks { organisation_id: Some(errota.id), challenge_id: Some(challenges[0]), ..Default::default() };
    let bench =
        app::project::add_idea(&app, &scope, &idea("Shared test bench", "member"), from_member, "staff").await.unwrap();
    let hub = app::project::add_idea(&app, &scope, &idea("Cargo bike hub", "workshop"), IdeaLinks::default(), "staff")
        .await
        .unwrap();
    let unscored =
        app::project::add_idea(&app, &scope, &idea("Joint purchasing", "workshop"), IdeaLinks::default(), "staff")
            .await
            .unwrap();
    let refused =
        app::project::add_idea(&app, &scope, &idea("Heard", "interview"), IdeaLinks::default(), "s").await.unwrap_err();
    assert!(refused.to_string().contains("interview"), "{refused}");

    let scores =
        |a, i, f, g| IdeaScores { alignment: Some(a), interest: Some(i), feasibility: Some(f), funding_fit: Some(g) };
    app::project::score_idea(&app, &scope, bench, &scores(5, 3, 2, 4)).await.unwrap();
    app::project::score_idea(&app, &scope, hub, &scores(3, 5, 4, 1)).await.unwrap();
    let (ranked, _) = app::project::ideas(&app, &scope).await.unwrap();
    let order: Vec<Uuid> = ranked.iter().map(|i| i.id).collect();
    // Default weights 3,3,2,2: bench (15+9+4+8)/50 = 72, hub (9+15+8+2)/50 = 68.
    assert_eq!(order, vec![bench, hub, unscored]);
    let weights =
        IdeaWeights::parse(input(&[("alignment", "1"), ("interest", "5"), ("feasibility", "2"), ("funding_fit", "0")]))
            .unwrap();
    app::project::set_weights(&app, &scope, &weights).await.unwrap();
    let (ranked, _) = app::project::ideas(&app, &scope).await.unwrap();
    assert_eq!(ranked[0].id, hub, "interest weighs most now");

    // Two requests at once take the idea forward once.
    let (a, b) = tokio::join!(
        app::project::promote(&app, &scope, bench, ProjectArea::Innovation, "staff"),
        app::project::promote(&app, &scope, bench, ProjectArea::Innovation, "staff"),
    );
    assert!(a.is_ok() != b.is_ok(), "{a:?} {b:?}");
    let project = a.or(b).unwrap();
    let view = app::project::get(&app, &scope, project).await.unwrap();
    assert_eq!(
        (view.project.stage, view.project.challenge_ids.clone()),
        (ProjectStage::Definition, vec![challenges[0]])
    );
    assert_eq!(view.idea.as_ref().map(|i| i.id), Some(bench), "the link is kept");
    assert_eq!(view.participants[0].name, "Errota Movilidad S.L.");
    assert_eq!(app::project::idea(&app, &scope, bench).await.unwrap().project_id, Some(project));
}

const ORGANISATIONS: &str = "name,kind,country,employees\n\
Errota Movilidad S.L.,company,ES,42\n\
Garraio Bidea S.A.,company,ES,900\n\
Ikerketa Zentroa,research_centre,ES,80\n";

async fn organisations(app: &App, scope: &ClusterScope) -> Vec<Uuid> {
    let plan = app::import::run(
        app,
        scope,
        app::import::Target::Organisations,
        "o.csv",
        ORGANISATIONS.as_bytes(),
        &[],
        "s",
        false,
    )
    .await
    .unwrap();
    assert_eq!(plan.created, 3);
    let mut ids = Vec::new();
    for name in ["Errota", "Garraio", "Ikerketa"] {
        let filter = store::organisation::OrganisationFilter { search: Some(name.into()), ..Default::default() };
        ids.push(app::organisation::list(app, scope, &filter, app::Paging::new(None, None)).await.unwrap().items[0].id);
    }
    ids
}

async fn projects_carry_their_money_and_make_the_portfolio(app: App) {
    let scope = common::own_cluster(&app, "ours").await;
    let partner = common::own_cluster(&app, "partner").await;
    let app = app.on(today());
    let orgs = organisations(&app, &scope).await;
    let full = build::full_member_type(&app, &scope).await;
    for org in &orgs[..2] {
        build::member(&app, &scope, *org, full, day(2026, 1, 1)).await;
    }
    let (_, challenges) = strategy_with(&app, &scope, &["Logistics", "Skills", "Blind spot"]).await;
    let project = |title: &str, area: &str| ProjectInput {
        title: Some(title.into()),
        area: Some(area.into()),
        starts_on: Some("2026-01-01".into()),
        ends_on: Some("2027-12-31".into()),
        ..Default::default()
    };
    let corridor = app::project::create(
        &app,
        &scope,
        &project("Green corridor", "inter_cluster"),
        ProjectStage::Proposal,
        &[challenges[0]],
        "s",
    )
    .await
    .unwrap();
    let lonely =
        app::project::create(&app, &scope, &project("Grant chaser", "innovation"), ProjectStage::Idea, &[], "s")
            .await
            .unwrap();
    let academy = app::project::create(
        &app,
        &scope,
        &project("Academy", "training"),
        ProjectStage::Running,
        &[challenges[1]],
        "s",
    )
    .await
    .unwrap();

    let who = |o: Option<Uuid>| app::project::Who { organisation_id: o, ..Default::default() };
    let part = |role: &str, money: &str, in_kind: &str| ParticipantInput {
        role: Some(role.into()),
        money: Some(money.into()),
        in_kind: Some(in_kind.into()),
    };
    app::project::add_participant(&app, &scope, corridor, &who(Some(orgs[0])), &part("leader", "15.000,00", "5000"))
        .await
        .unwrap();
    app::project::add_participant(&app, &scope, corridor, &who(Some(orgs[1])), &part("partner", "", "")).await.unwrap();
    let with_partner = app::project::Who { partner_cluster_id: Some(partner.cluster_id()), ..Default::default() };
    app::project::add_participant(&app, &scope, corridor, &with_partner, &part("partner", "", "")).await.unwrap();
    let outside = app::project::Who {
        outside_name: Some("Port of Rotterdam".into()),
        outside_country: Some("NL".into()),
        ..Default::default()
    };
    app::project::add_participant(&app, &scope, corridor, &outside, &part("observer", "", "")).await.unwrap();
    let stranger = app::project::Who { partner_cluster_id: Some(Uuid::nil()), ..Default::default() };
    assert!(app::project::add_participant(&app, &scope, corridor, &stranger, &part("partner", "", "")).await.is_err());
    app::project::add_participant(&app, &scope, academy, &who(Some(orgs[2])), &part("partner", "", "")).await.unwrap();

    let budget = |category: &str, amount: &str| BudgetLineInput {
        category: Some(category.into()),
        description: Some("x".into()),
        amount: Some(amount.into()),
    };
    app::project::add_budget_line(&app, &scope, corridor, &budget("staff", "70000")).await.unwrap();
    app::project::add_budget_line(&app, &scope, corridor, &budget("travel", "30000")).await.unwrap();
    let funding = |programme: &str, kind: &str, amount: &str| FundingInput {
        programme: Some(programme.into()),
        kind: Some(kind.into()),
        amount: Some(amount.into()),
        rate: Some("60".into()),
    };
    app::project::add_funding(&app, &scope, corridor, &funding("Interreg Europe", "public", "60000")).await.unwrap();
    app::project::add_funding(&app, &scope, corridor, &funding("Caja Laboral", "private", "10000")).await.unwrap();
    app::project::add_budget_line(&app, &scope, academy, &budget("staff", "20000")).await.unwrap();
    app::project::add_funding(&app, &scope, academy, &funding("Regional training fund", "public", "12000"))
        .await
        .unwrap();
    app::project::add_milestone(&app, &scope, corridor, "Kick-off", "2026-05-15").await.unwrap();
    app::project::add_milestone(&app, &scope, corridor, "Pilot", "2026-09-01").await.unwrap();

    let view = app::project::get(&app, &scope, corridor).await.unwrap();
    let f = view.financing;
    assert_eq!(
        (f.budget, f.public, f.private, f.own_contribution, f.gap),
        (10_000_000, 6_000_000, 1_000_000, 3_000_000, 1_000_000)
    );
    assert_eq!(view.participants.len(), 4);
    assert_eq!(view.participants[3].name, "Port of Rotterdam");
    let overdue: Vec<bool> = view.milestones.iter().map(|m| m.is_overdue(today())).collect();
    assert_eq!(overdue, vec![true, false]);

    app::project::move_to(&app, &scope, corridor, ProjectStage::Funded, "manager").await.unwrap();
    assert!(app::project::move_to(&app, &scope, corridor, ProjectStage::Funded, "manager").await.is_err());
    let history = app::project::get(&app, &scope, corridor).await.unwrap().history;
    let moves: Vec<(Option<ProjectStage>, ProjectStage)> = history.iter().map(|h| (h.from, h.to)).collect();
    assert_eq!(moves, vec![(None, ProjectStage::Proposal), (Some(ProjectStage::Proposal), ProjectStage::Funded)]);

    let items = app::project::list(&app, &scope).await.unwrap();
    let flagged: Vec<&str> =
        items.iter().filter(|i| i.project.serves_no_challenge()).map(|i| i.project.fields.title.as_str()).collect();
    assert_eq!(flagged, vec!["Grant chaser"]);
    let portfolio = app::project::portfolio(&app, &scope).await.unwrap();
    assert_eq!((portfolio.projects, portfolio.serving_no_challenge, portfolio.inter_cluster), (3, 1, 1));
    assert_eq!(portfolio.challenges_without_project, vec!["Blind spot".to_string()]);
    assert_eq!(
        (portfolio.budget_minor, portfolio.public_funding_minor, portfolio.private_funding_minor),
        (12_000_000, 7_200_000, 1_000_000)
    );
    // Members only: Errota (42 staff) is an SME, Garraio (900) is not; Ikerketa is no member.
    assert_eq!((portfolio.members_taking_part, portfolio.smes_taking_part, portfolio.sme_percent), (2, 1, Some(50)));
    let stage = |code: &str| portfolio.by_stage.iter().find(|g| g.key == code).unwrap().projects;
    assert_eq!((stage("idea"), stage("funded"), stage("running")), (1, 1, 1));

    // Engagement: the project and a service count for the rule (one project, or two activities).
    let engagement = app::engagement::of_year(&app, &scope, 2026).await.unwrap();
    let errota = engagement.iter().find(|e| e.organisation_id == orgs[0]).unwrap();
    assert_eq!((errota.projects, errota.active), (1, true));

    // Another cluster sees none of it.
    let theirs = common::own_cluster(&app, "theirs").await;
    assert!(app::project::get(&app, &theirs, corridor).await.is_err());
    assert!(app::project::list(&app, &theirs).await.unwrap().is_empty());
    let refused = app::project::add_budget_line(&app, &theirs, corridor, &budget("staff", "1")).await;
    assert!(matches!(refused, Err(app::Error::NotFound(_))), "{refused:?}");
    let _ = lonely;
}

async fn services_are_priced_by_membership_on_the_day_and_invoiced_once(app: App) {
    let scope = common::own_cluster(&app, "ours").await;
    let app = app.on(today());
    let orgs = organisations(&app, &scope).await;
    let full = build::full_member_type(&app, &scope).await;
    build::member(&app, &scope, orgs[0], full, day(2026, 1, 1)).await;
    app::membership::invoice_fee(
        &app,
        &scope,
        app::membership::of_organisation(&app, &scope, orgs[0]).await.unwrap()[0].membership.id,
        None,
        "m",
        false,
    )
    .await
    .unwrap();
    let service = ServiceInput {
        name: Some("Export clinic".into()),
        kind: Some("internationalisation".into()),
        member_price: Some("100".into()),
        non_member_price: Some("200".into()),
        unit: Some("session".into()),
        tax_rate: Some("21".into()),
        description: None,
    };
    let clinic = app::service::create(&app, &scope, &service).await.unwrap();
    let deliver = |org: Uuid, on: &str, quantity: &str| {
        let input = DeliveryInput {
            delivered_on: Some(on.into()),
            quantity: Some(quantity.into()),
            satisfaction: Some("4".into()),
            note: None,
        };
        let app = app.clone();
        let scope = scope.clone();
        async move { app::service::deliver(&app, &scope, clinic, org, &input, "staff").await.unwrap() }
    };
    let member_now = deliver(orgs[0], "2026-03-01", "2").await;
    let member_before = deliver(orgs[0], "2025-06-01", "1").await;
    let other = deliver(orgs[1], "2026-03-01", "1").await;
    let all = app::service::deliveries(&app, &scope, &Default::default()).await.unwrap();
    let price = |id: Uuid| all.iter().find(|d| d.id == id).map(|d| (d.unit_price_minor, d.member_price)).unwrap();
    assert_eq!(price(member_now), (10_000, true));
    assert_eq!(price(member_before), (20_000, false), "not a member on that day");
    assert_eq!(price(other), (20_000, false));

    let free = ServiceInput { name: Some("Funding check".into()), member_price: Some("0".into()), ..service.clone() };
    let free = app::service::create(&app, &scope, &free).await.unwrap();
    let input = DeliveryInput { delivered_on: Some("2026-03-02".into()), ..Default::default() };
    let checked = app::service::deliver(&app, &scope, free, orgs[0], &input, "staff").await.unwrap();
    let nothing = app::service::invoice(&app, &scope, &[checked], "staff").await.unwrap_err();
    assert!(nothing.to_string().contains("cost nothing"), "{nothing}");
    app::organisation::set_archived(&app, &scope, orgs[2], true).await.unwrap();
    let archived = app::service::deliver(&app, &scope, clinic, orgs[2], &input, "staff").await.unwrap_err();
    assert!(archived.to_string().contains("archived"), "{archived}");
    let mixed = app::service::invoice(&app, &scope, &[member_now, other], "staff").await.unwrap_err();
    assert!(mixed.to_string().contains("different organisations"), "{mixed}");
    // Two requests at once invoice the deliveries once.
    let (one, other_order) = ([member_now, member_before], [member_before, member_now]);
    let (a, b) = tokio::join!(
        app::service::invoice(&app, &scope, &one, "staff"),
        app::service::invoice(&app, &scope, &other_order, "staff"),
    );
    assert!(a.is_ok() != b.is_ok(), "{a:?} {b:?}");
    let invoice = a.or(b).unwrap();
    let detail = app::invoice::detail(&app, &scope, invoice).await.unwrap();
    assert_eq!((detail.invoice.net_minor, detail.invoice.tax_rate_basis_points), (40_000, 2_100));
    assert!(app::service::invoice(&app, &scope, &[member_now], "staff").await.is_err(), "never twice");
    // A discarded draft lets them go on another invoice.
    app::invoice::discard(&app, &scope, invoice).await.unwrap();
    app::service::invoice(&app, &scope, &[member_now], "staff").await.unwrap();

    let revenue = app::service::revenue(&app, &scope, None, None).await.unwrap();
    let this_year = revenue.iter().find(|r| r.year == 2026).unwrap();
    assert_eq!(
        (this_year.deliveries, this_year.units, this_year.amount_minor, this_year.invoiced_minor),
        (2, 3, 40_000, 0),
        "a draft invoice is not counted as invoiced"
    );
    assert_eq!((this_year.to_members, this_year.satisfaction_tenths), (1, Some(40)));

    // Receiving services counts as activities: two make the member active.
    deliver(orgs[1], "2026-04-01", "1").await;
    let engagement = app::engagement::of_year(&app, &scope, 2026).await.unwrap();
    let garraio = engagement.iter().find(|e| e.organisation_id == orgs[1]).unwrap();
    assert_eq!((garraio.services_received, garraio.activities, garraio.active), (2, 2, true));

    let theirs = common::own_cluster(&app, "theirs").await;
    assert!(app::service::catalogue(&app, &theirs).await.unwrap().is_empty());
    assert!(app::service::invoice(&app, &theirs, &[other], "s").await.is_err());
    let input = DeliveryInput { delivered_on: Some("2026-03-01".into()), ..Default::default() };
    assert!(app::service::deliver(&app, &theirs, clinic, orgs[1], &input, "s").await.is_err());
}

on_each_backend!(empty: strategy_is_reviewed_and_the_action_plan_says_what_is_late, ideas_are_scored_ranked_and_taken_forward_once, projects_carry_their_money_and_make_the_portfolio, services_are_priced_by_membership_on_the_day_and_invoiced_once);
