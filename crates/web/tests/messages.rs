//! The messages the pages use and the messages the language files hold are the same set: a key
//! used but defined nowhere, or defined but used nowhere, fails here.

use std::collections::BTreeSet;
use std::path::Path;

/// The web crate's code and templates, the app crate's code (mail and documents, through
/// `i18n::In`) and the domain's (what a refused value says, through `i18n::said`), as text.
fn sources() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in
        ["src", "src/pages", "src/api", "templates", "../app/src", "../app/src/import", "../domain/src", "../i18n/src"]
    {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs" || e == "html") {
                texts.push(std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    texts
}

/// The keys written as the first text argument of a message call (`t("…")`, `t_count(`, `t1(`,
/// `t2(`, `t_args(`, `said(`, `said_with(` and the pages' own `t_numbers(` and `t_count_args(`),
/// on the same line or the next.
fn keys_called(sources: &[String]) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for text in sources {
        for call in ["t(", "t_count(", "t1(", "t2(", "t_args(", "t_numbers(", "t_count_args(", "said(", "said_with("] {
            let pieces: Vec<&str> = text.split(call).collect();
            for (before, after) in pieces.iter().zip(pieces.iter().skip(1)) {
                // `text("…")` or `set_t("…")` is another function.
                if before.chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                if let Some(literal) = after.trim_start().strip_prefix('"') {
                    keys.insert(literal.split('"').next().unwrap_or_default().to_string());
                }
            }
        }
    }
    keys
}

/// Every text literal in the sources that could be a message's name: a key chosen among others
/// (`t(if anonymous { "…" } else { "…" })`) is used as surely as one passed directly.
fn literals(sources: &[String]) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for text in sources {
        // Each quote may open one: quotes in templates nest (`title="{{ t("…") }}"`).
        let pieces: Vec<&str> = text.split('"').collect();
        for piece in pieces.iter().skip(1).take(pieces.len().saturating_sub(2)) {
            if !piece.is_empty() && piece.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                found.insert(piece.to_string());
            }
        }
    }
    found
}

fn keys_defined() -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n").join(i18n::LOCALES).join("en");
    let mut keys = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        for line in std::fs::read_to_string(entry.unwrap().path()).unwrap().lines() {
            if let Some((key, _)) = line.split_once(" =")
                && !key.is_empty()
                && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                keys.insert(key.to_string());
            }
        }
    }
    keys
}

/// The labels of coded values the pages write through `reader::label`, whose keys are made from
/// the value (`event-kind-company-visit`).
fn label_keys() -> BTreeSet<String> {
    use domain::Coded;
    fn of<C: Coded>(all: &[C]) -> impl Iterator<Item = String> + '_ {
        all.iter().map(|c| c.message_key())
    }
    use domain::economics::{Basis, CostKind, IncomeStream, OrganisationModel, Origin, StaffRole};
    use domain::event::{Attendance, EventFormat, EventKind, RegistrationCheck, RegistrationStatus, RequestState};
    use domain::monitoring::{EvidenceKind, IndicatorDirection, Periodicity, Source, Unit};
    use domain::project::{BudgetCategory, IdeaSource, ParticipantRole, ProjectArea, ProjectScope, ProjectStage};
    use domain::strategy::{ActionStanding, ActionStatus};
    // Every coded value but the monitoring framework's groups, whose codes ("1.1") make no
    // message name: their pages name them through messages of their own.
    [
        of(EventKind::ALL).collect::<Vec<_>>(),
        of(EventFormat::ALL).collect(),
        of(RegistrationStatus::ALL).collect(),
        of(RequestState::ALL).collect(),
        of(Attendance::ALL).collect(),
        of(RegistrationCheck::ALL).collect(),
        of(domain::group::Activity::ALL).collect(),
        of(IncomeStream::ALL).collect(),
        of(CostKind::ALL).collect(),
        of(Basis::ALL).collect(),
        of(Origin::ALL).collect(),
        of(StaffRole::ALL).collect(),
        of(OrganisationModel::ALL).collect(),
        of(domain::survey::templates::Template::ALL).collect(),
        of(Unit::ALL).collect(),
        of(IndicatorDirection::ALL).collect(),
        of(Source::ALL).collect(),
        of(Periodicity::ALL).collect(),
        of(EvidenceKind::ALL).collect(),
        of(ProjectScope::ALL).collect(),
        of(ProjectArea::ALL).collect(),
        of(ProjectStage::ALL).collect(),
        of(ParticipantRole::ALL).collect(),
        of(BudgetCategory::ALL).collect(),
        of(IdeaSource::ALL).collect(),
        of(domain::figures::FigureSource::ALL).collect(),
        of(ActionStatus::ALL).collect(),
        of(ActionStanding::ALL).collect(),
        of(domain::indicator_set::Comparison::ALL).collect(),
        of(&domain::membership::MembershipStatus::ALL).collect(),
        of(&domain::invoice::InvoiceState::ALL).collect(),
        of(&domain::invoice::InvoiceKind::ALL).collect(),
        of(&domain::invoice::PaymentSource::ALL).collect(),
        of(&domain::invoice::CreditKind::ALL).collect(),
        of(&domain::organisation::OrganisationKind::ALL).collect(),
        of(&domain::organisation::SizeClass::ALL).collect(),
        of(&domain::interaction::InteractionKind::ALL).collect(),
        of(&domain::consent::Channel::ALL).collect(),
        of(&domain::consent::PrivacyAction::ALL).collect(),
        shipped_keys(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The messages of what clusterdesk ships as data, named after it: the built-in indicators'
/// names and definitions, the economic ratios' names, formulas and goals, the shipped indicator
/// sets' names, descriptions and lines, and the questionnaire templates' texts.
fn shipped_keys() -> Vec<String> {
    let kebab = |code: &str| code.replace(['_', '.'], "-").to_lowercase();
    let mut keys = Vec::new();
    for d in domain::monitoring::builtin() {
        keys.push(format!("indicator-{}", kebab(&d.key)));
        keys.push(format!("indicator-{}-description", kebab(&d.key)));
    }
    for r in domain::economics::ratios(&domain::economics::YearLedger::default()) {
        keys.push(format!("ratio-{}", kebab(r.code)));
        keys.push(format!("ratio-{}-formula", kebab(r.code)));
        if r.goal.is_some() {
            keys.push(format!("ratio-{}-goal", kebab(r.code)));
        }
    }
    let monitoring = domain::indicator_set::MONITORING_SET;
    keys.extend([format!("indicator-set-{monitoring}"), format!("indicator-set-{monitoring}-description")]);
    for set in domain::indicator_set::shipped(domain::money::Currency::EUR).unwrap() {
        let key = format!("indicator-set-{}", kebab(&set.key));
        keys.extend(set.lines.iter().map(|l| format!("{key}-line-{}", kebab(&l.code))));
        keys.push(format!("{key}-description"));
        keys.push(key);
    }
    keys.extend(i18n::template_messages().into_iter().map(|(key, _)| key.to_string()));
    use app::import::Target;
    let targets = Target::ALL.into_iter().chain([Target::SurveyAnswers]);
    keys.extend(targets.flat_map(app::import::fields).map(|f| app::import::languages::field_message(f)));
    keys
}

/// Every text of the shipped questionnaire templates has its message, and every message of
/// `templates.ftl` is one of those texts: a template changed in English is translated again.
#[test]
fn the_templates_and_their_messages_are_the_same_texts() {
    use domain::survey::QuestionKind;
    let mut texts = BTreeSet::new();
    for template in domain::survey::templates::Template::ALL {
        let q = template.questionnaire();
        texts.extend([q.title.clone(), q.intro.clone()]);
        for section in &q.sections {
            texts.insert(section.title.clone());
            for question in &section.questions {
                texts.extend([question.text.clone(), question.help.clone()]);
                match &question.kind {
                    QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => {
                        texts.extend(options.iter().cloned())
                    }
                    QuestionKind::Likert { low_label, high_label, .. } => {
                        texts.extend([low_label.clone(), high_label.clone()])
                    }
                    QuestionKind::Matrix { items, low_label, high_label, .. } => {
                        texts.extend(items.iter().cloned());
                        texts.extend([low_label.clone(), high_label.clone()]);
                    }
                    QuestionKind::Number { unit, .. } => {
                        texts.insert(unit.clone());
                    }
                    QuestionKind::Money | QuestionKind::Text { .. } | QuestionKind::Date => {}
                }
            }
        }
    }
    texts.remove("");
    let messages: BTreeSet<String> = i18n::template_messages().into_iter().map(|(_, english)| english.into()).collect();
    let untranslated: Vec<_> = texts.difference(&messages).collect();
    let stale: Vec<_> = messages.difference(&texts).collect();
    assert!(untranslated.is_empty(), "template texts without a message in templates.ftl: {untranslated:?}");
    assert!(stale.is_empty(), "templates.ftl texts no template has: {stale:?}");
}

/// The nouns of what a request may not find, whose messages a refusal names them by
/// (`resource-membership-type`): written as `Error::NotFound("membership type")`, as the second
/// argument of `parse_id(raw, "milestone")`, or a path's resource ([`web::PATH_RESOURCES`]).
fn resource_keys(sources: &[String]) -> BTreeSet<String> {
    let mut nouns: Vec<String> = web::PATH_RESOURCES.iter().map(|n| n.to_string()).collect();
    for text in sources {
        for after in text.split("NotFound(\"").skip(1) {
            nouns.push(after.split('"').next().unwrap_or_default().to_string());
        }
        for after in text.split("parse_id(").skip(1) {
            let call = after.split(')').next().unwrap_or_default();
            if let Some((_, noun)) = call.split_once(", \"") {
                nouns.push(noun.split('"').next().unwrap_or_default().to_string());
            }
        }
    }
    nouns.iter().map(|n| web::resource_key(n)).collect()
}

#[test]
fn every_message_used_is_defined_and_every_one_defined_is_used() {
    let sources = sources();
    let (called, defined) = (keys_called(&sources), keys_defined());
    assert!(called.contains("nav-organisations") && called.len() > 30, "found {} keys in use", called.len());
    let mut labels = label_keys();
    let resources = resource_keys(&sources);
    assert!(resources.contains("resource-membership-type"), "{resources:?}");
    labels.extend(resources);
    let missing: Vec<_> = called.iter().chain(&labels).filter(|k| !defined.contains(*k)).collect();
    let mut used = literals(&sources);
    used.extend(labels.iter().cloned());
    let unused: Vec<_> = defined.difference(&used).collect();
    assert!(missing.is_empty(), "used but not in the English files: {missing:?}");
    assert!(unused.is_empty(), "in the English files but used nowhere: {unused:?}");
}
