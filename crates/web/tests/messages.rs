//! The messages the pages use and the messages the language files hold are the same set: a key
//! used but defined nowhere, or defined but used nowhere, fails here.

use std::collections::BTreeSet;
use std::path::Path;

/// The keys passed to `t("…")`, `t_count("…", …)`, `t1`, `t2` and `t_args` in the web crate's code and
/// templates.
fn keys_used() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "src/pages", "src/api", "templates"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs" || e == "html") {
                files.push(path);
            }
        }
    }
    let mut keys = BTreeSet::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        for call in ["t(\"", "t_count(\"", "t1(\"", "t2(\"", "t_args(\""] {
            let pieces: Vec<&str> = text.split(call).collect();
            for (before, after) in pieces.iter().zip(pieces.iter().skip(1)) {
                // `text("…")` or `set_t("…")` is another function.
                if before.chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                keys.insert(after.split('"').next().unwrap_or_default().to_string());
            }
        }
    }
    keys
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
    use domain::event::{EventFormat, EventKind, RegistrationStatus, RequestState};
    of(EventKind::ALL)
        .chain(of(EventFormat::ALL))
        .chain(of(RegistrationStatus::ALL))
        .chain(of(RequestState::ALL))
        .collect()
}

#[test]
fn every_message_used_is_defined_and_every_one_defined_is_used() {
    let (mut used, defined) = (keys_used(), keys_defined());
    used.extend(label_keys());
    assert!(used.contains("nav-organisations") && used.len() > 30, "found {} keys in use", used.len());
    let missing: Vec<_> = used.difference(&defined).collect();
    let unused: Vec<_> = defined.difference(&used).collect();
    assert!(missing.is_empty(), "used but not in the English files: {missing:?}");
    assert!(unused.is_empty(), "in the English files but used nowhere: {unused:?}");
}
