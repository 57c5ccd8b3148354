//! Names in the order each language sorts them (Unicode Collation Algorithm with CLDR's
//! tailorings, by ICU4X): `Ñ` after `N` in Spanish, `Ł` after `L` in Polish, `Ґ` after `Г` and
//! `І` after `И` in Ukrainian, `Ș` after `S` in Romanian; accents and case settle only a tie.

use std::cmp::Ordering;
use std::sync::OnceLock;

use icu_collator::{CollatorBorrowed, options::CollatorOptions};

use crate::Language;

fn collator(language: Language) -> Option<&'static CollatorBorrowed<'static>> {
    static COLLATORS: OnceLock<Vec<Option<CollatorBorrowed<'static>>>> = OnceLock::new();
    let all = COLLATORS.get_or_init(|| {
        Language::ALL
            .into_iter()
            .map(|l| CollatorBorrowed::try_new((&crate::numbers::locale(l)).into(), CollatorOptions::default()).ok())
            .collect()
    });
    let index = Language::ALL.into_iter().position(|l| l == language).unwrap_or(0);
    all[index].as_ref()
}

/// How `a` and `b` are ordered in `language` (by code point when its data is missing, which the
/// compiled data rules out).
pub fn collate(language: Language, a: &str, b: &str) -> Ordering {
    match collator(language) {
        Some(c) => c.compare(a, b),
        None => a.cmp(b),
    }
}

/// The collator's make of sort keys: raised when a new ICU4X or CLDR makes other keys (the test
/// `sort_keys_are_those_of_their_version` fails then), so that stored keys are made again.
pub const SORT_KEYS_VERSION: &str = "icu4x-2.4/1024";

/// The longest key, in bytes: a character may expand to many collation elements (U+FDFA to 18),
/// and an index entry of PostgreSQL holds at most about 2,700 bytes. A longer key is cut, which
/// keeps the order of any two keys except that names alike in their first bytes tie.
pub const SORT_KEY_LIMIT: usize = 1024;

/// The bytes that order `text` as `language` sorts it: two keys compared byte by byte are
/// ordered as [`collate`] orders their texts (tertiary strength; by UTF-8 when the language's
/// data is missing, which the compiled data rules out), cut at [`SORT_KEY_LIMIT`] bytes. What a
/// database sorts names by.
pub fn sort_key(language: Language, text: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(text.len() * 3);
    match collator(language) {
        Some(c) => match c.write_sort_key_to(text, &mut key) {
            Ok(()) => {}
            Err(never) => match never {},
        },
        None => key.extend_from_slice(text.as_bytes()),
    }
    key.truncate(SORT_KEY_LIMIT);
    key
}

/// The key of a name of several parts (a surname, then a first name) ordered by the first part,
/// then by the next: each part's key, joined by a zero byte, which no key holds and which sorts
/// below every byte one does.
pub fn sort_key_of_parts(language: Language, parts: &[&str]) -> Vec<u8> {
    let mut key = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            key.push(0);
        }
        key.extend(sort_key(language, part));
    }
    key.truncate(SORT_KEY_LIMIT);
    key
}

/// What stored keys of `language` say they were made as: its code and [`SORT_KEYS_VERSION`].
pub fn sort_keys_made_as(language: Language) -> String {
    format!("{}/{SORT_KEYS_VERSION}", language.code())
}

/// Sorts `items` by `name` as `language` orders names; items of equal names keep their order.
pub fn sort_by_name<T>(language: Language, items: &mut [T], name: impl Fn(&T) -> &str) {
    items.sort_by(|a, b| collate(language, name(a), name(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(language: Language, names: &[&'static str]) -> Vec<&'static str> {
        let mut names = names.to_vec();
        sort_by_name(language, &mut names, |n| n);
        names
    }

    #[test]
    fn each_language_sorts_its_own_letters_where_its_alphabet_puts_them() {
        assert_eq!(sorted(Language::Spanish, &["Oso", "Ñandú", "Nube"]), ["Nube", "Ñandú", "Oso"]);
        assert_eq!(sorted(Language::Polish, &["Malbork", "Łódź", "Lublin"]), ["Lublin", "Łódź", "Malbork"]);
        assert_eq!(sorted(Language::Ukrainian, &["Дім", "Ґанок", "Гора"]), ["Гора", "Ґанок", "Дім"]);
        assert_eq!(sorted(Language::Ukrainian, &["Київ", "Ірпінь", "Ймовірно"]), ["Ірпінь", "Ймовірно", "Київ"]);
        assert_eq!(sorted(Language::Romanian, &["Timiș", "Șuța", "Sibiu"]), ["Sibiu", "Șuța", "Timiș"]);
        // German, French and English read an accent as its letter, not after the alphabet.
        assert_eq!(sorted(Language::German, &["Zeta", "Ärger", "Apfel"]), ["Apfel", "Ärger", "Zeta"]);
        assert_eq!(sorted(Language::French, &["zèbre", "École", "eau"]), ["eau", "École", "zèbre"]);
        assert_eq!(sorted(Language::English, &["beta", "Alpha", "alpha"]), ["alpha", "Alpha", "beta"]);
        // By code point, the same names would not be in order.
        let mut by_code_point = vec!["Oso", "Ñandú", "Nube"];
        by_code_point.sort();
        assert_ne!(by_code_point, ["Nube", "Ñandú", "Oso"]);
    }

    #[test]
    fn sort_keys_order_names_as_the_collator_does() {
        let names =
            ["Oso", "Ñandú", "nube", "Nube", "Łódź", "Lublin", "Ґанок", "Гора", "Șuța", "Sibiu", "Ärger", "Zeta"];
        for language in Language::ALL {
            for a in names {
                for b in names {
                    assert_eq!(
                        sort_key(language, a).cmp(&sort_key(language, b)),
                        collate(language, a, b),
                        "{a} and {b} in {language:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_key_of_parts_orders_by_the_first_part_then_the_next() {
        let people =
            [("Goñi", "Ana"), ("Goñi", "Zoe"), ("Gonzalez", "Ana"), ("Gon", "Zoe"), ("Góñi", "Ana"), ("", "Ana")];
        for language in Language::ALL {
            for (last_a, first_a) in people {
                for (last_b, first_b) in people {
                    let by_parts = sort_key_of_parts(language, &[last_a, first_a])
                        .cmp(&sort_key_of_parts(language, &[last_b, first_b]));
                    let expected = collate(language, last_a, last_b).then(collate(language, first_a, first_b));
                    assert_eq!(by_parts, expected, "{last_a} {first_a} and {last_b} {first_b} in {language:?}");
                }
            }
            for name in ["Goñi", "Łódź", "Ґанок", "Ärger", "Ș", "\u{0}x\u{1}"] {
                assert!(!sort_key(language, name).contains(&0), "{name} in {language:?}: a key holds no zero byte");
            }
        }
    }

    #[test]
    fn a_key_is_never_longer_than_its_limit_and_keeps_the_order() {
        let expanding = "\u{FDFA}".repeat(200);
        for language in Language::ALL {
            let key = sort_key(language, &expanding);
            assert_eq!(key.len(), SORT_KEY_LIMIT, "{language:?}: a name of 200 expanding characters is cut");
            let parts = sort_key_of_parts(language, &[&expanding, &expanding]);
            assert_eq!(parts.len(), SORT_KEY_LIMIT);
            assert!(sort_key(language, "a") < key && key < sort_key(language, "\u{10FFFF}"), "{language:?}");
        }
    }

    #[test]
    fn sort_keys_are_those_of_their_version() {
        // Keys are stored: when this fails, the collator makes other keys, and SORT_KEYS_VERSION
        // must be raised so that every cluster's stored keys are made again.
        let made: Vec<String> = [(Language::Spanish, "Ñandú"), (Language::Polish, "Łódź"), (Language::German, "Ärger")]
            .into_iter()
            .map(|(language, name)| sort_key(language, name).iter().map(|b| format!("{b:02x}")).collect())
            .collect();
        assert_eq!(made, EXPECTED_KEYS, "the collator's keys changed: raise SORT_KEYS_VERSION");
        assert_eq!(sort_keys_made_as(Language::Spanish), format!("es/{SORT_KEYS_VERSION}"));
    }

    const EXPECTED_KEYS: [&str; 3] =
        ["46022b45315301418801c609", "42024802315e02010801c607", "2b4d37334d0145960801dc09"];
}
