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
}
