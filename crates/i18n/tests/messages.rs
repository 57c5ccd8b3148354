//! Every language has every message, in its own words, and the network's main terms are the
//! ones its cluster people use.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use i18n::{Language, own_text};

/// The messages a language's files define (`key = …` at the start of a line), each with the
/// names of the arguments it reads (`{ $name }`, in its text or its selectors).
fn messages_of(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(i18n::LOCALES).join(language.code());
    let mut messages = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let mut current: Option<String> = None;
            for line in std::fs::read_to_string(&path).unwrap().lines() {
                if let Some((key, _)) = line.split_once(" =")
                    && !key.is_empty()
                    && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    let fresh = messages.insert(key.to_string(), BTreeSet::new()).is_none();
                    assert!(fresh, "{key} is defined twice in {}", language.code());
                    current = Some(key.to_string());
                } else if !line.starts_with([' ', '\t']) {
                    current = None;
                }
                if let Some(key) = &current {
                    let arguments = messages.get_mut(key).expect("inserted above");
                    for piece in line.split('$').skip(1) {
                        let name: String =
                            piece.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
                        if !name.is_empty() {
                            arguments.insert(name);
                        }
                    }
                }
            }
        }
    }
    messages
}

fn keys_of(language: Language) -> BTreeSet<String> {
    messages_of(language).into_keys().collect()
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english = keys_of(Language::English);
    assert!(english.len() > 30, "the English files define {} messages", english.len());
    for language in Language::ALL {
        let keys = keys_of(language);
        let missing: Vec<_> = english.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&english).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, unknown {extra:?}", language.code());
        for (key, arguments) in messages_of(language) {
            // Every argument the message reads: a number for a count, a word for the others.
            let args: Vec<(&str, i18n::FluentValue<'_>)> = arguments
                .iter()
                .map(|name| (name.as_str(), if name == "count" { 2.into() } else { "X".into() }))
                .collect();
            let text = i18n::own_text_with(language, &key, &args)
                .unwrap_or_else(|| panic!("{} cannot read {key}", language.code()));
            assert!(!text.trim().is_empty(), "{}: {key} reads {text:?}", language.code());
        }
    }
}

#[test]
fn plurals_follow_each_languages_rules() {
    let overdue =
        |language: Language, count: i64| i18n::text_with(language, "tasks-overdue", &[("count", count.into())]);
    assert_eq!(overdue(Language::English, 3), "3 overdue");
    assert_eq!(overdue(Language::Polish, 1), "1 zaległe");
    assert_eq!(overdue(Language::Polish, 3), "3 zaległe");
    assert_eq!(overdue(Language::Polish, 5), "5 zaległych");
    assert_eq!(overdue(Language::Ukrainian, 21), "21 прострочене");
    assert_eq!(overdue(Language::Romanian, 20), "20 de restante");
    assert_eq!(overdue(Language::Italian, 1), "1 scaduta");
    // The count is written as the language writes numbers.
    assert_eq!(overdue(Language::English, 12345), "12,345 overdue");
    assert_eq!(overdue(Language::German, 12345), "12.345 überfällig");
}

/// The main terms of the field in each language, in the order of [`Language::ALL`] (English,
/// Bulgarian, French, German, Italian, Polish, Romanian, Spanish, Ukrainian), as the
/// navigation names them.
const GLOSSARY: &[(&str, [&str; 9])] = &[
    (
        "nav-organisations",
        [
            "Organisations",
            "Организации",
            "Organisations",
            "Organisationen",
            "Organizzazioni",
            "Organizacje",
            "Organizații",
            "Organizaciones",
            "Організації",
        ],
    ),
    (
        "nav-members",
        ["Members", "Членове", "Adhérents", "Mitglieder", "Soci", "Członkowie", "Membri", "Socios", "Члени"],
    ),
    (
        "nav-events",
        [
            "Events",
            "Събития",
            "Événements",
            "Veranstaltungen",
            "Eventi",
            "Wydarzenia",
            "Evenimente",
            "Eventos",
            "Події",
        ],
    ),
    (
        "nav-invoices",
        ["Invoices", "Фактури", "Factures", "Rechnungen", "Fatture", "Faktury", "Facturi", "Facturas", "Рахунки"],
    ),
    (
        "nav-surveys",
        ["Surveys", "Анкети", "Enquêtes", "Umfragen", "Sondaggi", "Ankiety", "Sondaje", "Encuestas", "Опитування"],
    ),
    (
        "nav-projects",
        ["Projects", "Проекти", "Projets", "Projekte", "Progetti", "Projekty", "Proiecte", "Proyectos", "Проєкти"],
    ),
    (
        "nav-strategy",
        [
            "Strategy",
            "Стратегия",
            "Stratégie",
            "Strategie",
            "Strategia",
            "Strategia",
            "Strategie",
            "Estrategia",
            "Стратегія",
        ],
    ),
    (
        "nav-monitoring",
        [
            "Monitoring",
            "Мониторинг",
            "Suivi",
            "Monitoring",
            "Monitoraggio",
            "Monitoring",
            "Monitorizare",
            "Seguimiento",
            "Моніторинг",
        ],
    ),
    (
        "nav-value-chain",
        [
            "Value chain",
            "Верига на стойността",
            "Chaîne de valeur",
            "Wertschöpfungskette",
            "Catena del valore",
            "Łańcuch wartości",
            "Lanțul valoric",
            "Cadena de valor",
            "Ланцюг вартості",
        ],
    ),
];

#[test]
fn the_main_terms_are_the_fields_own_in_every_language() {
    for (key, terms) in GLOSSARY {
        for (language, term) in Language::ALL.into_iter().zip(terms) {
            assert_eq!(own_text(language, key).as_deref(), Some(*term), "{key} in {}", language.code());
        }
    }
}
